"""The whole site: `mkdocs build --strict` is clean, and no sentence is copied from the sources."""

import os
import subprocess
import sys

import pytest

import inhoud

VERBATIM = inhoud.SHARED / "tools" / "verbatim_check.py"


def test_mkdocs_build_strict_is_schoon(tmp_path):
    proces = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(tmp_path / "site")],
        cwd=inhoud.ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},  # Material's banner about MkDocs 2
    )
    uitvoer = (proces.stdout + proces.stderr).strip()
    assert proces.returncode == 0, f"mkdocs build --strict faalt:\n{uitvoer[-4000:]}"
    assert "WARNING" not in uitvoer, f"mkdocs build geeft waarschuwingen:\n{uitvoer[-4000:]}"
    assert (tmp_path / "site" / "index.html").is_file()


@pytest.mark.skipif(not VERBATIM.exists(), reason="../shared/tools/verbatim_check.py is er niet (fork zonder bronnen)")
def test_geen_zinnen_uit_de_bronnen():
    proces = subprocess.run(
        [sys.executable, str(VERBATIM)], cwd=inhoud.ROOT, capture_output=True, text=True, timeout=300
    )
    assert proces.returncode == 0 and "verbatim: 0 shared runs" in proces.stdout, proces.stdout[-4000:] + proces.stderr
