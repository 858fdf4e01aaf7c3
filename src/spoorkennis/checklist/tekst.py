"""Plain-text versions for the command line and the downloads."""

from __future__ import annotations

from .model import Vraag, categorieen, regels, vragen
from .scoring import OORDELEN, Uitslag

BREEDTE = 78


def vragenlijst(lijst: tuple[Vraag, ...] | None = None) -> str:
    """The question list to print or take to an introductory meeting."""
    lijst = vragen() if lijst is None else lijst
    regels = [
        "VRAGENLIJST: EEN RE-INTEGRATIEBUREAU BEOORDELEN",
        "",
        *_alinea("Stel deze vragen in het kennismakingsgesprek. Noteer per bureau ja, deels, nee of "
                 "weet niet. Bij elke vraag staat hoe een goed antwoord klinkt en wanneer u moet "
                 "opletten. Een nee bij een vraag met HARDE RODE VLAG betekent: kies dit bureau niet."),
    ]
    for categorie in categorieen(lijst):
        regels += ["", categorie.upper(), "-" * len(categorie)]
        for v in (v for v in lijst if v.categorie == categorie):
            regels += ["", *_alinea(f"{v.id}  {v.vraag}", vervolg="     ")]
            regels += _alinea(f"Waarom: {v.waarom}", begin="     ", vervolg="     ")
            regels += _alinea(f"Goed antwoord: {v.goed_antwoord}", begin="     ", vervolg="     ")
            regels += _alinea(f"Rode vlag: {v.rode_vlag}", begin="     ", vervolg="     ")
            if v.harde_rode_vlag:
                regels.append("     HARDE RODE VLAG: een nee hierop betekent dat u dit bureau beter niet kiest.")
            regels.append("     Antwoord:  [ ] ja   [ ] deels   [ ] nee   [ ] weet niet")
    return "\n".join(regels) + "\n"


def uitslag(u: Uitslag) -> str:
    """One bureau's result in plain Dutch."""
    totaal = "nog geen score" if u.totaal is None else f"{u.totaal} van 100"
    regels = [
        f"{u.naam}",
        *_alinea(OORDELEN[u.oordeel]),
        f"Totaalscore: {totaal}. Beantwoord: {u.beantwoord} van {u.aantal} vragen ({u.volledigheid}%).",
        "",
        "Score per onderwerp:",
    ]
    for o in u.onderdelen:
        score = "open" if o.score is None else f"{o.score}"
        regels.append(f"  {o.categorie}: {score} ({o.beantwoord} van {o.aantal} beantwoord)")
    regels += ["", f"Rode vlaggen ({len(u.rode_vlaggen)}):"]
    for v in u.rode_vlaggen:
        soort = "HARDE RODE VLAG" if v.harde_rode_vlag else "rode vlag"
        regels += _alinea(f"{v.id} ({soort}): {v.vraag}", begin="  ", vervolg="    ")
    if not u.rode_vlaggen:
        regels.append("  geen")
    regels += ["", f"Nog te vragen ({len(u.open_vragen)}):"]
    for v in u.open_vragen:
        regels += _alinea(f"{v.id}: {v.vraag}", begin="  ", vervolg="    ")
    if not u.open_vragen:
        regels.append("  niets, alle vragen zijn beantwoord")
    return "\n".join(regels) + "\n"


def vergelijking(gerangschikt: list[Uitslag]) -> str:
    """The comparison of up to three bureaus, best first, for the download."""
    regels = ["VERGELIJKING VAN RE-INTEGRATIEBUREAUS", "", "Volgorde (beste eerst):"]
    for plaats, u in enumerate(gerangschikt, start=1):
        totaal = "nog geen score" if u.totaal is None else f"score {u.totaal}"
        regels.append(f"  {plaats}. {u.naam}: {u.oordeel}, {totaal}, {len(u.rode_vlaggen)} rode vlag(gen)")
    regels += ["", *_alinea(uitleg())]
    for u in gerangschikt:
        regels += ["", "=" * BREEDTE, uitslag(u).rstrip("\n")]
    return "\n".join(regels) + "\n"


def uitleg() -> str:
    """How the score works, in one paragraph (also used in the web output)."""
    grens = regels().oordeelgrenzen
    return (f"Ja telt voor 1 punt, deels voor een half punt en nee voor 0, keer het gewicht van de vraag. "
            f"Weet niet telt niet mee in de score: die vragen staan bij 'nog te vragen'. "
            f"Een oordeel komt pas als u minstens {grens.beantwoord}% van de vragen en alle vragen met "
            f"een harde rode vlag heeft beantwoord. Vanaf {grens.sterk} is het oordeel sterk, vanaf "
            f"{grens.redelijk} redelijk, daaronder zwak. Een nee bij een harde rode vlag maakt het "
            f"oordeel altijd 'afgeraden', hoe hoog de score ook is.")


def _alinea(tekst: str, begin: str = "", vervolg: str = "") -> list[str]:
    """Lines of at most BREEDTE characters, broken between words only (a word longer than a line,
    such as a link, stays whole). Simpler than textwrap.wrap, which took 30 ms of each checklist
    result in the browser."""
    regels: list[str] = []
    inspringing, woorden, lengte = begin, [], len(begin)
    for woord in tekst.split():
        if woorden and lengte + 1 + len(woord) > BREEDTE:
            regels.append(inspringing + " ".join(woorden))
            inspringing, woorden, lengte = vervolg, [], len(vervolg)
        lengte += len(woord) + (1 if woorden else 0)
        woorden.append(woord)
    if woorden:
        regels.append(inspringing + " ".join(woorden))
    return regels
