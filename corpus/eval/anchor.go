// Package eval measures the extractors against the hand-written gold files
// in gold/ (see gold/README.md) and against external benchmarks, and prints
// precision, recall and F1 per extractor and language.
package eval

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/nlp"
)

// squashed is a document's normalized text with white space, hyphens and
// markup characters removed, and a map from each squashed byte back to the
// normalized text. Gold anchors are compared in this form so that line
// breaks, hyphenation and Markdown marks copied from the seed do not matter.
type squashed struct {
	s   string
	off []int // off[i] = offset in the normalized text of squashed byte i
}

// homoglyphFold maps Cyrillic letters that look like Latin ones to Latin,
// so that an anchor copied from a seed with mixed-script words ("Ваshir")
// finds the repaired text.
var homoglyphFold = map[rune]rune{'а': 'a', 'в': 'b', 'е': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c', 'т': 't', 'х': 'x', 'у': 'y', 'і': 'i', 'ј': 'j', 'ѕ': 's'}

var goldTags = regexp.MustCompile(`</?(?:a|sup|sub|span|em|strong|b|i|br)\b[^>]*>`)

func squashRune(c rune) (rune, bool) {
	if unicode.IsSpace(c) || strings.ContainsRune("-‐‑‒–—*_\\`#^{}<>|~+=\u00AD", c) {
		return 0, false
	}
	c = unicode.ToLower(c)
	if l, ok := homoglyphFold[c]; ok {
		c = l
	}
	return c, true
}

func squash(text string) squashed {
	var b strings.Builder
	sq := squashed{off: make([]int, 0, len(text))}
	for i, c := range text {
		r, keep := squashRune(c)
		if !keep {
			continue
		}
		if l := nlp.Ligature(r); l != "" {
			for j := 0; j < len(l); j++ {
				b.WriteByte(l[j])
				sq.off = append(sq.off, i)
			}
			continue
		}
		n := utf8.RuneLen(r)
		b.WriteRune(r)
		for j := 0; j < n; j++ {
			sq.off = append(sq.off, i)
		}
	}
	sq.s = b.String()
	return sq
}

func squashGold(s string) string {
	s = goldTags.ReplaceAllString(s, "")
	// Markdown links [text](url) in gold copied from the seed keep the text.
	s = mdLinkRe.ReplaceAllString(s, "$1")
	return squash(s).s
}

var mdLinkRe = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)

// anchor finds the span of text inside context (the nth occurrence) in d.
func (sq squashed) anchor(d *doc.Document, context, text string, nth int) (doc.Span, error) {
	c := squashGold(context)
	t := squashGold(text)
	if c == "" || t == "" {
		return doc.Span{}, fmt.Errorf("empty anchor")
	}
	i := strings.Index(sq.s, c)
	if i < 0 {
		return doc.Span{}, fmt.Errorf("context not found: %.60q", context)
	}
	if nth < 1 {
		nth = 1
	}
	j := -1
	from := 0
	for k := 0; k < nth; k++ {
		x := strings.Index(c[from:], t)
		if x < 0 {
			return doc.Span{}, fmt.Errorf("text %q not in context", text)
		}
		j = from + x
		from = j + 1
	}
	start := i + j
	end := start + len(t) - 1
	return doc.Span{Start: sq.off[start], End: endOfRune(d.Text, sq.off[end])}, nil
}

// find locates a squashed string anywhere in d (first occurrence).
func (sq squashed) find(d *doc.Document, s string) (doc.Span, bool) {
	t := squashGold(s)
	if t == "" {
		return doc.Span{}, false
	}
	i := strings.Index(sq.s, t)
	if i < 0 {
		return doc.Span{}, false
	}
	return doc.Span{Start: sq.off[i], End: endOfRune(d.Text, sq.off[i+len(t)-1])}, true
}

func endOfRune(text string, i int) int {
	_, w := utf8.DecodeRuneInString(text[i:])
	return i + w
}

// findHeading locates a heading: the first occurrence that begins a
// paragraph (a heading word also occurs in running text), else the first.
func (sq squashed) findHeading(d *doc.Document, s string) (doc.Span, bool) {
	t := squashGold(s)
	if t == "" {
		return doc.Span{}, false
	}
	first := doc.Span{Start: -1}
	for from := 0; ; {
		i := strings.Index(sq.s[from:], t)
		if i < 0 {
			break
		}
		i += from
		sp := doc.Span{Start: sq.off[i], End: endOfRune(d.Text, sq.off[i+len(t)-1])}
		if first.Start < 0 {
			first = sp
		}
		if pi := d.ParagraphIndex(sp.Start); pi >= 0 && d.Paragraphs[pi].Span.Start == sp.Start {
			return sp, true
		}
		from = i + 1
	}
	return first, first.Start >= 0
}
