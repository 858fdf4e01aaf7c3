"""The trace of a calculation: which rule was applied, with which parameter values and inputs.

A formula reads its parameters through ``Gebruik``, which remembers every value it hands out, and
returns a ``Stap``: the rule as an identifier, the amount, those parameter values and the inputs
it used. The Dutch texts (``uitleg``) are written from these steps only, never from the rules
themselves, so a text always names the numbers the formula used.

Plain slotted classes, not NamedTuples: defining a NamedTuple costs a page in the browser about a
millisecond.
"""

from __future__ import annotations


class Gebruik:
    """Parameters in force (a ``parameters.Geldend``), read as ``g.<naam>``; ``gelezen`` holds
    every value read, by name. A derived value (a property of the rules, such as the maximum
    maandloon) is recorded with the parameters it is computed from."""

    __slots__ = ("_bron", "gelezen")

    def __init__(self, bron):
        self._bron, self.gelezen = bron, {}

    def __getattr__(self, naam: str):
        eigenschap = getattr(type(self._bron), naam, None)
        waarde = eigenschap.fget(self) if isinstance(eigenschap, property) else getattr(self._bron, naam)
        self.gelezen[naam] = waarde
        return waarde

    def lees(self, *namen: str) -> Gebruik:
        """Record parameters a text names without the formula computing with them (the reason for
        an outcome, such as the threshold that was passed); returns this reader."""
        for naam in namen:
            getattr(self, naam)
        return self


class Stap:
    """One rule applied: ``regel`` (an identifier such as ``"lgu"``), ``bedrag`` (its outcome per
    month, or None), ``parameters`` (name -> value of every parameter it read) and ``waarden``
    (name -> value of every input and intermediate amount it used)."""

    __slots__ = ("regel", "bedrag", "parameters", "waarden")

    def __init__(self, regel: str, bedrag=None, parameters: dict | None = None, waarden: dict | None = None):
        self.regel, self.bedrag = regel, bedrag
        self.parameters, self.waarden = dict(parameters or {}), dict(waarden or {})

    def __getitem__(self, naam: str):
        """An input or, when no input has that name, a parameter."""
        return self.waarden[naam] if naam in self.waarden else self.parameters[naam]

    def __contains__(self, naam: str) -> bool:
        return naam in self.waarden or naam in self.parameters

    def _velden(self) -> tuple:
        return self.regel, self.bedrag, tuple(self.parameters.items()), tuple(self.waarden.items())

    def __eq__(self, ander) -> bool:
        return ander is self or isinstance(ander, Stap) and ander._velden() == self._velden()

    def __hash__(self) -> int:
        return hash((self.regel, self.bedrag))

    def __repr__(self) -> str:
        return f"Stap({self.regel!r}, {self.bedrag!r}, {self.parameters!r}, {self.waarden!r})"


def stap(regel: str, g: Gebruik, bedrag=None, **waarden) -> Stap:
    """A ``Stap`` with the parameters ``g`` handed out."""
    return Stap(regel, bedrag, g.gelezen, waarden)
