"""Every poortwachter step and advice moment of one wachttijd, with its date and week."""

from __future__ import annotations

import datetime as dt

from .regels import bronnen, stappen
from .weken import Verzuim


class Moment:
    """One legal deadline or advised moment, with its date. (A plain class: defining a NamedTuple
    costs a page in the browser about a millisecond.)"""

    __slots__ = ("code", "soort", "week", "datum", "vanaf", "wie", "titel", "kort", "omschrijving", "grondslag",
                 "gemist", "topic", "verplicht", "bron")

    def __init__(self, code: str, soort: str, week: int, datum: dt.date, vanaf: dt.date | None, wie: str, titel: str,
                 kort: str, omschrijving: str, grondslag: str, gemist: str, topic: str, verplicht: bool, bron: dict):
        self.code, self.soort, self.week = code, soort, week  # soort: "wet" or "advies"
        self.datum, self.vanaf = datum, vanaf  # the date (the last day of a window); a window's first day
        self.wie, self.titel, self.kort, self.omschrijving = wie, titel, kort, omschrijving  # kort: figure label
        self.grondslag, self.gemist = grondslag, gemist  # legal basis, what if missed ("" for advice)
        self.topic, self.verplicht, self.bron = topic, verplicht, bron  # topic: the site's topic id (advice)

    def __repr__(self) -> str:
        return f"Moment({self.code!r}, {self.datum!r})"

    def als_json(self) -> dict:
        return {
            "code": self.code, "datum": self.datum.isoformat(), "week": self.week, "soort": self.soort,
            "omschrijving": self.omschrijving, "titel": self.titel, "wie": self.wie,
            "vanaf": self.vanaf.isoformat() if self.vanaf else None, "grondslag": self.grondslag,
            "gemist": self.gemist, "topic": self.topic, "verplicht": self.verplicht,
            "bron": {"titel": self.bron["titel"], "url": self.bron["url"],
                     "opgehaald": self.bron["opgehaald"].isoformat()},
        }


def momenten(verzuim: Verzuim, start_spoor_2: dt.date | None = None) -> list[Moment]:
    """All moments of the wachttijd in date order. ``start_spoor_2`` is the employer's plan."""
    uit: list[tuple[dt.date, int, int, Moment]] = []
    regels = stappen(verzuim.eerste_ziektedag)
    for volgorde, regel in enumerate(regels):
        for week, datum, vanaf in _wanneer(regel, regels, verzuim, start_spoor_2):
            code = f"{regel['code']}-{week}" if "elke" in regel else regel["code"]
            moment = Moment(
                code=code, soort=regel["soort"], week=week, datum=datum, vanaf=vanaf, wie=regel["wie"],
                titel=regel["titel"], kort=regel["kort"], omschrijving=regel["omschrijving"],
                grondslag=regel.get("grondslag", ""), gemist=regel.get("gemist", ""),
                topic=regel.get("topic", ""), verplicht=regel.get("verplicht", True),
                bron=bronnen()[regel["bron"]],
            )
            uit.append((datum, week, volgorde, moment))
    return [moment for *_, moment in sorted(uit, key=lambda t: t[:3])]


def _wanneer(regel: dict, regels: tuple[dict, ...], verzuim: Verzuim, start_spoor_2: dt.date | None):
    """(week, date, window start or None) for each occurrence of a rule."""
    if regel.get("bij") == "start-spoor-2":
        if start_spoor_2 is None:
            week = next(r for r in regels if r["code"] == "start-spoor-2-uiterlijk")["week"]
            yield week, verzuim.laatste_dag(week), None
        else:
            yield max(1, verzuim.ziekteweek(start_spoor_2)), start_spoor_2, None
        return
    weken = range(regel["week"], regel["tot_week"] + 1, regel["elke"]) if "elke" in regel else [regel["week"]]
    for week in weken:
        vanaf = verzuim.eerste_dag(regel["vanaf_week"]) if "vanaf_week" in regel else None
        datum = verzuim.eerste_dag(week + 1) if regel.get("dag_na_week") else verzuim.laatste_dag(week)
        yield week, datum, vanaf

