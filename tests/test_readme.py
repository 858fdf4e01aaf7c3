"""The command-line examples in README work as written, from any folder, in the project's .venv."""

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VOORBEELDEN = re.findall(r"^\.venv/bin/python -m spoorkennis (.+?)(?:\s+>\s*\S+)?$",
                         (ROOT / "README.md").read_text(encoding="utf-8"), re.M)


def test_readme_heeft_voorbeelden_voor_elke_rekenhulp():
    assert {regel.split()[0] for regel in VOORBEELDEN} >= {"wia", "tijdlijn", "checklist"}


@pytest.mark.parametrize("regel", VOORBEELDEN)
def test_readme_opdracht_werkt(regel, tmp_path):
    # No PYTHONPATH and another folder: the package must be installed in the venv (scripts/setup.sh).
    omgeving = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    uit = subprocess.run([sys.executable, "-m", "spoorkennis", *shlex.split(regel)], cwd=tmp_path,
                         capture_output=True, text=True, env=omgeving, timeout=60)
    assert uit.returncode == 0, uit.stderr
    assert uit.stdout.strip()


README = (ROOT / "README.md").read_text(encoding="utf-8")
BENCHMARK = (ROOT / "BENCHMARK.md").read_text(encoding="utf-8")


def sectie(kop: str) -> str:
    """The text under `## kop`, up to the next `## ` heading."""
    return re.search(rf"^## {re.escape(kop)}\n(.*?)(?=^## |\Z)", README, re.M | re.S)[1]


def opdrachten(tekst: str) -> list[str]:
    """The command lines of the code blocks in `tekst`, without their comments."""
    blokken = re.findall(r"^```sh\n(.*?)^```", tekst, re.M | re.S)
    return [regel.split("  #")[0].strip() for blok in blokken for regel in blok.splitlines() if regel.strip()]


def test_readme_is_een_voordeur():
    """What it is (with a screenshot), run it, test it, publish your own copy, how it fits
    together, where to read more: in that order (issue 18)."""
    volgorde = ["Run it", "Test it", "Publish your own copy", "How it fits together", "Where to read more"]
    assert [kop for kop in re.findall(r"^## (.+)$", README, re.M) if kop in volgorde] == volgorde
    plaatje = re.search(r"!\[[^\]\s][^\]]*\]\(([^)]+\.png)\)", README.split("\n## ", 1)[0])
    assert plaatje, "no screenshot (with a description) before the first section"
    png = (ROOT / plaatje[1]).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) < 200_000


def test_de_twee_opdrachten_en_ci():
    """The front door's two commands, each in its own section; .ci/run runs exactly the test one."""
    assert opdrachten(sectie("Run it")) == ["./scripts/serve.sh"]
    assert opdrachten(sectie("Test it"))[0] == "./scripts/test.sh"
    for opdracht in ("scripts/serve.sh", "scripts/test.sh"):
        assert os.access(ROOT / opdracht, os.X_OK), opdracht
    ci = [regel for regel in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
          if regel.strip() and not regel.startswith("#")]
    assert ci == ["exec bash scripts/test.sh"]


def test_een_fork_zet_eerst_de_workflows_aan():
    publiceren = sectie("Publish your own copy")
    assert "*Actions* tab and enable the workflows" in publiceren
    assert publiceren.index("enable the workflows") < publiceren.index("Push to `main`")


def test_benchmarkgeschiedenis_staat_in_een_eigen_document():
    """README keeps the latest table and how to run the benchmark; the history is linked."""
    assert "](BENCHMARK.md)" in README and README.count("### Latest run") == 1
    assert "scripts/bench.py" in sectie("Benchmark: the tools against bare Pyodide")
    for geschiedenis in ("Where the time went", "First round", "Second round", "Third round", "Fourth round",
                         "| series |"):
        assert geschiedenis not in README and geschiedenis in BENCHMARK, geschiedenis


@pytest.mark.parametrize("document", ["README.md", "BENCHMARK.md"])
def test_links_naar_bestanden_bestaan(document):
    tekst = (ROOT / document).read_text(encoding="utf-8")
    doelen = [doel for doel in re.findall(r"\]\(([^)#\s]+)", tekst) if not re.match(r"[a-z]+:", doel)]
    assert doelen and not [doel for doel in doelen if not (ROOT / doel).exists()]
