"""Every built page: loads from the sub-path, asks nothing of any other origin, no console errors.

The ``page`` fixture fails a test on any request to another origin, console error, page error or
CSP violation, so visiting each page (and using a tool) is the test.
"""

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from .formulier import bereken_voorbeeld, klaar, open_tool, tool_paginas

ROOT = Path(__file__).resolve().parents[2]


def sitemap_paden(site_dir: Path) -> list[str]:
    """The pages listed in the built sitemap.xml, as paths relative to the site root."""
    urls = re.findall(r"<loc>(.*?)</loc>", (site_dir / "sitemap.xml").read_text())
    assert urls, "sitemap.xml lists no pages"
    basis = urlsplit(urls[0]).path  # the home page comes first
    return [urlsplit(u).path[len(basis):] for u in urls]


def test_sitemap_bevat_alle_paginas(site_dir):
    """Every page in docs/ is in the sitemap at its own address, once, and nothing else is."""
    verwacht = set()
    for md in (ROOT / "docs").rglob("*.md"):
        pad = md.relative_to(ROOT / "docs").with_suffix("").as_posix()
        verwacht.add("" if pad == "index" else pad.removesuffix("/index") + "/")
    paden = sitemap_paden(site_dir)
    assert sorted(paden) == sorted(verwacht)


def test_elke_pagina_laadt_zonder_verzoek_naar_buiten(page, base_url, site_dir):
    for pad in sitemap_paden(site_dir):
        antwoord = page.goto(base_url + pad)
        assert antwoord.ok, pad
        expect(page.locator("h1").first).to_be_visible()
        csp = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
        for regel in ("default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self';",
                      "connect-src 'self'", "worker-src 'self'", "font-src 'self'", "img-src 'self'"):
            assert regel in csp, f"{pad}: CSP lacks {regel!r}"
        assert "unsafe-inline" not in csp and "unsafe-eval'" not in csp.replace("wasm-unsafe-eval'", "")
        tools = page.locator("form.sk-tool")
        if tools.count():  # the runtime must come from this origin too
            klaar(tools.first)
    assert page.context.cookies() == []


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

