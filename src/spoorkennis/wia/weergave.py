"""HTML for the browser: plain summary first, a step chart (inline SVG), tables, the rules, sources.

No style attributes and no scripts (the CSP forbids both); classes start with ``sk-``.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ..invoer import euro, nl_datum
from ..markup import escape
from ..parameters import getal_tekst as procent
from .berekening import AOW, Maand, Scenario, Uitkomst
from .uitleg import (DISCLAIMER, aanname, besluit, bron_zinnen, naam, niet_berekend, periode_tekst, regels,
                     samenvatting, titel, waarschuwingen)

# A dash pattern per scenario line; its colour is class sk-lijn-<n> in the page's CSS, per colour
# scheme (widgets/tools.css: Okabe-Ito colours, readable with colour blindness).
STREPEN = ["", "7 3", "2 2", "9 3 2 3", "4 4", "12 4", "1 3"]
BREEDTE, HOOGTE = 360, 240
LINKS, RECHTS, BOVEN, ONDER = 70, 10, 18, 46
LEGENDA_REGEL = 20  # height of one legend line below the chart
LETTER = 14  # font size: on a 360 px screen the chart is drawn at about 0.9 of its size, so 12+ px
SCHERM_BREEDTE = 400  # drawn size on a wide screen; CSS scales it down to fit narrow ones
MOMENTEN = (("Ziektemaand 1", None, 1), ("Ziektemaand 13", None, 13), ("WIA-maand 1", 1, None),
            ("WIA-maand 12", 12, None), ("WIA-maand 24", 24, None), ("WIA-maand 60", 60, None))
SOORTEN = {"loondoorbetaling": "loondoorbetaling", "LGU": "LGU", "LAU": "LAU", "VVU": "VVU", "IVA": "IVA",
           "WW": "WW", "geen": "geen uitkering", AOW: "AOW, niet berekend"}


def html(u: Uitkomst) -> str:
    delen = [
        '<div class="sk-wia">',
        let_op(u),
        '<div class="sk-samenvatting">' + "".join(f"<p>{escape(z)}</p>" for z in samenvatting(u)) + "</div>",
        "<h3>Uw inkomen per maand, per uitkomst</h3>",
        grafiek(u.scenarios, u.stappen["wachttijd"]["wachttijd_weken"]),
        overzicht(u),
        "<h3>Per uitkomst: wat u krijgt en waarom</h3>",
        "".join(scenario_blok(s, s.uitkomst == u.uitkomst and s.geval == u.eigen.geval)
                for s in u.scenarios),
        "<h3>Hoe wij rekenen</h3>",
        "<ol>" + "".join(f"<li>{escape(r)}</li>" for r in regels(u)) + "</ol>",
        wat_niet(u),
        bronnen(u),
        f'<p class="sk-disclaimer"><strong>{escape(DISCLAIMER)}</strong> {escape(besluit(u))}</p>',
        "</div>",
    ]
    return "\n".join(d for d in delen if d)


def let_op(u: Uitkomst) -> str:
    """The warnings, first and set apart (a stale amount, earnings that do not fit, the AOW)."""
    teksten = waarschuwingen(u)
    if not teksten:
        return ""
    items = "".join(f'<li class="sk-waarschuwing" data-code="{w.regel}"><p>{escape(tekst)}'
                    "</p></li>" for w, tekst in zip(u.waarschuwingen, teksten))
    return (f'<section class="sk-waarschuwingen" aria-labelledby="sk-wia-let-op">'
            f'<h3 id="sk-wia-let-op">Let op</h3><ul>{items}</ul></section>')


def wat_niet(u: Uitkomst) -> str:
    """What the tool leaves out, where it matters for this result, with a link to read more."""
    items = []
    for tekst, link_tekst, link in niet_berekend(u):
        verder = f' <a href="{escape(link)}">{escape(link_tekst)}</a>.' if link else ""
        items.append(f"<li>{escape(tekst)}{verder}</li>")
    return "<h3>Wat deze berekening niet laat zien</h3><ul>" + "".join(items) + "</ul>" if items else ""


def grafiek(scenarios: tuple[Scenario, ...], wachttijd_weken: int) -> str:
    """A step chart of total monthly income per scenario, with axes in euros and years."""
    maanden = max(len(s.maanden) for s in scenarios)
    hoogste = max(m.totaal for s in scenarios for m in s.maanden)
    ymax = _mooi_maximum(hoogste)
    breed, hoog = BREEDTE - LINKS - RECHTS, HOOGTE - BOVEN - ONDER
    x = lambda i: LINKS + breed * i / maanden  # noqa: E731
    y = lambda bedrag: BOVEN + hoog * (1 - float(bedrag / ymax))  # noqa: E731
    totaal = HOOGTE + LEGENDA_REGEL * len(scenarios)
    delen = [f'<svg class="sk-grafiek" viewBox="0 0 {BREEDTE} {totaal}" width="{SCHERM_BREEDTE}" '
             f'height="{totaal * SCHERM_BREEDTE // BREEDTE}" role="img" xmlns="http://www.w3.org/2000/svg">',
             "<title>Bruto inkomen per maand vanaf de eerste ziektedag, per uitkomst</title>",
             "<desc>Een lijn per uitkomst. De tabellen hieronder geven dezelfde bedragen.</desc>"]
    for deel in range(5):
        bedrag = ymax * deel / 4
        delen.append(f'<line x1="{LINKS}" x2="{BREEDTE - RECHTS}" y1="{y(bedrag):.1f}" y2="{y(bedrag):.1f}" '
                     f'stroke="currentColor" stroke-opacity="0.2"/>')
        delen.append(f'<text x="{LINKS - 4}" y="{y(bedrag) + 5:.1f}" text-anchor="end" font-size="{LETTER}" '
                     f'fill="currentColor">{escape(_euro_rond(bedrag))}</text>')
    for jaar in range(maanden // 12 + 1):
        delen.append(f'<text x="{x(jaar * 12):.1f}" y="{HOOGTE - ONDER + 18}" text-anchor="middle" '
                     f'font-size="{LETTER}" fill="currentColor">{jaar}</text>')
    delen.append(f'<text x="{LINKS + breed / 2:.1f}" y="{HOOGTE - 8}" text-anchor="middle" font-size="{LETTER}" '
                 'fill="currentColor">jaren na de eerste ziektedag</text>')
    wia = next(i for i, m in enumerate(scenarios[0].maanden) if m.wia_maand == 1)
    delen.append(f'<line x1="{x(wia):.1f}" x2="{x(wia):.1f}" y1="{BOVEN}" y2="{HOOGTE - ONDER}" '
                 'stroke="currentColor" stroke-dasharray="3 3"/>')
    delen.append(f'<text x="{x(wia) + 3:.1f}" y="{BOVEN - 3}" font-size="{LETTER}" fill="currentColor">'
                 f'WIA (na {wachttijd_weken} weken)</text>')
    aow = next((i for i, m in enumerate(scenarios[0].maanden) if m.soort == AOW), None)
    if aow is not None:  # the lines stop here: the AOW itself is not computed
        delen.append(f'<line x1="{x(aow):.1f}" x2="{x(aow):.1f}" y1="{BOVEN}" y2="{HOOGTE - ONDER}" '
                     'stroke="currentColor" stroke-dasharray="3 3"/>')
        delen.append(f'<text x="{x(aow) + 3:.1f}" y="{HOOGTE - ONDER - 6}" font-size="{LETTER}" '
                     'fill="currentColor">AOW</text>')
    for n, (s, streep) in enumerate(zip(scenarios, STREPEN), start=1):
        pad = [f"M{x(0):.1f} {y(s.maanden[0].totaal):.1f}"]
        vorig, eind = s.maanden[0].totaal, 0
        for i, m in enumerate(s.maanden):
            if m.soort == AOW:  # the AOW itself is not computed: the line stops
                break
            if (totaal := m.totaal) != vorig:  # a step: the months before it as one horizontal line
                pad.append(f"H{x(i):.1f} V{y(totaal):.1f}")
                vorig = totaal
            eind = i + 1
        pad.append(f"H{x(eind):.1f}")
        delen.append(f'<path class="sk-lijn sk-lijn-{n}" d="{" ".join(pad)}" fill="none" stroke="currentColor" '
                     'stroke-width="2.5"' + (f' stroke-dasharray="{streep}"' if streep else "") + "/>")
    for n, (s, streep) in enumerate(zip(scenarios, STREPEN), start=1):
        regel = HOOGTE + LEGENDA_REGEL * (n - 1) + LEGENDA_REGEL // 2
        delen.append(f'<line x1="{RECHTS}" x2="{RECHTS + 30}" y1="{regel}" y2="{regel}" stroke="currentColor" '
                     f'class="sk-lijn-{n}" stroke-width="3"' + (f' stroke-dasharray="{streep}"' if streep else "")
                     + "/>")
        delen.append(f'<text x="{RECHTS + 38}" y="{regel + 4}" font-size="{LETTER}" fill="currentColor">'
                     f"{escape(titel(s))}</text>")
    delen.append("</svg>")
    return f'<div class="sk-grafiekblok">{"".join(delen)}</div>'


def overzicht(u: Uitkomst) -> str:
    """One table: each scenario's total monthly income at a few moments."""
    kop = "".join(f'<th scope="col">{escape(naam)}</th>' for naam, _, _ in MOMENTEN)
    rijen = []
    for s in u.scenarios:
        cellen = "".join(f"<td>{_cel(_maand(s, wia, ziek))}</td>" for _, wia, ziek in MOMENTEN)
        rijen.append(f'<tr><th scope="row">{escape(titel(s))}</th>{cellen}</tr>')
    return (f'<div class="sk-scroll" tabindex="0" role="region" aria-label="Overzicht inkomen per uitkomst">'
            f"<table class=\"sk-tabel\"><caption>Bruto inkomen per maand (uitkering plus loon uit werk), bedragen van "
            f"{escape(nl_datum(u.invoer.peildatum))}</caption>"
            f'<thead><tr><th scope="col">Uitkomst</th>{kop}</tr></thead><tbody>{"".join(rijen)}</tbody></table></div>')


def scenario_blok(s: Scenario, verwacht: bool) -> str:
    """The scenario's periods as a table, with the rule applied and the change in income."""
    rijen = []
    vorige = None
    for p in s.perioden():
        m = p.eerste
        if vorige is None or vorige == m.totaal:
            verschil = "–"
        else:
            daling = vorige - m.totaal
            teken = "min" if daling > 0 else "plus"
            pct = procent((abs(daling) / vorige * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)) if vorige else "100"
            verschil = f"{teken} {euro(abs(daling))} ({pct}%)"
        if m.soort == AOW:
            verschil, bedragen = "–", '<td>–</td><td>–</td><td>–</td>'
        else:
            bedragen = f"<td>{euro(m.uitkering)}</td><td>{euro(m.loon)}</td><td>{euro(m.totaal)}</td>"
        rijen.append(f'<tr><th scope="row">{escape(naam(p))}</th><td>{escape(periode_tekst(m.stap))}</td>'
                     f"{bedragen}<td>{escape(verschil)}</td></tr>")
        vorige = p.laatste.totaal
    label = f"{titel(s)}: {SOORTEN.get(s.wia[0].soort, s.wia[0].soort)} na de wachttijd"
    open_ = " open" if verwacht else ""
    return (f"<details class=\"sk-scenario\"{open_}><summary>{escape(titel(s))}</summary>"
            f"<p>{escape(aanname(s))}</p>"
            f'<div class="sk-scroll" tabindex="0" role="region" aria-label="{escape(label)}">'
            f"<table class=\"sk-tabel\"><caption>{escape(titel(s))}: bruto bedragen per maand</caption>"
            '<thead><tr><th scope="col">Periode</th><th scope="col">Wat u krijgt</th>'
            '<th scope="col">Uitkering of doorbetaald loon</th><th scope="col">Loon uit werk</th>'
            '<th scope="col">Totaal</th><th scope="col">Verandering</th></tr></thead>'
            f"<tbody>{''.join(rijen)}</tbody></table></div></details>")


def bronnen(u: Uitkomst) -> str:
    """The parameters used, each in short sentences: what, from when, a linked title, kind and date."""
    items = []
    for p, w in u.gebruikt:
        wat, soort = bron_zinnen(p, w)
        items.append(f'<li>{escape(wat)} Bron: <a href="{escape(w.url)}">{escape(w.bron)}</a>. {escape(soort)}</li>')
    return ('<details class="sk-bronnen"><summary>Bronnen van de bedragen en percentages</summary>'
            f"<ul>{''.join(items)}</ul></details>")


def _maand(s: Scenario, wia: int | None, ziek: int | None) -> Maand | None:
    for m in s.maanden:
        if (wia is not None and m.wia_maand == wia) or (ziek is not None and m.wia_maand is None
                                                          and m.nummer == ziek):
            return m
    return None


def _cel(m: Maand | None) -> str:
    if m is None:
        return "–"
    if m.soort == AOW:
        return f'<span class="sk-soort">{escape(SOORTEN[AOW])}</span>'
    return f"{euro(m.totaal)} <span class=\"sk-soort\">({escape(SOORTEN[m.soort])})</span>"


def _mooi_maximum(hoogste: Decimal) -> Decimal:
    """The smallest 'round' number (1, 2 or 5 times a power of ten, times 4 gridlines) above ``hoogste``."""
    if hoogste <= 0:
        return Decimal(4)
    macht = Decimal(10) ** (hoogste / 4).adjusted()
    for factor in (1, 2, 5, 10):
        if factor * macht * 4 >= hoogste:
            return factor * macht * 4
    raise AssertionError("onbereikbaar")


def _euro_rond(bedrag: Decimal) -> str:
    return euro(bedrag).removesuffix(",00")
