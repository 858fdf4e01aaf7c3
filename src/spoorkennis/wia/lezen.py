"""Read the form fields (strings as typed) into an ``Invoer``; every bad field gets its own message."""

from __future__ import annotations

from decimal import Decimal

from .. import invoer
from ..fouten import Verzamelaar
from ..klok import vandaag_uit
from .berekening import LOONDOORBETALING, Invoer
from .parameters import eerste_datum, invoergrenzen


def lees(velden: dict[str, str]) -> Invoer:
    """An ``Invoer`` from raw fields, or one InvoerFout listing every problem."""
    f = Verzamelaar()
    hoogst = Decimal(invoergrenzen()["hoogste_bedrag"])

    def bedrag(veld, label, leeg_mag=True, minimum=0):
        return f.probeer(invoer.getal, velden.get(veld), veld, label, minimum=minimum, maximum=hoogst,
                         leeg_mag=leeg_mag)

    maandloon = bedrag("maandloon", "uw maandloon", leeg_mag=False, minimum=1)
    jaren = f.probeer(invoer.geheel_getal, velden.get("arbeidsverleden"), "arbeidsverleden",
                      "uw arbeidsverleden in jaren", maximum=invoergrenzen()["hoogste_arbeidsverleden"])
    ao = f.probeer(invoer.getal, velden.get("ao"), "ao", "het percentage arbeidsongeschiktheid",
                   maximum=100, leeg_mag=True)
    rvc = bedrag("restverdiencapaciteit", "de restverdiencapaciteit")
    inkomen = bedrag("inkomen", "uw inkomen uit werk")
    aanbod = bedrag("aanbod", "het loon van de nieuwe baan")
    keuze = f.probeer(invoer.keuze, velden.get("loondoorbetaling"), "loondoorbetaling", "loondoorbetaling",
                      LOONDOORBETALING, standaard=LOONDOORBETALING[0])
    vandaag = vandaag_uit(velden)
    peildatum = f.probeer(invoer.datum, velden.get("peildatum"), "peildatum", "de peildatum",
                          vroegst=eerste_datum(), leeg_mag=True) or vandaag
    eerste = f.probeer(invoer.datum, velden.get("eerste_ziektedag"), "eerste_ziektedag",
                       "de eerste ziektedag", leeg_mag=True)
    leeg = lambda veld: not str(velden.get(veld) or "").strip()  # noqa: E731
    if leeg("ao") and leeg("restverdiencapaciteit"):
        f.voeg_toe("ao", "Vul het percentage arbeidsongeschiktheid in, of de restverdiencapaciteit.")
    elif not leeg("ao") and not leeg("restverdiencapaciteit"):
        f.voeg_toe("restverdiencapaciteit", "Vul het percentage arbeidsongeschiktheid of de "
                   "restverdiencapaciteit in, niet allebei. Maak een van de twee leeg.")
    f.controleer()
    return Invoer(maandloon=maandloon, arbeidsverleden=jaren, peildatum=peildatum, ao=ao,
                  restverdiencapaciteit=rvc, inkomen=inkomen or Decimal(0),
                  duurzaam=invoer.ja_nee(velden.get("duurzaam")), wekeneis=invoer.ja_nee(velden.get("wekeneis")),
                  eerste_ziektedag=eerste, loondoorbetaling=keuze, aanbod=aanbod)

