// Package ingest reads one input (PDF, plain text or Markdown) and builds the
// shared doc.Document: decoded, cleaned and normalized text with a map back to
// the original, pages, paragraphs with their language, sentences and sections.
package ingest

import (
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/nlp"
)

//go:embed data/*.txt
var dataFS embed.FS

// Stage names the step at which ingestion failed (contract names).
type Stage string

// Ingestion stages that can fail.
const (
	StageRead   Stage = "read"
	StageDecode Stage = "decode"
	StagePDF    Stage = "pdf"
)

// Error is an ingestion failure with the stage it happened at.
type Error struct {
	Stage Stage
	Err   error
}

func (e *Error) Error() string { return e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// ErrUnsupported is returned for inputs whose extension is not read.
var ErrUnsupported = errors.New("unsupported file type")

// PDFReader extracts the text lines of each page of a PDF, in reading order
// ("" lines mark paragraph breaks). It is injected so that the choice of
// backend stays with the caller.
type PDFReader func(ctx context.Context, data []byte) ([][]string, error)

// Options configure ingestion.
type Options struct {
	// PDF reads PDFs; nil makes PDF inputs an error.
	PDF PDFReader
}

// Ingester builds documents; it holds the loaded word lists and is safe for
// concurrent use.
type Ingester struct {
	nlp      *nlp.Resources
	headings map[string]string // normalized heading → section kind
	// byFirst lists the multi-word headings by their first word, for
	// headings whose last word is inflected ("Материалдар мен әдістерді").
	byFirst map[string][]string
	// firstWords are the first words of all headings.
	firstWords map[string]bool
	// firstShapes has bit min(len(w), 63) of firstShapes[w[0]] set for
	// each first word w: most words of the text fail it without a lookup.
	firstShapes [256]uint64
	opt         Options
}

// New returns an Ingester using res and the embedded heading lexicon.
func New(res *nlp.Resources, opt Options) (*Ingester, error) {
	entries, err := nlp.LoadLexicon(dataFS, "data/headings.txt")
	if err != nil {
		return nil, err
	}
	in := &Ingester{nlp: res, headings: map[string]string{}, byFirst: map[string][]string{}, firstWords: map[string]bool{}, opt: opt}
	kinds := map[string]bool{doc.SectionAbstract: true, doc.SectionKeywords: true, doc.SectionIntroduction: true,
		doc.SectionMethods: true, doc.SectionResults: true, doc.SectionDiscussion: true, doc.SectionConclusion: true,
		doc.SectionReferences: true, doc.SectionAcknowledgments: true, doc.SectionOther: true}
	for _, e := range entries {
		if !kinds[e.Section] {
			return nil, e.Errorf("unknown section kind %q", e.Section)
		}
		for _, h := range e.Fields {
			k := headingKey(h)
			if prev, ok := in.headings[k]; ok && prev != e.Section {
				return nil, e.Errorf("heading %q already listed under %s", h, prev)
			}
			in.headings[k] = e.Section
			f := strings.Fields(k)
			if len(f) >= 2 {
				in.byFirst[f[0]] = append(in.byFirst[f[0]], k)
			}
			if len(f) > 0 {
				in.firstWords[f[0]] = true
				in.firstShapes[f[0][0]] |= 1 << min(len(f[0]), 63)
			}
		}
	}
	return in, nil
}

// isFirstWord reports in.firstWords[string(w)].
func (in *Ingester) isFirstWord(w []byte) bool {
	return len(w) > 0 && in.firstShapes[w[0]]>>min(len(w), 63)&1 != 0 && in.firstWords[string(w)]
}

// mayBeFirstWordASCII is isFirstWord's test before its lookup, of a word
// of ASCII bytes before it is lowered (lowering an ASCII word keeps its
// length and lowers each byte alone): false when the lowered word is no
// heading's first word.
func (in *Ingester) mayBeFirstWordASCII(w string) bool {
	if len(w) == 0 {
		return false
	}
	c := w[0]
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	return in.firstShapes[c]>>min(len(w), 63)&1 != 0
}

// FormatOf returns the format of a path by its extension.
func FormatOf(path string) (doc.Format, bool) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".pdf":
		return doc.FormatPDF, true
	case ".txt", ".text":
		return doc.FormatText, true
	case ".md", ".markdown":
		return doc.FormatMarkdown, true
	}
	return "", false
}

// DocID is the stable id of an input: derived from its bytes.
func DocID(sum string) string { return "d" + sum[:12] }

// Build ingests one input's bytes. The document keeps data (a UTF-8 input
// is its original text without a copy): the caller must not modify data
// afterwards.
func (in *Ingester) Build(ctx context.Context, path string, data []byte) (*doc.Document, error) {
	sum := sha256.Sum256(data)
	d := &doc.Document{Path: path, SHA256: hex.EncodeToString(sum[:])}
	if err := ctx.Err(); err != nil {
		d.ID = DocID(d.SHA256)
		return d, &Error{StageRead, err}
	}
	d.ID = DocID(d.SHA256)
	format, ok := FormatOf(path)
	if !ok {
		return d, &Error{StageRead, fmt.Errorf("%w %q: claimgraph reads .pdf, .txt and .md files", ErrUnsupported, filepath.Ext(path))}
	}
	d.Format = format
	var (
		orig       string
		pageStarts []int
		markdown   bool
		fromPDF    bool // laid out in pages by a PDF (or a text extracted from one with form feeds)
		textFF     bool
		formFeeds  bool // orig holds form feeds (a PDF's lines hold none)
	)
	switch format {
	case doc.FormatPDF:
		if in.opt.PDF == nil {
			return d, &Error{StagePDF, errors.New("no PDF reader configured")}
		}
		pages, err := in.opt.PDF(ctx, data)
		if err != nil {
			return d, &Error{StagePDF, err}
		}
		var b strings.Builder
		for _, lines := range pages {
			pageStarts = append(pageStarts, b.Len())
			for _, l := range lines {
				// A page's lines are lines: line and page breaks inside one
				// are spaces (and invalid UTF-8 becomes U+FFFD, so that
				// page offsets hold).
				l = strings.Map(func(c rune) rune {
					if c == '\n' || c == '\f' || c == '\r' {
						return ' '
					}
					return c
				}, l)
				b.WriteString(l)
				b.WriteByte('\n')
			}
			b.WriteByte('\n')
		}
		orig = b.String()
		fromPDF = true
	default:
		if len(data) == 0 {
			return d, &Error{StageRead, errors.New("empty file")}
		}
		s, _, err := DecodeText(data)
		if err != nil {
			return d, &Error{StageDecode, err}
		}
		orig = s
		markdown = format == doc.FormatMarkdown || looksLikeMarkdown(s)
		if markdown {
			d.Format = doc.FormatMarkdown
		}
		// pdftotext separates pages with form feeds: keep them as pages.
		if strings.IndexByte(s, '\f') >= 0 {
			formFeeds = true
			pageStarts = append(pageStarts, 0)
			for i := 0; i < len(s); i++ {
				if s[i] == '\f' && i+1 < len(s) {
					pageStarts = append(pageStarts, i+1)
				}
			}
			if len(pageStarts) > 1 {
				fromPDF = true
				textFF = true
			} else {
				pageStarts = nil
			}
		}
	}
	if trimSpace(orig) == "" {
		return d, &Error{StageRead, errors.New("no text in the input")}
	}
	in.layout(d, orig, pageStarts, formFeeds, markdown, fromPDF, !textFF)
	return d, nil
}
