"""The one way the tests build the site: ``scripts/build.sh``, strict (a warning fails the build)."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bouw(site: Path, root: Path = ROOT) -> subprocess.CompletedProcess:
    """Build the site of ``root`` into ``site``; the result has the return code and all output."""
    return subprocess.run(["bash", str(root / "scripts" / "build.sh"), "--site-dir", str(site)], cwd=root,
                          capture_output=True, text=True, timeout=900)
