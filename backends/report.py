"""The case report: one self-contained HTML page, and a zip of the case for a ticket.

Sources: ``case.json`` (the VM, the connection, the files with their SHA-256, and
optionally ``identification`` and ``triage``), ``audit.jsonl``, and the files
``identify.json`` / ``triage.json`` when a step wrote them into the case folder.
Every value is HTML-escaped: VM names and kernel strings come from other people's
machines.
"""

from __future__ import annotations

import json
import zipfile
from html import escape
from pathlib import Path
from typing import Any

from backends import __version__
from backends.cases import Case
from backends.errors import UserError
from backends.i18n import translate

CSS = """
body{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em;color:#222}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:4px 8px;
text-align:left;vertical-align:top;font-size:.92em}th{background:#f4f4f4}
code{font-family:ui-monospace,monospace;word-break:break-all}.fail{color:#b00020}
.ok{color:#1b6e20}pre{background:#f7f7f7;padding:8px;white-space:pre-wrap}
"""


def _e(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        value = json.dumps(value, ensure_ascii=False, default=str)
    return escape(str(value), quote=True)


def _json_file(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _table(rows: list[tuple[str, Any]]) -> str:
    body = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows if v)
    return f"<table>{body}</table>" if body else _note(translate("Report", "(none)"))


def _note(text: str) -> str:
    return f"<p>{_e(text)}</p>"


def _head(*labels: str) -> str:
    return "<tr>" + "".join(f"<th>{_e(x)}</th>" for x in labels) + "</tr>"


def _files(files: list[dict[str, Any]]) -> str:
    if not files:
        return _note(translate("Report", "(no files)"))
    head = _head(
        translate("Report", "name"),
        translate("Report", "size"),
        "SHA-256",
        translate("Report", "source"),
    )
    rows = "".join(
        f"<tr><td>{_e(f.get('name'))}</td><td>{_e(f.get('size'))}</td>"
        f"<td><code>{_e(f.get('sha256'))}</code></td><td>{_e(f.get('source'))}</td></tr>"
        for f in files
    )
    return f"<table>{head}{rows}</table>"


def _identification(ident: dict[str, Any] | None) -> str:
    if not ident:
        return _note(translate("Report", "(the dump was not identified yet)"))
    deb = ident.get("debuginfo") or {}
    return _table(
        [
            (translate("Report", "format"), ident.get("format")),
            (translate("Report", "kernel release"), ident.get("kernel_release")),
            (translate("Report", "found in"), ident.get("source")),
            ("build-id", ident.get("build_id")),
            (translate("Report", "KASLR offset"), ident.get("kernel_offset")),
            (
                translate("Report", "distribution"),
                ident.get("distro_label") or ident.get("distro"),
            ),
            (translate("Report", "debuginfo package"), deb.get("package")),
            (translate("Report", "vmlinux path"), deb.get("vmlinux_path")),
            (translate("Report", "where to get it"), ", ".join(deb.get("urls") or [])),
        ]
    )


def _triage(tri: dict[str, Any] | None) -> str:
    if not tri:
        return _note(translate("Report", "(no triage yet)"))
    parts = []
    if tri.get("panic"):
        parts.append(f"<p><b>{_e(translate('Report', 'Panic:'))}</b> {_e(tri['panic'])}</p>")
    for f in tri.get("findings") or []:
        parts.append(
            f"<h3>{_e(f.get('kind'))}: {_e(f.get('summary'))}</h3>"
            f"<pre>{_e(f.get('evidence'))}</pre>"
        )
    return "".join(parts) or _note(translate("Report", "(nothing found)"))


def _audit(records: list[dict[str, Any]]) -> str:
    if not records:
        return _note(translate("Report", "(empty)"))
    head = _head(
        translate("Report", "time (UTC)"),
        translate("Report", "action"),
        translate("Report", "phase"),
        translate("Report", "details"),
    )
    skip = {"time", "action", "phase", "os_user", "workstation", "hangdump_version"}
    rows = []
    for r in records:
        details = {k: v for k, v in r.items() if k not in skip}
        css = "fail" if details.get("ok") is False else ""
        rows.append(
            f"<tr class='{css}'><td>{_e(r.get('time'))}</td><td>{_e(r.get('action'))}</td>"
            f"<td>{_e(r.get('phase'))}</td><td><code>{_e(details)}</code></td></tr>"
        )
    return f"<table>{head}{''.join(rows)}</table>"


def render(case: Case) -> str:
    """The report of ``case`` as one HTML document."""
    info = case.info()
    ident = info.get("identification") or _json_file(case.folder / "identify.json")
    tri = info.get("triage") or _json_file(case.folder / "triage.json")
    vm = info.get("vm") or {}
    title = str(info.get("title") or case.folder.name)
    audit = case.audit_records()
    users = sorted({str(r.get("os_user")) for r in audit if r.get("os_user")})
    summary = _table(
        [
            (translate("Report", "case folder"), case.folder.name),
            (translate("Report", "created"), info.get("created")),
            (translate("Report", "capture"), info.get("capture")),
            (translate("Report", "connection"), vm.get("connection")),
            (translate("Report", "VM"), vm.get("vm_name")),
            (translate("Report", "VM id"), vm.get("vm_id")),
            (translate("Report", "host"), vm.get("host")),
            (translate("Report", "people"), ", ".join(users)),
        ]
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>"
        f"<h1>{_e(translate('Report', 'HangDump case: {title}').format(title=title))}</h1>"
        f"{summary}"
        f"<h2>{_e(translate('Report', 'Files'))}</h2>{_files(list(info.get('files') or []))}"
        f"<h2>{_e(translate('Report', 'Kernel identification'))}</h2>{_identification(ident)}"
        f"<h2>{_e(translate('Report', 'Triage'))}</h2>{_triage(tri)}"
        f"<h2>{_e(translate('Report', 'Audit log'))}</h2>{_audit(audit)}"
        f"<p><small>HangDump {_e(__version__)}</small></p></body></html>"
    )


def write_report(case: Case) -> Path:
    """Write ``report.html`` into the case folder and return its path."""
    out = case.folder / "report.html"
    out.write_text(render(case), encoding="utf-8")
    return out


def export_zip(case: Case, dest: Path | None = None, include_dumps: bool = False) -> Path:
    """Zip the case for a ticket: report, case.json, audit log, transcripts, and the
    small files; dumps (files/ larger than 16 MiB) only with ``include_dumps``."""
    write_report(case)
    out = dest or case.folder.with_suffix(".zip")
    if out.resolve().is_relative_to(case.folder.resolve()):
        raise UserError(
            translate("Report", "The zip cannot be written inside the case folder it contains."),
            translate("Report", "Choose a folder outside the case."),
        )
    try:
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for path in sorted(case.folder.rglob("*")):
                if not path.is_file() or path.suffix == ".part":
                    continue
                rel = path.relative_to(case.folder)
                big = rel.parts[0] == "files" and path.stat().st_size > 16 << 20
                if big and not include_dumps:
                    continue
                z.write(path, Path(case.folder.name) / rel)
    except OSError as exc:
        raise UserError(
            translate("Report", "The zip {path} could not be written: {error}.").format(
                path=out, error=exc.strerror or exc
            ),
            translate("Report", "Check the free space and permissions of that folder."),
        ) from exc
    return out
