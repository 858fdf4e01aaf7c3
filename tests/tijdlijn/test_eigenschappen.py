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


# The rules (104 weeks) start 1-1-2004; the public holidays data runs to the end of 2040, which a
# melding after week 42 of an absence that began by 2037 reaches even with recoveries.
eerste_dagen = st.dates(min_value=dt.date(2004, 1, 1), max_value=dt.date(2037, 12, 31))


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


def zonder_werkdag(m):
    """The date the weeks give, before a move to a working day (the trace keeps it)."""
    return m.reden("werkdag").van if m.reden("werkdag") else m.datum


@given(st.dates(min_value=dt.date(2012, 1, 1), max_value=dt.date(2030, 12, 31)), st.integers(-2900, 2900))
def test_shifting_the_first_sick_day_shifts_every_date(eerste, n):
    verschuiving = dt.timedelta(days=n)
    voor = momenten(Verzuim(eerste))
    na = momenten(Verzuim(eerste + verschuiving))
    assert sorted(m.code for m in voor) == sorted(m.code for m in na)
    per_code = {m.code: m for m in na}
    assert all(zonder_werkdag(per_code[a.code]) - zonder_werkdag(a) == verschuiving for a in voor)
    voor, na = sorted(voor, key=lambda m: m.code), sorted(na, key=lambda m: m.code)
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


@st.composite
def verlengd(draw):
    """A first sick day and recoveries as above, and a voluntary extension and a loonsanctie."""
    eerste, perioden = draw(verzuim_met_herstel())
    return eerste, perioden, draw(st.sampled_from([0, 13, 26, 52])), draw(st.integers(0, 52))


@given(verlengd())
@settings(max_examples=300)
def test_the_melding_at_uwv_is_the_first_working_day_after_week_42(data):
    # Ziektewet art. 38 as UWV reads it: at the latest the first working day after week 42, never a
    # Saturday, Sunday or public holiday (parameters/feestdagen.toml); no working day is skipped.
    verzuim = samentelling(*data)
    feestdagen = verzuim.regels.feestdagen
    melding = next(m for m in momenten(verzuim) if m.code == "melding-uwv")
    assert melding.datum.weekday() < 5 and melding.datum not in feestdagen
    dag = verzuim.eerste_dag(verzuim.regels.melding_uwv_week + 1)
    while dag < melding.datum:  # every day before it was no working day
        assert dag.weekday() >= 5 or dag in feestdagen
        dag += dt.timedelta(days=1)


@given(verlengd())
def test_the_wachttijd_lasts_its_weeks_plus_the_extensions(data):
    verzuim = samentelling(*data)
    weken = verzuim.regels.wachttijd_weken + verzuim.verlenging_weken + verzuim.loonsanctie_weken
    assert verzuim.ziektedagen(verzuim.einde_wachttijd + dt.timedelta(days=1)) == 7 * weken
    assert next(m for m in momenten(verzuim) if m.code == "einde-wachttijd").datum == verzuim.einde_wachttijd


@given(verlengd(), st.floats(0, 1))
@settings(max_examples=300)
def test_moving_the_evaluation_never_moves_a_legal_step_before_the_first_sick_day(data, waar):
    verzuim = samentelling(*data)
    dagen = (verzuim.einde_wachttijd - verzuim.eerste_ziektedag).days
    evaluatie = verzuim.eerste_ziektedag + dt.timedelta(days=1 + int(waar * (dagen - 1)))  # as the form allows
    zonder, met = momenten(verzuim), momenten(verzuim, eerstejaarsevaluatie=evaluatie)
    assert all(m.datum >= verzuim.eerste_ziektedag for m in met if m.soort == "wet")
    assert all(m.vanaf is None or m.vanaf <= m.datum for m in met)
    # only the evaluation and what counts from it move
    afhankelijk = {"eerstejaarsevaluatie", "start-spoor-2-uiterlijk", "advies-acceptatie", "advies-routegesprek",
                   "advies-arbeidsdeskundig-onderzoek", "advies-detachering"}
    assert ({(m.code, m.datum, m.vanaf) for m in zonder if m.code not in afhankelijk}
            == {(m.code, m.datum, m.vanaf) for m in met if m.code not in afhankelijk})
    spoor_2 = next(m for m in met if m.code == "start-spoor-2-uiterlijk")
    # six weeks of sick days after the evaluation, but a late evaluation moves nothing: never later
    # than six weeks after the last week the rules give the evaluation
    r = verzuim.regels
    grens = verzuim.laatste_dag(r.eerstejaarsevaluatie.uiterlijk_week + r.spoor_2_na_evaluatie_weken)
    if verzuim.ziektedagen(evaluatie) + 7 * r.spoor_2_na_evaluatie_weken <= verzuim.ziektedagen(grens):
        assert spoor_2.datum > evaluatie
        assert verzuim.ziektedagen(spoor_2.datum) - verzuim.ziektedagen(evaluatie) == 7 * r.spoor_2_na_evaluatie_weken
    else:
        assert spoor_2.datum == grens and not spoor_2.reden("eerstejaarsevaluatie")
