"""The one entry point the browser worker calls: run a tool on raw form fields, get JSON back.

``aanroep(naam, velden_json)`` returns a JSON string, never raises:
``{"ok": true, "html": ..., "downloads": [...]}`` or ``{"ok": false, "fouten": [{"veld", "bericht"}]}``.
The same tool functions pre-render the worked example at build time.
"""

from __future__ import annotations

import importlib
import json
import traceback

from .fouten import InvoerFout

# tool name -> "module:function"; each function takes a dict of form strings and returns a dict
# with at least "html" (and optionally "downloads": [{"naam", "mime", "inhoud"}]).
TOOLS = {
    "verzuimweek": "spoorkennis.tijdlijn.verzuimweek_web:verzuimweek",
    "tijdlijn": "spoorkennis.tijdlijn.web:tijdlijn",
    "wia": "spoorkennis.wia.web:wia",
    "checklist": "spoorkennis.checklist.web:checklist",
}


def tool(naam: str):
    """The function behind a tool name; KeyError for an unknown name."""
    module, _, functie = TOOLS[naam].partition(":")
    return getattr(importlib.import_module(module), functie)


def voorbeeld(naam: str) -> dict:
    """The tool's worked example (its module's VOORBEELD fields), computed like any other input."""
    module = importlib.import_module(TOOLS[naam].partition(":")[0])
    return tool(naam)(dict(module.VOORBEELD))


def aanroep(naam: str, velden_json: str) -> str:
    """Run tool ``naam`` on the JSON object of form fields; always return a JSON string."""
    try:
        velden = json.loads(velden_json)
        if not isinstance(velden, dict):
            raise InvoerFout("De invoer kon niet worden gelezen.")
        if naam not in TOOLS:
            raise InvoerFout(f"Deze rekenhulp bestaat niet: {naam}.")
        uitkomst = tool(naam)({str(k): v for k, v in velden.items()})
        return json.dumps({"ok": True, **uitkomst}, ensure_ascii=False)
    except InvoerFout as fout:
        return json.dumps({"ok": False, "fouten": fout.als_json()}, ensure_ascii=False)
    except Exception:  # a bug, not bad input: say so in Dutch, keep the details for the console
        return json.dumps({
            "ok": False,
            "fouten": [{"veld": None, "bericht": "Er ging iets mis bij het rekenen. Probeer het opnieuw of "
                        "pas uw invoer aan. Blijft het misgaan? Meld het ons."}],
            "technisch": traceback.format_exc(limit=3),
        }, ensure_ascii=False)
