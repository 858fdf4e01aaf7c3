"""The command line contract: JSON with einde_wachttijd and momenten, ICS, Dutch errors, exit 2."""

import json

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
