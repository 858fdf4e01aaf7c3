"""The Dutch texts of a result, written from its trace only: every number a text names is a
parameter value or an input that a formula recorded in a ``Stap``. Nothing here reads the rules.

- ``periode_tekst``: what one period's rule gives ("LGU: 75% van uw maandloon");
- ``regels``: "Hoe wij rekenen", the rules this result used, in general terms;
- ``samenvatting``, ``waarschuwingen``, ``niet_berekend``, ``titel``, ``aanname``, ``besluit``;
- ``als_dict``: the whole result, JSON-ready.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from ..data import naar_json  # noqa: F401  (the WIA's JSON, as before)
from ..invoer import euro, nl_datum
from ..parameters import als_data
from ..parameters import getal_tekst as procent
from .berekening import AOW, GEEN_WIA, IVA, WGA, WGA_VOLLEDIG, Scenario, Uitkomst
from .spoor import Stap

DISCLAIMER = "Dit is een prognose. U kunt er geen rechten aan ontlenen."
HONDERD = Decimal(100)
# Where the knowledge base says more, relative to the page the tool sits on (rekenhulpen/wia/).
VOORSCHOT = "../../werknemers/na-104-weken/#voorschot"
MIN_35 = "../../werknemers/na-104-weken/#35-min"
TOESLAG = "https://www.uwv.nl/particulieren/overige-onderwerpen/toeslag-van-uwv/"
# A short Dutch name for every parameter a result can use (the list of sources, the warnings).
NAMEN = {
    "maximum_dagloon": "Maximumdagloon", "maandloon_factor": "Uitkeringsdagen per maand",
    "wachttijd_weken": "Wachttijd", "loondoorbetaling_percentage": "Loon bij ziekte",
    "loondoorbetaling_na_aow": "Loon bij ziekte na de AOW-leeftijd",
    "minimumloon_weken": "Weken met minstens het minimumloon", "minimumuurloon": "Minimumloon per uur",
    "weken_per_maand": "Weken per maand", "minimumloon_volwassen_vanaf": "Leeftijd voor het hele minimumloon",
    "minimumloon_jeugd": "Minimumjeugdloon", "referentieminimumloon": "Minimumloon per maand",
    "wga_grens": "Grens voor de WIA", "volledig_grens": "Grens voor volledig arbeidsongeschikt",
    "wekeneis": "Wekeneis", "lgu_percentage_start": "LGU in de eerste maanden",
    "lgu_maanden_start": "Maanden met de hogere LGU", "lgu_percentage": "LGU daarna",
    "lgu_duur": "Duur van de LGU en de WW", "lau_percentage": "LAU", "inkomenseis": "Inkomenseis",
    "vvu_percentages": "VVU per klasse", "iva_percentage": "IVA", "iva_korting_inkomsten": "Korting op de IVA",
    "ww_uitkering": "WW", "ww_ziekte_weken": "Ziek tijdens de WW", "aow_leeftijd": "AOW-leeftijd",
    "aow_leeftijd_onbekend_vanaf": "AOW-leeftijd nog niet bekend", "brief_uwv_week": "Brief van UWV",
    "wia_aanvraag_uiterlijk_week": "WIA aanvragen",
}
SOORT = {"officieel": "officiële bron", "secundair": "andere bron", "afgeleid": "zelf berekend"}


# --- small pieces ---------------------------------------------------------------------------------

def bereik(van: Decimal, tot: Decimal) -> str:
    """A class of arbeidsongeschiktheid: '35–80%'."""
    return f"{procent(van)}–{procent(tot)}%"


def _maanden(aantal) -> str:
    """'1 maand', 'een halve maand', '2 maanden'."""
    aantal = Decimal(str(aantal))
    if aantal == Decimal(1) / 2:
        return "een halve maand"
    return f"{procent(aantal)} maand" + ("" if aantal == 1 else "en")


def _weken_per_maand(w) -> str:
    """The weeks in a month as a mixed fraction: '4 1/3'."""
    heel, rest = divmod(w.weken, w.maanden)
    return f"{heel} {rest}/{w.maanden}" if rest else str(heel)


def _leeftijd(s: Stap) -> str:
    jaren = f"{s['jaren']} jaar"
    return f"{jaren} en {_maanden(s['maanden'])}" if s["maanden"] else jaren


def _min_loon(s: Stap, van: str = "telt") -> str:
    if not s[van]:
        return f"uw maandloon ({euro(s['maandloon'])})"
    return f"(maandloon {euro(s['maandloon'])} min wat u verdient {euro(s[van])})"


def _param(u: Uitkomst, *regels: str) -> dict:
    """The parameters read by every step of these rules in this result, together."""
    uit: dict = {}
    for s in u.alle_stappen():
        if s.regel in regels:
            uit.update(s.parameters)
    return uit


def _eerste(u: Uitkomst, *regels: str) -> Stap | None:
    return next((s for s in u.alle_stappen() if s.regel in regels), None)


# --- one period ------------------------------------------------------------------------------------

def periode_tekst(s: Stap) -> str:
    """What the rule of one period gives, in a few words."""
    return PERIODE[s.regel](s)


def _loondoorbetaling(s: Stap) -> str:
    return f"Ziektejaar {s['jaar']}: {procent(s['loondoorbetaling_percentage'])}% van uw maandloon"


def _loondoorbetaling_maximum(s: Stap) -> str:
    return (f"Ziektejaar {s['jaar']}: {procent(s['loondoorbetaling_percentage'])}% van het maximummaandloon "
            f"({euro(s['maximum_maandloon'])})")


def _loondoorbetaling_minimumloon(s: Stap) -> str:
    wie = "het minimumloon" if s["leeftijd"] is None else f"het minimumjeugdloon voor {s['leeftijd']} jaar"
    return (f"Ziektejaar 1: {wie} voor {procent(s['uren'])} uur per week ({euro(s.bedrag)}), want "
            f"{procent(s['loondoorbetaling_percentage'])}% van uw maandloon is minder")


def _loondoorbetaling_aanname(s: Stap) -> str:
    return (f"Ziektejaar 1: het minimumloon ({euro(s['referentieminimumloon'])}), want "
            f"{procent(s['loondoorbetaling_percentage'])}% van uw maandloon is minder")


def _loondoorbetaling_afspraak(s: Stap) -> str:
    return f"Ziektejaar {s['jaar']}: {procent(s['afspraak'])}% van uw maandloon (afspraak in cao of arbeidscontract)"


def _iva(s: Stap) -> str:
    tekst = f"IVA: {procent(s['iva_percentage'])}% van uw maandloon ({euro(s['maandloon'])})"
    if s["telt"]:
        tekst += f" min {procent(s['iva_korting_inkomsten'])}% van wat u verdient ({euro(s['telt'])})"
    return tekst


def _lau(reden: str, s: Stap) -> str:
    return f"Loonaanvullingsuitkering (LAU, {reden}): {procent(s['lau_percentage'])}% van {_min_loon(s)}"


def _lau_rvc(s: Stap) -> str:
    return (f"Loonaanvullingsuitkering (LAU, u verdient minstens {procent(s['inkomenseis'])}% van uw "
            f"restverdiencapaciteit): {procent(s['lau_percentage'])}% van (maandloon {euro(s['maandloon'])} min "
            f"restverdiencapaciteit {euro(s['rvc'])})")


def _vvu(s: Stap) -> str:
    waarvan = f"het minimumloon ({euro(s['basis'])})" if s["basis"] == s["referentieminimumloon"] \
        else f"uw maandloon ({euro(s['basis'])}), want dat is lager dan het minimumloon"
    klasse = bereik(s["van"], s["tot"])
    return f"Vervolguitkering (VVU, klasse {klasse} arbeidsongeschikt): {procent(s['pct'])}% van {waarvan}"


PERIODE = {
    "loondoorbetaling": _loondoorbetaling,
    "loondoorbetaling_maximum": _loondoorbetaling_maximum,
    "loondoorbetaling_minimumloon": _loondoorbetaling_minimumloon,
    "loondoorbetaling_aanname": _loondoorbetaling_aanname,
    "loondoorbetaling_afspraak": _loondoorbetaling_afspraak,
    "geen_wia": lambda s: f"Geen WIA-uitkering: minder dan {procent(s['wga_grens'])}% arbeidsongeschikt",
    "iva": _iva,
    "lgu": lambda s: f"Loongerelateerde uitkering (LGU): {procent(s['pct'])}% van {_min_loon(s)}",
    "lau_volledig": lambda s: _lau(f"geen inkomenseis bij {bereik(s['volledig_grens'], HONDERD)}", s),
    "lau_inkomen": lambda s: _lau("u benut uw restverdiencapaciteit", s),
    "lau_rvc": _lau_rvc,
    "vvu": _vvu,
    "ww": lambda s: f"WW: {procent(s['pct'])}% van uw maandloon ({euro(s['maandloon'])})",
    "ww_op": lambda s: f"Geen WW meer: de WW duurt {s['duur']} maanden",
    "geen_ww": lambda s: (f"Geen WW: u werkte niet {s['wekeneis'].weken} van de {s['wekeneis'].van_weken} weken "
                          "voor uw ziekte"),
    "aow_geen_loon": lambda s: (f"AOW-leeftijd vanaf {nl_datum(s['datum'])}: uw loon bij ziekte is gestopt. Uw "
                                "AOW rekenen wij niet uit"),
    "aow_bereikt": lambda s: (f"AOW-leeftijd vanaf {nl_datum(s['datum'])}: geen WIA en geen WW meer. Uw AOW rekenen "
                              "wij niet uit"),
}


def naam(p) -> str:
    """'ziektemaand 1–12' or 'WIA-maand 3' for a period."""
    eerste, laatste = p.eerste, p.laatste
    if eerste.wia_maand is None:
        return f"ziektemaand {eerste.nummer}–{laatste.nummer}" if laatste.nummer > eerste.nummer \
            else f"ziektemaand {eerste.nummer}"
    if laatste.wia_maand > eerste.wia_maand:
        return f"WIA-maand {eerste.wia_maand}–{laatste.wia_maand}"
    return f"WIA-maand {eerste.wia_maand}"


def stappen(s: Scenario) -> list[str]:
    """The scenario's periods: 'WIA-maand 1–2: LGU: 75% van … = € 2.250,00 per maand.'"""
    uit = []
    for p in s.perioden():
        m = p.eerste
        if m.soort == AOW:
            uit.append(f"{naam(p)}: {periode_tekst(m.stap)}.")
            continue
        tekst = f"{naam(p)}: {periode_tekst(m.stap)} = {euro(m.uitkering)}"
        if m.loon:
            tekst += f", plus {euro(m.loon)} loon uit werk = {euro(m.totaal)}"
        uit.append(tekst + " per maand.")
    return uit


# --- scenarios -------------------------------------------------------------------------------------

def titel(s: Scenario) -> str:
    a = s.aanname
    return {
        "verwachting": lambda: "Wat u verwacht",
        "geen-wia-zonder-werk": lambda: "Geen WIA, geen werk",
        "geen-wia-met-werk": lambda: "Geen WIA, wel werk",
        "wga-werk": lambda: f"WGA {bereik(a['wga_grens'], a['volledig_grens'])}, u werkt genoeg",
        "wga-minder": lambda: f"WGA {bereik(a['wga_grens'], a['volledig_grens'])}, u werkt weinig of niet",
        "wga-80-100": lambda: f"WGA {bereik(a['volledig_grens'], HONDERD)}, niet duurzaam",
        "iva": lambda: "IVA, volledig en duurzaam",
        "aanbod": lambda: "Nieuwe baan via spoor 2",
    }[a.regel]()


def aanname(s: Scenario) -> str:
    """What the scenario assumes, in plain Dutch."""
    a = s.aanname
    if a.regel == "verwachting":
        werk = f"u verdient {euro(a['loon'])} per maand met werk" if a["loon"] else "u heeft geen werk"
        return f"U bent {procent(a['ao'])}% arbeidsongeschikt{' en dat is duurzaam' if a['duurzaam'] else ''}; {werk}."
    if a.regel == "geen-wia-zonder-werk":
        return (f"UWV vindt u minder dan {procent(a['wga_grens'])}% arbeidsongeschikt. Uw baan stopt na de wachttijd "
                "en u heeft geen ander werk. Dan krijgt u WW als u aan de wekeneis voldoet. Had u al geen werkgever "
                "meer? Dan kreeg u tijdens uw ziekte een Ziektewet-uitkering in plaats van loon. Wordt u ziek terwijl "
                f"u WW heeft? Dan krijgt u na {a['ww_ziekte_weken']} weken een Ziektewet-uitkering in plaats van WW.")
    if a.regel == "geen-wia-met-werk":
        waarom = {"ingevuld": "het bedrag dat u invulde", "rvc": "uw restverdiencapaciteit",
                  "grens": f"{procent(HONDERD - a['wga_grens'])}% van uw maatmaninkomen"}[a["waarom"]]
        return (f"UWV vindt u minder dan {procent(a['wga_grens'])}% arbeidsongeschikt. U werkt en verdient "
                f"{euro(a['loon'])} per maand ({waarom}).")
    if a.regel in ("wga-werk", "wga-minder"):
        hoe = "minstens" if a.regel == "wga-werk" else "minder dan"
        wga = bereik(a["wga_grens"], a["volledig_grens"])
        noot = "" if a["eigen_ao"] else f" Uw eigen percentage valt buiten {wga}; wij rekenen met {procent(a['ao'])}%."
        return (f"U bent {procent(a['ao'])}% arbeidsongeschikt en verdient {euro(a['loon'])} per maand: {hoe} "
                f"{procent(a['inkomenseis'])}% van uw restverdiencapaciteit ({euro(a['rvc'])}).{noot}")
    if a.regel == "wga-80-100":
        return f"U bent {procent(a['ao'])}% arbeidsongeschikt, maar u kunt misschien herstellen."
    if a.regel == "iva":
        return f"U bent {procent(a['ao'])}% arbeidsongeschikt en herstel is (bijna) uitgesloten."
    return (f"U neemt de baan aan voor {euro(a['aanbod'])} per maand en werkt daar na de wachttijd. UWV kijkt dan "
            f"naar wat u met die baan verdient: u bent {procent(a['ao'])}% arbeidsongeschikt.")


def uitkomst_tekst(u: Uitkomst, uitkomst: str) -> str:
    """'geen WIA-uitkering', 'een WGA-uitkering bij 35–80% arbeidsongeschiktheid', …"""
    i = u.stappen["indeling"]
    return {GEEN_WIA: "geen WIA-uitkering", IVA: "een IVA-uitkering",
            WGA_VOLLEDIG: f"een WGA-uitkering bij {bereik(i['volledig_grens'], HONDERD)} arbeidsongeschiktheid",
            WGA: f"een WGA-uitkering bij {bereik(i['wga_grens'], i['volledig_grens'])} arbeidsongeschiktheid"}[uitkomst]


def uitkomst_label(u: Uitkomst, uitkomst: str) -> str:
    """'geen WIA', 'WGA 35–80%', 'WGA 80–100%', 'IVA'."""
    i = u.stappen["indeling"]
    return {GEEN_WIA: "geen WIA", IVA: "IVA", WGA_VOLLEDIG: f"WGA {bereik(i['volledig_grens'], HONDERD)}",
            WGA: f"WGA {bereik(i['wga_grens'], i['volledig_grens'])}"}[uitkomst]


# --- "Hoe wij rekenen" -----------------------------------------------------------------------------

def regels(u: Uitkomst) -> list[str]:
    """The rules this result used, step by step, in general terms."""
    st = u.stappen
    uit = [f"Wij rekenen met de bedragen die gelden op {nl_datum(st['peildatum']['peildatum'])} (de peildatum). "
           "Latere verhogingen van het minimumloon en de uitkeringen (indexatie) zitten er niet in."]
    m = st["maandloon"]
    plafond = (f"Het maximum is {euro(m['maximum_maandloon'])} per maand: het maximumdagloon "
               f"({euro(m['maximum_dagloon'])}) maal {procent(m['maandloon_factor'])}.")
    if m["maandloon"] > m["maximum_maandloon"]:
        uit.append(f"Uw maandloon is {euro(m['maandloon'])}. {plafond} UWV rekent dus met "
                   f"{euro(m['maximum_maandloon'])}. Wat u verdient en uw restverdiencapaciteit tellen dan naar "
                   f"verhouding mee: maal {euro(m['maximum_maandloon'])} gedeeld door {euro(m['maandloon'])}. Daarom "
                   "staan ze lager in de bedragen per maand.")
    else:
        uit.append(f"Uw WIA-maandloon is {euro(m['maandloon'])}. {plafond}")
    w = st["wachttijd"]
    uit.append(f"Uw eerste ziektedag is {nl_datum(w['eerste_ziektedag'])}. De wachttijd duurt "
               f"{w['wachttijd_weken']} weken en eindigt op {nl_datum(w['einde_wachttijd'])}. Uw WIA-uitkering kan "
               f"beginnen op {nl_datum(w['eerste_wia_dag'])}.")
    uit.append(_loondoorbetaling_regel(st["loondoorbetaling"]))
    uit.append(_arbeidsongeschiktheid_regel(st["arbeidsongeschiktheid"], st["indeling"]))
    uit.append(_lgu_regel(u))
    na_lgu = _param(u, "lau_rvc", "vvu", "lau_volledig")
    if {"inkomenseis", "vvu_percentages", "volledig_grens"} <= na_lgu.keys():
        volledig = bereik(na_lgu["volledig_grens"], HONDERD)
        uit.append(f"Na de LGU krijgt u de loonaanvullingsuitkering (LAU) als u minstens "
                   f"{procent(na_lgu['inkomenseis'])}% van uw restverdiencapaciteit verdient. Anders krijgt u de "
                   f"vervolguitkering (VVU): een percentage van het minimumloon "
                   f"({', '.join(f'{procent(p)}%' for _, p in na_lgu['vvu_percentages'])}, hoger als u meer "
                   f"arbeidsongeschikt bent). Bij {volledig} geldt die eis niet: u krijgt dan de LAU.")
    iva = _param(u, "iva")
    if {"iva_percentage", "iva_korting_inkomsten"} <= iva.keys():
        uit.append(f"De IVA is {procent(iva['iva_percentage'])}% van uw maandloon. Verdient u iets naast de IVA? "
                   f"Dan gaat {procent(iva['iva_korting_inkomsten'])}% van wat u verdient van de IVA af. Ook bij de "
                   "WGA gaat een deel van wat u verdient van de uitkering af.")
    uit.append(_ww_regel(u))
    if "aow" in st:
        a = st["aow"]
        uit.append(f"U bent geboren op {nl_datum(a['geboortedatum'])}. Uw AOW-leeftijd is {_leeftijd(a)}. Die bereikt "
                   f"u op {nl_datum(a['datum'])}. Vanaf die dag stopt de WIA-uitkering, en ook de WW. U krijgt dan AOW "
                   "van de SVB. Hoeveel dat is, rekenen wij niet uit. De maand waarin die dag valt, tellen wij nog "
                   "helemaal mee.")
        if "loon_na_aow" in st:
            uit[-1] += " " + _loon_na_aow(st["loon_na_aow"].waarden)
    return uit


def _loondoorbetaling_regel(s: Stap) -> str:
    pct = procent(s["loondoorbetaling_percentage"])
    tekst = (f"Tijdens de wachttijd betaalt uw werkgever minstens {pct}% van uw loon door, tot {pct}% van het "
             f"maximum. De eerste {s['minimumloon_weken']} weken is dat minstens uw eigen minimumloon. ")
    if "uren" in s.waarden:
        w = s["weken_per_maand"]
        tekst += (f"Voor {procent(s['uren'])} uur per week is dat {euro(s['uurloon'])} per uur maal "
                  f"{procent(s['uren'])} uur maal {_weken_per_maand(w)} week: {euro(s['minimumloon'])} per maand.")
        if s["leeftijd"] is not None:
            tekst += (f" U bent dan {s['leeftijd']} jaar. Daarom geldt voor u het minimumjeugdloon. Wij kijken naar uw "
                      "leeftijd aan het begin van elke ziektemaand. Bent u in een maand jarig? Dan krijgt u vanaf uw "
                      "verjaardag iets meer dan wij laten zien.")
    elif "referentieminimumloon" in s and s["maandloon"] >= s["referentieminimumloon"]:
        tekst += (f"U vulde geen uren per week in. Wij nemen daarom het minimumloon voor een volle werkweek: "
                  f"{euro(s['referentieminimumloon'])} per maand. Werkt u minder uren, of meer dan de meeste "
                  "mensen met een volle baan? Dan is uw eigen minimumloon lager of hoger. Vul dan uw uren in.")
    elif "referentieminimumloon" in s:
        tekst += ("U vulde geen uren per week in. Wij weten dus niet wat uw eigen minimumloon is. Wij rekenen "
                  f"daarom met {pct}% van uw loon.")
    if s["keuze"] != "70/70":
        jaar1, jaar2 = s["keuze"].split("/")
        tekst += (f" U rekent met een afspraak in uw cao of contract: {jaar1}% in het eerste jaar en {jaar2}% in het "
                  "tweede jaar.")
    return tekst.rstrip()


def _arbeidsongeschiktheid_regel(a: Stap, i: Stap) -> str:
    maatman = (f"Uw maatmaninkomen is {euro(a['maatmaninkomen'])}." if a["maatman_ingevuld"] else
               f"U vulde geen maatmaninkomen in. Wij nemen daarom uw maandloon: {euro(a['maatmaninkomen'])}.")
    volledig = bereik(i["volledig_grens"], HONDERD)
    return (f"Na de wachttijd kijkt UWV wat u nog kunt verdienen: uw restverdiencapaciteit. UWV vergelijkt dat met "
            f"wat u zonder ziekte zou verdienen: uw maatmaninkomen. {maatman} Uw restverdiencapaciteit is "
            f"{euro(a['rvc'])} per maand. U bent dus {procent(a['ao'])}% arbeidsongeschikt. Onder "
            f"{procent(i['wga_grens'])}% krijgt u geen WIA. Van {procent(i['wga_grens'])} tot "
            f"{procent(i['volledig_grens'])}% krijgt u een WGA-uitkering. Vanaf {procent(i['volledig_grens'])}% krijgt "
            f"u de IVA als herstel (bijna) is uitgesloten, anders de WGA {volledig}.")


def _lgu_regel(u: Uitkomst) -> str:
    d = u.stappen["lgu_duur"]
    if d.regel == "geen_lgu":
        e = d["wekeneis"]
        return (f"U werkte niet {e.weken} van de {e.van_weken} weken voor uw eerste ziektedag (de wekeneis). Dan "
                "krijgt u geen loongerelateerde uitkering (LGU), maar meteen de LAU of de VVU.")
    e, r, lgu = d["wekeneis"], d["lgu_duur"], _param(u, "lgu")
    grens = nl_datum(r.halve_maand_vanaf)
    tekst = (f"U werkte {e.weken} van de {e.van_weken} weken voor uw ziekte. Dan krijgt u eerst de "
             "loongerelateerde uitkering (LGU)")
    if {"lgu_maanden_start", "lgu_percentage_start", "lgu_percentage"} <= lgu.keys():
        tekst += (f": de eerste {lgu['lgu_maanden_start']} maanden {procent(lgu['lgu_percentage_start'])}%, daarna "
                  f"{procent(lgu['lgu_percentage'])}% van uw maandloon")
    tekst += (f". Hoe lang de LGU duurt, hangt af van uw arbeidsverleden. De eerste {r.jaren} jaar tellen elk "
              f"{_maanden(r.maanden_per_jaar)}. Daarna telt een jaar van vóór {grens} ook "
              f"{_maanden(r.maanden_per_jaar)}, en een jaar vanaf {grens} {_maanden(r.daarna_per_jaar)}. De LGU duurt "
              f"minstens {r.minimum} en hoogstens {r.maximum} maanden. Wij ronden af op hele maanden, naar beneden. ")
    jaren = d["jaren"]
    if jaren <= r.jaren:
        return tekst + f"Met {jaren} jaar is dat {d.bedrag} maanden."
    later, vol, minder = d["later"], d["vol"], d["minder"]
    verdeling = f"Van uw {jaren} jaar liggen er dan {later} vanaf {grens}." if later \
        else f"Al uw jaren liggen dan vóór {grens}."
    aanname_ = (f"Wij weten niet in welke jaren u werkte. Wij nemen aan dat u zonder onderbreking werkte tot "
                f"{d['tot_jaar']}, het jaar waarin u ziek werd. Dat jaar zelf telt niet mee. {verdeling} ")
    samen = _samen(d)
    if not minder:
        return tekst + aanname_ + f"Zo telt elk jaar {_maanden(r.maanden_per_jaar)}. {samen}"
    telling = (f"Zo tellen {vol} jaar elk {_maanden(r.maanden_per_jaar)} en {minder} jaar elk "
               f"{_maanden(r.daarna_per_jaar)}. {samen}")
    if d.bedrag < r.maximum:
        telling += (f" Werkte u na {grens} een tijd niet? Dan liggen meer van uw jaren vóór {grens}. "
                    "De LGU is dan misschien langer.")
    return tekst + aanname_ + telling


def _samen(d: Stap) -> str:
    """'Dat is 17 maanden LGU.', or how the minimum or maximum changes the months built up."""
    opgebouwd = d["opgebouwd"]
    if int(opgebouwd) == d.bedrag:
        return f"Dat is {d.bedrag} maanden LGU."
    grens = "meer dan het maximum" if opgebouwd > d.bedrag else "minder dan het minimum"
    return f"Samen is dat {procent(opgebouwd)} maanden, {grens}. U krijgt dus {d.bedrag} maanden LGU."


def _ww_regel(u: Uitkomst) -> str:
    d = u.stappen["ww_duur"]
    if d.regel == "geen_ww":
        e = d["wekeneis"]
        return (f"Krijgt u geen WIA en stopt uw baan? Dan krijgt u geen WW, want u werkte niet {e.weken} van de "
                f"{e.van_weken} weken voor uw ziekte.")
    ww = _param(u, "ww")
    tekst = "Krijgt u geen WIA en stopt uw baan? Dan krijgt u WW"
    if "ww_uitkering" in ww:
        w = ww["ww_uitkering"]
        tekst += (f": de eerste {w.maanden_start} maanden {procent(w.percentage_start)}% van uw maandloon, daarna "
                  f"{procent(w.percentage)}%")
    return (tekst + ". Dat u ziek was, maakt de WW niet lager. De WW duurt even lang als de LGU. Maar de jaren dat "
            f"u ziek was en loon kreeg, tellen ook mee: voor u {d['ziek_jaren']} jaar. Zo duurt uw WW {d.bedrag} "
            "maanden.")


# --- summary, warnings, what we leave out ------------------------------------------------------------

def samenvatting(u: Uitkomst) -> list[str]:
    """Plain sentences, most important first."""
    geen = next(s for s in u.scenarios if s.sleutel == "geen-wia-zonder-werk")
    zinnen = [_zonder_werk(u, geen)]
    e = u.eigen
    zinnen.append(f"U verwacht: {uitkomst_tekst(u, e.uitkomst)}. {_verloop(e)}")
    aanbod = next((s for s in u.scenarios if s.sleutel == "aanbod"), None)
    if aanbod and aanbod.wia[0].soort != AOW:
        zinnen.append(f"Neemt u de nieuwe baan aan ({euro(u.invoer.aanbod)} per maand), dan is uw inkomen na de "
                      f"wachttijd {euro(aanbod.wia[0].totaal)} per maand, en na {len(aanbod.wia) // 12} jaar "
                      f"{euro(aanbod.wia[-1].totaal)}.")
    return zinnen


# Income from elsewhere that this calculator leaves out, where it would show nothing at all.
BIJSTAND = (" Deze rekenhulp rekent geen bijstand mee. Misschien kunt u dan bijstand krijgen van uw gemeente."
            " Dat hangt af van het inkomen van uw partner en van uw spaargeld en bezit.")


def _zonder_werk(u: Uitkomst, s: Scenario) -> str:
    eerste = s.wia[0]
    weken = u.stappen["wachttijd"]["wachttijd_weken"]
    if eerste.soort == AOW:
        return f"Na {weken} weken heeft u de AOW-leeftijd. U krijgt dan geen WIA en geen WW."
    if eerste.soort != "WW":
        return (f"Krijgt u geen WIA en heeft u geen werk? Dan daalt uw inkomen na {weken} weken naar "
                f"{euro(eerste.totaal)} per maand. U krijgt geen WW, want u voldoet niet aan de wekeneis."
                + (BIJSTAND if not eerste.totaal else ""))
    ww = [m for m in s.wia if m.soort == "WW"]
    bedragen = list(dict.fromkeys(m.totaal for m in ww))
    hoe = f"eerst {euro(bedragen[0])} per maand, daarna {euro(bedragen[1])}" if len(bedragen) > 1 \
        else f"{euro(bedragen[0])} per maand"
    tekst = f"Krijgt u geen WIA en heeft u geen werk? Dan krijgt u na {weken} weken WW: {hoe}."
    na = s.wia[len(ww)] if len(ww) < len(s.wia) else None
    if na is not None and na.soort != AOW:
        tekst += f" Na {len(ww)} maanden stopt de WW. Dan daalt uw inkomen naar {euro(na.totaal)} per maand."
        tekst += BIJSTAND if not na.totaal else ""
    return tekst


def _verloop(s: Scenario) -> str:
    wia = s.wia
    if wia[0].soort == AOW:
        return "Maar u heeft dan al de AOW-leeftijd."
    ww = " (WW)" if wia[0].soort == "WW" else ""
    delen = [f"Na de wachttijd is uw inkomen {euro(wia[0].totaal)} per maand{ww}"]
    for o in s.overgangen():
        if o.maand.wia_maand and o.maand.wia_maand > 1:
            if o.maand.soort == AOW:
                delen.append(f"vanaf WIA-maand {o.maand.wia_maand} de AOW (die rekenen wij niet uit)")
                break
            delen.append(f"vanaf WIA-maand {o.maand.wia_maand} {euro(o.naar)}")
    return ", ".join(delen) + "."


def waarschuwingen(u: Uitkomst) -> list[str]:
    """What the person should know before trusting the numbers, one short text each."""
    return [WAARSCHUWING[w.regel](u, w) for w in u.waarschuwingen]


def _verouderd(u: Uitkomst, w: Stap) -> str:
    namen = [NAMEN[n][0].lower() + NAMEN[n][1:] for n in w["namen"]]
    lijst = namen[0] if len(namen) == 1 else ", ".join(namen[:-1]) + " en " + namen[-1]
    return (f"Deze bedragen zijn misschien niet meer actueel. Wij rekenen met bedragen van {nl_datum(w['vanaf'])}. "
            f"Op {nl_datum(w['wijziging'])} veranderen die bedragen. De nieuwe bedragen staan nog niet in deze "
            f"rekenhulp. Het gaat om: {lijst}.")


def _inkomen_past_niet(u: Uitkomst, w: Stap) -> str:
    return (f"U verdient {euro(w['inkomen'])} per maand. Dat is meer dan {procent(HONDERD - w['grens'])}% van uw "
            f"maatmaninkomen ({euro(w['maatmaninkomen'])}). Met dat loon bent u "
            f"{procent(w['ao_bij_inkomen'].quantize(Decimal('0.1'), ROUND_HALF_UP))}% arbeidsongeschikt. Dat past niet "
            f"bij {uitkomst_label(u, w['uitkomst'])}. UWV kijkt dan opnieuw naar uw uitkering. De bedragen hieronder "
            "kloppen dan misschien niet.")


WAARSCHUWING = {
    "verouderd": _verouderd,
    "inkomen_past_niet": _inkomen_past_niet,
    "uren_onbekend": lambda u, w: (
        f"Uw maandloon ({euro(w['maandloon'])}) is lager dan het minimumloon voor een volle werkweek "
        f"({euro(w['referentieminimumloon'])}). U werkt dus waarschijnlijk minder uren. De eerste "
        f"{w['minimumloon_weken']} weken van uw ziekte krijgt u minstens het minimumloon voor uw eigen uren. Dat kan "
        "meer zijn dan wij nu laten zien. Vul uw uren per week in: dan rekenen wij het uit."),
    "maandloon_onder_minimumloon": lambda u, w: (
        f"Uw maandloon ({euro(w['maandloon'])}) is lager dan het minimumloon voor {procent(w['uren'])} uur per week "
        f"({euro(w['minimumloon'])}). Kijk uw uren en uw maandloon na. In het eerste ziektejaar rekenen wij met het "
        "minimumloon."),
    "duurzaam_zonder_iva": lambda u, w: (
        f"U vinkte aan dat het blijvend is. De IVA krijgt u alleen als u minstens {procent(w['volledig_grens'])}% "
        f"arbeidsongeschikt bent. Bij {procent(w['ao'])}% "
        f"{'rekenen wij daarom met de WGA' if w['uitkomst'] == WGA else 'krijgt u geen WIA-uitkering'}."),
    "aow_niet_vastgesteld": lambda u, w: (
        f"Uw AOW-leeftijd ligt nog niet vast. Wij rekenen met {_leeftijd(w)}: de laatste leeftijd die vaststaat. Uw "
        f"AOW-datum is dan {nl_datum(w['datum'])}. Die kan later nog opschuiven."),
    "aow_voor_wia": lambda u, w: (
        f"U bereikt de AOW-leeftijd op {nl_datum(w['datum'])}. Dat is voor het einde van de wachttijd. Dan krijgt u "
        "geen WIA-uitkering." + (f" {_loon_na_aow(w)}" if "tot" in w else "")),
}


def _loon_na_aow(w: dict) -> str:
    """When pay during illness stops because the AOW age came first."""
    vanaf = "de eerste ziektedag, want u had de AOW-leeftijd toen al" if w["al_aow"] else "uw AOW-datum"
    return (f"Uw werkgever betaalt uw loon bij ziekte dan nog {w['weken']} weken door, gerekend vanaf {vanaf}. "
            f"Uw laatste dag met loon is {nl_datum(w['tot'] - dt.timedelta(days=1))}. De maand waarin die dag valt, "
            "tellen wij nog helemaal mee.")


def niet_berekend(u: Uitkomst) -> list[tuple[str, str | None, str | None]]:
    """(text, link text, link) for what this tool leaves out, where it matters for this result."""
    uit = []
    wia = [m for m in u.eigen.wia if m.soort != AOW]
    if wia:
        uit.append(("Beslist UWV te laat over uw WIA? Dan kunt u een voorschot krijgen.",
                    "Lees meer over het voorschot", VOORSCHOT))
    if u.uitkomst != GEEN_WIA and wia:
        uit.append(("UWV kan u later opnieuw beoordelen. Dat heet een herbeoordeling. Dan kan uw uitkering "
                    "veranderen. Ook als u meer of minder gaat verdienen, kan UWV opnieuw kijken.", None, None))
    if any(m.soort in ("VVU", "WW") for m in wia) or u.uitkomst == GEEN_WIA:
        uit.append(("Is uw inkomen samen met dat van uw partner lager dan het sociaal minimum? Dan kunt u misschien "
                    "een toeslag van UWV krijgen. Die rekenen wij niet uit.", "Toeslag van UWV", TOESLAG))
    if u.uitkomst == GEEN_WIA:
        uit.append(("Krijgt u geen WIA? Dan is er meer te regelen dan geld.",
                    f"Lees wat er gebeurt bij minder dan {procent(u.stappen['indeling']['wga_grens'])}%", MIN_35))
    return uit


def besluit(u: Uitkomst) -> str:
    """Who decides, and when the letter and the application come (the poortwachter weeks)."""
    b = u.stappen["besluit"]
    return (f"Alleen UWV beslist over uw WIA-uitkering. Rond week {b['brief_uwv_week']} van uw ziekte krijgt u een "
            f"brief van UWV. U vraagt de uitkering uiterlijk in week {b['wia_aanvraag_uiterlijk_week']} aan. Vragen "
            "over uw eigen situatie? Bel UWV of kijk op uwv.nl.")


# --- the sources -------------------------------------------------------------------------------------

# Values that read better in words than as the fields of a record.
WAARDE = {
    "weken_per_maand": lambda w: f"{_weken_per_maand(w)} week per maand",
    "wekeneis": lambda w: f"{w.weken} van de {w.van_weken} weken",
    "ww_uitkering": lambda w: (f"de eerste {w.maanden_start} maanden {procent(w.percentage_start)}%, daarna "
                               f"{procent(w.percentage)}%"),
}


def bron_zinnen(p, w) -> tuple[str, str]:
    """(what the value is and from when, the kind and look-up date) of one source, in short sentences."""
    from ..parameters import tekst

    waarde = WAARDE[p.naam](w.waarde) if p.naam in WAARDE else tekst(w.waarde, p.eenheid)
    if len(waarde.split()) > 12:  # a long record or scale: a sentence too long to read well
        waarde = "meerdere waarden, zie de bron"
    return (f"{NAMEN[p.naam]}: {waarde}. Dit geldt vanaf {nl_datum(w.begin)}.",
            f"{SOORT[w.soort].capitalize()}, opgehaald op {nl_datum(w.opgehaald)}.")


# --- JSON ------------------------------------------------------------------------------------------------

def _stap_dict(s: Stap) -> dict:
    return {"regel": s.regel, "bedrag": s.bedrag, "parameters": {k: als_data(v) for k, v in s.parameters.items()},
            "waarden": {k: als_data(v) for k, v in s.waarden.items()}}


def als_dict(u: Uitkomst) -> dict:
    """Everything, JSON-ready; money as Decimal (use ``naar_json`` to keep two decimals)."""
    inv = u.invoer
    a = u.stappen["arbeidsongeschiktheid"]
    return {
        "uitkomst": u.uitkomst,
        "uitkomst_tekst": uitkomst_label(u, u.uitkomst),
        "maanden": [{"maand": m.wia_maand, "soort": m.soort, "uitkering": m.uitkering} for m in u.eigen.wia],
        "waarschuwingen": waarschuwingen(u),
        "peildatum": inv.peildatum.isoformat(),
        "eerste_ziektedag": u.stappen["wachttijd"]["eerste_ziektedag"].isoformat(),
        "einde_wachttijd": u.einde_wachttijd.isoformat(),
        "eerste_wia_dag": u.eerste_wia_dag.isoformat(),
        "maandloon": inv.maandloon,
        "wia_maandloon": u.maandloon,
        "maximum_maandloon": u.stappen["maandloon"]["maximum_maandloon"],
        "maatmaninkomen": a["maatmaninkomen"],
        "arbeidsongeschiktheid": u.ao.quantize(Decimal("0.01")),
        "restverdiencapaciteit": u.rvc.quantize(Decimal("0.01")),
        "lgu_maanden": u.lgu_maanden,
        "ww_maanden": u.stappen["ww_duur"].bedrag,
        "aow_datum": u.stappen["aow"]["datum"].isoformat() if "aow" in u.stappen else None,
        "samenvatting": samenvatting(u),
        "regels": regels(u),
        "niet_berekend": [tekst for tekst, _, _ in niet_berekend(u)],
        "verwachting": _scenario_dict(u, u.eigen),
        "scenarios": [_scenario_dict(u, s) for s in u.scenarios],
        "berekening": {naam: _stap_dict(s) for naam, s in u.stappen.items()},
        "bronnen": [{"parameter": p.naam, "waarde": als_data(w.waarde), "geldt_vanaf": w.begin.isoformat(),
                     "bron": w.bron, "url": w.url, "opgehaald": w.opgehaald.isoformat(), "soort": w.soort}
                    for p, w in u.gebruikt],
        "disclaimer": DISCLAIMER,
        "besluit": besluit(u),
    }


def _scenario_dict(u: Uitkomst, s: Scenario) -> dict:
    return {
        "sleutel": s.sleutel, "titel": titel(s), "uitkomst": s.uitkomst, "aanname": aanname(s),
        "maanden": [{"nummer": m.nummer, "maand": m.wia_maand, "begint": m.begint.isoformat(), "soort": m.soort,
                     "regel": m.stap.regel, "uitkering": m.uitkering, "loon": m.loon, "totaal": m.totaal}
                    for m in s.maanden],
        "overgangen": [{"nummer": o.maand.nummer, "maand": o.maand.wia_maand, "van": o.van, "naar": o.naar,
                        "daling_euro": o.daling_euro, "daling_procent": o.daling_procent}
                       for o in s.overgangen()],
        "stappen": stappen(s),
    }
