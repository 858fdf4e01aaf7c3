"""Adding a tool is adding a package: a throwaway tool, declared once in a temporary package, gets a
form, a reader with Dutch errors, a command line, the build's embedding and the browser checks,
without a change to any other file."""

from __future__ import annotations

import contextlib
import io
import json
import textwrap
from types import SimpleNamespace

import pytest

import spoorkennis
from spoorkennis import tools, web
from spoorkennis.__main__ import main

DECLARATIE = '''
from spoorkennis.tools import Tool
from spoorkennis.velden import Bedrag, Datum, GeheelGetal, Keuze, Rijen, Vinkje

TOOL = Tool(
    naam="proef", titel="een proef", prefix="pr",
    velden=(
        Bedrag("loon", "Uw loon per maand", in_zin="uw loon", verplicht=True, maximum=10_000, hint="Bruto."),
        GeheelGetal("uren", "Uren per week", in_zin="het aantal uren", maximum=60),
        Keuze("soort", "Soort werk", opties=(("vast", "Vast"), ("tijdelijk", "Tijdelijk")), standaard="vast"),
        Vinkje("ziek", "Ik ben ziek"),
        Rijen("periode", "Perioden", velden=(Datum("van", "van", in_zin="de begindatum"),
                                             Datum("tot", "tot", in_zin="de einddatum")),
              aantal=2, cli_voorbeeld="2026-01-01:2026-02-01"),
    ),
    voorbeeld={"loon": "2.000", "uren": "32", "soort": "vast", "_vandaag": "2026-01-05"},
    functie=lambda w: {"html": f"<p>{w['loon']} euro, {w['uren']} uur, {len(w['periode'])} perioden</p>"},
)
'''


@pytest.fixture
def proef(tmp_path, monkeypatch):
    pakket = tmp_path / "proef"
    pakket.mkdir()
    (pakket / "__init__.py").write_text("")
    (pakket / "tool.py").write_text(textwrap.dedent(DECLARATIE))
    monkeypatch.setattr(spoorkennis, "__path__", [*spoorkennis.__path__, str(tmp_path)])
    yield tools.tool("proef")
    for naam in ("spoorkennis.proef.tool", "spoorkennis.proef"):
        monkeypatch.delitem(__import__("sys").modules, naam, raising=False)


def test_de_nieuwe_tool_wordt_gevonden(proef):
    assert "proef" in tools.namen() and proef.naam == "proef"


def test_krijgt_een_formulier_met_het_voorbeeld(proef):
    html = proef.html()
    assert html.startswith('<form class="sk-tool" data-tool="proef" novalidate>')
    assert '<label for="pr-loon">Uw loon per maand</label>' in html
    assert ('<input type="text" inputmode="decimal" id="pr-loon" name="loon" autocomplete="off" '
            'aria-describedby="pr-loon-hint">') in html
    assert 'inputmode="numeric" id="pr-uren" name="uren"' in html
    assert '<input type="radio" id="pr-soort-vast" name="soort" value="vast" checked>' in html
    assert '<input type="checkbox" id="pr-ziek" name="ziek" value="ja">' in html
    assert 'name="periode_tot_2"' in html and "periode_van_3" not in html
    assert '<p class="sk-voorbeeld-label">Voorbeeld</p>\n<p>2000 euro, 32 uur, 0 perioden</p></div>' in html


def test_krijgt_een_lezer_met_nederlandse_meldingen(proef):
    antwoord = json.loads(web.aanroep("proef", json.dumps(
        {"loon": "abc", "uren": "70", "soort": "anders", "periode_van_3": "31-2-2026"})))
    assert antwoord == {"ok": False, "fouten": [
        {"veld": "loon", "bericht": "Vul bij uw loon alleen een getal in, bijvoorbeeld 3.000 of 2750,50."},
        {"veld": "uren", "bericht": "Het aantal uren mag niet meer zijn dan 60."},
        {"veld": "soort", "bericht": "Kies een van de mogelijkheden bij soort werk."},
        {"veld": "periode_van_3", "bericht": "De begindatum (rij 3) bestaat niet. Kijk de dag en de maand na."}]}


def _opdracht(*argv):
    uit, fout = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(uit), contextlib.redirect_stderr(fout):
        try:
            code = main(["proef", *argv])
        except SystemExit as stop:
            code = stop.code
    return code, uit.getvalue(), fout.getvalue()


def test_krijgt_een_opdrachtregel(proef):
    code, uit, _ = _opdracht("--help")
    assert code == 0 and "Gebruik: python -m spoorkennis proef" in uit and "--loon EUR" in uit
    assert "--periode VAN:TOT" in uit and "--ziek" in uit and "toon deze hulp en stop" in uit
    assert _opdracht("--loon", "abc") == (2, "", "Fout bij --loon: Vul bij uw loon alleen een getal in, "
                                                  "bijvoorbeeld 3.000 of 2750,50.\n")
    assert _opdracht("--loon", "2000", "--periode", "1-1-2026") == (
        2, "", "Fout bij --periode: Schrijf elke --periode als VAN:TOT, bijvoorbeeld 2026-01-01:2026-02-01.\n")
    assert _opdracht("--loon", "2000", "--uren", "30", "--periode", "1-1-2026:1-2-2026",
                     "--periode", "1-3-2026:1-4-2026") == (0, "2000 euro, 30 uur, 2 perioden\n", "")
    assert proef.opdrachten() == [["proef", "--loon", "2.000", "--uren", "32", "--soort", "vast",
                                   "--vandaag", "2026-01-05"]]


def test_krijgt_de_inbedding_van_de_bouw(proef):
    hook = pytest.importorskip("tests.test_hook").hook()
    pagina = SimpleNamespace(file=SimpleNamespace(src_uri="proef.md"), meta={})
    tekst = hook.on_page_markdown("# Proef\n\n<!-- tool:proef -->\n", page=pagina, config=None, files=None)
    assert pagina.meta == {"heeft_tool": True}
    html = hook.on_page_content(tekst, page=pagina, config=None, files=None)
    assert 'data-tool="proef"' in html and "32 uur" in html


def test_krijgt_de_browsertests_en_de_gevallen_van_same_answers(proef):
    from tests import test_same_answers
    from tests.e2e import formulier

    gevallen = formulier.slechte_gevallen("proef")
    assert {(g.veld, g.waarde) for g in gevallen} >= {("loon", ""), ("loon", "abc"), ("loon", "10001"),
                                                      ("uren", "2,5"), ("uren", "61"), ("periode_van_1", "gisteren")}
    loon = next(g for g in gevallen if (g.veld, g.waarde) == ("loon", "10001"))
    assert loon.fouten == [("loon", "Uw loon mag niet meer zijn dan 10.000.")] and loon.id == "pr-loon"
    assert "proef-voorbeeld" in {p.id for p in test_same_answers._aanroep_cases()}
    assert "proef" in {p.id for p in test_same_answers._cli_cases()}
