"""Browser fixtures: the built site served under a sub-path on 127.0.0.1, and a real Chromium.

Every page fixture fails its test on a console error, an uncaught page error, a request to any
other origin, or a Content-Security-Policy violation. A test that provokes console errors on purpose
(e.g. it blocks the wasm file) names them: ``@pytest.mark.fouten_verwacht(r"pattern", ...)`` allows
console and page errors that match a pattern; a foreign request or a CSP violation always fails.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import serve  # noqa: E402

from ..bouw import bouw  # noqa: E402
from .axe import bied_axe_aan  # noqa: E402
from .rondgang import loop  # noqa: E402

PREFIX = "/spoorkennis/"  # like a GitHub Pages project site: proves the site works from a sub-path
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LET_OP_CSP = """
document.addEventListener("securitypolicyviolation", (e) => {
  window.__skCsp = window.__skCsp || [];
  window.__skCsp.push(`${e.violatedDirective} ${e.blockedURI}`);
});
"""


def pytest_configure(config):
    config.addinivalue_line("markers", "fouten_verwacht(*patterns): console errors the test provokes on purpose")
    config.addinivalue_line("markers", "geen_service_worker: the context blocks service workers")
    config.addinivalue_line("markers", "xdist_group(name): tests that run in the same pytest-xdist worker")


@pytest.fixture(scope="session")
def site_dir():
    """The built site: SPOORKENNIS_SITE_DIR (set by scripts/test.sh), else a fresh build."""
    if os.environ.get("SPOORKENNIS_SITE_DIR"):
        yield Path(os.environ["SPOORKENNIS_SITE_DIR"])
        return
    out = Path(tempfile.mkdtemp(prefix="spoorkennis-site-"))
    proces = bouw(out)
    if proces.returncode:
        pytest.fail(f"scripts/build.sh failed:\n{proces.stdout[-2000:]}{proces.stderr[-4000:]}")
    yield out
    shutil.rmtree(out, ignore_errors=True)


@pytest.fixture(scope="session")
def base_url(site_dir):
    server = serve.start(str(site_dir), 0, PREFIX)
    yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    server.shutdown()


def _chromium_path() -> str | None:
    if os.environ.get("SPOORKENNIS_CHROMIUM"):
        return os.environ["SPOORKENNIS_CHROMIUM"]
    path = subprocess.run(["bash", str(ROOT / "scripts" / "browser.sh")], capture_output=True, text=True).stdout.strip()
    return path or None


@pytest.fixture(scope="session")
def browser():
    path = _chromium_path()
    if not path:
        pytest.fail("No Chromium for the browser tests: run scripts/browser.sh to see what to install.")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def nieuwe_context(browser, service_workers: str = "allow", **opties):
    """A fresh browser context as every test gets it: Dutch, Amsterdam time, the CSP watch, and the
    test run's "today"."""
    context = browser.new_context(locale="nl-NL", timezone_id="Europe/Amsterdam",
                                  service_workers=service_workers, **opties)
    context.add_init_script(LET_OP_CSP)
    if os.environ.get("SPOORKENNIS_VANDAAG"):  # the browser's "today" too (scripts/test.sh sets a far-future date)
        # From 10:00 that day the clock runs on: the theme's timed steps (a search box that fades in)
        # stand still on a fixed clock. A test that needs a fixed moment sets its own.
        context.clock.install(time=dt.datetime.fromisoformat(os.environ["SPOORKENNIS_VANDAAG"]).replace(hour=10))
    return context


def bewaak(page, base_url: str) -> list[str]:
    """The list that gathers ``page``'s console errors, page errors and requests to another origin
    from now on (CSP violations: ``csp_schendingen``)."""
    own = urlsplit(base_url).netloc
    problems: list[str] = []
    page.on("console", lambda m: m.type == "error" and problems.append(f"console error: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.context.on("request", lambda r: urlsplit(r.url).scheme in ("http", "https", "ws", "wss")
                    and urlsplit(r.url).netloc != own and problems.append(f"request to another origin: {r.url}"))
    return problems


def csp_schendingen(page) -> list[str]:
    """The CSP violations the open page reported (LET_OP_CSP)."""
    return [f"CSP violation: {v}" for v in page.evaluate("window.__skCsp || []")]


@pytest.fixture
def context(browser, request):
    # Requests a service worker answers bypass Playwright's routes; tests that route the site's
    # own URLs (e.g. to serve axe-core) mark themselves with geen_service_worker.
    blokkeer = request.node.get_closest_marker("geen_service_worker")
    context = nieuwe_context(browser, "block" if blokkeer else "allow")
    yield context
    context.close()


@pytest.fixture
def page(context, base_url, request):
    """A page that records console errors, page errors, foreign requests and CSP violations."""
    page = context.new_page()
    problems = bewaak(page, base_url)
    yield page
    try:
        problems.extend(csp_schendingen(page))
    except Exception:
        pass
    verwacht = request.node.get_closest_marker("fouten_verwacht")
    if verwacht and not verwacht.args:
        pytest.fail("fouten_verwacht needs the patterns of the console errors the test provokes")
    if problems := onverwacht(problems, verwacht.args if verwacht else ()):
        pytest.fail("The page had problems:\n" + "\n".join(problems))


@pytest.fixture
def axe_page(page, base_url):
    """``page`` with axe-core served (axe.py); the test must be marked geen_service_worker."""
    bied_axe_aan(page, base_url)
    return page


@pytest.fixture(scope="session")
def rondgang(browser, base_url, site_dir):
    """``rondgang(breedte)``: every sitemap page visited once at that screen width, with what each
    check of every page needs (rondgang.py); walked at the first request, then kept."""
    gelopen: dict[int, list] = {}

    def bij(breedte: int) -> list:
        if breedte not in gelopen:
            context = nieuwe_context(browser, "block", viewport={"width": breedte, "height": 800})
            try:
                bied_axe_aan(context, base_url)
                page = context.new_page()
                gelopen[breedte] = loop(page, base_url, site_dir, bewaak(page, base_url), csp_schendingen)
            except Exception as fout:  # walked once: every test that asks gets the same failure
                gelopen[breedte] = fout
            finally:
                context.close()
        if isinstance(gelopen[breedte], Exception):
            raise gelopen[breedte]
        return gelopen[breedte]

    return bij


def onverwacht(problems: list[str], patronen: tuple[str, ...]) -> list[str]:
    """The problems a test did not announce: a console or page error matching one of its patterns
    is expected; a request to another origin or a CSP violation never is."""
    return [p for p in problems if not (p.startswith(("console error:", "page error:"))
                                        and any(re.search(patroon, p) for patroon in patronen))]

