package main

import (
	"context"
	"fmt"
	"log"
	"os/exec"
	"strings"
	"time"
)

// hookTimeout bounds one hook run: saving 512 MiB of guest RAM under TCG takes
// seconds, an NMI a fraction of one.
const hookTimeout = 5 * time.Minute

// runHook runs the lab's hook program (`HOOK nmi`, `HOOK memory PATH`), which
// acts on the practice guest through libvirt. Its output goes to the log.
func (h *interceptor) runHook(args ...string) error {
	if h.hook == "" {
		return fmt.Errorf("no -hook configured for %s", h.guestVM)
	}
	ctx, cancel := context.WithTimeout(context.Background(), hookTimeout)
	defer cancel()
	start := time.Now()
	out, err := exec.CommandContext(ctx, h.hook, args...).CombinedOutput()
	text := strings.TrimSpace(string(out))
	log.Printf("hangdump-vcsim: hook %s: %.2fs err=%v %s", strings.Join(args, " "),
		time.Since(start).Seconds(), err, text)
	if err != nil {
		if text != "" {
			return fmt.Errorf("%v: %s", err, text)
		}
		return err
	}
	return nil
}
