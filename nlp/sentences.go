package nlp

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SplitSentences splits one paragraph into sentences and returns their byte
// ranges [start, end) in text, trimmed of surrounding white space.
//
// It is rule based for all four languages: a sentence ends at . ! ? or …
// (with any closing quotes or brackets) followed by white space and a word
// that can open a sentence (a capital, a digit, an opening quote or bracket),
// unless the period belongs to
//   - an abbreviation of the paragraph's language (et al., No., т.е., г., ж.,
//     им., npr., št.), except when a capitalized sentence opener follows
//     ("et al. The", "2011 г. В") or the abbreviation is one that often ends
//     a sentence (etc., itd., т.б., и др.) and a capital follows;
//   - an initial ("B. Osmonov", "Л. І.", "Zh.") or a dotted acronym (U.S.);
//   - a list number at the start ("1. The Formative Years").
//
// Decimals (3.6), URLs and e-mail addresses never split: their periods are
// not followed by white space. "No. 477-IV." ends a sentence at its last
// period only: "No" is an abbreviation and "477-IV" is not.
//
// English uses the same splitter, not github.com/jdkato/prose/v2. Measured on
// the seeds' English paragraphs (144 KB; nlp/testdata/prosecmp reproduces
// it), prose's Punkt segmenter with the never-split guards added (et al.,
// No., initials, acronyms) found 120 of the 122 gold boundaries with one
// false split (F1 0.988; plain prose P 0.946 R 1.000) where the rules score
// 1.000; on 15 et al./No./initials/URL/e-mail/list-number cases it got 11
// right (plain 9) against 14; and it segments at 1.9 MB/s when called once
// per document (0.03 MB/s once per paragraph, as it reloads its model on
// every call) against 277 MB/s, so it alone would hold the pipeline far
// below its 20 MB/s budget.
func (r *Resources) SplitSentences(text, lang string) [][2]int {
	return r.AppendSentences(nil, text, lang)
}

// AppendSentences is SplitSentences appending the ranges to out, so that
// a caller splitting many paragraphs can reuse one slice.
func (r *Resources) AppendSentences(out [][2]int, text, lang string) [][2]int {
	start := 0
	n := len(text)
	f := newTermFinder()
	bits := abbrevLangBits(lang) // once, not at every period
	for i := 0; i < n; {
		i = f.from(text, i)
		if i >= n {
			break
		}
		c := text[i]
		w := 1
		rc := rune(c)
		if c >= utf8.RuneSelf {
			rc, w = utf8.DecodeRuneInString(text[i:])
			if rc != '…' {
				i += w
				continue
			}
		}
		end := i + w
		// Absorb runs of terminators and closing marks: `?!`, `..."`, `.)`.
		for end < n {
			d, dw := utf8.DecodeRuneInString(text[end:])
			if d == '.' || d == '!' || d == '?' || d == '…' || isClosing(d) {
				end += dw
				continue
			}
			break
		}
		if end < n {
			d, _ := utf8.DecodeRuneInString(text[end:])
			if !IsSpace(d) {
				i = end
				continue
			}
		}
		next := skipSpace(text, end)
		if next < n && !r.isBoundary(text, start, i, rc, next, bits) {
			i = end
			continue
		}
		if s, e := trimRange(text, start, end); s < e {
			out = append(out, [2]int{s, e})
		}
		start = next
		i = next
	}
	if s, e := trimRange(text, start, n); s < e {
		out = append(out, [2]int{s, e})
	}
	return out
}

// terminators are ".", "!" and "?"; "…" is found by ellipsisAt.
var terminators = [3]byte{'.', '!', '?'}

// termFinder finds the terminators of a text in order, each kind with
// strings.IndexByte (vectorized): a paragraph has a few periods and seldom
// another terminator, so that a handful of searches skip all its other
// bytes.
type termFinder struct {
	// next holds the index of the next ".", "!", "?" and "…" at or after
	// the last position asked for, len(text) for none, -1 before the first
	// search.
	next [4]int
	// rare is the least of next[1:] (the terminators but the period), -1
	// before the first search: while it lies ahead, a call looks at the
	// period only.
	rare int
}

func newTermFinder() termFinder { return termFinder{next: [4]int{-1, -1, -1, -1}, rare: -1} }

// from returns the index of the first terminator (the first byte of "…")
// of text at or after i, or len(text). Successive calls must not go back
// (i does not decrease).
func (f *termFinder) from(text string, i int) int {
	if f.next[0] < i {
		f.next[0] = nextByte(text, i, terminators[0])
	}
	if f.rare < i {
		for k := 1; k < len(terminators); k++ {
			if f.next[k] < i {
				f.next[k] = nextByte(text, i, terminators[k])
			}
		}
		if f.next[3] < i {
			f.next[3] = nextEllipsis(text, i)
		}
		f.rare = min(f.next[1], f.next[2], f.next[3])
	}
	return min(f.next[0], f.rare)
}

// nextEllipsis returns the index of the first "…" (E2 80 A6) of text at or
// after i, or len(text). It searches for the last byte: the first, 0xE2,
// also opens the dashes and curly quotes of most paragraphs, while 0xA6
// ends only rare letters (Ц, Ħ) besides.
func nextEllipsis(text string, i int) int {
	for j := i + 2; j < len(text); j++ {
		k := strings.IndexByte(text[j:], 0xA6)
		if k < 0 {
			break
		}
		if j += k; text[j-2] == 0xE2 && text[j-1] == 0x80 {
			return j - 2
		}
	}
	return len(text)
}

// nextByte returns the index of the first c in text at or after i, or
// len(text).
func nextByte(text string, i int, c byte) int {
	if j := strings.IndexByte(text[i:], c); j >= 0 {
		return i + j
	}
	return len(text)
}

// isBoundary decides whether the terminator term at text[at] ends the
// sentence begun at sentStart, the next one opening at next; bits are
// abbrevLangBits of the paragraph's language.
func (r *Resources) isBoundary(text string, sentStart, at int, term rune, next int, bits uint8) bool {
	nc, _ := utf8.DecodeRuneInString(text[next:])
	// A sentence opens with a capital, a digit, a quote or a bracket.
	opens := unicode.IsUpper(nc) || unicode.IsDigit(nc) || isOpening(nc)
	if !opens {
		return false
	}
	if term != '.' {
		return true
	}
	tok := tokenBefore(text, sentStart, at)
	if tok == "" {
		return true
	}
	// A list number or letter alone before the period: "1. The ...",
	// "2.1. Methods", "IV. Results", "a. ...".
	// (The token opening the sentence, the cheaper test, first; the
	// sentence's first byte tells most often that no space opens it: an
	// ASCII byte other than white space, or the lead of a two-byte rune
	// above U+00BF, none of which is white space.)
	opening := sentStart
	if c := text[sentStart]; c < utf8.RuneSelf && asciiSpace[c] || c >= utf8.RuneSelf && (c < 0xC3 || c > 0xDF) {
		opening = skipSpace(text, sentStart)
	}
	if opening == at-len(tok) && isEnumerator(tok) {
		return false
	}
	// isFinal and isAbbrev of both forms, from one lookup each.
	// The token before tok only when tok can end a multi-word
	// abbreviation ("prev tok" has no other space: its last word is tok).
	var mTwo uint8
	var kb [64]byte
	if r.endsTwoWord(tok) {
		if prev := prevToken(text, sentStart, at-len(tok)); prev != "" {
			mTwo = r.abbrevMaskKey(append(append(append(kb[:0], prev...), ' '), tok...), bits)
		}
	}
	var mTok uint8
	if len(tok) < 8 || mayOpen[tok[0]] || r.mayBeAbbrev(tok) {
		mTok = r.abbrevMaskKey(append(kb[:0], tok...), bits)
	}
	if mTwo&0xF0 != 0 || mTok&0xF0 != 0 {
		return unicode.IsUpper(nc)
	}
	if mTwo != 0 || mTok != 0 {
		// "et al. (2021)" and "No. 477" continue; a capitalized sentence
		// opener after the period shows that it ended the sentence too.
		return r.opensSentence(text, next)
	}
	// The runes of tok: how many, and the first two (no []rune(tok)).
	nr := utf8.RuneCountInString(tok)
	r0, w0 := utf8.DecodeRuneInString(tok)
	r1, _ := utf8.DecodeRuneInString(tok[w0:])
	// Initials: "M.", "Zh.", "Ch." before another capitalized word.
	if nr <= 2 && unicode.IsUpper(r0) && (nr == 1 || unicode.IsLower(r1)) && unicode.IsUpper(nc) {
		if nr == 1 || isInitialPair(tok) {
			return false
		}
	}
	// Dotted acronyms and initials without spaces: "U.S.", "U.N.", "Л.І.".
	if strings.Contains(tok, ".") && nr <= 6 && !strings.ContainsAny(tok, "0123456789") {
		allShort := true
		for _, p := range strings.Split(tok, ".") {
			if utf8.RuneCountInString(p) > 2 {
				allShort = false
			}
		}
		if allShort {
			return false
		}
	}
	return true
}

// opensSentence reports a capitalized sentence opener at text[i:] ("The",
// "In", "В", "Бұл"); a one-letter opener must not be an initial ("В.").
func (r *Resources) opensSentence(text string, i int) bool {
	j := i
	letters := 0
	for j < len(text) {
		c, w := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(c) && c != '-' {
			break
		}
		j += w
		letters++
	}
	if letters == 0 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(text[i:])
	if !unicode.IsUpper(first) {
		return false
	}
	if letters == 1 && j < len(text) && text[j] == '.' {
		return false
	}
	return r.openers[strings.ToLower(text[i:j])]
}

// isEnumerator reports list numbers: 1-3 digits with inner periods ("2.1"),
// a Roman numeral, or one letter.
func isEnumerator(tok string) bool {
	if tok == "" || len(tok) > 8 {
		return false
	}
	digits := true
	for i := 0; i < len(tok); i++ {
		if !(tok[i] >= '0' && tok[i] <= '9' || tok[i] == '.' && i > 0) {
			digits = false
			break
		}
	}
	if digits {
		return true
	}
	roman := true
	for i := 0; i < len(tok); i++ {
		if !strings.ContainsRune("IVXivx", rune(tok[i])) {
			roman = false
			break
		}
	}
	if roman {
		return true
	}
	// One rune (an invalid byte decodes to U+FFFD, as in []rune(tok)).
	c, w := utf8.DecodeRuneInString(tok)
	return w == len(tok) && unicode.IsLetter(c) && unicode.IsLower(c)
}

// isInitialPair reports two-letter initials of transliterated names (Zh., Ch.,
// Sh., Kh., Yu., Ya.) that are not ordinary words.
func isInitialPair(tok string) bool {
	switch tok {
	case "Zh", "Ch", "Sh", "Kh", "Yu", "Ya", "Ts", "Th", "Ph", "Ye", "Yo", "Dz", "Дж", "Ш", "Ж", "Ғ":
		return true
	}
	return false
}

func (r *Resources) isAbbrev(tok, lang string) bool {
	return r.abbrevMask(tok, lang)&0xFF != 0
}

// abbrevMask returns the abbreviation bits of tok for lang (low nibble:
// never final, high nibble: may be final). Opening punctuation is ignored
// ("(т.б." is "т.б"), and a capitalized abbreviation that opens a sentence
// ("Approx.", "Cf.") is looked up in lower case too.
func (r *Resources) abbrevMask(tok, lang string) uint8 {
	var kb [64]byte
	return r.abbrevMaskKey(append(kb[:0], tok...), abbrevLangBits(lang))
}

// abbrevLangBits returns the abbreviation bits of lang, both nibbles (every
// language for an unknown one).
func abbrevLangBits(lang string) uint8 {
	b := langBit(lang)
	if b == 0 {
		b = 0xF
	}
	return b | b<<4
}

// abbrevMaskKey is abbrevMask of a token in a buffer of the caller's (on
// its stack: the splitter looks up a token at every period), bits being
// abbrevLangBits of the language.
func (r *Resources) abbrevMaskKey(tok []byte, bits uint8) uint8 {
	if len(tok) > 0 && mayOpen[tok[0]] {
		tok = bytes.TrimLeftFunc(tok, func(c rune) bool { return isOpening(c) || c == ',' })
	}
	// Longer than every abbreviation, even once its first rune is lowered
	// (which shortens it by up to three bytes): most words at a period.
	if len(tok) == 0 || len(tok) > r.abbrevTab.maxLen+3 {
		return 0
	}
	m := r.abbrevTab.get(tok)
	if m == 0 && len(tok) > 1 {
		if c, w := utf8.DecodeRune(tok); unicode.IsUpper(c) && utf8.RuneCount(tok) >= 2 {
			if d, _ := utf8.DecodeRune(tok[w:]); unicode.IsLower(d) {
				var lb [64]byte
				m = r.abbrevTab.get(append(utf8.AppendRune(lb[:0], unicode.ToLower(c)), tok[w:]...))
			}
		}
	}
	return m & bits
}

// mayOpen marks the first bytes of the runes isOpening accepts and of ','.
var mayOpen = [256]bool{'"': true, '\'': true, '(': true, '[': true, '*': true, ',': true, 0xC2: true, 0xE2: true}

// tokenBefore returns the non-space run that ends at the terminator at i
// (without the terminator), stopping at sentStart.
func tokenBefore(text string, sentStart, i int) string {
	j := i
	for j > sentStart {
		if c := text[j-1]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				break
			}
			j--
			continue
		}
		// Two-byte runes but U+0080–U+00BF (lead 0xC2) are not spaces:
		// stepped over without decoding.
		if j-2 >= sentStart && text[j-1]&0xC0 == 0x80 && text[j-2] >= 0xC3 && text[j-2] <= 0xDF {
			j -= 2
			continue
		}
		c, w := utf8.DecodeLastRuneInString(text[sentStart:j])
		if unicode.IsSpace(c) {
			break
		}
		j -= w
	}
	return text[j:i]
}

// prevToken returns the token before the one that starts at j (after
// sentStart) when the two can form a multi-word abbreviation ("et al",
// "т. е", "и др": the token before is a short word, or a letter with its
// period), else "".
func prevToken(text string, sentStart, j int) string {
	if j <= sentStart {
		return ""
	}
	// A token longer than 12 bytes has more than three runes: the scan
	// stops after 13.
	k, lo := j-1, max(sentStart, j-14)
	for k > lo && !isSpaceByte(text[k-1]) {
		k--
	}
	if n := utf8.RuneCountInString(text[k : j-1]); n >= 1 && n <= 3 {
		return text[k : j-1]
	}
	return ""
}

// tailHash hashes the last four bytes of w (at least four) to 16 bits.
func tailHash(w string) uint32 {
	n := len(w)
	x := uint32(w[n-4]) | uint32(w[n-3])<<8 | uint32(w[n-2])<<16 | uint32(w[n-1])<<24
	return x * 0x9E3779B1 >> 16
}

// mayBeAbbrev reports whether tok (eight bytes or more, not trimmed by
// abbrevMaskKey) can be an abbreviation: the abbreviation it is, as it is
// or with its first rune lowered, ends with its last four bytes.
func (r *Resources) mayBeAbbrev(tok string) bool {
	h := tailHash(tok)
	return r.abbrevTails[h/64]&(1<<(h%64)) != 0
}

// endsTwoWord reports r.twoWordLast[tok].
func (r *Resources) endsTwoWord(tok string) bool {
	return len(tok) <= r.twoWordLastMax && r.twoWordLastByte[tok[len(tok)-1]] && r.twoWordLast[tok]
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// IsSpace is unicode.IsSpace, telling ASCII by table and the other runes
// below U+1680 (the first white space after U+00A0) without unicode's
// tables: Cyrillic letters, say.
func IsSpace(c rune) bool {
	if uint32(c) < utf8.RuneSelf {
		return asciiSpace[c]
	}
	return c == '\u0085' || c == '\u00a0' || c >= 0x1680 && unicode.IsSpace(c)
}

// skipSpace returns the end of the white space at i.
func skipSpace(text string, i int) int {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			i++
			continue
		}
		c, w := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(c) {
			break
		}
		i += w
	}
	return i
}

// trimRange trims the white space at both ends of text[s:e].
func trimRange(text string, s, e int) (int, int) {
	for s < e {
		if c := text[s]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			s++
			continue
		}
		c, w := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(c) {
			break
		}
		s += w
	}
	for e > s {
		if c := text[e-1]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			e--
			continue
		}
		c, w := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(c) {
			break
		}
		e -= w
	}
	return s, e
}

func isClosing(c rune) bool {
	switch c {
	case '"', '\'', ')', ']', '»', '”', '’', '“':
		return true
	}
	return false
}

func isOpening(c rune) bool {
	switch c {
	case '"', '\'', '(', '[', '«', '“', '„', '‘', '*':
		return true
	}
	return false
}
