"""The rules data: every step has a source with a retrieval date, refers to parameters that exist,
advice names its topic; the legal weeks are dated parameters."""

import datetime as dt
import re

import pytest

from spoorkennis.data import toml
from spoorkennis.fouten import InvoerFout
from spoorkennis.tijdlijn import regels
from spoorkennis.tijdlijn.regels import bronnen, regels_op, stappen

from ..content import inhoud

DATUM = dt.date(2026, 1, 5)


def test_every_source_has_title_url_and_date():
    for naam, bron in bronnen().items():
        assert bron["titel"] and bron["url"], naam
        assert isinstance(bron["opgehaald"], dt.date), naam


def test_every_moment_is_complete():
    codes = set()
    for regel in stappen(DATUM):
        assert regel["bron"] in bronnen(), regel["code"]
        assert regel["soort"] in ("wet", "advies")
        assert regel["titel"] and regel["kort"] and regel["omschrijving"] and regel["wie"]
        if regel["soort"] == "wet":
            assert regel["grondslag"] and regel["gemist"], regel["code"]
        else:
            assert re.fullmatch(r"(KS|RSC)-\d+[A-Z]?", regel["topic"]), regel["code"]
        assert regel.get("vanaf_week", 0) <= regel.get("week", 999)
        codes.add(regel["code"])
    assert len(codes) == len(stappen(DATUM))


def test_weeks_and_texts_come_from_the_parameters():
    # Every week is a whole number and no placeholder is left: each name in the step file exists.
    for regel in stappen(DATUM):
        for veld in regels.WEKEN:
            assert isinstance(regel.get(veld, 0), int), (regel["code"], veld)
        for veld in regels.TEKSTEN:
            assert "{" not in regel.get(veld, "") and "}" not in regel.get(veld, ""), (regel["code"], veld)


def test_the_step_file_names_no_legal_week_itself():
    # The legal steps take their weeks from parameters; only the first week (reporting sick) and
    # the weeks of two advice moments are plain numbers in the step file.
    ruw = toml("spoorkennis.tijdlijn", "poortwachter.toml")["moment"]
    getallen = {(m["code"], veld) for m in ruw for veld in regels.WEKEN if isinstance(m.get(veld), int)}
    assert getallen == {("melding-arbodienst", "week"), ("advies-arbeidsdeskundig-onderzoek", "week"),
                        ("advies-vroege-start-spoor-2", "week"), ("advies-routegesprek", "vanaf_week")}


def test_advice_topics_exist_in_the_content_map():
    """Against the project's copy of the content map's ids, so this also runs without ../shared."""
    advies = {regel["code"]: regel["topic"] for regel in stappen(DATUM) if regel["soort"] == "advies"}
    assert advies
    onbekend = {code: topic for code, topic in advies.items() if topic not in inhoud.onderwerpen()}
    assert not onbekend


def test_core_numbers():
    # BW 7:629 (104 weeks, samentelling under 4 weeks), Wet WIA art. 25 (loonsanctie up to 52 weeks).
    r = regels_op(DATUM)
    assert (r.wachttijd_weken, r.loonsanctie_max_weken, r.nieuwe_wachttijd_na_dagen) == (104, 52, 28)


def test_computed_weeks_are_the_weeks_of_the_law():
    # Evaluations every 6 weeks from the plan van aanpak (week 8) to 6 weeks before week 104; spoor 2
    # at the latest 6 weeks after the eerstejaarsevaluatie (week 52); the loonsanctie ends 52 weeks
    # after week 104; the vervroegde IVA after 3 weeks of illness (so from week 4) to week 68.
    weken = {m["code"]: (m.get("vanaf_week"), m.get("week"), m.get("tot_week")) for m in stappen(DATUM)}
    assert weken["evaluatie"] == (None, 14, 98)
    assert next(m["na_weken"] for m in stappen(DATUM) if m["code"] == "start-spoor-2-uiterlijk") == 6
    assert weken["einde-loonsanctie"] == (None, 156, None)
    assert weken["iva-vervroegd"] == (4, 68, None)
    assert weken["wia-aanvraag-uiterlijk"] == (89, 93, None)
    assert weken["eerstejaarsevaluatie"] == (46, 52, None)
    assert "verlenging" not in weken and "begin-loonsanctie" not in weken  # only with those inputs


def test_extensions_move_the_end_and_what_counts_back_from_it():
    # Wet WIA art. 24 (verlenging) lengthens the wachttijd; the WIA-aanvraag (11 weeks before its end,
    # art. 64) and the eindevaluatie move with it. A loonsanctie (art. 25 lid 9) comes after the
    # aanvraag: only the end moves. With a loonsanctie the possible one is not shown.
    weken = {m["code"]: (m.get("vanaf_week"), m.get("week"), m["door"]) for m in stappen(DATUM, 26, 10)}
    assert weken["einde-wachttijd"] == (None, 140, (("verlenging_weken", 26), ("loonsanctie_weken", 10)))
    assert weken["wia-aanvraag-uiterlijk"] == (89, 119, (("verlenging_weken", 26),))
    assert weken["eindevaluatie"] == (113, 117, (("verlenging_weken", 26),))
    assert weken["brief-uwv"] == (None, 88, ())
    assert weken["verlenging"] == (None, 104, ())  # the day after week 104
    assert weken["begin-loonsanctie"] == (None, 130, (("verlenging_weken", 26),))  # the day after week 130
    assert "einde-loonsanctie" not in weken
    titels = {m["code"]: m["titel"] for m in stappen(DATUM, 26, 10)}
    assert titels["einde-wachttijd"] == "Einde van de wachttijd (140 weken)"
    assert titels["begin-loonsanctie"] == "Begin van de loonsanctie (10 weken)"


def test_a_first_sick_day_before_the_rules_is_a_dutch_error():
    # The wachttijd of 104 weeks applies to illness that began on or after 1 January 2004 (Wet
    # verlenging loondoorbetalingsverplichting bij ziekte 2003); before it the rules were others.
    assert regels_op(dt.date(2004, 1, 1)).wachttijd_weken == 104
    with pytest.raises(InvoerFout) as fout:
        regels_op(dt.date(2003, 12, 31))
    assert fout.value.fouten == [("eerste_ziektedag", "Deze rekenhulp rekent met een wachttijd van 104 weken. Die "
                                  "geldt als de ziekte op of na 1 januari 2004 begon. Voor ziekte die eerder begon, "
                                  "golden andere regels. Vul een eerste ziektedag in vanaf 1 januari 2004.")]


def test_a_new_value_changes_the_weeks_dates_and_texts(monkeypatch):
    # Were the wachttijd 52 weeks from a date on, every week, date and text would follow the data.
    from spoorkennis import parameters
    from spoorkennis.tijdlijn.verzuimweek_web import verzuimweek

    echt = parameters.op

    def op(pakket, datum):
        geldend = echt(pakket, datum)
        gebruikt = tuple((p, parameters.Waarde(w.begin, 52, w.bron, w.url, w.opgehaald, w.soort)
                          if p.naam == "wachttijd_weken" else w) for p, w in geldend.gebruikt)
        return parameters.Geldend(datum, gebruikt)

    monkeypatch.setattr(regels.parameters, "op", op)
    stappen.cache_clear()
    try:
        html = verzuimweek(dt.date(2026, 1, 5), [], dt.date(2026, 3, 2))["html"]
        einde = next(m for m in stappen(DATUM) if m["code"] == "einde-wachttijd")
    finally:
        stappen.cache_clear()
    assert "De wachttijd van 52 weken eindigt op <strong>3 januari 2027</strong>." in html
    assert (einde["week"], einde["titel"]) == (52, "Einde van de wachttijd (52 weken)")
