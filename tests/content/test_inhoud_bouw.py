"""The whole site: `mkdocs build --strict` is clean, and no sentence is copied from the sources."""

import re
import subprocess
import sys

import pytest

from ..bouw import bouw
from . import inhoud

VERBATIM = inhoud.SHARED / "tools" / "verbatim_check.py"


@pytest.fixture(scope="module")
def gebouwde_site(tmp_path_factory):
    """Build the site once, as scripts/build.sh does; return (return code, output, site folder)."""
    site = tmp_path_factory.mktemp("bouw") / "site"
    proces = bouw(site)
    return proces.returncode, (proces.stdout + proces.stderr).strip(), site


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
    map_ = pagina.removesuffix("index.md") if pagina.endswith("index.md") else pagina.removesuffix(".md")
    html_pad = site / map_ / "index.html"
    html = html_pad.read_text(encoding="utf-8")
    gebouwd = [i for i in re.findall(r"<h[1-6][^>]*\bid=\"([^\"]+)\"", html) if not i.startswith("sk-")]
    assert [k.anker for k in inhoud.koppen(pagina)] == gebouwd


@pytest.mark.skipif(not VERBATIM.exists(), reason="../shared/tools/verbatim_check.py is er niet (fork zonder bronnen)")
def test_geen_zinnen_uit_de_bronnen():
    proces = subprocess.run(
        [sys.executable, str(VERBATIM)], cwd=inhoud.ROOT, capture_output=True, text=True, timeout=300
    )
    assert proces.returncode == 0 and "verbatim: 0 shared runs" in proces.stdout, proces.stdout[-4000:] + proces.stderr
