"""The result of "In welke week van het verzuim zit ik?" (tool ``verzuimweek``): the sick week, the
end of the wachttijd, and the next legal step, with recoveries counted as in the timeline."""

from __future__ import annotations

import datetime as dt

from .. import invoer
from ..markup import escape
from .momenten import momenten
from .stand import stand
from .uitleg import ZWANGERSCHAP, samentelling
from .weken import Herstel
from .weken import samentelling as tel_samen


def verzuimweek(opgegeven: dt.date, hersteld: list[Herstel], vandaag: dt.date) -> dict:
    """The sick week on ``vandaag``, the end of the wachttijd and the next step, as HTML.
    ``hersteld`` must have passed ``weken.controleer``."""
    verzuim = tel_samen(opgegeven, hersteld)
    eerste, lijst = verzuim.eerste_ziektedag, momenten(verzuim)
    nu = stand(verzuim, lijst, vandaag)
    einde = invoer.nl_datum(verzuim.einde_wachttijd)
    weken = verzuim.regels.wachttijd_weken
    if eerste > vandaag:
        regels = [f"De eerste ziektedag ({invoer.nl_datum(eerste)}) ligt in de toekomst. "
                  "Er is nog geen ziekteweek. Kijk de datum na.",
                  f"Als de ziekte dan begint, eindigt de wachttijd van {weken} weken op {einde}."]
    elif nu.voorbij:
        regels = [f"De wachttijd van {weken} weken is voorbij. De laatste dag was {einde}.",
                  "De loondoorbetaling bij ziekte is gestopt, tenzij UWV een loonsanctie oplegde. "
                  "Een WIA-uitkering begint na de wachttijd, als UWV die toekent."]
    elif nu.hersteld:
        regels = [f"Vandaag ({invoer.nl_datum(vandaag)}) valt in een hersteldperiode. De teller staat stil in "
                  f"<strong>week {nu.week}</strong>.",
                  f"De wachttijd van {weken} weken eindigt op <strong>{einde}</strong>."]
    else:
        regels = [f"Vandaag ({invoer.nl_datum(vandaag)}) is het <strong>week {nu.week}</strong> van het verzuim.",
                  f"De wachttijd van {weken} weken eindigt op <strong>{einde}</strong>."]
    regels += samentelling(opgegeven, verzuim, next(m for m in lijst if m.code == "einde-wachttijd"))
    if nu.volgende is not None and eerste <= vandaag:
        stap = nu.volgende
        regels.append(f"Volgende stap: <strong>{escape(stap.titel)}</strong>, uiterlijk "
                      f"{invoer.nl_datum(stap.datum)} (week {stap.week}). {escape(stap.omschrijving)}")
    html = "".join(f"<p>{regel}</p>" for regel in regels)
    if hersteld:
        html += f'<p class="sk-noot">{ZWANGERSCHAP}</p>'  # a leave entered as a recovery would count wrongly
    return {"html": f'<div class="sk-verzuimweek">{html}</div>'}

