package refs

import "regexp"

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

func (g gatedRegexp) FindStringSubmatchIndex(s string) []int {
	if !g.may(s) {
		return nil
	}
	return g.re.FindStringSubmatchIndex(s)
}
