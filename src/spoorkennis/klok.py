"""Today's date, in one place for the whole package.

The computer's date, unless ``SPOORKENNIS_VANDAAG`` (an ISO date) is set: the test suite sets it to
a far-future date, so a test that depends on the real "today" fails at once instead of next month.
A form may send its own ``_vandaag`` (the browser's date; tests freeze the browser's clock).
"""

from __future__ import annotations

import datetime as dt
import os


def vandaag() -> dt.date:
    """Today: ``SPOORKENNIS_VANDAAG`` if set, else the computer's date."""
    tekst = os.environ.get("SPOORKENNIS_VANDAAG", "").strip()
    return dt.date.fromisoformat(tekst) if tekst else dt.date.today()


def vandaag_uit(velden: dict) -> dt.date:
    """Today as a form sent it (field ``_vandaag``, ISO); ``vandaag()`` when absent or unreadable."""
    try:
        return dt.date.fromisoformat(str(velden.get("_vandaag") or "").strip())
    except ValueError:
        return vandaag()
