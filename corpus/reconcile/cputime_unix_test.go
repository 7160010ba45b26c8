//go:build unix

package reconcile

import (
	"syscall"
	"time"
)

// processCPUTime is the user and system time of the whole process, so that
// a benchmark can report the work done independently of how busy the
// machine is.
func processCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
