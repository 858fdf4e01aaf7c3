"""MkDocs hook: embeds the tools, pre-renders their worked examples, ships the runtime.

- ``<!-- tool:NAME -->`` on its own line becomes the tool's form, drawn from its declaration
  (``spoorkennis/NAME/tool.py``), with its worked example computed by the package at build time.
  An unknown tool name fails the build.
- A page with a tool gets ``page.meta["heeft_tool"]``; ``overrides/main.html`` then starts the
  Python runtime from ``<head>`` and leaves Material's script to ``widgets/inline/start.js``. The
  build fails when Material's markup is not what that relies on.
- The site gets ``assets/tools/`` (loader, worker, styles, the ``spoorkennis`` wheel, its xz
  decoder and ``bouw.json``) and ``assets/pyodide/`` (Pyodide's runtime: three files as npm has
  them, the standard library and lock file cut to what the pages run; wheel and standard library
  xz-compressed; ``scripts/runtime_bouw.py``).
- ``sw.js`` in the site root keeps every page and asset for offline use; written after the build,
  it changes whenever any file of the site does, so updates reach returning readers.
- Every page gets a Content-Security-Policy whose inline-script hashes are computed from the page.
- Stale legal amounts (``python -m spoorkennis parameters``) are printed as a warning on stderr; the
  build goes on (see ``verouderde_bedragen``).
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

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parent.parent
SRC, SCRIPTS = ROOT / "src", ROOT / "scripts"
WIDGETS = ROOT / "widgets"
PYODIDE = ROOT / "node_modules" / "pyodide"
TOOL_COMMENT = re.compile(r"^<!--\s*tool:\s*([\w-]+)\s*-->\s*$", re.M)
ANY_TOOL_COMMENT = re.compile(r"<!--\s*tool\b.*?-->", re.S)
MARKER = '<div data-sk-plaats="{}"></div>'
MARKER_RE = re.compile(r'<div data-sk-plaats="([\w-]+)"></div>')
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S)
CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {hashes}; style-src 'self'; "
    "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'"
)
# What overrides/main.html relies on in Material's markup: one script file (its "scripts" block)
# and one colour script in the header, which widgets/inline/palet.js follows on tool pages.
MATERIAL_BUNDLE = re.compile(r"assets/javascripts/bundle\.[0-9a-f]+\.min\.js")
MATERIAL_SCRIPT = re.compile(r'<script src="[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js"></script>')
MATERIAL_PALET = '<script>var palette=__md_get("__palette")'

def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """The package is imported from the source tree (the same code the wheel ships), and the
    runtime builder from scripts/."""
    for pad in (str(SCRIPTS), str(SRC)):
        if pad not in sys.path:
            sys.path.insert(0, pad)
    return config


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    """Add the widgets, the browser's Python runtime (scripts/runtime_bouw.py) and bouw.json to the site."""
    import runtime_bouw

    runtime = _runtime()
    for path in sorted(WIDGETS.glob("*.*")):
        files.append(File.generated(config, f"assets/tools/{path.name}", abs_src_path=str(path)))
    files.append(File.generated(config, f"assets/tools/{runtime.wiel_xz.name}", abs_src_path=str(runtime.wiel_xz)))
    files.append(File.generated(config, "assets/tools/xz.mjs", content=runtime_bouw.xz_module()))
    for name, source in runtime.pyodide().items():
        files.append(File.generated(config, f"assets/pyodide/{name}", abs_src_path=str(source)))
    version = json.loads((PYODIDE / "package.json").read_text())["version"]
    # What the worker downloads, per file [bytes, bytes on the wire]: its progress bar counts these.
    download = runtime_bouw.download({**runtime.pyodide(), runtime.wiel_xz.name: runtime.wiel_xz})
    download.pop("pyodide.mjs")  # the worker imports it before it can count anything
    # A file with an .xz twin (pyodide.asm.mjs) is a fallback: only for a host that forbids the
    # worker's import of the unpacked twin (widgets/worker.mjs). Not counted, not kept offline.
    download = {naam: grootte for naam, grootte in download.items() if f"{naam}.xz" not in download}
    bouw = {"wheel": runtime.wiel_xz.name, "pyodide": version, "download": download}
    files.append(File.generated(config, "assets/tools/bouw.json", content=json.dumps(bouw)))
    return files


def on_env(env: jinja2.Environment, /, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
    """What overrides/main.html puts on a tool page: the inline scripts, Material's script file, and
    how many bytes the runtime costs on the wire (``bouw.json``: the page says it in data-saving mode)."""
    bundles = [f.src_uri for f in files if MATERIAL_BUNDLE.fullmatch(f.src_uri)]
    if len(bundles) != 1:
        raise PluginError(f"expected one Material script file (assets/javascripts/bundle.*.min.js), found "
                          f"{bundles}; check overrides/main.html and widgets/inline/ against this Material version")
    bouw = next(f for f in files if f.src_uri == "assets/tools/bouw.json")
    env.globals["spoorkennis"] = {
        "material": bundles[0],
        "download": sum(over for _, over in json.loads(bouw.content_string)["download"].values()),
        "start": _inline("start.js"),
        "palet": _inline("palet.js"),
    }
    return env


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Swap each tool comment for a marker; fail on any tool comment we do not know or that is not
    on a line of its own (it would stay an invisible comment)."""
    from spoorkennis import tools

    namen = tools.namen()
    for comment in ANY_TOOL_COMMENT.finditer(markdown):
        begin, einde = markdown.rfind("\n", 0, comment.start()) + 1, markdown.find("\n", comment.end())
        embed = TOOL_COMMENT.fullmatch(markdown[begin:None if einde < 0 else einde])
        if not embed or embed[1] not in namen:
            raise PluginError(f"{page.file.src_uri}: unknown tool embed {comment[0]!r} (on a line of its own, "
                              f"one of {namen})")
    if TOOL_COMMENT.search(markdown):
        page.meta["heeft_tool"] = True
    return TOOL_COMMENT.sub(lambda m: "\n" + MARKER.format(m[1]) + "\n", markdown)


def on_page_content(html_: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Replace each marker with the tool's form and its pre-rendered worked example."""
    from spoorkennis import tools

    return MARKER_RE.sub(lambda m: tools.tool(m[1]).html(), html_)


def on_post_page(output: str, /, *, page: Page, config: MkDocsConfig) -> str:
    """Check Material's markup, then put the page's Content-Security-Policy in, with a hash for each
    inline script."""
    _check_material(output, page)
    return _with_csp(output, page.file.src_uri)


def on_post_template(output: str, /, *, template_name: str, config: MkDocsConfig) -> str:
    """The 404 page is rendered as a template, not as a page: it gets its policy here."""
    return _with_csp(output, template_name) if template_name.endswith(".html") else output


def _with_csp(output: str, name: str) -> str:
    """``output`` with its Content-Security-Policy: ``name`` (a page or template) for the error."""
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'"
        for body in INLINE_SCRIPT.findall(output)
    )
    if "__SPOORKENNIS_CSP__" not in output:
        raise PluginError(f"{name}: the CSP placeholder of overrides/main.html is missing")
    return output.replace("__SPOORKENNIS_CSP__", html.escape(CSP.format(hashes=hashes).strip()), 1)


def _check_material(output: str, page: Page) -> None:
    """A tool page names Material's script (start.js runs it later) and loads it nowhere; its colour
    script comes once, before ours. Any other page loads Material's script once, as usual."""
    scripts = len(MATERIAL_SCRIPT.findall(output))
    if not page.meta.get("heeft_tool"):
        if scripts != 1:
            raise PluginError(f"{page.file.src_uri}: expected Material's script once, found it {scripts} times; "
                              "check overrides/main.html against this Material version")
        return
    named = re.findall(r'<meta name="spoorkennis-thema" content="[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js">',
                       output)
    palet = output.find(MATERIAL_PALET)
    if scripts or len(named) != 1 or output.count(MATERIAL_PALET) != 1 or \
            output.find("<script>" + _inline("palet.js"), palet) < 0:
        raise PluginError(f"{page.file.src_uri}: a tool page should name Material's script once and not load it "
                          f"(loads {scripts}, names {len(named)}), and have Material's colour script once "
                          f"({output.count(MATERIAL_PALET)}) before widgets/inline/palet.js; check "
                          "overrides/main.html and widgets/inline/ against this Material version")


def _inline(name: str) -> str:
    return (WIDGETS / "inline" / name).read_text(encoding="utf-8").strip()


def on_post_build(*, config: MkDocsConfig) -> None:
    """Write the service worker for the site as built (see write_service_worker); warn of stale amounts."""
    search = config["plugins"].get("material/search") or config["plugins"].get("search")
    write_service_worker(Path(config["site_dir"]), (search.config.lang if search else None) or [])
    verouderde_bedragen()


def write_service_worker(site: Path, languages: list[str]) -> None:
    """Write ``sw.js`` into the site root, after everything else is written: it lists every file the
    site ships with a hash of its content, and its version is a hash over those and its own code,
    so any change to the site gives readers a new service worker (and a fresh offline copy)."""
    files, runtime = {}, {}
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site).as_posix()
        if path.is_dir() or rel == "sw.js" or rel.endswith((".gz", ".map")) or _search_language_not_used(rel, languages):
            continue
        if path.with_name(f"{path.name}.xz").exists():
            continue  # a fallback for its .xz twin (see on_files)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        if rel.startswith("assets/pyodide/") or rel.endswith(".whl.xz"):
            runtime[rel] = digest
        else:
            files[rel.removesuffix("index.html") if rel.rpartition("/")[2] == "index.html" else rel] = digest
    template = (WIDGETS / "offline" / "sw.js").read_text(encoding="utf-8")
    version = hashlib.sha256(json.dumps([files, runtime, template]).encode()).hexdigest()[:16]
    sw = template.replace("__VERSIE__", version).replace("__BESTANDEN__", json.dumps(files, indent=0))
    (site / "sw.js").write_text(sw.replace("__RUNTIME__", json.dumps(runtime, indent=0)), encoding="utf-8")


def verouderde_bedragen() -> None:
    """Print each stale legal amount on stderr. Not through MkDocs' log: a logged warning fails a
    ``--strict`` build, and a site must still build when an amount is late. On GitHub Actions the
    line is a workflow warning (shown on the run's summary page)."""
    from spoorkennis import klok
    from spoorkennis.parameterlijst import meld_verouderd

    meld_verouderd(klok.vandaag(), "warning")


def _search_language_not_used(rel: str, languages: list[str]) -> bool:
    """Lunr files for languages the site's search does not use (kept out of the offline precache)."""
    if not rel.startswith("assets/javascripts/lunr/"):
        return False
    wanted = {"lunr.stemmer.support.min.js", *(f"lunr.{lang}.min.js" for lang in languages)}
    if len(languages) > 1:
        wanted.add("lunr.multi.min.js")
    return rel.rsplit("/", 1)[-1] not in wanted


def _runtime():
    """The wheel, stdlib and lock file the browser gets, built from what the pages run."""
    import runtime_bouw

    try:
        return runtime_bouw.bouw(Path(tempfile.mkdtemp(prefix="spoorkennis-runtime-")))
    except runtime_bouw.BouwFout as fout:
        raise PluginError(str(fout)) from None
