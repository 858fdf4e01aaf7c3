"""Every built page: loads from the sub-path, asks nothing of any other origin, no console errors.

The ``page`` fixture fails a test on any request to another origin, console error, page error or
CSP violation, so visiting a page (and using a tool) is the test; the walk through every page
(rondgang.py) records the same.
"""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .formulier import bereken_voorbeeld, open_tool, tool_paginas
from .rondgang import BREEDTES, sitemap_paden

ROOT = Path(__file__).resolve().parents[2]


def test_sitemap_bevat_alle_paginas(site_dir):
    """Every page in docs/ is in the sitemap at its own address, once, and nothing else is."""
    verwacht = set()
    for md in (ROOT / "docs").rglob("*.md"):
        pad = md.relative_to(ROOT / "docs").with_suffix("").as_posix()
        verwacht.add("" if pad == "index" else pad.removesuffix("/index") + "/")
    paden = sitemap_paden(site_dir)
    assert sorted(paden) == sorted(verwacht)


@pytest.mark.parametrize("breedte", BREEDTES)
def test_elke_pagina_laadt_zonder_verzoek_naar_buiten(rondgang, breedte):
    """Every page loads with its Content-Security-Policy, asks nothing of any other origin and has
    no console errors, a tool page with its worked example computed (so its runtime came from this
    origin too). The service worker is off in this walk; test_offline covers it."""
    for bezoek in rondgang(breedte):
        pad = bezoek.pad or "/"
        assert 200 <= bezoek.status < 300 and bezoek.kop_zichtbaar, f"{pad}: status {bezoek.status}"
        assert not bezoek.problemen, f"{pad}: {bezoek.problemen}"
        assert bezoek.cookies == [], f"{pad}: {bezoek.cookies}"
        for regel in ("default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self';",
                      "connect-src 'self'", "worker-src 'self'", "font-src 'self'", "img-src 'self'"):
            assert regel in bezoek.csp, f"{pad}: CSP lacks {regel!r}"
        assert "unsafe-inline" not in bezoek.csp and "unsafe-eval'" not in bezoek.csp.replace("wasm-unsafe-eval'", "")


def test_inhoudspagina_laadt_geen_pyodide(page, base_url):
    geladen = []
    page.on("request", lambda r: geladen.append(r.url))
    page.goto(base_url + "over/")
    page.wait_for_load_state("networkidle")
    assert not [u for u in geladen if "pyodide" in u or u.endswith(".whl.xz")]


def test_zonder_webassembly_blijft_het_voorbeeld_staan(page, base_url):
    page.route("**/*.wasm", lambda route: route.abort())
    page.goto(base_url + "rekenhulpen/verzuimweek/")
    expect(page.locator(".sk-status")).to_contain_text("kon niet worden geladen", timeout=60000)
    expect(page.locator("[data-uitkomst]")).to_contain_text("Voorbeeld")


@pytest.mark.geen_service_worker
def test_localstorage_alleen_eigen_sleutels_en_wis_maakt_leeg(page, base_url, site_dir):
    page.clock.set_fixed_time(__import__("datetime").datetime(2026, 11, 25, 10, 0))
    for naam, pad in tool_paginas(site_dir).items():
        form = open_tool(page, base_url + pad, naam)
        bereken_voorbeeld(page, form, naam)
        sleutels = page.evaluate("Object.keys(localStorage)")
        # The theme keeps only interface choices (colour scheme, chosen tab), never what was typed.
        vreemd = [k for k in sleutels if not k.startswith("spoorkennis:") and not re.search(r"\.__(palette|tabs)$", k)]
        assert not vreemd, vreemd
        assert f"spoorkennis:{naam}" in sleutels
        form.get_by_role("button", name="Wis mijn gegevens").click()
        assert page.evaluate(f"localStorage.getItem('spoorkennis:{naam}')") is None
        page.reload()
        expect(page.locator(".sk-voorbeeld-label")).to_have_count(1)
    assert page.context.cookies() == []

