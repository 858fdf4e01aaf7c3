"""The browser function: form strings in, HTML out, every bad field its own Dutch message."""

import json
import re

import pytest

from spoorkennis import web
from spoorkennis.fouten import InvoerFout
from spoorkennis.wia.tool import TOOL as wia

VOORBEELD = wia.voorbeeld

VELDEN = {"maandloon": "3000", "arbeidsverleden": "20", "ao": "50", "inkomen": "", "wekeneis": "ja",
          "loondoorbetaling": "70/70", "peildatum": "1-1-2026"}


def test_voorbeeld_rekent_en_begint_met_de_samenvatting():
    html = wia(dict(VOORBEELD))["html"]
    tekst = re.sub(r"<[^>]+>", " ", html)
    eerste_zin = tekst.split("Krijgt u geen WIA en heeft u geen werk?", 1)
    assert len(eerste_zin) == 2 and "<svg" not in html.split("Krijgt u geen WIA")[0]
    assert "sk-waarschuwing" not in html  # the example's amounts are current on its peildatum
    # 18 years → 14 months LGU; 55% → class 55-65%: 42% × 2294,40 = 963,648 → € 963,65
    assert "vanaf WIA-maand 15 €\u00a0963,65" in html
    assert "Nieuwe baan via spoor 2" in html


def test_html_volgt_de_regels_van_contributing():
    html = wia(dict(VOORBEELD))["html"]
    assert "style=" not in html and "<script" not in html.lower()
    assert html.count("<table") == html.count("<caption>") > 1
    assert re.findall(r"<th(?=[\s>])(?![^>]*scope=)", html) == []
    assert re.search(r'<svg class="sk-grafiek" viewBox="0 0 360 \d+"[^>]* role="img"[^>]*><title>', html)
    for klassen in re.findall(r'class="([^"]*)"', html):
        assert all(k.startswith("sk-") for k in klassen.split()), klassen
    assert html.count('class="sk-scroll" tabindex="0" role="region" aria-label=') == html.count("<table")
    assert "Dit is een prognose. U kunt er geen rechten aan ontlenen." in html
    assert "1 januari 2026" in html and "indexatie" in html and "UWV" in html


def test_samenvatting_noemt_de_ww_en_de_daling_naar_nul():
    # No WIA and no work: WW 75% × 3000 = 2250, then 70% = 2100, for 15 months (see test_berekening).
    html = wia(dict(VELDEN))["html"]
    assert ("Krijgt u geen WIA en heeft u geen werk? Dan krijgt u na 104 weken WW: eerst €\u00a02.250,00 per maand, "
            "daarna €\u00a02.100,00. Na 15 maanden stopt de WW. Dan daalt uw inkomen naar €\u00a00,00 per maand. Deze "
            "rekenhulp rekent geen bijstand mee.") in html
    assert "vanaf WIA-maand 16 €\u00a0803,04" in html
    # without the wekeneis there is no WW (Werkloosheidswet art. 17 and 17a)
    zonder = wia({**VELDEN, "wekeneis": ""})["html"]
    assert ("Krijgt u geen WIA en heeft u geen werk? Dan daalt uw inkomen na 104 weken naar €\u00a00,00 per maand. U "
            "krijgt geen WW, want u voldoet niet aan de wekeneis. Deze rekenhulp rekent geen bijstand mee.") in zonder


def test_uitleg_noemt_de_aanname_over_het_arbeidsverleden():
    # 30 years, sick on 1-1-2026: 2016-2025 = 10 years from 2016, 20 before. 20 × 1 + 10 × ½ = 25,
    # more than the maximum of 24.
    tekst = re.sub(r"<[^>]+>", " ", wia({**VELDEN, "arbeidsverleden": "30"})["html"])
    assert "Wij nemen aan dat u zonder onderbreking werkte tot 2026, het jaar waarin u ziek werd." in tekst
    assert "Van uw 30 jaar liggen er dan 10 vanaf 1 januari 2016." in tekst
    assert "Zo tellen 20 jaar elk 1 maand en 10 jaar elk een halve maand." in tekst
    assert "Samen is dat 25 maanden, meer dan het maximum. U krijgt dus 24 maanden LGU." in tekst
    # 10 years or fewer: the split does not matter, so no assumption is named
    kort = re.sub(r"<[^>]+>", " ", wia({**VELDEN, "arbeidsverleden": "8"})["html"])
    assert "zonder onderbreking" not in kort and "Met 8 jaar is dat 8 maanden." in kort
    # the boundary date from the parameter file, shown in Dutch
    assert "een jaar vanaf 1 januari 2016 een halve maand" in tekst


def test_uitleg_iva_met_inkomsten():
    # 75% × 3000 = 2250; 70% × 500 = 350; 2250 − 350 = 1900
    velden = {**VELDEN, "ao": "100", "duurzaam": "ja", "inkomen": "500"}
    tekst = re.sub(r"<[^>]+>", " ", wia(velden)["html"])
    assert "IVA: 75% van uw maandloon (€\u00a03.000,00) min 70% van wat u verdient (€\u00a0500,00)" in tekst
    assert "Dan gaat 70% van wat u verdient van de IVA af." in tekst
    assert "€\u00a01.900,00" in tekst


@pytest.mark.parametrize("maandloon", ["3.000", "€ 3.000,-", "3000,00", " 3 000 ", "EUR 3000"])
def test_nederlandse_schrijfwijzen(maandloon):
    assert wia({**VELDEN, "maandloon": maandloon}) == wia(VELDEN)


def test_vandaag_is_de_standaard_peildatum():
    zonder = {**VELDEN, "peildatum": "", "arbeidsverleden": "2"}
    # 35% × 2191,80 = 767,13 before 1 July 2025; 35% × 2245,80 = 786,03 from then
    assert "€\u00a0767,13" in wia({**zonder, "_vandaag": "2025-06-30"})["html"]
    assert "€\u00a0786,03" in wia({**zonder, "_vandaag": "2025-07-01"})["html"]


def fouten(velden):
    with pytest.raises(InvoerFout) as fout:
        wia(velden)
    return dict(fout.value.fouten)


def test_elk_fout_veld_krijgt_een_eigen_melding():
    uit = fouten({**VELDEN, "maandloon": "abc", "arbeidsverleden": "-1", "ao": "150",
                  "inkomen": "1000000000000", "aanbod": "veel", "eerste_ziektedag": "31-2-2026"})
    assert set(uit) == {"maandloon", "arbeidsverleden", "ao", "inkomen", "aanbod", "eerste_ziektedag"}
    assert uit["maandloon"] == "Vul bij uw maandloon alleen een getal in, bijvoorbeeld 3.000 of 2750,50."
    assert uit["ao"] == "Het percentage arbeidsongeschiktheid mag niet meer zijn dan 100."
    assert uit["arbeidsverleden"] == "Uw arbeidsverleden in jaren kan niet negatief zijn."
    assert uit["inkomen"] == "Is uw inkomen uit werk echt €\u00a01.000.000.000.000,00? Kijk het bedrag na."


@pytest.mark.parametrize("veld, waarde, melding", [
    ("maandloon", "", "Vul uw maandloon in."),
    ("maandloon", "0", "Is uw maandloon echt €\u00a00,00? Kijk het bedrag na."),
    ("arbeidsverleden", "", "Vul uw arbeidsverleden in jaren in."),
    ("arbeidsverleden", "2,5", "heel getal"),
    ("ao", "", "Vul het percentage arbeidsongeschiktheid in, of de restverdiencapaciteit."),
    ("loondoorbetaling", "80/80", "Kies een van de mogelijkheden bij loondoorbetaling."),
    ("peildatum", "1-1-2023", "De peildatum moet tussen 1 januari 2024"),
    ("peildatum", "1-1-2020", "De peildatum moet tussen 1 januari 2024 en 31 december 2100 liggen."),
    ("ao", "-1", "Het percentage arbeidsongeschiktheid kan niet negatief zijn."),
    ("maandloon", "1000000000000", "Is uw maandloon echt €\u00a01.000.000.000.000,00? Kijk het bedrag na."),
    ("inkomen", "-5", "Uw inkomen uit werk kan niet negatief zijn."),
    ("loondoorbetaling", "90/90", "Kies een van de mogelijkheden bij loondoorbetaling."),
])
def test_melding_per_veld(veld, waarde, melding):
    assert melding in fouten({**VELDEN, veld: waarde})[veld]


def test_percentage_en_restverdiencapaciteit_niet_allebei():
    assert "niet allebei" in fouten({**VELDEN, "restverdiencapaciteit": "1.200"})["restverdiencapaciteit"]
    html = wia({**VELDEN, "ao": "", "restverdiencapaciteit": "1.200"})["html"]
    assert "60% arbeidsongeschikt" in html


def test_via_de_gedeelde_ingang():
    goed = json.loads(web.aanroep("wia", json.dumps(VELDEN)))
    assert goed["ok"] and goed["html"].startswith('<div class="sk-wia">')
    fout = json.loads(web.aanroep("wia", json.dumps({**VELDEN, "ao": "101"})))
    assert fout == {"ok": False, "fouten": [{"veld": "ao", "bericht": "Het percentage arbeidsongeschiktheid "
                                                                        "mag niet meer zijn dan 100."}]}
    assert web.voorbeeld("wia")["html"] == wia(dict(VOORBEELD))["html"]
