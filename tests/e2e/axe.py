"""axe-core in the page, light and dark: the scan every accessibility check uses.

axe-core comes from node_modules (npm, pinned) and is served to the page from the site's own
origin by a route (``bied_axe_aan``), so the page's Content-Security-Policy stays on during the scan;
a context that serves it blocks service workers (their answers would bypass the route).
"""

from __future__ import annotations

import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Proven false positives of the theme, one rule and selector at a time, each with its reason.
UITZONDERINGEN: list[tuple[str, str, str]] = []

# Parts of a tool with content-visibility: auto are drawn only near the screen; until then their box
# may have a placeholder height. Once axe judged a tijdlijn heading against #212121, which is the
# footer's background (and the heading's rgba(0,0,0,.87) on it gives the #040404 it reported): most
# likely it measured the heading's place below a placeholder-sized box, over the footer, a state no
# reader sees (undrawn text is not shown). So every part is drawn before axe looks.
ALLES_GETEKEND = """() => new Promise((klaar) => {
    for (const e of document.querySelectorAll(".sk-uitkomst, .sk-tool fieldset")) e.style.contentVisibility = "visible";
    requestAnimationFrame(() => requestAnimationFrame(klaar));
})"""


def wacht_op_belofte(page, js: str, arg=None, seconden: float = 120):
    """The result of the async JS function ``js`` run in the page. page.evaluate would wait for it
    without a limit, so a promise that never settles (once in CI: no processor use for 14 minutes)
    would stall the whole run; this fails the test after ``seconden`` instead."""
    page.evaluate("""([arg]) => { window.__skBelofte = undefined;
        (JS)(arg).then((uit) => { window.__skBelofte = { uit }; },
                       (fout) => { window.__skBelofte = { fout: String(fout) }; }); }""".replace("JS", js), [arg])
    einde = time.monotonic() + seconden
    while (staat := page.evaluate("() => window.__skBelofte ?? null")) is None:
        assert time.monotonic() < einde, f"{page.url}: no answer after {seconden} s from {js.splitlines()[0]}"
        page.wait_for_timeout(50)
    assert "fout" not in staat, f"{page.url}: {staat['fout']}"
    return staat.get("uit")


def scan(page, base_url, regels: list[str] | None = None) -> list[str]:
    """Run axe on the current page (WCAG 2.2 AA, or only ``regels``); return readable lines for
    every violation, of any impact."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(url=base_url + "__axe.min.js")
    wacht_op_belofte(page, ALLES_GETEKEND)
    keuze = {"type": "rule", "values": regels} if regels else {"type": "tag", "values": TAGS}
    # resultTypes: every violation stays complete; passes are cut to one node each (axe runs faster).
    resultaat = wacht_op_belofte(page, "(keuze) => axe.run(document, {runOnly: keuze, resultTypes: ['violations']})",
                                 keuze)
    uit = []
    for v in resultaat["violations"]:
        for node in v["nodes"]:
            doel = " ".join(map(str, node["target"]))
            if any(v["id"] == regel and doel == selector for regel, selector, _ in UITZONDERINGEN):
                continue
            uit.append(f"{v['id']} ({v['impact']}) at {doel}: {node['failureSummary'].splitlines()[-1].strip()}")
    return uit


# The axe rules whose outcome depends on colours. The other rules read the DOM, which is the same
# in both colour schemes.
KLEURREGELS = ["color-contrast", "link-in-text-block"]

# The colour scheme of a reader whose system is in light or dark mode and who never chose one: the
# attributes Material sets on <body> from the palette option for that mode (widgets/inline/palet.js
# does the same on tool pages), with transitions off while they change, and the colour switch that
# goes with it. Not by emulating the system's mode on the open page: on that change Material puts
# back the colours it stored for the page as it loaded.
KLEUR_VAN_HET_SYSTEEM = """(kleur) => new Promise((klaar) => {
    const keuzes = [...document.querySelectorAll('input[name="__palette"]')];
    const keuze = keuzes.find((k) => k.getAttribute("data-md-color-media") === `(prefers-color-scheme: ${kleur})`);
    if (!keuze) { klaar(null); return; }
    document.body.setAttribute("data-md-color-switching", "");
    for (const deel of ["media", "scheme", "primary", "accent"]) {
        document.body.setAttribute(`data-md-color-${deel}`, keuze.getAttribute(`data-md-color-${deel}`));
    }
    for (const k of keuzes) if (k.nextElementSibling?.tagName === "LABEL") k.nextElementSibling.hidden = k !== keuze;
    requestAnimationFrame(() => requestAnimationFrame(() => {
        const meta = document.querySelector('meta[name="color-scheme"]');  // Material's, once it runs
        if (meta) meta.content = getComputedStyle(document.querySelector("header")).colorScheme;
        document.body.removeAttribute("data-md-color-switching");
        requestAnimationFrame(() => klaar(document.body.getAttribute("data-md-color-scheme")));
    }));
})"""


# On a tool page Material's script starts late (widgets/inline/start.js): once the first result is
# there, or at the reader's first key. As it starts it puts back the colours it stored, so a scheme
# set before then may be undone halfway through a scan (seen once: the dark scan of a tool page found
# the light colours back). Start it now, as a key press would, and wait until it has run.
THEMA_GESTART = """() => new Promise((klaar) => {
    if (!document.querySelector('meta[name="spoorkennis-thema"]')) { klaar(); return; }
    window.spoorkennisThemaVrij();
    const kijk = () => document.documentElement.dataset.skThema === "klaar"
        ? requestAnimationFrame(() => requestAnimationFrame(klaar)) : setTimeout(kijk, 20);
    kijk();
})"""


# Every running animation and transition that ends (a fade-in as the page opens), finished.
ANIMATIES_KLAAR = """() => Promise.all(document.getAnimations()
  .filter((a) => a.effect.getComputedTiming().endTime !== Infinity).map((a) => a.finished.catch(() => null)))"""


def zet_kleur(page, kleur: str) -> None:
    """The open page as a reader with their system in ``kleur`` ("light" or "dark") sees it."""
    schema = wacht_op_belofte(page, KLEUR_VAN_HET_SYSTEEM, kleur)
    assert schema == {"light": "default", "dark": "slate"}[kleur], f"{page.url}: colour scheme {schema}"


def scan_licht_en_donker(page, base_url) -> list[str]:
    """``scan`` in the light colour scheme, then the colour rules in the dark one, on the same
    page: one load and one full scan instead of two. First the theme has started and what it
    animates (a fade-in as the page opens) has ended. The page is light again afterwards."""
    wacht_op_belofte(page, THEMA_GESTART)
    wacht_op_belofte(page, ANIMATIES_KLAAR)
    zet_kleur(page, "light")
    uit = scan(page, base_url)
    zet_kleur(page, "dark")
    uit += [f"donker: {regel}" for regel in scan(page, base_url, KLEURREGELS)]
    schema = page.locator("body").get_attribute("data-md-color-scheme")
    assert schema == "slate", f"{page.url}: the colours changed to {schema} during the dark scan"
    zet_kleur(page, "light")
    return uit


def bied_axe_aan(doel, base_url: str) -> None:
    """Serve axe-core at ``base_url + "__axe.min.js"`` to a page or a whole context."""
    doel.route(base_url + "__axe.min.js", lambda route: route.fulfill(
        body=AXE.read_text(encoding="utf-8"), content_type="text/javascript"))
