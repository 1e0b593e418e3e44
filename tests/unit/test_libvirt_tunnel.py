"""The libvirt tunnel's parts that need no SSH server: the byte pump (over real
sockets and a real echo server) and the choice of the helper run on the host."""

from __future__ import annotations

import hashlib
import os
import socket
import struct
import threading
import time
from collections.abc import Iterator

import pytest

from backends.hypervisors.libvirt_tunnel import SYSTEM_SOCKET, choose_helper, pump


@pytest.fixture
def echo_server() -> Iterator[tuple[str, int]]:
    """A TCP echo server on loopback that half-closes after its input ends."""
    server = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve(conn: socket.socket) -> None:
        with conn:
            while data := conn.recv(65536):
                conn.sendall(data)
            conn.shutdown(socket.SHUT_WR)

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                return
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    yield server.getsockname()[:2]
    stop.set()
    server.close()


def _run_pump(a: socket.socket, b: socket.socket) -> tuple[threading.Thread, list[bool]]:
    result: list[bool] = []
    thread = threading.Thread(target=lambda: result.append(pump(a, b, "test")), daemon=True)
    thread.start()
    return thread, result


def test_pump_carries_bytes_both_ways_and_passes_on_the_end(
    echo_server: tuple[str, int],
) -> None:
    left, right = socket.socketpair()
    far = socket.create_connection(echo_server)
    thread, result = _run_pump(right, far)
    payload = os.urandom(16 << 20)
    got = bytearray()

    def send() -> None:
        left.sendall(payload)
        left.shutdown(socket.SHUT_WR)  # libvirt hangs up: the end travels through

    sender = threading.Thread(target=send, daemon=True)
    t0 = time.monotonic()
    sender.start()
    while data := left.recv(1 << 20):  # the echo's end-of-file arrives after all bytes
        got += data
    elapsed = time.monotonic() - t0
    sender.join(10)
    thread.join(10)
    assert not thread.is_alive()
    assert hashlib.sha256(got).digest() == hashlib.sha256(payload).digest()
    assert result == [False], "the local side ended first"
    assert right.fileno() == -1 and far.fileno() == -1, "both ends are closed"
    left.close()
    print(f"\npump round trip: {2 * len(payload) / elapsed / 2**20:.0f} MiB/s")


def test_pump_reports_the_far_side_hanging_up_first() -> None:
    left, right = socket.socketpair()
    far_here, far_there = socket.socketpair()
    thread, result = _run_pump(right, far_here)
    far_there.sendall(b"bye")
    far_there.close()  # the helper on the host ended by itself
    assert left.recv(10) == b"bye"
    assert left.recv(10) == b""
    left.close()
    thread.join(10)
    assert not thread.is_alive() and result == [True]


def test_pump_stops_both_ways_when_one_side_breaks() -> None:
    left, right = socket.socketpair()
    far = socket.create_server(("127.0.0.1", 0))
    near = socket.create_connection(far.getsockname()[:2])
    peer, _ = far.accept()
    thread, _result = _run_pump(right, near)
    # a reset (not an orderly end) on the far side while the local side still sends
    peer.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    peer.close()
    deadline = time.monotonic() + 10
    with pytest.raises(OSError):
        while time.monotonic() < deadline:
            left.sendall(b"x" * 65536)
            time.sleep(0.01)
    thread.join(10)
    assert not thread.is_alive()
    assert right.fileno() == -1 and near.fileno() == -1
    left.close()
    far.close()


def test_virt_ssh_helper_is_preferred_and_gets_the_uri_path() -> None:
    probe = "virt-ssh-helper\t/usr/bin/virt-ssh-helper\nsocat\t/usr/bin/socat\nnc\t/bin/nc\t-q0\n"
    helper = choose_helper(probe, "/system")
    assert helper is not None and helper.name == "virt-ssh-helper"
    assert helper.argv == ("/usr/bin/virt-ssh-helper", "qemu:///system")
    session = choose_helper(probe, "/session")
    assert session is not None and session.argv[-1] == "qemu:///session"


def test_older_hosts_use_socat_then_nc_on_the_daemon_socket() -> None:
    socat = choose_helper("socat\t/usr/bin/socat\nnc\t/usr/bin/nc\n", "/system")
    assert socat is not None
    assert socat.argv == ("/usr/bin/socat", "-", f"UNIX-CONNECT:{SYSTEM_SOCKET}")
    nc = choose_helper("nc\t/bin/nc\t-q0\n", "/system")
    assert nc is not None and nc.argv == ("/bin/nc", "-q0", "-U", SYSTEM_SOCKET)
    ncat = choose_helper("nc\t/usr/bin/nc\n", "/system")  # nmap-ncat (RHEL 7): no -q
    assert ncat is not None and ncat.argv == ("/usr/bin/nc", "-U", SYSTEM_SOCKET)


def test_no_helper_or_a_session_without_virt_ssh_helper_has_none() -> None:
    assert choose_helper("", "/system") is None
    assert choose_helper("sh: command not found\n", "/system") is None
    assert choose_helper("socat\t/usr/bin/socat\n", "/session") is None


def test_the_remote_command_is_quoted() -> None:
    helper = choose_helper("socat\t/opt/my tools/socat\n", "/system")
    assert helper is not None and helper.command().startswith("'/opt/my tools/socat' - ")
    probe = "virt-ssh-helper\t/opt/odd'dir/virt-ssh-helper\n"
    odd = choose_helper(probe, "/system")
    assert odd is not None
    assert odd.command() == "'/opt/odd'\"'\"'dir/virt-ssh-helper' qemu:///system"
