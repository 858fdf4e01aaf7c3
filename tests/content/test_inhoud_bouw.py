"""The whole site: `mkdocs build --strict` is clean, and no sentence is copied from the sources.
Also what the built pages show: the date each page was checked, the publisher in the colophon
(from mkdocs.yml, or from a publisher's own config), and the way to week 104 from the home page."""

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml

from ..bouw import bouw
from . import inhoud

VERBATIM = inhoud.SHARED / "tools" / "verbatim_check.py"


MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"]


@pytest.fixture(scope="module")
def gebouwde_site(tmp_path_factory):
    """Build the site once, as scripts/build.sh does; return (return code, output, site folder)."""
    site = tmp_path_factory.mktemp("bouw") / "site"
    proces = bouw(site)
    return proces.returncode, (proces.stdout + proces.stderr).strip(), site


def html_van(site: Path, pagina: str) -> str:
    return (site / inhoud.site_pad(pagina) / "index.html").read_text(encoding="utf-8")


class InhoudLinks(HTMLParser):
    """The href of every link in the page's main text (the <article>), not in header, nav or footer."""

    def __init__(self):
        super().__init__()
        self.diepte = 0  # > 0 inside the article
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.diepte += 1
        elif tag == "a" and self.diepte and dict(attrs).get("href"):
            self.links.append(dict(attrs)["href"])

    def handle_endtag(self, tag):
        if tag == "article" and self.diepte:
            self.diepte -= 1


def klikbare_paginas(site: Path, adres: str) -> set[str]:
    """Site addresses (relative to the root, '' = home) that the main text of page `adres` links to."""
    lezer = InhoudLinks()
    lezer.feed((site / adres / "index.html").read_text(encoding="utf-8"))
    basis = "http://site/" + adres
    uit = set()
    for href in lezer.links:
        doel = urlsplit(urljoin(basis, href))
        if doel.netloc == "site" and (site / doel.path.lstrip("/") / "index.html").is_file():
            uit.add(doel.path.lstrip("/"))
    return uit


def klikken_vanaf_home(site: Path, max_klikken: int) -> dict[str, int]:
    """Every page reachable from the home page through links in the main text, with the fewest clicks."""
    afstand = {"": 0}
    rand = [""]
    for klik in range(1, max_klikken + 1):
        volgende = []
        for adres in rand:
            for doel in klikbare_paginas(site, adres):
                if doel not in afstand:
                    afstand[doel] = klik
                    volgende.append(doel)
        rand = volgende
    return afstand


def test_mkdocs_build_strict_is_schoon(gebouwde_site):
    code, uitvoer, site = gebouwde_site
    assert code == 0, f"mkdocs build --strict faalt:\n{uitvoer[-4000:]}"
    assert "WARNING" not in uitvoer, f"mkdocs build geeft waarschuwingen:\n{uitvoer[-4000:]}"
    assert (site / "index.html").is_file()


def test_elke_pagina_noemt_tekenset_vroeg_en_csp_voor_elk_script(gebouwde_site):
    """The charset must sit in the first 1024 bytes (HTML's prescan), and a CSP in a meta tag only
    covers what comes after it, so it must precede every script."""
    code, _, site = gebouwde_site
    if code != 0:
        pytest.skip("de site bouwt niet; zie test_mkdocs_build_strict_is_schoon")
    fout = []
    for html_pad in sorted(site.rglob("*.html")):
        html = html_pad.read_bytes()
        if b'<meta charset="utf-8">' not in html[:1024]:
            fout.append(f"{html_pad.relative_to(site)}: charset niet in de eerste 1024 bytes")
        csp, script = html.find(b'http-equiv="Content-Security-Policy"'), html.find(b"<script")
        if csp < 0 or (script >= 0 and script < csp) or b"__SPOORKENNIS_CSP__" in html:
            fout.append(f"{html_pad.relative_to(site)}: CSP ontbreekt of staat na een script")
    assert not fout, fout


def test_material_script_later_alleen_op_paginas_met_een_rekenhulp(gebouwde_site):
    """Tool pages start Material's script from start.js (named in a meta tag); other pages load it
    as usual. Every page keeps exactly one way to run it."""
    code, _, site = gebouwde_site
    if code != 0:
        pytest.skip("de site bouwt niet; zie test_mkdocs_build_strict_is_schoon")
    script = re.compile(r'<script src="[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js"></script>')
    later = re.compile(r'<meta name="spoorkennis-thema" content="[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js">')
    soorten = {}
    for html_pad in sorted(site.rglob("index.html")):
        html = html_pad.read_text(encoding="utf-8")
        tool = 'class="sk-tool' in html
        soorten[html_pad.relative_to(site).as_posix()] = (tool, len(script.findall(html)), len(later.findall(html)))
    assert {pad: s for pad, s in soorten.items() if s not in {(True, 0, 1), (False, 1, 0)}} == {}
    assert sum(tool for tool, _, _ in soorten.values()) >= 4


@pytest.mark.parametrize("pagina", inhoud.paginas())
def test_ankers_van_de_linkcontrole_kloppen_met_de_gebouwde_site(gebouwde_site, pagina):
    """The link test computes heading anchors without a build; they must equal the built ids
    (headings that a tool inserts, with ids starting with sk-, are left out)."""
    code, _, site = gebouwde_site
    if code != 0:
        pytest.skip("de site bouwt niet; zie test_mkdocs_build_strict_is_schoon")
    html = html_van(site, pagina)
    gebouwd = [i for i in re.findall(r"<h[1-6][^>]*\bid=\"([^\"]+)\"", html) if not i.startswith("sk-")]
    assert [k.anker for k in inhoud.koppen(pagina)] == gebouwd


@pytest.mark.skipif(not VERBATIM.exists(), reason="../shared/tools/verbatim_check.py is er niet (fork zonder bronnen)")
def test_geen_zinnen_uit_de_bronnen():
    proces = subprocess.run(
        [sys.executable, str(VERBATIM)], cwd=inhoud.ROOT, capture_output=True, text=True, timeout=300
    )
    assert proces.returncode == 0 and "verbatim: 0 shared runs" in proces.stdout, proces.stdout[-4000:] + proces.stderr


@pytest.mark.parametrize("pagina", inhoud.paginas())
def test_elke_pagina_toont_wanneer_hij_is_gecontroleerd(gebouwde_site, pagina):
    code, _, site = gebouwde_site
    if code != 0:
        pytest.skip("de site bouwt niet; zie test_mkdocs_build_strict_is_schoon")
    datum = inhoud.front_matter(pagina)["gecontroleerd"]
    getoond = re.search(
        r"Laatst gecontroleerd op\s*<time datetime=\"([\d-]+)\">(\d+) (\w+) (\d{4})</time>", html_van(site, pagina)
    )
    assert getoond, f"{pagina}: de gebouwde pagina toont geen 'Laatst gecontroleerd op ...'"
    assert getoond.groups() == (datum.isoformat(), str(datum.day), MAANDEN[datum.month - 1], str(datum.year))


def uitgever_op_colofon(site: Path) -> tuple[str, str, str]:
    """(name, contact href, contact text) as the built colophon shows them."""
    html = html_van(site, "colofon.md")
    blok = re.search(r'<dl class="sk-uitgever">(.*?)</dl>', html, re.S)
    assert blok, "de colofon toont het blok met de uitgever niet (<!-- sk:uitgever --> vervangen?)"
    naam = re.search(r"<dt>Uitgever van deze site</dt>\s*<dd>(.*?)</dd>", blok[1], re.S)
    link = re.search(r'<dt>Contact</dt>\s*<dd><a href="([^"]*)">(.*?)</a></dd>', blok[1], re.S)
    assert naam and link, blok[1]
    return naam[1].strip(), link[1], link[2]


def test_colofon_toont_de_uitgever_uit_mkdocs_yml(gebouwde_site):
    code, _, site = gebouwde_site
    if code != 0:
        pytest.skip("de site bouwt niet; zie test_mkdocs_build_strict_is_schoon")
    uitgever = inhoud.mkdocs_config()["extra"]["uitgever"]
    assert uitgever_op_colofon(site) == (uitgever["naam"], uitgever["contact"], uitgever["contact_tekst"])


def test_colofon_van_een_uitgever_met_een_eigen_config(tmp_path):
    """A publisher's own config that INHERITs mkdocs.yml: the colophon shows its values, not ours.
    The file must sit beside mkdocs.yml, because relative paths in a config (docs, hooks, overrides)
    count from the config file that is built."""
    eigen = {"naam": "Vakbond Voorbeeld & Zn.", "contact": "mailto:hulp@voorbeeld.nl", "contact_tekst": "hulp@voorbeeld.nl"}
    config = inhoud.ROOT / f".test-uitgever-{os.getpid()}.yml"
    config.write_text(yaml.safe_dump({"INHERIT": "mkdocs.yml", "extra": {"uitgever": eigen}}), encoding="utf-8")
    try:
        proces = bouw(tmp_path / "site", "--config-file", str(config))
        code, uitvoer = proces.returncode, (proces.stdout + proces.stderr).strip()
    finally:
        config.unlink()
    assert code == 0, uitvoer[-4000:]
    assert uitgever_op_colofon(tmp_path / "site") == ("Vakbond Voorbeeld &amp; Zn.", eigen["contact"], eigen["contact_tekst"])
    ons = inhoud.mkdocs_config()["extra"]["uitgever"]
    html = html_van(tmp_path / "site", "colofon.md")
    assert ons["contact"] not in html and ons["contact_tekst"] not in html


@pytest.mark.parametrize("hub", ["werknemers/na-104-weken.md", "werkgevers/na-104-weken.md"])
def test_na_104_weken_binnen_drie_klikken_vanaf_de_startpagina(gebouwde_site, hub):
    """A reader in week 40 and a small employer in month 8 find what happens at and after week 104
    for them: the hub of their route is at most three clicks from the home page, counting only
    links in the page text (not the menu, which a phone hides)."""
    code, _, site = gebouwde_site
    if code != 0:
        pytest.skip("de site bouwt niet; zie test_mkdocs_build_strict_is_schoon")
    afstand = klikken_vanaf_home(site, 3)
    assert inhoud.site_pad(hub) in afstand, f"{hub} is niet binnen drie klikken te bereiken vanaf de startpagina"


def test_de_ankers_voor_de_wia_rekenhulp_bestaan(gebouwde_site):
    """The WIA calculator links to the voorschot and the 35-minus sections by these ids."""
    code, _, site = gebouwde_site
    if code != 0:
        pytest.skip("de site bouwt niet; zie test_mkdocs_build_strict_is_schoon")
    html = html_van(site, "werknemers/na-104-weken.md")
    assert re.search(r'<h2 id="voorschot"', html) and re.search(r'<h2 id="35-min"', html)
