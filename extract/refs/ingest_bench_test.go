package refs_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/corpus"
	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/refs"
)

// BenchmarkExtractIngested runs Extract over the papers of the directory
// in $CG_BENCH_CORPUS as a run sees them: built by the ingestion pipeline
// (set up before the timer). Skipped when the variable is not set.
func BenchmarkExtractIngested(b *testing.B) {
	dir := os.Getenv("CG_BENCH_CORPUS")
	if dir == "" {
		b.Skip("CG_BENCH_CORPUS not set")
	}
	eng, err := corpus.NewEngine(corpus.Config{Version: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	lx, err := refs.Load()
	if err != nil {
		b.Fatal(err)
	}
	var docs []*doc.Document
	size := 0
	for _, pat := range []string{"*.txt", "*.md"} {
		paths, _ := filepath.Glob(filepath.Join(dir, pat))
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			d, err := eng.Pipeline.Build(context.Background(), filepath.Base(p), data)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, d)
			size += len(data)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, d := range docs {
			n += len(refs.Extract(d, lx))
		}
	}
	b.ReportMetric(float64(n)/float64(b.N), "refs/op")
}
