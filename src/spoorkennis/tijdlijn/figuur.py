"""The timeline as a vertical inline SVG that fits 360 px: week 0 at the top, the end of the
wachttijd (with a voluntary extension) and the loonsanctie, possible or imposed, at the bottom,
spoor 1 and spoor 2 as bands, today as a line.

Colours come from the page's CSS, per colour scheme (widgets/tools.css): each coloured part draws
in ``currentColor`` and has a class ``sk-kleur-<kind>``. No style attributes: the CSP forbids them."""

from __future__ import annotations

import datetime as dt

from ..markup import escape
from .plan import Uitkomst

BREEDTE = 360
BOVEN = 90  # room for the legend and the axis title
PX_PER_WEEK = 8
UITLOOP = 8  # weeks drawn below the end of the wachttijd for a possible loonsanctie
AS_X, BAND_1_X, BAND_2_X, BAND_BREEDTE, LABEL_X = 62, 34, 46, 8, 76
# A label is two lines: what happens, then week and date. On a 360 px screen the figure is drawn
# at about 0.9 of its size, so these font sizes (also of the axis and the legend) become at least
# 12 px there.
TITEL, DETAIL = 15, 14
REGEL = 17  # from one baseline to the next within a label
TUSSENRUIMTE = 5  # extra space between two labels


def figuur(u: Uitkomst) -> str:
    v = u.verzuim
    einde = v.weken - v.loonsanctie_weken  # the solid axis; the loonsanctie is dashed below it
    uitloop = max(UITLOOP, v.loonsanctie_weken)

    def y_van(datum: dt.date) -> float:
        weken = (v.ziektedagen(datum) + 1) / 7
        return BOVEN + min(weken, einde + uitloop) * PX_PER_WEEK

    def y_week(week: float) -> float:
        return BOVEN + week * PX_PER_WEEK

    delen = [_legenda()]
    start_2 = u.start_spoor_2 or u.moment("start-spoor-2-uiterlijk").datum
    y_start_2 = min(y_van(start_2), y_week(einde))
    delen += [
        _rect(BAND_1_X, y_week(0), y_week(einde), "spoor1", "sk-band-spoor1"),
        _rect(BAND_2_X, y_start_2, y_week(einde), "spoor2", "sk-band-spoor2"),
        f'<line x1="{AS_X}" y1="{y_week(0)}" x2="{AS_X}" y2="{y_week(einde)}" stroke="currentColor" stroke-width="2"/>',
        f'<line x1="{AS_X}" y1="{y_week(einde)}" x2="{AS_X}" y2="{y_week(einde + uitloop)}" stroke="currentColor" '
        'stroke-width="2" stroke-dasharray="3 3"/>',
    ]
    delen.append(f'<text x="0" y="{BOVEN - 16}" font-size="{DETAIL}" fill="currentColor">week</text>')
    for week in range(0, einde + 1, 13):
        delen.append(f'<text x="0" y="{y_week(week) + 5:.1f}" font-size="{DETAIL}" fill="currentColor">{week}</text>'
                     f'<line x1="{AS_X - 4}" y1="{y_week(week)}" x2="{AS_X}" y2="{y_week(week)}" stroke="currentColor"/>')

    labels: list[tuple[float, str, str, str]] = []  # (ideal y, title, week and date or "", kind)
    for m in u.momenten:
        y = y_van(m.datum)
        if m.code.startswith("evaluatie-"):
            delen.append(f'<line x1="{AS_X - 3}" y1="{y:.1f}" x2="{AS_X + 3}" y2="{y:.1f}" stroke="currentColor" '
                         'stroke-width="2" class="sk-evaluatie sk-kleur-wet"/>')
            continue
        if m.vanaf and m.soort == "wet" and (m.datum - m.vanaf).days <= 70:
            delen.append(f'<line x1="{AS_X + 6}" y1="{y_van(m.vanaf):.1f}" x2="{AS_X + 6}" y2="{y:.1f}" '
                         'stroke="currentColor" stroke-width="3" class="sk-venster sk-kleur-wet"/>')
        delen.append(_marker(m.soort, y))
        labels.append((y, m.kort, f"week {m.week} · {m.datum.day}-{m.datum.month}-{m.datum.year}", m.soort))
    vandaag = u.stand.vandaag
    if v.eerste_ziektedag <= vandaag <= u.momenten[-1].datum:
        y = y_van(vandaag)
        delen.append(f'<line x1="{BAND_1_X - 4}" y1="{y:.1f}" x2="{LABEL_X - 6}" y2="{y:.1f}" '
                     'stroke="currentColor" stroke-width="2" class="sk-vandaag-lijn sk-kleur-vandaag"/>')
        labels.append((y, f"Vandaag: week {u.stand.week}", "", "vandaag"))

    onder = BOVEN - REGEL - TUSSENRUIMTE  # the baseline of the last label line so far
    for y, titel, detail, soort in sorted(labels, key=lambda t: t[0]):
        ly = max(y + 5, onder + REGEL + TUSSENRUIMTE)
        onder = ly + REGEL if detail else ly
        delen.append(f'<line x1="{AS_X + 4}" y1="{y:.1f}" x2="{LABEL_X - 2}" y2="{ly - 5:.1f}" stroke="currentColor" '
                     f'stroke-width="0.75" class="sk-kleur-{soort}"/>')
        extra = ' font-weight="bold"' if soort == "vandaag" else ""
        regel_2 = f'<tspan x="{LABEL_X}" dy="{REGEL}" font-size="{DETAIL}">{escape(detail)}</tspan>' if detail else ""
        delen.append(f'<text x="{LABEL_X}" y="{ly:.1f}" font-size="{TITEL}" fill="currentColor"{extra} '
                     f'class="sk-label-{soort} sk-kleur-{soort}">{escape(titel)}{regel_2}</text>')
    hoogte = max(y_week(einde + uitloop), onder) + 12
    sanctie = (f"een loonsanctie van {v.loonsanctie_weken} weken" if v.loonsanctie_weken
               else "een mogelijke loonsanctie")
    beschrijving = (f"Verticale tijdlijn van week 0 tot week {einde} en {sanctie} daarna. "
                    f"Spoor 2 begint in de figuur op {start_2.day}-{start_2.month}-{start_2.year}. "
                    "Dezelfde gegevens staan in de lijst hieronder.")
    return (f'<div class="sk-tijdlijn-figuur"><svg viewBox="0 0 {BREEDTE} {hoogte:.0f}" width="{BREEDTE}" role="img" '
            'aria-labelledby="sk-tl-titel sk-tl-uitleg" xmlns="http://www.w3.org/2000/svg">'
            '<title id="sk-tl-titel">Tijdlijn van het verzuim</title>'
            f'<desc id="sk-tl-uitleg">{escape(beschrijving)}</desc>{"".join(delen)}</svg></div>')


def _legenda() -> str:
    """Two rows: the two bands, then the two kinds of moment."""
    return (
        f'<rect x="0" y="4" width="{BAND_BREEDTE}" height="12" fill="currentColor" class="sk-kleur-spoor1"/>'
        f'<text x="12" y="15" font-size="{DETAIL}" fill="currentColor">Spoor 1: eigen werk</text>'
        f'<rect x="180" y="4" width="{BAND_BREEDTE}" height="12" fill="currentColor" class="sk-kleur-spoor2"/>'
        f'<text x="192" y="15" font-size="{DETAIL}" fill="currentColor">Spoor 2: ander werk</text>'
        f'{_marker("wet", 34, 4)}<text x="12" y="39" font-size="{DETAIL}" fill="currentColor">Stap uit de wet</text>'
        f'{_marker("advies", 34, 184)}<text x="192" y="39" font-size="{DETAIL}" fill="currentColor">Advies (geen wet)'
        '</text>'
    )


def _rect(x: float, y1: float, y2: float, kleur: str, klasse: str) -> str:
    return (f'<rect x="{x}" y="{y1:.1f}" width="{BAND_BREEDTE}" height="{max(y2 - y1, 0):.1f}" fill="currentColor" '
            f'class="{klasse} sk-kleur-{kleur}"/>')


def _marker(soort: str, y: float, x: float = AS_X) -> str:
    if soort == "advies":
        return (f'<path d="M{x} {y - 5:.1f} L{x + 5} {y:.1f} L{x} {y + 5:.1f} L{x - 5} {y:.1f} Z" '
                'fill="currentColor" class="sk-marker-advies sk-kleur-advies"/>')
    return f'<circle cx="{x}" cy="{y:.1f}" r="4" fill="currentColor" class="sk-marker-wet sk-kleur-wet"/>'
