"""Income per month from the first sick day: loondoorbetaling during the wachttijd, then the WIA
benefit for each possible outcome (or the WW when there is no WIA and no work), and for a job
offer via spoor 2; with the trace of every rule applied and the warnings.

Every amount and percentage comes from the parameters in force on the peildatum (``formules``
applies them); later indexation is not included. Amounts are gross euros per month, rounded to
cents per month. The result holds no text: ``uitleg`` writes the Dutch from its trace.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from ..tijdlijn.regels import regels_op as poortwachter_op
from ..tijdlijn.weken import Verzuim
from .formules import (GEEN_WIA, HONDERD, IVA, NUL, WGA, WGA_VOLLEDIG, ao_uit_rvc, aow, cent, fase,
                       hele_jaren, indeling, lgu_duur, loon_na_aow, loondoorbetaling, plus_maanden, wia_uitkering,
                       ww_duur, ww_uitkering)
from .parameters import VOLGORDE, regels_op
from .spoor import Gebruik, Stap, stap

WIA_JAREN = 5  # how long after the wachttijd we show
ZIEK, AOW = "loondoorbetaling", "AOW"  # the soort of a sick month, and of a month from the AOW date


class Invoer(NamedTuple):
    """What the person tells us (the form's fields). ``ao`` or ``restverdiencapaciteit``, not both."""

    maandloon: Decimal
    arbeidsverleden: int
    peildatum: dt.date
    ao: Decimal | None = None
    restverdiencapaciteit: Decimal | None = None
    maatmaninkomen: Decimal | None = None  # None: the maandloon
    uren_per_week: Decimal | None = None  # None: not known (the minimumloon of a full week)
    geboortedatum: dt.date | None = None  # None: no AOW date, no minimumjeugdloon
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
    """Income in one month after the first sick day, and the rule that gave it."""

    nummer: int  # 1 = the month that starts on the first sick day
    wia_maand: int | None  # 1 = the first month after the wachttijd; None during the wachttijd
    begint: dt.date
    soort: str  # loondoorbetaling, LGU, LAU, VVU, IVA, WW, AOW or geen
    uitkering: Decimal  # what the employer (loondoorbetaling) or UWV pays
    loon: Decimal  # earnings from work
    stap: Stap

    @property
    def totaal(self) -> Decimal:
        return self.uitkering + self.loon


class Periode(NamedTuple):
    """Consecutive months with the same payment by the same rule."""

    eerste: Maand
    laatste: Maand


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
    """One outcome (or the job offer), month by month. ``aanname`` is what we assume: a step whose
    rule is the scenario's key."""

    sleutel: str
    aanname: Stap
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
            if vorige and (vorige.soort, vorige.uitkering, vorige.loon, vorige.wia_maand is None, vorige.stap) \
                    == (m.soort, m.uitkering, m.loon, m.wia_maand is None, m.stap):
                uit[-1] = Periode(uit[-1].eerste, m)
            else:
                uit.append(Periode(m, m))
        return uit

    def overgangen(self) -> list[Overgang]:
        return [Overgang(b, a.totaal, b.totaal) for a, b in zip(self.maanden, self.maanden[1:])
                if a.totaal != b.totaal]


class Uitkomst(NamedTuple):
    """Everything computed for one input: every scenario, the steps (by rule) that hold for all of
    them, the warnings (steps too), and the parameters used with their dated values."""

    invoer: Invoer
    maandloon: Decimal  # the WIA maandloon after the cap
    eigen: Scenario  # what the person expects
    scenarios: tuple[Scenario, ...]
    stappen: dict[str, Stap]
    waarschuwingen: tuple[Stap, ...]
    gebruikt: tuple  # (Parameter, Waarde) of every parameter a step read, in the order of VOLGORDE

    @property
    def uitkomst(self) -> str:
        return self.eigen.uitkomst

    @property
    def ao(self) -> Decimal:
        return self.eigen.geval.ao

    @property
    def rvc(self) -> Decimal:
        return self.eigen.geval.rvc

    @property
    def lgu_maanden(self) -> int:
        return self.stappen["lgu_duur"].bedrag

    @property
    def einde_wachttijd(self) -> dt.date:
        return self.stappen["wachttijd"]["einde_wachttijd"]

    @property
    def eerste_wia_dag(self) -> dt.date:
        return self.stappen["wachttijd"]["eerste_wia_dag"]

    def alle_stappen(self):
        """Every step: the general ones, each scenario's assumption and every month's rule (a rule
        that goes on in the next months once)."""
        yield from self.stappen.values()
        yield from self.waarschuwingen
        for s in (self.eigen, *self.scenarios):
            yield s.aanname
            vorige = None
            for m in s.maanden:
                if m.stap is not vorige:
                    yield m.stap
                vorige = m.stap


class _Context(NamedTuple):
    """What every scenario shares: the rules, the input, the sick months, the LGU and WW duration,
    the first day of each WIA month and the AOW date (or None)."""

    r: object
    inv: Invoer
    ziek: tuple[Maand, ...]
    lgu: int
    ww: int
    wia_maanden: tuple[dt.date, ...]
    aow: dt.date | None


def bereken(inv: Invoer) -> Uitkomst:
    """All scenarios for this person, month by month. The form's declaration (``tool.py``) checks
    every field's limits before this runs."""
    r = regels_op(inv.peildatum)
    eerste = inv.eerste_ziektedag or inv.peildatum
    stappen = {"peildatum": Stap("peildatum", waarden={"peildatum": inv.peildatum})}
    g = Gebruik(r)
    stappen["maandloon"] = stap("maandloon", g, min(inv.maandloon, g.maximum_maandloon), maandloon=inv.maandloon)
    t = Gebruik(poortwachter_op(eerste)).lees("wachttijd_weken")
    einde = Verzuim(eerste).einde_wachttijd  # the timeline's end of the wachttijd, one definition
    stappen["wachttijd"] = stap("wachttijd", t, None, eerste_ziektedag=eerste, einde_wachttijd=einde,
                                eerste_wia_dag=einde + dt.timedelta(days=1))
    begin = stappen["wachttijd"]["eerste_wia_dag"]
    stappen["besluit"] = stap("besluit", Gebruik(poortwachter_op(eerste)).lees(
        "brief_uwv_week", "wia_aanvraag_uiterlijk_week"), None)
    eigen, stappen["arbeidsongeschiktheid"] = _eigen_geval(inv)
    g = Gebruik(r).lees("wga_grens", "volledig_grens")  # both thresholds: the text explains the classes
    stappen["indeling"] = stap("indeling", g, None, ao=eigen.ao, duurzaam=eigen.duurzaam,
                               uitkomst=indeling(g, eigen.ao, eigen.duurzaam))
    stappen["lgu_duur"] = lgu_duur(Gebruik(r).lees("wekeneis"), inv.arbeidsverleden, eerste) if inv.wekeneis \
        else stap("geen_lgu", Gebruik(r).lees("wekeneis"), 0)
    stappen["ww_duur"] = ww_duur(Gebruik(r), inv.arbeidsverleden, eerste, begin, inv.wekeneis)
    if inv.geboortedatum:
        stappen["aow"] = aow(Gebruik(r), inv.geboortedatum)
        if stop := loon_na_aow(Gebruik(r), eerste, stappen["aow"]["datum"], begin):
            stappen["loon_na_aow"] = stop
    ziek = tuple(_ziektemaanden(r, inv, eerste, begin, stappen.get("loon_na_aow"),
                                stappen["aow"]["datum"] if "aow" in stappen else None))
    stappen["loondoorbetaling"] = _loondoorbetaling_stap(ziek, inv.loondoorbetaling)
    ctx = _Context(r, inv, ziek, stappen["lgu_duur"].bedrag, stappen["ww_duur"].bedrag,
                   tuple(plus_maanden(begin, m) for m in range(WIA_JAREN * 12)),
                   stappen["aow"]["datum"] if "aow" in stappen else None)
    eigen_scenario = _scenario(ctx, "verwachting", Stap("verwachting", waarden=eigen._asdict()),
                               stappen["indeling"]["uitkomst"], eigen)
    scenarios = tuple(_scenario(ctx, *s) for s in _scenarios(r, inv, eigen))
    waarschuwingen = tuple(_waarschuwingen(r, inv, stappen, eigen_scenario))
    u = Uitkomst(inv, stappen["maandloon"].bedrag, eigen_scenario, scenarios, stappen, waarschuwingen, ())
    gebruikt = _gebruikt(u, r, poortwachter_op(eerste))
    oud = tuple(_verouderd(gebruikt, inv.peildatum))
    return u._replace(waarschuwingen=oud + waarschuwingen, gebruikt=gebruikt)


def _eigen_geval(inv: Invoer) -> tuple[Geval, Stap]:
    """The person's own arbeidsongeschiktheid, measured against the maatmaninkomen (the maandloon
    when it is not given), and the step that says how."""
    maatman = inv.maatmaninkomen or inv.maandloon
    if inv.ao is not None:
        ao, rvc = inv.ao, maatman * (HONDERD - inv.ao) / HONDERD
    else:
        ao, rvc = ao_uit_rvc(maatman, inv.restverdiencapaciteit), inv.restverdiencapaciteit
    return Geval(ao, rvc, inv.inkomen, inv.duurzaam), Stap("arbeidsongeschiktheid", waarden={
        "maatmaninkomen": maatman, "maatman_ingevuld": inv.maatmaninkomen is not None, "ao": ao, "rvc": rvc,
        "ao_ingevuld": inv.ao is not None})


def _ziektemaanden(r, inv: Invoer, eerste: dt.date, begin: dt.date, stop: Stap | None, aow_datum: dt.date | None):
    """Loondoorbetaling per month during the wachttijd (no earnings from work); with ``stop`` (the
    AOW age came first) none in the months that start on or after its end."""
    jaar1, jaar2 = (Decimal(p) for p in inv.loondoorbetaling.split("/"))
    nummer = 1
    while (begint := plus_maanden(eerste, nummer - 1)) < begin:
        if stop and begint >= stop["tot"]:
            yield Maand(nummer, None, begint, AOW, NUL, NUL, Stap("aow_geen_loon", NUL, waarden={"datum": aow_datum}))
            nummer += 1
            continue
        g = Gebruik(r)
        eerste_jaar = begint < eerste + dt.timedelta(weeks=g.minimumloon_weken)
        leeftijd = hele_jaren(inv.geboortedatum, begint) if inv.geboortedatum else None
        s = loondoorbetaling(g, inv.maandloon, eerste_jaar, jaar1 if eerste_jaar else jaar2, inv.uren_per_week,
                             leeftijd)
        yield Maand(nummer, None, begint, ZIEK, s.bedrag, NUL, s)
        nummer += 1


def _loondoorbetaling_stap(ziek: tuple[Maand, ...], keuze: str) -> Stap:
    """The rules of the wachttijd as a whole: those of its first month, the minimum wage of the
    first month that compared with it (the year-1 floor), and the percentages chosen."""
    eerste = ziek[0].stap
    vergeleken = next((m.stap for m in ziek if "minimumloon" in m.stap.waarden), None)
    waarden = {**eerste.waarden, **(vergeleken.waarden if vergeleken else {}), "keuze": keuze}
    parameters = {k: v for m in ziek for k, v in m.stap.parameters.items()}
    return Stap("loondoorbetaling_regels", None, parameters, waarden)


def _scenario(ctx: _Context, sleutel: str, aanname: Stap, uitkomst: str, geval: Geval) -> Scenario:
    ww = uitkomst == GEEN_WIA and not geval.loon  # no WIA and no work: the job ends, WW if it applies
    verdiend = cent(geval.loon)
    per_fase: dict[str, Stap] = {}  # the benefit is the same in every month of a part: compute it once
    uit = list(ctx.ziek)
    for m, begint in enumerate(ctx.wia_maanden, start=1):
        if ctx.aow and begint >= ctx.aow:
            s, soort = Stap("aow_bereikt", NUL, waarden={"datum": ctx.aow}), AOW
        elif ww:
            s = ww_uitkering(Gebruik(ctx.r), ctx.inv.maandloon, m, ctx.ww)
            soort = "WW" if s.regel == "ww" else "geen"
        else:
            g = Gebruik(ctx.r)
            f = fase(g, m, ctx.lgu)
            if f not in per_fase:
                s = wia_uitkering(g, ctx.inv.maandloon, uitkomst, geval.ao, geval.rvc, verdiend, f)
                per_fase[f] = Stap(s.regel, cent(max(NUL, s.bedrag)), s.parameters, s.waarden)
            s = per_fase[f]
            soort = SOORTEN[s.regel]
        uit.append(Maand(len(ctx.ziek) + m, m, begint, soort, s.bedrag, verdiend, s))
    return Scenario(sleutel, aanname, uitkomst, geval, tuple(uit))


# The soort of a WIA month, by the rule that gave it.
SOORTEN = {"geen_wia": "geen", "iva": "IVA", "lgu": "LGU", "lau_volledig": "LAU", "lau_inkomen": "LAU",
           "lau_rvc": "LAU", "vvu": "VVU"}


def _scenarios(r, inv: Invoer, eigen: Geval) -> list[tuple]:
    """(sleutel, aanname, uitkomst, geval) for every outcome, and the job offer."""
    maatman = inv.maatmaninkomen or inv.maandloon
    rvc_bij = lambda ao: maatman * (HONDERD - ao) / HONDERD  # noqa: E731
    uit = []
    g = Gebruik(r)
    uit.append(("geen-wia-zonder-werk", stap("geen-wia-zonder-werk", g.lees("wga_grens", "ww_ziekte_weken"),
                                             wekeneis=inv.wekeneis), GEEN_WIA, Geval(eigen.ao, eigen.rvc, NUL, False)))
    g = Gebruik(r).lees("wga_grens")  # the assumption: less than that arbeidsongeschikt
    if inv.inkomen:
        werk, waarom = inv.inkomen, "ingevuld"
    elif eigen.ao < g.wga_grens:
        werk, waarom = eigen.rvc, "rvc"
    else:
        werk, waarom = rvc_bij(g.wga_grens), "grens"
    uit.append(("geen-wia-met-werk", stap("geen-wia-met-werk", g, loon=werk, waarom=waarom), GEEN_WIA,
                Geval(eigen.ao, eigen.rvc, werk, False)))
    g = Gebruik(r).lees("wga_grens", "volledig_grens")  # the class the WGA scenarios lie in
    binnen = g.wga_grens <= eigen.ao < g.volledig_grens
    ao = eigen.ao if binnen else (g.wga_grens + g.volledig_grens) / 2
    rvc = eigen.rvc if binnen else rvc_bij(ao)
    eis = g.inkomenseis * rvc / HONDERD
    genoeg = inv.inkomen if inv.inkomen >= eis else rvc
    uit.append(("wga-werk", stap("wga-werk", g, ao=ao, rvc=rvc, loon=genoeg, eigen_ao=binnen), WGA,
                Geval(ao, rvc, genoeg, False)))
    weinig = inv.inkomen if inv.inkomen < eis else NUL
    uit.append(("wga-minder", Stap("wga-minder", None, g.gelezen, {"ao": ao, "rvc": rvc, "loon": weinig,
                                                                   "eigen_ao": binnen}), WGA,
                Geval(ao, rvc, weinig, False)))
    g = Gebruik(r)
    volledig = eigen.ao if eigen.ao >= g.volledig_grens else HONDERD
    geval = Geval(volledig, rvc_bij(volledig), inv.inkomen, False)
    uit.append(("wga-80-100", stap("wga-80-100", g, ao=volledig), WGA_VOLLEDIG, geval))
    uit.append(("iva", Stap("iva", None, g.gelezen, {"ao": volledig}), IVA, geval._replace(duurzaam=True)))
    if inv.aanbod:
        rvc = max(eigen.rvc, inv.aanbod)
        ao = ao_uit_rvc(maatman, rvc)
        g = Gebruik(r)
        uit.append(("aanbod", stap("aanbod", g, aanbod=inv.aanbod, ao=ao), indeling(g, ao, inv.duurzaam),
                    Geval(ao, rvc, inv.aanbod, inv.duurzaam)))
    return uit


def _waarschuwingen(r, inv: Invoer, stappen: dict, eigen: Scenario):
    """Steps for what the person should know before trusting the numbers (stale amounts follow
    once the parameters used are known)."""
    ind = stappen["indeling"]
    if ind["duurzaam"] and ind["uitkomst"] != IVA:  # "blijvend" ticked, but too little for the IVA
        yield Stap("duurzaam_zonder_iva", None, ind.parameters, ind.waarden)
    loon = stappen["loondoorbetaling"]
    if "minimumloon" in loon.waarden and inv.maandloon < loon["minimumloon"]:
        yield Stap("maandloon_onder_minimumloon", None, loon.parameters, loon.waarden)
    g = Gebruik(r)
    if inv.uren_per_week is None and inv.maandloon < g.referentieminimumloon:
        yield stap("uren_onbekend", g, None, maandloon=inv.maandloon,
                   referentieminimumloon=g.referentieminimumloon, minimumloon_weken=g.minimumloon_weken)
    maatman, uitkomst = stappen["arbeidsongeschiktheid"]["maatmaninkomen"], eigen.uitkomst
    grens = {WGA: g.wga_grens, WGA_VOLLEDIG: g.volledig_grens, IVA: g.volledig_grens}.get(uitkomst)
    if grens is not None and inv.inkomen > maatman * (HONDERD - grens) / HONDERD:
        yield stap("inkomen_past_niet", g, None, inkomen=inv.inkomen, maatmaninkomen=maatman, grens=grens,
                   uitkomst=uitkomst, ao_bij_inkomen=ao_uit_rvc(maatman, inv.inkomen))
    if "aow" in stappen:
        a = stappen["aow"]
        if not a["vastgesteld"]:
            yield Stap("aow_niet_vastgesteld", None, a.parameters, a.waarden)
        if a["datum"] <= stappen["wachttijd"]["eerste_wia_dag"]:
            stop = stappen.get("loon_na_aow")
            yield Stap("aow_voor_wia", None, {**a.parameters, **(stop.parameters if stop else {})},
                       {**a.waarden, **stappen["wachttijd"].waarden, **(stop.waarden if stop else {})})


def _gebruikt(u: Uitkomst, *geldend) -> tuple:
    """(Parameter, Waarde) of every parameter a step read, in the order of VOLGORDE."""
    namen = {naam for s in u.alle_stappen() for naam in s.parameters}
    alle = {p.naam: (p, w) for g in geldend for p, w in g.gebruikt if p.naam in namen}
    plek = {naam: i for i, naam in enumerate(VOLGORDE)}
    return tuple(alle[naam] for naam in sorted(alle, key=lambda n: (plek.get(n, len(plek)), n)))


def _verouderd(gebruikt: tuple, peildatum: dt.date):
    """A warning for the amounts used whose scheduled change date has passed on the peildatum
    without a newer value in the data."""
    oud = [v for p, _ in gebruikt if (v := p.verouderd_op(peildatum))]
    if oud:
        yield Stap("verouderd", None, {v.parameter.naam: v.waarde.waarde for v in oud}, {
            "peildatum": peildatum, "vanaf": max(v.waarde.begin for v in oud),
            "wijziging": min(v.wijzigingsdatum for v in oud), "namen": tuple(v.parameter.naam for v in oud)})


__all__ = ["AOW", "GEEN_WIA", "IVA", "WGA", "WGA_VOLLEDIG", "Invoer", "Uitkomst", "bereken", "hele_jaren",
           "lgu_duur"]
