package legal

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFold checks the table-free case folding against strings.ToLower.
func TestFold(t *testing.T) {
	var b strings.Builder
	for r := rune(0); r < 0x530; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		b.WriteRune(r)
		w := b.String()
		b.Reset()
		want := strings.ToLower(w)
		want = apostrophes.Replace(want)
		if got := fold(w); got != want {
			t.Errorf("fold(%q U+%04X) = %q, want %q", w, r, got, want)
		}
	}
	for _, w := range []string{"ҚАЗАҚСТАН", "Қазақстан Республикасының", "Ўзбекистон", "ŽUPANIJA", "Čeština", "Kazakhstan’s", "ЕАЭО-ның"} {
		if got, want := fold(w), apostrophes.Replace(strings.ToLower(w)); got != want {
			t.Errorf("fold(%q) = %q, want %q", w, got, want)
		}
	}
}
