"""MkDocs hook: embeds the tools, pre-renders their worked examples, ships the runtime.

- ``<!-- tool:NAME -->`` on its own line becomes the tool's form (``widgets/NAME/form.html``) with
  its worked example computed by the package at build time. Unknown names or placeholders fail
  the build.
- The site gets ``assets/tools/`` (loader, worker, styles, the ``spoorkennis`` wheel and
  ``bouw.json``) and ``assets/pyodide/`` (Pyodide's runtime: three files as npm has them, the
  standard library and lock file cut to what the pages run; ``scripts/runtime_bouw.py``).
- ``sw.js`` in the site root caches every page and asset of this build for offline use.
- Every page gets a Content-Security-Policy whose inline-script hashes are computed from the page.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import sys
import tempfile
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "scripts")]

import runtime_bouw  # noqa: E402  (after the path is set)
from spoorkennis import web  # noqa: E402

WIDGETS = ROOT / "widgets"
PYODIDE = runtime_bouw.PYODIDE
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

_build: dict = {}


def on_files(files, config):
    """Add the widgets, the browser's Python runtime (scripts/runtime_bouw.py) and bouw.json to the site."""
    runtime = _runtime()
    fingerprint = hashlib.sha256(runtime.wiel.read_bytes() + runtime.stdlib.read_bytes())
    for path in sorted(WIDGETS.glob("*.*")):
        fingerprint.update(path.read_bytes())
        files.append(File.generated(config, f"assets/tools/{path.name}", abs_src_path=str(path)))
    files.append(File.generated(config, f"assets/tools/{runtime.wiel.name}", abs_src_path=str(runtime.wiel)))
    for name, source in runtime.pyodide().items():
        files.append(File.generated(config, f"assets/pyodide/{name}", abs_src_path=str(source)))
    version = json.loads((PYODIDE / "package.json").read_text())["version"]
    fingerprint.update(version.encode())
    _build["versie"] = fingerprint.hexdigest()[:16]
    # What the worker downloads, per file [bytes, bytes on the wire]: its progress bar counts these.
    download = runtime_bouw.download({**runtime.pyodide(), runtime.wiel.name: runtime.wiel})
    download.pop("pyodide.mjs")  # the worker imports it before it can count anything
    _build["download"] = sum(over for _, over in download.values())
    bouw = {"wheel": runtime.wiel.name, "pyodide": version, "versie": _build["versie"], "download": download}
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
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'"
        for body in INLINE_SCRIPT.findall(output)
    )
    if "__SPOORKENNIS_CSP__" not in output:
        raise PluginError(f"{page.file.src_uri}: the CSP placeholder of overrides/main.html is missing")
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
    early = (f'<meta name="spoorkennis-tool" content="{worker}" data-download="{_build["download"]}">\n'
             f'  <meta name="spoorkennis-thema" content="{material[0]}">\n  <script>{START}</script>\n'
             f'  <script type="module" async src="{runtime}"></script>\n')
    csp_meta = 'content="__SPOORKENNIS_CSP__">'
    return output.replace(csp_meta, f"{csp_meta}\n  {early}", 1)


def on_post_build(config):
    """Write the service worker with this build's version and its list of pages and assets."""
    site = Path(config["site_dir"])
    files, runtime = [], []
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site).as_posix()
        if path.is_dir() or rel.endswith((".gz", ".map")) or _search_language_not_used(rel, config):
            continue
        if rel.startswith("assets/pyodide/") or rel.endswith(".whl"):
            runtime.append(rel)
            continue
        files.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    template = (WIDGETS / "offline" / "sw.js").read_text(encoding="utf-8")
    sw = template.replace("__VERSIE__", _build["versie"]).replace("__BESTANDEN__", json.dumps(files, indent=0))
    sw = sw.replace("__RUNTIME__", json.dumps(runtime))
    (site / "sw.js").write_text(sw, encoding="utf-8")


def _search_language_not_used(rel: str, config) -> bool:
    """Lunr files for languages the site's search does not use (kept out of the offline precache)."""
    if not rel.startswith("assets/javascripts/lunr/"):
        return False
    search = config["plugins"].get("material/search") or config["plugins"].get("search")
    languages = (search.config.lang if search else None) or []
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


def _runtime() -> runtime_bouw.Runtime:
    """The wheel, stdlib and lock file the browser gets, built from what the pages run."""
    try:
        return runtime_bouw.bouw(Path(tempfile.mkdtemp(prefix="spoorkennis-runtime-")))
    except runtime_bouw.BouwFout as fout:
        raise PluginError(str(fout)) from None
