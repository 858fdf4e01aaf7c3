"""Working days: not a Saturday, a Sunday or a public holiday (the parameter ``feestdagen``, a dated
list with its source). A date the holiday data does not reach is an error, never a guess."""

from __future__ import annotations

import datetime as dt

from ..fouten import InvoerFout
from ..invoer import nl_datum

DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
ZATERDAG = DAGEN.index("zaterdag")


def dag_datum(datum: dt.date) -> str:
    """'maandag 26 oktober 2026'."""
    return f"{DAGEN[datum.weekday()]} {nl_datum(datum)}"


def soort_dag(datum: dt.date, feestdagen: tuple[dt.date, ...]) -> str | None:
    """'zaterdag', 'zondag' or 'feestdag' for a day that is no working day; None for a working day.
    InvoerFout when the holiday data does not cover ``datum``."""
    if not dt.date(feestdagen[0].year, 1, 1) <= datum <= dt.date(feestdagen[-1].year, 12, 31):  # whole years
        raise InvoerFout(f"De rekenhulp kent de feestdagen van {feestdagen[0].year} tot en met "
                         f"{feestdagen[-1].year}. Een termijn valt op {nl_datum(datum)}. Daarom kan de rekenhulp "
                         "niet zeggen welke werkdag het wordt. Kijk de eerste ziektedag na.", "eerste_ziektedag")
    if datum.weekday() >= ZATERDAG:
        return DAGEN[datum.weekday()]
    return "feestdag" if datum in feestdagen else None


def eerste_werkdag(datum: dt.date, feestdagen: tuple[dt.date, ...]) -> dt.date:
    """``datum`` itself if it is a working day, else the first working day after it."""
    while soort_dag(datum, feestdagen):
        datum += dt.timedelta(days=1)
    return datum
