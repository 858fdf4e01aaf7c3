"""Same answers everywhere: CPython and the self-hosted Pyodide give identical JSON.

The cases come from the package itself, so a new tool or command is covered as soon as it exists:
every tool in ``web.TOOLS`` with its ``VOORBEELD`` and with an empty form (through
``web.aanroep``, the browser's entry point), and the command-line contract examples (through
``python -m spoorkennis`` here and ``spoorkennis.__main__.main`` in Pyodide). Pyodide runs in Node
(``scripts/same_answers.mjs``). The browser's cases run on exactly the files the site ships, built
the way the build hook builds them (``scripts/runtime_bouw.py``); the command line is not in those
files, so its cases run on the full wheel and Pyodide's full standard library.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from spoorkennis import __main__ as cli
from spoorkennis import web

from . import gebouwd

ROOT = Path(__file__).resolve().parents[1]
VANDAAG = "2026-11-25"  # "today" for every case, in both runs
CLI_VOORBEELDEN = [
    ["wia", "--maandloon", "3000", "--arbeidsverleden", "20", "--ao", "50", "--inkomen", "0",
     "--peildatum", "2026-01-01", "--json"],
    ["tijdlijn", "--eerste-ziektedag", "2026-01-05", "--vandaag", VANDAAG, "--json"],
    ["checklist", "--json"],
]


def _bestaat(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def _aanroep_cases() -> list:
    cases = []
    for naam, doel in sorted(web.TOOLS.items()):
        module = doel.partition(":")[0]
        if not _bestaat(module):
            reden = f"{module} does not exist yet"
            cases += [pytest.param(None, id=f"{naam}-{soort}", marks=pytest.mark.skip(reason=reden))
                      for soort in ("voorbeeld", "leeg")]
            continue
        voorbeeld = {"_vandaag": VANDAAG, **importlib.import_module(module).VOORBEELD}
        cases.append(pytest.param({"aanroep": naam, "velden": voorbeeld}, id=f"{naam}-voorbeeld"))
        cases.append(pytest.param({"aanroep": naam, "velden": {"_vandaag": VANDAAG}}, id=f"{naam}-leeg"))
    return cases


def _cli_cases() -> list:
    cases = []
    for argv in CLI_VOORBEELDEN:
        module = cli.COMMANDS[argv[0]][0]
        marks = [] if _bestaat(module) else [pytest.mark.skip(reason=f"{module} does not exist yet")]
        cases.append(pytest.param({"cli": argv}, id=argv[0], marks=marks))
    return cases


AANROEPEN = _aanroep_cases()
OPDRACHTEN = _cli_cases()


def _in_pyodide(cases: list, wiel: Path, stdlib: Path, lock: Path) -> dict:
    run = subprocess.run([shutil.which("node"), str(ROOT / "scripts" / "same_answers.mjs"), "--wheel", str(wiel),
                          "--stdlib", str(stdlib), "--lock", str(lock)],
                         input=json.dumps(cases), capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    uitvoer = json.loads(run.stdout)
    uitvoer["antwoorden"] = {json.dumps(c, sort_keys=True): a for c, a in zip(cases, uitvoer["antwoorden"])}
    return uitvoer


@pytest.fixture(scope="module")
def pyodide():
    """The browser's cases on the shipped runtime, the command line's on the full one: one Node run
    each. {"python", "tools", "modules" (imported by the browser's cases), "antwoorden": {case: answer}}."""
    if not shutil.which("node") or not (gebouwd.runtime_bouw.PYODIDE / "pyodide.mjs").is_file():
        pytest.fail("Node and node_modules/pyodide are needed: run scripts/setup.sh (npm ci).")
    runtime = gebouwd.runtime()
    browser = _in_pyodide([p.values[0] for p in AANROEPEN if not p.marks], runtime.wiel, runtime.stdlib, runtime.lock)
    npm = gebouwd.runtime_bouw.PYODIDE
    cli_ = _in_pyodide([p.values[0] for p in OPDRACHTEN if not p.marks], runtime.volledig,
                       npm / "python_stdlib.zip", npm / "pyodide-lock.json")
    return {**browser, "antwoorden": {**browser["antwoorden"], **cli_["antwoorden"]}}


def _zelfde_json(cpython: str, pyodide: str) -> None:
    assert json.loads(pyodide) == json.loads(cpython)  # readable diff first
    assert pyodide == cpython  # then byte for byte: key order, number forms, escapes


def test_pyodide_is_another_python_with_the_same_tools(pyodide):
    assert pyodide["python"].startswith("3.14.")  # pinned by node_modules/pyodide 314.x
    assert pyodide["tools"] == sorted(web.TOOLS)


def test_the_shipped_wheel_reads_parsed_data_and_never_parses_toml(pyodide):
    # Every tool ran on the build's parsed copies (NAME.toml.marshal): no TOML parser.
    assert "spoorkennis.data" in pyodide["modules"]
    assert "tomllib" not in pyodide["modules"]


@pytest.mark.parametrize("case", AANROEPEN)
def test_aanroep_gives_the_same_json(case, pyodide):
    hier = web.aanroep(case["aanroep"], json.dumps(case["velden"]))
    daar = pyodide["antwoorden"][json.dumps(case, sort_keys=True)]["json"]
    for antwoord in (hier, daar):
        assert "technisch" not in json.loads(antwoord), f"the tool crashed:\n{json.loads(antwoord)['technisch']}"
    if case["velden"].keys() != {"_vandaag"}:
        assert json.loads(hier)["ok"], f"the worked example does not compute: {json.loads(hier)['fouten']}"
    _zelfde_json(hier, daar)


@pytest.mark.parametrize("case", OPDRACHTEN)
def test_command_line_gives_the_same_json(case, pyodide):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    hier = subprocess.run([sys.executable, "-m", "spoorkennis", *case["cli"]], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    daar = pyodide["antwoorden"][json.dumps(case, sort_keys=True)]
    assert "fout" not in daar, daar.get("fout")
    assert (hier.returncode, hier.stderr) == (0, "")
    assert (daar["code"], daar["stderr"]) == (0, "")
    _zelfde_json(hier.stdout, daar["stdout"])
