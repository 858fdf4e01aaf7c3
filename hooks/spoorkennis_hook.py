"""MkDocs hook: embeds the tools, pre-renders their worked examples, ships the runtime.

- ``<!-- tool:NAME -->`` on its own line becomes the tool's form (``widgets/NAME/form.html``) with
  its worked example computed by the package at build time. Unknown names or placeholders fail
  the build.
- The site gets ``assets/tools/`` (loader, worker, styles, the ``spoorkennis`` wheel and
  ``bouw.json``) and ``assets/pyodide/`` (the five runtime files from ``node_modules/pyodide``).
- ``sw.js`` in the site root keeps every page and asset for offline use; written after the build,
  it changes whenever any file of the site does, so updates reach returning readers.
- Every page gets a Content-Security-Policy whose inline-script hashes are computed from the page.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from spoorkennis import web  # noqa: E402  (after the path is set)

WIDGETS = ROOT / "widgets"
PYODIDE = ROOT / "node_modules" / "pyodide"
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
TOOL_COMMENT = re.compile(r"^<!--\s*tool:\s*([\w-]+)\s*-->\s*$", re.M)
ANY_TOOL_COMMENT = re.compile(r"<!--\s*tool\b.*?-->", re.S)
MARKER = '<div data-sk-plaats="{}"></div>'
PLACEHOLDER = re.compile(r"\{\{\s*(\w+)\s*\}\}")
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S)
CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {hashes}; style-src 'self'; "
    "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'"
)

# Inline on tool pages: start.js in <head> starts the worker and, later, Material's script;
# palet.js follows Material's colour script and does its start-up part until then (see the files).
START = (WIDGETS / "inline" / "start.js").read_text(encoding="utf-8").strip()
PALET = (WIDGETS / "inline" / "palet.js").read_text(encoding="utf-8").strip()
MATERIAL_SCRIPT = re.compile(r'\n\s*<script src="([^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"></script>')
MATERIAL_PALET = re.compile(r'<script>var palette=__md_get\("__palette"\).*?</script>', re.S)

def on_files(files, config):
    """Add the widgets, the freshly built wheel, the Pyodide runtime and bouw.json to the site."""
    missing = [name for name in PYODIDE_FILES if not (PYODIDE / name).is_file()]
    if missing:
        raise PluginError(f"Pyodide runtime missing in node_modules/pyodide ({', '.join(missing)}): run `npm ci`.")
    wheel, stdlib = _precompile(_build_wheel())
    for path in sorted(WIDGETS.glob("*.*")):
        files.append(File.generated(config, f"assets/tools/{path.name}", abs_src_path=str(path)))
    files.append(File.generated(config, f"assets/tools/{wheel.name}", abs_src_path=str(wheel)))
    for name in PYODIDE_FILES:
        source = stdlib if name == stdlib.name else PYODIDE / name
        files.append(File.generated(config, f"assets/pyodide/{name}", abs_src_path=str(source)))
    version = json.loads((PYODIDE / "package.json").read_text())["version"]
    bouw = {"wheel": wheel.name, "pyodide": version}
    files.append(File.generated(config, "assets/tools/bouw.json", content=json.dumps(bouw)))
    return files


def on_page_markdown(markdown, page, config, files):
    """Swap each tool comment for a marker; fail on any tool comment we do not know."""
    for comment in ANY_TOOL_COMMENT.findall(markdown):
        match = TOOL_COMMENT.match(comment)
        if not match or match[1] not in web.TOOLS:
            raise PluginError(f"{page.file.src_uri}: unknown tool embed {comment!r}; known: {sorted(web.TOOLS)}")
    return TOOL_COMMENT.sub(lambda m: "\n" + MARKER.format(m[1]) + "\n", markdown)


def on_page_content(html_, page, config, files):
    """Replace markers with the tool's form and its pre-rendered worked example."""
    for name in web.TOOLS:
        marker = MARKER.format(name)
        if marker in html_:
            html_ = html_.replace(marker, _render_tool(name))
            page.meta["heeft_tool"] = True
    return html_


def on_post_page(output, page, config):
    """Put the page's Content-Security-Policy in, with a hash for each inline script."""
    if page.meta.get("heeft_tool"):
        output = _early_start(output, page)
    return _with_csp(output, page.file.src_uri)


def on_post_template(output, template_name, config):
    """The 404 page is rendered as a template, not as a page: it gets its policy here."""
    return _with_csp(output, template_name) if template_name.endswith(".html") else output


def _with_csp(output: str, name: str) -> str:
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'"
        for body in INLINE_SCRIPT.findall(output)
    )
    if "__SPOORKENNIS_CSP__" not in output:
        raise PluginError(f"{name}: the CSP placeholder of overrides/main.html is missing")
    return output.replace("__SPOORKENNIS_CSP__", html.escape(CSP.format(hashes=hashes).strip()), 1)


def _early_start(output: str, page) -> str:
    """Start the Python runtime while the page is still parsing; Material's script runs later."""
    material, palet = MATERIAL_SCRIPT.findall(output), MATERIAL_PALET.findall(output)
    if len(material) != 1 or len(palet) != 1:
        raise PluginError(f"{page.file.src_uri}: expected one Material script and one colour script, found "
                          f"{len(material)} and {len(palet)}; check widgets/inline/ against this Material version")
    output = MATERIAL_SCRIPT.sub("", output)
    output = MATERIAL_PALET.sub(lambda m: f"{m[0]}\n      <script>{PALET}</script>", output)
    runtime = get_relative_url("assets/tools/runtime.js", page.url)
    worker = get_relative_url("assets/tools/worker.mjs", page.url)
    early = (f'<meta name="spoorkennis-tool" content="{worker}">\n'
             f'  <meta name="spoorkennis-thema" content="{material[0]}">\n  <script>{START}</script>\n'
             f'  <script type="module" async src="{runtime}"></script>\n')
    csp_meta = 'content="__SPOORKENNIS_CSP__">'
    return output.replace(csp_meta, f"{csp_meta}\n  {early}", 1)


def on_post_build(config):
    """Write the service worker for the site as built (see write_service_worker)."""
    search = config["plugins"].get("material/search") or config["plugins"].get("search")
    write_service_worker(Path(config["site_dir"]), (search.config.lang if search else None) or [])


def write_service_worker(site: Path, languages: list[str]) -> None:
    """Write ``sw.js`` into the site root, after everything else is written: it lists every file the
    site ships with a hash of its content, and its version is a hash over those and its own code,
    so any change to the site gives readers a new service worker (and a fresh offline copy)."""
    files, runtime = {}, {}
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site).as_posix()
        if path.is_dir() or rel == "sw.js" or rel.endswith((".gz", ".map")) or _search_language_not_used(rel, languages):
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        if rel.startswith("assets/pyodide/") or rel.endswith(".whl"):
            runtime[rel] = digest
        else:
            files[rel.removesuffix("index.html") if rel.rpartition("/")[2] == "index.html" else rel] = digest
    template = (WIDGETS / "offline" / "sw.js").read_text(encoding="utf-8")
    version = hashlib.sha256(json.dumps([files, runtime, template]).encode()).hexdigest()[:16]
    sw = template.replace("__VERSIE__", version).replace("__BESTANDEN__", json.dumps(files, indent=0))
    (site / "sw.js").write_text(sw.replace("__RUNTIME__", json.dumps(runtime, indent=0)), encoding="utf-8")


def _search_language_not_used(rel: str, languages: list[str]) -> bool:
    """Lunr files for languages the site's search does not use (kept out of the offline precache)."""
    if not rel.startswith("assets/javascripts/lunr/"):
        return False
    wanted = {"lunr.stemmer.support.min.js", *(f"lunr.{lang}.min.js" for lang in languages)}
    if len(languages) > 1:
        wanted.add("lunr.multi.min.js")
    return rel.rsplit("/", 1)[-1] not in wanted


def _render_tool(name: str) -> str:
    template_path = WIDGETS / name / "form.html"
    if not template_path.is_file():
        raise PluginError(f"tool {name!r} has no widgets/{name}/form.html")
    module = sys.modules.get(web.TOOLS[name].partition(":")[0]) or __import__(
        web.TOOLS[name].partition(":")[0], fromlist=["_"])

    def fill(match: re.Match) -> str:
        key = match[1]
        if key == "voorbeeld":
            return ('<p class="sk-voorbeeld-label">Voorbeeld</p>\n' + web.voorbeeld(name)["html"])
        if hasattr(module, "fragment"):
            try:
                return module.fragment(key)
            except KeyError:
                pass
        raise PluginError(f"widgets/{name}/form.html: unknown placeholder {{{{ {key} }}}}")

    return PLACEHOLDER.sub(fill, template_path.read_text(encoding="utf-8"))


def _precompile(wheel: Path) -> tuple[Path, Path]:
    """The wheel and Pyodide's stdlib with bytecode compiled by Pyodide's own Python (3.14).

    Pyodide ships its standard library as source, so every visit compiled ~200 modules before the
    first answer; shipping bytecode halves the start (see the benchmark in README). Runs
    ``scripts/precompile.mjs`` in Node: one Pyodide start at build time.
    """
    out = wheel.parent / "precompiled"
    out.mkdir()
    stdlib = out / "python_stdlib.zip"
    result = subprocess.run(
        ["node", str(ROOT / "scripts" / "precompile.mjs"), str(PYODIDE / "python_stdlib.zip"), str(stdlib),
         str(wheel), str(out / wheel.name)],
        cwd=ROOT, capture_output=True, text=True)
    if result.returncode:
        raise PluginError(f"precompiling Python for the browser failed:\n{result.stderr[-2000:]}")
    return out / wheel.name, stdlib


def _build_wheel() -> Path:
    """Build the pure-Python wheel with flit_core, the same backend `pip wheel .` uses."""
    from flit_core import buildapi

    out = Path(tempfile.mkdtemp(prefix="spoorkennis-wheel-"))
    cwd = Path.cwd()
    try:
        import os

        os.chdir(ROOT)
        name = buildapi.build_wheel(str(out))
    finally:
        os.chdir(cwd)
    return out / name
