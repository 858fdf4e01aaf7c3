"""Same answers everywhere: CPython and the self-hosted Pyodide give identical JSON.

The cases come from the tools' declarations, so a new tool or field is covered as soon as it
exists: every tool with its worked example and with an empty form (through ``web.aanroep``, the
browser's entry point), and its worked example on the command line in each output format (through
``python -m spoorkennis`` here and ``spoorkennis.__main__.main`` in Pyodide). The wheel is built
from the current source the way the build hook builds it; Pyodide runs in Node
(``scripts/same_answers.mjs``), started once for all cases.
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

ROOT = Path(__file__).resolve().parents[1]
VANDAAG = "2026-11-25"  # "today" for every case, in both runs


def _aanroep_cases() -> list:
    cases = []
    for naam in tools.namen():
        voorbeeld = {"_vandaag": VANDAAG, **tools.tool(naam).voorbeeld}
        cases.append(pytest.param({"aanroep": naam, "velden": voorbeeld}, id=f"{naam}-voorbeeld"))
        cases.append(pytest.param({"aanroep": naam, "velden": {"_vandaag": VANDAAG}}, id=f"{naam}-leeg"))
    # the planner with every option of issue 16: six recovery rows, the real evaluation, both extensions
    plan = {"_vandaag": VANDAAG, "eerste_ziektedag": "6-3-2026", "eerstejaarsevaluatie": "15-12-2026",
            "verlenging_weken": "26", "loonsanctie_weken": "10", "weergave": "werknemer",
            **{f"hersteld_{kant}_{n}": f"{dag}-{n + 3}-2026" for n in range(1, 7) for kant, dag in (("van", 1), ("tot", 4))}}
    cases.append(pytest.param({"aanroep": "tijdlijn", "velden": plan}, id="tijdlijn-plan"))
    return cases


def _cli_cases() -> list:
    """Each tool's command-line examples: its worked example in each output format."""
    return [pytest.param({"cli": argv}, id="-".join([argv[0], *(a[2:] for a in argv if a in ("--json", "--ics"))]))
            for naam in tools.namen() for argv in tools.tool(naam).opdrachten()] + [
        # not a tool: every tool's parameters, found inside the wheel
        pytest.param({"cli": ["parameters", "--json", "--peildatum", VANDAAG]}, id="parameters-json"),
        # the planner's options (issue 16), and a melding at UWV moved past Christmas (6 Mar 2026 + 294 days)
        *(pytest.param({"cli": ["tijdlijn", "--eerste-ziektedag", "6-3-2026", "--hersteld", "1-4-2026:8-4-2026",
                                "--eerstejaarsevaluatie", "15-12-2026", "--verlenging-weken", "26",
                                "--loonsanctie-weken", "10", "--vandaag", VANDAAG, *formaat]},
                       id="-".join(["tijdlijn-plan", *(f[2:] for f in formaat)])) for formaat in ([], ["--json"], ["--ics"])),
        pytest.param({"cli": ["verzuimweek", "--eerste-ziektedag", "5-1-2026", "--hersteld", "2-2-2026:16-2-2026",
                              "--vandaag", VANDAAG]}, id="verzuimweek-hersteld")]


AANROEPEN = _aanroep_cases()
OPDRACHTEN = _cli_cases()


@pytest.fixture(scope="module")
def pyodide(tmp_path_factory):
    """Every runnable case through the wheel in Pyodide, in one Node run: {case json: answer}."""
    node = shutil.which("node")
    if not node or not (ROOT / "node_modules" / "pyodide" / "pyodide.mjs").is_file():
        pytest.fail("Node and node_modules/pyodide are needed: run scripts/setup.sh (npm ci).")
    uit = tmp_path_factory.mktemp("wiel")
    bouw = subprocess.run([sys.executable, "-c", "import sys; from flit_core import buildapi; "
                           "print(buildapi.build_wheel(sys.argv[1]))", str(uit)],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    wiel = uit / bouw.stdout.strip().splitlines()[-1]
    # Test what the site ships: the wheel and the stdlib precompiled as the build hook does.
    stdlib_in = ROOT / "node_modules" / "pyodide" / "python_stdlib.zip"
    stdlib, gecompileerd = uit / "python_stdlib.zip", uit / "gecompileerd" / wiel.name
    gecompileerd.parent.mkdir()
    subprocess.run([node, str(ROOT / "scripts" / "precompile.mjs"), str(stdlib_in), str(stdlib), str(wiel),
                    str(gecompileerd)], cwd=ROOT, check=True, capture_output=True, timeout=180)
    cases = [p.values[0] for p in AANROEPEN + OPDRACHTEN if not p.marks]
    run = subprocess.run([node, str(ROOT / "scripts" / "same_answers.mjs"), "--wheel", str(gecompileerd),
                          "--stdlib", str(stdlib)],
                         input=json.dumps(cases), capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr[-3000:]
    uitvoer = json.loads(run.stdout)
    return {"python": uitvoer["python"], "tools": uitvoer["tools"], "modules": uitvoer["modules"],
            "antwoorden": {json.dumps(c, sort_keys=True): a for c, a in zip(cases, uitvoer["antwoorden"])}}


def _zelfde_json(cpython: str, pyodide: str) -> None:
    assert json.loads(pyodide) == json.loads(cpython)  # readable diff first
    assert pyodide == cpython  # then byte for byte: key order, number forms, escapes


def test_pyodide_is_another_python_with_the_same_tools(pyodide):
    assert pyodide["python"].startswith("3.14.")  # pinned by node_modules/pyodide 314.x
    assert pyodide["tools"] == tools.namen()


def test_the_shipped_wheel_reads_parsed_data_and_never_parses_toml(pyodide):
    # Every tool and command ran on the build's parsed copies (NAME.toml.marshal): no TOML parser.
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
