package corpus

import (
	"context"
	"testing"

	"github.com/claimgraph/claimgraph/corpus/bench"
	"github.com/claimgraph/claimgraph/extract"
)

// BenchmarkBibliography runs the bibliography reducer alone (in memory)
// over the records of 100 generated papers.
func BenchmarkBibliography(b *testing.B) {
	gen, err := bench.New(1, bench.Config{})
	if err != nil {
		b.Fatal(err)
	}
	e := newEngine(b)
	var recs []*extract.Record
	for _, p := range gen.Papers(100) {
		recs = append(recs, e.Pipeline.Extract(context.Background(), p.Name, []byte(p.Text)))
	}
	red := bibliographyReducer()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Reduce(recs, nil, "bench", red); err != nil {
			b.Fatal(err)
		}
	}
}
