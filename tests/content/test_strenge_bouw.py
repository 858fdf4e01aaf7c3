"""A warning fails the build in every command that builds the site.

``scripts/build.sh`` is the one build command (strict, never ``--quiet``: that raises MkDocs' log
level to ERROR, so strict mode counts no warnings and a broken link passes). ``scripts/test.sh``,
``scripts/serve.sh``, the Pages workflow and the tests (``tests/bouw.py``) all call it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from ..bouw import ROOT, bouw

NIET_KOPIEREN = (".git", ".venv", "node_modules", "site", "dist", "build", "__pycache__", ".hypothesis",
                 ".pytest_cache", "test-results", "screenshots")


def kopie(tmp_path):
    """The repository without what is installed or built; .venv and node_modules are linked."""
    doel = tmp_path / "repo"
    # copy2 keeps modification times: setup.sh compares package-lock.json with node_modules by age.
    shutil.copytree(ROOT, doel, ignore=shutil.ignore_patterns(*NIET_KOPIEREN), copy_function=shutil.copy2)
    for naam in (".venv", "node_modules"):
        (doel / naam).symlink_to(ROOT / naam)
    return doel


def test_een_kapotte_link_laat_de_bouw_falen(tmp_path):
    repo = kopie(tmp_path)
    with open(repo / "docs" / "over.md", "a", encoding="utf-8") as pagina:
        pagina.write("\n\nZie ook [deze pagina](bestaat-niet.md).\n")
    proces = bouw(tmp_path / "site", root=repo)
    uitvoer = proces.stdout + proces.stderr
    assert proces.returncode != 0, f"the build passed with a broken link:\n{uitvoer[-3000:]}"
    assert "bestaat-niet.md" in uitvoer and "strict mode" in uitvoer, uitvoer[-3000:]


def test_build_sh_weigert_quiet():
    proces = subprocess.run(["bash", str(ROOT / "scripts" / "build.sh"), "--quiet"], capture_output=True, text=True)
    assert proces.returncode == 2 and "--quiet" in proces.stderr


@pytest.mark.parametrize("opdracht, argumenten", [
    ("test.sh", ["--collect-only", "-q", "tests/test_klok.py"]),  # quick, should the build be ignored
    ("serve.sh", []),
])
def test_opdracht_bouwt_met_build_sh_en_stopt_als_die_faalt(tmp_path, opdracht, argumenten):
    """With a build.sh that fails (as it does on a broken link, above), the command fails too: it
    runs no tests and serves nothing."""
    repo = kopie(tmp_path)
    scripts = repo / "scripts"
    (scripts / "setup.sh").write_text("exit 0\n")
    (scripts / "browser.sh").write_text("echo /usr/bin/chromium\n")
    (scripts / "build.sh").write_text(f'echo "$@" > {tmp_path}/gebouwd\nexit 3\n')
    try:
        proces = subprocess.run(["bash", str(scripts / opdracht), *argumenten], cwd=repo, capture_output=True,
                                text=True, timeout=60, env={**os.environ, "PORT": "0"})
    except subprocess.TimeoutExpired:
        pytest.fail(f"{opdracht} went on after the build failed (it is still serving)")
    assert (tmp_path / "gebouwd").exists(), f"{opdracht} did not build with scripts/build.sh"
    assert proces.returncode == 3, f"{opdracht} went on after the build failed:\n{proces.stdout[-2000:]}"


def test_nergens_een_stille_bouw():
    """No script, test, workflow or guide builds with --quiet/-q (the README and CONTRIBUTING too)."""
    stil = []
    for map_, mappen, bestanden in os.walk(ROOT):
        mappen[:] = [m for m in mappen if m not in NIET_KOPIEREN]
        for naam in bestanden:
            if not naam.endswith((".sh", ".py", ".yml", ".yaml", ".md", ".mjs", ".js", ".toml")):
                continue
            pad = os.path.join(map_, naam)
            for nummer, regel in enumerate(open(pad, encoding="utf-8", errors="replace"), 1):
                if re.search(r"mkdocs\b.*\bbuild\b", regel) and re.search(r"(\s|\")(-q|--quiet)\b", regel):
                    stil.append(f"{os.path.relpath(pad, ROOT)}:{nummer}: {regel.strip()}")
    assert not stil, "\n".join(stil)
