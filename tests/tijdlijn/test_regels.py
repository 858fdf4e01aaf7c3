"""The rules data file: every moment has a source with a retrieval date; advice names its topic."""

import datetime as dt
import re

from spoorkennis.tijdlijn.regels import REGELS

from ..content import inhoud


def test_every_source_has_title_url_and_date():
    for naam, bron in REGELS.bronnen.items():
        assert bron["titel"] and bron["url"], naam
        assert isinstance(bron["opgehaald"], dt.date), naam


def test_every_moment_is_complete():
    codes = set()
    for regel in REGELS.momenten:
        assert regel["bron"] in REGELS.bronnen, regel["code"]
        assert regel["soort"] in ("wet", "advies")
        assert regel["titel"] and regel["kort"] and regel["omschrijving"] and regel["wie"]
        if regel["soort"] == "wet":
            assert regel["grondslag"] and regel["gemist"], regel["code"]
        else:
            assert re.fullmatch(r"(KS|RSC)-\d+[A-Z]?", regel["topic"]), regel["code"]
        assert regel.get("vanaf_week", 0) <= regel.get("week", 999)
        codes.add(regel["code"])
    assert len(codes) == len(REGELS.momenten)


def test_advice_topics_exist_in_the_content_map():
    """Against the project's copy of the content map's ids, so this also runs without ../shared."""
    advies = {regel["code"]: regel["topic"] for regel in REGELS.momenten if regel["soort"] == "advies"}
    assert advies
    onbekend = {code: topic for code, topic in advies.items() if topic not in inhoud.onderwerpen()}
    assert not onbekend


def test_core_numbers():
    assert (REGELS.wachttijd_weken, REGELS.loonsanctie_max_weken, REGELS.nieuwe_wachttijd_na_dagen) == (104, 52, 28)
