"""Spoorkennis: rules and calculators for re-integratie tweede spoor.

Stdlib only, so the same code runs in CPython, on the command line and in Pyodide.
"""

__version__ = "0.1.0"
