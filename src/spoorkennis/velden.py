"""The fields of a tool's form, declared once: how each is drawn, read, checked and offered on the
command line.

A tool's form is a tuple of parts (``tools.Tool(velden=...)``):

- one field of a kind: ``Bedrag`` (euros), ``Getal`` (a decimal number, such as a percentage),
  ``GeheelGetal``, ``Datum``, ``Tekst`` (a name), ``Keuze`` (radio buttons), ``Vinkje`` (a checkbox);
- ``Groep``: fields in a fieldset with a legend;
- ``Rijen``: a repeatable group (recovery periods): every row present in the input is read.

Limits are keyword arguments (``minimum=``, ``maximum=``): a value, or a function without
arguments for a limit that comes from data. The Dutch messages come from ``invoer`` and name the
field with ``in_zin`` ("uw maandloon"). Reading gives ``Waarden``: the typed value of each field
(None when left empty), and for ``Rijen`` a list of ``Rij``. A tool with a layout of its own
subclasses ``Deel`` (see the checklist's questions).
"""

from __future__ import annotations

import datetime as dt
import re

from . import invoer
from .fouten import InvoerFout, Verzamelaar
from .markup import escape


class _Vandaag:
    def __repr__(self) -> str:
        return "VANDAAG"


VANDAAG = _Vandaag()  # ``standaard=VANDAAG``: an empty date field means today (the form's ``_vandaag``)


class Waarden(dict):
    """A form, read: field name -> typed value (None when empty); a ``Rijen`` name -> list of ``Rij``."""

    def __init__(self, ruw: dict, vandaag: dt.date):
        super().__init__()
        self.ruw, self.vandaag = ruw, vandaag

    def ingevuld(self, veld: str) -> bool:
        """Whether anything was typed in ``veld`` (a field that could not be read is None, yet filled)."""
        return bool(str(self.ruw.get(veld) or "").strip())


class Rij(dict):
    """One row of a ``Rijen`` group: field name -> typed value; ``nummer`` counts from 1."""

    def __init__(self, groep: str, nummer: int):
        super().__init__()
        self.groep, self.nummer = groep, nummer

    def veld(self, naam: str) -> str:
        """The form name of a field in this row: ``hersteld_van_2``."""
        return f"{self.groep}_{naam}_{self.nummer}"


class Plek:
    """Where a part is drawn: the tool's id prefix, and the hint of the fieldset around it."""

    def __init__(self, prefix: str | None, hint: str | None = None):
        self.prefix, self.hint = prefix, hint

    def id(self, naam: str) -> str:
        return f"{self.prefix}-{naam.replace('_', '-')}" if self.prefix else naam

    def binnen(self, hint: str | None) -> Plek:
        return Plek(self.prefix, hint or self.hint)


class Deel:
    """A part of a form. Subclass it for a layout of your own: draw it in ``html`` and return the
    fields it holds from ``delen``."""

    def html(self, plek: Plek) -> str:
        raise NotImplementedError

    def delen(self) -> tuple:
        """The parts that read input (fields, ``Rijen``), in the order of the form."""
        return (self,)

    def plek(self, naam: str) -> tuple[int, int] | None:
        """Where the field called ``naam`` lies within this part (row, column), or None if elsewhere."""
        return None


class Veld(Deel):
    """One field; the subclasses are the kinds. ``label`` is shown, ``in_zin`` names it in a message,
    ``cli`` is the command-line help (True: the label; False: not on the command line)."""

    inputmode: str | None = None  # a text field: which keyboard a phone shows
    metavar: str | None = None  # the command line's name for the value

    def __init__(self, naam: str, label: str, *, in_zin: str | None = None, hint: str | None = None,
                 verplicht: bool = False, standaard: object = None, minimum: object = None,
                 maximum: object = None, cli: str | bool = True):
        self.naam, self.label, self.hint, self.verplicht, self.standaard = naam, label, hint, verplicht, standaard
        self.in_zin = in_zin or _klein(label)
        self.cli = cli
        self._minimum, self._maximum = minimum, maximum

    @property
    def minimum(self):
        return self._minimum() if callable(self._minimum) else self._minimum

    @property
    def maximum(self):
        return self._maximum() if callable(self._maximum) else self._maximum

    def lees(self, tekst: object, veld: str, in_zin: str):
        """The typed value of what was typed, None when empty; InvoerFout with a Dutch message."""
        raise NotImplementedError

    def plek(self, naam: str) -> tuple[int, int] | None:
        return (0, 0) if naam == self.naam else None

    def waarde(self, tekst: object, veld: str, in_zin: str, vandaag: dt.date):
        uit = self.lees(tekst, veld, in_zin)
        if uit is None and self.standaard is VANDAAG:  # today, held to the field's limits like a typed date
            return self.lees(_datum(vandaag), veld, in_zin)
        return self.standaard if uit is None else uit

    def lees_in(self, velden: dict, w: Waarden, fouten: Verzamelaar) -> None:
        w[self.naam] = fouten.probeer(self.waarde, velden.get(self.naam), self.naam, self.in_zin, w.vandaag)

    def slecht(self) -> tuple[str, ...]:
        """Input this field must refuse with a message."""
        return ("",) if self.verplicht else ()

    def slechte_invoer(self) -> list[tuple[str, str]]:
        """(form name, input) pairs the form must refuse (the browser tests type each)."""
        return [(self.naam, waarde) for waarde in self.slecht()]

    def html(self, plek: Plek, naam: str | None = None, label: str | None = None) -> str:
        naam = naam or self.naam
        id_ = plek.id(naam)
        hint = f'<div class="sk-hint" id="{id_}-hint">{escape(self.hint)}</div>\n' if self.hint else ""
        beschreven = f"{id_}-hint" if self.hint else plek.hint
        modus = f' inputmode="{self.inputmode}"' if self.inputmode else ""
        aria = f' aria-describedby="{beschreven}"' if beschreven else ""
        return (f'<div class="sk-veld">\n<label for="{id_}">{escape(label or self.label)}</label>\n{hint}'
                f'<input type="text"{modus} id="{id_}" name="{naam}" autocomplete="off"{aria}>\n</div>')

    # The command line: one option per field.
    def optie(self) -> str:
        return "--" + self.naam.replace("_", "-")

    def cli_opties(self, parser) -> None:
        if self.cli is not False:
            parser.add_argument(self.optie(), dest=self.naam, metavar=self.metavar, help=self._cli_hulp())

    def cli_velden(self, args, velden: dict) -> None:
        if self.cli is not False:
            velden[self.naam] = getattr(args, self.naam)

    def cli_argv(self, voorbeeld: dict) -> list[str]:
        waarde = str(voorbeeld.get(self.naam) or "")
        return [self.optie(), waarde] if self.cli is not False and waarde else []

    def optie_van(self, veld: str) -> str | None:
        return self.optie() if veld == self.naam else None

    def _cli_hulp(self) -> str:
        return self.cli if isinstance(self.cli, str) else _klein(self.label)


class Getal(Veld):
    """A decimal number, such as a percentage, as a Dutch reader writes it: '55', '55,5', '3.000'."""

    inputmode, metavar = "decimal", "GETAL"
    lezer = staticmethod(invoer.getal)

    def lees(self, tekst, veld, in_zin):
        return self.lezer(tekst, veld, in_zin, minimum=self.minimum or 0, maximum=self.maximum,
                          leeg_mag=not self.verplicht)

    def slecht(self):
        return (*super().slecht(), "abc", "-5", *_buiten(self.minimum, self.maximum))


class Bedrag(Getal):
    """An amount in euros: '3.000', '3000,50', '€ 3.000,-'. '3,000' gets a question ("Bedoelt u
    € 3.000? Schrijf dan 3000."): read the Dutch way it would be three euros. With ``vragen=True``
    the limits are what is plausible for the field, and an amount outside them gets a question too
    ("Is uw maandloon echt € 3,00? Bedoelt u € 3.000?") instead of a plain refusal."""

    metavar = "EUR"

    def __init__(self, naam: str, label: str, *, vragen: bool = False, **kwargs):
        super().__init__(naam, label, **kwargs)
        self.vragen = vragen

    def lees(self, tekst, veld, in_zin):
        schoon = str(tekst or "").replace("\u00a0", " ").strip().removeprefix("€").strip()
        if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d{1,2})?", schoon):  # English notation: 3,000 or 3,000.50
            raise InvoerFout(_bedoelt_u(invoer.getal(schoon.replace(",", ""), veld, in_zin)), veld)
        if not self.vragen:
            return super().lees(tekst, veld, in_zin)
        waarde = invoer.getal(tekst, veld, in_zin, leeg_mag=not self.verplicht)
        laag, hoog = self.minimum, self.maximum
        if waarde is None or ((not laag or waarde >= laag) and (hoog is None or waarde <= hoog)):
            return waarde
        vraag, keer = f"Is {in_zin} echt {invoer.euro(waarde)}?", waarde * 1000
        if laag and waarde < laag and keer >= laag and (hoog is None or keer <= hoog):
            raise InvoerFout(f"{vraag} {_bedoelt_u(keer)}", veld)
        raise InvoerFout(f"{vraag} Kijk het bedrag na.", veld)

    def slecht(self):
        return (*super().slecht(), "3,000")


def _bedoelt_u(bedrag) -> str:
    """'Bedoelt u € 3.000? Schrijf dan 3000.'"""
    bedoeld = invoer.euro(bedrag).removesuffix(",00")
    return f"Bedoelt u {bedoeld}? Schrijf dan {bedoeld[2:].replace('.', '')}."


class GeheelGetal(Getal):
    """A whole number (years, weeks)."""

    inputmode = "numeric"
    lezer = staticmethod(invoer.geheel_getal)

    def slecht(self):
        return (*super().slecht(), "2,5")


class Datum(Veld):
    """A date: '5-1-2026', '5 januari 2026' or '2026-01-05'. Limits are dates. The phone shows its
    normal keyboard: an iPhone's numeric one has no '-' or '/'."""

    metavar = "DATUM"

    def lees(self, tekst, veld, in_zin):
        grenzen = {naam: grens for naam, grens in (("vroegst", self.minimum), ("laatst", self.maximum))
                   if grens is not None}
        return invoer.datum(tekst, veld, in_zin, leeg_mag=not self.verplicht, **grenzen)

    def slecht(self):
        eerder = () if self.minimum is None else (_datum(self.minimum - dt.timedelta(days=1)),)
        return (*super().slecht(), "31-02-2026", "gisteren", "1-1-1900", "1-1-2200", *eerder)


class Tekst(Veld):
    """One line of text, such as a name; ``maximum`` is its length."""

    metavar = "TEKST"

    def lees(self, tekst, veld, in_zin):
        return invoer.tekst(tekst, veld, in_zin, maximum=self.maximum, leeg_mag=not self.verplicht)

    def slecht(self):
        return (*super().slecht(), *(() if self.maximum is None else ("x" * (self.maximum + 1),)))


class Keuze(Veld):
    """One of a few options, as radio buttons in a fieldset. ``opties``: (value, label) pairs, or
    (value, label, id suffix) where the suffix differs from the value; ``standaard`` is chosen at the
    start and when nothing is sent. Without ``standaard`` a choice is required."""

    def __init__(self, naam: str, label: str, *, opties: tuple, **kwargs):
        super().__init__(naam, label, **kwargs)
        self.opties = tuple((o[0], o[1], o[2] if len(o) > 2 else re.sub(r"\W+", "-", o[0])) for o in opties)
        self.metavar = "|".join(waarde for waarde, _, _ in self.opties)

    def lees(self, tekst, veld, in_zin):
        return invoer.keuze(tekst, veld, in_zin, tuple(waarde for waarde, _, _ in self.opties), self.standaard)

    def html(self, plek: Plek, naam: str | None = None, label: str | None = None) -> str:
        id_ = plek.id(self.naam)
        aria = f' aria-describedby="{id_}-hint"' if self.hint else ""
        knoppen = "\n".join(
            f'<label><input type="radio" id="{id_}{"-" if deel else ""}{deel}" name="{self.naam}" '
            f'value="{escape(waarde)}"{" checked" if waarde == self.standaard else ""}{aria}> {escape(tekst)}</label>'
            for waarde, tekst, deel in self.opties)
        return (f'<fieldset class="sk-veld">\n<legend id="{id_}-legend">{escape(self.label)}</legend>\n'
                f'{_hint(id_, self.hint)}<div class="sk-keuzes">\n{knoppen}\n</div>\n</fieldset>')


class Vinkje(Veld):
    """A checkbox: ticked is True. With a ``legend`` it stands in a fieldset of its own. ``aan``:
    ticked at the start; on the command line it is then ``--geen-NAME``."""

    def __init__(self, naam: str, label: str, *, legend: str | None = None, aan: bool = False, **kwargs):
        super().__init__(naam, label, **kwargs)
        self.legend, self.aan = legend, aan

    def lees(self, tekst, veld, in_zin):
        return invoer.ja_nee(tekst)

    def html(self, plek: Plek, naam: str | None = None, label: str | None = None) -> str:
        id_ = plek.id(self.naam)
        aria = f' aria-describedby="{id_}-hint"' if self.hint else ""
        vakje = (f'<label for="{id_}"><input type="checkbox" id="{id_}" name="{self.naam}" value="ja"'
                 f'{" checked" if self.aan else ""}{aria}> {escape(self.label)}</label>')
        if self.legend is None:
            return f'<div class="sk-veld">\n{vakje}\n</div>'
        return (f'<fieldset class="sk-veld">\n<legend>{escape(self.legend)}</legend>\n{_hint(id_, self.hint)}'
                f'<div class="sk-keuzes">\n{vakje}\n</div>\n</fieldset>')

    def optie(self) -> str:
        return ("--geen-" if self.aan else "--") + self.naam.replace("_", "-")

    def cli_opties(self, parser) -> None:
        if self.cli is not False:
            parser.add_argument(self.optie(), dest=self.naam, action="store_false" if self.aan else "store_true",
                                help=self._cli_hulp())

    def cli_velden(self, args, velden: dict) -> None:
        velden[self.naam] = "ja" if (getattr(args, self.naam) if self.cli is not False else self.aan) else ""

    def cli_argv(self, voorbeeld: dict) -> list[str]:
        return [self.optie()] if self.cli is not False and (voorbeeld.get(self.naam) == "ja") != self.aan else []


class Groep(Deel):
    """Fields in a fieldset with a legend. Its ``hint`` describes every field in it without a hint
    of its own; ``naam`` gives the hint its id."""

    def __init__(self, legend: str, velden: tuple, *, naam: str | None = None, hint: str | None = None,
                 klasse: str | None = None):
        self.legend, self.velden, self.naam, self.hint, self.klasse = legend, velden, naam, hint, klasse

    def delen(self) -> tuple:
        return tuple(d for veld in self.velden for d in veld.delen())

    def html(self, plek: Plek) -> str:
        id_ = plek.id(self.naam) if self.naam else None
        binnen = plek.binnen(f"{id_}-hint" if self.hint else None)
        klasse = f' class="{self.klasse}"' if self.klasse else ""
        velden = "\n".join(veld.html(binnen) for veld in self.velden)
        return (f"<fieldset{klasse}>\n<legend>{escape(self.legend)}</legend>\n{_hint(id_, self.hint)}"
                f"{velden}\n</fieldset>")


class Rijen(Deel):
    """A repeatable group of fields: field ``van`` of row 2 is sent as ``NAAM_van_2``. The reader reads
    every row present in the input; the form draws ``aantal`` rows at the start. ``rijlabel`` and
    ``in_zin`` put the row number in each field's label and messages. With ``knop`` (its text) the
    form has a button that adds a row (``widgets/rijen.js``, which reads ``data-rijlabel``). On the
    command line the group is one option that may be repeated, its values joined by ':'
    (``--hersteld VAN:TOT``)."""

    def __init__(self, naam: str, legend: str, velden: tuple[Veld, ...], *, aantal: int, hint: str | None = None,
                 rijlabel: str = "Rij {rij}: {label}", in_zin: str = "{in_zin} (rij {rij})",
                 cli: str | bool = True, cli_voorbeeld: str = "", knop: str | None = None):
        self.naam, self.legend, self.velden, self.aantal, self.hint = naam, legend, velden, aantal, hint
        self.rijlabel, self.in_zin, self.cli, self.cli_voorbeeld = rijlabel, in_zin, cli, cli_voorbeeld
        self.knop = knop
        self._patroon = re.compile(rf"{re.escape(naam)}_({'|'.join(re.escape(v.naam) for v in velden)})_([1-9]\d*)")

    def plek(self, naam: str) -> tuple[int, int] | None:
        if m := self._patroon.fullmatch(naam):
            return int(m[2]), [veld.naam for veld in self.velden].index(m[1])
        return None

    def nummers(self, velden: dict) -> list[int]:
        """The numbers of the rows present in the input, in order."""
        return sorted({int(m[2]) for sleutel in velden if (m := self._patroon.fullmatch(str(sleutel)))})

    def lees_in(self, velden: dict, w: Waarden, fouten: Verzamelaar) -> None:
        rijen = []
        for nummer in self.nummers(velden):
            rij = Rij(self.naam, nummer)
            for veld in self.velden:
                naam = rij.veld(veld.naam)
                in_zin = self.in_zin.format(in_zin=veld.in_zin, rij=nummer)
                rij[veld.naam] = fouten.probeer(veld.waarde, velden.get(naam), naam, in_zin, w.vandaag)
            rijen.append(rij)
        w[self.naam] = rijen

    def slechte_invoer(self) -> list[tuple[str, str]]:
        """Each field's refused input, in the first row."""
        return [(Rij(self.naam, 1).veld(veld.naam), waarde) for veld in self.velden for waarde in veld.slecht()]

    def html(self, plek: Plek) -> str:
        id_ = plek.id(self.naam)
        binnen = plek.binnen(f"{id_}-hint" if self.hint else None)
        rijen = []
        for nummer in range(1, self.aantal + 1):
            rij = Rij(self.naam, nummer)
            rijen.append('<div class="sk-rij">' + "".join(
                veld.html(binnen, rij.veld(veld.naam), self.rijlabel.format(rij=nummer, label=veld.label))
                for veld in self.velden) + "</div>")
        if not self.knop:
            return (f"<fieldset>\n<legend>{escape(self.legend)}</legend>\n{_hint(id_, self.hint)}"
                    + "\n".join(rijen) + "\n</fieldset>")
        knop = f'<button type="button" class="sk-rij-erbij" data-rij-erbij>{escape(self.knop)}</button>'
        return (f'<fieldset data-rijen="{self.naam}" data-rijlabel="{escape(self.rijlabel)}">\n'
                f"<legend>{escape(self.legend)}</legend>\n{_hint(id_, self.hint)}" + "\n".join(rijen) + f"\n{knop}\n</fieldset>")

    def optie(self) -> str:
        return "--" + self.naam.replace("_", "-")

    def cli_opties(self, parser) -> None:
        if self.cli is not False:
            parser.add_argument(self.optie(), dest=self.naam, action="append", default=[],
                                metavar=":".join(v.naam.upper() for v in self.velden),
                                help=self.cli if isinstance(self.cli, str) else _klein(self.legend))

    def cli_velden(self, args, velden: dict) -> None:
        for nummer, tekst in enumerate(getattr(args, self.naam, None) or [], start=1):
            delen = tekst.split(":")
            if len(delen) != len(self.velden):
                metavar = ":".join(v.naam.upper() for v in self.velden)
                raise InvoerFout(f"Schrijf elke {self.optie()} als {metavar}, bijvoorbeeld {self.cli_voorbeeld}.",
                                 self.naam)
            rij = Rij(self.naam, nummer)
            velden.update({rij.veld(veld.naam): deel for veld, deel in zip(self.velden, delen)})

    def cli_argv(self, voorbeeld: dict) -> list[str]:
        argv = []
        for nummer in self.nummers(voorbeeld):
            rij = Rij(self.naam, nummer)
            delen = [str(voorbeeld.get(rij.veld(veld.naam)) or "") for veld in self.velden]
            if any(delen):
                argv += [self.optie(), ":".join(delen)]
        return argv if self.cli is not False else []

    def optie_van(self, veld: str) -> str | None:
        return self.optie() if veld == self.naam or self._patroon.fullmatch(veld) else None


def _hint(id_: str | None, hint: str | None) -> str:
    return f'<div class="sk-hint" id="{id_}-hint">{escape(hint)}</div>\n' if hint else ""


def _klein(tekst: str) -> str:
    return tekst[:1].lower() + tekst[1:]


def _buiten(minimum, maximum) -> tuple[str, ...]:
    """Whole numbers just outside the limits (below a minimum above zero; negative is tried apart)."""
    return (*((str(minimum - 1),) if minimum else ()), *(() if maximum is None else (str(maximum + 1),)))


def _datum(datum: dt.date) -> str:
    return f"{datum.day}-{datum.month}-{datum.year}"
