package claims

import (
	"context"
	"maps"
	"os"
	"slices"
	"testing"

	"github.com/claimgraph/claimgraph/corpus/bench"
	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/ingest"
	"github.com/claimgraph/claimgraph/nlp"
)

// buildDoc ingests text as a .txt document.
func buildDoc(t testing.TB, text string) *doc.Document {
	t.Helper()
	in, err := ingest.New(nlp.MustLoad(), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := in.Build(context.Background(), "t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// seedAndGeneratedDocs is the seeds and n papers generated with seed, built.
func seedAndGeneratedDocs(t testing.TB, seed int64, n int) []*doc.Document {
	t.Helper()
	docs := slices.Collect(maps.Values(seedDocs(t)))
	g, err := bench.New(seed, bench.Config{})
	if err != nil {
		t.Fatal(err)
	}
	in, err := ingest.New(nlp.MustLoad(), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range g.Papers(n) {
		d, err := in.Build(context.Background(), p.Name, []byte(p.Text))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

func extractText(t testing.TB, text string) []Claim {
	t.Helper()
	d := buildDoc(t, text)
	cs := Extract(d, lexicon(t), Context{})
	for _, c := range cs {
		checkClaim(t, d, c)
	}
	return cs
}

// TestDebugText prints the claims of the text in $TEXT (go test -run
// TestDebugText -v): a tool for reading the extractor's decisions.
func TestDebugText(t *testing.T) {
	text := os.Getenv("TEXT")
	if text == "" {
		t.Skip()
	}
	for _, c := range extractText(t, text) {
		t.Logf("%s", formatClaim(c))
	}
}
