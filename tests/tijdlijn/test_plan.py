"""The employer's plan, computed by hand: the real eerstejaarsevaluatie, a voluntary extension, a
loonsanctie, recoveries with them, and the cases the planner refuses.

Sources of the rules: spoor 2 at the latest 6 weeks after the eerstejaarsevaluatie, which belongs in
weeks 46 to 52 (Werkwijzer Poortwachter, Regeling procesgang); a voluntary extension lengthens the
wachttijd (Wet WIA art. 24, at least 13 weeks according to UWV) and with it the WIA-aanvraag (11
weeks before its end, art. 64); a loonsanctie of at most 52 weeks (art. 25 lid 9) lengthens it after
the aanvraag. The first sick day is Monday 5 January 2026 throughout: week N ends on 5 Jan + 7N - 1.
"""

import datetime as dt

import pytest

from spoorkennis.fouten import InvoerFout
from spoorkennis.tijdlijn.plan import bereken
from spoorkennis.tijdlijn.tool import TOOL, plan
from spoorkennis.tijdlijn.uitleg import waarom
from spoorkennis.tijdlijn.weken import Herstel

D = dt.date.fromisoformat
EERSTE = D("2026-01-05")
VANDAAG = D("2026-11-25")


def datums(u) -> dict:
    return {m.code: m.datum for m in u.momenten}


def codes(u) -> list[str]:
    return [w.code for w in u.waarschuwingen]


def test_an_evaluation_in_the_window_sets_the_latest_start_of_spoor_2():
    # Thursday 10 Dec 2026 is sick day 339: week 49. Spoor 2 by 10 Dec + 42 = 21 Jan 2027.
    u = bereken(EERSTE, [], VANDAAG, eerstejaarsevaluatie=D("2026-12-10"), ad_rapport=True)
    d = datums(u)
    assert (d["eerstejaarsevaluatie"], u.moment("eerstejaarsevaluatie").week) == (D("2026-12-10"), 49)
    assert u.moment("eerstejaarsevaluatie").vanaf is None
    assert d["start-spoor-2-uiterlijk"] == D("2027-01-21") and u.moment("start-spoor-2-uiterlijk").week == 55
    assert d["advies-acceptatie"] == D("2027-01-21")
    assert u.moment("advies-detachering").vanaf == D("2027-01-21")
    assert "evaluatie-te-vroeg" not in codes(u) and "evaluatie-te-laat" not in codes(u)
    assert waarom(u.moment("start-spoor-2-uiterlijk")) == "Gerekend vanaf de eerstejaarsevaluatie op 10 december 2026."
    assert waarom(u.moment("eerstejaarsevaluatie")) == "Dit is de datum die u invulde."
    # what does not count from the evaluation stays where the weeks put it
    zonder = datums(bereken(EERSTE, [], VANDAAG))
    assert {c: d[c] for c in ("melding-uwv", "eindevaluatie", "einde-wachttijd")} == \
           {c: zonder[c] for c in ("melding-uwv", "eindevaluatie", "einde-wachttijd")}


def test_an_early_evaluation_moves_spoor_2_and_the_route_conversation_and_warns():
    # Thursday 1 Oct 2026 is sick day 269: week 39, before week 46.
    u = bereken(EERSTE, [], VANDAAG, eerstejaarsevaluatie=D("2026-10-01"))
    d = datums(u)
    assert d["start-spoor-2-uiterlijk"] == D("2026-11-12")  # 1 Oct + 42
    assert d["advies-routegesprek"] == D("2026-09-30")  # the day before the evaluation, not week 46
    assert u.moment("advies-routegesprek").vanaf == D("2026-09-30")  # its window (from week 40) closed first
    waarschuwing = u.waarschuwingen[0]
    assert waarschuwing.code == "evaluatie-te-vroeg"
    assert waarschuwing.tekst == ("De eerstejaarsevaluatie op 1 oktober 2026 valt in week 39. De regels noemen week "
                                  "46 tot en met 52.")
    # today (25 Nov 2026) is past the latest start and nothing is planned
    assert "spoor-2-niet-gepland" in codes(u)


def test_a_late_evaluation_warns_and_does_not_move_spoor_2():
    # Monday 25 Jan 2027 is sick day 385: week 56, after week 52. Spoor 2 does not start 6 weeks after
    # it (8 Mar 2027): the latest start stays 6 weeks after week 52, the last day of week 58 (day 406).
    u = bereken(EERSTE, [], VANDAAG, eerstejaarsevaluatie=D("2027-01-25"))
    assert EERSTE + dt.timedelta(days=405) == D("2027-02-14")
    assert datums(u)["start-spoor-2-uiterlijk"] == D("2027-02-14")
    assert waarom(u.moment("start-spoor-2-uiterlijk")) == ""
    te_laat = next(w for w in u.waarschuwingen if w.code == "evaluatie-te-laat")
    assert "week 56" in te_laat.tekst and "loonsanctie" in te_laat.tekst
    assert te_laat.werkgever.endswith("De uiterste start van spoor 2 schuift niet mee: die blijft 14 februari 2027.")
    # a planned start 6 weeks after the late evaluation is too late
    u = bereken(EERSTE, [], VANDAAG, eerstejaarsevaluatie=D("2027-01-25"), start_spoor_2=D("2027-03-08"))
    assert "spoor-2-te-laat" in codes(u)


def test_a_recovery_after_the_evaluation_moves_spoor_2_by_its_days():
    # Recovered 20 Dec 2026, ill again 3 Jan 2027: 14 days that do not count. 21 Jan + 14 = 4 Feb 2027.
    u = bereken(EERSTE, [Herstel(D("2026-12-20"), D("2027-01-03"))], VANDAAG, eerstejaarsevaluatie=D("2026-12-10"))
    assert datums(u)["start-spoor-2-uiterlijk"] == D("2027-02-04")
    assert waarom(u.moment("start-spoor-2-uiterlijk")) == (
        "Gerekend vanaf de eerstejaarsevaluatie op 10 december 2026. 14 dagen later door herstel tussendoor: de "
        "ziekteperioden tellen samen.")


def test_a_voluntary_extension_moves_the_end_the_aanvraag_and_the_eindevaluatie():
    # 26 weeks = 182 days later (2028 has a 29 February): 2 Jan 2028 → 2 Jul 2028; aanvraag 17 Oct 2027 →
    # 16 Apr 2028;
    # eindevaluatie 3 Oct 2027 → 2 Apr 2028. The letter after week 88 stays (13 Sep 2027).
    u = bereken(EERSTE, [], VANDAAG, verlenging_weken=26)
    d = datums(u)
    assert (d["einde-wachttijd"], u.verzuim.einde_wachttijd) == (D("2028-07-02"), D("2028-07-02"))
    assert d["wia-aanvraag-uiterlijk"] == D("2028-04-16") and d["eindevaluatie"] == D("2028-04-02")
    assert d["brief-uwv"] == D("2027-09-13") and d["verlenging"] == D("2028-01-03")
    assert d["einde-loonsanctie"] == D("2029-07-01")  # a possible loonsanctie after the extension: + 364
    assert u.moment("einde-wachttijd").titel == "Einde van de wachttijd (130 weken)"
    assert waarom(u.moment("wia-aanvraag-uiterlijk")) == ("26 weken later door de vrijwillige verlenging van de "
                                                          "loondoorbetaling.")


def test_a_loonsanctie_moves_only_the_end():
    # 52 weeks = 364 days after 2 Jan 2028: 31 Dec 2028. It begins the day after week 104.
    u = bereken(EERSTE, [], VANDAAG, loonsanctie_weken=52)
    d = datums(u)
    assert d["einde-wachttijd"] == D("2028-12-31") and d["begin-loonsanctie"] == D("2028-01-03")
    assert d["wia-aanvraag-uiterlijk"] == D("2027-10-17")  # the aanvraag came before the sanction
    assert "einde-loonsanctie" not in d  # the possible one makes way for the real one
    assert waarom(u.moment("einde-wachttijd")) == "52 weken later door de loonsanctie van UWV."


def test_extension_plus_loonsanctie_plus_recovery():
    # 14 recovered days, 13 weeks extension (91 days), 10 weeks loonsanctie (70 days):
    # end 2 Jan 2028 + 14 + 91 + 70 = 25 Jun 2028 (2028 has a 29 February);
    # aanvraag 17 Oct 2027 + 14 + 91 = 30 Jan 2028; loonsanctie from the day after week 117: 17 Apr 2028.
    u = bereken(EERSTE, [Herstel(D("2026-02-02"), D("2026-02-16"))], VANDAAG, verlenging_weken=13,
                loonsanctie_weken=10)
    d = datums(u)
    assert d["einde-wachttijd"] == D("2028-06-25") and d["wia-aanvraag-uiterlijk"] == D("2028-01-30")
    assert d["begin-loonsanctie"] == D("2028-04-17")
    assert [(r.code, r.waarde) for r in u.moment("einde-wachttijd").redenen] == [
        ("herstel", 14), ("verlenging", 13), ("loonsanctie", 10)]
    assert u.verzuim.weken == 127 and u.stand.week == 45


def lees(**extra):
    return {"eerste_ziektedag": "5-1-2026", "_vandaag": "2026-11-25", **extra}


def fouten(velden) -> dict:
    with pytest.raises(InvoerFout) as fout:
        plan(TOOL.lees(velden))
    return dict(fout.value.fouten)


@pytest.mark.parametrize("extra, veld, bericht", [
    ({"eerste_ziektedag": "31-12-2003"}, "eerste_ziektedag",
     "Deze rekenhulp rekent met een wachttijd van 104 weken. Die geldt als de ziekte op of na 1 januari 2004 begon. "
     "Voor ziekte die eerder begon, golden andere regels. Vul een eerste ziektedag in vanaf 1 januari 2004."),
    ({"hersteld_van_5": "3-1-2028", "hersteld_tot_5": "10-1-2028"}, "hersteld_van_5",
     "De wachttijd eindigt op 2 januari 2028. Deze hersteldperiode begint later. Vul alleen herstel binnen de "
     "wachttijd in."),
    ({"verlenging_weken": "5"}, "verlenging_weken",
     "Een vrijwillige verlenging duurt minstens 13 weken. Vul 13 of meer in, of laat het veld leeg."),
    ({"loonsanctie_weken": "53"}, "loonsanctie_weken", "De loonsanctie mag niet meer zijn dan 52."),
    ({"eerstejaarsevaluatie": "5-1-2026"}, "eerstejaarsevaluatie",
     "De eerstejaarsevaluatie moet liggen na de eerste ziektedag van deze wachttijd (5 januari 2026). En uiterlijk "
     "op de laatste dag ervan (2 januari 2028)."),
    ({"eerstejaarsevaluatie": "3-1-2028"}, "eerstejaarsevaluatie",
     "De eerstejaarsevaluatie moet liggen na de eerste ziektedag van deze wachttijd (5 januari 2026). En uiterlijk "
     "op de laatste dag ervan (2 januari 2028)."),
])
def test_old_and_impossible_cases_are_refused_at_their_field(extra, veld, bericht):
    assert fouten(lees(**extra))[veld] == bericht


def test_a_recovery_inside_an_extension_counts_and_one_after_it_is_refused():
    # With 26 weeks extension the wachttijd ends 2 Jul 2028: a recovery in March 2028 lies inside it.
    assert plan(TOOL.lees(lees(verlenging_weken="26", hersteld_van_1="6-3-2028",
                               hersteld_tot_1="13-3-2028"))).verzuim.einde_wachttijd == D("2028-07-09")
    assert "hersteld_van_1" in fouten(lees(verlenging_weken="26", hersteld_van_1="3-7-2028", hersteld_tot_1="9-7-2028"))


@pytest.mark.parametrize("verlenging, loonsanctie, laatste", [(0, 0, 98), (52, 0, 146), (0, 26, 122), (13, 52, 158)])
def test_evaluations_go_on_every_6_weeks_while_the_pay_goes_on(verlenging, loonsanctie, laatste):
    # From week 8 + 6 = 14, every 6 weeks, until 6 weeks before the end of the (longer) wachttijd:
    # 104 - 6 = 98; 104 + 52 - 6 = 150 gives week 146; 104 + 26 - 6 = 124 gives 122; 104 + 13 + 52 - 6 = 163
    # gives 158 (14 + 6 × 24).
    u = bereken(EERSTE, [], VANDAAG, verlenging_weken=verlenging, loonsanctie_weken=loonsanctie)
    weken = [m.week for m in u.momenten if m.code.startswith("evaluatie-")]
    assert weken == list(range(14, laatste + 1, 6))
    assert all(m.datum == EERSTE + dt.timedelta(days=7 * m.week - 1) for m in u.momenten if m.code.startswith("evaluatie-"))


def test_a_late_or_missing_letter_from_uwv_does_not_make_the_application_late():
    # Wet WIA art. 64 lid 6: no letter, or an application within 4 weeks of a late letter, counts as on time.
    brief = bereken(EERSTE, [], VANDAAG).moment("brief-uwv")
    assert brief.gemist == ("Geen brief gekregen? Vraag de WIA dan toch op tijd aan, of bel UWV. Kwam de brief te "
                            "laat? Dan telt de aanvraag nog als op tijd als de werknemer binnen 28 dagen na de brief "
                            "aanvraagt.")
    assert brief.grondslag == "Wet WIA, art. 64 lid 2 en lid 6"
    assert (brief.datum, brief.week) == (EERSTE + dt.timedelta(days=7 * 88), 89)  # the day after week 88
