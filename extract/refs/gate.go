package refs

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
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

func (g gatedRegexp) FindString(s string) string {
	if !g.may(s) {
		return ""
	}
	return g.re.FindString(s)
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

// startsWithFoldOf returns a gate for (?i) patterns anchored on words:
// it admits s when s starts with one of heads (starts of the words, in
// lower case) as (?i) matches them (prefixFold). A first letter alone
// (startsWithAnyOf) admits most words of a title: "Thomson" for "t.",
// "Journal" for "jg.", "Москва" for "т.". The runes that fold to a head's
// first rune are listed once, so that most strings are turned away by
// their first rune without a fold.
func startsWithFoldOf(heads ...string) func(string) bool {
	var ascii [utf8.RuneSelf]bool
	var other []rune
	for _, h := range heads {
		r, _ := utf8.DecodeRuneInString(h)
		f := r
		for {
			if f < utf8.RuneSelf {
				ascii[f] = true
			} else {
				other = append(other, f)
			}
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
	}
	return func(s string) bool {
		if s == "" {
			return false
		}
		if c := s[0]; c < utf8.RuneSelf {
			if !ascii[c] {
				return false
			}
		} else if r, _ := utf8.DecodeRuneInString(s); !slices.Contains(other, r) {
			return false
		}
		for _, h := range heads {
			if prefixFold(s, h) >= 0 {
				return true
			}
		}
		return false
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
func hasASCIIDigit(s string) bool { return indexASCIIDigit(s) >= 0 }

// indexASCIIDigit returns the index of the first digit 0–9 in s, or -1.
func indexASCIIDigit(s string) int {
	for i := 0; i < len(s); i++ {
		if isASCIIDigit(s[i]) {
			return i
		}
	}
	return -1
}

// charSet is a set of characters that index finds in a string as
// strings.IndexAny does, by bytes: IndexAny decodes every rune of the
// string when the set has characters outside ASCII.
type charSet struct {
	ascii [utf8.RuneSelf]bool
	multi []string // the encodings of the characters outside ASCII
}

func newCharSet(chars string) *charSet {
	cs := &charSet{}
	for _, r := range chars {
		if r < utf8.RuneSelf {
			cs.ascii[r] = true
		} else {
			cs.multi = append(cs.multi, string(r))
		}
	}
	return cs
}

// index returns the index of the first character of the set in s, or -1.
// A character's encoding starts with a byte that no other character's
// encoding holds inside, so it is found where a decoder would read it.
func (cs *charSet) index(s string) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if cs.ascii[c] {
				return i
			}
			continue
		}
		if c < 0xc0 {
			continue // a continuation byte
		}
		for _, m := range cs.multi {
			if strings.HasPrefix(s[i:], m) {
				return i
			}
		}
	}
	return -1
}

var (
	openQuotes    = newCharSet("\"“«„")
	nameQuotes    = newCharSet("\"“”«»")
	placeStoppers = newCharSet("0123456789()[]\"“”«»")
)
