// Pre-compiles Python for the browser, with Pyodide's own Python (3.14) in Node, so that pages do
// not compile source on every visit (measured, README "Benchmark": Pyodide's start is mostly that).
//
//   node scripts/precompile.mjs STDLIB_IN STDLIB_OUT WHEEL_IN WHEEL_OUT
//
// - STDLIB_OUT: python_stdlib.zip where every module the runtime and the tools import is a
//   sourceless .pyc (zipimport loads it as is); all other modules stay .py. Entry dates are kept,
//   so the output is the same for the same input.
// - WHEEL_OUT: the wheel plus an unchecked hash-based NAME.pyc beside each NAME.py (PEP 552) and a
//   parsed NAME.toml.marshal beside each data file and a __map__.marshal per folder of them
//   (spoorkennis.data.kopieen), all listed in RECORD. The worker puts the wheel itself on sys.path;
//   zipimport then loads the .pyc as is, without compiling the source and without unpacking the
//   wheel, and no page parses TOML.
import { readFileSync, writeFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const [stdlibIn, stdlibOut, wheelIn, wheelOut] = process.argv.slice(2);
if (!wheelOut) {
  process.stderr.write("usage: node scripts/precompile.mjs STDLIB_IN STDLIB_OUT WHEEL_IN WHEEL_OUT\n");
  process.exit(2);
}

const PYTHON = `
import base64, hashlib, importlib, importlib.util, json, marshal, sys, zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

def gebruikte_stdlib():
    """Stdlib files imported by the runtime's start and by every tool's worked example."""
    import spoorkennis.tools as tools, spoorkennis.web as web
    for naam in tools.namen():
        web.voorbeeld(naam)
    uit = set()
    for module in list(sys.modules.values()):
        pad = getattr(module, "__file__", None) or ""
        if ".zip/" in pad:
            uit.add(pad.split(".zip/", 1)[1])
    return uit

def stdlib(bron, doel, gebruikt):
    with zipfile.ZipFile(bron) as zin, zipfile.ZipFile(doel, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename in gebruikt and info.filename.endswith(".py"):
                code = compile(data, info.filename, "exec", dont_inherit=True)
                nieuw = zipfile.ZipInfo(info.filename + "c", info.date_time)
                zout.writestr(nieuw, importlib.util.MAGIC_NUMBER + bytes(12) + marshal.dumps(code),
                              zipfile.ZIP_DEFLATED)
            else:
                zout.writestr(info, data, zipfile.ZIP_DEFLATED if info.compress_type else zipfile.ZIP_STORED)

def voeg_toe(zout, pad, datum, inhoud):
    """Write a new file into the wheel; return its RECORD line."""
    zout.writestr(zipfile.ZipInfo(pad, datum), inhoud, zipfile.ZIP_DEFLATED)
    digest = base64.urlsafe_b64encode(hashlib.sha256(inhoud).digest()).rstrip(b"=").decode()
    return f"{pad},sha256={digest},{len(inhoud)}"

def wiel(bron, doel):
    from spoorkennis.data import kopieen

    with zipfile.ZipFile(bron) as zin, zipfile.ZipFile(doel, "w", zipfile.ZIP_DEFLATED) as zout:
        record_naam = next(n for n in zin.namelist() if n.endswith(".dist-info/RECORD"))
        extra, tomls = [], {}
        for info in zin.infolist():
            if info.filename == record_naam:
                continue
            data = zin.read(info)
            zout.writestr(info, data)
            if info.filename.endswith(".py"):
                code = compile(data, info.filename, "exec", dont_inherit=True)
                pyc = _code_to_hash_pyc(code, importlib.util.source_hash(data), checked=False)
                extra.append(voeg_toe(zout, info.filename + "c", info.date_time, bytes(pyc)))
            if info.filename.endswith(".toml"):
                tomls[info.filename] = data
        for pad, geparsed in kopieen(tomls).items():  # parsed data files (spoorkennis.data)
            extra.append(voeg_toe(zout, pad, zin.getinfo(record_naam).date_time, geparsed))
        record = zin.read(record_naam).decode().rstrip("\\n").split("\\n")
        laatste = record.pop() if record[-1].startswith(record_naam) else None
        regels = record + extra + ([laatste] if laatste else [])
        zout.writestr(zin.getinfo(record_naam), "\\n".join(regels) + "\\n")

stdlib("/tmp/stdlib_in.zip", "/tmp/stdlib_out.zip", gebruikte_stdlib())
wiel("/tmp/wheel_in.whl", "/tmp/wheel_out.whl")
`;

const pyodide = await loadPyodide({ stdLibURL: stdlibIn, stdout: () => {} });
pyodide.FS.writeFile("/lib/spoorkennis.whl", new Uint8Array(readFileSync(wheelIn)));
pyodide.pyimport("sys").path.insert(0, "/lib/spoorkennis.whl");  // as widgets/worker.mjs does
pyodide.FS.writeFile("/tmp/stdlib_in.zip", new Uint8Array(readFileSync(stdlibIn)));
pyodide.FS.writeFile("/tmp/wheel_in.whl", new Uint8Array(readFileSync(wheelIn)));
pyodide.runPython(PYTHON);
writeFileSync(stdlibOut, pyodide.FS.readFile("/tmp/stdlib_out.zip"));
writeFileSync(wheelOut, pyodide.FS.readFile("/tmp/wheel_out.whl"));
