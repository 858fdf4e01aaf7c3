"""Recovery periods in a form, for the timeline and the sick-week tool alike: the repeatable rows
(any number; the form can add one), both dates of a row, and the checks of ``weken.controleer``."""

from __future__ import annotations

import datetime as dt

from ..fouten import Verzamelaar
from ..velden import Datum, Rijen, Waarden
from .weken import Herstel, controleer


def rijen(legend: str, aantal: int) -> Rijen:
    """The rows of recovery periods, ``aantal`` of them drawn at the start."""
    return Rijen(
        "hersteld", legend, aantal=aantal, rijlabel="Periode {rij}: {label}", knop="Nog een periode toevoegen",
        hint="Alleen invullen als de werknemer weer helemaal aan het werk was. Vul de eerste hersteldag in en de "
        "dag waarop de ziekte weer begon. Minder dan 4 weken hersteld? Dan tellen de perioden samen. 4 weken of "
        "langer? Dan begint een nieuwe wachttijd.",
        velden=(Datum("van", "hersteld vanaf", in_zin="de eerste hersteldag"),
                Datum("tot", "weer ziek vanaf", in_zin="de nieuwe ziektedag")),
        cli="hersteld van VAN tot TOT (TOT is de eerste dag dat de werknemer weer ziek is); mag vaker",
        cli_voorbeeld="2026-02-02:2026-02-16")


def controle(w: Waarden, fouten: Verzamelaar) -> None:
    """A recovery period needs both its dates."""
    for rij in w["hersteld"]:
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
