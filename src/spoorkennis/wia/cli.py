"""``python -m spoorkennis wia``: income per WIA outcome, month by month, as a table or JSON."""

from __future__ import annotations

import sys

from ..cli import Parser, draai
from ..invoer import euro
from .berekening import Uitkomst, bereken
from .lezen import lees
from .uitleg import DISCLAIMER, als_dict, besluit, naar_json, regels, samenvatting, stappen


def parser() -> Parser:
    p = Parser(prog="python -m spoorkennis wia",
               description="Wat betekent de WIA voor uw inkomen? Bruto bedragen per maand, per uitkomst.")
    p.add_argument("--maandloon", help="bruto WIA-maandloon: SV-loon van het jaar voor de ziekte / 12, "
                   "met vakantiegeld")
    p.add_argument("--arbeidsverleden", help="arbeidsverleden in hele jaren")
    p.add_argument("--ao", help="verwachte arbeidsongeschiktheid in procent (0-100)")
    p.add_argument("--restverdiencapaciteit", metavar="EUR",
                   help="wat u volgens UWV nog kunt verdienen per maand (in plaats van --ao)")
    p.add_argument("--inkomen", metavar="EUR", help="wat u verwacht te verdienen naast de uitkering, per maand")
    p.add_argument("--duurzaam", action="store_true", help="volledige arbeidsongeschiktheid is duurzaam (IVA)")
    p.add_argument("--geen-wekeneis", action="store_true",
                   help="u werkte niet 26 van de 36 weken voor de eerste ziektedag")
    p.add_argument("--eerste-ziektedag", metavar="DATUM", help="bijvoorbeeld 5-1-2026 (standaard: de peildatum)")
    p.add_argument("--loondoorbetaling", metavar="70/70|100/70",
                   help="percentages in ziektejaar 1 en 2 (standaard 70/70, de wettelijke regel)")
    p.add_argument("--aanbod", metavar="EUR", help="bruto maandloon van een baan bij een andere werkgever (spoor 2)")
    p.add_argument("--peildatum", metavar="DATUM", help="de bedragen van deze datum gelden (standaard: vandaag)")
    p.add_argument("--json", action="store_true", help="alles als één JSON-object")
    return p


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    velden = {naam: getattr(args, naam) for naam in ("maandloon", "arbeidsverleden", "ao", "restverdiencapaciteit",
                                                     "inkomen", "eerste_ziektedag", "loondoorbetaling", "aanbod",
                                                     "peildatum")}
    velden.update(duurzaam="ja" if args.duurzaam else "", wekeneis="" if args.geen_wekeneis else "ja")

    def toon():
        uitkomst = bereken(lees(velden))
        print(naar_json(als_dict(uitkomst), indent=1) if args.json else tabel(uitkomst))

    return draai(toon)


def tabel(u: Uitkomst) -> str:
    """A readable Dutch text version: summary, your months, each outcome by period, the rules."""
    regels_ = [*samenvatting(u), "", f"Uw verwachting: {u.uitkomst}", f"{'maand':>5}  {'soort':<6} {'uitkering':>13}"]
    regels_ += [f"{m.wia_maand:>5}  {m.soort:<6} {euro(m.uitkering):>13}" for m in u.eigen.wia]
    for s in u.scenarios:
        regels_ += ["", f"{s.titel} ({s.uitkomst})", s.aanname, *(f"  {stap}" for stap in stappen(s))]
    regels_ += ["", "Hoe wij rekenen:", *(f"- {r}" for r in regels(u)), "", DISCLAIMER, besluit(u)]
    return "\n".join(regels_)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
