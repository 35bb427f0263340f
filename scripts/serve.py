#!/usr/bin/env python3
"""Serves a folder on loopback only, with the .wasm MIME type, no caching, and the security
headers the site is meant to run under. For development and tests; see README for deployment.

Like a production server set up as the README says (nginx's brotli_static/gzip_static), it answers
with the precompressed X.br or X.gz that scripts/assemble_site.py puts beside X, when the browser
accepts that coding (brotli first: it is the smaller), and with X itself otherwise. A compressed file
counts only while it carries X's modification time (assemble_site.py stamps it so): a test or a
developer that edits X in a copy of dist/ gets X served, not the stale compressed bytes."""
import argparse
import functools
import http.server
import os
import urllib.parse

# Codings with their file suffix, best first.
PRECOMPRESSED = {"br": ".br", "gzip": ".gz"}


def accepted_codings(header: str) -> set:
    """The content codings an Accept-Encoding header accepts: listed (or covered by *) with q > 0."""
    weights = {}
    for item in header.split(","):
        coding, *params = (part.strip() for part in item.split(";"))
        weight = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        if coding:
            weights[coding.lower()] = weight
    return {coding for coding in PRECOMPRESSED if weights.get(coding, weights.get("*", 0.0)) > 0}


def same_file_time(original: str, compressed: str) -> bool:
    try:
        return os.path.isfile(original) and os.stat(compressed).st_mtime_ns == os.stat(original).st_mtime_ns
    except OSError:
        return False


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript", ".mjs": "text/javascript",
                      ".json": "application/json", ".ttf": "font/ttf", ".svg": "image/svg+xml",
                      ".webmanifest": "application/manifest+json",
                      # Asked for by name, a compressed file is what it is, not the type it decodes to.
                      ".gz": "application/gzip", ".br": "application/octet-stream"}
    # Per request (send_head sets them): the coding chosen, the file it is the coding of, and whether
    # that file has compressed forms at all (then every answer about it varies with Accept-Encoding).
    coding = None
    original = None
    has_codings = False

    def send_head(self):
        # The stdlib's send_head does the rest (304 for If-Modified-Since, HEAD, Last-Modified,
        # Content-Length); translate_path and guess_type below point it at the chosen file.
        self.coding, self.original, self.has_codings = None, None, False
        path = super().translate_path(self.path)
        if os.path.isdir(path) and urllib.parse.urlsplit(self.path).path.endswith("/"):
            path = os.path.join(path, "index.html")
        available = [coding for coding, suffix in PRECOMPRESSED.items() if same_file_time(path, path + suffix)]
        self.has_codings = bool(available)
        accepted = accepted_codings(self.headers.get("Accept-Encoding", ""))
        self.coding = next((coding for coding in available if coding in accepted), None)
        self.original = path
        return super().send_head()

    def translate_path(self, path):
        if self.coding:
            return self.original + PRECOMPRESSED[self.coding]
        return super().translate_path(path)

    def guess_type(self, path):
        return super().guess_type(self.original if self.coding else path)

    def end_headers(self):
        if self.coding:
            self.send_header("Content-Encoding", self.coding)
        if self.has_codings:
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, fmt, *args):  # quiet: tests read stdout
        pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8080, help="0: any free port, named in the line printed")
    parser.add_argument("directory")
    args = parser.parse_args()
    if not os.path.isdir(args.directory):
        parser.error(f"no folder {args.directory!r} to serve")
    handler = functools.partial(Handler, directory=args.directory)
    with http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler) as server:
        # Printed once the socket listens: a caller that asked for port 0 learns the port here, with no
        # window in which another process could take it (tests/browser/lib.mjs, serve()).
        print(f"serving {args.directory} at http://127.0.0.1:{server.server_address[1]}/  (Ctrl+C stops)", flush=True)
        server.serve_forever()


if __name__ == "__main__":
    main()
