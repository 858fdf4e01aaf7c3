"""The melding at UWV on a working day, computed by hand.

UWV (Ziektewet art. 38): at the latest the first working day after week 42, that is first sick day
+ 42 × 7 = 294 days, moved past Saturdays, Sundays and the public holidays of the Algemene
termijnenwet art. 3 (``parameters/feestdagen.toml``). Easter 2027 is 28 March; Koningsdag 2026 is
Monday 27 April; 2028 has a 29 February.
"""

import datetime as dt

import pytest

from spoorkennis.fouten import InvoerFout
from spoorkennis.tijdlijn.momenten import momenten
from spoorkennis.tijdlijn.regels import regels_op
from spoorkennis.tijdlijn.uitleg import waarom
from spoorkennis.tijdlijn.werkdagen import eerste_werkdag, soort_dag
from spoorkennis.tijdlijn.weken import Verzuim

D = dt.date.fromisoformat


def melding(eerste: str):
    return next(m for m in momenten(Verzuim(D(eerste))) if m.code == "melding-uwv")


@pytest.mark.parametrize("eerste, dag_na_week_42, datum, soort", [
    # Saturday 3 Jan 2026 + 294 = Saturday 24 Oct 2026: the Monday after
    ("2026-01-03", "2026-10-24", "2026-10-26", "zaterdag"),
    ("2026-01-04", "2026-10-25", "2026-10-26", "zondag"),
    # Friday 6 Mar 2026 + 294 = Friday 25 Dec 2026 (Kerstdag), then 26 Dec (Kerstdag, a Saturday) and a Sunday
    ("2026-03-06", "2026-12-25", "2026-12-28", "feestdag"),
    # Monday 8 Jun 2026 + 294 = Monday 29 Mar 2027, tweede Paasdag: Tuesday
    ("2026-06-08", "2027-03-29", "2027-03-30", "feestdag"),
    # Friday 5 Jun 2026 + 294 = Goede Vrijdag 26 Mar 2027: past the weekend and tweede Paasdag
    ("2026-06-05", "2027-03-26", "2027-03-30", "feestdag"),
    # Monday 7 Jul 2025 + 294 = Koningsdag, Monday 27 Apr 2026
    ("2025-07-07", "2026-04-27", "2026-04-28", "feestdag"),
    # Thursday 24 Jul 2025 + 294 = Hemelvaartsdag 14 May 2026: the Friday after (not a holiday in the data)
    ("2025-07-24", "2026-05-14", "2026-05-15", "feestdag"),
])
def test_a_melding_that_falls_on_no_working_day_moves_to_the_next(eerste, dag_na_week_42, datum, soort):
    m = melding(eerste)
    assert D(eerste) + dt.timedelta(days=294) == D(dag_na_week_42)
    assert m.datum == D(datum) and m.week == 43  # the day after week 42 lies in week 43
    assert [(r.code, r.waarde, r.van, r.regel) for r in m.redenen] == [("werkdag", soort, D(dag_na_week_42),
                                                                        "feestdagen")]


@pytest.mark.parametrize("eerste, datum", [
    ("2026-01-05", "2026-10-26"),  # Monday + 294: a Monday, nothing moves
    ("2027-05-11", "2028-02-29"),  # a leap day, a Tuesday: a working day
    ("2028-02-29", "2028-12-19"),  # first sick day on a leap day
])
def test_a_melding_on_a_working_day_stays(eerste, datum):
    m = melding(eerste)
    assert m.datum == D(datum) and m.redenen == ()


def test_the_reason_is_said_in_dutch():
    assert waarom(melding("2026-03-06")) == ("De termijn viel op vrijdag 25 december 2026. Dat is een feestdag. "
                                             "Daarom geldt de eerstvolgende werkdag.")
    assert waarom(melding("2026-01-03")) == ("De termijn viel op zaterdag 24 oktober 2026. Dat is geen werkdag. "
                                             "Daarom geldt de eerstvolgende werkdag.")


def test_only_the_melding_at_uwv_moves_to_a_working_day():
    # Every other deadline of a wachttijd that starts on a Monday ends on a Sunday, and stays there.
    lijst = momenten(Verzuim(D("2026-01-05")))
    verschoven = {m.code for m in lijst if m.reden("werkdag")}
    assert verschoven == set()
    lijst = momenten(Verzuim(D("2026-01-04")))  # a Sunday start: the melding falls on a Sunday too
    assert {m.code for m in lijst if m.reden("werkdag")} == {"melding-uwv"}
    assert sum(m.datum.weekday() == 5 for m in lijst if m.soort == "wet") > 5  # the others stay on Saturday


def test_the_holidays_are_dated_data_with_a_source():
    feestdagen = regels_op(D("2026-01-05")).feestdagen
    p = next(g for g, _ in regels_op(D("2026-01-05")).gebruikt if g.naam == "feestdagen")
    assert p.waarden[0].url.startswith("https://wetten.overheid.nl/")
    jaar_2026 = [d for d in feestdagen if d.year == 2026]
    assert jaar_2026 == [D("2026-01-01"), D("2026-04-03"), D("2026-04-06"), D("2026-04-27"), D("2026-05-05"),
                         D("2026-05-14"), D("2026-05-25"), D("2026-12-25"), D("2026-12-26")]
    assert D("2025-04-26") in feestdagen  # Koningsdag on the Saturday when 27 April is a Sunday
    assert D("2013-04-30") in feestdagen and D("2014-04-26") in feestdagen  # Koninginnedag, then Koningsdag
    assert {d.year for d in feestdagen} == set(range(2004, 2041))  # every year from the first rules on


def test_a_date_beyond_the_holiday_data_is_a_dutch_error_not_a_guess():
    feestdagen = regels_op(D("2026-01-05")).feestdagen
    assert soort_dag(D("2040-12-26"), feestdagen) == "feestdag"
    # the data holds whole years: the days after the last holiday of 2040 are known working days
    assert eerste_werkdag(D("2040-12-27"), feestdagen) == D("2040-12-27")
    assert eerste_werkdag(D("2040-12-29"), feestdagen) == D("2040-12-31")  # Saturday: Monday
    with pytest.raises(InvoerFout) as fout:
        eerste_werkdag(D("2041-01-02"), feestdagen)
    assert fout.value.fouten == [("eerste_ziektedag", "De rekenhulp kent de feestdagen van 2004 tot en met 2040. "
                                  "Een termijn valt op 2 januari 2041. Daarom kan de rekenhulp niet zeggen welke "
                                  "werkdag het wordt. Kijk de eerste ziektedag na.")]
    assert melding("2040-03-08").datum == D("2040-12-27")  # Thursday 8 Mar 2040 + 294 days
    with pytest.raises(InvoerFout):
        melding("2040-06-01")  # its melding falls in 2041
