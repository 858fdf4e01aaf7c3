// Builds the browser's Python runtime files from what the pages run, with Pyodide's own Python
// (3.14) in Node (README, "What the browser downloads"):
//
//   node scripts/precompile.mjs PYODIDE_DIR WHEEL OUT_DIR [--controleer]
//
// 1. Pyodide starts on the full standard library of PYODIDE_DIR, puts WHEEL (the package with its
//    parsed data copies, see scripts/runtime_bouw.py) on sys.path and makes every call a page can
//    make (scripts/precompile.py: worked examples, empty forms, unreadable fields, other days, an
//    unknown tool, a crash), through the same calls as widgets/worker.mjs. It records every file
//    read from the standard library and from the wheel: what Pyodide needs to start, and what the
//    tools import and read. A tool that crashes on one of these calls fails the build.
// 2. It writes OUT_DIR/python_stdlib.zip and OUT_DIR/<WHEEL's name> with exactly those files, each
//    module as bytecode only (compiled as `python -OO`, without column tables), and
//    OUT_DIR/pyodide-lock.json without packages (the site loads none).
// 3. A second Pyodide starts on those files alone and makes the same calls. Any answer that differs
//    (a module or data file missing) fails the build.
// With --controleer, step 2 is skipped: OUT_DIR is checked as it is.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const HIER = dirname(fileURLToPath(import.meta.url));
const PY = readFileSync(join(HIER, "precompile.py"), "utf8");
const STDLIB = "python_stdlib.zip";
const LOCK = "pyodide-lock.json";
const WIEL = "/lib/spoorkennis.whl";  // where widgets/worker.mjs puts it

const argv = process.argv.slice(2);
const controleer = argv.includes("--controleer");
const [pyodideMap, wielIn, uit] = argv.filter((a) => a !== "--controleer").map((a) => resolve(a));
if (!uit) {
  process.stderr.write("usage: node scripts/precompile.mjs PYODIDE_DIR WHEEL OUT_DIR [--controleer]\n");
  process.exit(2);
}
const wielUit = join(uit, basename(wielIn));

/** A Pyodide on these runtime files, with the wheel on sys.path as the worker puts it. */
async function start(stdlib, lock, wiel) {
  const pyodide = await loadPyodide({
    stdLibURL: stdlib, lockFileURL: lock, env: { PYTHONNODEBUGRANGES: "1" },
    stdout: () => {}, stderr: (t) => process.stderr.write(`${t}\n`),
  });
  pyodide.FS.writeFile(WIEL, new Uint8Array(readFileSync(wiel)));
  pyodide.runPython(PY);
  return pyodide;
}

/** The calls of widgets/worker.mjs, for every case of precompile.py; the answers, comparable. */
function doorloop(pyodide) {
  pyodide.pyimport("sys").path.insert(0, WIEL);
  const web = pyodide.pyimport("spoorkennis.web");
  const gevallen = JSON.parse(pyodide.globals.get("gevallen")(web));
  const kapot = pyodide.globals.get("KAPOT");
  for (const naam of new Set(gevallen.map(([tool]) => tool))) {
    try { web.tool(naam).destroy(); } catch { /* an unknown tool answers in aanroep */ }
  }
  return gevallen.map(([tool, velden]) => {
    const antwoord = JSON.parse(web.aanroep(tool, JSON.stringify(velden)));
    if (antwoord.technisch && tool !== kapot) {
      throw new Error(`${tool} crashed in Pyodide on ${JSON.stringify(velden)}:\n${antwoord.technisch}`);
    }
    // The traceback's text depends on whether the source is there; that it is there does not.
    if (antwoord.technisch) antwoord.technisch = true;
    return { tool, velden, antwoord: JSON.stringify(antwoord) };
  });
}

try {
  const volledig = await start(join(pyodideMap, STDLIB), join(pyodideMap, LOCK), wielIn);
  volledig.globals.get("begin_opname")();
  const verwacht = doorloop(volledig);
  if (!controleer) {
    mkdirSync(uit, { recursive: true });
    const tellingen = JSON.parse(volledig.globals.get("trim")(
      `/lib/python${volledig.runPython("import sys; '%d%d' % sys.version_info[:2]")}.zip`, "/tmp/stdlib.zip",
      WIEL, "/tmp/wiel.whl"));
    writeFileSync(join(uit, STDLIB), volledig.FS.readFile("/tmp/stdlib.zip"));
    writeFileSync(wielUit, volledig.FS.readFile("/tmp/wiel.whl"));
    const lock = JSON.parse(readFileSync(join(pyodideMap, LOCK), "utf8"));
    writeFileSync(join(uit, LOCK), JSON.stringify({ info: lock.info, packages: {} }));
    process.stdout.write(`${JSON.stringify(tellingen)}\n`);
  }
  const getrimd = doorloop(await start(join(uit, STDLIB), join(uit, LOCK), wielUit));
  const verschil = verwacht.findIndex((v, i) => v.antwoord !== getrimd[i]?.antwoord);
  if (verschil >= 0) {
    const { tool, velden, antwoord } = verwacht[verschil];
    throw new Error(`the trimmed runtime answers differently for ${tool} ${JSON.stringify(velden)}:\n` +
      `full:    ${antwoord.slice(0, 1500)}\ntrimmed: ${getrimd[verschil].antwoord.slice(0, 1500)}`);
  }
} catch (fout) {
  // Pyodide's errors carry the whole minified runtime in their stack; the message is enough.
  process.stderr.write(`precompile: ${fout.message ?? fout}\n`);
  process.exitCode = 1;
}
