"""Command line: ``python -m spoorkennis wia|tijdlijn|checklist|parameters …``.

Each subcommand lives in a module with ``main(argv) -> int``: a tool's ``cli`` module, or (not a tool)
``parameterlijst``.
"""

from __future__ import annotations

import importlib
import sys

COMMANDS = {
    "wia": ("spoorkennis.wia.cli", "inkomen per WIA-uitkomst, maand voor maand"),
    "tijdlijn": ("spoorkennis.tijdlijn.cli", "alle stappen van de Wet verbetering poortwachter"),
    "checklist": ("spoorkennis.checklist.cli", "vragen om een re-integratiebureau te beoordelen"),
    "parameters": ("spoorkennis.parameterlijst", "alle wettelijke bedragen en regels, met bron; welke verouderd zijn"),
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] not in COMMANDS:
        regels = "\n".join(f"  {naam:10} {uitleg}" for naam, (_, uitleg) in COMMANDS.items())
        print(f"Gebruik: python -m spoorkennis OPDRACHT [opties]\n\nOpdrachten:\n{regels}\n\n"
              "Meer hulp: python -m spoorkennis OPDRACHT --help", file=sys.stderr)
        return 0 if argv and argv[0] in ("-h", "--help") else 2
    module = importlib.import_module(COMMANDS[argv[0]][0])
    return module.main(argv[1:])


if __name__ == "__main__":
    sys.exit(main())
