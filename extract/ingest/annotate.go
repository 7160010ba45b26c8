package ingest

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// annotate fills languages, sentences, sections and the title of a document
// whose text and paragraphs are built (paras[i] wrote d.Paragraphs[i], and
// holds its character count).
func (in *Ingester) annotate(d *doc.Document, paras []*para) {
	// Language per paragraph; short paragraphs of prose (headings) inherit
	// from their neighbours when they have no evidence of their own; names,
	// URLs and numbers stay "und".
	prose := make([]bool, len(d.Paragraphs))
	mi := 0
	for i := range d.Paragraphs {
		text := d.Slice(d.Paragraphs[i].Span)
		// Superscript markers ("^V", "<sup>1</sup>") are not words.
		for mi < len(d.Marks) && d.Marks[mi].Span.Start < d.Paragraphs[i].Span.Start {
			mi++
		}
		if mi < len(d.Marks) && d.Marks[mi].Span.Start < d.Paragraphs[i].Span.End {
			text = blankMarks(text, d.Paragraphs[i].Span.Start, d.Marks[mi:], d.Paragraphs[i].Span.End)
		}
		det := in.nlp.Detect(text)
		d.Paragraphs[i].Lang = det.Lang
		prose[i] = det.Prose
	}
	for i := range d.Paragraphs {
		if d.Paragraphs[i].Lang != "und" || !prose[i] || paras[i].chars > 200 {
			continue
		}
		if l := neighbourLang(d.Paragraphs, i); l != "" && hasLetters(d.Slice(d.Paragraphs[i].Span)) {
			if script(d.Slice(d.Paragraphs[i].Span)) == script(langSample(l)) {
				d.Paragraphs[i].Lang = l
			}
		}
	}
	// Document languages: shares of the text (in characters) per language.
	// A few languages per document: a list searched from the last one
	// found, not a map assigned per paragraph.
	type count struct {
		lang string
		n    int
	}
	var countBuf [8]count
	counts := countBuf[:0]
	total, last := 0, 0
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		if p.Lang == "und" {
			continue
		}
		n := paras[i].chars
		if last >= len(counts) || counts[last].lang != p.Lang {
			last = 0
			for last < len(counts) && counts[last].lang != p.Lang {
				last++
			}
			if last == len(counts) {
				counts = append(counts, count{lang: p.Lang})
			}
		}
		counts[last].n += n
		total += n
	}
	if total > 0 {
		// The order is the sort's below, whatever the order found.
		for _, c := range counts {
			d.Languages = append(d.Languages, doc.LangShare{Lang: c.lang, Share: float64(c.n) / float64(total)})
		}
		sort.Slice(d.Languages, func(i, j int) bool {
			if d.Languages[i].Share != d.Languages[j].Share {
				return d.Languages[i].Share > d.Languages[j].Share
			}
			return d.Languages[i].Lang < d.Languages[j].Lang
		})
		roundShares(d.Languages)
	}
	// Sentences per paragraph.
	d.Sentences = make([]doc.Sentence, 0, len(d.Paragraphs)+len(d.Text)/120)
	var spans [][2]int
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		text := d.Slice(p.Span)
		if p.Heading {
			d.Sentences = append(d.Sentences, doc.Sentence{Span: p.Span, Lang: p.Lang})
			continue
		}
		spans = in.nlp.AppendSentences(spans[:0], text, p.Lang)
		for _, r := range spans {
			d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: p.Span.Start + r[0], End: p.Span.Start + r[1]}, Lang: p.Lang})
		}
	}
	in.sections(d, paras)
	d.Title = in.title(d)
}

// blankMarks replaces the superscript marks inside a paragraph (text starts
// at offset base) with spaces.
func blankMarks(text string, base int, marks []doc.Mark, end int) string {
	b := []byte(text)
	for _, m := range marks {
		if m.Span.Start >= end {
			break
		}
		if m.Kind != "superscript" {
			continue
		}
		for k := max(m.Span.Start, base); k < min(m.Span.End, end); k++ {
			b[k-base] = ' '
		}
	}
	return string(b)
}

// roundShares rounds shares to 4 decimals and makes them sum to exactly 1.
func roundShares(ls []doc.LangShare) {
	sum := 0.0
	for i := range ls {
		ls[i].Share = float64(int(ls[i].Share*10000+0.5)) / 10000
		sum += ls[i].Share
	}
	ls[0].Share = float64(int((ls[0].Share+1-sum)*10000+0.5)) / 10000
}

func neighbourLang(ps []doc.Paragraph, i int) string {
	for d := 1; d < 4; d++ {
		if i+d < len(ps) && ps[i+d].Lang != "und" {
			return ps[i+d].Lang
		}
		if i-d >= 0 && ps[i-d].Lang != "und" {
			return ps[i-d].Lang
		}
	}
	return ""
}

func langSample(l string) string {
	if l == "ru" || l == "kk" {
		return "я"
	}
	return "a"
}

func script(s string) string {
	var lat, cyr int
	for _, c := range s {
		if uint32(c) < uint32(len(runeClass)) {
			// unicode.Is of both scripts, read from runeClass.
			switch m := runeClass[c]; {
			case m&classCyrillic != 0:
				cyr++
			case m&classLatin != 0:
				lat++
			}
			continue
		}
		if unicode.Is(unicode.Cyrillic, c) {
			cyr++
		} else if unicode.Is(unicode.Latin, c) {
			lat++
		}
	}
	if cyr > lat {
		return "cyrl"
	}
	return "latn"
}

// hasLetters reports a letter in s: it stops at the first.
func hasLetters(s string) bool {
	for _, c := range s {
		if isLetter(c) {
			return true
		}
	}
	return false
}

// sections opens a section at every heading paragraph and at every
// paragraph that starts with a run-in heading ("Abstract: …", "Аңдатпа. …").
// A heading not in the lexicon is a section of kind other, unless it is
// visibly a subsection of a body section (a deeper Markdown level or
// numbering, or a title-case heading under one in capitals): a subsection
// of Results is still results. A heading right after a lexicon heading
// ("ABSTRACT" then the abstract's title) is that section's subtitle and
// opens none.
func (in *Ingester) sections(d *doc.Document, paras []*para) {
	var secs []doc.Section
	open := func(kind, heading string, start int) {
		if n := len(secs); n > 0 {
			secs[n-1].Span.End = start
		}
		secs = append(secs, doc.Section{Kind: kind, Heading: heading, Span: doc.Span{Start: start, End: len(d.Text)}})
	}
	current := ""
	curLevel, curDepth, curCaps := 0, 0, false
	lastWasLexicon := false
	for pi := range d.Paragraphs {
		p := &d.Paragraphs[pi]
		text := d.Slice(p.Span)
		if p.Heading {
			level := 0
			if pi < len(paras) {
				level = paras[pi].level
			}
			depth := numberDepth(text)
			caps := isCaps(text)
			kind := in.headingKind(text)
			if kind == "" {
				if lastWasLexicon && current != "" && current != doc.SectionOther {
					// Subtitle: stays in the section it follows.
					lastWasLexicon = false
					continue
				}
				body := current == doc.SectionIntroduction || current == doc.SectionMethods || current == doc.SectionResults || current == doc.SectionDiscussion || current == doc.SectionConclusion
				sub := level > 0 && curLevel > 0 && level > curLevel ||
					depth > 0 && curDepth > 0 && depth > curDepth ||
					level == 0 && curLevel == 0 && depth == 0 && curCaps && !caps
				if body && sub {
					kind = current
				} else {
					kind = doc.SectionOther
				}
				lastWasLexicon = false
				if kind == current && current != doc.SectionOther {
					open(kind, headingText(text), p.Span.Start)
					continue // a subsection keeps its parent's level
				}
			} else {
				lastWasLexicon = true
			}
			open(kind, headingText(text), p.Span.Start)
			current, curLevel, curDepth, curCaps = kind, level, depth, caps
			continue
		}
		lastWasLexicon = false
		if h, kind := in.runInHeading(text); kind != "" {
			open(kind, h, p.Span.Start)
			current, curLevel, curDepth, curCaps = kind, 0, 0, isCaps(h)
		}
	}
	// Drop empty sections (a heading immediately followed by another).
	for _, s := range secs {
		if s.Span.End > s.Span.Start {
			d.Sections = append(d.Sections, s)
		}
	}
}

func headingText(t string) string {
	return strings.TrimRight(trimSpace(t), ":")
}

// runInHeading recognizes a known heading word at the start of a paragraph
// followed by ":" "." or a dash, and returns it with its kind.
func (in *Ingester) runInHeading(text string) (string, string) {
	// Quick rejection: the first word must open some lexicon heading.
	// strings.IndexAny(text, " :.\t") and strings.Trim(w, "*_"), byte by
	// byte: one paragraph after another.
	end := 0
	var bits byte // the bits of the word's bytes, ORed
	for end < len(text) && text[end] != ' ' && text[end] != ':' && text[end] != '.' && text[end] != '\t' {
		bits |= text[end]
		end++
	}
	w := text[:end]
	for len(w) > 0 && (w[0] == '*' || w[0] == '_') {
		w = w[1:]
	}
	for len(w) > 0 && (w[len(w)-1] == '*' || w[len(w)-1] == '_') {
		w = w[:len(w)-1]
	}
	if len(w) > 48 || bits < utf8.RuneSelf && !in.mayBeFirstWordASCII(w) {
		return "", ""
	}
	// strings.ToLower(w), in a buffer on the stack.
	var buf [64]byte
	lw := buf[:0]
	for _, c := range w {
		lw = utf8.AppendRune(lw, lower(c))
	}
	if !in.isFirstWord(lw) {
		return "", ""
	}
	for _, sep := range []string{":", ".", " —", " –", " -"} {
		i := strings.Index(text, sep)
		if i <= 0 || i > 60 {
			continue
		}
		h := text[:i]
		if kind := in.headingKind(h); kind != "" {
			return trimSpace(strings.Trim(h, "*_ ")), kind
		}
	}
	return "", ""
}

// title picks the document's title: the first Markdown heading of level 1-3
// or the capitalized heading nearest before the abstract, with 4 to 30 words.
func (in *Ingester) title(d *doc.Document) string {
	abstractAt := len(d.Text)
	for _, s := range d.Sections {
		if s.Kind == doc.SectionAbstract {
			abstractAt = s.Span.Start
			break
		}
	}
	best := ""
	for _, p := range d.Paragraphs {
		if p.Span.Start >= abstractAt {
			break
		}
		t := trimSpace(d.Slice(p.Span))
		n := fieldCount(t)
		if !p.Heading || n < 4 || n > 30 || in.headingKind(t) != "" {
			continue
		}
		best = t
	}
	if best == "" {
		// Markdown titles come after front matter (dates); fall back on the
		// first heading of the document.
		for _, p := range d.Paragraphs {
			t := trimSpace(d.Slice(p.Span))
			if p.Heading && fieldCount(t) >= 4 && in.headingKind(t) == "" {
				return t
			}
		}
	}
	return best
}
