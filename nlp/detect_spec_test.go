package nlp

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// detectSpec is Detect as it was before its ASCII letter runs were scanned
// eight bytes at a time (asciiLetterEnd) and copied only when short enough
// to be a cue word: the specification Detect is tested against.
func (r *Resources) detectSpec(text string) Detection {
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
		for i < len(text) && text[i] < utf8.RuneSelf && !isASCIILetter(text[i]) {
			i++
		}
		if i == len(text) {
			break
		}
		c := text[i]
		// URLs and e-mail addresses carry no language.
		if c == 'h' || c == 'w' || c == 'H' || c == 'W' {
			if n := urlLen(text[i:]); n > 0 {
				i += n
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
		if m := r.wordTab.get(buf[:n]); m != 0 {
			if letters > 1 {
				fnWords++
			}
			for k := range wordCues {
				if m&(1<<k) != 0 {
					wordCues[k]++
				}
			}
		}
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

// TestDetectMatchesSpec checks Detect against detectSpec on the test
// paragraphs, the seeds' paragraphs and lines, and random texts of cue
// words, long words, mixed case, identifiers and bytes around the letters.
func TestDetectMatchesSpec(t *testing.T) {
	var texts []string
	for _, pat := range []string{"testdata/*.txt", "../seeds/*.txt"} {
		paths, _ := filepath.Glob(pat)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, strings.Split(string(b), "\n\n")...)
			texts = append(texts, strings.Split(string(b), "\n")...)
		}
	}
	parts := []string{" ", "  ", "\n", ", ", ". ", "-", "@", "_", "[", "`", "{", "Z", "z", "A", "a", "The", "the", "of", "and", "je", "in", "za", "ki",
		"и", "в", "что", "және", "мен", "үшін", "Қазақстан", "č", "ŠŽ", "é", "\u0301", "M.", "internationalization", "Counterrevolutionaries",
		"abcdefghijklmnopq", "abcdefghijklmnopqr", "ABCDEFGH", "abcdefg", "well-known", "http://x.org/a", "www.example.com", "e-mail",
		"3.6", "x1", "\xe2", "\xd0", "\xff", "ﬁ", "И", "Ә", "ТЕ", "конституционный", "ҚҰҚЫҚ", "мин", "\u0482", "\u0483", "ӯ", "Ѐ", "ԯ", "ж",
		"HTTPS://A.B", "Www.x.org", "hT", "wW", "wa", "which", "hw", "Http:/", "wwW.",
		// Cue words of nine to sixteen letters and Cyrillic words about as long
		// as the longest cue word: the packed and buffered paths' edges.
		"development", "COUNTRIES", "Migration", "университет", "бойынша", "табылады", "көші-қон", "сондай-ақ", "жатадыжатады", "http://a.b/c\td"}
	rng := rand.New(rand.NewSource(5))
	for k := 0; k < 30000; k++ {
		var b strings.Builder
		for n := rng.Intn(60); n >= 0; n-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		if got, want := res.Detect(text), res.detectSpec(text); got != want {
			t.Fatalf("Detect(%q) = %+v, want %+v", text, got, want)
		}
	}
}

// TestASCIILetterEnd checks asciiLetterEnd against a byte loop on every
// byte at every position of an eight-byte word and on random texts.
func TestASCIILetterEnd(t *testing.T) {
	ref := func(s string, i int) int {
		for i < len(s) && isASCIILetter(s[i]) {
			i++
		}
		return i
	}
	for c := 0; c < 256; c++ {
		for p := 0; p < 12; p++ {
			b := []byte("abcdefghXYZabcde")
			b[p] = byte(c)
			s := string(b)
			for i := 0; i < len(s); i++ {
				if got, want := asciiLetterEnd(s, i), ref(s, i); got != want {
					t.Fatalf("asciiLetterEnd(%q, %d) = %d, want %d", s, i, got, want)
				}
			}
		}
	}
	rng := rand.New(rand.NewSource(7))
	for k := 0; k < 20000; k++ {
		b := make([]byte, rng.Intn(40))
		for j := range b {
			if rng.Intn(4) == 0 {
				b[j] = byte(rng.Intn(256))
			} else {
				b[j] = "aZqAzMm"[rng.Intn(7)]
			}
		}
		s := string(b)
		for i := 0; i < len(s); i++ {
			if got, want := asciiLetterEnd(s, i), ref(s, i); got != want {
				t.Fatalf("asciiLetterEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}
