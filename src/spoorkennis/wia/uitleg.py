"""The rules applied, in plain Dutch, and the whole result as a JSON-ready dict."""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal

from ..data import naar_json  # noqa: F401  (the WIA's JSON, as before)
from ..invoer import euro, nl_datum
from ..parameters import als_data
from ..tijdlijn.regels import regels_op as poortwachter_op
from .berekening import (GEEN_WIA, HONDERD, IVA, WGA_VOLLEDIG, Scenario, Uitkomst, bereik, hele_jaren, lgu_opbouw,
                         lgu_opgebouwd, procent)

DISCLAIMER = "Dit is een prognose. U kunt er geen rechten aan ontlenen."


def besluit(u: Uitkomst) -> str:
    """Who decides, and when the letter and the application come (the poortwachter weeks)."""
    p = poortwachter_op(u.regels.datum)
    return (f"Alleen UWV beslist over uw WIA-uitkering. Rond week {p.brief_uwv_week} van uw ziekte krijgt u een "
            f"brief van UWV. U vraagt de uitkering uiterlijk in week {p.wia_aanvraag_uiterlijk_week} aan. Vragen "
            "over uw eigen situatie? Bel UWV of kijk op uwv.nl.")


def regels(u: Uitkomst) -> list[str]:
    """The general rules and amounts used, step by step."""
    r = u.regels
    inv = u.invoer
    volledig = bereik(r.volledig_grens, HONDERD)  # '80–100%'
    uit = [f"Wij rekenen met de bedragen die gelden op {nl_datum(r.datum)} (de peildatum). "
           "Latere verhogingen van het minimumloon en de uitkeringen (indexatie) zitten er niet in."]
    plafond = (f"Het maximum is {euro(r.maximum_maandloon)} per maand: het maximumdagloon "
               f"({euro(r.maximum_dagloon)}) maal {procent(r.maandloon_factor)}.")
    if inv.maandloon > r.maximum_maandloon:
        uit.append(f"Uw maandloon is {euro(inv.maandloon)}. {plafond} UWV rekent dus met "
                   f"{euro(r.maximum_maandloon)}. Wat u verdient, telt dan naar verhouding mee.")
    else:
        uit.append(f"Uw WIA-maandloon is {euro(inv.maandloon)}. {plafond}")
    uit.append(f"Tijdens de eerste {r.loondoorbetaling_weken} weken van uw ziekte (de wachttijd) betaalt uw "
               f"werkgever minstens {procent(r.loondoorbetaling_percentage)}% van uw loon door, tot "
               f"{procent(r.loondoorbetaling_percentage)}% van het maximum. De eerste "
               f"{r.minimumloon_weken} weken is dat minstens het minimumloon. Wij rekenen daarvoor met "
               f"{euro(r.referentieminimumloon)} per maand, het minimumloon dat UWV voor uitkeringen gebruikt. "
               "Werkt u veel uren, dan kan uw eigen minimumloon hoger zijn.")
    if inv.loondoorbetaling != "70/70":
        jaar1, jaar2 = inv.loondoorbetaling.split("/")
        uit.append(f"U rekent met een afspraak in uw cao of contract: {jaar1}% in het eerste jaar en "
                   f"{jaar2}% in het tweede jaar.")
    uit.append(f"Na de wachttijd beoordeelt UWV hoeveel u nog kunt verdienen (uw restverdiencapaciteit). "
               f"Voor u is dat {euro(u.rvc)} per maand: u bent {procent(u.ao)}% arbeidsongeschikt. "
               f"Onder {procent(r.wga_grens)}% krijgt u geen WIA. Van {procent(r.wga_grens)} tot "
               f"{procent(r.volledig_grens)}% krijgt u een WGA-uitkering. Vanaf {procent(r.volledig_grens)}% "
               f"krijgt u de IVA als herstel (bijna) is uitgesloten, anders de WGA {volledig}.")
    uit.append(_lgu_regel(u))
    uit.append(f"Na de LGU krijgt u de loonaanvullingsuitkering (LAU) als u minstens "
               f"{procent(r.inkomenseis)}% van uw restverdiencapaciteit verdient. Anders krijgt u de "
               f"vervolguitkering (VVU): een percentage van het minimumloon "
               f"({', '.join(f'{procent(p)}%' for _, p in r.vvu_percentages)}, hoger als u meer "
               f"arbeidsongeschikt bent). Bij {volledig} geldt die eis niet: u krijgt dan de LAU.")
    uit.append(f"De IVA is {procent(r.iva_percentage)}% van uw maandloon. Verdient u iets naast de IVA? "
               f"Dan gaat {procent(r.iva_korting_inkomsten)}% van wat u verdient van de IVA af. Ook bij de "
               "WGA gaat een deel van wat u verdient van de uitkering af.")
    return uit


def _lgu_regel(u: Uitkomst) -> str:
    r, inv = u.regels, u.invoer
    if not inv.wekeneis:
        return ("U werkte niet 26 van de 36 weken voor uw eerste ziektedag (de wekeneis). Dan krijgt u geen "
                "loongerelateerde uitkering (LGU), maar meteen de LAU of de VVU.")
    d = r.lgu_duur
    grens = nl_datum(d.halve_maand_vanaf)
    tekst = (f"U werkte 26 van de 36 weken voor uw ziekte. Dan krijgt u eerst de loongerelateerde "
             f"uitkering (LGU): de eerste {r.lgu_maanden_start} maanden {procent(r.lgu_percentage_start)}%, "
             f"daarna {procent(r.lgu_percentage)}% van uw maandloon. Hoe lang de LGU duurt, hangt af van uw "
             f"arbeidsverleden. De eerste {d.jaren} jaar tellen elk {_maanden(d.maanden_per_jaar)}. "
             f"Daarna telt een jaar van vóór {grens} ook {_maanden(d.maanden_per_jaar)}, en een jaar vanaf "
             f"{grens} {_maanden(d.daarna_per_jaar)}. De LGU duurt minstens {d.minimum} en hoogstens "
             f"{d.maximum} maanden. Wij ronden af op hele maanden, naar beneden. ")
    if inv.arbeidsverleden <= d.jaren:
        return tekst + f"Met {inv.arbeidsverleden} jaar is dat {u.lgu_maanden} maanden."
    eerste = u.eigen.maanden[0].begint
    later = min(inv.arbeidsverleden, hele_jaren(d.halve_maand_vanaf, eerste))
    vol, minder = lgu_opbouw(r, inv.arbeidsverleden, eerste)
    verdeling = f"Van uw {inv.arbeidsverleden} jaar liggen er dan {later} vanaf {grens}." if later \
        else f"Al uw jaren liggen dan vóór {grens}."
    aanname = (f"Wij weten niet in welke jaren u werkte. Wij nemen aan dat u zonder onderbreking werkte tot "
               f"{eerste.year}, het jaar waarin u ziek werd. Dat jaar zelf telt niet mee. {verdeling} ")
    samen = _samen(u, lgu_opgebouwd(r, inv.arbeidsverleden, eerste))
    if not minder:
        return tekst + aanname + f"Zo telt elk jaar {_maanden(d.maanden_per_jaar)}. {samen}"
    telling = (f"Zo tellen {vol} jaar elk {_maanden(d.maanden_per_jaar)} en {minder} jaar elk "
               f"{_maanden(d.daarna_per_jaar)}. {samen}")
    if u.lgu_maanden < d.maximum:
        telling += (f" Werkte u na {grens} een tijd niet? Dan liggen meer van uw jaren vóór {grens}. "
                    "De LGU is dan misschien langer.")
    return tekst + aanname + telling


def _samen(u: Uitkomst, opgebouwd: Decimal) -> str:
    """'Dat is 17 maanden LGU.', or how the maximum changes the built-up months."""
    if opgebouwd.to_integral_value(ROUND_FLOOR) == u.lgu_maanden:
        return f"Dat is {u.lgu_maanden} maanden LGU."
    grens = "meer dan het maximum" if opgebouwd > u.lgu_maanden else "minder dan het minimum"
    return f"Samen is dat {procent(opgebouwd)} maanden, {grens}. U krijgt dus {u.lgu_maanden} maanden LGU."


def _maanden(per_jaar) -> str:
    """'1 maand', 'een halve maand', '2 maanden'."""
    aantal = Decimal(str(per_jaar))
    if aantal == Decimal(1) / 2:
        return "een halve maand"
    return f"{procent(aantal)} maand" + ("" if aantal == 1 else "en")


def stappen(s: Scenario) -> list[str]:
    """The scenario's periods: 'WIA-maand 1–2: LGU: 75% van … = € 2.250,00 per maand'."""
    uit = []
    for p in s.perioden():
        m = p.eerste
        tekst = f"{p.naam}: {m.uitleg} = {euro(m.uitkering)}"
        if m.loon:
            tekst += f", plus {euro(m.loon)} loon uit werk = {euro(m.totaal)}"
        uit.append(tekst + " per maand.")
    return uit


def samenvatting(u: Uitkomst) -> list[str]:
    """Plain sentences, most important first."""
    geen = next(s for s in u.scenarios if s.sleutel == "geen-wia-zonder-werk")
    zinnen = [f"Als u geen WIA krijgt en geen werk heeft, daalt uw inkomen na "
              f"{u.regels.loondoorbetaling_weken} weken naar {euro(geen.wia[0].totaal)} per maand."]
    e = u.eigen
    zinnen.append(f"U verwacht: {_uitkomst_tekst(u.regels, e.uitkomst)}. {_verloop(e)}")
    aanbod = next((s for s in u.scenarios if s.sleutel == "aanbod"), None)
    if aanbod:
        zinnen.append(f"Neemt u de nieuwe baan aan ({euro(u.invoer.aanbod)} per maand), dan is uw inkomen "
                      f"na de wachttijd {euro(aanbod.wia[0].totaal)} per maand, en na 5 jaar "
                      f"{euro(aanbod.wia[-1].totaal)}.")
    return zinnen


def _uitkomst_tekst(r, uitkomst: str) -> str:
    return {GEEN_WIA: "geen WIA-uitkering", IVA: "een IVA-uitkering",
            WGA_VOLLEDIG: f"een WGA-uitkering bij {bereik(r.volledig_grens, HONDERD)} arbeidsongeschiktheid"}.get(
        uitkomst, f"een WGA-uitkering bij {bereik(r.wga_grens, r.volledig_grens)} arbeidsongeschiktheid")


def _verloop(s: Scenario) -> str:
    wia = s.wia
    delen = [f"Na de wachttijd is uw inkomen {euro(wia[0].totaal)} per maand"]
    for o in s.overgangen():
        if o.maand.wia_maand and o.maand.wia_maand > 1:
            delen.append(f"vanaf WIA-maand {o.maand.wia_maand} {euro(o.naar)}")
    return ", ".join(delen) + "."


def als_dict(u: Uitkomst) -> dict:
    """Everything, JSON-ready; money as Decimal (use ``naar_json`` to keep two decimals)."""
    inv, r = u.invoer, u.regels
    return {
        "uitkomst": u.uitkomst,
        "maanden": [{"maand": m.wia_maand, "soort": m.soort, "uitkering": m.uitkering} for m in u.eigen.wia],
        "peildatum": r.datum.isoformat(),
        "eerste_ziektedag": u.eigen.maanden[0].begint.isoformat(),
        "einde_wachttijd": u.einde_wachttijd.isoformat(),
        "maandloon": inv.maandloon,
        "wia_maandloon": u.maandloon,
        "maximum_maandloon": r.maximum_maandloon,
        "arbeidsongeschiktheid": u.ao.quantize(Decimal("0.01")),
        "restverdiencapaciteit": u.rvc.quantize(Decimal("0.01")),
        "lgu_maanden": u.lgu_maanden,
        "samenvatting": samenvatting(u),
        "regels": regels(u),
        "verwachting": _scenario_dict(u.eigen),
        "scenarios": [_scenario_dict(s) for s in u.scenarios],
        "bronnen": [{"parameter": p.naam, "waarde": als_data(w.waarde), "geldt_vanaf": w.begin.isoformat(),
                     "bron": w.bron, "url": w.url, "opgehaald": w.opgehaald.isoformat(), "soort": w.soort}
                    for p, w in r.gebruikt],
        "disclaimer": DISCLAIMER,
        "besluit": besluit(u),
    }


def _scenario_dict(s: Scenario) -> dict:
    return {
        "sleutel": s.sleutel, "titel": s.titel, "uitkomst": s.uitkomst, "aanname": s.aanname,
        "maanden": [{"nummer": m.nummer, "maand": m.wia_maand, "begint": m.begint.isoformat(), "soort": m.soort,
                     "uitkering": m.uitkering, "loon": m.loon, "totaal": m.totaal} for m in s.maanden],
        "overgangen": [{"nummer": o.maand.nummer, "maand": o.maand.wia_maand, "van": o.van, "naar": o.naar,
                        "daling_euro": o.daling_euro, "daling_procent": o.daling_procent}
                       for o in s.overgangen()],
        "stappen": stappen(s),
    }
