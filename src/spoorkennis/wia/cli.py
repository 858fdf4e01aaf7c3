"""The WIA calculator's command-line text: the warnings, the summary, your months, each outcome by
period, the rules, what the tool leaves out.

The options come from the form's declaration (``tool.py``, ``spoorkennis.cli``).
"""

from __future__ import annotations

from ..invoer import euro
from .berekening import Uitkomst
from .uitleg import (DISCLAIMER, aanname, besluit, niet_berekend, regels, samenvatting, stappen, titel, uitkomst_label,
                     waarschuwingen)


def tabel(u: Uitkomst) -> str:
    """A readable Dutch text version of the whole result."""
    regels_ = [f"Let op: {w}" for w in waarschuwingen(u)]
    regels_ += [*samenvatting(u), "", f"Uw verwachting: {uitkomst_label(u, u.uitkomst)}",
                f"{'maand':>5}  {'soort':<6} {'uitkering':>13}"]
    regels_ += [f"{m.wia_maand:>5}  {m.soort:<6} {euro(m.uitkering):>13}" for m in u.eigen.wia]
    for s in u.scenarios:
        regels_ += ["", f"{titel(s)} ({uitkomst_label(u, s.uitkomst)})", aanname(s),
                    *(f"  {stap}" for stap in stappen(s))]
    regels_ += ["", "Hoe wij rekenen:", *(f"- {r}" for r in regels(u))]
    regels_ += ["", "Wat deze berekening niet laat zien:", *(f"- {tekst}" for tekst, _, _ in niet_berekend(u))]
    regels_ += ["", DISCLAIMER, besluit(u)]
    return "\n".join(regels_)
