"""The poortwachter planner, "Tijdlijn verzuim en re-integratie": its form, worked example and outputs."""

from __future__ import annotations

import json

from .. import parameters
from ..fouten import Verzamelaar
from ..invoer import nl_datum
from ..tools import Tool
from ..velden import Datum, GeheelGetal, Groep, Keuze, Vinkje, Waarden
from . import herstel
from .cli import tekst
from .ics import ics
from .plan import Uitkomst, bereken
from .regels import regels_op
from .web import web
from .weken import samentelling


def _nieuwste(naam: str):
    """The newest value of a timeline parameter: a limit of a field, read when the form is drawn."""
    return parameters.van(__package__)[naam].waarden[-1].waarde


VELDEN = (
    Datum("eerste_ziektedag", "Eerste ziektedag", in_zin="de eerste ziektedag", verplicht=True,
          hint="De eerste dag dat de werknemer ziek was. Bijvoorbeeld 5-1-2026.",
          cli="eerste ziektedag, bijvoorbeeld 2026-01-05 of 5-1-2026"),
    Keuze("weergave", "Wie bent u?", in_zin="weergave", opties=(("werkgever", "Werkgever"), ("werknemer", "Werknemer")),
          standaard="werkgever", cli=False),
    herstel.rijen("Was de werknemer tussendoor een tijd hersteld?", aantal=4),
    Groep("Het plan van de werkgever", (
        Datum("eerstejaarsevaluatie", "Datum van de eerstejaarsevaluatie", in_zin="de datum van de eerstejaarsevaluatie",
              hint="De echte of geplande datum. Leeg laten als die er nog niet is.", cli="datum van de eerstejaarsevaluatie (echt of gepland)"),
        Datum("start_spoor_2", "Geplande start van spoor 2", in_zin="de geplande start van spoor 2",
              hint="Leeg laten als er nog geen start is gepland.", cli="geplande start van spoor 2"),
        Vinkje("ad_rapport", "Er is al een rapport van een arbeidsdeskundige",
               cli="er is een arbeidsdeskundig rapport"),
    )),
    Groep("Langer loon doorbetalen", naam="langer", hint="Leeg laten als het niet geldt.", velden=(
        GeheelGetal("verlenging_weken", "Vrijwillige verlenging, in weken", in_zin="de verlenging",
                    hint="Werkgever en werknemer vragen UWV samen om de loondoorbetaling langer te laten duren.",
                    maximum=260, cli="weken vrijwillige verlenging van de loondoorbetaling"),
        GeheelGetal("loonsanctie_weken", "Loonsanctie van UWV, in weken", in_zin="de loonsanctie",
                    hint="UWV laat de werkgever langer loon doorbetalen, omdat er te weinig aan re-integratie is gedaan.",
                    maximum=lambda: _nieuwste("loonsanctie_max_weken"),
                    cli="weken loonsanctie van UWV (hoogstens een jaar)"),
    )),
)

VOORBEELD = {
    "eerste_ziektedag": "5-1-2026",
    "hersteld_van_1": "2-2-2026", "hersteld_tot_1": "16-2-2026",
    "eerstejaarsevaluatie": "",
    "start_spoor_2": "1-3-2027",
    "ad_rapport": "",
    "verlenging_weken": "", "loonsanctie_weken": "",
    "weergave": "werkgever",
    "_vandaag": "2026-06-01",
}


def controle(w: Waarden, fouten: Verzamelaar) -> None:
    """Both dates of a recovery period; a first sick day the rules know; a voluntary extension of at
    least the minimum."""
    herstel.controle(w, fouten)
    r = fouten.probeer(regels_op, w["eerste_ziektedag"]) if w["eerste_ziektedag"] else None
    if r and w["verlenging_weken"] and w["verlenging_weken"] < r.verlenging_min_weken:
        fouten.voeg_toe("verlenging_weken", f"Een vrijwillige verlenging duurt minstens {r.verlenging_min_weken} "
                                            f"weken. Vul {r.verlenging_min_weken} of meer in, of laat het veld leeg.")


def plan(w: Waarden) -> Uitkomst:
    """The timeline, once the recovery periods are in order and the plan's dates lie in the wachttijd."""
    fouten = Verzamelaar()
    eerste, start_2, evaluatie = w["eerste_ziektedag"], w["start_spoor_2"], w["eerstejaarsevaluatie"]
    verlenging, loonsanctie = w["verlenging_weken"] or 0, w["loonsanctie_weken"] or 0
    hersteld = herstel.perioden(w, fouten, eerste, verlenging, loonsanctie)
    if start_2 is not None and start_2 < eerste:
        fouten.voeg_toe("start_spoor_2", "De start van spoor 2 moet op of na de eerste ziektedag liggen.")
    verzuim = samentelling(eerste, hersteld, verlenging, loonsanctie)
    if evaluatie is not None and not verzuim.eerste_ziektedag < evaluatie <= verzuim.einde_wachttijd:
        fouten.voeg_toe("eerstejaarsevaluatie", "De eerstejaarsevaluatie moet liggen na de eerste ziektedag van deze "
                        f"wachttijd ({nl_datum(verzuim.eerste_ziektedag)}). En uiterlijk op de laatste dag ervan "
                        f"({nl_datum(verzuim.einde_wachttijd)}).")
    fouten.controleer()
    return bereken(eerste, hersteld, w.vandaag, start_2, w["ad_rapport"], evaluatie, verlenging, loonsanctie)


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
