package refs

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// BenchmarkExtract runs Extract over the papers of the directory in
// $CG_BENCH_CORPUS (built naively, standing in for ingestion); skipped when
// it is not set. The naive documents keep the Markdown markup (links,
// emphasis) that ingestion removes, so cleaning costs more here than in a
// run: confirm gains with benchtool stages.
func BenchmarkExtract(b *testing.B) {
	dir := os.Getenv("CG_BENCH_CORPUS")
	if dir == "" {
		b.Skip("CG_BENCH_CORPUS not set")
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
			docs = append(docs, naiveDocument(filepath.Base(p), string(data), testLex))
			size += len(data)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, d := range docs {
			n += len(Extract(d, testLex))
		}
	}
	b.ReportMetric(float64(n)/float64(b.N), "refs/op")
}
