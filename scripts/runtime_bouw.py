"""The browser's Python runtime, built from the package and ``node_modules/pyodide``.

Used by the build hook (what the site ships) and by ``tests/test_same_answers.py`` (which tests
exactly those files). ``bouw(map)`` makes:

- the package's wheel (``flit_core``) plus a parsed copy ``NAME.toml.marshal`` beside each data file
  (``spoorkennis.data``): the *full* wheel, which the command line and the build's first run use;
- with ``scripts/precompile.mjs``: the browser's stdlib and wheel, holding exactly the files the
  pages read in Pyodide (bytecode only, stored), and a lock file without packages;
- ``.xz`` copies of that stdlib and wheel: what the site ships (``widgets/worker.mjs`` unpacks them
  with ``xz_module()``, npm's xz-decompress). One LZMA stream over a whole archive is about a third
  smaller than the per-file compression of a zip, or than a host's gzip.

The other three runtime files (``pyodide.mjs``, ``pyodide.asm.mjs``, ``pyodide.asm.wasm``) are
shipped as npm has them, and ``pyodide.asm.mjs`` also as ``.xz`` (the worker imports its unpacked
text; the plain file is for a host that forbids that). The wasm stays as it is: the browser compiles
it while it streams in, and caches the compiled code for the next visit.
"""

from __future__ import annotations

import gzip
import lzma
import os
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYODIDE = ROOT / "node_modules" / "pyodide"
ONGEWIJZIGD = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
# What a host like GitHub Pages sends compressed (text and wasm); archives go as they are.
GECOMPRIMEERD = (".mjs", ".js", ".json", ".wasm")
ASM_XZ = "pyodide.asm.mjs.xz"
XZ_DECODER = ROOT / "node_modules" / "xz-decompress" / "dist" / "package" / "xz-decompress.min.js"


class BouwFout(Exception):
    """The runtime could not be built; the message says why."""


@dataclass(frozen=True)
class Runtime:
    wiel: Path  # the browser's wheel: bytecode of the modules the pages import, parsed data
    stdlib: Path  # python_stdlib.zip: what Pyodide and the pages import, as bytecode
    lock: Path  # pyodide-lock.json without packages
    volledig: Path  # the full wheel: every module with its source, and the parsed data

    @property
    def wiel_xz(self) -> Path:
        """The browser's wheel as the site ships it."""
        return _xz(self.wiel)

    def pyodide(self) -> dict[str, Path]:
        """The files of ``assets/pyodide/`` by name (the stdlib as the site ships it)."""
        stdlib, asm = _xz(self.stdlib), self.stdlib.with_name(ASM_XZ)
        return {**{naam: PYODIDE / naam for naam in ONGEWIJZIGD}, asm.name: asm, stdlib.name: stdlib,
                self.lock.name: self.lock}


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
    runtime = Runtime(wiel=browser / bron.name, stdlib=browser / "python_stdlib.zip",
                      lock=browser / "pyodide-lock.json", volledig=volledig)
    for archief in (runtime.wiel, runtime.stdlib):
        _xz(archief).write_bytes(xz(archief.read_bytes()))
    (browser / ASM_XZ).write_bytes(xz((PYODIDE / "pyodide.asm.mjs").read_bytes()))
    return runtime


def xz(inhoud: bytes) -> bytes:
    """``inhoud`` as an .xz file that xz-decompress reads: LZMA2 with a CRC32 check, and a dictionary
    no larger than the content (the decoder allocates all of it, on a phone too)."""
    woordenboek = max(1 << 16, 1 << (len(inhoud) - 1).bit_length())
    filters = [{"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME, "dict_size": woordenboek}]
    return lzma.compress(inhoud, format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC32, filters=filters)


def xz_module() -> str:
    """npm's xz-decompress as a JavaScript module for the worker: its UMD wrapper puts the library
    on ``this``, which a module does not have."""
    if not XZ_DECODER.is_file():
        raise BouwFout(f"{XZ_DECODER.relative_to(ROOT)} missing: run `npm ci`.")
    return ("// npm's xz-decompress (MIT; contains xz-embedded, public domain) as a module.\n"
            f"const umd = {{}};\n(function () {{\n{XZ_DECODER.read_text(encoding='utf-8')}\n}}).call(umd);\n"
            'export const { XzReadableStream } = umd["xz-decompress"];\n')


def _xz(archief: Path) -> Path:
    return archief.with_name(archief.name + ".xz")


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
