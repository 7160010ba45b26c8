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
