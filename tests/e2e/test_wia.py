"""The WIA calculator in real Chromium: fill the form, read the summary and the table, bad input."""

import datetime as dt

import pytest
from playwright.sync_api import expect

from .formulier import bijschriften_in_beeld, kleinste_letter

pytestmark = pytest.mark.e2e

PAGINA = "rekenhulpen/wia/"
GOED = {"#wia-maandloon": "3.000", "#wia-arbeidsverleden": "20", "#wia-ao": "50", "#wia-peildatum": "1-1-2026"}


def open_tool(page, base_url, breedte=1280):
    page.set_viewport_size({"width": breedte, "height": 900})
    page.clock.set_fixed_time(dt.datetime(2026, 11, 25, 10, 0))
    page.goto(base_url + PAGINA)
    return page.locator("form[data-tool=wia]")


def vul_in(page, velden):
    for selector, waarde in velden.items():
        page.fill(selector, waarde)


def test_invullen_geeft_samenvatting_en_tabel(page, base_url):
    form = open_tool(page, base_url)
    vul_in(page, GOED)
    form.get_by_role("button", name="Bereken").click()
    uitkomst = page.locator("[data-uitkomst]")
    # 20 years: 15 months LGU; then VVU 35% × € 2.294,40 (1 January 2026) = € 803,04
    expect(uitkomst.locator(".sk-samenvatting")).to_contain_text("vanaf WIA-maand 16 € 803,04", timeout=60000)
    expect(uitkomst).not_to_contain_text("Voorbeeld")
    # no WIA and no work: WW 75% × 3000 = 2250, then 70% = 2100, for 15 months (Werkloosheidswet art. 47)
    expect(uitkomst.locator(".sk-samenvatting p").first).to_have_text(
        "Krijgt u geen WIA en heeft u geen werk? Dan krijgt u na 104 weken WW: eerst € 2.250,00 per maand, daarna "
        "€ 2.100,00. Na 15 maanden stopt de WW. Dan daalt uw inkomen naar € 0,00 per maand. Deze rekenhulp rekent "
        "geen bijstand mee. Misschien kunt u dan bijstand krijgen van uw gemeente. Dat hangt af van het inkomen van "
        "uw partner en van uw spaargeld en bezit.")
    tabel = uitkomst.locator("table").first
    expect(tabel.locator("caption")).to_contain_text("Bruto inkomen per maand")
    rij = tabel.locator("tr", has=page.locator("th", has_text="u werkt weinig of niet"))
    # columns: ziektemaand 1, ziektemaand 13, WIA-maand 1, 12, 24, 60
    cellen = rij.locator("td")
    expect(cellen.nth(0)).to_contain_text("€ 2.294,40")
    expect(cellen.nth(2)).to_contain_text("€ 2.250,00")
    expect(cellen.nth(4)).to_contain_text("€ 803,04")
    expect(uitkomst.locator("svg.sk-grafiek title")).to_have_count(1)
    expect(uitkomst).to_contain_text("Dit is een prognose. U kunt er geen rechten aan ontlenen.")


def test_voorbeeld_staat_er_voordat_python_start(page, base_url):
    page.route("**/pyodide.asm.wasm", lambda route: route.abort())
    open_tool(page, base_url)
    uitkomst = page.locator("[data-uitkomst]")
    expect(uitkomst).to_contain_text("Voorbeeld")
    expect(uitkomst).to_contain_text("Krijgt u geen WIA en heeft u geen werk?")
    expect(uitkomst.locator("table").first).to_be_visible()


FOUTE_INVOER = [
    ("#wia-maandloon", "", "Vul uw maandloon in."),
    ("#wia-maandloon", "-3000", "Uw maandloon kan niet negatief zijn."),
    ("#wia-maandloon", "drieduizend", "alleen een getal in"),
    ("#wia-maandloon", "1000000000000", "Is uw maandloon echt € 1.000.000.000.000,00? Kijk het bedrag na."),
    ("#wia-ao", "150", "Het percentage arbeidsongeschiktheid mag niet meer zijn dan 100."),
    ("#wia-arbeidsverleden", "twintig", "alleen een getal in"),
]


def test_foute_invoer_melding_bij_het_veld(page, base_url):
    """Each bad value in turn, typed over good input on one page (one start of Python)."""
    form = open_tool(page, base_url)
    for veld, waarde, melding in FOUTE_INVOER:
        vul_in(page, {**GOED, veld: waarde})
        form.get_by_role("button", name="Bereken").click()
        expect(page.locator(f"{veld}-fout"), f"{veld} = {waarde!r}").to_contain_text(melding, timeout=60000)
        assert f"{veld[1:]}-fout" in page.get_attribute(veld, "aria-describedby").split()
        for ander, goed in GOED.items():  # nothing typed is lost
            assert page.input_value(ander) == (waarde if ander == veld else goed)


def test_alle_fouten_tegelijk_elk_bij_zijn_veld(page, base_url):
    form = open_tool(page, base_url)
    vul_in(page, {"#wia-maandloon": "abc", "#wia-arbeidsverleden": "-2", "#wia-ao": "101",
                  "#wia-inkomen": "1000000000000", "#wia-aanbod": "-5"})
    form.get_by_role("button", name="Bereken").click()
    expect(page.locator(".sk-foutsamenvatting li")).to_have_count(5, timeout=60000)
    for veld in ("maandloon", "arbeidsverleden", "ao", "inkomen", "aanbod"):
        expect(page.locator(f"#wia-{veld}-fout")).to_be_visible()
    assert page.input_value("#wia-ao") == "101"


def test_past_op_360_pixels(page, base_url):
    form = open_tool(page, base_url, breedte=360)
    vul_in(page, {**GOED, "#wia-aanbod": "2.300"})
    form.get_by_role("button", name="Bereken").click()
    expect(page.locator(".sk-voorbeeld-label")).to_have_count(0, timeout=60000)  # the example has that text too
    expect(page.locator("[data-uitkomst]")).to_contain_text("Nieuwe baan via spoor 2")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    breedte = page.locator("svg.sk-grafiek").bounding_box()["width"]
    assert 200 < breedte <= 360
    kleinste = kleinste_letter(page.locator("svg.sk-grafiek"))
    assert kleinste >= 12, f"some text in the chart is {kleinste:.1f} px"
    assert bijschriften_in_beeld(page) >= 2  # the overview and a scenario's month table


def test_invoer_blijft_na_herladen_en_wis_maakt_leeg(page, base_url):
    form = open_tool(page, base_url)
    vul_in(page, GOED)
    page.check("#wia-loondoorbetaling-100")
    form.get_by_role("button", name="Bereken").click()
    # 100% in ziektejaar 1: € 3.000,00
    expect(page.locator("[data-uitkomst] table").first).to_contain_text("€ 3.000,00", timeout=60000)
    page.reload()
    assert page.input_value("#wia-maandloon") == "3.000" and page.is_checked("#wia-loondoorbetaling-100")
    page.get_by_role("button", name="Wis mijn gegevens").click()
    assert page.input_value("#wia-maandloon") == "" and page.is_checked("#wia-wekeneis")
    assert page.evaluate("localStorage.getItem('spoorkennis:wia')") is None


def test_onwaarschijnlijk_bedrag_geeft_een_vraag_bij_het_veld(page, base_url):
    # '3,000' would read as three euros: the page asks what was meant, at the field and in the summary
    form = open_tool(page, base_url)
    vul_in(page, {**GOED, "#wia-maandloon": "3,000"})
    form.get_by_role("button", name="Bereken").click()
    expect(page.locator("#wia-maandloon-fout")).to_have_text("Bedoelt u € 3.000? Schrijf dan 3000.", timeout=60000)
    expect(page.locator(".sk-foutsamenvatting a")).to_have_text(["Bedoelt u € 3.000? Schrijf dan 3000."])
    assert page.input_value("#wia-maandloon") == "3,000"  # nothing typed is lost
    page.fill("#wia-maandloon", "3")
    form.get_by_role("button", name="Bereken").click()
    expect(page.locator("#wia-maandloon-fout")).to_have_text(
        "Is uw maandloon echt € 3,00? Bedoelt u € 3.000? Schrijf dan 3000.")
    page.fill("#wia-maandloon", "3000")
    form.get_by_role("button", name="Bereken").click()
    expect(page.locator("#wia-maandloon-fout")).to_have_count(0)
    expect(page.locator("[data-uitkomst] .sk-samenvatting")).to_be_visible()


def test_verouderde_bedragen_staan_zichtbaar_bovenaan(page, base_url):
    # Amounts of 1 July 2026 on 1 March 2027: the minimumloon and the maximumdagloon changed on
    # 1 January 2027, and the page says so before anything else.
    form = open_tool(page, base_url)
    vul_in(page, {**GOED, "#wia-peildatum": "1-3-2027"})
    form.get_by_role("button", name="Bereken").click()
    let_op = page.locator("[data-uitkomst] .sk-waarschuwingen")
    expect(let_op).to_be_visible(timeout=60000)
    expect(let_op.get_by_role("heading", name="Let op")).to_be_visible()
    expect(let_op).to_contain_text("Wij rekenen met bedragen van 1 juli 2026. Op 1 januari 2027 veranderen die "
                                   "bedragen.")
    boven = page.evaluate("""() => { const u = document.querySelector('[data-uitkomst]');
        return u.querySelector('.sk-waarschuwingen').getBoundingClientRect().top <
               u.querySelector('.sk-samenvatting').getBoundingClientRect().top; }""")
    assert boven


def test_uren_per_week_bepalen_het_eerste_jaar(page, base_url):
    # 40 hours: € 14,71 × 40 × 4 1/3 = € 2.549,73 in ziektemaand 1 (amounts of 1 January 2026)
    form = open_tool(page, base_url)
    vul_in(page, {**GOED, "#wia-uren-per-week": "40"})
    form.get_by_role("button", name="Bereken").click()
    rij = page.locator("[data-uitkomst] table").first.locator("tr", has=page.locator("th", has_text="IVA"))
    expect(rij.locator("td").nth(0)).to_contain_text("€ 2.549,73", timeout=60000)
    expect(page.locator("[data-uitkomst]")).to_contain_text("Voor 40 uur per week is dat € 14,71 per uur")


def test_maatmaninkomen_en_geboortedatum(page, base_url):
    # rvc € 2.000 against a maatmaninkomen of € 3.200: 37,5% → WGA (against the maandloon: 33,3%, no WIA).
    # Born 1 March 1960: AOW on 1 March 2027; sick on 8 January 2024, so the WIA starts on 5 January 2026.
    form = open_tool(page, base_url)
    vul_in(page, {**GOED, "#wia-ao": "", "#wia-restverdiencapaciteit": "2.000", "#wia-maatmaninkomen": "3.200",
                  "#wia-geboortedatum": "1-3-1960", "#wia-eerste-ziektedag": "8-1-2024"})
    form.get_by_role("button", name="Bereken").click()
    uitkomst = page.locator("[data-uitkomst]")
    expect(uitkomst.locator(".sk-samenvatting")).to_contain_text("U verwacht: een WGA-uitkering", timeout=60000)
    expect(uitkomst).to_contain_text("U bent dus 37,5% arbeidsongeschikt.")
    expect(uitkomst).to_contain_text("Uw AOW-leeftijd is 67 jaar. Die bereikt u op 1 maart 2027.")
    rij = uitkomst.locator("table").first.locator("tr", has=page.locator("th", has_text="IVA"))
    expect(rij.locator("td").nth(5)).to_have_text("AOW, niet berekend")  # WIA-maand 60


NIEUWE_VELDEN_FOUT = [
    ("#wia-uren-per-week", "0", "Het aantal uren per week moet minstens 1 zijn."),
    ("#wia-maatmaninkomen", "3,200", "Bedoelt u € 3.200? Schrijf dan 3200."),
    ("#wia-geboortedatum", "1-6-2026", "Uw geboortedatum moet voor de eerste ziektedag liggen. Kijk het jaar na."),
]


def test_nieuwe_velden_slechte_invoer(page, base_url):
    form = open_tool(page, base_url)
    for veld, waarde, melding in NIEUWE_VELDEN_FOUT:
        vul_in(page, {**GOED, "#wia-eerste-ziektedag": "5-1-2026", "#wia-uren-per-week": "", "#wia-maatmaninkomen": "",
                      "#wia-geboortedatum": "", veld: waarde})
        form.get_by_role("button", name="Bereken").click()
        expect(page.locator(f"{veld}-fout")).to_have_text(melding, timeout=60000)
        assert page.input_value(veld) == waarde
