"""The calendar file parses with the icalendar package and matches the timeline."""

import datetime as dt

import icalendar
from hypothesis import given
from hypothesis import strategies as st

from spoorkennis.tijdlijn import ics as ics_module
from spoorkennis.tijdlijn.ics import ics
from spoorkennis.tijdlijn.plan import bereken
from spoorkennis.tijdlijn.weken import Herstel

D = dt.date.fromisoformat


def maak(**extra):
    return bereken(D("2026-01-05"), [Herstel(D("2026-02-02"), D("2026-02-16"))], D("2026-06-01"), **extra)


def test_one_all_day_event_per_moment_with_the_right_date():
    uitkomst = maak()
    agenda = icalendar.Calendar.from_ical(ics(uitkomst))
    events = agenda.walk("VEVENT")
    assert len(events) == len(uitkomst.momenten)
    per_uid = {str(e["UID"]).rsplit("-", 1)[0]: e for e in events}  # the code and the first sick day
    for moment in uitkomst.momenten:
        event = per_uid[f"{moment.code}-20260105"]
        assert event.decoded("DTSTART") == moment.datum
        assert not isinstance(event.decoded("DTSTART"), dt.datetime)  # all day
        assert event.decoded("DTEND") == moment.datum + dt.timedelta(days=1)
    assert per_uid["einde-wachttijd-20260105"].decoded("DTSTART") == D("2028-01-16")  # 2 Jan + 14


def test_a_reminder_before_each_legal_deadline_only():
    uitkomst = maak()
    events = {str(e["UID"]).split("-2026")[0]: e for e in icalendar.Calendar.from_ical(ics(uitkomst)).walk("VEVENT")}
    for moment in uitkomst.momenten:
        alarmen = events[moment.code].walk("VALARM")
        if moment.soort == "wet" and moment.verplicht:
            assert len(alarmen) == 1
            assert alarmen[0].decoded("TRIGGER") == -dt.timedelta(days=7)
        else:
            assert alarmen == []


def test_uids_name_the_plan():
    def uids(tekst):
        return [r for r in tekst.split("\r\n") if r.startswith("UID:")]

    eerste = uids(ics(maak()))
    assert len(eerste) == len(set(eerste))
    assert all(u.startswith("UID:") and u.endswith("@spoorkennis") for u in eerste)
    # the same plan, exported again (another day too): the same events, so a second import adds nothing
    assert uids(ics(maak())) == eerste
    assert uids(ics(bereken(D("2026-01-05"), [Herstel(D("2026-02-02"), D("2026-02-16"))], D("2026-09-01")))) == eerste
    # a changed plan: new events, so no calendar keeps an old date under the new plan's name
    assert not set(uids(ics(maak(start_spoor_2=D("2027-01-04"))))) & set(eerste)
    # another employee sick from the same day, without that recovery: not mixed with the first
    assert not set(uids(ics(bereken(D("2026-01-05"), [], D("2026-06-01"))))) & set(eerste)


def test_crlf_folding_and_escaping():
    tekst = ics(maak())
    assert tekst.endswith("END:VCALENDAR\r\n")
    assert "\n" not in tekst.replace("\r\n", "")
    assert all(len(r.encode()) <= 75 for r in tekst.split("\r\n"))
    agenda = icalendar.Calendar.from_ical(tekst)
    melding = next(e for e in agenda.walk("VEVENT") if str(e["UID"]).startswith("melding-arbodienst"))
    beschrijving = str(melding["DESCRIPTION"])
    assert "Arbeidsomstandighedenwet, art. 14 (deskundige hulp bij ziekte); Regeling" in beschrijving  # unescaped
    assert "\n" in beschrijving
    assert "\\," in tekst and "\\;" in tekst and "\\n" in tekst


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=400))
def test_vouwen_is_omkeerbaar_en_houdt_tekens_heel(regel):
    """RFC 5545 3.1: at most 75 octets per line; unfolding (CRLF + space removed) gives the line back."""
    gevouwen = ics_module._vouw(regel)
    assert all(len(deel.encode("utf-8")) <= 75 for deel in gevouwen.split("\r\n"))
    assert gevouwen.replace("\r\n ", "") == regel
