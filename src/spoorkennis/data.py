"""Data files inside the package (the TOML files), read through the package's own loader.

This works for the package in a folder (CPython, the build) and for the wheel on ``sys.path`` in
the browser (zipimport), without ``importlib.resources`` and the zip handling it imports (about
30 ms of a tool's first call in Pyodide).

The build puts a parsed copy, ``NAME.toml.marshal`` (see ``inpakken``), beside each TOML file in
the browser's wheel, and one of each folder's TOML files together (``__map__.marshal``, read by
``toml_map``: a zip on ``sys.path`` cannot be listed without the zipfile module), so a page neither
imports ``tomllib`` nor parses TOML. Numbers with a fraction are always ``Decimal``: legal amounts
are never floats.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import marshal
import os
import re
from decimal import Decimal

GEPARSED = ".marshal"  # suffix of the build's parsed copy of a data file
MAP = "__map__" + GEPARSED  # the build's parsed copy of all TOML files of one folder


def toml(pakket: str, *pad: str) -> dict:
    """The TOML file ``pad`` (path parts) inside package ``pakket``, parsed."""
    module = importlib.import_module(pakket)
    bestand = os.path.join(os.path.dirname(module.__file__), *pad)
    try:
        return uitpakken(module.__loader__.get_data(bestand + GEPARSED))
    except OSError:  # no parsed copy: the package as source
        return parse(module.__loader__.get_data(bestand).decode("utf-8"))


def toml_map(pakket: str, *pad: str) -> dict[str, dict]:
    """Every TOML file in folder ``pad`` of package ``pakket``, parsed, by file name in name order;
    FileNotFoundError when the folder does not exist."""
    module = importlib.import_module(pakket)
    try:
        return uitpakken(module.__loader__.get_data(os.path.join(os.path.dirname(module.__file__), *pad, MAP)))
    except OSError:  # no parsed copy: the package as source, in a folder or a wheel before the build
        from importlib.resources import files  # here: only where there is no parsed copy

        map_ = files(pakket)
        for deel in pad:
            map_ = map_.joinpath(deel)
        if not map_.is_dir():
            raise FileNotFoundError(f"{pakket}: geen map {'/'.join(pad)}") from None
        bestanden = sorted((b for b in map_.iterdir() if b.name.endswith(".toml")), key=lambda b: b.name)
        return {b.name: parse(b.read_text(encoding="utf-8")) for b in bestanden}


def kopieen(bestanden: dict[str, bytes]) -> dict[str, bytes]:
    """The build's parsed copies for the TOML files ``bestanden`` (path in the wheel: content):
    ``NAME.toml.marshal`` beside each, and ``__map__.marshal`` in each of their folders."""
    uit, mappen = {}, {}
    for pad in sorted(bestanden):
        geparsed = parse(bestanden[pad].decode("utf-8"))
        uit[pad + GEPARSED] = inpakken(geparsed)
        map_, _, naam = pad.rpartition("/")
        mappen.setdefault(map_, {})[naam] = geparsed
    for map_, inhoud in mappen.items():
        uit[f"{map_}/{MAP}"] = inpakken(inhoud)
    return uit


def parse(tekst: str) -> dict:
    """TOML text as data, fractions as ``Decimal``."""
    import tomllib  # here, not above: the browser's wheel has parsed copies and never needs it

    return tomllib.loads(tekst, parse_float=Decimal)


def inpakken(data: dict) -> bytes:
    """The parsed copy that ``toml`` reads (made at build time from ``parse``): marshal, with each
    ``Decimal`` and date as a tagged tuple (TOML itself has no tuples)."""
    def pak(waarde):
        if isinstance(waarde, Decimal):
            return ("Decimal", str(waarde))
        if type(waarde) is dt.date:
            return ("date", waarde.isoformat())
        if isinstance(waarde, (str, int, bool)):
            return waarde
        raise TypeError(f"{type(waarde).__name__} in een databestand wordt niet ondersteund")
    return marshal.dumps(_elk(data, pak))


def uitpakken(inhoud: bytes) -> dict:
    """The data that ``inpakken`` packed."""
    def ontpak(waarde):
        if isinstance(waarde, tuple):
            soort, tekst = waarde
            return Decimal(tekst) if soort == "Decimal" else dt.date.fromisoformat(tekst)
        return waarde
    return _elk(marshal.loads(inhoud), ontpak)


def _elk(waarde, blad):
    """``waarde`` with ``blad`` applied to everything in it that is not a dict or a list."""
    if isinstance(waarde, dict):
        return {k: _elk(v, blad) if isinstance(v, (dict, list)) else blad(v) for k, v in waarde.items()}
    if isinstance(waarde, list):
        return [_elk(v, blad) if isinstance(v, (dict, list)) else blad(v) for v in waarde]
    return blad(waarde)


def naar_json(data: dict, **opties) -> str:
    """JSON in which every Decimal is a plain number with its own decimals (2250.00, not 2250.0)."""
    def als_tekst(o):
        if isinstance(o, Decimal):
            return f"\u0000{o:f}\u0000"
        raise TypeError(type(o).__name__)
    tekst = json.dumps(data, default=als_tekst, ensure_ascii=False, **opties)
    return re.sub(r'"\\u0000(-?[0-9.]+)\\u0000"', r"\1", tekst)
