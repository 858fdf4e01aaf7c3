"""Scoring: worked examples computed by hand from the rules, the ranking, and invariants."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spoorkennis.checklist import model, scoring
from spoorkennis.checklist.scoring import beoordeel, rangschik
from spoorkennis.fouten import InvoerFout


def _vraag(id_, categorie, gewicht, hard=False):
    return model.Vraag(id_, categorie, f"Vraag {id_}?", "w", "g", "r", gewicht, hard, ("BL-2",))


# A small list to compute by hand: total weight 8, B is the only hard question.
KLEIN = (_vraag("A", "K1", 1), _vraag("B", "K1", 3, hard=True), _vraag("C", "K2", 2), _vraag("D", "K2", 2))
ECHT = model.vragen()


def test_alles_ja():
    u = beoordeel("X", dict.fromkeys("ABCD", "ja"), KLEIN)
    assert (u.totaal, [o.score for o in u.onderdelen], u.oordeel) == (100, [100, 100], "sterk")
    assert (u.rode_vlaggen, u.open_vragen, u.volledigheid) == ((), (), 100)


def test_alles_nee_geeft_nul_en_harde_vlag_eerst():
    u = beoordeel("X", dict.fromkeys("ABCD", "nee"), KLEIN)
    assert (u.totaal, u.oordeel) == (0, "afgeraden")
    assert [v.id for v in u.rode_vlaggen] == ["B", "A", "C", "D"]
    assert [v.id for v in u.harde_rode_vlaggen] == ["B"]


def test_gemengd():
    # answered A, B, C with weights 1 + 3 + 2 = 6; points 1 + 3 * 1/2 + 0 = 2.5; 2.5 / 6 = 41.7 -> 42.
    # K1: (1 + 1.5) / 4 = 62.5 -> 63 (half up); K2: only C, 0 / 2 = 0. 3 of 4 answered = 75%.
    u = beoordeel("X", {"A": "ja", "B": "deels", "C": "nee", "D": "weet_niet"}, KLEIN)
    assert u.totaal == 42
    assert [(o.categorie, o.score, o.beantwoord, o.aantal) for o in u.onderdelen] == [
        ("K1", 63, 2, 2), ("K2", 0, 1, 2)]
    assert (u.beantwoord, u.volledigheid, u.oordeel) == (3, 75, "zwak")
    assert [v.id for v in u.rode_vlaggen] == ["C"]
    assert [v.id for v in u.open_vragen] == ["D"]


def test_harde_rode_vlag_wint_van_een_hoge_score():
    # (1 + 0 + 2 + 2) / 8 = 62.5 -> 63, but B is "nee": afgeraden.
    u = beoordeel("X", {"A": "ja", "B": "nee", "C": "ja", "D": "ja"}, KLEIN)
    assert (u.totaal, u.oordeel) == (63, "afgeraden")
    # With the real list: everything "ja" except the question about avoiding a loonsanctie.
    v07 = next(v for v in ECHT if v.id == "V07")
    assert v07.harde_rode_vlag
    u = beoordeel("Zuid", {v.id: "nee" if v.id == "V07" else "ja" for v in ECHT})
    totaal_gewicht = sum(v.gewicht for v in ECHT)
    assert u.totaal == round(100 * (totaal_gewicht - 3) / totaal_gewicht)
    assert u.totaal >= model.regels().oordeelgrenzen.sterk and u.oordeel == "afgeraden"


def test_weet_niet_telt_niet_mee_maar_staat_bij_nog_te_vragen():
    met = beoordeel("X", {"A": "ja", "B": "ja", "C": "weet_niet"}, KLEIN)
    zonder = beoordeel("X", {"A": "ja", "B": "ja"}, KLEIN)
    assert met.totaal == zonder.totaal == 100
    assert [v.id for v in met.open_vragen] == ["C", "D"]
    assert (met.beantwoord, met.volledigheid, met.oordeel) == (2, 50, "onvolledig")
    assert met.onderdelen[1].score is None


def test_open_harde_vraag_geeft_geen_oordeel_ook_bij_driekwart_beantwoord():
    u = beoordeel("X", {"A": "ja", "C": "ja", "D": "ja", "B": "weet_niet"}, KLEIN)
    assert (u.volledigheid, u.totaal, u.oordeel) == (75, 100, "onvolledig")


def test_niets_beantwoord_geeft_geen_score():
    u = beoordeel("X", {}, KLEIN)
    assert (u.totaal, u.beantwoord, u.oordeel) == (None, 0, "onvolledig")


@pytest.mark.parametrize(("antwoorden", "oordeel"), [
    ({"A": "deels", "B": "deels", "C": "deels", "D": "deels"}, "redelijk"),  # exactly 50
    ({"A": "nee", "B": "ja", "C": "ja", "D": "deels"}, "sterk"),  # (0 + 3 + 2 + 1) / 8 = 75
    ({"A": "ja", "B": "deels", "C": "nee", "D": "deels"}, "zwak"),  # (1 + 1.5 + 0 + 1) / 8 = 43.75
])
def test_grenzen_van_het_oordeel(antwoorden, oordeel):
    assert beoordeel("X", antwoorden, KLEIN).oordeel == oordeel


def test_volgorde_beste_eerst_harde_vlag_onderaan():
    sterk = beoordeel("Sterk", {"A": "ja", "B": "ja", "C": "ja", "D": "deels"}, KLEIN)  # 88
    redelijk = beoordeel("Redelijk", dict.fromkeys("ABCD", "deels"), KLEIN)  # 50
    onvolledig = beoordeel("Half", {"A": "ja", "B": "ja"}, KLEIN)  # 100, but half open
    afgeraden = beoordeel("Vlag", {"A": "ja", "B": "nee", "C": "ja", "D": "ja"}, KLEIN)  # 63
    gerangschikt = rangschik([afgeraden, onvolledig, redelijk, sterk])
    assert [u.naam for u in gerangschikt] == ["Sterk", "Redelijk", "Half", "Vlag"]


def test_volgorde_bij_gelijke_score_minder_rode_vlaggen_en_anders_invoervolgorde():
    # Both 50: one by "deels" everywhere, the other by two "ja" and two "nee" (no hard "nee").
    twee_vlaggen = beoordeel("Twee", {"A": "nee", "B": "ja", "C": "nee", "D": "deels"}, KLEIN)  # (0+3+0+1)/8
    geen_vlag = beoordeel("Geen", dict.fromkeys("ABCD", "deels"), KLEIN)
    assert twee_vlaggen.totaal == geen_vlag.totaal == 50
    assert [u.naam for u in rangschik([twee_vlaggen, geen_vlag])] == ["Geen", "Twee"]
    a, b = beoordeel("Eerste", {}, KLEIN), beoordeel("Tweede", {}, KLEIN)
    assert [u.naam for u in rangschik([a, b])] == ["Eerste", "Tweede"]


@pytest.mark.parametrize(("invoer", "uit"), [
    ("ja", "ja"), (" Deels ", "deels"), ("NEE", "nee"), ("weet niet", "weet_niet"), ("weet_niet", "weet_niet"),
    ("", None), (None, None),
])
def test_antwoord_lezen(invoer, uit):
    assert scoring.antwoord(invoer, "veld", "vraag V01") == uit


def test_onbekend_antwoord_geeft_nederlandse_melding_bij_het_veld():
    with pytest.raises(InvoerFout) as fout:
        scoring.antwoord("misschien", "antwoord_1_V01", "vraag V01")
    assert fout.value.fouten == [("antwoord_1_V01", "Kies bij vraag V01 ja, deels, nee of weet niet.")]


ANTWOORD = st.sampled_from(["ja", "deels", "nee", "weet_niet", None])
ANTWOORDEN = st.fixed_dictionaries({v.id: ANTWOORD for v in ECHT})


@given(ANTWOORDEN)
def test_scores_liggen_tussen_0_en_100(antwoorden):
    u = beoordeel("X", antwoorden)
    scores = [u.totaal] + [o.score for o in u.onderdelen]
    assert all(s is None or 0 <= s <= 100 for s in scores)
    assert 0 <= u.volledigheid <= 100
    assert u.beantwoord + len(u.open_vragen) == u.aantal == len(ECHT)


@given(ANTWOORDEN, st.data())
def test_nee_wordt_ja_verlaagt_nooit_iets(antwoorden, data):
    nee = [i for i, a in antwoorden.items() if a == "nee"]
    if not nee:
        antwoorden = {**antwoorden, ECHT[0].id: "nee"}
        nee = [ECHT[0].id]
    vraag_id = data.draw(st.sampled_from(nee))
    voor = beoordeel("X", antwoorden)
    na = beoordeel("X", {**antwoorden, vraag_id: "ja"})
    assert na.totaal >= voor.totaal
    for o_voor, o_na in zip(voor.onderdelen, na.onderdelen):
        assert o_na.score >= o_voor.score if o_voor.score is not None else o_na.score is None
    assert len(na.rode_vlaggen) == len(voor.rode_vlaggen) - 1
    # and the bureau never drops in a ranking with two others
    anderen = [beoordeel(naam, data.draw(ANTWOORDEN)) for naam in ("Y", "Z")]
    plek = lambda u: [x.naam for x in rangschik([*anderen, u])].index("X")  # noqa: E731
    assert plek(na) <= plek(voor)


@given(ANTWOORDEN, st.sampled_from([v.id for v in ECHT]))
def test_weet_niet_is_hetzelfde_als_niet_ingevuld(antwoorden, vraag_id):
    met = beoordeel("X", {**antwoorden, vraag_id: "weet_niet"})
    zonder = beoordeel("X", {**antwoorden, vraag_id: None})
    assert met == zonder


@given(ANTWOORDEN)
def test_score_is_het_gewogen_aandeel_half_naar_boven_afgerond(antwoorden):
    """The rule in the module docstring, computed with exact fractions, as an independent check."""
    from fractions import Fraction
    from math import floor

    waarde = {"ja": Fraction(1), "deels": Fraction(1, 2), "nee": Fraction(0)}
    beantwoord = [v for v in ECHT if antwoorden[v.id] in waarde]
    u = beoordeel("X", antwoorden)
    if not beantwoord:
        assert u.totaal is None
        return
    deel = sum(v.gewicht * waarde[antwoorden[v.id]] for v in beantwoord) / sum(v.gewicht for v in beantwoord)
    assert u.totaal == floor(deel * 100 + Fraction(1, 2))
    assert u.volledigheid == floor(Fraction(len(beantwoord), len(ECHT)) * 100 + Fraction(1, 2))


@pytest.mark.parametrize("teller, noemer, procent", [(1, 8, 13), (1, 200, 1), (1, 201, 0), (3, 4, 75), (0, 5, 0), (5, 5, 100)])
def test_procent_rondt_half_naar_boven_af(teller, noemer, procent):
    assert scoring._procent(teller, noemer) == procent  # 12,5 -> 13; 0,5 -> 1; 0,4975 -> 0
