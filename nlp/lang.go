package nlp

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Language bits, in the order of Languages.
const (
	bitEN uint8 = 1 << iota
	bitRU
	bitKK
	bitSL
)

func langBit(l string) uint8 {
	switch l {
	case "en":
		return bitEN
	case "ru":
		return bitRU
	case "kk":
		return bitKK
	case "sl":
		return bitSL
	}
	return 0
}

// Detection is the evidence Identify decides on.
type Detection struct {
	// Lang is en, ru, kk, sl or "und".
	Lang string
	// Prose reports natural-language words: false for text made only of
	// personal names and initials, URLs, e-mail addresses, numbers and
	// identifiers. A short text that is prose but too short to tell ("und"
	// with Prose true, e.g. a one-word heading) may take its language from
	// its neighbours; a text that is not prose may not.
	Prose bool
	// Latin and Cyrillic count letters of each script.
	Latin, Cyrillic int
	// Words counts words of two or more letters (outside URLs and e-mails).
	Words int
	// Cues counts language-specific letters and function words per
	// language, indexed like Languages.
	Cues [4]float64
	// Partial reports that scanning stopped early, the evidence being
	// decisive (Latin, Cyrillic and Words then count the part scanned).
	Partial bool
}

// decisive is the number of words after which Detect stops when one
// language of the script leads clearly. Latin text without any English or
// Slovenian cue is "und" (another language, or not prose).
const decisive = 40

// Identify returns the ISO 639-1 code of the text's language among en, ru,
// kk, sl, or "und" when the text has too little prose to tell (URLs, numbers,
// names). Script decides Latin vs Cyrillic; within a script, language-specific
// letters and function words decide (Kazakh vs Russian, Slovenian vs English).
func (r *Resources) Identify(text string) string { return r.Detect(text).Lang }

// Detect identifies the language of text and reports the evidence.
//
// Kazakh is told from Russian by its own letters (ә ғ қ ң ө ұ ү һ і), which
// are frequent in any Kazakh sentence and absent from Russian, and by function
// words (және, мен, үшін vs и, в, что); Slovenian from English by č š ž and
// function words (je, in, za, ki vs the, of, and). A few names written in the
// other language's letters do not outweigh the function words of a sentence.
func (r *Resources) Detect(text string) Detection {
	var d Detection
	var letterCues [4]int
	var wordCues [4]int
	capWords, initials, fnWords := 0, 0, 0
	var buf [64]byte
	latin, cyrillic := 0, 0 // d.Latin and d.Cyrillic, kept in registers
	for i := 0; i < len(text); {
		// The evidence changes only within a word: checking it before
		// each word rather than each byte stops on the same evidence.
		if d.Words >= decisive && d.Words%8 == 0 && clearLead(latin, cyrillic, &letterCues, &wordCues) {
			d.Partial = true
			break
		}
		// ASCII other than letters: white space, digits, punctuation.
		for i < len(text) && asciiNonLetter[text[i]] {
			i++
		}
		if i == len(text) {
			break
		}
		c := text[i]
		// URLs and e-mail addresses carry no language (urlLen needs "ht"
		// or "ww" in any case: most words are let through by one test).
		if l := c | 0x20; (l == 'h' || l == 'w') && i+1 < len(text) && (l == 'h' && text[i+1]|0x20 == 't' || l == 'w' && text[i+1]|0x20 == 'w') {
			if n := urlLen(text[i:]); n > 0 {
				i += n
				continue
			}
		}
		// Most words are one run of ASCII letters: counted here and looked
		// up folded in place, without the general loop below.
		if isASCIILetter(c) {
			var j int
			// x holds the eight bytes at i when the text has them: a
			// word of at most eight letters is packed from them below.
			var x uint64
			loaded := i+8 <= len(text)
			if loaded {
				// Most runs end within eight bytes (asciiLetterEnd's
				// first step, inlined).
				x = load64(text, i)
				if m := asciiLetterBits(x); m != asciiHighs {
					j = i + bits.TrailingZeros64(^m&asciiHighs)/8
				} else {
					j = asciiLetterEnd(text, i+8)
				}
			} else {
				j = asciiLetterEnd(text, i)
			}
			if j == len(text) || asciiWordEnd[text[j]] {
				k := j - i
				latin += k
				upper := c <= 'Z'
				i = j
				if k == 1 {
					if upper && i < len(text) && text[i] == '.' {
						initials++
						continue
					}
				} else {
					d.Words++
					if upper {
						capWords++
					}
				}
				// Most words: looked up packed, folded eight bytes at once.
				if k <= 8 {
					// packFoldedASCII(text, j-k, j), from x when loaded.
					var w uint64
					if loaded {
						w = (x | lowerBits) & byteMasks[k&15]
					} else {
						w = packFoldedASCII(text, j-k, j)
					}
					fnWords += tallyCues(r.shortASCII.get(w, 0), k, &wordCues)
					continue
				}
				if k <= 16 {
					// packFoldedASCII16(text, j-k, j), from x and the
					// eight bytes after it when the text has them.
					var lo, hi uint64
					if j-k+16 <= len(text) {
						lo, hi = x|lowerBits, (load64(text, j-k+8)|lowerBits)&byteMasks[(k-8)&15]
					} else {
						lo, hi = packFoldedASCII16(text, j-k, j)
					}
					fnWords += tallyCues(r.longASCII.get(lo, hi), k, &wordCues)
					continue
				}
				if k > min(r.maxWord, len(buf)) {
					continue // longer than any cue word
				}
				fnWords += tallyCues(r.wordTab.getFoldedASCII(text[j-k:j]), k, &wordCues)
				continue
			}
		}
		// Likewise a word of two-byte Cyrillic letters, its counts kept
		// aside until it is known to end there.
		if c >= 0xD0 && c <= 0xD3 {
			j, k, upper, cues, n := r.cyrillicRun(text, i, &buf)
			if k > 0 && (j == len(text) || text[j] < utf8.RuneSelf && !isASCIILetter(text[j]) && text[j] != '-' && text[j] != '@' && text[j] != '_') {
				i = j
				cyrillic += k
				for b := range letterCues {
					letterCues[b] += int(cues >> (16 * b) & 0xFFFF)
				}
				if k == 1 {
					if upper && i < len(text) && text[i] == '.' {
						initials++
						continue
					}
				} else {
					d.Words++
					if upper {
						capWords++
					}
				}
				if n < 0 {
					continue // longer than any cue word
				}
				fnWords += tallyCues(r.wordTab.get(buf[:n]), k, &wordCues)
				continue
			}
		}
		// A word: a run of letters (and marks), possibly with inner hyphens.
		start := i
		n := 0 // bytes in buf
		letters := 0
		upperFirst := false
		overflow := false
		hasAt := false
	word:
		for i < len(text) {
			c := text[i]
			var rn rune
			w := 1
			switch {
			case c < utf8.RuneSelf:
				if isASCIILetter(c) {
					// Fast path: a run of ASCII letters.
					if letters == 0 {
						upperFirst = c <= 'Z'
					}
					j := i
					for ; j < len(text) && isASCIILetter(text[j]); j++ {
						if n < len(buf) {
							buf[n] = text[j] | 0x20
							n++
						} else {
							overflow = true
						}
					}
					letters += j - i
					latin += j - i
					i = j
					continue
				}
				// Other ASCII: an inner hyphen, or the end of the word.
				if c == '-' && letters > 0 && i+1 < len(text) && isLetterByte(text, i+1) {
					if n < len(buf) {
						buf[n] = '-'
						n++
					}
					i++
					continue
				}
				if c == '@' || c == '_' {
					hasAt = true // part of an identifier or e-mail address
				}
				break word
			case c >= 0xD0 && c <= 0xD3 && i+1 < len(text) && text[i+1]&0xC0 == 0x80:
				// Two-byte Cyrillic (U+0400–U+04FF), decoded in place and
				// looked up in r.cyr: the general path below, table-driven.
				rn = rune(c&0x1F)<<6 | rune(text[i+1]&0x3F)
				if rn == 0x482 { // ҂, a sign: neither letter nor mark
					break word
				}
				e := r.cyr[rn-0x400]
				if letters == 0 {
					upperFirst = e.upper
				}
				letters++
				cyrillic++
				if e.cues != 0 {
					for k := range letterCues {
						if e.cues&(1<<k) != 0 {
							letterCues[k]++
						}
					}
				}
				if n+utf8.UTFMax <= len(buf) {
					buf[n] = 0xC0 | byte(e.lower>>6)
					buf[n+1] = 0x80 | byte(e.lower&0x3F)
					n += 2
				} else {
					overflow = true
				}
				i += 2
				continue
			default:
				// Any other rune (not ASCII).
				rn, w = utf8.DecodeRuneInString(text[i:])
			}
			if !IsLetter(rn) && (rn < 0x300 || !unicode.IsMark(rn)) {
				break
			}
			if letters == 0 {
				upperFirst = isUpper(rn)
			}
			letters++
			// Script counts and language-specific letters.
			switch {
			case rn < 0x250:
				latin++
			case rn >= 0x400 && rn <= 0x52F:
				cyrillic++
			case unicode.Is(unicode.Latin, rn):
				latin++
			case unicode.Is(unicode.Cyrillic, rn):
				cyrillic++
			}
			lower := toLower(rn)
			var m uint8
			if int(lower) < len(r.letterTab) {
				m = r.letterTab[lower]
			} else {
				m = r.letterLang[lower]
			}
			if m != 0 {
				for k := range letterCues {
					if m&(1<<k) != 0 {
						letterCues[k]++
					}
				}
			}
			if n+utf8.UTFMax <= len(buf) {
				n += utf8.EncodeRune(buf[n:], lower)
			} else {
				overflow = true
			}
			i += w
		}
		if i == start {
			i++
			continue
		}
		if hasAt {
			// "g_zhamasheva@hotmail" or "ISMO2025": identifiers. Skip the rest.
			for i < len(text) && !isSpaceByte(text[i]) {
				i++
			}
			continue
		}
		if letters == 1 {
			// Single letters: initials ("M.") and one-letter words (v, s, z, и, в).
			if upperFirst && i < len(text) && text[i] == '.' {
				initials++
				continue
			}
		} else {
			d.Words++
			if upperFirst {
				capWords++
			}
		}
		if overflow {
			continue
		}
		if n > r.maxWord {
			continue // longer than any cue word
		}
		fnWords += tallyCues(r.wordTab.get(buf[:n]), letters, &wordCues)
	}
	d.Latin, d.Cyrillic = latin, cyrillic
	for k := range d.Cues {
		d.Cues[k] = 2*float64(letterCues[k]) + float64(wordCues[k])
	}
	// Prose: words that are not just a list of names and initials.
	names := fnWords == 0 && d.Words >= 1 && capWords == d.Words && (initials > 0 || d.Words >= 2 && hasNameCommas(text))
	d.Prose = d.Words > 0 && !names
	d.Lang = "und"
	if !d.Prose {
		return d
	}
	letters := d.Latin + d.Cyrillic
	// enough: eight letters, or four with letters of the language's own.
	enough := func(k int) bool { return letters >= 8 || letterCues[k] > 0 && letters >= 4 }
	if d.Cyrillic > d.Latin {
		ru, kk := d.Cues[1], d.Cues[2]
		switch {
		case kk > ru && enough(2):
			d.Lang = "kk"
		case ru > kk && enough(1):
			d.Lang = "ru"
		case letterCues[2] == 0 && d.Words >= 4:
			// Several Cyrillic words without one Kazakh letter (a list of
			// keywords, a title): Russian.
			d.Lang = "ru"
		}
		return d
	}
	en, sl := d.Cues[0], d.Cues[3]
	// English and Slovenian prose is dense with function words; a stray
	// cue in a longer text of another language (French, German,
	// transliterated Russian) is not enough.
	if d.Words >= 6 && max(en, sl) < 0.10*float64(d.Words) && !d.Partial {
		return d
	}
	switch {
	case sl > en && enough(3):
		d.Lang = "sl"
	case en > sl && enough(0):
		d.Lang = "en"
	}
	return d
}

// tallyCues counts a cue word's languages (m: a bit per language, 0 for a
// word that is no cue) into wordCues, and returns 1 when it counts as a
// function word (more than one letter), else 0.
func tallyCues(m uint8, letters int, wordCues *[4]int) int {
	if m == 0 {
		return 0
	}
	// Without a branch per language.
	wordCues[0] += int(m & 1)
	wordCues[1] += int(m >> 1 & 1)
	wordCues[2] += int(m >> 2 & 1)
	wordCues[3] += int(m >> 3 & 1)
	if letters > 1 {
		return 1
	}
	return 0
}

// clearLead reports evidence that more text is most unlikely to overturn:
// one language of the dominant script has at least twice the cues of the
// other, and 16 more.
func clearLead(lat, cyr int, letters, words *[4]int) bool {
	a, b := 0, 3 // en, sl
	if cyr > lat {
		a, b = 1, 2 // ru, kk
	}
	x := 2*letters[a] + words[a]
	y := 2*letters[b] + words[b]
	if x < y {
		x, y = y, x
	}
	return x >= 2*y && x-y >= 16
}

// hasNameCommas reports a comma-separated list ("Ainura ASKAROVA, Darygul
// ZHOLBOLDUEVA"), the shape of an author line.
func hasNameCommas(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] == ',' {
			return true
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// cyrillicRun scans the run of two-byte Cyrillic letters (U+0400–U+04FF
// but ҂) at i, as Detect's word loop does: it returns the run's end, its
// letters, whether the first is upper case, the letter cues per language in
// 16-bit lanes, and the run's length in lower case in buf, -1 when longer
// than a cue word (or than buf allows the word loop). Runs stop at 1<<15
// letters, before a lane could overflow.
func (r *Resources) cyrillicRun(text string, i int, buf *[64]byte) (end, letters int, upper bool, cues uint64, n int) {
	limit := min(r.maxWord, len(buf)-utf8.UTFMax+2)
	// While the word fits in buf: each letter counted and copied.
	for i+1 < len(text) && n+2 <= limit {
		c := text[i]
		if c < 0xD0 || c > 0xD3 || text[i+1]&0xC0 != 0x80 {
			return i, letters, upper, cues, n
		}
		k := (c-0xD0)<<6 | text[i+1]&0x3F // the rune less U+0400
		if k == 0x82 {                    // ҂, a sign: neither letter nor mark
			return i, letters, upper, cues, n
		}
		e := &r.cyr[k]
		if letters == 0 {
			upper = e.upper
		}
		letters++
		cues += e.lanes
		buf[n], buf[n+1] = e.utf8[0], e.utf8[1]
		n += 2
		i += 2
	}
	// Longer than a cue word (or at the end of the text): only counted.
	// (The letter test repeats the loop above's: a helper for both, even
	// inlined, took 3.4 % more of Detect's instructions.)
	for i+1 < len(text) && letters < 1<<15 {
		c := text[i]
		if c < 0xD0 || c > 0xD3 || text[i+1]&0xC0 != 0x80 {
			break
		}
		k := (c-0xD0)<<6 | text[i+1]&0x3F
		if k == 0x82 {
			break
		}
		e := &r.cyr[k]
		if letters == 0 {
			upper = e.upper
		}
		letters++
		cues += e.lanes
		n = -1
		i += 2
	}
	return i, letters, upper, cues, n
}

// asciiNonLetter marks the ASCII bytes that are not letters.
var asciiNonLetter = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = !isASCIILetter(byte(c))
	}
	return t
}()

// asciiWordEnd marks the bytes after a run of ASCII letters that end the
// word there: ASCII but '-', '@' and '_' (letters do not follow a run).
var asciiWordEnd = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c != '-' && c != '@' && c != '_'
	}
	return t
}()

const asciiHighs = 0x8080808080808080

// byteMasks[k] keeps the k lowest bytes of a word (k <= 8; 1<<(8*k) - 1
// without the shift's test for k = 8).
var byteMasks = [16]uint64{0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF}

// asciiLetterBits returns the high bit of each byte of x (eight bytes of
// text, the first lowest) that is an ASCII letter: ASCII, at least 'a'
// and at most 'z' once folded. The sums carry out of a byte only above a
// non-ASCII byte, where a run of letters has ended already.
func asciiLetterBits(x uint64) uint64 {
	const ones = 0x0101010101010101
	y := x | 0x20*ones
	return (y + (0x80-'a')*ones) &^ (y + (0x80-'z'-1)*ones) &^ x & asciiHighs
}

// asciiLetterEnd returns the end of the run of ASCII letters (isASCIILetter)
// starting at i, testing eight bytes at a time.
func asciiLetterEnd(s string, i int) int {
	for i+8 <= len(s) {
		if letters := asciiLetterBits(load64(s, i)); letters != asciiHighs {
			return i + bits.TrailingZeros64(^letters&asciiHighs)/8
		}
		i += 8
	}
	for i < len(s) && isASCIILetter(s[i]) {
		i++
	}
	return i
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isLetterByte(text string, i int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return isASCIILetter(c)
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return IsLetter(r)
}

// IsLetter is unicode.IsLetter with fast paths for ASCII, Latin-1, Latin
// Extended-A/B and Cyrillic, the scripts of the four languages, and for the
// general punctuation between their words.
func IsLetter(c rune) bool {
	switch {
	case c < 0x80:
		return c|0x20 >= 'a' && c|0x20 <= 'z'
	case c < 0xC0:
		return c == 0xAA || c == 0xB5 || c == 0xBA
	case c < 0x250:
		return c != 0xD7 && c != 0xF7
	case c >= 0x400 && c <= 0x52F:
		return c <= 0x481 || c >= 0x48A
	case c >= 0x2000 && c <= 0x206F:
		return false // general punctuation: dashes, quotes, spaces
	}
	return unicode.IsLetter(c)
}

// urlLen returns the length of a URL (http://, https://, www.) starting at
// the beginning of s, or 0.
func urlLen(s string) int {
	n := 0
	switch {
	case hasPrefixFold(s, "https://"):
		n = 8
	case hasPrefixFold(s, "http://"):
		n = 7
	case hasPrefixFold(s, "www."):
		n = 4
	default:
		return 0
	}
	for n < len(s) && !urlEnd[s[n]] {
		n++
	}
	return n
}

// urlEnd marks the bytes that end a URL: white space (isSpaceByte), '>'
// and '"'.
var urlEnd = func() (t [256]bool) {
	for c := range t {
		t[c] = isSpaceByte(byte(c))
	}
	t['>'], t['"'] = true, true
	return t
}()

func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 32
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

// isUpper is unicode.IsUpper with a fast path for basic Cyrillic.
func isUpper(c rune) bool {
	switch {
	case c >= 0x400 && c <= 0x42F:
		return true
	case c >= 0x430 && c <= 0x45F:
		return false
	}
	return unicode.IsUpper(c)
}

// toLower is unicode.ToLower with a fast path for basic Cyrillic.
func toLower(c rune) rune {
	switch {
	case c >= 0x410 && c <= 0x42F:
		return c + 0x20
	case c >= 0x430 && c <= 0x45F:
		return c
	}
	return unicode.ToLower(c)
}
