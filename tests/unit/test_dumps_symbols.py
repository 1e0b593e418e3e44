"""Symbol store (vmlinux files, .deb/.ddeb/.rpm packages) and the debuginfod client.

The HTTP server here is a loopback IMITATION of debuginfod's one GET route; the
real debuginfod is exercised in tests/lab/test_identify_lab.py.
"""

from __future__ import annotations

import http.server
import io
import lzma
import struct
import tarfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from backends.cancel import CancelToken
from backends.dumps import elf, identify
from backends.dumps.debuginfod import DebuginfodClient
from backends.dumps.symbols import SymbolStore
from backends.errors import Cancelled, UserError
from tests import dumpgen

RELEASE = "6.1.0-57-cloud-amd64"


def vmlinux(build_id: str, release: str = RELEASE, size: int = 256 << 10) -> bytes:
    """An ELF64 executable with a GNU build-id PT_NOTE and a linux_banner in its data."""
    note = dumpgen.note(b"GNU", 3, bytes.fromhex(build_id))
    data = bytearray(size)
    dumpgen.put(data, 0x1000, b"Linux version %s\0" + dumpgen.Kernel(release=release).banner())
    hdr = bytearray(b"\x7fELF\x02\x01\x01" + b"\0" * 9)
    hdr += struct.pack("<HHIQQQIHHHHHH", 2, 62, 1, 0, 64, 0, 0, 64, 56, 2, 64, 0, 0)
    note_at = 64 + 2 * 56
    data_at = note_at + len(note)
    hdr += struct.pack("<IIQQQQQQ", 4, 4, note_at, 0, 0, len(note), len(note), 4)
    hdr += struct.pack("<IIQQQQQQ", 1, 5, data_at, 0, 0, size, size, 4096)
    return bytes(hdr + note + data)


def deb(members: dict[str, bytes]) -> bytes:
    tar_buf = io.BytesIO()
    with tarfile.open(fileobj=tar_buf, mode="w") as tar:
        for name, content in members.items():
            ti = tarfile.TarInfo(name)
            ti.size = len(content)
            tar.addfile(ti, io.BytesIO(content))
    parts = [
        ("debian-binary", b"2.0\n"),
        ("control.tar.xz", lzma.compress(b"")),
        ("data.tar.xz", lzma.compress(tar_buf.getvalue())),
    ]
    out = b"!<arch>\n"
    for name, content in parts:
        out += f"{name:<16}{0:<12}{0:<6}{0:<6}{'100644':<8}{len(content):<10}`\n".encode()
        out += content + (b"\n" if len(content) % 2 else b"")
    return out


def rpm(members: dict[str, bytes]) -> bytes:
    cpio = b""
    for name, content in [*members.items(), ("TRAILER!!!", b"")]:
        n = name.encode() + b"\0"
        mode = 0o100644 if content or name != "TRAILER!!!" else 0
        fields = [1, mode, 0, 0, 1, 0, len(content), 0, 0, 0, 0, len(n), 0]
        head = b"070701" + b"".join(f"{f:08x}".encode() for f in fields)
        cpio += head + n + b"\0" * (-(110 + len(n)) % 4) + content + b"\0" * (-len(content) % 4)
    lead = b"\xed\xab\xee\xdb" + bytes(92)
    empty_header = b"\x8e\xad\xe8\x01" + bytes(4) + struct.pack(">II", 0, 0)
    return lead + empty_header + empty_header + lzma.compress(cpio)


def test_store_accepts_vmlinux_deb_ddeb_rpm(tmp_path: Path) -> None:
    store = SymbolStore(tmp_path / "store")
    ids = ["aa" * 20, "bb" * 20, "cc" * 20, "dd" * 20]
    (tmp_path / "vmlinux").write_bytes(vmlinux(ids[0]))
    member = f"./usr/lib/debug/boot/vmlinux-{RELEASE}"
    (tmp_path / "k.deb").write_bytes(deb({member: vmlinux(ids[1]), "./usr/share/x": b"x"}))
    (tmp_path / "k.ddeb").write_bytes(deb({member: vmlinux(ids[2], "5.15.0-43-generic")}))
    rel = "5.14.0-503.22.1.el9_5.x86_64"
    (tmp_path / "k.rpm").write_bytes(
        rpm({f"./usr/lib/debug/lib/modules/{rel}/vmlinux": vmlinux(ids[3], rel)})
    )
    for name in ("vmlinux", "k.deb", "k.ddeb", "k.rpm"):
        assert len(store.add(tmp_path / name)) == 1
    got = {e.build_id: e.release for e in store.entries()}
    assert got == {ids[0]: RELEASE, ids[1]: RELEASE, ids[2]: "5.15.0-43-generic", ids[3]: rel}
    e = store.find(build_id=ids[3])
    assert e is not None and elf.build_id_of(Path(e.path)) == ids[3]
    assert store.find(release="5.15.0-43-generic") is not None
    # a swapped file is not trusted
    Path(e.path).write_bytes(vmlinux("ee" * 20, rel))
    assert store.find(build_id=ids[3]) is None


def test_store_rejects_non_elf_and_empty_package(tmp_path: Path) -> None:
    store = SymbolStore(tmp_path / "s")
    (tmp_path / "vmlinuz").write_bytes(b"MZ" + bytes(100))
    with pytest.raises(UserError, match="build-id"):
        store.add(tmp_path / "vmlinuz")
    (tmp_path / "empty.deb").write_bytes(deb({"./usr/share/doc/x": b"x"}))
    with pytest.raises(UserError, match="no debug vmlinux"):
        store.add(tmp_path / "empty.deb")


def test_identify_points_at_local_vmlinux(tmp_path: Path) -> None:
    k = dumpgen.Kernel()
    store = SymbolStore(tmp_path / "store")
    (tmp_path / "vmlinux").write_bytes(vmlinux(k.build_id))
    store.add(tmp_path / "vmlinux")
    (tmp_path / "d.kdump").write_bytes(dumpgen.kdump_file(k))
    info = identify(tmp_path / "d.kdump", store=tmp_path / "store")
    assert info.local_vmlinux is not None and k.build_id in info.local_vmlinux


class _Handler(http.server.BaseHTTPRequestHandler):
    files: ClassVar[dict[str, bytes]] = {}

    def do_GET(self) -> None:
        body = self.files.get(self.path)
        if body is None:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, dict[str, bytes]]]:
    files: ClassVar[dict[str, bytes]] = {}
    handler = type("H", (_Handler,), {"files": files})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", files
    finally:
        httpd.shutdown()
        httpd.server_close()
        t.join()


def test_debuginfod_fetch_verify_cache(
    tmp_path: Path, server: tuple[str, dict[str, bytes]]
) -> None:
    url, files = server
    good, bad = "12" * 20, "34" * 20
    files[f"/buildid/{good}/debuginfo"] = vmlinux(good)
    files[f"/buildid/{bad}/debuginfo"] = vmlinux("56" * 20)  # the server lies
    client = DebuginfodClient([url + "/missing-prefix", url], cache=tmp_path / "c")
    seen: list[int] = []
    path = client.fetch(good, lambda d, t, s: seen.append(d))
    assert elf.build_id_of(path) == good and seen[-1] == len(files[f"/buildid/{good}/debuginfo"])
    del files[f"/buildid/{good}/debuginfo"]
    assert client.fetch(good) == path  # served from the cache
    with pytest.raises(UserError, match="build-id 5656") as exc:
        client.fetch(bad)
    assert "HTTP 404" in exc.value.message
    assert not list((tmp_path / "c").glob(f"{bad}/*"))
    with pytest.raises(UserError, match="No debuginfod server is configured"):
        DebuginfodClient([], cache=tmp_path / "c2").fetch(good)
    with pytest.raises(UserError, match="not a build-id"):
        client.fetch("xyz")
    token = CancelToken()
    token.cancel()
    files[f"/buildid/{'78' * 20}/debuginfo"] = vmlinux("78" * 20)
    with pytest.raises(Cancelled):
        client.fetch("78" * 20, cancel=token)
