"""The package's own validation error: one or more Dutch messages, each tied to a form field."""

from __future__ import annotations


class InvoerFout(ValueError):
    """Bad input. ``fouten`` is a list of (veld, bericht); veld is the form field name or None."""

    def __init__(self, fouten: list[tuple[str | None, str]] | str, veld: str | None = None):
        if isinstance(fouten, str):
            fouten = [(veld, fouten)]
        self.fouten = list(fouten)
        super().__init__("; ".join(bericht for _, bericht in self.fouten))

    def als_json(self) -> list[dict]:
        return [{"veld": veld, "bericht": bericht} for veld, bericht in self.fouten]


class Verzamelaar:
    """Collects errors over several fields, so the user sees them all at once."""

    def __init__(self) -> None:
        self.fouten: list[tuple[str | None, str]] = []

    def probeer(self, functie, *args, **kwargs):
        """Call ``functie``; on InvoerFout remember its messages and return None."""
        try:
            return functie(*args, **kwargs)
        except InvoerFout as fout:
            self.fouten.extend(fout.fouten)
            return None

    def voeg_toe(self, veld: str | None, bericht: str) -> None:
        self.fouten.append((veld, bericht))

    def controleer(self) -> None:
        """Raise one InvoerFout with everything collected, if anything was."""
        if self.fouten:
            raise InvoerFout(self.fouten)
