"""The rules for one month: loondoorbetaling, the WIA benefits, the WW, and the end at AOW age.

Each formula reads its parameters through a ``Gebruik`` and returns a ``Stap``: the rule applied
(an identifier), the amount per month and the parameter values and inputs it used. Amounts are
gross euros per month, rounded to cents; every number comes from the parameters (``regels``).
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from .spoor import Gebruik, Stap, stap

CENT = Decimal("0.01")
HONDERD = Decimal(100)
NUL = Decimal(0)

# Outcomes of the assessment, as identifiers.
GEEN_WIA, WGA, WGA_VOLLEDIG, IVA = "geen_wia", "wga", "wga_volledig", "iva"
# The parts of the WIA months: the first LGU months, the rest of the LGU, after the LGU.
LGU_START, LGU_REST, NA_LGU = "lgu_start", "lgu_rest", "na_lgu"


def cent(bedrag: Decimal) -> Decimal:
    return bedrag.quantize(CENT, ROUND_HALF_UP)


def hele_jaren(begin: dt.date, datum: dt.date) -> int:
    """Whole years from ``begin`` to ``datum`` (an age); 0 if ``datum`` is not later."""
    if datum <= begin:
        return 0
    return datum.year - begin.year - ((datum.month, datum.day) < (begin.month, begin.day))


def plus_maanden(datum: dt.date, maanden: int) -> dt.date:
    """The same day ``maanden`` months later (the last day of a shorter month)."""
    jaar, maand = divmod(datum.month - 1 + maanden, 12)
    jaar, maand = jaar + datum.year, maand + 1
    try:
        return dt.date(jaar, maand, datum.day)
    except ValueError:  # a shorter month: its last day (the day before the first of the next)
        return dt.date(jaar + maand // 12, maand % 12 + 1, 1) - dt.timedelta(days=1)


# --- assessment ----------------------------------------------------------------------------------

def ao_uit_rvc(maatmaninkomen: Decimal, rvc: Decimal) -> Decimal:
    """Arbeidsongeschiktheid in percent: the share of the maatmaninkomen one can no longer earn."""
    return max(NUL, (maatmaninkomen - rvc) / maatmaninkomen * HONDERD)


def indeling(g: Gebruik, ao: Decimal, duurzaam: bool) -> str:
    """The outcome of the assessment for this arbeidsongeschiktheid."""
    if ao < g.wga_grens:
        return GEEN_WIA
    if ao < g.volledig_grens:
        return WGA
    return IVA if duurzaam else WGA_VOLLEDIG


# --- duration of the LGU (and of the WW) ---------------------------------------------------------

def lgu_opbouw(g: Gebruik, jaren: int, eerste: dt.date) -> tuple[int, int, int]:
    """(years counting a full month, years at the lower rate, years from the boundary date).

    The form only asks for the number of years, so we assume the person worked without a break up
    to the calendar year of ``eerste`` (that year itself does not count, as in the WW): the
    youngest years are the ones from ``halve_maand_vanaf`` on, the rest lie before it. The oldest
    ``jaren`` years of the rule count a full month each; after those, years before the boundary
    still count a full month and only the later years count less.
    """
    d = g.lgu_duur
    later = min(jaren, hele_jaren(d.halve_maand_vanaf, eerste))
    vol = max(min(jaren, d.jaren), jaren - later)
    return vol, jaren - vol, later


def lgu_duur(g: Gebruik, jaren: int, eerste: dt.date) -> Stap:
    """Months of LGU (or WW) for ``jaren`` of arbeidsverleden before the year of ``eerste``: whole
    months (rounded down), between the minimum and the maximum."""
    d = g.lgu_duur
    vol, minder, later = lgu_opbouw(g, jaren, eerste)
    opgebouwd = vol * d.maanden_per_jaar + minder * d.daarna_per_jaar
    maanden = int(min(d.maximum, max(d.minimum, opgebouwd.to_integral_value(ROUND_FLOOR))))
    return stap("lgu_duur", g, maanden, jaren=jaren, tot_jaar=eerste.year, vol=vol, minder=minder, later=later,
                opgebouwd=opgebouwd)


# --- loondoorbetaling ----------------------------------------------------------------------------

def eigen_minimumloon(g: Gebruik, uren: Decimal, leeftijd: int | None) -> tuple[Decimal, Decimal, int | None]:
    """(hourly, monthly) minimum wage for ``uren`` a week at ``leeftijd`` (None: adult), and the age
    when it is a minimumjeugdloon (else None): the hourly wage, for young people the percentage of it
    rounded to cents, times the hours times the weeks per month."""
    uurloon, jeugd = g.minimumuurloon, None
    if leeftijd is not None and leeftijd < g.minimumloon_volwassen_vanaf:
        try:
            pct = g.minimumloon_jeugd.op(leeftijd)
        except LookupError:  # younger than the first age with a minimum wage
            pct = NUL
        uurloon, jeugd = cent(uurloon * pct / HONDERD), leeftijd
    w = g.weken_per_maand
    return uurloon, cent(uurloon * uren * w.weken / w.maanden), jeugd


def loondoorbetaling(g: Gebruik, loon: Decimal, eerste_jaar: bool, afspraak: Decimal, uren: Decimal | None,
                     leeftijd: int | None) -> Stap:
    """Pay in one sick month: the legal percentage of the wage (up to the maximum), in the first
    year at least the minimum wage, or a higher agreed percentage (cao or contract)."""
    pct = g.loondoorbetaling_percentage
    boven = loon > g.maximum_maandloon
    basis = g.maximum_maandloon if boven else loon
    bedrag = pct * basis / HONDERD
    regel, extra = ("loondoorbetaling_maximum" if boven else "loondoorbetaling"), {}
    if eerste_jaar and uren is not None:
        uurloon, ondergrens, jeugd = eigen_minimumloon(g, uren, leeftijd)
        extra = {"uren": uren, "uurloon": uurloon, "leeftijd": jeugd, "minimumloon": ondergrens}
        if bedrag < ondergrens:
            bedrag, regel = ondergrens, "loondoorbetaling_minimumloon"
    elif eerste_jaar and loon >= g.referentieminimumloon:  # without hours: at least the minimumloon of a full week
        if bedrag < g.referentieminimumloon:
            bedrag, regel = g.referentieminimumloon, "loondoorbetaling_aanname"
    # Without hours and a wage below that minimum the person works fewer hours, whose own minimum is
    # unknown: the legal percentage, the least the law gives (a warning asks for the hours).
    if afspraak > pct and afspraak * loon / HONDERD > bedrag:
        bedrag, regel = afspraak * loon / HONDERD, "loondoorbetaling_afspraak"
    return stap(regel, g, cent(bedrag), jaar=1 if eerste_jaar else 2, maandloon=loon, afspraak=afspraak, **extra)


def loon_na_aow(g: Gebruik, eerste: dt.date, aow_datum: dt.date, eerste_wia_dag: dt.date) -> Stap | None:
    """When the AOW age comes before the WIA could start, pay during illness stops some weeks after
    the AOW date, or after the first sick day when that is later (BW 7:629 lid 2); ``tot`` is the
    first day without pay. None when the wachttijd ends first."""
    regel = g.loondoorbetaling_na_aow
    weken = regel.ziek_voor_weken if eerste < regel.ziek_voor else regel.weken
    vanaf = max(eerste, aow_datum)
    tot = vanaf + dt.timedelta(weeks=weken)
    if tot >= eerste_wia_dag:
        return None
    return stap("loon_na_aow", g, None, weken=weken, vanaf=vanaf, tot=tot, al_aow=aow_datum <= eerste)


# --- WIA -----------------------------------------------------------------------------------------

def fase(g: Gebruik, m: int, lgu: int) -> str:
    """Which part of the WIA month ``m`` falls in, with ``lgu`` months of LGU."""
    if m > lgu:
        return NA_LGU
    return LGU_START if m <= g.lgu_maanden_start else LGU_REST


def vvu_klasse(g: Gebruik, ao: Decimal) -> tuple[Decimal, Decimal, Decimal]:
    """(VVU percentage, lower bound, upper bound) of the class this arbeidsongeschiktheid falls in."""
    grenzen = [grens for grens, _ in g.vvu_percentages] + [g.volledig_grens]
    for (grens, pct), boven in zip(g.vvu_percentages, grenzen[1:]):
        if grens <= ao < boven:
            return pct, grens, boven
    raise ValueError(f"geen VVU-klasse voor {ao}%")


def wia_uitkering(g: Gebruik, loon: Decimal, uitkomst: str, ao: Decimal, rvc: Decimal, verdiend: Decimal,
                  f: str) -> Stap:
    """The benefit in a month of part ``f`` for this outcome, before it is kept from going below 0.

    ``loon`` is the WIA-maandloon before the maximum; earnings and the restverdiencapaciteit count
    in proportion when the maandloon is capped (Wet WIA art. 61: C/D and G/H)."""
    if uitkomst == GEEN_WIA:
        return stap("geen_wia", g.lees("wga_grens"), NUL, ao=ao)
    maandloon = min(loon, g.maximum_maandloon)
    telt = verdiend * maandloon / loon
    if uitkomst == IVA:
        bedrag = (g.iva_percentage * maandloon - g.iva_korting_inkomsten * telt) / HONDERD
        return stap("iva", g, bedrag, maandloon=maandloon, telt=telt)
    if f != NA_LGU:
        pct = g.lgu_percentage_start if f == LGU_START else g.lgu_percentage
        return stap("lgu", g, pct * (maandloon - telt) / HONDERD, maandloon=maandloon, telt=telt, pct=pct)
    if uitkomst == WGA_VOLLEDIG:
        g.lees("volledig_grens")  # the reason there is no inkomenseis
        return stap("lau_volledig", g, g.lau_percentage * (maandloon - telt) / HONDERD, maandloon=maandloon,
                    telt=telt)
    if verdiend >= rvc:
        return stap("lau_inkomen", g, g.lau_percentage * (maandloon - telt) / HONDERD, maandloon=maandloon,
                    telt=telt)
    if verdiend >= g.inkomenseis * rvc / HONDERD:
        rvc_telt = rvc * maandloon / loon
        return stap("lau_rvc", g, g.lau_percentage * (maandloon - rvc_telt) / HONDERD, maandloon=maandloon,
                    rvc=rvc_telt, verdiend=verdiend)
    pct, van, tot = vvu_klasse(g, ao)
    basis = min(g.referentieminimumloon, maandloon)
    return stap("vvu", g, pct * basis / HONDERD, pct=pct, van=van, tot=tot, basis=basis, maandloon=maandloon)


# --- WW ------------------------------------------------------------------------------------------

def ww_duur(g: Gebruik, jaren: int, ziek: dt.date, start: dt.date, wekeneis: bool) -> Stap:
    """How long the WW lasts when the job ends on ``start``: the LGU rule, with the years of illness
    (paid, so part of the arbeidsverleden) added to the years before the first sick day ``ziek``;
    no WW without the wekeneis (weeks of illness do not count, so it is the same as before)."""
    if not wekeneis:
        g.lees("wekeneis")
        return stap("geen_ww", g, 0)
    duur = lgu_duur(g, jaren + start.year - ziek.year, start)
    return Stap("ww_duur", duur.bedrag, duur.parameters, {**duur.waarden, "ziek_jaren": start.year - ziek.year})


def ww_uitkering(g: Gebruik, loon: Decimal, m: int, duur: int) -> Stap:
    """WW in month ``m`` after the job ended: a percentage of the maandloon before the illness (up
    to the maximum), for ``duur`` months. Illness in the year before does not lower the dagloon
    (Dagloonbesluit werknemersverzekeringen, as changed by Stb. 2018, 193)."""
    if not duur:
        return stap("geen_ww", g.lees("wekeneis"), NUL)
    if m > duur:
        return stap("ww_op", g, NUL, duur=duur)
    ww = g.ww_uitkering
    pct = ww.percentage_start if m <= ww.maanden_start else ww.percentage
    maandloon = min(loon, g.maximum_maandloon)
    return stap("ww", g, cent(pct * maandloon / HONDERD), pct=pct, maandloon=maandloon, duur=duur)


# --- AOW -----------------------------------------------------------------------------------------

def aow(g: Gebruik, geboortedatum: dt.date) -> Stap:
    """The day one reaches the AOW age (the WIA and the WW stop then), and whether that age is
    fixed yet for this birth date (if not: the last fixed age, the lowest it can be)."""
    leeftijd = g.aow_leeftijd.op(geboortedatum)
    datum = plus_maanden(geboortedatum, 12 * leeftijd.jaren + leeftijd.maanden)
    vast = geboortedatum < g.aow_leeftijd_onbekend_vanaf
    return stap("aow", g, None, geboortedatum=geboortedatum, datum=datum, jaren=leeftijd.jaren,
                maanden=leeftijd.maanden, vastgesteld=vast)
