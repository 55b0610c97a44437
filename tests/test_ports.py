"""A server whose port is taken says which service, which address and which setting to change."""

import socket

import pytest

from project88.ports import PortInUse, claim_port


def test_a_free_port_is_claimed_and_listening():
    sock = claim_port("127.0.0.1", 0, "collector", "P88_COLLECTOR_PORT")
    try:
        host, port = sock.getsockname()
        with socket.create_connection((host, port), timeout=2):
            pass
    finally:
        sock.close()


def test_a_port_in_use_names_the_service_the_address_and_the_setting():
    holder = claim_port("127.0.0.1", 0, "web", "P88_WEB_PORT")
    port = holder.getsockname()[1]
    try:
        with pytest.raises(PortInUse) as caught:
            claim_port("127.0.0.1", port, "web server", "P88_WEB_PORT")
        message = str(caught.value)
        assert f"127.0.0.1:{port}" in message
        assert "web server" in message and "already in use" in message and "P88_WEB_PORT" in message
    finally:
        holder.close()
