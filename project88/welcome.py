"""What ``p88 up`` prints once every service answers: one block with where to point a browser, how to log in,
and (on a fresh installation) the demo's event, timing session and a display URL to open.

Lines are never wrapped by us, so URLs and the password stay whole for copying; the access log is off by
default (``p88 up --verbose``), so nothing scrolls the block away.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from project88.demo import Demo
    from project88.settings import Settings

WILDCARDS = ("0.0.0.0", "::", "")


@dataclass(frozen=True)
class Addresses:
    """Where the services answer: ``web`` from this machine, ``lan_web`` from others when listening there."""

    web: str
    lan_web: str | None
    collector_port: int
    status: str


def addresses(settings: Settings) -> Addresses:
    """The stack's addresses for ``settings`` (a wildcard web host is also reached on this machine's LAN address)."""
    host = settings.web_host
    web = f"http://127.0.0.1:{settings.web_port}" if _local(host) else f"http://{_url_host(host)}:{settings.web_port}"
    lan = lan_address() if host in WILDCARDS else None
    return Addresses(web=web, lan_web=f"http://{lan}:{settings.web_port}" if lan else None,
                     collector_port=settings.collector_port, status=f"http://127.0.0.1:{settings.status_port}")


def lan_address() -> str | None:
    """This machine's address on its local network: the interface of its default route, else (a finish-line
    network often has no gateway) the first IPv4 address of its other interfaces; None when it has none."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: a UDP "connect" only picks a route, nothing is sent
            address = probe.getsockname()[0]
        except OSError:
            return next(iter(interface_addresses()), None)
    return None if ipaddress.ip_address(address).is_loopback else address


def interface_addresses() -> list[str]:
    """The IPv4 addresses of this machine's interfaces other than loopback (Linux; elsewhere none)."""
    try:
        import fcntl  # not on Windows
    except ImportError:
        return []
    found = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        for _, name in socket.if_nameindex():
            try:  # SIOCGIFADDR: the interface's IPv4 address, asked of the kernel
                packed = fcntl.ioctl(sock.fileno(), 0x8915, name.encode()[:15].ljust(256, b"\0"))
            except OSError:
                continue  # no IPv4 address on this interface
            address = socket.inet_ntoa(packed[20:24])
            if not ipaddress.ip_address(address).is_loopback:
                found.append(address)
    return found


def block(where: Addresses, demo: Demo | None) -> str:
    """The ready block: addresses, the login, and the demo's race, timing session and display."""
    rows = [("web", f"{where.web}/login")]
    if where.lan_web:
        rows.append(("on the LAN", f"{where.lan_web}/login"))
    if demo is None:
        rows.append(("log in", "as a user of `p88 users list` (`p88 users passwd EMAIL` sets a password)"))
    else:
        rows += [
            ("log in", f"{demo.email}   password {demo.password}   (shown only this once)"),
            ("company", f"{demo.partner_name} ({demo.partner_slug})"),
            ("demo race", f"{demo.race_label}: {demo.finishers:,} finishers, archive race {demo.race_id}"),
            ("timing", f"session #{demo.session_id} \"{demo.session_name}\" (ChronoTrack event {demo.event_id})"),
            ("display", f"{where.web}/display/{demo.display_id}"),
            ("", "open it: the race starts when the first screen does, played at "
                 f"{demo.speed:g}x; replay it later with `p88 simulate --race {demo.race_id} --new-event "
                 f"--partner {demo.partner_slug}`"),
        ]
    rows += [("collector", f"ChronoTrack on port {where.collector_port}, status {where.status}/status"),
             ("questions", f"{where.web}/ask, or `p88 ask --tenant SLUG \"...\"`")]
    width = max(len(label) for label, _ in rows)
    rule = "─" * 78
    lines = [rule, "Project88 is ready", *(f"  {label.ljust(width)}  {text}" for label, text in rows),
             "Ctrl-C stops every service.", rule]
    return "\n".join(lines)


def _local(host: str) -> bool:
    """Whether this machine reaches the web server on 127.0.0.1 (a wildcard or loopback listening address)."""
    if host in WILDCARDS or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: use it as given


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
