"""The result of "In welke week van het verzuim zit ik?" (tool ``verzuimweek``): the sick week, the
end of the wachttijd, and the next legal step, with recoveries counted as in the timeline."""

from __future__ import annotations

import datetime as dt

from .. import invoer
from ..markup import escape
from .momenten import momenten
from .stand import stand
from .uitleg import ZWANGERSCHAP, samentelling
from .weken import Herstel, Verzuim
from .weken import samentelling as tel_samen


def verzuimweek(opgegeven: dt.date, hersteld: list[Herstel], vandaag: dt.date,
                sinds: dt.date | None = None) -> dict:
    """The sick week on ``vandaag``, the end of the wachttijd and the next step, as HTML; or, for
    someone recovered ``sinds`` a day and not ill again, where the count stands. ``hersteld`` must
    have passed ``weken.controleer``."""
    verzuim = tel_samen(opgegeven, hersteld)
    eerste, lijst = verzuim.eerste_ziektedag, momenten(verzuim)
    if sinds is not None:
        regels = _nog_hersteld(verzuim, sinds, vandaag) + samentelling(
            opgegeven, verzuim, next(m for m in lijst if m.code == "einde-wachttijd"))
        html = "".join(f"<p>{regel}</p>" for regel in regels) + f'<p class="sk-noot">{ZWANGERSCHAP}</p>'
        return {"html": f'<div class="sk-verzuimweek">{html}</div>'}
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


def _nog_hersteld(verzuim: Verzuim, sinds: dt.date, vandaag: dt.date) -> list[str]:
    """Recovered since ``sinds`` and not ill again: the week the count stands still in, and until
    when an illness would count on (shorter than the gap that starts a new wachttijd)."""
    grens, weken = verzuim.regels.nieuwe_wachttijd_na_dagen, verzuim.regels.wachttijd_weken
    dagen = verzuim.ziektedagen(sinds)  # sick days before the recovery
    week, volgende = (dagen - 1) // 7 + 1, dagen // 7 + 1
    laatste = sinds + dt.timedelta(days=grens - 1)  # ill again on this day: the periods still add up
    tussen = f"{grens // 7} weken" if grens % 7 == 0 else f"{grens} dagen"
    if sinds > verzuim.einde_wachttijd:
        return [f"De wachttijd van {weken} weken was al voorbij op {invoer.nl_datum(verzuim.einde_wachttijd)}, voor "
                "uw herstel. Wordt u weer ziek? Dan begint een nieuwe wachttijd."]
    if laatste < vandaag:
        return [f"U bent sinds {invoer.nl_datum(sinds)} hersteld: {tussen} of langer. Het verzuim tot dan telt "
                "niet meer mee.",
                f"Wordt u weer ziek? Dan begint een nieuwe wachttijd van {weken} weken. De nieuwe ziektedag is dan "
                "de eerste dag van week 1."]
    return [f"U bent sinds {invoer.nl_datum(sinds)} hersteld. De teller staat stil in <strong>week {week}</strong>.",
            f"Wordt u uiterlijk op {invoer.nl_datum(laatste)} weer ziek? Dan tellen de ziekteperioden samen. De "
            f"nieuwe ziektedag valt dan in week {volgende}. Alle termijnen schuiven op met de dagen dat u hersteld "
            "was.",
            f"Wordt u later ziek? Dan was u {tussen} of langer hersteld. Er begint dan een nieuwe wachttijd van "
            f"{weken} weken."]
