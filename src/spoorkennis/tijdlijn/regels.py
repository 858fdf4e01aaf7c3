"""The poortwachter rules as data: read once from ``poortwachter.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Regels:
    wachttijd_weken: int
    loonsanctie_max_weken: int
    nieuwe_wachttijd_na_dagen: int
    momenten: tuple[dict, ...]
    bronnen: dict[str, dict]


def laad(pad: Path = Path(__file__).with_name("poortwachter.toml")) -> Regels:
    with open(pad, "rb") as bestand:
        data = tomllib.load(bestand)
    return Regels(
        wachttijd_weken=data["wachttijd"]["weken"],
        loonsanctie_max_weken=data["wachttijd"]["loonsanctie_max_weken"],
        nieuwe_wachttijd_na_dagen=data["samentelling"]["nieuwe_wachttijd_na_dagen"],
        momenten=tuple(data["moment"]),
        bronnen=data["bronnen"],
    )


REGELS = laad()
