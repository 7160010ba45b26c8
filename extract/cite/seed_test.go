package cite

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/refs"
)

// seedDocument builds a Document from a seed text naively, standing in for
// ingestion: paragraphs are blank-line separated blocks, each paragraph is
// one sentence, and a "references" section runs from the first list
// heading to the end.
func seedDocument(t testing.TB, prefix string, lx *refs.Lexicon) *doc.Document {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join("..", "..", "seeds", prefix+"_*.txt"))
	if len(matches) != 1 {
		t.Skipf("seed %s not found", prefix)
	}
	data, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	return naiveDocument(prefix, string(data), lx)
}

func naiveDocument(id, text string, lx *refs.Lexicon) *doc.Document {
	d := &doc.Document{ID: id, Text: text, Format: doc.FormatText}
	start := -1
	off := 0
	for _, l := range strings.SplitAfter(text, "\n") {
		blank := strings.TrimSpace(l) == ""
		if blank && start >= 0 {
			end := off
			for end > start && (text[end-1] == '\n' || text[end-1] == ' ' || text[end-1] == '\r') {
				end--
			}
			d.Paragraphs = append(d.Paragraphs, doc.Paragraph{Span: doc.Span{Start: start, End: end}})
			start = -1
		} else if !blank && start < 0 {
			start = off
		}
		off += len(l)
	}
	if start >= 0 {
		d.Paragraphs = append(d.Paragraphs, doc.Paragraph{Span: doc.Span{Start: start, End: len(text)}})
	}
	for _, p := range d.Paragraphs {
		d.Sentences = append(d.Sentences, doc.Sentence{Span: p.Span})
		if lx != nil && len(d.Sections) == 0 && lx.IsHeading(d.Slice(p.Span)) {
			d.Sections = append(d.Sections, doc.Section{Kind: doc.SectionReferences, Heading: strings.TrimSpace(d.Slice(p.Span)), Span: doc.Span{Start: p.Span.Start, End: len(text)}})
		}
	}
	return d
}
