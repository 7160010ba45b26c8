package refs

import (
	"strings"
	"testing"

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
