""""In welke week van het verzuim zit ik?": the first sick day and any recoveries in, the sick week
and the next step out. The recoveries count as in the timeline (its rows and checks)."""

from __future__ import annotations

from ..fouten import Verzamelaar
from ..invoer import nl_datum
from ..tijdlijn import herstel
from ..tijdlijn.verzuimweek_web import verzuimweek
from ..tools import Tool
from ..velden import Datum, Waarden


def functie(w: Waarden) -> dict:
    fouten = Verzamelaar()
    hersteld = herstel.perioden(w, fouten, w["eerste_ziektedag"])
    for rij in w["hersteld"]:  # which week it is now: a relapse still to come cannot count yet
        if rij["tot"] and rij["tot"] > w.vandaag:
            fouten.voeg_toe(rij.veld("tot"), f"De nieuwe ziektedag ({nl_datum(rij['tot'])}) ligt na vandaag. Vul "
                                             "alleen een hersteldperiode in die al voorbij is.")
    fouten.controleer()
    return verzuimweek(w["eerste_ziektedag"], hersteld, w.vandaag)


TOOL = Tool(
    naam="verzuimweek", titel="in welke week van het verzuim u zit, en de volgende stap",
    velden=(Datum("eerste_ziektedag", "Eerste ziektedag", in_zin="de eerste ziektedag", verplicht=True,
                  hint="De eerste dag dat u (of uw werknemer) ziek was. Bijvoorbeeld 5-1-2026.",
                  cli="eerste ziektedag, bijvoorbeeld 5-1-2026"),
            herstel.rijen("Was u (of uw werknemer) tussendoor een tijd hersteld?", aantal=2)),
    voorbeeld={"eerste_ziektedag": "5-1-2026", "hersteld_van_1": "", "hersteld_tot_1": "", "_vandaag": "2026-03-02"},
    functie=functie, controle=herstel.controle,
    prefix="vw",
)
