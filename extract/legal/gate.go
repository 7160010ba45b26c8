package legal

import (
	"math/bits"
	"unicode/utf8"
)

// candGate is a cheap pre-test for lookups in Lexicon.cands: most words of
// a text are not type words, and a length, first-and-last-byte or hash
// test rejects them without a map lookup.
type candGate struct {
	minLen, maxLen int
	// ends has the bit endsKey(form) of every case-folded form.
	ends [1 << 16 / 64]uint64
	// hashes has the bit runHash(form) of every form.
	hashes [hashBits / 64]uint64
	// runs: every form is one run of word runes (no hyphen, apostrophe or
	// dot, which join runs into longer tokens), so mayHaveCand can test
	// runs instead of tokens.
	runs bool
}

const hashBits = 1 << 13

// runHash hashes the runes of a case-folded word; mayHaveCand computes the
// same hash while it scans.
func runHash(s string) uint32 {
	h := uint32(0)
	for _, r := range s {
		h = h*hashMul + uint32(r)
	}
	return h
}

const hashMul = 0x01000193

func newCandGate(forms map[string]typeWord) candGate {
	g := candGate{minLen: 1 << 30, runs: true}
	for f := range forms {
		if f == "" {
			continue
		}
		g.minLen = min(g.minLen, len(f))
		g.maxLen = max(g.maxLen, len(f))
		e := endsKey(f)
		g.ends[e/64] |= 1 << (e % 64)
		h := runHash(f) % hashBits
		g.hashes[h/64] |= 1 << (h % 64)
		for _, r := range f {
			if !isWordRune(r) {
				g.runs = false
			}
		}
	}
	return g
}

// endsKey hashes the first and last bytes and the length of a word.
func endsKey(f string) uint32 {
	return endsKeyOf(f[0], f[len(f)-1], len(f))
}

func endsKeyOf(first, last byte, n int) uint32 {
	return (uint32(first) | uint32(last)<<8 | uint32(n)<<16) * 0x9E3779B1 >> 16
}

// may reports whether a case-folded word can be one of the forms.
func (g *candGate) may(low string) bool {
	if len(low) < g.minLen || len(low) > g.maxLen {
		return false
	}
	e := endsKey(low)
	return g.ends[e/64]&(1<<(e%64)) != 0
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// alnumLower maps ASCII letters and digits to their lower case, other
// bytes to 0.
var alnumLower = func() (t [256]byte) {
	for c := 0; c < utf8.RuneSelf; c++ {
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			t[c] = byte(c)
		} else if 'A' <= c && c <= 'Z' {
			t[c] = byte(c) + 'a' - 'A'
		}
	}
	return t
}()

// runByte holds the bytes a run of word runes can start with, for
// mayHaveCand's skip: the ASCII letters and digits, and every non-ASCII
// byte (the rune it starts is tested there).
var runByte = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || alnumLower[c] != 0
	}
	return t
}()

// russianLower is lowerRune of U+0400–U+047F, the two-byte runes whose
// first byte is 0xD0 or 0xD1, by a table.
var russianLower = func() (t [0x80]rune) {
	for i := range t {
		t[i], _ = lowerRune(rune(0x400 + i))
	}
	return t
}()

// mayHaveCand reports whether text may hold a candidate scanPara builds:
// it is false only when no maximal run of word runes folds to a form of
// cands, or when the only forms are policy words and no year is written. A
// token that is a form is such a run (see candGate.runs), and build returns
// no policy candidate without a period, which has a year (see mayHaveYear);
// so scanPara finds nothing in a text this rejects, and the text need not
// be tokenized. When it is true, from is the start of the first run that
// folds to a form: scanPara need not test the tokens before it.
func (lx *Lexicon) mayHaveCand(text string) (from int, ok bool) {
	g := &lx.candGate
	if !g.runs {
		return 0, true
	}
	policy := -1 // the start of the first policy word, if any
	var buf [64]byte
	for i := 0; ; {
		// Skip to the next word byte or non-ASCII rune.
		for i < len(text) && !runByte[text[i]] {
			i++
		}
		if i == len(text) {
			break
		}
		// Most runs are ASCII: find their end without hashing, and hash
		// only those whose length and ends a form has.
		start := i
		// Eight bytes a step, unrolled: one bounds test and loop test
		// for eight bytes instead of one each.
		for {
			if i+8 > len(text) {
				for i < len(text) && alnumLower[text[i]] != 0 {
					i++
				}
				break
			}
			b := text[i : i+8]
			if alnumLower[b[0]] == 0 {
				break
			}
			if alnumLower[b[1]] == 0 {
				i++
				break
			}
			if alnumLower[b[2]] == 0 {
				i += 2
				break
			}
			if alnumLower[b[3]] == 0 {
				i += 3
				break
			}
			if alnumLower[b[4]] == 0 {
				i += 4
				break
			}
			if alnumLower[b[5]] == 0 {
				i += 5
				break
			}
			if alnumLower[b[6]] == 0 {
				i += 6
				break
			}
			if alnumLower[b[7]] == 0 {
				i += 7
				break
			}
			i += 8
		}
		if i == len(text) || text[i] < utf8.RuneSelf {
			n := i - start
			if i < len(text) {
				i++ // a byte the skip above would skip: no word byte
			}
			if n < g.minLen || n > g.maxLen {
				continue
			}
			e := endsKeyOf(alnumLower[text[start]], alnumLower[text[start+n-1]], n)
			if g.ends[e/64]&(1<<(e%64)) == 0 {
				continue
			}
			h := uint32(0)
			for _, c := range []byte(text[start : start+n]) {
				h = h*hashMul + uint32(alnumLower[c])
			}
			if h %= hashBits; g.hashes[h/64]&(1<<(h%64)) == 0 {
				continue
			}
			if tw, ok := lx.candRun(text[start:start+n], buf[:0]); ok {
				if !tw.policy {
					return firstOf(policy, start), true
				}
				policy = firstOf(policy, start)
			}
			continue
		}
		// A run with non-ASCII runes: scan it again, hashing its runes as
		// lowerRune folds them (fold folds a run of such runes the same
		// way).
		i = start
		h, other := uint32(0), false
		for i < len(text) {
			// Four Cyrillic letters (U+0400–U+04FF) at a time: the common
			// Russian and Kazakh run. cyrLower has the folds of the word
			// runes of the block, 0 for the others.
			for i+8 <= len(text) {
				x := load64(text, i)
				if x&0xC0FCC0FCC0FCC0FC != 0x80D080D080D080D0 {
					break
				}
				l0 := cyrLower[cyrIndex(x)]
				l1 := cyrLower[cyrIndex(x>>16)]
				l2 := cyrLower[cyrIndex(x>>32)]
				l3 := cyrLower[cyrIndex(x>>48)]
				if l0 == 0 || l1 == 0 || l2 == 0 || l3 == 0 {
					break
				}
				h = (((h*hashMul+l0)*hashMul+l1)*hashMul+l2)*hashMul + l3
				i += 8
			}
			if i == len(text) {
				break
			}
			c := text[i]
			if c-0xC2 < 0xE0-0xC2 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
				// A two-byte rune (Russian, Kazakh, Slovene letters),
				// tested first and decoded in place: twoByte has its
				// fold when it is a word rune lowerRune folds.
				if t := &twoByte[rune(c&0x1F)<<6|rune(text[i+1]&0x3F)]; t.word {
					h = h*hashMul + uint32(t.lower)
					i += 2
					continue
				}
			} else if v := alnumLower[c]; v != 0 {
				h = h*hashMul + uint32(v)
				i++
				continue
			} else if c < utf8.RuneSelf {
				break
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				break
			}
			l, ok := lowerRune(r)
			other = other || !ok
			h = h*hashMul + uint32(l)
			i += n
		}
		if i == start {
			// A non-ASCII rune that is no word rune.
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
			continue
		}
		if h %= hashBits; !other && g.hashes[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		if tw, ok := lx.candRun(text[start:i], buf[:0]); ok {
			if !tw.policy {
				return firstOf(policy, start), true
			}
			policy = firstOf(policy, start)
		}
	}
	return policy, policy >= 0 && mayHaveYear(text)
}

// firstOf returns at, the start of a form's run, unless an earlier run's
// start is known (first, -1 for none).
func firstOf(first, at int) int {
	if first >= 0 {
		return first
	}
	return at
}

// cyrLower is the fold of the runes U+0400–U+04FF that twoByte says are
// word runes lowerRune folds (indexed by the rune less 0x400), 0 for the
// others (no fold is 0).
var cyrLower = func() (t [0x100]uint32) {
	for k := range t {
		if tr := twoByte[0x400+k]; tr.word {
			t[k] = uint32(tr.lower)
		}
	}
	return t
}()

// cyrIndex is the cyrLower index of the two-byte rune in the low 16 bits
// of x (its first byte lowest), which is in U+0400–U+04FF.
func cyrIndex(x uint64) uint8 {
	return uint8(x&3)<<6 | uint8(x>>8)&0x3F
}

// digitBytes returns the high bit of every byte of x (eight bytes of text,
// the first lowest) that is an ASCII digit.
func digitBytes(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	v := x &^ high // the low seven bits
	// v >= '0' has the high bit of v + (0x80-'0'); v <= '9' not that of
	// v + (0x7F-'9'): neither carries out of a byte below 0x80.
	return (v + (0x80-'0')*ones) &^ (v + (0x7F-'9')*ones) &^ x & high
}

// load64 reads text[i:i+8] as a little-endian number (one load).
func load64(text string, i int) uint64 {
	b := text[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// candRun returns the form of cands fold(w) is, if any, without allocating
// for words lowerFast can fold.
func (lx *Lexicon) candRun(w string, buf []byte) (typeWord, bool) {
	if folded(w) {
		if !lx.candGate.may(w) {
			return typeWord{}, false
		}
		tw, ok := lx.cands[w]
		return tw, ok
	}
	if b, ok := appendLowerFast(buf, w); ok {
		tw, ok := lx.cands[string(b)]
		return tw, ok
	}
	tw, ok := lx.cands[fold(w)]
	return tw, ok
}

// mayHaveYear reports whether text has a maximal run of exactly four ASCII
// digits from 1800 to 2100. Every year yearOf reads is one: a token of four
// digits, or four digits after a hyphen at the end of a token ("2023-2027",
// "Kazakhstan-2050"); digits and word runes around them would be part of
// the token.
func mayHaveYear(text string) bool {
	for i := 0; i < len(text); {
		if text[i]-'0' > 9 {
			// No digit run is open at i: skip the eight-byte blocks
			// without a digit (most text) by one load each.
			for i+8 <= len(text) {
				if d := digitBytes(load64(text, i)); d != 0 {
					i += bits.TrailingZeros64(d) >> 3
					break
				}
				i += 8
			}
			if i == len(text) || text[i]-'0' > 9 {
				i++
				continue
			}
		}
		j := i
		for j < len(text) && text[j]-'0' <= 9 {
			j++
		}
		if j-i == 4 {
			y := int(text[i]-'0')*1000 + int(text[i+1]-'0')*100 + int(text[i+2]-'0')*10 + int(text[i+3]-'0')
			if y >= 1800 && y <= 2100 {
				return true
			}
		}
		i = j
	}
	return false
}
