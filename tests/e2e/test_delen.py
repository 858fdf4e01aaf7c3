"""'Deel dit plan' in real Chromium: the page lists what the link holds before it can be copied, the
link carries the plan after the # only, and it opens the same plan in a fresh browser (another
device: no storage, no history), which computes it, keeps it and takes it out of the address."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from .axe import scan
from .conftest import bewaak, csp_schendingen, nieuwe_context
from .test_tijdlijn import WACHT, open_tool, zes_perioden

pytestmark = pytest.mark.e2e
VANDAAG = dt.datetime(2026, 11, 25, 10, 0)


def verse_pagina(browser, base_url):
    """A page in a new context: nothing stored, clock on VANDAAG, every error and foreign request
    noted (conftest.bewaak): the context, the page and its list of problems."""
    context = nieuwe_context(browser, "block")
    context.clock.set_fixed_time(VANDAAG)
    pagina = context.new_page()
    return context, pagina, bewaak(pagina, base_url)


def test_the_link_opens_the_same_plan_in_a_fresh_browser(page, base_url, browser):
    form = open_tool(page, base_url)
    page.fill("#tl-eerste-ziektedag", "5-1-2026")
    zes_perioden(page, form)
    page.fill("#tl-eerstejaarsevaluatie", "15-12-2026")
    page.fill("#tl-verlenging-weken", "26")
    page.check("#tl-weergave-werknemer")
    form.get_by_role("button", name="Bereken").click()
    uitkomst = page.locator("[data-uitkomst]")
    expect(uitkomst.locator(".sk-langer")).to_be_visible(timeout=WACHT)
    hier = " ".join(uitkomst.locator(".sk-tijdlijn-lijst").text_content().split())

    paneel = uitkomst.locator("[data-deel-paneel]")
    expect(paneel).to_be_hidden()
    uitkomst.get_by_role("button", name="Deel dit plan").click()
    expect(paneel).to_be_focused()
    inhoud = paneel.locator("[data-deel-inhoud] li")
    expect(inhoud).to_contain_text(["Eerste ziektedag: 5-1-2026", "Wie bent u? Werknemer",
                                    "Periode 6: weer ziek vanaf: 3-7-2026",
                                    "Datum van de eerstejaarsevaluatie: 15-12-2026",
                                    "Vrijwillige verlenging, in weken: 26"])
    link = paneel.get_by_label("De link naar dit plan").input_value()
    delen = urlsplit(link)
    assert delen.path == urlsplit(page.url).path and delen.query == ""  # everything is after the #
    gedeeld = {k: v[0] for k, v in parse_qs(delen.fragment).items()}
    assert gedeeld["deel"] == "tijdlijn" and gedeeld["hersteld_van_6"] == "1-7-2026"
    assert len(gedeeld) - 1 == inhoud.count()  # the list shows every field in the link

    context, pagina, problemen = verse_pagina(browser, base_url)
    gevraagd: list[str] = []
    context.on("request", lambda r: gevraagd.append(r.url))
    try:
        pagina.goto(link)
        expect(pagina.locator(".sk-voorbeeld-label")).to_have_count(0, timeout=WACHT)
        expect(pagina.locator(".sk-langer")).to_be_visible(timeout=WACHT)
        assert " ".join(pagina.locator("[data-uitkomst] .sk-tijdlijn-lijst").text_content().split()) == hier
        expect(pagina.locator("#tl-hersteld-van-6")).to_have_value("1-7-2026")
        expect(pagina.locator("#tl-weergave-werknemer")).to_be_checked()
        assert urlsplit(pagina.url).fragment == ""  # taken out of the address once read
        assert all("#" not in url and "5-1-2026" not in url for url in gevraagd)  # no request carried the plan
        pagina.reload()  # kept on this device now, like anything typed here
        expect(pagina.locator("#tl-hersteld-tot-6")).to_have_value("3-7-2026")
        expect(pagina.locator("#tl-eerstejaarsevaluatie")).to_have_value("15-12-2026")
        problemen += csp_schendingen(pagina)
    finally:
        context.close()
    assert problemen == []


def test_copying_the_link_says_so(page, base_url):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    form = open_tool(page, base_url)
    page.fill("#tl-eerste-ziektedag", "5-1-2026")
    form.get_by_role("button", name="Bereken").click()
    uitkomst = page.locator("[data-uitkomst]")
    expect(uitkomst.locator(".sk-voorbeeld-label")).to_have_count(0, timeout=WACHT)
    uitkomst.get_by_role("button", name="Deel dit plan").click()
    uitkomst.get_by_role("button", name="Kopieer de link").click()
    expect(uitkomst.locator("[data-deel-status]")).to_have_text("De link is gekopieerd. Plak hem in een e-mail of "
                                                                "bericht.")
    assert page.evaluate("navigator.clipboard.readText()") == uitkomst.locator("[data-deel-link]").input_value()


def test_a_link_for_another_tool_or_without_a_plan_changes_nothing(page, base_url):
    page.clock.set_fixed_time(VANDAAG)
    page.goto(base_url + "rekenhulpen/tijdlijn/#deel=wia&eerste_ziektedag=1-1-2027")
    form = page.locator("form[data-tool=tijdlijn]")
    expect(form.locator(".sk-status")).to_have_text("Rekenhulp is klaar.", timeout=WACHT)
    expect(page.locator("#tl-eerste-ziektedag")).to_have_value("")
    expect(page.locator("[data-uitkomst]")).to_contain_text("Voorbeeld")


@pytest.mark.geen_service_worker  # the axe script is served by a route on the site's own origin
def test_a_shared_plan_does_not_replace_the_readers_own_until_they_choose(axe_page, base_url):
    """A reader with a plan of their own opens a shared link: the shared plan shows and is computed,
    their own stays stored (also over a reload) until they choose; then either one is kept."""
    page = axe_page
    form = open_tool(page, base_url)
    page.fill("#tl-eerste-ziektedag", "3-3-2025")
    page.fill("#tl-eerstejaarsevaluatie", "20-2-2026")
    page.fill("#tl-loonsanctie-weken", "12")
    form.get_by_role("button", name="Bereken").click()
    expect(page.locator(".sk-voorbeeld-label")).to_have_count(0, timeout=WACHT)
    eigen = page.evaluate("localStorage.getItem('spoorkennis:tijdlijn')")
    link = base_url + "rekenhulpen/tijdlijn/#deel=tijdlijn&eerste_ziektedag=14-4-2026&weergave=werkgever"
    keuze = page.get_by_role("region", name="Gedeeld plan")

    for _ in range(2):  # opened, then reloaded before choosing
        page.goto("about:blank")
        page.goto(link)
        expect(keuze).to_contain_text("U bekijkt een plan dat iemand met u deelde", timeout=WACHT)
        expect(page.locator("#tl-eerste-ziektedag")).to_have_value("14-4-2026")
        expect(page.locator("#tl-eerstejaarsevaluatie")).to_have_value("")
        expect(page.locator("[data-uitkomst]")).to_contain_text("eindigt op 10 april 2028", timeout=WACHT)
        assert page.evaluate("localStorage.getItem('spoorkennis:tijdlijn')") == eigen
        link = base_url + "rekenhulpen/tijdlijn/"  # the reload: the address no longer holds the plan
    assert scan(page, base_url) == []

    keuze.get_by_role("button", name="Terug naar mijn eigen gegevens").click()
    expect(keuze).to_have_count(0)
    expect(page.locator("#tl-eerste-ziektedag")).to_have_value("3-3-2025")
    expect(page.locator("#tl-eerstejaarsevaluatie")).to_have_value("20-2-2026")
    expect(page.locator("#tl-loonsanctie-weken")).to_have_value("12")
    expect(page.locator("[data-uitkomst]")).to_contain_text("9 maart 2025", timeout=WACHT)  # day 7: the arbodienst
    expect(page.locator("[data-uitkomst]")).not_to_contain_text("10 april 2028")
    assert page.evaluate("localStorage.getItem('spoorkennis:tijdlijn:gedeeld')") is None
    page.reload()
    expect(page.locator("#tl-eerstejaarsevaluatie")).to_have_value("20-2-2026")
    expect(keuze).to_have_count(0)

    page.goto("about:blank")
    page.goto(base_url + "rekenhulpen/tijdlijn/#deel=tijdlijn&eerste_ziektedag=14-4-2026")
    keuze.get_by_role("button", name="Bewaar dit plan als mijn gegevens").click()
    expect(keuze).to_have_count(0)
    page.reload()
    expect(page.locator("#tl-eerste-ziektedag")).to_have_value("14-4-2026")
    expect(page.locator("#tl-loonsanctie-weken")).to_have_value("")
    expect(keuze).to_have_count(0)


def test_a_shared_link_opened_in_a_tab_that_shows_the_page_is_read_too(page, base_url):
    # Only the part after the # changes (no new page load): the page loads again and reads it.
    form = open_tool(page, base_url)
    page.fill("#tl-eerste-ziektedag", "3-3-2025")
    form.get_by_role("button", name="Bereken").click()
    expect(page.locator(".sk-voorbeeld-label")).to_have_count(0, timeout=WACHT)
    page.evaluate("location.hash = 'deel=tijdlijn&eerste_ziektedag=14-4-2026'")
    expect(page.get_by_role("region", name="Gedeeld plan")).to_be_visible(timeout=WACHT)
    expect(page.locator("#tl-eerste-ziektedag")).to_have_value("14-4-2026")
    assert urlsplit(page.url).fragment == ""
