"""The browser's runtime holds what the pages run and nothing else, and the build notices when a
file the pages need is not in it (scripts/precompile.mjs, scripts/runtime_bouw.py).

The answers themselves are compared with CPython in tests/test_same_answers.py.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
import zlib
from pathlib import Path

import pytest

from . import gebouwd

ROOT = gebouwd.ROOT
PYODIDE = gebouwd.runtime_bouw.PYODIDE


def _namen(archief: Path) -> set[str]:
    with zipfile.ZipFile(archief) as z:
        return set(z.namelist())


def _kopie_zonder(bron: Path, doel: Path, weg: str) -> None:
    with zipfile.ZipFile(bron) as zin, zipfile.ZipFile(doel, "w", zipfile.ZIP_DEFLATED) as zout:
        assert weg in zin.namelist()
        for info in zin.infolist():
            if info.filename != weg:
                zout.writestr(info, zin.read(info))


def _precompile(*args) -> subprocess.CompletedProcess:
    return subprocess.run(["node", str(ROOT / "scripts" / "precompile.mjs"), *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)


def test_the_wheel_holds_bytecode_and_parsed_data_only():
    namen = _namen(gebouwd.runtime().wiel)
    assert {n for n in namen if not n.endswith((".pyc", ".marshal"))} == set()
    # What the browser never reads: the command line (argparse), the TOML sources, the wheel's
    # metadata. (A tool's text output, such as wia/cli.py's table, is imported by its declaration.)
    assert not {"spoorkennis/__main__.pyc", "spoorkennis/cli.pyc", "spoorkennis/parameterlijst.pyc"} & namen
    assert {"spoorkennis/web.pyc", "spoorkennis/wia/berekening.pyc", "spoorkennis/checklist/vragen.toml.marshal"} <= namen


def test_the_stdlib_holds_bytecode_of_what_pyodide_and_the_tools_import():
    namen = _namen(gebouwd.runtime().stdlib)
    assert all(n.endswith(".pyc") for n in namen)
    # Pyodide's own start, and what the tools import (decimal, json).
    assert {"pyodide/__init__.pyc", "asyncio/__init__.pyc", "decimal.pyc", "json/decoder.pyc",
            "traceback.pyc"} <= namen
    # Never imported by a page: the TOML parser (the wheel has parsed copies), the command line's
    # parser, and the big packages nobody uses.
    assert not {"tomllib/__init__.pyc", "argparse.pyc", "email/__init__.pyc", "unittest/__init__.pyc",
                "xml/__init__.pyc", "pdb.pyc"} & namen
    # Modules Python has built in (frozen) are never read from the archive.
    assert not {"os.pyc", "codecs.pyc", "importlib/_bootstrap.pyc", "zipimport.pyc"} & namen
    assert len(namen) < len(_namen(PYODIDE / "python_stdlib.zip")) / 3


def test_the_lock_file_lists_no_packages():
    import json

    lock = json.loads(gebouwd.runtime().lock.read_text())
    assert lock["packages"] == {}
    assert lock["info"] == json.loads((PYODIDE / "pyodide-lock.json").read_text())["info"]


@pytest.mark.parametrize("archief, weg, melding", [
    ("stdlib", "decimal.pyc", "No module named 'decimal'"),
    ("wiel", "spoorkennis/checklist/vragen.toml.marshal", "vragen.toml"),
])
def test_the_check_fails_when_a_file_the_pages_need_is_missing(tmp_path, archief, weg, melding):
    runtime = gebouwd.runtime()
    for pad in (runtime.stdlib, runtime.wiel, runtime.lock):
        shutil.copy(pad, tmp_path / pad.name)
    bron = getattr(runtime, archief)
    _kopie_zonder(bron, tmp_path / bron.name, weg)
    uit = _precompile(PYODIDE, runtime.volledig, tmp_path, "--controleer")
    assert uit.returncode == 1
    assert melding in uit.stderr


def test_the_build_fails_when_a_tool_crashes_in_pyodide(tmp_path):
    # A tool that imports a package the browser does not have (markdown-it-py is for the build only).
    runtime = gebouwd.runtime()
    kapot = tmp_path / runtime.volledig.name
    module = "spoorkennis/tijdlijn/verzuimweek_web.py"
    with zipfile.ZipFile(runtime.volledig) as zin, zipfile.ZipFile(kapot, "w") as zout:
        for info in zin.infolist():
            inhoud = zin.read(info)
            zout.writestr(info, inhoud + b"\nimport markdown_it\n" if info.filename == module else inhoud)
    uit = _precompile(PYODIDE, kapot, tmp_path / "uit")
    assert uit.returncode == 1
    assert "No module named 'markdown_it'" in uit.stderr
    assert not (tmp_path / "uit").exists()


@pytest.mark.parametrize("archief", ["wiel", "stdlib"])
def test_the_site_ships_exactly_these_archives_xz_compressed(archief):
    """What the site ships unpacks, in npm's xz-decompress as the worker uses it, to exactly the
    archive tested here and in tests/test_same_answers.py, and is at least a quarter smaller than
    the archive compressed file by file (what a zip would be)."""
    runtime = gebouwd.runtime()
    plat = getattr(runtime, archief)
    verzonden = runtime.wiel_xz if archief == "wiel" else runtime.pyodide()["python_stdlib.zip.xz"]
    uitpakken = ("const { XzReadableStream } = require('xz-decompress');"
                 "new Response(new XzReadableStream(new Blob([require('fs').readFileSync(process.argv[1])]).stream()))"
                 ".arrayBuffer().then((b) => process.stdout.write(Buffer.from(b)));")
    run = subprocess.run(["node", "-e", uitpakken, str(verzonden)], cwd=ROOT, capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr.decode()
    assert run.stdout == plat.read_bytes()
    with zipfile.ZipFile(plat) as z:
        per_bestand = sum(len(zlib.compress(z.read(n), 9)) for n in z.namelist())
    assert verzonden.stat().st_size < 0.75 * per_bestand
