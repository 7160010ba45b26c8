package claims

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/nlp"
)

// captionWords are the words a figure or table caption starts with, and a
// sentence refers to a figure or table by.
var captionWords = map[string]bool{
	"figure": true, "fig": true, "table": true, "chart": true, "diagram": true,
	"рисунок": true, "рис": true, "таблица": true, "диаграмма": true,
	"сурет": true, "кесте": true,
	"slika": true, "tabela": true, "preglednica": true, "graf": true,
}

// captionLabel reads a caption label at the start of s ("Figure 4", "Table
// 2", "Сурет 3"): the lowercased kind and the number, and the byte offset
// after them.
func captionLabel(s string) (string, string, int) {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '*' || s[i] == '_') {
		i++
	}
	// Most paragraphs start with a word no caption word starts like: not
	// read on.
	if i == len(s) || !mayStartCaption(s, i) {
		return "", "", 0
	}
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	if j == i {
		return "", "", 0
	}
	// Lower-cased into a stack buffer: most paragraphs start with no label
	// word, and the map lookup by string(lw) does not allocate.
	var arr [64]byte
	lw := appendLower(arr[:0], s[i:j])
	if !captionWords[string(lw)] {
		return "", "", 0
	}
	word := string(lw)
	k := j
	if k < len(s) && s[k] == '.' {
		k++
	}
	for k < len(s) && s[k] == ' ' {
		k++
	}
	n := k
	for n < len(s) && (isDigit(s[n]) || (s[n] == '.' && n+1 < len(s) && isDigit(s[n+1]))) {
		n++
	}
	if n == k {
		return "", "", 0
	}
	return captionKind(word), s[k:n], n
}

// captionFirst holds the first runes of the caption words, and
// captionFirstASCII, by each ASCII byte, whether its lower case is one.
var captionFirstASCII, captionFirst = func() (ascii [utf8.RuneSelf]bool, first []rune) {
	for w := range captionWords {
		r, _ := utf8.DecodeRuneInString(w)
		if !slices.Contains(first, r) {
			first = append(first, r)
		}
		for c := range ascii {
			if nlp.LowerRune(rune(c)) == r {
				ascii[c] = true
			}
		}
	}
	return ascii, first
}()

// mayStartCaption reports whether the rune at s[i], lower-cased as
// appendLower does, is the first rune of a caption word: else the letters
// there are none.
func mayStartCaption(s string, i int) bool {
	if c := s[i]; c < utf8.RuneSelf {
		return captionFirstASCII[c]
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return slices.Contains(captionFirst, nlp.LowerRune(r))
}

// captionKind groups label words of the four languages into figure or table.
func captionKind(w string) string {
	switch w {
	case "table", "таблица", "кесте", "tabela", "preglednica":
		return "table"
	}
	return "figure"
}

// captionPeriods maps "figure 4" / "table 2" to the period its caption
// states ("Figure 4: Population migration in Kazakhstan (2015–2024)"), for
// the figures of sentences that describe it.
func (x *extractor) captionPeriods() map[string]Period {
	var out map[string]Period
	var buf []token
	for _, p := range x.d.Paragraphs {
		if p.Span.Start < 0 || p.Span.End > len(x.d.Text) || p.Span.Start >= p.Span.End {
			continue
		}
		text := x.d.Text[p.Span.Start:p.Span.End]
		kind, num, after := captionLabel(text)
		if kind == "" || after >= len(text) {
			continue
		}
		// "Figure 4 shows ..." is a sentence, not a caption.
		rest := strings.TrimLeft(text[after:], " *_")
		if rest == "" || !(rest[0] == ':' || rest[0] == '.' || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || rest[0] == '-') {
			continue
		}
		end := len(text)
		// The source line of a caption dates its source, not the figure.
		low := toLower(text)
		for _, cue := range []string{"source:", "sources:", "источник", "дереккөз", "vir:"} {
			if k := strings.Index(low, cue); k > after && k < end {
				end = k
			}
		}
		if end > 300 {
			end = 300
			for end > after && !isSpaceByte(text[end-1]) {
				end--
			}
		}
		lang := sentenceLang(text[:end], p.Lang)
		sc := &scan{x: x, lx: x.lx, text: x.d.Text, span: doc.Span{Start: p.Span.Start + after, End: p.Span.Start + end}, para: x.d.ParagraphIndex(p.Span.Start + after), lang: lang}
		buf = tokenize(buf, x.d.Text, p.Span.Start+after, p.Span.Start+end, lang)
		sc.sets, sc.setsOK = x.lx.words.assign(buf, x.idc), !x.everySet
		sc.toks = buf
		sc.markLabels()
		// findTimes reads the mentions of the caption (citationYear):
		// ents holds them while it does.
		if near, ok := x.appendNear(x.tmpEnts[:0], sc.span); ok {
			ents := x.ents
			x.ents = near
			sc.findTimes()
			x.ents, x.tmpEnts = ents, near
		} else {
			x.findAll()
			sc.findTimes()
		}
		for _, e := range sc.times {
			if e.usable() && !e.citation && !e.p.Relative && e.p.Start != "" {
				if out == nil {
					out = map[string]Period{}
				}
				key := kind + " " + num
				if _, dup := out[key]; !dup {
					out[key] = e.p
				}
				break
			}
		}
	}
	return out
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' }

// figureRefPeriod returns the period of the caption of a figure or table the
// sentence refers to ("(Figure 4)", "see Table 2"), or nil.
func (sc *scan) figureRefPeriod() *Period {
	if len(sc.x.captions) == 0 {
		return nil
	}
	for i := range sc.toks {
		t := &sc.toks[i]
		if t.kind != tWord || !captionWords[t.lower] {
			continue
		}
		s := sc.text[t.start:sc.span.End]
		kind, num, _ := captionLabel(s)
		if kind == "" {
			continue
		}
		if p, ok := sc.x.captions[kind+" "+num]; ok {
			return &p
		}
	}
	return nil
}
