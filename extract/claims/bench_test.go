package claims

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkExtract measures claim extraction over the seeds (ingestion
// excluded): MB/s of text, claims per second, and MB per CPU second (which
// stays meaningful on a loaded machine).
func BenchmarkExtract(b *testing.B) {
	lx := lexicon(b)
	docs := seedDocs(b)
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	claims := 0
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			claims += len(Extract(d, lx, Context{}))
		}
	}
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(claims)/b.Elapsed().Seconds(), "claims/s")
	if cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}
