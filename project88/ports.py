"""Listening sockets for the servers: one clear message when a port is taken, the same for every service."""

from __future__ import annotations

import errno
import socket

from project88.errors import P88Error


# every --port option: typer refuses anything else with one usage line (a socket would raise OverflowError)
PORT_BOUNDS = {"min": 1, "max": 65535}


class PortInUse(P88Error):
    """Another process already listens where a p88 service wants to (exit 1)."""


def claim_port(host: str, port: int, service: str, setting: str) -> socket.socket:
    """Bind and listen on (host, port) and return the socket, or name the service and the setting to change.

    Servers take the returned socket (asyncio ``start_server(sock=...)``, tornado ``add_sockets``) so the
    check and the bind are one step: no window in which another process can take the port in between.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError as error:
        sock.close()
        if error.errno == errno.EADDRINUSE:
            raise PortInUse(
                f"{service} cannot listen on {host}:{port}: the port is already in use "
                f"(another p88 or another program); stop it or set {setting}"
            ) from None
        raise P88Error(f"{service} cannot listen on {host}:{port}: {error.strerror}") from None
    sock.setblocking(False)
    return sock
