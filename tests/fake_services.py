"""A local HTTP server on 127.0.0.1 that answers like ESCO and CBS, and injects faults on cue.

Each path has a queue of behaviours; when the queue is empty the path's normal answer is used.
Behaviours: ("json", obj), ("status", code), ("retry_after", code, header), ("truncated", text),
("slow", seconds, obj). Every request is recorded (path and query) for assertions.
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict, deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


class FakeService:
    def __init__(self) -> None:
        self.answers: dict[str, object] = {}
        self.faults: dict[str, deque] = defaultdict(deque)
        self.requests: list[tuple[str, dict[str, list[str]]]] = []
        service = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                parts = urlsplit(self.path)
                query = parse_qs(parts.query)
                service.requests.append((parts.path, query))
                queue = service.faults.get(parts.path)
                behaviour = queue.popleft() if queue else ("json", service.answer(parts.path, query))
                kind = behaviour[0]
                if kind == "slow":
                    time.sleep(behaviour[1])
                    behaviour = ("json", behaviour[2])
                    kind = "json"
                if kind == "json":
                    body = json.dumps(behaviour[1]).encode()
                    self._send(200, body)
                elif kind == "status":
                    self._send(behaviour[1], b'{"logref":"Error","status":%d}' % behaviour[1])
                elif kind == "retry_after":
                    self._send(behaviour[1], b"{}", {"Retry-After": behaviour[2]})
                elif kind == "truncated":
                    self._send(200, behaviour[1].encode())

            def _send(self, code, body, headers=None):
                try:
                    self.send_response(code)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    for k, v in (headers or {}).items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def answer(self, path: str, query: dict[str, list[str]]):
        handler = self.answers.get(path)
        return handler(query) if callable(handler) else handler if handler is not None else {"value": []}

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/"

    def __enter__(self) -> FakeService:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
