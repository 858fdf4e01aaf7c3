"""Load benchmark: each tool page against bare Pyodide, in real Chromium on 127.0.0.1.

    .venv/bin/python scripts/bench.py [--site site] [--runs 3] [--out bench-results.json] [--tools wia]
    .venv/bin/python scripts/bench.py --lijn 9:60 --lijn 1.6:150 --lijn 0.5:150 [--runs 2]

With ``--lijn`` it measures first visits over a throttled link instead (the site served like
GitHub Pages, see "The link benchmark" below and README). Without it:

Everything is measured in one run, so the figures are comparable (README, "Benchmark"):

1. bare Pyodide: an empty page whose module worker loads the site's own runtime and evaluates 1+1;
2. each tool page: navigation start to the first computed result on screen. The tool's stored input
   (its VOORBEELD, put in localStorage by an init script) makes the loader compute on load. The
   clock stops at the first animation frame after the result HTML replaced the worked example,
   with the status line on "klaar";
3. recompute: one input change (a ``change`` event) to the updated result on screen, median of 20;
   also the same for the "Bereken" button; and the first "Bereken" of a reader without stored input;
4. bytes sent by the server for a cold visit to a content page and to a tool page, until the
   network is quiet (so with the service worker's precache), and how many of those are Pyodide or
   the wheel;
5. the longest main-thread task (PerformanceObserver "longtask", so >= 50 ms) while the tool loads.

Cold is a new browser profile on disk (empty HTTP, code and storage caches); warm is a new tab in
that profile once the first visit is done. The server sends ``Cache-Control: max-age=600`` like GitHub Pages, and counts
what it sends, so a warm visit that still downloads the runtime shows up in the byte count.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "scripts")]

import lijn  # noqa: E402

from spoorkennis import tools  # noqa: E402

PREFIX = "/spoorkennis/"
BARE = "__bench__/"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",  # as tests/e2e
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CONTENT_PAGE = "over/"
RUNTIME = re.compile(r"/assets/pyodide/|\.whl\.xz$")
TIMEOUT_MS = 90_000
TARGETS = {"ratio": 1.25, "recompute_ms": 100, "longest_task_ms": 200}

# Bare Pyodide: an empty page whose module worker loads a runtime and evaluates 1+1. bare.html uses
# the site's own runtime (its standard library unpacked from .xz as widgets/worker.mjs does),
# bare-npm.html the untrimmed one of node_modules/pyodide (served as npm/).
BARE_HTML = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Kale Pyodide</title></head>
<body><p class="sk-status"></p><div data-uitkomst></div>
<script type="module">
const worker = new Worker(new URL("./__NAAM__.mjs", import.meta.url), { type: "module" });
worker.onmessage = ({ data }) => {
  document.querySelector(".sk-status").dataset.soort = "klaar";
  document.querySelector("[data-uitkomst]").textContent = data;
};
</script></body></html>
"""
BARE_WORKER = """import { loadPyodide } from "__RUNTIME__pyodide.mjs";
const opties = { indexURL: new URL("__RUNTIME__", import.meta.url).href, stdout: () => {} };
__XZ__
const pyodide = await loadPyodide(opties);
self.postMessage(String(pyodide.runPython("1+1")));
"""
BARE_XZ = """import { XzReadableStream } from "../assets/tools/xz.mjs";
const echteFetch = self.fetch.bind(self);
self.fetch = async (url, o) => {
  const r = await echteFetch(url, o);
  return String(url).endsWith(".xz") ? new Response(new XzReadableStream(new Blob([await r.arrayBuffer()]).stream())) : r;
};
opties.stdLibURL = new URL("__RUNTIME__python_stdlib.zip.xz", import.meta.url).href;
opties.createPyodideModule = fetch(new URL("__RUNTIME__pyodide.asm.mjs.xz", import.meta.url))
  .then(async (r) => import(URL.createObjectURL(new Blob([await r.arrayBuffer()], { type: "text/javascript" }))))
  .then((m) => m.default);
"""

# Runs before any page script: records long tasks, and the first frame after each result.
MEET = """
(() => {
  const b = window.__skBench = { longtasks: [], uitkomst: [] };
  try {
    new PerformanceObserver((lijst) => {
      for (const e of lijst.getEntries()) b.longtasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: "longtask", buffered: true });
  } catch { b.longtasks = null; }
  b.frames = [];  // long animation frames, with the scripts that ran in them: where a long task came from
  try {
    new PerformanceObserver((lijst) => {
      for (const e of lijst.getEntries()) {
        b.frames.push({ start: Math.round(e.startTime), ms: Math.round(e.duration),
          blocking: Math.round(e.blockingDuration), layout_ms: Math.round(e.duration - (e.styleAndLayoutStart - e.startTime)),
          scripts: e.scripts.map((s) => `${s.invoker} ${s.sourceURL.split("/").slice(-2).join("/")} ${Math.round(s.duration)}ms`) });
      }
    }).observe({ type: "long-animation-frame", buffered: true });
  } catch {}
  new MutationObserver((records) => {
    const klaar = document.querySelector(".sk-status")?.dataset.soort === "klaar";
    if (klaar) b.klaar ??= performance.now();
    const el = (n) => (n.nodeType === 1 ? n : n.parentElement);
    if (!klaar || !records.some((r) => el(r.target)?.closest("[data-uitkomst]"))) return;
    const mutatie = performance.now();
    requestAnimationFrame(() => b.uitkomst.push({ mutatie, frame: performance.now() }));
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true,
                      attributeFilter: ["data-soort"] });
  for (const [sleutel, waarde] of Object.entries(__VELDEN__)) {  // "#vers": a reader without stored input
    try { location.hash === "#vers" ? localStorage.removeItem(sleutel) : localStorage.setItem(sleutel, waarde); } catch {}
  }
})();
"""

# One input change in the page: flip a radio group or shift a date/number, then fire change.
WIJZIG = """
(stap) => {
  const form = document.querySelector("form.sk-tool");
  for (const el of form.elements) {
    if (!el.name || el.disabled) continue;
    if (el.type === "radio" && el.checked) {
      const groep = [...form.elements].filter((x) => x.type === "radio" && x.name === el.name);
      const ander = groep[(groep.indexOf(el) + 1) % groep.length];
      ander.checked = true;
      ander.dispatchEvent(new Event("input", { bubbles: true }));
      const t0 = performance.now();
      ander.dispatchEvent(new Event("change", { bubbles: true }));
      return [el.name, t0];
    }
    if (el.type !== "text") continue;
    let nieuw = null;
    const datum = el.value.match(/^(\\d{1,2})([-/])(\\d{1,2}\\2\\d{4})$/);
    if (datum) nieuw = `${Number(datum[1]) % 27 + 1 + (stap % 2)}${datum[2]}${datum[3]}`;
    else if (/^\\d+$/.test(el.value)) nieuw = String(Number(el.value) + (stap % 2 ? 1 : -1));
    if (nieuw === null) continue;
    el.value = nieuw;
    el.dispatchEvent(new Event("input", { bubbles: true }));
    const t0 = performance.now();
    el.dispatchEvent(new Event("change", { bubbles: true }));
    return [el.name, t0];
  }
  return null;
}
"""
# A reader who fills in the worked example and presses "Bereken" once the tool is ready.
VUL_IN = """
(velden) => {
  const form = document.querySelector("form.sk-tool");
  for (const el of form.elements) {
    if (!el.name || !(el.name in velden)) continue;
    if (el.type === "checkbox") el.checked = velden[el.name] === "ja";
    else if (el.type === "radio") el.checked = velden[el.name] === el.value;
    else el.value = velden[el.name];
  }
  const t0 = performance.now();
  form.requestSubmit();
  return t0;
}
"""
BEREKEN = """() => { const t0 = performance.now(); document.querySelector("form.sk-tool").requestSubmit(); return t0; }"""


class Handler(lijn.Handler):
    """The site (plus the bare pages under __bench__/), cacheable like GitHub Pages, counting bytes."""

    bare_dir = ""

    def translate_path(self, path):
        if path.split("?")[0].startswith(self.prefix + BARE):
            return str(Path(self.bare_dir) / path.split("?")[0][len(self.prefix + BARE):])
        return super().translate_path(path)


def bare_pages(bare_dir: Path) -> None:
    """bare.html (the site's runtime) and bare-npm.html (node_modules/pyodide, untrimmed) in ``bare_dir``."""
    (bare_dir / "npm").symlink_to(ROOT / "node_modules" / "pyodide", target_is_directory=True)
    for naam, runtime, xz in (("bare", "../assets/pyodide/", BARE_XZ), ("bare-npm", "./npm/", "")):
        (bare_dir / f"{naam}.html").write_text(BARE_HTML.replace("__NAAM__", naam), encoding="utf-8")
        worker = BARE_WORKER.replace("__XZ__", xz).replace("__RUNTIME__", runtime)
        (bare_dir / f"{naam}.mjs").write_text(worker, encoding="utf-8")


def start_server(site: Path, bare_dir: Path, **link) -> lijn.Server:
    """The site on 127.0.0.1: unthrottled and uncompressed (as this benchmark always ran), or like
    GitHub Pages behind a link (``link``: lijn.start's mbit, rtt_ms, comprimeer)."""
    handler = type("BenchHandler", (Handler,), {"bare_dir": str(bare_dir)})
    return lijn.start(site, PREFIX, handler=handler, **{"comprimeer": False, **link})


def tool_pages(site: Path, tools: str | None = None) -> dict[str, str]:
    """Each tool's first page in the built site (pages under rekenhulpen/ first); only ``tools``
    (comma-separated names) if given."""
    pages: dict[str, str] = {}
    paths = sorted(site.rglob("index.html"), key=lambda p: ("rekenhulpen" not in p.parts, str(p)))
    for path in paths:
        for naam in re.findall(r'<form\b[^>]*\bclass="sk-tool\b[^"]*"[^>]*\bdata-tool="([\w-]+)"', path.read_text(encoding="utf-8")):
            pages.setdefault(naam, str(path.parent.relative_to(site)).replace("\\", "/") + "/")
    return {naam: pad for naam, pad in pages.items() if not tools or naam in tools.split(",")}


def voorbeeld(naam: str) -> dict[str, str]:
    return {k: v for k, v in tools.tool(naam).voorbeeld.items() if not k.startswith("_")}


class Bench:
    def __init__(self, playwright, chromium: str, base: str, server: lijn.Server):
        self.playwright, self.chromium, self.base, self.server = playwright, chromium, base, server
        opslag = {f"spoorkennis:{naam}": json.dumps(voorbeeld(naam)) for naam in tools.namen()}
        self.init = MEET.replace("__VELDEN__", json.dumps(opslag))
        self.profielen: list[str] = []
        versie = subprocess.run([chromium, "--version"], capture_output=True, text=True).stdout.split()
        self.version = next((w for w in versie if w[:1].isdigit()), "?")

    def context(self, **opties):
        """A fresh browser profile on disk: a real HTTP and code cache, unlike an incognito context
        (whose in-memory cache drops the 9.6 MB wasm file, so "warm" would download it again)."""
        profiel = tempfile.mkdtemp(prefix="spoorkennis-bench-profiel-")
        self.profielen.append(profiel)
        context = self.playwright.chromium.launch_persistent_context(
            profiel, executable_path=self.chromium, args=CHROMIUM_ARGS, locale="nl-NL",
            timezone_id="Europe/Amsterdam", **opties)
        context.add_init_script(self.init)
        page = context.pages[0] if context.pages else context.new_page()
        processor_rustig()  # a new browser first loads its own pages (e.g. the address bar's)
        return context, page

    def visit(self, page, path: str) -> dict:
        """Open ``path`` and wait for the first computed result: its timings, bytes sent and a profile."""
        self.server.verzonden.clear()
        page.goto(self.base + path, wait_until="commit", timeout=TIMEOUT_MS)
        wacht(page, 0)
        meting = page.evaluate("window.__skBench")
        fout = page.evaluate("document.querySelector('.sk-foutsamenvatting')?.innerText || ''")
        if fout:
            raise SystemExit(f"{path}: the stored worked example gave errors: {fout}")
        eind = meting["uitkomst"][0]["frame"]
        lang = [d for s, d in (meting["longtasks"] or []) if s <= eind]
        return {"ms": round(eind), "longest_task_ms": max(lang, default=0), **self.bytes(),
                "profiel": profiel(page, meting)}

    def bytes(self) -> dict:
        sent = dict(self.server.verzonden)
        return {"bytes": sum(sent.values()), "runtime_bytes": sum(n for p, n in sent.items() if RUNTIME.search(p)),
                "requests": len(sent)}

    def rustig(self, page, stil_s: float = 1.0, max_s: float = 60.0) -> None:
        """Wait until the server has sent nothing for ``stil_s`` (the service worker's copying done)."""
        einde, vorig, sinds = time.monotonic() + max_s, -1, time.monotonic()
        while time.monotonic() < einde:
            nu = sum(self.server.verzonden.values())
            if nu != vorig:
                vorig, sinds = nu, time.monotonic()
            elif time.monotonic() - sinds >= stil_s:
                return
            page.wait_for_timeout(100)

    def cold_warm(self, path: str) -> tuple:
        """Cold: the first visit in a new profile. Warm: a new tab in that profile, once it is quiet."""
        context, page = self.context()
        try:
            cold = self.visit(page, path)
            self.rustig(page)
            warm_page = context.new_page()
            page.close()
            processor_rustig()
            warm = self.visit(warm_page, path)
            return cold, warm, context, warm_page
        except BaseException:
            context.close()
            raise

    def recompute(self, page, keer: int = 20) -> tuple[float, float, str]:
        """Median ms from an input change, and from the Bereken button, to the updated result on screen."""
        def na(actie, *args):
            n = page.evaluate("window.__skBench.uitkomst.length")
            uit = page.evaluate(actie, *args)
            wacht(page, n)
            return uit, page.evaluate(f"window.__skBench.uitkomst[{n}].frame")

        wijzig, knop, veld = [], [], ""
        for stap in range(keer):
            (veld, t0), frame = na(WIJZIG, stap)
            wijzig.append(frame - t0)
            t0, frame = na(BEREKEN)
            knop.append(frame - t0)
        return round(statistics.median(wijzig), 1), round(statistics.median(knop), 1), veld

    def first_submit(self, context, naam: str, path: str) -> float:
        """A new tab without stored input: scroll to the tool, wait until it is ready, fill in the
        worked example, press Bereken; ms from the press to the result on screen (first call)."""
        page = context.new_page()
        page.goto(self.base + path + "#vers", wait_until="load", timeout=TIMEOUT_MS)
        page.locator("form.sk-tool").first.scroll_into_view_if_needed()
        einde = time.monotonic() + TIMEOUT_MS / 1000
        while not page.evaluate("window.__skBench.klaar || 0"):
            if time.monotonic() > einde:
                raise TimeoutError(f"{path}: the tool did not get ready")
            page.wait_for_timeout(20)
        page.wait_for_timeout(500)  # the reader is still typing
        t0 = page.evaluate(VUL_IN, voorbeeld(naam))
        wacht(page, 0)
        return round(page.evaluate("window.__skBench.uitkomst[0].frame") - t0, 1)

    def page_bytes(self, path: str) -> dict:
        """Everything a cold visit to ``path`` makes the server send, until the network is quiet."""
        context, page = self.context()
        try:
            self.server.verzonden.clear()
            page.goto(self.base + path, wait_until="load", timeout=TIMEOUT_MS)
            self.rustig(page, stil_s=2.0)  # anything started late (a worker, a precache) counts too
            uit = self.bytes()
            uit["largest"] = sorted(self.server.verzonden.items(), key=lambda x: -x[1])[:5]
            return uit
        finally:
            context.close()


def profiel(page, meting: dict) -> dict:
    """Where the time went, in ms from navigation start: page milestones, the worker's start and
    each file the worker fetched (end time, and whether it came over the network)."""
    nav = page.evaluate("""() => { const n = performance.getEntriesByType("navigation")[0];
        return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, origin: performance.timeOrigin }; }""")
    uit = {"domcontentloaded": round(nav["dcl"]), "klaar": round(meting.get("klaar") or 0),
           "result_dom": round(meting["uitkomst"][0]["mutatie"]), "result_frame": round(meting["uitkomst"][0]["frame"]),
           "long_frames": sorted(meting.get("frames") or [], key=lambda f: -f["ms"])[:3]}
    for worker in page.workers:
        try:
            w = worker.evaluate("""() => ({ origin: performance.timeOrigin, files: performance
                .getEntriesByType("resource").map((e) => [e.name.split("/").pop(), e.startTime, e.responseEnd,
                e.transferSize]) })""")
        except Exception:
            continue
        if not any(naam.startswith("pyodide") for naam, *_ in w["files"]):
            continue
        begin = w["origin"] - nav["origin"]
        uit["worker_start"] = round(begin)
        uit["files"] = {naam: {"start": round(begin + s), "end": round(begin + e), "network": t > 0}
                        for naam, s, e, t in w["files"]}
    return uit


def processor_rustig(vrij: float = 0.8, venster_s: float = 0.25, max_s: float = 10.0) -> None:
    """Wait until the processors are at least ``vrij`` idle over ``venster_s`` (Linux; else 2 s)."""
    def tellers():
        velden = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        return velden[3] + velden[4], sum(velden)  # idle + iowait, total

    if not Path("/proc/stat").exists():
        time.sleep(2)
        return
    einde = time.monotonic() + max_s
    while time.monotonic() < einde:
        stil0, totaal0 = tellers()
        time.sleep(venster_s)
        stil1, totaal1 = tellers()
        if totaal1 > totaal0 and (stil1 - stil0) / (totaal1 - totaal0) >= vrij:
            return


def wacht(page, n: int, timeout_ms: float = TIMEOUT_MS) -> None:
    """Wait until the page recorded more than ``n`` results. Polls from outside: the CSP forbids
    the eval that page.wait_for_function needs; the clock runs in the page, so polling costs nothing."""
    einde = time.monotonic() + timeout_ms / 1000
    while page.evaluate("window.__skBench ? window.__skBench.uitkomst.length : 0") <= n:
        if time.monotonic() > einde:
            staat = page.evaluate("[document.querySelector('.sk-status')?.textContent, "
                                  "document.querySelector('.sk-foutsamenvatting')?.innerText]")
            raise TimeoutError(f"no result after {timeout_ms} ms on {page.url}; status and errors: {staat}")
        page.wait_for_timeout(20)


def machine(chromium_version: str) -> dict:
    cpu = next((r.split(":", 1)[1].strip() for r in Path("/proc/cpuinfo").read_text().splitlines()
                if r.startswith("model name")), platform.processor())
    nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    return {"nproc": int(nproc or 0), "cpu": cpu, "chromium": chromium_version, "os": platform.platform()}


def run(site: Path, runs: int, out: Path, chromium: str, tools: str | None = None) -> dict:
    from playwright.sync_api import sync_playwright

    pages = tool_pages(site, tools)
    if not pages:
        raise SystemExit(f"No tool pages in {site}: build the site first.")
    with tempfile.TemporaryDirectory(prefix="spoorkennis-bench-") as bare_dir:
        bare_pages(Path(bare_dir))
        server = start_server(site, Path(bare_dir))
        base = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
        try:
            with sync_playwright() as p:
                bench = Bench(p, chromium, base, server)
                last = [os.getloadavg()[0]]
                try:
                    uitslag = meet(bench, pages, runs)
                finally:
                    for profiel in bench.profielen:  # every browser is closed by now
                        shutil.rmtree(profiel, ignore_errors=True)
                last.append(os.getloadavg()[0])
                uitslag["machine"] = {**machine(bench.version), "loadavg_1min": last}
        finally:
            server.shutdown()
    out.write_text(json.dumps(uitslag, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return uitslag


def meet(bench: Bench, pages: dict[str, str], runs: int) -> dict:
    gemeten: dict[str, dict[str, list]] = collections.defaultdict(lambda: collections.defaultdict(list))
    for ronde in range(runs):  # interleaved, so drift during the run hits every page alike
        for naam, path in [("__bare__", BARE + "bare.html"), *pages.items()]:
            cold, warm, context, page = bench.cold_warm(path)
            try:
                for soort, m in (("cold", cold), ("warm", warm)):
                    gemeten[naam][f"{soort}_ms"].append(m["ms"])
                    gemeten[naam][f"{soort}_bytes"].append(m["bytes"])
                    gemeten[naam][f"{soort}_runtime_bytes"].append(m["runtime_bytes"])
                gemeten[naam]["longest_task_ms"] += [cold["longest_task_ms"], warm["longest_task_ms"]]
                gemeten[naam]["profile"] = {"cold": cold["profiel"], "warm": warm["profiel"]}  # the last run's
                if naam != "__bare__" and ronde == 0:
                    wijzig, knop, veld = bench.recompute(page)
                    gemeten[naam]["recompute_ms"].append(wijzig)
                    gemeten[naam]["recompute_submit_ms"].append(knop)
                    gemeten[naam]["recompute_field"] = veld
                    gemeten[naam]["first_submit_ms"].append(bench.first_submit(context, naam, pages[naam]))
            finally:
                context.close()
            print(f"  run {ronde + 1}/{runs} {naam}: cold {cold['ms']} ms, warm {warm['ms']} ms", file=sys.stderr)
    bare = gemeten.pop("__bare__")
    bare_cold, bare_warm = statistics.median(bare["cold_ms"]), statistics.median(bare["warm_ms"])
    tools = {}
    for naam, g in gemeten.items():
        cold, warm = statistics.median(g["cold_ms"]), statistics.median(g["warm_ms"])
        tools[naam] = {
            "page": pages[naam], "cold_ms": cold, "warm_ms": warm, "bare_cold_ms": bare_cold,
            "bare_warm_ms": bare_warm, "ratio_cold": round(cold / bare_cold, 2),
            "ratio_warm": round(warm / bare_warm, 2), "ratio_cold_95": interval(g["cold_ms"], bare["cold_ms"]),
            "ratio_warm_95": interval(g["warm_ms"], bare["warm_ms"]), "runs_ms": {"cold": g["cold_ms"], "warm": g["warm_ms"]},
            "recompute_ms": g["recompute_ms"][0],
            "recompute_submit_ms": g["recompute_submit_ms"][0], "recompute_field": g["recompute_field"],
            "first_submit_ms": g["first_submit_ms"][0],
            "longest_task_ms": max(g["longest_task_ms"]),
            "warm_bytes": max(g["warm_bytes"]), "warm_runtime_bytes": max(g["warm_runtime_bytes"]),
            "profile": g["profile"],
        }
    return {
        "runs": runs,
        "bare": {"cold_ms": bare_cold, "warm_ms": bare_warm, "runs_ms": {"cold": bare["cold_ms"], "warm": bare["warm_ms"]},
                 "warm_bytes": max(bare["warm_bytes"]),
                 "longest_task_ms": max(bare["longest_task_ms"]), "profile": bare["profile"]},
        "tools": tools,
        "bytes": {"content": bench.page_bytes(CONTENT_PAGE), "tool": bench.page_bytes(next(iter(pages.values())))},
    }


def interval(tool_ms: list[float], bare_ms: list[float], trekkingen: int = 2000) -> list[float]:
    """The 95% interval of median(tool) / median(bare) over the runs: the runs drawn again with
    replacement (bootstrap), a run's tool and bare visit together (the runs are interleaved, so a
    slow spell of the machine hits both). How far one series can be trusted against a target."""
    kans = random.Random(0)  # the same figures give the same interval
    n = len(tool_ms)
    ratios = []
    for _ in range(trekkingen):
        runs = [kans.randrange(n) for _ in range(n)]
        ratios.append(statistics.median([tool_ms[i] for i in runs]) / statistics.median([bare_ms[i] for i in runs]))
    ratios.sort()
    return [round(ratios[int(0.025 * trekkingen)], 2), round(ratios[int(0.975 * trekkingen) - 1], 2)]


# The link benchmark (--lijn): a phone's connection. The site is served like GitHub Pages (gzip for
# text and wasm, max-age=600) through one throttled link shared by all requests, with a round trip
# before each response (scripts/lijn.py). Service workers are off: what counts is the first visit.
LINKS = {"9:60": (9.0, 60), "1.6:150": (1.6, 150), "0.5:150": (0.5, 150)}
TRAAG_MBIT = 1.0  # below this a link only gets the check that the tool still becomes ready
LIJN_TIMEOUT_MS = 400_000
# The runtime's state as the reader sees it: status, and the progress bar's value and maximum if shown.
STAND = """() => { const s = document.querySelector(".sk-status");
  const v = document.querySelector(".sk-voortgang:not([hidden]) progress");
  return [s?.dataset.soort ?? null, v ? v.value : null, v ? v.max : null]; }"""


def lijn_bezoek(bench: Bench, path: str) -> dict:
    """A first visit over the link: ms to "klaar" and to the first result, and the bytes sent for
    every request made before that result (what starts after it, like Material's script, does not count)."""
    context, page = bench.context(service_workers="block")
    try:
        bench.server.verzonden.clear()
        bench.server.begonnen.clear()
        page.goto(bench.base + path, wait_until="commit", timeout=LIJN_TIMEOUT_MS)
        wacht(page, 0, LIJN_TIMEOUT_MS)
        meting = page.evaluate("window.__skBench")
        grens = (page.evaluate("performance.timeOrigin") + meting["uitkomst"][0]["mutatie"]) / 1000
        verzonden = {p: n for p, n in bench.server.verzonden.items() if bench.server.begonnen[p] <= grens}
        return {"klaar_ms": round(meting["klaar"]), "uitkomst_ms": round(meting["uitkomst"][0]["frame"]),
                "bytes": sum(verzonden.values()),
                "largest": sorted(((p.rsplit("/", 1)[-1], n) for p, n in verzonden.items()), key=lambda x: -x[1])[:6]}
    finally:
        context.close()


def meet_lijn(bench: Bench, pages: dict[str, str], runs: int) -> dict:
    """Bare Pyodide from node_modules (untrimmed) and each tool page, interleaved; medians."""
    gemeten: dict[str, dict[str, list]] = collections.defaultdict(lambda: collections.defaultdict(list))
    for ronde in range(runs):
        for naam, path in [("__bare__", BARE + "bare-npm.html"), *pages.items()]:
            m = lijn_bezoek(bench, path)
            for sleutel in ("klaar_ms", "uitkomst_ms", "bytes"):
                gemeten[naam][sleutel].append(m[sleutel])
            gemeten[naam]["largest"] = m["largest"]
            print(f"  run {ronde + 1}/{runs} {naam}: klaar {m['klaar_ms']} ms, result {m['uitkomst_ms']} ms, "
                  f"{m['bytes']:,} bytes", file=sys.stderr)
    uit = {naam: {k: (statistics.median(v) if isinstance(v, list) and k != "largest" else v) for k, v in g.items()}
           for naam, g in gemeten.items()}
    for naam, m in uit.items():
        m["ratio_klaar"] = round(m["klaar_ms"] / uit["__bare__"]["klaar_ms"], 2)
    return uit


def traag(bench: Bench, path: str) -> dict:
    """On a very slow link the tool still becomes ready, with its progress in view and moving."""
    context, page = bench.context(service_workers="block")
    try:
        begin = time.monotonic()
        page.goto(bench.base + path, wait_until="commit", timeout=LIJN_TIMEOUT_MS)
        standen = []
        while time.monotonic() - begin < LIJN_TIMEOUT_MS / 1000:
            standen.append([round(time.monotonic() - begin, 1), *page.evaluate(STAND)])
            if standen[-1][1] in ("klaar", "fout", "stil"):
                break
            page.wait_for_timeout(1000)
    finally:
        context.close()
    laden = [(t, waarde) for t, soort, waarde, _ in standen if soort == "laden"]
    stilstand, sinds, vorige = 0.0, laden[0][0] if laden else 0.0, None
    for t, waarde in laden:
        if waarde is not None and waarde != vorige:
            sinds, vorige = t, waarde
        stilstand = max(stilstand, t - sinds)
    soorten = [soort for _, soort, *_ in standen if soort]
    return {"klaar_s": standen[-1][0] if soorten[-1] == "klaar" else None,
            "soorten": [x for i, x in enumerate(soorten) if not i or soorten[i - 1] != x],
            "bar_always_shown": all(waarde is not None for _, waarde in laden),
            "longest_without_progress_s": stilstand, "samples": standen}


def run_lijn(site: Path, runs: int, out: Path, chromium: str, links: list[str], tools: str | None) -> dict:
    from playwright.sync_api import sync_playwright

    pages = tool_pages(site, tools)
    if not pages:
        raise SystemExit(f"No tool pages in {site}: build the site first.")
    uitslag: dict = {"runs": runs, "links": {}}
    with tempfile.TemporaryDirectory(prefix="spoorkennis-bench-") as bare_dir, sync_playwright() as p:
        bare_pages(Path(bare_dir))
        last = [os.getloadavg()[0]]
        for link in links:
            mbit, rtt_ms = LINKS.get(link) or map(float, link.split(":"))
            server = start_server(site, Path(bare_dir), mbit=mbit, rtt_ms=rtt_ms, comprimeer=True)
            bench = Bench(p, chromium, f"http://127.0.0.1:{server.server_address[1]}{PREFIX}", server)
            print(f"link {mbit} Mbit/s, {rtt_ms:.0f} ms", file=sys.stderr)
            try:
                uitslag["links"][link] = (traag(bench, pages.get("verzuimweek") or next(iter(pages.values())))
                                          if mbit < TRAAG_MBIT else meet_lijn(bench, pages, runs))
            finally:
                server.shutdown()
                for profiel in bench.profielen:
                    shutil.rmtree(profiel, ignore_errors=True)
        last.append(os.getloadavg()[0])
        uitslag["machine"] = {**machine(bench.version), "loadavg_1min": last}
    out.write_text(json.dumps(uitslag, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return uitslag


def table_lijn(u: dict) -> str:
    regels = ["| link | page | ready s | first result s | ready / bare | bytes on the wire |", "|" + "---|" * 6]
    for link, gemeten in u["links"].items():
        if "soorten" in gemeten:
            continue
        for naam, m in gemeten.items():
            regels.append(f"| {link} | {'bare Pyodide (npm, 1+1)' if naam == '__bare__' else naam} | "
                          f"{m['klaar_ms'] / 1000:.1f} | {m['uitkomst_ms'] / 1000:.1f} | {m['ratio_klaar']:.2f} | "
                          f"{m['bytes']:,.0f} |")
    for link, t in u["links"].items():
        if "soorten" in t:
            klaar = f"ready after {t['klaar_s']:.0f} s" if t["klaar_s"] else "never ready"
            regels.append(f"\n{link}: {klaar}; states {' → '.join(t['soorten'])}; "
                          f"progress bar shown throughout: {t['bar_always_shown']}; longest time without the bar "
                          f"moving: {t['longest_without_progress_s']:.0f} s.")
    m = u["machine"]
    regels += ["", f"Machine: {m['nproc']} × {m['cpu']}, Chromium {m['chromium']}, {m['os']}; load average "
               f"{m['loadavg_1min'][0]:.1f} → {m['loadavg_1min'][1]:.1f}. Median of {u['runs']} runs."]
    return "\n".join(regels)


def table(u: dict) -> str:
    regels = ["| tool | cold ms | warm ms | ratio cold (95% interval) | ratio warm (95% interval) "
              "| recompute ms (button) | first Bereken ms "
              "| longest task ms |", "|" + "---|" * 8]
    b = u["bare"]
    regels.append(f"| bare Pyodide (1+1) | {b['cold_ms']:.0f} | {b['warm_ms']:.0f} | 1 | 1 | | | {b['longest_task_ms']} |")
    for naam, t in u["tools"].items():
        regels.append(f"| {naam} | {t['cold_ms']:.0f} | {t['warm_ms']:.0f} | {_ratio(t, 'cold')} | "
                      f"{_ratio(t, 'warm')} | {t['recompute_ms']:.0f} ({t['recompute_submit_ms']:.0f}) | "
                      f"{t['first_submit_ms']:.0f} | {t['longest_task_ms']} |")
    b = u["bytes"]
    regels += ["", "| page type, cold | bytes sent | of which Pyodide + wheel | requests |", "|---|---|---|---|",
               f"| content ({CONTENT_PAGE}) | {b['content']['bytes']:,} | {b['content']['runtime_bytes']:,} | "
               f"{b['content']['requests']} |",
               f"| tool | {b['tool']['bytes']:,} | {b['tool']['runtime_bytes']:,} | {b['tool']['requests']} |"]
    m = u["machine"]
    regels += ["", f"Machine: {m['nproc']} × {m['cpu']}, Chromium {m['chromium']}, {m['os']}; load average "
               f"{m['loadavg_1min'][0]:.1f} → {m['loadavg_1min'][1]:.1f}. Median of {u['runs']} runs; "
               "recompute: median of 20."]
    return "\n".join(regels)


def _ratio(t: dict, soort: str) -> str:
    laag, hoog = t[f"ratio_{soort}_95"]
    return f"{t[f'ratio_{soort}']:.2f} ({laag:.2f}–{hoog:.2f})"


def targets(u: dict) -> list[str]:
    """Each target and whether it is met."""
    uit = []
    for naam, t in u["tools"].items():
        uit += [f"{naam}: ratio_{soort} {_ratio(t, soort)} ≤ {TARGETS['ratio']}: "
                f"{_ok(t[f'ratio_{soort}'] <= TARGETS['ratio'])}" for soort in ("cold", "warm")]
        uit += [f"{naam}: recompute_ms {t['recompute_ms']} ≤ {TARGETS['recompute_ms']}: "
                f"{_ok(t['recompute_ms'] <= TARGETS['recompute_ms'])}",
                f"{naam}: longest task {t['longest_task_ms']} ms ≤ {TARGETS['longest_task_ms']}: "
                f"{_ok(t['longest_task_ms'] <= TARGETS['longest_task_ms'])}"]
    pyodide = u["bytes"]["content"]["runtime_bytes"]
    uit.append(f"content page: {pyodide} bytes of Pyodide = 0: {_ok(pyodide == 0)}")
    return uit


def _ok(goed: bool) -> str:
    return "met" if goed else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site (default: site/)")
    parser.add_argument("--runs", type=int, default=3, help="cold/warm runs per page; the median counts")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results.json")
    parser.add_argument("--chromium", default=CHROMIUM)
    parser.add_argument("--tools", help="only these tools (comma-separated names)")
    parser.add_argument("--lijn", action="append", metavar="MBIT:RTT_MS",
                        help=f"instead: first visits over a throttled link, e.g. {', '.join(LINKS)} (repeatable)")
    args = parser.parse_args()
    begin = time.monotonic()
    if args.lijn:
        print(table_lijn(run_lijn(args.site, args.runs, args.out, args.chromium, args.lijn, args.tools)))
    else:
        uitslag = run(args.site, args.runs, args.out, args.chromium, args.tools)
        print(table(uitslag))
        print("\nTargets:\n" + "\n".join(f"- {regel}" for regel in targets(uitslag)))
    print(f"\nWrote {args.out} in {time.monotonic() - begin:.0f} s.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
