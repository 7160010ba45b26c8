package cite

import (
	"unicode"
	"unicode/utf8"
)

// yearMatch is a match of reYearTok with its submatch indexes, as
// FindStringSubmatchIndex returns them (a value: no allocation).
type yearMatch [8]int

// findYearTok returns the leftmost match of reYearTok in s at or after
// byte from, with its submatch indexes in m, as reYearTok's
// FindStringSubmatchIndex run from there would (^ and $ are s's ends), and
// reports whether there is one (m is undefined when not). Callouts run the pattern on every bracket with a
// year: a scan costs far less than the regexp's backtracker.
func findYearTok(s string, from int, m *yearMatch) bool {
	for p := from; p <= len(s); {
		if yearTokAt(s, p, m) {
			return true
		}
		if p == len(s) {
			break
		}
		_, w := utf8.DecodeRuneInString(s[p:])
		p += w
		// Past s's start, a match starts only at the rune before a year's
		// first digit or a no-date's first letter (yearTokAt): an ASCII
		// rune before any other byte is passed over unread.
		for p+1 < len(s) && s[p] < utf8.RuneSelf && !mayStartYearTok(s[p+1]) {
			p++
		}
	}
	return false
}

// mayStartYearTok reports whether b may be the first byte of the year or
// the no-date of a match of reYearTok: "1", "2", "n", "N", or the first
// byte of "б", "Б".
func mayStartYearTok(b byte) bool {
	return b == '1' || b == '2' || b|0x20 == 'n' || b == 0xd0
}

// appendYearToks appends reYearTok.FindAllStringSubmatchIndex(s, -1) to
// dst (a match is never empty).
func appendYearToks(dst []yearMatch, s string) []yearMatch {
	for p := 0; p <= len(s); {
		var m yearMatch
		if !findYearTok(s, p, &m) {
			break
		}
		dst = append(dst, m)
		p = m[1]
	}
	return dst
}

// yearTokAt matches reYearTok at s[p:], trying its branches in order,
// into m.
func yearTokAt(s string, p int, m *yearMatch) bool {
	// (?:^|[^\p{L}\d])((?:1[5-9]|20)\d\d)([a-h])?(?:$|[^\p{L}\d])
	if p == 0 {
		if yearAt(s, 0, m) {
			m[0] = 0
			return true
		}
	}
	var r rune
	w := 0
	if p < len(s) {
		r, w = utf8.DecodeRuneInString(s[p:])
		if !letterOrDigit(r) {
			if yearAt(s, p+w, m) {
				m[0] = p
				return true
			}
		}
	}
	// (?i)(?:^|[\s(])(n\.\s?d\.?|б\.\s?г\.)
	if p == 0 {
		if e := noDateAt(s, 0); e >= 0 {
			*m = yearMatch{0, e, -1, -1, -1, -1, 0, e}
			return true
		}
	}
	if w > 0 && (r == '(' || isRegexpSpace(r)) {
		if e := noDateAt(s, p+w); e >= 0 {
			*m = yearMatch{p, e, -1, -1, -1, -1, p + w, e}
			return true
		}
	}
	return false
}

// letterOrDigit is \p{L} or \d (ASCII digits) of the pattern.
func letterOrDigit(r rune) bool {
	return '0' <= r && r <= '9' || unicode.IsLetter(r)
}

// isRegexpSpace is \s of package regexp.
func isRegexpSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r'
}

// yearAt matches ((?:1[5-9]|20)\d\d)([a-h])?(?:$|[^\p{L}\d]) at s[q:];
// into m; m[0] is left to the caller.
func yearAt(s string, q int, m *yearMatch) bool {
	if q+4 > len(s) || !(s[q] == '1' && '5' <= s[q+1] && s[q+1] <= '9' || s[q] == '2' && s[q+1] == '0') || !isDigit(s[q+2]) || !isDigit(s[q+3]) {
		return false
	}
	e := q + 4
	if e < len(s) && 'a' <= s[e] && s[e] <= 'h' {
		// With the suffix, or not at all: without it a letter follows.
		if end, ok := boundaryAt(s, e+1); ok {
			*m = yearMatch{0, end, q, e, e, e + 1, -1, -1}
			return true
		}
		return false
	}
	if end, ok := boundaryAt(s, e); ok {
		*m = yearMatch{0, end, q, e, -1, -1, -1, -1}
		return true
	}
	return false
}

// boundaryAt matches (?:$|[^\p{L}\d]) at s[i:] and returns its end.
func boundaryAt(s string, i int) (int, bool) {
	if i == len(s) {
		return i, true
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	if letterOrDigit(r) {
		return 0, false
	}
	return i + w, true
}

// noDateAt matches (?i)(n\.\s?d\.?|б\.\s?г\.) at s[q:] and returns its
// end, or -1.
func noDateAt(s string, q int) int {
	r, w := utf8.DecodeRuneInString(s[q:])
	switch r {
	case 'n', 'N':
		i := dotSpace(s, q+w)
		if i < 0 || i >= len(s) || s[i] != 'd' && s[i] != 'D' {
			return -1
		}
		i++
		if i < len(s) && s[i] == '.' {
			i++
		}
		return i
	case 'б', 'Б':
		i := dotSpace(s, q+w)
		if i < 0 {
			return -1
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r != 'г' && r != 'Г' {
			return -1
		}
		i += w
		if i >= len(s) || s[i] != '.' {
			return -1
		}
		return i + 1
	}
	return -1
}

// dotSpace matches `\.\s?` at s[i:] and returns its end, or -1.
func dotSpace(s string, i int) int {
	if i >= len(s) || s[i] != '.' {
		return -1
	}
	i++
	if i < len(s) && isRegexpSpace(rune(s[i])) {
		i++
	}
	return i
}
