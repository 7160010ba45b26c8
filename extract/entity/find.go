package entity

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/nlp"
)

// Word is a word of a text as Find reads it: a maximal run of letters
// (nlp.IsWordRune), the bytes [Start, End) of the text.
type Word struct {
	Start, End int
	// first packs the word's first three runes, lower case (0 for a
	// missing one), in bits 21-41, 0-20 and 42-62: a word takes 24 bytes.
	// Whether a form can start with it (mayStartWord) is worked out from
	// them when a search reads the word: most words are never searched
	// (the claims extractor searches the sentences it scans only).
	first uint64
}

// FirstRunes returns the first two runes of the word, lower case
// (nlp.LowerRune), 0 for a missing one.
func (w *Word) FirstRunes() (rune, rune) {
	return rune(w.first >> 21 & (1<<21 - 1)), rune(w.first & (1<<21 - 1))
}

// ThirdRune returns the third rune of the word, lower case (nlp.LowerRune),
// 0 for a missing one.
func (w *Word) ThirdRune() rune { return rune(w.first >> 42 & (1<<21 - 1)) }

// mayStartWord is mayStart for a word of splitWords, from its first runes:
// mayStartASCII for one to three ASCII letters, else mayStartOther.
func (g *Gazetteer) mayStartWord(w *Word) bool {
	if w.first&pastASCII != 0 {
		return g.mayStartOther(w)
	}
	return g.mayStartASCII(w.first)
}

// pastASCII has bits 7-20 of each rune a Word's first packs: a word of
// ASCII letters has none of them.
const pastASCII = 0x1FFF80 | 0x1FFF80<<21 | 0x1FFF80<<42

// mayStartASCII is mayStartWord for a word whose first packs ASCII letters
// only (lower case): asciiMay's answer. (No call in it, so that it inlines
// into findFrom's loop, which tests the words for pastASCII itself.)
func (g *Gazetteer) mayStartASCII(first uint64) bool {
	// The letters' base-27 number (a=1 ... z=26), the missing ones 0: a
	// rune is 0 or has bit 6 set (a-z).
	r0, r1, r2 := uint(first>>21&0x7F), uint(first&0x7F), uint(first>>42&0x7F)
	idx := (r0-96)*27*27 + (r1-96)*(r1>>6)*27 + (r2-96)*(r2>>6)
	return g.asciiMay[idx/64]&(1<<(idx%64)) != 0
}

// mayStartOther is mayStartWord for a word with a rune past ASCII.
func (g *Gazetteer) mayStartOther(w *Word) bool {
	r0, r1 := w.FirstRunes()
	r2 := w.ThirdRune()
	k := 1
	if r1 != 0 {
		k = 2
		if r2 != 0 {
			k = 3
		}
	}
	return g.mayStartRunes([3]rune{r0, r1, r2}, k)
}

// candidate is a gazetteer word a text word can be: the word's id and the
// ending that followed its stem.
type candidate struct {
	word   int32
	suffix string
	stem   int // stem length in bytes, to prefer the most specific reading
}

// finder holds the scratch state of one Find call.
type finder struct {
	g      *Gazetteer
	text   string
	words  []Word // those of the current call
	buf    []Word // AppendFind's words
	rest   []byte
	cands  []candidate
	firsts []candidate
	// later[k] holds the candidates of word i+k for the matchAt call at
	// word i (computed once, not once per pattern), when laterOK[k].
	later   [][]candidate
	laterOK []bool
	// known remembers short words (by a hash of their bytes) with their
	// candidates and whether one starts a form: most of the words that
	// pass the prefix filter recur, those that start no form ("from",
	// "migrants") and those that do ("Republic", "Kazakhstan"), and skip
	// the trie walk when they do. It holds copies, no text: a word's
	// candidates depend on its bytes only.
	known [knownSlots]knownWord
}

const knownBits, knownSlots = 11, 1 << knownBits

// knownWord is a word of up to 23 bytes, n its length (0: empty slot), its
// candidates and whether one of them starts a form.
type knownWord struct {
	n      uint8
	b      [23]byte
	starts bool
	cands  []candidate
}

// knownSlot returns the slot of word tok in f.known, and false for a word
// too long to keep.
func knownSlot(tok string) (int, bool) {
	if len(tok) == 0 || len(tok) > len(knownWord{}.b) {
		return 0, false
	}
	// Four bytes and the length, not a loop over the word: the slot only
	// has to spread the words, the compare decides.
	n := len(tok)
	h := uint32(tok[0]) | uint32(tok[min(1, n-1)])<<8 | uint32(tok[n/2])<<16 | uint32(tok[n-1])<<24
	h = (h ^ uint32(n)*0x85EBCA77) * 0x9E3779B1
	return int(h >> (32 - knownBits)), true
}

// knownCandidates returns the candidates of word i and whether one starts a
// form, from its known slot when the word is there, else from candidates
// (and kept in the slot when the word is short). The slice is good until
// the next call.
func (f *finder) knownCandidates(i int) ([]candidate, bool) {
	tok := f.text[f.words[i].Start:f.words[i].End]
	slot, keep := knownSlot(tok)
	kw := &f.known[slot]
	if keep && int(kw.n) == len(tok) && string(kw.b[:kw.n]) == tok {
		return kw.cands, kw.starts
	}
	cands := f.candidates(i)
	starts := false
	for _, c := range cands {
		if int(c.word) < len(f.g.byFirst) && len(f.g.byFirst[c.word]) > 0 {
			starts = true
			break
		}
	}
	if keep {
		kw.n, kw.starts = uint8(copy(kw.b[:], tok)), starts
		kw.cands = append(kw.cands[:0], cands...)
	}
	return cands, starts
}

// laterCandidates returns the candidates of word i+k for matchAt(i).
func (f *finder) laterCandidates(i, k int) []candidate {
	for len(f.later) <= k {
		f.later = append(f.later, nil)
		f.laterOK = append(f.laterOK, false)
	}
	if !f.laterOK[k] {
		cands, _ := f.knownCandidates(i + k)
		f.later[k] = append(f.later[k][:0], cands...)
		f.laterOK[k] = true
	}
	return f.later[k]
}

// Find returns the entity mentions in text, left to right, without overlaps:
// at each word the longest form that matches wins.
func (g *Gazetteer) Find(text string) []Match {
	return g.AppendFind(nil, text, 0, len(text))
}

// AppendFind appends to dst the mentions Find(text[start:end]) returns,
// with their offsets into text.
func (g *Gazetteer) AppendFind(dst []Match, text string, start, end int) []Match {
	f, _ := g.finders.Get().(*finder)
	if f == nil {
		f = &finder{}
	}
	f.buf = g.AppendWords(f.buf[:0], text, start, end)
	dst = f.find(dst, g, text, f.buf)
	g.finders.Put(f)
	return dst
}

// AppendFindWords appends to dst the mentions AppendFind(dst, text, start,
// end) returns, given words, the words AppendWords returns for text[start:end]
// (for a caller that reads them too).
func (g *Gazetteer) AppendFindWords(dst []Match, text string, words []Word) []Match {
	f, _ := g.finders.Get().(*finder)
	if f == nil {
		f = &finder{}
	}
	dst = f.find(dst, g, text, words)
	g.finders.Put(f)
	return dst
}

// AppendFindWordsNear appends to dst the mentions AppendFindWords(dst,
// text, words) finds that start before words[stop] and at or after a word
// no earlier mention covers, at or before words[w]; lo must be such a
// word (0, or an index this returned), and the search goes no further
// back. It returns the index of the word the whole run would read next
// (at or after stop, and a word no earlier mention covers). A caller reads
// the mentions of a part of the text without those before it: from a word
// no mention covers, the run goes on as it would from the start.
func (g *Gazetteer) AppendFindWordsNear(dst []Match, text string, words []Word, lo, w, stop int) ([]Match, int) {
	if len(words) == 0 {
		return dst, lo
	}
	f, _ := g.finders.Get().(*finder)
	if f == nil {
		f = &finder{}
	}
	f.g, f.text, f.words = g, text, words
	w = min(w, len(words)-1)
	from := lo
	if w > lo {
		from = f.landing(lo, w)
	}
	dst, next := f.findFrom(dst, g, text, words, from, stop)
	g.finders.Put(f)
	return dst, next
}

// landing returns the last word j in [lo, w] that no mention starting
// before it can cover, given that lo is one: the words before j that can
// start a mention (maxWords back at most, and after the last gap no form
// spans) all start forms too short to reach it.
func (f *finder) landing(lo, w int) int {
	j := w
outer:
	for j > lo {
		for k := j - 1; k >= lo && k >= j-f.g.maxWords; k-- {
			if !separatorOnly(f.text[f.words[k].End:f.words[k+1].Start]) {
				break // no mention crosses it
			}
			if f.reach(k) >= j {
				j = k
				continue outer
			}
		}
		return j
	}
	return lo
}

// reach returns the last word a mention that starts at word k can cover
// (k-1 when none can start there): its form's words and a Kazakh ending
// after a hyphen.
func (f *finder) reach(k int) int {
	if !f.g.mayStartWord(&f.words[k]) {
		return k - 1
	}
	cands, starts := f.knownCandidates(k)
	if !starts {
		return k - 1
	}
	n := 0
	for _, c := range cands {
		if int(c.word) < len(f.g.firstMax) {
			n = max(n, int(f.g.firstMax[c.word]))
		}
	}
	return k + n
}

// find appends the mentions among words (offsets into text) to dst.
func (f *finder) find(dst []Match, g *Gazetteer, text string, words []Word) []Match {
	dst, _ = f.findFrom(dst, g, text, words, 0, len(words))
	return dst
}

// findFrom is find from word from (one no mention covers), stopping before
// a mention would start at word stop or later; it returns the word it
// stopped at.
func (f *finder) findFrom(dst []Match, g *Gazetteer, text string, words []Word, from, stop int) ([]Match, int) {
	f.g, f.text, f.words = g, text, words
	i := from
	for i < len(f.words) && i < stop {
		// Most words start no form: skip matchAt's call and its Match
		// result. (mayStartWord written out: it would not inline.)
		w, may := &f.words[i], false
		if w.first&pastASCII == 0 {
			may = g.mayStartASCII(w.first)
		} else {
			may = g.mayStartOther(w)
		}
		if !may {
			i++
			continue
		}
		// Most of the words left start no form either: no matchAt call.
		firsts, starts := f.knownCandidates(i)
		if !starts {
			i++
			continue
		}
		m, next, ok := f.matchAt(i, firsts)
		if !ok {
			i++
			continue
		}
		dst = append(dst, m)
		i = next
	}
	f.g, f.text, f.words = nil, "", nil
	return dst, i
}

// asciiLetter marks the bytes of the ASCII letters.
var asciiLetter = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// AppendWords appends to dst the words of text[start:end], with their
// offsets into text.
func (g *Gazetteer) AppendWords(dst []Word, text string, start, end int) []Word {
	return splitWords(dst, text, start, end)
}

// splitWords appends the words of text[from:to] to ws, each with its
// first three runes (mayStartWord reads them). Only those are lower-cased:
// the rest of a word is skipped. The two-byte Cyrillic block (U+0400–U+04FF) is decoded inline.
func splitWords(ws []Word, text string, from, to int) []Word {
	n := to
	for i := from; i < n; {
		c := text[i]
		r, size := rune(c|0x20), 1 // lower case, for an ASCII letter
		if c < utf8.RuneSelf {
			if !asciiLetter[c] {
				i++
				continue
			}
			// Words of ASCII letters (most words of English text) are
			// read by splitASCII, up to one whose letters go on past
			// ASCII: that one is read below.
			if ws, i = splitASCII(ws, text, i, n); i >= n || !asciiLetter[text[i]] {
				continue
			}
			r = rune(text[i] | 0x20)
		} else {
			// So are words of Cyrillic letters (and ASCII ones) by
			// splitCyrillic, up to one with another rune: that one is
			// read below, or the rune skipped.
			if ws, i = splitCyrillic(ws, text, i, n); i >= n || text[i] < utf8.RuneSelf {
				continue
			}
			var ok bool
			if r, ok = cyrillic2(text, i, n); ok {
				// The common non-ASCII letter, without a call.
				if size = 2; !cyrillicWordRune(r) {
					i += size
					continue
				}
			} else if r, size, ok = decodeWordRune(text, i); !ok {
				i += size
				continue
			}
			r = nlp.LowerRune(r)
		}
		start := i
		var rs [3]rune
		k := 0
		for {
			rs[k] = r
			k++
			i += size
			if k == 3 || i >= n {
				break
			}
			c := text[i]
			if c < utf8.RuneSelf {
				if !asciiLetter[c] {
					break
				}
				r, size = rune(c|0x20), 1
				continue
			}
			var ok bool
			if r, ok = cyrillic2(text, i, n); ok {
				if size = 2; !cyrillicWordRune(r) {
					break
				}
			} else if r, size, ok = decodeWordRune(text, i); !ok {
				break
			}
			r = nlp.LowerRune(r)
		}
		if k == 3 {
			// Past the runes mayStart reads: find the word's end.
			for i < n {
				if i+8 <= n && fourCyrillicLetters(text, i) { // most of a Russian word
					i += 8
					continue
				}
				c := text[i]
				if c < utf8.RuneSelf {
					if !asciiLetter[c] {
						break
					}
					i++
					continue
				}
				if r, ok := cyrillic2(text, i, n); ok {
					if !cyrillicWordRune(r) {
						break
					}
					i += 2
					continue
				}
				_, size, ok := decodeWordRune(text, i)
				if !ok {
					break
				}
				i += size
			}
		}
		ws = append(ws, Word{Start: start, End: i, first: uint64(rs[2])<<42 | uint64(rs[0])<<21 | uint64(rs[1])})
	}
	return ws
}

// splitCyrillic appends to ws the words of text[i:n] that start with a
// two-byte Cyrillic letter (U+0400–U+04FF) and go on with those and ASCII
// letters, and returns where it stopped: n, an ASCII letter, or a byte past
// ASCII that starts no such rune or a word with another rune past ASCII
// (splitWords reads those). A function of its own for the reason
// splitASCII is.
func splitCyrillic(ws []Word, text string, i, n int) ([]Word, int) {
	for i < n {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiLetter[c] {
				return ws, i
			}
			i++ // mostly a space or punctuation
			continue
		}
		r0, ok := cyrillic2(text, i, n)
		if !ok {
			return ws, i
		}
		if !cyrillicWordRune(r0) {
			i += 2
			continue
		}
		// The second and third runes (0 for a missing one): each an ASCII
		// letter lowered by its case bit or a Cyrillic letter lowered by
		// cyrillicLower, else the word ends before it, or is left to
		// splitWords.
		var rs [2]rune
		j := i + 2
		for k := range rs {
			if j >= n {
				break
			}
			c := text[j]
			if c < utf8.RuneSelf {
				if !asciiLetter[c] {
					break
				}
				rs[k] = rune(c | 0x20)
				j++
				continue
			}
			r, ok := cyrillic2(text, j, n)
			if !ok {
				return ws, i
			}
			if !cyrillicWordRune(r) {
				break
			}
			rs[k] = cyrillicLower[r&0xFF]
			j += 2
		}
		if rs[1] != 0 {
			// The rest of the word (as splitWords' loop reads it).
			for j < n {
				if j+8 <= n && fourCyrillicLetters(text, j) {
					j += 8
					continue
				}
				c := text[j]
				if c < utf8.RuneSelf {
					if !asciiLetter[c] {
						break
					}
					j++
					continue
				}
				r, ok := cyrillic2(text, j, n)
				if !ok {
					return ws, i
				}
				if !cyrillicWordRune(r) {
					break
				}
				j += 2
			}
		}
		ws = append(ws, Word{Start: i, End: j, first: uint64(rs[1])<<42 | uint64(cyrillicLower[r0&0xFF])<<21 | uint64(rs[0])})
		i = j
	}
	return ws, i
}

// fourCyrillicLetters reports whether text[i:i+8] is four runes of
// U+0400–U+047F (lead byte D0 or D1: all of them letters).
func fourCyrillicLetters(text string, i int) bool {
	b := text[i : i+8]
	v := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	return v&0xC0FEC0FEC0FEC0FE == 0x80D080D080D080D0
}

// cyrillicLower holds nlp.LowerRune of U+0400–U+04FF, by the rune's low
// byte (a table of its own: nlp.LowerRune's fallback is a call).
var cyrillicLower = func() (t [256]rune) {
	for k := range t {
		t[k] = nlp.LowerRune(0x400 + rune(k))
	}
	return t
}()

// splitASCII appends to ws the words of text[i:n] (i at an ASCII letter)
// up to a byte past ASCII, and returns where it stopped: n, that byte, or
// the start of a word of ASCII letters that goes on past ASCII. A function
// of its own: splitWords' calls (decoding, lowering) would make the loop
// keep its variables in memory.
func splitASCII(ws []Word, text string, i, n int) ([]Word, int) {
	for i < n {
		c := text[i]
		if !asciiLetter[c] {
			if c >= utf8.RuneSelf {
				return ws, i
			}
			i++ // mostly a space or punctuation
			continue
		}
		// The run's end and its first three letters (lowered by their
		// case bit, missing ones 0), from the eight bytes at i while all
		// are letters (most words end in the first eight), the last few
		// byte by byte.
		var j int
		var first uint64
		if i+8 <= n {
			b := text[i : i+8]
			v := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
			non := nonLetters8(v)
			// Bytes 0-2, those from the first non-letter on cleared (the
			// bits below its high bit, shifted down a byte).
			head := (v | 0x202020) & ((non&-non - 1) >> 7) & 0xFFFFFF
			first = head&0xFF<<21 | head>>8&0xFF | head>>16<<42
			if non != 0 {
				j = i + bits.TrailingZeros64(non)/8
			} else {
				for j = i + 8; ; j += 8 {
					if j+8 > n {
						for j < n && asciiLetter[text[j]] {
							j++
						}
						break
					}
					b := text[j : j+8]
					v := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
						uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
					if non := nonLetters8(v); non != 0 {
						j += bits.TrailingZeros64(non) / 8
						break
					}
				}
			}
		} else {
			for j = i + 1; j < n && asciiLetter[text[j]]; j++ {
			}
			first = uint64(c|0x20) << 21
			if j-i > 1 {
				first |= uint64(text[i+1] | 0x20)
				if j-i > 2 {
					first |= uint64(text[i+2]|0x20) << 42
				}
			}
		}
		if j >= n {
			return append(ws, Word{Start: i, End: j, first: first}), n
		}
		if text[j] >= utf8.RuneSelf {
			return ws, i // splitWords reads the word
		}
		ws = append(ws, Word{Start: i, End: j, first: first})
		i = j + 1 // past the byte after it, an ASCII byte that is no letter
	}
	return ws, i
}

// nonLetters8 returns the high bit of each byte of v (little-endian) that
// is not an ASCII letter: a byte below 0x80 is one when, with its case bit
// set, it is 'a' (adding 0x1F carries into its high bit) but not past 'z'
// (adding 0x05 does not); no byte carries into the next.
func nonLetters8(v uint64) uint64 {
	const high = 0x8080808080808080
	x := (v | 0x2020202020202020) &^ high
	letter := (x + 0x1F1F1F1F1F1F1F1F) &^ (x + 0x0505050505050505) &^ v & high
	return letter ^ high
}

// cyrillic2 decodes the two-byte Cyrillic rune (U+0400–U+04FF) at text[i],
// which must end before n; ok false for any other byte sequence.
func cyrillic2(text string, i, n int) (r rune, ok bool) {
	if c := text[i]; c >= 0xD0 && c <= 0xD3 && i+1 < n && text[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(text[i+1]&0x3F), true
	}
	return 0, false
}

// cyrillicWordRune is nlp.IsWordRune for U+0400–U+04FF: a letter but for ҂
// and the enclosing marks.
func cyrillicWordRune(r rune) bool { return r != 0x482 && r != 0x488 && r != 0x489 }

// decodeWordRune decodes the rune at text[i], not ASCII, and reports
// whether it is a word rune (nlp.IsWordRune).
func decodeWordRune(text string, i int) (rune, int, bool) {
	r, size := utf8.DecodeRuneInString(text[i:])
	return r, size, nlp.IsWordRune(r)
}

// matchAt tries every pattern starting at word i (one mayStartWord lets
// through, whose candidates firsts, from knownCandidates, start a form) and
// returns the longest match and the index of the word after it.
func (f *finder) matchAt(i int, firsts []candidate) (Match, int, bool) {
	// Copy: the slots and candidates' buffer change with the following
	// words.
	f.firsts = append(f.firsts[:0], firsts...)
	firsts = f.firsts
	clear(f.laterOK)
	best, bestWords, bestStem := -1, 0, 0
	var bestSuffix string
	for _, c := range firsts {
		if int(c.word) >= len(f.g.byFirst) {
			continue
		}
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
				if !separatorOnly(f.text[f.words[i+k-1].End:f.words[i+k].Start]) {
					ok = false
					break
				}
				ok = false
				for _, ck := range f.laterCandidates(i, k) {
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
	m := Match{
		Start: f.words[i].Start, End: f.words[i+bestWords-1].End,
		ID: p.entity, Kind: p.kind, Role: p.role, Lang: p.lang, Suffix: bestSuffix,
	}
	next := i + bestWords
	// A Kazakh case ending written after a hyphen: "ЕАЭО-ға", "ТМД-ның".
	if next < len(f.words) && bestSuffix == "" {
		gap := f.text[m.End:f.words[next].Start]
		if gap == "-" || gap == "‑" {
			w := f.words[next]
			lw := lowerString(f.text[w.Start:w.End])
			if _, ok := f.g.suffixes["kk"][lw]; ok && isCyrillic(f.text[w.Start:w.End]) {
				m.End, m.Suffix = w.End, lw
				next++
			}
		}
	}
	return m, next, true
}

// candidates returns the gazetteer words text word i can be. The returned
// slice is reused by the next call. The word is lower-cased rune by rune
// while it walks the trie, and only words that reach a stem pay for the
// ending check.
func (f *finder) candidates(i int) []candidate {
	f.cands = f.cands[:0]
	g := f.g
	w := f.words[i]
	tok := f.text[w.Start:w.End]
	node := int32(0)
	stemLen := 0 // bytes of the lower-case stem read so far
	for pos := 0; pos < len(tok); {
		// The word's runes are letters (splitWords): an ASCII one is
		// lowered by its case bit, a two-byte Cyrillic one decoded inline.
		c := tok[pos]
		r, size := rune(c|0x20), 1
		if c >= utf8.RuneSelf {
			if c >= 0xD0 && c <= 0xD3 && pos+1 < len(tok) && tok[pos+1]&0xC0 == 0x80 {
				r, size = rune(c&0x1F)<<6|rune(tok[pos+1]&0x3F), 2
			} else {
				r, size = utf8.DecodeRuneInString(tok[pos:])
			}
			r = nlp.LowerRune(r)
		}
		// child, with the scan of a narrow node's edges inline.
		child := int32(-1)
		if nd := &g.trie[node]; node != 0 && nd.childEnd-nd.child <= 8 {
			lo, end := nd.child, nd.childEnd
			for k := lo; k < end; k++ {
				if g.edges[k].r == r {
					child = g.edges[k].node
					break
				}
			}
		} else {
			child = g.child(node, r)
		}
		if child < 0 {
			break
		}
		node = child
		if r < utf8.RuneSelf {
			stemLen++
		} else {
			stemLen += utf8.RuneLen(r)
		}
		pos += size
		nd := &g.trie[node]
		if nd.term == nd.termEnd {
			continue
		}
		terms := g.termWords[nd.term:nd.termEnd]
		restOK := false // f.rest holds tok[pos:] lower-cased
		for _, wid := range terms {
			wd := &g.words[wid]
			suffix := ""
			if pos < len(tok) {
				if !wd.inflect {
					continue
				}
				if !restOK {
					f.rest, restOK = nlp.AppendLower(f.rest[:0], tok[pos:]), true
				}
				h, ok := g.wordEnds[wid][string(f.rest)]
				if !ok || !wd.harmony.agrees(h) {
					continue
				}
				suffix = string(f.rest)
			}
			if !caseAgrees(wd.rule, tok) {
				continue
			}
			f.cands = append(f.cands, candidate{word: wid, suffix: suffix, stem: stemLen})
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
	return string(nlp.AppendLower(make([]byte, 0, len(s)), s))
}

func isCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// mayStart reports whether a form can start with the word tok: a form's
// first word begins with the same three runes (lower case), or is all of a
// shorter word. Words that fail skip the trie.
func (g *Gazetteer) mayStart(tok string) bool {
	var rs [3]rune
	k := 0
	for _, r := range tok {
		if k == 3 {
			break
		}
		rs[k] = nlp.LowerRune(r)
		k++
	}
	return g.mayStartRunes(rs, k)
}

// mayStartRunes is mayStart for the first k (up to three) runes of a word,
// lower case.
func (g *Gazetteer) mayStartRunes(rs [3]rune, k int) bool {
	h := prefixHash(rs[0], rs[1], rs[2])
	return g.prefixes[h/64]&(1<<(h%64)) != 0 || g.mayStartShort(rs, k)
}

// mayStartShort is mayStartRunes for the stems shorter than three runes.
func (g *Gazetteer) mayStartShort(rs [3]rune, k int) bool {
	// A stem shorter than three runes ("UN", "ЕС", "Ош") followed by an
	// ending: try its one- and two-rune prefixes, when such a stem starts
	// with the word's first rune.
	if f := uint32(rs[0]) % shortBits; g.shortFirst[f/64]&(1<<(f%64)) == 0 {
		return false
	}
	for n := 1; n < k; n++ {
		var p [3]rune
		copy(p[:n], rs[:n])
		h := prefixHash(p[0], p[1], p[2])
		if g.prefixes[h/64]&(1<<(h%64)) != 0 {
			return true
		}
	}
	return false
}
