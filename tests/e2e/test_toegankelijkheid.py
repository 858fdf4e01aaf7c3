"""WCAG 2.2 AA with axe-core (axe.py) on every page (at 1280 and 360 px) and each tool state, light
and dark; target size of every menu link; no sideways scrolling; keyboard-only use of every tool.
The checks of every page share one walk through the site per width (rondgang.py).
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from .axe import scan, scan_licht_en_donker
from .formulier import bereken_voorbeeld, open_tool, tool_paginas, voorbeeld
from .rondgang import BREEDTES

pytestmark = pytest.mark.geen_service_worker


@pytest.mark.parametrize("breedte", BREEDTES)
def test_axe_elke_pagina(rondgang, breedte):
    """Every sitemap page on a desktop and on a phone, light and dark: some rules depend on the
    layout (the target size of the desktop sidebar's links, a table that scrolls sideways on a
    phone), the contrast rules on the colours. ``scan`` draws the tool parts that are only laid
    out near the screen (``content-visibility: auto``), so no page needs scrolling through first.
    A tool page is scanned as it opens; test_axe_elke_tool_in_elke_toestand scans its states."""
    fouten = {bezoek.pad: bezoek.axe for bezoek in rondgang(breedte) if bezoek.axe}
    assert not fouten, json.dumps(fouten, indent=1, ensure_ascii=False)


def test_de_scan_vindt_wat_fout_is(axe_page, base_url):
    """The scan itself can fail: a button without a name and grey text on white are reported, each
    at its own element, and dark text without a background only in the dark colour scheme (so the
    page tests above mean something, in both schemes)."""
    axe_page.goto(base_url + "werknemers/")
    axe_page.evaluate("""() => {
        const main = document.querySelector("article");
        const knop = main.appendChild(document.createElement("button"));
        knop.id = "sk-test-knop";
        const p = main.appendChild(document.createElement("p"));
        p.id = "sk-test-grijs"; p.textContent = "Grijze tekst";
        p.style.color = "#bbb"; p.style.background = "#fff";
        const donker = main.appendChild(document.createElement("p"));
        donker.id = "sk-test-donker"; donker.textContent = "Donkere tekst";
        donker.style.color = "#222";
    }""")
    regels = scan_licht_en_donker(axe_page, base_url)
    assert any(r.startswith("button-name (critical) at #sk-test-knop") for r in regels), regels
    assert any(r.startswith("color-contrast (serious) at #sk-test-grijs") for r in regels), regels
    assert any(r.startswith("donker: color-contrast (serious) at #sk-test-donker") for r in regels), regels
    assert not any(r.startswith("color-contrast (serious) at #sk-test-donker") for r in regels), regels
    assert axe_page.locator("body").get_attribute("data-md-color-scheme") == "default"


@pytest.mark.parametrize("breedte", BREEDTES)
def test_elke_menulink_is_minstens_24_bij_24_px(rondgang, breedte):
    """WCAG 2.2, 2.5.8 for every menu link, measured: at least 24 × 24 px, in the desktop sidebars
    (the theme's links were 18 px high) and in the opened phone menu. Stricter than axe, which
    also accepts a smaller link with enough space around it."""
    te_klein = []
    for bezoek in rondgang(breedte):
        te_klein += [f"{bezoek.pad or '/'} {link['tekst']!r}: {link['breedte']:.0f} × {link['hoogte']:.0f} px"
                     for link in bezoek.menulinks if link["hoogte"] < 24 or link["breedte"] < 24]
        if len(bezoek.menulinks) < 3:
            te_klein.append(f"{bezoek.pad or '/'}: the menu was not found ({len(bezoek.menulinks)} links)")
    assert not te_klein, "\n".join(te_klein)


def test_axe_elke_tool_in_elke_toestand(axe_page, base_url, site_dir):
    axe_page.clock.set_fixed_time(__import__("datetime").datetime(2026, 11, 25, 10, 0))
    fouten = {}
    for naam, pad in tool_paginas(site_dir).items():
        form = open_tool(axe_page, base_url + pad, naam)
        fouten[f"{naam} leeg"] = scan_licht_en_donker(axe_page, base_url)
        bereken_voorbeeld(axe_page, form, naam)
        fouten[f"{naam} met uitkomst"] = scan_licht_en_donker(axe_page, base_url)
        for veld in form.locator("input[type=text]").all():
            veld.fill("abc")
        form.get_by_role("button", name="Bereken").click()
        expect(form.locator(".sk-foutsamenvatting")).to_be_visible(timeout=30000)
        axe_page.mouse.move(0, 0)  # not over a link by chance (hovered links are tested on purpose elsewhere)
        fouten[f"{naam} met fouten"] = scan_licht_en_donker(axe_page, base_url)
    fouten = {k: v for k, v in fouten.items() if v}
    assert not fouten, json.dumps(fouten, indent=1, ensure_ascii=False)


# For each text and shape in a chart: its contrast with the first non-transparent background behind it.
CONTRASTEN = """() => {
  const rgb = (c) => c.match(/[\\d.]+/g).map(Number);
  const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    const [r, g, b] = rgb(c); return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const verhouding = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const achtergrond = (e) => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor;
    if (rgb(c).length === 3 || rgb(c)[3] > 0) return c; } return "rgb(255, 255, 255)"; };
  return [...document.querySelectorAll(".sk-uitkomst svg :is(text, line, path, rect, circle)")].map((e) => {
    const s = getComputedStyle(e), tekst = e.tagName === "text";
    const kleur = e.tagName === "line" || s.fill === "none" ? s.stroke : s.fill;  // a line's fill is unused
    return { tekst, wat: `${e.tagName}.${e.getAttribute("class") || ""} ${e.textContent.slice(0, 30)}`,
             verhouding: Math.round(verhouding(kleur, achtergrond(e.closest("svg"))) * 100) / 100 };
  });
}"""


@pytest.mark.parametrize("kleur", ["light", "dark"])
def test_grafieken_hebben_genoeg_contrast(page, base_url, site_dir, kleur):
    """axe-core skips SVG, so check the charts ourselves: text 4.5:1 and coloured lines, markers and
    bands 3:1 against the page (WCAG 1.4.3, 1.4.11). The worked example on each tool page has them."""
    page.emulate_media(color_scheme=kleur)
    te_zwak, gezien = [], 0
    for naam, pad in tool_paginas(site_dir).items():
        page.goto(base_url + pad)
        schema = "slate" if kleur == "dark" else "default"
        expect(page.locator("body")).to_have_attribute("data-md-color-scheme", schema)
        for deel in page.evaluate(CONTRASTEN):
            gezien += 1
            if deel["verhouding"] < (4.5 if deel["tekst"] else 3):
                te_zwak.append(f"{naam}: {deel['wat']} {deel['verhouding']}:1")
    assert gezien > 100  # the WIA chart and the tijdlijn are both there
    assert not te_zwak, "\n".join(te_zwak)


@pytest.mark.parametrize("breedte", BREEDTES)
def test_geen_horizontaal_scrollen(rondgang, breedte):
    """No page scrolls sideways, a tool page with its worked example computed: wide tables scroll
    in their own box."""
    te_breed = [f"{b.pad or '/'}: {b.scrollbreedte} px" for b in rondgang(breedte) if b.scrollbreedte > breedte]
    assert not te_breed, te_breed


@pytest.mark.parametrize("breedte", [1280, 360])
def test_tab_door_de_kop_komt_nooit_op_iets_onzichtbaars(page, base_url, breedte):
    """The header's tab stops, from the skip link to the first menu link, each show where focus is
    (Material's closed search-results box once took focus without being visible)."""
    page.set_viewport_size({"width": breedte, "height": 700})
    page.goto(base_url + "over/")
    for _ in range(12):
        page.keyboard.press("Tab")
        page.wait_for_timeout(400)  # the skip link fades in
        info = page.evaluate("""() => { const e = document.activeElement;
            let dekking = 1;  // opacity 0 anywhere above it hides it too (Playwright counts that as visible)
            for (let x = e; x; x = x.parentElement) dekking *= Number(getComputedStyle(x).opacity);
            return {klasse: String(e.className), radio: e.type === 'radio', id: e.id, dekking}; }""")
        if "md-nav__link" in info["klasse"]:
            return
        # a colour radio is hidden by design: the switch right after it shows the focus
        doel = page.locator(f'#{info["id"]} + label') if info["radio"] else page.locator(":focus")
        expect(doel).to_be_visible()
        assert info["radio"] or info["dekking"] > 0, f"focus on a see-through element: {info['klasse']}"
    pytest.fail("Tab did not reach the menu within 12 stops")


def test_elke_tool_met_alleen_het_toetsenbord(page, base_url, site_dir):
    page.clock.set_fixed_time(__import__("datetime").datetime(2026, 11, 25, 10, 0))
    for naam, pad in tool_paginas(site_dir).items():
        form = open_tool(page, base_url + pad, naam)
        regio = page.locator("[data-uitkomst]").element_handle()  # the live region, before the result
        velden = voorbeeld(naam)
        bedieningen = form.locator("input, select, textarea, button").evaluate_all(
            "els => els.filter(e => !e.disabled && e.offsetParent !== null).length")
        page.locator(f"form[data-tool={naam}] :is(input, select, button):visible").first.focus()
        bezocht, verstuurd = [], False
        for _ in range(bedieningen + 5):
            info = page.evaluate("""() => {
                const e = document.activeElement;
                const stijl = getComputedStyle(e);
                return {tag: e.tagName, type: e.type || '', naam: e.name || '', waarde: e.value || '',
                        tekst: e.textContent.trim(), inForm: !!e.closest('form.sk-tool'),
                        checked: !!e.checked, outline: stijl.outlineStyle, ring: stijl.boxShadow};
            }""")
            if not info["inForm"]:
                break
            assert info["outline"] != "none" or info["ring"] != "none", f"{naam}: no visible focus on {info}"
            bezocht.append(info["naam"] or info["tekst"])
            gewenst = velden.get(info["naam"])
            if info["type"] == "text" and gewenst:
                page.keyboard.press("Control+A")
                page.keyboard.type(gewenst)
            elif info["type"] == "checkbox" and (gewenst == "ja") != info["checked"]:
                page.keyboard.press("Space")
            elif info["type"] == "radio" and gewenst:
                for _ in range(6):
                    if page.evaluate("document.activeElement.value") == gewenst:
                        break
                    page.keyboard.press("ArrowDown")
                if not page.evaluate("document.activeElement.checked"):
                    page.keyboard.press("Space")
            elif info["tag"] == "SELECT" and gewenst:
                page.locator(f'[name="{info["naam"]}"]').select_option(gewenst)  # value via keyboard-equivalent API
            elif info["tag"] == "BUTTON" and info["tekst"] == "Bereken":
                page.keyboard.press("Enter")
                verstuurd = True
                break
            page.keyboard.press("Tab")
        assert verstuurd, f"{naam}: Tab never reached the Bereken button; visited {bezocht}"
        expect(page.locator(".sk-voorbeeld-label")).to_have_count(0, timeout=30000)
        # Read out: the result is in the polite live region that was there before (a new one is not).
        assert regio.evaluate("(e) => e.isConnected && e.getAttribute('aria-live') === 'polite'"
                              " && !e.querySelector('.sk-voorbeeld-label') && e.textContent.trim() !== ''")
        expect(form.locator(".sk-foutsamenvatting")).to_have_count(0)


# Hovered and focused links take another colour (Material's accent). axe sees only the state a page
# happens to be in, so these tests put every link of the kinds below in each state on purpose.
CONTRAST_VAN_LINK = """async (link) => {
    await Promise.all(link.getAnimations().map((a) => a.finished.catch(() => {})));  // the colour fades in
    const r = await axe.run(link, {runOnly: ["color-contrast"], resultTypes: ["violations"]});
    return r.violations.flatMap((v) => v.nodes.map((n) => n.failureSummary.split("\\n").pop().trim()));
}"""


def contrast_bij_zweven_en_focus(page, base_url, links: list) -> tuple[list[str], int]:
    """Hover each visible link, then focus it; axe's colour-contrast check on the link each time.
    Return the violations and how many links were checked."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(url=base_url + "__axe.min.js")
    fouten, gezien = [], 0
    for link in links:
        if not link.is_visible():
            continue
        gezien += 1
        naam = link.text_content().strip()[:40] or link.get_attribute("href")
        link.hover()
        fouten += [f"zweven over {naam!r}: {r}" for r in link.evaluate(CONTRAST_VAN_LINK)]
        page.mouse.move(0, 0)
        link.focus()
        fouten += [f"focus op {naam!r}: {r}" for r in link.evaluate(CONTRAST_VAN_LINK)]
        link.evaluate("(e) => e.blur()")
    return fouten, gezien


@pytest.mark.parametrize("kleur", ["light", "dark"])
def test_links_van_de_foutsamenvatting_bij_zweven_en_focus(axe_page, base_url, site_dir, kleur):
    """The summary takes focus after an error, so a reader sees its first link focused at once."""
    axe_page.emulate_media(color_scheme=kleur)
    fouten, gezien = [], 0
    for naam in ("checklist", "wia"):
        form = open_tool(axe_page, base_url + tool_paginas(site_dir)[naam], naam)
        for veld in form.locator("input[type=text]").all():
            veld.fill("abc")
        form.get_by_role("button", name="Bereken").click()
        expect(form.locator(".sk-foutsamenvatting")).to_be_focused(timeout=30000)
        f, g = contrast_bij_zweven_en_focus(axe_page, base_url, form.locator(".sk-foutsamenvatting a").all())
        fouten, gezien = fouten + [f"{naam}: {r}" for r in f], gezien + g
    assert gezien >= 4, f"only {gezien} links in the error summaries"
    assert not fouten, "\n".join(fouten)


@pytest.mark.parametrize("kleur", ["light", "dark"])
def test_downloadknoppen_bij_zweven_en_focus(axe_page, base_url, site_dir, kleur):
    """A download in a result is a link drawn as a button, filled with the accent colour on hover."""
    axe_page.emulate_media(color_scheme=kleur)
    form = open_tool(axe_page, base_url + tool_paginas(site_dir)["checklist"], "checklist")
    bereken_voorbeeld(axe_page, form, "checklist")
    fouten, gezien = contrast_bij_zweven_en_focus(axe_page, base_url, axe_page.locator("a.sk-download").all())
    assert gezien >= 1
    assert not fouten, "\n".join(fouten)


@pytest.mark.parametrize("kleur", ["light", "dark"])
def test_links_van_navigatie_en_tekst_bij_zweven_en_focus(axe_page, base_url, kleur):
    """The menu, the page's table of contents, links in the text, heading anchors, the tabs and the
    footer, on a page that has all of them."""
    axe_page.emulate_media(color_scheme=kleur)
    axe_page.set_viewport_size({"width": 1280, "height": 800})
    axe_page.goto(base_url + "werkgevers/betrokken-werkgever/")
    alle = axe_page.locator
    soorten = {
        "menu": alle(".md-sidebar--primary a.md-nav__link").all()[:8] + alle("a.md-nav__link--active").all()[:1],
        "inhoud van de pagina": alle(".md-sidebar--secondary a.md-nav__link").all(),
        "tekst": alle(".md-content article a[href]:not(.headerlink)").all()[:8],
        "kopanker": alle(".md-content article h2 > a.headerlink").all()[:1],
        "tabblad": alle(".md-content .tabbed-labels > label").all(),
        "voettekst": alle(".md-footer a").all(),
    }
    fouten, gezien = [], {}
    for soort, links in soorten.items():
        f, gezien[soort] = contrast_bij_zweven_en_focus(axe_page, base_url, links)
        fouten += [f"{soort}: {r}" for r in f]
    assert all(gezien.values()), f"no links of some kind: {gezien}"
    assert not fouten, "\n".join(fouten)


def test_de_404_pagina_zegt_in_het_nederlands_wat_u_kunt_doen(axe_page, base_url):
    page = axe_page
    page.goto(base_url + "404.html")
    expect(page.locator("h1").first).to_have_text("404: deze pagina bestaat niet")
    assert scan(page, base_url) == []
    page.get_by_role("link", name="Ga naar de startpagina").click()
    expect(page).to_have_url(base_url)
    expect(page.locator("h1").first).to_contain_text("Ziek en terug naar werk")
