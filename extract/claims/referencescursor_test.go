package claims

import (
	"math/rand"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// TestReferencesCursor checks referencesCursor.in against d.InSection (the scan
// it replaces) on random sections, in order and disjoint (the cursor's
// path, with empty and adjacent sections) or not (its fallback), asked for
// offsets that mostly ascend and sometimes step back.
func TestReferencesCursor(t *testing.T) {
	rng := rand.New(rand.NewSource(16))
	kinds := []string{doc.SectionReferences, doc.SectionIntroduction}
	for trial := 0; trial < 3000; trial++ {
		d := &doc.Document{}
		n := rng.Intn(6)
		pos := 0
		for i := 0; i < n; i++ {
			var s doc.Span
			if trial%3 == 0 {
				// anywhere, overlapping or backwards
				s = doc.Span{Start: rng.Intn(40), End: rng.Intn(40)}
			} else {
				pos += rng.Intn(4)
				s = doc.Span{Start: pos, End: pos + rng.Intn(8)}
				pos = s.End
			}
			d.Sections = append(d.Sections, doc.Section{Kind: kinds[rng.Intn(len(kinds))], Span: s})
		}
		c := newReferencesCursor(d)
		off := rng.Intn(4) - 2
		for k := 0; k < 30; k++ {
			if got, want := c.in(off), d.InSection(off, doc.SectionReferences); got != want {
				t.Fatalf("trial %d: sections %+v: in(%d) = %v, InSection %v", trial, d.Sections, off, got, want)
			}
			if rng.Intn(8) == 0 {
				off -= rng.Intn(12)
			} else {
				off += rng.Intn(4)
			}
		}
	}
}
