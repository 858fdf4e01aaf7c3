"""Browser tool "Wat betekent de WIA voor mijn inkomen?": the form fields in, HTML out."""

from __future__ import annotations

from .berekening import bereken
from .lezen import lees
from .weergave import html

# A worked example: € 3.200 a month, 18 years of work, expected 55% arbeidsongeschikt, no work now,
# and a spoor-2 job offer of € 2.300 a month; amounts of 1 January 2026.
VOORBEELD = {
    "maandloon": "3.200", "arbeidsverleden": "18", "ao": "55", "restverdiencapaciteit": "", "inkomen": "",
    "duurzaam": "", "wekeneis": "ja", "eerste_ziektedag": "5-1-2026", "loondoorbetaling": "70/70",
    "aanbod": "2.300", "peildatum": "1-1-2026", "_vandaag": "2026-01-05",
}


def wia(velden: dict[str, str]) -> dict:
    """Compute every WIA outcome for the fields as typed; InvoerFout names each bad field."""
    return {"html": html(bereken(lees(velden)))}
