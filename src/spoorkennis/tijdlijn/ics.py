"""The timeline as an iCalendar file (RFC 5545): one all-day event per moment, a reminder a week
before each legal deadline, UIDs that name the plan, CRLF line ends, escaped and folded text."""

from __future__ import annotations

import datetime as dt
import zlib

from .plan import Uitkomst
from .uitleg import waarom

HERINNERING_DAGEN = 7


def ics(uitkomst: Uitkomst) -> str:
    # Each UID names the first sick day and the plan's dates: the same plan gives the same events (a
    # second import adds nothing), a changed plan new ones. Calendars differ in whether an import
    # updates an event it has, so none keeps an old date unseen; nor do two employees' plans mix.
    schema = ";".join(f"{m.code}={m.datum.isoformat()}" for m in uitkomst.momenten)
    plan = f"{uitkomst.verzuim.eerste_ziektedag.strftime('%Y%m%d')}-{zlib.crc32(schema.encode()):08x}"
    stempel = uitkomst.stand.vandaag.strftime("%Y%m%dT000000Z")
    regels = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Spoorkennis//Tijdlijn verzuim//NL",
              "CALSCALE:GREGORIAN", "METHOD:PUBLISH", _tekst("X-WR-CALNAME", "Tijdlijn verzuim en re-integratie")]
    for moment in uitkomst.momenten:
        advies = moment.soort == "advies"
        kop = f"{'Advies: ' if advies else ''}{moment.titel} (week {moment.week})"
        uitleg = [moment.omschrijving, f"Wie: {moment.wie}."]
        if moment.vanaf:
            uitleg.append(f"Kan vanaf {moment.vanaf.isoformat()}; uiterlijk op deze dag.")
        if moment.redenen:
            uitleg.append(f"Waarom deze datum: {waarom(moment)}")
        if advies:
            uitleg.append(f"Dit is een advies, geen wettelijke plicht (onderwerp {moment.topic}).")
        else:
            uitleg += [f"Wettelijke basis: {moment.grondslag}.", f"Als het niet gebeurt: {moment.gemist}"]
        uitleg.append(f"Bron: {moment.bron['titel']}.")
        regels += [
            "BEGIN:VEVENT",
            f"UID:{moment.code}-{plan}@spoorkennis",
            f"DTSTAMP:{stempel}",
            f"DTSTART;VALUE=DATE:{moment.datum.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(moment.datum + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            _tekst("SUMMARY", kop),
            _tekst("DESCRIPTION", "\n".join(uitleg)),
            "TRANSP:TRANSPARENT",
        ]
        if moment.soort == "wet" and moment.verplicht:
            regels += ["BEGIN:VALARM", "ACTION:DISPLAY", f"TRIGGER:-P{HERINNERING_DAGEN}D",
                       _tekst("DESCRIPTION", f"Over een week: {moment.titel}"), "END:VALARM"]
        regels.append("END:VEVENT")
    regels.append("END:VCALENDAR")
    return "".join(_vouw(regel) + "\r\n" for regel in regels)


def _tekst(naam: str, waarde: str) -> str:
    schoon = (waarde.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
              .replace("\r\n", "\n").replace("\n", "\\n"))
    return f"{naam}:{schoon}"


def _vouw(regel: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    data = regel.encode("utf-8")
    if len(data) <= 75:
        return regel
    delen, begin, ruimte = [], 0, 75  # continuation lines start with a space: 74 octets of text
    while len(data) - begin > ruimte:
        eind = begin + ruimte
        while data[eind] & 0xC0 == 0x80:  # a UTF-8 continuation byte: cut before its character
            eind -= 1
        delen.append(data[begin:eind].decode("utf-8"))
        begin, ruimte = eind, 74
    delen.append(data[begin:].decode("utf-8"))
    return "\r\n ".join(delen)
