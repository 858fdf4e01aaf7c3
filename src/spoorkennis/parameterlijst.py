"""``python -m spoorkennis parameters``: every legal amount and rule of every tool on a date, with
its source, and which are stale (a scheduled change date has passed without a newer value).

The build prints the stale ones (``meld_verouderd``) as a warning; with ``--controleer`` a stale
value makes the command fail, which the scheduled workflow ``.github/workflows/bedragen.yml`` uses.
``docs/zelf-publiceren.md`` walks a publisher through the half-yearly update with this command.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import pkgutil
import sys

from . import invoer, klok, parameters
from .cli import Parser, draai
from .data import naar_json

UITLEG = """\
Een waarde is verouderd als een vaste wijzigingsdatum (1 januari of 1 juli) voorbij is en er nog
geen nieuwe waarde in de data staat. Zo werkt u een waarde bij:
  1. Zoek de nieuwe waarde op bij de officiële bron (UWV, Rijksoverheid, wetten.overheid.nl,
     Staatscourant).
  2. Voeg in het bestand van de parameter (src/spoorkennis/<rekenhulp>/parameters/<naam>.toml) een
     blok toe: [waarden.JJJJ-MM-DD] met waarde, bron, url, opgehaald (de datum van vandaag) en soort.
  3. Draai deze opdracht opnieuw: de waarde is dan niet meer verouderd.
"""


def per_tool() -> dict[str, dict[str, parameters.Parameter]]:
    """Every tool package (``spoorkennis.<tool>``) that has parameters, with them, by name."""
    import spoorkennis

    tools = sorted(naam for _, naam, pakket in pkgutil.iter_modules(spoorkennis.__path__) if pakket)
    alle = {tool: parameters.van(f"spoorkennis.{tool}") for tool in tools}
    return {tool: params for tool, params in alle.items() if params}


def overzicht(peildatum: dt.date) -> dict:
    """Every parameter on ``peildatum`` as JSON-ready data (numbers as Decimal: see ``naar_json``)."""
    rijen = []
    for tool, params in per_tool().items():
        for p in params.values():
            rij = {"tool": tool, "naam": p.naam, "omschrijving": p.omschrijving, "eenheid": p.eenheid, "type": p.type,
                   "wijzigt": p.wijzigt, "bestand": f"src/spoorkennis/{tool}/parameters/{p.naam}.toml"}
            if p.waarden[0].begin > peildatum:
                rijen.append({**rij, "waarde": None, "eerste_waarde_vanaf": p.waarden[0].begin.isoformat()})
                continue
            w, oud, volgende = p.op(peildatum), p.verouderd_op(peildatum), p.volgende_wijziging(peildatum)
            rijen.append({**rij, "waarde": parameters.als_data(w.waarde), "tekst": parameters.tekst(w.waarde, p.eenheid),
                          "geldt_vanaf": w.begin.isoformat(), "bron": w.bron, "url": w.url,
                          "opgehaald": w.opgehaald.isoformat(), "soort": w.soort,
                          "volgende_wijziging": volgende.isoformat() if volgende else None,
                          "verouderd": oud is not None,
                          "verouderd_sinds": oud.wijzigingsdatum.isoformat() if oud else None})
    return {"peildatum": peildatum.isoformat(), "parameters": rijen,
            "verouderd": [f"{r['tool']}.{r['naam']}" for r in rijen if r.get("verouderd")]}


def verouderd_meldingen(peildatum: dt.date) -> list[str]:
    """One Dutch sentence per stale value on ``peildatum`` (empty when nothing is stale)."""
    return [_melding(rij) for rij in overzicht(peildatum)["parameters"] if rij.get("verouderd")]


def meld_verouderd(peildatum: dt.date, niveau: str) -> bool:
    """Print each stale value on ``peildatum`` on stderr, as a workflow annotation of ``niveau``
    ("warning" or "error") on GitHub Actions; True when there was one."""
    if os.environ.get("GITHUB_ACTIONS") == "true":
        kop = f"::{niveau} title=Verouderd bedrag::"
    else:
        kop = "Let op: " if niveau == "warning" else "Fout: "
    meldingen = verouderd_meldingen(peildatum)
    for melding in meldingen:
        print(kop + melding, file=sys.stderr)
    return bool(meldingen)


def _melding(rij: dict) -> str:
    return (f"{rij['tool']}.{rij['naam']}: de waarde van {_datum(rij['geldt_vanaf'])} ({rij['tekst']}) is verouderd. "
            f"Op {_datum(rij['verouderd_sinds'])} hoort er een nieuwe waarde te zijn. Zoek die op bij de bron en "
            f"voeg hem toe in {rij['bestand']}.")


def tekst(data: dict) -> str:
    """The overview as plain Dutch text, tool by tool."""
    regels = [f"Bedragen en regels op {_datum(data['peildatum'])} (de peildatum)"]
    for tool in dict.fromkeys(r["tool"] for r in data["parameters"]):
        regels += ["", f"{tool.upper()} (src/spoorkennis/{tool}/parameters/)"]
        for r in (r for r in data["parameters"] if r["tool"] == tool):
            regels.append(f"  {r['naam']}: {r['omschrijving']}")
            if r["waarde"] is None:
                regels.append(f"    Nog geen waarde op de peildatum; de eerste geldt vanaf {_datum(r['eerste_waarde_vanaf'])}.")
                continue
            regels.append(f"    Waarde: {r['tekst']}, geldt vanaf {_datum(r['geldt_vanaf'])}.")
            regels.append(f"    Bron: {r['bron']} ({r['url']}), opgehaald {_datum(r['opgehaald'])}, "
                          f"{parameters.SOORT_TEKST[r['soort']]}.")
            regels.append(f"    Wijzigt: {parameters.WIJZIGT_TEKST[r['wijzigt']]}. {_volgende(r)}")
    regels += ["", _samenvatting(data)]
    return "\n".join(regels)


def _volgende(rij: dict) -> str:
    if rij["verouderd"]:
        return (f"VEROUDERD: op {_datum(rij['verouderd_sinds'])} hoort er een nieuwe waarde te zijn, maar die "
                "staat er nog niet in.")
    if rij["volgende_wijziging"]:
        return f"Volgende wijziging: {_datum(rij['volgende_wijziging'])}."
    return "Geen geplande wijziging."


def _samenvatting(data: dict) -> str:
    if not data["verouderd"]:
        return "Geen verouderde waarden."
    return (f"Verouderd: {len(data['verouderd'])} {'waarde' if len(data['verouderd']) == 1 else 'waarden'} "
            f"({', '.join(data['verouderd'])}).\n{UITLEG}")


def _datum(iso: str) -> str:
    return invoer.nl_datum(dt.date.fromisoformat(iso))


def main(argv: list[str]) -> int:
    parser = Parser(prog="python -m spoorkennis parameters", formatter_class=argparse.RawDescriptionHelpFormatter,
                    description="Alle wettelijke bedragen en regels van de rekenhulpen: de waarde op de peildatum, "
                                "de datum waarop die geldt, de bron, wanneer die is opgezocht, de soort bron, de "
                                "volgende geplande wijziging, en of een geplande wijzigingsdatum voorbij is zonder "
                                "nieuwe waarde.",
                    epilog=UITLEG)
    parser.add_argument("--peildatum", metavar="DATUM",
                        help="de waarden van deze datum, bijvoorbeeld 1-7-2026 (standaard: vandaag)")
    parser.add_argument("--json", action="store_true", help="alles als één JSON-object")
    parser.add_argument("--controleer", action="store_true",
                        help="stop met foutcode 1 als een waarde verouderd is (voor een geplande controle)")
    args = parser.parse_args(argv)

    def toon():
        peildatum = invoer.datum(args.peildatum, "peildatum", "de peildatum", leeg_mag=True) or klok.vandaag()
        data = overzicht(peildatum)
        print(naar_json(data, indent=1) if args.json else tekst(data))
        if args.controleer and meld_verouderd(peildatum, "error"):
            raise SystemExit(1)

    return draai(toon)
