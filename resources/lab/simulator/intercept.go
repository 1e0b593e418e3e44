package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"sync"

	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/types"
)

// interceptor wraps the simulator's HTTP handler. SOAP requests to /sdk are
// forwarded into a recorder first: the simulator runs tasks synchronously
// inside its handler, so a task has finished, unseen by the client, when the
// recorder returns, and the answer can still be amended or replaced.
// Suspending the practice guest's VM writes its .vmss + .vmem (suspend.go).
// The vm-support CGI is answered here (vmsupport.go); everything else
// (/folder downloads with Range, /about ...) goes straight through.
type interceptor struct {
	next    http.Handler
	guestVM string // name of the simulated VM that stands for the practice guest
	hook    string // program driving the practice guest (see hook.go)

	// The vm-support CGI imitation (vmsupport.go): its tickets, and the SHA-1
	// thumbprint of this server's certificate that comes with each ticket.
	tickets    *ticketStore
	thumbprint string

	// snapshots serialises snapshot operations, which read a VM's layout
	// before forwarding and rewrite it afterwards.
	snapshots sync.Mutex
}

func (h *interceptor) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == vmSupportPath {
		h.vmSupportCGI(w, r)
		return
	}
	if r.Method != http.MethodPost || (r.URL.Path != "/sdk" && r.URL.Path != "/sdk/vimService") {
		h.next.ServeHTTP(w, r)
		return
	}
	body, err := io.ReadAll(r.Body)
	_ = r.Body.Close()
	if err != nil {
		http.Error(w, "reading the request failed", http.StatusBadRequest)
		return
	}
	switch op := operation(body); op {
	case "SendNMI":
		h.sendNMI(w, r, body)
	case "AcquireGenericServiceTicket":
		h.acquireTicket(w, r, body)
	case "CreateSnapshot_Task":
		h.createSnapshot(w, r, body)
	case "SuspendVM_Task":
		h.suspendVM(w, r, body)
	case "PowerOnVM_Task", "PowerOffVM_Task":
		h.powerChange(w, r, body, op)
	case "RemoveSnapshot_Task", "RemoveAllSnapshots_Task":
		h.snapshots.Lock()
		defer h.snapshots.Unlock()
		writeRecorded(w, h.removeSnapshots(r, body))
	default:
		rec, err := h.forward(r, body)
		if err != nil {
			h.answerPanic(w, op, err)
			return
		}
		writeRecorded(w, rec)
	}
}

// forward runs the simulator on a copy of the request. A panic inside the
// simulator (PropertyCollector.Fetch of an unset property, for one) would
// otherwise drop the connection; it comes back as an error instead.
func (h *interceptor) forward(r *http.Request, body []byte) (rec *httptest.ResponseRecorder, err error) {
	defer func() {
		if p := recover(); p != nil {
			log.Printf("hangdump-vcsim: simulator panicked: %v", p)
			err = fmt.Errorf("the simulator failed: %v", p)
		}
	}()
	req := r.Clone(r.Context())
	req.Body = io.NopCloser(bytes.NewReader(body))
	req.ContentLength = int64(len(body))
	rec = httptest.NewRecorder()
	h.next.ServeHTTP(rec, req)
	return rec, nil
}

// answerPanic turns a simulator panic into a proper SOAP answer. Fetch panics
// on an unset property (vm.snapshot of a VM without snapshots); vCenter
// answers that with no value, so an empty FetchResponse is the faithful reply.
func (h *interceptor) answerPanic(w http.ResponseWriter, op string, err error) {
	if op == "Fetch" {
		writeEmptyResponse(w, "FetchResponse")
		return
	}
	writeFault(w, err.Error(), systemError(err.Error()))
}

func writeRecorded(w http.ResponseWriter, rec *httptest.ResponseRecorder) {
	for k, v := range rec.Header() {
		w.Header()[k] = v
	}
	w.WriteHeader(rec.Code)
	_, _ = w.Write(rec.Body.Bytes())
}

// isFault tells whether a recorded answer is the given vim25 fault.
func isFault(rec *httptest.ResponseRecorder, kind string) bool {
	return rec.Code == http.StatusInternalServerError &&
		bytes.Contains(rec.Body.Bytes(), []byte(`<`+kind+`Fault `))
}

// decode parses a request body into its vim25 request type.
func decode(body []byte) (*simulator.Method, error) {
	return simulator.UnmarshalBody(types.TypeFunc(), body)
}
