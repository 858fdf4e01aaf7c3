"""Legal numbers as dated, typed data, for every tool: ``<tool>/parameters/<naam>.toml``.

One file per parameter (the OpenFisca / PolicyEngine way): a description, a unit, a type, when it
changes (``wijzigt``) and its values keyed by start date, each with its source (title and URL), the
date it was looked up and its kind (``officieel``, ``secundair`` or ``afgeleid``). A tool reads the
values in force on a date with ``op(pakket, datum)``; ``verouderd`` names the values whose scheduled
change date has passed without a newer value. Content data (step texts, questions) refer to
parameters by name: ``invullen`` fills ``{naam}`` in a text, ``uitrekenen`` computes
``"naam.veld + andere_naam"``. Nothing is read at import; the files are read once, when first used.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from .data import toml_map

SOORTEN = ("officieel", "secundair", "afgeleid")
SOORT_TEKST = {"officieel": "officiële bron", "secundair": "secundaire bron", "afgeleid": "zelf afgeleid"}
# When a value changes: the months whose first day is a scheduled change date.
WIJZIGT = {"halfjaarlijks": (1, 7), "jaarlijks": (1,), "geen_vaste_datum": ()}
WIJZIGT_TEKST = {"halfjaarlijks": "elk jaar op 1 januari en 1 juli", "jaarlijks": "elk jaar op 1 januari",
                 "geen_vaste_datum": "geen vaste datum"}
SLEUTELS = {"naam", "omschrijving", "eenheid", "type", "wijzigt", "waarden"}
MET_BRON = {"wijzigt_bron", "wijzigt_url"}  # the source of a schedule (not for geen_vaste_datum)
PER_TYPE = {"record": {"velden"}, "schaal": {"drempel", "uitkomst"}}
WAARDE_SLEUTELS = {"waarde", "bron", "url", "opgehaald", "soort", "opmerking"}
VERPLICHT = WAARDE_SLEUTELS - {"opmerking"}


class ParameterFout(ValueError):
    """A parameter file that breaks the rules (missing source, unknown key, wrong type, …)."""


class Record:
    """A structured value: typed fields read by name (``r.jaren``), in the order they are declared."""

    __slots__ = ("_velden",)

    def __init__(self, velden: dict):
        object.__setattr__(self, "_velden", dict(velden))

    def __getattr__(self, naam: str):
        if naam.startswith("_"):
            raise AttributeError(naam)
        try:
            return self._velden[naam]
        except KeyError:
            raise AttributeError(naam) from None

    def __getitem__(self, naam: str):
        return self._velden[naam]

    def __setattr__(self, naam, waarde):
        raise AttributeError(f"een {type(self).__name__} verandert niet")

    def __eq__(self, ander) -> bool:
        return isinstance(ander, Record) and ander._velden == self._velden

    def __hash__(self) -> int:
        return hash(tuple(self._velden.items()))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._velden!r})"

    def velden(self) -> dict:
        return dict(self._velden)


class Schaal(tuple):
    """Classes as ``(drempel, uitkomst)`` rows, lowest drempel first: ``op(x)`` is the uitkomst of
    the class ``x`` falls in (the row with the highest drempel not above ``x``)."""

    __slots__ = ()

    def op(self, x):
        gevonden = [uitkomst for drempel, uitkomst in self if drempel <= x]
        if not gevonden:
            raise LookupError(f"{x} ligt onder de eerste klasse ({self[0][0]})")
        return gevonden[-1]


def _decimaal(w):
    if isinstance(w, bool) or not isinstance(w, (int, Decimal)):
        raise TypeError("een getal")
    return Decimal(w)


def _geheel(w):
    if isinstance(w, bool) or not isinstance(w, int):
        raise TypeError("een geheel getal")
    return w


def _datum(w):
    if type(w) is not dt.date:
        raise TypeError("een datum (zonder tijd)")
    return w


def _datums(w):
    if not isinstance(w, list) or not w:
        raise TypeError("een lijst van datums")
    datums = tuple(_datum(d) for d in w)
    if list(datums) != sorted(set(datums)):
        raise TypeError("datums op volgorde, elke datum één keer")
    return datums


ENKELVOUDIG = {"bedrag": _decimaal, "percentage": _decimaal, "getal": _decimaal, "geheel_getal": _geheel,
               "datum": _datum}
TYPES = (*ENKELVOUDIG, "datums", "record", "schaal")


def _lezer(spec):
    """A function that checks and converts one TOML value of type ``spec``: a name in
    ``ENKELVOUDIG`` or a table of field names and such names (a record)."""
    if isinstance(spec, dict):
        velden = {naam: _lezer(soort) for naam, soort in spec.items()}
        if not velden or any(isinstance(soort, dict) for soort in spec.values()):
            raise ParameterFout(f"velden {spec!r}: een tabel van veldnamen en enkelvoudige types")

        def record(w):
            if not isinstance(w, dict) or set(w) != set(velden):
                raise TypeError(f"een tabel met precies de velden {', '.join(velden)}")
            return Record({naam: lees_veld(w[naam]) for naam, lees_veld in velden.items()})
        return record
    if spec not in ENKELVOUDIG:
        raise ParameterFout(f"onbekend type {spec!r}; kies uit {', '.join(ENKELVOUDIG)}")
    return ENKELVOUDIG[spec]


def _waardelezer(data: dict):
    soort = data["type"]
    if soort == "datums":
        return _datums
    if soort == "record":
        return _lezer(data["velden"])
    if soort == "schaal":
        drempel, uitkomst = _lezer(data["drempel"]), _lezer(data["uitkomst"])

        def schaal(w):
            if not isinstance(w, list) or not w or not all(isinstance(r, list) and len(r) == 2 for r in w):
                raise TypeError("een lijst van rijen [drempel, uitkomst]")
            rijen = Schaal((drempel(d), uitkomst(u)) for d, u in w)
            if any(a[0] >= b[0] for a, b in zip(rijen, rijen[1:])):
                raise TypeError("drempels van laag naar hoog, elke drempel één keer")
            return rijen
        return schaal
    return _lezer(soort)


class _Gegevens:
    """A plain value object: its fields are its ``__slots__``; equal and shown by them. (A
    NamedTuple costs about a millisecond per class when a page in the browser imports it.)"""

    __slots__ = ()
    _standaard: tuple = ()  # the values of the last fields when they are left out

    def __init__(self, *args):
        ontbreekt = len(self.__slots__) - len(args)
        if not 0 <= ontbreekt <= len(self._standaard):
            raise TypeError(f"{type(self).__name__}: {len(args)} waarden voor {self.__slots__}")
        for naam, waarde in zip(self.__slots__, args + self._standaard[len(self._standaard) - ontbreekt:]):
            object.__setattr__(self, naam, waarde)

    def __setattr__(self, naam, waarde):
        raise AttributeError(f"{type(self).__name__} verandert niet")

    def _velden(self) -> tuple:
        return tuple(getattr(self, naam) for naam in self.__slots__)

    def __eq__(self, ander) -> bool:
        return type(ander) is type(self) and ander._velden() == self._velden()

    def __hash__(self) -> int:
        return hash(self._velden())

    def __repr__(self) -> str:
        return f"{type(self).__name__}{self._velden()!r}"


class Waarde(_Gegevens):
    """One dated value of a parameter, with its source: ``Waarde(begin, waarde, bron, url,
    opgehaald, soort, opmerking)``; ``waarde`` is typed (Decimal, int, date, tuple of dates, Record
    or Schaal)."""

    __slots__ = ("begin", "waarde", "bron", "url", "opgehaald", "soort", "opmerking")
    _standaard = ("",)


class Parameter(_Gegevens):
    """One legal parameter and its values over time: ``Parameter(naam, omschrijving, eenheid, type,
    wijzigt, waarden, wijzigt_bron, wijzigt_url)``; ``wijzigt`` is a key of WIJZIGT, ``waarden``
    sorted by start date."""

    __slots__ = ("naam", "omschrijving", "eenheid", "type", "wijzigt", "waarden", "wijzigt_bron", "wijzigt_url")
    _standaard = ("", "")

    def op(self, datum: dt.date) -> Waarde:
        """The value in force on ``datum``; LookupError before the first one."""
        geldig = [w for w in self.waarden if w.begin <= datum]
        if not geldig:
            raise LookupError(f"{self.naam}: geen waarde op {datum.isoformat()}")
        return geldig[-1]

    def volgende_wijziging(self, datum: dt.date) -> dt.date | None:
        """When the value in force on ``datum`` changes: the start of the next value if the data
        has one, else its first scheduled change date (on or before ``datum`` when it is stale);
        None for a parameter without a fixed change date and no newer value."""
        waarde = self.op(datum)
        later = [w.begin for w in self.waarden if w.begin > waarde.begin]
        return later[0] if later else _eerste_na(waarde.begin, WIJZIGT[self.wijzigt])

    def verouderd_op(self, datum: dt.date) -> Veroudering | None:
        """The stale value on ``datum``: its scheduled change date has passed and the data has no
        newer value. None when the value is current (or has no fixed change date)."""
        waarde = self.op(datum)
        if waarde is not self.waarden[-1]:
            return None
        wijziging = _eerste_na(waarde.begin, WIJZIGT[self.wijzigt])
        return Veroudering(self, waarde, wijziging) if wijziging and wijziging <= datum else None


class Veroudering(_Gegevens):
    """A value in use after a scheduled change date (``wijzigingsdatum``, passed), with no newer
    value in the data: ``Veroudering(parameter, waarde, wijzigingsdatum)``."""

    __slots__ = ("parameter", "waarde", "wijzigingsdatum")


def _eerste_na(begin: dt.date, maanden: tuple[int, ...]) -> dt.date | None:
    """The first scheduled change date after ``begin``: the 1st of one of ``maanden``."""
    data = [dt.date(begin.year + jaar, maand, 1) for jaar in (0, 1) for maand in maanden]
    return min((d for d in data if d > begin), default=None)


def lees(data: dict, bestand: str) -> Parameter:
    """One parameter file's data; ParameterFout for anything missing, misspelt or of the wrong type."""
    sleutels = SLEUTELS | PER_TYPE.get(data.get("type"), set()) | MET_BRON
    verplicht = SLEUTELS | PER_TYPE.get(data.get("type"), set())
    if data.get("wijzigt") not in (None, "geen_vaste_datum"):
        verplicht |= MET_BRON
    if set(data) - sleutels or verplicht - set(data):
        raise ParameterFout(f"{bestand}: onbekende sleutels {sorted(set(data) - sleutels)}, "
                            f"ontbrekend {sorted(verplicht - set(data))}")
    if f"{data['naam']}.toml" != bestand:
        raise ParameterFout(f"{bestand}: naam {data['naam']!r} past niet bij de bestandsnaam")
    if data["type"] not in TYPES:
        raise ParameterFout(f"{bestand}: type {data['type']!r}; kies uit {', '.join(TYPES)}")
    if data["wijzigt"] not in WIJZIGT:
        raise ParameterFout(f"{bestand}: wijzigt {data['wijzigt']!r}; kies uit {', '.join(WIJZIGT)}")
    if not str(data.get("wijzigt_url", "https://")).startswith("https://"):
        raise ParameterFout(f"{bestand}: wijzigt_url moet een https-adres zijn")
    try:
        lees_waarde = _waardelezer(data)
    except ParameterFout as fout:
        raise ParameterFout(f"{bestand}: {fout}") from None
    waarden = [_waarde(begin, w, lees_waarde, bestand) for begin, w in data["waarden"].items()]
    if not waarden:
        raise ParameterFout(f"{bestand}: geen waarden")
    return Parameter(data["naam"], data["omschrijving"], data["eenheid"], data["type"], data["wijzigt"],
                     tuple(sorted(waarden, key=lambda w: w.begin)), data.get("wijzigt_bron", ""),
                     data.get("wijzigt_url", ""))


def _waarde(begin, w, lees_waarde, bestand: str) -> Waarde:
    if not isinstance(w, dict):
        raise ParameterFout(f"{bestand}: [waarden.{begin}] is geen tabel")
    if set(w) - WAARDE_SLEUTELS or VERPLICHT - set(w):
        raise ParameterFout(f"{bestand} {begin}: onbekende sleutels {sorted(set(w) - WAARDE_SLEUTELS)}, "
                            f"ontbrekend {sorted(VERPLICHT - set(w))}")
    try:
        startdatum = dt.date.fromisoformat(str(begin))
    except ValueError:
        raise ParameterFout(f"{bestand}: {begin!r} is geen datum") from None
    if type(w["opgehaald"]) is not dt.date or not str(w["bron"]).strip() or not _is_bron_url(w["url"]) \
            or w["soort"] not in SOORTEN:
        raise ParameterFout(f"{bestand} {begin}: bron, url (https, of een pagina van de site: .md), "
                            f"opgehaald (datum) en soort ({', '.join(SOORTEN)}) zijn verplicht")
    try:
        waarde = lees_waarde(w["waarde"])
    except TypeError as fout:
        raise ParameterFout(f"{bestand} {begin}: de waarde moet {fout} zijn") from None
    return Waarde(startdatum, waarde, w["bron"], w["url"], w["opgehaald"], w["soort"], w.get("opmerking", ""))


def _is_bron_url(url) -> bool:
    """An https address, or a page of this site (``bronnen.md``) for a source without one."""
    return isinstance(url, str) and (url.startswith("https://") or (url.endswith(".md") and ":" not in url
                                                                      and " " not in url))


@cache
def van(pakket: str) -> dict[str, Parameter]:
    """Every parameter of a tool package (``<pakket>/parameters/*.toml``), by name, in file order;
    empty when the package has no parameters."""
    try:
        bestanden = toml_map(pakket, "parameters")
    except FileNotFoundError:
        return {}
    return {p.naam: p for p in (lees(data, naam) for naam, data in bestanden.items())}


class Geldend(Record):
    """The values of a set of parameters in force on one date: ``g.naam`` (or ``g["naam"]``) is
    the typed value, ``g.gebruikt`` each parameter with its dated value (and source)."""

    __slots__ = ("datum", "gebruikt")

    def __init__(self, datum: dt.date, gebruikt: tuple[tuple[Parameter, Waarde], ...]):
        super().__init__({p.naam: w.waarde for p, w in gebruikt})
        object.__setattr__(self, "datum", datum)
        object.__setattr__(self, "gebruikt", gebruikt)

    def verouderd(self) -> list[Veroudering]:
        """The values in use whose scheduled change date has passed on ``datum``."""
        return verouderd((p for p, _ in self.gebruikt), self.datum)


@cache
def op(pakket: str, datum: dt.date) -> Geldend:
    """Every parameter of ``pakket`` in force on ``datum``; LookupError before ``eerste_datum``."""
    return Geldend(datum, tuple((p, p.op(datum)) for p in van(pakket).values()))


def eerste_datum(pakket: str) -> dt.date:
    """The first date on which every parameter of ``pakket`` has a value."""
    return max(p.waarden[0].begin for p in van(pakket).values())


def verouderd(parameters, peildatum: dt.date) -> list[Veroudering]:
    """The parameters whose value on ``peildatum`` lies past a scheduled change date with no newer
    value in the data (parameters without a value on that date are left out)."""
    uit = []
    for p in parameters:
        if p.waarden[0].begin <= peildatum and (oud := p.verouderd_op(peildatum)):
            uit.append(oud)
    return uit


# --- content data that refers to parameters ----------------------------------------------------
# Plain string work, no regular expressions: compiling one costs a page about a millisecond.

def uitrekenen(expressie: str | int, geldend: Geldend):
    """A number in content data: an int as is, or ``"naam"``, ``"naam.veld"`` and whole numbers
    joined by + and - (``"wachttijd_weken + loonsanctie_max_weken"``). KeyError for an unknown name,
    ValueError for anything else than such a sum."""
    if isinstance(expressie, int):
        return expressie
    delen = expressie.replace("+", " + ").replace("-", " - ").split()
    if len(delen) % 2 == 0:
        raise ValueError(f"geen som van namen en getallen: {expressie!r}")
    totaal = _term(delen[0], geldend)
    for teken, term in zip(delen[1::2], delen[2::2]):
        if teken not in ("+", "-"):
            raise ValueError(f"geen som van namen en getallen: {expressie!r}")
        totaal += _term(term, geldend) if teken == "+" else -_term(term, geldend)
    return totaal


def _term(term: str, geldend: Geldend):
    """A whole number, ``naam`` or ``naam.veld`` (a field of a record parameter)."""
    if term.isdigit():
        return int(term)
    hoofd, _, veld = term.partition(".")
    if not hoofd.isidentifier() or not (veld.isidentifier() or not veld):
        raise ValueError(f"geen naam van een parameter: {term!r}")
    waarde = geldend[hoofd]
    return getattr(waarde, veld) if veld else waarde


def invullen(tekst: str, geldend: Geldend) -> str:
    """``tekst`` with every ``{expressie}`` replaced by its value in Dutch notation."""
    eerste, *delen = tekst.split("{")
    uit = [eerste]
    for deel in delen:
        expressie, sluit, rest = deel.partition("}")
        if not sluit:
            raise ValueError(f"een {{ zonder }} in {tekst!r}")
        uit.append(waarde_tekst(uitrekenen(expressie, geldend)) + rest)
    return "".join(uit)


# --- display ---------------------------------------------------------------------------------------

def getal_tekst(waarde) -> str:
    """'35', '50,75', '57,5', '33,3' (at most two decimals, Dutch comma)."""
    tekst = f"{Decimal(waarde).quantize(Decimal('0.01'), ROUND_HALF_UP):f}".rstrip("0").rstrip(".")
    return tekst.replace(".", ",")


def waarde_tekst(waarde) -> str:
    """One plain value in Dutch: a number, or a date as '1 januari 2016'."""
    from .invoer import nl_datum  # here: a page that shows no parameter does not load the readers

    if isinstance(waarde, dt.date):
        return nl_datum(waarde)
    return getal_tekst(waarde)


def tekst(waarde, eenheid: str) -> str:
    """A parameter's value in Dutch, with its unit: '€ 304,25 (per dag)', '70 procent',
    '42e ziekteweek', 'vanaf 35%: 28%; …', 'jaren 10, minimum 3', or a list of dates."""
    from .invoer import euro, nl_datum

    if isinstance(waarde, Record):
        return ", ".join(f"{naam.replace('_', ' ')} {waarde_tekst(v)}" for naam, v in waarde.velden().items())
    if isinstance(waarde, Schaal):
        procent = eenheid == "procent"
        return "; ".join(f"vanaf {_deel(d, procent)}: {_deel(u, procent)}" for d, u in waarde)
    if isinstance(waarde, tuple):
        return ", ".join(nl_datum(d) for d in waarde)
    if isinstance(waarde, Decimal) and eenheid.startswith("euro"):
        return f"{euro(waarde)} ({eenheid.removeprefix('euro ')})"
    if isinstance(waarde, dt.date):
        return nl_datum(waarde)
    if eenheid.startswith("e "):  # an ordinal: '42e ziekteweek'
        return f"{getal_tekst(waarde)}{eenheid}"
    return f"{getal_tekst(waarde)} {eenheid}"


def _deel(waarde, procent: bool) -> str:
    if isinstance(waarde, Record):
        return tekst(waarde, "")
    return waarde_tekst(waarde) + ("%" if procent else "")


def als_data(waarde):
    """A parameter's value as JSON-ready data in the shape of its file: a record as an object, a
    scale as [drempel, uitkomst] pairs, dates in ISO form, numbers as they are (Decimal or int)."""
    if isinstance(waarde, Record):
        return {naam: als_data(v) for naam, v in waarde.velden().items()}
    if isinstance(waarde, tuple):
        return [als_data(v) for v in waarde]
    if isinstance(waarde, dt.date):
        return waarde.isoformat()
    return waarde
