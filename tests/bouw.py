"""The one way the tests build the site: ``scripts/build.sh``, strict (a warning fails the build);
and the build hook, for tests of its parts."""

from __future__ import annotations

import functools
import importlib.util
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bouw(site: Path, *extra: str, root: Path = ROOT) -> subprocess.CompletedProcess:
    """Build the site of ``root`` into ``site`` (``extra``: more MkDocs options); the result has the
    return code and all output."""
    return subprocess.run(["bash", str(root / "scripts" / "build.sh"), "--site-dir", str(site), *extra], cwd=root,
                          capture_output=True, text=True, timeout=900)


@functools.cache
def hook():
    """The build hook as a module (``hooks/`` is not a package)."""
    spec = importlib.util.spec_from_file_location("spoorkennis_hook", ROOT / "hooks" / "spoorkennis_hook.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
