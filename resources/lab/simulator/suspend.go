// IMITATION: what ESXi leaves on the datastore when it suspends a VM, for the
// HangDump lab. This is NOT VMware software and the .vmss it writes is NOT
// VMware's checkpoint: VMware's format is not published, and only the part
// crash (vmware_vmss.c) and HangDump read is imitated -- the header {magic
// 0xbed2bed2, version, group count}, 80-byte group descriptors and one
// "memory" group whose tags map the .vmem (one region from physical page 0).
// There is no "cpu" group: the simulator knows no vCPU registers, so crash
// cannot derive KASLR from the IDT and reads the wrong pages ("vmw: Read beyond
// the end of file!"): `crash vmlinux X.vmss` does NOT open this pair properly.
// HangDump's identify reads it (the .vmss maps the .vmem; the release comes
// from a scan of the real memory).
// The .vmem beside it is REAL: the practice guest's RAM, saved through the
// lab's hook (`HOOK memory PATH`, the same as for a memory snapshot). The
// practice guest keeps running under libvirt while the simulated VM is
// suspended (the hook pauses it only while saving): the lab is shared, and a
// guest left paused by a failed test would break the tests after it.
//
// What the simulator does on its own: SuspendVM_Task only sets the power state
// (no files), PowerOnVM_Task / PowerOffVM_Task only set it back. Here, for the
// VM mapped to the practice guest, a successful suspend adds
// <vm>-<8 hex>.vmss + <vm>-<8 hex>.vmem in the VM's suspend directory, typed
// suspend / suspendMemory in layoutEx with their sizes; a power on (resume)
// or power off of a suspended VM deletes them, as ESXi does. Other VMs get
// what the simulator does.
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"log"
	"net/http"
	"os"
	"path"
	"strings"

	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/types"
)

const (
	checkpointMagic   = 0xbed2bed2
	checkpointVersion = 8
	groupSize         = 80
	pageShift         = 12
)

// suspendVM forwards SuspendVM_Task and writes the suspended practice guest's
// .vmss + .vmem (the layout is rewritten under h.snapshots, as for snapshots).
func (h *interceptor) suspendVM(w http.ResponseWriter, r *http.Request, body []byte) {
	h.snapshots.Lock()
	defer h.snapshots.Unlock()
	vm := targetVM(body)
	wasOn := false
	if vm != nil {
		simulator.Map.WithLock(vm, func() {
			wasOn = vm.Runtime.PowerState == types.VirtualMachinePowerStatePoweredOn
		})
	}
	rec, err := h.forward(r, body)
	if err != nil {
		h.answerPanic(w, "SuspendVM_Task", err)
		return
	}
	ref, hasTask := returnedTask(rec.Body.Bytes())
	if vm != nil && wasOn && hasTask && vm.Name == h.guestVM {
		task, isTask := simulator.Map.Get(ref).(*simulator.Task)
		if isTask && task.Info.State == types.TaskInfoStateSuccess {
			if err := h.writeSuspendFiles(vm); err != nil {
				log.Printf("hangdump-vcsim: suspend files for %s: %v", vm.Name, err)
				failSuspendTask(vm, task, err)
			}
		}
	}
	writeRecorded(w, rec)
}

// powerChange forwards PowerOnVM_Task / PowerOffVM_Task; when a suspended VM
// leaves that state, its .vmss + .vmem go, as on ESXi (resume consumes them,
// power off discards them).
func (h *interceptor) powerChange(w http.ResponseWriter, r *http.Request, body []byte, op string) {
	h.snapshots.Lock()
	defer h.snapshots.Unlock()
	vm := targetVM(body)
	rec, err := h.forward(r, body)
	if err != nil {
		h.answerPanic(w, op, err)
		return
	}
	if vm != nil {
		simulator.Map.WithLock(vm, func() {
			if vm.Runtime.PowerState != types.VirtualMachinePowerStateSuspended {
				dropSuspendFiles(vm)
			}
		})
	}
	writeRecorded(w, rec)
}

// targetVM is the VM a request acts on (nil: the simulator answers the fault).
func targetVM(body []byte) *simulator.VirtualMachine {
	m, err := decode(body)
	if err != nil {
		return nil
	}
	vm, _ := simulator.Map.Get(m.This).(*simulator.VirtualMachine)
	return vm
}

// writeSuspendFiles saves the guest's RAM as the .vmem, writes the .vmss that
// maps it, and publishes both in layoutEx.
func (h *interceptor) writeSuspendFiles(vm *simulator.VirtualMachine) error {
	var dir, stem, vmemPath string
	var err error
	simulator.Map.WithLock(vm, func() {
		dir = strings.TrimSuffix(vm.Config.Files.SuspendDirectory, "/")
		if dir == "" {
			dir = path.Dir(vm.Config.Files.VmPathName)
		}
		// ESXi names them <vm>-<8 hex>, the hex shared with the VM's .vswp.
		stem = fmt.Sprintf("%s-%s", vm.Name, strings.ReplaceAll(vm.Config.InstanceUuid, "-", "")[:8])
		vmemPath, err = localPath(vm, dir+"/"+stem+".vmem")
	})
	if err != nil {
		return err
	}
	vmssPath := strings.TrimSuffix(vmemPath, ".vmem") + ".vmss"
	if err := h.runHook("memory", vmemPath); err != nil {
		_ = os.Remove(vmemPath)
		return err
	}
	st, err := os.Stat(vmemPath)
	if err != nil {
		return fmt.Errorf("the memory image was not written: %w", err)
	}
	vmss := checkpoint(st.Size())
	if err := os.WriteFile(vmssPath, vmss, 0o600); err != nil {
		_ = os.Remove(vmemPath)
		return err
	}
	vmssSize := int64(len(vmss))
	simulator.Map.WithLock(vm, func() {
		lx := copyLayoutEx(vm.LayoutEx)
		for _, f := range []struct {
			name string
			kind types.VirtualMachineFileLayoutExFileType
			size int64
		}{
			{dir + "/" + stem + ".vmss", types.VirtualMachineFileLayoutExFileTypeSuspend, vmssSize},
			{dir + "/" + stem + ".vmem", types.VirtualMachineFileLayoutExFileTypeSuspendMemory, st.Size()},
		} {
			lx.File = append(lx.File, types.VirtualMachineFileLayoutExFileInfo{
				Key:        nextFileKey(lx),
				Name:       f.name,
				Type:       string(f.kind),
				Size:       f.size,
				UniqueSize: f.size,
				Accessible: types.NewBool(true),
			})
		}
		simulator.Map.Update(vm, []types.PropertyChange{{Name: "layoutEx", Val: lx}})
	})
	log.Printf("hangdump-vcsim: %s suspended: %s.vmss + %s.vmem (%d bytes)", vm.Name, stem, stem, st.Size())
	return nil
}

// dropSuspendFiles deletes a VM's suspend / suspendMemory files and their
// layoutEx entries (caller holds the VM lock).
func dropSuspendFiles(vm *simulator.VirtualMachine) {
	if vm.LayoutEx == nil {
		return
	}
	lx := copyLayoutEx(vm.LayoutEx)
	files := lx.File[:0]
	dropped := false
	for _, f := range lx.File {
		if f.Type != string(types.VirtualMachineFileLayoutExFileTypeSuspend) &&
			f.Type != string(types.VirtualMachineFileLayoutExFileTypeSuspendMemory) {
			files = append(files, f)
			continue
		}
		dropped = true
		if p, err := localPath(vm, f.Name); err != nil {
			log.Printf("hangdump-vcsim: not removing %s: %v", f.Name, err)
		} else if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
			log.Printf("hangdump-vcsim: removing %s: %v", p, err)
		}
	}
	if dropped {
		lx.File = files
		simulator.Map.Update(vm, []types.PropertyChange{{Name: "layoutEx", Val: lx}})
	}
}

// failSuspendTask turns the (not yet seen) task into a SystemError and the VM
// back to powered on, as a failed suspend leaves it on ESXi.
func failSuspendTask(vm *simulator.VirtualMachine, task *simulator.Task, cause error) {
	msg := "Saving the memory of the suspended VM failed: " + cause.Error()
	simulator.Map.Update(vm, []types.PropertyChange{
		{Name: "runtime.powerState", Val: types.VirtualMachinePowerStatePoweredOn},
		{Name: "summary.runtime.powerState", Val: types.VirtualMachinePowerStatePoweredOn},
	})
	simulator.Map.Update(task, []types.PropertyChange{
		{Name: "info.state", Val: types.TaskInfoStateError},
		{Name: "info.result", Val: nil},
		{Name: "info.error", Val: types.LocalizedMethodFault{Fault: systemError(msg), LocalizedMessage: msg}},
	})
}

// checkpoint is the imitation .vmss for a .vmem of memBytes (see the top of
// this file): one "memory" group with regionsCount 1 (page 0 of the .vmem is
// physical page 0, all pages) and align_mask, then the end tag. crash reads
// numgroups*80 descriptors of 80 bytes each, so the file is padded to keep
// that read inside it.
func checkpoint(memBytes int64) []byte {
	var tags bytes.Buffer
	tag32 := func(name string, value uint32, index ...int32) {
		_ = binary.Write(&tags, binary.LittleEndian, uint16(len(name)<<8|len(index)<<6|4))
		tags.WriteString(name)
		for _, i := range index {
			_ = binary.Write(&tags, binary.LittleEndian, i)
		}
		_ = binary.Write(&tags, binary.LittleEndian, value)
	}
	tag32("regionsCount", 1)
	tag32("regionPageNum", 0, 0)
	tag32("regionPPN", 0, 0)
	tag32("regionSize", uint32(memBytes>>pageShift), 0)
	tag32("align_mask", 0xffff)
	tags.Write([]byte{0, 0})

	const groups = 1
	var out bytes.Buffer
	_ = binary.Write(&out, binary.LittleEndian, [3]uint32{checkpointMagic, checkpointVersion, groups})
	name := make([]byte, 64)
	copy(name, "memory")
	out.Write(name)
	_ = binary.Write(&out, binary.LittleEndian, [2]uint64{uint64(12 + groupSize*groups), uint64(tags.Len())})
	out.Write(tags.Bytes())
	if need := 12 + groups*groupSize*groupSize; out.Len() < need {
		out.Write(make([]byte, need-out.Len()))
	}
	return out.Bytes()
}
