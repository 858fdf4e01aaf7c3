"""Data files inside the package (the TOML files), read through the package's own loader.

This works for the package in a folder (CPython, the build) and for the wheel on ``sys.path`` in
the browser (zipimport), without ``importlib.resources`` and the zip handling it imports (about
30 ms of a tool's first call in Pyodide).
"""

from __future__ import annotations

import importlib
import os


def tekst(pakket: str, *pad: str) -> str:
    """The UTF-8 text of file ``pad`` (path parts) inside package ``pakket``."""
    module = importlib.import_module(pakket)
    return module.__loader__.get_data(os.path.join(os.path.dirname(module.__file__), *pad)).decode("utf-8")
