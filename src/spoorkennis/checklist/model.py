"""The questions from ``vragen.toml``, read and checked once, and the checklist's own rules
(``parameters/``: the weights a question can have, the limits of a verdict). A question's text may
name a rule of the law as a parameter of the timeline (``{spoor_2_na_evaluatie_weken}``)."""

from __future__ import annotations

import functools

from .. import parameters
from ..data import toml

VELDEN = {
    "id": str, "categorie": str, "vraag": str, "waarom": str, "goed_antwoord": str,
    "rode_vlag": str, "gewicht": str, "harde_rode_vlag": bool, "bronnen": list,
}
GEWICHT = "vraaggewicht"  # the parameter whose fields a question's gewicht names
TEKSTEN = ("vraag", "waarom", "goed_antwoord", "rode_vlag")  # fields that may name a parameter of the law
WET = "spoorkennis.tijdlijn"  # the package whose parameters the texts name


class Vraag:
    """One question of the checklist, as in ``vragen.toml``; ``gewicht`` is the value of the field
    of ``vraaggewicht`` that the file names. (A plain class: defining a NamedTuple costs a page in
    the browser about a millisecond.)"""

    __slots__ = tuple(VELDEN)

    def __init__(self, id, categorie, vraag, waarom, goed_antwoord, rode_vlag, gewicht, harde_rode_vlag, bronnen):
        self.id, self.categorie, self.vraag, self.waarom = id, categorie, vraag, waarom
        self.goed_antwoord, self.rode_vlag, self.gewicht = goed_antwoord, rode_vlag, gewicht
        self.harde_rode_vlag, self.bronnen = harde_rode_vlag, bronnen

    def __repr__(self) -> str:
        return f"Vraag({self.id!r})"

    def als_dict(self) -> dict:
        return {naam: list(self.bronnen) if naam == "bronnen" else getattr(self, naam) for naam in VELDEN}


class DataFout(ValueError):
    """The question file breaks its own rules (a bug in the data, not bad user input)."""


@functools.cache
def regels() -> parameters.Geldend:
    """The checklist's rules: its newest values. They are the checklist's own choices, not dated
    law, so a new choice applies as soon as it is in the data, whatever the date."""
    return _nieuwste(__package__)


@functools.cache
def wet() -> parameters.Geldend:
    """The rules of the law the questions name: the timeline's newest values (a bureau is chosen now)."""
    return _nieuwste(WET)


def _nieuwste(pakket: str) -> parameters.Geldend:
    return parameters.op(pakket, max(p.waarden[-1].begin for p in parameters.van(pakket).values()))


def lees(data: dict, gewichten: parameters.Record | None = None) -> tuple[Vraag, ...]:
    """Check the data of a question file and turn it into questions; ``gewichten`` is the value of
    the ``vraaggewicht`` parameter (today's by default)."""
    if set(data) != {"vraag"} or not isinstance(data["vraag"], list):
        raise DataFout("Het bestand moet alleen [[vraag]]-blokken bevatten.")
    gewichten = getattr(regels(), GEWICHT) if gewichten is None else gewichten
    vragen = tuple(_vraag(nummer, ruw, gewichten) for nummer, ruw in enumerate(data["vraag"], start=1))
    dubbel = sorted({v.id for v in vragen if [w.id for w in vragen].count(v.id) > 1})
    if dubbel:
        raise DataFout(f"Dubbele id: {', '.join(dubbel)}.")
    return vragen


@functools.cache
def vragen() -> tuple[Vraag, ...]:
    """All questions, in the order of the file."""
    return lees(toml(__package__, "vragen.toml"))


def categorieen(lijst: tuple[Vraag, ...] | None = None) -> list[str]:
    """The categories in the order they first appear."""
    return list(dict.fromkeys(v.categorie for v in (vragen() if lijst is None else lijst)))


def _vraag(nummer: int, ruw: dict, gewichten: parameters.Record) -> Vraag:
    waar = f"vraag {nummer} ({ruw.get('id', 'zonder id')})"
    onbekend, ontbrekend = sorted(set(ruw) - set(VELDEN)), sorted(set(VELDEN) - set(ruw))
    if onbekend or ontbrekend:
        raise DataFout(f"{waar}: onbekende velden {onbekend}, ontbrekende velden {ontbrekend}.")
    for naam, soort in VELDEN.items():
        waarde = ruw[naam]
        goed = isinstance(waarde, soort) and not (soort is int and isinstance(waarde, bool))
        if not goed or (soort is str and not waarde.strip()):
            raise DataFout(f"{waar}: veld {naam} moet een {soort.__name__} zijn en mag niet leeg zijn.")
    if not _is_id(ruw["id"]):
        raise DataFout(f"{waar}: id moet de vorm V01 hebben.")
    namen = [f"{GEWICHT}.{naam}" for naam in gewichten.velden()]
    if ruw["gewicht"] not in namen:
        raise DataFout(f"{waar}: gewicht moet {', '.join(namen[:-1])} of {namen[-1]} zijn.")
    bronnen = ruw["bronnen"]
    if not bronnen or not all(isinstance(b, str) and _is_bron(b) for b in bronnen):
        raise DataFout(f"{waar}: bronnen moet een lijst zijn met ids als KS-10, RSC-3D of BL-2.")
    gewicht = getattr(gewichten, ruw["gewicht"].partition(".")[2])
    try:
        teksten = {veld: parameters.invullen(ruw[veld], wet()) for veld in TEKSTEN if "{" in ruw[veld]}
    except (KeyError, ValueError) as fout:
        raise DataFout(f"{waar}: een tekst noemt {fout}, geen parameter van {WET}.") from None
    return Vraag(**{**ruw, **teksten, "gewicht": gewicht, "bronnen": tuple(bronnen)})


# Plain string checks, no regular expressions: compiling one costs a page about a millisecond.

def _is_id(tekst: str) -> bool:
    """'V01': a V and two digits."""
    return len(tekst) == len("V01") and tekst[0] == "V" and tekst[1:].isdecimal()


def _is_bron(tekst: str) -> bool:
    """A topic of the content map: KS-10 (two digits), RSC-3 or RSC-3D (A to E), BL-2."""
    soort, streep, nummer = tekst.partition("-")
    if not streep or not nummer[:1].isdecimal():
        return False
    if soort == "KS":
        return len(nummer) == 2 and nummer.isdecimal()
    if soort == "RSC":
        return len(nummer) == 1 or (len(nummer) == 2 and nummer[1] in "ABCDE")
    return soort == "BL" and len(nummer) == 1
