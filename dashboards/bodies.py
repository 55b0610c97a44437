"""Request bodies under a per-route cap, refused before they are read and before any login work.

Tornado normally buffers a whole body before handler code runs, so a client with no login could make the
server hold 100 MB per request. Handlers built on ``LimitedBody`` stream instead: ``prepare`` sees only the
headers, answers 413 to a declared ``Content-Length`` over the route's cap before a byte of the body is read,
and subclasses check the login next, still before the body; ``data_received`` answers 413 as soon as a body
without a declared length (chunked) grows past the cap. Routes that do not stream (Panel pages, static
files) get ``SERVER_MAX_BODY`` from the HTTP server itself.
"""

from __future__ import annotations

from typing import ClassVar

from tornado import httputil
from tornado.web import HTTPError, RequestHandler, stream_request_body

KB, MB = 1024, 1024 * 1024
SERVER_MAX_BODY = 64 * KB
DEFAULT_MAX_BODY = 64 * KB


class BodyTooLarge(HTTPError):
    """413: the body is (or declares itself) larger than the route accepts."""

    def __init__(self, limit: int) -> None:
        super().__init__(413)
        self.message = f"the request body is larger than this route accepts ({_size(limit)})"


@stream_request_body
class LimitedBody(RequestHandler):
    """Streams the request body into memory up to ``max_body_bytes``; ``body()`` gives it to the handler."""

    max_body_bytes: ClassVar[int] = DEFAULT_MAX_BODY

    def prepare(self) -> None:
        """Refuse a declared over-size body (nothing of it is read yet); a subclass's ``prepare`` calls this first."""
        self._chunks: list[bytes] = []
        self._received = 0
        self._body: bytes | None = None
        declared = self.request.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            raise BodyTooLarge(self.max_body_bytes)
        # Tornado's own ceiling sits above ours, so a streamed body meets this handler's 413 first; only a
        # single chunk declaring more than twice the cap is cut off by Tornado itself (400)
        self.request.connection.set_max_body_size(2 * self.max_body_bytes)

    def data_received(self, chunk: bytes) -> None:
        if self._finished:          # refused already: the connection closes once the answer is written
            return
        self._received += len(chunk)
        if self._received > self.max_body_bytes:
            self._chunks.clear()
            error = BodyTooLarge(self.max_body_bytes)
            self.send_error(413, exc_info=(BodyTooLarge, error, None))
            return
        self._chunks.append(chunk)

    def body(self) -> bytes:
        """The whole body, with form fields and uploaded files parsed into ``request`` (on first call)."""
        if self._body is None:
            self._body = self.request.body = b"".join(self._chunks)
            self._chunks.clear()
            httputil.parse_body_arguments(self.request.headers.get("Content-Type", ""), self._body,
                                          self.request.body_arguments, self.request.files, self.request.headers)
            for name, values in self.request.body_arguments.items():
                self.request.arguments.setdefault(name, []).extend(values)
        return self._body


def _size(limit: int) -> str:
    return f"{limit // MB} MB" if limit >= MB else f"{limit // KB} KB"
