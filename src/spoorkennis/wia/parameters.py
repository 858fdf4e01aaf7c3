"""The WIA's legal amounts and percentages: the dated parameters in ``parameters/`` (one TOML file
each, read by ``spoorkennis.parameters``), as in force on the peildatum.

A new parameter is one file in ``parameters/``; the calculation reads it as ``regels.<naam>``.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from .. import parameters as generiek
from ..parameters import SOORTEN, Parameter, ParameterFout, Waarde, lees  # noqa: F401  (this module's API)

# The order of the sources in a result (the order in which the explanation uses them; the timeline's
# wachttijd and letter weeks too); parameters not named here follow in name order.
VOLGORDE = ("maximum_dagloon", "maandloon_factor", "wachttijd_weken", "loondoorbetaling_percentage",
            "loondoorbetaling_na_aow", "minimumloon_weken", "minimumuurloon", "weken_per_maand", "minimumloon_volwassen_vanaf",
            "minimumloon_jeugd", "referentieminimumloon", "wga_grens", "volledig_grens", "wekeneis",
            "lgu_percentage_start", "lgu_maanden_start", "lgu_percentage", "lgu_duur", "lau_percentage",
            "inkomenseis", "vvu_percentages", "iva_percentage", "iva_korting_inkomsten", "ww_uitkering",
            "ww_ziekte_weken", "aow_leeftijd", "aow_leeftijd_onbekend_vanaf", "brief_uwv_week",
            "wia_aanvraag_uiterlijk_week")


class Regels(generiek.Geldend):
    """All WIA parameters as in force on one date (the peildatum): ``r.<naam>`` is the typed value."""

    __slots__ = ()

    @property
    def maximum_maandloon(self) -> Decimal:
        return (self.maximum_dagloon * self.maandloon_factor).quantize(Decimal("0.01"), ROUND_HALF_UP)


@cache
def alle() -> dict[str, Parameter]:
    """Every WIA parameter by name, in the order of ``VOLGORDE``."""
    params = generiek.van(__package__)
    plek = {naam: i for i, naam in enumerate(VOLGORDE)}
    return {naam: params[naam] for naam in sorted(params, key=lambda n: (plek.get(n, len(plek)), n))}


def eerste_datum() -> dt.date:
    """The first date on which every parameter has a value."""
    return generiek.eerste_datum(__package__)


@cache
def regels_op(datum: dt.date) -> Regels:
    """All parameters in force on ``datum``; LookupError before ``eerste_datum()``."""
    return Regels(datum, tuple((p, p.op(datum)) for p in alle().values()))
