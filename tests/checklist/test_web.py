"""The browser tool: raw form fields in, comparison HTML and two text downloads out."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from spoorkennis import web as tools
from spoorkennis.checklist import model, scoring, web
from spoorkennis.checklist.tool import TOOL
from spoorkennis.fouten import InvoerFout

ROOT = Path(__file__).resolve().parents[2]
VRAGEN = model.vragen()


def _velden(**bureaus) -> dict[str, str]:
    """bureau_1=("Naam", {"V01": "ja"}) -> the form fields."""
    velden = {}
    for sleutel, (naam, antwoorden) in bureaus.items():
        n = sleutel[-1]
        velden[f"bureau_{n}_naam"] = naam
        velden.update({f"antwoord_{n}_{id_}": a for id_, a in antwoorden.items()})
    return velden


def _fouten(velden) -> list[tuple[str, str]]:
    with pytest.raises(InvoerFout) as fout:
        TOOL(velden)
    return fout.value.fouten


def test_voorbeeld_laat_zien_dat_een_harde_rode_vlag_niet_wordt_goedgemaakt():
    html = tools.voorbeeld("checklist")["html"]
    volgorde = re.findall(r"<li><strong>([^<]+)</strong>", html)
    assert volgorde == ["Bureau Noord", "Bureau West", "Bureau Zuid"]
    voorbeeld = TOOL.voorbeeld
    zuid = scoring.beoordeel("Zuid", {v.id: voorbeeld.get(f"antwoord_2_{v.id}") for v in VRAGEN})
    noord = scoring.beoordeel("Noord", {v.id: voorbeeld.get(f"antwoord_1_{v.id}") for v in VRAGEN})
    assert zuid.totaal > noord.totaal and zuid.oordeel == "afgeraden" and noord.oordeel == "sterk"
    assert "Harde rode vlag</strong> bij V07" in html


def test_twee_bureaus_vergelijken():
    velden = _velden(bureau_1=("Alfa", {v.id: "ja" for v in VRAGEN}),
                     bureau_2=("Beta", {v.id: "deels" for v in VRAGEN[:20]}))
    uit = TOOL(velden)
    html = uit["html"]
    assert '<th scope="col">Alfa</th><th scope="col">Beta</th>' in html
    assert '<tr class="sk-totaal"><th scope="row">Totaal</th><td>100</td><td>50</td></tr>' in html
    assert f"<td>{len(VRAGEN)} van {len(VRAGEN)}</td><td>20 van {len(VRAGEN)}</td>" in html
    assert f"Nog te vragen ({len(VRAGEN) - 20})" in html
    assert [d["naam"] for d in uit["downloads"]] == ["vergelijking-re-integratiebureaus.txt",
                                                     "vragenlijst-re-integratiebureau.txt"]
    vergelijking = uit["downloads"][0]["inhoud"]
    assert "1. Alfa: sterk, score 100" in vergelijking and "2. Beta: onvolledig, score 50" in vergelijking
    assert all(v.id in uit["downloads"][1]["inhoud"] for v in VRAGEN)
    assert all(d["mime"].startswith("text/plain") for d in uit["downloads"])


def test_bureau_zonder_naam_maar_met_antwoorden_telt_mee_en_leeg_bureau_niet():
    html = TOOL({"bureau_1_naam": "", "antwoord_2_V01": "ja", "bureau_3_naam": " "})["html"]
    assert '<th scope="col">Bureau 2</th></tr>' in html and "Bureau 1" not in html and "Bureau 3" not in html


def test_namen_van_de_gebruiker_worden_ge_escaped():
    naam = '<img src=x onerror="alert(1)">&'
    uit = TOOL({"bureau_1_naam": naam, "antwoord_1_V01": "ja"})
    assert "<img" not in uit["html"]
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;" in uit["html"]


def test_via_de_worker_ingang_en_fouten_per_veld():
    uit = json.loads(tools.aanroep("checklist", json.dumps({"bureau_1_naam": "A", "antwoord_1_V03": "vast"})))
    assert uit == {"ok": False, "fouten": [{"veld": "antwoord_1_V03",
                                             "bericht": "Kies bij vraag V03 voor bureau 1 ja, deels, nee of weet niet."}]}


def test_lege_formulier_lange_naam_en_dubbele_naam():
    assert _fouten({}) == [("bureau_1_naam", "Vul de naam van minstens één bureau in en beantwoord de "
                                             "vragen voor dat bureau.")]
    assert _fouten({"bureau_2_naam": "x" * 81})[0][0] == "bureau_2_naam"
    assert _fouten({"bureau_1_naam": "Noord", "bureau_3_naam": "noord"}) == [
        ("bureau_3_naam", "Bureau 1 heet ook noord. Geef elk bureau een eigen naam.")]


def test_onbekende_velden_zoals_vandaag_worden_genegeerd():
    assert "Alfa" in TOOL({"bureau_1_naam": "Alfa", "_vandaag": "2026-11-25", "iets": "x"})["html"]


class _Elementen(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict]]:
    parser = _Elementen()
    parser.feed(html)
    return parser.tags


def _vragen() -> str:
    return "\n".join(web.categorie_velden(c) for c in model.categorieen())


def test_formulier_een_fieldset_per_vraag_met_een_groep_per_bureau():
    html = _vragen()
    tags = _tags(html)
    radios = [a for t, a in tags if t == "input"]
    assert len(radios) == len(VRAGEN) * 3 * 4
    assert {a["type"] for a in radios} == {"radio"}
    ids = [a["id"] for a in radios]
    assert len(set(ids)) == len(ids)
    labels = {a["for"] for t, a in tags if t == "label"}
    assert set(ids) == labels
    assert {a["name"] for a in radios} == {f"antwoord_{n}_{v.id}" for n in (1, 2, 3) for v in VRAGEN}
    assert {a["value"] for a in radios} == set(scoring.ANTWOORDEN)
    assert html.count('<fieldset class="sk-veld sk-vraag"') == html.count("<legend>") == len(VRAGEN)
    groepen = [a for t, a in tags if a.get("role") == "group"]
    assert len(groepen) == len(VRAGEN) * 3
    namen = {a["id"]: t for t, a in tags if "id" in a}
    assert all(g["aria-labelledby"] in namen for g in groepen)
    assert len(re.findall(r'class="sk-bureaulabel" id="b[123]-V\d\d">Bureau [123]:</span>', html)) == len(groepen)


def test_vragenlijst():
    html = web.vragenlijst()
    assert all(f"<strong>{v.id}.</strong> {v.vraag}" in html.replace("&#x27;", "'") for v in VRAGEN)
    assert html.count("Harde rode vlag bij nee.") == sum(v.harde_rode_vlag for v in VRAGEN)


@pytest.mark.parametrize("html", [
    pytest.param(lambda: tools.voorbeeld("checklist")["html"], id="uitkomst"),
    pytest.param(_vragen, id="vragen"),
    pytest.param(web.vragenlijst, id="vragenlijst"),
])
def test_html_volgt_de_regels(html):
    tekst = html()
    assert "style=" not in tekst and "<script" not in tekst
    klassen = {k for _, a in _tags(tekst) for k in a.get("class", "").split()}
    assert all(k.startswith("sk-") for k in klassen), klassen
    if "<table" in tekst:
        assert "<caption>" in tekst and '<th scope="col">' in tekst and '<th scope="row">' in tekst
        assert '<div class="sk-scroll" tabindex="0" role="region" aria-label=' in tekst


def test_de_pagina_legt_de_grenzen_van_de_score_uit():
    for pagina in ("docs/rekenhulpen/bureau-checklist.md", "docs/werknemers/vragen-aan-uw-bureau.md"):
        tekst = (ROOT / pagina).read_text(encoding="utf-8")
        assert "<!-- tool:checklist -->" in tekst, pagina
    tekst = (ROOT / "docs/rekenhulpen/bureau-checklist.md").read_text(encoding="utf-8")
    grens = model.regels().oordeelgrenzen
    for getal in (grens.beantwoord, grens.sterk, grens.redelijk):
        assert re.search(rf"\b{getal}\b", tekst), getal
    assert "weet niet" in tekst.lower() and "harde rode vlag" in tekst.lower()


def test_op_een_smal_scherm_een_bureau_tegelijk():
    # Each bureau's row says which bureau it is (CSS shows one at a time at 360 px); the choice is no
    # input: its name starts with "_" and the reader ignores it.
    html = _vragen()
    assert len(re.findall(r'class="sk-keuzes sk-bureaukeuze" data-bureau="[123]"', html)) == len(VRAGEN) * 3
    keuze = web.bureau_keuze()
    assert keuze.count('name="_bureau"') == 3 and 'value="1" checked' in keuze
    assert "<legend>Welk bureau vult u nu in?</legend>" in keuze
    assert TOOL.html().index("sk-kies-bureau") < TOOL.html().index('class="sk-categorie"')
    velden = _velden(bureau_1=("Alfa", {"V01": "ja"}))
    assert TOOL({**velden, "_bureau": "2"}) == TOOL(velden)
