// Package doc is the document and span model shared by every pipeline stage.
//
// Like go/token, positions are carried compactly as byte offsets into the
// document's normalized text; page, line and column are computed only when a
// position is printed, through the SourceMap kept beside the text.
package doc

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) into a document's normalized text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether the two spans share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Format is the kind of input a document was read from.
type Format string

// The input formats the contract names.
const (
	FormatPDF      Format = "pdf"
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
)

// LangShare is one language and the share of the document's prose written in it.
type LangShare struct {
	Lang  string  `json:"lang"`
	Share float64 `json:"share"`
}

// Paragraph is a block of text as a reader sees it (lines re-joined).
type Paragraph struct {
	Span Span   `json:"span"`
	Lang string `json:"lang"`
	// Heading marks a paragraph that is a section heading.
	Heading bool `json:"heading,omitempty"`
}

// Sentence is one sentence inside one paragraph.
type Sentence struct {
	Span Span   `json:"span"`
	Lang string `json:"lang"`
}

// Section is a run of the document under one heading.
type Section struct {
	Kind    string `json:"kind"`
	Heading string `json:"heading"`
	Span    Span   `json:"span"`
}

// Section kinds (contract names).
const (
	SectionAbstract        = "abstract"
	SectionKeywords        = "keywords"
	SectionIntroduction    = "introduction"
	SectionMethods         = "methods"
	SectionResults         = "results"
	SectionDiscussion      = "discussion"
	SectionConclusion      = "conclusion"
	SectionReferences      = "references"
	SectionAcknowledgments = "acknowledgments"
	SectionOther           = "other"
)

// Page is one page of a PDF (or of a text that was itself extracted from a PDF
// and carries page numbers); Header and Footer hold the running heads and page
// number lines removed from the body.
type Page struct {
	Span    Span     `json:"span"`
	Number  int      `json:"number"`
	Printed string   `json:"printed,omitempty"`
	Removed []string `json:"removed,omitempty"`
}

// Document is one input after ingestion and normalization: the normalized
// text plus the structure every extractor reads. It is immutable once built.
type Document struct {
	ID         string      `json:"id"`
	Path       string      `json:"path"`
	SHA256     string      `json:"sha256"`
	Format     Format      `json:"format"`
	Title      string      `json:"title,omitempty"`
	Text       string      `json:"-"`
	Languages  []LangShare `json:"languages"`
	Pages      []Page      `json:"pages,omitempty"`
	Paragraphs []Paragraph `json:"-"`
	Sentences  []Sentence  `json:"-"`
	Sections   []Section   `json:"sections"`
	// Marks are typographic marks the text lost (superscripts): footnote
	// markers and numeric callouts look like plain digits without them.
	Marks []Mark `json:"-"`
	// Removed holds running heads and page numbers removed from a text that
	// has no page structure of its own (PDF pages keep theirs in Pages).
	Removed []string   `json:"removed,omitempty"`
	Source  *SourceMap `json:"-"`
}

// Mark is a typographic property of a span of the normalized text.
type Mark struct {
	Kind string `json:"kind"`
	Span Span   `json:"span"`
}

// IsSuperscript reports whether s lies inside a superscript mark.
func (d *Document) IsSuperscript(s Span) bool {
	for _, m := range d.Marks {
		if m.Kind == "superscript" && m.Span.Start <= s.Start && s.End <= m.Span.End {
			return true
		}
	}
	return false
}

// Slice returns the text a span covers, clamped to the document.
func (d *Document) Slice(s Span) string {
	if s.Start < 0 {
		s.Start = 0
	}
	if s.End > len(d.Text) {
		s.End = len(d.Text)
	}
	if s.Start >= s.End {
		return ""
	}
	return d.Text[s.Start:s.End]
}

// SentenceIndex returns the index of the sentence containing offset off, or -1.
func (d *Document) SentenceIndex(off int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].Span.End > off })
	if i < len(d.Sentences) && d.Sentences[i].Span.Start <= off {
		return i
	}
	return -1
}

// SentenceSpan returns the span of the sentence containing off, or the
// paragraph when no sentence does (headings, list items without a stop).
func (d *Document) SentenceSpan(off int) Span {
	if i := d.SentenceIndex(off); i >= 0 {
		return d.Sentences[i].Span
	}
	if i := d.ParagraphIndex(off); i >= 0 {
		return d.Paragraphs[i].Span
	}
	return Span{off, off}
}

// ParagraphIndex returns the index of the paragraph containing off, or -1.
func (d *Document) ParagraphIndex(off int) int {
	i := sort.Search(len(d.Paragraphs), func(i int) bool { return d.Paragraphs[i].Span.End > off })
	if i < len(d.Paragraphs) && d.Paragraphs[i].Span.Start <= off {
		return i
	}
	return -1
}

// LangAt returns the language of the paragraph containing off ("und" outside).
func (d *Document) LangAt(off int) string {
	if i := d.ParagraphIndex(off); i >= 0 {
		return d.Paragraphs[i].Lang
	}
	return "und"
}

// SectionAt returns the section containing off, or nil.
func (d *Document) SectionAt(off int) *Section {
	for i := len(d.Sections) - 1; i >= 0; i-- {
		if d.Sections[i].Span.Start <= off && off < d.Sections[i].Span.End {
			return &d.Sections[i]
		}
	}
	return nil
}

// InSection reports whether off lies in a section of the given kind.
func (d *Document) InSection(off int, kind string) bool {
	s := d.SectionAt(off)
	return s != nil && s.Kind == kind
}

// PageAt returns the 1-based page number containing off, or 0 when the
// document has no pages.
func (d *Document) PageAt(off int) int {
	i := sort.Search(len(d.Pages), func(i int) bool { return d.Pages[i].Span.End > off })
	if i < len(d.Pages) {
		return d.Pages[i].Number
	}
	if len(d.Pages) > 0 {
		return d.Pages[len(d.Pages)-1].Number
	}
	return 0
}

// Position is a printable location in the original input.
type Position struct {
	Page   int `json:"page,omitempty"`
	Line   int `json:"line"`
	Column int `json:"column"`
}

// Position maps a normalized offset back to the original input.
func (d *Document) Position(off int) Position {
	if d.Source == nil {
		return Position{}
	}
	return d.Source.Position(off)
}

// SourceMap maps offsets in the normalized text back to the original input:
// a piecewise-linear map of normalized→original offsets (one anchor per edit,
// as go/token keeps one offset per line), the original's line starts, and for
// PDFs the original offsets where pages begin.
type SourceMap struct {
	// Norm and Orig are parallel anchors: normalized offset Norm[i] maps to
	// original offset Orig[i], and offsets after it map linearly until the
	// next anchor.
	Norm []int32 `json:"norm"`
	Orig []int32 `json:"orig"`
	// LineStarts are the original offsets at which lines begin.
	LineStarts []int32 `json:"lines"`
	// PageStarts are the original offsets at which pages begin (PDF only).
	PageStarts []int32 `json:"pages,omitempty"`
	// OrigText is kept only while a document is being built (to compute
	// columns); it is not serialized.
	OrigText string `json:"-"`
}

// Original maps a normalized offset to an original byte offset.
func (m *SourceMap) Original(off int) int {
	if len(m.Norm) == 0 {
		return off
	}
	i := sort.Search(len(m.Norm), func(i int) bool { return int(m.Norm[i]) > off }) - 1
	if i < 0 {
		return off
	}
	o := int(m.Orig[i]) + off - int(m.Norm[i])
	// Inside an expansion (one original rune became several normalized
	// bytes) the offset must not run past the next anchor's original offset.
	// Text moved by ingestion (footnotes placed after the paragraph they
	// interrupt) makes anchors go backwards; clamp only forward runs.
	if i+1 < len(m.Orig) && m.Orig[i+1] >= m.Orig[i] && o > int(m.Orig[i+1]) {
		o = int(m.Orig[i+1])
	}
	return o
}

// Position maps a normalized offset to page, line and column (1-based) in the original.
func (m *SourceMap) Position(off int) Position { return m.position(off, nil) }

// A ColumnCursor remembers the last column counted in a SourceMap's
// original text, so that positions asked in increasing order on one long
// line (a Markdown paragraph) count the runes between them, not from the
// line start each time. The zero value is ready; use one per map.
type ColumnCursor struct {
	m *SourceMap
	// runes is the number of runes of OrigText[line:off].
	line, off, runes int
}

// PositionAt is Position, counting the column from where c last stopped
// when it can.
func (m *SourceMap) PositionAt(off int, c *ColumnCursor) Position { return m.position(off, c) }

func (m *SourceMap) position(off int, c *ColumnCursor) Position {
	o := m.Original(off)
	li := sort.Search(len(m.LineStarts), func(i int) bool { return int(m.LineStarts[i]) > o }) - 1
	p := Position{Line: li + 1, Column: o + 1}
	if li >= 0 {
		p.Column = o - int(m.LineStarts[li]) + 1
		if m.OrigText != "" && int(m.LineStarts[li]) <= o && o <= len(m.OrigText) {
			p.Column = m.columnRunes(int(m.LineStarts[li]), o, c) + 1
		}
	}
	if len(m.PageStarts) > 0 {
		p.Page = sort.Search(len(m.PageStarts), func(i int) bool { return int(m.PageStarts[i]) > o })
		// Lines are counted from the top of the page for PDFs.
		pageStart := int(m.PageStarts[p.Page-1])
		first := sort.Search(len(m.LineStarts), func(i int) bool { return int(m.LineStarts[i]) >= pageStart })
		p.Line = li - first + 1
	}
	return p
}

// columnRunes counts the runes of OrigText[line:o] as
// utf8.RuneCountInString does.
func (m *SourceMap) columnRunes(line, o int, c *ColumnCursor) int {
	if c == nil {
		return countRunes(m.OrigText[line:o])
	}
	from, n := line, 0
	if c.m == m && c.line == line && c.off <= o {
		from, n = c.off, c.runes
	}
	n += countRunes(m.OrigText[from:o])
	// Counting may resume at o only where no rune's encoding runs across
	// it: at the end or at a byte that is no continuation byte (an invalid
	// byte counts as one rune either way).
	if o == len(m.OrigText) || utf8.RuneStart(m.OrigText[o]) {
		*c = ColumnCursor{m: m, line: line, off: o, runes: n}
	}
	return n
}

// countRunes is utf8.RuneCountInString, skipping ASCII eight bytes at a
// time and runs of valid two-byte sequences (Cyrillic) without decoding.
func countRunes(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			for i+8 <= len(s) && load64(s, i)&highs == 0 {
				i += 8
				n += 8
			}
			for i < len(s) && s[i] < utf8.RuneSelf {
				i++
				n++
			}
			continue
		}
		if b := s[i]; b >= 0xC2 && b <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2
			n++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return n
}

// Builder accumulates normalized text while recording the source map.
//
// The text is built on a strings.Builder: its buffer is neither zeroed when
// grown nor copied by Finish (the text is as long as the document).
type Builder struct {
	buf  strings.Builder
	norm []int32
	orig []int32
	// lastOrig is the original offset expected next if text continues to be
	// copied one-to-one; an anchor is recorded whenever that breaks.
	lastOrig int
	lastNorm int
	started  bool
}

// Grow makes room for n more bytes of normalized text.
func (b *Builder) Grow(n int) { b.buf.Grow(n) }

// Copy appends s, which is the original text starting at original offset o.
func (b *Builder) Copy(s string, o int) {
	if s == "" {
		return
	}
	if !b.started || o != b.lastOrig || b.buf.Len() != b.lastNorm {
		b.anchor(o)
	}
	b.buf.WriteString(s)
	b.lastOrig = o + len(s)
	b.lastNorm = b.buf.Len()
}

// Replace appends s in place of original bytes [o, o+n): s maps to o.
func (b *Builder) Replace(s string, o, n int) {
	b.anchor(o)
	b.buf.WriteString(s)
	b.anchor(o + n)
	b.lastOrig = o + n
	b.lastNorm = b.buf.Len()
}

func (b *Builder) anchor(o int) {
	b.started = true
	n := int32(b.buf.Len())
	if k := len(b.norm); k > 0 && b.norm[k-1] == n {
		b.orig[k-1] = int32(o)
		return
	}
	b.norm = append(b.norm, n)
	b.orig = append(b.orig, int32(o))
}

// Len returns the number of normalized bytes written so far.
func (b *Builder) Len() int { return b.buf.Len() }

// LastByte returns the last byte written, or 0.
func (b *Builder) LastByte() byte {
	s := b.buf.String() // no copy
	if s == "" {
		return 0
	}
	return s[len(s)-1]
}

// Finish returns the normalized text and its map back to orig, whose lines
// begin at lineStarts (0 and each offset after a line feed, ascending: the
// caller has cut orig into lines already) and pages at pageStarts. The map
// keeps lineStarts.
func (b *Builder) Finish(orig string, lineStarts []int32, pageStarts []int) (string, *SourceMap) {
	m := &SourceMap{Norm: b.norm, Orig: b.orig, LineStarts: lineStarts, OrigText: orig}
	for _, p := range pageStarts {
		m.PageStarts = append(m.PageStarts, int32(p))
	}
	return b.buf.String(), m
}

// NodeID returns the stable id of a node extracted from span s of document
// docID: derived from content (the document's hash-based id and the position
// in its normalized text), never from processing order.
func NodeID(kind, docID string, s Span) string {
	var buf [64]byte // one allocation, the string's
	return string(AppendNodeID(buf[:0], kind, docID, s))
}

// AppendNodeID appends NodeID(kind, docID, s) to dst.
func AppendNodeID(dst []byte, kind, docID string, s Span) []byte {
	dst = append(dst, kind...)
	dst = append(dst, ':')
	dst = append(dst, docID...)
	dst = append(dst, ':')
	dst = strconv.AppendInt(dst, int64(s.Start), 10)
	dst = append(dst, '-')
	return strconv.AppendInt(dst, int64(s.End), 10)
}
