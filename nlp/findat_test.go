package nlp

import (
	"math/rand"
	"reflect"
	"regexp"
	"testing"
)

// With every position a candidate, FindAllAt finds what the unanchored
// pattern finds.
func TestFindAllAtMatchesFindAll(t *testing.T) {
	const pattern = `[a-c](\d+)(?:-\d+)?`
	unanchored, anchored := regexp.MustCompile(pattern), regexp.MustCompile(`^`+pattern)
	rng := rand.New(rand.NewSource(1))
	const alphabet = "abcd1-9 "
	for n := 0; n < 20000; n++ {
		b := make([]byte, rng.Intn(16))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		s := string(b)
		n := rng.Intn(4) - 1
		got := FindAllAt(anchored, s, n, func(int) bool { return true })
		if want := unanchored.FindAllStringSubmatchIndex(s, n); !reflect.DeepEqual(got, want) {
			t.Fatalf("FindAllAt(%q, %d) = %v, want %v", s, n, got, want)
		}
	}
}
