"""The rules applied, in plain Dutch, and the whole result as a JSON-ready dict."""

from __future__ import annotations

import json
import re
from decimal import Decimal

from ..invoer import euro, nl_datum
from .berekening import GEEN_WIA, IVA, WGA_VOLLEDIG, Scenario, Uitkomst, procent

DISCLAIMER = "Dit is een prognose. U kunt er geen rechten aan ontlenen."
BESLUIT = ("Alleen UWV beslist over uw WIA-uitkering. Rond week 88 van uw ziekte krijgt u een brief van UWV. "
           "U vraagt de uitkering uiterlijk in week 93 aan. Vragen over uw eigen situatie? "
           "Bel UWV of kijk op uwv.nl.")


def regels(u: Uitkomst) -> list[str]:
    """The general rules and amounts used, step by step."""
    r = u.regels
    inv = u.invoer
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
               "krijgt u de IVA als herstel (bijna) is uitgesloten, anders de WGA 80–100%.")
    uit.append(_lgu_regel(u))
    uit.append(f"Na de LGU krijgt u de loonaanvullingsuitkering (LAU) als u minstens "
               f"{procent(r.inkomenseis)}% van uw restverdiencapaciteit verdient. Anders krijgt u de "
               f"vervolguitkering (VVU): een percentage van het minimumloon "
               f"({', '.join(f'{procent(p)}%' for _, p in r.vvu_percentages)}, hoger als u meer "
               "arbeidsongeschikt bent). Bij 80–100% geldt die eis niet: u krijgt dan de LAU.")
    uit.append(f"De IVA is {procent(r.iva_percentage)}% van uw maandloon. Verdient u iets naast een "
               "uitkering, dan gaat een deel daarvan van de uitkering af.")
    return uit


def _lgu_regel(u: Uitkomst) -> str:
    r, inv = u.regels, u.invoer
    if not inv.wekeneis:
        return ("U werkte niet 26 van de 36 weken voor uw eerste ziektedag (de wekeneis). Dan krijgt u geen "
                "loongerelateerde uitkering (LGU), maar meteen de LAU of de VVU.")
    d = r.lgu_duur
    return (f"U werkte 26 van de 36 weken voor uw ziekte. Dan krijgt u eerst de loongerelateerde "
            f"uitkering (LGU): de eerste {r.lgu_maanden_start} maanden {procent(r.lgu_percentage_start)}%, "
            f"daarna {procent(r.lgu_percentage)}% van uw maandloon. Die duurt {d['maanden_per_jaar']} maand "
            f"per jaar arbeidsverleden tot {d['jaren']} jaar, daarna een halve maand per jaar; minstens "
            f"{d['minimum']} en hoogstens {d['maximum']} maanden. Met {inv.arbeidsverleden} jaar is dat "
            f"{u.lgu_maanden} maanden.")


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
    zinnen.append(f"U verwacht: {_uitkomst_tekst(e.uitkomst)}. {_verloop(e)}")
    aanbod = next((s for s in u.scenarios if s.sleutel == "aanbod"), None)
    if aanbod:
        zinnen.append(f"Neemt u de nieuwe baan aan ({euro(u.invoer.aanbod)} per maand), dan is uw inkomen "
                      f"na de wachttijd {euro(aanbod.wia[0].totaal)} per maand, en na 5 jaar "
                      f"{euro(aanbod.wia[-1].totaal)}.")
    return zinnen


def _uitkomst_tekst(uitkomst: str) -> str:
    return {GEEN_WIA: "geen WIA-uitkering", IVA: "een IVA-uitkering",
            WGA_VOLLEDIG: "een WGA-uitkering bij 80–100% arbeidsongeschiktheid"}.get(
        uitkomst, "een WGA-uitkering bij 35–80% arbeidsongeschiktheid")


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
        "bronnen": [{"parameter": p.naam, "waarde": _json_waarde(w.waarde), "geldt_vanaf": w.begin.isoformat(),
                     "bron": w.bron, "url": w.url, "opgehaald": w.opgehaald.isoformat(), "soort": w.soort}
                    for p, w in r.gebruikt],
        "disclaimer": DISCLAIMER,
        "besluit": BESLUIT,
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


def _json_waarde(waarde):
    if isinstance(waarde, dict):
        return {k: _json_waarde(v) for k, v in waarde.items()}
    if isinstance(waarde, (list, tuple)):
        return [_json_waarde(v) for v in waarde]
    return waarde


def naar_json(data: dict, **opties) -> str:
    """JSON in which every Decimal is a plain number with its own decimals (2250.00, not 2250.0)."""
    def als_tekst(o):
        if isinstance(o, Decimal):
            return f"\u0000{o:f}\u0000"
        raise TypeError(type(o).__name__)
    tekst = json.dumps(data, default=als_tekst, ensure_ascii=False, **opties)
    return re.sub(r'"\\u0000(-?[0-9.]+)\\u0000"', r"\1", tekst)
