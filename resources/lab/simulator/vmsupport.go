// IMITATION of ESXi's /cgi-bin/vm-support.cgi (manifest HungVM:Send_NMI_To_Guest)
// and of the generic service tickets that authorise it. Nothing real can run in
// the lab -- there is no ESXi host behind govmomi's simulator -- so this file
// plays the host's part, as the house rules allow for declared imitations:
//
//   - AcquireGenericServiceTicket (stock simulator: an id that is never
//     checked, no thumbprint) returns a ticket bound to the requested URL and
//     HTTP method, usable once, plus the SHA-1 thumbprint of this server's
//     certificate, which a client pins before it sends the ticket;
//   - GET /cgi-bin/vm-support.cgi?manifests=HungVM:Send_NMI_To_Guest&vm=/vmfs/volumes/<ds>/<dir>/<vm>.vmx
//     with the cookie vmware_cgi_ticket=<id> checks the ticket, the manifest
//     and the VM, then delivers a real NMI to the practice guest through the
//     same hook as SendNMI (other simulated VMs: accepted and logged) and
//     answers with a small .tgz, as the real CGI answers with a bundle.
//     Missing ticket: 401. Unknown, used, or another URL's ticket: 403.
//     Unknown VM: 404. The real CGI blocks about a minute before the NMI
//     arrives; this one does not wait.
//
// Per-VM switches, set with ReconfigVM_Task through the ordinary API (the last
// extraConfig entry with the key wins; an empty value clears it), so a test
// changes one VM and not what other users of the shared lab see:
//
//	hangdump.lab.SendNMI = MethodNotFound       SendNMI answers as servers without it do
//	hangdump.lab.Global.Diagnostics = denied    the CGI answers 403, as for a user without it
package main

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/vmware/govmomi/simulator"
	"github.com/vmware/govmomi/vim25/types"
	"github.com/vmware/govmomi/vim25/xml"
)

const (
	vmSupportPath   = "/cgi-bin/vm-support.cgi"
	nmiManifest     = "HungVM:Send_NMI_To_Guest"
	cgiCookie       = "vmware_cgi_ticket"
	ticketLifetime  = 10 * time.Minute
	switchSendNMI   = "hangdump.lab.SendNMI"
	switchDiagnosis = "hangdump.lab.Global.Diagnostics"
)

// serviceTicket is what a generic service ticket grants: one request.
type serviceTicket struct {
	method  string     // "httpGet" ...
	path    string     // the URL's path
	query   url.Values // and its query, compared parsed (%3A and ':' are the same)
	expires time.Time
}

// ticketStore holds tickets until they are used or expire.
type ticketStore struct {
	mu sync.Mutex
	m  map[string]serviceTicket
}

func newTicketStore() *ticketStore {
	return &ticketStore{m: map[string]serviceTicket{}}
}

func (s *ticketStore) issue(t serviceTicket) (string, error) {
	raw := make([]byte, 20)
	if _, err := rand.Read(raw); err != nil {
		return "", err
	}
	id := hex.EncodeToString(raw)
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now()
	for k, old := range s.m {
		if now.After(old.expires) {
			delete(s.m, k)
		}
	}
	s.m[id] = t
	return id, nil
}

// take removes and returns the ticket: whatever the request, it is spent.
func (s *ticketStore) take(id string) (serviceTicket, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.m[id]
	delete(s.m, id)
	if ok && time.Now().After(t.expires) {
		return t, false
	}
	return t, ok
}

// sha1Thumbprint is the form vCenter uses in sslThumbprint: "AB:CD:...".
func sha1Thumbprint(der []byte) string {
	sum := sha1.Sum(der)
	parts := make([]string, len(sum))
	for i, b := range sum {
		parts[i] = fmt.Sprintf("%02X", b)
	}
	return strings.Join(parts, ":")
}

// acquireTicket answers SessionManager.AcquireGenericServiceTicket. The request
// is forwarded first, so the simulator checks the session (NotAuthenticated
// and other faults go back unchanged).
func (h *interceptor) acquireTicket(w http.ResponseWriter, r *http.Request, body []byte) {
	rec, err := h.forward(r, body)
	if err != nil {
		h.answerPanic(w, "AcquireGenericServiceTicket", err)
		return
	}
	if rec.Code != http.StatusOK {
		writeRecorded(w, rec)
		return
	}
	m, err := decode(body)
	if err != nil {
		writeFault(w, err.Error(), &types.InvalidRequest{})
		return
	}
	req, _ := m.Body.(*types.AcquireGenericServiceTicket)
	var spec *types.SessionManagerHttpServiceRequestSpec
	if req != nil {
		spec, _ = req.Spec.(*types.SessionManagerHttpServiceRequestSpec)
	}
	if spec == nil {
		msg := "only HttpServiceRequestSpec tickets are imitated"
		writeFault(w, msg, &types.NotSupported{})
		return
	}
	u, err := url.Parse(spec.Url)
	if err != nil || u.Path == "" {
		writeFault(w, "spec.url is not a URL", &types.InvalidArgument{InvalidProperty: "spec.url"})
		return
	}
	method := spec.Method
	if method == "" {
		method = string(types.SessionManagerHttpServiceRequestSpecMethodHttpGet)
	}
	id, err := h.tickets.issue(serviceTicket{
		method:  method,
		path:    u.Path,
		query:   u.Query(),
		expires: time.Now().Add(ticketLifetime),
	})
	if err != nil {
		writeFault(w, err.Error(), systemError(err.Error()))
		return
	}
	var inner bytes.Buffer
	inner.WriteString(`<AcquireGenericServiceTicketResponse xmlns="urn:vim25"><returnval>`)
	for _, f := range [][2]string{
		{"id", id},
		{"hostName", simulator.Map.SessionManager().ServiceHostName},
		{"sslThumbprint", h.thumbprint},
	} {
		inner.WriteString("<" + f[0] + ">")
		_ = xml.EscapeText(&inner, []byte(f[1]))
		inner.WriteString("</" + f[0] + ">")
	}
	inner.WriteString(`</returnval></AcquireGenericServiceTicketResponse>`)
	log.Printf("hangdump-vcsim: service ticket for %s %s", method, u.Path)
	writeEnvelope(w, http.StatusOK, inner.Bytes())
}

// vmSupportCGI imitates the host's vm-support CGI for the NMI manifest.
func (h *interceptor) vmSupportCGI(w http.ResponseWriter, r *http.Request) {
	refuse := func(code int, msg string) {
		log.Printf("hangdump-vcsim: vm-support.cgi: %d %s", code, msg)
		http.Error(w, msg, code)
	}
	cookie, err := r.Cookie(cgiCookie)
	if err != nil || cookie.Value == "" {
		refuse(http.StatusUnauthorized, "a "+cgiCookie+" cookie is required")
		return
	}
	ticket, ok := h.tickets.take(cookie.Value)
	switch {
	case !ok:
		refuse(http.StatusForbidden, "the ticket is unknown, used or expired")
		return
	case ticket.method != "http"+r.Method[:1]+strings.ToLower(r.Method[1:]):
		refuse(http.StatusForbidden, "the ticket was issued for "+ticket.method)
		return
	case ticket.path != r.URL.Path || !reflect.DeepEqual(ticket.query, r.URL.Query()):
		refuse(http.StatusForbidden, "the ticket was issued for another URL")
		return
	}
	if r.Method != http.MethodGet {
		refuse(http.StatusMethodNotAllowed, "only GET")
		return
	}
	q := r.URL.Query()
	if got := q.Get("manifests"); got != nmiManifest {
		refuse(http.StatusNotImplemented, "this imitation knows only the manifest "+nmiManifest+", not "+got)
		return
	}
	vmx := q.Get("vm")
	vm := vmByVmfsPath(vmx)
	if vm == nil {
		refuse(http.StatusNotFound, "no VM with the configuration file "+vmx)
		return
	}
	var name string
	var state types.VirtualMachinePowerState
	var denied bool
	simulator.Map.WithLock(vm, func() {
		name, state = vm.Name, vm.Runtime.PowerState
		denied = labSwitch(vm, switchDiagnosis) == "denied"
	})
	if denied {
		refuse(http.StatusForbidden, "Permission to perform this operation was denied: Global.Diagnostics")
		return
	}
	if state != types.VirtualMachinePowerStatePoweredOn {
		refuse(http.StatusConflict, name+" is "+string(state)+"; the manifest needs a running VM")
		return
	}
	start := time.Now()
	if name == h.guestVM {
		if err := h.runHook("nmi"); err != nil {
			refuse(http.StatusInternalServerError, "Sending the NMI to the practice guest failed: "+err.Error())
			return
		}
	} else {
		log.Printf("hangdump-vcsim: vm-support.cgi NMI to %s (%s): accepted, no guest behind it", vm.Self.Value, name)
	}
	bundle, err := supportBundle(name, vmx, start)
	if err != nil {
		refuse(http.StatusInternalServerError, err.Error())
		return
	}
	log.Printf("hangdump-vcsim: vm-support.cgi %s for %s: 200", nmiManifest, name)
	w.Header().Set("Content-Type", "application/x-gzip")
	w.Header().Set("Content-Disposition", `attachment; filename="vm-support.tgz"`)
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(bundle)
}

// vmByVmfsPath finds the VM whose "[ds] dir/vm.vmx" is /vmfs/volumes/ds/dir/vm.vmx.
func vmByVmfsPath(path string) *simulator.VirtualMachine {
	if !strings.HasPrefix(path, "/vmfs/volumes/") {
		return nil
	}
	for _, e := range simulator.Map.All("VirtualMachine") {
		vm := e.(*simulator.VirtualMachine)
		var cfg string
		simulator.Map.WithLock(vm, func() {
			if vm.Config != nil {
				cfg = vm.Config.Files.VmPathName
			}
		})
		ds, rel, ok := strings.Cut(strings.TrimPrefix(cfg, "["), "] ")
		if ok && path == "/vmfs/volumes/"+ds+"/"+strings.TrimLeft(rel, "/") {
			return vm
		}
	}
	return nil
}

// labSwitch reads a per-VM switch from extraConfig (call with the VM locked).
func labSwitch(vm *simulator.VirtualMachine, key string) string {
	value := ""
	if vm.Config == nil {
		return value
	}
	for _, o := range vm.Config.ExtraConfig {
		if v := o.GetOptionValue(); v.Key == key {
			value = fmt.Sprint(v.Value)
		}
	}
	return value
}

// supportBundle is the small .tgz the imitation answers with.
func supportBundle(name, vmx string, start time.Time) ([]byte, error) {
	text := fmt.Sprintf("vm-support (HangDump lab imitation)\nmanifest: %s\nvm: %s (%s)\nNMI sent: %s\n",
		nmiManifest, name, vmx, start.UTC().Format(time.RFC3339Nano))
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	hdr := &tar.Header{Name: "vm-support/HungVM.txt", Mode: 0o644, Size: int64(len(text)), ModTime: start}
	if err := tw.WriteHeader(hdr); err != nil {
		return nil, err
	}
	if _, err := tw.Write([]byte(text)); err != nil {
		return nil, err
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	if err := gz.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
