"""Every tool's form in the browser, checked against its declaration (``spoorkennis/<naam>/tool.py``).

The cases come from the fields: each kind's refused input, only spaces, and Dutch ways of writing
a number, each typed over the worked example. The package's own answer to the same fields is the
truth: the page must show exactly those messages, in the summary (linked to the field) and at each
field (described by it), or exactly that result. What was typed stays, also after a reload. Then
axe on the error state, and the keyboard: Tab visits the fields in the declared order, Enter
computes, the summary's link takes focus to the field. A new tool or field is covered at once.
"""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from spoorkennis import tools
from spoorkennis.velden import Rij, Rijen

from .axe import scan_licht_en_donker
from .formulier import leesbare_gevallen, open_tool, slechte_gevallen, tool_paginas, voorbeeld, vul_in

VANDAAG = dt.datetime(2026, 11, 25, 10, 0)
# The result's text as the page shows it (without the download links), white space as single spaces.
UITKOMST = """() => { const k = document.querySelector("[data-uitkomst]").cloneNode(true);
  k.querySelectorAll(".sk-download").forEach((a) => a.remove());
  return k.textContent.split(/\\s+/).filter(Boolean).join(" "); }"""
NAMEN = tools.namen()
NA_FOUT = "Verbeter eerst uw invoer. De meldingen staan hierboven, bij de velden. Druk dan op Bereken."


@pytest.fixture
def tool_pagina(page, base_url, site_dir):
    """Open a tool's page with the clock on VANDAAG; return its form once Python is ready."""
    def open_(naam):
        page.clock.set_fixed_time(VANDAAG)
        return open_tool(page, base_url + tool_paginas(site_dir)[naam], naam)
    return open_


def ingevuld(form) -> list[list[str]]:
    return form.locator("input[type=text]").evaluate_all("els => els.map(e => [e.name, e.value])")


def bereken(page, form) -> None:
    """Press Bereken and wait until the answer is on the page."""
    form.get_by_role("button", name="Bereken").click()
    page.wait_for_function("() => !document.querySelector('form.sk-tool[aria-busy]')")


def id_van(form, naam: str) -> str:
    """The id of the field called ``naam`` (of a radio group: its first button, as the summary links)."""
    return form.evaluate("(f, n) => { const e = f.elements.namedItem(n); return (e instanceof RadioNodeList ? e[0] : e).id; }",
                         naam)


def toont_precies(page, form, geval) -> None:
    """The page shows the package's answer: each message in the summary and at its field, or the result."""
    samenvatting = form.locator(".sk-foutsamenvatting")
    berichten = form.locator(".sk-fout")
    waar = f"{geval.veld} = {geval.waarde!r}"
    if not geval.fouten:
        try:  # a change while filling in may have started a computation of its own: wait for this one
            page.wait_for_function(f"verwacht => ({UITKOMST})() === verwacht", arg=geval.tekst, timeout=30000)
        except PlaywrightTimeout:
            assert page.evaluate(UITKOMST) == geval.tekst, waar
        expect(samenvatting, waar).to_have_count(0)
        expect(berichten, waar).to_have_count(0)
        expect(page.locator(".sk-voorbeeld-label"), waar).to_have_count(0)
        return
    expect(samenvatting, waar).to_be_focused()
    assert page.evaluate(UITKOMST) == NA_FOUT, waar  # no result that no longer fits the input
    expect(samenvatting.locator("li"), waar).to_have_text([bericht for _, bericht in geval.fouten])
    links = samenvatting.locator("li").evaluate_all(
        "lis => lis.map((li) => li.querySelector('a') ? li.querySelector('a').getAttribute('href') : null)")
    assert links == [f"#{id_van(form, veld)}" if veld else None for veld, _ in geval.fouten], waar
    eerste = {}  # a field shows its first message
    for veld, bericht in geval.fouten:
        eerste.setdefault(veld, bericht)
    for veld, bericht in eerste.items():
        id_ = id_van(form, veld)
        expect(page.locator(f"#{id_}-fout"), waar).to_have_text(bericht)
        veld_ = form.locator(f"#{id_}")
        assert f"{id_}-fout" in veld_.get_attribute("aria-describedby").split(), waar
        assert veld_.get_attribute("aria-invalid") == "true", waar
    expect(berichten, waar).to_have_count(len(eerste))


@pytest.mark.parametrize("naam", NAMEN)
def test_elke_slechte_invoer_geeft_precies_de_melding_van_het_pakket(page, tool_pagina, naam):
    form = tool_pagina(naam)
    gevallen = slechte_gevallen(naam, VANDAAG.date().isoformat())
    assert gevallen
    for geval in gevallen:
        vul_in(form, voorbeeld(naam))
        form.locator(f"#{geval.id}").fill(geval.waarde)
        getypt = ingevuld(form)
        bereken(page, form)
        toont_precies(page, form, geval)
        assert ingevuld(form) == getypt, f"{geval.veld} = {geval.waarde!r}: the input changed"
    page.reload()
    expect(form.locator(".sk-status")).to_have_text("Rekenhulp is klaar.", timeout=60000)
    assert ingevuld(form) == getypt, "after a reload the input is not what was typed"


@pytest.mark.parametrize("naam", NAMEN)
def test_spaties_en_nederlandse_getallen_worden_gelezen_zoals_bedoeld(page, tool_pagina, naam):
    form = tool_pagina(naam)
    for geval in leesbare_gevallen(naam, VANDAAG.date().isoformat()):
        vul_in(form, voorbeeld(naam))
        form.locator(f"#{geval.id}").fill(geval.waarde)
        bereken(page, form)
        toont_precies(page, form, geval)


@pytest.mark.geen_service_worker  # the axe script is served by a route on the site's own origin
@pytest.mark.parametrize("naam", NAMEN)
def test_axe_met_een_fout_bij_elk_veld(axe_page, base_url, tool_pagina, naam):
    page = axe_page
    form = tool_pagina(naam)
    eerste = {}
    for geval in slechte_gevallen(naam):
        eerste.setdefault(geval.id, geval.waarde)
    for id_, waarde in eerste.items():
        form.locator(f"#{id_}").fill(waarde)
    bereken(page, form)
    expect(form.locator(".sk-fout")).not_to_have_count(0)
    page.mouse.move(0, 0)  # not over a link by chance: hovered and focused links are tested on purpose
    assert scan_licht_en_donker(page, base_url) == []


def tabvolgorde(naam: str) -> list[str]:
    """The form names in the order of the declaration, as Tab should reach them."""
    tool, namen = tools.tool(naam), []
    for deel in tool.delen():
        if isinstance(deel, Rijen):
            namen += [Rij(deel.naam, n).veld(veld.naam) for n in range(1, deel.aantal + 1) for veld in deel.velden]
        else:
            namen.append(deel.naam)
    return namen


@pytest.mark.parametrize("naam", NAMEN)
def test_toetsenbord_in_de_volgorde_van_de_declaratie(page, tool_pagina, naam):
    form = tool_pagina(naam)
    form.locator("input:visible, button:visible").first.focus()
    bezocht = []
    for _ in range(400):
        info = page.evaluate("""() => { const e = document.activeElement, s = getComputedStyle(e);
            return {naam: e.name || '', tekst: e.textContent.trim(), inForm: !!e.closest('form.sk-tool'),
                    zichtbaar: s.outlineStyle !== 'none' || s.boxShadow !== 'none'}; }""")
        assert info["inForm"], f"{naam}: Tab left the form before Bereken; visited {bezocht}"
        assert info["zichtbaar"], f"{naam}: no visible focus on {info}"
        if info["tekst"] == "Bereken":
            break
        if info["naam"]:
            bezocht.append(info["naam"])
        page.keyboard.press("Tab")
    assert bezocht == tabvolgorde(naam)
    # a refused input, typed and sent with the keyboard; the summary's link takes focus to the field
    geval = slechte_gevallen(naam)[0]
    veld = form.locator(f"#{geval.id}")
    veld.focus()
    page.keyboard.press("Control+A")
    page.keyboard.type(geval.waarde) if geval.waarde else page.keyboard.press("Delete")
    page.keyboard.press("Enter")
    samenvatting = form.locator(".sk-foutsamenvatting")
    expect(samenvatting).to_be_focused(timeout=30000)
    page.keyboard.press("Tab")
    expect(samenvatting.locator("a").first).to_be_focused()
    page.keyboard.press("Enter")
    expect(form.locator(f"#{id_van(form, geval.fouten[0][0])}")).to_be_focused()


@pytest.mark.parametrize("kleur", ["light", "dark"])
def test_links_in_de_foutsamenvatting_houden_hun_kleur_onder_de_muis(page, tool_pagina, kleur):
    # Material colours a hovered link in its accent colour (#526cfe: 4.0:1 on white, too little).
    page.emulate_media(color_scheme=kleur)
    form = tool_pagina("verzuimweek")
    form.locator("#vw-eerste-ziektedag").fill("abc")
    bereken(page, form)
    link = page.locator(".sk-foutsamenvatting a").first
    gewoon = link.evaluate("e => getComputedStyle(e).color")
    link.hover()
    page.wait_for_timeout(300)  # Material fades link colours in 125 ms
    assert link.evaluate("e => getComputedStyle(e).color") == gewoon


def test_herberekenen_na_een_veld_steelt_de_focus_niet(page, tool_pagina):
    """After a first result, leaving a field recomputes. An error then shows at the field and in the
    summary, but focus stays in the field the reader moved on to (only Bereken moves it)."""
    form = tool_pagina("wia")
    vul_in(form, voorbeeld("wia"))
    bereken(page, form)
    expect(page.locator(".sk-voorbeeld-label")).to_have_count(0)
    form.locator("#wia-maandloon").fill("abc")
    page.keyboard.press("Tab")  # change: a recompute with an error
    volgende = page.evaluate("document.activeElement.id")
    assert volgende and volgende != "wia-maandloon"
    expect(form.locator("#wia-maandloon-fout")).to_be_visible(timeout=30000)
    expect(form.locator(".sk-foutsamenvatting")).to_be_visible()
    expect(form.locator(f"#{volgende}")).to_be_focused()
    bereken(page, form)  # asking moves focus to the summary
    expect(form.locator(".sk-foutsamenvatting")).to_be_focused()
