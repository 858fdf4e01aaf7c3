"""The WIA calculator, "Wat betekent de WIA voor mijn inkomen?": its form, worked example and outputs."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from .. import parameters as generiek
from ..tools import Tool
from ..velden import VANDAAG, Bedrag, Datum, GeheelGetal, Getal, Keuze, Vinkje, Waarden
from .berekening import Invoer, Uitkomst, bereken
from .cli import tabel
from .parameters import alle, eerste_datum
from .uitleg import als_dict, naar_json
from .weergave import html


def _tijdlijn_vanaf():
    """The first day the timeline knows the rules of (the wachttijd is the timeline's)."""
    return generiek.eerste_datum("spoorkennis.tijdlijn")


def _vroegst_geboren():
    """The first birth date with an AOW age in the data (earlier: AOW age reached before 2024)."""
    return alle()["aow_leeftijd"].waarden[-1].waarde[0][0]


@cache
def velden() -> tuple:
    """The form. The limits of amounts, hours and years are not legal rules: they catch typing errors
    (three zeros too many or too few) and ask what was meant. Texts that name a rule take its
    newest value."""
    eis = alle()["wekeneis"].waarden[-1].waarde
    return (
        Bedrag("maandloon", "Uw bruto maandloon (WIA-maandloon)", in_zin="uw maandloon", verplicht=True,
               vragen=True, minimum=100, maximum=50_000, hint="Neem het SV-loon van het jaar voordat u ziek werd "
               "en deel dat door 12. Vakantiegeld telt mee. Het SV-loon staat op uw jaaropgave. Bijvoorbeeld 3.000.",
               cli="bruto WIA-maandloon: SV-loon van het jaar voor de ziekte / 12, met vakantiegeld"),
        Getal("uren_per_week", "Uren per week", in_zin="het aantal uren per week", minimum=1, maximum=80,
              hint="Zoals in uw contract, bijvoorbeeld 32. Het eerste ziektejaar krijgt u minstens het minimumloon "
              "voor die uren. Laat leeg als u het niet weet. De uitkomst zegt dan waarmee wij rekenen.",
              cli="uren per week in uw contract (standaard: een volle werkweek)"),
        GeheelGetal("arbeidsverleden", "Arbeidsverleden in jaren", in_zin="uw arbeidsverleden in jaren",
                    verplicht=True, maximum=60, hint="Het aantal jaren dat u betaald werk had. De jaren vanaf uw "
                    "achttiende tot 1998 tellen altijd mee. Dit bepaalt hoe lang de eerste WGA-uitkering duurt.",
                    cli="arbeidsverleden in hele jaren"),
        Getal("ao", "Verwachte arbeidsongeschiktheid in procent", in_zin="het percentage arbeidsongeschiktheid",
              maximum=100, hint="Welk deel van uw oude loon kunt u straks niet meer verdienen? Bijvoorbeeld 40. Weet u "
              "het niet? Vul dan een schatting in en probeer ook andere getallen.",
              cli="verwachte arbeidsongeschiktheid in procent (0-100)"),
        Bedrag("restverdiencapaciteit", "Of: restverdiencapaciteit per maand", in_zin="de restverdiencapaciteit",
               vragen=True, maximum=50_000, hint="Wat u volgens een arbeidsdeskundige nog kunt verdienen, bruto per "
               "maand. Vult u dit in? Laat het percentage hierboven dan leeg.",
               cli="wat u volgens UWV nog kunt verdienen per maand (in plaats van --ao)"),
        Bedrag("maatmaninkomen", "Maatmaninkomen per maand", in_zin="het maatmaninkomen", vragen=True, minimum=100,
               maximum=50_000, hint="Wat u zonder ziekte zou verdienen, volgens UWV. Het staat in het rapport van de "
               "arbeidsdeskundige. Laat leeg als u het niet weet: dan nemen wij uw maandloon.",
               cli="maatmaninkomen per maand: wat u zonder ziekte zou verdienen (standaard: het maandloon)"),
        Bedrag("inkomen", "Loon uit werk naast de uitkering", in_zin="uw inkomen uit werk", vragen=True, maximum=50_000,
               standaard=Decimal(0), hint="Wat u na twee jaar ziekte verwacht te verdienen, bruto per maand. Laat leeg "
               "als u geen werk heeft.", cli="wat u verwacht te verdienen naast de uitkering, per maand"),
        Vinkje("duurzaam", "Ja, ik kan (bijna) niets meer verdienen en dat blijft zo", legend="Is het blijvend?",
               hint="Kunt u (bijna) niets meer verdienen en is herstel (bijna) uitgesloten? Dan krijgt u de IVA. "
               "Kunt u misschien herstellen? Dan krijgt u de WGA.",
               cli="volledige arbeidsongeschiktheid is duurzaam (IVA)"),
        Vinkje("wekeneis", f"Ja, ik werkte minstens {eis.weken} van de {eis.van_weken} weken voor mijn eerste "
               "ziektedag", legend="Werk voor uw ziekte", aan=True, hint="Dit heet de wekeneis. Zonder deze weken "
               "krijgt u geen loongerelateerde uitkering (LGU) en geen WW.",
               cli=f"u werkte niet {eis.weken} van de {eis.van_weken} weken voor de eerste ziektedag"),
        Datum("eerste_ziektedag", "Eerste ziektedag", in_zin="de eerste ziektedag", minimum=_tijdlijn_vanaf,
              hint="Bijvoorbeeld 5-1-2026. Laat leeg als u het nog niet weet.",
              cli="bijvoorbeeld 5-1-2026 (standaard: de peildatum)"),
        Datum("geboortedatum", "Geboortedatum", in_zin="uw geboortedatum", minimum=_vroegst_geboren,
              hint="Bijvoorbeeld 14-9-1962. Dan ziet u wanneer de WIA stopt: op de dag dat u de AOW-leeftijd "
              "bereikt. Laat leeg als u dat niet wilt.", cli="uw geboortedatum: de WIA stopt bij de AOW-leeftijd"),
        Keuze("loondoorbetaling", "Loondoorbetaling in de twee ziektejaren", in_zin="loondoorbetaling",
              opties=(("70/70", "Wat de wet zegt", ""), ("100/70", "100% in het eerste jaar (veel cao's)", "100")),
              standaard="70/70", hint="De wet geeft een minimum voor beide jaren. Veel cao's geven 100% in het eerste "
              "jaar. Kijk in uw cao of arbeidscontract.",
              cli="percentages in ziektejaar 1 en 2 (standaard 70/70, de wettelijke regel)"),
        Bedrag("aanbod", "Baan bij een andere werkgever: bruto maandloon", in_zin="het loon van de nieuwe baan",
               vragen=True, minimum=100, maximum=50_000, hint="Heeft u via spoor 2 een baan aangeboden gekregen? "
               "Vul het loon in. Dan ziet u wat u verdient als u die baan neemt. Laat leeg als er geen aanbod is.",
               cli="bruto maandloon van een baan bij een andere werkgever (spoor 2)"),
        Datum("peildatum", "Peildatum", in_zin="de peildatum", minimum=eerste_datum, standaard=VANDAAG,
              hint="Wij rekenen met de bedragen van deze datum. Laat leeg voor vandaag.",
              cli="de bedragen van deze datum gelden (standaard: vandaag)"),
    )


# A worked example: € 3.200 a month for 32 hours a week, 18 years of work, expected 55%
# arbeidsongeschikt, no work now, and a spoor-2 job offer of € 2.300 a month; amounts of 1 January 2026.
VOORBEELD = {
    "maandloon": "3.200", "uren_per_week": "32", "arbeidsverleden": "18", "ao": "55", "restverdiencapaciteit": "",
    "maatmaninkomen": "", "inkomen": "", "duurzaam": "", "wekeneis": "ja", "eerste_ziektedag": "5-1-2026",
    "geboortedatum": "", "loondoorbetaling": "70/70", "aanbod": "2.300", "peildatum": "1-1-2026",
    "_vandaag": "2026-01-05",
}


def controle(w: Waarden, fouten) -> None:
    """The percentage or the restverdiencapaciteit: exactly one of the two. A birth date before the
    first sick day."""
    if not w.ingevuld("ao") and not w.ingevuld("restverdiencapaciteit"):
        fouten.voeg_toe("ao", "Vul het percentage arbeidsongeschiktheid in, of de restverdiencapaciteit.")
    elif w.ingevuld("ao") and w.ingevuld("restverdiencapaciteit"):
        fouten.voeg_toe("restverdiencapaciteit", "Vul het percentage arbeidsongeschiktheid of de "
                        "restverdiencapaciteit in, niet allebei. Maak een van de twee leeg.")
    ziek = w["eerste_ziektedag"] or w["peildatum"]
    if w["geboortedatum"] and ziek and w["geboortedatum"] >= ziek:
        fouten.voeg_toe("geboortedatum", "Uw geboortedatum moet voor de eerste ziektedag liggen. Kijk het jaar na.")


def uitkomst(w: Waarden) -> Uitkomst:
    """Every WIA outcome for the form as read (the field names are those of ``Invoer``)."""
    return bereken(Invoer(**w))


TOOL = Tool(
    naam="wia", titel="inkomen per WIA-uitkomst, maand voor maand",
    uitleg="Wat betekent de WIA voor uw inkomen? Bruto bedragen per maand, per uitkomst.",
    velden=velden, voorbeeld=VOORBEELD, controle=controle,
    functie=lambda w: {"html": html(uitkomst(w))},
    tekst=lambda w: tabel(uitkomst(w)) + "\n",
    formaten={"json": ("alles als één JSON-object", lambda w: naar_json(als_dict(uitkomst(w)), indent=1) + "\n")},
    prefix="wia", print_knop="Afdrukken",
)
