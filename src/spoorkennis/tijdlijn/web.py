"""The result of "Tijdlijn verzuim en re-integratie" in the browser: warnings, today, a timeline
figure, the full list of steps, and the calendar file."""

from __future__ import annotations

from .. import invoer
from ..markup import escape
from .figuur import figuur
from .ics import ics
from .plan import Uitkomst
from .regels import regels_op


def web(u: Uitkomst, weergave: str) -> dict:
    """The page's result: the timeline for an employer or an employee, and the calendar file."""
    return {
        "html": _html(u, weergave),
        "downloads": [{"naam": "tijdlijn-verzuim.ics", "mime": "text/calendar", "inhoud": ics(u)}],
    }


def _wie(wie: str, weergave: str) -> str:
    """Who acts, addressed to the reader."""
    if weergave == "werknemer":
        return {"werknemer": "u", "werkgever": "uw werkgever", "werkgever en werknemer": "u en uw werkgever"}.get(wie, wie)
    return {"werkgever": "u (werkgever)", "werkgever en werknemer": "u en uw werknemer"}.get(wie, wie)


def _html(u: Uitkomst, weergave: str) -> str:
    delen = [_waarschuwingen(u, weergave), _vandaag(u), _samentelling(u), figuur(u), _lijst(u, weergave),
             "<p class=\"sk-noot\">Ziek door zwangerschap of bevalling? Ziekte direct voor en direct na het "
             "zwangerschaps- en bevallingsverlof telt samen als de oorzaak dezelfde is. Het verlof zelf telt "
             "niet als ziekte. Deze rekenhulp rekent dat niet voor u uit: vul het verlof niet in als "
             "hersteldperiode. Vraag de bedrijfsarts of UWV om de juiste data.</p>"]
    return f'<div class="sk-tijdlijn">{"".join(delen)}</div>'


def _waarschuwingen(u: Uitkomst, weergave: str) -> str:
    if not u.waarschuwingen:
        return ""
    items = "".join(
        f'<li class="sk-waarschuwing" data-code="{w.code}"><p><strong>Let op:</strong> {escape(w.tekst)}</p>'
        f"<p><strong>Wat kunt u doen?</strong> {escape(getattr(w, weergave))}</p></li>"
        for w in u.waarschuwingen
    )
    return (f'<section class="sk-waarschuwingen" aria-labelledby="sk-tl-let-op">'
            f'<h3 id="sk-tl-let-op">Let op</h3><ul>{items}</ul></section>')


def _vandaag(u: Uitkomst) -> str:
    s, datum = u.stand, invoer.nl_datum(u.stand.vandaag)
    einde = invoer.nl_datum(u.verzuim.einde_wachttijd)
    weken = u.verzuim.regels.wachttijd_weken
    if s.vandaag < u.verzuim.eerste_ziektedag:
        regels = [f"Vandaag ({datum}) is het verzuim nog niet begonnen. De eerste ziektedag ligt in de toekomst."]
    elif s.voorbij:
        regels = [f"De wachttijd van {weken} weken is voorbij. De laatste dag was {einde}."]
    elif s.hersteld:
        regels = [f"Vandaag ({datum}) valt in een hersteldperiode. De teller staat stil in week {s.week}."]
    else:
        regels = [f"Vandaag ({datum}) is het <strong>week {s.week}</strong> van het verzuim."]
    if not s.voorbij:
        regels.append(f"De wachttijd van {weken} weken eindigt op <strong>{einde}</strong>.")
    if s.volgende and not s.voorbij:
        regels.append(f"Volgende stap: <strong>{escape(s.volgende.titel)}</strong>, uiterlijk "
                      f"{invoer.nl_datum(s.volgende.datum)} (week {s.volgende.week}).")
    regels += [f"Nu loopt de periode voor: <strong>{escape(m.titel)}</strong>, tot en met "
               f"{invoer.nl_datum(m.datum)}." for m in s.lopend]
    html = "".join(f"<p>{regel}</p>" for regel in regels)
    verlopen = [m for m in s.verlopen if not m.code.startswith("evaluatie-")]
    if verlopen:
        items = "".join(f'<li data-code="{m.code}">{escape(m.titel)}: uiterlijk {invoer.nl_datum(m.datum)}</li>'
                        for m in verlopen)
        html += ("<p>Deze stappen hadden al gezet moeten zijn. Kijk na of ze gedaan en vastgelegd zijn. "
                 "Zo niet: doe ze zo snel mogelijk en schrijf op waarom het later is.</p>"
                 f'<ul class="sk-verlopen">{items}</ul>')
    return f'<section class="sk-vandaag" aria-labelledby="sk-tl-vandaag"><h3 id="sk-tl-vandaag">Waar staat u nu?</h3>{html}</section>'


def _samentelling(u: Uitkomst) -> str:
    regels, r = [], u.verzuim.regels
    tussen = _duur(regels_op(u.opgegeven_ziektedag).nieuwe_wachttijd_na_dagen)
    if u.nieuwe_wachttijd:
        regels.append(f"Er zat {tussen} of langer tussen twee ziekteperioden. Daarom begon op "
                      f"{invoer.nl_datum(u.verzuim.eerste_ziektedag)} een nieuwe wachttijd van "
                      f"{r.wachttijd_weken} weken.")
    dagen = sum(h.dagen for h in u.verzuim.onderbrekingen)
    if dagen:
        regels.append(f"De ziekteperioden tellen samen, want er zat steeds minder dan {tussen} tussen. "
                      f"Alle termijnen schuiven {dagen} {'dag' if dagen == 1 else 'dagen'} op.")
    return "".join(f"<p>{regel}</p>" for regel in regels)


def _duur(dagen: int) -> str:
    """'4 weken' for 28 days, '30 dagen' for a number of days that is no whole number of weeks."""
    weken, rest = divmod(dagen, 7)
    return f"{weken} weken" if not rest else f"{dagen} dagen"


def _lijst(u: Uitkomst, weergave: str) -> str:
    """Every moment in date order: the accessible alternative to the figure, readable at 360 px."""
    items, eerste_evaluatie = [], True
    for m in u.momenten:
        wanneer = invoer.nl_datum(m.datum)
        if m.vanaf:
            wanneer = f"{invoer.nl_datum(m.vanaf)} tot en met {wanneer}"
        kop = f'<p class="sk-kop"><strong>{wanneer} · week {m.week} · {escape(m.titel)}</strong></p>'
        gegevens = [("Wie", _wie(m.wie, weergave))]
        herhaling = m.code.startswith("evaluatie-") and not eerste_evaluatie
        if not herhaling:
            kop += f"<p>{escape(m.omschrijving)}</p>"
            if m.soort == "advies":
                gegevens.append(("Soort", f"advies, geen wettelijke plicht (onderwerp {m.topic})"))
            else:
                gegevens += [("Wettelijke basis", m.grondslag), ("Als het niet gebeurt", m.gemist)]
        eerste_evaluatie = eerste_evaluatie and not m.code.startswith("evaluatie-")
        dl = "".join(f"<dt>{naam}</dt><dd>{escape(waarde)}</dd>" for naam, waarde in gegevens)
        items.append(f'<li data-code="{m.code}" class="sk-{m.soort}">{kop}<dl>{dl}</dl></li>')
    return ('<section class="sk-tijdlijn-lijst" aria-labelledby="sk-tl-lijst">'
            '<h3 id="sk-tl-lijst">Alle stappen en adviezen op volgorde</h3>'
            f'<ol>{"".join(items)}</ol></section>')
