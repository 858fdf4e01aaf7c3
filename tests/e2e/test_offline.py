"""Offline use and updates, through the service worker (widgets/offline/sw.js).

Each test serves its own copy of the built site, so it can take the server away (the network fails
while the browser still believes it is online, as on a wifi without internet) and publish a
changed build. That server sends ``Cache-Control: no-cache``: a returning reader after GitHub
Pages' ``max-age=600`` has run out, so the browser's HTTP cache asks the server every time.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import shutil
import threading
import time

import pytest
from playwright.sync_api import expect

from ..bouw import hook
from .conftest import PREFIX, serve
from .formulier import klaar

PAGINA = "rekenhulpen/verzuimweek/"
NIEUW = '<p id="sk-test-nieuw">Deze tekst is nieuw.</p>'


class GeenCache(serve.Handler):
    """Files under the site's prefix, each to be checked with the server before use; notes what
    was asked for in ``gevraagd``."""

    prefix = PREFIX

    def __init__(self, *args, gevraagd: list, **kwargs):
        self.gevraagd = gevraagd
        super().__init__(*args, **kwargs)

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def send_head(self):
        self.gevraagd.append(self.path.removeprefix(PREFIX))
        return super().send_head()


class Site:
    """A copy of the built site on a fixed port; ``weg()`` takes the server away, ``terug()`` brings it back."""

    def __init__(self, bron, doel):
        shutil.copytree(bron, doel)
        self.map = doel
        self.gevraagd: list[str] = []
        self.server = self._start(0)
        self.poort = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.poort}{PREFIX}"

    def _start(self, poort):
        handler = functools.partial(GeenCache, directory=str(self.map), gevraagd=self.gevraagd)
        server = serve.Server(("127.0.0.1", poort), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server

    def weg(self):
        self.server.shutdown()
        self.server.server_close()  # connections are refused from now on

    def terug(self):
        self.server = self._start(self.poort)

    def versie(self) -> str:
        return versie(self.map)

    def publiceer_wijziging(self):
        publiceer_wijziging(self.map)


def versie(site) -> str:
    """The build version in the service worker of the site in folder ``site``."""
    return re.search(r'const VERSIE = "(\w+)"', (site / "sw.js").read_text()).group(1)


def publiceer_wijziging(site):
    """A new build of the site in folder ``site``: a changed page and a changed stylesheet, and the
    service worker the build hook writes for them."""
    pagina = site / "over" / "index.html"
    pagina.write_text(pagina.read_text().replace("</h1>", "</h1>" + NIEUW, 1))
    with open(site / "assets" / "site.css", "a") as css:
        css.write('\n:root { --sk-test-versie: "nieuw"; }\n')
    hook().write_service_worker(site, ["nl"])


@pytest.fixture
def site(site_dir, tmp_path):
    site = Site(site_dir, tmp_path / "site")
    yield site
    site.weg()


@pytest.fixture
def base_url(site):
    """This test's own server is the site's origin (the page fixture checks for other origins)."""
    return site.url


def wacht_op(page, js: str, arg=None, seconden: float = 60, waarom: str = ""):
    """Poll an async JS function until it returns true (page.evaluate awaits it; the page's CSP
    forbids the eval that wait_for_function uses)."""
    einde = time.monotonic() + seconden
    while not page.evaluate(js, arg):
        assert time.monotonic() < einde, f"waited {seconden} s for {waarom or js}"
        page.wait_for_timeout(250)


def cache(pad: str, versie: str) -> str:
    """The name of the service worker's cache for the site at ``pad`` on this origin, build ``versie``."""
    return f"spoorkennis {pad} {versie}"


def wacht_op_service_worker(page, versie: str, *andere: str):
    """Until the service worker of this build controls the page and, of the service workers'
    caches on this origin, this build's and ``andere`` are left (beside them, the Python worker
    keeps what it unpacked, in a cache of its own)."""
    namen = sorted([cache(PREFIX, versie), *andere])
    wacht_op(page, """async (namen) => navigator.serviceWorker.controller !== null
        && (await caches.keys()).filter((n) => !n.startsWith("rekenhulp ")).sort().join("|") === namen.join("|")""",
             namen, waarom=f"the service worker of build {versie}, and the caches {namen}")


def css_versie(page) -> str:
    return page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--sk-test-versie')")


@pytest.mark.parametrize("storing", ["server weg", "offline"])
def test_na_een_bezoek_werkt_alles_zonder_netwerk(page, context, site, storing):
    """After one visit, the tool works and every page opens without a network: when the server
    cannot be reached while navigator.onLine is still true (the service worker must not trust it),
    and when the browser is offline."""
    page.clock.set_fixed_time(dt.datetime(2026, 11, 25, 10, 0))
    page.goto(site.url + PAGINA)
    klaar(page.locator("form[data-tool=verzuimweek]"))
    wacht_op_service_worker(page, site.versie())
    runtime = re.findall(r'"(assets/pyodide/[^"]+|[^"]+\.whl\.xz)"', (site.map / "sw.js").read_text())
    assert len(runtime) == 6, runtime
    wacht_op(page, """async (bestanden) => {
        const c = await caches.open((await caches.keys()).find((n) => n.startsWith("spoorkennis ")));
        const wortel = new URL("../../", location.href);
        return (await Promise.all(bestanden.map((b) => c.match(new URL(b, wortel), { ignoreSearch: true })))).every(Boolean);
    }""", runtime, waarom="the service worker to keep the runtime")
    # Online, a page is asked for while the service worker starts (navigation preload).
    assert page.evaluate("navigator.serviceWorker.ready.then((r) => r.navigationPreload.getState())")["enabled"]

    if storing == "offline":
        context.set_offline(True)
    else:
        site.weg()
    page.reload()
    assert page.evaluate("navigator.onLine") == (storing == "server weg")
    page.fill("#vw-eerste-ziektedag", "5-1-2026")
    page.get_by_role("button", name="Bereken").click()
    expect(page.locator("[data-uitkomst]")).to_contain_text("week 47", timeout=60000)
    # A page never visited is there too, and an unknown address gets the site's own 404 page.
    page.goto(site.url + "begrippen/")
    expect(page.locator("h1").first).to_have_text(re.compile("Begrippen"))
    page.goto(site.url + "bestaat-niet/")
    expect(page.locator("h1").first).to_contain_text("404")


@pytest.mark.parametrize("offline_tussendoor", [False, True], ids=["online", "na-offline"])
def test_een_nieuwe_versie_bereikt_wie_terugkomt(page, site, offline_tussendoor):
    """A changed page and a changed stylesheet reach a returning reader at once, also after a
    period offline, and then replace the kept copy (offline, the reader sees the new build)."""
    page.goto(site.url + "over/")
    wacht_op_service_worker(page, site.versie())
    assert css_versie(page) == ""
    if offline_tussendoor:
        site.weg()
        for pad in ("over/", "begrippen/"):  # the kept copy answers
            page.goto(site.url + pad)
            expect(page.locator("h1").first).to_be_visible()
        expect(page.locator("#sk-test-nieuw")).to_have_count(0)
    oud = site.versie()
    site.publiceer_wijziging()
    assert site.versie() != oud
    if offline_tussendoor:
        site.terug()

    site.gevraagd.clear()
    page.goto(site.url + "over/")
    expect(page.locator("#sk-test-nieuw")).to_have_text("Deze tekst is nieuw.")
    assert css_versie(page) == '"nieuw"'
    wacht_op_service_worker(page, site.versie())
    # The new worker downloads what changed, and carries over what did not (a page not opened).
    assert "assets/site.css" in site.gevraagd
    assert "bronnen/" not in site.gevraagd, "an unchanged page was downloaded again"

    site.weg()
    for pad in ("over/", "begrippen/"):
        page.goto(site.url + pad)
        assert css_versie(page) == '"nieuw"', pad
    expect(page.locator("#sk-test-nieuw")).to_have_count(0)  # begrippen/ has no such text
    page.go_back()
    expect(page.locator("#sk-test-nieuw")).to_be_visible()


def test_twee_sites_op_een_origin_houden_elkaars_kopie(page, site, site_dir):
    """Two sites on one origin (on GitHub Pages a repository's site lies below the owner's own
    site, and a publisher's test copy beside the live one) keep each other's copy for offline use.
    Each service worker deletes only the older builds of its own site, also those from before the
    cache's name held the site's path ("spoorkennis-<version>")."""
    b = site.map / "b"
    shutil.copytree(site_dir, b)
    publiceer_wijziging(b)  # another build than the site above it
    a_pad, b_pad = PREFIX, PREFIX + "b/"
    (site.map / "leeg.html").write_text('<!doctype html><html lang="nl"><title>Leeg</title><link rel="icon" href="data:,"></html>')
    page.goto(site.url + "leeg.html")  # no service worker yet: the caches older builds left behind
    oud = {"spoorkennis-1": a_pad + "404.html?v=1", "spoorkennis-2": b_pad + "404.html?v=1",
           cache(a_pad, "3"): a_pad + "over/?v=3", cache(b_pad, "4"): b_pad + "over/?v=4"}
    page.evaluate("""async (oud) => { for (const [naam, pad] of Object.entries(oud))
        await (await caches.open(naam)).put(new URL(pad, location.href), new Response("oud")); }""", oud)

    page.goto(site.url + "over/")
    wacht_op_service_worker(page, site.versie(), "spoorkennis-2", cache(b_pad, "4"))
    page.goto(site.url + "b/over/")
    expect(page.locator("#sk-test-nieuw")).to_be_visible()
    wacht_op_service_worker(page, site.versie(), cache(b_pad, versie(b)))
    assert page.evaluate("navigator.serviceWorker.controller.scriptURL").endswith("/b/sw.js")

    site.weg()
    for pad, nieuw in (("over/", 0), ("begrippen/", 0), ("b/over/", 1), ("b/begrippen/", 0)):
        page.goto(site.url + pad)
        expect(page.locator("h1").first).to_be_visible()
        expect(page.locator("#sk-test-nieuw")).to_have_count(nieuw)
