"""The question file: every field present and well typed, unique ids, known source ids, typo protection."""

from __future__ import annotations

import re
import tomllib
from importlib import resources

import pytest

from spoorkennis.checklist import model
from spoorkennis.data import parse
from spoorkennis import parameters
from spoorkennis.parameters import Record

from ..content import inhoud

RUW = tomllib.loads(resources.files("spoorkennis.checklist").joinpath("vragen.toml").read_text(encoding="utf-8"))

GELDIG = '''
[[vraag]]
id = "V01"
categorie = "Keurmerk"
vraag = "Heeft u een keurmerk?"
waarom = "Omdat het helpt."
goed_antwoord = "Ja."
rode_vlag = "Nee."
gewicht = "vraaggewicht.middel"
harde_rode_vlag = false
bronnen = ["BL-2"]
'''


def test_ruwe_bestand_heeft_precies_de_velden_met_de_juiste_soort():
    soorten = {"id": str, "categorie": str, "vraag": str, "waarom": str, "goed_antwoord": str,
               "rode_vlag": str, "gewicht": str, "harde_rode_vlag": bool, "bronnen": list}
    for vraag in RUW["vraag"]:
        assert set(vraag) == set(soorten), vraag.get("id")
        for naam, soort in soorten.items():
            assert type(vraag[naam]) is soort, (vraag["id"], naam)
        assert vraag["gewicht"] in ("vraaggewicht.klein", "vraaggewicht.middel", "vraaggewicht.zwaar")
        for tekst in ("vraag", "waarom", "goed_antwoord", "rode_vlag"):
            assert vraag[tekst].strip() == vraag[tekst] and vraag[tekst], (vraag["id"], tekst)
        assert vraag["vraag"].endswith("?"), vraag["id"]


def test_waarom_is_een_of_twee_zinnen():
    for v in model.vragen():
        zinnen = [z for z in re.split(r"(?<=[.?!])\s+", v.waarom) if z]
        assert 1 <= len(zinnen) <= 2, v.id


def test_genoeg_vragen_en_onderwerpen_en_unieke_ids():
    vragen = model.vragen()
    assert len(vragen) >= 25
    assert len(model.categorieen()) >= 8
    assert len({v.id for v in vragen}) == len(vragen)
    assert [v.id for v in vragen] == [f"V{n:02d}" for n in range(1, len(vragen) + 1)]


def test_elke_bron_bestaat_in_de_content_map():
    bekend = set(inhoud.onderwerpen())
    for v in model.vragen():
        assert v.bronnen, v.id
        assert set(v.bronnen) <= bekend, (v.id, set(v.bronnen) - bekend)


def test_de_harde_rode_vlag_voor_het_ontwijken_van_een_loonsanctie_bestaat():
    harde = [v for v in model.vragen() if v.harde_rode_vlag]
    assert any("loonsanctie" in f"{v.waarom} {v.rode_vlag}" and "RSC-2D" in v.bronnen for v in harde)
    assert all(v.gewicht == model.regels().vraaggewicht.zwaar == 3 for v in harde)


@pytest.mark.parametrize("woord", [
    "Blik op Werk", "opleiding", "kennismaking", "klikt", "samen met de werknemer", "maatwerk", "verlies",
    "belastbaarheid", "online", "thuis", "reistijd", "arbeidsdeskundige", "concrete functies", "scholing",
    "EVC", "beroepenoriëntatie", "mediator", "netwerk van werkgevers", "detachering", "proefplaatsing",
    "driegesprek", "slechtnieuwsgesprekken", "re-integratieverslag", "offerte", "hoeveel mensen",
    "hoe lang", "nazorg",
])
def test_de_onderwerpen_uit_de_opdracht_komen_aan_bod(woord):
    alles = " ".join(f"{v.vraag} {v.waarom} {v.goed_antwoord}" for v in model.vragen()).lower()
    assert woord.lower() in alles


@pytest.mark.parametrize(("wijziging", "melding"), [
    (('harde_rode_vlag = false', 'harde_rode_vlag = false\ngewigt = 2'), "onbekende velden ['gewigt']"),
    (('rode_vlag = "Nee."\n', ''), "ontbrekende velden ['rode_vlag']"),
    (('gewicht = "vraaggewicht.middel"', 'gewicht = 2'), "gewicht moet een str"),
    (('gewicht = "vraaggewicht.middel"', 'gewicht = true'), "gewicht moet een str"),
    (('gewicht = "vraaggewicht.middel"', 'gewicht = "vraaggewicht.enorm"'),
     "gewicht moet vraaggewicht.klein, vraaggewicht.middel of vraaggewicht.zwaar"),
    (('harde_rode_vlag = false', 'harde_rode_vlag = "nee"'), "harde_rode_vlag moet een bool"),
    (('vraag = "Heeft u een keurmerk?"', 'vraag = "  "'), "vraag moet een str"),
    (('bronnen = ["BL-2"]', 'bronnen = []'), "bronnen moet een lijst"),
    (('bronnen = ["BL-2"]', 'bronnen = ["KS10"]'), "bronnen moet een lijst"),
    (('id = "V01"', 'id = "Q1"'), "id moet de vorm V01"),
])
def test_fouten_in_het_bestand_worden_gevonden(wijziging, melding):
    assert model.lees(parse(GELDIG))[0].gewicht == 2
    with pytest.raises(model.DataFout, match=re.escape(melding)):
        model.lees(parse(GELDIG.replace(*wijziging)))


def test_dubbele_id_en_onbekend_blok_worden_gevonden():
    with pytest.raises(model.DataFout, match="Dubbele id: V01"):
        model.lees(parse(GELDIG + GELDIG))
    with pytest.raises(model.DataFout, match=r"alleen \[\[vraag\]\]"):
        model.lees(parse(GELDIG + '\n[[vragen]]\nid = "V02"\n'))


def test_het_gewicht_komt_uit_de_parameter_die_de_vraag_noemt():
    gewichten = Record({"klein": 1, "middel": 2, "zwaar": 5})
    assert model.lees(parse(GELDIG.replace("vraaggewicht.middel", "vraaggewicht.zwaar")), gewichten)[0].gewicht == 5
    assert model.regels().vraaggewicht == Record({"klein": 1, "middel": 2, "zwaar": 3})


def test_de_regels_zijn_de_nieuwste_waarden_los_van_de_datum(monkeypatch):
    # The checklist's rules are its own choices (since 25 November 2026), not dated law: the newest
    # value applies, also on a computer whose clock is set before it.
    monkeypatch.setenv("SPOORKENNIS_VANDAAG", "2020-01-01")
    assert model.regels().oordeelgrenzen == Record({"beantwoord": 75, "sterk": 75, "redelijk": 50})
    assert model.regels().datum == max(p.waarden[-1].begin for p in parameters.van("spoorkennis.checklist").values())


def test_vragen_voor_de_aankoop_noemen_de_regel_uit_de_wet():
    # Issue 16: can the bureau start in time (spoor 2 at the latest 6 weeks after the eerstejaarsevaluatie,
    # a parameter of the timeline, not a number in the text), and the price model and an early end.
    per_id = {v.id: v for v in model.vragen()}
    start = per_id["V33"]
    weken = model.wet().spoor_2_na_evaluatie_weken
    assert f"uiterlijk {weken} weken na de eerstejaarsevaluatie" in start.vraag and "{" not in start.waarom
    assert start.gewicht == model.regels().vraaggewicht.zwaar and "KS-13" in start.bronnen
    prijs = per_id["V34"]
    assert "vaste prijs, per uur of per resultaat" in prijs.vraag and "eerder stopt" in prijs.vraag
    ruw = next(v for v in RUW["vraag"] if v["id"] == "V33")
    assert "{spoor_2_na_evaluatie_weken}" in ruw["vraag"]


def test_een_tekst_met_een_onbekende_parameter_is_een_datafout():
    fout = GELDIG.replace('vraag = "Heeft u een keurmerk?"', 'vraag = "Binnen {bestaat_niet} weken?"')
    with pytest.raises(model.DataFout, match="bestaat_niet"):
        model.lees(parse(fout))


def test_v10_vraagt_niet_om_te_wachten_met_werk_zoeken():
    v10 = next(v for v in model.vragen() if v.id == "V10")
    tekst = " ".join((v10.vraag, v10.goed_antwoord)).lower()
    assert "naast het zoeken naar nieuw werk" in v10.vraag
    assert not any(woord in tekst for woord in ("voordat", "pas daarna", "eerst"))
