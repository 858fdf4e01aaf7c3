"""The timeline figure: every label readable on a phone, none on top of another, for any dates."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from spoorkennis.tijdlijn import figuur
from spoorkennis.tijdlijn.plan import bereken

LABEL = re.compile(r'<text x="(?P<x>[\d.]+)" y="(?P<y>[\d.]+)" font-size="(?P<grootte>\d+)"[^>]*class="sk-label-'
                   r'(?P<soort>\w+)[^"]*">(?P<titel>[^<]*)(?:<tspan x="[\d.]+" dy="(?P<dy>\d+)" '
                   r'font-size="(?P<grootte_2>\d+)">(?P<detail>[^<]*)</tspan>)?</text>')
# A generous average glyph width for a sans-serif font, as a share of the font size.
TEKENBREEDTE = 0.6


def labels(svg: str) -> list[re.Match]:
    gevonden = list(LABEL.finditer(svg))
    assert len(gevonden) == svg.count('class="sk-label-')  # the pattern saw every label
    return gevonden


@settings(max_examples=60, deadline=None)
@given(eerste=st.dates(dt.date(2024, 1, 1), dt.date(2030, 12, 31)),
       vandaag_na=st.integers(-30, 4 * 365), spoor_2_na=st.none() | st.integers(0, 800),
       evaluatie_na=st.none() | st.integers(1, 500), verlenging=st.sampled_from([0, 13, 52]),
       loonsanctie=st.integers(0, 52))
def test_labels_are_large_do_not_overlap_and_fit(eerste, vandaag_na, spoor_2_na, evaluatie_na, verlenging, loonsanctie):
    start_2 = None if spoor_2_na is None else eerste + dt.timedelta(days=spoor_2_na)
    evaluatie = None if evaluatie_na is None else eerste + dt.timedelta(days=evaluatie_na)
    svg = figuur.figuur(bereken(eerste, [], eerste + dt.timedelta(days=vandaag_na), start_2,
                                eerstejaarsevaluatie=evaluatie, verlenging_weken=verlenging,
                                loonsanctie_weken=loonsanctie))
    hoogte = float(re.search(r'viewBox="0 0 360 (\d+)"', svg)[1])
    onder = 0.0
    for label in labels(svg):
        y = float(label["y"])
        assert int(label["grootte"]) >= 15 and (label["detail"] is None or int(label["grootte_2"]) >= 14)
        assert y >= onder + figuur.REGEL, f"{label['titel']!r} overlaps the label above it"
        onder = y + (int(label["dy"]) if label["detail"] else 0)
        for tekst, grootte in ((label["titel"], label["grootte"]), (label["detail"] or "", label["grootte_2"] or 0)):
            breedte = len(tekst) * TEKENBREEDTE * int(grootte)
            assert float(label["x"]) + breedte <= 360, f"{tekst!r} may run out of the figure"
    assert onder < hoogte


def test_each_label_says_what_and_when():
    svg = figuur.figuur(bereken(dt.date(2026, 1, 5), [], dt.date(2026, 6, 1)))
    gevonden = {label["titel"]: label["detail"] for label in labels(svg)}
    # 104 weeks = 728 days from Monday 5 January 2026: the last day is Sunday 2 January 2028.
    assert gevonden["Einde wachttijd"] == "week 104 · 2-1-2028"
    assert gevonden["Vandaag: week 22"] is None


def test_a_loonsanctie_is_drawn_below_the_end_as_long_as_it_lasts():
    # 52 weeks of loonsanctie after week 104: the dashed part of the axis runs from week 104 to 156.
    svg = figuur.figuur(bereken(dt.date(2026, 1, 5), [], dt.date(2026, 6, 1), loonsanctie_weken=52))
    streep = re.search(r'<line x1="62" y1="([\d.]+)" x2="62" y2="([\d.]+)" stroke="currentColor" stroke-width="2" '
                       r'stroke-dasharray', svg)
    assert (float(streep[1]), float(streep[2])) == (figuur.BOVEN + 104 * figuur.PX_PER_WEEK,
                                                    figuur.BOVEN + 156 * figuur.PX_PER_WEEK)
    gevonden = {label["titel"]: label["detail"] for label in labels(svg)}
    assert gevonden["Einde wachttijd"] == "week 156 · 31-12-2028" and "Begin loonsanctie" in gevonden
    assert "een loonsanctie van 52 weken daarna" in svg
