"""Structure of every page: headings, links and anchors, navigation, intro and closing, abbreviations."""

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from spoorkennis import klok

from . import inhoud

PAGINAS = inhoud.paginas()


@pytest.mark.parametrize("pagina", PAGINAS)
def test_een_h1_en_geen_overgeslagen_kopniveaus(pagina):
    koppen = inhoud.koppen(pagina)
    h1 = [k for k in koppen if k.niveau == 1]
    assert len(h1) == 1, f"{pagina}: {len(h1)} koppen van niveau 1, verwacht precies 1"
    assert koppen[0].niveau == 1, f"{pagina}: de eerste kop is geen h1 ({koppen[0].tekst!r})"
    sprongen = [
        f"regel {k.regel}: h{vorige.niveau} -> h{k.niveau} ({k.tekst!r})"
        for vorige, k in zip(koppen, koppen[1:])
        if k.niveau > vorige.niveau + 1
    ]
    assert sprongen == [], f"{pagina}: overgeslagen kopniveaus: {sprongen}"


@pytest.mark.parametrize("pagina", PAGINAS)
def test_interne_links_en_ankers_bestaan(pagina):
    fout = []
    for href in inhoud.links(pagina):
        if inhoud.is_extern(href):
            continue
        pad, _, anker = href.partition("#")
        if pad.startswith("/"):
            fout.append(f"{href}: gebruik een relatief pad naar het .md-bestand")
            continue
        doel = (inhoud.DOCS / Path(pagina).parent / pad).resolve() if pad else inhoud.DOCS / pagina
        if not doel.is_file() or inhoud.DOCS.resolve() not in doel.resolve().parents:
            fout.append(f"{href}: geen bestand in docs/ (link naar het .md-bestand)")
        elif anker and doel.suffix == ".md":
            doelpagina = doel.resolve().relative_to(inhoud.DOCS.resolve()).as_posix()
            if anker not in inhoud.ankers(doelpagina):
                fout.append(f"{href}: anker #{anker} bestaat niet in {doelpagina}")
    assert fout == [], f"{pagina}: kapotte links:\n" + "\n".join(fout)


@pytest.mark.parametrize("pagina", PAGINAS)
def test_geen_md_links_in_ruwe_html(pagina):
    """MkDocs turns a .md link into a page address only in Markdown, not inside raw HTML."""
    fout = [d for d, in_html in inhoud.links_met_soort(pagina) if in_html and not inhoud.is_extern(d) and ".md" in d]
    assert fout == [], f"{pagina}: schrijf deze links als Markdown-link, niet in HTML: {fout}"


def test_elke_pagina_staat_in_de_navigatie():
    nav = inhoud.nav_paginas()
    assert [p for p in PAGINAS if p not in nav] == []
    assert [p for p in nav if p not in PAGINAS] == []


@pytest.mark.parametrize("pagina", PAGINAS)
def test_pagina_noemt_de_datum_van_de_laatste_controle(pagina):
    """`gecontroleerd: JJJJ-MM-DD` (a date YAML reads as a date) that is not in the future; the
    template shows it on the page as "Laatst gecontroleerd op ...". """
    datum = inhoud.front_matter(pagina).get("gecontroleerd")
    assert isinstance(datum, dt.date) and not isinstance(datum, dt.datetime), (
        f"{pagina}: zet `gecontroleerd: JJJJ-MM-DD` in de front matter, zonder aanhalingstekens "
        f"(nu: {datum!r})"
    )
    assert inhoud.EERSTE_CONTROLE <= datum <= klok.vandaag(), f"{pagina}: gecontroleerd {datum} kan niet kloppen"


@pytest.mark.parametrize("pagina", [p for p in PAGINAS if p not in inhoud.ZONDER_VOOR_WIE])
def test_begint_met_voor_wie(pagina):
    """The first block after the h1 (a heading, admonition or paragraph) says for whom the page is."""
    eerste = inhoud.eerste_blok_na_h1(pagina)
    assert inhoud.VOOR_WIE.search(eerste[:80]), (
        f"{pagina}: begin na de h1 met 'Voor wie is deze pagina?' (kop of admonition), niet met {eerste[:80]!r}"
    )


@pytest.mark.parametrize("pagina", [p for p in PAGINAS if p not in inhoud.ZONDER_SLOT])
def test_eindigt_met_wat_kunt_u_nu_doen(pagina):
    h2 = [k.tekst for k in inhoud.koppen(pagina) if k.niveau == 2]
    assert h2 and h2[-1] == inhoud.SLOTKOP, f"{pagina}: de laatste h2 is {h2[-1:]}, verwacht '## {inhoud.SLOTKOP}'"


def test_uitzonderingen_bestaan():
    uitzonderingen = {**inhoud.ZONDER_VOOR_WIE, **inhoud.ZONDER_SLOT, **inhoud.ZONDER_ONDERWERPEN}
    assert [p for p in uitzonderingen if p not in PAGINAS] == []


@pytest.mark.parametrize("pagina", PAGINAS)
def test_elke_afkorting_is_gedefinieerd(pagina):
    ontbreekt = sorted(inhoud.afkortingen_in(inhoud.tekst(pagina)) - inhoud.afkortingen_gedefinieerd().keys())
    assert ontbreekt == [], f"{pagina}: zet deze afkortingen in includes/afkortingen.md: {ontbreekt}"


def test_afkortingenbestand_bevat_alleen_definities():
    regels = (inhoud.INCLUDES / "afkortingen.md").read_text(encoding="utf-8").splitlines()
    fout = [r for r in regels if r.strip() and not r.startswith("*[")]
    assert fout == [], f"includes/afkortingen.md: regels die geen *[AFK]: uitleg zijn: {fout}"
    assert all(uitleg.strip() for uitleg in inhoud.afkortingen_gedefinieerd().values())


def test_afkortingen_worden_herkend():
    """The detector itself: caps words in prose, tables and labels; not in code, URLs or front matter."""
    voorbeeld = textwrap.dedent(
        """\
        ---
        covers: [KS-01]
        ---
        # Uw WIA-uitkering

        !!! tip "Vraag het UWV"

            De WGA'ers en `IVA` en [link](https://example.org/RIV).

        | kop | AD |
        |---|---|
        | EVC | x |
        """
    )
    assert inhoud.afkortingen_in(voorbeeld) == {"WIA", "UWV", "WGA", "AD", "EVC"}


def test_ankers_volgen_de_toc_regels():
    markdown = "# Één WIA-uitkering: 70%\n\n## Vraag\n\n## Vraag\n\n## Eigen anker { #mijn-id }\n\n### `code` en [link](x.md)\n"
    assert [k.anker for k in inhoud.koppen_in(markdown)] == [
        "een-wia-uitkering-70",
        "vraag",
        "vraag_1",
        "mijn-id",
        "code-en-link",
    ]


def test_begrippen_staan_op_alfabet_onder_de_juiste_letter():
    koppen = inhoud.koppen("begrippen.md")
    termen = [k.tekst for k in koppen if k.niveau == 3]
    assert len(termen) >= 30
    assert termen == sorted(termen, key=str.casefold), "zet de begrippen in begrippen.md op alfabet"
    letter = None
    for kop in koppen:
        if kop.niveau == 2 and len(kop.tekst) == 1:
            letter = kop.tekst
        elif kop.niveau == 3 and letter:
            assert kop.tekst[0].upper() == letter, f"{kop.tekst!r} staat onder de letter {letter}"
