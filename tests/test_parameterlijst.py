"""``python -m spoorkennis parameters``: every legal amount and rule with its value on a date, its
source and whether it is stale; the sentences the build prints for stale values."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from spoorkennis import __main__ as cli
from spoorkennis import parameterlijst

PAKKET = Path(cli.__file__).parent
BESTANDEN = sorted(PAKKET.glob("*/parameters/*.toml"))


def draai(*argv: str) -> tuple[int, str, str]:
    uit, fout = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(uit), contextlib.redirect_stderr(fout):
        try:
            code = cli.main(["parameters", *argv])
        except SystemExit as stop:
            code = stop.code
    return code, uit.getvalue(), fout.getvalue()


def lijst(peildatum: str | None = None) -> dict:
    code, uit, fout = draai("--json", *(["--peildatum", peildatum] if peildatum else []))
    assert (code, fout) == (0, "")
    return json.loads(uit)


def rij(data: dict, naam: str) -> dict:
    return next(r for r in data["parameters"] if f"{r['tool']}.{r['naam']}" == naam)


def test_elke_parameter_van_elke_rekenhulp_staat_erin_met_zijn_bron():
    data = lijst("2027-03-01")
    assert sorted(r["bestand"] for r in data["parameters"]) == sorted(
        f"src/spoorkennis/{p.relative_to(PAKKET).as_posix()}" for p in BESTANDEN)
    for r in data["parameters"]:
        assert {"waarde", "tekst", "geldt_vanaf", "bron", "url", "opgehaald", "soort", "volgende_wijziging",
                "verouderd", "verouderd_sinds", "omschrijving", "eenheid", "wijzigt"} <= set(r), r["naam"]


def test_het_maximumdagloon_van_1_juli_2026_is_na_1_januari_2027_verouderd():
    # The maximumdagloon of 1 July 2026 (€ 309,91, UWV) changes on 1 January (SZW rekenregels); the
    # data has no newer value, so on 1 March 2027 it is stale.
    r = rij(lijst("2027-03-01"), "wia.maximum_dagloon")
    assert (r["waarde"], r["tekst"], r["geldt_vanaf"], r["soort"]) == (309.91, "€\u00a0309,91 (per dag)", "2026-07-01",
                                                                        "secundair")
    assert r["url"] == "https://www.uwv.nl/particulieren/bedragen/detail/maximumdagloon"
    assert (r["opgehaald"], r["wijzigt"]) == ("2026-11-30", "halfjaarlijks")
    assert (r["volgende_wijziging"], r["verouderd"], r["verouderd_sinds"]) == ("2027-01-01", True, "2027-01-01")


def test_alleen_de_halfjaarlijkse_bedragen_zijn_verouderd():
    data = lijst("2027-03-01")
    assert data["verouderd"] == ["wia.maximum_dagloon", "wia.minimumuurloon", "wia.referentieminimumloon"]
    r = rij(data, "wia.iva_percentage")
    assert (r["waarde"], r["volgende_wijziging"], r["verouderd"]) == (75, None, False)
    assert rij(data, "tijdlijn.eerstejaarsevaluatie")["waarde"] == {"vanaf_week": 46, "uiterlijk_week": 52}
    assert rij(data, "wia.vvu_percentages")["waarde"] == [[35, 28], [45, 35], [55, 42], [65, 50.75]]


def test_voor_de_wijzigingsdatum_is_niets_verouderd():
    data = lijst("2026-12-31")
    assert data["verouderd"] == []
    r = rij(data, "wia.referentieminimumloon")
    assert (r["waarde"], r["volgende_wijziging"], r["verouderd"]) == (2337.00, "2027-01-01", False)


def test_een_bekende_nieuwere_waarde_is_de_volgende_wijziging():
    r = rij(lijst("2025-03-01"), "wia.maximum_dagloon")
    assert (r["waarde"], r["geldt_vanaf"], r["volgende_wijziging"], r["verouderd"]) == (290.67, "2025-01-01",
                                                                                       "2025-07-01", False)


def test_voor_de_eerste_waarde_staat_er_geen_waarde():
    r = rij(lijst("2023-06-01"), "wia.maximum_dagloon")
    assert (r["waarde"], r["eerste_waarde_vanaf"]) == (None, "2024-01-01")


def test_zonder_peildatum_geldt_vandaag_van_de_klok(monkeypatch):
    monkeypatch.setenv("SPOORKENNIS_VANDAAG", "2031-07-15")
    data = lijst()
    assert data["peildatum"] == "2031-07-15"
    assert rij(data, "wia.maximum_dagloon")["verouderd_sinds"] == "2027-01-01"


def test_de_tekst_noemt_de_waarde_de_bron_en_wat_verouderd_is():
    code, uit, fout = draai("--peildatum", "1-3-2027")
    assert (code, fout) == (0, "")
    assert uit.startswith("Bedragen en regels op 1 maart 2027 (de peildatum)")
    assert "    Waarde: €\u00a0309,91 (per dag), geldt vanaf 1 juli 2026." in uit
    assert ("    Wijzigt: elk jaar op 1 januari en 1 juli. VEROUDERD: op 1 januari 2027 hoort er een nieuwe waarde "
            "te zijn, maar die staat er nog niet in.") in uit
    assert "    Waarde: 42e ziekteweek, geldt vanaf 1 april 2002." in uit
    assert "Verouderd: 3 waarden (wia.maximum_dagloon, wia.minimumuurloon, wia.referentieminimumloon)." in uit
    assert "[waarden.JJJJ-MM-DD]" in uit  # how to update


def test_niets_verouderd_staat_er_ook():
    assert draai("--peildatum", "2026-03-01")[1].rstrip().endswith("Geen verouderde waarden.")


def test_hulp_in_het_nederlands():
    uit = subprocess.run([sys.executable, "-m", "spoorkennis", "parameters", "--help"], capture_output=True, text=True,
                         env={"PYTHONPATH": str(PAKKET.parent)})
    assert uit.returncode == 0
    assert "Alle wettelijke bedragen en regels" in uit.stdout and "--peildatum DATUM" in uit.stdout
    assert "alles als één JSON-object" in uit.stdout and "verouderd" in uit.stdout


def test_de_opdracht_staat_in_het_overzicht():
    _, _, fout = draai_hoofd("--help")
    assert "  parameters " in fout


def draai_hoofd(*argv: str) -> tuple[int, str, str]:
    uit, fout = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(uit), contextlib.redirect_stderr(fout):
        code = cli.main(list(argv))
    return code, uit.getvalue(), fout.getvalue()


@pytest.mark.parametrize("argv, bericht", [
    (["--peildatum", "31-2-2026"], "Fout bij --peildatum: De peildatum bestaat niet."),
    (["--peildatum", "morgen"], "Fout bij --peildatum: Vul de peildatum in als dag-maand-jaar"),
    (["--peildatm", "2026-01-01"], "Fout in de opdracht:"),
])
def test_foute_invoer_geeft_code_2_en_een_nederlandse_melding(argv, bericht):
    code, uit, fout = draai(*argv)
    assert code == 2 and uit == "" and fout.startswith(bericht) and "Traceback" not in fout


def test_meldingen_voor_de_bouw():
    meldingen = parameterlijst.verouderd_meldingen(dt.date(2027, 3, 1))
    assert meldingen == [
        "wia.maximum_dagloon: de waarde van 1 juli 2026 (€\u00a0309,91 (per dag)) is verouderd. Op 1 januari 2027 "
        "hoort er een nieuwe waarde te zijn. Zoek die op bij de bron en voeg hem toe in "
        "src/spoorkennis/wia/parameters/maximum_dagloon.toml.",
        "wia.minimumuurloon: de waarde van 1 juli 2026 (€\u00a014,99 (per uur)) is verouderd. Op 1 januari 2027 "
        "hoort er een nieuwe waarde te zijn. Zoek die op bij de bron en voeg hem toe in "
        "src/spoorkennis/wia/parameters/minimumuurloon.toml.",
        "wia.referentieminimumloon: de waarde van 1 juli 2026 (€\u00a02.337,00 (per maand)) is verouderd. Op 1 januari "
        "2027 hoort er een nieuwe waarde te zijn. Zoek die op bij de bron en voeg hem toe in "
        "src/spoorkennis/wia/parameters/referentieminimumloon.toml.",
    ]
    assert parameterlijst.verouderd_meldingen(dt.date(2026, 12, 31)) == []


@pytest.fixture
def hook():
    """The build hook as MkDocs loads it (a module from its file)."""
    import importlib.util
    pad = PAKKET.parents[1] / "hooks" / "spoorkennis_hook.py"
    spec = importlib.util.spec_from_file_location("spoorkennis_hook_test", pad)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("github, kop", [("", "Let op: "), ("true", "::warning title=Verouderd bedrag::")])
def test_de_bouw_meldt_verouderde_bedragen_op_stderr_en_gaat_door(hook, monkeypatch, capsys, github, kop):
    # Not in MkDocs' log (a logged warning fails --strict): on stderr, and on GitHub as a warning.
    monkeypatch.setenv("SPOORKENNIS_VANDAAG", "2027-03-01")
    monkeypatch.setenv("GITHUB_ACTIONS", github)
    hook.verouderde_bedragen()
    uit = capsys.readouterr()
    assert uit.out == ""
    assert uit.err.splitlines() == [kop + m for m in parameterlijst.verouderd_meldingen(dt.date(2027, 3, 1))]
    assert len(uit.err.splitlines()) == 3 and "WARNING" not in uit.err


def test_de_bouw_zwijgt_als_niets_verouderd_is(hook, monkeypatch, capsys):
    monkeypatch.setenv("SPOORKENNIS_VANDAAG", "2026-03-01")
    hook.verouderde_bedragen()
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("github, kop", [("", "Fout: "), ("true", "::error title=Verouderd bedrag::")])
def test_controleer_faalt_met_de_meldingen_als_een_bedrag_verouderd_is(monkeypatch, github, kop):
    # The scheduled workflow (.github/workflows/bedragen.yml) fails on this, so GitHub warns the maintainers.
    monkeypatch.setenv("GITHUB_ACTIONS", github)
    code, uit, fout = draai("--controleer", "--peildatum", "1-3-2027")
    assert code == 1
    assert "VEROUDERD: op 1 januari 2027" in uit
    assert fout.splitlines() == [kop + m for m in parameterlijst.verouderd_meldingen(dt.date(2027, 3, 1))]


def test_controleer_slaagt_als_niets_verouderd_is(monkeypatch):
    monkeypatch.setenv("SPOORKENNIS_VANDAAG", "2026-12-31")
    code, uit, fout = draai("--controleer")
    assert (code, fout) == (0, "") and uit.rstrip().endswith("Geen verouderde waarden.")
