"""``python -m spoorkennis checklist``: list the questions, or score one bureau's answers.

The answers file format is in ``UITLEG_BESTAND`` (shown by ``--help``).
"""

from __future__ import annotations

import argparse
import json
import sys

from ..cli import Parser, draai
from ..fouten import InvoerFout, Verzamelaar
from . import tekst
from .model import vragen
from .scoring import Uitslag, antwoord, beoordeel

MAX_NAAM = 80
UITLEG_BESTAND = """\
Het antwoordbestand voor --score is JSON, bijvoorbeeld:

  {"naam": "Bureau Noord", "antwoorden": {"V01": "ja", "V02": "deels", "V07": "nee", "V10": "weet_niet"}}

"naam" mag weg. De ids staan in de uitvoer van --json. Elk antwoord is ja, deels, nee of
weet_niet. Een vraag die ontbreekt, telt als nog niet gesteld.
"""


def main(argv: list[str]) -> int:
    parser = Parser(prog="python -m spoorkennis checklist", formatter_class=argparse.RawDescriptionHelpFormatter,
                    description="Vragen om een re-integratiebureau voor tweede spoor te beoordelen.",
                    epilog=UITLEG_BESTAND)
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.add_argument("--score", metavar="ANTWOORDEN.json",
                        help="beoordeel de antwoorden van één bureau (JSON-bestand, of - voor invoer)")
    opties = parser.parse_args(argv)
    return draai(_voer_uit, opties)


def _voer_uit(opties) -> None:
    if opties.score is None:
        if opties.json:
            print(json.dumps({"vragen": [v.als_dict() for v in vragen()]}, ensure_ascii=False, indent=2))
        else:
            print(tekst.vragenlijst(), end="")
        return
    naam, antwoorden = lees_antwoorden(_lees_bestand(opties.score))
    uitslag = beoordeel(naam, antwoorden)
    if opties.json:
        print(json.dumps(als_json(uitslag), ensure_ascii=False, indent=2))
    else:
        print(tekst.uitslag(uitslag), end="")


def lees_antwoorden(tekst_: str) -> tuple[str, dict[str, str | None]]:
    """Read the answers file; every problem becomes a Dutch message for ``--score``."""
    try:
        data = json.loads(tekst_)
    except json.JSONDecodeError as fout:
        raise InvoerFout(f"Het bestand is geen geldige JSON (regel {fout.lineno}, kolom {fout.colno}).", "score")
    if not isinstance(data, dict) or not isinstance(data.get("antwoorden"), dict):
        raise InvoerFout('Het bestand moet een object zijn met "antwoorden", bijvoorbeeld '
                         '{"naam": "Bureau Noord", "antwoorden": {"V01": "ja"}}.', "score")
    fouten = Verzamelaar()
    for sleutel in sorted(set(data) - {"naam", "antwoorden"}):
        fouten.voeg_toe("score", f'Onbekend veld "{sleutel}". Alleen "naam" en "antwoorden" mogen.')
    naam = data.get("naam", "Bureau")
    if not isinstance(naam, str) or not naam.strip() or len(naam) > MAX_NAAM:
        fouten.voeg_toe("score", f'"naam" moet een tekst zijn van 1 tot {MAX_NAAM} tekens.')
    ids = {v.id for v in vragen()}
    antwoorden: dict[str, str | None] = {}
    for sleutel, waarde in data["antwoorden"].items():
        vraag_id = str(sleutel).strip().upper()
        if vraag_id not in ids:
            fouten.voeg_toe("score", f'Onbekende vraag "{sleutel}". De ids staan in: '
                                     "python -m spoorkennis checklist --json.")
        elif not isinstance(waarde, str):
            fouten.voeg_toe("score", f"Kies bij vraag {vraag_id} ja, deels, nee of weet_niet (als tekst).")
        else:
            antwoorden[vraag_id] = fouten.probeer(antwoord, waarde, "score", f"vraag {vraag_id}")
    fouten.controleer()
    return naam.strip(), antwoorden


def als_json(u: Uitslag) -> dict:
    """The result as a JSON-able dict (the ``--score --json`` output)."""
    return {
        "naam": u.naam,
        "oordeel": u.oordeel,
        "totaal": u.totaal,
        "beantwoord": u.beantwoord,
        "aantal": u.aantal,
        "volledigheid": u.volledigheid,
        "categorieen": [{"categorie": o.categorie, "score": o.score, "beantwoord": o.beantwoord,
                         "aantal": o.aantal} for o in u.onderdelen],
        "rode_vlaggen": [{"id": v.id, "vraag": v.vraag, "hard": v.harde_rode_vlag, "rode_vlag": v.rode_vlag}
                         for v in u.rode_vlaggen],
        "nog_te_vragen": [{"id": v.id, "vraag": v.vraag} for v in u.open_vragen],
    }


def _lees_bestand(pad: str) -> str:
    if pad == "-":
        return sys.stdin.read()
    try:
        with open(pad, encoding="utf-8") as bestand:
            return bestand.read()
    except FileNotFoundError:
        raise InvoerFout(f"Het bestand {pad} bestaat niet.", "score")
    except (OSError, UnicodeDecodeError):
        raise InvoerFout(f"Het bestand {pad} kan niet worden gelezen als tekst.", "score")
