"""The service worker the build hook writes (hooks/spoorkennis_hook.py, write_service_worker): it
lists every file the site ships with a hash, and any change to the site gives it a new version, so
a returning reader gets the new build (the browser tests in tests/e2e/test_offline.py show that)."""

from __future__ import annotations

import json
import re

import pytest

from .bouw import hook

SITE = {
    "index.html": "<h1>Home</h1>",
    "over/index.html": "<h1>Over</h1>",
    "404.html": "<h1>404</h1>",
    "assets/site.css": "a { color: blue; }",
    "assets/images/logo.png": "PNG",
    "search/search_index.json": '{"docs": []}',
    "sitemap.xml": "<urlset/>",
    "sitemap.xml.gz": "gz",
    "assets/javascripts/lunr/min/lunr.nl.min.js": "nl",
    "assets/javascripts/lunr/min/lunr.de.min.js": "de",
    "assets/javascripts/lunr/min/lunr.stemmer.support.min.js": "stemmer",
    "assets/pyodide/pyodide.asm.wasm": "wasm",
    "assets/tools/spoorkennis-0.1.0-py3-none-any.whl.xz": "wheel",
}


def schrijf(site, bestanden=SITE) -> dict:
    for pad, inhoud in bestanden.items():
        (site / pad).parent.mkdir(parents=True, exist_ok=True)
        (site / pad).write_text(inhoud)
    hook().write_service_worker(site, ["nl"])
    sw = (site / "sw.js").read_text()
    lijsten = {naam.lower(): json.loads(re.search(rf"const {naam} = (\{{.*?\}});", sw, re.S).group(1))
               for naam in ("VOORAF", "RUNTIME")}
    return {"versie": re.search(r'const VERSIE = "(\w{16})";', sw).group(1), **lijsten}


def test_elk_bestand_staat_erin_met_een_hash(tmp_path):
    sw = schrijf(tmp_path)
    assert set(sw["vooraf"]) == {"", "over/", "404.html", "assets/site.css", "assets/images/logo.png",
                                 "search/search_index.json", "sitemap.xml",
                                 "assets/javascripts/lunr/min/lunr.nl.min.js",
                                 "assets/javascripts/lunr/min/lunr.stemmer.support.min.js"}
    assert set(sw["runtime"]) == {"assets/pyodide/pyodide.asm.wasm", "assets/tools/spoorkennis-0.1.0-py3-none-any.whl.xz"}
    assert all(re.fullmatch(r"[0-9a-f]{16}", h) for h in [*sw["vooraf"].values(), *sw["runtime"].values()])


def test_zelfde_site_zelfde_versie(tmp_path):
    """Built twice from the same files (sw.js itself already there the second time): the same version,
    so readers do not download anything again."""
    assert schrijf(tmp_path) == schrijf(tmp_path)


@pytest.mark.parametrize("pad", ["over/index.html", "assets/site.css", "assets/images/logo.png",
                                 "search/search_index.json", "assets/pyodide/pyodide.asm.wasm"])
def test_elke_wijziging_geeft_een_nieuwe_versie(tmp_path, pad):
    voor = schrijf(tmp_path / "a")
    na = schrijf(tmp_path / "b", {**SITE, pad: SITE[pad] + " "})
    assert na["versie"] != voor["versie"]
    gewijzigd = {p for lijst in ("vooraf", "runtime") for p in voor[lijst] if voor[lijst][p] != na[lijst][p]}
    assert gewijzigd == {pad.removesuffix("index.html")}  # only that file is downloaded again


def test_een_terugval_naast_zijn_xz_tweeling_blijft_buiten_de_lijsten(tmp_path):
    """pyodide.asm.mjs beside pyodide.asm.mjs.xz is only a fallback for hosts that forbid the
    worker's blob: import: the service worker neither keeps nor counts it."""
    sw = schrijf(tmp_path, {**SITE, "assets/pyodide/pyodide.asm.mjs": "js", "assets/pyodide/pyodide.asm.mjs.xz": "xz"})
    assert "assets/pyodide/pyodide.asm.mjs.xz" in sw["runtime"]
    assert "assets/pyodide/pyodide.asm.mjs" not in {**sw["runtime"], **sw["vooraf"]}
