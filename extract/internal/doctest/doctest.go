// Package doctest builds documents for extractor tests without ingestion,
// so that a parser's tests do not depend on how ingestion evolves.
package doctest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// Naive builds a Document from text: paragraphs are blank-line separated
// blocks, each paragraph is one sentence, and a "references" section runs
// from the first paragraph isHeading accepts to the end (none when isHeading
// is nil).
func Naive(id, text string, isHeading func(string) bool) *doc.Document {
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
		if isHeading != nil && len(d.Sections) == 0 && isHeading(d.Slice(p.Span)) {
			d.Sections = append(d.Sections, doc.Section{Kind: doc.SectionReferences, Heading: strings.TrimSpace(d.Slice(p.Span)), Span: doc.Span{Start: p.Span.Start, End: len(text)}})
		}
	}
	return d
}

// Seed builds a Naive document from the seed whose name starts with prefix
// (seeds/<prefix>_*.txt, relative to a package two levels below the root);
// the test is skipped when the seed is absent.
func Seed(t testing.TB, prefix string, isHeading func(string) bool) *doc.Document {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join("..", "..", "seeds", prefix+"_*.txt"))
	if len(matches) != 1 {
		t.Skipf("seed %s not found", prefix)
	}
	data, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	return Naive(prefix, string(data), isHeading)
}
