"""The first tool end to end: "In welke week van het verzuim zit ik?" in real Chromium."""

import datetime as dt

import pytest
from playwright.sync_api import expect

from .formulier import aangekomen, houd_vast


PAGINA = "rekenhulpen/verzuimweek/"


def open_tool(page, base_url, vandaag=dt.datetime(2026, 11, 25, 10, 0)):
    page.clock.set_fixed_time(vandaag)
    page.goto(base_url + PAGINA)
    return page.locator("form[data-tool=verzuimweek]")


def test_berekent_de_week_voor_een_bekende_datum(page, base_url):
    form = open_tool(page, base_url)
    page.fill("#vw-eerste-ziektedag", "5-1-2026")
    form.get_by_role("button", name="Bereken").click()
    uitkomst = page.locator("[data-uitkomst]")
    # 5 Jan 2026 to 25 Nov 2026 is 324 days: 46 full weeks, so week 47.
    expect(uitkomst).to_contain_text("week 47", timeout=60000)
    # 104 weeks = 728 days from 5 Jan 2026; the last day is 2 Jan 2028.
    expect(uitkomst).to_contain_text("2 januari 2028")
    expect(uitkomst).not_to_contain_text("Voorbeeld")


def test_voorbeeld_staat_er_voordat_python_start(page, base_url):
    page.route("**/pyodide.asm.wasm", lambda route: route.abort())
    open_tool(page, base_url)
    expect(page.locator("[data-uitkomst]")).to_contain_text("Voorbeeld")
    expect(page.locator("[data-uitkomst]")).to_contain_text("wachttijd")


def test_browser_zonder_webassembly_krijgt_uitleg_en_houdt_het_voorbeeld(page, base_url):
    page.add_init_script("delete window.WebAssembly;")
    form = open_tool(page, base_url)
    expect(page.locator(".sk-status")).to_contain_text("werkt niet in uw browser")
    page.fill("#vw-eerste-ziektedag", "5-1-2026")
    form.get_by_role("button", name="Bereken").click()  # no page error (the fixture checks), no reload
    expect(page.locator("[data-uitkomst]")).to_contain_text("Voorbeeld")
    expect(page.locator("#vw-eerste-ziektedag")).to_have_value("5-1-2026")


def test_toont_laadstatus(page, base_url):
    vast = houd_vast(page, "**/pyodide.asm.wasm")  # while the status is read
    open_tool(page, base_url)
    expect(page.locator(".sk-status")).to_contain_text("Rekenhulp wordt geladen…")
    aangekomen(page, vast).continue_()
    expect(page.locator(".sk-status")).to_have_text("Rekenhulp is klaar.", timeout=60000)


def test_bereken_voordat_de_pagina_klaar_is_houdt_de_invoer_en_rekent(page, base_url):
    """A quick reader presses Bereken while tools.js is still on its way: no reload, no lost input.
    tools.js is held back (not slowed in the handler, which would hold up Playwright too) until
    after the click, so the click meets the page without it."""
    vast = houd_vast(page, "**/assets/tools/tools.js")
    page.clock.set_fixed_time(dt.datetime(2026, 11, 25, 10, 0))
    page.goto(base_url + PAGINA, wait_until="commit")
    page.fill("#vw-eerste-ziektedag", "5-1-2026")
    page.locator("form[data-tool=verzuimweek]").get_by_role("button", name="Bereken").click()
    tools_js = aangekomen(page, vast)
    assert page.evaluate("window.spoorkennisVerzonden.size") == 1  # the inline script kept the submit
    tools_js.continue_()
    expect(page.locator("[data-uitkomst]")).to_contain_text("week 47", timeout=60000)
    assert "?" not in page.url  # the form was not sent as a page load
    expect(page.locator("#vw-eerste-ziektedag")).to_have_value("5-1-2026")


def test_nederlandse_fout_bij_lege_of_onmogelijke_datum(page, base_url):
    form = open_tool(page, base_url)
    for invoer, melding in [("", "Vul de eerste ziektedag in"), ("31-02-2026", "bestaat niet"),
                            ("gisteren", "dag-maand-jaar")]:
        page.fill("#vw-eerste-ziektedag", invoer)
        form.get_by_role("button", name="Bereken").click()
        fout = page.locator("#vw-eerste-ziektedag-fout")
        expect(fout, repr(invoer)).to_contain_text(melding, timeout=60000)
        expect(page.locator(".sk-foutsamenvatting")).to_be_focused()
        beschreven = page.get_attribute("#vw-eerste-ziektedag", "aria-describedby")
        assert "vw-eerste-ziektedag-fout" in beschreven.split()
        assert page.input_value("#vw-eerste-ziektedag") == invoer


def test_invoer_blijft_na_herladen_en_wis_maakt_leeg(page, base_url):
    form = open_tool(page, base_url)
    page.fill("#vw-eerste-ziektedag", "5-1-2026")
    form.get_by_role("button", name="Bereken").click()
    expect(page.locator("[data-uitkomst]")).to_contain_text("week 47", timeout=60000)
    page.reload()
    assert page.input_value("#vw-eerste-ziektedag") == "5-1-2026"
    expect(page.locator("[data-uitkomst]")).to_contain_text("week 47", timeout=60000)
    page.get_by_role("button", name="Wis mijn gegevens").click()
    assert page.input_value("#vw-eerste-ziektedag") == ""
    assert page.evaluate("localStorage.getItem('spoorkennis:verzuimweek')") is None


def test_een_oude_uitkomst_verdwijnt_bij_een_fout_en_gewist_blijft_niet_staan(page, base_url):
    # A result for 3-11-2026 must not stay under the message for 31-02-2026: it fits no longer.
    form = open_tool(page, base_url)
    uitkomst = page.locator("[data-uitkomst]")
    page.fill("#vw-eerste-ziektedag", "3-11-2026")
    form.get_by_role("button", name="Bereken").click()
    expect(uitkomst).to_contain_text("week 4", timeout=60000)
    page.fill("#vw-eerste-ziektedag", "31-02-2026")
    form.get_by_role("button", name="Bereken").click()
    expect(page.locator("#vw-eerste-ziektedag-fout")).to_contain_text("bestaat niet")
    expect(uitkomst).to_have_text("Verbeter eerst uw invoer. De meldingen staan hierboven, bij de velden. "
                                  "Druk dan op Bereken.")
    # "Uw gegevens zijn gewist." goes at the next computation
    status = page.locator(".sk-status")
    page.get_by_role("button", name="Wis mijn gegevens").click()
    expect(status).to_have_text("Uw gegevens zijn gewist.")
    page.fill("#vw-eerste-ziektedag", "5-1-2026")
    form.get_by_role("button", name="Bereken").click()
    expect(uitkomst).to_contain_text("week 47")
    expect(status).to_have_text("Rekenhulp is klaar.")


def test_telt_hersteldperiodes_mee_ook_in_een_toegevoegde_rij(page, base_url):
    form = open_tool(page, base_url)
    page.fill("#vw-eerste-ziektedag", "5-1-2026")
    page.fill("#vw-hersteld-van-1", "2-2-2026")
    page.fill("#vw-hersteld-tot-1", "16-2-2026")
    form.get_by_role("button", name="Nog een periode toevoegen").click()
    derde = page.get_by_label("Periode 3: hersteld vanaf")
    expect(derde).to_be_focused()
    derde.fill("2-3-2026")
    page.get_by_label("Periode 3: weer ziek vanaf").fill("9-3-2026")
    form.get_by_role("button", name="Bereken").click()
    uitkomst = page.locator("[data-uitkomst]")
    # 25 Nov 2026 is 324 days after 5 Jan; 14 + 7 of them recovered: 303 sick days, so week 44.
    # The wachttijd ends 2 Jan 2028 + 21 days.
    expect(uitkomst).to_contain_text("week 44", timeout=60000)
    expect(uitkomst).to_contain_text("23 januari 2028")
    expect(uitkomst).to_contain_text("De termijnen na een herstel schuiven op, samen 21 dagen")
    page.reload()
    expect(page.locator("#vw-hersteld-tot-3")).to_have_value("9-3-2026")
    expect(page.locator("[data-uitkomst]")).to_contain_text("week 44", timeout=60000)
