//go:build unix

package measure

import (
	"syscall"
	"time"
)

// processCPU is the user and system time of the whole process (every
// thread, the garbage collector's included).
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
