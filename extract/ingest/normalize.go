package ingest

import (
	"bytes"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/claimgraph/claimgraph/nlp"
)

// normalizePiece applies the character-level normalization to one exact
// piece: NFC; soft hyphens, zero-width characters and byte-order marks
// dropped; ligatures U+FB00–FB06 expanded (no blanket NFKC, which would also
// rewrite ², ½ and ‰); tabs and other control characters become spaces;
// Latin/Cyrillic homoglyphs repaired inside mixed-script words. Non-breaking
// and narrow spaces (U+00A0, U+202F, U+2009) are kept as they are: the
// number parser needs to tell "165 000" from two numbers.
//
// Every output piece maps to the original bytes it came from: unchanged runs
// stay exact (one-to-one), each changed character is its own piece.
//
// It also returns runeCountValid of the text appended (the paragraph's
// character count, which language shares weigh by): read off the scan
// when the piece stays as it is, counted again otherwise.
func normalizePiece(p piece, out []piece) ([]piece, int) {
	if p.plain {
		return append(out, p), len(p.text) // printable ASCII: as it is
	}
	if !p.exact {
		return append(out, p), runeCountValid(p.text)
	}
	if p.kept {
		return append(out, p), runeCountValid(p.text)
	}
	s := p.text
	// Fast path: ASCII without control characters, or text with nothing to do.
	k := plainASCIIPrefix(s)
	if k == len(s) {
		return append(out, p), len(s)
	}
	// The printable ASCII before k sets nothing but lat: the scan starts
	// at k, and the prefix is looked at only when its letters matter.
	// cont counts the continuation bytes scanned (len(s)-cont runes).
	needs := false
	cont := 0
	lat, cyr := false, false
	checkNFC := false
	for i := k; i < len(s); {
		// Decoded as by range, two-byte runes (Latin, Cyrillic) in place;
		// the two commonest cases first, without the switch below.
		c := rune(s[i])
		switch {
		case c >= ' ' && c < 0x7F:
			lat = lat || c|0x20 >= 'a' && c|0x20 <= 'z'
			i++
			// The rest of a run of printable ASCII (English text after
			// a quote or a dash), eight bytes at a time.
			for i+8 <= len(s) {
				x := load64(s, i)
				if !printableASCII8(x) {
					break
				}
				lat = lat || asciiLetterBits(x) != 0
				i += 8
			}
			continue
		case c >= 0xD0 && c <= 0xD3 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 && !(c == 0xD2 && s[i+1] >= 0x83 && s[i+1] <= 0x89):
			// U+0400–U+04FF but the combining marks U+0483–U+0489:
			// Cyrillic, no other test to pass.
			cyr = true
			j := i
			i += 2
			// The rest of a Cyrillic word, without the tests above: four
			// letters at a time (leads D0 to D3 but D2, then a
			// continuation byte), then one.
			for i+8 <= len(s) && cyrillicNoD2x4(load64(s, i)) {
				i += 8
			}
			for i+1 < len(s) && s[i]&0xFC == 0xD0 && s[i+1]&0xC0 == 0x80 && !(s[i] == 0xD2 && s[i+1] >= 0x83 && s[i+1] <= 0x89) {
				i += 2
			}
			cont += (i - j) / 2 // two-byte runes
			continue
		case c < utf8.RuneSelf:
			i++
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			c = (c&0x1F)<<6 | rune(s[i+1]&0x3F)
			i += 2
			cont++
		default:
			var w int
			c, w = utf8.DecodeRuneInString(s[i:])
			if w > 1 {
				cont += w - 1
			} else if s[i]&0xC0 == 0x80 {
				cont++ // a stray continuation byte, which runeCountValid skips too
			}
			i += w
		}
		switch {
		case c < ' ' || c == 0x7F:
			needs = true
		case c < 0x80:
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				lat = true
			}
		case c >= 0x400 && c <= 0x52F:
			cyr = true
			if c >= 0x483 && c <= 0x489 {
				checkNFC = true // Cyrillic combining marks
			}
		case c < 0x300:
			// Latin-1 and Latin Extended: precomposed, already NFC.
		case nlp.Dropped(c) || c >= 0xFB00 && c <= 0xFB06:
			needs = true
		case c >= 0x2010 && c <= 0x206F, c >= 0x20A0 && c <= 0x20CF:
			// General punctuation and currency signs: NFC.
		default:
			checkNFC = true
		}
	}
	if cyr && !lat {
		lat = hasASCIILetter(s[:k])
	}
	if checkNFC && !norm.NFC.IsNormalString(s) {
		return countAppended(normalizeNFC(p, out), len(out))
	}
	if !needs && !(lat && cyr) {
		return append(out, p), len(s) - cont
	}
	n0 := len(out)
	runStart := 0
	flush := func(end int) {
		if end > runStart {
			out = append(out, piece{text: s[runStart:end], orig: p.orig + runStart, n: end - runStart, exact: true})
		}
	}
	for i := 0; i < len(s); {
		c, w := utf8.DecodeRuneInString(s[i:])
		// Mixed-script words are repaired letter by letter.
		if lat && cyr && isLatCyrLetter(c) {
			j := i
			for j < len(s) {
				d, dw := utf8.DecodeRuneInString(s[j:])
				if !isLetter(d) && !unicode.IsMark(d) {
					break
				}
				j += dw
			}
			if j == i {
				i += w // a Cyrillic sign or mark, not a letter
				continue
			}
			word := s[i:j]
			if fixed, changed := nlp.RepairHomoglyphs(word); changed {
				flush(i)
				out = appendRepaired(out, word, fixed, p.orig+i)
				runStart = j
			}
			i = j
			continue
		}
		var rep string
		switch {
		case nlp.Dropped(c):
			rep = ""
		case c >= 0xFB00 && c <= 0xFB06:
			rep = nlp.Ligature(c)
		case c < ' ' || c == 0x7F:
			rep = " "
		default:
			i += w
			continue
		}
		flush(i)
		out = append(out, piece{text: rep, orig: p.orig + i, n: w})
		runStart = i + w
		i += w
	}
	flush(len(s))
	return countAppended(out, n0)
}

// countAppended returns out with runeCountValid of the text of its pieces
// from n0 on.
func countAppended(out []piece, n0 int) ([]piece, int) {
	n := 0
	for _, q := range out[n0:] {
		n += runeCountValid(q.text)
	}
	return out, n
}

// plainASCIIPrefix returns the length of the longest prefix of s made of
// printable ASCII and spaces only (no control characters), eight bytes at
// a time.
func plainASCIIPrefix(s string) int {
	i := 0
	for i+8 <= len(s) && printableASCII8(load64(s, i)) {
		i += 8
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c < ' ' || c == 0x7F {
			break
		}
	}
	return i
}

// printableASCII8 reports eight bytes (x, as load64 reads them) of
// printable ASCII: none >= 0x80, < 0x20 or 0x7F.
func printableASCII8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// A byte >= 0x80, < 0x20 (x - 0x20 borrows) or 0x7F (y zero).
	y := x ^ 0x7F*ones
	return (x|(x-0x20*ones)&^x|(y-ones)&^y)&highs == 0
}

// asciiLetterBits returns the high bit of each byte of x that is an ASCII
// letter, exact when every byte of x is ASCII (no sum carries out of a
// byte then).
func asciiLetterBits(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	y := x | 0x20*ones
	return (y + (0x80-'a')*ones) &^ (y + (0x80-'z'-1)*ones) &^ x & highs
}

// cyrillicNoD2x4 reports eight bytes that are four two-byte runes of
// U+0400–U+04FF (leads D0 to D3, continuation bytes) with no lead D2,
// which U+0483–U+0489 (combining marks) have.
func cyrillicNoD2x4(x uint64) bool {
	if x&0xC0FCC0FCC0FCC0FC != 0x80D080D080D080D0 {
		return false
	}
	// A lead D2 is a 16-bit lane of z that is zero.
	z := (x ^ 0x00D200D200D200D2) & 0x00FF00FF00FF00FF
	return (z-0x0001000100010001)&^z&0x8000800080008000 == 0
}

// hasASCIILetter reports an ASCII letter in s.
func hasASCIILetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

func isLatCyrLetter(c rune) bool {
	return c < 0x80 && c|0x20 >= 'a' && c|0x20 <= 'z' || c >= 0x400 && c <= 0x52F && (c <= 0x481 || c >= 0x48A)
}

// appendRepaired emits a repaired word character by character: unchanged
// letters exact, each swapped letter mapped to the original letter it replaces.
func appendRepaired(out []piece, word, fixed string, orig int) []piece {
	i, j := 0, 0
	runStart := 0
	for i < len(word) && j < len(fixed) {
		a, aw := utf8.DecodeRuneInString(word[i:])
		b, bw := utf8.DecodeRuneInString(fixed[j:])
		if a != b {
			if i > runStart {
				out = append(out, piece{text: word[runStart:i], orig: orig + runStart, n: i - runStart, exact: true})
			}
			out = append(out, piece{text: fixed[j : j+bw], orig: orig + i, n: aw})
			runStart = i + aw
		}
		i += aw
		j += bw
	}
	if len(word) > runStart {
		out = append(out, piece{text: word[runStart:], orig: orig + runStart, n: len(word) - runStart, exact: true})
	}
	return out
}

// normalizeNFC handles a piece that is not in NFC (decomposed accents, rare):
// each normalization segment that changes maps to its original bytes.
func normalizeNFC(p piece, out []piece) []piece {
	s := p.text
	var it norm.Iter
	it.InitString(norm.NFC, s)
	pos := 0
	runStart := 0
	for !it.Done() {
		seg := it.Next()
		next := it.Pos()
		if string(seg) != s[pos:next] {
			if pos > runStart {
				out, _ = normalizePiece(piece{text: s[runStart:pos], orig: p.orig + runStart, n: pos - runStart, exact: true}, out)
			}
			// The composed segment may itself need repair (a ligature or a
			// homoglyph): normalize it as text of its own, mapped to its start.
			fixed := repairWords(string(seg))
			out = append(out, piece{text: fixed, orig: p.orig + pos, n: next - pos})
			runStart = next
		}
		pos = next
	}
	if len(s) > runStart {
		out, _ = normalizePiece(piece{text: s[runStart:], orig: p.orig + runStart, n: len(s) - runStart, exact: true}, out)
	}
	return out
}

func repairWords(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case nlp.Dropped(c):
		case nlp.Ligature(c) != "":
			b.WriteString(nlp.Ligature(c))
		case c < ' ' || c == 0x7F:
			b.WriteByte(' ')
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// vocabulary is the set of words of a document (lower case; hyphenated words
// both whole and, as " part", by their parts), so that dehyphenation can ask
// whether the document itself attests a joined or a hyphenated form. It is
// built on first use: most documents have no word broken at a line end.
//
// Only words that can answer a query are kept: those beginning with the same
// two letters as a fragment around a line-end hyphen of the document
// (queries ask about the joined word, the hyphenated form, the second
// fragment and words extending the first).
type vocabulary struct {
	lines  []srcLine
	built  bool
	count  map[string]*int32
	sorted []string // whole words in order, for prefix queries
	keys   map[uint64]bool
	// keyBits is a bit set of the keys, hashed: most words fail it
	// without a map lookup.
	keyBits [16]uint64
	first   [64]bool // prefilter: first letters of the keys, hashed
}

func newVocabulary(lines []srcLine) *vocabulary { return &vocabulary{lines: lines} }

// prefixKey packs the first two lower-case letters of a word (the second 0
// for a one-letter word).
func prefixKey(a, b rune) uint64 { return uint64(lower(a))<<32 | uint64(lower(b)) }

func wordKey(w string) uint64 {
	a, n := utf8.DecodeRuneInString(w)
	b, _ := utf8.DecodeRuneInString(w[n:])
	if n >= len(w) || !isLetter(b) {
		b = 0
	}
	return prefixKey(a, b)
}

// collectKeys finds the fragments around line-end hyphens.
func (v *vocabulary) collectKeys() {
	v.keys = map[uint64]bool{}
	for i := range v.lines {
		l := &v.lines[i] // not a copy of each line
		if l.kind == lineBlank || l.kind == lineArtifact || l.kind == lineRule {
			continue
		}
		t := trimLineEnd(l.text)
		if !strings.HasSuffix(t, "-") || !isLetterEnd(t) {
			continue
		}
		if left := trailingWord(t); left != "" {
			v.addKey(left)
		}
		for j := i + 1; j < len(v.lines); j++ {
			if v.lines[j].kind == lineBlank || v.lines[j].kind == lineArtifact {
				continue
			}
			if right := leadingWord(strings.TrimLeft(v.lines[j].text, " \t")); right != "" {
				v.addKey(right)
			}
			break
		}
	}
}

// trimLineEnd is strings.TrimRight(t, " \t\r").
func trimLineEnd(t string) string {
	for len(t) > 0 && (t[len(t)-1] == ' ' || t[len(t)-1] == '\t' || t[len(t)-1] == '\r') {
		t = t[:len(t)-1]
	}
	return t
}

func keyBit(k uint64) uint64 { return k * 0x9E3779B97F4A7C15 >> 54 }

// hasKey is v.keys[k].
func (v *vocabulary) hasKey(k uint64) bool {
	b := keyBit(k)
	return v.keyBits[b/64]&(1<<(b%64)) != 0 && v.keys[k]
}

func (v *vocabulary) addKey(w string) {
	k := wordKey(w)
	v.keys[k] = true
	b := keyBit(k)
	v.keyBits[b/64] |= 1 << (b % 64)
	c, _ := utf8.DecodeRuneInString(w)
	v.first[lower(c)&63] = true
}

// skipWord returns the end of the word (letters, marks, inner hyphens)
// starting at i, fast for ASCII and Cyrillic.
func skipWord(t string, i int) int {
	for i < len(t) {
		b := t[i]
		switch {
		case b < utf8.RuneSelf:
			if b|0x20 >= 'a' && b|0x20 <= 'z' || b == '-' && i+1 < len(t) && (t[i+1] >= 0xD0 || t[i+1]|0x20 >= 'a' && t[i+1]|0x20 <= 'z') {
				i++
				continue
			}
			return i
		case b >= 0xD0 && b <= 0xD3 && i+1 < len(t):
			// Cyrillic U+0400–U+04FF: letters but for U+0482–U+0489.
			if b == 0xD2 && t[i+1] >= 0x82 && t[i+1] <= 0x89 {
				return i
			}
			i += 2
		default:
			c, w := utf8.DecodeRuneInString(t[i:])
			if !isLetter(c) && !unicode.IsMark(c) {
				return i
			}
			i += w
		}
	}
	return i
}

// nextKeyWord returns the start of the first word of t at or after i that
// a query can ask about (its first two letters make a key), or len(t), and
// whether it passed over other words before it. It is build's loop over
// the words that cannot match, apart from the counting: with its few
// values it keeps them in registers, where the whole loop reloaded them
// from the stack at every word.
func (v *vocabulary) nextKeyWord(t string, i int) (start int, skipped bool) {
	for i < len(t) {
		// ASCII other than letters (spaces, digits, punctuation), in a
		// loop of its own.
		for i < len(t) && asciiNonLetter[t[i]] {
			i++
		}
		if i == len(t) {
			break
		}
		c, cw := rune(t[i]), 1
		if c < utf8.RuneSelf {
			// An ASCII letter: a word whose first letter no query can
			// ask about costs no decoding.
			if b := t[i] | 0x20; !v.first[b&63] {
				i = skipWord(t, i+1)
				skipped = true
				continue
			}
		} else if c >= 0xD0 && c <= 0xD3 && i+1 < len(t) && t[i+1]&0xC0 == 0x80 {
			// Two-byte Cyrillic (U+0400–U+04FF), decoded in place:
			// letters but for U+0482–U+0489.
			c, cw = (c&0x1F)<<6|rune(t[i+1]&0x3F), 2
			if c >= 0x482 && c <= 0x489 {
				i += cw
				continue
			}
		} else {
			c, cw = utf8.DecodeRuneInString(t[i:])
			if !isLetter(c) {
				i += cw
				continue
			}
		}
		lc := lower(c)
		if v.first[lc&63] {
			second := rune(0)
			if k := i + cw; k < len(t) {
				// Decoded in place when ASCII or two-byte Cyrillic.
				switch b := t[k]; {
				case b < utf8.RuneSelf:
					second = rune(b)
				case b >= 0xD0 && b <= 0xD3 && k+1 < len(t) && t[k+1]&0xC0 == 0x80:
					second = rune(b&0x1F)<<6 | rune(t[k+1]&0x3F)
				default:
					second, _ = utf8.DecodeRuneInString(t[k:])
				}
			}
			if !isLetter(second) {
				second = 0
			}
			// prefixKey(c, second) and prefixKey(c, 0), c lowered once.
			if v.hasKey(uint64(lc)<<32|uint64(lower(second))) || v.hasKey(uint64(lc)<<32) {
				return i, skipped
			}
		}
		i = skipWord(t, i+cw)
		skipped = true
	}
	return len(t), skipped
}

func (v *vocabulary) build() {
	v.built = true
	v.count = make(map[string]*int32, 256)
	v.collectKeys()
	if len(v.keys) == 0 {
		return
	}
	var buf, part []byte
	prevBroken := false // the previous text line ends in a word broken by a hyphen
	for li := range v.lines {
		l := &v.lines[li] // not a copy of each line
		if l.kind == lineBlank || l.kind == lineArtifact || l.kind == lineRule {
			continue
		}
		t := l.text
		skipFirst := prevBroken
		tt := trimLineEnd(t)
		prevBroken = strings.HasSuffix(tt, "-") && isLetterEnd(tt)
		for i := 0; i < len(t); {
			var skipped bool
			if i, skipped = v.nextKeyWord(t, i); skipped {
				skipFirst = false
			}
			if i == len(t) {
				break
			}
			// A word: letters, marks and inner hyphens.
			buf = buf[:0]
			hyphens := 0
			j := i
			for j < len(t) {
				d, dw := rune(t[j]), 1
				if l := t[j] | 0x20; l >= 'a' && l <= 'z' {
					buf = append(buf, l) // ASCII letters, most of them
					j++
					continue
				}
				if j+1 < len(t) {
					if b0, b1, ok := lowerBasicCyrillic(t[j], t[j+1]); ok {
						buf = append(buf, b0, b1)
						j += 2
						continue
					}
				}
				if d >= utf8.RuneSelf {
					d, dw = utf8.DecodeRuneInString(t[j:])
				}
				if isLetter(d) || d >= utf8.RuneSelf && unicode.IsMark(d) {
					buf = utf8.AppendRune(buf, lower(d))
					j += dw
					continue
				}
				if d == '-' && j+1 < len(t) {
					e, _ := utf8.DecodeRuneInString(t[j+1:])
					if isLetter(e) {
						buf = append(buf, '-')
						hyphens++
						j++
						continue
					}
				}
				break
			}
			i = j
			if j < len(t) && t[j] == '-' && trimSpace(t[j+1:]) == "" {
				continue // broken at the line end: not evidence
			}
			if skipFirst {
				skipFirst = false
				continue // the rest of a word broken on the line before
			}
			v.inc(buf)
			if hyphens > 0 {
				// The parts of compounds, kept apart as " part".
				for rest := buf; ; {
					k := bytes.IndexByte(rest, '-')
					if k < 0 {
						k = len(rest)
					}
					part = append(append(part[:0], ' '), rest[:k]...)
					v.inc(part)
					if k == len(rest) {
						break
					}
					rest = rest[k+1:]
				}
			}
		}
	}
}

// asciiNonLetter marks the ASCII bytes that are not letters.
var asciiNonLetter = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = !(c|0x20 >= 'a' && c|0x20 <= 'z')
	}
	return t
}()

func (v *vocabulary) inc(w []byte) {
	if p := v.count[string(w)]; p != nil {
		*p++
		return
	}
	n := int32(1)
	v.count[string(w)] = &n
}

func (v *vocabulary) get(w string) int32 {
	if !v.built {
		v.build()
	}
	if p := v.count[w]; p != nil {
		return *p
	}
	return 0
}

func isLetter(c rune) bool { return nlp.IsLetter(c) }

// lowerBasicCyrillic is lower on the UTF-8 bytes of a letter of U+0410–U+044F
// (the Russian alphabet, most letters of Kazakh text), ok false for any other
// pair of bytes.
func lowerBasicCyrillic(b0, b1 byte) (byte, byte, bool) {
	switch {
	case b0 == 0xD0 && b1 >= 0xB0 && b1 <= 0xBF: // а–п
		return b0, b1, true
	case b0 == 0xD0 && b1 >= 0x90 && b1 <= 0x9F: // А–П
		return b0, b1 + 0x20, true
	case b0 == 0xD0 && b1 >= 0xA0 && b1 <= 0xAF: // Р–Я
		return 0xD1, b1 - 0x20, true
	case b0 == 0xD1 && b1 >= 0x80 && b1 <= 0x8F: // р–я
		return b0, b1, true
	}
	return 0, 0, false
}

// lower is unicode.ToLower, from a table below U+0500 (ASCII, Latin-1,
// Latin Extended-A and -B, Cyrillic: the Kazakh letters outside the Russian
// alphabet too).
func lower(c rune) rune {
	if uint32(c) < uint32(len(lowerTab)) {
		return rune(lowerTab[c])
	}
	return unicode.ToLower(c)
}

// runeClass holds, for the runes below U+0530 (Latin, Cyrillic), the
// unicode tests the line and heading tests ask of every rune: read-only
// once built.
var runeClass = func() (t [0x530]uint8) {
	for c := range t {
		r := rune(c)
		var m uint8
		if unicode.IsUpper(r) {
			m |= classUpper
		}
		if unicode.IsLower(r) {
			m |= classLower
		}
		if unicode.Is(unicode.Latin, r) {
			m |= classLatin
		}
		if unicode.Is(unicode.Cyrillic, r) {
			m |= classCyrillic
		}
		t[c] = m
	}
	return t
}()

const (
	classUpper uint8 = 1 << iota
	classLower
	classLatin
	classCyrillic
)

// isUpper is unicode.IsUpper, from runeClass below U+0530.
func isUpper(c rune) bool {
	if uint32(c) < uint32(len(runeClass)) {
		return runeClass[c]&classUpper != 0
	}
	return unicode.IsUpper(c)
}

// isLower is unicode.IsLower, from runeClass below U+0530.
func isLower(c rune) bool {
	if uint32(c) < uint32(len(runeClass)) {
		return runeClass[c]&classLower != 0
	}
	return unicode.IsLower(c)
}

// lowerTab holds unicode.ToLower of the runes below U+0500 (all of them
// below U+0500 too); read-only once built.
var lowerTab = func() (t [0x500]uint16) {
	for c := range t {
		t[c] = uint16(unicode.ToLower(rune(c)))
	}
	return t
}()

func (v *vocabulary) has(w string) bool { return v.get(w) > 0 }

// standalone reports a word attested on its own or as part of a compound.
func (v *vocabulary) standalone(w string) bool { return v.get(w) > 0 || v.get(" "+w) > 0 }

// extends reports an attested word longer than p that begins with p.
func (v *vocabulary) extends(p string) bool {
	if !v.built {
		v.build()
	}
	if v.sorted == nil {
		v.sorted = make([]string, 0, len(v.count))
		for w := range v.count {
			if w[0] != ' ' {
				v.sorted = append(v.sorted, w)
			}
		}
		sort.Strings(v.sorted)
	}
	i := sort.SearchStrings(v.sorted, p)
	for ; i < len(v.sorted) && strings.HasPrefix(v.sorted[i], p); i++ {
		if len(v.sorted[i]) > len(p) && !strings.Contains(v.sorted[i][len(p):], "-") {
			return true
		}
	}
	return false
}

// joinHyphen decides whether a word broken at a line end ("халықт-" +
// "ағы") is joined ("халықтағы") or keeps its hyphen ("көші-" + "қон").
// A break is joined only when the joined word is a word: attested in the
// document or in the word list, or of an attested word family (the
// fragment before the break begins longer attested words, "халықт-" as in
// "халықтың", and the fragment after it is a suffix, not a word of its own).
// Known compounds, hyphenated forms the document attests, and breaks whose
// second part is itself a word ("Тәуекел-" + "оларды", a dash) keep the hyphen.
func joinHyphen(res *nlp.Resources, v *vocabulary, left, right string) bool {
	if left == "" || right == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(right)
	l, _ := utf8.DecodeLastRuneInString(left)
	if !unicode.IsLetter(r) || !unicode.IsLetter(l) || unicode.IsUpper(r) {
		return false
	}
	lw, rw := strings.ToLower(left), strings.ToLower(right)
	hyph := lw + "-" + rw
	joined := lw + rw
	if res.IsCompound(hyph) || v.has(hyph) {
		return false
	}
	if v.has(joined) || res.IsWord(joined) {
		return true
	}
	if v.standalone(rw) && runeCount(rw) >= 2 {
		// The second part is a word: a compound ("labour-market") or a dash
		// written without spaces.
		return false
	}
	// Word family: a longer attested word crosses the break ("миграцион-"
	// + "ная" when the document has "миграционной"), or begins with the
	// first fragment while the second is only a suffix ("халықт-" + "ағы").
	_, w := utf8.DecodeRuneInString(rw)
	if v.extends(lw+rw[:w]) || v.extends(lw) && runeCount(lw) >= 3 {
		return true
	}
	return false
}
