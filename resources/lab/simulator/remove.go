package main

import (
	"log"
	"net/http"
	"net/http/httptest"
	"os"

	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/types"
)

// removeSnapshots wraps RemoveSnapshot_Task and RemoveAllSnapshots_Task
// (caller holds h.snapshots).
//
// The simulator deletes a snapshot's files by layoutEx key and then rebuilds
// layoutEx from a directory scan that renumbers the keys, so the remaining
// snapshots point at the wrong files (RemoveAllSnapshots over three snapshots
// deleted the VM's disks). Here the simulator is made to delete nothing (all
// data/memory keys set to -1 while it runs: it still handles the tree, the
// task, authentication and faults); then the files of the snapshots no longer
// in the tree are deleted and the layout from before, minus those, is published.
func (h *interceptor) removeSnapshots(r *http.Request, body []byte) *httptest.ResponseRecorder {
	vm := snapshotOwner(body)
	var saved *types.VirtualMachineFileLayoutEx
	if vm != nil {
		simulator.Map.WithLock(vm, func() {
			saved = copyLayoutEx(vm.LayoutEx)
			for i := range vm.LayoutEx.Snapshot {
				vm.LayoutEx.Snapshot[i].DataKey = -1
				vm.LayoutEx.Snapshot[i].MemoryKey = -1
			}
		})
	}
	rec, err := h.forward(r, body)
	if err != nil {
		rec = httptest.NewRecorder()
		writeFault(rec, err.Error(), systemError(err.Error()))
	}
	if vm == nil {
		return rec
	}
	simulator.Map.WithLock(vm, func() {
		live := map[types.ManagedObjectReference]bool{}
		if vm.Snapshot != nil {
			collectSnapshots(vm.Snapshot.RootSnapshotList, live)
		}
		gone := map[int32]bool{}
		kept := saved.Snapshot[:0]
		for _, s := range saved.Snapshot {
			if live[s.Key] {
				kept = append(kept, s)
				continue
			}
			gone[s.DataKey] = true
			gone[s.MemoryKey] = true
		}
		saved.Snapshot = kept
		files := saved.File[:0]
		for _, f := range saved.File {
			if !gone[f.Key] {
				files = append(files, f)
				continue
			}
			if p, err := localPath(vm, f.Name); err != nil {
				log.Printf("hangdump-vcsim: not removing %s: %v", f.Name, err)
			} else if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
				log.Printf("hangdump-vcsim: removing %s: %v", p, err)
			}
		}
		saved.File = files
		simulator.Map.Update(vm, []types.PropertyChange{{Name: "layoutEx", Val: saved}})
	})
	return rec
}

// snapshotOwner is the VM whose snapshots the request removes (nil if unknown:
// the simulator then answers with the right fault on its own).
func snapshotOwner(body []byte) *simulator.VirtualMachine {
	m, err := decode(body)
	if err != nil {
		return nil
	}
	switch obj := simulator.Map.Get(m.This).(type) {
	case *simulator.VirtualMachineSnapshot:
		vm, _ := simulator.Map.Get(obj.Vm).(*simulator.VirtualMachine)
		return vm
	case *simulator.VirtualMachine:
		return obj
	}
	return nil
}

// collectSnapshots gathers every snapshot in the tree. Tree membership, not
// the registry, says what is live: the simulator leaves removed children in it.
func collectSnapshots(list []types.VirtualMachineSnapshotTree, into map[types.ManagedObjectReference]bool) {
	for _, s := range list {
		into[s.Snapshot] = true
		collectSnapshots(s.ChildSnapshotList, into)
	}
}
