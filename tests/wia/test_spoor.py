"""Computation, explanation, presentation apart (issue 19, point 3): the formulas return outcomes as
identifiers, amounts and a trace of the parameter values and inputs they used; the Dutch texts are
written from that trace only, so a text cannot name another number than the formula used."""

import ast
import datetime as dt
import json
from decimal import Decimal as D
from pathlib import Path

import pytest

from spoorkennis.parameters import Waarde
from spoorkennis.wia import berekening
from spoorkennis.wia.berekening import Invoer, bereken
from spoorkennis.wia.cli import tabel
from spoorkennis.wia.parameters import Regels, regels_op
from spoorkennis.wia.spoor import Gebruik, Stap
from spoorkennis.wia.uitleg import als_dict, naar_json, regels, stappen
from spoorkennis.wia.weergave import html

WIA = Path(berekening.__file__).parent
JAN_2026 = dt.date(2026, 1, 1)


@pytest.mark.parametrize("module", ["uitleg.py", "weergave.py", "cli.py"])
def test_de_teksten_lezen_geen_regels(module):
    # The text modules import nothing that reads the rules (the parameters, the timeline's rules);
    # they get every number from the steps of a result.
    # (The shared ``spoorkennis.parameters`` lends them its display helpers: getal_tekst, tekst.)
    boom = ast.parse((WIA / module).read_text(encoding="utf-8"))
    bronnen = {("." * n.level) + (n.module or "") for n in ast.walk(boom) if isinstance(n, ast.ImportFrom)}
    namen = {a.name for n in ast.walk(boom) if isinstance(n, ast.ImportFrom) for a in n.names}
    assert not bronnen & {".parameters", "..tijdlijn.regels", ".formules"}
    assert not namen & {"regels_op", "Regels", "Gebruik", "alle", "op", "van", "poortwachter_op"}
    assert "regels" not in berekening.Uitkomst._fields  # a result carries no rules to read


def test_gebruik_onthoudt_wat_een_formule_leest():
    g = Gebruik(regels_op(JAN_2026))
    assert g.maximum_maandloon == D("6617.44")  # a derived value, with what it is computed from
    assert g.gelezen == {"maximum_dagloon": D("304.25"), "maandloon_factor": D("21.75"),
                         "maximum_maandloon": D("6617.44")}
    assert g.lees("wga_grens") is g and g.gelezen["wga_grens"] == D(35)


def test_elke_maand_heeft_de_regel_met_zijn_parameters_en_invoer():
    u = bereken(Invoer(maandloon=D(3000), arbeidsverleden=20, peildatum=JAN_2026, ao=D(50)))
    lgu, vvu = u.eigen.wia[0].stap, u.eigen.wia[15].stap
    assert (lgu.regel, lgu.bedrag, lgu.parameters, lgu.waarden) == (
        "lgu", D("2250.00"), {"maximum_dagloon": D("304.25"), "maandloon_factor": D("21.75"),
                              "maximum_maandloon": D("6617.44"), "lgu_maanden_start": 2, "lgu_percentage_start": D(75)},
        {"maandloon": D(3000), "telt": D(0), "pct": D(75)})
    assert (vvu.regel, vvu.bedrag, vvu["pct"], vvu["referentieminimumloon"]) == ("vvu", D("803.04"), D(35),
                                                                                 D("2294.40"))
    assert u.uitkomst == "wga" and u.stappen["indeling"]["uitkomst"] == "wga"


def _met(r: Regels, **nieuw) -> Regels:
    """The same rules with some values replaced (as if the law changed)."""
    return Regels(r.datum, tuple((p, Waarde(w.begin, nieuw[p.naam], w.bron, w.url, w.opgehaald, w.soort))
                                 if p.naam in nieuw else (p, w) for p, w in r.gebruikt))


def test_een_andere_regel_verandert_bedrag_en_tekst_samen(monkeypatch):
    # If the law gave an LGU of 80% in the first 3 months, a wekeneis of 30 of 40 weeks and a WW of
    # 80%: the amounts follow (80% × 3000 = 2400 in WIA months 1–3) and so does every text, because
    # the texts only repeat what the formulas recorded.
    r = regels_op(JAN_2026)
    anders = _met(r, lgu_percentage_start=D(80), lgu_maanden_start=3, wekeneis=r.wekeneis.__class__(
        {"weken": 30, "van_weken": 40}), ww_uitkering=r.ww_uitkering.__class__(
        {"percentage_start": D(80), "maanden_start": 3, "percentage": D(70)}))
    monkeypatch.setattr(berekening, "regels_op", lambda datum: anders)
    u = bereken(Invoer(maandloon=D(3000), arbeidsverleden=20, peildatum=JAN_2026, ao=D(50)))
    assert [m.uitkering for m in u.eigen.wia[:4]] == [D(2400), D(2400), D(2400), D(2100)]
    assert "WIA-maand 1–3: Loongerelateerde uitkering (LGU): 80% van uw maandloon (€\u00a03.000,00) = " \
           "€\u00a02.400,00 per maand." in stappen(u.eigen)
    uitleg = " ".join(regels(u))
    assert "U werkte 30 van de 40 weken voor uw ziekte. Dan krijgt u eerst de loongerelateerde uitkering (LGU): " \
           "de eerste 3 maanden 80%, daarna 70% van uw maandloon." in uitleg
    assert "Dan krijgt u WW: de eerste 3 maanden 80% van uw maandloon, daarna 70%." in uitleg


def test_een_tekst_die_een_ongelezen_parameter_noemt_faalt_luid():
    # The guard behind the design: a text can only name what a step recorded.
    with pytest.raises(KeyError):
        Stap("lgu", D(1), {}, {"maandloon": D(1)})["lgu_percentage"]


def test_de_json_geeft_de_berekening_met_parameters_en_invoer():
    u = bereken(Invoer(maandloon=D(3000), arbeidsverleden=20, peildatum=JAN_2026, ao=D(50)))
    data = json.loads(naar_json(als_dict(u)))
    assert data["berekening"]["lgu_duur"] == {
        "regel": "lgu_duur", "bedrag": 15,
        "parameters": {"wekeneis": {"weken": 26, "van_weken": 36},
                       "lgu_duur": {"maanden_per_jaar": 1, "jaren": 10, "daarna_per_jaar": 0.5,
                                    "halve_maand_vanaf": "2016-01-01", "minimum": 3, "maximum": 24}},
        "waarden": {"jaren": 20, "tot_jaar": 2026, "vol": 10, "minder": 10, "later": 10, "opgebouwd": 15}}
    assert data["verwachting"]["maanden"][24]["regel"] == "lgu"
    assert {b["parameter"] for b in data["bronnen"]} >= {"wachttijd_weken", "lgu_duur", "wekeneis", "ww_uitkering"}
    assert "aow_leeftijd" not in {b["parameter"] for b in data["bronnen"]}  # no birth date: not used


def test_tekst_en_html_gebruiken_dezelfde_uitleg():
    u = bereken(Invoer(maandloon=D(3000), arbeidsverleden=20, peildatum=JAN_2026, ao=D(50)))
    for regel in regels(u):
        assert regel in tabel(u)
        assert regel.replace("'", "&#x27;") in html(u)
