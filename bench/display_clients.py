"""Display screens without a browser: many Bokeh websocket clients in one child process, for the fan-out figure.

Each client does what a display page's BokehJS does on the wire and nothing more: GET ``/display/<id>`` (the
server makes the Panel session and puts its token in the page), open ``<page>/ws`` with the subprotocols
``["bokeh", token]``, wait for ``ACK``, ask for the document (``PULL-DOC-REQ``), then read ``PATCH-DOC``
messages. A message is three text frames (header, metadata, content) and, per buffer, a header frame and a
binary frame. Nothing is rendered: a client notes, per runner, when a message first named that runner
(``MARKER`` in the runner's last name), in wall-clock milliseconds.

The clients run in a child process (``ClientPool``) so their work shares no interpreter lock with the
collector and the controller of the benchmark.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import re
import time
import urllib.request

MARKER = re.compile(r"Bench(\d+)Runner")      # the runners' last names: Bench1234Runner


def last_name(bib: str) -> str:
    """The roster last name that lets a client find runner ``bib`` in any layout's HTML."""
    return f"Bench{bib}Runner"


async def _message(ws) -> tuple[dict, str]:
    """One Bokeh protocol message: (header, content text); buffers are read and dropped."""
    header = json.loads(await ws.recv())
    await ws.recv()                                   # metadata
    content = await ws.recv()
    for _ in range(2 * header.get("num_buffers", 0)):
        await ws.recv()
    return header, content


async def _send(ws, msgtype: str, msgid: int) -> None:
    await ws.send(json.dumps({"msgid": str(msgid), "msgtype": msgtype}))
    await ws.send("{}")
    await ws.send("{}")


async def _screen(base: str, path: str, seen: dict[str, float], connected: asyncio.Event) -> None:
    """One screen of ``path`` (``/display/<id>``) until cancelled; fills ``seen``: runner bib → first ms."""
    from websockets.asyncio.client import connect

    page = await asyncio.to_thread(lambda: urllib.request.urlopen(base + path, timeout=60).read().decode())
    token = re.search(r'"token":\s*"([^"]+)"', page).group(1)
    url = "ws" + base.removeprefix("http") + path + "/ws"
    async with connect(url, subprotocols=["bokeh", token], origin=base, max_size=None,
                       open_timeout=60, ping_interval=None) as ws:
        header, _ = await _message(ws)
        assert header["msgtype"] == "ACK", header
        await _send(ws, "PULL-DOC-REQ", 1)
        while (await _message(ws))[0]["msgtype"] != "PULL-DOC-REPLY":
            pass
        connected.set()
        while True:
            header, content = await _message(ws)
            if header["msgtype"] == "PATCH-DOC":
                now = time.time() * 1000
                for bib in MARKER.findall(content):
                    seen.setdefault(bib, now)


async def _run(base: str, paths: list[str], commands, results) -> None:
    seen = [dict() for _ in paths]
    ready = [asyncio.Event() for _ in paths]
    tasks = []
    for i, path in enumerate(paths):     # one after another: a GET's session waits only briefly for its socket
        tasks.append(asyncio.create_task(_screen(base, path, seen[i], ready[i])))
        await asyncio.wait_for(ready[i].wait(), 60)
    results.put("ready")
    await asyncio.to_thread(commands.get)           # "stop"
    failed = [t.exception() for t in tasks if t.done() and not t.cancelled() and t.exception()]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    results.put({"seen": seen, "failed": [repr(e) for e in failed]})


def _child(base: str, paths: list[str], commands, results) -> None:
    try:
        asyncio.run(_run(base, paths, commands, results))
    except Exception as error:  # the parent waits on the queue: tell it rather than leave it hanging
        results.put({"error": repr(error)})


class ClientPool:
    """``with ClientPool(base, paths) as pool:`` — every screen connected on entry; ``pool.stop()`` returns,
    per screen, runner bib → the wall-clock ms a message first named it."""

    def __init__(self, base: str, paths: list[str]) -> None:
        context = multiprocessing.get_context("spawn")
        self._commands, self._results = context.Queue(), context.Queue()
        self._process = context.Process(target=_child, args=(base, paths, self._commands, self._results),
                                         daemon=True)

    def __enter__(self) -> ClientPool:
        self._process.start()
        answer = self._results.get(timeout=600)
        if answer != "ready":
            raise RuntimeError(f"display clients failed to connect: {answer}")
        return self

    def stop(self) -> list[dict[str, float]]:
        self._commands.put("stop")
        answer = self._results.get(timeout=120)
        if "error" in answer or answer["failed"]:
            raise RuntimeError(f"display clients failed: {answer.get('error') or answer['failed'][:3]}")
        return answer["seen"]

    def __exit__(self, *exc) -> None:
        self._process.join(10)
        if self._process.is_alive():
            self._process.kill()
