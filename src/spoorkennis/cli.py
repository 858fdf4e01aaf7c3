"""Shared command-line helpers: a Dutch argparse that exits 2 with a message, never a traceback."""

from __future__ import annotations

import argparse
import sys

from .fouten import InvoerFout


class Parser(argparse.ArgumentParser):
    """argparse with Dutch error output and exit code 2."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse API
        print(f"Fout in de opdracht: {message}\nZie: python -m spoorkennis {self.prog.split()[-1]} --help",
              file=sys.stderr)
        raise SystemExit(2)


def draai(functie, *args) -> int:
    """Run ``functie``; an InvoerFout becomes Dutch lines on stderr and exit code 2."""
    try:
        functie(*args)
    except InvoerFout as fout:
        for veld, bericht in fout.fouten:
            print(f"Fout{f' bij --{veld.replace(chr(95), chr(45))}' if veld else ''}: {bericht}", file=sys.stderr)
        return 2
    return 0
