"""Sick weeks and samentelling: which calendar date is which day of the wachttijd.

Week 1 begins on the first sick day. A recovery (``Herstel``) runs from its first healthy day
``van`` up to ``tot``, the first day of illness again. A short recovery pauses the count (every
deadline moves by the days recovered); a long one starts a new wachttijd on ``tot``.

Plain classes, not NamedTuples: defining a NamedTuple costs a page in the browser about a millisecond.
"""

from __future__ import annotations

import datetime as dt

from .. import parameters
from .regels import regels_op


class Herstel:
    """A recovery inside the wachttijd: from ``van`` (the first day recovered) until ``tot``, the
    first day of illness again."""

    __slots__ = ("van", "tot")

    def __init__(self, van: dt.date, tot: dt.date):
        self.van, self.tot = van, tot

    def __repr__(self) -> str:
        return f"Herstel({self.van!r}, {self.tot!r})"

    @property
    def dagen(self) -> int:
        return (self.tot - self.van).days


class Verzuim:
    """One wachttijd: its first sick day and the short recoveries inside it."""

    __slots__ = ("eerste_ziektedag", "onderbrekingen")

    def __init__(self, eerste_ziektedag: dt.date, onderbrekingen: tuple[Herstel, ...] = ()):
        self.eerste_ziektedag, self.onderbrekingen = eerste_ziektedag, onderbrekingen

    def __repr__(self) -> str:
        return f"Verzuim({self.eerste_ziektedag!r}, {self.onderbrekingen!r})"

    def datum(self, ziektedag: int) -> dt.date:
        """Calendar date of sick day ``ziektedag`` (0 is the first sick day)."""
        datum = self.eerste_ziektedag + dt.timedelta(days=ziektedag)
        for herstel in self.onderbrekingen:
            if herstel.van <= datum:
                datum += dt.timedelta(days=herstel.dagen)
        return datum

    def eerste_dag(self, week: int) -> dt.date:
        return self.datum(7 * (week - 1))

    def laatste_dag(self, week: int) -> dt.date:
        return self.datum(7 * week - 1)

    @property
    def regels(self) -> parameters.Geldend:
        """The poortwachter rules of this wachttijd (those in force on its first sick day)."""
        return regels_op(self.eerste_ziektedag)

    @property
    def einde_wachttijd(self) -> dt.date:
        """The last day of the wachttijd."""
        return self.laatste_dag(self.regels.wachttijd_weken)

    def hersteld_op(self, datum: dt.date) -> bool:
        return any(h.van <= datum < h.tot for h in self.onderbrekingen)

    def ziektedagen(self, datum: dt.date) -> int:
        """Sick days before ``datum`` in this wachttijd (recovered days do not count)."""
        if datum <= self.eerste_ziektedag:
            return 0
        hersteld = sum((min(datum, h.tot) - h.van).days for h in self.onderbrekingen if h.van < datum)
        return (datum - self.eerste_ziektedag).days - hersteld

    def ziekteweek(self, datum: dt.date) -> int:
        """The sick week ``datum`` falls in (0 before the first sick day; during a recovery the
        week of the last sick day before it)."""
        if datum < self.eerste_ziektedag:
            return 0
        if self.hersteld_op(datum):
            return (self.ziektedagen(datum) - 1) // 7 + 1
        return self.ziektedagen(datum) // 7 + 1

def controleer(eerste_ziektedag: dt.date, perioden: list[Herstel | None]) -> list[tuple[int, str, str]]:
    """Problems with the recovery periods as (index, "van" or "tot", Dutch message)."""
    fouten = []
    vorige: Herstel | None = None
    for index, herstel in enumerate(perioden):
        if herstel is None:
            continue
        if herstel.van <= eerste_ziektedag:
            fouten.append((index, "van", "De eerste hersteldag moet na de eerste ziektedag liggen."))
        elif herstel.tot <= herstel.van:
            fouten.append((index, "tot", "De nieuwe ziektedag moet na de eerste hersteldag liggen."))
        elif vorige is not None and herstel.van < vorige.tot:
            fouten.append((index, "van", "Deze hersteldperiode overlapt met de vorige, of staat niet in volgorde. "
                                         "Zet de perioden op volgorde en laat ze niet overlappen."))
        else:
            vorige = herstel
    return fouten


def samentelling(eerste_ziektedag: dt.date, perioden: list[Herstel]) -> Verzuim:
    """The current wachttijd: short recoveries add up, a long one starts a new wachttijd.

    ``perioden`` must be checked with ``controleer`` first (in order, not overlapping)."""
    start, kort = eerste_ziektedag, []
    grens = regels_op(eerste_ziektedag).nieuwe_wachttijd_na_dagen
    for herstel in perioden:
        if herstel.dagen >= grens:
            start, kort = herstel.tot, []
        else:
            kort.append(herstel)
    return Verzuim(start, tuple(kort))
