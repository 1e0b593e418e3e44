package main

import (
	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/mo"
	"github.com/vmware/govmomi/vim25/types"
)

// fixups is a registry handler that corrects objects as the simulator creates them.
type fixups struct{}

func (fixups) Reference() types.ManagedObjectReference {
	return types.ManagedObjectReference{Type: "HangDumpFixups", Value: "fixups-1"}
}

// PutObject sees every new object:
//   - a Task whose entity is not a managed entity (the snapshot of RemoveSnapshot
//     and RevertToSnapshot, a datastore browser...) gets the snapshot's VM or no
//     entity, as on vCenter; pyvmomi rejects the task otherwise ("For "entity"
//     expected type vim.ManagedEntity, but got vim.vm.Snapshot");
//   - a VM gets the capability flags real ESXi VMs report (all False in the simulator).
func (fixups) PutObject(obj mo.Reference) {
	switch o := obj.(type) {
	case *simulator.Task:
		fixTaskEntity(o)
	case *simulator.VirtualMachine:
		setCapabilities(o)
	}
}

func (fixups) UpdateObject(mo.Reference, []types.PropertyChange) {}

func (fixups) RemoveObject(types.ManagedObjectReference) {}

func fixTaskEntity(t *simulator.Task) {
	if t.Info.Entity == nil {
		return
	}
	switch e := simulator.Map.Get(*t.Info.Entity).(type) {
	case mo.Entity:
		return
	case *simulator.VirtualMachineSnapshot:
		vm := e.Vm
		t.Info.Entity = &vm
		if v, ok := simulator.Map.Get(vm).(*simulator.VirtualMachine); ok {
			t.Info.EntityName = v.Name
		}
	default:
		t.Info.Entity = nil
		t.Info.EntityName = ""
	}
}

func setCapabilities(vm *simulator.VirtualMachine) {
	c := &vm.Capability
	c.SnapshotOperationsSupported = true
	c.MultipleSnapshotsSupported = true
	c.SnapshotConfigSupported = true
	c.PoweredOffSnapshotsSupported = true
	c.MemorySnapshotsSupported = true
	c.RevertToSnapshotSupported = true
	c.QuiescedSnapshotsSupported = true
	c.DisableSnapshotsSupported = true
	c.LockSnapshotsSupported = true
	c.ConsolePreferencesSupported = true
	c.ToolsSyncTimeSupported = true
	c.BootOptionsSupported = true
	c.ChangeTrackingSupported = types.NewBool(true)
	c.MultipleCoresPerSocketSupported = types.NewBool(true)
}

// installFixups registers the handler and fixes the VMs that exist already.
func installFixups() {
	simulator.Map.AddHandler(fixups{})
	for _, e := range simulator.Map.All("VirtualMachine") {
		setCapabilities(e.(*simulator.VirtualMachine))
	}
}
