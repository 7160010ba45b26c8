package ingest

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// FuzzBuild builds a document from arbitrary bytes as a .txt, a .md, or a
// PDF whose pages come from a fake reader (pages split at form feeds, lines
// at line feeds). No input may panic; a document built must hold together:
// paragraph, sentence and section spans inside the text, ordered and
// non-overlapping, sentences inside paragraphs, pages tiling the text, and
// every offset mapping to a position inside the original.
func FuzzBuild(f *testing.F) {
	f.Add([]byte("# Title\n\n**Abstract:** text *here*.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"), uint8(1))
	f.Add([]byte("Аңдатпа. Бұл зерттеуде халықт-\nағы көші-\nқон.\n\n267\n\nТокмеилова М., Асхат Г.\n"), uint8(0))
	f.Add([]byte("Header\nBody text that goes on-\nward.\n7\f\nHeader\nMore text.\n8\n"), uint8(2))
	f.Add([]byte("Ваshir^{II} <sup>1</sup> [^2] &amp; \\* <a href=\"x\">y</a>"), uint8(1))
	in := testIngester(f)
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		path := []string{"x.txt", "x.md", "x.pdf"}[kind%3]
		b := in
		if kind%3 == 2 {
			b = &Ingester{nlp: in.nlp, headings: in.headings, byFirst: in.byFirst, firstWords: in.firstWords, opt: Options{PDF: func(ctx context.Context, data []byte) ([][]string, error) {
				var pages [][]string
				for _, p := range strings.Split(string(data), "\f") {
					pages = append(pages, strings.Split(p, "\n"))
				}
				return pages, nil
			}}}
		}
		d, err := b.Build(context.Background(), path, data)
		if err != nil {
			return
		}
		checkDocument(t, d)
	})
}

// checkDocument checks the invariants of a built document.
func checkDocument(t *testing.T, d *doc.Document) {
	t.Helper()
	n := len(d.Text)
	if !utf8.ValidString(d.Text) {
		t.Fatalf("text is not valid UTF-8")
	}
	inText := func(what string, s doc.Span) {
		if s.Start < 0 || s.End > n || s.Start > s.End {
			t.Fatalf("%s span %v outside the text (%d bytes)", what, s, n)
		}
		if s.Start < n && !utf8.RuneStart(d.Text[s.Start]) || s.End < n && !utf8.RuneStart(d.Text[s.End]) {
			t.Fatalf("%s span %v splits a character", what, s)
		}
	}
	prev := 0
	for _, p := range d.Paragraphs {
		inText("paragraph", p.Span)
		if p.Span.Start < prev || p.Span.Start == p.Span.End {
			t.Fatalf("paragraph %v empty or overlaps the one before (ends %d)", p.Span, prev)
		}
		prev = p.Span.End
	}
	prev = 0
	for _, s := range d.Sentences {
		inText("sentence", s.Span)
		if s.Span.Start < prev || s.Span.Start == s.Span.End {
			t.Fatalf("sentence %v empty or overlaps the one before (ends %d)", s.Span, prev)
		}
		prev = s.Span.End
		if i := d.ParagraphIndex(s.Span.Start); i < 0 || !d.Paragraphs[i].Span.Contains(s.Span) {
			t.Fatalf("sentence %v not inside a paragraph", s.Span)
		}
	}
	prev = 0
	for _, s := range d.Sections {
		inText("section", s.Span)
		if s.Span.Start < prev {
			t.Fatalf("section %v overlaps the one before", s.Span)
		}
		prev = s.Span.End
	}
	for _, m := range d.Marks {
		inText("mark", m.Span)
	}
	for i, p := range d.Pages {
		inText("page", p.Span)
		if i == 0 && p.Span.Start != 0 || i > 0 && p.Span.Start != d.Pages[i-1].Span.End || i == len(d.Pages)-1 && p.Span.End != n {
			t.Fatalf("pages do not tile the text: %+v", d.Pages)
		}
	}
	if want := lineStartsSpec(d.Source.OrigText); !reflect.DeepEqual(d.Source.LineStarts, want) {
		t.Fatalf("line starts %v, want %v", d.Source.LineStarts, want)
	}
	lines := len(d.Source.LineStarts)
	for off := 0; off <= n; off += 1 + off/64 {
		o := d.Source.Original(off)
		if o < 0 {
			t.Fatalf("Original(%d) = %d", off, o)
		}
		pos := d.Position(off)
		if pos.Line < 1 || pos.Line > lines || pos.Column < 1 {
			t.Fatalf("Position(%d) = %+v (%d lines)", off, pos, lines)
		}
		if len(d.Source.PageStarts) > 0 && (pos.Page < 1 || pos.Page > len(d.Source.PageStarts)) {
			t.Fatalf("Position(%d).Page = %d of %d", off, pos.Page, len(d.Source.PageStarts))
		}
	}
	for _, l := range d.Languages {
		if l.Share < 0 || l.Share > 1 {
			t.Fatalf("language share %+v", l)
		}
	}
}

// TestSeedInvariants applies the fuzz invariants to the seeds.
func TestSeedInvariants(t *testing.T) {
	for _, s := range loadSeeds(t) {
		checkDocument(t, s.d)
	}
}

// TestConcurrentBuild: an Ingester is safe for concurrent use and builds the
// same document whatever runs beside it (run with -race).
func TestConcurrentBuild(t *testing.T) {
	seeds := loadSeeds(t)
	in := testIngester(t)
	done := make(chan error)
	for k := 0; k < 4; k++ {
		go func() {
			for _, s := range seeds {
				d, err := in.Build(context.Background(), s.path, s.data)
				if err == nil && (d.Text != s.d.Text || len(d.Sentences) != len(s.d.Sentences)) {
					err = errorString(s.name + ": different document when built concurrently")
				}
				if err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}()
	}
	for k := 0; k < 4; k++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

type errorString string

func (e errorString) Error() string { return string(e) }

// TestPathologicalInputs: inputs built to hit worst cases finish quickly.
func TestPathologicalInputs(t *testing.T) {
	inputs := map[string]string{
		"x.md":  strings.Repeat("_a* ", 100000),
		"y.md":  strings.Repeat("*", 200000) + "\n" + strings.Repeat("[", 50000) + strings.Repeat("<sup>", 20000),
		"x.txt": strings.Repeat("word-\n", 50000) + strings.Repeat("1\n\n", 20000),
		"z.txt": strings.Repeat("a ", 500000),
	}
	in := testIngester(t)
	for path, text := range inputs {
		start := time.Now()
		d, err := in.Build(context.Background(), path, []byte(text))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		checkDocument(t, d)
		if el := time.Since(start); el > 20*time.Second {
			t.Errorf("%s: %v for %d bytes", path, el, len(text))
		}
	}
}
