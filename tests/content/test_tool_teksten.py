"""The tools' own texts at B1 (issue 14, section 4): the same readability rules as the pages.

For every tool: the prose of its worked example's result (paragraphs, list items, definitions,
summaries, table cells that are sentences, such as the WIA's "Wat u krijgt" column, and the list
of sources), and every Dutch message its fields give for bad input. Each block ends a sentence, as
on a page. Left out, as on a page: titles, the chart and amounts.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from spoorkennis import tools, web

from . import inhoud

lb = inhoud.lb
BLOKKEN = {"p", "li", "dd", "dt", "summary", "caption", "td", "h2", "h3", "h4"}
KOPPEN = {"summary", "caption", "h2", "h3", "h4", "dt"}  # titles: not prose
MIN_WOORDEN_CEL = 4  # a table cell is prose when it is a sentence, not an amount or a label


class _Proza(HTMLParser):
    """Text per block element; SVG (the chart's labels) and titles are left out."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blokken: list[str] = []
        self._stapel: list[tuple[str, list[str]]] = []
        self._svg = 0

    def handle_starttag(self, tag, attrs):
        if tag == "svg":
            self._svg += 1
        elif tag in BLOKKEN and not self._svg:
            self._stapel.append((tag, []))

    def handle_endtag(self, tag):
        if tag == "svg":
            self._svg -= 1
        elif tag in BLOKKEN and self._stapel and self._stapel[-1][0] == tag:
            soort, delen = self._stapel.pop()
            tekst = " ".join("".join(delen).split())
            if soort in KOPPEN or not tekst:
                return
            if soort == "td" and lb.tel_woorden(tekst) < MIN_WOORDEN_CEL:
                return
            self.blokken.append(tekst)

    def handle_data(self, data):
        if self._stapel and not self._svg:
            self._stapel[-1][1].append(data)


def proza(html: str) -> list[str]:
    parser = _Proza()
    parser.feed(html)
    return parser.blokken


def foutmeldingen(naam: str) -> list[str]:
    """Every distinct message the tool's fields give for their bad input."""
    tool = tools.tool(naam)
    meldingen = []
    for veld, invoer in (p for deel in tool.delen() for p in deel.slechte_invoer()):
        antwoord = json.loads(web.aanroep(naam, json.dumps({**tool.voorbeeld, veld: invoer})))
        meldingen += [f["bericht"] for f in antwoord.get("fouten", [])]
    return list(dict.fromkeys(meldingen))


def _beoordeel(blokken: list[str]):
    return lb.beoordeel("\n\n".join(b if b.endswith((".", "?", "!", ":")) else b + "." for b in blokken) + "\n")


@pytest.mark.parametrize("naam", tools.namen())
def test_uitkomst_van_het_voorbeeld_is_b1(naam):
    blokken = proza(tools.tool(naam)(tools.tool(naam).voorbeeld)["html"])
    assert blokken, "the worked example shows no prose"
    uitslag = _beoordeel(blokken)
    assert uitslag.geslaagd, lb.verslag(f"{naam} (voorbeeld)", uitslag) + "\n" + "\n".join(uitslag.problemen)


@pytest.mark.parametrize("naam", tools.namen())
def test_foutmeldingen_zijn_b1(naam):
    meldingen = foutmeldingen(naam)
    assert meldingen
    uitslag = _beoordeel(meldingen)
    assert uitslag.geslaagd, lb.verslag(f"{naam} (foutmeldingen)", uitslag) + "\n" + "\n".join(uitslag.problemen)


def test_proza_neemt_alinea_en_zin_in_een_cel_maar_geen_bedrag_of_grafiek():
    html = ("<p>Een zin.</p><table><tr><td>€ 1.000,00</td><td>Dit is een hele zin in een cel.</td></tr></table>"
            "<svg><text>as</text></svg><details><summary>Titel</summary><ul><li>Punt een</li></ul></details>"
            '<details class="sk-bronnen"><summary>Bronnen</summary><ul><li>Wet WIA, artikel 5.</li></ul></details>')
    assert proza(html) == ["Een zin.", "Dit is een hele zin in een cel.", "Punt een", "Wet WIA, artikel 5."]
