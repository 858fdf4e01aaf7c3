"""The plain-text downloads: paragraphs wrapped between words, within the line width."""

from hypothesis import given
from hypothesis import strategies as st

from spoorkennis.checklist.tekst import BREEDTE, _alinea

woord = st.text(alphabet="abcdeéfghijklmnopqrstuvwxyz-.,:?€0123456789", min_size=1, max_size=20)


def test_voorbeeld_met_inspringing():
    tekst = ("Stel deze vragen in het kennismakingsgesprek. Noteer per bureau ja, deels, nee of weet niet. "
             "Bij elke vraag staat hoe een goed antwoord klinkt.")
    assert _alinea(tekst, "- ", "  ") == [
        "- Stel deze vragen in het kennismakingsgesprek. Noteer per bureau ja, deels,",
        "  nee of weet niet. Bij elke vraag staat hoe een goed antwoord klinkt.",
    ]


def test_lege_tekst_geeft_geen_regels():
    assert _alinea("   ") == []


@given(st.lists(woord, max_size=60), st.sampled_from(["", "- ", "  1. "]), st.sampled_from(["", "  "]))
def test_regels_passen_en_houden_elk_woord_heel(woorden, begin, vervolg):
    regels = _alinea(" ".join(woorden), begin, vervolg)
    inspringing = [begin if i == 0 else vervolg for i in range(len(regels))]
    assert all(len(r) <= BREEDTE for r in regels)
    assert all(r.startswith(i) for r, i in zip(regels, inspringing))
    assert " ".join(r[len(i):] for r, i in zip(regels, inspringing)).split() == woorden
    # greedy: the next line's first word would not have fitted on this line
    for r, volgende in zip(regels, regels[1:]):
        assert len(r) + 1 + len(volgende.split()[0]) > BREEDTE


def test_een_woord_langer_dan_de_regel_blijft_heel():
    link = "https://www.uwv.nl/" + "a" * 90
    assert _alinea(f"Zie {link} voor meer.") == ["Zie", link, "voor meer."]
