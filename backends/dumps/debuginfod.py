"""A debuginfod client: ``GET <server>/buildid/<id>/debuginfo``, cached, verified.

Servers come from the caller or ``DEBUGINFOD_URLS`` (space-separated, as
elfutils reads it). A download goes to ``<cache>/<id>/debuginfo`` only after
its GNU build-id note matched the id asked for.
"""

from __future__ import annotations

import os
import re
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path

from backends.cancel import NEVER, CancelToken, Progress, no_progress
from backends.dumps import elf
from backends.errors import UserError
from backends.i18n import translate

CHUNK = 1 << 20
_ID_RE = re.compile(r"[0-9a-f]{2,128}")


def servers_from_env() -> list[str]:
    """The servers ``DEBUGINFOD_URLS`` names (empty when unset)."""
    return [u for u in os.environ.get("DEBUGINFOD_URLS", "").split() if u]


def default_cache() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("hangdump")) / "debuginfod"


class DebuginfodClient:
    """Fetch debug files by build-id from one or more debuginfod servers."""

    def __init__(
        self, servers: Sequence[str] | None = None, cache: Path | None = None, timeout: float = 60.0
    ) -> None:
        self.servers = list(servers) if servers is not None else servers_from_env()
        self.cache = cache or default_cache()
        self.timeout = timeout

    def cached(self, build_id: str) -> Path | None:
        p = self.cache / build_id / "debuginfo"
        return p if p.is_file() else None

    def fetch(
        self, build_id: str, progress: Progress = no_progress, cancel: CancelToken = NEVER
    ) -> Path:
        """The debuginfo file (a debug vmlinux for a kernel build-id); raises UserError."""
        bid = build_id.lower()
        if not _ID_RE.fullmatch(bid) or len(bid) % 2:
            raise UserError(
                translate("Dumps", "'{build_id}' is not a build-id (hex digits).").format(
                    build_id=build_id
                )
            )
        hit = self.cached(bid)
        if hit is not None:
            return hit
        if not self.servers:
            raise UserError(
                translate("Dumps", "No debuginfod server is configured."),
                translate("Dumps", "Set DEBUGINFOD_URLS or pass --debuginfod URL."),
            )
        errors = []
        for server in self.servers:
            url = f"{server.rstrip('/')}/buildid/{bid}/debuginfo"
            try:
                return self._download(url, bid, progress, cancel)
            except urllib.error.HTTPError as exc:
                errors.append(f"{server}: HTTP {exc.code} {exc.reason}")
            except (urllib.error.URLError, OSError) as exc:
                errors.append(f"{server}: {getattr(exc, 'reason', exc)}")
            except _Mismatch as exc:
                errors.append(f"{server}: {exc}")
        raise UserError(
            translate(
                "Dumps", "No debuginfod server delivered build-id {build_id}: {errors}"
            ).format(build_id=bid, errors="; ".join(errors)),
            translate(
                "Dumps",
                "Check the server list and the network; kernels are often missing on "
                "general servers (try the distribution's own debuginfod).",
            ),
        )

    def _download(self, url: str, bid: str, progress: Progress, cancel: CancelToken) -> Path:
        folder = self.cache / bid
        folder.mkdir(parents=True, exist_ok=True)
        part = folder / "debuginfo.part"
        if not url.startswith(("http://", "https://")):
            raise _Mismatch(translate("Dumps", "only http:// and https:// servers are supported"))
        req = urllib.request.Request(url, headers={"User-Agent": "hangdump"})  # noqa: S310
        try:
            with (
                urllib.request.urlopen(req, timeout=self.timeout) as resp,  # noqa: S310
                open(part, "wb") as out,
            ):
                total = int(
                    resp.headers.get("Content-Length") or resp.headers.get("X-Debuginfod-Size") or 0
                )
                done = 0
                downloading = translate("Dumps", "downloading {build_id}: {mib} MiB")
                while chunk := resp.read(CHUNK):
                    cancel.check()
                    out.write(chunk)
                    done += len(chunk)
                    progress(done, total, downloading.format(build_id=bid[:12], mib=done >> 20))
            got = elf.build_id_of(part)
            if got != bid:
                raise _Mismatch(
                    translate("Dumps", "the file served has build-id {build_id}").format(
                        build_id=got or "none"
                    )
                )
            final = folder / "debuginfo"
            os.replace(part, final)
            return final
        finally:
            part.unlink(missing_ok=True)


class _Mismatch(Exception):
    pass
