"""The poortwachter rules: the dated parameters in ``parameters/`` (weeks and days, with their
sources) and the steps in ``poortwachter.toml``, whose weeks and texts name those parameters.

Read when first used, not at import. The rules of a wachttijd are those in force on its first
sick day.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from .. import parameters
from ..data import toml
from ..fouten import InvoerFout
from ..invoer import nl_datum

WEKEN = ("week", "vanaf_week", "elke", "tot_week")  # fields of a step that are weeks
TEKSTEN = ("titel", "kort", "omschrijving", "grondslag", "gemist", "wie")  # fields that are texts


def regels_op(datum: dt.date) -> parameters.Geldend:
    """The parameters in force on the first sick day ``datum``: ``regels_op(d).wachttijd_weken``.
    Before the first rules (the Wet verbetering poortwachter) an InvoerFout for that field."""
    try:
        return parameters.op(__package__, datum)
    except LookupError:
        eerste = nl_datum(parameters.eerste_datum(__package__))
        raise InvoerFout(f"Deze rekenhulp kent de regels vanaf {eerste}. Vul een eerste ziektedag in vanaf "
                         f"{eerste}.", "eerste_ziektedag") from None


@cache
def _bestand() -> dict:
    return toml(__package__, "poortwachter.toml")


def bronnen() -> dict[str, dict]:
    """The sources of the steps, by key: title, URL, kind, check and retrieval date."""
    return _bestand()["bronnen"]


@cache
def stappen(datum: dt.date) -> tuple[dict, ...]:
    """Every step and advice moment as in ``poortwachter.toml``, with its weeks computed and its
    texts filled in from the rules in force on the first sick day ``datum``."""
    r = regels_op(datum)
    return tuple({**stap, **{veld: parameters.uitrekenen(stap[veld], r) for veld in WEKEN if veld in stap},
                  **{veld: parameters.invullen(stap[veld], r) for veld in TEKSTEN if "{" in stap.get(veld, "")}}
                 for stap in _bestand()["moment"])
