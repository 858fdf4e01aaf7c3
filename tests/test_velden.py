"""The tools' declarations: the form, the reader and the command line come from one list of fields."""

from __future__ import annotations

import contextlib
import io
import json
import re
from html.parser import HTMLParser

import pytest

from spoorkennis import tools, web
from spoorkennis.__main__ import main
from spoorkennis.fouten import InvoerFout
from spoorkennis.velden import Rijen

NAMEN = tools.namen()


class _Formulier(HTMLParser):
    """The named inputs, labels, hints and ids of a tool's form."""

    def __init__(self):
        super().__init__()
        self.invoer, self.labels, self.ids, self.hints, self.in_form = [], set(), [], set(), False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.in_form |= tag == "form"
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "label" and a.get("for"):
            self.labels.add(a["for"])
        if "sk-hint" in (a.get("class") or "").split():
            self.hints.add(a["id"])
        if tag == "input" and self.in_form:
            self.invoer.append(a)

    def handle_endtag(self, tag):
        self.in_form &= tag != "form"


def formulier(naam: str) -> _Formulier:
    parser = _Formulier()
    parser.feed(tools.tool(naam).html())
    return parser


def test_de_tools_worden_gevonden_niet_opgesomd():
    assert NAMEN == ["checklist", "tijdlijn", "verzuimweek", "wia"]
    with pytest.raises(KeyError):
        tools.tool("bestaat_niet")
    with pytest.raises(KeyError):
        tools.tool("../wia")


@pytest.mark.parametrize("naam", NAMEN)
def test_het_formulier_vraagt_precies_wat_de_lezer_leest(naam):
    tool, form = tools.tool(naam), formulier(naam)
    gelezen = set()
    for deel in tool.delen():
        if isinstance(deel, Rijen):
            gelezen |= {f"{deel.naam}_{veld.naam}_{n}" for veld in deel.velden for n in range(1, deel.aantal + 1)}
        else:
            gelezen.add(deel.naam)
    # a name that starts with "_" is no input but a setting of the page (the checklist's bureau on a phone)
    assert {a["name"] for a in form.invoer if not a["name"].startswith("_")} == gelezen


@pytest.mark.parametrize("naam", NAMEN)
def test_elk_veld_heeft_een_echt_label_en_zijn_hints(naam):
    form = formulier(naam)
    assert len(form.ids) == len(set(form.ids))
    for a in form.invoer:
        if a["type"] == "text":
            assert a["id"] in form.labels, a
            assert a.get("autocomplete") == "off"
        beschreven = (a.get("aria-describedby") or "").split()
        assert set(beschreven) <= form.hints, a
    getallen = [a for a in form.invoer if a.get("inputmode")]
    assert all(a["type"] == "text" and a["inputmode"] in ("decimal", "numeric") for a in getallen)
    # a date is typed as 5-1-2026: an iPhone's numeric keypad (inputmode="numeric") has no '-' or '/'
    datums = {d.naam for d in tools.tool(naam).delen() if type(d).__name__ == "Datum"}
    assert not [a for a in form.invoer if a.get("name") in datums and a.get("inputmode")]


def test_een_herhaalde_groep_leest_elke_rij_die_er_is_niet_een_vast_aantal():
    tijdlijn = tools.tool("tijdlijn")
    velden = {"eerste_ziektedag": "5-1-2026", "_vandaag": "2026-11-25",
              "hersteld_van_2": "2-2-2026", "hersteld_tot_2": "16-2-2026",
              "hersteld_van_7": "2-3-2026", "hersteld_tot_7": "9-3-2026", "hersteld_van_12": "31-2-2026"}
    with pytest.raises(InvoerFout) as fout:
        tijdlijn(velden)
    assert fout.value.fouten == [("hersteld_van_12", "De eerste hersteldag (rij 12) bestaat niet. Kijk de dag en de "
                                                     "maand na.")]
    del velden["hersteld_van_12"]
    assert [rij.nummer for rij in tijdlijn.lees(velden)["hersteld"]] == [2, 7]
    # two recoveries of 14 and 7 days move every term 21 days (rows after the fourth were ignored before)
    assert "De termijnen na een herstel schuiven op, samen 21 dagen" in tijdlijn(velden)["html"]


def _opdracht(argv):
    uit, fout = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(uit), contextlib.redirect_stderr(fout):
        code = main(argv)
    return code, uit.getvalue(), fout.getvalue()


@pytest.mark.parametrize("naam, veld, waarde", [("wia", "maandloon", "1000000000000"),
                                                ("wia", "arbeidsverleden", "61"),
                                                ("tijdlijn", "start_spoor_2", "1-1-2200")])
def test_een_grens_heeft_een_plek_en_een_melding_in_het_formulier_en_op_de_opdrachtregel(naam, veld, waarde):
    tool = tools.tool(naam)
    antwoord = json.loads(web.aanroep(naam, json.dumps({**tool.voorbeeld, veld: waarde})))
    bericht = {f["veld"]: f["bericht"] for f in antwoord["fouten"]}[veld]
    argv = tool.opdrachten()[0]
    optie = "--" + veld.replace("_", "-")
    argv = [*argv[:argv.index(optie) + 1], waarde, *argv[argv.index(optie) + 2:]] if optie in argv \
        else [*argv, optie, waarde]
    assert _opdracht(argv) == (2, "", f"Fout bij {optie}: {bericht}\n")


@pytest.mark.parametrize("naam", NAMEN)
def test_elke_slechte_invoer_van_de_soort_geeft_een_melding_bij_dat_veld(naam):
    # The browser tests type these; each must really be refused, at that field.
    tool = tools.tool(naam)
    gevallen = [geval for deel in tool.delen() for geval in deel.slechte_invoer()]
    assert gevallen
    for veld, waarde in gevallen:
        with pytest.raises(InvoerFout) as fout:
            tool.lees({**tool.voorbeeld, veld: waarde})
        assert veld in dict(fout.value.fouten), (veld, waarde, fout.value.fouten)


@pytest.mark.parametrize("naam", NAMEN)
def test_de_opdrachtregel_rekent_het_voorbeeld_zoals_het_formulier(naam):
    tool = tools.tool(naam)
    for argv in tool.opdrachten():
        code, uit, fout = _opdracht(argv)
        assert (code, fout) == (0, "") and uit.strip(), argv
        assert not re.search(r"\bNone\b|\bNaN\b|Traceback", uit)


def test_de_meldingen_staan_in_de_volgorde_van_het_formulier():
    # A check across fields (a recovery row without its end date) used to come after later fields;
    # the summary follows the form, row by row, as GOV.UK's error summary does.
    with pytest.raises(InvoerFout) as fout:
        tools.tool("tijdlijn").lees({"eerste_ziektedag": "5-1-2026", "_vandaag": "2026-11-25",
                                     "hersteld_van_2": "2-3-2026", "hersteld_van_1": "2-2-2026",
                                     "start_spoor_2": "gisteren"})
    assert [veld for veld, _ in fout.value.fouten] == ["hersteld_tot_1", "hersteld_tot_2", "start_spoor_2"]
    with pytest.raises(InvoerFout) as fout:
        tools.tool("wia").lees({"maandloon": "", "arbeidsverleden": "10", "eerste_ziektedag": "1-1-2026",
                                "geboortedatum": "1-1-2030", "aanbod": "abc", "_vandaag": "2026-11-25"})
    velden = [veld for veld, _ in fout.value.fouten]
    volgorde = [d.naam for d in tools.tool("wia").delen()]
    assert velden == sorted(velden, key=volgorde.index) and velden[0] == "maandloon" and velden[-1] == "aanbod"
