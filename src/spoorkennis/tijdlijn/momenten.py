"""Every poortwachter step and advice moment of one wachttijd, with its date, its week and the trace
of what placed it there (``Reden``): recovered days, an extension, the real evaluation date, the
planned start of spoor 2, a weekend or public holiday. The Dutch texts are made from that trace
(``uitleg.py``), so they cannot drift from the rules."""

from __future__ import annotations

import datetime as dt

from .regels import INVOER, bronnen, stappen
from .werkdagen import eerste_werkdag, soort_dag
from .weken import Verzuim

DAG = dt.timedelta(days=1)


class Reden:
    """One rule or input that placed or moved a moment. ``code``: ``herstel`` (``waarde`` recovered
    days), ``verlenging`` or ``loonsanctie`` (``waarde`` weeks), ``eerstejaarsevaluatie`` or
    ``start_spoor_2`` (``waarde`` the date entered), ``werkdag`` (``van`` was no working day: ``waarde``
    says 'zaterdag', 'zondag' or 'feestdag'). ``regel`` names the parameter, ``invoer`` the field."""

    __slots__ = ("code", "waarde", "regel", "invoer", "van")

    def __init__(self, code: str, waarde, *, regel: str = "", invoer: str = "", van: dt.date | None = None):
        self.code, self.waarde, self.regel, self.invoer, self.van = code, waarde, regel, invoer, van

    def __repr__(self) -> str:
        return f"Reden({self.code!r}, {self.waarde!r})"

    def als_json(self) -> dict:
        waarde = self.waarde.isoformat() if isinstance(self.waarde, dt.date) else self.waarde
        return {"code": self.code, "waarde": waarde, "regel": self.regel or None, "invoer": self.invoer or None,
                "van": self.van.isoformat() if self.van else None}


class Moment:
    """One legal deadline or advised moment, with its date. (A plain class: defining a NamedTuple
    costs a page in the browser about a millisecond.)"""

    __slots__ = ("code", "soort", "week", "datum", "vanaf", "wie", "titel", "kort", "omschrijving", "grondslag",
                 "gemist", "topic", "verplicht", "bron", "redenen")

    def __init__(self, code: str, soort: str, week: int, datum: dt.date, vanaf: dt.date | None, wie: str, titel: str,
                 kort: str, omschrijving: str, grondslag: str, gemist: str, topic: str, verplicht: bool, bron: dict,
                 redenen: tuple[Reden, ...] = ()):
        self.code, self.soort, self.week = code, soort, week  # soort: "wet" or "advies"
        self.datum, self.vanaf = datum, vanaf  # the date (the last day of a window); a window's first day
        self.wie, self.titel, self.kort, self.omschrijving = wie, titel, kort, omschrijving  # kort: figure label
        self.grondslag, self.gemist = grondslag, gemist  # legal basis, what if missed ("" for advice)
        self.topic, self.verplicht, self.bron = topic, verplicht, bron  # topic: the site's topic id (advice)
        self.redenen = redenen  # what moved it from the plain week of the rules, in order

    def __repr__(self) -> str:
        return f"Moment({self.code!r}, {self.datum!r})"

    def reden(self, code: str) -> Reden | None:
        return next((r for r in self.redenen if r.code == code), None)

    def als_json(self) -> dict:
        return {
            "code": self.code, "datum": self.datum.isoformat(), "week": self.week, "soort": self.soort,
            "omschrijving": self.omschrijving, "titel": self.titel, "wie": self.wie,
            "vanaf": self.vanaf.isoformat() if self.vanaf else None, "grondslag": self.grondslag,
            "gemist": self.gemist, "topic": self.topic, "verplicht": self.verplicht,
            "bron": {"titel": self.bron["titel"], "url": self.bron["url"],
                     "opgehaald": self.bron["opgehaald"].isoformat()},
            "redenen": [r.als_json() for r in self.redenen],
        }


def momenten(verzuim: Verzuim, start_spoor_2: dt.date | None = None,
             eerstejaarsevaluatie: dt.date | None = None) -> list[Moment]:
    """All moments of the wachttijd in date order. ``start_spoor_2`` and ``eerstejaarsevaluatie`` are
    the employer's plan: dates entered instead of the weeks of the rules."""
    ingevuld = {"start_spoor_2": start_spoor_2, "eerstejaarsevaluatie": eerstejaarsevaluatie}
    feestdagen = verzuim.regels.feestdagen
    eerder: dict[str, Moment] = {}  # the first moment of each code so far: what later steps count from
    uit: list[tuple[dt.date, int, int, Moment]] = []
    for volgorde, regel in enumerate(stappen(verzuim.eerste_ziektedag, verzuim.verlenging_weken,
                                             verzuim.loonsanctie_weken)):
        for week, datum, vanaf, redenen in _wanneer(regel, verzuim, eerder, ingevuld):
            if regel.get("werkdag") and (soort := soort_dag(datum, feestdagen)):
                redenen.append(Reden("werkdag", soort, regel="feestdagen", van=datum))
                datum = eerste_werkdag(datum, feestdagen)
            if regel.get("dag_na_week"):  # the day after week N lies in a later week: show that one
                week = verzuim.ziekteweek(datum)
            moment = Moment(
                code=f"{regel['code']}-{week}" if "elke" in regel else regel["code"], soort=regel["soort"],
                week=week, datum=datum, vanaf=vanaf, wie=regel["wie"], titel=regel["titel"], kort=regel["kort"],
                omschrijving=regel["omschrijving"], grondslag=regel.get("grondslag", ""),
                gemist=regel.get("gemist", ""), topic=regel.get("topic", ""), verplicht=regel.get("verplicht", True),
                bron=bronnen()[regel["bron"]], redenen=tuple(redenen),
            )
            eerder.setdefault(regel["code"], moment)
            uit.append((datum, week, volgorde, moment))
    return [moment for *_, moment in sorted(uit, key=lambda t: t[:3])]


def _wanneer(regel: dict, verzuim: Verzuim, eerder: dict[str, Moment], ingevuld: dict):
    """(week, date, window start or None, reasons) for each occurrence of a step."""
    invoer = regel.get("invoer")
    if invoer and ingevuld[invoer]:
        datum = ingevuld[invoer]
        yield max(1, verzuim.ziekteweek(datum)), datum, None, [Reden(invoer, datum, invoer=invoer)]
        return
    if "bij" in regel:
        anker = eerder[regel["bij"]]
        yield anker.week, anker.datum, None, list(anker.redenen)
        return
    if "na" in regel:
        anker = eerder[regel["na"]]
        datum = verzuim.na_ziektedagen(anker.datum, 7 * regel["na_weken"])
        ingevoerd = [r for r in anker.redenen if r.code in ingevuld]
        begin = anker.datum if ingevoerd else verzuim.eerste_ziektedag
        if "uiterlijk_week" in regel and datum > (grens := verzuim.laatste_dag(regel["uiterlijk_week"])):
            datum, ingevoerd, begin = grens, [], verzuim.eerste_ziektedag  # a late anchor moves nothing
        yield verzuim.ziekteweek(datum), datum, None, ingevoerd + _herstel(verzuim, begin, datum)
        return
    weken = range(regel["week"], regel["tot_week"] + 1, regel["elke"]) if "elke" in regel else [regel["week"]]
    for week in weken:
        vanaf = verzuim.eerste_dag(regel["vanaf_week"]) if "vanaf_week" in regel else None
        if "vanaf_bij" in regel:
            vanaf = eerder[regel["vanaf_bij"]].datum
        datum = verzuim.eerste_dag(week + 1) if regel.get("dag_na_week") else verzuim.laatste_dag(week)
        redenen = _herstel(verzuim, verzuim.eerste_ziektedag, datum) + [
            Reden(INVOER[naam], waarde, invoer=naam) for naam, waarde in regel["door"]]
        if vanaf and vanaf > datum:  # a window that opens after its end: the moment itself
            vanaf = datum
        anker = eerder.get(regel.get("voor"))
        if anker and anker.reden(regel["voor"]) and datum >= anker.datum:
            datum = anker.datum - DAG
            week, vanaf = max(1, verzuim.ziekteweek(datum)), min(vanaf, datum) if vanaf else None
            redenen = [anker.reden(regel["voor"])]
        yield week, datum, vanaf, redenen


def _herstel(verzuim: Verzuim, begin: dt.date, datum: dt.date) -> list[Reden]:
    """The recovered days between ``begin`` and ``datum`` as a reason, if any."""
    dagen = verzuim.hersteld_tussen(begin, datum)
    return [Reden("herstel", dagen, regel="nieuwe_wachttijd_na_dagen", invoer="hersteld")] if dagen else []
