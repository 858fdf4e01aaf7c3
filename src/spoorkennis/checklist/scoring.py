"""Score one bureau's answers and rank bureaus.

Rules (the tool page explains them in the same terms):

- ``ja`` counts as 1, ``deels`` as 1/2, ``nee`` as 0, each times the question's gewicht.
- ``weet_niet`` and an empty answer are *open*: they are not scored at all, they are listed as
  "nog te vragen" and they lower the completeness (beantwoord / aantal).
- A score (per category and overall) is the weighted share of the answered questions, 0..100,
  rounded half up. No answered question: no score (None).
- Every ``nee`` is a rode vlag. A ``nee`` on a question with ``harde_rode_vlag`` caps the
  verdict at "afgeraden", whatever the score.
- Without a hard red flag, a verdict needs at least ``oordeelgrenzen.beantwoord`` percent of the
  questions answered and every hard question answered; otherwise the verdict is "onvolledig".
  The limits of the verdicts are the parameter ``oordeelgrenzen`` (``parameters/``).
- Ranking: complete bureaus first, then incomplete ones, then those with a hard red flag; within
  each group the higher score first, then fewer red flags, then more answers, then input order.
"""

from __future__ import annotations

from typing import NamedTuple

from ..fouten import InvoerFout
from .model import Vraag, categorieen, regels, vragen

ANTWOORDEN = ("ja", "deels", "nee", "weet_niet")
HALVE_PUNTEN = {"ja": 2, "deels": 1, "nee": 0}  # whole numbers: exact, and no fractions module to load

OORDELEN = {
    "sterk": "Sterk: dit bureau voldoet aan de meeste punten.",
    "redelijk": "Redelijk: dit bureau voldoet aan een deel van de punten. Vraag door op de zwakke punten.",
    "zwak": "Zwak: dit bureau voldoet aan weinig punten.",
    "onvolledig": "Nog niet te beoordelen: er staan nog te veel vragen open.",
    "afgeraden": "Afgeraden: dit bureau heeft een harde rode vlag. Een hoge score maakt dat niet goed.",
}
_GROEP = {"sterk": 0, "redelijk": 0, "zwak": 0, "onvolledig": 1, "afgeraden": 2}
_ALIASSEN = {"weet niet": "weet_niet", "weetniet": "weet_niet", "weet-niet": "weet_niet", "?": "weet_niet"}


class Onderdeel(NamedTuple):
    """The score of one bureau in one category."""

    categorie: str
    score: int | None
    beantwoord: int
    aantal: int


class Uitslag(NamedTuple):
    """The outcome for one bureau: scores, red flags and verdict."""

    naam: str
    totaal: int | None
    onderdelen: tuple[Onderdeel, ...]
    beantwoord: int
    aantal: int
    rode_vlaggen: tuple[Vraag, ...]  # every "nee", hard ones first
    open_vragen: tuple[Vraag, ...]  # "weet_niet" or no answer
    oordeel: str

    @property
    def volledigheid(self) -> int:
        return _procent(self.beantwoord, self.aantal)

    @property
    def harde_rode_vlaggen(self) -> tuple[Vraag, ...]:
        return tuple(v for v in self.rode_vlaggen if v.harde_rode_vlag)


def antwoord(waarde: object, veld: str, label: str) -> str | None:
    """One answer as typed or clicked: ja, deels, nee, weet_niet ('weet niet' too); empty is None."""
    tekst = "" if waarde is None else str(waarde).strip().lower()
    if not tekst:
        return None
    tekst = _ALIASSEN.get(tekst, tekst)
    if tekst not in ANTWOORDEN:
        raise InvoerFout(f"Kies bij {label} ja, deels, nee of weet niet.", veld)
    return tekst


def beoordeel(naam: str, antwoorden: dict[str, str | None], lijst: tuple[Vraag, ...] | None = None) -> Uitslag:
    """Score one bureau. ``antwoorden`` maps question id to an answer; missing ids are open."""
    lijst = vragen() if lijst is None else lijst
    gekozen = {v.id: antwoorden.get(v.id) for v in lijst}
    beantwoord = [v for v in lijst if gekozen[v.id] in HALVE_PUNTEN]
    onderdelen = tuple(
        Onderdeel(c, _score([v for v in beantwoord if v.categorie == c], gekozen),
                  sum(v.categorie == c for v in beantwoord), sum(v.categorie == c for v in lijst))
        for c in categorieen(lijst)
    )
    vlaggen = tuple(sorted((v for v in beantwoord if gekozen[v.id] == "nee"), key=lambda v: not v.harde_rode_vlag))
    open_vragen = tuple(v for v in lijst if gekozen[v.id] not in HALVE_PUNTEN)
    totaal = _score(beantwoord, gekozen)
    grens = regels().oordeelgrenzen
    if any(v.harde_rode_vlag for v in vlaggen):
        oordeel = "afgeraden"
    elif (_procent(len(beantwoord), len(lijst)) < grens.beantwoord
          or any(v.harde_rode_vlag for v in open_vragen)):
        oordeel = "onvolledig"
    else:
        oordeel = "sterk" if totaal >= grens.sterk else "redelijk" if totaal >= grens.redelijk else "zwak"
    return Uitslag(naam, totaal, onderdelen, len(beantwoord), len(lijst), vlaggen, open_vragen, oordeel)


def rangschik(uitslagen: list[Uitslag]) -> list[Uitslag]:
    """Best first; a hard red flag ranks below everything else (stable for equal keys)."""
    return sorted(uitslagen, key=lambda u: (_GROEP[u.oordeel], -(u.totaal if u.totaal is not None else -1),
                                            len(u.rode_vlaggen), -u.beantwoord))


def _score(beantwoord: list[Vraag], gekozen: dict[str, str | None]) -> int | None:
    gewicht = sum(v.gewicht for v in beantwoord)
    if not gewicht:
        return None
    return _procent(sum(v.gewicht * HALVE_PUNTEN[gekozen[v.id]] for v in beantwoord), 2 * gewicht)


def _procent(teller: int, noemer: int) -> int:
    """teller / noemer as a percentage, rounded half up: floor(100 t / n + 1/2) in whole numbers."""
    return (200 * teller + noemer) // (2 * noemer)
