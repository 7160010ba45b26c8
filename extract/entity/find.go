package entity

import (
	"unicode"
	"unicode/utf8"
)

// span is a word of the text: a maximal run of letters.
type span struct{ start, end int }

// candidate is a gazetteer word a text word can be: the word's id and the
// ending that followed its stem.
type candidate struct {
	word   int32
	suffix string
	stem   int // stem length in bytes, to prefer the most specific reading
}

// finder holds the scratch state of one Find call.
type finder struct {
	g     *Gazetteer
	text  string
	words []span
	lower []byte
	cands []candidate
}

// Find returns the entity mentions in text, left to right, without overlaps:
// at each word the longest form that matches wins.
func (g *Gazetteer) Find(text string) []Match {
	f := finder{g: g, text: text}
	f.words = splitWords(text)
	var out []Match
	for i := 0; i < len(f.words); {
		m, next, ok := f.matchAt(i)
		if !ok {
			i++
			continue
		}
		out = append(out, m)
		i = next
	}
	return out
}

func splitWords(text string) []span {
	var ws []span
	start := -1
	for i, r := range text {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			ws = append(ws, span{start, i})
			start = -1
		}
	}
	if start >= 0 {
		ws = append(ws, span{start, len(text)})
	}
	return ws
}

// matchAt tries every pattern starting at word i and returns the longest
// match and the index of the word after it.
func (f *finder) matchAt(i int) (Match, int, bool) {
	firsts := f.candidates(i)
	if len(firsts) == 0 {
		return Match{}, 0, false
	}
	// Copy: candidates reuses its buffer for the following words.
	firsts = append([]candidate(nil), firsts...)
	best, bestWords, bestStem := -1, 0, 0
	var bestSuffix string
	for _, c := range firsts {
		for _, pi := range f.g.byFirst[c.word] {
			p := &f.g.patterns[pi]
			n := len(p.words)
			if i+n > len(f.words) {
				continue
			}
			suffix, stem, ok := c.suffix, c.stem, true
			if n > 1 && c.suffix != "" && !f.g.words[c.word].inflect {
				ok = false
			}
			for k := 1; ok && k < n; k++ {
				if !separatorOnly(f.text[f.words[i+k-1].end:f.words[i+k].start]) {
					ok = false
					break
				}
				ok = false
				for _, ck := range f.candidates(i + k) {
					if ck.word == p.words[k] {
						ok, suffix, stem = true, ck.suffix, stem+ck.stem
						break
					}
				}
			}
			if !ok {
				continue
			}
			if n > bestWords || (n == bestWords && stem > bestStem) {
				best, bestWords, bestStem, bestSuffix = int(pi), n, stem, suffix
			}
		}
	}
	if best < 0 {
		return Match{}, 0, false
	}
	p := &f.g.patterns[best]
	ent := f.g.entities[p.entity]
	m := Match{
		Start: f.words[i].start, End: f.words[i+bestWords-1].end,
		ID: ent.ID, Kind: ent.Kind, Role: p.role, Lang: p.lang, Suffix: bestSuffix,
	}
	next := i + bestWords
	// A Kazakh case ending written after a hyphen: "ЕАЭО-ға", "ТМД-ның".
	if next < len(f.words) && bestSuffix == "" {
		gap := f.text[m.End:f.words[next].start]
		if gap == "-" || gap == "‑" {
			w := f.words[next]
			lw := lowerString(f.text[w.start:w.end])
			if _, ok := f.g.suffixes["kk"][lw]; ok && isCyrillic(f.text[w.start:w.end]) {
				m.End, m.Suffix = w.end, lw
				next++
			}
		}
	}
	return m, next, true
}

// candidates returns the gazetteer words text word i can be. The returned
// slice is reused by the next call.
func (f *finder) candidates(i int) []candidate {
	f.cands = f.cands[:0]
	w := f.words[i]
	tok := f.text[w.start:w.end]
	first, _ := utf8.DecodeRuneInString(tok)
	if _, ok := f.g.edges[uint64(unicode.ToLower(first))]; !ok {
		return f.cands
	}
	f.lower = f.lower[:0]
	for _, r := range tok {
		f.lower = utf8.AppendRune(f.lower, unicode.ToLower(r))
	}
	node := int32(0)
	for pos := 0; pos < len(f.lower); {
		r, size := utf8.DecodeRune(f.lower[pos:])
		child, ok := f.g.edges[uint64(node)<<32|uint64(r)]
		if !ok {
			break
		}
		node = child
		pos += size
		if int(node) >= len(f.g.terminal) {
			continue
		}
		for _, wid := range f.g.terminal[node] {
			wd := &f.g.words[wid]
			rest := f.lower[pos:]
			if len(rest) > 0 {
				if !wd.inflect {
					continue
				}
				h, ok := f.g.suffixes[wd.lang][string(rest)]
				if !ok || !wd.harmony.agrees(h) {
					continue
				}
			}
			if !caseAgrees(wd.rule, tok) {
				continue
			}
			f.cands = append(f.cands, candidate{word: wid, suffix: string(rest), stem: pos})
		}
	}
	return f.cands
}

// caseAgrees applies a form's case rule to the text word.
func caseAgrees(rule caseRule, tok string) bool {
	switch rule {
	case capital:
		r, _ := utf8.DecodeRuneInString(tok)
		return unicode.IsUpper(r)
	case allCapsOf:
		for _, r := range tok {
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	return true
}

// separatorOnly reports whether the text between two words of one form is
// a plain separator: spaces, a hyphen, an apostrophe or a period.
func separatorOnly(gap string) bool {
	if gap == "" || len(gap) > 8 {
		return false
	}
	for _, r := range gap {
		switch r {
		case ' ', '\u00a0', '\u202f', '\u2009', '\n', '-', '‐', '‑', '\'', '’', '.', ',':
		default:
			return false
		}
	}
	return true
}

func lowerString(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}

func isCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}
