"""On tool pages Material's script runs after the first result (widgets/inline/start.js): the page
looks right before it, and search and the colour switch work after it, also when used early."""

import re

import pytest
from playwright.sync_api import expect

from .formulier import klaar, tool_paginas

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
    # The order of events, not their times: the test run fixes the page's clock.
    page.add_init_script("""const volgorde = window.__skVolgorde = [];
    new MutationObserver(() => {
        if (document.querySelector('.sk-status[data-soort="klaar"]') && !volgorde.includes("klaar")) volgorde.push("klaar");
        if (document.querySelector('script[src*="/bundle."]') && !volgorde.includes("material")) volgorde.push("material");
    }).observe(document, { subtree: true, childList: true, attributes: true });""")
    page.goto(wia_url)
    expect(page.locator("html")).to_have_attribute("data-sk-thema", "klaar", timeout=60000)
    assert page.evaluate("window.__skVolgorde") == ["klaar", "material"]


def test_zoeken_en_kleur_wisselen_werken_op_een_toolpagina(page, wia_url):
    page.emulate_media(color_scheme="light")
    page.goto(wia_url)
    expect(page.locator("html")).to_have_attribute("data-sk-thema", "klaar", timeout=60000)
    page.locator("input.md-search__input").fill("deskundigenoordeel")
    expect(page.locator(".md-search-result__meta")).to_contain_text("overeenkomende documenten", timeout=15000)
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
    vast = []
    page.route(MATERIAL, lambda route: vast.append(route))  # held until the test lets it through
    page.goto(wia_url, wait_until="domcontentloaded")
    wissel(page).click()  # the first click starts Material's script
    for _ in range(100):  # its request arrives at the route (and is held there)
        if vast:
            break
        page.wait_for_timeout(100)
    assert len(vast) == 1 and kleur(page) == "default"
    vast[0].continue_()
    expect(page.locator("html")).to_have_attribute("data-sk-thema", "klaar", timeout=60000)
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
