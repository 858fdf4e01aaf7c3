"""The GitHub workflows: pages.yml (test and publish) with the points of the engineering review in
issue 18, and bedragen.yml (the scheduled check for stale amounts). Every `run:` step of both runs
here, so a broken command fails on this machine before it fails on GitHub.

How the steps run without running this test suite inside itself: the workflow's test step is
`./scripts/test.sh`, which runs pytest, which runs this file. So the steps run in a copy of the
project (tests/projectkopie.py; the project's own `site/` belongs to the other tests) with
`PYTEST_ADDOPTS=--collect-only`: test.sh does all it does on GitHub (set-up, choosing the
configuration, the strict build of `site/`), and pytest imports and collects every test but runs
none. A broken command, a missing script, a failing build or a test file that no longer imports
makes the step fail. Should a step ever start pytest another way, SPOORKENNIS_WORKFLOW_STAP makes
the inner run skip this test instead of starting it again.

`uses:` steps are GitHub's own actions and do not run here. The outputs of theirs that a `run:`
step reads get a sample value (UITVOER_VAN_ACTIONS); an expression without one fails the test.
Every `run:` step runs, whatever its `if:`; `GITHUB_ENV` works as on GitHub.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml

from .projectkopie import ROOT, koppel_installatie, kopieer

WORKFLOWS = {pad.name: yaml.safe_load(pad.read_text(encoding="utf-8"))
             for pad in sorted((ROOT / ".github" / "workflows").glob("*.yml"))}
WORKFLOW, BEDRAGEN = WORKFLOWS["pages.yml"], WORKFLOWS["bedragen.yml"]
JOBS = WORKFLOW["jobs"]
BASE_URL = "https://vakbond-voorbeeld.github.io/ziek-en-ander-werk"
UITVOER_VAN_ACTIONS = {"steps.pages.outputs.base_url": BASE_URL}
EXPRESSIE = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
BINNEN = "SPOORKENNIS_WORKFLOW_STAP"

# The first major of each action whose action.yml says `runs: using: node24` (a composite action:
# the first whose actions do), checked in the actions' repositories on 30 November 2026. GitHub
# runs Node 20 actions on Node 24 since 2 June 2026 and removes Node 20 from its runners.
NODE_24 = {
    "actions/checkout": 5,
    "actions/setup-python": 6,
    "actions/setup-node": 5,
    "actions/configure-pages": 6,
    "actions/upload-pages-artifact": 5,  # v4 runs upload-artifact v4 (Node 20), v5 upload-artifact v7
    "actions/deploy-pages": 5,
}


def stappen(job: str) -> list[dict]:
    return JOBS[job]["steps"]


def alle_stappen() -> list[dict]:
    """Every step of every workflow."""
    return [stap for workflow in WORKFLOWS.values() for job in workflow["jobs"].values() for stap in job["steps"]]


def vul_in(tekst: str) -> str:
    """Replace each ${{ … }} by the sample output of the action it reads."""
    def waarde(match: re.Match) -> str:
        if match[1] not in UITVOER_VAN_ACTIONS:
            raise AssertionError(f"no sample value for the expression {match[0]} (add it to UITVOER_VAN_ACTIONS)")
        return UITVOER_VAN_ACTIONS[match[1]]
    return EXPRESSIE.sub(waarde, str(tekst))


def voer_uit(workflow: dict, map_: Path, omgeving: dict[str, str]) -> list[str]:
    """Run every `run:` step of every job of `workflow` in `map_`, the way GitHub's runner does
    (bash -e -o pipefail, env of workflow, job and step, GITHUB_ENV); return the commands run.
    Raises AssertionError with the step's output at the first step that fails."""
    github_env = map_.parent / f"{map_.name}.github_env"
    gedaan = []
    for job in workflow["jobs"].values():
        github_env.write_text("", encoding="utf-8")
        for stap in job["steps"]:
            if "run" not in stap:
                continue
            assert stap.get("shell", "bash") == "bash", f"only bash steps run here: {stap}"
            env = {**omgeving, "GITHUB_ENV": str(github_env)}
            for deel in (workflow, job, stap):
                env.update({k: vul_in(v) for k, v in (deel.get("env") or {}).items()})
            env.update(dict(regel.split("=", 1) for regel in github_env.read_text(encoding="utf-8").splitlines() if regel))
            proces = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", vul_in(stap["run"])],
                                    cwd=map_ / stap.get("working-directory", "."), env=env,
                                    capture_output=True, text=True, timeout=1200)
            if proces.returncode:
                raise AssertionError(f"step {stap['run']!r} failed ({proces.returncode}):\n"
                                     f"{proces.stdout[-3000:]}\n{proces.stderr[-3000:]}")
            gedaan.append(stap["run"])
    return gedaan


@pytest.mark.skipif(bool(os.environ.get(BINNEN)), reason="running inside a workflow step of this test")
def test_elke_run_stap_werkt_en_bouwt_de_site_die_gepubliceerd_wordt(tmp_path):
    """Runs the steps in a fork that has its own uitgever.yml: the tested build (the folder the
    upload step publishes) carries the publisher's name and the address GitHub Pages gives."""
    kopie = kopieer(tmp_path / "fork")
    (kopie / "uitgever.yml").write_bytes((ROOT / "uitgever.voorbeeld.yml").read_bytes())
    koppel_installatie(kopie)
    omgeving = {k: v for k, v in os.environ.items() if not k.startswith(("SPOORKENNIS_", "PYTEST_"))}
    omgeving.update({"PYTEST_ADDOPTS": "--collect-only", BINNEN: "1"})
    gedaan = voer_uit(WORKFLOW, kopie, omgeving)
    assert "./scripts/test.sh" in gedaan
    upload = next(stap for stap in stappen("test") if "upload-pages-artifact" in stap.get("uses", ""))
    site = kopie / upload["with"]["path"]
    naam = yaml.safe_load((ROOT / "uitgever.voorbeeld.yml").read_text(encoding="utf-8"))["site_name"]
    assert f"<title>{naam}</title>" in (site / "index.html").read_text(encoding="utf-8")
    assert f"<loc>{BASE_URL}/</loc>" in (site / "sitemap.xml").read_text(encoding="utf-8")


def test_een_kapotte_opdracht_valt_op(tmp_path):
    """The runner above reports a step that fails, and an expression it cannot fill in."""
    (tmp_path / "kopie").mkdir()
    kapot = {"jobs": {"test": {"steps": [{"run": "echo begin"}, {"run": "./scripts/bestaat-niet.sh"}]}}}
    with pytest.raises(AssertionError, match="bestaat-niet"):
        voer_uit(kapot, tmp_path / "kopie", dict(os.environ))
    onbekend = {"jobs": {"test": {"steps": [{"run": "echo ${{ steps.tik.outputs.fout }}"}]}}}
    with pytest.raises(AssertionError, match="no sample value"):
        voer_uit(onbekend, tmp_path / "kopie", dict(os.environ))


def test_elke_actie_op_een_versie_die_op_node_24_draait():
    gebruikt = [stap["uses"] for stap in alle_stappen() if "uses" in stap]
    fout = []
    for actie in gebruikt:
        naam, _, versie = actie.partition("@")
        major = re.fullmatch(r"v(\d+)", versie)
        if naam not in NODE_24 or not major or int(major[1]) < NODE_24[naam]:
            fout.append(actie)
    assert gebruikt and not fout, f"not on a checked Node 24 major: {fout}"


def test_node_wordt_nog_ondersteund_en_chromium_komt_van_playwright():
    """Node 20 is out of support; apt's chromium on Ubuntu is a snap stub (scripts/browser.sh has
    Playwright download its own), and `|| true` hid that it failed."""
    node = [stap["with"]["node-version"] for stap in alle_stappen() if "setup-node" in stap.get("uses", "")]
    assert node and all(int(str(versie).split(".")[0]) >= 22 for versie in node)
    opdrachten = [stap["run"] for stap in alle_stappen() if "run" in stap]
    assert not [o for o in opdrachten if "|| true" in o or "apt-get" in o or "chromium" in o]


def test_tijdslimiet_en_concurrency():
    assert WORKFLOW["concurrency"]["group"]
    assert all(isinstance(job.get("timeout-minutes"), int) for w in WORKFLOWS.values() for job in w["jobs"].values())
    assert JOBS["deploy"]["concurrency"] == {"group": "pages", "cancel-in-progress": False}


def test_elke_job_mag_de_repository_lezen():
    """A job that sets its own permissions loses the workflow's; checkout then fails in a private
    fork without contents: read."""
    for bestand, workflow in WORKFLOWS.items():
        for naam, job in workflow["jobs"].items():
            rechten = job.get("permissions", workflow.get("permissions", {}))
            assert rechten.get("contents") in ("read", "write"), (bestand, naam)


def test_de_geplande_controle_draait_op_de_wijzigingsdata_en_elke_week():
    # "on" is YAML 1.1's true for PyYAML.
    schema = [regel["cron"] for regel in BEDRAGEN[True]["schedule"]]
    assert schema == ["23 5 * * 1", "23 5 1 1,7 *"]  # Mondays; 1 January and 1 July, 06:23 in winter
    assert "workflow_dispatch" in BEDRAGEN[True]


@pytest.mark.parametrize("vandaag, verouderd", [("2026-12-31", False), ("2027-03-01", True)])
def test_de_geplande_controle_faalt_alleen_bij_een_verouderd_bedrag(tmp_path, vandaag, verouderd):
    """Its step runs as on GitHub (setup-python puts `python` first on PATH); on 1 March 2027 the
    data has no value of 1 January 2027 for three amounts, so the run fails and names them."""
    omgeving = {k: v for k, v in os.environ.items() if not k.startswith(("SPOORKENNIS_", "PYTHON"))}
    omgeving.update({"SPOORKENNIS_VANDAAG": vandaag, "PATH": f"{ROOT / '.venv' / 'bin'}:{os.environ['PATH']}"})
    (tmp_path / "kopie").symlink_to(ROOT)
    if not verouderd:
        assert voer_uit(BEDRAGEN, tmp_path / "kopie", omgeving) == ["python -m spoorkennis parameters --controleer"]
        return
    with pytest.raises(AssertionError, match=r"failed \(1\)[\s\S]*Fout: wia\.maximum_dagloon: de waarde van 1 juli 2026"):
        voer_uit(BEDRAGEN, tmp_path / "kopie", omgeving)


def test_deploy_publiceert_precies_de_geteste_build():
    """The deploy job only deploys the artifact; the test job uploads the site/ that
    scripts/test.sh built and tested, with nothing run in between, on the same condition."""
    assert JOBS["deploy"]["needs"] == "test"
    assert [stap.get("uses", "").partition("@")[0] for stap in stappen("deploy")] == ["actions/deploy-pages"]
    test = stappen("test")
    test_stap = next(i for i, stap in enumerate(test) if stap.get("run") == "./scripts/test.sh")
    upload = next(i for i, stap in enumerate(test) if "upload-pages-artifact" in stap.get("uses", ""))
    assert upload == test_stap + 1
    assert test[upload]["with"]["path"] == "site"
    assert test[upload]["if"] == JOBS["deploy"]["if"]
    assert 'SPOORKENNIS_SITE_DIR="$PWD/site"' in (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
