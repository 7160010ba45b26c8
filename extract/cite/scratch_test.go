package cite

import (
	"reflect"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/refs"
)

// TestAttribScratchReuse checks that the space attributionsGated reuses
// from document to document (attribLexicon.scratch) changes nothing: each
// seed, read after longer and shorter documents with one lexicon, gives
// what it gives with a lexicon of its own.
func TestAttribScratchReuse(t *testing.T) {
	seeds := []string{"000", "001", "002", "003", "004"}
	docs := make([]*doc.Document, 0, len(seeds)+1)
	for _, s := range seeds {
		docs = append(docs, seedDocument(t, s, testRefsLex))
	}
	// A short document between the long ones: its tokens leave the
	// reused space dirty past its end for the next.
	docs = append(docs[:2], append([]*doc.Document{naiveDocument("short", "According to the World Bank, migration grew. Source: IOM data.", testRefsLex)}, docs[2:]...)...)
	fresh := func() *Lexicon {
		lx, err := Load()
		if err != nil {
			t.Fatal(err)
		}
		return lx
	}
	want := make([]Result, len(docs))
	for i, d := range docs {
		want[i] = Extract(d, refs.Extract(d, testRefsLex), fresh())
	}
	shared := fresh()
	for round := range 2 {
		for k := range docs {
			i := k
			if round == 1 {
				i = len(docs) - 1 - k // the other order
			}
			d := docs[i]
			if got := Extract(d, refs.Extract(d, testRefsLex), shared); !reflect.DeepEqual(got, want[i]) {
				t.Fatalf("round %d, document %d: with reused space %+v, want %+v", round, i, got.Attributions, want[i].Attributions)
			}
		}
	}
}
