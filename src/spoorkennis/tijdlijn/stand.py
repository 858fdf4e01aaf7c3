"""Where someone stands today: the sick week, the next legal step, what is overdue."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from .momenten import Moment
from .weken import Verzuim


class Stand(NamedTuple):
    """Where the person is today in the wachttijd."""

    vandaag: dt.date
    week: int  # 0 before the first sick day
    hersteld: bool  # today falls in a recovery period
    voorbij: bool  # the wachttijd has ended
    volgende: Moment | None  # the next required legal step
    verlopen: tuple[Moment, ...]  # required legal steps whose date has passed
    lopend: tuple[Moment, ...]  # required legal steps whose window is open today

    def als_json(self) -> dict:
        return {"vandaag": self.vandaag.isoformat(), "week": self.week, "hersteld": self.hersteld,
                "voorbij": self.voorbij,
                "volgende": self.volgende.code if self.volgende else None,
                "verlopen": [moment.code for moment in self.verlopen],
                "lopend": [moment.code for moment in self.lopend]}


def stand(verzuim: Verzuim, lijst: list[Moment], vandaag: dt.date) -> Stand:
    stappen = [m for m in lijst if m.soort == "wet" and m.verplicht]
    voorbij = vandaag > verzuim.einde_wachttijd
    return Stand(
        vandaag=vandaag,
        week=verzuim.ziekteweek(vandaag),
        hersteld=verzuim.hersteld_op(vandaag),
        voorbij=voorbij,
        volgende=next((m for m in stappen if m.datum >= vandaag), None),
        verlopen=() if voorbij else tuple(m for m in stappen if m.datum < vandaag),
        lopend=tuple(m for m in stappen if m.vanaf and m.vanaf <= vandaag <= m.datum),
    )
