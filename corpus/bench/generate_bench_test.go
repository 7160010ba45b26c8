package bench

import "testing"

// BenchmarkGenerate times the corpus generator, one paper per op.
func BenchmarkGenerate(b *testing.B) {
	g := testGenerator(b)
	b.ReportAllocs()
	n, size := 0, 0
	for b.Loop() {
		p := g.Paper(n)
		size += len(p.Text)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "papers/s")
	b.SetBytes(int64(size / max(1, n)))
}
