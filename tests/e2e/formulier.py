"""Find the tools in the built site and fill their forms with the package's worked examples."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from spoorkennis import web


def tool_paginas(site_dir: Path) -> dict[str, str]:
    """Tool name -> path of the first built page that embeds it (relative to the site root)."""
    gevonden: dict[str, str] = {}
    for html in sorted(site_dir.rglob("index.html")):
        for naam in re.findall(r'<form class="sk-tool[^"]*" data-tool="([\w-]+)"', html.read_text(encoding="utf-8")):
            pad = html.parent.relative_to(site_dir).as_posix()
            gevonden.setdefault(naam, "" if pad == "." else pad + "/")
    return gevonden


def voorbeeld(naam: str) -> dict[str, str]:
    """The worked example's form fields, as the tool module defines them."""
    return dict(importlib.import_module(web.TOOLS[naam].partition(":")[0]).VOORBEELD)


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
