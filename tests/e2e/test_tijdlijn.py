"""The timeline planner end to end in real Chromium: form, warnings, figure, list, calendar file,
Dutch errors beside their field, and a layout that fits 360 px."""

import datetime as dt

import icalendar
import pytest
from playwright.sync_api import expect

from .formulier import kleinste_letter

pytestmark = pytest.mark.e2e

PAGINA = "rekenhulpen/tijdlijn/"
WACHT = 60000


def open_tool(page, base_url, breedte=1280):
    page.set_viewport_size({"width": breedte, "height": 900})
    page.clock.set_fixed_time(dt.datetime(2026, 11, 25, 10, 0))
    page.goto(base_url + PAGINA)
    return page.locator("form[data-tool=tijdlijn]")


def vul_in(page, form, **velden):
    for veld, waarde in velden.items():
        page.fill(f"#tl-{veld.replace('_', '-')}", waarde)
    form.get_by_role("button", name="Bereken").click()


def bereken_voorbeeld(page, form):
    vul_in(page, form, eerste_ziektedag="5-1-2026", hersteld_van_1="2-2-2026", hersteld_tot_1="16-2-2026",
           start_spoor_2="1-3-2027")
    uitkomst = page.locator("[data-uitkomst]")
    expect(uitkomst).not_to_contain_text("Voorbeeld", timeout=WACHT)  # computed, not the worked example
    # 5 Jan to 25 Nov 2026 is 324 days, 14 of them recovered: 310 sick days, so week 45.
    expect(uitkomst).to_contain_text("week 45", timeout=WACHT)
    return uitkomst


def test_timeline_and_warnings(page, base_url):
    form = open_tool(page, base_url)
    uitkomst = bereken_voorbeeld(page, form)
    # the latest start of spoor 2 is week 58: 14 Feb 2027, plus the 14 recovered days
    waarschuwing = uitkomst.locator(".sk-waarschuwing[data-code='spoor-2-te-laat']")
    expect(waarschuwing).to_contain_text("28 februari 2027")
    expect(waarschuwing).to_contain_text("Wat kunt u doen?")
    expect(uitkomst.locator(".sk-waarschuwing[data-code='geen-ad-rapport']")).to_be_visible()
    expect(uitkomst.locator("svg[role=img] title")).to_have_text("Tijdlijn van het verzuim")
    expect(uitkomst.locator("svg .sk-band-spoor2")).to_have_count(1)
    expect(uitkomst.locator("svg .sk-vandaag-lijn")).to_have_count(1)
    rij = uitkomst.locator("li[data-code='einde-wachttijd']")
    expect(rij).to_contain_text("16 januari 2028 · week 104")  # 2 Jan 2028 + 14 days

    page.check("#tl-ad-rapport")
    page.fill("#tl-start-spoor-2", "15-2-2027")
    form.get_by_role("button", name="Bereken").click()
    expect(uitkomst.locator(".sk-waarschuwing")).to_have_count(0, timeout=WACHT)


def test_employee_view(page, base_url):
    form = open_tool(page, base_url)
    page.check("#tl-weergave-werknemer")
    bereken_voorbeeld(page, form)
    expect(page.locator("li[data-code='wia-aanvraag-uiterlijk'] dd").first).to_have_text("u")
    expect(page.locator(".sk-waarschuwing").first).to_contain_text("Vraag uw werkgever")


def test_calendar_download(page, base_url, tmp_path):
    form = open_tool(page, base_url)
    uitkomst = bereken_voorbeeld(page, form)
    with page.expect_download() as info:
        uitkomst.get_by_role("link", name="Download tijdlijn-verzuim.ics").click()
    bestand = tmp_path / info.value.suggested_filename
    info.value.save_as(bestand)
    assert bestand.name == "tijdlijn-verzuim.ics"
    tekst = bestand.read_bytes().decode()
    assert "\r\n" in tekst
    events = icalendar.Calendar.from_ical(tekst).walk("VEVENT")
    assert len(events) == uitkomst.locator(".sk-tijdlijn-lijst li[data-code]").count()
    einde = next(e for e in events if str(e["UID"]).startswith("einde-wachttijd-"))
    assert einde.decoded("DTSTART") == dt.date(2028, 1, 16)


@pytest.mark.parametrize("velden, fout_bij, melding", [
    ({"eerste_ziektedag": ""}, "eerste-ziektedag", "Vul de eerste ziektedag in"),
    ({"eerste_ziektedag": "1-1-1900"}, "eerste-ziektedag", "moet tussen"),
    ({"eerste_ziektedag": "5-1-2026", "hersteld_van_1": "16-2-2026", "hersteld_tot_1": "2-2-2026"},
     "hersteld-tot-1", "na de eerste hersteldag"),
    ({"eerste_ziektedag": "5-1-2026", "hersteld_van_1": "2-2-2026", "hersteld_tot_1": "16-2-2026",
      "hersteld_van_2": "10-2-2026", "hersteld_tot_2": "1-3-2026"}, "hersteld-van-2", "overlapt"),
])
def test_dutch_error_beside_its_field(page, base_url, velden, fout_bij, melding):
    form = open_tool(page, base_url)
    vul_in(page, form, **velden)
    expect(page.locator(f"#tl-{fout_bij}-fout")).to_contain_text(melding, timeout=WACHT)
    expect(page.locator(".sk-foutsamenvatting")).to_be_focused()
    assert f"tl-{fout_bij}-fout" in page.get_attribute(f"#tl-{fout_bij}", "aria-describedby").split()


def test_fits_360_px(page, base_url):
    form = open_tool(page, base_url, breedte=360)
    uitkomst = bereken_voorbeeld(page, form)
    svg = uitkomst.locator("svg[role=img]").bounding_box()
    assert svg["x"] >= 0 and svg["x"] + svg["width"] <= 360
    assert svg["width"] >= 280 and svg["height"] > 700  # drawn, not collapsed
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    # Every label inside the figure, and all its text at least 12 px on screen.
    labels = uitkomst.locator("svg [class^=sk-label-]")
    assert labels.count() > 10
    for label in labels.all():
        vak = label.bounding_box()
        assert svg["x"] <= vak["x"] and vak["x"] + vak["width"] <= svg["x"] + svg["width"], label.text_content()
    kleinste = kleinste_letter(uitkomst.locator("svg[role=img]"))
    assert kleinste >= 12, f"some text in the figure is {kleinste:.1f} px"


def test_worked_example_before_python(page, base_url):
    page.route("**/pyodide.asm.wasm", lambda route: route.abort())
    open_tool(page, base_url)
    uitkomst = page.locator("[data-uitkomst]")
    expect(uitkomst).to_contain_text("Voorbeeld")
    expect(uitkomst.locator("svg[role=img]")).to_have_count(1)
    expect(uitkomst.locator("li[data-code='einde-wachttijd']")).to_contain_text("16 januari 2028")
