"""The timeline as a vertical inline SVG that fits 360 px: week 0 at the top, week 104 and the
possible loonsanctie at the bottom, spoor 1 and spoor 2 as bands, today as a line.

Colours are SVG presentation attributes (no style attributes: the CSP forbids them)."""

from __future__ import annotations

import datetime as dt

from ..markup import escape
from .plan import Uitkomst

BREEDTE = 360
BOVEN = 56  # room for the legend
PX_PER_WEEK = 7
EINDE = 104
UITLOOP = 8  # weeks drawn below week 104 for the loonsanctie
AS_X, BAND_1_X, BAND_2_X, BAND_BREEDTE, LABEL_X = 62, 34, 46, 8, 76
REGELHOOGTE = 14
KLEUR = {"spoor1": "#5b8fd1", "spoor2": "#e08a3c", "wet": "#1f4e8c", "advies": "#2e7d32", "vandaag": "#c62828"}


def figuur(u: Uitkomst) -> str:
    v = u.verzuim

    def y_van(datum: dt.date) -> float:
        weken = (v.ziektedagen(datum) + 1) / 7
        return BOVEN + min(weken, EINDE + UITLOOP) * PX_PER_WEEK

    def y_week(week: float) -> float:
        return BOVEN + week * PX_PER_WEEK

    delen = [_legenda()]
    start_2 = u.start_spoor_2 or u.moment("start-spoor-2-uiterlijk").datum
    y_start_2 = min(y_van(start_2), y_week(EINDE))
    delen += [
        _rect(BAND_1_X, y_week(0), y_week(EINDE), KLEUR["spoor1"], "sk-band-spoor1"),
        _rect(BAND_2_X, y_start_2, y_week(EINDE), KLEUR["spoor2"], "sk-band-spoor2"),
        f'<line x1="{AS_X}" y1="{y_week(0)}" x2="{AS_X}" y2="{y_week(EINDE)}" stroke="currentColor" stroke-width="2"/>',
        f'<line x1="{AS_X}" y1="{y_week(EINDE)}" x2="{AS_X}" y2="{y_week(EINDE + UITLOOP)}" stroke="currentColor" '
        'stroke-width="2" stroke-dasharray="3 3"/>',
    ]
    for week in range(0, EINDE + 1, 13):
        delen.append(f'<text x="0" y="{y_week(week) + 4:.1f}" font-size="10" fill="currentColor">wk {week}</text>'
                     f'<line x1="{AS_X - 4}" y1="{y_week(week)}" x2="{AS_X}" y2="{y_week(week)}" stroke="currentColor"/>')

    labels: list[tuple[float, str, str]] = []  # (ideal y, text, kind)
    for m in u.momenten:
        y = y_van(m.datum)
        if m.code.startswith("evaluatie-"):
            delen.append(f'<line x1="{AS_X - 3}" y1="{y:.1f}" x2="{AS_X + 3}" y2="{y:.1f}" stroke="{KLEUR["wet"]}" '
                         'stroke-width="2" class="sk-evaluatie"/>')
            continue
        if m.vanaf and m.soort == "wet" and (m.datum - m.vanaf).days <= 70:
            delen.append(f'<line x1="{AS_X + 6}" y1="{y_van(m.vanaf):.1f}" x2="{AS_X + 6}" y2="{y:.1f}" '
                         f'stroke="{KLEUR["wet"]}" stroke-width="3" class="sk-venster"/>')
        delen.append(_marker(m.soort, y))
        datum = f"{m.datum.day}-{m.datum.month}-{m.datum.year}"
        labels.append((y, f"wk {m.week} · {datum} · {m.kort}", m.soort))
    vandaag = u.stand.vandaag
    if v.eerste_ziektedag <= vandaag <= u.moment("einde-loonsanctie").datum:
        y = y_van(vandaag)
        delen.append(f'<line x1="{BAND_1_X - 4}" y1="{y:.1f}" x2="{LABEL_X - 6}" y2="{y:.1f}" '
                     f'stroke="{KLEUR["vandaag"]}" stroke-width="2" class="sk-vandaag-lijn"/>')
        labels.append((y, f"Vandaag: week {u.stand.week}", "vandaag"))

    vorige = BOVEN - REGELHOOGTE
    for y, tekst, soort in sorted(labels, key=lambda t: t[0]):
        ly = max(y + 4, vorige + REGELHOOGTE)
        vorige = ly
        kleur = KLEUR[soort]
        delen.append(f'<line x1="{AS_X + 4}" y1="{y:.1f}" x2="{LABEL_X - 2}" y2="{ly - 4:.1f}" stroke="{kleur}" '
                     'stroke-width="0.75"/>')
        extra = ' font-weight="bold"' if soort == "vandaag" else ""
        delen.append(f'<text x="{LABEL_X}" y="{ly:.1f}" font-size="11" fill="{kleur}"{extra} '
                     f'class="sk-label-{soort}">{escape(tekst)}</text>')
    hoogte = max(y_week(EINDE + UITLOOP), vorige) + 12
    beschrijving = (f"Verticale tijdlijn van week 0 tot week 104 en een mogelijke loonsanctie daarna. "
                    f"Spoor 2 begint in de figuur op {start_2.day}-{start_2.month}-{start_2.year}. "
                    "Dezelfde gegevens staan in de lijst hieronder.")
    return (f'<div class="sk-tijdlijn-figuur"><svg viewBox="0 0 {BREEDTE} {hoogte:.0f}" width="{BREEDTE}" role="img" '
            'aria-labelledby="sk-tl-titel sk-tl-uitleg" xmlns="http://www.w3.org/2000/svg">'
            '<title id="sk-tl-titel">Tijdlijn van het verzuim</title>'
            f'<desc id="sk-tl-uitleg">{escape(beschrijving)}</desc>{"".join(delen)}</svg></div>')


def _legenda() -> str:
    """Two rows: the two bands, then the two kinds of moment."""
    return (
        f'<rect x="0" y="4" width="{BAND_BREEDTE}" height="12" fill="{KLEUR["spoor1"]}"/>'
        '<text x="12" y="14" font-size="11" fill="currentColor">Spoor 1: eigen werk</text>'
        f'<rect x="180" y="4" width="{BAND_BREEDTE}" height="12" fill="{KLEUR["spoor2"]}"/>'
        '<text x="192" y="14" font-size="11" fill="currentColor">Spoor 2: ander werk</text>'
        f'{_marker("wet", 32, 4)}<text x="12" y="36" font-size="11" fill="currentColor">Stap uit de wet</text>'
        f'{_marker("advies", 32, 184)}<text x="192" y="36" font-size="11" fill="currentColor">Advies (geen wet)</text>'
    )


def _rect(x: float, y1: float, y2: float, kleur: str, klasse: str) -> str:
    return (f'<rect x="{x}" y="{y1:.1f}" width="{BAND_BREEDTE}" height="{max(y2 - y1, 0):.1f}" fill="{kleur}" '
            f'class="{klasse}"/>')


def _marker(soort: str, y: float, x: float = AS_X) -> str:
    if soort == "advies":
        return (f'<path d="M{x} {y - 5:.1f} L{x + 5} {y:.1f} L{x} {y + 5:.1f} L{x - 5} {y:.1f} Z" '
                f'fill="{KLEUR["advies"]}" class="sk-marker-advies"/>')
    return f'<circle cx="{x}" cy="{y:.1f}" r="4" fill="{KLEUR["wet"]}" class="sk-marker-wet"/>'
