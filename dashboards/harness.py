"""A real ``p88 serve`` in a child process on a free local port: for the browser tests and the benchmark.

The child is the shipped command (not an in-process imitation), so what the tests and the benchmark measure
is what ``p88 up`` runs; memory is read from the child's /proc entry.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from project88.ports import claim_port


def free_port() -> int:
    sock = claim_port("127.0.0.1", 0, "the test web server", "P88_WEB_PORT")
    port = sock.getsockname()[1]
    sock.close()
    return port


class WebServerProcess:
    """``with WebServerProcess(database_url, home) as web:`` serves on ``web.base`` until the block ends."""

    def __init__(self, database_url: str, home: Path, session_linger_s: float = 0.5,
                 env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = home / "web.log"
        env = {**os.environ, "P88_DATABASE_URL": database_url, "P88_HOME": str(home), **(env or {})}
        home.mkdir(parents=True, exist_ok=True)
        self._log = self.log_path.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "project88", "serve", "--host", "127.0.0.1", "--port", str(self.port),
             "--session-linger", str(session_linger_s)],
            env=env, stdout=self._log, stderr=subprocess.STDOUT,
        )

    def __enter__(self) -> WebServerProcess:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"p88 serve exited: {self.log_path.read_text()[-2000:]}")
            try:
                self.health()
                return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("p88 serve did not answer /health within 60 s")

    def __exit__(self, *exc) -> None:
        self.stop()

    def health(self) -> dict:
        with urllib.request.urlopen(f"{self.base}/health", timeout=5) as response:
            return json.load(response)

    def rss_bytes(self) -> int:
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
        raise RuntimeError("no VmRSS for the server process")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self._log.close()
