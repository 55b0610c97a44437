"""``p88 serve``: the web server (login, builder, displays, JSON APIs) until Ctrl-C."""

from __future__ import annotations

import logging

import typer

from project88.ports import PORT_BOUNDS


def serve_command(
    port: int | None = typer.Option(None, **PORT_BOUNDS, help="Port to listen on (default: P88_WEB_PORT, 5006)."),
    host: str | None = typer.Option(None, help="Address to listen on (default: P88_WEB_HOST, 127.0.0.1)."),
    session_linger: float = typer.Option(
        15.0, min=0.5, help="Seconds a closed page's session is kept for a reconnect before it is freed."),
    verbose: bool = typer.Option(False, "--verbose", help="Also log every request and page session (access log)."),
) -> None:
    """Serve /login, /builder, /display/<id> and the JSON APIs on one port."""
    from dashboards import offline

    offline.before_panel_import()
    from dashboards.server import serve

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    if not verbose:  # one line per static file and websocket would bury what matters (and p88 up's welcome)
        for chatty in ("tornado.access", "bokeh", "panel"):
            logging.getLogger(chatty).setLevel(logging.WARNING)
    serve(port, host, unused_session_ms=int(session_linger * 1000))
