"""The phone page's files and the HTTP side of the one port: what is served, with which headers, to whom."""

from __future__ import annotations

from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

from websockets.datastructures import Headers
from websockets.http11 import Response

PAGE_DIR = Path(__file__).resolve().parents[2] / "resources" / "phone"
FILES = {"/": ("index.html", "text/html; charset=utf-8"), "/phone.js": ("phone.js", "text/javascript; charset=utf-8"),
         "/phone.css": ("phone.css", "text/css; charset=utf-8")}
SOCKET_PATH = "/ws"


def csp(origin_host: str) -> str:
    """Only the page's own script and style, a socket only to this server; nothing inline, nothing framed."""
    return ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            f"connect-src ws://{origin_host}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


class Pages:
    def __init__(self, directory: Path = PAGE_DIR) -> None:
        self._bodies = {path: ((directory / name).read_bytes(), kind) for path, (name, kind) in FILES.items()}

    def respond(self, host: str, path: str, headers) -> Response | None:
        """A response for an HTTP request, or None to go on to the WebSocket handshake."""
        if headers.get("Host") != host:  # another name for this address (DNS rebinding) is refused
            return _plain(HTTPStatus.MISDIRECTED_REQUEST, "wrong host")
        route = urlsplit(path).path
        if route == SOCKET_PATH:
            if headers.get("Origin") != f"http://{host}":
                return _plain(HTTPStatus.FORBIDDEN, "wrong origin")
            return None
        found = self._bodies.get(route)
        if found is None:
            return _plain(HTTPStatus.NOT_FOUND, "not found")
        body, kind = found
        return Response(200, "OK", Headers([
            ("Content-Type", kind), ("Content-Length", str(len(body))), ("Cache-Control", "no-store"),
            ("Content-Security-Policy", csp(host)), ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "no-referrer"), ("X-Frame-Options", "DENY"),
        ]), body)


def _plain(status: HTTPStatus, text: str) -> Response:
    body = text.encode()
    return Response(status.value, status.phrase, Headers([
        ("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body))),
        ("Cache-Control", "no-store"),
    ]), body)
