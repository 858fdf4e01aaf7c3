"""The poortwachter rules: the dated parameters in ``parameters/`` (weeks, days and public holidays,
with their sources) and the steps in ``poortwachter.toml``, whose weeks and texts name those
parameters and the two inputs that lengthen the wachttijd (``INVOER``).

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

WEKEN = ("week", "vanaf_week", "elke", "tot_week", "na_weken", "uiterlijk_week")  # fields of a step that are weeks
TEKSTEN = ("titel", "kort", "omschrijving", "grondslag", "gemist", "wie")  # fields that are texts
# The inputs a step's week or text may name, with the code of the reason they give in the trace.
INVOER = {"verlenging_weken": "verlenging", "loonsanctie_weken": "loonsanctie"}


def regels_op(datum: dt.date) -> parameters.Geldend:
    """The parameters in force on the first sick day ``datum``: ``regels_op(d).wachttijd_weken``.
    Before the first rules (the wachttijd of 104 weeks) an InvoerFout for that field."""
    try:
        return parameters.op(__package__, datum)
    except LookupError:
        wachttijd = parameters.van(__package__)["wachttijd_weken"].waarden[0]
        raise InvoerFout(f"Deze rekenhulp rekent met een wachttijd van {wachttijd.waarde} weken. Die geldt als de "
                         f"ziekte op of na {nl_datum(wachttijd.begin)} begon. Voor ziekte die eerder begon, golden "
                         f"andere regels. Vul een eerste ziektedag in vanaf "
                         f"{nl_datum(parameters.eerste_datum(__package__))}.", "eerste_ziektedag") from None


@cache
def _bestand() -> dict:
    return toml(__package__, "poortwachter.toml")


def bronnen() -> dict[str, dict]:
    """The sources of the steps, by key: title, URL, kind, check and retrieval date."""
    return _bestand()["bronnen"]


@cache
def stappen(datum: dt.date, verlenging_weken: int = 0, loonsanctie_weken: int = 0) -> tuple[dict, ...]:
    """Every step and advice moment as in ``poortwachter.toml`` that applies, with its weeks computed
    and its texts filled in from the rules in force on the first sick day ``datum`` and the inputs.
    ``door``: the inputs (name, value) that moved the step's week. A step with ``als`` applies only
    when that input is more than 0, one with ``tenzij`` only when it is 0."""
    waarden = {**regels_op(datum).velden(), "verlenging_weken": verlenging_weken,
               "loonsanctie_weken": loonsanctie_weken}
    uit = []
    for stap in _bestand()["moment"]:
        if ("als" in stap and not waarden[stap["als"]]) or ("tenzij" in stap and waarden[stap["tenzij"]]):
            continue
        uit.append({**stap,
                    **{veld: parameters.uitrekenen(stap[veld], waarden) for veld in WEKEN if veld in stap},
                    **{veld: parameters.invullen(stap[veld], waarden) for veld in TEKSTEN if "{" in stap.get(veld, "")},
                    "door": tuple((naam, waarden[naam]) for naam in _namen(stap.get("week", 0))
                                  if naam in INVOER and waarden[naam])})
    return tuple(uit)


def weken(datum: dt.date, verlenging_weken: int = 0, loonsanctie_weken: int = 0) -> int:
    """How many sick weeks the wachttijd lasts, extensions included: the week of its last step."""
    return next(s["week"] for s in stappen(datum, verlenging_weken, loonsanctie_weken) if s["code"] == "einde-wachttijd")


def _namen(expressie: str | int) -> list[str]:
    """The names in a sum of ``poortwachter.toml`` ("wachttijd_weken + verlenging_weken")."""
    if isinstance(expressie, int):
        return []
    return [deel.partition(".")[0] for deel in expressie.replace("+", " ").replace("-", " ").split()
            if not deel.isdigit()]
