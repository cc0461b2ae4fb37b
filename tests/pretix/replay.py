"""A real HTTP server on 127.0.0.1 that answers with responses recorded from a real pretix.

Recordings (tests/data/pretix/*.json, written by tests/pretix/record.py) hold exchanges:
method, path, query pairs, JSON body sent, and the status, headers and JSON body pretix answered.
A request is matched on method, path, sorted query and JSON body; several recorded answers to
the same request are served in recorded order (the last one repeats). Unmatched requests get a
599 with the key, so a test fails saying what it asked for. ``faults`` injects answers (e.g.
503) before the recorded ones; ``hang`` keeps the connection silent (for timeouts).
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict, deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

DATA = Path(__file__).resolve().parents[1] / "data" / "pretix"
API = "/api/v1"


def request_key(
    method: str, path: str, query: list[tuple[str, str]], body: object, auth: str = ""
) -> str:
    path = path.removeprefix(API)
    body_text = json.dumps(body, sort_keys=True, ensure_ascii=False) if body is not None else ""
    return f"{method} {path}?{sorted(query)} {body_text} [{auth}]"


def load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


class QuietServer(ThreadingHTTPServer):
    """A client that gave up (the timeout tests) is expected, not an error to print."""

    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass


class ReplayServer:
    """Serve recorded exchanges; use as a context manager; ``url`` is the server's address."""

    def __init__(self, exchanges: list[dict]) -> None:
        self.answers: dict[str, deque[dict]] = defaultdict(deque)
        for exchange in exchanges:
            key = request_key(
                exchange["method"],
                exchange["path"],
                [tuple(pair) for pair in exchange["query"]],
                exchange["body"],
                exchange.get("auth", ""),
            )
            self.answers[key].append(exchange)
        self.faults: deque[int] = deque()
        self.hang = 0.0
        self.seen: list[str] = []
        self.headers_seen: list[dict[str, str]] = []
        self._server = QuietServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> ReplayServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def answer(self, key: str) -> tuple[int, dict[str, str], object]:
        if self.faults:
            return self.faults.popleft(), {}, {"detail": "injected fault"}
        queue = self.answers.get(key)
        if not queue:
            return 599, {}, {"detail": f"no recorded answer for {key}"}
        exchange = queue.popleft() if len(queue) > 1 else queue[0]
        return exchange["status"], exchange["headers"], exchange["response"]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        replay = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                self._serve(None)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self._serve(json.loads(self.rfile.read(length)) if length else None)

            def _serve(self, body: object) -> None:
                if replay.hang:
                    time.sleep(replay.hang)
                parts = urlsplit(self.path)
                auth = self.headers.get("Authorization", "")
                key = request_key(self.command, parts.path, parse_qsl(parts.query), body, auth)
                replay.seen.append(key)
                replay.headers_seen.append(dict(self.headers))
                status, headers, response = replay.answer(key)
                data = json.dumps(response, ensure_ascii=False).encode()
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler
