"""Leesbaarheid van Markdown-pagina's: Flesch-Douma, zinslengte en de langste zinnen.

Gebruik::

    .venv/bin/python scripts/leesbaarheid.py docs/werknemers/geld.md ...

Drukt per pagina de score, de gemiddelde zinslengte en de langste zinnen af en eindigt met
exitcode 1 als een pagina een drempel niet haalt. De contenttests (tests/content/) laden dit
bestand via zijn pad, zodat er één kopie van de regels is.

Wat telt: alleen lopende tekst (alinea's, ook in lijsten, citaten, admonitions, tabbladen en
definitielijsten). Overgeslagen: front matter, koppen, code, HTML-blokken (ook
``<!-- tool:... -->``), tabellen, titels van admonitions, afkortingsdefinities, link-URL's.

Flesch-Douma (Douma 1960, de Nederlandse aanpassing van Flesch Reading Ease)::

    206,84 - 0,77 x lettergrepen per 100 woorden - 0,93 x gemiddeld aantal woorden per zin

Lettergrepen: het aantal afbreekpunten van pyphen met het woordenboek ``nl_NL`` plus 1, per
deel van een woord met koppeltekens. Afbreekpunten vallen in het Nederlands op
lettergreepgrenzen, dus dit is een goede benadering zonder eigen regels. Het woordenboek splitst
geen losse letter af aan het begin of eind van een woord (``ade-men``, ``idee``), dus de telling
valt iets te laag uit; het verschil is klein en gelijk voor alle pagina's. Een woord zonder
letters (een getal) telt als één lettergreep.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyphen
from markdown_it import MarkdownIt

MIN_FLESCH_DOUMA = 60.0
MAX_GEMIDDELDE_ZINSLENGTE = 14.0
MAX_ZINSLENGTE = 25
AANTAL_LANGSTE_ZINNEN = 5

_FRONT_MATTER = re.compile(r"\A---\r?\n.*?\r?\n---[ \t]*(\r?\n|\Z)", re.S)
# Blokken met ingesprongen inhoud: admonitions (!!!, ???, ???+) en tabbladen (===).
_BLOK_MARKERING = re.compile(r'^(?:(?:!!!|\?\?\?\+?)\s+\w|===[+!]?\s+")')
_BLOK_TITEL = re.compile(r'"([^"]*)"')
_DEFINITIE = re.compile(r"^:(?:\s+|$)")
_AFKORTING = re.compile(r"^\*\[[^\]]+\]:")
# HTML met Markdown erin (md_in_html): <div class="x" markdown> ... </div>
_HTML_MET_MARKDOWN = re.compile(r"^<([a-z][a-z0-9]*)\b[^>]*\smarkdown(?:=[\"']?[a-z0-9]*[\"']?)?\s*>\s*$", re.I)
_VOETNOOT_DEFINITIE = re.compile(r"^\[\^[^\]]+\]:\s*")
_VOETNOOT_VERWIJZING = re.compile(r"\[\^[^\]]+\]")
_ATTRIBUTEN = re.compile(r"\{:?\s*[#.][^}]*\}")
_URL = re.compile(r"\b(?:https?://|www\.)\S+")

# Afkortingen met een punt die geen zin beëindigen.
_PUNTAFKORTINGEN = (
    "bijv.", "bv.", "o.a.", "d.w.z.", "enz.", "etc.", "art.", "nr.", "m.b.t.", "i.p.v.",
    "z.s.m.", "e.d.", "ca.", "resp.", "vgl.", "zgn.", "mr.", "dr.", "drs.", "ir.", "blz.",
    "p.", "jl.", "t.o.v.", "i.v.m.", "incl.", "excl.", "max.", "min.", "evt.", "o.b.v.",
)
_PUNT_VERVANGER = "\u2024"  # one dot leader: een punt die de zinssplitser niet ziet
_ZINSEINDE = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]*[A-ZÀ-Ý0-9€])")

_md = MarkdownIt("commonmark").enable("table")


@dataclass
class Uitslag:
    """Leesbaarheid van één pagina."""

    zinnen: list[str]
    woorden: int
    lettergrepen: int
    flesch_douma: float | None = None
    gemiddelde_zinslengte: float | None = None
    problemen: list[str] = field(default_factory=list)

    @property
    def geslaagd(self) -> bool:
        return not self.problemen

    def langste_zinnen(self, aantal: int = AANTAL_LANGSTE_ZINNEN) -> list[str]:
        return sorted(self.zinnen, key=tel_woorden, reverse=True)[:aantal]


@lru_cache(maxsize=1)
def _woordenboek() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="nl_NL")


def ontvouw_blokken(tekst: str, labels: bool = False) -> str:
    """Maak admonitions, tabbladen en definitielijsten gewone Markdown.

    De ingesprongen inhoud schuift terug, zodat markdown-it hem als alinea's leest en niet als
    code. HTML-regels met het attribuut ``markdown`` (md_in_html) en hun sluittag worden lege
    regels, zodat de Markdown erbinnen meetelt. De labels (titel van een admonition of
    tabblad, term van een definitielijst) zijn geen lopende tekst en vallen weg, of blijven met
    ``labels=True`` als eigen alinea staan. Afkortingsdefinities (``*[WIA]: ...``) vallen
    altijd weg.
    """
    uit: list[str] = []
    inspringingen: list[int] = []  # inspringing van de inhoud van elk open blok
    html_tags: list[str] = []  # open HTML-elementen met Markdown erin
    for regel in tekst.splitlines():
        html = _HTML_MET_MARKDOWN.match(regel.strip())
        if html or (html_tags and regel.strip() == f"</{html_tags[-1]}>"):
            if html:
                html_tags.append(html[1].lower())
            else:
                html_tags.pop()
            uit.append("")
            continue
        if not regel.strip():
            uit.append("")
            continue
        inspringing = len(regel) - len(regel.lstrip(" "))
        while inspringingen and inspringing < inspringingen[-1]:
            inspringingen.pop()
        ontdaan = regel[4 * len(inspringingen):] if inspringingen else regel
        kaal = ontdaan.lstrip(" ")
        if _BLOK_MARKERING.match(kaal):
            titel = _BLOK_TITEL.search(kaal)
            uit += ["", titel[1] if labels and titel else "", ""]
            inspringingen.append(inspringing + 4)
        elif _DEFINITIE.match(kaal):
            for i in range(len(uit) - 1, -1, -1):  # de term is de laatste niet-lege regel
                if uit[i].strip():
                    if not labels:
                        uit[i] = ""
                    break
            uit.append("")
            uit.append(ontdaan[: len(ontdaan) - len(kaal)] + _DEFINITIE.sub("", kaal))
            inspringingen.append(inspringing + 4)
        elif _AFKORTING.match(kaal):
            uit.append("")
        else:
            uit.append(ontdaan[: len(ontdaan) - len(kaal)] + _VOETNOOT_DEFINITIE.sub("", kaal))
    return "\n".join(uit)


def inline_tekst(inline, met_code: bool = True) -> str:
    """Platte tekst van een inline-token: linktekst wel, URL's, HTML en plaatjes niet.

    Inline code telt mee als woord (``met_code``), want het staat midden in een zin.
    """
    delen: list[str] = []
    in_autolink = False
    for kind in inline.children or []:
        if kind.type == "link_open":
            in_autolink = kind.markup == "autolink"
        elif kind.type == "link_close":
            in_autolink = False
        elif in_autolink:
            continue
        elif kind.type == "text" or (met_code and kind.type == "code_inline"):
            delen.append(kind.content)
        elif kind.type in ("softbreak", "hardbreak"):
            delen.append(" ")
    tekst = "".join(delen)
    tekst = _VOETNOOT_VERWIJZING.sub("", tekst)
    tekst = _ATTRIBUTEN.sub("", tekst)
    tekst = _URL.sub("", tekst)
    return " ".join(tekst.split())


def zonder_front_matter(markdown: str) -> str:
    return _FRONT_MATTER.sub("", markdown, count=1)


def tokens_van(markdown: str, labels: bool = False) -> list:
    """markdown-it-tokens van een pagina zonder front matter, met ontvouwen blokken."""
    return _md.parse(ontvouw_blokken(zonder_front_matter(markdown), labels))


def proza(markdown: str) -> list[str]:
    """De alinea's lopende tekst van een Markdown-pagina, als platte tekst."""
    alineas = []
    tokens = tokens_van(markdown)
    for vorige, token in zip(tokens, tokens[1:]):
        if token.type == "inline" and vorige.type == "paragraph_open":
            tekst = inline_tekst(token)
            if tekst:
                alineas.append(tekst)
    return alineas


def splits_zinnen(alinea: str) -> list[str]:
    """Zinnen van een alinea. Het eind van een alinea (of lijstpunt) sluit ook een zin af."""
    beschermd = alinea
    for afkorting in _PUNTAFKORTINGEN:
        beschermd = re.sub(
            rf"(?<![\w.]){re.escape(afkorting)}",
            lambda m: m.group(0).replace(".", _PUNT_VERVANGER),
            beschermd,
            flags=re.I,
        )
    zinnen = (z.replace(_PUNT_VERVANGER, ".").strip() for z in _ZINSEINDE.split(beschermd))
    return [z for z in zinnen if tel_woorden(z)]


def woorden(tekst: str) -> list[str]:
    """Woorden: stukken tussen spaties met minstens één letter of cijfer."""
    return [w for w in tekst.split() if any(t.isalnum() for t in w)]


def tel_woorden(tekst: str) -> int:
    return len(woorden(tekst))


def lettergrepen(woord: str) -> int:
    """Lettergrepen van een woord: afbreekpunten (pyphen nl_NL) + 1 per deel tussen koppeltekens."""
    totaal = 0
    for deel in re.split(r"[-–/]", woord):
        letters = "".join(t for t in deel if t.isalpha()).lower()
        if letters:
            totaal += len(_woordenboek().positions(letters)) + 1
    return max(totaal, 1)


def beoordeel(markdown: str) -> Uitslag:
    """Flesch-Douma, gemiddelde zinslengte en de drempels voor één pagina."""
    zinnen = [z for alinea in proza(markdown) for z in splits_zinnen(alinea)]
    alle_woorden = [w for z in zinnen for w in woorden(z)]
    uitslag = Uitslag(
        zinnen=zinnen,
        woorden=len(alle_woorden),
        lettergrepen=sum(lettergrepen(w) for w in alle_woorden),
    )
    if not zinnen:
        return uitslag
    uitslag.gemiddelde_zinslengte = uitslag.woorden / len(zinnen)
    uitslag.flesch_douma = (
        206.84
        - 0.77 * (100 * uitslag.lettergrepen / uitslag.woorden)
        - 0.93 * uitslag.gemiddelde_zinslengte
    )
    if uitslag.flesch_douma < MIN_FLESCH_DOUMA:
        uitslag.problemen.append(
            f"Flesch-Douma {uitslag.flesch_douma:.1f} is lager dan {MIN_FLESCH_DOUMA:g}"
        )
    if uitslag.gemiddelde_zinslengte > MAX_GEMIDDELDE_ZINSLENGTE:
        uitslag.problemen.append(
            f"gemiddeld {uitslag.gemiddelde_zinslengte:.1f} woorden per zin, "
            f"meer dan {MAX_GEMIDDELDE_ZINSLENGTE:g}"
        )
    for zin in zinnen:
        if tel_woorden(zin) > MAX_ZINSLENGTE:
            uitslag.problemen.append(
                f"zin van {tel_woorden(zin)} woorden (max {MAX_ZINSLENGTE}): {zin}"
            )
    return uitslag


def verslag(pad: str, uitslag: Uitslag) -> str:
    """Leesbaar verslag van één pagina, met de langste zinnen."""
    if not uitslag.zinnen:
        return f"{pad}: geen lopende tekst"
    regels = [
        f"{pad}: {'OK' if uitslag.geslaagd else 'TE MOEILIJK'} - "
        f"Flesch-Douma {uitslag.flesch_douma:.1f} (min {MIN_FLESCH_DOUMA:g}), "
        f"gemiddeld {uitslag.gemiddelde_zinslengte:.1f} woorden per zin "
        f"(max {MAX_GEMIDDELDE_ZINSLENGTE:g}), {len(uitslag.zinnen)} zinnen, "
        f"{uitslag.woorden} woorden",
        "  langste zinnen:",
    ]
    te_lang = sum(tel_woorden(z) > MAX_ZINSLENGTE for z in uitslag.zinnen)
    regels += [
        f"    [{tel_woorden(z)}] {z}"
        for z in uitslag.langste_zinnen(max(AANTAL_LANGSTE_ZINNEN, te_lang))
    ]
    regels += [f"  ! {p}" for p in uitslag.problemen if not p.startswith("zin van")]
    return "\n".join(regels)


def main(argv: list[str] | None = None) -> int:
    paden = sys.argv[1:] if argv is None else argv
    if not paden:
        print("gebruik: leesbaarheid.py PAGINA.md ...", file=sys.stderr)
        return 2
    geslaagd = True
    for pad in paden:
        uitslag = beoordeel(Path(pad).read_text(encoding="utf-8"))
        print(verslag(pad, uitslag))
        geslaagd &= uitslag.geslaagd
    return 0 if geslaagd else 1


if __name__ == "__main__":
    sys.exit(main())
