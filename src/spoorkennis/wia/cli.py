"""The WIA calculator's command-line text: the summary, your months, each outcome by period, the rules.

The options come from the form's declaration (``tool.py``, ``spoorkennis.cli``).
"""

from __future__ import annotations

from ..invoer import euro
from .berekening import Uitkomst
from .uitleg import DISCLAIMER, besluit, regels, samenvatting, stappen


def tabel(u: Uitkomst) -> str:
    """A readable Dutch text version: summary, your months, each outcome by period, the rules."""
    regels_ = [*samenvatting(u), "", f"Uw verwachting: {u.uitkomst}", f"{'maand':>5}  {'soort':<6} {'uitkering':>13}"]
    regels_ += [f"{m.wia_maand:>5}  {m.soort:<6} {euro(m.uitkering):>13}" for m in u.eigen.wia]
    for s in u.scenarios:
        regels_ += ["", f"{s.titel} ({s.uitkomst})", s.aanname, *(f"  {stap}" for stap in stappen(s))]
    regels_ += ["", "Hoe wij rekenen:", *(f"- {r}" for r in regels(u)), "", DISCLAIMER, besluit(u)]
    return "\n".join(regels_)
