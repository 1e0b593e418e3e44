"""The byte ranges of one download and the ``NAME.part.json`` record they resume from.

``NAME.part`` holds the bytes so far; ``NAME.part.json`` the source's identity
(display name, size, mtime) and how far each range got. The download writes the
record as it goes (download.py, through ``save_record``); here it is read back to
resume, or the ranges planned anew.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backends.transfers.sources import Source, SourceChanged, SourceStat

PARALLEL_MIN = 64 << 20  #: smaller files go in one stream
ALIGN = 1 << 20


def part_paths(dest: Path) -> tuple[Path, Path]:
    return dest.with_name(dest.name + ".part"), dest.with_name(dest.name + ".part.json")


def save_record(meta: Path, identity: dict[str, Any], spans: list[list[int]]) -> None:
    """Replace the record ``meta`` in one step; if writing fails the previous one stays."""
    tmp = meta.with_name(meta.name + ".tmp")
    try:
        tmp.write_text(json.dumps({**identity, "spans": spans}))
        tmp.replace(meta)
    except OSError:
        tmp.unlink(missing_ok=True)  # the previous record stays valid
        raise


@dataclass
class Span:
    start: int
    end: int
    done: int  #: absolute offset written so far


def plan(size: int, streams: int) -> list[Span]:
    if size < PARALLEL_MIN or streams <= 1:
        return [Span(0, size, 0)]
    step = (size // streams) // ALIGN * ALIGN
    cuts = [i * step for i in range(streams)] + [size]
    return [Span(a, b, a) for a, b in itertools.pairwise(cuts)]


def resume_or_plan(
    source: Source, st: SourceStat, part: Path, meta: Path, streams: int
) -> list[Span]:
    ident = {"source": source.display, "size": st.size, "mtime": st.mtime}
    if not part.exists():
        meta.unlink(missing_ok=True)
        return plan(st.size, streams)
    try:
        previous = json.loads(meta.read_text())
    except (OSError, ValueError):
        previous = None
    if not isinstance(previous, dict):
        part.unlink()  # a leftover without provenance: start clean
        return plan(st.size, streams)
    same = {k: previous.get(k) for k in ident} == ident
    if not same:
        if previous.get("source") == ident["source"]:
            raise SourceChanged(
                source.display,
                SourceStat(int(previous.get("size", 0)), float(previous.get("mtime", 0))),
                st,
            )
        part.unlink()
        return plan(st.size, streams)
    raw = previous.get("spans")
    if not raw:
        return [Span(0, st.size, min(part.stat().st_size, st.size))]
    return [Span(int(a), int(b), int(d)) for a, b, d in raw]
