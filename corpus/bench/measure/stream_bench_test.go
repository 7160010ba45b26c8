package measure

import (
	"testing"

	"github.com/claimgraph/claimgraph/corpus"
)

// BenchmarkStreamAdd times Stream.Add over the fixture's records (one op
// is the whole corpus): encoding each record into the spill, as the
// extract phase of a run does after every document.
func BenchmarkStreamAdd(b *testing.B) {
	f := loadFixture(b)
	dir := b.TempDir()
	done := f.report(b)
	for b.Loop() {
		s, err := corpus.NewStream(dir)
		if err != nil {
			b.Fatal(err)
		}
		for i, r := range f.recs {
			s.Add(i, r)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
	done()
}

// BenchmarkStreamReduce times Stream.Reduce over the fixture's records
// (one op is the whole corpus; adding them to the stream is not timed):
// the reduce phase of a run, each reducer on the light nodes it reads back
// from the spill, its output sorted and spilled.
func BenchmarkStreamReduce(b *testing.B) {
	f := loadFixture(b)
	dir := b.TempDir()
	done := f.report(b)
	for b.Loop() {
		b.StopTimer()
		s, err := corpus.NewStream(dir)
		if err != nil {
			b.Fatal(err)
		}
		for i, r := range f.recs {
			s.Add(i, r)
		}
		b.StartTimer()
		res, err := f.eng.ReduceStream(s, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if err := res.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	done()
}
