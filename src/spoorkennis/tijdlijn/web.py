"""The result of "Tijdlijn verzuim en re-integratie" in the browser: warnings, today, what an
extension means for both sides, a timeline figure, the list of steps (the six-weekly evaluations one
line per stretch), the calendar file (every date), and a way to share the plan as a link."""

from __future__ import annotations

from .. import invoer
from ..markup import escape
from .figuur import figuur
from .ics import ics
from .momenten import Moment
from .plan import Uitkomst
from .uitleg import ZWANGERSCHAP, samentelling, waarom


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
    delen = [_waarschuwingen(u, weergave), _vandaag(u), _samentelling(u), _langer(u), figuur(u), _lijst(u, weergave),
             f'<p class="sk-noot">{ZWANGERSCHAP}</p>', _delen()]
    return f'<div class="sk-tijdlijn">{"".join(delen)}</div>'


def _waarschuwingen(u: Uitkomst, weergave: str) -> str:
    if not u.waarschuwingen:
        return ""
    items = "".join(
        f'<li class="sk-waarschuwing" data-code="{w.code}"><p>{escape(w.tekst)}</p>'
        f"<p><strong>Wat kunt u doen?</strong> {escape(getattr(w, weergave))}</p></li>"
        for w in u.waarschuwingen
    )
    return (f'<section class="sk-waarschuwingen" aria-labelledby="sk-tl-let-op">'
            f'<h3 id="sk-tl-let-op">Let op</h3><ul>{items}</ul></section>')


def _vandaag(u: Uitkomst) -> str:
    s, datum = u.stand, invoer.nl_datum(u.stand.vandaag)
    einde = invoer.nl_datum(u.verzuim.einde_wachttijd)
    weken = u.verzuim.weken
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
    return "".join(f"<p>{regel}</p>" for regel in samentelling(u.opgegeven_ziektedag, u.verzuim,
                                                                 u.moment("einde-wachttijd")))


def _langer(u: Uitkomst) -> str:
    """What a voluntary extension and a loonsanctie mean, for the employer and for the employee."""
    v = u.verzuim
    if not (v.verlenging_weken or v.loonsanctie_weken):
        return ""
    einde = invoer.nl_datum(v.einde_wachttijd)
    delen = [f"<p>De wachttijd duurt {v.weken} weken en eindigt op <strong>{einde}</strong>.</p>"]
    if v.verlenging_weken:
        aanvraag = invoer.nl_datum(u.moment("wia-aanvraag-uiterlijk").datum)
        delen.append(_per_kant(
            f"Vrijwillige verlenging van {v.verlenging_weken} weken",
            f"Betaalt het loon {v.verlenging_weken} weken langer door. De re-integratie gaat door, ook in spoor 2. "
            "De eindevaluatie schuift mee.",
            f"Krijgt {v.verlenging_weken} weken langer loon. Vraagt de WIA-uitkering later aan: uiterlijk op "
            f"{aanvraag}. Wil de werknemer toch eerder een WIA-uitkering? Dan kan de verlenging stoppen."))
    if v.loonsanctie_weken:
        begin = invoer.nl_datum(u.moment("begin-loonsanctie").datum)
        delen.append(_per_kant(
            f"Loonsanctie van {v.loonsanctie_weken} weken",
            f"Betaalt het loon van {begin} tot en met {einde} door. Mag de werknemer in die tijd niet ontslaan. Kan "
            "UWV vragen de sanctie eerder te laten stoppen, als het tekort hersteld is.",
            "Krijgt het loon langer van de werkgever. Een WIA-uitkering kan pas na de loonsanctie beginnen. Blijft "
            "meewerken aan de re-integratie."))
    return ('<section class="sk-langer" aria-labelledby="sk-tl-langer"><h3 id="sk-tl-langer">Langer loon '
            f'doorbetalen</h3>{"".join(delen)}</section>')


def _per_kant(kop: str, werkgever: str, werknemer: str) -> str:
    return (f"<h4>{kop}</h4><dl><dt>Werkgever</dt><dd>{escape(werkgever)}</dd>"
            f"<dt>Werknemer</dt><dd>{escape(werknemer)}</dd></dl>")


def _lijst(u: Uitkomst, weergave: str) -> str:
    """Every moment in date order: the accessible alternative to the figure, readable at 360 px. The
    six-weekly evaluations between two other moments make one item (the calendar file keeps each)."""
    items, eerste_evaluatie = [], True
    for groep in _groepen(u.momenten):
        m = groep[0]
        if len(groep) == 1:
            wanneer = invoer.nl_datum(m.datum)
            if m.vanaf:
                wanneer = f"{invoer.nl_datum(m.vanaf)} tot en met {wanneer}"
            kop = f'<p class="sk-kop"><strong>{wanneer} · week {m.week} · {escape(m.titel)}</strong></p>'
        else:
            kop = (f'<p class="sk-kop"><strong>{invoer.nl_datum(m.datum)} tot en met '
                   f"{invoer.nl_datum(groep[-1].datum)} · week {m.week} tot en met {groep[-1].week} · "
                   f"{escape(m.titel)} ({len(groep)} keer)</strong></p>"
                   f"<p>Op {_datums([g.datum for g in groep])}.</p>")
        gegevens = [("Wie", _wie(m.wie, weergave))]
        if len(groep) == 1 and m.redenen:
            gegevens.append(("Waarom deze datum", waarom(m)))
        if not (m.code.startswith("evaluatie-") and not eerste_evaluatie):
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


def _groepen(momenten: list[Moment]) -> list[list[Moment]]:
    """The moments in order, each run of evaluations with nothing else between them as one group."""
    groepen: list[list[Moment]] = []
    for m in momenten:
        if groepen and m.code.startswith("evaluatie-") and groepen[-1][-1].code.startswith("evaluatie-"):
            groepen[-1].append(m)
        else:
            groepen.append([m])
    return groepen


def _datums(datums: list) -> str:
    """'12 april, 24 mei en 5 juli 2026': the year once per year."""
    per_jaar: dict[int, list[str]] = {}
    for d in datums:
        per_jaar.setdefault(d.year, []).append(invoer.nl_datum(d).rsplit(" ", 1)[0])
    return _en([f"{_en(dagen)} {jaar}" for jaar, dagen in per_jaar.items()])


def _en(delen: list[str]) -> str:
    return delen[0] if len(delen) == 1 else f"{', '.join(delen[:-1])} en {delen[-1]}"


def _delen() -> str:
    """Share the plan as a link: what the link holds, before it is made (``widgets/delen.js`` fills it)."""
    return ('<section class="sk-delen" aria-labelledby="sk-tl-delen"><h3 id="sk-tl-delen">Deel dit plan</h3>'
            "<p>Met een link ziet iemand anders dit plan op een eigen apparaat. Bijvoorbeeld uw werknemer, uw "
            "werkgever of de casemanager.</p>"
            "<p>In de link staat alles wat u in het formulier hebt ingevuld. Dat staat achter het teken #. Dat deel "
            "van een link stuurt de browser nooit naar een server, ook niet naar ons. Maar wie de link heeft, kan "
            "alles lezen. Deel hem dus alleen met wie het plan mag zien.</p>"
            '<button type="button" class="md-button" data-deel>Deel dit plan</button>'
            '<div class="sk-deel-paneel" data-deel-paneel hidden><p>Dit staat in de link:</p>'
            '<ul data-deel-inhoud></ul><label for="sk-deel-link">De link naar dit plan</label>'
            '<input type="text" id="sk-deel-link" readonly data-deel-link>'
            '<button type="button" class="md-button" data-deel-kopieer>Kopieer de link</button>'
            '<p role="status" data-deel-status data-gelukt="De link is gekopieerd. Plak hem in een e-mail of bericht."'
            ' data-mislukt="Kopiëren lukte niet. Selecteer de link en kopieer hem zelf."></p></div></section>')
