package refs

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The label patterns read by hand: reLabel (SplitLabel) and reLineLabel
// (the list's lines), which run on every entry and every line. Each
// returns the submatch indexes its regexp's FindStringSubmatchIndex does,
// in an array (no slice to allocate), and whether it matched (scan_test.go
// checks them against the regexps, kept as their specification). A label's digits are a whole run: a shorter one leaves a
// digit where the pattern needs a closing mark or white space.

// digitLabelEnd reads \d{1,max} at s[i:] as a whole run of digits and
// returns its end, or -1.
func digitLabelEnd(s string, i, max int) int {
	k := skipASCIIDigits(s, i)
	if k == i || k-i > max {
		return -1
	}
	return k
}

// bracketLabelEnd reads "[12]" or "(12)" (\d{1,max} in brackets) at s[i:]
// and returns the end of its digits, or -1.
func bracketLabelEnd(s string, i, max int) int {
	closing := byte(']')
	if s[i] == '(' {
		closing = ')'
	}
	k := digitLabelEnd(s, i+1, max)
	if k < 0 || k >= len(s) || s[k] != closing {
		return -1
	}
	return k
}

// labelMatch is reLabel.FindStringSubmatchIndex(s):
// ^(?:\[(\d{1,4})\]|\((\d{1,4})\)|(\d{1,3})[.)](?:\s|$)|(\d{1,3})\s+(?:\p{Lu}|["“«])).
func labelMatch(s string) (m [10]int, ok bool) {
	if s == "" {
		return m, false
	}
	m = [10]int{0, -1, -1, -1, -1, -1, -1, -1, -1, -1}
	switch c := s[0]; {
	case c == '[' || c == '(':
		k := bracketLabelEnd(s, 0, 4)
		if k < 0 {
			return m, false
		}
		g := 2 // [12]
		if c == '(' {
			g = 4
		}
		m[1], m[g], m[g+1] = k+1, 1, k
		return m, true
	case isASCIIDigit(c):
		k := digitLabelEnd(s, 0, 3)
		if k < 0 {
			return m, false
		}
		if k < len(s) && (s[k] == '.' || s[k] == ')') {
			if k+1 == len(s) || isRegexpSpace(s[k+1]) {
				m[1], m[6], m[7] = min(k+2, len(s)), 0, k
				return m, true
			}
		}
		j := skipRegexpSpace(s, k)
		if j == k || j == len(s) {
			return m, false
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if r == '"' || r == '“' || r == '«' || unicode.Is(unicode.Lu, r) {
			m[1], m[8], m[9] = j+size, 0, k
			return m, true
		}
	}
	return m, false
}

// lineBullets are the marks reLineLabel and reLineBullet allow before a
// label or an entry.
var lineBullets = []string{"-", "–", "—", "•", "●", "▪", "*"}

// lineLabel is reLineLabel.FindStringSubmatchIndex(s):
// ^\s*(?:[-–—•●▪*]\s+)?(?:\[(\d{1,3})\]|\((\d{1,3})\)|(\d{1,3})[.)])\s+\S.
// No label starts with a bullet, so a bullet is taken when white space
// follows it, and the match fails when none does.
func lineLabel(s string) (m [8]int, ok bool) {
	i := skipRegexpSpace(s, 0)
	if i == len(s) {
		return m, false
	}
	for _, b := range lineBullets {
		if strings.HasPrefix(s[i:], b) {
			j := skipRegexpSpace(s, i+len(b))
			if j == i+len(b) {
				return m, false
			}
			i = j
			break
		}
	}
	if i == len(s) {
		return m, false
	}
	m = [8]int{0, -1, -1, -1, -1, -1, -1, -1}
	var k, g int // the end of the label's digits, and its group
	switch c := s[i]; {
	case c == '[' || c == '(':
		k = bracketLabelEnd(s, i, 3)
		g = 2 // [12]
		if c == '(' {
			g = 4
		}
		if k >= 0 {
			m[g], m[g+1] = i+1, k
			k++ // past the bracket
		}
	case isASCIIDigit(c):
		k = digitLabelEnd(s, i, 3)
		if k >= 0 && k < len(s) && (s[k] == '.' || s[k] == ')') {
			m[6], m[7] = i, k
			k++
		} else {
			k = -1
		}
	default:
		return m, false
	}
	if k < 0 {
		return m, false
	}
	j := skipRegexpSpace(s, k)
	if j == k || j == len(s) {
		return m, false
	}
	_, size := utf8.DecodeRuneInString(s[j:])
	m[1] = j + size
	return m, true
}
