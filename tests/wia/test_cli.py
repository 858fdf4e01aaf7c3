"""The command line is a contract: JSON fields, Dutch table, Dutch errors with exit code 2."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from spoorkennis.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
VOORBEELD = ["wia", "--maandloon", "3000", "--arbeidsverleden", "20", "--ao", "50", "--inkomen", "0",
             "--peildatum", "2026-01-01"]


def draai(argv, capsys):
    code = main(argv)
    uit = capsys.readouterr()
    return code, uit.out, uit.err


def test_json_voorbeeld_uit_de_opdracht(capsys):
    code, out, err = draai(VOORBEELD + ["--json"], capsys)
    assert code == 0 and err == ""
    data = json.loads(out)
    assert (data["uitkomst"], data["uitkomst_tekst"]) == ("wga", "WGA 35–80%")
    # Wet WIA art. 23: 104 weeks from 1 January 2026 (the peildatum, no first sick day given); the last
    # day is 29 December 2027, as the timeline counts; the WIA can start on 30 December 2027.
    assert (data["einde_wachttijd"], data["eerste_wia_dag"]) == ("2027-12-29", "2027-12-30")
    assert data["waarschuwingen"] == []  # the amounts of 1 January 2026 are current on that date
    maanden = data["maanden"]
    assert [m["maand"] for m in maanden] == list(range(1, 61))
    # 15 months LGU (20 years), then VVU 35% × 2294,40 = 803,04
    assert [(m["soort"], m["uitkering"]) for m in maanden[:3]] == [("LGU", 2250.0), ("LGU", 2250.0), ("LGU", 2100.0)]
    assert (maanden[14]["soort"], maanden[15]["soort"], maanden[15]["uitkering"]) == ("LGU", "VVU", 803.04)
    assert '"uitkering": 2250.00' in out  # two decimals in the text itself
    assert data["disclaimer"] == "Dit is een prognose. U kunt er geen rechten aan ontlenen."
    assert {s["sleutel"] for s in data["scenarios"]} == {
        "geen-wia-zonder-werk", "geen-wia-met-werk", "wga-werk", "wga-minder", "wga-80-100", "iva"}
    for s in data["scenarios"]:
        assert len(s["maanden"]) == 84 and s["maanden"][0]["soort"] == "loondoorbetaling" and s["stappen"]
    assert data["regels"] and all(b["bron"] and b["url"] and b["opgehaald"] for b in data["bronnen"])
    bronnen = {b["parameter"]: b for b in data["bronnen"]}
    assert bronnen["lgu_duur"]["waarde"]["halve_maand_vanaf"] == "2016-01-01"  # a date becomes ISO text
    assert bronnen["iva_korting_inkomsten"]["soort"] == "secundair"


def test_json_met_aanbod_en_opties(capsys):
    code, out, _ = draai(["wia", "--maandloon", "3.000", "--arbeidsverleden", "2", "--restverdiencapaciteit", "0",
                          "--duurzaam", "--geen-wekeneis", "--eerste-ziektedag", "5-1-2026",
                          "--loondoorbetaling", "100/70", "--aanbod", "1.800", "--peildatum", "1-1-2026",
                          "--json"], capsys)
    data = json.loads(out)
    assert code == 0 and data["uitkomst"] == "iva" and data["eerste_ziektedag"] == "2026-01-05"
    assert data["maanden"][0] == {"maand": 1, "soort": "IVA", "uitkering": 2250.0}
    aanbod = next(s for s in data["scenarios"] if s["sleutel"] == "aanbod")
    assert aanbod["maanden"][0]["uitkering"] == 3000.0  # 100% in ziektejaar 1
    assert aanbod["maanden"][24]["loon"] == 1800.0


def test_tabel_in_het_nederlands(capsys):
    code, out, _ = draai(VOORBEELD, capsys)
    assert code == 0
    assert "Krijgt u geen WIA en heeft u geen werk? Dan krijgt u na 104 weken WW" in out
    assert "   16  VVU         €\u00a0803,04" in out
    assert "Dit is een prognose. U kunt er geen rechten aan ontlenen." in out


@pytest.mark.parametrize("extra, melding", [
    (["--maandloon", "abc"], "Fout bij --maandloon: Vul bij uw maandloon alleen een getal in"),
    (["--ao", "150"], "Fout bij --ao: Het percentage arbeidsongeschiktheid mag niet meer zijn dan 100."),
    (["--restverdiencapaciteit", "1000"], "Fout bij --restverdiencapaciteit: Vul het percentage"),
    (["--loondoorbetaling", "90/90"], "Fout bij --loondoorbetaling: Kies een van de mogelijkheden"),
    (["--peildatum", "31-2-2026"], "Fout bij --peildatum: De peildatum bestaat niet"),
    (["--peildatum", "1-1-2020"], "Fout bij --peildatum"),
    (["--arbeidsverleden", "-3"], "Fout bij --arbeidsverleden: Uw arbeidsverleden in jaren kan niet negatief zijn."),
    (["--inkomen", "1000000000000"], "Fout bij --inkomen"),
    # more digits than Decimal keeps (28) once written in cents: a message, not a traceback
    (["--maandloon", "99999999999999999999999999999"], "Fout bij --maandloon: Uw maandloon is veel te groot."),
    (["--aanbod", "99999999999999999999999999999"], "Fout bij --aanbod:"),
    (["--maandloon", "3,000"], "Fout bij --maandloon: Bedoelt u €\u00a03.000? Schrijf dan 3000."),
    (["--maandloon", "3"], "Fout bij --maandloon: Is uw maandloon echt €\u00a03,00? Bedoelt u €\u00a03.000?"),
    (["--uren-per-week", "0"], "Fout bij --uren-per-week: Het aantal uren per week moet minstens 1 zijn."),
    (["--uren-per-week", "veertig"], "Fout bij --uren-per-week: Vul bij het aantal uren per week alleen een getal in"),
    (["--maatmaninkomen", "3,500"], "Fout bij --maatmaninkomen: Bedoelt u €\u00a03.500? Schrijf dan 3500."),
    (["--geboortedatum", "31-2-1960"], "Fout bij --geboortedatum: Uw geboortedatum bestaat niet."),
    (["--geboortedatum", "1-1-1950"], "Fout bij --geboortedatum: Uw geboortedatum moet tussen 1 maart 1957 en 31 "
                                      "december 2100 liggen."),
    (["--geboortedatum", "1-6-2026"], "Fout bij --geboortedatum: Uw geboortedatum moet voor de eerste ziektedag "
                                      "liggen."),
])
def test_foute_invoer_geeft_nederlandse_melding_en_code_2(capsys, extra, melding):
    code, out, err = draai(VOORBEELD + extra, capsys)
    assert code == 2 and out == ""
    assert melding in err and "Traceback" not in err


def test_een_lege_peildatum_is_vandaag_en_ook_die_moet_binnen_de_regels_vallen(capsys):
    # The rules start on 1 January 2024; a clock set to 2023 gets the field's message, not a traceback.
    code, out, err = draai(VOORBEELD[:-2] + ["--vandaag", "1-1-2023"], capsys)
    assert (code, out) == (2, "")
    assert err.startswith("Fout bij --peildatum: De peildatum moet tussen 1 januari 2024 en") and "Traceback" not in err


def test_ontbrekend_maandloon(capsys):
    code, _, err = draai(["wia", "--ao", "50", "--arbeidsverleden", "3"], capsys)
    assert code == 2 and "Fout bij --maandloon: Vul uw maandloon in." in err


def test_als_echt_proces_zonder_traceback():
    proces = subprocess.run([sys.executable, "-m", "spoorkennis", "wia", "--maandloon", "abc", "--ao", "50",
                             "--arbeidsverleden", "3"], capture_output=True, text=True, cwd=ROOT,
                            env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""})
    assert proces.returncode == 2 and "Traceback" not in proces.stderr and "maandloon" in proces.stderr


def test_hulp_noemt_de_nieuwe_opties_in_het_nederlands(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["wia", "--help"])
    uit = capsys.readouterr().out
    assert stop.value.code == 0
    for optie, hulp in (("--uren-per-week GETAL", "uren per week in uw contract"),
                        ("--maatmaninkomen EUR", "maatmaninkomen per maand: wat u zonder ziekte zou verdienen"),
                        ("--geboortedatum DATUM", "uw geboortedatum: de WIA stopt bij de AOW-leeftijd")):
        assert optie in uit and hulp in " ".join(uit.split())


def test_json_met_uren_maatman_en_geboortedatum(capsys):
    # 40 hours: the first sick month pays € 14,71 × 40 × 13/3 = € 2.549,73 (BW 7:629 lid 1); born 15 June
    # 1961: AOW on 15 September 2028 (67 years and 3 months), after the WIA starts (30 December 2027).
    code, out, err = draai(VOORBEELD + ["--uren-per-week", "40", "--maatmaninkomen", "3200", "--geboortedatum",
                                        "15-6-1961", "--json"], capsys)
    data = json.loads(out)
    assert (code, err) == (0, "")
    assert data["verwachting"]["maanden"][0]["uitkering"] == 2549.73
    assert (data["maatmaninkomen"], data["restverdiencapaciteit"]) == (3200, 1600)
    assert data["aow_datum"] == "2028-09-15" and data["waarschuwingen"] == []
    assert data["maanden"][8]["soort"] == "LGU" and data["maanden"][9]["soort"] == "AOW"


def test_waarschuwingen_in_de_json_met_een_latere_peildatum(capsys):
    code, out, _ = draai(["wia", "--maandloon", "3000", "--arbeidsverleden", "20", "--ao", "50", "--peildatum",
                          "2027-03-01", "--json"], capsys)
    assert code == 0
    assert json.loads(out)["waarschuwingen"][0].startswith("Deze bedragen zijn misschien niet meer actueel. Wij "
                                                           "rekenen met bedragen van 1 juli 2026.")
