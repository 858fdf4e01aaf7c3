"""The build hook: embeds tools from their declarations, fails loudly on what it does not know, and
leaves Material's markup to the template (overrides/main.html), checking what that relies on."""

from __future__ import annotations

import importlib.util
import inspect
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAD = ROOT / "hooks" / "spoorkennis_hook.py"
BUNDLE = '<script src="../assets/javascripts/bundle.a5f9d56c.min.js"></script>'
NAAM = '<meta name="spoorkennis-thema" content="../assets/javascripts/bundle.a5f9d56c.min.js">'
KLEUR = '<script>var palette=__md_get("__palette");</script>'


def hook():
    spec = importlib.util.spec_from_file_location("spoorkennis_hook_test", PAD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pagina(**meta):
    return SimpleNamespace(file=SimpleNamespace(src_uri="pagina.md"), meta=dict(meta))


def test_importeren_doet_niets():
    # No state at import: no change to sys.path, the package not yet imported, no file read.
    code = (f"import sys, importlib.util\npad = list(sys.path)\nspec = importlib.util.spec_from_file_location('h', {str(PAD)!r})\n"
            "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)\n"
            "print(sys.path == pad, 'spoorkennis' in sys.modules)")
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="/").stdout
    assert uit.split() == ["True", "False"]


def test_de_haken_hebben_typen():
    h = hook()
    for naam in ("on_config", "on_env", "on_page_markdown", "on_page_content", "on_post_page"):
        handtekening = inspect.signature(getattr(h, naam))
        assert handtekening.return_annotation is not inspect.Signature.empty, naam
        assert all(p.annotation is not inspect.Parameter.empty for p in handtekening.parameters.values()), naam


@pytest.mark.parametrize("markdown", ["<!-- tool:bestaat_niet -->\n", "<!-- tool: wia extra -->\n",
                                      "tekst <!-- tool:wia --> in een zin\n"])
def test_onbekende_of_scheve_inbedding_laat_de_bouw_falen(markdown):
    with pytest.raises(hook().PluginError, match="unknown tool embed"):
        hook().on_page_markdown(markdown, page=pagina(), config=None, files=None)


def test_inbedding_zet_de_vlag_voor_het_sjabloon():
    p = pagina()
    tekst = hook().on_page_markdown("# Kop\n\n<!-- tool:verzuimweek -->\n", page=p, config=None, files=None)
    assert p.meta == {"heeft_tool": True} and '<div data-sk-plaats="verzuimweek"></div>' in tekst
    html = hook().on_page_content(tekst, page=p, config=None, files=None)
    assert '<form class="sk-tool" data-tool="verzuimweek" novalidate>' in html and "week 9" in html
    gewoon = pagina()
    hook().on_page_markdown("# Kop\n", page=gewoon, config=None, files=None)
    assert gewoon.meta == {}


@pytest.mark.parametrize("html, tool", [
    (f"<head></head>{BUNDLE}", False),
    (f"<head>{NAAM}</head>{KLEUR}<script>{{palet}}</script>", True),
])
def test_material_zoals_verwacht(html, tool):
    h = hook()
    h._check_material(html.replace("{palet}", h._inline("palet.js")), pagina(**({"heeft_tool": True} if tool else {})))


@pytest.mark.parametrize("html, tool", [
    ("<head></head>", False),  # Material's scripts block changed: no script file
    (f"{BUNDLE}{BUNDLE}", False),
    (f"<head>{NAAM}</head>{KLEUR}<script>{{palet}}</script>{BUNDLE}", True),  # the template block did not apply
    (f"<head></head>{KLEUR}<script>{{palet}}</script>", True),  # not named: start.js cannot run it
    (f"<head>{NAAM}</head><script>{{palet}}</script>", True),  # Material's colour script moved or went
    (f"<head>{NAAM}</head><script>{{palet}}</script>{KLEUR}", True),  # ours runs before Material's
])
def test_onverwachte_material_opmaak_laat_de_bouw_falen(html, tool):
    h = hook()
    with pytest.raises(h.PluginError, match="Material"):
        h._check_material(html.replace("{palet}", h._inline("palet.js")), pagina(**({"heeft_tool": True} if tool else {})))


def test_zonder_material_scriptbestand_faalt_de_bouw():
    h = hook()
    bestanden = [SimpleNamespace(src_uri="assets/javascripts/glightbox.min.js")]
    with pytest.raises(h.PluginError, match="Material script file"):
        h.on_env(SimpleNamespace(globals={}), config=None, files=bestanden)
    bouw = SimpleNamespace(src_uri="assets/tools/bouw.json",
                           content_string='{"download": {"python_stdlib.zip": [900, 850], "pyodide.asm.wasm": [9600, 3550]}}')
    env = h.on_env(SimpleNamespace(globals={}), config=None,
                   files=[SimpleNamespace(src_uri="assets/javascripts/bundle.a5f9d56c.min.js"), bouw, *bestanden])
    assert env.globals["spoorkennis"]["material"] == "assets/javascripts/bundle.a5f9d56c.min.js"
    assert env.globals["spoorkennis"]["download"] == 850 + 3550  # bytes on the wire, for data-saving mode
    assert env.globals["spoorkennis"]["start"].startswith("// Inlined in <head>")
