"""The command-line text of ``python -m spoorkennis tijdlijn``: every poortwachter step from the first
sick day. The options come from the form's declaration (``tool.py``, ``spoorkennis.cli``)."""

from __future__ import annotations

from .. import invoer
from .plan import Uitkomst
from .uitleg import waarom


def tekst(uitkomst: Uitkomst) -> str:
    """The end of the wachttijd, today's week and next step, every step by date (with why, when it
    moved), the warnings."""
    regels = [f"Eerste ziektedag van deze wachttijd: {invoer.nl_datum(uitkomst.verzuim.eerste_ziektedag)}",
              f"Einde wachttijd (laatste dag van {uitkomst.verzuim.weken} weken): "
              f"{invoer.nl_datum(uitkomst.verzuim.einde_wachttijd)}"]
    nu = uitkomst.stand
    if nu.volgende and not nu.voorbij:
        regels.append(f"Vandaag ({invoer.nl_datum(nu.vandaag)}): week {nu.week}; volgende stap: {nu.volgende.titel}, "
                      f"uiterlijk {invoer.nl_datum(nu.volgende.datum)}")
    regels.append("")
    for m in uitkomst.momenten:
        regels.append(f"{m.datum.isoformat()}  week {m.week:>3}  {'advies' if m.soort == 'advies' else 'wet   '}  "
                      f"{m.titel} ({m.wie})")
        if m.redenen:
            regels.append(f"{'':>22}{waarom(m)}")
    for w in uitkomst.waarschuwingen:
        regels.append(f"\nLet op: {w.tekst}\nWat te doen: {w.werkgever}")
    return "\n".join(regels) + "\n"
