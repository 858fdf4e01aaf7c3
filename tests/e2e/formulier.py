"""Find the tools in the built site, fill their forms with the package's worked examples, and
derive the bad-input cases of each tool from its declaration."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from spoorkennis import tools
from spoorkennis.fouten import InvoerFout
from spoorkennis.velden import Plek


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
    """One bad input typed over the worked example, and what the package answers to it."""

    veld: str  # the form name
    id: str  # the input's id in the page
    waarde: str
    fouten: list[tuple[str, str]]  # (field, message), in order: what the summary and the fields must show


def slechte_gevallen(naam: str) -> list[Geval]:
    """Each field's refused input (``slechte_invoer`` of its kind), typed over the worked example,
    with the messages the package gives, so the browser must show exactly those."""
    tool = tools.tool(naam)
    voorbeeld, plek = tool.voorbeeld, Plek(tool.prefix)
    gevallen = []
    for deel in tool.delen():
        for veld, waarde in deel.slechte_invoer():
            try:
                tool.lees({**voorbeeld, veld: waarde})
            except InvoerFout as fout:
                gevallen.append(Geval(veld, plek.id(veld), waarde, fout.fouten))
            else:
                raise AssertionError(f"{naam}: {veld} = {waarde!r} should be refused")
    return gevallen


def vul_in(form, velden: dict[str, str]) -> None:
    """Fill a form by field name with the mouse-free Playwright API (fill/check)."""
    for naam, waarde in velden.items():
        if naam.startswith("_"):
            continue
        items = form.locator(f'[name="{naam}"]')
        if not items.count():
            continue
        soort = items.first.get_attribute("type")
        if soort == "checkbox":
            items.first.set_checked(waarde == "ja")
        elif soort == "radio":
            if waarde:
                form.locator(f'[name="{naam}"][value="{waarde}"]').check()
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
