"""The page fixture's watch (conftest.py): announcing expected errors lets only those through."""

from .conftest import onverwacht

PROBLEMEN = ["console error: Failed to load resource: net::ERR_CONNECTION_REFUSED",
             "page error: Error: kapot",
             "request to another origin: https://cdn.example.org/x.js",
             "CSP violation: script-src inline"]


def test_zonder_aankondiging_telt_alles():
    assert onverwacht(PROBLEMEN, ()) == PROBLEMEN


def test_aangekondigde_fouten_mogen_vreemde_verzoeken_en_csp_nooit():
    assert onverwacht(PROBLEMEN, ("ERR_CONNECTION_REFUSED", "kapot", "cdn", "inline")) == PROBLEMEN[2:]
