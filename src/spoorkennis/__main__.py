"""Command line: ``python -m spoorkennis OPDRACHT …``.

Every tool is a command (``spoorkennis.cli`` derives it from the tool's declaration). Commands
that are not a tool are listed in ``OPDRACHTEN``: name -> (module with ``main(argv) -> int``, one line).
"""

from __future__ import annotations

import importlib
import sys

from . import cli, tools

OPDRACHTEN: dict[str, tuple[str, str]] = {
    "parameters": ("spoorkennis.parameterlijst", "alle wettelijke bedragen en regels, met bron; welke verouderd zijn"),
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in OPDRACHTEN:
        return importlib.import_module(OPDRACHTEN[argv[0]][0]).main(argv[1:])
    try:
        tool = tools.tool(argv[0]) if argv else None
    except KeyError:
        tool = None
    if tool is None:
        uitleg = {**{naam: tools.tool(naam).titel for naam in tools.namen()},
                  **{naam: regel for naam, (_, regel) in OPDRACHTEN.items()}}
        regels = "\n".join(f"  {naam:12} {regel}" for naam, regel in uitleg.items())
        print(f"Gebruik: python -m spoorkennis OPDRACHT [opties]\n\nOpdrachten:\n{regels}\n\n"
              "Meer hulp: python -m spoorkennis OPDRACHT --help", file=sys.stderr)
        return 0 if argv and argv[0] in ("-h", "--help") else 2
    return cli.main(tool, argv[1:])


if __name__ == "__main__":
    sys.exit(main())
