"""Why a moment falls on its date, in Dutch, made from its trace (``Moment.redenen``) alone: the
page, the command line and the calendar file say the same, and no text restates a rule."""

from __future__ import annotations

import datetime as dt

from ..invoer import nl_datum
from .momenten import Moment, Reden
from .regels import regels_op
from .werkdagen import dag_datum
from .weken import Verzuim

# Recoveries as the timeline counts them do not cover pregnancy: shown with every result that counts them.
ZWANGERSCHAP = ("Ziek door zwangerschap of bevalling? Ziekte direct voor en direct na het zwangerschaps- en "
                "bevallingsverlof telt samen. Dat is alleen anders als duidelijk is dat de ziekte na het verlof een "
                "andere oorzaak heeft. Het verlof zelf telt niet als ziekte. Deze "
                "rekenhulp rekent dat niet voor u uit: vul het verlof niet in als hersteldperiode. Vraag de "
                "bedrijfsarts of UWV om de juiste data.")


def reden(r: Reden, m: Moment) -> str:
    """One reason as a sentence."""
    if r.code == "herstel":
        return f"{_aantal(r.waarde, 'dag', 'dagen')} later door herstel tussendoor: de ziekteperioden tellen samen."
    if r.code == "verlenging":
        return f"{_aantal(r.waarde, 'week', 'weken')} later door de vrijwillige verlenging van de loondoorbetaling."
    if r.code == "loonsanctie":
        return f"{_aantal(r.waarde, 'week', 'weken')} later door de loonsanctie van UWV."
    if r.code == "start_spoor_2":
        return "Op de geplande start van spoor 2 die u invulde."
    if r.code == "eerstejaarsevaluatie":
        if m.code == r.code:
            return "Dit is de datum die u invulde."
        if m.datum < r.waarde:
            return f"Voor de eerstejaarsevaluatie op {nl_datum(r.waarde)}."
        return f"Gerekend vanaf de eerstejaarsevaluatie op {nl_datum(r.waarde)}."
    if r.code == "werkdag":
        soort = "een feestdag" if r.waarde == "feestdag" else "geen werkdag"
        return f"De termijn viel op {dag_datum(r.van)}. Dat is {soort}. Daarom geldt de eerstvolgende werkdag."
    raise ValueError(f"onbekende reden {r.code!r}")


def waarom(m: Moment) -> str:
    """Every reason of a moment, in the order they moved it; '' when the plain week of the rules holds."""
    return " ".join(reden(r, m) for r in m.redenen)


def samentelling(opgegeven: dt.date, verzuim: Verzuim, einde: Moment) -> list[str]:
    """How the recoveries counted: a new wachttijd after a long one (the first sick day entered was
    ``opgegeven``), every later term moved by the short ones (the trace of the end, ``einde``)."""
    regels = []
    tussen = _duur(regels_op(opgegeven).nieuwe_wachttijd_na_dagen)
    if verzuim.eerste_ziektedag != opgegeven:
        regels.append(f"Er zat {tussen} of langer tussen twee ziekteperioden. Daarom begon op "
                      f"{nl_datum(verzuim.eerste_ziektedag)} een nieuwe wachttijd van "
                      f"{verzuim.regels.wachttijd_weken} weken.")
    herstel = einde.reden("herstel")
    if herstel:
        regels.append(f"De ziekteperioden tellen samen, want er zat steeds minder dan {tussen} tussen. "
                      f"De termijnen na een herstel schuiven op, samen {_aantal(herstel.waarde, 'dag', 'dagen')}.")
    return regels


def _duur(dagen: int) -> str:
    """'4 weken' for 28 days, '30 dagen' for a number of days that is no whole number of weeks."""
    weken, rest = divmod(dagen, 7)
    return f"{weken} weken" if not rest else f"{dagen} dagen"


def _aantal(n: int, een: str, meer: str) -> str:
    return f"{n} {een if n == 1 else meer}"
