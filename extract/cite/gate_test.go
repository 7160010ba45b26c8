package cite

import (
	"math/rand"
	"reflect"
	"regexp"
	"testing"
)

// supTextCallouts must find what the unanchored pattern finds.
func TestSupTextCalloutsMatchRegexp(t *testing.T) {
	unanchored := regexp.MustCompile(reSupTextAt.String()[1:])
	// Pieces rather than runes, so that invalid UTF-8 is tried too.
	pieces := []string{" ", "\n", "a", "Z", "ж", "Ж", ".", ",", ";", ":", ")", "”", "\"", "»", "(", "1", "12", "123", "1234", "-", "–", "\xff", "\xe2\x80", "é"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 100000; n++ {
		s := ""
		for i := rng.Intn(14); i > 0; i-- {
			s += pieces[rng.Intn(len(pieces))]
		}
		if got, want := supTextCallouts(s), unanchored.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("supTextCallouts(%q) = %v, the regexp gives %v", s, got, want)
		}
	}
}

// parenCallout tries reYearTok only where mayHoldYearToken says it can match.
func TestMayHoldYearTokenAdmitsEveryMatch(t *testing.T) {
	pieces := []string{" ", "(", "a", "ж", "1", "15", "19", "20", "2019", "1499", "2100", "b", "n.", "N.", "n", ".", "d.", "б.", "Б.", "г.", "\xff"}
	rng := rand.New(rand.NewSource(2))
	for n := 0; n < 100000; n++ {
		s := ""
		for i := rng.Intn(10); i > 0; i-- {
			s += pieces[rng.Intn(len(pieces))]
		}
		if !mayHoldYearToken(s) && reYearTok.MatchString(s) {
			t.Fatalf("mayHoldYearToken(%q) = false, but reYearTok matches", s)
		}
	}
}
