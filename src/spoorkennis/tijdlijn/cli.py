"""``python -m spoorkennis tijdlijn``: every poortwachter step from the first sick day.

Prints a table, ``--json`` one JSON object, or ``--ics`` an iCalendar file.
"""

from __future__ import annotations

import json

from .. import invoer, klok
from ..cli import Parser, draai
from ..fouten import InvoerFout, Verzamelaar
from .ics import ics
from .plan import bereken
from .weken import Herstel, controleer


def main(argv: list[str]) -> int:
    parser = Parser(prog="python -m spoorkennis tijdlijn",
                    description="Alle stappen van de Wet verbetering poortwachter, met datum en week.")
    parser.add_argument("--eerste-ziektedag", required=True, metavar="DATUM",
                        help="eerste ziektedag, bijvoorbeeld 2026-01-05 of 5-1-2026")
    parser.add_argument("--hersteld", action="append", default=[], metavar="VAN:TOT",
                        help="hersteld van VAN tot TOT (TOT is de eerste dag dat de werknemer weer ziek is); "
                             "mag vaker")
    parser.add_argument("--vandaag", metavar="DATUM", help="de datum van vandaag (standaard: vandaag)")
    parser.add_argument("--start-spoor-2", metavar="DATUM", help="geplande start van spoor 2")
    parser.add_argument("--ad-rapport", action="store_true", help="er is een arbeidsdeskundig rapport")
    uitvoer = parser.add_mutually_exclusive_group()
    uitvoer.add_argument("--json", action="store_true", help="uitkomst als JSON")
    uitvoer.add_argument("--ics", action="store_true", help="uitkomst als iCalendar-bestand")
    args = parser.parse_args(argv)
    return draai(_toon, args)


def _toon(args) -> None:
    fouten = Verzamelaar()
    eerste = fouten.probeer(invoer.datum, args.eerste_ziektedag, "eerste_ziektedag", "de eerste ziektedag")
    vandaag = fouten.probeer(invoer.datum, args.vandaag, "vandaag", "de datum van vandaag", leeg_mag=True)
    start_2 = fouten.probeer(invoer.datum, args.start_spoor_2, "start_spoor_2", "de start van spoor 2",
                             leeg_mag=True)
    hersteld = [fouten.probeer(_herstel, tekst) for tekst in args.hersteld]
    fouten.controleer()
    for _, _, bericht in controleer(eerste, hersteld):
        fouten.voeg_toe("hersteld", bericht)
    if start_2 is not None and start_2 < eerste:
        fouten.voeg_toe("start_spoor_2", "De start van spoor 2 moet op of na de eerste ziektedag liggen.")
    fouten.controleer()
    uitkomst = bereken(eerste, hersteld, vandaag or klok.vandaag(), start_2, args.ad_rapport)
    if args.json:
        print(json.dumps(uitkomst.als_json(), ensure_ascii=False, indent=2))
    elif args.ics:
        print(ics(uitkomst), end="")
    else:
        print(f"Eerste ziektedag van deze wachttijd: {invoer.nl_datum(uitkomst.verzuim.eerste_ziektedag)}")
        print(f"Einde wachttijd (laatste dag van {uitkomst.verzuim.regels.wachttijd_weken} weken): "
              f"{invoer.nl_datum(uitkomst.verzuim.einde_wachttijd)}")
        nu = uitkomst.stand
        if nu.volgende and not nu.voorbij:
            print(f"Vandaag ({invoer.nl_datum(nu.vandaag)}): week {nu.week}; volgende stap: {nu.volgende.titel}, "
                  f"uiterlijk {invoer.nl_datum(nu.volgende.datum)}")
        print()
        for m in uitkomst.momenten:
            print(f"{m.datum.isoformat()}  week {m.week:>3}  {'advies' if m.soort == 'advies' else 'wet   '}  "
                  f"{m.titel} ({m.wie})")
        for w in uitkomst.waarschuwingen:
            print(f"\nLet op: {w.tekst}\nWat te doen: {w.werkgever}")


def _herstel(tekst: str) -> Herstel:
    van, scheiding, tot = tekst.partition(":")
    if not scheiding:
        raise InvoerFout("Schrijf een hersteldperiode als VAN:TOT, bijvoorbeeld 2026-02-02:2026-02-16.", "hersteld")
    return Herstel(invoer.datum(van, "hersteld", "de eerste hersteldag"),
                   invoer.datum(tot, "hersteld", "de nieuwe ziektedag"))
