"""The browser's runtime built once per test run, exactly as the build hook builds it."""

from __future__ import annotations

import atexit
import functools
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import runtime_bouw  # noqa: E402


@functools.cache
def runtime() -> runtime_bouw.Runtime:
    """The wheel, stdlib and lock file the site ships (scripts/runtime_bouw.py), and the full wheel."""
    map_ = Path(tempfile.mkdtemp(prefix="spoorkennis-runtime-test-"))
    atexit.register(shutil.rmtree, map_, ignore_errors=True)
    return runtime_bouw.bouw(map_ / "runtime")
