package refs

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// gatedRegexp is a regexp with a cheap test for what every match needs
// (a byte, a word, a year at the end): the regexp runs only on strings that
// pass it, which most do not.
type gatedRegexp struct {
	re *regexp.Regexp
	// may reports whether s can hold a match; false must mean none.
	may func(s string) bool
}

func (g gatedRegexp) MatchString(s string) bool {
	return g.may(s) && g.re.MatchString(s)
}

func (g gatedRegexp) FindStringSubmatch(s string) []string {
	if !g.may(s) {
		return nil
	}
	return g.re.FindStringSubmatch(s)
}

func (g gatedRegexp) FindStringIndex(s string) []int {
	if !g.may(s) {
		return nil
	}
	return g.re.FindStringIndex(s)
}

func (g gatedRegexp) FindStringSubmatchIndex(s string) []int {
	if !g.may(s) {
		return nil
	}
	return g.re.FindStringSubmatchIndex(s)
}

// startsWithAnyOf returns a gate for patterns anchored on words that start
// with one of the ASCII bytes in firsts, or with a letter outside ASCII
// (which also covers the Kelvin sign and long s of (?i)).
func startsWithAnyOf(firsts string) func(string) bool {
	return func(s string) bool {
		return s != "" && (s[0] >= utf8.RuneSelf || strings.IndexByte(firsts, s[0]) >= 0)
	}
}

// digitWithin reports whether one of the first n bytes of s is an ASCII
// digit: patterns such as ^[A-Za-z]{0,2}\d need one there.
func digitWithin(s string, n int) bool {
	for i := 0; i < n && i < len(s); i++ {
		if isASCIIDigit(s[i]) {
			return true
		}
	}
	return false
}

// hasASCIIDigit reports whether s holds a digit 0–9 (\d in a regexp).
func hasASCIIDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isASCIIDigit(s[i]) {
			return true
		}
	}
	return false
}
