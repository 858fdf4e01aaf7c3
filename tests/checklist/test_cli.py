"""``python -m spoorkennis checklist``: the question list, scoring a file, Dutch errors with exit code 2."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from spoorkennis.checklist import cli, model

ROOT = Path(__file__).resolve().parents[2]


def _schrijf(tmp_path, inhoud) -> str:
    pad = tmp_path / "antwoorden.json"
    pad.write_text(inhoud if isinstance(inhoud, str) else json.dumps(inhoud), encoding="utf-8")
    return str(pad)


def test_json_lijst_via_de_echte_opdracht():
    uit = subprocess.run([sys.executable, "-m", "spoorkennis", "checklist", "--json"], capture_output=True,
                         text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT / "src")}, check=True)
    vragen = json.loads(uit.stdout)["vragen"]
    assert len(vragen) == len(model.vragen()) >= 25
    for vraag in vragen:
        assert {"id", "categorie", "vraag", "bronnen", "gewicht"} <= set(vraag)
        assert isinstance(vraag["bronnen"], list) and vraag["bronnen"]
    assert vragen[0]["id"] == "V01"


def test_zonder_opties_de_leesbare_vragenlijst(capsys):
    assert cli.main([]) == 0
    uit = capsys.readouterr().out
    assert all(v.id in uit for v in model.vragen())
    assert "HARDE RODE VLAG" in uit and "Goed antwoord:" in uit


def test_score_als_json(tmp_path, capsys):
    pad = _schrijf(tmp_path, {"naam": "Bureau Noord", "antwoorden": {"V01": "ja", "V07": "nee", "V10": "weet niet"}})
    assert cli.main(["--score", pad, "--json"]) == 0
    uit = json.loads(capsys.readouterr().out)
    # V01 (gewicht 2) ja and V07 (gewicht 3) nee: 2 / 5 = 40.
    assert (uit["naam"], uit["totaal"], uit["oordeel"], uit["beantwoord"]) == ("Bureau Noord", 40, "afgeraden", 2)
    assert uit["rode_vlaggen"] == [{"id": "V07", "vraag": model.vragen()[6].vraag, "hard": True,
                                    "rode_vlag": model.vragen()[6].rode_vlag}]
    assert len(uit["nog_te_vragen"]) == len(model.vragen()) - 2
    assert uit["categorieen"][0] == {"categorie": "Keurmerk en deskundigheid", "score": 100, "beantwoord": 1,
                                     "aantal": 3}


def test_score_leesbaar(tmp_path, capsys):
    pad = _schrijf(tmp_path, {"antwoorden": {v.id: "ja" for v in model.vragen()}})
    assert cli.main(["--score", pad]) == 0
    uit = capsys.readouterr().out
    assert uit.startswith("Bureau\n")
    assert "Totaalscore: 100 van 100." in uit and "Sterk" in uit and "Rode vlaggen (0):" in uit


@pytest.mark.parametrize(("inhoud", "melding"), [
    ("{niet: json", "Fout bij --score: Het bestand is geen geldige JSON (regel 1, kolom 2)."),
    ([1, 2], 'Het bestand moet een object zijn met "antwoorden"'),
    ({"naam": "X"}, 'Het bestand moet een object zijn met "antwoorden"'),
    ({"antwoorden": {"V99": "ja"}}, 'Onbekende vraag "V99"'),
    ({"antwoorden": {"V01": "misschien"}}, "Kies bij vraag V01 ja, deels, nee of weet niet."),
    ({"antwoorden": {"V01": True}}, "Kies bij vraag V01 ja, deels, nee of weet_niet (als tekst)."),
    ({"antwoorden": {}, "nam": "X"}, 'Onbekend veld "nam"'),
    ({"antwoorden": {}, "naam": ""}, '"naam" moet een tekst zijn'),
])
def test_foute_invoer_geeft_nederlandse_melding_en_exitcode_2(tmp_path, capsys, inhoud, melding):
    assert cli.main(["--score", _schrijf(tmp_path, inhoud)]) == 2
    fout = capsys.readouterr()
    assert melding in fout.err and fout.out == ""


def test_alle_fouten_tegelijk(tmp_path, capsys):
    pad = _schrijf(tmp_path, {"antwoorden": {"V99": "ja", "V02": "soms"}, "extra": 1})
    assert cli.main(["--score", pad]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 3


def test_bestand_bestaat_niet_en_onbekende_optie(tmp_path, capsys):
    assert cli.main(["--score", str(tmp_path / "weg.json")]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        cli.main(["--scoor", "x"])
    assert stop.value.code == 2
    assert "Fout in de opdracht" in capsys.readouterr().err


def test_help_legt_het_antwoordbestand_uit(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["--help"])
    assert stop.value.code == 0
    uit = capsys.readouterr().out
    assert '{"naam": "Bureau Noord", "antwoorden": {"V01": "ja"' in uit and "weet_niet" in uit


def test_score_van_standaardinvoer(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO('{"naam": "Stdin", "antwoorden": {"V02": "deels"}}'))
    assert cli.main(["--score", "-", "--json"]) == 0
    uit = json.loads(capsys.readouterr().out)
    assert (uit["naam"], uit["totaal"], uit["oordeel"]) == ("Stdin", 50, "onvolledig")
