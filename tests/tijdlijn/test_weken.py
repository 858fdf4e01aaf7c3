"""Dates computed by hand from the rules: week 1 starts on the first sick day, 'in week N' means by
the last day of week N (first day + 7N - 1 days), 'after week N' the day after it (+ 7N), and the
wachttijd ends on first day + 727 days."""

import datetime as dt

import pytest

from spoorkennis.tijdlijn.momenten import momenten
from spoorkennis.tijdlijn.weken import Herstel, Verzuim, controleer, samentelling

D = dt.date.fromisoformat


def datums(verzuim):
    return {m.code: m.datum for m in momenten(verzuim)}


def test_monday_first_sick_day():
    # 5 January 2026 is a Monday; every deadline falls on a Sunday.
    d = datums(Verzuim(D("2026-01-05")))
    assert d["melding-arbodienst"] == D("2026-01-11")  # + 6
    assert d["probleemanalyse"] == D("2026-02-15")  # + 41
    assert d["plan-van-aanpak"] == D("2026-03-01")  # + 55
    assert d["melding-uwv"] == D("2026-10-26")  # the day after week 42: + 294
    assert d["brief-uwv"] == D("2027-09-13")  # the day after week 88: + 616
    assert d["eerstejaarsevaluatie"] == D("2027-01-03")  # + 363
    assert d["start-spoor-2-uiterlijk"] == D("2027-02-14")  # + 405
    assert d["eindevaluatie"] == D("2027-10-03")  # + 636
    assert d["wia-aanvraag-uiterlijk"] == D("2027-10-17")  # + 650
    assert d["einde-wachttijd"] == D("2028-01-02")  # + 727
    assert d["einde-loonsanctie"] == D("2028-12-31")  # + 727 + 364


def test_window_starts():
    lijst = {m.code: m for m in momenten(Verzuim(D("2026-01-05")))}
    assert lijst["eerstejaarsevaluatie"].vanaf == D("2026-11-16")  # first day of week 46: + 315
    assert lijst["wia-aanvraag-uiterlijk"].vanaf == D("2027-09-13")  # first day of week 89: + 616


def test_thursday_over_a_year_end_and_29_february():
    # Thursday 23 December 2027; 2028 has a 29 February.
    d = datums(Verzuim(D("2027-12-23")))
    assert d["melding-arbodienst"] == D("2027-12-29")
    assert d["probleemanalyse"] == D("2028-02-02")  # 23 Dec + 41: 8 days to 31 Dec, 31 in Jan, 2 in Feb
    assert d["plan-van-aanpak"] == D("2028-02-16")  # + 14 more
    assert d["einde-wachttijd"] == D("2029-12-19")  # 2 calendar years is 731 days here; 728 days is 20 Dec


def test_first_sick_day_on_29_february():
    d = datums(Verzuim(D("2028-02-29")))
    assert d["melding-arbodienst"] == D("2028-03-06")
    assert d["einde-wachttijd"] == D("2030-02-25")  # 29 Feb 2028 + 730 days is 28 Feb 2030; minus 3


def test_recovery_of_27_days_adds_up():
    # Recovered 2 Feb 2026, ill again 1 Mar 2026: 27 days, so the periods add up.
    verzuim = samentelling(D("2026-01-05"), [Herstel(D("2026-02-02"), D("2026-03-01"))])
    assert verzuim.eerste_ziektedag == D("2026-01-05")
    d = datums(verzuim)
    assert d["melding-arbodienst"] == D("2026-01-11")  # before the recovery: unchanged
    assert d["probleemanalyse"] == D("2026-03-14")  # 15 Feb + 27
    assert d["einde-wachttijd"] == D("2028-01-29")  # 2 Jan 2028 + 27


def test_recovery_of_28_days_starts_a_new_wachttijd():
    verzuim = samentelling(D("2026-01-05"), [Herstel(D("2026-02-02"), D("2026-03-02"))])
    assert verzuim.eerste_ziektedag == D("2026-03-02")
    assert verzuim.onderbrekingen == ()
    assert datums(verzuim)["einde-wachttijd"] == D("2028-02-27")  # 2 Mar 2026 + 727


def test_several_short_recoveries():
    verzuim = samentelling(D("2026-01-05"), [Herstel(D("2026-03-02"), D("2026-03-09")),
                                             Herstel(D("2026-06-01"), D("2026-06-11"))])
    d = datums(verzuim)
    assert d["probleemanalyse"] == D("2026-02-15")  # both recoveries come later
    assert d["plan-van-aanpak"] == D("2026-03-01")  # the day before the first recovery
    assert d["melding-uwv"] == D("2026-11-12")  # 26 Oct + 7 + 10
    assert d["einde-wachttijd"] == D("2028-01-19")  # 2 Jan 2028 + 17


def test_long_then_short_recovery():
    verzuim = samentelling(D("2026-01-05"), [Herstel(D("2026-02-02"), D("2026-03-16")),
                                             Herstel(D("2026-05-04"), D("2026-05-11"))])
    assert verzuim.eerste_ziektedag == D("2026-03-16")
    assert verzuim.einde_wachttijd == D("2028-03-19")  # 16 Mar 2026 + 727 = 12 Mar 2028, + 7


@pytest.mark.parametrize("datum, week", [
    ("2026-01-04", 0), ("2026-01-05", 1), ("2026-01-11", 1), ("2026-01-12", 2), ("2028-01-02", 104),
])
def test_sick_week(datum, week):
    assert Verzuim(D("2026-01-05")).ziekteweek(D(datum)) == week


def test_sick_week_stands_still_during_a_recovery():
    verzuim = Verzuim(D("2026-01-05"), (Herstel(D("2026-01-15"), D("2026-01-29")),))
    assert verzuim.ziekteweek(D("2026-01-14")) == 2  # sick day 10
    assert verzuim.hersteld_op(D("2026-01-20"))
    assert verzuim.ziekteweek(D("2026-01-20")) == 2
    assert verzuim.ziekteweek(D("2026-01-29")) == 2  # sick day 11
    assert verzuim.ziekteweek(D("2026-02-01")) == 2  # sick day 14 (index 13)
    assert verzuim.ziekteweek(D("2026-02-02")) == 3  # sick day 15 (index 14)


def test_controleer_flags_bad_recoveries():
    eerste = D("2026-01-05")
    assert controleer(eerste, [Herstel(D("2026-01-05"), D("2026-01-10"))])[0][:2] == (0, "van")
    assert controleer(eerste, [Herstel(D("2026-02-10"), D("2026-02-01"))])[0][:2] == (0, "tot")
    overlap = [Herstel(D("2026-02-01"), D("2026-02-10")), None, Herstel(D("2026-02-05"), D("2026-02-20"))]
    assert [f[:2] for f in controleer(eerste, overlap)] == [(2, "van")]
    assert controleer(eerste, [Herstel(D("2026-02-01"), D("2026-02-10")),
                               Herstel(D("2026-02-10"), D("2026-02-20"))]) == []
