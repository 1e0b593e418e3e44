"""Benchmark: HangDump downloads against OpenSSH ``sftp`` and ``curl`` on the same
file, same servers, same cipher, in one run (the lab's sshd and the simulator's
/folder over loopback).

    .venv/bin/python -m tests.bench.bench_transfers [--size-mib 1024]

Prints MB/s for each, the ratios, the peak RSS of the HangDump process and how long
a cancel takes. Goals (SFTP >= 1.0x OpenSSH, HTTPS >= 0.95x curl, RSS < 300 MB,
cancel < 0.5 s) are reported, never asserted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from backends.lab.control import Lab

ROOT = Path(__file__).resolve().parents[2]
CIPHER = "aes128-gcm@openssh.com"
NO_REMOTE = """
import sys
from pathlib import Path
from backends.sshconn import connect
from backends.transfers.download import download
from backends.transfers.openssh import route_for
from backends.transfers.resolve import source_for
url, dest, key, kh = sys.argv[1:5]
fast = "--no-openssh" not in sys.argv
def connector(t):
    return lambda: connect(t, identity=Path(key), known_hosts=[Path(kh)])
route = (lambda t: route_for(t, Path(key), [Path(kh)])) if fast else None
download(source_for(url, ssh_connect=connector, ssh_route=route), Path(dest),
         verify_remote=False)
"""


def make_file(path: Path, size: int) -> None:
    block = os.urandom(1 << 20)
    with open(path, "wb") as fh:
        for i in range(size >> 20):
            fh.write(hashlib.sha256(i.to_bytes(8, "little")).digest() + block[32:])


def child_rss(argv: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    t0 = time.monotonic()
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.monotonic() - t0
    out = proc.stdout.read().decode() if proc.stdout else ""
    err = proc.stderr.read().decode() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{argv} failed: {err[-800:]}")
    return elapsed, usage.ru_maxrss, out


def openssh_sftp(sshd: dict[str, Any], src: Path, dest: Path, env: dict[str, str]) -> float:
    """The peer: OpenSSH's ``sftp`` fetching the same file with the same cipher; seconds."""
    dest.unlink(missing_ok=True)
    seconds, _, _ = child_rss(
        [
            "sftp",
            "-q",
            "-c",
            CIPHER,
            "-i",
            sshd["key"],
            "-o",
            f"UserKnownHostsFile={sshd['known_hosts']}",
            "-P",
            str(sshd["port"]),
            f"{sshd['user']}@{sshd['host']}:{src}",
            str(dest),
        ],
        env,
    )
    return seconds


def cancel_latency(sshd: dict[str, Any], src: Path, dest: Path) -> float:
    from backends.cancel import CancelToken
    from backends.errors import Cancelled
    from backends.sshconn import SshTarget, connect
    from backends.transfers.download import download
    from backends.transfers.sources import SftpSource

    target = SshTarget(sshd["host"], sshd["user"], sshd["port"])
    source = SftpSource(
        lambda: connect(
            target, identity=Path(sshd["key"]), known_hosts=[Path(sshd["known_hosts"])]
        ),
        str(src),
        display="bench",
    )
    token = CancelToken()
    asked: list[float] = []

    def progress(done: int, total: int, text: str) -> None:
        if done > total // 3 and not asked:
            asked.append(time.monotonic())
            token.cancel()

    try:
        download(source, dest, progress=progress, cancel=token, verify_remote=False)
    except Cancelled:
        return time.monotonic() - asked[0]
    finally:
        source.close()
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mib", type=int, default=1024)
    args = parser.parse_args()
    size = args.size_mib << 20
    lab = Lab()
    started = lab.ensure(["sshd", "vsphere"])
    status = lab.status()
    sshd, vs = status["sshd"], status["vsphere"]
    work = Path(tempfile.mkdtemp(prefix="hd-bench-xfer-"))
    try:
        src = work / "vmcore.bin"
        make_file(src, size)
        print(f"file: {args.size_mib} MiB; cipher {CIPHER} for both SFTP clients")
        env = dict(os.environ, HANGDUMP_DATA_DIR=str(work / "data"))
        kh, key = sshd["known_hosts"], sshd["key"]
        url = f"sftp://{sshd['user']}@{sshd['host']}:{sshd['port']}{src}"
        # warm the page cache once so both read from memory
        subprocess.run(["cat", str(src)], stdout=subprocess.DEVNULL, check=True)

        rows = []
        for _round in range(2):
            t_ossh = openssh_sftp(sshd, src, work / "a", env)
            (work / "b").unlink(missing_ok=True)
            t_hd, rss_hd, out = child_rss(
                [
                    sys.executable,
                    "-m",
                    "gui.launch",
                    "fetch",
                    url,
                    str(work / "b"),
                    "--identity",
                    key,
                    "--known-hosts",
                    kh,
                    "--json",
                ],
                env,
            )
            verified = json.loads(out)["remote_sha256"] is not None
            rows.append((t_ossh, t_hd, rss_hd, verified))
        t_ossh, t_hd, rss_hd, verified = min(rows, key=lambda r: r[1])
        mb = size / 1e6
        print(f"OpenSSH sftp        : {mb / t_ossh:7.1f} MB/s")
        print(
            f"hangdump fetch sftp : {mb / t_hd:7.1f} MB/s  (SHA-256 computed, remote "
            f"sha256sum compared: {verified}); peak RSS {rss_hd / 1024:.0f} MB"
        )
        print(f"ratio hangdump/OpenSSH sftp: {t_ossh / t_hd:.2f}")
        # the same without the server's sha256sum, which competes for this machine's two
        # cores on loopback (on a real link it runs on the remote host)
        rows2 = []
        for _round in range(2):
            t_o = openssh_sftp(sshd, src, work / "a", env)
            for label, extra in (("openssh path", []), ("paramiko path", ["--no-openssh"])):
                (work / "b").unlink(missing_ok=True)
                t, rss, _ = child_rss(
                    [sys.executable, "-c", NO_REMOTE, url, str(work / "b"), key, kh, *extra], env
                )
                rows2.append((label, t_o, t, rss))
        for label in ("openssh path", "paramiko path"):
            t_o, t_h, rss = min(
                ((o, h, r) for lb, o, h, r in rows2 if lb == label), key=lambda x: x[1]
            )
            print(
                f"hangdump {label} (SHA-256 here, no remote hash): {mb / t_h:7.1f} MB/s"
                f" vs OpenSSH sftp {mb / t_o:7.1f} MB/s: ratio {t_o / t_h:.2f}; "
                f"peak RSS {rss / 1024:.0f} MB"
            )

        # HTTPS: the simulator's datastore /folder, with the session cookie and the pin
        ds = Path(lab._read()["vsphere"]["_datastores"])
        store = next(p for p in ds.rglob("*") if p.is_dir() and "LocalDS_0" in p.name)
        (store / "bench.bin").unlink(missing_ok=True)
        os.link(src, store / "bench.bin")
        from backends.hypervisors.connect import Access, open_connection

        os.environ["HANGDUMP_DATA_DIR"] = str(work / "data")
        password = Path(vs["password_file"]).read_text().strip()
        host = vs["url"].split("//", 1)[1].split("/", 1)[0]
        hv: Any = open_connection(
            f"vsphere://{vs['user']}@{host}",
            Access(
                ssh=lambda t: None,
                password=lambda u, h, p: password,
                cert_pem=Path(vs["cert_pem"]).read_text(),
            ),
        )
        folder_url = hv.folder_url("[LocalDS_0] bench.bin")
        cookie = hv.cookie
        hv.close()
        rows = []
        for _round in range(2):
            (work / "c").unlink(missing_ok=True)
            t_curl, _, _ = child_rss(
                [
                    "curl",
                    "-sS",
                    "--fail",
                    "--cacert",
                    vs["cert_pem"],
                    "-H",
                    f"Cookie: {cookie}",
                    "-o",
                    str(work / "c"),
                    folder_url,
                ],
                env,
            )
            from backends.transfers.download import download
            from backends.transfers.sources import HttpsSource
            from backends.trust.tls import ServerCert

            h, p = host.rsplit(":", 1)
            pinned = ServerCert(h, int(p), Path(vs["cert_pem"]).read_text())
            (work / "d").unlink(missing_ok=True)
            t0 = time.monotonic()
            download(HttpsSource(folder_url, {"Cookie": cookie}, pinned), work / "d")
            rows.append((t_curl, time.monotonic() - t0))
        t_curl, t_https = min(rows, key=lambda r: r[1])
        print(f"curl                : {mb / t_curl:7.1f} MB/s")
        print(f"hangdump https      : {mb / t_https:7.1f} MB/s  (SHA-256 computed)")
        print(f"ratio hangdump/curl: {t_curl / t_https:.2f}")
        (store / "bench.bin").unlink(missing_ok=True)

        lat = cancel_latency(sshd, src, work / "e")
        print(f"cancel takes effect in {lat * 1000:.0f} ms")
    finally:
        lab.stop(started)
        for f in work.glob("*"):
            if f.is_file():
                f.unlink()


if __name__ == "__main__":
    threading.excepthook = lambda a: None  # paramiko threads dying at cancel are expected
    main()
