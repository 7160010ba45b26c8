package legal

import (
	"math/rand"
	"strings"
	"testing"
)

// TestMonthSpec checks month, which rejects most words by their first two
// bytes, against the lookup it replaces (monthRef) on every token of the
// seeds, on every month name and stem with variants and on random words.
func TestMonthSpec(t *testing.T) {
	lx := MustLoad()
	var words []string
	_, docs := seedDocs(t)
	for _, d := range docs {
		for _, tk := range tokenize(d.Text, 0) {
			words = append(words, tk.text)
		}
	}
	var names []string
	for name := range lx.months {
		names = append(names, name)
	}
	for _, sv := range lx.kkMonths {
		names = append(names, sv.stem)
	}
	for _, n := range names {
		words = append(words, n, n+".", strings.ToUpper(n), n+"ында", n[:len(n)-1], n[:2], n[:2]+".", n[:1], n[:1]+".", n+"-да")
	}
	pieces := []string{"a", "j", "ja", "ma", "қа", "ш", ".", "n", "ию", "ля", "x", "ь"}
	rnd := rand.New(rand.NewSource(3))
	for range 20000 {
		var b strings.Builder
		for range 1 + rnd.Intn(5) {
			b.WriteString(pieces[rnd.Intn(len(pieces))])
		}
		words = append(words, b.String())
	}
	for _, w := range words {
		for _, tk := range []token{{text: w, low: fold(w), kind: tWord}, {text: w, low: fold(w), kind: tNum}} {
			if got, want := lx.month(&tk), lx.monthRef(tk); got != want {
				t.Errorf("month(%q) = %d, want %d", w, got, want)
			}
		}
	}
}

// monthRef is the former month.
func (lx *Lexicon) monthRef(t token) int {
	if t.kind != tWord {
		return 0
	}
	if m, ok := lx.months[strings.TrimSuffix(t.low, ".")]; ok {
		return m
	}
	for _, sv := range lx.kkMonths {
		if strings.HasPrefix(t.low, sv.stem) {
			return sv.value
		}
	}
	return 0
}
