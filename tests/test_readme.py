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
