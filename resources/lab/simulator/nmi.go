package main

import (
	"fmt"
	"log"
	"net/http"

	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/types"
)

// sendNMI implements VirtualMachine.SendNMI, which the simulator lacks.
//
// The request is first forwarded as a probe: the simulator checks the session
// and the managed object and, both being valid, answers MethodNotFound. Any
// other answer (NotAuthenticated, ManagedObjectNotFound) goes back unchanged,
// and so does MethodNotFound for a VM whose extraConfig sets
// hangdump.lab.SendNMI = MethodNotFound (see vmsupport.go).
func (h *interceptor) sendNMI(w http.ResponseWriter, r *http.Request, body []byte) {
	rec, err := h.forward(r, body)
	if err != nil {
		h.answerPanic(w, "SendNMI", err)
		return
	}
	if !isFault(rec, "MethodNotFound") {
		writeRecorded(w, rec)
		return
	}
	m, err := decode(body)
	if err != nil {
		writeFault(w, err.Error(), &types.InvalidRequest{})
		return
	}
	vm, ok := simulator.Map.Get(m.This).(*simulator.VirtualMachine)
	if !ok {
		msg := fmt.Sprintf("%s is not a virtual machine", m.This)
		writeFault(w, msg, &types.ManagedObjectNotFound{Obj: m.This})
		return
	}
	var name string
	var state types.VirtualMachinePowerState
	var absent bool
	simulator.Map.WithLock(vm, func() {
		name, state = vm.Name, vm.Runtime.PowerState
		absent = labSwitch(vm, switchSendNMI) == "MethodNotFound"
	})
	if absent { // as servers without SendNMI answer: the simulator's own fault
		log.Printf("hangdump-vcsim: SendNMI %s (%s): MethodNotFound (%s)", m.This.Value, name, switchSendNMI)
		writeRecorded(w, rec)
		return
	}
	if state != types.VirtualMachinePowerStatePoweredOn {
		msg := fmt.Sprintf("The attempted operation cannot be performed in the current state (%s).", state)
		writeFault(w, msg, &types.InvalidPowerState{
			RequestedState: types.VirtualMachinePowerStatePoweredOn,
			ExistingState:  state,
		})
		return
	}
	if name == h.guestVM {
		if err := h.runHook("nmi"); err != nil {
			msg := "Sending the NMI to the practice guest failed: " + err.Error()
			writeFault(w, msg, systemError(msg))
			return
		}
	} else {
		// Other simulated VMs have no guest behind them: the NMI goes nowhere.
		log.Printf("hangdump-vcsim: SendNMI %s (%s): accepted, no guest behind it", m.This.Value, name)
	}
	writeEmptyResponse(w, "SendNMIResponse")
}
