"""Recovery periods in a form, for the timeline and the sick-week tool alike: the repeatable rows
(any number; the form can add one), both dates of a row, and the checks of ``weken.controleer``."""

from __future__ import annotations

import datetime as dt

from ..fouten import Verzamelaar
from ..velden import Datum, Rijen, Waarden
from .weken import Herstel, controleer


def rijen(legend: str, aantal: int, extra: str = "") -> Rijen:
    """The rows of recovery periods, ``aantal`` of them drawn at the start; ``extra``: one more
    sentence for the hint."""
    return Rijen(
        "hersteld", legend, aantal=aantal, rijlabel="Periode {rij}: {label}", knop="Nog een periode toevoegen",
        hint="Alleen invullen als de werknemer weer helemaal aan het werk was. Vul de eerste hersteldag in en de "
        "dag waarop de ziekte weer begon. Minder dan 4 weken hersteld? Dan tellen de perioden samen. 4 weken of "
        f"langer? Dan begint een nieuwe wachttijd.{' ' + extra if extra else ''}",
        velden=(Datum("van", "hersteld vanaf", in_zin="de eerste hersteldag"),
                Datum("tot", "weer ziek vanaf", in_zin="de nieuwe ziektedag")),
        cli="hersteld van VAN tot TOT (TOT is de eerste dag dat de werknemer weer ziek is); mag vaker",
        cli_voorbeeld="2026-02-02:2026-02-16")


def open_rij(w: Waarden):
    """The last row with a first day recovered and no day of illness again (recovered now), or None."""
    return next((rij for rij in reversed(w["hersteld"]) if rij["van"] and not rij["tot"]
                 and not w.ingevuld(rij.veld("tot"))), None)


def controle(w: Waarden, fouten: Verzamelaar, open_mag: bool = False) -> None:
    """A recovery period needs both its dates; with ``open_mag`` the last one may lack its end."""
    open_ = open_rij(w) if open_mag else None
    for rij in w["hersteld"]:
        if rij is open_:
            continue
        if rij["van"] and not rij["tot"] and not w.ingevuld(rij.veld("tot")):
            fouten.voeg_toe(rij.veld("tot"), f"Vul bij rij {rij.nummer} ook de dag in waarop de ziekte weer begon.")
        if rij["tot"] and not rij["van"] and not w.ingevuld(rij.veld("van")):
            fouten.voeg_toe(rij.veld("van"), f"Vul bij rij {rij.nummer} ook de eerste hersteldag in.")


def perioden(w: Waarden, fouten: Verzamelaar, eerste: dt.date, verlenging_weken: int = 0,
             loonsanctie_weken: int = 0) -> list[Herstel]:
    """The complete rows that are in order, as recoveries; each problem (order, overlap, after the end
    of the wachttijd) goes to ``fouten`` at its field."""
    rijen_ = [rij for rij in w["hersteld"] if rij["van"] and rij["tot"]]
    hersteld = [Herstel(rij["van"], rij["tot"]) for rij in rijen_]
    fout = set()
    for index, kant, bericht in controleer(eerste, hersteld, verlenging_weken, loonsanctie_weken):
        fouten.voeg_toe(rijen_[index].veld(kant), bericht)
        fout.add(index)
    return [h for index, h in enumerate(hersteld) if index not in fout]
