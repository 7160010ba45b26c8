package refs

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The month date patterns (reMonthDY, reDMonthY, reMonthY) read by hand:
// each appends what FindAllStringSubmatchIndex(s, -1) of its regexp gives,
// matches that findDates drops included, since they hide the text they
// cover from later matches. Every part of these patterns can match in one
// way only where the whole can: a run of letters or digits is taken whole
// (a shorter one leaves a letter or digit that nothing after it takes),
// and the optional parts start with bytes the parts after them cannot.

// monthMatch is a match of a month date pattern: its submatch indexes as
// FindAllStringSubmatchIndex gives them (the first six for reMonthY),
// held by value so that a few matches need no allocation.
type monthMatch [8]int

// letterAt returns the length in bytes of the letter (\p{L}) at s[i], or 0.
// An ASCII byte is read inline, by a table.
func letterAt(s string, i int) int {
	if i < len(s) && s[i] < utf8.RuneSelf {
		return int(asciiLetters[s[i]])
	}
	return letterRuneAt(s, i)
}

// letterRuneAt is letterAt for the end of s or a byte outside ASCII.
func letterRuneAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if unicode.IsLetter(r) {
		return size
	}
	return 0
}

// lettersEnd returns the end of the run of letters that starts at s[i].
func lettersEnd(s string, i int) int {
	end, _ := letterRunEnd(s, i)
	return end
}

// isLetterBefore reports whether the character before s[i] is a letter.
func isLetterBefore(s string, i int) bool {
	if i == 0 {
		return false
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return 'a' <= c|0x20 && c|0x20 <= 'z'
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r)
}

// skipOne returns i+1 when s[i] is c, else i: an optional byte.
func skipOne(s string, i int, c byte) int {
	if i < len(s) && s[i] == c {
		return i + 1
	}
	return i
}

// spacedYearAt reads ,?\s+((?:1[5-9]|20)\d\d) at s[i:] and returns where
// the year starts, or -1.
func spacedYearAt(s string, i int) int {
	i = skipOne(s, i, ',')
	j := skipRegexpSpace(s, i)
	if j == i || j+4 > len(s) || !isYearAt(s, j) {
		return -1
	}
	return j
}

// wordEnd reports whether \b holds after a word character at s[i-1]: s[i]
// is no ASCII word character, or the end.
func wordEnd(s string, i int) bool { return i >= len(s) || !isASCIIWordByte(s[i]) }

// monthYearMatches appends reMonthY.FindAllStringSubmatchIndex(s, -1) to
// out: (\p{L}+)\.?(?:\s*[-–/]\s*\p{L}+\.?)?,?\s+((?:1[5-9]|20)\d\d)\b.
func monthYearMatches(out []monthMatch, s string) []monthMatch {
	for p, from := 0, 0; p < len(s); {
		// A match starts at a run of letters (or where the search
		// resumes); inside one it would read what it reads at its start.
		if letterAt(s, p) == 0 || p > from && isLetterBefore(s, p) {
			p++
			continue
		}
		q := lettersEnd(s, p)
		q1 := skipOne(s, q, '.')
		y := -1
		if k := skipRegexpSpace(s, q1); k < len(s) {
			if w := dashOrSlash(s, k); w > 0 {
				if k2 := skipRegexpSpace(s, k+w); letterAt(s, k2) > 0 {
					y = boundedYearAt(s, skipOne(s, lettersEnd(s, k2), '.'))
				}
			}
		}
		if y < 0 {
			y = boundedYearAt(s, q1)
		}
		if y < 0 {
			p = q // no match starts inside the run either
			continue
		}
		out = append(out, monthMatch{p, y + 4, p, q, y, y + 4})
		p, from = y+4, y+4
	}
	return out
}

// dashOrSlash returns the width of the "-", "–" or "/" at s[k], or 0.
func dashOrSlash(s string, k int) int {
	switch {
	case s[k] == '-' || s[k] == '/':
		return 1
	case strings.HasPrefix(s[k:], "–"):
		return len("–")
	}
	return 0
}

// boundedYearAt is spacedYearAt with \b after the year.
func boundedYearAt(s string, i int) int {
	if y := spacedYearAt(s, i); y >= 0 && wordEnd(s, y+4) {
		return y
	}
	return -1
}

// monthDayYearMatches appends reMonthDY.FindAllStringSubmatchIndex(s, -1)
// to out: (\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:1[5-9]|20)\d\d)\b.
func monthDayYearMatches(out []monthMatch, s string) []monthMatch {
	for p, from := 0, 0; p < len(s); {
		if letterAt(s, p) == 0 || p > from && isLetterBefore(s, p) {
			p++
			continue
		}
		q := lettersEnd(s, p)
		d := skipRegexpSpace(s, skipOne(s, q, '.'))
		e := skipASCIIDigits(s, d)
		y := -1
		if n := e - d; d > skipOne(s, q, '.') && (n == 1 || n == 2) {
			k := e
			if k+2 <= len(s) {
				switch s[k : k+2] {
				case "st", "nd", "rd", "th":
					k += 2
				}
			}
			y = boundedYearAt(s, k)
		}
		if y < 0 {
			p = q
			continue
		}
		out = append(out, monthMatch{p, y + 4, p, q, d, e, y, y + 4})
		p, from = y+4, y+4
	}
	return out
}

// yearUnits are the words for "year" that may follow a year in reDMonthY,
// in the pattern's order.
var yearUnits = []string{"г.", "года", "goda", "g.", "ж.", "жылы", "jyl"}

// dayMonthYearMatches appends reDMonthY.FindAllStringSubmatchIndex(s, -1)
// to out: \b(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+((?:1[5-9]|20)\d\d)(?:\s*(?:г\.|года|goda|g\.|ж\.|жылы|jyl))?.
func dayMonthYearMatches(out []monthMatch, s string) []monthMatch {
	for p := 0; p < len(s); p++ {
		if !isASCIIDigit(s[p]) || p > 0 && isASCIIWordByte(s[p-1]) {
			continue
		}
		e := skipASCIIDigits(s, p)
		if e-p > 2 {
			p = e - 1
			continue
		}
		e1 := skipOne(s, e, '.')
		w := skipRegexpSpace(s, e1)
		if w == e1 || letterAt(s, w) == 0 {
			continue
		}
		q := lettersEnd(s, w)
		y := spacedYearAt(s, skipOne(s, q, '.'))
		if y < 0 {
			continue
		}
		end := y + 4
		k := skipRegexpSpace(s, end)
		for _, u := range yearUnits {
			if strings.HasPrefix(s[k:], u) {
				end = k + len(u)
				break
			}
		}
		out = append(out, monthMatch{p, end, p, e, w, q, y, y + 4})
		p = end - 1
	}
	return out
}
