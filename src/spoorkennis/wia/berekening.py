"""Income per month from the first sick day: loondoorbetaling during the wachttijd, then the WIA
benefit for each possible outcome, and for a job offer via spoor 2.

Every amount and percentage comes from ``parameters`` (the values in force on the peildatum);
later indexation is not included. Amounts are gross euros per month, rounded to cents per month.
"""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import NamedTuple

from ..invoer import euro
from ..parameters import getal_tekst as procent  # noqa: F401  (also used by uitleg, weergave)
from .parameters import Regels, regels_op

CENT = Decimal("0.01")
HONDERD = Decimal(100)
NUL = Decimal(0)
WIA_MAANDEN = 60  # how many months after the wachttijd we show

GEEN_WIA, WGA, WGA_VOLLEDIG, IVA = "geen WIA", "WGA 35-80", "WGA 80-100", "IVA"
ZIEK = "loondoorbetaling"
LGU_START, LGU_REST, NA_LGU = "begin LGU", "rest LGU", "na LGU"  # the fases of a WIA month


class Invoer(NamedTuple):
    """What the person tells us. ``ao`` or ``restverdiencapaciteit``, not both."""

    maandloon: Decimal
    arbeidsverleden: int
    peildatum: dt.date
    ao: Decimal | None = None
    restverdiencapaciteit: Decimal | None = None
    inkomen: Decimal = NUL
    duurzaam: bool = False
    wekeneis: bool = True
    eerste_ziektedag: dt.date | None = None  # None: the peildatum
    loondoorbetaling: str = "70/70"
    aanbod: Decimal | None = None


class Geval(NamedTuple):
    """One situation after the wachttijd: arbeidsongeschiktheid, restverdiencapaciteit, earnings."""

    ao: Decimal
    rvc: Decimal
    loon: Decimal
    duurzaam: bool


class Maand(NamedTuple):
    """Income in one month after the first sick day."""

    nummer: int  # 1 = the month that starts on the first sick day
    wia_maand: int | None  # 1 = the first month after the wachttijd; None during the wachttijd
    begint: dt.date
    soort: str  # loondoorbetaling, LGU, LAU, VVU, IVA or geen
    uitkering: Decimal  # what the employer (loondoorbetaling) or UWV pays
    loon: Decimal  # earnings from work
    uitleg: str

    @property
    def totaal(self) -> Decimal:
        return self.uitkering + self.loon


class Periode(NamedTuple):
    """Consecutive months with the same payment."""

    eerste: Maand
    laatste: Maand

    @property
    def naam(self) -> str:
        if self.eerste.wia_maand is None:
            return f"ziektemaand {self.eerste.nummer}–{self.laatste.nummer}" \
                if self.laatste.nummer > self.eerste.nummer else f"ziektemaand {self.eerste.nummer}"
        if self.laatste.wia_maand > self.eerste.wia_maand:
            return f"WIA-maand {self.eerste.wia_maand}–{self.laatste.wia_maand}"
        return f"WIA-maand {self.eerste.wia_maand}"


class Overgang(NamedTuple):
    """A change of monthly income from one month to the next."""

    maand: Maand  # the first month with the new amount
    van: Decimal
    naar: Decimal

    @property
    def daling_euro(self) -> Decimal:
        return self.van - self.naar

    @property
    def daling_procent(self) -> Decimal:
        if not self.van:
            return NUL
        return (self.daling_euro / self.van * HONDERD).quantize(Decimal("0.1"), ROUND_HALF_UP)


class Scenario(NamedTuple):
    """One WIA outcome (or the job offer), month by month."""

    sleutel: str
    titel: str
    aanname: str  # what we assume, in plain Dutch
    uitkomst: str
    geval: Geval
    maanden: tuple[Maand, ...]

    @property
    def wia(self) -> tuple[Maand, ...]:
        return tuple(m for m in self.maanden if m.wia_maand is not None)

    def perioden(self) -> list[Periode]:
        uit: list[Periode] = []
        for m in self.maanden:
            vorige = uit[-1].laatste if uit else None
            if vorige and (vorige.soort, vorige.uitkering, vorige.loon, vorige.wia_maand is None) == \
                    (m.soort, m.uitkering, m.loon, m.wia_maand is None):
                uit[-1] = Periode(uit[-1].eerste, m)
            else:
                uit.append(Periode(m, m))
        return uit

    def overgangen(self) -> list[Overgang]:
        return [Overgang(b, a.totaal, b.totaal) for a, b in zip(self.maanden, self.maanden[1:])
                if a.totaal != b.totaal]


class Uitkomst(NamedTuple):
    """Everything computed for one input: every scenario and the rules used."""

    invoer: Invoer
    regels: Regels
    maandloon: Decimal  # the WIA maandloon after the cap
    eigen: Scenario  # what the person expects
    scenarios: tuple[Scenario, ...]
    lgu_maanden: int
    einde_wachttijd: dt.date

    @property
    def uitkomst(self) -> str:
        return self.eigen.uitkomst

    @property
    def ao(self) -> Decimal:
        return self.eigen.geval.ao

    @property
    def rvc(self) -> Decimal:
        return self.eigen.geval.rvc


def bereken(inv: Invoer) -> Uitkomst:
    """All scenarios for this person, month by month. The form's declaration (``tool.py``) checks
    every field's limits before this runs."""
    r = regels_op(inv.peildatum)
    loon = inv.maandloon
    if inv.ao is not None:
        eigen = Geval(inv.ao, loon * (HONDERD - inv.ao) / HONDERD, inv.inkomen, inv.duurzaam)
    else:
        eigen = Geval(ao_uit_rvc(loon, inv.restverdiencapaciteit), inv.restverdiencapaciteit, inv.inkomen,
                      inv.duurzaam)
    eerste = inv.eerste_ziektedag or inv.peildatum
    lgu = lgu_duur(r, inv.arbeidsverleden, eerste) if inv.wekeneis else 0
    ziek = ziektemaanden(r, loon, eerste, inv.loondoorbetaling)
    begin_wia = eerste + dt.timedelta(weeks=r.loondoorbetaling_weken)

    def scenario(sleutel, titel, aanname, uitkomst, geval):
        wia = wia_maanden(r, loon, uitkomst, geval, lgu, begin_wia, len(ziek))
        return Scenario(sleutel, titel, aanname, uitkomst, geval, tuple(ziek) + tuple(wia))

    eigen_scenario = scenario("verwachting", "Wat u verwacht", _aanname_eigen(eigen),
                              uitkomst_soort(r, eigen.ao, eigen.duurzaam), eigen)
    return Uitkomst(inv, r, min(loon, r.maximum_maandloon), eigen_scenario,
                    tuple(scenario(*s) for s in _scenarios(r, inv, eigen)), lgu, begin_wia)


def ao_uit_rvc(maandloon: Decimal, rvc: Decimal) -> Decimal:
    """Arbeidsongeschiktheid in percent: the share of the old wage one can no longer earn."""
    return max(NUL, (maandloon - rvc) / maandloon * HONDERD)


def uitkomst_soort(r: Regels, ao: Decimal, duurzaam: bool) -> str:
    if ao < r.wga_grens:
        return GEEN_WIA
    if ao < r.volledig_grens:
        return WGA
    return IVA if duurzaam else WGA_VOLLEDIG


def lgu_opbouw(r: Regels, jaren: int, eerste: dt.date) -> tuple[int, int]:
    """(years at a full month, years at the lower rate) of the arbeidsverleden.

    The form only asks for the number of years, so we assume the person worked without a break up
    to the calendar year of the first sick day (that year itself does not count, as in the WW): the
    youngest years are the ones from ``halve_maand_vanaf`` on, the rest lie before it. The oldest
    ``lgu_duur.jaren`` years count a full month each; after those, years before ``halve_maand_vanaf`` still
    count a full month and only the later years count less.
    """
    d = r.lgu_duur
    later = min(jaren, hele_jaren(d.halve_maand_vanaf, eerste))
    vol = max(min(jaren, d.jaren), jaren - later)
    return vol, jaren - vol


def lgu_opgebouwd(r: Regels, jaren: int, eerste: dt.date) -> Decimal:
    """Months built up by the arbeidsverleden, before the minimum and maximum (may end in a half)."""
    d = r.lgu_duur
    vol, minder = lgu_opbouw(r, jaren, eerste)
    return vol * d.maanden_per_jaar + minder * d.daarna_per_jaar


def lgu_duur(r: Regels, jaren: int, eerste: dt.date) -> int:
    """Months of LGU for ``jaren`` of arbeidsverleden up to the first sick day ``eerste``: whole months
    (rounded down), bounded by the minimum and maximum."""
    d = r.lgu_duur
    maanden = lgu_opgebouwd(r, jaren, eerste).to_integral_value(ROUND_FLOOR)
    return int(min(d.maximum, max(d.minimum, maanden)))


def hele_jaren(begin: dt.date, datum: dt.date) -> int:
    """Whole years from ``begin`` to ``datum``; 0 if ``datum`` is not later."""
    if datum <= begin:
        return 0
    return datum.year - begin.year - ((datum.month, datum.day) < (begin.month, begin.day))


def vvu_percentage(r: Regels, ao: Decimal) -> tuple[Decimal, str]:
    """The VVU percentage for this arbeidsongeschiktheid and the class as text ('45–55%')."""
    grenzen = [grens for grens, _ in r.vvu_percentages] + [r.volledig_grens]
    for (grens, pct), boven in zip(r.vvu_percentages, grenzen[1:]):
        if grens <= ao < boven:
            return pct, bereik(grens, boven)
    raise ValueError(f"geen VVU-klasse voor {ao}%")


def ziektemaanden(r: Regels, loon: Decimal, eerste: dt.date, keuze: str) -> list[Maand]:
    """Loondoorbetaling per month during the wachttijd (no earnings from work)."""
    einde = eerste + dt.timedelta(weeks=r.loondoorbetaling_weken)
    einde_jaar1 = eerste + dt.timedelta(weeks=r.minimumloon_weken)
    jaar1, jaar2 = (Decimal(p) for p in keuze.split("/"))
    uit = []
    nummer = 1
    while (begint := plus_maanden(eerste, nummer - 1)) < einde:
        eerste_jaar = begint < einde_jaar1
        bedrag, uitleg = loondoorbetaling(r, loon, jaar1 if eerste_jaar else jaar2, eerste_jaar)
        uit.append(Maand(nummer, None, begint, ZIEK, bedrag, NUL, uitleg))
        nummer += 1
    return uit


def loondoorbetaling(r: Regels, loon: Decimal, pct: Decimal, eerste_jaar: bool) -> tuple[Decimal, str]:
    """The legal minimum (capped, at least the minimumloon in year 1), or a higher agreed percentage."""
    wettelijk_pct = r.loondoorbetaling_percentage
    jaar = "Ziektejaar 1" if eerste_jaar else "Ziektejaar 2"
    grondslag = min(loon, r.maximum_maandloon)
    wettelijk = wettelijk_pct * grondslag / HONDERD
    uitleg = f"{jaar}: {procent(wettelijk_pct)}% van uw maandloon"
    if loon > r.maximum_maandloon:
        uitleg = f"{jaar}: {procent(wettelijk_pct)}% van het maximummaandloon ({euro(r.maximum_maandloon)})"
    if eerste_jaar and wettelijk < min(loon, r.referentieminimumloon):
        wettelijk = min(loon, r.referentieminimumloon)
        uitleg = f"{jaar}: het minimumloon ({euro(r.referentieminimumloon)}), want {procent(wettelijk_pct)}% " \
                 "van uw maandloon is minder"
        if loon < r.referentieminimumloon:
            uitleg = f"{jaar}: uw hele maandloon, want {procent(wettelijk_pct)}% ervan is minder dan " \
                     "het minimumloon voor uw uren"
    if pct > wettelijk_pct and pct * loon / HONDERD > wettelijk:
        return _cent(pct * loon / HONDERD), f"{jaar}: {procent(pct)}% van uw maandloon " \
                                           "(afspraak in cao of arbeidscontract)"
    return _cent(wettelijk), uitleg


def wia_maanden(r: Regels, loon: Decimal, uitkomst: str, geval: Geval, lgu: int, begin: dt.date,
                eerder: int) -> list[Maand]:
    """The WIA months 1..WIA_MAANDEN for one outcome."""
    maandloon = min(loon, r.maximum_maandloon)
    verdiend = _cent(geval.loon)
    per_fase = {}  # the benefit is the same in every month of a fase: compute it once
    uit = []
    for m in range(1, WIA_MAANDEN + 1):
        f = fase(r, m, lgu)
        if f not in per_fase:
            soort, bedrag, uitleg = wia_uitkering(r, loon, maandloon, uitkomst, geval, f)
            per_fase[f] = soort, _cent(max(NUL, bedrag)), uitleg
        soort, bedrag, uitleg = per_fase[f]
        uit.append(Maand(eerder + m, m, plus_maanden(begin, m - 1), soort, bedrag, verdiend, uitleg))
    return uit


def fase(r: Regels, m: int, lgu: int) -> str:
    """Which part of the WIA month ``m`` falls in: the first LGU months, the rest of the LGU, or after it."""
    if m > lgu:
        return NA_LGU
    return LGU_START if m <= r.lgu_maanden_start else LGU_REST


def wia_uitkering(r: Regels, loon: Decimal, maandloon: Decimal, uitkomst: str, geval: Geval,
                  f: str) -> tuple[str, Decimal, str]:
    """Benefit in a month of fase ``f``: (soort, amount before rounding, explanation)."""
    if uitkomst == GEEN_WIA:
        return "geen", NUL, f"Geen WIA-uitkering: minder dan {procent(r.wga_grens)}% arbeidsongeschikt"
    telt = geval.loon * maandloon / loon  # earnings count in proportion when the maandloon was capped
    if uitkomst == IVA:
        uitleg = f"IVA: {procent(r.iva_percentage)}% van uw maandloon ({euro(maandloon)})"
        if telt:
            uitleg += f" min {procent(r.iva_korting_inkomsten)}% van wat u verdient ({euro(telt)})"
        return "IVA", (r.iva_percentage * maandloon - r.iva_korting_inkomsten * telt) / HONDERD, uitleg
    if f != NA_LGU:
        pct = r.lgu_percentage_start if f == LGU_START else r.lgu_percentage
        return "LGU", pct * (maandloon - telt) / HONDERD, \
            f"Loongerelateerde uitkering (LGU): {procent(pct)}% van {_min_loon(maandloon, telt)}"
    eis = r.inkomenseis * geval.rvc / HONDERD
    if uitkomst == WGA_VOLLEDIG or geval.loon >= geval.rvc:
        reden = f"geen inkomenseis bij {bereik(r.volledig_grens, HONDERD)}" if uitkomst == WGA_VOLLEDIG \
            else "u benut uw restverdiencapaciteit"
        return "LAU", r.lau_percentage * (maandloon - telt) / HONDERD, \
            f"Loonaanvullingsuitkering (LAU, {reden}): {procent(r.lau_percentage)}% van " \
            f"{_min_loon(maandloon, telt)}"
    if geval.loon >= eis:
        rvc_telt = geval.rvc * maandloon / loon
        return "LAU", r.lau_percentage * (maandloon - rvc_telt) / HONDERD, \
            f"Loonaanvullingsuitkering (LAU, u verdient minstens {procent(r.inkomenseis)}% van uw " \
            f"restverdiencapaciteit): {procent(r.lau_percentage)}% van (maandloon {euro(maandloon)} min " \
            f"restverdiencapaciteit {euro(rvc_telt)})"
    pct, klasse = vvu_percentage(r, geval.ao)
    basis = min(r.referentieminimumloon, maandloon)
    waarvan = f"het minimumloon ({euro(basis)})" if basis == r.referentieminimumloon \
        else f"uw maandloon ({euro(basis)}), want dat is lager dan het minimumloon"
    return "VVU", pct * basis / HONDERD, \
        f"Vervolguitkering (VVU, klasse {klasse} arbeidsongeschikt): {procent(pct)}% van {waarvan}"


def plus_maanden(datum: dt.date, maanden: int) -> dt.date:
    """The same day ``maanden`` months later (the last day of a shorter month)."""
    jaar, maand = divmod(datum.month - 1 + maanden, 12)
    jaar += datum.year
    return datum.replace(year=jaar, month=maand + 1,
                         day=min(datum.day, calendar.monthrange(jaar, maand + 1)[1]))


def bereik(van: Decimal, tot: Decimal) -> str:
    """A class of arbeidsongeschiktheid as text: '35–80%'."""
    return f"{procent(van)}–{procent(tot)}%"


def _min_loon(maandloon: Decimal, telt: Decimal) -> str:
    if not telt:
        return f"uw maandloon ({euro(maandloon)})"
    return f"(maandloon {euro(maandloon)} min wat u verdient {euro(telt)})"


def _cent(bedrag: Decimal) -> Decimal:
    return bedrag.quantize(CENT, ROUND_HALF_UP)


def _aanname_eigen(geval: Geval) -> str:
    werk = f"u verdient {euro(geval.loon)} per maand met werk" if geval.loon else "u heeft geen werk"
    duur = " en dat is duurzaam" if geval.duurzaam else ""
    return f"U bent {procent(geval.ao)}% arbeidsongeschikt{duur}; {werk}."


def _scenarios(r: Regels, inv: Invoer, eigen: Geval) -> list[tuple]:
    """(sleutel, titel, aanname, uitkomst, geval) for every WIA outcome, and the job offer."""
    loon = inv.maandloon
    wga = bereik(r.wga_grens, r.volledig_grens)
    rvc_bij = lambda ao: loon * (HONDERD - ao) / HONDERD  # noqa: E731
    uit = [("geen-wia-zonder-werk", "Geen WIA, geen werk",
            f"UWV vindt u minder dan {procent(r.wga_grens)}% arbeidsongeschikt en u heeft geen werk.",
            GEEN_WIA, Geval(eigen.ao, eigen.rvc, NUL, False))]
    if inv.inkomen:
        werk, waarom = inv.inkomen, "het bedrag dat u invulde"
    elif eigen.ao < r.wga_grens:
        werk, waarom = eigen.rvc, "uw restverdiencapaciteit"
    else:
        werk, waarom = rvc_bij(r.wga_grens), f"{procent(HONDERD - r.wga_grens)}% van uw maandloon"
    uit.append(("geen-wia-met-werk", "Geen WIA, wel werk",
                f"UWV vindt u minder dan {procent(r.wga_grens)}% arbeidsongeschikt. U werkt en verdient "
                f"{euro(werk)} per maand ({waarom}).", GEEN_WIA, Geval(eigen.ao, eigen.rvc, werk, False)))
    if r.wga_grens <= eigen.ao < r.volledig_grens:
        ao, rvc, noot = eigen.ao, eigen.rvc, ""
    else:
        ao = (r.wga_grens + r.volledig_grens) / 2
        rvc, noot = rvc_bij(ao), f" Uw eigen percentage valt buiten {wga}; wij rekenen met {procent(ao)}%."
    eis = r.inkomenseis * rvc / HONDERD
    genoeg = inv.inkomen if inv.inkomen >= eis else rvc
    uit.append(("wga-werk", f"WGA {wga}, u werkt genoeg",
                f"U bent {procent(ao)}% arbeidsongeschikt en verdient {euro(genoeg)} per maand: minstens de "
                f"helft van uw restverdiencapaciteit ({euro(rvc)}).{noot}", WGA,
                Geval(ao, rvc, genoeg, False)))
    weinig = inv.inkomen if inv.inkomen < eis else NUL
    uit.append(("wga-minder", f"WGA {wga}, u werkt weinig of niet",
                f"U bent {procent(ao)}% arbeidsongeschikt en verdient {euro(weinig)} per maand: minder dan "
                f"de helft van uw restverdiencapaciteit ({euro(rvc)}).{noot}", WGA,
                Geval(ao, rvc, weinig, False)))
    volledig = eigen.ao if eigen.ao >= r.volledig_grens else HONDERD
    geval = Geval(volledig, rvc_bij(volledig), inv.inkomen, False)
    uit.append(("wga-80-100", f"WGA {bereik(r.volledig_grens, HONDERD)}, niet duurzaam",
                f"U bent {procent(volledig)}% arbeidsongeschikt, maar u kunt misschien herstellen.",
                WGA_VOLLEDIG, geval))
    uit.append(("iva", "IVA, volledig en duurzaam",
                f"U bent {procent(volledig)}% arbeidsongeschikt en herstel is (bijna) uitgesloten.", IVA,
                Geval(volledig, geval.rvc, inv.inkomen, True)))
    if inv.aanbod:
        rvc = max(eigen.rvc, inv.aanbod)
        ao = ao_uit_rvc(loon, rvc)
        uit.append(("aanbod", "Nieuwe baan via spoor 2",
                    f"U neemt de baan aan voor {euro(inv.aanbod)} per maand en werkt daar na de wachttijd. "
                    f"UWV kijkt dan naar wat u met die baan verdient: u bent {procent(ao)}% arbeidsongeschikt.",
                    uitkomst_soort(r, ao, inv.duurzaam), Geval(ao, rvc, inv.aanbod, inv.duurzaam)))
    return uit
