package ingest

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// BenchmarkBuild ingests every seed (decode, clean, paragraphs, language,
// sentences, sections); MB/s is input bytes per wall-clock second of one
// goroutine, MB/cpu-s per second of CPU time.
func BenchmarkBuild(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	sort.Strings(paths)
	if len(paths) == 0 {
		b.Skip("no seeds")
	}
	var inputs [][]byte
	total := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, data)
		total += len(data)
	}
	in := testIngester(b)
	ctx := context.Background()
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		for k, data := range inputs {
			if _, err := in.Build(ctx, paths[k], data); err != nil {
				b.Fatal(err)
			}
		}
	}
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		// Throughput per CPU second (garbage collection included): the
		// wall-clock MB/s above drops when other work shares the machine.
		b.ReportMetric(float64(total)*float64(b.N)/1e6/cpu, "MB/cpu-s")
	}
}
