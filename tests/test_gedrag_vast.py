"""Behaviour pinned while the package is restructured (issue 19): the same output, byte for byte,
for every worked example, empty form, some bad input and the command-line examples.

The fixture ``fixtures/gedrag.json`` was written from the code before the restructuring. A change
that is meant to change behaviour (a new field, a new rule) regenerates it on purpose:
``SPOORKENNIS_VANDAAG=2026-11-25 .venv/bin/python tests/test_gedrag_vast.py --schrijf``.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "gedrag.json"
VANDAAG = "2026-11-25"
SLECHT = {
    "wia": {"maandloon": "abc", "arbeidsverleden": "-3", "ao": "150", "peildatum": "31-2-2026"},
    "tijdlijn": {"eerste_ziektedag": "5-1-2026", "hersteld_van_1": "1-1-2026", "hersteld_tot_1": "",
                 "start_spoor_2": "gisteren"},
    "verzuimweek": {"eerste_ziektedag": "31-02-2026"},
    "checklist": {"bureau_1_naam": "", "bureau_1_V01": "misschien"},
}
OPDRACHTEN = [
    ["wia", "--maandloon", "3000", "--arbeidsverleden", "20", "--ao", "50", "--inkomen", "0",
     "--peildatum", "2026-01-01", "--json"],
    ["wia", "--maandloon", "3000", "--arbeidsverleden", "20", "--ao", "50", "--peildatum", "2026-01-01"],
    ["wia", "--maandloon", "6000", "--arbeidsverleden", "30", "--restverdiencapaciteit", "1500",
     "--inkomen", "900", "--aanbod", "2500", "--loondoorbetaling", "100/70", "--eerste-ziektedag", "2025-03-03",
     "--peildatum", "2026-01-01", "--json"],
    ["wia", "--maandloon", "abc", "--arbeidsverleden", "3", "--ao", "50", "--json"],
    ["tijdlijn", "--eerste-ziektedag", "2026-01-05", "--vandaag", VANDAAG, "--json"],
    ["tijdlijn", "--eerste-ziektedag", "2026-01-05", "--hersteld", "2026-02-02:2026-02-16",
     "--start-spoor-2", "2027-03-01", "--vandaag", VANDAAG, "--ics"],
    ["tijdlijn", "--eerste-ziektedag", "2026-01-05", "--vandaag", VANDAAG],
    ["checklist", "--json"],
    ["checklist"],
]


def gedrag() -> dict:
    """What the package does now, for every pinned case."""
    from spoorkennis import __main__ as cli
    from spoorkennis import tools, web

    uit: dict = {"aanroep": {}, "opdracht": {}}
    for naam in tools.namen():
        for soort, velden in (("voorbeeld", tools.tool(naam).voorbeeld), ("leeg", {}), ("slecht", SLECHT[naam])):
            uit["aanroep"][f"{naam}-{soort}"] = web.aanroep(naam, json.dumps({"_vandaag": VANDAAG, **velden}))
    for argv in OPDRACHTEN:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(list(argv))
            except SystemExit as e:
                code = e.code
        uit["opdracht"][" ".join(argv)] = {"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()}
    return uit


@pytest.fixture
def nu(monkeypatch):
    monkeypatch.setenv("SPOORKENNIS_VANDAAG", VANDAAG)
    return gedrag()


def test_aanroepen_geven_hetzelfde_als_voor_de_verbouwing(nu):
    vast = json.loads(FIXTURE.read_text(encoding="utf-8"))
    for sleutel, antwoord in vast["aanroep"].items():
        assert nu["aanroep"].get(sleutel) == antwoord, sleutel


def test_opdrachten_geven_hetzelfde_als_voor_de_verbouwing(nu):
    vast = json.loads(FIXTURE.read_text(encoding="utf-8"))
    for sleutel, antwoord in vast["opdracht"].items():
        assert nu["opdracht"].get(sleutel) == antwoord, sleutel


if __name__ == "__main__" and sys.argv[1:] == ["--schrijf"]:
    os.environ["SPOORKENNIS_VANDAAG"] = VANDAAG
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    FIXTURE.write_text(json.dumps(gedrag(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
