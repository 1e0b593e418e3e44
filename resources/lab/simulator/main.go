// Command hangdump-vcsim runs govmomi's vCenter simulator for HangDump's lab.
//
// It is the stock simulator (simulator.VPX) on 127.0.0.1 with HTTPS, a
// certificate of its own that clients pin, one user whose password comes from a
// 0600 file, and the extensions HangDump needs (see intercept.go): SendNMI, a
// real .vmem beside a memory snapshot, a real .vmem and an imitation .vmss
// when the practice guest's VM is suspended (suspend.go), an imitation of the
// ESXi host's vm-support CGI with the service tickets that authorise it (vmsupport.go),
// and fixes for simulator bugs that pyvmomi trips over. Those extensions are
// imitations of vCenter and ESXi behaviour; for the VM mapped to the practice
// guest they drive the real guest through a hook program (NMI through libvirt,
// the guest's real RAM as the .vmem).
//
// On success it prints one JSON line starting with {"ready": true, ...} on
// stdout. SIGTERM or SIGINT closes the server and removes the datastores.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/vmware/govmomi/simulator"
)

type options struct {
	addr          string
	user          string
	passwordFile  string
	certOut       string
	guestVM       string
	guestMemoryMB int
	hook          string
	machines      int
}

func parseFlags() options {
	var o options
	flag.StringVar(&o.addr, "addr", "127.0.0.1:0", "listen address (loopback only)")
	flag.StringVar(&o.user, "user", "administrator@vsphere.local", "the one user name that may log in")
	flag.StringVar(&o.passwordFile, "password-file", "", "file holding the password (mode 0600)")
	flag.StringVar(&o.certOut, "cert-out", "", "where to write the server certificate (PEM) for clients to pin")
	flag.StringVar(&o.guestVM, "guest-vm", "DC0_H0_VM0", "simulated VM that stands for the practice guest")
	flag.IntVar(&o.guestMemoryMB, "guest-memory-mb", 0, "memory size to report for -guest-vm (0: keep)")
	flag.StringVar(&o.hook, "hook", "", "program run as `HOOK nmi` / `HOOK memory PATH` for -guest-vm")
	flag.IntVar(&o.machines, "machines", 0, "VMs per host and per cluster resource pool (0: the model's 2; benchmarks use more)")
	flag.Parse()
	return o
}

// readPassword reads the password file and refuses one that others may read.
func readPassword(path string) (string, error) {
	if path == "" {
		return "", fmt.Errorf("-password-file is required")
	}
	st, err := os.Stat(path)
	if err != nil {
		return "", err
	}
	if st.Mode().Perm()&0o077 != 0 {
		return "", fmt.Errorf("%s is readable by others (mode %o); it must be 0600", path, st.Mode().Perm())
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	pass := strings.TrimRight(string(data), "\r\n")
	if pass == "" {
		return "", fmt.Errorf("%s is empty", path)
	}
	return pass, nil
}

func main() {
	log.SetFlags(log.LstdFlags | log.Lmicroseconds)
	o := parseFlags()
	if err := run(o); err != nil {
		log.Fatalf("hangdump-vcsim: %v", err)
	}
}

func run(o options) error {
	host, _, err := splitLoopback(o.addr)
	if err != nil {
		return err
	}
	pass, err := readPassword(o.passwordFile)
	if err != nil {
		return err
	}
	if o.certOut == "" {
		return fmt.Errorf("-cert-out is required")
	}
	cert, err := newCertificate(host)
	if err != nil {
		return err
	}
	if err := writeCertificatePEM(o.certOut, cert); err != nil {
		return err
	}

	model := simulator.VPX()
	if o.machines > 0 {
		model.Machine = o.machines
	}
	if err := model.Create(); err != nil {
		return fmt.Errorf("creating the inventory: %w", err)
	}
	defer model.Remove()

	// Create() made a new registry; handlers must be added to that one.
	installFixups()
	guest, err := findVM(o.guestVM)
	if err != nil {
		return err
	}
	if o.guestMemoryMB > 0 {
		guest.Config.Hardware.MemoryMB = int32(o.guestMemoryMB)
		guest.Summary.Config.MemorySizeMB = int32(o.guestMemoryMB)
	}

	model.Service.TLS = tlsConfig(cert)
	model.Service.Listen = &url.URL{Host: o.addr, User: url.UserPassword(o.user, pass)}
	server := model.Service.NewServer()
	// No client can have connected yet: nobody knows the port before the ready line.
	server.Config.Handler = &interceptor{
		next:    server.Config.Handler,
		guestVM: o.guestVM,
		hook:    o.hook,

		tickets:    newTicketStore(),
		thumbprint: sha1Thumbprint(cert.Certificate[0]),
	}

	ready := map[string]interface{}{
		"ready":       true,
		"url":         "https://" + server.Listener.Addr().String() + "/sdk",
		"nmi_vm":      guest.Name,
		"nmi_vm_uuid": guest.Config.InstanceUuid,
		"about":       model.ServiceContent.About.FullName,
	}
	line, _ := json.Marshal(ready)
	fmt.Println(string(line))

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	sig := <-stop
	log.Printf("hangdump-vcsim: %s, shutting down", sig)
	server.Close()
	return nil
}

// findVM returns the simulated VM called name.
func findVM(name string) (*simulator.VirtualMachine, error) {
	var names []string
	for _, e := range simulator.Map.All("VirtualMachine") {
		vm := e.(*simulator.VirtualMachine)
		if vm.Name == name {
			return vm, nil
		}
		names = append(names, vm.Name)
	}
	return nil, fmt.Errorf("no simulated VM named %q (have: %s)", name, strings.Join(names, ", "))
}
