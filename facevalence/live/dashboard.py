"""The live readout's browser dashboard: a local web page with the valence, similarity and motion
traces, the current registered frame over the prototype template, and frames/s, latency and
dropped frames, updated as each frame is scored.

The server is the standard library's threading HTTP server (one thread per browser connection)
on loopback; scores reach the page as Server-Sent Events, one JSON object per frame, so a page
opened late first gets the history and then every new frame. Nothing here touches the scoring
thread beyond appending to a bounded buffer: a slow or absent browser never slows the readout.
"""

from __future__ import annotations

import json
import math
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import asdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from urllib.parse import parse_qs, urlparse

import numpy as np

from facevalence.io.capture import Frame
from facevalence.live import Score

#: Scores kept for a page that opens late (10 min at 30 frames/s).
HISTORY = 18000


def _json(value) -> str:
    # NaN (no baseline yet, no motion on the first frame) is not JSON: the page gets null
    def clean(v):
        return None if isinstance(v, float) and not math.isfinite(v) else v
    return json.dumps({k: clean(v) for k, v in value.items()})


class Dashboard:
    """A sink for :func:`facevalence.live.run_live` that serves the dashboard at :attr:`url`.

    Parameters
    ----------
    info : dict
        Shown in the page's header: the prototype and registration keys, the trigger rules, the source.
    render : callable, optional
        Turns the current gray frame into JPEG bytes (registered, with its overlay); called only when
        a page asks for the frame (about 4 times a second per open page), never on the scoring thread.
    host, port : str, int
        Where to listen; port 0 picks a free one.
    """

    def __init__(self, info: dict, render: Callable[[np.ndarray], bytes] | None = None, host: str = "127.0.0.1",
                 port: int = 8765):
        self.info, self.render = info, render
        self.gray: np.ndarray | None = None
        self.scores: deque[dict] = deque(maxlen=HISTORY)
        self.published = 0  # scores ever published (the index of the next one)
        self.done = False
        self._cond = threading.Condition()
        try:
            self.server = ThreadingHTTPServer((host, port), _handler(self))
        except OSError as err:
            raise OSError(f"dashboard: cannot listen on {host}:{port} ({err.strerror}); choose another --port") from None
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, name="facevalence-dashboard", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/"

    def frame(self, frame: Frame) -> None:
        """Keep the frame being scored (a tap of :func:`facevalence.live.run_live`)."""
        self.gray = frame.gray

    def __call__(self, score: Score) -> None:
        with self._cond:
            self.scores.append(asdict(score))
            self.published += 1
            self._cond.notify_all()

    def finish(self) -> None:
        """The source has ended: open pages show it and stop listening (the server keeps serving)."""
        with self._cond:
            self.done = True
            self._cond.notify_all()

    def close(self) -> None:
        self.finish()
        self.server.shutdown()
        self.server.server_close()

    def since(self, first: int, timeout: float) -> tuple[list[dict], int, bool]:
        """Scores from number ``first`` on (waiting up to ``timeout`` s for one; the oldest kept when
        ``first`` is older), the number of the first returned, and whether the source has ended."""
        with self._cond:
            if self.published <= first and not self.done:
                self._cond.wait(timeout)
            count = min(self.published - first, len(self.scores))
            # from the newest end: a deque is indexed in O(1) near its ends, and few scores are new
            return [self.scores[-k] for k in range(count, 0, -1)], self.published - max(count, 0), self.done


def _handler(board: Dashboard) -> type[BaseHTTPRequestHandler]:
    page = files("facevalence.live").joinpath("dashboard.html").read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # the terminal shows the readout, not every request
            pass

        def _send(self, body: bytes, kind: str, status: int = 200) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
            url = urlparse(self.path)
            if url.path == "/":
                self._send(page, "text/html; charset=utf-8")
            elif url.path == "/info.json":
                self._send(json.dumps(board.info, default=str).encode(), "application/json")
            elif url.path == "/frame.jpg" and board.render is not None:
                # before the first frame: a black one (the registration's view of nothing yet)
                gray = board.gray if board.gray is not None else np.zeros((64, 64), np.uint8)
                self._send(board.render(gray), "image/jpeg")
            elif url.path in ("/favicon.ico", "/frame.jpg"):
                self._send(b"", "image/x-icon", 204)
            elif url.path == "/events":  # a reconnecting page says where it was (Last-Event-ID)
                self._events(int(self.headers.get("Last-Event-ID") or parse_qs(url.query).get("from", ["0"])[0]))
            else:
                self._send(b"not found", "text/plain", 404)

        def _events(self, first: int) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            try:
                while True:
                    new, start, done = board.since(first, timeout=1.0)
                    first = start + len(new)
                    if new:
                        lines = "".join(f"id: {start + k + 1}\ndata: {_json(s)}\n\n" for k, s in enumerate(new))
                    else:
                        lines = "event: end\ndata: {}\n\n" if done else ": idle\n\n"
                    self.wfile.write(lines.encode())
                    self.wfile.flush()
                    if done and not new:
                        return
            except (BrokenPipeError, ConnectionResetError):  # the page was closed
                return

    return Handler
