"""Data files: the build's parsed copies give exactly what parsing the TOML gives, and are used."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spoorkennis import data

PAKKET = Path(data.__file__).parent
TOML = sorted(PAKKET.rglob("*.toml"))

# What TOML gives with parse(): fractions as Decimal, local dates, nested tables and arrays.
WAARDEN = st.recursive(
    st.text() | st.integers() | st.booleans() | st.dates()
    | st.decimals(allow_nan=False, allow_infinity=False),
    lambda kind: st.lists(kind, max_size=4) | st.dictionaries(st.text(), kind, max_size=4),
    max_leaves=20,
)


def test_every_data_file_is_found():
    assert {p.name for p in TOML} >= {"vragen.toml", "poortwachter.toml",
                                      "maximum_dagloon.toml"}


@pytest.mark.parametrize("pad", TOML, ids=lambda p: p.name)
def test_parsed_copy_of_each_data_file_is_the_same_data(pad):
    geparsed = data.parse(pad.read_text(encoding="utf-8"))
    terug = data.uitpakken(data.inpakken(geparsed))
    assert repr(terug) == repr(geparsed)  # repr, not ==: Decimal("1") == 1, but the type must stay


@given(st.dictionaries(st.text(), WAARDEN, max_size=5))
def test_packing_keeps_every_value_and_its_type(waarde):
    assert repr(data.uitpakken(data.inpakken(waarde))) == repr(waarde)


@pytest.mark.parametrize("vreemd", [1.5, dt.datetime(2026, 1, 1, 12, 0), dt.time(12, 0)])
def test_packing_refuses_what_parse_never_gives(vreemd):
    with pytest.raises(TypeError, match="niet ondersteund"):
        data.inpakken({"x": [vreemd]})


def test_fractions_are_decimal():
    assert data.parse("a = 2245.80\nb = 3\n") == {"a": Decimal("2245.80"), "b": 3}
    assert str(data.parse("a = 2245.80\n")["a"]) == "2245.80"


@pytest.fixture
def pakket(tmp_path, monkeypatch):
    """A package ``nep_pakket`` in a folder on sys.path, with one data file."""
    (tmp_path / "nep_pakket").mkdir()
    (tmp_path / "nep_pakket" / "__init__.py").write_text("")
    (tmp_path / "nep_pakket" / "d.toml").write_text("bron = 'toml'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "nep_pakket", raising=False)
    return tmp_path / "nep_pakket"


def test_toml_parses_the_file_when_there_is_no_parsed_copy(pakket):
    assert data.toml("nep_pakket", "d.toml") == {"bron": "toml"}


def test_toml_reads_the_parsed_copy_when_there_is_one(pakket):
    (pakket / ("d.toml" + data.GEPARSED)).write_bytes(data.inpakken({"bron": "kopie"}))
    assert data.toml("nep_pakket", "d.toml") == {"bron": "kopie"}
