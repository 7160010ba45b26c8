package refs

import (
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/internal/doctest"
)

// seedDocument builds a seed Document naively, standing in for ingestion
// (see doctest.Naive).
func seedDocument(t testing.TB, prefix string, lx *Lexicon) *doc.Document {
	t.Helper()
	return doctest.Seed(t, prefix, headingFunc(lx))
}

func naiveDocument(id, text string, lx *Lexicon) *doc.Document {
	return doctest.Naive(id, text, headingFunc(lx))
}

func headingFunc(lx *Lexicon) func(string) bool {
	if lx == nil {
		return nil
	}
	return lx.IsHeading
}
