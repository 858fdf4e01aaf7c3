"""Invariants of the timeline, for any first sick day and any recoveries."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spoorkennis.tijdlijn.momenten import momenten
from spoorkennis.tijdlijn.weken import Herstel, Verzuim, samentelling


@pytest.fixture(autouse=True, scope="module")
def regels_gelezen():
    """The first call reads the rules' data files: not inside Hypothesis' time limit per example."""
    momenten(Verzuim(dt.date(2026, 1, 5)))


eerste_dagen = st.dates(min_value=dt.date(2002, 4, 1), max_value=dt.date(2095, 12, 31))  # the rules start 1-4-2002


@st.composite
def verzuim_met_herstel(draw):
    """A first sick day and up to four recoveries in order, each 1 to 60 days long."""
    eerste = draw(eerste_dagen)
    perioden, dag = [], eerste
    for _ in range(draw(st.integers(0, 4))):
        van = dag + dt.timedelta(days=draw(st.integers(1, 200)))
        tot = van + dt.timedelta(days=draw(st.integers(1, 60)))
        perioden.append(Herstel(van, tot))
        dag = tot
    return eerste, perioden


@given(verzuim_met_herstel())
def test_moments_are_in_date_order(data):
    datums = [m.datum for m in momenten(samentelling(*data))]
    assert datums == sorted(datums)


@given(st.dates(min_value=dt.date(2010, 7, 1), max_value=dt.date(2095, 12, 31)), st.integers(-3000, 3000))
def test_shifting_the_first_sick_day_shifts_every_date(eerste, n):
    verschuiving = dt.timedelta(days=n)
    voor = momenten(Verzuim(eerste))
    na = momenten(Verzuim(eerste + verschuiving))
    assert [m.code for m in voor] == [m.code for m in na]
    assert all(b.datum - a.datum == verschuiving for a, b in zip(voor, na))
    assert all((b.vanaf - a.vanaf if a.vanaf else verschuiving) == verschuiving for a, b in zip(voor, na))


@given(verzuim_met_herstel())
@settings(max_examples=200)
def test_recoveries_never_end_the_wachttijd_earlier(data):
    eerste, perioden = data
    assert samentelling(eerste, perioden).einde_wachttijd >= Verzuim(eerste).einde_wachttijd


@given(verzuim_met_herstel())
def test_the_wachttijd_holds_exactly_728_sick_days(data):
    verzuim = samentelling(*data)
    einde = verzuim.einde_wachttijd
    assert verzuim.ziektedagen(einde + dt.timedelta(days=1)) == 728
    assert verzuim.ziekteweek(einde) == 104
    assert not verzuim.hersteld_op(einde)
