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
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

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
	opt      Options
}

// New returns an Ingester using res and the embedded heading lexicon.
func New(res *nlp.Resources, opt Options) (*Ingester, error) {
	entries, err := nlp.LoadLexicon(dataFS, "data/headings.txt")
	if err != nil {
		return nil, err
	}
	in := &Ingester{nlp: res, headings: map[string]string{}, opt: opt}
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
		}
	}
	return in, nil
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

// Build ingests one input's bytes.
func (in *Ingester) Build(ctx context.Context, path string, data []byte) (*doc.Document, error) {
	sum := sha256.Sum256(data)
	d := &doc.Document{Path: path, SHA256: hex.EncodeToString(sum[:])}
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
		fromPDF    bool
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
	}
	if strings.TrimSpace(orig) == "" {
		return d, &Error{StageRead, errors.New("no text in the input")}
	}
	in.layout(d, orig, pageStarts, markdown, fromPDF)
	return d, nil
}

// paragraph under construction: pieces plus flags.
type para struct {
	pieces  []piece
	heading bool
	sup     [][2]int // superscript ranges relative to the paragraph text
	page    int
}

func (p *para) textLen() int {
	n := 0
	for _, q := range p.pieces {
		n += len(q.text)
	}
	return n
}

var (
	mdOrdered  = regexp.MustCompile(`^\s{0,3}(\d{1,3}|[a-z])[.)]\s+\S`)
	numberedHd = regexp.MustCompile(`^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+`)
)

func (in *Ingester) layout(d *doc.Document, orig string, pageStarts []int, markdown, fromPDF bool) {
	lines := splitLines(orig, pageStarts)
	// Markdown line kinds first: they decide what is a heading or an item.
	if markdown {
		for i := range lines {
			l := &lines[i]
			if l.kind == lineBlank {
				continue
			}
			switch {
			case mdTableRule.MatchString(l.text) && strings.Contains(l.text, "-") && strings.Contains(l.text, "|"):
				l.kind = lineRule
			case mdRule.MatchString(l.text):
				l.kind = lineRule
			case mdHeading.MatchString(l.text) && !startsLower(mdHeading.ReplaceAllString(l.text, "")):
				l.kind = lineHeading
				l.heading = len(mdHeading.FindStringSubmatch(l.text)[1])
			case mdBullet.MatchString(l.text), mdOrdered.MatchString(l.text), strings.HasPrefix(strings.TrimSpace(l.text), "|"):
				l.kind = lineItem
			}
		}
	}
	isHeading := func(t string) bool { return in.headingKind(t) != "" }
	printed := markArtifacts(lines, len(pageStarts), isHeading)
	layoutBroken := fromPDF || pdfLike(lines)
	for i := range lines {
		l := &lines[i]
		if l.kind != lineText {
			continue
		}
		if in.headingLine(lines, i, layoutBroken) {
			l.kind = lineHeading
		} else if !markdown && !layoutBroken && (mdBullet.MatchString(l.text) || mdOrdered.MatchString(l.text)) {
			l.kind = lineItem
		}
	}
	vocab := buildVocabulary(lines)
	width := typicalWidth(lines)

	// Assemble paragraphs.
	var paras []*para
	var cur *para
	closePara := func() {
		if cur != nil && cur.textLen() > 0 {
			paras = append(paras, cur)
		}
		cur = nil
	}
	lastText := -1 // index of the last line added to cur
	for i := range lines {
		l := &lines[i]
		switch l.kind {
		case lineBlank:
			// In broken layouts a paragraph can continue across a blank
			// line (page breaks, removed running heads): decided below.
			if !layoutBroken {
				closePara()
			}
			continue
		case lineArtifact:
			continue
		case lineRule:
			closePara()
			continue
		}
		pieces, sup := in.lineContent(l, markdown)
		if len(pieces) == 0 {
			continue
		}
		startNew := cur == nil || l.kind == lineHeading || l.kind == lineItem || cur.heading
		if cur != nil && cur.heading && l.kind == lineHeading && lastText == i-1 && lines[lastText].kind == lineHeading && l.heading == 0 && isCaps(strings.TrimSpace(l.text)) {
			startNew = false // one heading over two lines
		}
		if !startNew && layoutBroken && lastText >= 0 {
			prev := lines[lastText]
			blankBetween := false
			for j := lastText + 1; j < i; j++ {
				if lines[j].kind == lineBlank {
					blankBetween = true
				}
			}
			prevT := strings.TrimSpace(prev.text)
			curT := strings.TrimSpace(l.text)
			switch {
			case blankBetween:
				// Continue only when the sentence visibly goes on.
				startNew = endsSentence(prevT) || !(startsLower(curT) || strings.HasSuffix(prevT, "-") || strings.HasSuffix(prevT, ","))
			case endsSentence(prevT) && float64(utf8.RuneCountInString(prevT)) < 0.6*float64(width) && !startsLower(curT):
				startNew = true
			}
		}
		if startNew {
			closePara()
			cur = &para{heading: l.kind == lineHeading, page: l.page}
		} else if len(cur.pieces) > 0 {
			// Join with the previous line: dehyphenate or put a space.
			last := &cur.pieces[len(cur.pieces)-1]
			left := trailingWord(last.text)
			right := leadingWord(pieces[0].text)
			if strings.HasSuffix(last.text, "-") && joinHyphen(in.nlp, vocab, left, right) {
				// Drop the hyphen: the last piece loses one byte.
				last.text = last.text[:len(last.text)-1]
				if last.exact {
					last.n--
				}
			} else if !strings.HasSuffix(last.text, "-") || !isLetterEnd(last.text) {
				cur.pieces = append(cur.pieces, piece{text: " ", orig: lines[lastText].end, n: 1})
			}
		}
		base := cur.textLen()
		for _, s := range sup {
			cur.sup = append(cur.sup, [2]int{base + s[0], base + s[1]})
		}
		cur.pieces = append(cur.pieces, pieces...)
		lastText = i
	}
	closePara()

	// Write the normalized text: paragraphs separated by a blank line.
	var b doc.Builder
	var pages []doc.Page
	for pi, p := range paras {
		if pi > 0 {
			b.Replace("\n\n", p.pieces[0].orig, 0)
		}
		start := b.Len()
		for _, q := range normalizeAll(p.pieces) {
			if q.exact {
				b.Copy(q.text, q.orig)
			} else {
				b.Replace(q.text, q.orig, q.n)
			}
		}
		end := b.Len()
		d.Paragraphs = append(d.Paragraphs, doc.Paragraph{Span: doc.Span{Start: start, End: end}, Heading: p.heading})
		for _, s := range p.sup {
			d.Marks = append(d.Marks, doc.Mark{Kind: "superscript", Span: doc.Span{Start: start + s[0], End: start + s[1]}})
		}
		_ = pi
	}
	d.Text, d.Source = b.Finish(orig, pageStarts)
	// Page spans (PDF): a page runs from its first paragraph to the next page's.
	if len(pageStarts) > 0 {
		for pg := range pageStarts {
			pages = append(pages, doc.Page{Number: pg + 1, Printed: printed[pg]})
		}
		for pi, p := range paras {
			s := d.Paragraphs[pi].Span
			pg := p.page
			if pages[pg].Span.End == 0 && pages[pg].Span.Start == 0 {
				pages[pg].Span.Start = s.Start
			}
			pages[pg].Span.End = s.End
		}
		// Close gaps so that every offset falls on a page.
		for i := range pages {
			if i > 0 && pages[i].Span.Start < pages[i-1].Span.End {
				pages[i].Span.Start = pages[i-1].Span.End
			}
			if pages[i].Span.End < pages[i].Span.Start {
				pages[i].Span.End = pages[i].Span.Start
			}
		}
		d.Pages = pages
	}
	for i := range lines {
		if lines[i].kind == lineArtifact {
			pg := lines[i].page
			if pg < len(d.Pages) {
				d.Pages[pg].Removed = append(d.Pages[pg].Removed, strings.TrimSpace(lines[i].text))
			} else {
				d.Removed = append(d.Removed, strings.TrimSpace(lines[i].text))
			}
		}
	}
	in.annotate(d)
}

func normalizeAll(ps []piece) []piece {
	var out []piece
	for _, p := range ps {
		out = append(out, normalizePiece(p)...)
	}
	return out
}

func typicalWidth(lines []srcLine) int {
	var n, sum int
	for _, l := range lines {
		if l.kind == lineText {
			n++
			sum += utf8.RuneCountInString(strings.TrimSpace(l.text))
		}
	}
	if n == 0 {
		return 80
	}
	return sum / n
}

func isLetterEnd(s string) bool {
	s = strings.TrimSuffix(s, "-")
	c, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(c)
}

func trailingWord(s string) string {
	s = strings.TrimSuffix(s, "-")
	i := len(s)
	for i > 0 {
		c, w := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(c) && !unicode.IsMark(c) {
			break
		}
		i -= w
	}
	return s[i:]
}

func leadingWord(s string) string {
	i := 0
	for i < len(s) {
		c, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(c) && !unicode.IsMark(c) {
			break
		}
		i += w
	}
	return s[:i]
}

// lineContent returns a line's text as pieces, trimmed, with Markdown marks
// removed when the input is Markdown.
func (in *Ingester) lineContent(l *srcLine, markdown bool) ([]piece, [][2]int) {
	text, base := l.text, l.start
	if markdown {
		for _, re := range []*regexp.Regexp{mdHeading, mdBullet, mdQuote} {
			if m := re.FindStringIndex(text); m != nil && (re != mdBullet || l.kind == lineItem) {
				text, base = text[m[1]:], base+m[1]
			}
		}
		if strings.HasPrefix(strings.TrimSpace(text), "|") {
			return tableRow(text, base), nil
		}
	}
	// Trim white space, keeping offsets.
	lead := len(text) - len(strings.TrimLeftFunc(text, unicode.IsSpace))
	text, base = strings.TrimRightFunc(text[lead:], unicode.IsSpace), base+lead
	if text == "" {
		return nil, nil
	}
	if !markdown {
		return []piece{{text: text, orig: base, n: len(text), exact: true}}, nil
	}
	ps, sup := cleanMarkdownLine(text, base)
	// Emphasis marks at the ends leave spaces behind: trim them.
	for len(ps) > 0 && strings.TrimSpace(ps[0].text) == "" {
		ps = ps[1:]
	}
	for len(ps) > 0 && strings.TrimSpace(ps[len(ps)-1].text) == "" {
		ps = ps[:len(ps)-1]
	}
	return ps, sup
}

// tableRow turns "| a | b |" into "a | b": cells keep their words, the outer
// pipes go, inner pipes stay as cell separators.
func tableRow(text string, base int) []piece {
	t := strings.TrimSpace(text)
	lead := strings.Index(text, t)
	t = strings.TrimPrefix(t, "|")
	lead++
	t = strings.TrimSuffix(t, "|")
	tt := strings.TrimSpace(t)
	lead += strings.Index(t, tt)
	if tt == "" {
		return nil
	}
	return []piece{{text: tt, orig: base + lead, n: len(tt), exact: true}}
}

// headingKey normalizes a heading for lexicon lookup.
func headingKey(s string) string {
	s = numberedHd.ReplaceAllString(strings.TrimSpace(s), "")
	s = strings.Trim(s, " \t*_#:.—–-")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// headingKind returns the section kind of a heading line, or "". Besides
// exact lexicon headings, a short heading that begins with a lexicon heading
// of two or more words ("Материалдар мен әдістерді сипаттау", "Results of
// the survey") takes its kind.
func (in *Ingester) headingKind(t string) string {
	k := headingKey(t)
	if kind := in.headings[k]; kind != "" {
		return kind
	}
	words := strings.Fields(k)
	if len(words) > 6 {
		return ""
	}
	for n := len(words) - 1; n >= 1; n-- {
		prefix := strings.Join(words[:n], " ")
		if kind := in.headings[prefix]; kind != "" && (n >= 2 || utf8.RuneCountInString(prefix) >= 7) {
			return kind
		}
		// Inflected last word (Kazakh "әдістерді" for "әдістер").
		if n >= 2 {
			for h, kind := range in.headings {
				if strings.HasPrefix(prefix, h) && len(strings.Fields(h)) == n && utf8.RuneCountInString(prefix)-utf8.RuneCountInString(h) <= 4 {
					return kind
				}
			}
		}
	}
	return ""
}

// headingLine decides whether a plain line is a heading: a known heading
// word, or a short line in capitals standing alone.
func (in *Ingester) headingLine(lines []srcLine, i int, broken bool) bool {
	t := strings.TrimSpace(lines[i].text)
	t = strings.Trim(t, "*_#")
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 14 || utf8.RuneCountInString(t) > 120 {
		return false
	}
	if i > 0 && lines[i-1].kind == lineHeading && isCaps(t) && isCaps(strings.TrimSpace(lines[i-1].text)) {
		return true // a capitalized heading continued on the next line
	}
	alonePrev := i == 0 || lines[i-1].kind == lineBlank || lines[i-1].kind == lineArtifact || endsSentence(lines[i-1].text)
	aloneNext := i+1 >= len(lines) || lines[i+1].kind == lineBlank || !startsLower(lines[i+1].text)
	if !alonePrev || !aloneNext {
		return false
	}
	if in.headingKind(t) != "" {
		return true
	}
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, ",") {
		return false
	}
	return isCaps(t)
}

// isCaps reports a line in capitals: at least one word of 3+ letters and no
// lower-case letters.
func isCaps(t string) bool {
	letters, upper, long := 0, 0, false
	for _, w := range strings.Fields(t) {
		if utf8.RuneCountInString(w) >= 3 {
			long = true
		}
	}
	for _, c := range t {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				upper++
			}
		}
	}
	return long && letters >= 4 && upper == letters
}
