"""The poortwachter planner, "Tijdlijn verzuim en re-integratie": its form, worked example and outputs."""

from __future__ import annotations

import json

from ..fouten import Verzamelaar
from ..tools import Tool
from ..velden import Datum, Groep, Keuze, Rijen, Vinkje, Waarden
from .cli import tekst
from .ics import ics
from .plan import Uitkomst, bereken
from .web import web
from .weken import Herstel, controleer

VELDEN = (
    Datum("eerste_ziektedag", "Eerste ziektedag", in_zin="de eerste ziektedag", verplicht=True,
          hint="De eerste dag dat de werknemer ziek was. Bijvoorbeeld 5-1-2026.",
          cli="eerste ziektedag, bijvoorbeeld 2026-01-05 of 5-1-2026"),
    Keuze("weergave", "Wie bent u?", in_zin="weergave", opties=(("werkgever", "Werkgever"), ("werknemer", "Werknemer")),
          standaard="werkgever", cli=False),
    Rijen("hersteld", "Was de werknemer tussendoor een tijd hersteld?", aantal=4, rijlabel="Periode {rij}: {label}",
          hint="Alleen invullen als de werknemer weer helemaal aan het werk was. Vul de eerste hersteldag in en de "
          "dag waarop de ziekte weer begon. Minder dan 4 weken hersteld? Dan tellen de perioden samen. 4 weken of "
          "langer? Dan begint een nieuwe wachttijd.",
          velden=(Datum("van", "hersteld vanaf", in_zin="de eerste hersteldag"),
                  Datum("tot", "weer ziek vanaf", in_zin="de nieuwe ziektedag")),
          cli="hersteld van VAN tot TOT (TOT is de eerste dag dat de werknemer weer ziek is); mag vaker",
          cli_voorbeeld="2026-02-02:2026-02-16"),
    Groep("Het plan van de werkgever", (
        Datum("start_spoor_2", "Geplande start van spoor 2", in_zin="de geplande start van spoor 2",
              hint="Leeg laten als er nog geen start is gepland.", cli="geplande start van spoor 2"),
        Vinkje("ad_rapport", "Er is al een rapport van een arbeidsdeskundige",
               cli="er is een arbeidsdeskundig rapport"),
    )),
)

VOORBEELD = {
    "eerste_ziektedag": "5-1-2026",
    "hersteld_van_1": "2-2-2026", "hersteld_tot_1": "16-2-2026",
    "start_spoor_2": "1-3-2027",
    "ad_rapport": "",
    "weergave": "werkgever",
    "_vandaag": "2026-06-01",
}


def controle(w: Waarden, fouten: Verzamelaar) -> None:
    """A recovery period needs both its dates."""
    for rij in w["hersteld"]:
        if rij["van"] and not rij["tot"] and not w.ingevuld(rij.veld("tot")):
            fouten.voeg_toe(rij.veld("tot"), f"Vul bij rij {rij.nummer} ook de dag in waarop de ziekte weer begon.")
        if rij["tot"] and not rij["van"] and not w.ingevuld(rij.veld("van")):
            fouten.voeg_toe(rij.veld("van"), f"Vul bij rij {rij.nummer} ook de eerste hersteldag in.")


def plan(w: Waarden) -> Uitkomst:
    """The timeline, once the recovery periods are in order and spoor 2 starts after the first sick day."""
    fouten = Verzamelaar()
    eerste, start_2 = w["eerste_ziektedag"], w["start_spoor_2"]
    rijen = [rij for rij in w["hersteld"] if rij["van"] and rij["tot"]]
    hersteld = [Herstel(rij["van"], rij["tot"]) for rij in rijen]
    for index, kant, bericht in controleer(eerste, hersteld):
        fouten.voeg_toe(rijen[index].veld(kant), bericht)
    if start_2 is not None and start_2 < eerste:
        fouten.voeg_toe("start_spoor_2", "De start van spoor 2 moet op of na de eerste ziektedag liggen.")
    fouten.controleer()
    return bereken(eerste, hersteld, w.vandaag, start_2, w["ad_rapport"])


TOOL = Tool(
    naam="tijdlijn", titel="alle stappen van de Wet verbetering poortwachter",
    uitleg="Alle stappen van de Wet verbetering poortwachter, met datum en week.",
    velden=VELDEN, voorbeeld=VOORBEELD, controle=controle,
    functie=lambda w: web(plan(w), w["weergave"]),
    tekst=lambda w: tekst(plan(w)),
    formaten={"json": ("uitkomst als JSON", lambda w: json.dumps(plan(w).als_json(), ensure_ascii=False, indent=2) + "\n"),
              "ics": ("uitkomst als iCalendar-bestand", lambda w: ics(plan(w)))},
    prefix="tl", klasse="sk-tijdlijn-form", print_knop="Print de tijdlijn",
)
