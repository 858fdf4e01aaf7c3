"""A publisher's fork keeps its own name and stays mergeable (issue 18, point 1).

One scripted story in a temporary folder, built once for the tests here:

1. "upstream": a git repository with this project's files;
2. the fork clones it, copies `uitgever.voorbeeld.yml` to `uitgever.yml`, adds a logo, commits;
3. upstream changes `mkdocs.yml` (its description, next to `site_name`) and adds a page;
4. the fork merges upstream, then builds the way every command does: `scripts/config.sh` chooses
   the configuration, with the site address the workflow would set.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from mkdocs.config import load_config

from .projectkopie import ROOT, koppel_installatie, kopieer

VOORBEELD = yaml.safe_load((ROOT / "uitgever.voorbeeld.yml").read_text(encoding="utf-8"))
UITGEVER = VOORBEELD["extra"]["uitgever"]
SITE_URL = "https://vakbond-voorbeeld.github.io/ziek-en-ander-werk/"
LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" fill="#fff"/></svg>\n'
NIEUWE_BESCHRIJVING = "site_description: Nieuwe beschrijving van upstream."
GIT = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org", "GIT_COMMITTER_NAME": "Test",
       "GIT_COMMITTER_EMAIL": "test@example.org", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def git(map_: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=map_, capture_output=True, text=True, check=check,
                          env={**os.environ, **GIT})


def standaard() -> dict:
    """The project's own values that a publisher replaces."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    return {"site_name": config["site_name"], "site_url": config["site_url"], "repo_url": config["repo_url"],
            **config["extra"]["uitgever"]}


def upstream_verandert(upstream: Path) -> None:
    """A typical upstream change: a new page in the menu, and a new line right next to site_name."""
    (upstream / "docs" / "nieuw.md").write_text("# Nieuw van upstream\n\nEen nieuwe pagina.\n", encoding="utf-8")
    mkdocs = upstream / "mkdocs.yml"
    tekst = re.sub(r"^site_description:.*$", NIEUWE_BESCHRIJVING, mkdocs.read_text(encoding="utf-8"), count=1, flags=re.M)
    mkdocs.write_text(tekst.replace("\nnav:\n", "\nnav:\n  - Nieuw van upstream: nieuw.md\n", 1), encoding="utf-8")
    git(upstream, "add", "-A")
    git(upstream, "commit", "-q", "-m", "Upstream: nieuwe pagina en beschrijving")


@pytest.fixture(scope="module")
def fork(tmp_path_factory) -> SimpleNamespace:
    basis = tmp_path_factory.mktemp("uitgever")
    upstream = kopieer(basis / "upstream")
    git(upstream, "init", "-q", "-b", "main")
    git(upstream, "add", "-A")
    git(upstream, "commit", "-q", "-m", "Spoorkennis")
    fork = basis / "fork"
    git(basis, "clone", "-q", str(upstream), str(fork))
    (fork / "uitgever.yml").write_bytes((fork / "uitgever.voorbeeld.yml").read_bytes())
    (fork / "docs" / "uitgever").mkdir()
    (fork / "docs" / "uitgever" / "logo.svg").write_text(LOGO, encoding="utf-8")
    git(fork, "add", "-A")
    git(fork, "commit", "-q", "-m", "Onze naam, kleuren en logo")
    upstream_verandert(upstream)
    merge = git(fork, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main", check=False)
    status = git(fork, "status", "--porcelain").stdout
    koppel_installatie(fork)
    config = subprocess.run(["bash", "scripts/config.sh"], cwd=fork, capture_output=True, text=True).stdout.strip()
    bouw = subprocess.run(["bash", "scripts/build.sh"], cwd=fork, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "SPOORKENNIS_SITE_URL": SITE_URL})  # builds with config.sh's choice
    assert bouw.returncode == 0, bouw.stderr[-3000:]
    site = fork / "site"
    paginas = {p.relative_to(site).parent.as_posix(): p.read_text(encoding="utf-8")
               for p in site.rglob("index.html") if not p.relative_to(site).as_posix().startswith("assets/")}
    return SimpleNamespace(map=fork, upstream=upstream, merge=merge, status=status, config=config, site=site, paginas=paginas)


def test_upstream_wijziging_van_mkdocs_yml_komt_zonder_conflict_in_de_fork(fork):
    assert fork.merge.returncode == 0, fork.merge.stdout + fork.merge.stderr
    assert fork.status == ""
    assert NIEUWE_BESCHRIJVING in (fork.map / "mkdocs.yml").read_text(encoding="utf-8")
    assert (fork.map / "uitgever.yml").read_text(encoding="utf-8") == (ROOT / "uitgever.voorbeeld.yml").read_text(encoding="utf-8")
    # The upstream change reaches the fork's site: its page and its description.
    assert "Nieuw van upstream" in fork.paginas["nieuw"]
    assert 'content="Nieuwe beschrijving van upstream."' in fork.paginas["."]


def test_dezelfde_wijziging_botst_als_de_uitgever_mkdocs_yml_zelf_aanpast(fork, tmp_path):
    """Why uitgever.yml: a publisher who writes their name into mkdocs.yml gets a conflict with
    this very upstream change (it touches the line next to site_name)."""
    oud = tmp_path / "oude-fork"
    git(tmp_path, "clone", "-q", str(fork.upstream), str(oud))
    git(oud, "reset", "-q", "--hard", "HEAD~1")  # the fork was made before upstream's change
    mkdocs = oud / "mkdocs.yml"
    mkdocs.write_text(re.sub(r"^site_name:.*$", f"site_name: {VOORBEELD['site_name']!r}",
                             mkdocs.read_text(encoding="utf-8"), count=1, flags=re.M), encoding="utf-8")
    git(oud, "commit", "-q", "-am", "Onze naam in mkdocs.yml")
    merge = git(oud, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main", check=False)
    assert merge.returncode != 0 and "CONFLICT" in merge.stdout + merge.stderr


def test_de_bouw_kiest_uitgever_yml_als_het_er_is(fork):
    assert fork.config == "uitgever.yml"
    kaal = subprocess.run(["bash", "scripts/config.sh"], cwd=fork.upstream, capture_output=True, text=True)
    assert kaal.stdout.strip() == "mkdocs.yml"


def test_elke_pagina_draagt_naam_logo_kleur_en_adres_van_de_uitgever(fork):
    naam = VOORBEELD["site_name"]
    fout = []
    for pad, html in fork.paginas.items():
        kop = re.search(r'<div class="md-header__topic">\s*<span class="md-ellipsis">\s*(.*?)\s*</span>', html, re.S)
        checks = {
            "titel": re.search(r"<title>(.*?)</title>", html, re.S)[1].endswith(naam),
            "kop": kop is not None and kop[1] == naam,
            "logo": re.search(r'<img src="[^"]*uitgever/logo\.svg" alt=', html) is not None,
            "favicon": re.search(r'<link rel="icon" href="[^"]*uitgever/logo\.svg"', html) is not None,
            "kleur": re.search(r'<body [^>]*data-md-color-primary="deep-purple"', html) is not None
                     and 'data-md-color-primary="indigo"' not in html,
            "adres": f'<link rel="canonical" href="{SITE_URL}' in html,
        }
        fout += [f"{pad}: {wat}" for wat, goed in checks.items() if not goed]
    assert len(fork.paginas) > 30
    assert not fout, fout


def test_voettekst_noemt_de_uitgever_met_de_contactlink(fork):
    voet = (f"Uitgegeven door {UITGEVER['naam']}.\n  Vragen of een fout gezien? Stuur "
            f"<a href=\"{UITGEVER['contact']}\">{UITGEVER['contact_tekst']}</a>.")
    zonder = [pad for pad, html in fork.paginas.items() if voet not in html]
    assert not zonder


def test_niets_van_de_standaard_blijft_over(fork):
    """No default contact, repository or address in any page, the sitemap or the 404 page; the
    project's name only in the text of a page (an "about" page may name the project it builds on)."""
    oud = standaard()
    verboden = [oud[sleutel] for sleutel in ("site_url", "repo_url", "contact", "contact_tekst")]
    fout = []
    for bestand in [*fork.site.rglob("*.html"), fork.site / "sitemap.xml"]:
        tekst = bestand.read_text(encoding="utf-8")
        fout += [f"{bestand.relative_to(fork.site)}: {v!r}" for v in verboden if v in tekst]
        buiten_de_tekst = re.sub(r"<article.*?</article>", "", tekst, flags=re.S)
        fout += [f"{bestand.relative_to(fork.site)}: {oud[s]!r} outside the page text"
                 for s in ("site_name", "naam") if oud[s] in buiten_de_tekst]
    assert not fout, fout


def test_zelf_publiceren_noemt_de_repository_van_de_uitgever(fork):
    html = fork.paginas["zelf-publiceren"]
    assert f'href="{VOORBEELD["repo_url"]}"' in html


def test_colofon_noemt_de_uitgever(fork):
    if "colofon" not in fork.paginas:
        pytest.skip("this build has no colophon page (docs/colofon.md) yet")
    html = fork.paginas["colofon"]
    assert UITGEVER["naam"] in html and f'href="{UITGEVER["contact"]}"' in html
