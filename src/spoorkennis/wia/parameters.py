"""The legal amounts and percentages as dated data: one TOML file per parameter in ``parameters/``.

Each value has a start date, a source (title and URL), the date it was retrieved and its kind
(``officieel``, ``secundair`` or ``afgeleid``). Look-up by date picks the value in force.
Read through the package loader (``spoorkennis.data``), so it works from the wheel in Pyodide too.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import NamedTuple

from ..data import toml

SOORTEN = ("officieel", "secundair", "afgeleid")
SLEUTELS = {"naam", "omschrijving", "eenheid", "waarden"}
WAARDE_SLEUTELS = {"waarde", "bron", "url", "opgehaald", "soort", "opmerking"}
VERPLICHT = WAARDE_SLEUTELS - {"opmerking"}


class ParameterFout(ValueError):
    """A parameter file that breaks the rules (missing source, unknown key, …)."""


class Waarde(NamedTuple):
    """One dated value of a parameter, with its source."""

    begin: dt.date
    waarde: object
    bron: str
    url: str
    opgehaald: dt.date
    soort: str
    opmerking: str = ""


class Parameter(NamedTuple):
    """One legal parameter and its values over time."""

    naam: str
    omschrijving: str
    eenheid: str
    waarden: tuple[Waarde, ...]  # sorted by start date

    def op(self, datum: dt.date) -> Waarde:
        """The value in force on ``datum``; LookupError before the first one."""
        geldig = [w for w in self.waarden if w.begin <= datum]
        if not geldig:
            raise LookupError(f"{self.naam}: geen waarde op {datum.isoformat()}")
        return geldig[-1]


class Regels(NamedTuple):
    """All parameters as in force on one date (the peildatum)."""

    datum: dt.date
    maximum_dagloon: Decimal
    referentieminimumloon: Decimal
    maandloon_factor: Decimal
    wga_grens: Decimal
    volledig_grens: Decimal
    iva_percentage: Decimal
    iva_korting_inkomsten: Decimal
    lgu_percentage_start: Decimal
    lgu_maanden_start: int
    lgu_percentage: Decimal
    lgu_duur: dict
    lau_percentage: Decimal
    inkomenseis: Decimal
    vvu_percentages: tuple[tuple[Decimal, Decimal], ...]
    loondoorbetaling_percentage: Decimal
    loondoorbetaling_weken: int
    minimumloon_weken: int
    gebruikt: tuple[tuple[Parameter, Waarde], ...]

    @property
    def maximum_maandloon(self) -> Decimal:
        return (self.maximum_dagloon * self.maandloon_factor).quantize(Decimal("0.01"), ROUND_HALF_UP)


NAMEN = tuple(n for n in Regels._fields if n not in ("datum", "gebruikt"))
GEHELE_GETALLEN = ("lgu_maanden_start", "loondoorbetaling_weken", "minimumloon_weken")


def lees(data: dict, bestand: str) -> Parameter:
    """One parameter file's data; ParameterFout for anything missing or misspelt."""
    onbekend = set(data) - SLEUTELS
    if onbekend or set(data) != SLEUTELS:
        raise ParameterFout(f"{bestand}: onbekende sleutels {sorted(onbekend)} of ontbrekende "
                            f"{sorted(SLEUTELS - set(data))}")
    if f"{data['naam']}.toml" != bestand:
        raise ParameterFout(f"{bestand}: naam {data['naam']!r} past niet bij de bestandsnaam")
    waarden = []
    for begin, w in data["waarden"].items():
        if not isinstance(w, dict):
            raise ParameterFout(f"{bestand}: [waarden.{begin}] is geen tabel")
        if set(w) - WAARDE_SLEUTELS or VERPLICHT - set(w):
            raise ParameterFout(f"{bestand} {begin}: onbekende sleutels {sorted(set(w) - WAARDE_SLEUTELS)}, "
                                f"ontbrekend {sorted(VERPLICHT - set(w))}")
        try:
            startdatum = dt.date.fromisoformat(str(begin))
        except ValueError:
            raise ParameterFout(f"{bestand}: {begin!r} is geen datum") from None
        if not isinstance(w["opgehaald"], dt.date) or not str(w["bron"]).strip() \
                or not str(w["url"]).startswith("https://") or w["soort"] not in SOORTEN:
            raise ParameterFout(f"{bestand} {begin}: bron, https-url, opgehaald (datum) en soort "
                                f"({', '.join(SOORTEN)}) zijn verplicht")
        waarden.append(Waarde(startdatum, w["waarde"], w["bron"], w["url"], w["opgehaald"], w["soort"],
                              w.get("opmerking", "")))
    if not waarden:
        raise ParameterFout(f"{bestand}: geen waarden")
    return Parameter(data["naam"], data["omschrijving"], data["eenheid"],
                     tuple(sorted(waarden, key=lambda w: w.begin)))


@cache
def alle() -> dict[str, Parameter]:
    """Every parameter, by name: ``parameters/<naam>.toml`` for each name in ``NAMEN`` (a test
    checks the folder holds exactly those files)."""
    return {naam: lees(toml(__package__, "parameters", f"{naam}.toml"), f"{naam}.toml") for naam in NAMEN}


def eerste_datum() -> dt.date:
    """The first date on which every parameter has a value."""
    return max(p.waarden[0].begin for p in alle().values())


@cache
def regels_op(datum: dt.date) -> Regels:
    """All parameters in force on ``datum``; LookupError before ``eerste_datum()``."""
    params = alle()
    gekozen = {naam: (params[naam], params[naam].op(datum)) for naam in NAMEN}
    waarde = {naam: w.waarde for naam, (_, w) in gekozen.items()}
    for naam in NAMEN:
        if naam in GEHELE_GETALLEN:
            waarde[naam] = int(waarde[naam])
        elif naam == "vvu_percentages":
            waarde[naam] = tuple((Decimal(grens), Decimal(pct)) for grens, pct in waarde[naam])
        elif naam != "lgu_duur":
            waarde[naam] = Decimal(waarde[naam])
    return Regels(datum=datum, gebruikt=tuple(gekozen.values()), **waarde)
