"""The edges a labour lawyer would test (issue 15), each computed by hand from the rule it cites.

Amounts of 1 January 2026 unless a case says otherwise: minimumuurloon € 14,71, referentieminimumloon
€ 2.294,40, maximum dagloon € 304,25 (maximum maandloon € 6.617,44).
"""

import datetime as dt
import json
from decimal import Decimal as D
from pathlib import Path

import pytest

from spoorkennis import tools, web
from spoorkennis.tijdlijn.weken import Verzuim
from spoorkennis.wia.berekening import AOW, GEEN_WIA, IVA, WGA, WGA_VOLLEDIG, Invoer, bereken
from spoorkennis.wia.cli import tabel
from spoorkennis.wia.tool import TOOL as wia
from spoorkennis.wia.uitleg import aanname, als_dict, niet_berekend, regels, samenvatting, stappen, waarschuwingen

JAN_2026 = dt.date(2026, 1, 1)


def invoer(**velden):
    basis = dict(maandloon=D(3000), arbeidsverleden=20, peildatum=JAN_2026)
    return Invoer(**{**basis, **velden})


def ziek(u, nummer):
    return next(m for m in u.eigen.maanden if m.nummer == nummer)


def scenario(u, sleutel):
    return next(s for s in u.scenarios if s.sleutel == sleutel)


# --- 1. year 1: the employee's own minimum wage for their hours ------------------------------------
# BW 7:629 lid 1: in the first 52 weeks at least "het voor hem geldende minimumloon". Since 2024 the
# minimum wage is per hour (WML art. 8 lid 1 onder a: € 14,71 from 1 January 2026); a month has
# 4 1/3 weeks (WML art. 14 lid 10). So per month: € 14,71 × hours × 13/3.

@pytest.mark.parametrize("maandloon, uren, jaar1, jaar2", [
    # 24 hours: 14,71 × 24 × 13/3 = 1529,84; 70% × 2500 = 1750 is more: the law gives 1750, not 2294,40
    (D(2500), D(24), "1750.00", "1750.00"),
    # 40 hours: 14,71 × 40 × 13/3 = 2549,733… → 2549,73; 70% × 3000 = 2100 is less: 2549,73, not 2294,40
    (D(3000), D(40), "2549.73", "2100.00"),
    # 36 hours: 14,71 × 156 = 2294,76 (the hourly wage is rounded up from the monthly amount)
    (D(3000), D(36), "2294.76", "2100.00"),
    # 32,5 hours: 14,71 × 32,5 = 478,075 a week; × 13/3 = 2071,658… → 2071,66 > 70% × 2800 = 1960
    (D(2800), D("32.5"), "2071.66", "1960.00"),
])
def test_eerste_jaar_minstens_het_eigen_minimumloon(maandloon, uren, jaar1, jaar2):
    u = bereken(invoer(maandloon=maandloon, uren_per_week=uren, ao=D(50)))
    assert (ziek(u, 1).uitkering, ziek(u, 12).uitkering) == (D(jaar1), D(jaar1))
    assert (ziek(u, 13).uitkering, ziek(u, 24).uitkering) == (D(jaar2), D(jaar2))


def test_zonder_uren_de_aanname_van_een_volle_werkweek_en_die_staat_erbij():
    # Without hours: at least the referentieminimumloon (a full week, € 2.294,40). 70% × 2500 = 1750 → 2294,40.
    u = bereken(invoer(maandloon=D(2500), ao=D(50)))
    assert ziek(u, 1).uitkering == D("2294.40") and ziek(u, 1).stap.regel == "loondoorbetaling_aanname"
    assert any("U vulde geen uren per week in. Wij nemen daarom het minimumloon voor een volle werkweek: "
               "€\u00a02.294,40 per maand." in r for r in regels(u))
    met = bereken(invoer(maandloon=D(2500), ao=D(50), uren_per_week=D(24)))
    assert any("Voor 24 uur per week is dat €\u00a014,71 per uur maal 24 uur maal 4 1/3 week: €\u00a01.529,84 per "
               "maand." in r for r in regels(met))


def test_zonder_uren_en_onder_het_minimumloon_van_een_volle_week_70_procent_en_de_vraag_om_uren():
    # 2200 a month is less than a full week's minimumloon (2294,40): fewer hours, whose own minimum we
    # do not know. Year 1: 70% × 2200 = 1540, not the whole wage (at 16 hours the law gives
    # max(1540, 14,71 × 16 × 13/3 = 1019,89) = 1540). With the hours the warning goes and the rule holds:
    # at 36 hours max(1540, 14,71 × 36 × 13/3 = 2294,76) = 2294,76.
    u = bereken(invoer(maandloon=D(2200), ao=D(50)))
    assert (ziek(u, 1).uitkering, ziek(u, 13).uitkering) == (D("1540.00"), D("1540.00"))
    assert [w.regel for w in u.waarschuwingen] == ["uren_onbekend"]
    assert any("U vulde geen uren per week in. Wij weten dus niet wat uw eigen minimumloon is. Wij rekenen daarom "
               "met 70% van uw loon." in r for r in regels(u))
    met = bereken(invoer(maandloon=D(2200), ao=D(50), uren_per_week=D(16)))
    assert ziek(met, 1).uitkering == D("1540.00") and "uren_onbekend" not in [w.regel for w in met.waarschuwingen]
    voltijd = bereken(invoer(maandloon=D(2200), ao=D(50), uren_per_week=D(36)))
    assert ziek(voltijd, 1).uitkering == D("2294.76")


def test_minimumjeugdloon_per_leeftijd_en_verjaardag():
    # Besluit minimumjeugdloon art. 2: 18 years 50%, 19 years 60%, rounded to cents.
    # Born 1 June 2007, sick on 5 January 2026: 18 until 1 June 2026.
    # 18: 50% × 14,71 = 7,355 → 7,36; × 40 × 13/3 = 1275,733… → 1275,73 (> 70% × 1500 = 1050).
    # Month 6 starts on 5 June 2026: 19, 60% × 14,71 = 8,826 → 8,83; × 40 × 13/3 = 1530,53.
    # Year 2 (from 4 January 2027): 70% × 1500 = 1050.
    u = bereken(invoer(maandloon=D(1500), uren_per_week=D(40), ao=D(50), geboortedatum=dt.date(2007, 6, 1),
                       eerste_ziektedag=dt.date(2026, 1, 5)))
    assert [ziek(u, n).uitkering for n in (1, 5, 6, 12, 13)] == [D("1275.73"), D("1275.73"), D("1530.53"),
                                                                  D("1530.53"), D("1050.00")]
    assert "het minimumjeugdloon voor 18 jaar voor 40 uur per week" in " ".join(stappen(u.eigen))
    # the month with the birthday (month 5, from 5 May) still counts at 18: the explanation says so
    assert any("Wij kijken naar uw leeftijd aan het begin van elke ziektemaand. Bent u in een maand jarig? Dan krijgt "
               "u vanaf uw verjaardag iets meer dan wij laten zien." in r for r in regels(u))


def test_een_maandloon_onder_het_minimumloon_voor_de_uren_geeft_een_waarschuwing():
    # 40 hours: at least € 2.549,73 (see above); a maandloon of € 2.000 is less: check the input.
    u = bereken(invoer(maandloon=D(2000), uren_per_week=D(40), ao=D(50)))
    assert ziek(u, 1).uitkering == D("2549.73")
    assert waarschuwingen(u) == ["Uw maandloon (€\u00a02.000,00) is lager dan het minimumloon voor 40 uur per week "
                                 "(€\u00a02.549,73). Kijk uw uren en uw maandloon na. In het eerste ziektejaar "
                                 "rekenen wij met het minimumloon."]


# --- 2. the maatmaninkomen ---------------------------------------------------------------------------
# Wet WIA art. 5: arbeidsongeschikt is the share of the maatmaninkomen one can no longer earn;
# art. 60 and 61: the inkomenseis is 50% of the restverdiencapaciteit.

def test_maatmaninkomen_maakt_van_geen_wia_een_wga():
    # rvc € 2.000. Against the maandloon (€ 3.000): (3000 − 2000) / 3000 = 33,3% → no WIA.
    # Against a maatmaninkomen of € 3.200: (3200 − 2000) / 3200 = 37,5% → WGA 35–80.
    zonder = bereken(invoer(restverdiencapaciteit=D(2000)))
    met = bereken(invoer(restverdiencapaciteit=D(2000), maatmaninkomen=D(3200)))
    assert (zonder.uitkomst, met.uitkomst) == (GEEN_WIA, WGA)
    assert met.ao == D("37.5")
    assert any("Uw maatmaninkomen is €\u00a03.200,00." in r for r in regels(met))
    assert any("U vulde geen maatmaninkomen in. Wij nemen daarom uw maandloon: €\u00a03.000,00." in r
               for r in regels(zonder))


def test_maatmaninkomen_maakt_van_de_lau_een_vvu():
    # 50% arbeidsongeschikt, earns € 800, 2 years of work (3 months LGU), so WIA month 4 is after it.
    # Maatman = maandloon 3000: rvc 1500, inkomenseis 750; 800 ≥ 750 → LAU 70% × (3000 − 1500) = 1050.
    # Maatman 3600: rvc 1800, inkomenseis 900; 800 < 900 → VVU, class 45–55%: 35% × 2294,40 = 803,04.
    lau = bereken(invoer(arbeidsverleden=2, ao=D(50), inkomen=D(800)))
    vvu = bereken(invoer(arbeidsverleden=2, ao=D(50), inkomen=D(800), maatmaninkomen=D(3600)))
    assert (lau.eigen.wia[3].soort, lau.eigen.wia[3].uitkering) == ("LAU", D("1050.00"))
    assert (vvu.eigen.wia[3].soort, vvu.eigen.wia[3].uitkering) == ("VVU", D("803.04"))
    assert vvu.rvc == D(1800)


# --- 3. implausible amounts: a question at the field -------------------------------------------------

VELDEN = {"maandloon": "3000", "arbeidsverleden": "20", "ao": "50", "peildatum": "1-1-2026"}


@pytest.mark.parametrize("veld, waarde, vraag", [
    ("maandloon", "3,000", "Bedoelt u €\u00a03.000? Schrijf dan 3000."),  # read the Dutch way: € 3,00
    ("inkomen", "3,000", "Bedoelt u €\u00a03.000? Schrijf dan 3000."),
    ("inkomen", "1,250.50", "Bedoelt u €\u00a01.250,50? Schrijf dan 1250,50."),
    ("maandloon", "3", "Is uw maandloon echt €\u00a03,00? Bedoelt u €\u00a03.000? Schrijf dan 3000."),
    ("maandloon", "36000000", "Is uw maandloon echt €\u00a036.000.000,00? Kijk het bedrag na."),
    ("inkomen", "2000000", "Is uw inkomen uit werk echt €\u00a02.000.000,00? Kijk het bedrag na."),
    ("maatmaninkomen", "30", "Is het maatmaninkomen echt €\u00a030,00? Bedoelt u €\u00a030.000? Schrijf dan 30000."),
    ("aanbod", "2,300", "Bedoelt u €\u00a02.300? Schrijf dan 2300."),
])
def test_onwaarschijnlijk_bedrag_geeft_een_vraag_bij_het_veld(veld, waarde, vraag):
    antwoord = json.loads(web.aanroep("wia", json.dumps({**VELDEN, veld: waarde})))
    assert antwoord == {"ok": False, "fouten": [{"veld": veld, "bericht": vraag}]}


def test_gewone_schrijfwijzen_blijven_gewoon():
    for waarde in ("3.000", "3000", "3000,00", "€ 3.000,-", "2.750,5"):
        assert wia({**VELDEN, "inkomen": waarde})["html"]


# --- 4. stale amounts ---------------------------------------------------------------------------------
# The newest amounts are those of 1 July 2026. The minimumloon and the maximumdagloon change on
# 1 January and 1 July (WML art. 14; SZW rekenregels): on 1 March 2027 they are stale.

def test_verouderde_bedragen_geven_een_waarschuwing_met_de_datum():
    u = bereken(invoer(ao=D(50), peildatum=dt.date(2027, 3, 1), uren_per_week=D(36)))
    assert waarschuwingen(u) == [
        "Deze bedragen zijn misschien niet meer actueel. Wij rekenen met bedragen van 1 juli 2026. Op 1 januari 2027 "
        "veranderen die bedragen. De nieuwe bedragen staan nog niet in deze rekenhulp. Het gaat om: maximumdagloon, "
        "minimumloon per uur en minimumloon per maand."]
    assert als_dict(u)["waarschuwingen"] == waarschuwingen(u)
    assert tabel(u).startswith("Let op: Deze bedragen zijn misschien niet meer actueel.")
    assert waarschuwingen(bereken(invoer(ao=D(50), peildatum=dt.date(2026, 12, 31)))) == []


def test_alleen_gebruikte_bedragen_tellen_voor_de_waarschuwing():
    # Without hours the hourly minimum wage is not used, so it is not named.
    u = bereken(invoer(ao=D(50), peildatum=dt.date(2027, 3, 1)))
    assert waarschuwingen(u)[0].endswith("Het gaat om: maximumdagloon en minimumloon per maand.")


def test_vandaag_als_peildatum_in_de_toekomst_geeft_de_waarschuwing_op_de_pagina():
    html = wia({**VELDEN, "peildatum": "", "_vandaag": "2031-07-15"})["html"]
    assert '<li class="sk-waarschuwing" data-code="verouderd"><p>Deze bedragen zijn' in html
    assert html.count("Let op") == 1  # the heading says it once
    assert html.index("sk-waarschuwing") < html.index("sk-samenvatting")


# --- 5. earnings that contradict the arbeidsongeschiktheid ---------------------------------------------

@pytest.mark.parametrize("velden, grens, ao_bij, label", [
    # WGA 35–80 needs at most 65% of the maatmaninkomen: 2100 > 1950 → (3000 − 2100) / 3000 = 30%
    (dict(ao=D(50), inkomen=D(2100)), "65", "30", "WGA 35–80%"),
    # IVA: at most 20%: 700 > 600 → (3000 − 700) / 3000 = 76,666…% → 76,7%
    (dict(ao=D(100), duurzaam=True, inkomen=D(700)), "20", "76,7", "IVA"),
    # WGA 80–100 likewise
    (dict(ao=D(90), inkomen=D(650)), "20", "78,3", "WGA 80–100%"),
])
def test_inkomen_dat_niet_past_bij_het_percentage(velden, grens, ao_bij, label):
    u = bereken(invoer(**velden))
    tekst = waarschuwingen(u)[0]
    assert f"Dat is meer dan {grens}% van uw maatmaninkomen (€\u00a03.000,00)." in tekst
    assert f"Met dat loon bent u {ao_bij}% arbeidsongeschikt. Dat past niet bij {label}. UWV kijkt dan opnieuw" in tekst


def test_inkomen_dat_wel_past_geeft_geen_waarschuwing():
    assert waarschuwingen(bereken(invoer(ao=D(50), inkomen=D(1950)))) == []
    assert waarschuwingen(bereken(invoer(ao=D(100), duurzaam=True, inkomen=D(600)))) == []


# --- 6. one end of the wachttijd -------------------------------------------------------------------------

@pytest.mark.parametrize("eerste", [dt.date(2026, 1, 5), dt.date(2024, 2, 29), dt.date(2025, 12, 31)])
def test_einde_wachttijd_is_dat_van_de_tijdlijn(eerste):
    u = bereken(invoer(ao=D(50), eerste_ziektedag=eerste))
    assert u.einde_wachttijd == Verzuim(eerste).einde_wachttijd == eerste + dt.timedelta(days=7 * 104 - 1)
    assert u.eerste_wia_dag == u.einde_wachttijd + dt.timedelta(days=1) == u.eigen.wia[0].begint
    assert u.eigen.maanden[len(u.eigen.maanden) - 61].begint <= u.einde_wachttijd


def test_einde_wachttijd_in_de_json_van_beide_rekenhulpen():
    wia_json = json.loads(tools.tool("wia").formaten["json"][1](wia.lees(
        {**VELDEN, "eerste_ziektedag": "5-1-2026"})))
    tijdlijn = tools.tool("tijdlijn")
    tl_json = json.loads(tijdlijn.formaten["json"][1](tijdlijn.lees({"eerste_ziektedag": "5-1-2026",
                                                                     "_vandaag": "2026-06-01"})))
    assert wia_json["einde_wachttijd"] == tl_json["einde_wachttijd"] == "2028-01-02"
    assert wia_json["eerste_wia_dag"] == "2028-01-03"


# --- 7. no WIA and the job ends: WW ------------------------------------------------------------------------
# Werkloosheidswet art. 47: 75% of the maandloon for 2 months, then 70%; the duration as the LGU
# (UWV, duur WW), with the years of illness counted: they were paid (art. 42 lid 4). Illness in the
# year before does not lower the dagloon (Dagloonbesluit werknemersverzekeringen, Stb. 2018, 193).

def test_ww_duurt_langer_dan_de_lgu_door_de_jaren_van_ziekte():
    # 10 years, sick on 5 January 2026: LGU 10 × 1 = 10 months. The WW starts on 3 January 2028: the
    # years 2026 and 2027 count too: 12 years, 12 of them from 2016 → 10 × 1 + 2 × ½ = 11 months.
    u = bereken(invoer(arbeidsverleden=10, ao=D(20), eerste_ziektedag=dt.date(2026, 1, 5)))
    assert u.lgu_maanden == 10 and u.stappen["ww_duur"].bedrag == 11
    ww = scenario(u, "geen-wia-zonder-werk").wia
    assert [(m.soort, m.uitkering) for m in (ww[0], ww[1], ww[2], ww[10], ww[11])] == [
        ("WW", D(2250)), ("WW", D(2250)), ("WW", D(2100)), ("WW", D(2100)), ("geen", D(0))]


def test_ww_boven_het_maximum():
    # 75% × 6617,44 = 4963,08; 40 years → 24 months (the maximum)
    u = bereken(invoer(maandloon=D(8000), arbeidsverleden=40, ao=D(10), eerste_ziektedag=dt.date(2026, 1, 5)))
    ww = scenario(u, "geen-wia-zonder-werk").wia
    assert (ww[0].uitkering, ww[23].soort, ww[24].soort) == (D("4963.08"), "WW", "geen")


def test_de_ziektewet_in_een_zin():
    u = bereken(invoer(ao=D(20)))
    tekst = aanname(scenario(u, "geen-wia-zonder-werk"))
    assert ("Had u al geen werkgever meer? Dan kreeg u tijdens uw ziekte een Ziektewet-uitkering in plaats van "
            "loon. Wordt u ziek terwijl u WW heeft? Dan krijgt u na 13 weken een Ziektewet-uitkering in plaats van "
            "WW.") in tekst


# --- 8. the WIA stops at AOW age -----------------------------------------------------------------------------
# Rijksoverheid, Wanneer gaat mijn AOW in?: born from 1 March 1957 to 31 December 1960: 67 years;
# from 1 January 1961: 67 years and 3 months (fixed up to 30 September 1964). UWV, AOW na mijn
# WIA-uitkering: the WIA stops at the AOW age.

def test_vanaf_de_aow_datum_geen_wia():
    # Born 1 March 1960: AOW on 1 March 2027. Sick on 8 January 2024: the WIA starts on 5 January 2026
    # (104 weeks). WIA month 14 starts on 5 February 2027 (before the AOW date), month 15 on 5 March.
    u = bereken(invoer(ao=D(100), duurzaam=True, geboortedatum=dt.date(1960, 3, 1),
                       eerste_ziektedag=dt.date(2024, 1, 8)))
    assert u.stappen["aow"]["datum"] == dt.date(2027, 3, 1)
    assert [(m.wia_maand, m.soort, m.uitkering) for m in u.eigen.wia[13:15]] == [
        (14, "IVA", D(2250)), (15, AOW, D(0))]
    assert {m.soort for m in u.eigen.wia[14:]} == {AOW}
    assert any("Uw AOW-leeftijd is 67 jaar. Die bereikt u op 1 maart 2027. Vanaf die dag stopt de WIA-uitkering, en "
               "ook de WW." in r for r in regels(u))
    assert "vanaf WIA-maand 15 de AOW (die rekenen wij niet uit)" in samenvatting(u)[1]


def test_aow_leeftijd_met_maanden_en_nog_niet_vastgesteld():
    # Born 15 June 1961: 67 years and 3 months → 15 September 2028.
    u = bereken(invoer(ao=D(50), geboortedatum=dt.date(1961, 6, 15)))
    assert (u.stappen["aow"]["datum"], u.stappen["aow"]["vastgesteld"]) == (dt.date(2028, 9, 15), True)
    # Born 1 February 1965: not fixed yet; at least the last fixed age (67 and 3 months): 1 May 2032.
    later = bereken(invoer(ao=D(50), geboortedatum=dt.date(1965, 2, 1)))
    assert later.stappen["aow"]["datum"] == dt.date(2032, 5, 1)
    assert ("Uw AOW-leeftijd ligt nog niet vast. Wij rekenen met 67 jaar en 3 maanden: de laatste leeftijd die "
            "vaststaat. Uw AOW-datum is dan 1 mei 2032. Die kan later nog opschuiven.") in waarschuwingen(later)


def test_aow_voor_het_einde_van_de_wachttijd():
    # Born 1 June 1958: AOW on 1 June 2025, before the WIA could start (5 January 2026).
    u = bereken(invoer(ao=D(50), geboortedatum=dt.date(1958, 6, 1), eerste_ziektedag=dt.date(2024, 1, 8)))
    assert {m.soort for s in (u.eigen, *u.scenarios) for m in s.wia} == {AOW}
    # and pay during illness stops 6 weeks after the AOW date: the last day with pay is 12 July 2025
    assert ("U bereikt de AOW-leeftijd op 1 juni 2025. Dat is voor het einde van de wachttijd. Dan krijgt u geen "
            "WIA-uitkering. Uw werkgever betaalt uw loon bij ziekte dan nog 6 weken door, gerekend vanaf uw "
            "AOW-datum. Uw laatste dag met loon is 12 juli 2025. De maand waarin die dag valt, tellen wij nog "
            "helemaal mee.") in waarschuwingen(u)
    assert samenvatting(u)[0] == "Na 104 weken heeft u de AOW-leeftijd. U krijgt dan geen WIA en geen WW."


# BW 7:629 lid 2 onder b: who reaches the AOW age gets pay during illness for 6 weeks; when the
# illness began earlier, 6 weeks from the AOW date (within the 104 weeks). For illness that began
# before 1 July 2023 it stays 13 weeks (Stb. 2023, 169; UWV). The month in which pay stops is counted
# in full, like the AOW month.

def test_loon_bij_ziekte_stopt_6_weken_na_de_aow_datum():
    # Born 3 March 1960: AOW on 3 March 2027. Sick on 5 January 2026: + 6 weeks = 14 April 2027, so
    # the last day with pay is 13 April 2027. Sick month 16 starts on 5 April 2027 and is paid:
    # year 2, 70% of € 3.000 = € 2.100. Month 17 (5 May 2027) pays nothing. Year 1: 70% is € 2.100,
    # less than the minimum wage of a full week, € 2.294,40.
    u = bereken(invoer(ao=D(50), geboortedatum=dt.date(1960, 3, 3), eerste_ziektedag=dt.date(2026, 1, 5)))
    assert (u.stappen["loon_na_aow"]["tot"], u.stappen["loon_na_aow"]["weken"]) == (dt.date(2027, 4, 14), 6)
    assert [(m.nummer, m.soort, m.uitkering) for m in (ziek(u, 1), ziek(u, 13), ziek(u, 16), ziek(u, 17), ziek(u, 24))] \
        == [(1, "loondoorbetaling", D("2294.40")), (13, "loondoorbetaling", D(2100)),
            (16, "loondoorbetaling", D(2100)), (17, AOW, D(0)), (24, AOW, D(0))]
    assert sum(m.uitkering for m in u.eigen.maanden if m.wia_maand is None) == 12 * D("2294.40") + 4 * D(2100)
    assert ("U bereikt de AOW-leeftijd op 3 maart 2027. Dat is voor het einde van de wachttijd. Dan krijgt u geen "
            "WIA-uitkering. Uw werkgever betaalt uw loon bij ziekte dan nog 6 weken door, gerekend vanaf uw "
            "AOW-datum. Uw laatste dag met loon is 13 april 2027. De maand waarin die dag valt, tellen wij nog "
            "helemaal mee.") in waarschuwingen(u)
    assert "ziektemaand 17–24: AOW-leeftijd vanaf 3 maart 2027: uw loon bij ziekte is gestopt." in tabel(u)
    assert "loondoorbetaling_na_aow" in {p.naam for p, _ in u.gebruikt}


def test_loon_bij_ziekte_na_de_aow_datum_13_weken_voor_wie_voor_1_juli_2023_ziek_werd():
    # Sick on 1 March 2023, born 1 May 1957: AOW on 1 May 2024; + 13 weeks = 31 July 2024. Month 17
    # (1 July 2024) is paid, month 18 (1 August 2024) not.
    u = bereken(invoer(ao=D(50), geboortedatum=dt.date(1957, 5, 1), eerste_ziektedag=dt.date(2023, 3, 1)))
    assert (u.stappen["loon_na_aow"]["tot"], u.stappen["loon_na_aow"]["weken"]) == (dt.date(2024, 7, 31), 13)
    assert [(m.soort, m.uitkering) for m in (ziek(u, 17), ziek(u, 18))] == [("loondoorbetaling", D(2100)), (AOW, D(0))]


def test_wie_al_aow_heeft_krijgt_6_weken_loon_bij_ziekte():
    # Born 1 March 1957 (AOW on 1 March 2024), sick on 8 January 2025: pay until 18 February 2025.
    u = bereken(invoer(ao=D(50), geboortedatum=dt.date(1957, 3, 1), eerste_ziektedag=dt.date(2025, 1, 8)))
    assert u.stappen["loon_na_aow"]["tot"] == dt.date(2025, 2, 19) and u.stappen["loon_na_aow"]["al_aow"]
    assert [(m.soort, m.uitkering) for m in (ziek(u, 1), ziek(u, 2), ziek(u, 3))] == [
        ("loondoorbetaling", D("2294.40")), ("loondoorbetaling", D("2294.40")), (AOW, D(0))]
    assert any("gerekend vanaf de eerste ziektedag, want u had de AOW-leeftijd toen al. Uw laatste dag met loon is "
               "18 februari 2025." in w for w in waarschuwingen(u))


def test_een_aow_datum_na_de_wachttijd_raakt_het_loon_bij_ziekte_niet():
    # Born 1 June 1961: AOW on 1 September 2028 (67 and 3 months), after the wachttijd of a sickness
    # from 5 January 2026 (the WIA starts on 3 January 2028): 24 months of pay.
    u = bereken(invoer(ao=D(50), geboortedatum=dt.date(1961, 6, 1), eerste_ziektedag=dt.date(2026, 1, 5)))
    assert "loon_na_aow" not in u.stappen
    assert {m.soort for m in u.eigen.maanden if m.wia_maand is None} == {"loondoorbetaling"}


def test_blijvend_aangevinkt_onder_de_80_procent_geeft_een_waarschuwing():
    # Wet WIA: the IVA is for who is fully (80% or more) and durably unfit for work. "Blijvend" with
    # 40% is the WGA, and 20% no WIA; the tool says so instead of passing it over.
    wga = bereken(invoer(ao=D(40), duurzaam=True))
    assert ("U vinkte aan dat het blijvend is. De IVA krijgt u alleen als u minstens 80% arbeidsongeschikt bent. "
            "Bij 40% rekenen wij daarom met de WGA.") in waarschuwingen(wga)
    assert "Bij 20% krijgt u geen WIA-uitkering." in waarschuwingen(bereken(invoer(ao=D(20), duurzaam=True)))[0]
    assert not any("blijvend" in w for w in waarschuwingen(bereken(invoer(ao=D(90), duurzaam=True))))


# --- 9. what the tool leaves out, where it matters ------------------------------------------------------------

def test_wat_niet_berekend_is_bij_een_vvu():
    u = bereken(invoer(ao=D(50)))  # WGA, VVU after the LGU
    teksten = {tekst: link for tekst, _, link in niet_berekend(u)}
    assert teksten["Beslist UWV te laat over uw WIA? Dan kunt u een voorschot krijgen."] == \
        "../../werknemers/na-104-weken/#voorschot"
    assert any("herbeoordeling" in t for t in teksten)
    assert any("toeslag van UWV" in t for t in teksten)


def test_wat_niet_berekend_is_bij_geen_wia_en_de_links_bestaan():
    u = bereken(invoer(ao=D(20)))
    links = [link for _, _, link in niet_berekend(u) if link and not link.startswith("https://")]
    assert links == ["../../werknemers/na-104-weken/#voorschot", "../../werknemers/na-104-weken/#35-min"]
    pagina = (Path(__file__).resolve().parents[2] / "docs" / "werknemers" / "na-104-weken.md").read_text()
    assert "{ #voorschot }" in pagina and "{ #35-min }" in pagina
    assert not any("herbeoordeling" in t for t, _, _ in niet_berekend(u))


def test_uitkomsten_zijn_namen_geen_teksten():
    assert {GEEN_WIA, WGA, WGA_VOLLEDIG, IVA} == {"geen_wia", "wga", "wga_volledig", "iva"}


def test_boven_het_maximum_zegt_de_uitleg_dat_inkomen_en_restverdiencapaciteit_naar_verhouding_tellen():
    # Maandloon 9000 above the maximum 6617,44 (1 Jan 2026): both the earnings and the
    # restverdiencapaciteit count times 6617,44 / 9000, so the month lines show 2500 as 1838,18 and a
    # restverdiencapaciteit of 3600 (40% of 9000) as 2646,98. The explanation must say both.
    u = bereken(invoer(maandloon=D(9000), uren_per_week=D(40), ao=D(60), inkomen=D(2500)))
    assert any("Wat u verdient en uw restverdiencapaciteit tellen dan naar verhouding mee: maal €\u00a06.617,44 "
               "gedeeld door €\u00a09.000,00." in r for r in regels(u))
    assert ("70% van (maandloon €\u00a06.617,44 min restverdiencapaciteit €\u00a02.646,98)" in tabel(u)
            and "min wat u verdient €\u00a01.838,18" in tabel(u))
