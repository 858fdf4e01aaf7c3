"""The parameter store: every value dated and sourced, no typos, look-up by date, no amounts in code."""

import ast
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest

from spoorkennis.data import parse
from spoorkennis.wia import parameters
from spoorkennis.wia.parameters import ParameterFout, lees, regels_op

WIA = Path(parameters.__file__).parent
GOED = """
naam = "voorbeeld"
omschrijving = "Een voorbeeld."
eenheid = "procent"
type = "percentage"
wijzigt = "geen_vaste_datum"

[waarden.2025-01-01]
waarde = 70
bron = "Een bron"
url = "https://example.org/"
opgehaald = 2026-11-25
soort = "officieel"
"""


def test_alle_echte_bestanden_zijn_geldig_en_compleet():
    alle = parameters.alle()
    # Every file in the folder is a parameter (a stray or misspelt file fails to load); the
    # wachttijd is the timeline's (one definition for both tools).
    assert "loondoorbetaling_weken" not in alle and "wachttijd_weken" not in alle
    assert {p.name for p in (WIA / "parameters").iterdir()} == {f"{n}.toml" for n in alle}
    for p in alle.values():
        for w in p.waarden:
            assert w.bron.strip() and w.url.startswith("https://"), p.naam
            assert isinstance(w.opgehaald, dt.date) and w.soort in parameters.SOORTEN


def test_voorbeeld_is_geldig():
    assert lees(parse(GOED), "voorbeeld.toml").op(dt.date(2025, 6, 1)).waarde == Decimal(70)


@pytest.mark.parametrize("weg", ["bron", "url", "opgehaald", "soort", "waarde"])
def test_waarde_zonder_bron_of_datum_faalt(weg):
    tekst = "\n".join(regel for regel in GOED.splitlines() if not regel.startswith(f"{weg} ="))
    with pytest.raises(ParameterFout):
        lees(parse(tekst), "voorbeeld.toml")


@pytest.mark.parametrize("oud, nieuw", [
    ("bron =", "bronn ="),  # typo in a value key
    ("eenheid =", "eenhied ="),  # typo in a top-level key
    ("[waarden.2025-01-01]", "[waarden.2025-13-01]"),  # no such date
    ('soort = "officieel"', 'soort = "gokje"'),
    ('url = "https://example.org/"', 'url = "example.org"'),
    ("opgehaald = 2026-11-25", 'opgehaald = "gisteren"'),
    ('naam = "voorbeeld"', 'naam = "iets anders"'),  # name must match the file
])
def test_tikfout_of_onbekende_sleutel_faalt(oud, nieuw):
    with pytest.raises(ParameterFout):
        lees(parse(GOED.replace(oud, nieuw)), "voorbeeld.toml")


def test_opzoeken_op_datum_kiest_de_geldende_waarde():
    # The referentieminimumloon changes on 1 July 2025: € 2.191,80 before, € 2.245,80 from then.
    assert regels_op(dt.date(2025, 6, 30)).referentieminimumloon == Decimal("2191.80")
    assert regels_op(dt.date(2025, 7, 1)).referentieminimumloon == Decimal("2245.80")
    assert regels_op(dt.date(2026, 1, 1)).referentieminimumloon == Decimal("2294.40")
    assert regels_op(dt.date(2026, 6, 30)).maximum_dagloon == Decimal("304.25")
    assert regels_op(dt.date(2030, 1, 1)).maximum_dagloon == Decimal("309.91")  # the last known value
    with pytest.raises(LookupError):
        regels_op(parameters.eerste_datum() - dt.timedelta(days=1))


def test_lgu_duur_heeft_een_datum_als_grens_en_de_iva_korting_een_bron():
    r = regels_op(dt.date(2026, 1, 1))
    assert r.lgu_duur.halve_maand_vanaf == dt.date(2016, 1, 1)  # a TOML date, not text
    assert r.lgu_duur.velden() == {"maanden_per_jaar": 1, "jaren": 10, "daarna_per_jaar": Decimal("0.5"),
                                   "halve_maand_vanaf": dt.date(2016, 1, 1), "minimum": 3, "maximum": 24}
    assert isinstance(r.lgu_duur.maanden_per_jaar, Decimal) and isinstance(r.lgu_duur.jaren, int)
    korting = parameters.alle()["iva_korting_inkomsten"].op(dt.date(2026, 1, 1))
    assert r.iva_korting_inkomsten == Decimal(70) and korting.soort == "secundair"


def test_maximum_maandloon_is_dagloon_maal_21_75():
    # 304.25 × 21.75 = 6617.4375 → 6617.44; 282.95 × 21.75 = 6154.1625 → 6154.16 (half up).
    assert regels_op(dt.date(2026, 1, 1)).maximum_maandloon == Decimal("6617.44")
    assert regels_op(dt.date(2024, 7, 1)).maximum_maandloon == Decimal("6154.16")


@pytest.mark.parametrize("datum", ["2025-01-01", "2025-07-01", "2026-01-01", "2026-07-01"])
def test_de_gevraagde_data_zijn_gedekt(datum):
    r = regels_op(dt.date.fromisoformat(datum))
    namen = {p.naam for p, w in r.gebruikt if w.begin == dt.date.fromisoformat(datum)}
    assert {"maximum_dagloon", "referentieminimumloon", "minimumuurloon"} <= namen


# --- no amounts in code ------------------------------------------------------------------------

GELD = re.compile(r"\d+[.,]\d{2}\b|€\s*\d")
AFRONDING = {"0.01"}  # rounding to cents is a step, not an amount


def geldbedragen(bron: str) -> list[str]:
    """Money-like literals outside docstrings: a number with two decimals, a float, a whole number
    of 1000 or more, or text like '€ 123'. A form field's limit (``minimum=``, ``maximum=``) is not a
    rule: it only catches typing errors."""
    boom = ast.parse(bron)
    docstrings = {id(n.body[0].value) for n in ast.walk(boom)
                  if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef)) and n.body
                  and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    grenzen = {id(k.value) for k in ast.walk(boom) if isinstance(k, ast.keyword) and k.arg in ("minimum", "maximum")}
    gevonden = []
    for n in ast.walk(boom):
        if not isinstance(n, ast.Constant) or id(n) in docstrings | grenzen or isinstance(n.value, bool):
            continue
        if isinstance(n.value, float) or (isinstance(n.value, int) and n.value >= 1000):
            gevonden.append(repr(n.value))
        elif isinstance(n.value, str) and n.value not in AFRONDING and GELD.search(n.value):
            gevonden.append(repr(n.value))
    return gevonden


def test_scanner_vindt_een_bedrag():
    assert geldbedragen('x = Decimal("2294.40")\n') == ["'2294.40'"]
    assert geldbedragen("grens = 6617\n") == ["6617"]
    assert geldbedragen("pct = 0.7\n") == ["0.7"]
    assert geldbedragen('def f(x):\n    return f"minimaal € 3 per dag {x}"\n') != []
    assert geldbedragen('"""Docstring: € 2.250,00."""\nx = 12\ny = "€ " + bedrag\nz = Decimal("0.01")\n') == []
    assert geldbedragen('v = Bedrag("loon", "Loon", maximum=100_000)\n') == []
    assert geldbedragen('v = Bedrag("loon", "Loon", standaard=100_000)\n') == ["100000"]


@pytest.mark.parametrize("bestand", sorted(WIA.glob("*.py")), ids=lambda p: p.name)
def test_geen_bedragen_in_de_code(bestand):
    assert geldbedragen(bestand.read_text(encoding="utf-8")) == []


# Whole numbers allowed in the calculation: 0, 1, 2 (halving, two-part keys), 12 (months per year),
# 100 (percent) and 5 (years shown after the wachttijd). Every other number is a rule: data, not code.
TOEGESTAAN = {0, 1, 2, 5, 12, 100}


@pytest.mark.parametrize("naam", ["berekening.py", "formules.py", "spoor.py"])
def test_geen_regelgetallen_in_de_berekening(naam):
    boom = ast.parse((WIA / naam).read_text(encoding="utf-8"))
    getallen = {n.value for n in ast.walk(boom) if isinstance(n, ast.Constant)
                and isinstance(n.value, (int, float)) and not isinstance(n.value, bool)}
    assert getallen <= TOEGESTAAN
