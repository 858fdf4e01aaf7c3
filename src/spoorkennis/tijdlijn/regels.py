"""The poortwachter rules as data: read once from ``poortwachter.toml``."""

from __future__ import annotations

from typing import NamedTuple

from ..data import toml


class Regels(NamedTuple):
    """The poortwachter rules from ``poortwachter.toml``."""

    wachttijd_weken: int
    loonsanctie_max_weken: int
    nieuwe_wachttijd_na_dagen: int
    momenten: tuple[dict, ...]
    bronnen: dict[str, dict]


def laad() -> Regels:
    """Read through the package loader: works from the wheel on ``sys.path`` in the browser too."""
    data = toml(__package__, "poortwachter.toml")
    return Regels(
        wachttijd_weken=data["wachttijd"]["weken"],
        loonsanctie_max_weken=data["wachttijd"]["loonsanctie_max_weken"],
        nieuwe_wachttijd_na_dagen=data["samentelling"]["nieuwe_wachttijd_na_dagen"],
        momenten=tuple(data["moment"]),
        bronnen=data["bronnen"],
    )


REGELS = laad()
