"""Sick weeks and samentelling: which calendar date is which day of the wachttijd.

Week 1 begins on the first sick day. A recovery (``Herstel``) runs from its first healthy day
``van`` up to ``tot``, the first day of illness again. A short recovery pauses the count (every
deadline moves by the days recovered); a long one starts a new wachttijd on ``tot``. A voluntary
extension (``verlenging_weken``) and a loonsanctie (``loonsanctie_weken``) make the wachttijd longer.

Plain classes, not NamedTuples: defining a NamedTuple costs a page in the browser about a millisecond.
"""

from __future__ import annotations

import datetime as dt

from .. import invoer, parameters
from . import regels as _regels
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
    """One wachttijd: its first sick day, the short recoveries inside it and its extensions in weeks."""

    __slots__ = ("eerste_ziektedag", "onderbrekingen", "verlenging_weken", "loonsanctie_weken")

    def __init__(self, eerste_ziektedag: dt.date, onderbrekingen: tuple[Herstel, ...] = (),
                 verlenging_weken: int = 0, loonsanctie_weken: int = 0):
        self.eerste_ziektedag, self.onderbrekingen = eerste_ziektedag, onderbrekingen
        self.verlenging_weken, self.loonsanctie_weken = verlenging_weken, loonsanctie_weken

    def __repr__(self) -> str:
        return (f"Verzuim({self.eerste_ziektedag!r}, {self.onderbrekingen!r}, {self.verlenging_weken!r}, "
                f"{self.loonsanctie_weken!r})")

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
    def weken(self) -> int:
        """The sick weeks of this wachttijd, extensions included."""
        return _regels.weken(self.eerste_ziektedag, self.verlenging_weken, self.loonsanctie_weken)

    @property
    def einde_wachttijd(self) -> dt.date:
        """The last day of the wachttijd, extensions included."""
        return self.laatste_dag(self.weken)

    def hersteld_op(self, datum: dt.date) -> bool:
        return any(h.van <= datum < h.tot for h in self.onderbrekingen)

    def hersteld_tussen(self, begin: dt.date, eind: dt.date) -> int:
        """Recovered days from ``begin`` up to (not including) ``eind``."""
        return sum(max(0, (min(eind, h.tot) - max(begin, h.van)).days) for h in self.onderbrekingen)

    def na_ziektedagen(self, datum: dt.date, dagen: int) -> dt.date:
        """The date ``dagen`` sick days after ``datum`` (recovered days do not count)."""
        return self.datum(self.ziektedagen(datum) + dagen)

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

def controleer(eerste_ziektedag: dt.date, perioden: list[Herstel | None], verlenging_weken: int = 0,
               loonsanctie_weken: int = 0) -> list[tuple[int, str, str]]:
    """Problems with the recovery periods as (index, "van" or "tot", Dutch message): out of order,
    overlapping, or after the end of the wachttijd."""
    fouten = []
    goed: list[Herstel] = []
    for index, herstel in enumerate(perioden):
        if herstel is None:
            continue
        einde = samentelling(eerste_ziektedag, goed, verlenging_weken, loonsanctie_weken).einde_wachttijd
        if herstel.van <= eerste_ziektedag:
            fouten.append((index, "van", "De eerste hersteldag moet na de eerste ziektedag liggen."))
        elif herstel.tot <= herstel.van:
            fouten.append((index, "tot", "De nieuwe ziektedag moet na de eerste hersteldag liggen."))
        elif goed and herstel.van < goed[-1].tot:
            fouten.append((index, "van", "Deze hersteldperiode overlapt met de vorige, of staat niet in volgorde. "
                                         "Zet de perioden op volgorde en laat ze niet overlappen."))
        elif herstel.van > einde:
            fouten.append((index, "van", f"De wachttijd eindigt op {invoer.nl_datum(einde)}. Deze hersteldperiode "
                                         "begint later. Vul alleen herstel binnen de wachttijd in."))
        else:
            goed.append(herstel)
    return fouten


def samentelling(eerste_ziektedag: dt.date, perioden: list[Herstel], verlenging_weken: int = 0,
                 loonsanctie_weken: int = 0) -> Verzuim:
    """The current wachttijd: short recoveries add up, a long one starts a new wachttijd.

    ``perioden`` must be checked with ``controleer`` first (in order, not overlapping)."""
    start, kort = eerste_ziektedag, []
    grens = regels_op(eerste_ziektedag).nieuwe_wachttijd_na_dagen
    for herstel in perioden:
        if herstel.dagen >= grens:
            start, kort = herstel.tot, []
        else:
            kort.append(herstel)
    return Verzuim(start, tuple(kort), verlenging_weken, loonsanctie_weken)
