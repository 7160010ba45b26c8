package cite

import (
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/internal/doctest"
	"github.com/claimgraph/claimgraph/extract/refs"
)

// seedDocument builds a seed Document naively, standing in for ingestion
// (see doctest.Naive).
func seedDocument(t testing.TB, prefix string, lx *refs.Lexicon) *doc.Document {
	t.Helper()
	return doctest.Seed(t, prefix, headingFunc(lx))
}

func naiveDocument(id, text string, lx *refs.Lexicon) *doc.Document {
	return doctest.Naive(id, text, headingFunc(lx))
}

func headingFunc(lx *refs.Lexicon) func(string) bool {
	if lx == nil {
		return nil
	}
	return lx.IsHeading
}
