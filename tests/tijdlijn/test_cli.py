"""The command line contract: JSON with einde_wachttijd and momenten, ICS, Dutch errors, exit 2."""

import json

import pytest

from spoorkennis.__main__ import main

WETTELIJK = {"melding-arbodienst", "probleemanalyse", "plan-van-aanpak", "melding-uwv", "eerstejaarsevaluatie",
             "start-spoor-2-uiterlijk", "eindevaluatie", "wia-aanvraag-uiterlijk", "einde-wachttijd"}


def draai(capsys, *argv):
    code = main(["tijdlijn", *argv])
    uit = capsys.readouterr()
    return code, uit.out, uit.err


def test_json_for_the_example(capsys):
    code, out, _ = draai(capsys, "--eerste-ziektedag", "2026-01-05", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["einde_wachttijd"] == "2028-01-02"
    per_code = {m["code"]: m for m in data["momenten"]}
    assert WETTELIJK <= per_code.keys()
    assert all(per_code[c]["soort"] == "wet" for c in WETTELIJK)
    eerstejaars = per_code["eerstejaarsevaluatie"]
    # From week 46 to the end of week 52: 5 Jan 2026 + 45 × 7 days = 16 Nov 2026; + 52 × 7 − 1 days = 3 Jan 2027.
    assert (eerstejaars["vanaf"], eerstejaars["datum"], eerstejaars["week"]) == ("2026-11-16", "2027-01-03", 52)
    assert eerstejaars["verplicht"] and eerstejaars["grondslag"] and eerstejaars["bron"]["url"].startswith("https://")
    assert per_code["wia-aanvraag-uiterlijk"]["datum"] == "2027-10-17"
    assert {m["soort"] for m in data["momenten"]} == {"wet", "advies"}
    assert all({"code", "datum", "week", "soort", "omschrijving"} <= m.keys() for m in data["momenten"])


def test_recoveries_are_repeatable(capsys):
    _, out, _ = draai(capsys, "--eerste-ziektedag", "5-1-2026", "--hersteld", "2026-03-02:2026-03-09",
                      "--hersteld", "1-6-2026:11-6-2026", "--json")
    assert json.loads(out)["einde_wachttijd"] == "2028-01-19"


def test_plan_and_today(capsys):
    _, out, _ = draai(capsys, "--eerste-ziektedag", "2026-01-05", "--vandaag", "2026-11-25",
                      "--start-spoor-2", "2027-03-01", "--ad-rapport", "--json")
    data = json.loads(out)
    assert data["vandaag"]["week"] == 47
    assert data["vandaag"]["volgende"] == "evaluatie-50"
    assert [w["code"] for w in data["waarschuwingen"]] == ["spoor-2-te-laat"]


def test_ics(capsys):
    code, out, _ = draai(capsys, "--eerste-ziektedag", "2026-01-05", "--ics")
    assert code == 0 and out.startswith("BEGIN:VCALENDAR\r\n") and "DTSTART;VALUE=DATE:20280102" in out


def test_wrong_input_gives_dutch_message_and_exit_2(capsys):
    code, out, err = draai(capsys, "--eerste-ziektedag", "31-2-2026", "--json")
    assert (code, out) == (2, "") and "bestaat niet" in err and "--eerste-ziektedag" in err
    code, _, err = draai(capsys, "--eerste-ziektedag", "2026-01-05", "--hersteld", "2026-02-10:2026-02-01")
    assert code == 2 and "na de eerste hersteldag" in err
    code, _, err = draai(capsys, "--eerste-ziektedag", "2026-01-05", "--hersteld", "2026-02-10")
    assert code == 2 and "VAN:TOT" in err


def test_missing_option_exits_2(capsys):
    assert draai(capsys) == (2, "", "Fout bij --eerste-ziektedag: Vul de eerste ziektedag in, bijvoorbeeld 5-1-2026.\n")


def test_the_plan_options_in_json(capsys):
    # Evaluation Thursday 10 Dec 2026: spoor 2 by 21 Jan 2027. 26 weeks extension and a loonsanctie of 10:
    # the end is 2 Jan 2028 + 36 × 7 = 252 days later, 10 Sep 2028.
    code, out, _ = draai(capsys, "--eerste-ziektedag", "2026-01-05", "--eerstejaarsevaluatie", "10-12-2026",
                         "--verlenging-weken", "26", "--loonsanctie-weken", "10", "--vandaag", "2026-11-25", "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["eerstejaarsevaluatie"], data["verlenging_weken"], data["loonsanctie_weken"]) == ("2026-12-10", 26, 10)
    assert data["einde_wachttijd"] == "2028-09-10"
    per_code = {m["code"]: m for m in data["momenten"]}
    assert per_code["start-spoor-2-uiterlijk"]["datum"] == "2027-01-21"
    assert per_code["start-spoor-2-uiterlijk"]["redenen"] == [
        {"code": "eerstejaarsevaluatie", "waarde": "2026-12-10", "regel": None, "invoer": "eerstejaarsevaluatie",
         "van": None}]
    assert [r["code"] for r in per_code["einde-wachttijd"]["redenen"]] == ["verlenging", "loonsanctie"]
    assert {"verlenging", "begin-loonsanctie"} <= per_code.keys() and "einde-loonsanctie" not in per_code


def test_the_melding_on_a_working_day_in_json_and_the_calendar(capsys):
    # Friday 6 Mar 2026 + 294 days = Kerstdag, Friday 25 Dec 2026: Monday 28 Dec 2026.
    _, out, _ = draai(capsys, "--eerste-ziektedag", "6-3-2026", "--json")
    melding = next(m for m in json.loads(out)["momenten"] if m["code"] == "melding-uwv")
    assert melding["datum"] == "2026-12-28"
    assert melding["redenen"] == [{"code": "werkdag", "waarde": "feestdag", "regel": "feestdagen", "invoer": None,
                                   "van": "2026-12-25"}]
    _, out, _ = draai(capsys, "--eerste-ziektedag", "6-3-2026", "--ics")
    event = out.split("UID:melding-uwv-20260306-")[1].split("END:VEVENT")[0]
    assert "DTSTART;VALUE=DATE:20261228" in event
    assert "Waarom deze datum: De termijn viel op vrijdag 25 december 2026. Dat is een" in event.replace("\r\n ", "")
    _, out, _ = draai(capsys, "--eerste-ziektedag", "6-3-2026")
    assert "2026-12-28  week  43  wet     Ziekmelding bij UWV" in out and "viel op vrijdag 25 december 2026" in out


def test_help_names_the_new_options_in_dutch(capsys):
    with pytest.raises(SystemExit) as einde:
        main(["tijdlijn", "--help"])
    uit = capsys.readouterr().out
    assert einde.value.code == 0
    for regel in ("--eerstejaarsevaluatie DATUM", "datum van de eerstejaarsevaluatie (echt of gepland)",
                  "--verlenging-weken GETAL", "weken vrijwillige verlenging van de loondoorbetaling",
                  "--loonsanctie-weken GETAL", "weken loonsanctie van UWV (hoogstens een jaar)"):
        assert regel in uit


@pytest.mark.parametrize("argv, fout", [
    (["--eerste-ziektedag", "31-12-2003"], "Fout bij --eerste-ziektedag: Deze rekenhulp rekent met een wachttijd van "
                                           "104 weken. Die geldt als de ziekte op of na 1 januari 2004 begon."),
    (["--eerste-ziektedag", "5-1-2026", "--verlenging-weken", "abc"], "Fout bij --verlenging-weken: Vul bij de "
                                                                      "verlenging alleen een getal in"),
    (["--eerste-ziektedag", "5-1-2026", "--loonsanctie-weken", "53"], "Fout bij --loonsanctie-weken: De loonsanctie "
                                                                      "mag niet meer zijn dan 52."),
    (["--eerste-ziektedag", "5-1-2026", "--eerstejaarsevaluatie", "1-1-2026"], "Fout bij --eerstejaarsevaluatie: "),
    (["--eerste-ziektedag", "5-1-2026", "--hersteld", "2028-01-03:2028-01-10"], "Fout bij --hersteld: De wachttijd "
                                                                                "eindigt op 2 januari 2028."),
])
def test_bad_plan_input_exits_2_with_a_dutch_message(capsys, argv, fout):
    code, out, err = draai(capsys, *argv, "--json")
    assert (code, out) == (2, "") and err.startswith(fout) and "Traceback" not in err
