"""Fetching one web address: the only code that speaks HTTP. No Qt here.

urllib3 (already installed with trafilatura; docs/decisions.md says why not
another client) does the connections, TLS and gzip; this module adds what a
fact-checker's fetch must promise:

- http and https only, on the first address and on every redirect; at most
  `MAX_REDIRECTS` redirects (a loop ends there with a clear message);
- separate connect and read timeouts, and a total time limit for the body (a
  server that sends a byte a second cannot hold a fetch forever);
- a size cap on the body as decoded (an endless or "gzip bomb" body stops at the cap);
- proxies from the environment (`http_proxy`, `https_proxy`, `no_proxy`);
- the system's certificate store (truststore), else OpenSSL's defaults;
- no cookies, no credentials: nothing is remembered between fetches, user:password
  in an address is dropped, and no .netrc is read.

Every failure is a `FetchError` whose str() is one line for a person.
"""

from __future__ import annotations

import hashlib
import ssl
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from functools import cache
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from factcheck_gui import __version__
from factcheck_gui.core.clock import utc_now
from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import WebFetch
from factcheck_gui.core.urls import OPENABLE_SCHEMES

MAX_REDIRECTS = 10
CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 20.0
TOTAL_TIMEOUT_S = 120.0
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_CHUNK = 64 * 1024
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
USER_AGENT = f"factcheck-gui/{__version__} (fetching a page a person asked for)"
_HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.9,"
              "*/*;q=0.1",
    "Accept-Encoding": "gzip, deflate",
}


class FetchError(FactcheckError):
    """A fetch that gave no page. `status` is the HTTP status when there was one."""

    def __init__(self, url: str, reason: str, *, status: int | None = None,
                 final_url: str | None = None, kind: str = "unreachable") -> None:
        self.url = url
        self.filename = url  # messages start with it, as importers' do with a file's name
        self.reason = reason
        self.status = status
        self.final_url = final_url or url
        #: "gone" (404/410), "http" (another error status), "unreachable" (no answer,
        #: timeout, TLS), "refused" (not http(s), too large, a redirect loop).
        self.kind = kind
        super().__init__(f"{url}: {reason}")


@dataclass(frozen=True, slots=True)
class Limits:
    connect_s: float = CONNECT_TIMEOUT_S
    read_s: float = READ_TIMEOUT_S
    total_s: float = TOTAL_TIMEOUT_S
    max_bytes: int = DEFAULT_MAX_BYTES


def checked_url(url: str) -> str:
    """`url` without credentials, or FetchError when it is not http(s) with a host."""
    text = (url or "").strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        raise FetchError(text, "not a web address", kind="refused") from None
    if parts.scheme.lower() not in OPENABLE_SCHEMES:
        what = f"{parts.scheme}: addresses" if parts.scheme else "addresses without http(s)://"
        raise FetchError(text, f"only http:// and https:// addresses are fetched, not {what}",
                         kind="refused")
    if not parts.hostname:
        raise FetchError(text, "not a web address (no host name)", kind="refused")
    if any(ch.isspace() or ord(ch) < 32 for ch in text):
        raise FetchError(text, "not a web address (it contains spaces)", kind="refused")
    host = parts.hostname
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


@cache
def _ssl_context() -> ssl.SSLContext:
    """The system's trust store where truststore supports the platform, else OpenSSL's."""
    try:
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except Exception:  # an old or unusual platform: OpenSSL's default paths
        return ssl.create_default_context()


class WebClient:
    """Connection pools shared by the fetches of one job (thread-safe). Holds no
    cookies or credentials; `close()` drops the pools."""

    def __init__(self, limits: Limits | None = None) -> None:
        import urllib3

        self.limits = limits or Limits()
        self._urllib3 = urllib3
        self._lock = threading.Lock()
        self._direct = urllib3.PoolManager(num_pools=32, maxsize=8,
                                           ssl_context=_ssl_context())
        self._proxied: dict[str, Any] = {}
        # Read once per client (a job's worth of fetches): scanning the environment
        # took a tenth of a link check's time on the local server.
        self._proxies = urllib.request.getproxies_environment()

    def close(self) -> None:
        self._direct.clear()
        for pool in self._proxied.values():
            pool.clear()

    def __enter__(self) -> WebClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _pool_for(self, url: str) -> Any:
        scheme, host = urlsplit(url).scheme, urlsplit(url).hostname or ""
        proxies = self._proxies
        proxy = proxies.get(scheme)
        if not proxy or urllib.request.proxy_bypass_environment(  # type: ignore[attr-defined]
                host, proxies):
            return self._direct
        with self._lock:
            if proxy not in self._proxied:
                self._proxied[proxy] = self._urllib3.ProxyManager(
                    proxy, num_pools=32, maxsize=8, ssl_context=_ssl_context())
            return self._proxied[proxy]

    def fetch(self, url: str, *, cancel: Callable[[], bool] | None = None,
              limits: Limits | None = None) -> WebFetch:
        """GET `url` following redirects; the page's bytes and where they came from.
        Raises FetchError (one line) for anything that is not a 2xx page."""
        limits = limits or self.limits
        requested = checked_url(url)
        current = requested
        started = time.monotonic()
        for _hop in range(MAX_REDIRECTS + 1):
            if cancel is not None and cancel():
                raise FetchError(requested, "cancelled", kind="refused")
            response = self._open(requested, current, limits)
            try:
                if response.status in _REDIRECTS and response.headers.get("Location"):
                    target = urljoin(current, response.headers["Location"])
                    try:
                        current = checked_url(target)
                    except FetchError as error:
                        raise FetchError(requested, f"redirected to {target}, which is not"
                                         f" fetched ({error.reason})", kind="refused",
                                         status=response.status) from None
                    continue
                if response.status >= 400:
                    raise _status_error(requested, current, response.status,
                                        response.reason or "")
                body = self._read_body(requested, response, limits, started, cancel)
            finally:
                _let_go(response)
            content_type, charset = _media_type(response.headers.get("Content-Type"))
            return WebFetch(requested_url=requested, final_url=current, status=response.status,
                            fetched_at=utc_now(), content_type=content_type,
                            sha256=hashlib.sha256(body).hexdigest(), body=body,
                            charset=charset)
        raise FetchError(requested, f"more than {MAX_REDIRECTS} redirects (a redirect loop?);"
                         f" the last went to {current}", kind="refused", final_url=current)

    def _open(self, requested: str, url: str, limits: Limits) -> Any:
        urllib3 = self._urllib3
        timeout = urllib3.Timeout(connect=limits.connect_s, read=limits.read_s)
        try:
            return self._pool_for(url).urlopen(
                "GET", url, headers=dict(_HEADERS), redirect=False, retries=False,
                preload_content=False, decode_content=True, timeout=timeout)
        except urllib3.exceptions.HTTPError as error:
            raise FetchError(requested, _network_reason(error, limits)) from None

    def _read_body(self, requested: str, response: Any, limits: Limits, started: float,
                   cancel: Callable[[], bool] | None) -> bytes:
        urllib3 = self._urllib3
        cap = limits.max_bytes
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > cap and \
                not response.headers.get("Content-Encoding"):
            response.close()
            raise FetchError(requested, _too_large(int(declared), cap), kind="refused")
        parts: list[bytes] = []
        size = 0
        try:
            for chunk in response.stream(_CHUNK, decode_content=True):  # (chunked needs it said)
                size += len(chunk)
                if size > cap:
                    response.close()  # never drain an endless body
                    raise FetchError(requested, _too_large(size, cap, more=True),
                                     kind="refused")
                if time.monotonic() - started > limits.total_s:
                    response.close()
                    raise FetchError(requested, f"the page took longer than"
                                     f" {limits.total_s:g} s to arrive")
                if cancel is not None and cancel():
                    response.close()
                    raise FetchError(requested, "cancelled", kind="refused")
                parts.append(chunk)
        except urllib3.exceptions.HTTPError as error:
            response.close()
            raise FetchError(requested, _network_reason(error, limits)) from None
        return b"".join(parts)


def _let_go(response: Any) -> None:
    """Give the connection back when what is left of the body is small and known,
    else close it (an endless or huge body is never read to its end)."""
    left = response.headers.get("Content-Length", "")
    if not response.closed and left.isdigit() and int(left) <= _CHUNK:
        try:
            response.drain_conn()
            response.release_conn()
            return
        except Exception:
            pass
    response.close()
    response.release_conn()


def fetch(url: str, *, limits: Limits | None = None,
          cancel: Callable[[], bool] | None = None) -> WebFetch:
    """One fetch with its own connections (see `WebClient.fetch`)."""
    with WebClient(limits) as client:
        return client.fetch(url, cancel=cancel)


def _media_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    message = Message()
    message["Content-Type"] = header
    charset = message.get_param("charset")
    return message.get_content_type().lower(), (str(charset).strip() or None) \
        if isinstance(charset, str) else None


def _status_error(requested: str, final: str, status: int, reason: str) -> FetchError:
    kind = "gone" if status in (404, 410) else "http"
    words = {404: "not found", 410: "gone", 401: "needs a login", 403: "forbidden",
             429: "too many requests", 500: "server error", 502: "bad gateway",
             503: "unavailable", 504: "gateway timeout"}.get(status, reason.lower())
    return FetchError(requested, f"HTTP {status} {words}".rstrip(), status=status,
                      final_url=final, kind=kind)


def _network_reason(error: Exception, limits: Limits) -> str:
    import urllib3

    exc = urllib3.exceptions
    # NewConnectionError is a kind of ConnectTimeoutError in urllib3 2: ask it first.
    if isinstance(error, exc.NameResolutionError):
        return "the host name could not be found (offline, or a typo in the address)"
    if isinstance(error, exc.NewConnectionError):
        return "could not connect (offline, or the server refused the connection)"
    if isinstance(error, exc.ConnectTimeoutError):
        return f"no connection within {limits.connect_s:g} s (offline, or the server is down)"
    if isinstance(error, exc.ReadTimeoutError):
        return f"the server did not answer within {limits.read_s:g} s"
    if isinstance(error, exc.SSLError):
        return f"the secure connection failed (certificate or TLS problem: {_short(error)})"
    if isinstance(error, exc.ProxyError):
        return f"the proxy failed ({_short(error)})"
    if isinstance(error, exc.DecodeError):
        return "the page's compressed data is damaged"
    if isinstance(error, exc.ProtocolError):
        return f"the connection broke off ({_short(error)})"
    return f"the fetch failed ({_short(error)})"


def _short(error: Exception) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n / 2**10:.1f} KB"


def _too_large(size: int, cap: int, *, more: bool = False) -> str:
    return (f"the page is too large ({'over ' if more else ''}{_size(size if not more else cap)};"
            f" the limit is {_size(cap)})")
