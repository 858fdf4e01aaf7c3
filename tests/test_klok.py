"""One clock for the whole package: ``spoorkennis.klok``. A test run sets ``SPOORKENNIS_VANDAAG``
to a far-future date (scripts/test.sh), so nothing may read the computer's date another way."""

import datetime as dt
import re
from pathlib import Path

from spoorkennis import klok

ROOT = Path(__file__).resolve().parents[1]


def test_vandaag_volgt_de_omgeving(monkeypatch):
    monkeypatch.setenv("SPOORKENNIS_VANDAAG", "2031-07-15")
    assert klok.vandaag() == dt.date(2031, 7, 15)
    monkeypatch.delenv("SPOORKENNIS_VANDAAG")
    assert klok.vandaag() == dt.date.today()


def test_een_formulier_mag_zijn_eigen_vandaag_sturen(monkeypatch):
    monkeypatch.setenv("SPOORKENNIS_VANDAAG", "2031-07-15")
    assert klok.vandaag_uit({"_vandaag": "2026-11-25"}) == dt.date(2026, 11, 25)
    assert klok.vandaag_uit({"_vandaag": "kapot"}) == dt.date(2031, 7, 15)
    assert klok.vandaag_uit({}) == dt.date(2031, 7, 15)


def test_niets_anders_leest_de_datum_van_de_computer():
    verboden = re.compile(r"\b(date\.today|datetime\.now|datetime\.today|datetime\.utcnow|time\.time|"
                          r"time\.localtime)\s*\(")
    for bestand in (ROOT / "src" / "spoorkennis").rglob("*.py"):
        if bestand.name == "klok.py":
            continue
        assert not verboden.search(bestand.read_text(encoding="utf-8")), f"{bestand}: use spoorkennis.klok"
    for bestand in (ROOT / "widgets").rglob("*.js"):
        tekst = bestand.read_text(encoding="utf-8")
        # tools.js sends the browser's date as _vandaag; the tests freeze the browser's clock.
        if bestand.name != "tools.js":
            assert "new Date(" not in tekst and "Date.now(" not in tekst, f"{bestand}: date in the browser"
