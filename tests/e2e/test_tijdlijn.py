"""The timeline planner end to end in real Chromium: form, warnings, figure, list, calendar file,
Dutch errors beside their field, a layout that fits 360 px, any number of recovery rows, the real
evaluation date and an extension, and axe in each of these states (light and dark)."""

import datetime as dt

import icalendar
import pytest
from playwright.sync_api import expect

from .axe import scan_licht_en_donker
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
    # the list shows each run of six-weekly evaluations as one item; the calendar keeps every date
    items = uitkomst.locator(".sk-tijdlijn-lijst li[data-code]")
    runs = uitkomst.locator(".sk-tijdlijn-lijst li[data-code^='evaluatie-']")
    keer = sum(int(k) for k in runs.evaluate_all(
        "lis => lis.map((li) => (/\\((\\d+) keer\\)/.exec(li.querySelector('.sk-kop').textContent) || [0, 1])[1])"))
    assert len(events) == items.count() - runs.count() + keer
    assert len([e for e in events if str(e["UID"]).startswith("evaluatie-")]) == keer > runs.count()
    einde = next(e for e in events if str(e["UID"]).startswith("einde-wachttijd-"))
    assert einde.decoded("DTSTART") == dt.date(2028, 1, 16)


def test_dutch_error_beside_its_field(page, base_url):
    form = open_tool(page, base_url)
    for velden, fout_bij, melding in [  # in turn on one page; each case types every field it needs
        ({"eerste_ziektedag": ""}, "eerste-ziektedag", "Vul de eerste ziektedag in"),
        ({"eerste_ziektedag": "1-1-1900"}, "eerste-ziektedag", "moet tussen"),
        ({"eerste_ziektedag": "5-1-2026", "hersteld_van_1": "16-2-2026", "hersteld_tot_1": "2-2-2026"},
         "hersteld-tot-1", "na de eerste hersteldag"),
        ({"eerste_ziektedag": "5-1-2026", "hersteld_van_1": "2-2-2026", "hersteld_tot_1": "16-2-2026",
          "hersteld_van_2": "10-2-2026", "hersteld_tot_2": "1-3-2026"}, "hersteld-van-2", "overlapt"),
    ]:
        vul_in(page, form, **velden)
        expect(page.locator(f"#tl-{fout_bij}-fout"), str(velden)).to_contain_text(melding, timeout=WACHT)
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


RIJEN = [("2-2-2026", "9-2-2026"), ("2-3-2026", "5-3-2026"), ("1-4-2026", "8-4-2026"), ("4-5-2026", "6-5-2026"),
         ("1-6-2026", "8-6-2026"), ("1-7-2026", "3-7-2026")]  # 7 + 3 + 7 + 2 + 7 + 2 = 28 days, each shorter than 28


def zes_perioden(page, form):
    """Fill six recovery periods: the fifth and sixth rows made with the button (and the keyboard)."""
    knop = form.get_by_role("button", name="Nog een periode toevoegen")
    for n, (van, tot) in enumerate(RIJEN, start=1):
        if n == 5:
            knop.click()
        if n == 6:
            knop.focus()
            page.keyboard.press("Enter")
        if n > 4:
            expect(page.locator(f"#tl-hersteld-van-{n}")).to_be_focused()  # focus goes to the new row
        page.fill(f"#tl-hersteld-van-{n}", van)
        page.fill(f"#tl-hersteld-tot-{n}", tot)


def test_a_fifth_and_sixth_recovery_row_work_and_stay_after_a_reload(page, base_url):
    form = open_tool(page, base_url)
    page.fill("#tl-eerste-ziektedag", "5-1-2026")
    zes_perioden(page, form)
    expect(page.get_by_label("Periode 5: hersteld vanaf")).to_have_value("1-6-2026")
    expect(page.get_by_label("Periode 6: weer ziek vanaf")).to_have_value("3-7-2026")
    form.get_by_role("button", name="Bereken").click()
    uitkomst = page.locator("[data-uitkomst]")
    # 28 recovered days in six short periods: 2 Jan 2028 + 28 = 30 Jan 2028. Rows 5 and 6 count.
    expect(uitkomst).to_contain_text("De termijnen na een herstel schuiven op, samen 28 dagen", timeout=WACHT)
    expect(uitkomst.locator("li[data-code='einde-wachttijd']")).to_contain_text("30 januari 2028 · week 104")

    page.reload()
    expect(page.locator("#tl-hersteld-tot-6")).to_have_value("3-7-2026")
    expect(page.locator("#tl-hersteld-van-5")).to_have_value("1-6-2026")
    expect(page.locator("[data-uitkomst]")).to_contain_text("De termijnen na een herstel schuiven op, samen 28 dagen", timeout=WACHT)

    form.get_by_role("button", name="Wis mijn gegevens").click()
    expect(form.locator(".sk-rij")).to_have_count(4)
    page.reload()
    expect(form.locator(".sk-rij")).to_have_count(4)


def test_an_error_in_the_sixth_row_is_shown_at_its_field(page, base_url):
    form = open_tool(page, base_url)
    page.fill("#tl-eerste-ziektedag", "5-1-2026")
    zes_perioden(page, form)
    page.fill("#tl-hersteld-van-6", "29-1-2028")  # after the end: 2 Jan 2028 + the 26 days of rows 1 to 5
    page.fill("#tl-hersteld-tot-6", "5-2-2028")
    form.get_by_role("button", name="Bereken").click()
    fout = page.locator("#tl-hersteld-van-6-fout")
    expect(fout).to_have_text("De wachttijd eindigt op 28 januari 2028. Deze hersteldperiode begint later. Vul alleen "
                              "herstel binnen de wachttijd in.", timeout=WACHT)
    assert "tl-hersteld-van-6-fout" in page.get_attribute("#tl-hersteld-van-6", "aria-describedby").split()
    # a row added now is clean: no message, no error state copied from row 6
    form.get_by_role("button", name="Nog een periode toevoegen").click()
    expect(page.locator("#tl-hersteld-van-7")).to_be_focused()
    assert page.get_attribute("#tl-hersteld-van-7", "aria-invalid") is None
    expect(page.locator("#tl-hersteld-van-7-fout")).to_have_count(0)


def test_the_real_evaluation_and_an_extension(page, base_url):
    form = open_tool(page, base_url)
    page.fill("#tl-eerste-ziektedag", "5-1-2026")
    page.fill("#tl-eerstejaarsevaluatie", "1-10-2026")  # week 39: early
    page.fill("#tl-verlenging-weken", "26")
    form.get_by_role("button", name="Bereken").click()
    uitkomst = page.locator("[data-uitkomst]")
    expect(uitkomst.locator(".sk-waarschuwing[data-code='evaluatie-te-vroeg']")).to_contain_text("week 39",
                                                                                                  timeout=WACHT)
    spoor_2 = uitkomst.locator(".sk-tijdlijn-lijst li[data-code='start-spoor-2-uiterlijk']")
    expect(spoor_2).to_contain_text("12 november 2026")  # 1 Oct + 42 days
    expect(spoor_2).to_contain_text("Gerekend vanaf de eerstejaarsevaluatie op 1 oktober 2026.")
    langer = uitkomst.locator(".sk-langer")
    expect(langer).to_contain_text("De wachttijd duurt 130 weken en eindigt op 2 juli 2028.")
    expect(langer.locator("dt")).to_have_text(["Werkgever", "Werknemer"])
    expect(uitkomst.locator(".sk-tijdlijn-lijst li[data-code='einde-wachttijd']")).to_contain_text(
        "26 weken later door de vrijwillige")


@pytest.mark.geen_service_worker  # the axe script is served by a route on the site's own origin
def test_axe_in_the_new_states(axe_page, base_url):
    page = axe_page
    form = open_tool(page, base_url, breedte=360)
    page.fill("#tl-eerste-ziektedag", "5-1-2026")
    zes_perioden(page, form)
    page.fill("#tl-eerstejaarsevaluatie", "15-12-2026")
    page.fill("#tl-verlenging-weken", "26")
    page.fill("#tl-loonsanctie-weken", "10")
    form.get_by_role("button", name="Bereken").click()
    expect(page.locator(".sk-langer")).to_be_visible(timeout=WACHT)
    page.get_by_role("button", name="Deel dit plan").click()
    expect(page.locator("[data-deel-paneel]")).to_be_visible()
    page.mouse.move(0, 0)
    assert scan_licht_en_donker(page, base_url) == [], "six rows, evaluation, extension, share panel"
    page.fill("#tl-verlenging-weken", "5")
    page.locator("#tl-verlenging-weken").dispatch_event("change")  # recomputes; focus stays in the field
    expect(form.locator(".sk-foutsamenvatting")).to_be_visible(timeout=WACHT)
    expect(page.locator("#tl-verlenging-weken")).to_be_focused()
    page.fill("#tl-hersteld-tot-6", "")
    form.get_by_role("button", name="Bereken").click()
    expect(form.locator(".sk-foutsamenvatting li")).to_have_count(2, timeout=WACHT)
    expect(form.locator("#tl-hersteld-tot-6-fout, #tl-verlenging-weken-fout")).to_have_count(2)
    page.mouse.move(0, 0)
    assert scan_licht_en_donker(page, base_url) == [], "errors at the sixth row and the extension"
