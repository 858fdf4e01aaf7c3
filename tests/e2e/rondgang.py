"""One walk through every page of the sitemap per screen width, shared by the checks of every page
(test_site: loads, no request elsewhere; test_toegankelijkheid: axe light and dark, menu links,
no sideways scrolling). Each page loads once per width, not once per check: on two cores a tool
page's load costs about 2.5 s of processor time, and the checks together walked the site six times.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from .axe import scan_licht_en_donker
from .formulier import bereken_voorbeeld, klaar

# A desktop and a phone. The tests of one width run in one pytest-xdist worker, which walks once.
BREEDTES = [pytest.param(breedte, marks=pytest.mark.xdist_group(f"rondgang-{breedte}")) for breedte in (1280, 360)]
MENU_ACHTER_KNOP = 1220  # below Material's 76.25em breakpoint the menu is behind the menu button

# Every menu link a reader can see now (in the sidebars, or in the open phone menu): text and size.
MENULINKS = """() => [...document.querySelectorAll('.md-sidebar .md-nav__link')].flatMap((e) => {
  const r = e.getBoundingClientRect();
  const zichtbaar = r.width > 0 && r.left >= 0 && r.right <= innerWidth && getComputedStyle(e).visibility === 'visible';
  return zichtbaar ? [{tekst: e.textContent.trim().slice(0, 40), hoogte: r.height, breedte: r.width}] : [];
})"""


@dataclasses.dataclass
class Bezoek:
    """What one page showed at one width."""

    pad: str  # relative to the site root; "" is the home page
    status: int
    csp: str  # the page's Content-Security-Policy (its <meta>)
    kop_zichtbaar: bool  # the first <h1>
    axe: list[str]  # violations, light and dark (axe.scan_licht_en_donker)
    scrollbreedte: int = 0  # the document's width; on a tool page with the worked example computed
    menulinks: list[dict] = dataclasses.field(default_factory=list)  # each visible menu link's text,
    # height and width (at a phone's width with the menu opened)
    problemen: list[str] = dataclasses.field(default_factory=list)  # console and page errors,
    # requests to another origin, CSP violations
    cookies: list[dict] = dataclasses.field(default_factory=list)  # the browser's, after this page


def sitemap_paden(site_dir: Path) -> list[str]:
    """The pages listed in the built sitemap.xml, as paths relative to the site root."""
    urls = re.findall(r"<loc>(.*?)</loc>", (site_dir / "sitemap.xml").read_text())
    assert urls, "sitemap.xml lists no pages"
    basis = urlsplit(urls[0]).path  # the home page comes first
    return [urlsplit(u).path[len(basis):] for u in urls]


def loop(page, base_url: str, site_dir: Path, problemen: list[str], csp_schendingen) -> list[Bezoek]:
    """Visit every sitemap page in ``page`` (axe-core served, the viewport set): load it, scan it
    as it opens, compute a tool's worked example (its runtime must come from this origin too),
    measure the width, and last open the phone menu and measure its links. ``problemen`` is the
    page's watch list (conftest.bewaak); ``csp_schendingen(page)`` reads the CSP violations."""
    breedte = page.viewport_size["width"]
    bezoeken = []
    for pad in sitemap_paden(site_dir):
        antwoord = page.goto(base_url + pad)
        csp = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content") or ""
        bezoek = Bezoek(pad, antwoord.status, csp, page.locator("h1").first.is_visible(),
                        scan_licht_en_donker(page, base_url))
        if (form := page.locator("form.sk-tool[data-tool]").first).count():  # one tool per page
            klaar(form)
            bereken_voorbeeld(page, form, form.get_attribute("data-tool"))
        bezoek.scrollbreedte = page.evaluate("document.documentElement.scrollWidth")
        if breedte < MENU_ACHTER_KNOP:
            page.locator(".md-header label[for=__drawer]").click()
            expect(page.locator(".md-sidebar--primary")).to_be_in_viewport()
            page.wait_for_timeout(300)  # the menu slides in
        bezoek.menulinks = page.evaluate(MENULINKS)
        bezoek.problemen = [*problemen, *csp_schendingen(page)]
        problemen.clear()
        bezoek.cookies = page.context.cookies()
        bezoeken.append(bezoek)
    return bezoeken
