package refs

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/nlp"
)

// TestDataFilesValidate feeds broken gazetteer and abbreviation files to
// the readers and checks that the errors name the file and line.
func TestDataFilesValidate(t *testing.T) {
	for _, tc := range []struct {
		name, data, want string
		read             func([]nlp.LexEntry) error
	}{
		{"places dup", "[city]\nlondon\nparis | london\n[region]\nuk\n", "places.lex:3:", func(e []nlp.LexEntry) error {
			return (&Lexicon{Cities: map[string]bool{}, Regions: map[string]bool{}}).readPlaces(e)
		}},
		{"places section", "[town]\nlondon\n", "places.lex:2:", func(e []nlp.LexEntry) error {
			return (&Lexicon{Cities: map[string]bool{}, Regions: map[string]bool{}}).readPlaces(e)
		}},
		{"places comma", "[city]\nwashington, dc\n", "places.lex:2:", func(e []nlp.LexEntry) error {
			return (&Lexicon{Cities: map[string]bool{}, Regions: map[string]bool{}}).readPlaces(e)
		}},
		{"abbrev dot", "[abbrev]\nvol\npp.\n", "abbrevs.lex:3:", func(e []nlp.LexEntry) error { _, err := readAbbrevs(e); return err }},
		{"abbrev dup", "[abbrev]\nvol\nVol\n", "abbrevs.lex:3:", func(e []nlp.LexEntry) error { _, err := readAbbrevs(e); return err }},
	} {
		file := "data/places.lex"
		if strings.HasPrefix(tc.name, "abbrev") {
			file = "data/abbrevs.lex"
		}
		entries, err := nlp.ParseLexicon(file, []byte(tc.data))
		if err != nil {
			t.Fatal(err)
		}
		err = tc.read(entries)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one naming %s", tc.name, err, tc.want)
		}
	}
	if _, err := Load(); err != nil {
		t.Fatalf("embedded data: %v", err)
	}
}

func TestIsPlace(t *testing.T) {
	for s, want := range map[string]bool{
		"New York": true, "Cambridge, MA": true, "Walnut Creek, CA": true, "Berkeley, CA, USA": true,
		"London and New York": true, "Cambridge/New York": true, "Columbia, S.C.": true, "М.": true, "СПб": true,
		"Алматы": true, "Athens, Ga.": true, "Edinburgh, Scotland, United Kingdom": true,
		"Oxford University Press": false, "Journal of Finance": false, "Quantum Creek": false, "in": false,
		"Cambridge, ma": false, "Nature 12": false,
	} {
		if got := testLex.isPlace(s); got != want {
			t.Errorf("isPlace(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestUpperWords checks upperWords against the strings.Fields reading it
// stands for.
func TestUpperWords(t *testing.T) {
	want := func(s string, max int) bool {
		words := strings.Fields(s)
		if len(words) > max {
			return false
		}
		for _, w := range words {
			if !isUpperStart(w) {
				return false
			}
		}
		return true
	}
	for _, s := range []string{
		"", " ", "Walnut Creek", "Walnut creek", "  Grand  Rapids ", "A B C", "A B C D", "Ёлки Палки",
		"Ёлки\u00a0палки", "New\tYork", "x", "São Paulo", "\xff Bad", "Upper\u2003lower",
	} {
		for max := 0; max <= 4; max++ {
			if got := upperWords(s, max); got != want(s, max) {
				t.Errorf("upperWords(%q, %d) = %v, want %v", s, max, got, want(s, max))
			}
		}
	}
}

// foldsTo's shortcut for ASCII runes: the only runes outside ASCII in the
// orbits of simple case folds of ASCII runes are the Kelvin sign and the
// long s, and the shortcut answers as the walk of the orbit does.
func TestASCIIFoldOrbits(t *testing.T) {
	for c := rune(0); c < utf8.RuneSelf; c++ {
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			if f >= utf8.RuneSelf && f != '\u212a' && f != '\u017f' {
				t.Errorf("%q folds to %U", c, f)
			}
		}
	}
	walk := func(r, pr rune) bool {
		for f := unicode.SimpleFold(pr); f != pr; f = unicode.SimpleFold(f) {
			if f == r {
				return true
			}
		}
		return false
	}
	for c := rune(0); c < utf8.RuneSelf; c++ {
		for _, pr := range []rune{'\u212a', '\u017f', 'К', 'к', 'С', 'с', 'ſ', 'É', 'é', 'ß', 'ẞ', 'İ', 'ı', utf8.RuneError} {
			if got, want := foldsTo(c, pr), walk(c, pr); got != want {
				t.Errorf("foldsTo(%q, %q) = %v, want %v", c, pr, got, want)
			}
		}
		for pr := rune(0x80); pr < 0x3000; pr++ {
			if got, want := foldsTo(c, pr), walk(c, pr); got != want {
				t.Fatalf("foldsTo(%q, %q) = %v, want %v", c, pr, got, want)
			}
		}
	}
}
