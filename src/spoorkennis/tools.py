"""Every tool, declared once: the package ``spoorkennis/<naam>/`` holds ``tool.py`` with ``TOOL = Tool(...)``.

From that declaration come the form (``Tool.html``), the reader with its checks (``Tool.lees``),
the command line (``spoorkennis.cli``), the build's embedding (the hook) and the test cases. Tools
are found by looking for that module in the subpackages, so adding a tool is adding a package (and
a page that embeds it with ``<!-- tool:NAAM -->``).
"""

from __future__ import annotations

import importlib
import importlib.util
import re

from .fouten import Verzamelaar
from .klok import vandaag_uit
from .velden import Plek, Waarden

NAAM = re.compile(r"[a-z][a-z0-9_]*")


class Tool:
    """One tool.

    - ``naam``: its package; also the command, the form's ``data-tool`` and the storage key.
    - ``titel``: one line for ``python -m spoorkennis``; ``uitleg``: the start of its ``--help``.
    - ``velden``: the form's parts (``spoorkennis.velden``), or a function that returns them (when
      they come from a data file).
    - ``voorbeeld``: the worked example as form fields (strings), or a function that returns them.
    - ``functie(w)``: the tool itself, on the fields as read (``Waarden``); returns ``{"html": ...}``
      and optionally ``"downloads"``. It may raise ``InvoerFout`` for a rule across fields.
    - ``controle(w, fouten)``: checks across fields that run with the field checks, so that a person
      sees every problem at once (``w.ingevuld(naam)`` says whether a field was filled).
    - ``tekst(w)``: the command line's output (default: the text of ``functie``'s HTML);
      ``formaten``: ``{"json": (help, function of w)}``, one option each (``--json``).
    - ``opdracht(argv) -> int``: a command line of its own instead of the derived one, with
      ``opdrachten``, its examples for the same-answers test.
    - ``prefix`` of the field ids, extra ``klasse`` of the form, ``print_knop`` (its label), and
      ``na()``: HTML after the result (rendered at build time).
    """

    def __init__(self, naam: str, titel: str, velden, voorbeeld, functie, *, uitleg: str | None = None,
                 controle=None, tekst=None, formaten: dict | None = None, opdracht=None,
                 opdrachten: list[list[str]] | None = None, prefix: str | None = None, klasse: str | None = None,
                 print_knop: str | None = None, na=None):
        self.naam, self.titel, self.uitleg = naam, titel, uitleg or titel
        self._velden, self._voorbeeld, self.functie, self.controle = velden, voorbeeld, functie, controle
        self.tekst, self.formaten, self.opdracht, self._opdrachten = tekst, formaten or {}, opdracht, opdrachten
        self.prefix, self.klasse, self.print_knop, self.na = prefix, klasse, print_knop, na

    @property
    def velden(self) -> tuple:
        return self._velden() if callable(self._velden) else self._velden

    @property
    def voorbeeld(self) -> dict[str, str]:
        return dict(self._voorbeeld() if callable(self._voorbeeld) else self._voorbeeld)

    def delen(self) -> tuple:
        """The parts that read input, in the order of the form."""
        return tuple(d for deel in self.velden for d in deel.delen())

    def lees(self, velden: dict) -> Waarden:
        """Every field read and checked, or one InvoerFout naming every problem, in the order of the form."""
        fouten = Verzamelaar()
        w = Waarden(velden, vandaag_uit(velden))
        for deel in self.delen():
            deel.lees_in(velden, w, fouten)
        if self.controle:
            self.controle(w, fouten)
        fouten.fouten.sort(key=self._volgorde)  # the summary follows the form, checks across fields too
        fouten.controleer()
        return w

    def _volgorde(self, fout: tuple[str | None, str]) -> tuple:
        """A message's place in the form: its field's part, row and column; one without a field last."""
        delen = self.delen()
        for i, deel in enumerate(delen):
            if fout[0] is not None and (plek := deel.plek(fout[0])) is not None:
                return (i, *plek)
        return (len(delen), 0, 0)

    def __call__(self, velden: dict[str, str]) -> dict:
        """The tool on raw form fields: ``{"html": ..., "downloads": [...]}`` or InvoerFout."""
        return self.functie(self.lees(velden))

    def html(self) -> str:
        """The form, the worked example as its first result, and what comes after (build time)."""
        plek = Plek(self.prefix)
        knoppen = ['<button type="submit">Bereken</button>', '<button type="button" data-wis>Wis mijn gegevens</button>']
        if self.print_knop:
            knoppen.append(f'<button type="button" data-print>{self.print_knop}</button>')
        klasse = f"sk-tool {self.klasse}" if self.klasse else "sk-tool"
        delen = [f'<form class="{klasse}" data-tool="{self.naam}" novalidate>',
                 *(deel.html(plek) for deel in self.velden),
                 '<div class="sk-knoppen">', *knoppen, "</div>", "</form>",
                 '<div class="sk-uitkomst" data-uitkomst aria-live="polite"><p class="sk-voorbeeld-label">Voorbeeld</p>',
                 self(self.voorbeeld)["html"] + "</div>"]
        if self.na:
            delen.append(self.na())
        return "\n".join(delen)

    def opdrachten(self) -> list[list[str]]:
        """Command-line examples: the worked example in each output format."""
        if self._opdrachten is not None or self.opdracht:
            return [[self.naam, *argv] for argv in self._opdrachten or []]
        voorbeeld = self.voorbeeld
        argv = [self.naam, *(a for deel in self.delen() for a in deel.cli_argv(voorbeeld))]
        if voorbeeld.get("_vandaag"):
            argv += ["--vandaag", voorbeeld["_vandaag"]]
        return [argv, *([*argv, f"--{formaat}"] for formaat in self.formaten)]


def namen() -> list[str]:
    """The names of all tools: the subpackages with a ``tool`` module."""
    import pkgutil

    import spoorkennis

    return sorted(m.name for m in pkgutil.iter_modules(spoorkennis.__path__) if m.ispkg and _heeft_tool(m.name))


def tool(naam: str) -> Tool:
    """The tool called ``naam``; KeyError when there is none. Imports only that tool."""
    if not NAAM.fullmatch(naam) or not _heeft_tool(naam):
        raise KeyError(naam)
    gevonden = importlib.import_module(f"spoorkennis.{naam}.tool").TOOL
    if gevonden.naam != naam:
        raise ValueError(f"spoorkennis/{naam}/tool.py declares a tool called {gevonden.naam!r}")
    return gevonden


def _heeft_tool(naam: str) -> bool:
    try:
        return importlib.util.find_spec(f"spoorkennis.{naam}.tool") is not None
    except ModuleNotFoundError:
        return False
