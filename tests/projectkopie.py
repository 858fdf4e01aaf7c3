"""A copy of this project in a temporary folder, the way a fork has it, for tests that build or
run scripts without touching the project's own `site/` (other tests use that build).

Only what git would carry is copied (tracked files and new, not ignored ones); the set-up that
`scripts/setup.sh` makes (`.venv`, `node_modules`) is linked, not copied or installed again.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLATIE = (".venv", "node_modules")


def kopieer(doel: Path) -> Path:
    """Copy the project's files into `doel`; return it. Modification times stay, because
    setup.sh compares package-lock.json with node_modules to decide whether to install again."""
    namen = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                           cwd=ROOT, capture_output=True, check=True).stdout.decode().split("\0")
    for naam in namen:
        if naam and (ROOT / naam).is_file():
            (doel / naam).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / naam, doel / naam)
    return doel


def koppel_installatie(doel: Path) -> None:
    """Link the project's `.venv` and `node_modules` into the copy (after any commit there: git
    would take a link for a file)."""
    for naam in INSTALLATIE:
        (doel / naam).symlink_to(ROOT / naam, target_is_directory=True)
