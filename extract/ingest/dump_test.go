package ingest

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/nlp"
)

var dumpPath = flag.String("dump", "", "print the document built from this file in the format of `claimgraph text --markers` (TestDump)")

// TestDump prints a document as `claimgraph text --markers` does, so that
// ingestion can be read by a person without the rest of the pipeline:
//
//	go test ./extract/ingest -run TestDump -dump ../../seeds/002_b949b4b87d2bd05f.txt
func TestDump(t *testing.T) {
	if *dumpPath == "" {
		t.Skip("no -dump path")
	}
	data, err := os.ReadFile(*dumpPath)
	if err != nil {
		t.Fatal(err)
	}
	in, err := New(nlp.MustLoad(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := in.Build(context.Background(), *dumpPath, data)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	writeMarkers(w, d)
}

func writeMarkers(w *bufio.Writer, d *doc.Document) {
	fmt.Fprintf(w, "title: %q\nlanguages: %v\nremoved: %q\n", d.Title, d.Languages, d.Removed)
	for _, p := range d.Pages {
		fmt.Fprintf(w, "page %d printed %q removed %q\n", p.Number, p.Printed, p.Removed)
	}
	page, sec := -1, -1
	si := 0
	for _, p := range d.Paragraphs {
		if pg := d.PageAt(p.Span.Start); len(d.Pages) > 0 && pg != page {
			page = pg
			fmt.Fprintf(w, "\n=== page %d ===\n", pg)
		}
		for i, s := range d.Sections {
			if s.Span.Start == p.Span.Start && i > sec {
				sec = i
				fmt.Fprintf(w, "\n### section: %s (%q)\n", s.Kind, s.Heading)
			}
		}
		pos := d.Position(p.Span.Start)
		h := ""
		if p.Heading {
			h = " heading"
		}
		fmt.Fprintf(w, "\n[¶ %s%s, line %d]\n", p.Lang, h, pos.Line)
		for ; si < len(d.Sentences) && d.Sentences[si].Span.Start < p.Span.End; si++ {
			if p.Span.Contains(d.Sentences[si].Span) {
				fmt.Fprintf(w, "  ‣ %s\n", d.Slice(d.Sentences[si].Span))
			}
		}
	}
}
