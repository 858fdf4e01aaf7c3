"""No rule number in any tool's code or texts: every number of every parameter comes from the data.

The test collects every numeric value of every parameter of every tool (``<tool>/parameters/``) and
fails when one of them appears
- as a number in the code of a tool subpackage (outside docstrings), or
- as a number in a text: a string in that code, or a text of a content data file (the steps in
  ``tijdlijn/poortwachter.toml``, the questions in ``checklist/vragen.toml``), where a text names a
  parameter as ``{naam}`` instead.

The allow-list, and why:
- 0, 1 and 2: counting and pairs (ziektejaar 1 en 2, spoor 1 en 2, "maar 1 keer", halving), which
  no check can tell from a rule.
- Keyword arguments ``minimum=`` and ``maximum=``: plausibility limits of input fields, not rules.
- Index and slice numbers (``t[:3]``), widths in format specs (``{x:>3}``): positions, not rules.
- In a text: numbers joined to a letter, ``-``, ``/``, ``.`` or ``:`` (ids as KS-10 and V01, dates
  as 5-1-2026, option values as 70/70, version 2.0), attribute values in markup (``r="4"``), and
  legal references (art. 7:629 lid 3): none of them is an amount, a week or a percentage.
- ``VOORBEELD``: a worked example's input, as a person would type it.
- ``OPMAAK`` below: named constants (wholly) and functions (their numbers; their texts are checked)
  that draw (pixel and font sizes, dash patterns, the RFC 5545 line length) or size a form.
"""

from __future__ import annotations

import ast
import re
from decimal import Decimal
from pathlib import Path

import pytest

from spoorkennis import data, parameters
from spoorkennis.parameters import Record

PAKKET = Path(parameters.__file__).parent
TOOLS = sorted(p.parent for p in PAKKET.glob("*/__init__.py"))
TOEGESTAAN = {Decimal(0), Decimal(1), Decimal(2)}
OPMAAK = {
    # the WIA chart and the overview table: sizes, margins, font size, dash patterns, months shown
    "wia/weergave.py": {"STREPEN", "BREEDTE", "HOOGTE", "LINKS", "RECHTS", "BOVEN", "ONDER", "LEGENDA_REGEL",
                        "LETTER", "SCHERM_BREEDTE", "MOMENTEN", "grafiek", "_mooi_maximum"},
    # the timeline figure: sizes, offsets, font sizes, how long a window may be to be drawn
    "tijdlijn/figuur.py": {"BREEDTE", "BOVEN", "PX_PER_WEEK", "UITLOOP", "AS_X", "BAND_1_X", "BAND_2_X",
                           "BAND_BREEDTE", "LABEL_X", "TITEL", "DETAIL", "REGEL", "TUSSENRUIMTE", "figuur",
                           "_legenda", "_marker"},
    "tijdlijn/ics.py": {"_vouw"},  # RFC 5545: lines of at most 75 octets
    # the form: how many bureaus it compares, the longest name (a field limit), the example's answers
    "checklist/web.py": {"BUREAUS"},
    "checklist/tool.py": {"voorbeeld"},
    "checklist/cli.py": {"MAX_NAAM"},
}
CONTENT = {"tijdlijn/poortwachter.toml", "checklist/vragen.toml"}
# Keys of content data whose strings are ids, references or notes on a source, not texts shown.
GEEN_TEKST = {"id", "code", "soort", "topic", "bron", "bronnen", "url", "bij", "controle", "gewicht", "week",
              "vanaf_week", "elke", "tot_week"}

_GETAL = re.compile(r"(?<![\w./:\-])(\d+(?:[.,]\d+)?)(?=e[^a-z]|e$|[^\w./:\-]|[.,](?!\d)|$)")
_ATTRIBUUT = re.compile(r"[\w-]+=\"[^\"{]*\"")
_VERWIJZING = re.compile(r"\b(?:art\.|artikel|lid|boek)\s+[\w:]+", re.I)
_DUIZENDTALLEN = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?!\d|\.\d)")  # Dutch: 3.000, 100.000
_PLEK = re.compile(r"\{[^{}]*\}")  # a parameter named in a text


def regelgetallen() -> set[Decimal]:
    """Every number in every parameter value of every tool (dates are not numbers)."""
    uit: set[Decimal] = set()

    def voeg_toe(waarde):
        if isinstance(waarde, Record):
            for v in waarde.velden().values():
                voeg_toe(v)
        elif isinstance(waarde, tuple):
            for v in waarde:
                voeg_toe(v)
        elif isinstance(waarde, (int, Decimal)) and not isinstance(waarde, bool):
            uit.add(Decimal(waarde).normalize())
    for tool in TOOLS:
        for p in parameters.van(f"spoorkennis.{tool.name}").values():
            for w in p.waarden:
                voeg_toe(w.waarde)
    return uit - TOEGESTAAN


def getallen_in_tekst(tekst: str) -> list[Decimal]:
    """The numbers a reader sees in a text (see the allow-list above); '3.000' is three thousand."""
    tekst = _VERWIJZING.sub("", _ATTRIBUUT.sub("", _PLEK.sub("", tekst)))
    tekst = _DUIZENDTALLEN.sub(lambda m: m[0].replace(".", ""), tekst)
    return [Decimal(g.replace(",", ".")).normalize() for g in _GETAL.findall(tekst)]


def gevonden_in_code(bron: str, vrij: set[str] = frozenset()) -> list[tuple[int, str]]:
    """(line, what) for every rule number in Python source ``bron``; names in ``vrij`` are skipped."""
    boom = ast.parse(bron)
    regel = regelgetallen()
    overslaan: set[int] = set()  # nodes not checked at all
    geen_getal: set[int] = set()  # nodes whose numbers are not checked (their texts are)
    for n in ast.walk(boom):
        if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef)) and n.body and isinstance(n.body[0], ast.Expr) \
                and isinstance(n.body[0].value, ast.Constant):
            overslaan.add(id(n.body[0].value))  # docstring
        if isinstance(n, ast.keyword) and n.arg in ("minimum", "maximum"):
            overslaan |= {id(k) for k in ast.walk(n.value)}
        if isinstance(n, ast.Subscript):
            overslaan |= {id(k) for k in ast.walk(n.slice)}
        if isinstance(n, ast.FormattedValue) and n.format_spec:
            overslaan |= {id(k) for k in ast.walk(n.format_spec)}
        if isinstance(n, (ast.FunctionDef, ast.ClassDef)) and n.name in vrij:
            geen_getal |= {id(k) for k in ast.walk(n)}
        if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and (t.id in vrij or t.id == "VOORBEELD")
                                             for d in n.targets for t in ast.walk(d)):
            overslaan |= {id(k) for k in ast.walk(n.value)}
    uit = []
    for n in ast.walk(boom):
        if not isinstance(n, ast.Constant) or id(n) in overslaan or isinstance(n.value, bool):
            continue
        if isinstance(n.value, (int, float)) and id(n) not in geen_getal and Decimal(str(n.value)).normalize() in regel:
            uit.append((n.lineno, repr(n.value)))
        elif isinstance(n.value, str) and any(g in regel for g in getallen_in_tekst(n.value)):
            uit.append((n.lineno, repr(n.value)))
    return uit


def teksten(waarde, sleutel: str = "") -> list[str]:
    """The texts in content data (strings, except under the keys in GEEN_TEKST)."""
    if isinstance(waarde, dict):
        return [t for k, v in waarde.items() if k not in GEEN_TEKST for t in teksten(v, k)]
    if isinstance(waarde, list):
        return [t for v in waarde for t in teksten(v, sleutel)]
    return [waarde] if isinstance(waarde, str) else []


CODE = sorted(p for tool in TOOLS for p in tool.rglob("*.py"))


def test_er_zijn_regelgetallen_en_bestanden_om_te_controleren():
    assert {Decimal(104), Decimal(52), Decimal(28), Decimal(88), Decimal(93), Decimal(35), Decimal(80),
            Decimal("21.75"), Decimal("304.25"), Decimal(75), Decimal(50)} <= regelgetallen()
    assert {"wia", "tijdlijn", "checklist"} <= {tool.name for tool in TOOLS}
    assert all((PAKKET / naam).is_file() for naam in {*OPMAAK, *CONTENT})


@pytest.mark.parametrize("bestand", CODE, ids=lambda p: str(p.relative_to(PAKKET)))
def test_geen_regelgetal_in_de_code_of_haar_teksten(bestand):
    vrij = OPMAAK.get(bestand.relative_to(PAKKET).as_posix(), set())
    assert gevonden_in_code(bestand.read_text(encoding="utf-8"), vrij) == []


@pytest.mark.parametrize("naam", sorted(CONTENT))
def test_geen_regelgetal_in_de_teksten_van_de_inhoud(naam):
    regel = regelgetallen()
    fout = [t for t in teksten(data.parse((PAKKET / naam).read_text(encoding="utf-8")))
            if any(g in regel for g in getallen_in_tekst(t))]
    assert fout == []


@pytest.mark.parametrize("code, gevonden", [
    ('WACHTTIJD = 104\n', True),
    ('tekst = f"De wachttijd van 104 weken eindigt op {einde}."\n', True),
    ('tekst = "Ziekmelding bij UWV (42e-weekmelding)"\n', True),
    ('klasse = "WGA 35–80%, u werkt genoeg"\n', True),
    ('x = regels.wachttijd_weken + 52\n', True),
    ('pct = Decimal("21.75")\n', True),
    ('tekst = f"na {r.wachttijd_weken} weken, ziektejaar 1 en 2"\n', False),
    ('lees(veld, maximum=100, minimum=80)\n', False),
    ('x = lijst[:3]\nid_ = "KS-10"\ndatum = "5-1-2026"\nkeuze = "70/70"\n', False),
    ('svg = \'<circle r="3" stroke-width="2"/>\'\n', False),
    ('grondslag = "Burgerlijk Wetboek, art. 7:658a lid 3; Wet WIA, art. 64 lid 3 en art. 65"\n', False),
    ('def f():\n    """Docstring: 104 weken."""\n    return f"{x:>3}"\n', False),
    ('VOORBEELD = {"start": "1-3-2027", "ao": "55"}\n', False),
])
def test_de_controle_vindt_een_regelgetal(code, gevonden):
    assert bool(gevonden_in_code(code)) is gevonden


def test_de_controle_vindt_een_regelgetal_in_een_tekst_van_de_inhoud():
    assert getallen_in_tekst("Na {wachttijd_weken} weken stopt de loondoorbetaling.") == []
    assert Decimal(104) in getallen_in_tekst("Na 104 weken stopt de loondoorbetaling.")
    assert Decimal("50.75") in getallen_in_tekst("65 tot 80%: 50,75% van het minimumloon.")


def test_in_tekenwerk_telt_een_regelgetal_in_een_tekst_wel():
    code = 'def figuur():\n    y = 8 + 104\n    return f"Tijdlijn tot week 104, {y}"\n'
    assert [regel for regel, _ in gevonden_in_code(code, {"figuur"})] == [3]
