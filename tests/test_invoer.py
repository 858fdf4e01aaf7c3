"""Dutch amounts: written with a no-break space, and read back as the reader copied them."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spoorkennis.fouten import InvoerFout
from spoorkennis.invoer import euro, geheel_getal, getal


@pytest.mark.parametrize("bedrag, tekst", [
    (Decimal("3000"), "€\u00a03.000,00"),
    (Decimal("963.648"), "€\u00a0963,65"),
    (Decimal("0"), "€\u00a00,00"),
    (Decimal("-12.5"), "-€\u00a012,50"),
    (Decimal("1234567.891"), "€\u00a01.234.567,89"),
])
def test_euro_schrijft_nederlands_met_vaste_spatie(bedrag, tekst):
    assert euro(bedrag) == tekst


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_gekopieerd_bedrag_wordt_weer_gelezen(bedrag):
    """A reader may copy an amount from a result into a field: it reads as the same number."""
    assert getal(euro(bedrag), "bedrag", "het bedrag") == bedrag
    assert getal(euro(bedrag).replace("\u00a0", " "), "bedrag", "het bedrag") == bedrag


@pytest.mark.parametrize("tekst", ["3 000", "3\u00a0000", "\u00a0€\u00a03.000,-\u00a0", "3\u202f000"])
def test_spaties_van_elke_soort_in_een_getal(tekst):
    assert getal(tekst, "bedrag", "het bedrag") == 3000


def test_een_procentteken_mag_en_een_heel_getal_krijgt_een_heel_voorbeeld():
    assert getal("60%", "ao", "het percentage") == Decimal(60)
    assert getal("55,5 %", "ao", "het percentage") == Decimal("55.5")
    with pytest.raises(InvoerFout, match=r"alleen een getal in, bijvoorbeeld 12\.$"):
        geheel_getal("twintig", "jaren", "uw arbeidsverleden")
    with pytest.raises(InvoerFout, match=r"bijvoorbeeld 3\.000 of 2750,50\.$"):
        getal("drie", "loon", "uw loon")
