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
    assert data["uitkomst"] == "WGA 35-80"
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
    assert code == 0 and data["uitkomst"] == "IVA" and data["eerste_ziektedag"] == "2026-01-05"
    assert data["maanden"][0] == {"maand": 1, "soort": "IVA", "uitkering": 2250.0}
    aanbod = next(s for s in data["scenarios"] if s["sleutel"] == "aanbod")
    assert aanbod["maanden"][0]["uitkering"] == 3000.0  # 100% in ziektejaar 1
    assert aanbod["maanden"][24]["loon"] == 1800.0


def test_tabel_in_het_nederlands(capsys):
    code, out, _ = draai(VOORBEELD, capsys)
    assert code == 0
    assert "Als u geen WIA krijgt en geen werk heeft" in out
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
])
def test_foute_invoer_geeft_nederlandse_melding_en_code_2(capsys, extra, melding):
    code, out, err = draai(VOORBEELD + extra, capsys)
    assert code == 2 and out == ""
    assert melding in err and "Traceback" not in err


def test_ontbrekend_maandloon(capsys):
    code, _, err = draai(["wia", "--ao", "50", "--arbeidsverleden", "3"], capsys)
    assert code == 2 and "Fout bij --maandloon: Vul uw maandloon in." in err


def test_als_echt_proces_zonder_traceback():
    proces = subprocess.run([sys.executable, "-m", "spoorkennis", "wia", "--maandloon", "abc", "--ao", "50",
                             "--arbeidsverleden", "3"], capture_output=True, text=True, cwd=ROOT,
                            env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""})
    assert proces.returncode == 2 and "Traceback" not in proces.stderr and "maandloon" in proces.stderr
