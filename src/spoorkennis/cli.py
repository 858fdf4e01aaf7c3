"""The command line of a tool, derived from its declaration: one option per field, ``--vandaag``,
one option per output format, Dutch help and Dutch errors with exit code 2, never a traceback."""

from __future__ import annotations

import argparse
import re
import sys

from . import invoer
from .fouten import InvoerFout
from .markup import unescape

# argparse's own messages, in Dutch (the rest of a message keeps argparse's wording).
_VERTALING = (
    (r"unrecognized arguments: (.*)", r"onbekende opties: \1"),
    (r"argument (\S+): expected one argument", r"na \1 hoort een waarde"),
    (r"argument (\S+): not allowed with argument (\S+)", r"\1 en \2 gaan niet samen; kies er een"),
    (r"argument (\S+): ignored explicit argument '(.*)'", r"\1 krijgt geen waarde (niet '\2')"),
    (r"the following arguments are required: (.*)", r"deze opties ontbreken: \1"),
    (r"ambiguous option: (\S+) could match (.*)", r"de optie \1 is niet duidelijk; bedoelt u een van: \2"),
)


class Parser(argparse.ArgumentParser):
    """argparse with Dutch help and error output, and exit code 2 on an error."""

    def __init__(self, **kwargs):
        super().__init__(add_help=False, **kwargs)
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage: ", "Gebruik: ", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage: ", "Gebruik: ", 1)

    def error(self, message: str) -> None:  # noqa: D401 - argparse API
        for patroon, vervanging in _VERTALING:
            message = re.sub(patroon, vervanging, message)
        print(f"Fout in de opdracht: {message}\nZie: python -m spoorkennis {self.prog.split()[-1]} --help",
              file=sys.stderr)
        raise SystemExit(2)


def draai(functie, *args, optie=lambda veld: "--" + veld.replace("_", "-")) -> int:
    """Run ``functie``; an InvoerFout becomes Dutch lines on stderr (naming the option) and exit code 2."""
    try:
        functie(*args)
    except InvoerFout as fout:
        for veld, bericht in fout.fouten:
            print(f"Fout{f' bij {optie(veld)}' if veld else ''}: {bericht}", file=sys.stderr)
        return 2
    return 0


def main(tool, argv: list[str]) -> int:
    """``python -m spoorkennis NAAM ...`` for one tool."""
    if tool.opdracht:
        return tool.opdracht(argv)
    args = parser(tool).parse_args(argv)
    formaat = next((naam for naam in tool.formaten if getattr(args, naam)), None)

    def toon() -> None:
        velden = {}
        vandaag = invoer.datum(args.vandaag, "vandaag", "de datum van vandaag", leeg_mag=True)
        if vandaag:
            velden["_vandaag"] = vandaag.isoformat()
        for deel in tool.delen():
            deel.cli_velden(args, velden)
        w = tool.lees(velden)
        print(tool.formaten[formaat][1](w) if formaat else (tool.tekst or _tekst(tool))(w), end="")

    return draai(toon, optie=lambda veld: _optie(tool, veld))


def parser(tool) -> Parser:
    p = Parser(prog=f"python -m spoorkennis {tool.naam}", description=tool.uitleg)
    for deel in tool.delen():
        deel.cli_opties(p)
    p.add_argument("--vandaag", metavar="DATUM", help="de datum van vandaag (standaard: vandaag)")
    formaten = p.add_mutually_exclusive_group() if len(tool.formaten) > 1 else p
    for naam, (hulp, _) in tool.formaten.items():
        formaten.add_argument(f"--{naam}", action="store_true", help=hulp)
    return p


def _optie(tool, veld: str) -> str:
    return next((o for deel in tool.delen() if (o := deel.optie_van(veld))), "--" + veld.replace("_", "-"))


def _tekst(tool):
    """Without a text output of its own: the tool's HTML as text, a line per paragraph or item."""
    def tekst(w) -> str:
        html = tool.functie(w)["html"]
        html = re.sub(r"</(p|li|h\d|tr|caption)>|<br\s*/?>", "\n", html)
        regels = (" ".join(r.split()) for r in re.sub(r"<[^>]+>", "", html).splitlines())
        return unescape("\n".join(r for r in regels if r)) + "\n"
    return tekst
