"""The browser functions: form strings in, HTML and a calendar file out, Dutch errors per field."""

import json
import re

import pytest

from spoorkennis import web
from spoorkennis.fouten import InvoerFout
from spoorkennis.tijdlijn.tool import TOOL as tijdlijn
from spoorkennis.tijdlijn.tool import plan
from spoorkennis.verzuimweek.tool import TOOL as verzuimweek


def velden(**extra):
    return {"eerste_ziektedag": "5-1-2026", "_vandaag": "2026-11-25", **extra}


def fouten(functie, invoer):
    with pytest.raises(InvoerFout) as fout:
        functie(invoer)
    return dict(fout.value.fouten)


def test_verzuimweek_for_a_known_date():
    html = verzuimweek({"eerste_ziektedag": "2026-01-05", "_vandaag": "2026-03-02"})["html"]
    assert "<strong>week 9</strong>" in html  # 56 days after the first sick day
    assert "2 januari 2028" in html
    assert "Evaluatie van het plan van aanpak" in html and "12 april 2026" in html  # week 14


def test_verzuimweek_future_and_past():
    assert "ligt in de toekomst" in verzuimweek({"eerste_ziektedag": "1-1-2027", "_vandaag": "2026-03-02"})["html"]
    html = verzuimweek({"eerste_ziektedag": "1-1-2020", "_vandaag": "2026-03-02"})["html"]
    assert "voorbij" in html and "28 december 2021" in html


def test_verzuimweek_counts_recoveries_as_the_timeline_does():
    # 14 days recovered (2 to 16 Feb 2026): 2 Mar 2026 is sick day 56 - 14 = 42, week 7; the end moves 14 days.
    html = verzuimweek({"eerste_ziektedag": "5-1-2026", "hersteld_van_1": "2-2-2026", "hersteld_tot_1": "16-2-2026",
                        "_vandaag": "2026-03-02"})["html"]
    assert "<strong>week 7</strong>" in html and "16 januari 2028" in html and "schuiven op, samen 14 dagen" in html
    # a fifth and sixth row count as the first does (the form can add rows): 7 + 7 days
    html = verzuimweek({"eerste_ziektedag": "5-1-2026", "hersteld_van_5": "2-2-2026", "hersteld_tot_5": "9-2-2026",
                        "hersteld_van_6": "16-2-2026", "hersteld_tot_6": "23-2-2026", "_vandaag": "2026-03-02"})["html"]
    assert "<strong>week 7</strong>" in html and "schuiven op, samen 14 dagen" in html
    # 28 days or more: a new wachttijd from the day of illness again
    html = verzuimweek({"eerste_ziektedag": "5-1-2026", "hersteld_van_1": "2-2-2026", "hersteld_tot_1": "2-3-2026",
                        "_vandaag": "2026-03-02"})["html"]
    assert "<strong>week 1</strong>" in html and "nieuwe wachttijd" in html and "27 februari 2028" in html
    assert fouten(verzuimweek, {"eerste_ziektedag": "5-1-2026", "hersteld_van_1": "3-1-2028",
                                "hersteld_tot_1": "5-1-2028"})["hersteld_van_1"].startswith("De wachttijd eindigt op")


def test_verzuimweek_with_recoveries_says_a_pregnancy_leave_is_no_recovery():
    # A maternity leave entered as a recovery of 4 weeks or more would start a new wachttijd.
    met = verzuimweek({"eerste_ziektedag": "5-1-2026", "hersteld_van_1": "2-2-2026", "hersteld_tot_1": "16-2-2026",
                       "_vandaag": "2026-03-02"})["html"]
    assert "vul het verlof niet in als hersteldperiode" in met
    assert "zwangerschap" not in verzuimweek({"eerste_ziektedag": "5-1-2026", "_vandaag": "2026-03-02"})["html"]


def test_verzuimweek_a_relapse_after_today_is_an_error_at_its_field():
    # Recovered on 1 June 2026 and "ill again" on 1 June 2027, asked on 1 December 2026: which week it
    # is now cannot depend on a relapse still to come (it used to report 1 June 2027 as the first sick day).
    gevonden = fouten(verzuimweek, {"eerste_ziektedag": "14-4-2026", "hersteld_van_1": "1-6-2026",
                                    "hersteld_tot_1": "1-6-2027", "_vandaag": "2026-12-01"})
    assert gevonden == {"hersteld_tot_1": "De nieuwe ziektedag (1 juni 2027) ligt na vandaag. Vul alleen een "
                                          "hersteldperiode in die al voorbij is."}
    html = verzuimweek({"eerste_ziektedag": "14-4-2026", "hersteld_van_1": "1-6-2026", "hersteld_tot_1": "1-12-2026",
                        "_vandaag": "2026-12-01"})["html"]  # ill again today: allowed, a new wachttijd
    assert "<strong>week 1</strong>" in html


def test_verzuimweek_recovered_now_says_where_the_count_stands_and_until_when_it_counts_on():
    # Sick from Monday 5 Jan 2026, recovered since 2 Feb: 28 sick days, so the count stands in week 4 and a
    # new sick day is day 29, in week 5. Ill again before 2 Feb + 28 days (2 Mar) adds up: at the latest 1 Mar.
    html = verzuimweek({"eerste_ziektedag": "5-1-2026", "hersteld_van_1": "2-2-2026", "_vandaag": "2026-02-10"})["html"]
    assert "U bent sinds 2 februari 2026 hersteld. De teller staat stil in <strong>week 4</strong>." in html
    assert "Wordt u uiterlijk op 1 maart 2026 weer ziek? Dan tellen de ziekteperioden samen. De nieuwe ziektedag " \
           "valt dan in week 5." in html
    assert "vul het verlof niet in als hersteldperiode" in html
    # after an earlier recovery of 7 days (2 to 9 Feb) and recovered again since 16 Feb: 28 + 7 = 35 sick days
    html = verzuimweek({"eerste_ziektedag": "5-1-2026", "hersteld_van_1": "2-2-2026", "hersteld_tot_1": "9-2-2026",
                        "hersteld_van_2": "16-2-2026", "_vandaag": "2026-02-20"})["html"]
    assert "<strong>week 5</strong>" in html and "uiterlijk op 15 maart 2026" in html and "valt dan in week 6" in html
    # on 1 March the periods can still add up; from 2 March (28 days recovered) no longer
    assert "uiterlijk op 1 maart 2026" in verzuimweek({"eerste_ziektedag": "5-1-2026", "hersteld_van_1": "2-2-2026",
                                                      "_vandaag": "2026-03-01"})["html"]
    html = verzuimweek({"eerste_ziektedag": "5-1-2026", "hersteld_van_1": "2-2-2026", "_vandaag": "2026-03-02"})["html"]
    assert "U bent sinds 2 februari 2026 hersteld: 4 weken of langer." in html
    assert "Dan begint een nieuwe wachttijd van 104 weken" in html and "week 4" not in html


def test_verzuimweek_an_open_recovery_must_be_the_last_and_past():
    assert fouten(verzuimweek, {"eerste_ziektedag": "5-1-2026", "hersteld_van_1": "2-3-2026",
                                "_vandaag": "2026-02-20"}) == {
        "hersteld_van_1": "De eerste hersteldag (2 maart 2026) ligt na vandaag. Vul een dag in die al voorbij is."}
    assert fouten(verzuimweek, {"eerste_ziektedag": "5-1-2026", "hersteld_van_1": "2-2-2026",
                                "hersteld_van_2": "20-2-2026", "hersteld_tot_2": "27-2-2026", "_vandaag": "2026-03-10"}
                  )["hersteld_van_1"].startswith("Een periode zonder nieuwe ziektedag is de laatste")
    # two open periods: only the last may be open
    assert fouten(verzuimweek, {"eerste_ziektedag": "5-1-2026", "hersteld_van_1": "2-2-2026",
                                "hersteld_van_2": "16-2-2026", "_vandaag": "2026-02-20"}) == {
        "hersteld_tot_1": "Vul bij rij 1 ook de dag in waarop de ziekte weer begon."}
    # the timeline plans ahead: there a period needs both its dates
    assert "hersteld_tot_1" in fouten(tijdlijn, {"eerste_ziektedag": "5-1-2026", "hersteld_van_1": "2-2-2026"})


@pytest.mark.parametrize("tekst, deel", [("", "Vul de eerste ziektedag in"), ("31-2-2026", "bestaat niet"),
                                         ("1-1-1900", "moet tussen")])
def test_verzuimweek_errors(tekst, deel):
    assert deel in fouten(verzuimweek, {"eerste_ziektedag": tekst})["eerste_ziektedag"]


def test_both_worked_examples_render():
    for naam in ("verzuimweek", "tijdlijn"):
        assert web.voorbeeld(naam)["html"]


def test_tijdlijn_output_follows_the_html_rules():
    uit = tijdlijn(velden(hersteld_van_1="2-2-2026", hersteld_tot_1="16-2-2026"))
    html = uit["html"]
    assert not re.search(r"\sstyle=", html) and "<script" not in html
    assert re.search(r'<svg viewBox="0 0 360 \d+" width="360" role="img"', html)
    assert "<title" in html and "<desc" in html
    assert html.index("sk-waarschuwingen") < html.index("<svg") < html.index("<ol>")
    assert uit["downloads"][0]["naam"] == "tijdlijn-verzuim.ics"
    assert uit["downloads"][0]["mime"] == "text/calendar"
    assert uit["downloads"][0]["inhoud"].startswith("BEGIN:VCALENDAR\r\n")
    assert "De termijnen na een herstel schuiven op, samen 14 dagen" in html
    assert ('<li data-code="einde-wachttijd" class="sk-wet"><p class="sk-kop"><strong>16 januari 2028 · week 104 · '
            in html)
    # the list has one item per run of evaluations; the calendar file keeps every date
    lijst = html.split('class="sk-tijdlijn-lijst"')[1]
    momenten = plan(tijdlijn.lees(velden(hersteld_van_1="2-2-2026", hersteld_tot_1="16-2-2026"))).momenten
    assert len(uit["downloads"][0]["inhoud"].split("BEGIN:VEVENT")) - 1 == len(momenten) > lijst.count("<li data-code=")


def test_tijdlijn_today_and_overdue():
    html = tijdlijn(velden())["html"]
    assert "<strong>week 47</strong>" in html  # 25 Nov 2026 is 324 days after 5 Jan
    assert "Nu loopt de periode voor: <strong>Eerstejaarsevaluatie</strong>, tot en met 3 januari 2027" in html
    assert "Routegesprek" not in html.split("<svg")[0]  # advice is never 'overdue'
    verlopen = html.split('class="sk-verlopen">')[1].split("</ul>")[0]
    assert 'data-code="melding-uwv"' in verlopen and 'data-code="plan-van-aanpak"' in verlopen
    assert 'data-code="eerstejaarsevaluatie"' not in verlopen


def test_tijdlijn_warnings_with_what_to_do():
    html = tijdlijn(velden(start_spoor_2="1-3-2027"))["html"]
    assert 'data-code="spoor-2-te-laat"' in html and "14 februari 2027" in html
    assert 'data-code="geen-ad-rapport"' in html
    assert html.count("Wat kunt u doen?") == 2
    rustig = tijdlijn(velden(start_spoor_2="14-2-2027", ad_rapport="ja"))["html"]
    assert "sk-waarschuwingen" not in rustig


def test_tijdlijn_employee_view_addresses_the_employee():
    html = tijdlijn(velden(start_spoor_2="1-3-2027", weergave="werknemer"))["html"]
    assert "Vraag uw werkgever" in html and "<dt>Wie</dt><dd>uw werkgever</dd>" in html
    assert "<dt>Wie</dt><dd>u (werkgever)</dd>" in tijdlijn(velden())["html"]


@pytest.mark.parametrize("extra, veld, deel", [
    ({"eerste_ziektedag": ""}, "eerste_ziektedag", "Vul de eerste ziektedag in"),
    ({"eerste_ziektedag": "1-1-1900"}, "eerste_ziektedag", "moet tussen"),
    ({"eerste_ziektedag": "1-1-2200"}, "eerste_ziektedag", "moet tussen"),
    ({"hersteld_van_1": "10-2-2026", "hersteld_tot_1": "1-2-2026"}, "hersteld_tot_1", "na de eerste hersteldag"),
    ({"hersteld_van_1": "1-1-2026", "hersteld_tot_1": "8-1-2026"}, "hersteld_van_1", "na de eerste ziektedag"),
    ({"hersteld_van_1": "1-2-2026", "hersteld_tot_1": "10-2-2026",
      "hersteld_van_2": "5-2-2026", "hersteld_tot_2": "20-2-2026"}, "hersteld_van_2", "overlapt"),
    ({"hersteld_van_3": "1-2-2026"}, "hersteld_tot_3", "rij 3"),
    ({"hersteld_tot_2": "1-2-2026"}, "hersteld_van_2", "rij 2"),
    ({"start_spoor_2": "1-1-2025"}, "start_spoor_2", "na de eerste ziektedag"),
    ({"start_spoor_2": "morgen"}, "start_spoor_2", "dag-maand-jaar"),
    ({"weergave": "baas"}, "weergave", "Kies een van"),
])
def test_tijdlijn_errors_name_their_field(extra, veld, deel):
    assert deel in fouten(tijdlijn, velden(**extra))[veld]


def test_aanroep_returns_field_errors_as_json():
    uit = json.loads(web.aanroep("tijdlijn", json.dumps({"eerste_ziektedag": "", "hersteld_van_1": "x"})))
    assert uit["ok"] is False
    assert {f["veld"] for f in uit["fouten"]} == {"eerste_ziektedag", "hersteld_van_1"}
