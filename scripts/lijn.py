"""A built site served like GitHub Pages, behind a slow link: for the benchmark and browser tests.

Like GitHub Pages: text and wasm go gzip-compressed (when the browser accepts it), everything with
``Cache-Control: max-age=600``, an ``ETag`` and ``Last-Modified`` (a revalidation gets 304).

The link: every response waits one round trip (``rtt_ms``) before its first byte, and the bodies
of all responses share one bandwidth (``mbit``, 10^6 bits per second), in chunks of 16 KB, first
come first served. ``mbit=None`` is an unthrottled link. Per path the server counts requests and
bytes sent (headers included) and notes when it was first asked for, and it can stall a file: ``stil_na(naam, n)`` sends the first ``n`` bytes (rounded up
to a chunk) of the next response for a path ending in ``naam``, then nothing until ``laat_gaan()``
(then the rest) or shutdown.

    server = lijn.start("site", prefix="/spoorkennis/", mbit=1.6, rtt_ms=150)
"""

from __future__ import annotations

import collections
import email.utils
import functools
import gzip
import hashlib
import os
import threading
import time
from pathlib import Path

import serve

GECOMPRIMEERD = (".html", ".css", ".js", ".mjs", ".json", ".svg", ".txt", ".xml", ".wasm", ".ics")
STUK = 16 * 1024


class Lijn:
    """One link shared by every response: a queue of chunks, each taking its time at the bandwidth."""

    def __init__(self, mbit: float | None, rtt_ms: float):
        self.bytes_per_s = mbit * 1e6 / 8 if mbit else None
        self.rtt_s = rtt_ms / 1000
        self._vrij = 0.0
        self._slot = threading.Lock()

    def wacht(self, n: int) -> None:
        """Block until ``n`` bytes have had their turn on the link."""
        if not self.bytes_per_s:
            return
        with self._slot:
            begin = max(time.monotonic(), self._vrij)
            self._vrij = begin + n / self.bytes_per_s
            einde = self._vrij
        time.sleep(max(0.0, einde - time.monotonic()))


class Handler(serve.Handler):
    server: "Server"

    def send_head(self):  # noqa: D401 - http.server API
        """Headers like GitHub Pages; the body (compressed or not) is kept for do_GET."""
        pad = self.translate_path(self.path.split("?")[0])
        if os.path.isdir(pad):
            pad = os.path.join(pad, "index.html")
        try:
            inhoud = self.server.inhoud(pad, "gzip" in self.headers.get("Accept-Encoding", ""))
        except OSError:
            self.send_error(404)
            return None
        body, gecodeerd, etag, gewijzigd = inhoud
        time.sleep(self.server.lijn.rtt_s)
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Cache-Control", "max-age=600")
            self.end_headers()
            return None
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(pad))
        self.send_header("Content-Length", str(len(body)))
        if gecodeerd:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Cache-Control", "max-age=600")
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", gewijzigd)
        self.end_headers()
        return body

    def setup(self):
        super().setup()
        handler, schrijf = self, self.wfile.write

        class Teller:  # every byte written, headers included, counted per path
            def write(self, data):
                if data:
                    handler.server.tel(getattr(handler, "path", "?"), len(data))
                return schrijf(data)

            def __getattr__(self, naam):
                return getattr(handler.__dict__["_wfile"], naam)

        self._wfile, self.wfile = self.wfile, Teller()

    def do_GET(self):  # noqa: N802 - http.server API
        self.server.tel(self.path, 0)
        body = self.send_head()
        if body is None:
            return
        stil = self.server.stil_voor(self.path)
        for begin in range(0, len(body), STUK):
            if stil is not None and begin >= stil:
                self.wfile.flush()
                self.server.gestald.set()
                self.server.vrijgave.wait()  # nothing until the test lets go (or the server stops)
                stil = None
            stuk = body[begin:begin + STUK]
            self.server.lijn.wacht(len(stuk))
            self.wfile.write(stuk)

    def do_HEAD(self):  # noqa: N802
        self.send_head()


class Server(serve.Server):
    def __init__(self, adres, handler, lijn: Lijn, comprimeer: bool = True):
        super().__init__(adres, handler)
        self.lijn = lijn
        self.comprimeer = comprimeer
        self.verzoeken: collections.Counter = collections.Counter()
        self.verzonden: collections.Counter = collections.Counter()
        self.begonnen: dict[str, float] = {}  # path -> when (time.time()) it was first asked for
        self.vrijgave = threading.Event()
        self.gestald = threading.Event()  # a stalled response has sent what it may
        self._stil: dict[str, int] = {}
        self._cache: dict = {}
        self._slot = threading.Lock()

    def inhoud(self, pad: str, gzip_mag: bool) -> tuple[bytes, bool, str, str]:
        """(body, compressed?, ETag, Last-Modified) of a file, compressed once per file."""
        stat = os.stat(pad)
        sleutel = (pad, stat.st_mtime_ns, gzip_mag and self.comprimeer and pad.endswith(GECOMPRIMEERD))
        if sleutel not in self._cache:
            ruw = Path(pad).read_bytes()
            body = gzip.compress(ruw, 6, mtime=0) if sleutel[2] else ruw
            etag = '"' + hashlib.sha1(ruw).hexdigest()[:16] + ('-gz"' if sleutel[2] else '"')
            self._cache[sleutel] = (body, sleutel[2], etag, email.utils.formatdate(stat.st_mtime, usegmt=True))
        return self._cache[sleutel]

    def tel(self, pad: str, n: int) -> None:
        pad = pad.split("?")[0]
        with self._slot:
            if n:
                self.verzonden[pad] += n
            else:
                self.verzoeken[pad] += 1
                self.begonnen.setdefault(pad, time.time())

    def stil_na(self, naam: str, n: int) -> None:
        """Stall the next response for a path ending in ``naam`` after ``n`` bytes of its body."""
        self._stil[naam] = n

    def stil_voor(self, pad: str) -> int | None:
        with self._slot:
            naam = next((n for n in self._stil if pad.split("?")[0].endswith(n)), None)
            return self._stil.pop(naam) if naam else None

    def laat_gaan(self) -> None:
        self.vrijgave.set()

    def shutdown(self):
        self.laat_gaan()
        super().shutdown()


def start(directory: str | Path, prefix: str = "/", mbit: float | None = None, rtt_ms: float = 0,
          port: int = 0, handler: type = Handler, comprimeer: bool = True) -> Server:
    """Serve ``directory`` on 127.0.0.1 in a background thread; the port is in ``server_address``.
    ``comprimeer=False``: nothing compressed (the 127.0.0.1 benchmark, as it always ran)."""
    klasse = type("LijnHandler", (handler,), {"prefix": prefix})
    server = Server(("127.0.0.1", port), functools.partial(klasse, directory=str(directory)), Lijn(mbit, rtt_ms),
                    comprimeer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
