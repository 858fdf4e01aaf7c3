"""Bad input in every number and date field of every tool, tried in the browser.

Each bad value must give a Dutch message at that field (linked with aria-describedby) and an
error summary, keep every other input as typed, and show no NaN/None/undefined or traceback.
Dutch number forms are read as the reader means them. The ``page`` fixture also fails the test on
any console error.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from .formulier import open_tool, tool_paginas, voorbeeld, vul_in

ALTIJD_FOUT = ["-5", "abc", "10^12", "31-02-2026", "1-1-1900", "1-1-2200"]
NEDERLANDSE_GETALLEN = ["3.000", "3000,50", "€ 3.000,-"]
LEESFOUT = re.compile(r"alleen een getal|dag-maand-jaar")
VERBODEN = re.compile(r"\bNaN\b|\bNone\b|\bundefined\b|Traceback|Error:")


def velden_van(page, form):
    """(name, id, inputmode) of every number or date field of the form."""
    return form.locator("input[inputmode]").evaluate_all(
        "els => els.map(e => [e.name, e.id, e.getAttribute('inputmode')])")


def invoer_van(form):
    return form.locator("input[type=text]").evaluate_all("els => els.map(e => [e.name, e.value])")


def verstuur(form):
    form.get_by_role("button", name="Bereken").click()


def fout_bij(page, veld_id):
    return page.locator(f"#{veld_id}-fout")


@pytest.mark.parametrize("naam", ["verzuimweek", "wia", "tijdlijn"])
def test_elk_veld_geeft_een_nederlandse_melding(page, base_url, site_dir, naam):
    pad = tool_paginas(site_dir)[naam]
    page.clock.set_fixed_time(dt.datetime(2026, 11, 25, 10, 0))
    form = open_tool(page, base_url + pad, naam)
    for veld, veld_id, _ in velden_van(page, form):
        for waarde in ALTIJD_FOUT + ["   "]:
            vul_in(form, voorbeeld(naam))
            form.locator(f"#{veld_id}").fill(waarde)
            verwacht = invoer_van(form)
            verstuur(form)
            if waarde.strip():
                melding = fout_bij(page, veld_id)
                expect(melding, f"{naam}.{veld} = {waarde!r}").to_be_visible(timeout=30000)
                assert "fout" in melding.inner_text().lower() or melding.inner_text().strip()
                beschreven = form.locator(f"#{veld_id}").get_attribute("aria-describedby").split()
                assert f"{veld_id}-fout" in beschreven
                expect(form.locator(".sk-foutsamenvatting")).to_be_focused()
            else:  # only spaces: the same as empty; an optional field computes, a required one says so
                expect(form.locator(".sk-foutsamenvatting, .sk-voorbeeld-label").or_(
                    page.locator("[data-uitkomst] > *")).first).to_be_visible(timeout=30000)
            page.wait_for_function("() => !document.querySelector('form[aria-busy]')")
            assert invoer_van(form) == verwacht, f"{naam}.{veld} = {waarde!r}: other inputs changed"
            tekst = page.locator("article").inner_text()
            assert not VERBODEN.search(tekst), f"{naam}.{veld} = {waarde!r}: {VERBODEN.search(tekst)[0]}"


@pytest.mark.parametrize("naam", ["wia"])
def test_nederlandse_getallen_worden_gelezen(page, base_url, site_dir, naam):
    pad = tool_paginas(site_dir)[naam]
    page.clock.set_fixed_time(dt.datetime(2026, 11, 25, 10, 0))
    form = open_tool(page, base_url + pad, naam)
    for veld, veld_id, modus in velden_van(page, form):
        if modus != "decimal":
            continue
        for waarde in NEDERLANDSE_GETALLEN:
            vul_in(form, voorbeeld(naam))
            form.locator(f"#{veld_id}").fill(waarde)
            verstuur(form)
            page.wait_for_timeout(50)
            page.wait_for_function("() => !document.querySelector('form[aria-busy]')")
            melding = fout_bij(page, veld_id)
            if melding.count():  # a range message (e.g. a percentage over 100) is fine; a reading error is not
                assert not LEESFOUT.search(melding.inner_text()), f"{veld} = {waarde!r}: {melding.inner_text()}"


@pytest.mark.parametrize("kleur", ["light", "dark"])
def test_links_in_de_foutsamenvatting_houden_hun_kleur_onder_de_muis(page, base_url, site_dir, kleur):
    # Material colours a hovered link in its accent colour (#526cfe: 4.0:1 on white, too little).
    page.emulate_media(color_scheme=kleur)
    form = open_tool(page, base_url + tool_paginas(site_dir)["verzuimweek"], "verzuimweek")
    form.locator("#vw-eerste-ziektedag").fill("abc")
    verstuur(form)
    link = page.locator(".sk-foutsamenvatting a").first
    gewoon = link.evaluate("e => getComputedStyle(e).color")
    link.hover()
    page.wait_for_timeout(300)  # Material fades link colours in 125 ms
    assert link.evaluate("e => getComputedStyle(e).color") == gewoon
