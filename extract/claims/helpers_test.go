package claims

import (
	"context"
	"os"
	"testing"

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
