package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/vmware/govmomi/object"
	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/types"
)

// createSnapshot forwards CreateSnapshot_Task and, for memory=true on a
// powered-on VM, adds the memory image the simulator does not write:
// <vm>-Snapshot<N>.vmem beside the .vmsn, typed snapshotMemory in layoutEx and
// referenced by the snapshot's memoryKey, as ESXi 6.0+ lays it out.
func (h *interceptor) createSnapshot(w http.ResponseWriter, r *http.Request, body []byte) {
	h.snapshots.Lock()
	defer h.snapshots.Unlock()
	rec, err := h.forward(r, body)
	if err != nil {
		h.answerPanic(w, "CreateSnapshot_Task", err)
		return
	}
	m, derr := decode(body)
	req, ok := (*types.CreateSnapshot_Task)(nil), false
	if derr == nil {
		req, ok = m.Body.(*types.CreateSnapshot_Task)
	}
	ref, hasTask := returnedTask(rec.Body.Bytes())
	if ok && req.Memory && hasTask {
		if task, isTask := simulator.Map.Get(ref).(*simulator.Task); isTask {
			if err := h.addMemoryImage(task); err != nil {
				log.Printf("hangdump-vcsim: memory image for %s: %v", ref.Value, err)
				h.failSnapshotTask(r, task, err)
			}
		}
	}
	writeRecorded(w, rec)
}

// addMemoryImage writes the .vmem of the snapshot a finished task created.
func (h *interceptor) addMemoryImage(task *simulator.Task) error {
	if task.Info.State != types.TaskInfoStateSuccess || task.Info.Entity == nil {
		return nil
	}
	snap, ok := task.Info.Result.(types.ManagedObjectReference)
	if !ok {
		return nil
	}
	vm, ok := simulator.Map.Get(*task.Info.Entity).(*simulator.VirtualMachine)
	if !ok {
		return nil
	}
	var name, vmsnName, vmsnPath string
	var memoryMB int32
	var on bool
	var err error
	simulator.Map.WithLock(vm, func() {
		name, memoryMB = vm.Name, vm.Config.Hardware.MemoryMB
		on = vm.Runtime.PowerState == types.VirtualMachinePowerStatePoweredOn
		vmsnName, err = snapshotDataFile(vm, snap)
		if err == nil {
			vmsnPath, err = localPath(vm, vmsnName)
		}
	})
	if err != nil || !on {
		// A powered-off VM has no memory to save; vSphere ignores memory=true then.
		return err
	}
	vmemName := strings.TrimSuffix(vmsnName, ".vmsn") + ".vmem"
	vmemPath := strings.TrimSuffix(vmsnPath, ".vmsn") + ".vmem"
	if name == h.guestVM {
		err = h.runHook("memory", vmemPath)
	} else {
		err = zeroFile(vmemPath, int64(memoryMB)<<20)
	}
	if err != nil {
		_ = os.Remove(vmemPath)
		return err
	}
	st, err := os.Stat(vmemPath)
	if err != nil {
		return fmt.Errorf("the memory image was not written: %w", err)
	}
	simulator.Map.WithLock(vm, func() {
		lx := copyLayoutEx(vm.LayoutEx)
		key := nextFileKey(lx)
		lx.File = append(lx.File, types.VirtualMachineFileLayoutExFileInfo{
			Key:        key,
			Name:       vmemName,
			Type:       string(types.VirtualMachineFileLayoutExFileTypeSnapshotMemory),
			Size:       st.Size(),
			UniqueSize: st.Size(),
			Accessible: types.NewBool(true),
		})
		for i := range lx.Snapshot {
			if lx.Snapshot[i].Key == snap {
				lx.Snapshot[i].MemoryKey = key
			}
		}
		simulator.Map.Update(vm, []types.PropertyChange{{Name: "layoutEx", Val: lx}})
	})
	return nil
}

// failSnapshotTask removes the snapshot whose memory could not be saved and
// turns the (not yet seen) task into a SystemError, as a failed stun would.
func (h *interceptor) failSnapshotTask(r *http.Request, task *simulator.Task, cause error) {
	if snap, ok := task.Info.Result.(types.ManagedObjectReference); ok {
		body := fmt.Sprintf(`%s<RemoveSnapshot_Task xmlns="urn:vim25"><_this type="VirtualMachineSnapshot">%s</_this>`+
			`<removeChildren>false</removeChildren></RemoveSnapshot_Task>%s`, envelopeOpen, snap.Value, envelopeClose)
		h.removeSnapshots(r, []byte(body))
	}
	msg := "Saving the memory of the snapshot failed: " + cause.Error()
	simulator.Map.Update(task, []types.PropertyChange{
		{Name: "info.state", Val: types.TaskInfoStateError},
		{Name: "info.result", Val: nil},
		{Name: "info.error", Val: types.LocalizedMethodFault{Fault: systemError(msg), LocalizedMessage: msg}},
	})
}

// snapshotDataFile is the datastore path of the snapshot's .vmsn (caller holds the VM lock).
func snapshotDataFile(vm *simulator.VirtualMachine, snap types.ManagedObjectReference) (string, error) {
	for _, s := range vm.LayoutEx.Snapshot {
		if s.Key != snap {
			continue
		}
		for _, f := range vm.LayoutEx.File {
			if f.Key == s.DataKey {
				return f.Name, nil
			}
		}
	}
	return "", fmt.Errorf("no data file for %s in the layout of %s", snap.Value, vm.Name)
}

// localPath resolves "[ds] dir/file" to the file in the simulator's datastore directory.
func localPath(vm *simulator.VirtualMachine, name string) (string, error) {
	var p object.DatastorePath
	if !p.FromString(name) {
		return "", fmt.Errorf("not a datastore path: %q", name)
	}
	ds, ok := simulator.Map.FindByName(p.Datastore, vm.Datastore).(*simulator.Datastore)
	if !ok {
		return "", fmt.Errorf("datastore %q of %s not found", p.Datastore, vm.Name)
	}
	return filepath.Join(ds.Info.GetDatastoreInfo().Url, filepath.FromSlash(p.Path)), nil
}

// zeroFile makes a sparse file of the given size: the memory of a simulated VM
// that has no guest behind it.
func zeroFile(path string, size int64) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if err := f.Truncate(size); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func copyLayoutEx(in *types.VirtualMachineFileLayoutEx) *types.VirtualMachineFileLayoutEx {
	out := *in
	out.File = append([]types.VirtualMachineFileLayoutExFileInfo(nil), in.File...)
	out.Disk = append([]types.VirtualMachineFileLayoutExDiskLayout(nil), in.Disk...)
	out.Snapshot = append([]types.VirtualMachineFileLayoutExSnapshotLayout(nil), in.Snapshot...)
	return &out
}

func nextFileKey(lx *types.VirtualMachineFileLayoutEx) int32 {
	var key int32 = 1
	for _, f := range lx.File {
		if f.Key >= key {
			key = f.Key + 1
		}
	}
	return key
}
