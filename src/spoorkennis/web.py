"""The one entry point the browser worker calls: run a tool on raw form fields, get JSON back.

``aanroep(naam, velden_json)`` returns a JSON string, never raises:
``{"ok": true, "html": ..., "downloads": [...]}`` or ``{"ok": false, "fouten": [{"veld", "bericht"}]}``.
The same tool functions pre-render the worked example at build time.
"""

from __future__ import annotations

import json
import traceback

from . import tools
from .fouten import InvoerFout


def tool(naam: str) -> tools.Tool:
    """The tool called ``naam`` (the worker asks for it early, so its modules load before the first
    result); KeyError for an unknown name."""
    return tools.tool(naam)


def voorbeeld(naam: str) -> dict:
    """The tool's worked example, computed like any other input."""
    tool = tools.tool(naam)
    return tool(tool.voorbeeld)


def aanroep(naam: str, velden_json: str) -> str:
    """Run tool ``naam`` on the JSON object of form fields; always return a JSON string."""
    try:
        velden = json.loads(velden_json)
        if not isinstance(velden, dict):
            raise InvoerFout("De invoer kon niet worden gelezen.")
        try:
            tool = tools.tool(naam)
        except KeyError:
            raise InvoerFout(f"Deze rekenhulp bestaat niet: {naam}.")
        uitkomst = tool({str(k): v for k, v in velden.items()})
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
