"""The re-integratiebureau checklist in real Chromium: compare two bureaus, reload, clear, print;
on a phone one bureau at a time, then the comparison (axe light and dark)."""

import pytest
from playwright.sync_api import expect

from spoorkennis.checklist.model import categorieen, vragen

from .axe import scan_licht_en_donker
from .formulier import bijschriften_in_beeld

pytestmark = pytest.mark.e2e

WERKGEVER = "rekenhulpen/bureau-checklist/"
WERKNEMER = "werknemers/vragen-aan-uw-bureau/"
AANTAL = len(vragen())


def open_tool(page, base_url, pad=WERKGEVER):
    page.goto(base_url + pad)
    form = page.locator("form[data-tool=checklist]")
    form.scroll_into_view_if_needed()  # the runtime starts when the form comes into view
    expect(page.locator(".sk-status")).to_have_text("Rekenhulp is klaar.", timeout=60000)
    return form


def vul_twee_bureaus_in(page):
    page.fill("#bureau_1_naam", "Alfa")
    page.fill("#bureau_2_naam", "Beta")
    for nummer in range(1, AANTAL + 1):
        vraag = f"V{nummer:02d}"
        page.check(f"#a1-{vraag}-{'deels' if nummer == 3 else 'ja'}")
        page.check(f"#a2-{vraag}-{'nee' if vraag == 'V07' else 'ja'}")


def test_twee_bureaus_vergelijken_herladen_en_wissen(page, base_url):
    form = open_tool(page, base_url)
    vul_twee_bureaus_in(page)
    form.get_by_role("button", name="Bereken").click()
    uitkomst = page.locator("[data-uitkomst]")
    expect(uitkomst).not_to_contain_text("Voorbeeld", timeout=60000)
    tabel = uitkomst.locator("table")
    expect(tabel.locator("thead th")).to_have_text(["Onderwerp", "Alfa", "Beta"])
    # Beta scores higher (only V07 is "nee") but V07 is a hard red flag, so Alfa comes first.
    expect(uitkomst.locator(".sk-volgorde li").first).to_contain_text("Alfa")
    expect(uitkomst.locator(".sk-volgorde li").nth(1)).to_contain_text("Afgeraden")
    expect(uitkomst.locator(".sk-vlag-hard")).to_contain_text("V07")
    expect(uitkomst.get_by_role("link", name="Download vragenlijst-re-integratiebureau.txt")).to_be_visible()

    page.reload()
    expect(page.locator("#bureau_2_naam")).to_have_value("Beta")
    expect(page.locator("#a2-V07-nee")).to_be_checked()
    expect(page.locator("#a1-V03-deels")).to_be_checked()
    expect(page.locator("[data-uitkomst] thead th")).to_have_text(["Onderwerp", "Alfa", "Beta"], timeout=60000)

    form.get_by_role("button", name="Wis mijn gegevens").click()
    expect(page.locator("#bureau_1_naam")).to_have_value("")
    expect(page.locator("#a2-V07-nee")).not_to_be_checked()
    assert page.evaluate("localStorage.getItem('spoorkennis:checklist')") is None
    expect(page.locator("[data-uitkomst]")).to_contain_text("Voorbeeld")


def test_download_van_de_vergelijking(page, base_url):
    form = open_tool(page, base_url)
    vul_twee_bureaus_in(page)
    form.get_by_role("button", name="Bereken").click()
    link = page.get_by_role("link", name="Download vergelijking-re-integratiebureaus.txt")
    with page.expect_download() as info:
        link.click()
    inhoud = open(info.value.path(), encoding="utf-8").read()
    assert "1. Alfa: sterk" in inhoud and "2. Beta: afgeraden" in inhoud


def test_getypte_naam_wordt_tekst_en_geen_html(page, base_url):
    form = open_tool(page, base_url)
    page.fill("#bureau_1_naam", "<b>Vet</b> & Co")
    page.check("#a1-V01-ja")
    form.get_by_role("button", name="Bereken").click()
    expect(page.locator("[data-uitkomst] thead th").nth(1)).to_have_text("<b>Vet</b> & Co", timeout=60000)
    assert page.locator("[data-uitkomst] b").count() == 0


def test_fout_bij_een_leeg_formulier(page, base_url):
    form = open_tool(page, base_url)
    form.get_by_role("button", name="Bereken").click()
    expect(page.locator("#bureau_1_naam-fout")).to_contain_text("minstens één bureau", timeout=60000)
    expect(page.locator(".sk-foutsamenvatting")).to_be_focused()


def test_met_het_toetsenbord_en_op_een_smal_scherm(page, base_url):
    page.set_viewport_size({"width": 360, "height": 800})
    open_tool(page, base_url)
    page.focus("#a1-V01-ja")
    page.keyboard.press("ArrowRight")
    expect(page.locator("#a1-V01-deels")).to_be_checked()
    page.keyboard.press("Tab")  # bureau 2 and 3 are out of the way: on to the next question
    expect(page.locator("#vraag-V02 summary")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator("#a1-V02-ja")).to_be_focused()
    page.focus("#kies-bureau-1")  # the choice of bureau, with the keyboard
    page.keyboard.press("ArrowRight")
    expect(page.locator("#kies-bureau-2")).to_be_checked()
    page.focus("#a2-V01-ja")
    page.keyboard.press("Space")
    expect(page.locator("#a2-V01-ja")).to_be_checked()
    breedte = page.evaluate("document.documentElement.scrollWidth")
    assert breedte <= 360, f"de pagina is {breedte}px breed op een scherm van 360px"
    vraag = page.locator("#vraag-V01").bounding_box()
    assert vraag["x"] >= 0 and vraag["x"] + vraag["width"] <= 360
    assert bijschriften_in_beeld(page) == 1  # the scores per onderwerp


def test_werknemerspagina_heeft_dezelfde_rekenhulp(page, base_url):
    form = open_tool(page, base_url, WERKNEMER)
    page.fill("#bureau_1_naam", "Mijn bureau")
    page.check("#a1-V10-nee")
    form.get_by_role("button", name="Bereken").click()
    expect(page.locator("[data-uitkomst]")).to_contain_text(f"Nog te vragen ({AANTAL - 1})", timeout=60000)
    expect(page.locator(".sk-vragenlijst")).to_contain_text(f"V{AANTAL:02d}.")


def test_printweergave(page, base_url):
    """On paper: every question of the list, without the site's menus, the answer form or buttons."""
    open_tool(page, base_url)
    page.emulate_media(media="print")
    lijst = page.locator(".sk-vragenlijst")
    op_papier = [f"{v.id}. {v.vraag}" for c in categorieen() for v in vragen() if v.categorie == c]
    expect(lijst.locator("li .sk-vraagtekst")).to_contain_text(op_papier, use_inner_text=True)
    for vraag in lijst.locator("li").all():
        expect(vraag).to_be_visible()
    for deel in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer",
                 "form[data-tool=checklist] .sk-categorie"):
        expect(page.locator(deel).first).to_be_hidden()
    for knop in ("Print deze pagina", "Bereken", "Wis mijn gegevens"):
        expect(page.get_by_role("button", name=knop)).to_be_hidden()


def test_op_een_telefoon_een_bureau_tegelijk_en_dan_de_vergelijking(page, base_url):
    page.set_viewport_size({"width": 360, "height": 800})
    form = open_tool(page, base_url)
    page.fill("#bureau_1_naam", "Alfa")
    page.fill("#bureau_2_naam", "Beta")
    keuze = page.locator("fieldset.sk-kies-bureau")
    expect(keuze).to_be_visible()
    expect(page.locator("#kies-bureau-1")).to_be_checked()
    expect(page.locator("#a1-V01-ja")).to_be_visible()
    expect(page.locator("#a2-V01-ja")).to_be_hidden()
    expect(page.locator("#a3-V01-ja")).to_be_hidden()
    # the choice stays in view under the header while the reader is far down the questions
    page.locator("#vraag-V20").scroll_into_view_if_needed()
    kop = page.locator(".md-header").bounding_box()
    balk = keuze.bounding_box()
    assert kop["y"] + kop["height"] - 1 <= balk["y"] <= kop["y"] + kop["height"] + 1, (kop, balk)
    page.check("#kies-bureau-2")
    expect(page.locator("#a2-V20-ja")).to_be_visible()
    expect(page.locator("#a1-V20-ja")).to_be_hidden()
    for nummer in range(1, AANTAL + 1):
        page.check(f"#a2-V{nummer:02d}-{'nee' if nummer == 7 else 'ja'}")
    page.check("#kies-bureau-1")
    for nummer in range(1, AANTAL + 1):
        page.check(f"#a1-V{nummer:02d}-{'deels' if nummer == 3 else 'ja'}")
    form.get_by_role("button", name="Bereken").click()
    uitkomst = page.locator("[data-uitkomst]")
    expect(uitkomst.locator("thead th")).to_have_text(["Onderwerp", "Alfa", "Beta"], timeout=60000)
    expect(uitkomst.locator(".sk-volgorde li").first).to_contain_text("Alfa")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.reload()  # the answers and the bureau being filled in stay
    expect(page.locator("#kies-bureau-1")).to_be_checked()
    expect(page.locator("#a2-V07-nee")).to_be_checked()


def test_op_een_breed_scherm_alle_bureaus_naast_elkaar(page, base_url):
    open_tool(page, base_url)
    expect(page.locator("fieldset.sk-kies-bureau")).to_be_hidden()
    for n in (1, 2, 3):
        expect(page.locator(f"#a{n}-V01-ja")).to_be_visible()


@pytest.mark.geen_service_worker  # the axe script is served by a route on the site's own origin
def test_axe_op_een_telefoon(axe_page, base_url):
    page = axe_page
    page.set_viewport_size({"width": 360, "height": 800})
    form = open_tool(page, base_url)
    page.check("#kies-bureau-3")
    page.fill("#bureau_3_naam", "Gamma")
    page.check("#a3-V33-nee")
    page.mouse.move(0, 0)
    assert scan_licht_en_donker(page, base_url) == [], "one bureau at a time"
    form.get_by_role("button", name="Bereken").click()
    expect(page.locator("[data-uitkomst] thead th")).to_have_text(["Onderwerp", "Gamma"], timeout=60000)
    page.mouse.move(0, 0)
    assert scan_licht_en_donker(page, base_url) == [], "the comparison"
