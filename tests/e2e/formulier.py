"""Find the tools in the built site, fill their forms with the package's worked examples, and
derive the bad-input cases of each tool from its declaration."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from spoorkennis import tools
from spoorkennis.fouten import InvoerFout
from spoorkennis.markup import unescape
from spoorkennis.velden import Datum, Getal, Plek, Rij, Rijen, Tekst


def tool_paginas(site_dir: Path) -> dict[str, str]:
    """Tool name -> path of the first built page that embeds it (relative to the site root)."""
    gevonden: dict[str, str] = {}
    for html in sorted(site_dir.rglob("index.html")):
        for naam in re.findall(r'<form class="sk-tool[^"]*" data-tool="([\w-]+)"', html.read_text(encoding="utf-8")):
            pad = html.parent.relative_to(site_dir).as_posix()
            gevonden.setdefault(naam, "" if pad == "." else pad + "/")
    return gevonden


def voorbeeld(naam: str) -> dict[str, str]:
    """The worked example's form fields, as the tool declares them."""
    return tools.tool(naam).voorbeeld


class Geval(NamedTuple):
    """One input typed over the worked example, and what the package answers to it."""

    veld: str  # the form name
    id: str  # the input's id in the page
    waarde: str
    fouten: list[tuple[str, str]]  # (field, message), in order: what the summary and the fields must show
    tekst: str  # without fouten: the text of the result the page must show


def slechte_gevallen(naam: str, vandaag: str | None = None) -> list[Geval]:
    """Each field's refused input (``slechte_invoer`` of its kind), typed over the worked example,
    with the messages the package gives, so the browser must show exactly those."""
    gevallen = [_geval(naam, veld, waarde, vandaag) for deel in tools.tool(naam).delen()
                for veld, waarde in deel.slechte_invoer()]
    for geval in gevallen:
        assert geval.veld in dict(geval.fouten), f"{naam}: {geval.veld} = {geval.waarde!r} should be refused"
    return gevallen


def leesbare_gevallen(naam: str, vandaag: str | None = None) -> list[Geval]:
    """Input a person may type that must be read as meant: only spaces in any text field (the same
    as empty; in a recovery row, the first), and Dutch ways of writing a number in each decimal field."""
    tool, gevallen = tools.tool(naam), []
    for deel in tool.delen():
        if isinstance(deel, Rijen):
            gevallen += [_geval(naam, Rij(deel.naam, 1).veld(veld.naam), "   ", vandaag) for veld in deel.velden]
        if not isinstance(deel, (Getal, Datum, Tekst)):  # the kinds typed in a text field
            continue
        waarden = ["   "]
        if deel.inputmode == "decimal":
            groot = deel.maximum is None or deel.maximum > 3000
            waarden += ["3.000", "3000,50", "€ 3.000,-", "3 000"] if groot else ["55,5", "55.5", " 55 "]
        for waarde in waarden:
            if waarde.strip():  # a Dutch number this field reads without a message of its own
                deel.lees(waarde, deel.naam, deel.in_zin)
            gevallen.append(_geval(naam, deel.naam, waarde, vandaag))
    return gevallen


def _geval(naam: str, veld: str, waarde: str, vandaag: str | None) -> Geval:
    tool = tools.tool(naam)
    velden = {**tool.voorbeeld, **({"_vandaag": vandaag} if vandaag else {}), veld: waarde}
    try:
        html = tool(velden)["html"]
    except InvoerFout as fout:
        return Geval(veld, Plek(tool.prefix).id(veld), waarde, fout.fouten, "")
    return Geval(veld, Plek(tool.prefix).id(veld), waarde, [], tekst_van(html))


def tekst_van(html: str) -> str:
    """The text a page shows for this HTML (its textContent), with runs of white space as one space."""
    return " ".join(unescape(re.sub(r"<[^>]*>", "", html)).split())


# The fields of ``velden`` that already hold their value (a checkbox "ja" when ticked, a radio group
# the value of its ticked button), read in one round trip.
AL_INGEVULD = """(form, velden) => Object.keys(velden).filter((naam) => {
  const e = form.elements.namedItem(naam);
  if (!e) return false;
  if (e instanceof RadioNodeList) return e[0]?.type === "radio" && e.value === velden[naam];
  if (e.type === "checkbox") return e.checked === (velden[naam] === "ja");
  return e.value === velden[naam];
})"""


def vul_in(form, velden: dict[str, str]) -> None:
    """Fill a form by field name with the mouse-free Playwright API (fill/check). A field that
    already holds its value is left alone, as a person would (most of the form, when a test types
    the worked example over the one before)."""
    velden = {naam: waarde for naam, waarde in velden.items() if not naam.startswith("_")}
    al = set(form.evaluate(AL_INGEVULD, velden))
    for naam, waarde in velden.items():
        if naam in al:
            continue
        items = form.locator(f'[name="{naam}"]')
        if not items.count():
            continue
        soort = items.first.get_attribute("type")
        if soort == "checkbox":
            items.first.set_checked(waarde == "ja")
        elif soort == "radio":
            knop = form.locator(f'[name="{naam}"][value="{waarde}"]')
            if waarde and knop.is_visible():
                knop.check()
            elif waarde:  # a layout that shows part of the form (the checklist's one bureau on a phone)
                knop.evaluate("e => e.click()")
        elif items.first.evaluate("e => e.tagName") == "SELECT":
            items.first.select_option(waarde)
        else:
            items.first.fill(waarde)


def klaar(form, timeout: float = 60000) -> None:
    """Bring the tool into view (which starts its runtime) and wait until Python is ready."""
    from playwright.sync_api import expect

    form.scroll_into_view_if_needed()
    expect(form.locator(".sk-status")).to_have_text("Rekenhulp is klaar.", timeout=timeout)


def open_tool(page, url: str, naam: str):
    """Open a tool page, wait until its runtime is ready, return the form."""
    page.goto(url)
    form = page.locator(f"form[data-tool={naam}]")
    klaar(form)
    return form


def bereken_voorbeeld(page, form, naam: str) -> None:
    """Fill in the tool's worked example, press Bereken, wait until the live result replaced it."""
    from playwright.sync_api import expect

    vul_in(form, voorbeeld(naam))
    form.get_by_role("button", name="Bereken").click()
    expect(page.locator(".sk-voorbeeld-label")).to_have_count(0, timeout=30000)


def bijschriften_in_beeld(page) -> int:
    """Assert that every visible table caption in the tool's result stays inside its scroll box,
    also when the table is scrolled to its right end (a long caption must wrap, not run off a
    phone screen). Return how many captions were checked."""
    boxen = page.locator(".sk-uitkomst .sk-scroll:has(caption)")
    gezien = 0
    for i in range(boxen.count()):
        box = boxen.nth(i)
        if not box.is_visible():  # in a closed <details>
            continue
        gezien += 1
        box.scroll_into_view_if_needed()
        box.evaluate("e => { e.scrollLeft = e.scrollWidth; }")
        buiten, binnen = box.bounding_box(), box.locator("caption").bounding_box()
        assert binnen["x"] >= buiten["x"] - 0.5, f"caption {i} starts left of its box: {binnen} in {buiten}"
        assert binnen["x"] + binnen["width"] <= buiten["x"] + buiten["width"] + 0.5, \
            f"caption {i} runs out of its box: {binnen} in {buiten}"
    return gezien


def kleinste_letter(svg) -> float:
    """The smallest font size, in CSS px on screen, of any text in this SVG (the figure scales)."""
    return svg.evaluate("""(svg) => {
        const schaal = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return Math.min(...[...svg.querySelectorAll("text, tspan")]
            .map((e) => parseFloat(getComputedStyle(e).fontSize) * schaal)); }""")


def houd_vast(page, patroon) -> list:
    """Hold every request for ``patroon`` at its route, so a file is still on its way while the test
    acts (a sleep in the route handler would hold up Playwright as well). See ``aangekomen``."""
    vast: list = []
    page.route(patroon, lambda route: vast.append(route))
    return vast


def aangekomen(page, vast: list):
    """The first held request, once the browser has asked for it; the test lets it go on with
    ``.continue_()``."""
    for _ in range(100):
        if vast:
            return vast[0]
        page.wait_for_timeout(100)
    raise AssertionError("the browser never asked for the held file")
