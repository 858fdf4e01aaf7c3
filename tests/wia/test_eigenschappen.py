"""Properties that must hold for every input (hypothesis)."""

import datetime as dt
import itertools
import re
from decimal import ROUND_HALF_UP
from decimal import Decimal as D

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from spoorkennis.fouten import InvoerFout
from spoorkennis.wia.berekening import AOW, Invoer, bereken
from spoorkennis.wia.parameters import regels_op
from spoorkennis.wia.cli import tabel
from spoorkennis.wia.tool import TOOL as wia
from spoorkennis.wia.uitleg import als_dict, naar_json
from spoorkennis.wia.weergave import grafiek, html

from .test_berekening import lgu_duur

bedragen = st.decimals(min_value=0, max_value=20000, places=2, allow_nan=False, allow_infinity=False)
maandlonen = st.decimals(min_value=D("0.01"), max_value=20000, places=2, allow_nan=False, allow_infinity=False)
percentages = st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False)
data = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2027, 12, 31))


uren = st.decimals(min_value=1, max_value=80, places=1, allow_nan=False, allow_infinity=False)
geboren = st.dates(min_value=dt.date(1957, 3, 1), max_value=dt.date(2010, 12, 31))


@st.composite
def invoeren(draw, maandloon=maandlonen):
    met_ao = draw(st.booleans())
    return Invoer(
        maandloon=draw(maandloon), arbeidsverleden=draw(st.integers(0, 60)), peildatum=draw(data),
        ao=draw(percentages) if met_ao else None,
        restverdiencapaciteit=None if met_ao else draw(bedragen),
        maatmaninkomen=draw(st.none() | maandlonen), uren_per_week=draw(st.none() | uren),
        geboortedatum=draw(st.none() | geboren),
        inkomen=draw(bedragen), duurzaam=draw(st.booleans()), wekeneis=draw(st.booleans()),
        eerste_ziektedag=draw(st.none() | data), loondoorbetaling=draw(st.sampled_from(["70/70", "100/70"])),
        aanbod=draw(st.none() | bedragen))


def alle_scenarios(u):
    return (u.eigen, *u.scenarios)


@settings(max_examples=150, deadline=None)
@given(invoeren())
def test_geen_negatieve_bedragen(inv):
    for s in alle_scenarios(bereken(inv)):
        assert all(m.uitkering >= 0 and m.loon >= 0 for m in s.maanden)


@settings(max_examples=150, deadline=None)
@given(invoeren())
def test_geen_uitkering_boven_wat_het_gemaximeerde_maandloon_toelaat(inv):
    u = bereken(inv)
    r = regels_op(inv.peildatum)
    hoogste_pct = max(r.iva_percentage, r.lgu_percentage_start, r.lgu_percentage, r.lau_percentage)
    hoogste_pct = max(hoogste_pct, r.ww_uitkering.percentage_start)
    grens = (hoogste_pct * min(inv.maandloon, r.maximum_maandloon) / 100).quantize(D("0.01"), ROUND_HALF_UP)
    for s in alle_scenarios(u):
        assert all(m.uitkering <= grens for m in s.wia)


@settings(max_examples=150, deadline=None)
@given(invoeren())
def test_lgu_is_minstens_de_vvu_die_volgt(inv):
    # With the maatmaninkomen at the maandloon, what someone earns in the WGA scenarios stays well
    # below the maandloon. (A maatmaninkomen far above the maandloon lets earnings eat the whole LGU,
    # which deducts them, while the VVU does not: then the LGU can be lower, as the law has it.)
    for s in alle_scenarios(bereken(inv._replace(maatmaninkomen=None))):
        lgu = [m.uitkering for m in s.wia if m.soort == "LGU"]
        vvu = [m.uitkering for m in s.wia if m.soort == "VVU"]
        if lgu and vvu:
            assert min(lgu) >= max(vvu)


def _zelfde_maar_ander_maandloon(inv, maandloon):
    return inv._replace(maandloon=maandloon)


@settings(max_examples=150, deadline=None)
@given(invoeren(), maandlonen, maandlonen)
def test_hoger_maandloon_nooit_minder_bij_gelijke_restverdiencapaciteit(inv, a, b):
    # All else equal, with the restverdiencapaciteit fixed in euros: a higher wage never lowers
    # any month's payment in the expected scenario.
    assume(inv.restverdiencapaciteit is not None)
    laag, hoog = sorted((a, b))
    lager = bereken(_zelfde_maar_ander_maandloon(inv, laag)).eigen.maanden
    hoger = bereken(_zelfde_maar_ander_maandloon(inv, hoog)).eigen.maanden
    assert all(h.uitkering >= l_.uitkering for l_, h in zip(lager, hoger))


@settings(max_examples=150, deadline=None)
@given(invoeren(), maandlonen, maandlonen)
def test_hoger_maandloon_nooit_minder_bij_gelijk_percentage_zonder_werk(inv, a, b):
    assume(inv.ao is not None)
    inv = inv._replace(inkomen=D(0))
    laag, hoog = sorted((a, b))
    lager = bereken(_zelfde_maar_ander_maandloon(inv, laag)).eigen.maanden
    hoger = bereken(_zelfde_maar_ander_maandloon(inv, hoog)).eigen.maanden
    assert all(h.uitkering >= l_.uitkering for l_, h in zip(lager, hoger))


VELD = {veld.naam: veld for veld in wia.delen()}


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_elke_invoer_binnen_de_grenzen_van_het_formulier_rekent_en_wordt_uitgelegd(data):
    # The form's declaration checks every limit; whatever passes it, the calculation handles, and
    # every text (the page, the command line, the JSON) can be written from its trace.
    def getal(naam):
        veld = VELD[naam]
        return data.draw(st.decimals(min_value=veld.minimum or 0, max_value=veld.maximum, places=2))

    def datum(naam):
        return data.draw(st.dates(min_value=VELD[naam].minimum or dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)))

    def misschien(naam, lees):
        return lees(naam) if data.draw(st.booleans()) else None

    met_ao = data.draw(st.booleans())
    inv = Invoer(maandloon=getal("maandloon"), arbeidsverleden=data.draw(st.integers(0, VELD["arbeidsverleden"].maximum)),
                 peildatum=datum("peildatum"), ao=getal("ao") if met_ao else None,
                 restverdiencapaciteit=None if met_ao else getal("restverdiencapaciteit"), inkomen=getal("inkomen"),
                 maatmaninkomen=misschien("maatmaninkomen", getal), uren_per_week=misschien("uren_per_week", getal),
                 geboortedatum=misschien("geboortedatum", datum), aanbod=misschien("aanbod", getal),
                 eerste_ziektedag=misschien("eerste_ziektedag", datum),
                 duurzaam=data.draw(st.booleans()), wekeneis=data.draw(st.booleans()),
                 loondoorbetaling=data.draw(st.sampled_from([w for w, _, _ in VELD["loondoorbetaling"].opties])))
    u = bereken(inv)
    assert len(u.eigen.wia) == 60
    assert html(u).startswith('<div class="sk-wia">') and tabel(u) and naar_json(als_dict(u))


tekst = st.one_of(st.text(max_size=12), st.sampled_from(["", "3.000", "€ 3.000,-", "1e12", "-5", "abc", "100",
                                                         "101", "50,5", "1000000000000", "5-1-2026", "ja"]))
VELDEN = ["maandloon", "uren_per_week", "arbeidsverleden", "ao", "restverdiencapaciteit", "maatmaninkomen", "inkomen",
          "duurzaam", "wekeneis", "eerste_ziektedag", "geboortedatum", "loondoorbetaling", "aanbod", "peildatum",
          "_vandaag"]


@settings(max_examples=200, deadline=None)
@given(st.fixed_dictionaries({}, optional={veld: tekst for veld in VELDEN}))
def test_elk_formulier_geeft_html_of_invoerfout(velden):
    try:
        uit = wia(velden)
    except InvoerFout as fout:
        assert all(veld in VELDEN for veld, _ in fout.fouten)
    else:
        assert uit["html"].startswith('<div class="sk-wia">')


@settings(max_examples=150, deadline=None)
@given(maandlonen, bedragen, bedragen, data)
def test_iva_elke_verdiende_euro_kost_de_korting_en_meer_werken_loont(maandloon, a, b, peildatum):
    # IVA = iva% × maandloon − korting% × earnings (earnings counted in proportion above the maximum),
    # never below zero. So more earnings never lower the total, and while the IVA stays above zero,
    # earning (b − a) more lowers it by korting% of that (within a cent of rounding per amount).
    r = regels_op(peildatum)
    laag, hoog = sorted((a, b))

    def iva(inkomen):
        u = bereken(Invoer(maandloon=maandloon, arbeidsverleden=10, peildatum=peildatum, ao=D(100),
                           inkomen=inkomen, duurzaam=True))
        return u.eigen.wia[0]

    minder, meer = iva(laag), iva(hoog)
    assert minder.soort == meer.soort == "IVA"
    assert meer.totaal >= minder.totaal and 0 <= meer.uitkering <= minder.uitkering
    if meer.uitkering > 0:
        telt = (hoog - laag) * min(maandloon, r.maximum_maandloon) / maandloon
        assert abs((minder.uitkering - meer.uitkering) - r.iva_korting_inkomsten * telt / 100) <= D("0.01")


jaren = st.integers(0, 60)
ziektedagen = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2080, 12, 31))


@settings(max_examples=300, deadline=None)
@given(jaren, ziektedagen, ziektedagen)
def test_lgu_later_ziek_nooit_langer_bij_gelijk_arbeidsverleden(n, eerder, later):
    # The later the first sick day, the more of the same years lie from 2016 on (counted at half a month),
    # so the LGU never gets longer. Always between the minimum and the maximum.
    r = regels_op(dt.date(2026, 1, 1))
    eerder, later = sorted((eerder, later))
    d = r.lgu_duur
    assert d.minimum <= lgu_duur(r, n, later) <= lgu_duur(r, n, eerder) <= d.maximum


@settings(max_examples=300, deadline=None)
@given(jaren, jaren, ziektedagen)
def test_lgu_meer_jaren_nooit_korter(a, b, ziek):
    r = regels_op(dt.date(2026, 1, 1))
    minder, meer = sorted((a, b))
    assert lgu_duur(r, minder, ziek) <= lgu_duur(r, meer, ziek)


@settings(max_examples=300, deadline=None)
@given(jaren, ziektedagen)
def test_lgu_tussen_alles_halve_maand_en_alles_hele_maand(n, ziek):
    # Bounds that do not depend on the 2016 split: at least 1 month for each of the first 10 years and
    # half a month for the rest; at most 1 month for every year (both within minimum and maximum).
    r = regels_op(dt.date(2026, 1, 1))
    d = r.lgu_duur
    begrens = lambda m: min(d.maximum, max(d.minimum, int(m)))  # noqa: E731
    per_jaar, daarna = d.maanden_per_jaar, d.daarna_per_jaar
    ondergrens = begrens(min(n, d.jaren) * per_jaar + max(n - d.jaren, 0) * daarna)
    assert ondergrens <= lgu_duur(r, n, ziek) <= begrens(n * per_jaar)


@settings(max_examples=200, deadline=None)
@given(invoeren(), uren, uren)
def test_meer_uren_geven_nooit_een_lagere_ondergrens_in_het_eerste_jaar(inv, a, b):
    # BW 7:629 lid 1: in the first 52 weeks at least the minimum wage for one's own hours. The more
    # hours, the higher that minimum: no sick month of year 1 pays less with more hours.
    minder, meer = sorted((a, b))
    met = lambda u: [m.uitkering for m in bereken(inv._replace(uren_per_week=u)).eigen.maanden  # noqa: E731
                     if m.wia_maand is None]
    assert all(hoog >= laag for laag, hoog in zip(met(minder), met(meer)))


@settings(max_examples=150, deadline=None)
@given(invoeren(), geboren, geboren)
def test_een_latere_aow_datum_verlaagt_nooit_een_maand(inv, a, b):
    # The WIA and the WW stop at the AOW date (months from that date on show no benefit): born later,
    # the AOW comes later, so no month after the wachttijd pays less in any scenario. (During the
    # wachttijd the birth date sets the minimumjeugdloon: younger is lower, as the law has it.)
    eerder, later = sorted((a, b))
    u, v = bereken(inv._replace(geboortedatum=eerder)), bereken(inv._replace(geboortedatum=later))
    for s, t in zip((u.eigen, *u.scenarios), (v.eigen, *v.scenarios)):
        assert all(m.uitkering <= n.uitkering for m, n in zip(s.wia, t.wia))


@settings(max_examples=150, deadline=None)
@given(invoeren(), uren)
def test_eerste_jaar_minstens_het_minimumloon_voor_de_uren(inv, u):
    # With hours given, no sick month of year 1 pays less than the minimum wage for those hours
    # (for the adult rate: without a birth date no age is known).
    inv = inv._replace(uren_per_week=u, geboortedatum=None)
    r = regels_op(inv.peildatum)
    w = r.weken_per_maand
    ondergrens = (r.minimumuurloon * inv.uren_per_week * w.weken / w.maanden).quantize(D("0.01"), ROUND_HALF_UP)
    jaar1 = [m for m in bereken(inv).eigen.maanden if m.stap.waarden.get("jaar") == 1]
    assert jaar1 and all(m.uitkering >= ondergrens for m in jaar1)


def _stukken(d: str) -> list[tuple[float, float, float]]:
    """The horizontal stretches (from x, to x, at y) of an SVG path of M, H and V commands."""
    x = y = 0.0
    stukken = []
    for opdracht, getallen in re.findall(r"([MHV])([-\d. ]+)", d):
        waarden = [float(g) for g in getallen.split()]
        if opdracht == "M":
            x, y = waarden
        elif opdracht == "V":
            y = waarden[0]
        else:
            stukken.append((x, waarden[0], y))
            x = waarden[0]
    return stukken


@settings(max_examples=100, deadline=None)
@given(invoeren())
def test_de_grafiek_tekent_elke_maand_tot_de_aow_op_zijn_hoogte(inv):
    # Each scenario's line runs from month 1 to the AOW (or the end) with a month per twelfth of a
    # year on the axis: the same income at the same height, more income higher (a smaller y).
    u = bereken(inv)
    svg = grafiek(u.scenarios, 104)
    as_jaren = re.findall(r'<text x="([\d.]+)" y="\d+" text-anchor="middle"[^>]*>(\d+)<', svg)
    jaren = {int(j): float(x) for x, j in as_jaren}
    begin, maand = jaren[0], (jaren[1] - jaren[0]) / 12
    paden = re.findall(r'<path class="sk-lijn[^"]*" d="([^"]+)"', svg)
    assert len(paden) == len(u.scenarios)
    for s, d in zip(u.scenarios, paden):
        maanden = list(itertools.takewhile(lambda m: m.soort != AOW, s.maanden))
        stukken = _stukken(d)
        assert all(a[1] == b[0] for a, b in zip(stukken, stukken[1:]))  # one unbroken line
        assert stukken[0][0] == begin and abs(stukken[-1][1] - (begin + maand * len(maanden))) < 0.1
        hoogte = [next(y for van, tot, y in stukken if van <= begin + maand * (i + 0.5) <= tot)
                  for i in range(len(maanden))]
        for (m, h), (n, k) in itertools.combinations(zip(maanden, hoogte), 2):
            assert h == k if m.totaal == n.totaal else (h <= k if m.totaal > n.totaal else h >= k)
