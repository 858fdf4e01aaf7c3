""""In welke week van het verzuim zit ik?": one date in, the sick week and the next step out."""

from __future__ import annotations

from ..tijdlijn.verzuimweek_web import verzuimweek
from ..tools import Tool
from ..velden import Datum

TOOL = Tool(
    naam="verzuimweek", titel="in welke week van het verzuim u zit, en de volgende stap",
    velden=(Datum("eerste_ziektedag", "Eerste ziektedag", in_zin="de eerste ziektedag", verplicht=True,
                  hint="De eerste dag dat u (of uw werknemer) ziek was. Bijvoorbeeld 5-1-2026.",
                  cli="eerste ziektedag, bijvoorbeeld 5-1-2026"),),
    voorbeeld={"eerste_ziektedag": "5-1-2026", "_vandaag": "2026-03-02"},
    functie=lambda w: verzuimweek(w["eerste_ziektedag"], w.vandaag),
    prefix="vw",
)
