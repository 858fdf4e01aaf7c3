"""Read what a person types: Dutch amounts, percentages, whole numbers, dates and names.

Every reader raises InvoerFout with a Dutch message naming the field's label.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from .fouten import InvoerFout

_MAANDEN = {
    naam: nummer
    for nummer, namen in enumerate(
        [("januari", "jan"), ("februari", "feb"), ("maart", "mrt", "mar"), ("april", "apr"),
         ("mei",), ("juni", "jun"), ("juli", "jul"), ("augustus", "aug"),
         ("september", "sep", "sept"), ("oktober", "okt", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for naam in namen
}


TE_GROOT = Decimal(10) ** 15  # no field means this much; a euro amount in cents must fit in 28 digits


def getal(tekst: object, veld: str, label: str, *, minimum: Decimal | int = 0,
          maximum: Decimal | int | None = None, leeg_mag: bool = False,
          voorbeeld: str = "3.000 of 2750,50") -> Decimal | None:
    """A number as a Dutch reader writes it: '3.000', '3000,50', '€ 3.000,-', '1.234,56', '55%'."""
    schoon = _schoon(tekst)
    if not schoon:
        if leeg_mag:
            return None
        raise InvoerFout(f"Vul {label} in.", veld)
    schoon = re.sub(r"^€\s*|\s*€$|^eur\s*|\s*euro?$", "", schoon, flags=re.I)
    schoon = re.sub(r",-+$|,—$|\s", "", schoon)  # spaces of any kind, as in '3 000' or a copied '€ 3.000'
    schoon = schoon.removesuffix("%")  # a percentage as people write it: 55%
    negatief = schoon.startswith("-")
    schoon = schoon.lstrip("+-")
    if not re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d*)?|\d+(,\d*)?|\d+\.\d{1,2}", schoon):
        raise InvoerFout(f"Vul bij {label} alleen een getal in, bijvoorbeeld {voorbeeld}.", veld)
    if re.fullmatch(r"\d+\.\d{1,2}", schoon):
        waarde = schoon  # a decimal point, as in 2750.5: read as the reader meant it
    else:
        waarde = schoon.replace(".", "").replace(",", ".").rstrip(".")
    try:
        getal_ = Decimal(waarde)
    except InvalidOperation:
        raise InvoerFout(f"Vul bij {label} alleen een getal in, bijvoorbeeld {voorbeeld}.", veld)
    if negatief and getal_ != 0:
        raise InvoerFout(f"{_hoofd(label)} kan niet negatief zijn.", veld)
    if getal_ >= TE_GROOT:
        raise InvoerFout(f"{_hoofd(label)} is veel te groot. Kijk het getal na.", veld)
    if getal_ < minimum:
        raise InvoerFout(f"{_hoofd(label)} moet minstens {_nl(minimum)} zijn.", veld)
    if maximum is not None and getal_ > maximum:
        raise InvoerFout(f"{_hoofd(label)} mag niet meer zijn dan {_nl(maximum)}.", veld)
    return getal_


def geheel_getal(tekst: object, veld: str, label: str, *, minimum: int = 0,
                 maximum: int | None = None, leeg_mag: bool = False) -> int | None:
    """A whole number (years, weeks)."""
    waarde = getal(tekst, veld, label, minimum=minimum, maximum=maximum, leeg_mag=leeg_mag, voorbeeld="12")
    if waarde is None:
        return None
    if waarde != waarde.to_integral_value():
        raise InvoerFout(f"Vul bij {label} een heel getal in, zonder komma.", veld)
    return int(waarde)


def datum(tekst: object, veld: str, label: str, *, vroegst: dt.date = dt.date(2000, 1, 1),
          laatst: dt.date = dt.date(2100, 12, 31), leeg_mag: bool = False) -> dt.date | None:
    """A date as '5-1-2026', '05-01-2026', '5/1/2026', '5 januari 2026' or ISO '2026-01-05'."""
    schoon = _schoon(tekst)
    if not schoon:
        if leeg_mag:
            return None
        raise InvoerFout(f"Vul {label} in, bijvoorbeeld 5-1-2026.", veld)
    delen = _datumdelen(schoon.lower())
    if delen is None:
        raise InvoerFout(f"Vul {label} in als dag-maand-jaar, bijvoorbeeld 5-1-2026.", veld)
    jaar, maand, dag = delen
    try:
        waarde = dt.date(jaar, maand, dag)
    except ValueError:
        raise InvoerFout(f"{_hoofd(label)} bestaat niet. Kijk de dag en de maand na.", veld)
    if not vroegst <= waarde <= laatst:
        raise InvoerFout(f"{_hoofd(label)} moet tussen {nl_datum(vroegst)} en {nl_datum(laatst)} liggen.", veld)
    return waarde


def keuze(tekst: object, veld: str, label: str, opties: tuple[str, ...], standaard: str | None = None) -> str:
    """One of a fixed set of values (radio buttons, selects)."""
    schoon = _schoon(tekst)
    if not schoon and standaard is not None:
        return standaard
    if schoon not in opties:
        raise InvoerFout(f"Kies een van de mogelijkheden bij {label}.", veld)
    return schoon


def tekst(waarde: object, veld: str, label: str, *, maximum: int | None = None,
          leeg_mag: bool = True) -> str | None:
    """One line of free text (a name): spaces of any kind become single spaces."""
    schoon = " ".join(_schoon(waarde).split())
    if not schoon:
        if leeg_mag:
            return None
        raise InvoerFout(f"Vul {label} in.", veld)
    if maximum is not None and len(schoon) > maximum:
        raise InvoerFout(f"Gebruik voor {label} hoogstens {maximum} tekens.", veld)
    return schoon


def ja_nee(tekst: object) -> bool:
    """A checkbox: present and not 'nee'/'false'/'0' means yes."""
    return _schoon(tekst).lower() not in ("", "nee", "false", "0", "off")


def nl_datum(waarde: dt.date) -> str:
    """'5 januari 2026'."""
    namen = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]
    return f"{waarde.day} {namen[waarde.month - 1]} {waarde.year}"


def euro(bedrag: Decimal | int | float) -> str:
    """'€ 3.000,00' in Dutch notation, with a no-break space so the sign stays with the number."""
    waarde = Decimal(str(bedrag)).quantize(Decimal("0.01"))
    teken = "-" if waarde < 0 else ""
    heel, _, cent = f"{abs(waarde):.2f}".partition(".")
    groepen = f"{int(heel):,}".replace(",", ".")
    return f"{teken}€\u00a0{groepen},{cent}"


def _datumdelen(tekst: str) -> tuple[int, int, int] | None:
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", tekst):
        return int(m[1]), int(m[2]), int(m[3])
    if m := re.fullmatch(r"(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{4})", tekst):
        return int(m[3]), int(m[2]), int(m[1])
    if m := re.fullmatch(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})", tekst):
        if m[2] in _MAANDEN:
            return int(m[3]), _MAANDEN[m[2]], int(m[1])
    return None


def _schoon(tekst: object) -> str:
    if tekst is None:
        return ""
    return str(tekst).replace("\u00a0", " ").strip()


def _hoofd(label: str) -> str:
    return label[:1].upper() + label[1:]


def _nl(waarde: Decimal | int) -> str:
    return f"{int(waarde):,}".replace(",", ".") if Decimal(waarde) == int(waarde) else str(waarde).replace(".", ",")
