"""HTML escaping for the tools' output.

The same as ``html.escape``, without importing the ``html`` package: that loads its table of
2,000+ character names, about 10 ms of each tool's first result in the browser."""

from __future__ import annotations


def escape(tekst: str, quote: bool = True) -> str:
    """``&``, ``<`` and ``>`` (and with ``quote`` also ``"`` and ``'``) as HTML character references."""
    tekst = tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        tekst = tekst.replace('"', "&quot;").replace("'", "&#x27;")
    return tekst


def unescape(tekst: str) -> str:
    """The text behind ``escape``'s character references (and a no-break space)."""
    for teken, vervanging in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&#x27;", "'"), ("&nbsp;", "\u00a0")):
        tekst = tekst.replace(teken, vervanging)
    return tekst.replace("&amp;", "&")
