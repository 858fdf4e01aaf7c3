// Runs cases through the spoorkennis wheel inside the self-hosted Pyodide (node_modules/pyodide),
// with one Pyodide start, and prints the answers as JSON. tests/test_same_answers.py compares them
// with CPython.
//
//   node scripts/same_answers.mjs [--wheel PATH] [--stdlib PATH] [--lock PATH] < cases.json > answers.json
//
// cases.json: [{"aanroep": TOOL, "velden": {...}} | {"cli": ["wia", "--json", ...]}, ...]
// answers:    {"python": "3.14.x", "tools": [...], "modules": [every module imported], "antwoorden": [
//               {"json": "<aanroep's JSON string>"} | {"code": 0, "stdout": "...", "stderr": "..."}]}
// By default it runs on exactly what the built site ships: the wheel named in
// site/assets/tools/bouw.json, and site/assets/pyodide/python_stdlib.zip.xz and pyodide-lock.json.
// An .xz file is unpacked by the browser's decoder (npm's xz-decompress), as widgets/worker.mjs does.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const { XzReadableStream } = createRequire(import.meta.url)("xz-decompress");

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SITE = join(ROOT, "site", "assets");

function optie(argv, naam, standaard) {
  const i = argv.indexOf(naam);
  return i >= 0 ? argv[i + 1] : standaard();
}

const argv = process.argv.slice(2);
const wiel = optie(argv, "--wheel",
  () => join(SITE, "tools", JSON.parse(readFileSync(join(SITE, "tools", "bouw.json"), "utf8")).wheel));
const stdlib = optie(argv, "--stdlib", () => join(SITE, "pyodide", "python_stdlib.zip.xz"));
const lock = optie(argv, "--lock", () => join(SITE, "pyodide", "pyodide-lock.json"));

/** ``pad`` itself, or, for an .xz file, its unpacked copy in a temporary folder. */
async function uitgepakt(pad) {
  if (!pad.endsWith(".xz")) return pad;
  const inhoud = await new Response(new XzReadableStream(new Blob([readFileSync(pad)]).stream())).arrayBuffer();
  const uit = join(mkdtempSync(join(tmpdir(), "same-answers-")), basename(pad, ".xz"));
  writeFileSync(uit, new Uint8Array(inhoud));
  return uit;
}

const UITVOEREN = `
import contextlib, io, json
import spoorkennis.web as web

def uitvoeren(cases_json):
    antwoorden = []
    for case in json.loads(cases_json):
        if "aanroep" in case:
            antwoorden.append({"json": web.aanroep(case["aanroep"], json.dumps(case["velden"]))})
            continue
        import spoorkennis.__main__ as cli  # not in the browser's wheel: cases for the command line run on the full one
        uit, fout = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(uit), contextlib.redirect_stderr(fout):
            try:
                code = cli.main(list(case["cli"]))
            except SystemExit as stop:
                code = stop.code if isinstance(stop.code, int) else 1
            except Exception as fout_:  # reported, so one broken command does not hide the others
                antwoorden.append({"fout": f"{type(fout_).__name__}: {fout_}"})
                continue
        antwoorden.append({"code": code, "stdout": uit.getvalue(), "stderr": fout.getvalue()})
    return json.dumps(antwoorden, ensure_ascii=False)
`;

try {
  const cases = readFileSync(0, "utf8");
  const pyodide = await loadPyodide({ stdLibURL: await uitgepakt(stdlib), lockFileURL: lock, stdout: () => {},
    stderr: (t) => process.stderr.write(`${t}\n`) });
  pyodide.FS.writeFile("/lib/spoorkennis.whl", new Uint8Array(readFileSync(await uitgepakt(wiel))));
  pyodide.pyimport("sys").path.insert(0, "/lib/spoorkennis.whl");  // as widgets/worker.mjs does
  pyodide.runPython(UITVOEREN);
  const antwoorden = JSON.parse(pyodide.globals.get("uitvoeren")(cases));
  const versie = pyodide.runPython("import sys; sys.version.split()[0]");
  const tools = pyodide.runPython("import json, spoorkennis.tools as t; json.dumps(t.namen())");
  const modules = pyodide.runPython("import json, sys; json.dumps(sorted(sys.modules))");
  process.stdout.write(JSON.stringify({ python: versie, tools: JSON.parse(tools), modules: JSON.parse(modules),
                                        antwoorden }));
} catch (fout) {
  // Pyodide's errors carry the whole minified runtime in their stack; the message is enough.
  process.stderr.write(`same_answers: ${fout.message ?? fout}\n`);
  process.exitCode = 1;
}
