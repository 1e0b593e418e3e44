"""Start, stop and describe the lab's servers.

Each server is a *component*: a module with ``start(ctx) -> info``,
``alive(info) -> bool`` and ``stop(info)``. ``info`` is a JSON-able dict kept in
``run/state.json`` so that a later process (``lab status``, ``lab down``, a test
session) finds a lab that another process brought up. The status JSON is the
contract of DESIGN.md ("Lab status JSON"); secrets never appear in it.
"""

from __future__ import annotations

import contextlib
import fcntl
import importlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from backends.cancel import Progress, no_progress
from backends.errors import LabError
from backends.i18n import translate
from backends.lab import assets as lab_assets
from backends.lab import paths

#: component name -> (module, components it needs first). Order is start order.
COMPONENTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "libvirtd": ("backends.lab.libvirtd", ()),
    "libvirt": ("backends.lab.guest", ("libvirtd",)),
    "kdump_guest": ("backends.lab.guest", ("libvirtd",)),
    "sshd": ("backends.lab.sshd", ("libvirtd",)),
    "vsphere": ("backends.lab.simulator", ("libvirt",)),
}


@dataclass
class Context:
    """What a component's ``start`` gets: where to write, what to start from."""

    name: str
    run_dir: Path
    assets: lab_assets.Assets
    infos: dict[str, dict[str, Any]] = field(default_factory=dict)
    progress: Progress = no_progress
    #: per-start options (benchmarks: e.g. {"machines": 2500} for the simulator)
    options: dict[str, Any] = field(default_factory=dict)

    def dir(self) -> Path:
        """This component's own folder under the run directory."""
        d = self.run_dir / self.name
        d.mkdir(parents=True, exist_ok=True)
        return d


def _module(name: str) -> ModuleType:
    return importlib.import_module(COMPONENTS[name][0])


def _closure(names: Iterable[str]) -> list[str]:
    wanted: set[str] = set()

    def add(n: str) -> None:
        if n not in COMPONENTS:
            raise LabError(
                translate("Lab", "Unknown lab component {name}.").format(name=repr(n)),
                translate("Lab", "Known: {names}.").format(names=", ".join(COMPONENTS)),
            )
        if n in wanted:
            return
        for dep in COMPONENTS[n][1]:
            add(dep)
        wanted.add(n)

    for n in names:
        add(n)
    return [n for n in COMPONENTS if n in wanted]


class Lab:
    """The lab on this machine, as recorded in its state file."""

    def __init__(self, root: Path | None = None) -> None:
        self.run_dir = (root / "run") if root else paths.run_dir()

    # -- state -------------------------------------------------------------
    @property
    def _state_path(self) -> Path:
        return self.run_dir / "state.json"

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self._state_path.read_text())
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, state: dict[str, dict[str, Any]]) -> None:
        self.run_dir.mkdir(parents=True, exist_ok=True)
        tmp = self._state_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(state, indent=2))
        tmp.replace(self._state_path)

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        self.run_dir.mkdir(parents=True, exist_ok=True)
        with open(self.run_dir / "lock", "w") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def running(self) -> dict[str, dict[str, Any]]:
        """Components recorded as started and still alive."""
        alive: dict[str, dict[str, Any]] = {}
        for name, info in self._read().items():
            if name in COMPONENTS and _module(name).alive(info):
                alive[name] = info
        return alive

    # -- actions -----------------------------------------------------------
    def ensure(self, names: Iterable[str], progress: Progress = no_progress) -> list[str]:
        """Start the named components (and what they need) unless already up.

        Returns the names this call started, so a caller can stop just those.
        """
        order = _closure(names)
        with self._locked():
            assets = lab_assets.load()
            state = self._read()
            started: list[str] = []
            for i, name in enumerate(order):
                info = state.get(name)
                mod = _module(name)
                alive = info is not None and mod.alive(info)
                stale = getattr(mod, "stale", None)  # built from older sources
                if info is not None and alive and not (stale and stale(info)):
                    continue
                if info is not None:  # dead (clear what is left of it) or stale
                    with contextlib.suppress(Exception):
                        mod.stop(info)
                progress(i, len(order), translate("Lab", "starting {name}").format(name=name))
                ctx = Context(
                    name=name, run_dir=self.run_dir, assets=assets, infos=state, progress=progress
                )
                state[name] = mod.start(ctx)
                if not alive:  # a stale one restarted stays whoever's it was
                    started.append(name)
                self._write(state)
            progress(len(order), len(order), translate("Lab", "lab ready"))
            return started

    def up(self, progress: Progress = no_progress) -> list[str]:
        return self.ensure(COMPONENTS, progress)

    def stop(self, names: Iterable[str]) -> None:
        """Stop the named components, in reverse start order."""
        names = set(names)
        with self._locked():
            state = self._read()
            errors: list[str] = []
            for name in reversed(list(COMPONENTS)):
                if name not in names or name not in state:
                    continue
                try:
                    _module(name).stop(state[name])
                except Exception as exc:  # keep stopping the others
                    errors.append(f"{name}: {exc}")
                del state[name]
                self._write(state)
            if errors:
                raise LabError(
                    translate("Lab", "Some lab servers did not stop cleanly: {errors}").format(
                        errors="; ".join(errors)
                    )
                )

    def down(self) -> None:
        self.stop(COMPONENTS)

    def status(self) -> dict[str, Any]:
        """The status JSON of DESIGN.md; ``{"running": false}`` with nothing up."""
        alive = self.running()
        if not alive:
            return {"running": False}
        out: dict[str, Any] = {"running": True}
        for name, info in alive.items():
            public = getattr(_module(name), "public", None)
            out[name] = (
                public(info) if public else {k: v for k, v in info.items() if not k.startswith("_")}
            )
        with contextlib.suppress(LabError):
            a = lab_assets.load()
            out.update(
                vmlinux=a.vmlinux,
                crash=a.crash,
                kernel_release=a.kernel_release,
                kernel_version=a.kernel_version,
                build_id=a.build_id,
            )
        return out


def is_root() -> bool:
    return os.geteuid() == 0
