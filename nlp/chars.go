package nlp

import (
	"unicode"
	"unicode/utf8"
)

// Ligature returns the expansion of a Latin ligature code point (U+FB00–FB06),
// or "" when c is not one. Blanket NFKC is avoided because it would also
// rewrite ², ½ and ‰, which carry meaning in numeric claims.
func Ligature(c rune) string {
	switch c {
	case 'ﬀ':
		return "ff"
	case 'ﬁ':
		return "fi"
	case 'ﬂ':
		return "fl"
	case 'ﬃ':
		return "ffi"
	case 'ﬄ':
		return "ffl"
	case 'ﬅ', 'ﬆ':
		return "st"
	}
	return ""
}

// Dropped reports whether c is removed from normalized text: soft hyphens,
// zero-width characters and byte-order marks.
func Dropped(c rune) bool {
	switch c {
	case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return true
	}
	return false
}

var cyrToLat = map[rune]rune{
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P',
	'С': 'C', 'Т': 'T', 'Х': 'X', 'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c',
	'у': 'y', 'х': 'x', 'і': 'i', 'І': 'I', 'ј': 'j', 'Ј': 'J', 'ѕ': 's', 'Ѕ': 'S',
}

var latToCyr = func() map[rune]rune {
	m := map[rune]rune{}
	for c, l := range cyrToLat {
		m[l] = c
	}
	return m
}()

// RepairHomoglyphs fixes a word that mixes Latin and Cyrillic letters (OCR and
// copy-paste accidents such as "Ваshir", where В and а are Cyrillic): letters
// of the minority script that look like letters of the majority script are
// replaced. Words that stay mixed after that are returned unchanged. It
// returns the word and whether it changed.
func RepairHomoglyphs(word string) (string, bool) {
	if !mixesScripts(word) {
		return word, false // most words: one script, nothing to look up
	}
	var lat, cyr, latOnly, cyrOnly int
	for _, c := range word {
		switch {
		case unicode.Is(unicode.Latin, c):
			lat++
			if _, ok := latToCyr[c]; !ok {
				latOnly++
			}
		case unicode.Is(unicode.Cyrillic, c):
			cyr++
			if _, ok := cyrToLat[c]; !ok {
				cyrOnly++
			}
		}
	}
	if lat == 0 || cyr == 0 {
		return word, false
	}
	var table map[rune]rune
	switch {
	case latOnly > 0 && cyrOnly == 0:
		table = cyrToLat
	case cyrOnly > 0 && latOnly == 0:
		table = latToCyr
	default:
		return word, false
	}
	out := []rune(word)
	for i, c := range out {
		if t, ok := table[c]; ok {
			out[i] = t
		}
	}
	return string(out), true
}

// mixesScripts reports a word with both Latin and Cyrillic letters, fast
// for ASCII and the Cyrillic block (which are of one script each).
func mixesScripts(word string) bool {
	lat, cyr := false, false
	for _, c := range word {
		switch {
		case c < utf8.RuneSelf:
			lat = lat || c|0x20 >= 'a' && c|0x20 <= 'z'
		case c >= 0x400 && c <= 0x4FF:
			cyr = true
		case unicode.Is(unicode.Latin, c):
			lat = true
		case unicode.Is(unicode.Cyrillic, c):
			cyr = true
		}
		if lat && cyr {
			return true
		}
	}
	return false
}

// IsWordRune reports a letter or a combining mark (what words are made of
// for the claims tokenizer and the gazetteer); Latin and Cyrillic (U+0400–
// U+052F: all letters or marks but ҂ and the enclosing marks) are answered
// without the Unicode tables.
func IsWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case 0x400 <= r && r <= 0x52F:
		return r != 0x482 && r != 0x488 && r != 0x489
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// LowerRune is unicode.ToLower, read from a table below U+0530: ASCII,
// Latin-1 and Latin Extended (Slovenian č š ž) and Cyrillic with its
// supplement (Kazakh ә ғ қ ң ө ұ ү һ і), whose cases unicode.ToLower
// searches for.
func LowerRune(r rune) rune {
	if uint32(r) < uint32(len(lowerTable)) {
		return lowerTable[r]
	}
	return unicode.ToLower(r)
}

// lowerTable is unicode.ToLower of U+0000–U+052F (read-only after init).
var lowerTable = func() (t [0x530]rune) {
	for r := range t {
		t[r] = unicode.ToLower(rune(r))
	}
	return t
}()

// AppendLower appends strings.ToLower(s) to dst (a byte that is not UTF-8
// written as U+FFFD, as strings.Map writes it), without a string made.
func AppendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, LowerRune(r))
		i += size
	}
	return dst
}
