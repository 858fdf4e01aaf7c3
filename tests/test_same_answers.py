"""Same answers everywhere: CPython and the self-hosted Pyodide give identical JSON.

The cases come from the tools' declarations, so a new tool or field is covered as soon as it
exists: every tool with its worked example and with an empty form (through ``web.aanroep``, the
browser's entry point), and its worked example on the command line in each output format (through
``python -m spoorkennis`` here and ``spoorkennis.__main__.main`` in Pyodide). Pyodide runs in Node
(``scripts/same_answers.mjs``). The browser's cases run on exactly the files the site ships, built
the way the build hook builds them (``scripts/runtime_bouw.py``); the command line is not in those
files, so its cases run on the full wheel and Pyodide's full standard library.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from spoorkennis import tools, web

from . import gebouwd

ROOT = Path(__file__).resolve().parents[1]
VANDAAG = "2026-11-25"  # "today" for every case, in both runs


def _aanroep_cases() -> list:
    cases = []
    for naam in tools.namen():
        voorbeeld = {"_vandaag": VANDAAG, **tools.tool(naam).voorbeeld}
        cases.append(pytest.param({"aanroep": naam, "velden": voorbeeld}, id=f"{naam}-voorbeeld"))
        cases.append(pytest.param({"aanroep": naam, "velden": {"_vandaag": VANDAAG}}, id=f"{naam}-leeg"))
    return cases


def _cli_cases() -> list:
    """Each tool's command-line examples: its worked example in each output format."""
    return [pytest.param({"cli": argv}, id="-".join([argv[0], *(a[2:] for a in argv if a in ("--json", "--ics"))]))
            for naam in tools.namen() for argv in tools.tool(naam).opdrachten()] + [
        # not a tool: every tool's parameters, found inside the wheel
        pytest.param({"cli": ["parameters", "--json", "--peildatum", VANDAAG]}, id="parameters-json")]


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
    assert pyodide["tools"] == tools.namen()


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
                          capture_output=True, timeout=60)  # bytes: a calendar file's line ends are CRLF
    uit, fout = hier.stdout.decode(), hier.stderr.decode()
    daar = pyodide["antwoorden"][json.dumps(case, sort_keys=True)]
    assert "fout" not in daar, daar.get("fout")
    assert (hier.returncode, fout) == (0, "")
    assert (daar["code"], daar["stderr"]) == (0, "")
    if "--json" in case["cli"]:
        _zelfde_json(uit, daar["stdout"])
    else:  # a table, a calendar file: byte for byte
        assert daar["stdout"] == uit
