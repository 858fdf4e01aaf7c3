""""In welke week van het verzuim zit ik?": the first sick day and any recoveries in, the sick week
and the next step out. The recoveries count as in the timeline (its rows and checks)."""

from __future__ import annotations

from ..fouten import Verzamelaar
from ..invoer import nl_datum
from ..tijdlijn import herstel
from ..tijdlijn.verzuimweek_web import verzuimweek
from ..tools import Tool
from ..velden import Datum, Waarden


def controle(w: Waarden, fouten: Verzamelaar) -> None:
    """As the timeline's, but the last period may be open: recovered now, not ill again yet."""
    herstel.controle(w, fouten, open_mag=True)


def functie(w: Waarden) -> dict:
    fouten = Verzamelaar()
    eerste, open_ = w["eerste_ziektedag"], herstel.open_rij(w)
    hersteld = herstel.perioden(w, fouten, eerste)
    for rij in w["hersteld"]:  # which week it is now: a relapse still to come cannot count yet
        if rij["tot"] and rij["tot"] > w.vandaag:
            fouten.voeg_toe(rij.veld("tot"), f"De nieuwe ziektedag ({nl_datum(rij['tot'])}) ligt na vandaag. Vul "
                                             "alleen een hersteldperiode in die al voorbij is.")
    sinds = open_["van"] if open_ else None
    if sinds is not None and sinds > w.vandaag:
        fouten.voeg_toe(open_.veld("van"), f"De eerste hersteldag ({nl_datum(sinds)}) ligt na vandaag. Vul een dag "
                                           "in die al voorbij is.")
    elif sinds is not None and (sinds <= eerste or any(rij["tot"] and rij["tot"] > sinds for rij in w["hersteld"])):
        fouten.voeg_toe(open_.veld("van"), "Een periode zonder nieuwe ziektedag is de laatste: u bent nu hersteld. "
                                           "Deze hersteldag moet na de eerste ziektedag en na de andere perioden "
                                           "liggen.")
    fouten.controleer()
    return verzuimweek(eerste, hersteld, w.vandaag, sinds)


TOOL = Tool(
    naam="verzuimweek", titel="in welke week van het verzuim u zit, en de volgende stap",
    velden=(Datum("eerste_ziektedag", "Eerste ziektedag", in_zin="de eerste ziektedag", verplicht=True,
                  hint="De eerste dag dat u (of uw werknemer) ziek was. Bijvoorbeeld 5-1-2026.",
                  cli="eerste ziektedag, bijvoorbeeld 5-1-2026"),
            herstel.rijen("Was u (of uw werknemer) tussendoor een tijd hersteld?", aantal=2,
                          extra="Nu nog hersteld? Laat de dag waarop de ziekte weer begon dan leeg.")),
    voorbeeld={"eerste_ziektedag": "5-1-2026", "hersteld_van_1": "", "hersteld_tot_1": "", "_vandaag": "2026-03-02"},
    functie=functie, controle=controle,
    prefix="vw",
)
