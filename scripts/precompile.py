"""Runs inside Pyodide for scripts/precompile.mjs: the calls a page makes, what they read, and the
trimmed runtime files. Nothing here runs in the browser.

Only ``sys`` and ``zipimport`` (both built in) are imported at the top: everything this module
imports itself would otherwise count as something the pages need.
"""

import sys
import zipimport

VANDAAG = "2026-11-25"
KAPOT = "__kapot__"  # a tool name whose function does not exist: the path of a crash in a tool
DATUM = (1980, 1, 1, 0, 0, 0)  # one date for every file in the archives, so a build is repeatable

_gelezen = set()


def begin_opname():
    """Record every data file read through a zip archive's loader (``spoorkennis.data`` reads that way)."""
    lees = zipimport.zipimporter.get_data

    def get_data(self, pad):
        inhoud = lees(self, pad)
        _gelezen.add(pad)
        return inhoud

    zipimport.zipimporter.get_data = get_data


def gevallen(web):
    """Every call a page can make, as JSON: [[tool, fields], ...].

    Per tool: its worked example, an empty form, the example with each field unreadable in turn
    (and with each bad input its declaration names), the example on two other days; then an unknown
    tool, input that is not a form, and a crash (``KAPOT``: looking it up fails here). Error paths
    import modules of their own (the crash path: ``traceback``), so they count as much as the examples.
    """
    import json

    tools = web.tools
    uit = []
    for naam in tools.namen():
        tool = tools.tool(naam)
        voorbeeld = {"_vandaag": VANDAAG, **tool.voorbeeld}
        uit += [[naam, voorbeeld], [naam, {"_vandaag": VANDAAG}]]
        uit += [[naam, {**voorbeeld, veld: "x"}] for veld in voorbeeld if not veld.startswith("_")]
        uit += [[naam, {**voorbeeld, veld: tekst}] for deel in tool.delen() for veld, tekst in deel.slechte_invoer()]
        uit += [[naam, {**voorbeeld, "_vandaag": dag}] for dag in ("2020-01-01", "2031-07-15")]
    echt = tools.tool

    def tool_of_kapot(naam):
        if naam == KAPOT:
            raise RuntimeError("a crash in a tool, on purpose")
        return echt(naam)

    tools.tool = tool_of_kapot
    uit += [["bestaat-niet", {"_vandaag": VANDAAG}], [tools.namen()[0], []], [KAPOT, {"_vandaag": VANDAAG}]]
    return json.dumps(uit)


def opname(archieven):
    """Per archive path: the files in it that were read (modules loaded by zipimport, data files)."""
    uit = {archief: set() for archief in archieven}
    for module in list(sys.modules.values()):
        spec = getattr(module, "__spec__", None)
        loader = getattr(spec, "loader", None)
        if isinstance(loader, zipimport.zipimporter) and loader.archive in uit:
            uit[loader.archive].add(spec.origin[len(loader.archive) + 1:])
    for pad in _gelezen:
        archief = next((a for a in archieven if pad.startswith(a + "/")), None)
        if archief:
            uit[archief].add(pad[len(archief) + 1:])
    return uit


def bytecode(bron, pad, regels=True):
    """A sourceless .pyc (as zipimport loads it), compiled as ``python -OO`` would: no docstrings,
    no asserts. The interpreter runs with PYTHONNODEBUGRANGES, so there are no column tables;
    ``regels=False`` drops the line tables too (a traceback then says "line None")."""
    import importlib.util
    import marshal

    code = compile(bron, pad, "exec", dont_inherit=True, optimize=2)
    return importlib.util.MAGIC_NUMBER + bytes(12) + marshal.dumps(code if regels else _zonder_regels(code))


def _zonder_regels(code):
    """``code`` and every function and class in it without a line table."""
    consts = tuple(_zonder_regels(c) if isinstance(c, type(code)) else c for c in code.co_consts)
    return code.replace(co_linetable=b"", co_consts=consts)


def schrijf(bron, doel, paden, regels=True):
    """Archive ``doel`` with the files ``paden`` of archive ``bron``, each module as bytecode only.
    Stored, not compressed: the build compresses the whole archive at once (``.xz``), which is far
    smaller than compressing each file apart."""
    import zipfile

    with zipfile.ZipFile(bron) as zin, zipfile.ZipFile(doel, "w", zipfile.ZIP_STORED) as zout:
        for pad in sorted(paden):
            inhoud = zin.read(pad)
            if pad.endswith(".py"):
                inhoud, pad = bytecode(inhoud, pad, regels), pad + "c"
            zout.writestr(zipfile.ZipInfo(pad, DATUM), inhoud)


def trim(stdlib_in, stdlib_uit, wiel_in, wiel_uit):
    """Write the browser's stdlib and wheel: exactly the files this run read. Returns counts as JSON."""
    import json

    gelezen = opname([stdlib_in, wiel_in])
    # The standard library without line tables (about 90 KB less to download): a traceback still
    # names file and function, and our own modules keep their line numbers.
    schrijf(stdlib_in, stdlib_uit, gelezen[stdlib_in], regels=False)
    schrijf(wiel_in, wiel_uit, gelezen[wiel_in])
    return json.dumps({"stdlib": len(gelezen[stdlib_in]), "wiel": len(gelezen[wiel_in])})
