"""Readability: the Flesch-Douma rules of scripts/leesbaarheid.py, and every page at B1 level."""

import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from . import inhoud

lb = inhoud.lb


@pytest.mark.parametrize(
    ("woord", "lettergrepen"),
    [
        ("een", 1),
        ("werknemer", 3),  # werk-ne-mer
        ("uitkering", 3),  # uit-ke-ring
        ("loondoorbetaling", 5),  # loon-door-be-ta-ling
        ("arbeidsongeschiktheid", 6),  # ar-beids-on-ge-schikt-heid
        ("re-integratie", 5),  # re + in-te-gra-tie: each part between hyphens counts
        ("WIA-uitkering", 4),  # WIA + uit-ke-ring
        ("2024", 1),  # a number counts as one
    ],
)
def test_lettergrepen(woord, lettergrepen):
    assert lb.lettergrepen(woord) == lettergrepen


def test_flesch_douma_van_een_uitgewerkt_voorbeeld():
    # 2 sentences, 9 words, syllables 1+1+1+1+1 (De kat zit op mat: 'de' 1, 'kat' 1, ...) and
    # Werk-ne-mers krij-gen een uit-ke-ring: 3+2+1+3 = 9; total 5 + 9 = 14.
    # 206.84 - 0.77 * (100 * 14 / 9) - 0.93 * (9 / 2) = 206.84 - 119.777... - 4.185 = 82.8778
    uitslag = lb.beoordeel("De kat zit op mat.\n\nWerknemers krijgen een uitkering.\n")
    assert (uitslag.woorden, uitslag.lettergrepen, len(uitslag.zinnen)) == (9, 14, 2)
    assert uitslag.gemiddelde_zinslengte == 4.5
    assert uitslag.flesch_douma == pytest.approx(82.8778, abs=1e-3)
    assert uitslag.geslaagd


def test_alleen_lopende_tekst_telt():
    pagina = textwrap.dedent(
        """\
        ---
        covers: [KS-01]
        ---
        # Een kop telt niet

        Dit telt wel. Zie [de uitleg](andere.md#anker) of <https://www.uwv.nl/lange/weg>.

        !!! tip "Een titel telt niet"

            Een tip telt.

        === "Werknemer"

            - Een lijstpunt telt

        Term
        :   Een definitie telt.

        <div class="sk-route" markdown>
        Ook in HTML met markdown telt het.
        </div>

        <div class="x">
        Gewone HTML telt niet.
        </div>

        <!-- tool:wia -->

        ```text
        Code telt niet.
        ```

        | Tabel | telt niet |
        |---|---|
        | nee | nee |

        *[WIA]: Wet werk en inkomen naar arbeidsvermogen
        """
    )
    assert lb.proza(pagina) == [
        "Dit telt wel. Zie de uitleg of .",
        "Een tip telt.",
        "Een lijstpunt telt",
        "Een definitie telt.",
        "Ook in HTML met markdown telt het.",
    ]


def test_zinnen_splitsen_niet_op_afkortingen_en_getallen():
    assert lb.splits_zinnen("Dat kost o.a. UWV geld. Het was € 1.000 in 2021. Klopt dat? Ja!") == [
        "Dat kost o.a. UWV geld.",
        "Het was € 1.000 in 2021.",
        "Klopt dat?",
        "Ja!",
    ]


def test_te_lange_zin_valt_op():
    lang = "Een " + " ".join(["woord"] * lb.MAX_ZINSLENGTE) + "."
    uitslag = lb.beoordeel(f"Kort. {lang}\n")
    assert not uitslag.geslaagd
    assert uitslag.langste_zinnen(1) == [lang]
    assert any(lang in p for p in uitslag.problemen)


def test_lange_gemiddelde_zinslengte_valt_op():
    zin = "De " + " ".join(["kat"] * 14) + "."
    uitslag = lb.beoordeel(f"{zin} {zin}\n")
    assert uitslag.gemiddelde_zinslengte == 15
    assert any("gemiddeld" in p for p in uitslag.problemen)


@given(st.lists(st.sampled_from(["De", "kat", "zit.", "Hij", "slaapt!", "o.a.", "€", "1.000", "Echt?", "2021."]), max_size=40))
def test_splitsen_verliest_geen_woorden(woorden):
    alinea = " ".join(woorden)
    assert sum(lb.tel_woorden(z) for z in lb.splits_zinnen(alinea)) == lb.tel_woorden(alinea)


@pytest.mark.parametrize("pagina", inhoud.paginas())
def test_pagina_is_leesbaar_op_b1(pagina):
    uitslag = lb.beoordeel(inhoud.tekst(pagina))
    assert uitslag.geslaagd, lb.verslag(pagina, uitslag) + "\n" + "\n".join(uitslag.problemen)


def test_opdrachtregel_geeft_exitcode_1_bij_een_te_moeilijke_pagina(tmp_path, capsys):
    makkelijk = tmp_path / "makkelijk.md"
    makkelijk.write_text("# Kop\n\nDe kat zit op de mat. Hij slaapt.\n", encoding="utf-8")
    moeilijk = tmp_path / "moeilijk.md"
    moeilijk.write_text("# Kop\n\nArbeidsongeschiktheidsverzekeringsmaatschappijen communiceren onvoldoende.\n", encoding="utf-8")
    assert lb.main([str(makkelijk)]) == 0
    assert lb.main([str(makkelijk), str(moeilijk)]) == 1
    uitvoer = capsys.readouterr().out
    assert "makkelijk.md: OK" in uitvoer and "moeilijk.md: TE MOEILIJK" in uitvoer
