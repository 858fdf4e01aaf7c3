"""Front matter: every page says which content-map topics it covers, and together they cover all."""

import pytest

from . import inhoud


@pytest.mark.skipif(
    not all((inhoud.SHARED / naam).exists() for naam in inhoud.CONTENT_MAPS),
    reason="de content maps in ../shared zijn er niet (fork)",
)
def test_kopie_van_de_ids_is_gelijk_aan_de_content_maps():
    assert inhoud.onderwerpen() == inhoud.onderwerpen_uit_gedeelde_content_maps()


def test_de_kopie_bevat_de_onderwerpen_rond_week_104():
    """The second edition's topics are enforced like the others (also in a fork without ../shared)."""
    assert {f"NA-{n:02d}" for n in range(1, 11)} <= inhoud.onderwerpen().keys()


def test_de_kopie_van_de_ids_is_niet_leeg():
    onderwerpen = inhoud.onderwerpen()
    assert len(onderwerpen) >= 30
    assert all(publiek <= {"W", "G", "P", "A"} and publiek for publiek in onderwerpen.values())


@pytest.mark.parametrize("pagina", inhoud.paginas())
def test_pagina_heeft_covers(pagina):
    covers = inhoud.covers(pagina)
    assert isinstance(covers, list), f"{pagina}: front matter mist `covers: [...]` (een lijst)"
    if pagina not in inhoud.ZONDER_ONDERWERPEN:
        assert covers, f"{pagina}: `covers` is leeg; noem de onderwerpen die deze pagina behandelt"


@pytest.mark.parametrize("pagina", inhoud.paginas())
def test_covers_noemt_alleen_bestaande_onderwerpen(pagina):
    covers = inhoud.covers(pagina) or []
    onbekend = [id_ for id_ in covers if id_ not in inhoud.onderwerpen()]
    assert onbekend == [], f"{pagina}: onbekende onderwerpen in covers: {onbekend}"
    dubbel = sorted({id_ for id_ in covers if covers.count(id_) > 1})
    assert dubbel == [], f"{pagina}: onderwerpen staan dubbel in covers: {dubbel}"


def test_elk_onderwerp_staat_op_een_pagina():
    ontbreekt = [id_ for id_, paginas in inhoud.paginas_per_onderwerp().items() if not paginas]
    assert ontbreekt == [], f"geen pagina behandelt: {ontbreekt}"


def test_elk_onderwerp_bereikt_zijn_publiek():
    """W-topics on a werknemer page, G on a werkgever page, P on a professional page, A on both routes."""
    per_onderwerp = inhoud.paginas_per_onderwerp()
    ontbreekt = []
    for id_, publiek in inhoud.onderwerpen().items():
        nodig = set(inhoud.PUBLIEK_VOOR_ALLEN) if "A" in publiek else publiek
        for letter in sorted(nodig):
            secties = inhoud.SECTIES[letter]
            if not any(p.split("/")[0] in secties for p in per_onderwerp[id_]):
                ontbreekt.append(f"{id_} ({letter}: geen pagina in {'/'.join(secties)})")
    assert ontbreekt == [], "onderwerpen die hun publiek niet bereiken:\n" + "\n".join(ontbreekt)


def test_bronnentabel_volgt_de_covers():
    """The topic table in bronnen.md lists, per topic, exactly the pages whose covers name it."""
    tabel = inhoud.bronnentabel()
    verwacht = inhoud.paginas_per_onderwerp()
    verschillen = []
    for id_, paginas in verwacht.items():
        if id_ not in tabel:
            verschillen.append(f"{id_}: ontbreekt in de tabel")
        elif sorted(tabel[id_][1]) != sorted(paginas):
            verschillen.append(f"{id_}: tabel {sorted(tabel[id_][1])}, covers {sorted(paginas)}")
        elif not tabel[id_][0].strip():
            verschillen.append(f"{id_}: de omschrijving is leeg")
    verschillen += [f"{id_}: staat in de tabel maar niet in de content map" for id_ in tabel if id_ not in verwacht]
    assert verschillen == [], (
        "de tabel in docs/bronnen.md loopt achter; maak hem opnieuw met "
        "`.venv/bin/python tests/content/inhoud.py bronnentabel`:\n" + "\n".join(verschillen)
    )
