"""A real HTTP server on 127.0.0.1 (a free port) for the web tests, in a thread.

Tests put pages on it (`server.put(path, body, ...)`) and change them between
fetches; a few paths behave badly on purpose:

- `/redirect/N` redirects N times, then lands on `/news.html`; `/loop` redirects to itself;
- `/slow` waits (up to 10 s) before answering; `/endless` sends a body that never ends;
- `/status/N` answers with status N.

`web_server` is the fixture (import `serve_pages` into a test module to use it). Proxy variables are
cleared so that 127.0.0.1 is reached directly whatever the machine's settings.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
NEWS_PAGE = DATA / "news_page.html"


@dataclass
class Page:
    body: bytes
    content_type: str | None = "text/html; charset=utf-8"
    status: int = 200
    gzip: bool = False
    chunked: bool = False
    headers: dict[str, str] = field(default_factory=dict)


class WebServer:
    def __init__(self, port: int = 0) -> None:
        self.pages: dict[str, Page] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.stop = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # no 40 ms delayed-ACK waits per request

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server.requests.append((self.path, dict(self.headers.items())))
                try:
                    server.handle(self)
                except OSError:  # the client gave up (a timeout or size cap under test)
                    self.close_connection = True

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.httpd.daemon_threads = True
        # A client that gives up (timeouts, size caps under test) is expected: no traceback.
        self.httpd.handle_error = lambda request, address: None  # type: ignore[method-assign]
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def put(self, path: str, body: bytes | str, content_type: str | None =
            "text/html; charset=utf-8", **options: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.pages[path] = Page(data, content_type, **options)  # type: ignore[arg-type]
        return self.url(path)

    def handle(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path.split("?", 1)[0]
        if path.startswith("/redirect/"):
            left = int(path.rsplit("/", 1)[1])
            target = f"/redirect/{left - 1}" if left > 1 else "/news.html"
            return self._redirect(h, target)
        if path == "/loop":
            return self._redirect(h, "/loop")
        if path == "/slow":
            self.stop.wait(10)
            return self._send(h, Page(b"<html><body><p>late</p></body></html>"))
        if path == "/endless":
            h.send_response(200)
            h.send_header("Content-Type", "text/plain")
            h.end_headers()
            chunk = b"more words " * 6000
            try:
                while not self.stop.is_set():
                    h.wfile.write(chunk)
            except OSError:
                pass
            h.close_connection = True
            return None
        if path.startswith("/status/"):
            code = int(path.rsplit("/", 1)[1])
            return self._send(h, Page(f"status {code}".encode(), "text/plain", status=code))
        page = self.pages.get(path)
        if page is None:
            return self._send(h, Page(b"no such page", "text/plain", status=404))
        return self._send(h, page)

    def _redirect(self, h: BaseHTTPRequestHandler, target: str) -> None:
        h.send_response(302)
        h.send_header("Location", target)
        h.send_header("Content-Length", "0")
        h.end_headers()

    def _send(self, h: BaseHTTPRequestHandler, page: Page) -> None:
        body = gzip.compress(page.body) if page.gzip else page.body
        h.send_response(page.status)
        if page.content_type is not None:
            h.send_header("Content-Type", page.content_type)
        if page.gzip:
            h.send_header("Content-Encoding", "gzip")
        for key, value in page.headers.items():
            h.send_header(key, value)
        if page.chunked:
            h.send_header("Transfer-Encoding", "chunked")
            h.end_headers()
            for start in range(0, len(body), 1000):
                part = body[start:start + 1000]
                h.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
            h.wfile.write(b"0\r\n\r\n")
            return
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def start(self) -> WebServer:
        self.thread.start()
        return self

    def close(self) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


@pytest.fixture(name="web_server")
def serve_pages(monkeypatch: pytest.MonkeyPatch) -> Iterator[WebServer]:
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                 "ALL_PROXY", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    server = WebServer().start()
    server.put("/news.html", NEWS_PAGE.read_bytes())
    try:
        yield server
    finally:
        server.close()
