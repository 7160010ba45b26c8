package refs

import (
	"math/rand"
	"regexp"
	"testing"
)

// The hand-written scanners must do exactly what the regexps they replace
// do; these compare them on random strings over the bytes that matter.
func TestScannersMatchRegexps(t *testing.T) {
	cases := []struct {
		name string
		re   *regexp.Regexp
		repl string
		scan func(string) string
	}{
		{"removeEmptyBrackets", regexp.MustCompile(`\(\s*[.,;:]?\s*\)|\[\s*[.,;:]?\s*\]|<\s*>`), " ", removeEmptyBrackets},
		{"dropSpaceBefore fieldPunct", regexp.MustCompile(`\s+([.,;:])`), "$1", func(s string) string { return dropSpaceBefore(s, fieldPunct) }},
		{"dropSpaceBefore ,;", regexp.MustCompile(`\s+([,;])`), "$1", func(s string) string { return dropSpaceBefore(s, ",;") }},
		{"squeezePunctRuns", regexp.MustCompile(`([.,;:])(?:\s+[.,;:])+`), "$1", squeezePunctRuns},
	}
	const alphabet = " \t\n\r\f\v.,;:()[]<>a\u00a0"
	runes := []rune(alphabet)
	rng := rand.New(rand.NewSource(1))
	for _, c := range cases {
		for n := 0; n < 20000; n++ {
			b := make([]rune, rng.Intn(12))
			for i := range b {
				b[i] = runes[rng.Intn(len(runes))]
			}
			s := string(b)
			if got, want := c.scan(s), c.re.ReplaceAllString(s, c.repl); got != want {
				t.Fatalf("%s(%q) = %q, the regexp gives %q", c.name, s, got, want)
			}
		}
	}
}

func TestCollapseSpacesKeepsCollapsedStrings(t *testing.T) {
	for _, s := range []string{"", "a", "a b", " a", "a ", "a  b", "a\tb", "a\u00a0b", "a\u2003b", "\xff", "a \ufffd b"} {
		var want []rune
		space := false
		for _, r := range s {
			if r == ' ' || r == '\t' || r == '\u00a0' || r == '\u2003' {
				space = true
				continue
			}
			if space && len(want) > 0 {
				want = append(want, ' ')
			}
			space = false
			want = append(want, r)
		}
		if got := collapseSpaces(s); got != string(want) {
			t.Errorf("collapseSpaces(%q) = %q, want %q", s, got, string(want))
		}
	}
}

func TestContainsFold(t *testing.T) {
	for _, c := range []struct {
		s, word string
		want    bool
	}{
		{"see ISBN 978", "isbn", true},
		{"see IsBn", "isbn", true},
		{"see I\u017fBN", "isbn", true}, // long s folds to s
		{"arXiv:1234", "arxiv", true},
		{"no cue", "isbn", false},
		{"\u212a", "www.", false},
	} {
		if got := containsFold(c.s, c.word); got != c.want {
			t.Errorf("containsFold(%q, %q) = %v", c.s, c.word, got)
		}
	}
}
