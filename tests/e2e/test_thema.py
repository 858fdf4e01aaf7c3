"""On tool pages Material's script runs after the first result (widgets/inline/start.js): the page
looks right before it, and search and the colour switch work after it, also when used early."""

import re

import pytest
from playwright.sync_api import expect

from .formulier import aangekomen, houd_vast, klaar, tool_paginas

MATERIAL = re.compile(r"/assets/javascripts/bundle\.[0-9a-f]+\.min\.js$")


@pytest.fixture
def wia_url(base_url, site_dir):
    return base_url + tool_paginas(site_dir)["wia"]


def kleur(page) -> str:
    return page.locator("body").get_attribute("data-md-color-scheme")


def wissel(page):
    """The colour switch the reader sees (one of two labels)."""
    return page.locator('[data-md-component="palette"] label:not([hidden])')


def test_material_start_pas_als_de_rekenhulp_klaar_is(page, wia_url):
    # Whether the status says "klaar" at the moment Material's <script> enters the page. (Not by
    # timestamps: the test's fixed clock replaces the page's performance timeline with an empty one.)
    page.add_init_script("""new MutationObserver((wijzigingen) => {
        for (const w of wijzigingen) for (const n of w.addedNodes)
            if (n.tagName === "SCRIPT" && /bundle\\.[0-9a-f]+\\.min\\.js$/.test(n.src))
                window.__skKlaarBijMaterial = !!document.querySelector('.sk-status[data-soort="klaar"]');
    }).observe(document, { subtree: true, childList: true });""")
    page.goto(wia_url)
    expect(page.locator("html")).to_have_attribute("data-sk-thema", "klaar", timeout=60000)
    assert page.evaluate("window.__skKlaarBijMaterial") is True


def test_zoeken_en_kleur_wisselen_werken_op_een_toolpagina(page, wia_url):
    page.emulate_media(color_scheme="light")
    page.goto(wia_url)
    expect(page.locator("html")).to_have_attribute("data-sk-thema", "klaar", timeout=60000)
    # Material mounts its search a moment after its script ran, and builds the index in a worker:
    # typed before that, a query goes unanswered until the next key (as for a reader). Type again.
    zoek, meta = page.locator("input.md-search__input"), page.locator(".md-search-result__meta")
    for _ in range(15):
        zoek.fill("")
        zoek.press_sequentially("deskundigenoordeel")
        try:
            expect(meta).to_contain_text("overeenkomende documenten", timeout=2000)
            break
        except AssertionError:
            continue
    expect(meta).to_contain_text("overeenkomende documenten")
    page.keyboard.press("Escape")
    assert kleur(page) == "default"
    wissel(page).click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")


def test_donker_systeem_geeft_donkere_pagina_voor_material_draait(page, wia_url):
    page.emulate_media(color_scheme="dark")
    page.route(MATERIAL, lambda route: route.fulfill(body="", content_type="text/javascript"))
    page.goto(wia_url)
    klaar(page.locator("form.sk-tool").first)
    assert kleur(page) == "slate"
    expect(wissel(page)).to_have_attribute("title", "Lichte weergave")


def test_vroege_klik_op_kleur_telt_als_material_er_is(page, wia_url):
    page.emulate_media(color_scheme="light")
    vast = houd_vast(page, MATERIAL)
    page.goto(wia_url, wait_until="domcontentloaded")
    wissel(page).click()  # the first click starts Material's script
    material = aangekomen(page, vast)
    assert len(vast) == 1 and kleur(page) == "default"
    material.continue_()
    expect(page.locator("html")).to_have_attribute("data-sk-thema", "klaar", timeout=60000)
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
