//go:build unix

package legal

import "syscall"

// cpuSeconds is the CPU time (user + system) this process has used, so that
// the benchmark can report throughput per CPU second, which does not depend
// on what else runs on the machine.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}
