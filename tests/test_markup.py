"""spoorkennis.markup.escape does what html.escape does (without loading the html package), and the
browser's path loads neither that package nor the command line."""

import html
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from spoorkennis import tools
from spoorkennis.markup import escape, unescape


@given(st.text(), st.booleans())
def test_gelijk_aan_html_escape(tekst, quote):
    assert escape(tekst, quote) == html.escape(tekst, quote)


@given(st.text())
def test_unescape_maakt_escape_ongedaan(tekst):
    assert unescape(escape(tekst)) == html.unescape(escape(tekst)) == tekst


def test_voorbeeld():
    assert escape('<a href="x">Tom & Jerry\'s</a>') == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#x27;s&lt;/a&gt;"


def test_geen_rekenhulp_laadt_het_html_pakket_of_de_opdrachtregel():
    # What the browser runs: the worker's early web.tool(), the worked example and a call. The html
    # package costs ~10 ms; argparse (the command line) and pkgutil (finding all tools) are not needed.
    code = ("import sys\nfrom spoorkennis import web\n"
            f"for naam in {tools.namen()!r}:\n    web.tool(naam)\n    web.voorbeeld(naam)\n    web.aanroep(naam, '{{}}')\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('html', 'argparse', 'pkgutil')))")
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert uit == "[]"
