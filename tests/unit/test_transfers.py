"""Transfer engine behaviour on local files and a loopback HTTPS server (real TLS)."""

from __future__ import annotations

import datetime as dt
import hashlib
import http.server
import json
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from backends.cancel import CancelToken
from backends.errors import Cancelled, UserError
from backends.transfers.download import download
from backends.transfers.partfile import part_paths
from backends.transfers.queue import TransferQueue
from backends.transfers.sources import HttpsSource, LocalSource, SourceChanged
from backends.trust import tls


class Throttled(LocalSource):
    """A local file read slowly, like a remote one, so a test can act mid-transfer."""

    def chunks(self, offset: int, cancel: CancelToken, end: int | None = None) -> Iterator[bytes]:
        for c in super().chunks(offset, cancel, end):
            for i in range(0, len(c), 262144):
                if cancel.wait(0.01):
                    cancel.check()
                yield c[i : i + 262144]


def _blob(path: Path, size: int, seed: int = 1) -> str:
    data = hashlib.sha256(str(seed).encode()).digest() * (size // 32 + 1)
    path.write_bytes(data[:size])
    return hashlib.sha256(data[:size]).hexdigest()


def test_local_download_verifies_and_renames(tmp_path: Path) -> None:
    digest = _blob(tmp_path / "src", 3_000_000)
    res = download(LocalSource(tmp_path / "src"), tmp_path / "out" / "copy")
    assert res.sha256 == digest and res.size == 3_000_000 and res.resumed_from == 0
    part, meta = part_paths(tmp_path / "out" / "copy")
    assert not part.exists() and not meta.exists()


def test_resume_from_a_partial_file(tmp_path: Path) -> None:
    digest = _blob(tmp_path / "src", 5_000_000)
    src = Throttled(tmp_path / "src")
    dest = tmp_path / "copy"
    token = CancelToken()
    seen = []

    def stop_midway(done: int, total: int, text: str) -> None:
        seen.append(done)
        if done >= 2_000_000:
            token.cancel()

    with pytest.raises(Cancelled):
        download(src, dest, progress=stop_midway, cancel=token)
    part, _ = part_paths(dest)
    kept = part.stat().st_size
    assert 0 < kept < 5_000_000
    res = download(src, dest)
    assert res.resumed_from == kept and res.sha256 == digest


def test_a_changed_source_is_never_mixed(tmp_path: Path) -> None:
    _blob(tmp_path / "src", 4_000_000)
    src = Throttled(tmp_path / "src")
    dest = tmp_path / "copy"
    token = CancelToken()
    with pytest.raises(Cancelled):
        download(
            src,
            dest,
            cancel=token,
            progress=lambda d, t, x: token.cancel() if d > 1_000_000 else None,
        )
    _blob(tmp_path / "src", 4_500_000, seed=2)  # the vmcore grew meanwhile
    with pytest.raises(SourceChanged, match="changed"):
        download(src, dest)
    assert part_paths(dest)[0].exists(), "the partial file is kept for the user to decide"


def test_never_overwrites_without_being_asked(tmp_path: Path) -> None:
    _blob(tmp_path / "src", 1000)
    (tmp_path / "copy").write_text("precious")
    with pytest.raises(UserError, match="already exists"):
        download(LocalSource(tmp_path / "src"), tmp_path / "copy")
    assert (tmp_path / "copy").read_text() == "precious"
    download(LocalSource(tmp_path / "src"), tmp_path / "copy", overwrite=True)


def test_queue_survives_a_restart_and_resumes(tmp_path: Path) -> None:
    digest = _blob(tmp_path / "src", 8_000_000)
    db = tmp_path / "q.sqlite3"
    gate = threading.Event()

    class SlowLocal(LocalSource):
        def chunks(
            self, offset: int, cancel: CancelToken, end: int | None = None
        ) -> Iterator[bytes]:
            for i, c in enumerate(super().chunks(offset, cancel, end)):
                if i == 2:
                    gate.set()
                    cancel.wait(30)
                    cancel.check()
                yield c

    q1 = TransferQueue(lambda job: SlowLocal(Path(job.source)), db_path=db)
    job = q1.add(str(tmp_path / "src"), tmp_path / "dst" / "copy")
    assert gate.wait(10)
    q1.close()  # like quitting the application mid-transfer
    part, _ = part_paths(tmp_path / "dst" / "copy")
    assert part.exists() and part.stat().st_size > 0

    events = []
    q2 = TransferQueue(lambda job: LocalSource(Path(job.source)), db_path=db)
    q2.subscribe(lambda j: events.append(j.state))
    q2.pump()
    assert q2.wait(30)
    done = q2.get(job.id)
    assert done.state == "done" and done.sha256 == digest
    assert "running" in events
    assert any("queued" in line for line in done.log)
    q2.close()


def test_queue_pause_resume_cancel(tmp_path: Path) -> None:
    _blob(tmp_path / "src", 2_000_000)
    started = threading.Event()

    class Slow(LocalSource):
        def chunks(
            self, offset: int, cancel: CancelToken, end: int | None = None
        ) -> Iterator[bytes]:
            for c in super().chunks(offset, cancel, end):
                started.set()
                if cancel.wait(0.05):
                    cancel.check()
                yield c[:65536]
                yield c[65536:]

    q = TransferQueue(lambda job: Slow(Path(job.source)), db_path=tmp_path / "q.sqlite3")
    job = q.add(str(tmp_path / "src"), tmp_path / "copy")
    assert started.wait(10)
    q.pause(job.id)
    assert q.wait(5)
    assert q.get(job.id).state == "paused"
    q.resume(job.id)
    assert q.wait(60)
    assert q.get(job.id).state == "done"
    with pytest.raises(UserError, match="no transfer number"):
        q.get(999)
    q.close()


# -- HTTPS with a pinned, self-signed certificate (a real TLS server on loopback) -----


def _self_signed(tmp: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "hangdump-test")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .sign(key, hashes.SHA256())
    )
    crt, pem_key = tmp / "cert.pem", tmp / "key.pem"
    crt.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    pem_key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return crt, pem_key


@pytest.fixture
def https_server(tmp_path: Path) -> Iterator[tuple[str, int, Path, Path]]:
    root = tmp_path / "www"
    root.mkdir()
    crt, key = _self_signed(tmp_path)

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **kw):  # type: ignore[no-untyped-def]
            super().__init__(*a, directory=str(root), **kw)

        def log_message(self, *args: object) -> None:
            pass

        def send_head(self):  # type: ignore[no-untyped-def]
            # Range support, as vSphere's /folder and Go's file server have.
            rng = self.headers.get("Range")
            if self.headers.get("Cookie") != "vmware_soap_session=abc":
                self.send_error(401)
                return None
            if not rng:
                return super().send_head()
            path = Path(self.translate_path(self.path))
            first, _, last = rng.split("=")[1].partition("-")
            size = path.stat().st_size
            start, stop = int(first), (int(last) + 1 if last else size)
            fh = open(path, "rb")  # noqa: SIM115
            fh.seek(start)
            data = fh.read(stop - start)
            fh.close()
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{stop - 1}/{size}")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            import io

            return io.BytesIO(data)

    class Server(http.server.ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:
            pass  # clients that cancel close mid-response: expected here, not news

    srv = Server(("127.0.0.1", 0), Handler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(crt, key)
    srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield "127.0.0.1", srv.server_address[1], root, crt
    srv.shutdown()


def test_https_unknown_certificate_is_refused_with_its_fingerprint(
    https_server: tuple[str, int, Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    host, port, _root, crt = https_server
    monkeypatch.setenv("HANGDUMP_DATA_DIR", str(tmp_path / "data"))
    with pytest.raises(tls.UnknownCertificate) as err:
        tls.check(host, port)
    expected = hashlib.sha256(ssl.PEM_cert_to_DER_cert(crt.read_text())).hexdigest()
    assert err.value.cert.sha256 == expected
    assert err.value.cert.sha256_colons in err.value.message
    tls.pin(err.value.cert)
    assert tls.check(host, port) is not None  # pinned now: exactly this certificate


def test_https_changed_certificate_is_a_hard_stop(
    https_server: tuple[str, int, Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    host, port, _root, _crt = https_server
    monkeypatch.setenv("HANGDUMP_DATA_DIR", str(tmp_path / "data"))
    other, _ = _self_signed(tmp_path / "o" if (tmp_path / "o").mkdir() is None else tmp_path)
    tls.pin(tls.ServerCert(host, port, other.read_text()))
    with pytest.raises(tls.ChangedCertificate, match="CHANGED"):
        tls.check(host, port)


def test_https_range_resume_with_pinned_certificate(
    https_server: tuple[str, int, Path, Path], tmp_path: Path
) -> None:
    host, port, root, crt = https_server
    digest = _blob(root / "vm-1.vmem", 96 << 20)  # large enough for two parallel ranges
    pinned = tls.ServerCert(host, port, crt.read_text())
    url = f"https://{host}:{port}/vm-1.vmem"
    src = HttpsSource(url, {"Cookie": "vmware_soap_session=abc"}, pinned)
    dest = tmp_path / "vm-1.vmem"
    token = CancelToken()
    with pytest.raises(Cancelled):
        download(
            src,
            dest,
            cancel=token,
            progress=lambda d, t, x: token.cancel() if d > 1_000_000 else None,
        )
    # The cut download was planned as two ranges; the resume reopens each range
    # still unfinished (under load one range may have finished before the cancel).
    spans = json.loads((tmp_path / "vm-1.vmem.part.json").read_text())["spans"]
    assert len(spans) == 2
    unfinished = sum(1 for start, end, done in spans if done < end)
    assert unfinished >= 1
    res = download(src, dest)
    assert res.resumed_from > 0 and res.sha256 == digest and res.streams == unfinished
    bad = HttpsSource(url, {}, pinned)
    with pytest.raises(UserError, match="refused access"):
        download(bad, tmp_path / "other")
    assert json.dumps(res.to_json())


def test_run_to_end_blocks_until_verified_and_reports_progress(tmp_path: Path) -> None:
    digest = _blob(tmp_path / "src", 3_000_000)
    q = TransferQueue(lambda job: Throttled(Path(job.source)), db_path=tmp_path / "q.sqlite3")
    seen: list[int] = []
    job = q.run_to_end(
        str(tmp_path / "src"),
        tmp_path / "out" / "copy",
        "",
        lambda d, t, x: seen.append(d),
        CancelToken(),
    )
    assert job.state == "done" and job.sha256 == digest
    assert seen and max(seen) <= 3_000_000
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        q.run_to_end(
            str(tmp_path / "src"), tmp_path / "out" / "again", "", lambda d, t, x: None, token
        )
    q.close()


def test_sftp_stat_survives_a_session_cut_while_idle() -> None:
    """The final size check runs on a session that may have been cut meanwhile."""
    from backends.transfers.sources import SftpSource

    class Attrs:
        st_size, st_mtime = 42, 7.0

    class Sftp:
        def __init__(self, broken: bool) -> None:
            self.broken = broken

        def stat(self, path: str) -> Attrs:
            if self.broken:
                raise EOFError("session cut")
            return Attrs()

        def close(self) -> None:
            pass

    opened: list[bool] = []

    class Client:
        def open_sftp(self) -> Sftp:
            opened.append(True)
            return Sftp(broken=len(opened) == 1)

        def close(self) -> None:
            pass

    source = SftpSource(Client, "/var/crash/x/vmcore", "test")
    assert source.stat().size == 42 and len(opened) == 2
    gone = SftpSource(Client, "/nope", "test")

    class Missing(Sftp):
        def stat(self, path: str) -> Attrs:
            raise FileNotFoundError(path)

    Client.open_sftp = lambda self: Missing(False)  # type: ignore[method-assign]
    with pytest.raises(UserError, match="does not exist"):
        gone.stat()
