"""Dutch amounts: written with a no-break space, and read back as the reader copied them."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spoorkennis.invoer import euro, getal


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
