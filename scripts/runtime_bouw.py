"""The browser's Python runtime, built from the package and ``node_modules/pyodide``.

Used by the build hook (what the site ships) and by ``tests/test_same_answers.py`` (which tests
exactly those files). ``bouw(map)`` makes:

- the package's wheel (``flit_core``) plus a parsed copy ``NAME.toml.marshal`` beside each data file
  (``spoorkennis.data``): the *full* wheel, which the command line and the build's first run use;
- with ``scripts/precompile.mjs``: the browser's stdlib and wheel, holding exactly the files the
  pages read in Pyodide (bytecode only), and a lock file without packages.

The other three runtime files (``pyodide.mjs``, ``pyodide.asm.mjs``, ``pyodide.asm.wasm``) are
shipped as npm has them.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYODIDE = ROOT / "node_modules" / "pyodide"
ONGEWIJZIGD = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
# What a host like GitHub Pages sends compressed (text and wasm); zip archives go as they are.
GECOMPRIMEERD = (".mjs", ".js", ".json", ".wasm")


class BouwFout(Exception):
    """The runtime could not be built; the message says why."""


@dataclass(frozen=True)
class Runtime:
    wiel: Path  # the browser's wheel: bytecode of the modules the pages import, parsed data
    stdlib: Path  # python_stdlib.zip: what Pyodide and the pages import, as bytecode
    lock: Path  # pyodide-lock.json without packages
    volledig: Path  # the full wheel: every module with its source, and the parsed data

    def pyodide(self) -> dict[str, Path]:
        """The files of ``assets/pyodide/`` by name."""
        return {**{naam: PYODIDE / naam for naam in ONGEWIJZIGD},
                self.stdlib.name: self.stdlib, self.lock.name: self.lock}


def bouw(map_: Path) -> Runtime:
    """Build the runtime into the empty folder ``map_``."""
    missing = [naam for naam in (*ONGEWIJZIGD, "python_stdlib.zip", "pyodide-lock.json")
               if not (PYODIDE / naam).is_file()]
    if missing:
        raise BouwFout(f"Pyodide runtime missing in node_modules/pyodide ({', '.join(missing)}): run `npm ci`.")
    bron = _wheel(map_ / "bron")
    volledig = _met_geparste_data(bron, map_ / "volledig" / bron.name)
    browser = map_ / "browser"
    result = subprocess.run(["node", str(ROOT / "scripts" / "precompile.mjs"), str(PYODIDE), str(volledig),
                             str(browser)], cwd=ROOT, capture_output=True, text=True)
    if result.returncode:
        raise BouwFout(f"building Python for the browser failed:\n{result.stderr[-3000:]}")
    return Runtime(wiel=browser / bron.name, stdlib=browser / "python_stdlib.zip",
                   lock=browser / "pyodide-lock.json", volledig=volledig)


def download(bestanden: dict[str, Path]) -> dict[str, list[int]]:
    """Per file name: [bytes, bytes on the wire from a host that compresses text and wasm]."""
    uit = {}
    for naam, pad in bestanden.items():
        inhoud = pad.read_bytes()
        over = len(gzip.compress(inhoud, 6, mtime=0)) if naam.endswith(GECOMPRIMEERD) else len(inhoud)
        uit[naam] = [len(inhoud), over]
    return uit


def _wheel(uit: Path) -> Path:
    """The pure-Python wheel, built by flit_core (the backend in pyproject.toml) as `pip wheel .` would."""
    from flit_core import buildapi

    uit.mkdir(parents=True)
    cwd = Path.cwd()
    try:
        os.chdir(ROOT)
        return uit / buildapi.build_wheel(str(uit))
    finally:
        os.chdir(cwd)


def _met_geparste_data(bron: Path, doel: Path) -> Path:
    """The wheel plus the parsed copies ``spoorkennis.data`` reads: ``NAME.toml.marshal`` beside each
    data file and ``__map__.marshal`` in each of their folders (``spoorkennis.data.kopieen``)."""
    from spoorkennis.data import kopieen

    doel.parent.mkdir(parents=True)
    with zipfile.ZipFile(bron) as zin, zipfile.ZipFile(doel, "w", zipfile.ZIP_DEFLATED) as zout:
        tomls = {}
        for info in zin.infolist():
            inhoud = zin.read(info)
            zout.writestr(info, inhoud)
            if info.filename.endswith(".toml"):
                tomls[info.filename] = inhoud
        datum = zin.infolist()[0].date_time
        for pad, geparsed in kopieen(tomls).items():
            zout.writestr(zipfile.ZipInfo(pad, datum), geparsed)
    return doel
