"""The rules mechanism for every tool (spoorkennis.parameters): typed values, scales, lists of
dates, schedules and stale values, texts that refer to parameters, and every real parameter file."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spoorkennis import data, parameters
from spoorkennis.parameters import ParameterFout, Record, Schaal, lees

D = dt.date
PAKKET = Path(parameters.__file__).parent
MAPPEN = sorted(PAKKET.glob("*/parameters"))


def bestand(naam="voorbeeld", type_='"bedrag"', wijzigt="geen_vaste_datum", extra="", waarden=None):
    """A parameter file's text; ``waarden`` maps start dates to TOML values."""
    kop = (f'naam = "{naam}"\nomschrijving = "Een voorbeeld."\neenheid = "euro per maand"\ntype = {type_}\n'
           f'wijzigt = "{wijzigt}"\n{extra}')
    if wijzigt != "geen_vaste_datum":
        kop += 'wijzigt_bron = "Een wet"\nwijzigt_url = "https://example.org/wet"\n'
    for begin, waarde in (waarden or {"2025-01-01": "100.50"}).items():
        kop += (f"\n[waarden.{begin}]\nwaarde = {waarde}\nbron = \"Een bron\"\nurl = \"https://example.org/\"\n"
                "opgehaald = 2026-11-25\nsoort = \"officieel\"\n")
    return kop


def param(**kwargs):
    return lees(data.parse(bestand(**kwargs)), f"{kwargs.get('naam', 'voorbeeld')}.toml")


# --- every real parameter file -------------------------------------------------------------------

def test_elke_tool_met_regels_heeft_een_map_parameters():
    assert {m.parent.name for m in MAPPEN} >= {"wia", "tijdlijn", "checklist"}


@pytest.mark.parametrize("map_", MAPPEN, ids=lambda m: m.parent.name)
def test_elk_bestand_in_een_map_is_een_geldige_parameter_met_bron(map_):
    alle = parameters.van(f"spoorkennis.{map_.parent.name}")
    assert sorted(f"{n}.toml" for n in alle) == sorted(p.name for p in map_.iterdir())
    for p in alle.values():
        assert p.omschrijving.strip() and p.eenheid.strip(), p.naam
        if p.wijzigt != "geen_vaste_datum":
            assert p.wijzigt_bron.strip() and p.wijzigt_url.startswith("https://"), p.naam
        for w in p.waarden:
            assert w.bron.strip() and isinstance(w.opgehaald, dt.date) and w.soort in parameters.SOORTEN, p.naam


def test_minimumloon_en_maximumdagloon_veranderen_halfjaarlijks_de_rest_niet_op_vaste_data():
    # The minimumloon (per hour, and the referentieminimumloon with it) and the maximumdagloon change
    # on 1 January and 1 July (WML art. 14; the SZW rekenregels). No other parameter has a fixed date.
    halfjaarlijks = {f"{m.parent.name}.{p.naam}" for m in MAPPEN
                     for p in parameters.van(f"spoorkennis.{m.parent.name}").values() if p.wijzigt != "geen_vaste_datum"}
    assert halfjaarlijks == {"wia.maximum_dagloon", "wia.minimumuurloon", "wia.referentieminimumloon"}
    assert parameters.van("spoorkennis.wia")["maximum_dagloon"].wijzigt == "halfjaarlijks"


# --- types ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("type_, toml, verwacht", [
    ('"bedrag"', "2294.40", Decimal("2294.40")),
    ('"percentage"', "70", Decimal(70)),
    ('"getal"', "21.75", Decimal("21.75")),
    ('"geheel_getal"', "104", 104),
    ('"datum"', "2016-01-01", D(2016, 1, 1)),
    ('"datums"', "[2026-01-01, 2026-04-06]", (D(2026, 1, 1), D(2026, 4, 6))),
])
def test_een_waarde_krijgt_het_type_van_het_bestand(type_, toml, verwacht):
    waarde = param(type_=type_, waarden={"2025-01-01": toml}).op(D(2025, 1, 1)).waarde
    assert waarde == verwacht and type(waarde) is type(verwacht)


@pytest.mark.parametrize("type_, toml", [
    ('"bedrag"', '"2294,40"'), ('"bedrag"', "true"), ('"geheel_getal"', "104.5"), ('"geheel_getal"', "true"),
    ('"datum"', '"2016-01-01"'), ('"datums"', "[2026-04-06, 2026-01-01]"), ('"datums"', "[2026-01-01, 2026-01-01]"),
    ('"datums"', "[]"), ('"euro"', "3"),
])
def test_een_waarde_van_het_verkeerde_type_faalt(type_, toml):
    with pytest.raises(ParameterFout):
        param(type_=type_, waarden={"2025-01-01": toml})


RECORD = 'velden = { jaren = "geheel_getal", per_jaar = "getal", vanaf = "datum" }\n'


def test_een_record_heeft_getypte_velden_op_naam():
    w = param(type_='"record"', extra=RECORD,
              waarden={"2025-01-01": "{ jaren = 10, per_jaar = 0.5, vanaf = 2016-01-01 }"}).op(D(2025, 1, 1)).waarde
    assert (w.jaren, w.per_jaar, w.vanaf) == (10, Decimal("0.5"), D(2016, 1, 1))
    assert list(w.velden()) == ["jaren", "per_jaar", "vanaf"]
    with pytest.raises(AttributeError):
        w.maanden  # noqa: B018


@pytest.mark.parametrize("waarde", ["{ jaren = 10, per_jaar = 0.5 }", "{ jaren = 10, per_jaar = 0.5, vanaf = 2016-01-01, x = 1 }",
                                    '{ jaren = "10", per_jaar = 0.5, vanaf = 2016-01-01 }', "10"])
def test_een_record_met_een_ontbrekend_vreemd_of_verkeerd_veld_faalt(waarde):
    with pytest.raises(ParameterFout):
        param(type_='"record"', extra=RECORD, waarden={"2025-01-01": waarde})


def test_een_record_zonder_velden_faalt():
    with pytest.raises(ParameterFout):
        param(type_='"record"', waarden={"2025-01-01": "{ jaren = 10 }"})


SCHAAL = 'drempel = "percentage"\nuitkomst = "percentage"\n'


def test_een_schaal_geeft_de_uitkomst_van_de_klasse():
    # The VVU classes: 35 up to 45% gives 28%, …, 65 up to 80% gives 50.75% (UWV).
    vvu = param(type_='"schaal"', extra=SCHAAL, waarden={"2025-01-01": "[[35, 28], [45, 35], [55, 42], [65, 50.75]]"}
                ).op(D(2025, 1, 1)).waarde
    assert isinstance(vvu, Schaal) and vvu.op(Decimal(35)) == Decimal(28) and vvu.op(Decimal("44.99")) == 28
    assert vvu.op(Decimal(79)) == Decimal("50.75")
    with pytest.raises(LookupError):
        vvu.op(Decimal(34))


def test_een_schaal_op_geboortedatum_met_een_record_als_uitkomst():
    # Ready for the AOW age by birth date: drempel a date, uitkomst years and months.
    extra = 'drempel = "datum"\nuitkomst = { jaren = "geheel_getal", maanden = "geheel_getal" }\n'
    aow = param(type_='"schaal"', extra=extra, waarden={"2025-01-01": "[[1900-01-01, { jaren = 66, maanden = 0 }], "
                                                                      "[1960-01-01, { jaren = 67, maanden = 3 }]]"}
                ).op(D(2025, 1, 1)).waarde
    assert aow.op(D(1959, 12, 31)) == Record({"jaren": 66, "maanden": 0}) and aow.op(D(1961, 5, 1)).maanden == 3


@pytest.mark.parametrize("waarde", ["[[45, 35], [35, 28]]", "[[35, 28], [35, 30]]", "[[35]]", "[]", "[[35, true]]"])
def test_een_schaal_buiten_volgorde_of_met_halve_rijen_faalt(waarde):
    with pytest.raises(ParameterFout):
        param(type_='"schaal"', extra=SCHAAL, waarden={"2025-01-01": waarde})


@pytest.mark.parametrize("oud, nieuw", [
    ('wijzigt = "geen_vaste_datum"', 'wijzigt = "soms"'),
    ('wijzigt = "geen_vaste_datum"', 'wijzigt = "jaarlijks"'),  # a schedule needs its own source
    ('type = "bedrag"', 'tpye = "bedrag"'),
    ('bron = "Een bron"', 'bron = " "'),
    ('url = "https://example.org/"', 'url = "example.org"'),
    ('soort = "officieel"', 'soort = "eigen"'),
    ("opgehaald = 2026-11-25", 'opgehaald = "gisteren"'),
    ("[waarden.2025-01-01]", "[waarden.2025-02-30]"),
    ('naam = "voorbeeld"', 'naam = "ander"'),
])
def test_een_fout_in_het_bestand_faalt(oud, nieuw):
    tekst = bestand()
    assert oud in tekst
    with pytest.raises(ParameterFout):
        lees(data.parse(tekst.replace(oud, nieuw)), "voorbeeld.toml")


def test_een_pagina_van_de_site_mag_de_bron_zijn():
    # A source with no web address (a report) points to the site's page that describes it.
    tekst = bestand().replace('url = "https://example.org/"', 'url = "bronnen.md"')
    assert lees(data.parse(tekst), "voorbeeld.toml").waarden[0].url == "bronnen.md"


# --- dates, schedules and stale values -------------------------------------------------------------

HALFJAAR = {"2025-01-01": "2191.80", "2025-07-01": "2245.80", "2026-01-01": "2294.40"}


def test_opzoeken_op_datum_en_voor_de_eerste_waarde():
    p = param(wijzigt="halfjaarlijks", waarden=HALFJAAR)
    assert p.op(D(2025, 6, 30)).waarde == Decimal("2191.80") and p.op(D(2025, 7, 1)).waarde == Decimal("2245.80")
    with pytest.raises(LookupError):
        p.op(D(2024, 12, 31))


@pytest.mark.parametrize("wijzigt, peildatum, volgende, verouderd", [
    ("halfjaarlijks", D(2025, 3, 1), D(2025, 7, 1), None),  # a newer value is known: its start
    ("halfjaarlijks", D(2026, 6, 30), D(2026, 7, 1), None),  # the last value, before its change date
    ("halfjaarlijks", D(2026, 7, 1), D(2026, 7, 1), D(2026, 7, 1)),  # the change date itself: stale
    ("halfjaarlijks", D(2027, 3, 1), D(2026, 7, 1), D(2026, 7, 1)),  # named by the first missed date
    ("jaarlijks", D(2026, 7, 1), D(2027, 1, 1), None),
    ("jaarlijks", D(2027, 1, 1), D(2027, 1, 1), D(2027, 1, 1)),
    ("geen_vaste_datum", D(2040, 1, 1), None, None),
])
def test_volgende_wijziging_en_verouderd(wijzigt, peildatum, volgende, verouderd):
    p = param(wijzigt=wijzigt, waarden=HALFJAAR)
    assert p.volgende_wijziging(peildatum) == volgende
    oud = p.verouderd_op(peildatum)
    assert (oud.wijzigingsdatum if oud else None) == verouderd
    if oud:
        assert oud.waarde.begin == D(2026, 1, 1) and oud.parameter is p


def test_een_waarde_van_1_juli_wijzigt_op_1_januari():
    p = param(wijzigt="halfjaarlijks", waarden={"2025-07-01": "2245.80"})
    assert p.volgende_wijziging(D(2025, 9, 1)) == D(2026, 1, 1)
    assert p.verouderd_op(D(2025, 12, 31)) is None and p.verouderd_op(D(2026, 1, 1)).wijzigingsdatum == D(2026, 1, 1)


@given(st.dates(min_value=D(2025, 1, 1), max_value=D(2035, 12, 31)), st.sampled_from(list(parameters.WIJZIGT)))
def test_verouderd_precies_als_een_wijzigingsdatum_voorbij_is_zonder_nieuwere_waarde(peildatum, wijzigt):
    p = param(wijzigt=wijzigt, waarden=HALFJAAR)
    maanden = parameters.WIJZIGT[wijzigt]
    gemist = [D(j, m, 1) for j in range(2026, 2036) for m in maanden if D(2026, 1, 1) < D(j, m, 1) <= peildatum]
    oud = p.verouderd_op(peildatum)
    assert (oud is not None) == bool(gemist)
    if oud:
        assert oud.wijzigingsdatum == gemist[0]


def test_verouderd_over_een_lijst_en_de_geldende_waarden():
    a = param(naam="a", wijzigt="halfjaarlijks", waarden=HALFJAAR)
    b = param(naam="b", wijzigt="geen_vaste_datum", waarden=HALFJAAR)
    c = param(naam="c", wijzigt="halfjaarlijks", waarden={"2030-01-01": "1"})  # no value yet on the date
    assert [v.parameter.naam for v in parameters.verouderd([a, b, c], D(2026, 11, 25))] == ["a"]
    geldend = parameters.Geldend(D(2026, 11, 25), ((a, a.op(D(2026, 11, 25))), (b, b.op(D(2026, 11, 25)))))
    assert [(v.parameter.naam, v.wijzigingsdatum) for v in geldend.verouderd()] == [("a", D(2026, 7, 1))]
    assert geldend.a == Decimal("2294.40") and geldend["b"] == Decimal("2294.40")
    with pytest.raises(AttributeError):
        geldend.c  # noqa: B018


def test_de_wia_bedragen_van_1_juli_2026_zijn_verouderd_na_1_januari_2027():
    # The newest WIA amounts are those of 1 July 2026; the minimumloon and the maximumdagloon change
    # on 1 January (issue 15), so on 1 March 2027 those three are stale, and nothing else is.
    from spoorkennis.wia.parameters import regels_op
    assert regels_op(D(2026, 12, 31)).verouderd() == []
    oud = regels_op(D(2027, 3, 1)).verouderd()
    assert {(v.parameter.naam, v.waarde.begin, v.wijzigingsdatum) for v in oud} == {
        (naam, D(2026, 7, 1), D(2027, 1, 1)) for naam in ("maximum_dagloon", "minimumuurloon", "referentieminimumloon")}


# --- discovery and reading -------------------------------------------------------------------------

@pytest.fixture
def tool(tmp_path, monkeypatch):
    """A tool package ``nep_tool`` with a folder of two parameters."""
    (tmp_path / "nep_tool" / "parameters").mkdir(parents=True)
    (tmp_path / "nep_tool" / "__init__.py").write_text("")
    for naam in ("b_bedrag", "a_bedrag"):
        (tmp_path / "nep_tool" / "parameters" / f"{naam}.toml").write_text(bestand(naam=naam), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "nep_tool", raising=False)
    yield tmp_path / "nep_tool"
    parameters.van.cache_clear()
    parameters.op.cache_clear()


def test_een_nieuwe_parameter_is_alleen_een_bestand(tool):
    assert list(parameters.van("nep_tool")) == ["a_bedrag", "b_bedrag"]
    assert parameters.op("nep_tool", D(2025, 1, 1)).a_bedrag == Decimal("100.50")
    assert parameters.eerste_datum("nep_tool") == D(2025, 1, 1)


def test_de_map_wordt_uit_de_geparste_kopie_gelezen_als_die_er_is(tool):
    # In the browser's wheel the folder cannot be listed; the build's __map__.marshal lists it.
    bestanden = {f"nep_tool/parameters/{p.name}": p.read_bytes() for p in (tool / "parameters").iterdir()}
    for pad, inhoud in data.kopieen(bestanden).items():
        (tool.parent / pad).write_bytes(inhoud)
    (tool / "parameters" / "b_bedrag.toml").unlink()  # only the copy knows it now
    assert list(parameters.van("nep_tool")) == ["a_bedrag", "b_bedrag"]


def test_een_pakket_zonder_parameters():
    assert parameters.van("spoorkennis") == {}


def test_laden_bij_gebruik_niet_bij_import():
    # No module reads a data file when it is imported: the first call does.
    import subprocess
    code = ("import sys, spoorkennis.data as d\n"
            "gelezen = []\n"
            "for naam in ('toml', 'toml_map'):\n"
            "    oud = getattr(d, naam)\n"
            "    setattr(d, naam, lambda *a, _o=oud: gelezen.append(a) or _o(*a))\n"
            "import spoorkennis.web, spoorkennis.parameters, spoorkennis.tools, spoorkennis.cli, "
            "spoorkennis.parameterlijst\n"
            "for naam in spoorkennis.tools.namen(): spoorkennis.tools.tool(naam)\n"
            "print(gelezen)\n")
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert uit.stdout.strip() == "[]"


# --- content data that refers to parameters --------------------------------------------------------

@pytest.fixture
def geldend():
    wachttijd = param(naam="wachttijd_weken", type_='"geheel_getal"', waarden={"2002-04-01": "104"})
    evaluatie = param(naam="evaluatie", type_='"record"', extra='velden = { vanaf = "geheel_getal", week = "geheel_getal" }\n',
                      waarden={"2002-04-01": "{ vanaf = 46, week = 52 }"})
    pct = param(naam="pct", type_='"percentage"', waarden={"2002-04-01": "50.75"})
    datum = D(2026, 1, 1)
    return parameters.Geldend(datum, tuple((p, p.op(datum)) for p in (wachttijd, evaluatie, pct)))


@pytest.mark.parametrize("expressie, uitkomst", [
    (6, 6), ("wachttijd_weken", 104), ("evaluatie.week + 6", 58), ("wachttijd_weken - evaluatie.vanaf + 1", 59),
    (" evaluatie.vanaf-6 ", 40),
])
def test_uitrekenen(expressie, uitkomst, geldend):
    assert parameters.uitrekenen(expressie, geldend) == uitkomst


@pytest.mark.parametrize("expressie, fout", [("onbekend", KeyError), ("evaluatie.tot", AttributeError),
                                             ("wachttijd_weken * 2", ValueError), ("", ValueError)])
def test_uitrekenen_van_iets_onbekends_faalt(expressie, fout, geldend):
    with pytest.raises(fout):
        parameters.uitrekenen(expressie, geldend)


def test_invullen_zonder_sluitende_accolade_faalt(geldend):
    with pytest.raises(ValueError):
        parameters.invullen("Na {wachttijd_weken weken", geldend)


def test_invullen(geldend):
    tekst = "Na {wachttijd_weken} weken; uiterlijk in week {evaluatie.week}; {pct}%; spoor 2 in week {evaluatie.week + 6}."
    assert parameters.invullen(tekst, geldend) == "Na 104 weken; uiterlijk in week 52; 50,75%; spoor 2 in week 58."


# --- display and JSON ------------------------------------------------------------------------------

@pytest.mark.parametrize("waarde, eenheid, tekst", [
    (Decimal("304.25"), "euro per dag", "€\u00a0304,25 (per dag)"),
    (Decimal(70), "procent", "70 procent"),
    (104, "weken", "104 weken"),
    (Decimal("21.75"), "dagen per maand", "21,75 dagen per maand"),
    (Record({"maanden_per_jaar": Decimal(1), "halve_maand_vanaf": D(2016, 1, 1)}), "maanden",
     "maanden per jaar 1, halve maand vanaf 1 januari 2016"),
    (Schaal(((Decimal(35), Decimal(28)), (Decimal(65), Decimal("50.75")))), "procent", "vanaf 35%: 28%; vanaf 65%: 50,75%"),
    ((D(2026, 1, 1), D(2026, 4, 6)), "feestdagen", "1 januari 2026, 6 april 2026"),
])
def test_tekst_van_een_waarde(waarde, eenheid, tekst):
    assert parameters.tekst(waarde, eenheid) == tekst


def test_als_data_heeft_de_vorm_van_het_bestand():
    assert parameters.als_data(Schaal(((Decimal(35), Decimal(28)),))) == [[Decimal(35), Decimal(28)]]
    assert parameters.als_data(Record({"a": 1, "b": D(2016, 1, 1)})) == {"a": 1, "b": "2016-01-01"}
    assert parameters.als_data((D(2026, 1, 1),)) == ["2026-01-01"]


def test_waarde_en_parameter_zijn_gewone_waarden():
    w = parameters.Waarde(D(2025, 1, 1), Decimal(1), "bron", "https://example.org/", D(2026, 11, 25), "officieel")
    assert w.opmerking == "" and w == parameters.Waarde(*[getattr(w, n) for n in w.__slots__])
    assert repr(w).startswith("Waarde(datetime.date(2025, 1, 1), Decimal('1'), 'bron'")
    with pytest.raises(AttributeError):
        w.waarde = 2
    with pytest.raises(TypeError):
        parameters.Waarde(D(2025, 1, 1), Decimal(1))
