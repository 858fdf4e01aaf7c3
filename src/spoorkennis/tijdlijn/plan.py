"""The whole planner: the timeline of one absence, today's position, and warnings on the
employer's plan (the evaluation date, planned start of spoor 2, arbeidsdeskundig report), each with
what to do."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from ..invoer import nl_datum
from .momenten import Moment, momenten
from .stand import Stand, stand
from .weken import Herstel, Verzuim, samentelling


class Waarschuwing(NamedTuple):
    """A warning about the plan, with what each side does about it."""

    code: str
    tekst: str  # what is wrong
    werkgever: str  # what the employer does about it
    werknemer: str  # what the employee does about it

    def als_json(self) -> dict:
        return {"code": self.code, "tekst": self.tekst, "werkgever": self.werkgever, "werknemer": self.werknemer}


class Uitkomst(NamedTuple):
    """The whole timeline for one input."""

    opgegeven_ziektedag: dt.date
    verzuim: Verzuim
    momenten: list[Moment]
    stand: Stand
    waarschuwingen: list[Waarschuwing]
    start_spoor_2: dt.date | None
    ad_rapport: bool
    eerstejaarsevaluatie: dt.date | None

    @property
    def nieuwe_wachttijd(self) -> bool:
        """A long recovery started a new wachttijd after the first sick day entered."""
        return self.verzuim.eerste_ziektedag != self.opgegeven_ziektedag

    def moment(self, code: str) -> Moment:
        return next(m for m in self.momenten if m.code == code)

    def als_json(self) -> dict:
        return {
            "eerste_ziektedag": self.verzuim.eerste_ziektedag.isoformat(),
            "nieuwe_wachttijd": self.nieuwe_wachttijd,
            "hersteld": [{"van": h.van.isoformat(), "tot": h.tot.isoformat(), "dagen": h.dagen}
                         for h in self.verzuim.onderbrekingen],
            "einde_wachttijd": self.verzuim.einde_wachttijd.isoformat(),
            "verlenging_weken": self.verzuim.verlenging_weken,
            "loonsanctie_weken": self.verzuim.loonsanctie_weken,
            "eerstejaarsevaluatie": self.eerstejaarsevaluatie.isoformat() if self.eerstejaarsevaluatie else None,
            "momenten": [m.als_json() for m in self.momenten],
            "vandaag": self.stand.als_json(),
            "waarschuwingen": [w.als_json() for w in self.waarschuwingen],
        }


def bereken(eerste_ziektedag: dt.date, hersteld: list[Herstel], vandaag: dt.date,
            start_spoor_2: dt.date | None = None, ad_rapport: bool = False,
            eerstejaarsevaluatie: dt.date | None = None, verlenging_weken: int = 0,
            loonsanctie_weken: int = 0) -> Uitkomst:
    """``hersteld`` must have passed ``weken.controleer``."""
    verzuim = samentelling(eerste_ziektedag, hersteld, verlenging_weken, loonsanctie_weken)
    lijst = momenten(verzuim, start_spoor_2, eerstejaarsevaluatie)
    nu = stand(verzuim, lijst, vandaag)
    return Uitkomst(eerste_ziektedag, verzuim, lijst, nu, waarschuwingen(verzuim, lijst, nu, start_spoor_2, ad_rapport),
                    start_spoor_2, ad_rapport, eerstejaarsevaluatie)


def waarschuwingen(verzuim: Verzuim, lijst: list[Moment], nu: Stand, start_spoor_2: dt.date | None,
                   ad_rapport: bool) -> list[Waarschuwing]:
    """Plans that risk a loonsanctie or waste time."""
    if nu.voorbij:
        return []
    uit = []
    uiterlijk = next(m for m in lijst if m.code == "start-spoor-2-uiterlijk").datum
    evaluatie = next(m for m in lijst if m.code == "eerstejaarsevaluatie")
    evaluatie_start = evaluatie.vanaf or evaluatie.datum  # the window opens, or the evaluation itself
    vandaag = nu.vandaag
    r = verzuim.regels
    if evaluatie.reden("eerstejaarsevaluatie"):
        uit += _evaluatie_buiten_venster(evaluatie, uiterlijk, r)
    if start_spoor_2 is not None and start_spoor_2 > uiterlijk:
        uit.append(Waarschuwing(
            "spoor-2-te-laat",
            f"Spoor 2 begint volgens het plan op {nl_datum(start_spoor_2)}. "
            f"Dat is later dan de uiterste datum: {nl_datum(uiterlijk)}. UWV kan hiervoor een loonsanctie geven.",
            f"Laat spoor 2 uiterlijk op {nl_datum(uiterlijk)} beginnen. Later mag alleen als de werknemer "
            f"binnen {r.spoor_1_vooruitzicht_maanden} maanden weer passend werk bij u kan doen. Leg dat dan vast, met het advies van de bedrijfsarts.",
            "Vraag uw werkgever waarom spoor 2 zo laat begint. Bent u het er niet mee eens? "
            "Vraag UWV dan om een deskundigenoordeel.",
        ))
    if start_spoor_2 is None and vandaag >= evaluatie_start:
        te_laat = vandaag > uiterlijk
        uit.append(Waarschuwing(
            "spoor-2-niet-gepland",
            (f"Spoor 2 had uiterlijk op {nl_datum(uiterlijk)} moeten beginnen, maar er is geen start gepland."
             if te_laat else
             f"Er is nog geen start van spoor 2 gepland. De uiterste datum is {nl_datum(uiterlijk)}."),
            f"Bespreek bij de eerstejaarsevaluatie of terugkeer bij u binnen {r.spoor_1_vooruitzicht_maanden} maanden "
            "reëel is. Zo niet: "
            "kies een re-integratiebureau en plan de start van spoor 2" + (" nu." if te_laat else " op tijd."),
            "Vraag uw werkgever wat het plan is voor spoor 2. Leg de afspraken vast in het plan van aanpak.",
        ))
    ad_grens = evaluatie_start - dt.timedelta(weeks=r.ad_rapport_weken_voor_evaluatie)
    if not ad_rapport and (vandaag >= ad_grens or start_spoor_2 is not None):
        uit.append(Waarschuwing(
            "geen-ad-rapport",
            "Er is nog geen arbeidsdeskundig rapport. Zonder dat rapport is niet duidelijk of terugkeer in het "
            "eigen werk kans heeft, en welk ander werk passend is.",
            "Laat een arbeidsdeskundige nu onderzoeken of spoor 1 kans heeft en welk werk passend is. "
            f"Zorg dat het rapport er is voor de eerstejaarsevaluatie (uiterlijk {nl_datum(evaluatie.datum)}), "
            "en voor de start van spoor 2.",
            "Vraag uw werkgever om een arbeidsdeskundig onderzoek. Het rapport helpt u om samen de beste route te kiezen.",
        ))
    if start_spoor_2 is not None and start_spoor_2 < verzuim.eerste_ziektedag:
        uit.append(Waarschuwing(
            "spoor-2-voor-verzuim",
            "De geplande start van spoor 2 ligt voor de eerste ziektedag van deze wachttijd.",
            "Kijk de datum na. Begon er na een lange hersteldperiode een nieuwe wachttijd? Plan spoor 2 dan opnieuw.",
            "Kijk de datum na, samen met uw werkgever.",
        ))
    return uit


def _evaluatie_buiten_venster(evaluatie: Moment, spoor_2_uiterlijk: dt.date, r) -> list[Waarschuwing]:
    """The evaluation entered lies before or after the weeks the rules name for it. A late one does
    not move the latest start of spoor 2 (``spoor_2_uiterlijk``)."""
    venster = r.eerstejaarsevaluatie
    datum, week = nl_datum(evaluatie.datum), evaluatie.week
    weken = f"week {venster.vanaf_week} tot en met {venster.uiterlijk_week}"
    if week < venster.vanaf_week:
        return [Waarschuwing(
            "evaluatie-te-vroeg",
            f"De eerstejaarsevaluatie op {datum} valt in week {week}. De regels noemen {weken}.",
            "Vraag uw bedrijfsarts of arbodienst of deze evaluatie meetelt als eerstejaarsevaluatie. Zo niet: "
            f"plan er nog een in {weken}. Leg de keuze voor spoor 1 of spoor 2 vast.",
            "Vraag uw werkgever of er in het eerste jaar nog een evaluatie komt. Lees het verslag en vraag een kopie.",
        )]
    if week > venster.uiterlijk_week:
        return [Waarschuwing(
            "evaluatie-te-laat",
            f"De eerstejaarsevaluatie op {datum} valt in week {week}. Dat is na {weken}. UWV kan een te late "
            "evaluatie zien als te weinig inzet. Dat kan een loonsanctie geven.",
            "Doe de evaluatie zo snel mogelijk. Schrijf op waarom die later is. De uiterste start van spoor 2 "
            f"schuift niet mee: die blijft {nl_datum(spoor_2_uiterlijk)}.",
            "Vraag uw werkgever wanneer de evaluatie komt. U mag zelf vragen om een gesprek.",
        )]
    return []
