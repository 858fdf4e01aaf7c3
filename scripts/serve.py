"""Serve a built site on 127.0.0.1 with the MIME types Pyodide needs (.mjs, .wasm).

    python scripts/serve.py [--port 8000] [--prefix /spoorkennis/] site
"""

from __future__ import annotations

import argparse
import functools
import http.server
import threading

TYPES = {".mjs": "text/javascript", ".js": "text/javascript", ".wasm": "application/wasm",
         ".json": "application/json", ".whl": "application/zip", ".xz": "application/x-xz", ".ics": "text/calendar"}


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files under an optional path prefix, like GitHub Pages' /<repo>/."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **TYPES}
    prefix = "/"

    def translate_path(self, path):
        if not path.startswith(self.prefix):
            return "/nonexistent/"
        return super().translate_path("/" + path[len(self.prefix):])

    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    """Quiet about browsers that hang up mid-download (a reload, a test that moves on)."""

    daemon_threads = True

    def handle_error(self, request, client_address):
        pass


def start(directory: str, port: int = 0, prefix: str = "/") -> http.server.ThreadingHTTPServer:
    """Start serving in a background thread; returns the server (its port in server_address)."""
    handler = type("PrefixedHandler", (Handler,), {"prefix": prefix})
    server = Server(("127.0.0.1", port), functools.partial(handler, directory=directory))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--prefix", default="/")
    parser.add_argument("directory")
    args = parser.parse_args()
    server = start(args.directory, args.port, args.prefix)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.shutdown()
