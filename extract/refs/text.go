package refs

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/claimgraph/claimgraph/nlp"
)

// containsWord reports whether phrase occurs in s with word boundaries on
// both sides (a boundary is any rune that is not a letter or digit, or the
// ends of s). Both are expected in lower case.
func containsWord(s, phrase string) bool {
	if phrase == "" {
		return false
	}
	for off := 0; ; {
		i := strings.Index(s[off:], phrase)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(phrase)
		if boundaryBefore(s, i, phrase) && boundaryAfter(s, j, phrase) {
			return true
		}
		off = i + 1
		if off >= len(s) {
			return false
		}
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// boundaryBefore reports whether phrase, found at i in s (a string or its
// bytes), starts at a word boundary: at the start of s, or phrase starts
// with no letter or digit, or the rune before i is none.
func boundaryBefore[T ~string | ~[]byte](s T, i int, phrase string) bool {
	if i == 0 {
		return true
	}
	if first, _ := utf8.DecodeRuneInString(phrase); !isWordRune(first) {
		return true
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return !isWordRune(rune(c))
	}
	// The rune before i from a copy of the last few bytes (one copy for
	// strings and bytes; the decoding reads no further back).
	var buf [utf8.UTFMax]byte
	r, _ := utf8.DecodeLastRune(buf[:copy(buf[:], s[max(0, i-utf8.UTFMax):i])])
	return !isWordRune(r)
}

// boundaryAfter reports whether phrase, ending at j in s, ends at a word
// boundary (the mirror of boundaryBefore).
func boundaryAfter[T ~string | ~[]byte](s T, j int, phrase string) bool {
	if j >= len(s) {
		return true
	}
	if last, _ := utf8.DecodeLastRuneInString(phrase); !isWordRune(last) {
		return true
	}
	r, _ := decodeRune(s[j:])
	return !isWordRune(r)
}

// decodeRune is utf8.DecodeRune on a string or its bytes: ASCII at once,
// other runes from a copy of their few bytes.
func decodeRune[T ~string | ~[]byte](s T) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	var buf [utf8.UTFMax]byte
	return utf8.DecodeRune(buf[:copy(buf[:], s[:min(len(s), utf8.UTFMax)])])
}

// Fold lower-cases s and removes diacritics (Zwolińska → zwolinska,
// Giguére → giguere), keeping letters of every script. Letters that are not
// composed with a mark (ł, ø, ß, ı) are mapped by hand.
func Fold(s string) string {
	if isASCII(s) {
		// Nothing to decompose, strip or map: only the case changes.
		return toLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			// Keep the Cyrillic breve of й and the diaeresis of ё apart from
			// Latin diacritics: they make distinct letters.
			continue
		}
		switch r {
		case 'ł', 'Ł':
			r = 'l'
		case 'ø', 'Ø':
			r = 'o'
		case 'ı':
			r = 'i'
		case 'ß':
			b.WriteString("ss")
			continue
		case 'æ', 'Æ':
			b.WriteString("ae")
			continue
		case 'œ', 'Œ':
			b.WriteString("oe")
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return norm.NFC.String(b.String())
}

// isASCII reports whether every byte of s is below 0x80.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 { // eight bytes at a time
		if load64(s[i:i+8])&high8 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// hasCyrillic reports whether s has a Cyrillic rune (isCyrillic's),
// skipping ASCII eight bytes at a time.
func hasCyrillic(s string) bool {
	for i := 0; i < len(s); {
		if rest := s[i:]; len(rest) >= 8 && load64(rest[:8])&high8 == 0 {
			// Sixteen bytes a step while they are ASCII, then eight.
			for len(rest) >= 16 && (load64(rest[:8])|load64(rest[8:16]))&high8 == 0 {
				rest = rest[16:]
			}
			if len(rest) >= 8 && load64(rest[:8])&high8 == 0 {
				rest = rest[8:]
			}
			if i = len(s) - len(rest); i == len(s) {
				break
			}
		}
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isCyrillic(r) {
			return true
		}
		i += size
	}
	return false
}

// kazakhLetters are the Cyrillic letters Kazakh has and Russian has not.
const kazakhLetters = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"

// isCyrillic is unicode.Is(unicode.Cyrillic, r), with the table's first
// ranges, which hold the letters of Russian and Kazakh, tried first.
func isCyrillic(r rune) bool {
	if 0x400 <= r && r <= 0x52f {
		return r <= 0x484 || r >= 0x487
	}
	return unicode.Is(unicode.Cyrillic, r)
}

// asciiLetters is 1 at the ASCII letters, 0 elsewhere.
var asciiLetters = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = 1, 1
	}
	return t
}()

// asciiLetters8 counts the ASCII letters among the eight bytes of w, all
// ASCII: with the case bit set, a letter is a byte from 'a' to 'z', the
// bytes at which +0x1F carries into the high bit and +0x05 does not.
func asciiLetters8(w uint64) int {
	x := w | 0x20*ones8
	return bits.OnesCount64((x + 0x1f*ones8) &^ (x + 0x05*ones8) & high8)
}

// scriptLanguage guesses the language of a reference from its letters:
// "kk" or "ru" for Cyrillic, "ru-Latn" for Russian transliterated into
// Latin letters, "" otherwise.
func scriptLanguage(lx *Lexicon, s string) string {
	// Without a Cyrillic rune the letters need no count: most references
	// have none, and a look for one is cheaper.
	if hasCyrillic(s) {
		if lang := cyrillicLanguage(s); lang != "" {
			return lang
		}
	}
	if lx != nil && isTransliteratedRussian(lx, s) {
		return "ru-Latn"
	}
	return ""
}

// cyrillicLanguage is "kk" or "ru" when Cyrillic runes are a quarter at
// least of the letters of s, and a Kazakh letter is among them or not;
// "" otherwise.
func cyrillicLanguage(s string) string {
	cyr, lat, kk := 0, 0, 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if w := load64(s[i : i+8]); w&high8 == 0 {
				lat += asciiLetters8(w) // eight ASCII bytes at a time
				i += 8
				continue
			}
		}
		if c := s[i]; c < utf8.RuneSelf {
			// The only Latin letters in ASCII are a–z and A–Z (counted
			// without a branch: most bytes are ASCII).
			lat += int(asciiLetters[c])
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case isCyrillic(r):
			cyr++
			if strings.ContainsRune(kazakhLetters, r) {
				kk++
			}
		case unicode.Is(unicode.Latin, r):
			lat++
		}
	}
	if cyr > 0 && cyr*3 >= lat {
		if kk > 0 {
			return "kk"
		}
		return "ru"
	}
	return ""
}

// isTransliteratedRussian reports whether s has three words at least that
// are typical of Russian written in Latin letters (Vestnik, universiteta,
// -skogo, -nykh ...).
func isTransliteratedRussian(lx *Lexicon, s string) bool {
	return translitHits(lx, s, 3) >= 3
}

// translitHits counts the words of s that are typical of Russian written
// in Latin letters, up to max. A word is a run of letters and apostrophes;
// words are lower-cased one by one, which is the same as lower-casing s (no
// rune changes between letter and non-letter when lower-cased), without
// copying all of s. Eight ASCII bytes are read at a time: the starts and
// ends of words among them are bit masks, and the loop visits only those.
func translitHits(lx *Lexicon, s string, max int) int {
	hits := 0
	inWord := uint64(0) // 0x80 if a word started before i, else 0
	ascii := true       // the word that started is ASCII so far
	start := 0
	i := 0
	for i < len(s) {
		if i+8 <= len(s) {
			if w := load64(s[i : i+8]); w&high8 == 0 {
				m := wordBytes8(w)
				// The byte before each byte is a word byte (the first's is
				// the one before i).
				before := m<<8 | inWord
				starts := m &^ before
				ends := before &^ m & high8 // the first byte after a word
				for t := starts | ends; t != 0; t &= t - 1 {
					b := bits.TrailingZeros64(t)
					if starts&(1<<b) != 0 {
						start, ascii = i+b>>3, true
					} else if end := i + b>>3; (!ascii || mayBeTranslitASCII(lx, s, start, end)) && isTranslitIn(lx, s[start:end], ascii) {
						if hits++; hits >= max {
							return hits
						}
					}
				}
				inWord = m >> 56
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiWordBytes[c] {
				if inWord == 0 {
					start, ascii, inWord = i, true, 0x80
				}
			} else if inWord != 0 {
				inWord = 0
				if isTranslitIn(lx, s[start:i], ascii) {
					if hits++; hits >= max {
						return hits
					}
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			if inWord == 0 {
				start, inWord = i, 0x80
			}
			ascii = false
		} else if inWord != 0 {
			inWord = 0
			if isTranslitIn(lx, s[start:i], ascii) {
				if hits++; hits >= max {
					return hits
				}
			}
		}
		i += size
	}
	if inWord != 0 && isTranslitIn(lx, s[start:], ascii) {
		hits++
	}
	return hits
}

// mayBeTranslitASCII is isTranslitASCII's first test, inlined, on the
// ASCII word s[start:end] (read in place, no slice made for the many words
// it rejects): whether the word can have one of the endings or be one of
// the words, by its last two letters and its first and last. The word's
// bytes are letters and apostrophes, which c|0x20 lower-cases.
func mayBeTranslitASCII(lx *Lexicon, s string, start, end int) bool {
	if end-start < 3 {
		return false
	}
	last, prev := s[end-1]|0x20, s[end-2]|0x20
	return lx.translitPrev[last][prev>>6]&(1<<(prev&63)) != 0 ||
		lx.translitEnds[s[start]|0x20][last>>6]&(1<<(last&63)) != 0
}

// isTranslitIn is isTranslitWord for a word of s in any case, ASCII or not.
func isTranslitIn(lx *Lexicon, w string, ascii bool) bool {
	if ascii {
		return isTranslitASCII(lx, w)
	}
	var arr [64]byte
	return isTranslitBytes(lx, lowerWord(arr[:0], w))
}

// asciiWordBytes are the ASCII bytes of isTransliteratedRussian's words:
// the letters and the apostrophe.
var asciiWordBytes = func() (t [utf8.RuneSelf]bool) {
	for c := range asciiLetters {
		t[c] = asciiLetters[c] == 1
	}
	t['\''] = true
	return t
}()

// wordBytes8 returns the high bit of each byte of w (all ASCII) that is
// one of asciiWordBytes: a letter (asciiLetters8's test) or an apostrophe
// (a zero byte of w xor eight apostrophes; no byte carries, all are
// below 0x80).
func wordBytes8(w uint64) uint64 {
	x := w | 0x20*ones8
	letters := (x + 0x1f*ones8) &^ (x + 0x05*ones8) & high8
	y := w ^ '\''*ones8
	return letters | ^(y+0x7f*ones8|y)&high8
}

// isTranslitASCII is isTranslitWord for an ASCII word in any case: the
// endings are compared in place, and the word is lower-cased for the list
// only when its first and last letters are those of a word of the list.
func isTranslitASCII(lx *Lexicon, w string) bool {
	if len(w) < 3 {
		return false
	}
	first, last := lowerASCII(w[0]), lowerASCII(w[len(w)-1])
	if prev := lowerASCII(w[len(w)-2]); lx.translitPrev[last][prev>>6]&(1<<(prev&63)) != 0 {
		for _, e := range lx.translitByLast[last] {
			if len(w) > len(e)+2 && asciiEqualFold(w[len(w)-len(e):], e) {
				return true
			}
		}
	}
	if lx.translitEnds[first][last>>6]&(1<<(last&63)) == 0 {
		return false
	}
	var arr [64]byte
	return lx.TranslitWords[string(lowerWord(arr[:0], w))]
}

// lowerASCII lower-cases an ASCII letter.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// lowerWord appends strings.ToLower(w) to buf[:0]; the word needs no
// string of its own.
func lowerWord(buf []byte, w string) []byte {
	return appendLower(buf[:0], w)
}

// toLower returns strings.ToLower(s), lowering ASCII and Russian letters
// without the case tables.
func toLower(s string) string {
	// As strings.ToLower, no copy when nothing changes.
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return lowerFrom(s, i)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || nlp.LowerRune(r) != r {
			return lowerFrom(s, i)
		}
		i += size
	}
	return s
}

// lowerFrom returns s[:i] and s[i:] lowered, built on the stack when short
// (one allocation: the string).
func lowerFrom(s string, i int) string {
	var arr [512]byte
	buf := arr[:0]
	if len(s)+utf8.UTFMax > len(arr) {
		buf = make([]byte, 0, len(s)+utf8.UTFMax)
	}
	buf = append(buf, s[:i]...)
	return string(appendLower(buf, s[i:]))
}

// appendLower is nlp.AppendLower, eight bytes at a time while they are
// ASCII, as most of a reference is: their upper-case letters get the case
// bit (0x20) without a branch.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if w := load64(s[i : i+8]); w&high8 == 0 {
				// 'A'..'Z' are the bytes at which +0x3F carries into the
				// high bit and +0x25 does not.
				up := (w + 0x3f*ones8) &^ (w + 0x25*ones8) & high8
				dst = binary.LittleEndian.AppendUint64(dst, w|up>>2)
				i += 8
				continue
			}
		}
		if c := s[i]; c < utf8.RuneSelf {
			dst = append(dst, lowerASCII(c))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, nlp.LowerRune(r))
		i += size
	}
	return dst
}

// isTranslitWord reports whether the lower-case word w is a word or has an
// ending of Russian in Latin letters.
func isTranslitWord(lx *Lexicon, w string) bool {
	return isTranslitBytes(lx, []byte(w))
}

// isTranslitBytes is isTranslitWord on bytes; the conversions to string
// in the map index and the comparisons do not copy.
func isTranslitBytes(lx *Lexicon, w []byte) bool {
	if len(w) < 3 {
		return false
	}
	if lx.TranslitWords[string(w)] {
		return true
	}
	for _, e := range lx.translitByLast[w[len(w)-1]] {
		if len(w) > len(e)+2 && string(w[len(w)-len(e):]) == e {
			return true
		}
	}
	return false
}

// collapseSpaces turns every run of white space into one space and trims.
func collapseSpaces(s string) string {
	// Most strings are collapsed but for white space at the ends (left by
	// cutting fields out): a substring then, without a copy.
	if t := trimASCIISpace(s); isCollapsed(t) {
		return t
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if isASCIISpace(c) {
				space = true
				continue
			}
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			b = append(b, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if nlp.IsSpace(r) {
			space = true
			i += size
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		if r == utf8.RuneError && size == 1 {
			b = utf8.AppendRune(b, r) // as ranging over s reads it
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}

// trimASCIISpace trims ASCII white space (as unicode.IsSpace has it) from
// both ends of s.
func trimASCIISpace(s string) string {
	i, j := 0, len(s)
	for i < j && isASCIISpace(s[i]) {
		i++
	}
	for j > i && isASCIISpace(s[j-1]) {
		j--
	}
	return s[i:j]
}

// isASCIISpace reports whether c is ASCII white space as unicode.IsSpace
// has it (a table read, as isRegexpSpace).
func isASCIISpace(c byte) bool { return asciiSpaces[c] }

var asciiSpaces = bytesOf(" \t\n\v\f\r")

// isCollapsed reports whether collapseSpaces would return s unchanged: valid
// UTF-8 whose only white space is single ASCII spaces between other runes.
// Most strings are, and then need no copy.
func isCollapsed(s string) bool {
	space := true // no space may lead
	for i := 0; i < len(s); {
		// Eight bytes at a time while they are printable ASCII or single
		// spaces, as most of s is.
		c := s[i]
		if c < utf8.RuneSelf && i+8 <= len(s) {
			if w := load64(s[i : i+8]); isASCII8(w) {
				if z := spaces8(w); z&(z<<8) == 0 && !(space && z&0x80 != 0) {
					space = z>>63 != 0
					i += 8
					continue
				}
			}
		}
		if '!' <= c && c < utf8.RuneSelf {
			space = false // printable ASCII, the most of s
			i++
			continue
		}
		if c == ' ' {
			if space {
				return false
			}
			space = true
			i++
			continue
		}
		space = false
		if c < utf8.RuneSelf {
			// The rest of ASCII white space, as unicode.IsSpace has it.
			if c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || nlp.IsSpace(r) {
			return false // rewritten as U+FFFD, or white space
		}
		i += size
	}
	return !space || s == ""
}

const ones8, high8 = 0x0101010101010101, 0x8080808080808080

// load64 reads the eight bytes of b as a little-endian word.
func load64(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// isASCII8 reports whether every byte of w is ASCII from ' ' to DEL: one
// below 0x20 or above 0x7F sets a high bit in (w - 0x20...) | w.
func isASCII8(w uint64) bool { return (w-0x20*ones8|w)&high8 == 0 }

// spaces8 returns the high bit of each byte of w (all ASCII from ' ' to
// DEL, isASCII8) that is a space.
func spaces8(w uint64) uint64 {
	x := w ^ 0x20*ones8 // zero where a space is
	return ^((x&^high8 + 0x7f*ones8) | x) & high8
}

// trimSpace is strings.TrimSpace, inlined for the strings whose ends are
// printable ASCII already, as most trimmed pieces of a reference are.
func trimSpace(s string) string {
	if len(s) > 0 && printableASCII[s[0]] && printableASCII[s[len(s)-1]] {
		return s
	}
	return trimSpaceEnds(s)
}

// trimSpaceEnds is strings.TrimSpace, which decodes and tests a rune at an
// end outside ASCII (a Cyrillic letter, a quote, a dash) by the tables of
// unicode.IsSpace: only the bytes 0xC2, 0xE1, 0xE2 and 0xE3 start a space
// outside ASCII, and only runes from U+0085 on are one.
func trimSpaceEnds(s string) string {
	i := 0
	for i < len(s) && isASCIISpace(s[i]) {
		i++
	}
	if i < len(s) && spaceLeads[s[i]] {
		return strings.TrimSpace(s)
	}
	j := len(s)
	for j > i && isASCIISpace(s[j-1]) {
		j--
	}
	if j > i && s[j-1] >= utf8.RuneSelf {
		if r, _ := utf8.DecodeLastRuneInString(s[i:j]); nlp.IsSpace(r) {
			return strings.TrimSpace(s)
		}
	}
	return s[i:j]
}

// spaceLeads are the bytes that start white space outside ASCII (U+0085,
// U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).
var spaceLeads = bytesOf("\xc2\xe1\xe2\xe3")

// printableASCII holds '!'..'~', the ASCII runes that are neither white
// space nor control characters.
var printableASCII = func() (t [256]bool) {
	for c := '!'; c <= '~'; c++ {
		t[c] = true
	}
	return t
}()

// trimPunct trims spaces and the punctuation that separates fields from both
// ends of a field value; closing brackets and quotes are kept when they
// close something inside the value.
func trimPunct(s string) string {
	s = trimSpace(s)
	for {
		old := s
		s = trimLeftPunct(s)
		s = trimRightPunct(s)
		s = strings.TrimSuffix(s, ".")
		s = trimUnbalanced(s)
		s = trimSpace(s)
		if s == old {
			return s
		}
	}
}

// trimLeftPunct is strings.TrimLeft(s, " ,.;:–—-/|") by bytes: TrimLeft
// decodes rune by rune when the cutset has dashes outside ASCII.
func trimLeftPunct(s string) string {
	for s != "" {
		switch {
		case leftPunct[s[0]]:
			s = s[1:]
		case strings.HasPrefix(s, "–") || strings.HasPrefix(s, "—"):
			s = s[len("–"):]
		default:
			return s
		}
	}
	return s
}

// trimRightPunct is strings.TrimRight(s, " ,;:–—-/|") by bytes.
func trimRightPunct(s string) string {
	for s != "" {
		switch {
		case rightPunct[s[len(s)-1]]:
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "–") || strings.HasSuffix(s, "—"):
			s = s[:len(s)-len("–")]
		default:
			return s
		}
	}
	return s
}

// trimUnbalanced removes a leading or trailing bracket or quote that has no
// partner inside the value.
func trimUnbalanced(s string) string {
	if s == "" || !unbalancedFirst[s[0]] && !unbalancedLast[s[len(s)-1]] {
		// Neither end has a byte that the brackets and quotes below
		// start (at the front) or end (at the back) with.
		return s
	}
	return trimUnbalancedPairs(s)
}

// The ASCII bytes trimLeftPunct and trimRightPunct trim, and the bytes the
// brackets and quotes of trimUnbalancedPairs start with (at the front) or
// end with (at the back): tables, read once per byte.
var (
	leftPunct       = bytesOf(" ,.;:-/|")
	rightPunct      = bytesOf(" ,;:-/|")
	unbalancedFirst = bytesOf("([\"\xe2\xc2")
	unbalancedLast  = bytesOf(")]\"\x9d\xbb\x99\x9c")
)

// bytesOf returns the set of the bytes of set.
func bytesOf(set string) (t byteSet) {
	for i := 0; i < len(set); i++ {
		t[set[i]] = true
	}
	return t
}

// bracketPairs are the brackets and quotes trimUnbalancedPairs trims, in
// the order it tries them.
var bracketPairs = [...]struct{ open, close string }{
	{"(", ")"}, {"[", "]"}, {"“", "”"}, {"«", "»"}, {"„", "“"}, {"‘", "’"},
}

// trimUnbalancedPairs is trimUnbalanced without its shortcut.
func trimUnbalancedPairs(s string) string {
	for _, p := range &bracketPairs {
		if strings.HasSuffix(s, p.close) && strings.Count(s, p.open) < strings.Count(s, p.close) && p.open != p.close {
			s = strings.TrimSuffix(s, p.close)
		}
		if strings.HasPrefix(s, p.open) && strings.Count(s, p.close) < strings.Count(s, p.open) {
			s = strings.TrimPrefix(s, p.open)
		}
	}
	// (Only a quote at an end is trimmed: the count is needed then.)
	if (strings.HasPrefix(s, `"`) || strings.HasSuffix(s, `"`)) && strings.Count(s, `"`)%2 == 1 {
		if strings.HasPrefix(s, `"`) {
			s = s[1:]
		} else if strings.HasSuffix(s, `"`) {
			s = s[:len(s)-1]
		}
	}
	return s
}

// isUpperStart reports whether s starts with an upper-case letter.
func isUpperStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isLowerStart reports whether s starts with a lower-case letter.
func isLowerStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// trimLeftASCII is strings.TrimLeft(s, set) for a set of ASCII bytes: a
// byte loop, where TrimLeft builds a table of the set on every call.
func trimLeftASCII(s, set string) string {
	i := 0
	for i < len(s) && isOneOf(set, s[i]) {
		i++
	}
	return s[i:]
}

// trimRightASCII is strings.TrimRight(s, set) for a set of ASCII bytes.
func trimRightASCII(s, set string) string {
	j := len(s)
	for j > 0 && isOneOf(set, s[j-1]) {
		j--
	}
	return s[:j]
}

// trimASCII is strings.Trim(s, set) for a set of ASCII bytes.
func trimASCII(s, set string) string { return trimRightASCII(trimLeftASCII(s, set), set) }
