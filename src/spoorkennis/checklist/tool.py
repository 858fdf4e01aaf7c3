"""The re-integratiebureau checklist: compare up to three bureaus side by side.

Form fields: ``bureau_N_naam`` (N = 1..3) and one radio group ``antwoord_N_VRAAGID`` per bureau and
question, with the values ja / deels / nee / weet_niet. A bureau counts when it has a name or at
least one answer. The questions come from ``vragen.toml``, so the form is declared by a function.
"""

from __future__ import annotations

from ..fouten import Verzamelaar
from ..tools import Tool
from ..velden import Deel, Groep, Plek, Tekst, Veld, Waarden
from .model import categorieen, vragen
from .scoring import antwoord, beoordeel, rangschik
from .web import BUREAUS, bureau_keuze, categorie_velden, vragenlijst, web


class Antwoord(Veld):
    """One bureau's answer to one question: ja, deels, nee or weet_niet ('weet niet' too)."""

    def lees(self, tekst, veld, in_zin):
        return antwoord(tekst, veld, in_zin)


class KiesBureau(Deel):
    """Which bureau a narrow screen shows the answers of: layout, no field (nothing to read)."""

    def delen(self) -> tuple:
        return ()

    def html(self, plek: Plek) -> str:
        return bureau_keuze()


class Categorie(Deel):
    """The questions of one category: a fieldset per question, with a group of answers per bureau."""

    def __init__(self, categorie: str):
        self.categorie = categorie

    def delen(self) -> tuple:
        return tuple(Antwoord(f"antwoord_{n}_{v.id}", f"Bureau {n}", in_zin=f"vraag {v.id} voor bureau {n}", cli=False)
                     for v in vragen() if v.categorie == self.categorie for n in BUREAUS)

    def html(self, plek: Plek) -> str:
        return categorie_velden(self.categorie)


def velden() -> tuple:
    namen = Groep("Welke bureaus vergelijkt u?", naam="bureaunamen", klasse="sk-bureaunamen",
                  hint="Vul één, twee of drie namen in. Bij elke vraag hieronder kiest u daarna per bureau ja, "
                  "deels, nee of weet niet. Bureau 1 is het bureau dat u hier als eerste invult. Laat een bureau "
                  "leeg als u het niet gebruikt.",
                  velden=tuple(Tekst(f"bureau_{n}_naam", f"Naam van bureau {n}", in_zin=f"de naam van bureau {n}",
                                     maximum=80) for n in BUREAUS))
    return (namen, KiesBureau(), *(Categorie(c) for c in categorieen()))


def voorbeeld() -> dict[str, str]:
    """Noord: good with a few weak points; Zuid: almost all "ja", but the traject is aimed at avoiding a
    loonsanctie (V07 "nee"), so a high score does not save it; West: only half asked so far."""
    velden_ = {"bureau_1_naam": "Bureau Noord", "bureau_2_naam": "Bureau Zuid", "bureau_3_naam": "Bureau West"}
    noord = {"V03": "deels", "V05": "deels", "V12": "nee", "V15": "deels", "V17": "deels", "V20": "deels",
             "V21": "nee", "V26": "weet_niet", "V29": "deels", "V30": "deels"}
    for nummer, v in enumerate(vragen()):
        velden_[f"antwoord_1_{v.id}"] = noord.get(v.id, "ja")
        velden_[f"antwoord_2_{v.id}"] = "nee" if v.id == "V07" else "ja"
        if nummer % 2 == 0:
            velden_[f"antwoord_3_{v.id}"] = "nee" if v.id == "V15" else "deels" if nummer % 6 == 2 else "ja"
    return velden_


def bureaus(w: Waarden):
    """(number, name, answers) of each bureau that counts; a bureau without a name is 'Bureau N'."""
    for n in BUREAUS:
        naam = w[f"bureau_{n}_naam"]
        antwoorden = {v.id: w[f"antwoord_{n}_{v.id}"] for v in vragen()}
        if naam or any(antwoorden.values()):
            yield n, naam or f"Bureau {n}", antwoorden


def controle(w: Waarden, fouten: Verzamelaar) -> None:
    """Each bureau its own name, and at least one bureau."""
    namen: dict[str, int] = {}
    for n, naam, _ in bureaus(w):
        if naam.lower() in namen:
            fouten.voeg_toe(f"bureau_{n}_naam", f"Bureau {namen[naam.lower()]} heet ook {naam}. Geef elk bureau een "
                                                "eigen naam.")
        namen[naam.lower()] = n
    if not namen and not fouten.fouten:
        fouten.voeg_toe("bureau_1_naam", "Vul de naam van minstens één bureau in en beantwoord de vragen voor dat bureau.")


def opdracht(argv: list[str]) -> int:
    """``python -m spoorkennis checklist``: the questions, or the score of one bureau's answers file."""
    from .cli import main

    return main(argv)


TOOL = Tool(
    naam="checklist", titel="vragen om een re-integratiebureau te beoordelen",
    velden=velden, voorbeeld=voorbeeld, controle=controle,
    functie=lambda w: web(rangschik([beoordeel(naam, antwoorden) for _, naam, antwoorden in bureaus(w)])),
    opdracht=opdracht, opdrachten=[["--json"]], klasse="sk-checklist", na=vragenlijst,
)
