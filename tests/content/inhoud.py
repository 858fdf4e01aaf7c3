"""Shared helpers for the content tests: the pages, their front matter, headings, links and nav.

Also a small command line for maintainers::

    .venv/bin/python tests/content/inhoud.py bronnentabel

prints the topic table of docs/bronnen.md as it should be, from the pages' ``covers``;
add ``--schrijf`` to write it into docs/bronnen.md (the descriptions in the table are kept).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from markdown_it import MarkdownIt
from markdown.extensions.toc import slugify, unique

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
INCLUDES = ROOT / "includes"
SHARED = ROOT.parent / "shared"
# The shared topic maps: the first edition and the second (the decisions at and after week 104).
CONTENT_MAPS = ("content-map.md", "content-map-week-104.md")
IDS_FILE = Path(__file__).with_name("content_map_ids.txt")

# Audience letter of the content map -> the folder whose pages serve that reader. A topic for
# all readers (A) must reach both the werknemer and the werkgever route; professionals read those
# too. Tool pages serve both werknemers and werkgevers.
SECTIES = {"W": ("werknemers", "rekenhulpen"), "G": ("werkgevers", "rekenhulpen"), "P": ("professionals",)}
PUBLIEK_VOOR_ALLEN = ("W", "G")

# Pages that may have `covers: []`, and why.
ZONDER_ONDERWERPEN = {
    "over.md": "gaat over de site zelf en privacy, niet over re-integratie",
    "zelf-publiceren.md": "is voor een uitgever die de site overneemt, niet voor de lezer",
    "begrippen.md": "legt woorden uit; de onderwerpen zelf staan op de routepagina's",
    "bronnen.md": "verwijst naar de onderwerpen en de bronnen, maar behandelt ze niet",
    "rekenhulpen/index.md": "is een overzicht van de rekenhulpen; elke rekenhulp heeft eigen covers",
    "colofon.md": "zegt wie de site uitgeeft en hoe de inhoud wordt gecontroleerd",
    "werknemers/hulp.md": "wijst de weg naar hulp; de onderwerpen zelf staan op de routepagina's",
}

# Pages without the "Voor wie is deze pagina?" intro, and why.
ZONDER_VOOR_WIE = {
    "over.md": "colofon en privacyverklaring: geen handleiding voor een lezer met een taak",
    "index.md": "de startpagina zegt in haar eerste alinea voor wie de site is en wijst daarna de routes",
}
# Pages that do not end with "## Wat kunt u nu doen?", and why.
ZONDER_SLOT = {
    "over.md": "colofon en privacyverklaring: geen handleiding voor een lezer met een taak",
}

# No page can have been checked before the project began (its first commit: 25 November 2026).
EERSTE_CONTROLE = dt.date(2026, 11, 25)

VOOR_WIE = re.compile(r"voor wie", re.I)
SLOTKOP = "Wat kunt u nu doen?"


def site_pad(pagina: str) -> str:
    """The built address of a page, relative to the site root ('' for the home page)."""
    return pagina.removesuffix("index.md") if pagina.endswith("index.md") else pagina.removesuffix(".md") + "/"


def laad_leesbaarheid():
    """scripts/leesbaarheid.py as a module (one copy of the rules, shared with the CLI)."""
    if "leesbaarheid" not in sys.modules:
        spec = importlib.util.spec_from_file_location("leesbaarheid", ROOT / "scripts" / "leesbaarheid.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["leesbaarheid"] = module
        spec.loader.exec_module(module)
    return sys.modules["leesbaarheid"]


lb = laad_leesbaarheid()


def paginas() -> list[str]:
    """Every Markdown page, as a path relative to docs/ with forward slashes."""
    return sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))


@cache
def tekst(pagina: str) -> str:
    return (DOCS / pagina).read_text(encoding="utf-8")


def front_matter(pagina: str) -> dict:
    match = re.match(r"\A---\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", tekst(pagina), re.S)
    if not match:
        return {}
    return yaml.safe_load(match[1]) or {}


def onderwerpen() -> dict[str, set[str]]:
    """Topic id -> audience letters, from the project's copy of the content map."""
    uit = {}
    for regel in IDS_FILE.read_text(encoding="utf-8").splitlines():
        if regel.strip() and not regel.startswith("#"):
            id_, *publiek = regel.split()
            uit[id_] = set(publiek)
    return uit


def onderwerpen_uit_content_map(pad: Path) -> dict[str, set[str]]:
    """Topic id -> audience letters, read from the table of a content-map.md."""
    uit = {}
    for regel in pad.read_text(encoding="utf-8").splitlines():
        cellen = [c.strip() for c in regel.strip().strip("|").split("|")]
        if len(cellen) >= 3 and re.fullmatch(r"[A-Z]+-\d+[A-Z]?", cellen[0]):
            uit[cellen[0]] = set(cellen[2].split())
    return uit


def onderwerpen_uit_gedeelde_content_maps() -> dict[str, set[str]]:
    """Topic id -> audience letters, from all shared content maps together."""
    uit: dict[str, set[str]] = {}
    for naam in CONTENT_MAPS:
        uit |= onderwerpen_uit_content_map(SHARED / naam)
    return uit


def covers(pagina: str) -> list:
    return front_matter(pagina).get("covers")


def paginas_per_onderwerp() -> dict[str, list[str]]:
    """Topic id -> the pages whose covers list it (pages in sorted order)."""
    uit: dict[str, list[str]] = {id_: [] for id_ in onderwerpen()}
    for pagina in paginas():
        for id_ in covers(pagina) or []:
            uit.setdefault(id_, []).append(pagina)
    return uit


@dataclass
class Kop:
    niveau: int
    tekst: str
    anker: str
    regel: int


def koppen(pagina: str) -> list[Kop]:
    return koppen_in(tekst(pagina))


def koppen_in(markdown: str) -> list[Kop]:
    """Headings with their anchor, as Python-Markdown's toc extension makes them."""
    tokens = lb.tokens_van(markdown)
    gebruikt: set[str] = set()
    uit = []
    for open_, inline in zip(tokens, tokens[1:]):
        if open_.type != "heading_open":
            continue
        ruw = inline.content
        eigen = re.search(r"\{[^}]*#([\w-]+)[^}]*\}\s*$", ruw)
        zichtbaar = lb.inline_tekst(inline)
        anker = eigen[1] if eigen else slugify(zichtbaar, "-")
        uit.append(Kop(int(open_.tag[1]), zichtbaar, unique(anker, gebruikt), open_.map[0] + 1))
    return uit


def ankers(pagina: str) -> set[str]:
    """Every id a link can point at: headings, attribute lists and HTML id attributes."""
    ruw = tekst(pagina)
    uit = {k.anker for k in koppen(pagina)}
    uit |= set(re.findall(r"\{[^}\n]*#([\w-]+)[^}\n]*\}", ruw))
    uit |= set(re.findall(r"\bid=[\"']([^\"']+)[\"']", ruw))
    return uit


def links(pagina: str) -> list[str]:
    """The target of every Markdown link and image, and of every href/src in raw HTML."""
    return [doel for doel, _ in links_met_soort(pagina)]


def links_met_soort(pagina: str) -> list[tuple[str, bool]]:
    """(target, written in raw HTML) for every link and image of the page."""
    html_doel = re.compile(r"\b(?:href|src)=[\"']([^\"']+)[\"']")
    uit = []
    for token in lb.tokens_van(tekst(pagina), labels=True):
        for kind in token.children or []:
            if kind.type == "link_open":
                uit.append((kind.attrs["href"], False))
            elif kind.type == "image":
                uit.append((kind.attrs["src"], False))
            elif kind.type == "html_inline":
                uit += [(d, True) for d in html_doel.findall(kind.content)]
        if token.type == "html_block":
            uit += [(d, True) for d in html_doel.findall(token.content)]
    return uit


def is_extern(href: str) -> bool:
    return bool(re.match(r"^(?:[a-z][a-z0-9+.-]*:|//)", href, re.I))


def mkdocs_config() -> dict:
    """mkdocs.yml as data (tags such as !ENV read as None)."""

    class Lader(yaml.SafeLoader):
        pass

    Lader.add_multi_constructor("", lambda loader, tag, node: None)  # ignore !!python and !ENV tags
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Lader)


def nav_paginas() -> list[str]:
    """Every page named in the nav of mkdocs.yml."""
    config = mkdocs_config()

    def doorloop(item):
        if isinstance(item, str):
            if item.endswith(".md"):
                yield item
        elif isinstance(item, list):
            for sub in item:
                yield from doorloop(sub)
        elif isinstance(item, dict):
            for sub in item.values():
                yield from doorloop(sub)

    return list(doorloop(config.get("nav", [])))


def afkortingen_in(markdown: str) -> set[str]:
    """All-caps words of two or more letters in the visible text (prose, headings, tables,
    admonition titles), not in code, HTML, URLs or front matter."""
    delen = [
        lb.inline_tekst(token, met_code=False)
        for token in lb.tokens_van(markdown, labels=True)
        if token.type == "inline"
    ]
    return set(re.findall(r"(?<![\w])[A-Z][A-Z]+(?![a-z])", "\n".join(delen)))


def eerste_blok_na_h1(pagina: str) -> str:
    """Source text of the first block after the h1, parsed without unfolding admonitions, so an
    admonition shows as its marker line with the title (``!!! info "Voor wie ..."``)."""
    tokens = MarkdownIt("commonmark").parse(lb.zonder_front_matter(tekst(pagina)))
    h1 = next((i for i, t in enumerate(tokens) if t.type == "heading_close" and t.tag == "h1"), None)
    if h1 is None:
        return ""
    volgende = next((t for t in tokens[h1 + 1 :] if t.type == "inline" or t.block and t.content), None)
    return volgende.content if volgende else ""


def afkortingen_gedefinieerd() -> dict[str, str]:
    regels = (INCLUDES / "afkortingen.md").read_text(encoding="utf-8").splitlines()
    return dict(re.findall(r"^\*\[([^\]]+)\]:\s*(.*)$", "\n".join(regels), re.M))


# --- the topic table in docs/bronnen.md -------------------------------------------------------

BRONNEN = "bronnen.md"


def bronnentabel() -> dict[str, tuple[str, list[str]]]:
    """Rows of the topic table in bronnen.md: id -> (description cell, linked pages)."""
    uit = {}
    for token_rij in _tabelrijen(tekst(BRONNEN)):
        cellen = token_rij
        match = re.fullmatch(r"`?([A-Z]+-\d+[A-Z]?)`?", cellen[0][0].strip())
        if not match:
            continue
        doelen = [_normaliseer(BRONNEN, href) for href in cellen[-1][1]]
        uit[match[1]] = (cellen[1][0], doelen)
    return uit


def _tabelrijen(markdown: str):
    """Per table row: a list of (cell source text, hrefs in the cell)."""
    rij = None
    for token in lb.tokens_van(markdown):
        if token.type == "tr_open":
            rij = []
        elif token.type == "tr_close":
            yield rij
            rij = None
        elif token.type == "inline" and rij is not None:
            hrefs = [k.attrs["href"] for k in token.children or [] if k.type == "link_open"]
            rij.append((token.content, hrefs))


def _normaliseer(van: str, href: str) -> str:
    """A relative link of page `van` as a path relative to docs/ (anchor dropped)."""
    pad = href.split("#")[0]
    return (Path(van).parent / pad).as_posix() if pad else van


def verwachte_bronnentabel() -> str:
    """The topic table of bronnen.md as it should be, keeping the existing descriptions."""
    bestaand = bronnentabel() if (DOCS / BRONNEN).exists() else {}
    regels = ["| Onderwerp | Waarover | Voor | Pagina's |", "|---|---|---|---|"]
    publieksnamen = {"W": "werknemer", "G": "werkgever", "P": "professional", "A": "iedereen"}
    for id_, publiek in onderwerpen().items():
        omschrijving = bestaand.get(id_, ("", []))[0]
        voor = ", ".join(publieksnamen[p] for p in "WGPA" if p in publiek)
        doelen = ", ".join(
            f"[{_titel(p)}]({p})" for p in paginas_per_onderwerp()[id_]
        )
        regels.append(f"| `{id_}` | {omschrijving} | {voor} | {doelen} |")
    return "\n".join(regels)


def _titel(pagina: str) -> str:
    eerste = next((k for k in koppen(pagina) if k.niveau == 1), None)
    return eerste.tekst if eerste else pagina


def schrijf_bronnentabel() -> None:
    """Replace the topic table in docs/bronnen.md (the table whose header starts with
    '| Onderwerp |') by the expected one."""
    regels = tekst(BRONNEN).splitlines()
    begin = next(i for i, r in enumerate(regels) if r.startswith("| Onderwerp |"))
    eind = begin
    while eind < len(regels) and regels[eind].startswith("|"):
        eind += 1
    regels[begin:eind] = verwachte_bronnentabel().splitlines()
    (DOCS / BRONNEN).write_text("\n".join(regels) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] == ["bronnentabel"]:
        print(verwachte_bronnentabel())
    elif sys.argv[1:] == ["bronnentabel", "--schrijf"]:
        schrijf_bronnentabel()
    else:
        print(__doc__)
        sys.exit(2)
