"""The checklist in the browser: the question grid of the form, the choice of which bureau to fill
in on a narrow screen, the comparison of up to three bureaus, and the list of questions to print.
The form's declaration is ``tool.py``."""

from __future__ import annotations

from ..markup import escape
from . import tekst
from .model import Vraag, categorieen, vragen
from .scoring import OORDELEN, Uitslag

BUREAUS = (1, 2, 3)
KEUZES = (("ja", "ja"), ("deels", "deels"), ("nee", "nee"), ("weet_niet", "weet niet"))
MIME = "text/plain;charset=utf-8"


def web(uitslagen: list[Uitslag]) -> dict:
    """The comparison of the bureaus and two text downloads."""
    return {
        "html": _html(uitslagen),
        "downloads": [
            {"naam": "vergelijking-re-integratiebureaus.txt", "mime": MIME, "inhoud": tekst.vergelijking(uitslagen)},
            {"naam": "vragenlijst-re-integratiebureau.txt", "mime": MIME, "inhoud": tekst.vragenlijst()},
        ],
    }


def _html(uitslagen: list[Uitslag]) -> str:
    delen = ['<div class="sk-checklist-uitkomst">', "<h3>Welk bureau past het best?</h3>", '<ol class="sk-volgorde">']
    for u in uitslagen:
        totaal = "nog geen score" if u.totaal is None else f"score {u.totaal} van 100"
        delen.append(f"<li><strong>{escape(u.naam)}</strong>: {totaal}, {u.beantwoord} van {u.aantal} "
                     f"vragen beantwoord. {escape(OORDELEN[u.oordeel])}</li>")
    delen += ["</ol>", _tabel(uitslagen), f'<p class="sk-uitleg">{escape(tekst.uitleg())}</p>']
    for u in uitslagen:
        delen.append(_bureau(u))
    delen.append("</div>")
    return "\n".join(delen)


def _tabel(uitslagen: list[Uitslag]) -> str:
    kop = "".join(f'<th scope="col">{escape(u.naam)}</th>' for u in uitslagen)
    rijen = []
    for i, categorie in enumerate(categorieen()):
        cellen = "".join(f"<td>{_cijfer(u.onderdelen[i].score)}</td>" for u in uitslagen)
        rijen.append(f'<tr><th scope="row">{escape(categorie)}</th>{cellen}</tr>')
    rijen += [
        '<tr class="sk-totaal"><th scope="row">Totaal</th>'
        + "".join(f"<td>{_cijfer(u.totaal)}</td>" for u in uitslagen) + "</tr>",
        '<tr><th scope="row">Beantwoord</th>'
        + "".join(f"<td>{u.beantwoord} van {u.aantal}</td>" for u in uitslagen) + "</tr>",
        '<tr><th scope="row">Rode vlaggen</th>'
        + "".join(f"<td>{_vlaggen_kort(u)}</td>" for u in uitslagen) + "</tr>",
        '<tr><th scope="row">Oordeel</th>'
        + "".join(f'<td class="sk-oordeel-{u.oordeel}">{u.oordeel}</td>' for u in uitslagen) + "</tr>",
    ]
    return ('<div class="sk-scroll" tabindex="0" role="region" aria-label="Scores per onderwerp">'
            '<table class="sk-tabel"><caption>Score per onderwerp, van 0 tot 100. '
            '"Open" betekent: nog geen antwoord.</caption>'
            f'<thead><tr><th scope="col">Onderwerp</th>{kop}</tr></thead>'
            f"<tbody>{''.join(rijen)}</tbody></table></div>")


def _bureau(u: Uitslag) -> str:
    delen = [f'<section class="sk-bureau sk-oordeel-{u.oordeel}">', f"<h4>{escape(u.naam)}</h4>",
             f"<p>{escape(OORDELEN[u.oordeel])}</p>"]
    if u.rode_vlaggen:
        delen.append(f"<p><strong>Rode vlaggen ({len(u.rode_vlaggen)})</strong></p>")
        delen.append('<ul class="sk-vlaggen">')
        for v in u.rode_vlaggen:
            soort = "Harde rode vlag" if v.harde_rode_vlag else "Rode vlag"
            klasse = "sk-vlag sk-vlag-hard" if v.harde_rode_vlag else "sk-vlag"
            delen.append(f'<li class="{klasse}"><strong>{soort}</strong> bij {v.id}: {escape(v.vraag)} '
                         f"Het antwoord was nee. Zo klinkt een rode vlag: {escape(v.rode_vlag)}</li>")
        delen.append("</ul>")
    else:
        delen.append("<p>Geen rode vlaggen: dit bureau zei op geen enkele vraag nee.</p>")
    if u.open_vragen:
        delen.append(f"<p><strong>Nog te vragen ({len(u.open_vragen)})</strong></p>")
        delen.append('<ul class="sk-open">')
        delen += [f"<li>{v.id}: {escape(v.vraag)}</li>" for v in u.open_vragen]
        delen.append("</ul>")
    else:
        delen.append("<p>Alle vragen zijn beantwoord.</p>")
    delen.append("</section>")
    return "\n".join(delen)


def categorie_velden(categorie: str) -> str:
    """The questions of one category, each a fieldset with a group of answers per bureau."""
    delen = ['<section class="sk-categorie">', f"<h3>{escape(categorie)}</h3>"]
    delen += [_vraag_veld(v) for v in vragen() if v.categorie == categorie]
    delen.append("</section>")
    return "\n".join(delen)


def _vraag_veld(v: Vraag) -> str:
    groepen = []
    for n in BUREAUS:
        knoppen = "".join(
            f'<label for="a{n}-{v.id}-{waarde}"><input type="radio" id="a{n}-{v.id}-{waarde}" '
            f'name="antwoord_{n}_{v.id}" value="{waarde}"> {label}</label>'
            for waarde, label in KEUZES)
        groepen.append(f'<div class="sk-keuzes sk-bureaukeuze" data-bureau="{n}" role="group" aria-labelledby="b{n}-{v.id}">'
                       f'<span class="sk-bureaulabel" id="b{n}-{v.id}">Bureau {n}:</span> {knoppen}</div>')
    hard = ('<p class="sk-hard">Een nee op deze vraag is een harde rode vlag.</p>' if v.harde_rode_vlag else "")
    return (f'<fieldset class="sk-veld sk-vraag" id="vraag-{v.id}">'
            f"<legend>{v.id}. {escape(v.vraag)}</legend>"
            f'<details class="sk-toelichting"><summary>Waarom deze vraag?</summary>{_toelichting(v)}</details>'
            f"{hard}{''.join(groepen)}</fieldset>")


def bureau_keuze() -> str:
    """On a narrow screen the questions show one bureau's answers at a time (``widgets/tools.css``):
    this choice says which. It is no input: Python never reads it."""
    knoppen = "".join(f'<label><input type="radio" id="kies-bureau-{n}" name="_bureau" value="{n}"'
                      f'{" checked" if n == BUREAUS[0] else ""} aria-describedby="kies-bureau-hint"> Bureau {n}</label>'
                      for n in BUREAUS)
    return ('<p class="sk-hint sk-kies-uitleg" id="kies-bureau-hint">U ziet de vragen voor één bureau tegelijk. '
            "Klaar? Kies hieronder het volgende bureau. Zijn alle bureaus klaar? Kies dan Bereken: u ziet de bureaus "
            "naast elkaar.</p>"
            '<fieldset class="sk-veld sk-kies-bureau"><legend>Welk bureau vult u nu in?</legend>'
            f'<div class="sk-keuzes">{knoppen}</div></fieldset>')


def vragenlijst() -> str:
    """Every question with its explanation, to print (after the tool on its page)."""
    delen = ['<section class="sk-tool sk-vragenlijst" aria-labelledby="sk-vragenlijst-kop">',
             '<h3 id="sk-vragenlijst-kop">Alle vragen op een rij, om te printen</h3>',
             "<p>Neem deze lijst mee naar het kennismakingsgesprek. Bij elke vraag staat waarom u hem stelt, "
             "hoe een goed antwoord klinkt en wanneer u moet opletten. Liever een tekstbestand? Vul de naam van "
             "een bureau in en druk op Bereken. Onder de uitkomst staat dan een knop om de lijst te downloaden.</p>",
             '<div class="sk-knoppen"><button type="button" data-print>Print deze pagina</button></div>']
    for categorie in categorieen():
        delen += [f"<h4>{escape(categorie)}</h4>", '<ul class="sk-vragen">']
        for v in (v for v in vragen() if v.categorie == categorie):
            hard = ' <strong class="sk-hard">Harde rode vlag bij nee.</strong>' if v.harde_rode_vlag else ""
            delen.append(f'<li><p class="sk-vraagtekst"><strong>{v.id}.</strong> {escape(v.vraag)}{hard}</p>'
                         f"{_toelichting(v)}</li>")
        delen.append("</ul>")
    delen.append("</section>")
    return "\n".join(delen)


def _toelichting(v: Vraag) -> str:
    return (f"<p><strong>Waarom:</strong> {escape(v.waarom)}</p>"
            f"<p><strong>Goed antwoord:</strong> {escape(v.goed_antwoord)}</p>"
            f"<p><strong>Rode vlag:</strong> {escape(v.rode_vlag)}</p>")


def _cijfer(score: int | None) -> str:
    return "open" if score is None else str(score)


def _vlaggen_kort(u: Uitslag) -> str:
    harde = len(u.harde_rode_vlaggen)
    return f"{len(u.rode_vlaggen)} (waarvan {harde} hard)" if harde else str(len(u.rode_vlaggen))
