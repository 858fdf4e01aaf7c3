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


# The WIA beyond its worked example (issue 15): the new fields, a stale amount, the WW, a question
# at the field; on the command line in each format, and a question that exits with code 2.
WIA = {"maandloon": "3.000", "arbeidsverleden": "20", "ao": "50", "peildatum": "1-1-2026", "_vandaag": VANDAAG}
WIA_OPTIES = ["wia", "--maandloon", "3000", "--arbeidsverleden", "20", "--peildatum", "2026-01-01"]
WIA_NIEUW = ["--ao", "50", "--uren-per-week", "24", "--maatmaninkomen", "3200", "--geboortedatum", "1961-06-15",
             "--eerste-ziektedag", "2026-01-05"]
WIA_AANROEPEN = [
    pytest.param({"aanroep": "wia", "velden": {**WIA, "uren_per_week": "40", "maatmaninkomen": "3.200",
                                               "geboortedatum": "15-6-1961", "eerste_ziektedag": "5-1-2026"}},
                 id="wia-uren-maatman-aow"),
    pytest.param({"aanroep": "wia", "velden": {**WIA, "peildatum": "1-3-2027"}}, id="wia-verouderd"),
    pytest.param({"aanroep": "wia", "velden": {**WIA, "ao": "20", "inkomen": "2.100"}}, id="wia-ww-en-inkomen"),
    pytest.param({"aanroep": "wia", "velden": {**WIA, "maandloon": "3,000"}, "vraag": True}, id="wia-vraag"),
]
WIA_OPDRACHTEN = [
    pytest.param({"cli": [*WIA_OPTIES, *WIA_NIEUW, "--json"]}, id="wia-nieuw-json"),
    pytest.param({"cli": [*WIA_OPTIES, *WIA_NIEUW]}, id="wia-nieuw"),
    pytest.param({"cli": [*WIA_OPTIES[:-1], "2027-03-01", "--ao", "20", "--json"]}, id="wia-verouderd-ww-json"),
    pytest.param({"cli": ["wia", "--maandloon", "3,000", "--arbeidsverleden", "20", "--ao", "50", "--json"], "code": 2},
                 id="wia-vraag-json"),
]
AANROEPEN = _aanroep_cases() + WIA_AANROEPEN
OPDRACHTEN = _cli_cases() + WIA_OPDRACHTEN


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
    if case["velden"].keys() != {"_vandaag"} and not case.get("vraag"):
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
    if case.get("code"):  # refused input: the same Dutch message and exit code, no output
        assert (hier.returncode, uit) == (daar["code"], daar["stdout"]) == (case["code"], "")
        assert fout == daar["stderr"] and "Traceback" not in fout
        return
    assert (hier.returncode, fout) == (0, "")
    assert (daar["code"], daar["stderr"]) == (0, "")
    if "--json" in case["cli"]:
        _zelfde_json(uit, daar["stdout"])
    else:  # a table, a calendar file: byte for byte
        assert daar["stdout"] == uit
