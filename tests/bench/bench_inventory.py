"""Benchmark: vSphere inventory of many VMs, HangDump's one ContainerView retrieval
against naive per-VM property reads, on govmomi's simulator, in the same run.

    .venv/bin/python -m tests.bench.bench_inventory [--vms 5000]

Prints wall time and SOAP requests for both, and their ratios. Goals are reported,
never asserted.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from backends.lab import assets, simulator
from backends.lab.control import Context


class SoapCounter:
    """Counts SOAP requests by wrapping pyVmomi's stub adapter."""

    def __init__(self) -> None:
        from pyVmomi import SoapAdapter

        self.adapter = SoapAdapter.SoapStubAdapter
        self.original = self.adapter.InvokeMethod
        self.count = 0
        counter = self

        def invoke(stub: Any, *args: Any, **kwargs: Any) -> Any:
            counter.count += 1
            return counter.original(stub, *args, **kwargs)

        self.adapter.InvokeMethod = invoke

    def close(self) -> None:
        self.adapter.InvokeMethod = self.original


def naive(hv: Any) -> int:
    """What a quick script does: walk the VMs and read attributes one by one."""
    vim = hv.vim
    view = hv.content.viewManager.CreateContainerView(
        hv.content.rootFolder, [vim.VirtualMachine], True
    )
    n = 0
    for vm in view.view:
        _ = (
            vm.name,
            vm.config.instanceUuid,
            vm.runtime.powerState,
            vm.config.guestFullName,
            vm.runtime.host.name,
            vm.config.hardware.memoryMB,
        )
        n += 1
    view.Destroy()
    return n


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vms", type=int, default=5000)
    args = parser.parse_args()
    a = assets.load()
    folder = Path(tempfile.mkdtemp(prefix="hd-bench-inv-"))
    ctx = Context(
        name="vsphere", run_dir=folder, assets=a, options={"machines": max(1, args.vms // 2)}
    )
    t0 = time.monotonic()
    info = simulator.start(ctx)
    print(f"simulator with ~{args.vms} VMs ready in {time.monotonic() - t0:.1f} s")
    try:
        os.environ["HANGDUMP_PASSWORD"] = Path(info["password_file"]).read_text().strip()
        os.environ["HANGDUMP_DATA_DIR"] = str(folder / "data")
        from backends.hypervisors.connect import Access, open_connection

        access = Access(
            ssh=lambda t: None,
            password=lambda u, h, p: os.environ["HANGDUMP_PASSWORD"],
            cert_pem=Path(info["cert_pem"]).read_text(),
        )
        host = info["url"].split("//", 1)[1].split("/", 1)[0]
        hv: Any = open_connection(f"vsphere://{info['user']}@{host}", access)
        counter = SoapCounter()
        try:
            counter.count = 0
            t0 = time.monotonic()
            vms = hv.inventory()
            ours_t, ours_n = time.monotonic() - t0, counter.count
            counter.count = 0
            t0 = time.monotonic()
            seen = naive(hv)
            naive_t, naive_n = time.monotonic() - t0, counter.count
        finally:
            counter.close()
            hv.close()
        print(f"VMs: {len(vms)} (naive walk saw {seen})")
        print(f"hangdump inventory : {ours_t:8.2f} s  {ours_n:7d} SOAP requests")
        print(f"naive per-VM reads : {naive_t:8.2f} s  {naive_n:7d} SOAP requests")
        print(
            f"ratio naive/hangdump: time {naive_t / ours_t:.1f}x, requests "
            f"{naive_n / max(ours_n, 1):.0f}x"
        )
    finally:
        simulator.stop(info)


if __name__ == "__main__":
    main()
