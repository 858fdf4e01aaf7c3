"""Worked examples, computed by hand from the rules (the arithmetic is in each case's comment).

Amounts of 1 January 2026 unless a case says otherwise: referentieminimumloon € 2.294,40,
maximum dagloon € 304,25, so the maximum maandloon is 304,25 × 21,75 = € 6.617,44.
"""

import datetime as dt
from decimal import Decimal as D

import pytest

from spoorkennis.wia import parameters
from spoorkennis.wia.berekening import GEEN_WIA, IVA, WGA, WGA_VOLLEDIG, Invoer, bereken, hele_jaren
from spoorkennis.wia.formules import lgu_duur as lgu_stap
from spoorkennis.wia.parameters import regels_op
from spoorkennis.wia.spoor import Gebruik

JAN_2026 = dt.date(2026, 1, 1)


def lgu_duur(r, jaren, ziek):
    """Months of LGU for ``jaren`` of arbeidsverleden before the year of the first sick day ``ziek``."""
    return lgu_stap(Gebruik(r), jaren, ziek).bedrag


def invoer(**velden):
    basis = dict(maandloon=D(3000), arbeidsverleden=20, peildatum=JAN_2026)
    basis.update(velden)
    return Invoer(**basis)


def wia(uitkomst, maand):
    m = uitkomst.eigen.wia[maand - 1]
    return m.soort, m.uitkering


# name, input, expected outcome, {WIA month: (soort, uitkering)}
GEVALLEN = [
    ("WGA 35-80 zonder werk (het voorbeeld uit de opdracht)",
     # 20 years, sick on 1-1-2026: the youngest 10 (2016-2025) are from 2016, the other 10 before.
     # The first 10 years count 1 month each, the 10 from 2016 half a month: 10 + 5 = 15 months LGU.
     # Months 1-2: 75% × 3000 = 2250; 3-15: 70% × 3000 = 2100.
     # Then no earnings < 50% of the rvc (1500) → VVU, class 45-55%: 35% × 2294,40 = 803,04.
     dict(ao=D(50)), WGA,
     {1: ("LGU", "2250.00"), 2: ("LGU", "2250.00"), 3: ("LGU", "2100.00"), 15: ("LGU", "2100.00"),
      16: ("VVU", "803.04"), 60: ("VVU", "803.04")}),
    ("geen WIA bij 30%: zonder werk de WW",
     # No WIA and no earnings: the job ends, WW (Werkloosheidswet art. 47, Dagloonbesluit as changed
     # by Stb. 2018, 193: the illness does not lower the dagloon). 75% × 3000 = 2250 for 2 months,
     # 70% = 2100 after; 15 months (see test_alle_uitkomsten_als_scenario); then nothing.
     dict(ao=D(30)), GEEN_WIA, {1: ("WW", "2250.00"), 3: ("WW", "2100.00"), 15: ("WW", "2100.00"),
                                16: ("geen", "0.00"), 60: ("geen", "0.00")}),
    ("geen WIA net onder 35%",
     dict(ao=D("34.99")), GEEN_WIA, {1: ("WW", "2250.00")}),
    ("geen WIA met werk: geen uitkering",
     dict(ao=D(30), inkomen=D(2100)), GEEN_WIA, {1: ("geen", "0.00"), 60: ("geen", "0.00")}),
    ("geen WIA zonder wekeneis: geen WW",
     # Werkloosheidswet art. 17 and 17a: the same 26 of 36 weeks (weeks of illness do not count)
     dict(ao=D(30), wekeneis=False), GEEN_WIA, {1: ("geen", "0.00"), 60: ("geen", "0.00")}),
    ("WGA bij precies 35%",
     # class 35-45%: 28% × 2294,40 = 642,432 → 642,43
     dict(ao=D(35)), WGA, {1: ("LGU", "2250.00"), 16: ("VVU", "642.43")}),
    ("WGA 80-100: na de LGU de LAU zonder inkomenseis",
     # LGU as above; then LAU 70% × (3000 − 0) = 2100
     dict(ao=D(90)), WGA_VOLLEDIG, {1: ("LGU", "2250.00"), 15: ("LGU", "2100.00"), 16: ("LAU", "2100.00")}),
    ("IVA: 75% van het maandloon",
     # 75% × 3000 = 2250, every month
     dict(ao=D(90), duurzaam=True), IVA, {1: ("IVA", "2250.00"), 60: ("IVA", "2250.00")}),
    ("IVA met inkomsten: 70% van wat u verdient gaat eraf",
     # 75% × 3000 = 2250; minus 70% × 500 = 350 → 1900 (not 75% × (3000 − 500) = 1875)
     dict(ao=D(90), duurzaam=True, inkomen=D(500)), IVA, {1: ("IVA", "1900.00"), 60: ("IVA", "1900.00")}),
    ("IVA met inkomsten boven het maximum maandloon: inkomsten tellen naar verhouding",
     # earnings count as 1000 × 6617,44 / 8000 = 827,18. 75% × 6617,44 = 4963,08; 70% × 827,18 = 579,026;
     # 4963,08 − 579,026 = 4384,054 → 4384,05
     dict(maandloon=D(8000), ao=D(100), duurzaam=True, inkomen=D(1000)), IVA, {1: ("IVA", "4384.05")}),
    ("IVA met zoveel inkomsten dat er niets overblijft: nooit negatief",
     # 75% × 3000 = 2250; 70% × 4000 = 2800; 2250 − 2800 < 0 → 0
     dict(ao=D(100), duurzaam=True, inkomen=D(4000)), IVA, {1: ("IVA", "0.00")}),
    ("duurzaam telt alleen vanaf 80%",
     dict(ao=D(79), duurzaam=True), WGA, {1: ("LGU", "2250.00")}),
    ("maandloon boven het maximum: IVA",
     # 75% × 6617,44 = 4963,08
     dict(maandloon=D(8000), ao=D(100), duurzaam=True), IVA, {1: ("IVA", "4963.08")}),
    ("maandloon boven het maximum: werk telt naar verhouding",
     # rvc = 50% × 8000 = 4000, earnings 4000 count as 4000 × 6617,44 / 8000 = 3308,72.
     # LGU 1: 75% × (6617,44 − 3308,72) = 2481,54; LGU 3: 70% × 3308,72 = 2316,104 → 2316,10.
     # After the LGU the earnings equal the rvc → LAU 70% × 3308,72 = 2316,10.
     dict(maandloon=D(8000), ao=D(50), inkomen=D(4000)), WGA,
     {1: ("LGU", "2481.54"), 3: ("LGU", "2316.10"), 16: ("LAU", "2316.10")}),
    ("2 jaar arbeidsverleden: minimaal 3 maanden LGU",
     # 2 × 1 = 2 months, raised to the minimum of 3
     dict(arbeidsverleden=2, ao=D(50)), WGA,
     {3: ("LGU", "2100.00"), 4: ("VVU", "803.04")}),
    ("40 jaar arbeidsverleden: hoogstens 24 maanden LGU",
     # sick 1-1-2026: 10 years from 2016, 30 before. 30 × 1 + 10 × ½ = 35 months, capped at 24
     dict(arbeidsverleden=40, ao=D(50)), WGA,
     {24: ("LGU", "2100.00"), 25: ("VVU", "803.04")}),
    ("30 jaar arbeidsverleden, ziek in 2026: jaren van voor 2016 tellen een hele maand",
     # 30 years up to 1-1-2026: 2016-2025 = 10 years from 2016, 20 years before 2016.
     # 20 × 1 (all years before 2016, the first 10 among them) + 10 × ½ = 25 months, capped at 24.
     # (Half a month for every year after the first 10 would give 10 + 20 × ½ = 20.)
     dict(arbeidsverleden=30, ao=D(50)), WGA,
     {21: ("LGU", "2100.00"), 24: ("LGU", "2100.00"), 25: ("VVU", "803.04")}),
    ("22 jaar arbeidsverleden, ziek in 2026: 17 maanden LGU",
     # 12 years before 2016 × 1 + 10 years from 2016 × ½ = 17 months (not 10 + 12 × ½ = 16)
     dict(arbeidsverleden=22, ao=D(50)), WGA, {17: ("LGU", "2100.00"), 18: ("VVU", "803.04")}),
    ("net onder de helft van de restverdiencapaciteit: VVU",
     # rvc 1500, half 750. Earnings 749,99: LGU 3 = 70% × (3000 − 749,99) = 1575,007 → 1575,01; then VVU 803,04
     dict(arbeidsverleden=2, ao=D(50), inkomen=D("749.99")), WGA,
     {1: ("LGU", "1687.51"), 3: ("LGU", "1575.01"), 4: ("VVU", "803.04")}),
    ("precies de helft van de restverdiencapaciteit: LAU",
     # LGU 1 = 75% × 2250 = 1687,50; LGU 3 = 70% × 2250 = 1575; then LAU 70% × (3000 − 1500) = 1050
     dict(arbeidsverleden=2, ao=D(50), inkomen=D(750)), WGA,
     {1: ("LGU", "1687.50"), 3: ("LGU", "1575.00"), 4: ("LAU", "1050.00")}),
    ("meer dan de restverdiencapaciteit: LAU over het echte loon",
     # earnings 2000 > rvc 1500: LAU 70% × (3000 − 2000) = 700
     dict(arbeidsverleden=2, ao=D(50), inkomen=D(2000)), WGA, {4: ("LAU", "700.00")}),
    ("maandloon onder het minimumloon: VVU over het maandloon",
     # 35% × 1500 (lower than 2294,40) = 525
     dict(maandloon=D(1500), arbeidsverleden=2, ao=D(50)), WGA, {4: ("VVU", "525.00")}),
    ("restverdiencapaciteit in euro's in plaats van een percentage",
     # AO = (3000 − 1200) / 3000 = 60% → class 55-65%: 42% × 2294,40 = 963,648 → 963,65
     dict(arbeidsverleden=2, restverdiencapaciteit=D(1200)), WGA, {4: ("VVU", "963.65")}),
    ("geen wekeneis: geen LGU",
     dict(ao=D(50), wekeneis=False), WGA, {1: ("VVU", "803.04")}),
    ("30 juni 2025: oud minimumloon",
     # 35% × 2191,80 = 767,13
     dict(arbeidsverleden=2, ao=D(50), peildatum=dt.date(2025, 6, 30)), WGA, {4: ("VVU", "767.13")}),
    ("1 juli 2025: nieuw minimumloon",
     # 35% × 2245,80 = 786,03
     dict(arbeidsverleden=2, ao=D(50), peildatum=dt.date(2025, 7, 1)), WGA, {4: ("VVU", "786.03")}),
    # The maximum dagloon changes every 1 January and 1 July. These two use published values (SZW's
    # rekenregels via accountancyvanmorgen.nl and salariszaken.nl, in maximum_dagloon.toml); the value
    # of 1 July 2025 there is derived by this project, so no example pins it (see the test below).
    ("30 juni 2024: oud maximum",
     # max maandloon 274,44 × 21,75 = 5969,07; IVA 75% = 4476,8025 → 4476,80
     dict(maandloon=D(8000), ao=D(100), duurzaam=True, peildatum=dt.date(2024, 6, 30)), IVA,
     {1: ("IVA", "4476.80")}),
    ("1 juli 2024: nieuw maximum",
     # 282,95 × 21,75 = 6154,1625 → 6154,16; IVA 75% = 4615,62
     dict(maandloon=D(8000), ao=D(100), duurzaam=True, peildatum=dt.date(2024, 7, 1)), IVA,
     {1: ("IVA", "4615.62")}),
]


@pytest.mark.parametrize("naam, velden, uitkomst, maanden", GEVALLEN, ids=[g[0] for g in GEVALLEN])
def test_uitgewerkt_voorbeeld(naam, velden, uitkomst, maanden):
    u = bereken(invoer(**velden))
    assert u.uitkomst == uitkomst
    for maand, (soort, bedrag) in maanden.items():
        assert wia(u, maand) == (soort, D(bedrag)), f"WIA-maand {maand}"


def test_voorbeelden_boven_het_maximum_rusten_op_een_gepubliceerd_bedrag():
    """An example above the maximum maandloon pins the maximum dagloon of its date: that must be a
    published amount, not one this project worked out itself (soort "afgeleid")."""
    maximum = parameters.alle()["maximum_dagloon"]
    for naam, velden, _, _ in GEVALLEN:
        i = invoer(**velden)
        if i.maandloon > regels_op(i.peildatum).maximum_maandloon:
            assert maximum.op(i.peildatum).soort != "afgeleid", naam


def test_lgu_duur_als_bijna_alle_jaren_vanaf_2016_liggen():
    # Sick on 1-1-2056: 40 whole years from 1-1-2016, so (up to 40 years) every year is from 2016.
    # 0 → 3 (minimum); 5 → 5; 10 → 10; 11 → 10,5 → 10; 12 → 11; 34 → 10 + 24 × ½ = 22; 36 → 23;
    # 38 → 24; 60: 20 years before 2016 + 40 from → 20 × 1 + 40 × ½ = 40 → 24 (maximum)
    r = regels_op(JAN_2026)
    ziek = dt.date(2056, 1, 1)
    assert [lgu_duur(r, j, ziek) for j in (0, 5, 10, 11, 12, 34, 36, 38, 60)] == [3, 5, 10, 10, 11, 22, 23, 24, 24]


def test_lgu_duur_ziek_in_2026_jaren_voor_2016_tellen_een_hele_maand():
    # Sick on 1-1-2026: the years 2016-2025 (10) are from 2016, the rest before 2016.
    # 11: 1 before + 10 from; first 10 years 1 month, 1 year ½ → 10,5 → 10
    # 15: 5 before + 10 from; first 10 years 1 month, 5 years ½ → 12,5 → 12
    # 20: 10 + 10 → 10 + 5 = 15;  22: 12 + 10 → 12 + 5 = 17;  24: 14 + 10 → 19;  28: 18 + 10 → 23
    # 30: 20 + 10 → 25 → 24 (maximum)
    r = regels_op(JAN_2026)
    jaren = (11, 15, 20, 22, 24, 28, 30)
    assert [lgu_duur(r, j, JAN_2026) for j in jaren] == [10, 12, 15, 17, 19, 23, 24]
    # Any day in 2026 gives the same split: the year of the first sick day does not count.
    assert [lgu_duur(r, j, dt.date(2026, 11, 25)) for j in jaren] == [10, 12, 15, 17, 19, 23, 24]


def test_lgu_duur_het_voorbeeld_van_uwv():
    # UWV's WW example (Arbeidsverleden van 11 jaar of langer): 26 years, unemployed in May 2022.
    # 2016-2021 = 6 years from 2016, 20 before: 20 × 1 + 6 × ½ = 23 months.
    assert lgu_duur(regels_op(JAN_2026), 26, dt.date(2022, 5, 1)) == 23


def test_lgu_duur_rond_de_grens_van_2016():
    r = regels_op(JAN_2026)
    # 12 years, sick on 31-12-2016: no whole year from 2016 yet → 12 × 1 = 12.
    # Sick on 1-1-2017: 2016 counts → 11 before + 1 from: 11 + ½ = 11,5 → 11.
    # Sick before 2016: every year counts 1 month → 22.
    assert lgu_duur(r, 12, dt.date(2016, 12, 31)) == 12
    assert lgu_duur(r, 12, dt.date(2017, 1, 1)) == 11
    assert lgu_duur(r, 22, dt.date(2015, 6, 1)) == 22
    assert [hele_jaren(dt.date(2016, 1, 1), d) for d in (dt.date(2015, 6, 1), dt.date(2016, 1, 1),
                                                         dt.date(2016, 12, 31), dt.date(2017, 1, 1),
                                                         dt.date(2026, 11, 25))] == [0, 0, 0, 1, 10]


# loondoorbetaling (keuze, maandloon) → (ziektemaand 1, ziektemaand 13)
LOONDOORBETALING = [
    # 70% × 3000 = 2100 is below the minimumloon 2294,40 → 2294,40 in year 1; 2100 in year 2
    ("70/70", D(3000), "2294.40", "2100.00"),
    # cao: 100% × 3000 in year 1; 70% in year 2
    ("100/70", D(3000), "3000.00", "2100.00"),
    # 70% × 5000 = 3500
    ("70/70", D(5000), "3500.00", "3500.00"),
    # above the maximum: 70% × 6617,44 = 4632,208 → 4632,21 (the legal cap); the cao pays 100% of 8000
    ("70/70", D(8000), "4632.21", "4632.21"),
    ("100/70", D(8000), "8000.00", "4632.21"),
    # below the minimumloon of a full week and no hours: part-time with an unknown minimum of its own,
    # so 70% = 1050 in both years, the least the law gives (a warning asks for the hours)
    ("70/70", D(1500), "1050.00", "1050.00"),
]


@pytest.mark.parametrize("keuze, maandloon, jaar1, jaar2", LOONDOORBETALING)
def test_loondoorbetaling(keuze, maandloon, jaar1, jaar2):
    u = bereken(invoer(maandloon=maandloon, ao=D(50), loondoorbetaling=keuze))
    ziek = [m for m in u.eigen.maanden if m.wia_maand is None]
    assert len(ziek) == 24 and {m.soort for m in ziek} == {"loondoorbetaling"}
    assert (ziek[0].uitkering, ziek[12].uitkering) == (D(jaar1), D(jaar2))
    assert ziek[11].uitkering == D(jaar1) and ziek[23].uitkering == D(jaar2)


def test_tijdlijn_van_eerste_ziektedag_tot_60_maanden_na_de_wachttijd():
    u = bereken(invoer(ao=D(50), eerste_ziektedag=dt.date(2026, 1, 5)))
    # Wet WIA art. 23: a wachttijd of 104 weeks from the first sick day. Its last day (week 104's
    # last day, as the timeline counts) is 5 January 2026 + 727 days = 2 January 2028; the WIA can
    # start the day after: 3 January 2028.
    assert u.einde_wachttijd == dt.date(2028, 1, 2) and u.eerste_wia_dag == dt.date(2028, 1, 3)
    for s in (u.eigen, *u.scenarios):
        assert len(s.maanden) == 24 + 60
        assert s.maanden[0].begint == dt.date(2026, 1, 5)
        assert s.wia[0].begint == dt.date(2028, 1, 3) and s.wia[0].wia_maand == 1
        assert s.wia[-1].wia_maand == 60


def test_daling_bij_overgangen_in_euro_en_procent():
    u = bereken(invoer(ao=D(50)))
    overgangen = [(o.maand.nummer, o.van, o.naar, o.daling_euro, o.daling_procent) for o in u.eigen.overgangen()]
    # 2294,40 → 2100: −194,40 (8,5%); 2100 → 2250 (LGU 75%): +150; 2250 → 2100: −150 (6,7%);
    # 2100 → 803,04 (VVU): −1296,96, 1296,96 / 2100 = 61,76% → 61,8%
    assert overgangen == [
        (13, D("2294.40"), D("2100.00"), D("194.40"), D("8.5")),
        (25, D("2100.00"), D("2250.00"), D("-150.00"), D("-7.1")),
        (27, D("2250.00"), D("2100.00"), D("150.00"), D("6.7")),
        (40, D("2100.00"), D("803.04"), D("1296.96"), D("61.8")),
    ]


def test_alle_uitkomsten_als_scenario():
    u = bereken(invoer(ao=D(50), aanbod=D(1800)))
    assert [(s.sleutel, s.uitkomst) for s in u.scenarios] == [
        ("geen-wia-zonder-werk", GEEN_WIA), ("geen-wia-met-werk", GEEN_WIA), ("wga-werk", WGA),
        ("wga-minder", WGA), ("wga-80-100", WGA_VOLLEDIG), ("iva", IVA), ("aanbod", WGA)]
    per = {s.sleutel: s for s in u.scenarios}
    # No WIA and no work: the job ends, WW (Werkloosheidswet art. 47): 75% × 3000 = 2250 for 2 months,
    # then 70% = 2100. It lasts as the LGU would, with the year of illness (2026) counted too: 21
    # years before 2027, 11 of them from 2016: 10 × 1 + 11 × ½ = 15,5 → 15 months; then nothing.
    ww = per["geen-wia-zonder-werk"].wia
    assert [(m.soort, m.totaal) for m in (ww[0], ww[1], ww[2], ww[14], ww[15], ww[-1])] == [
        ("WW", D(2250)), ("WW", D(2250)), ("WW", D(2100)), ("WW", D(2100)), ("geen", D(0)), ("geen", D(0))]
    # with work: 65% of 3000 = 1950 (the least a 35-minner can still earn)
    assert per["geen-wia-met-werk"].wia[0].totaal == D(1950)
    # WGA, working at the rvc 1500: LGU 75% × 1500 = 1125 + 1500; after the LGU LAU 70% × 1500 = 1050 + 1500
    assert per["wga-werk"].wia[0].totaal == D(2625) and per["wga-werk"].wia[-1].totaal == D(2550)
    # WGA, not working: VVU 803,04 after 15 months
    assert per["wga-minder"].wia[-1].totaal == D("803.04")
    # IVA assumed 100%: 2250
    assert per["iva"].wia[-1].totaal == D(2250)


def test_aanbod_via_spoor_2():
    # Offer 1800 > rvc 1500 → UWV counts 1800: AO = (3000 − 1800) / 3000 = 40%, WGA 35-80.
    # 2 years → 3 months LGU: 75% × (3000 − 1800) = 900 (+1800 = 2700); 70% × 1200 = 840 (+1800 = 2640);
    # then earnings ≥ rvc → LAU 70% × 1200 = 840 → 2640.
    u = bereken(invoer(arbeidsverleden=2, ao=D(50), aanbod=D(1800)))
    aanbod = next(s for s in u.scenarios if s.sleutel == "aanbod")
    assert [(m.soort, m.uitkering, m.totaal) for m in aanbod.wia[:4]] == [
        ("LGU", D(900), D(2700)), ("LGU", D(900), D(2700)), ("LGU", D(840), D(2640)), ("LAU", D(840), D(2640))]
    assert {m.loon for m in aanbod.maanden if m.wia_maand is None} == {D(0)}  # loondoorbetaling until then


def test_aanbod_boven_65_procent_geen_wia():
    # Offer 2400 of 3000 = 80% → AO 20%: no WIA, income is the new wage
    u = bereken(invoer(ao=D(50), aanbod=D(2400)))
    aanbod = next(s for s in u.scenarios if s.sleutel == "aanbod")
    assert aanbod.uitkomst == GEEN_WIA and {m.totaal for m in aanbod.wia} == {D(2400)}
