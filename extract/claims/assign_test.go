package claims

import (
	"testing"
	"unicode/utf8"
)

// TestAssignPrefixIDs checks the prefix numbers assign gives the seeds'
// tokens (its ASCII path written out) against the map of prefix keys: the
// number of the word's first two runes, -1 for none.
func TestAssignPrefixIDs(t *testing.T) {
	lx := lexicon(t)
	w := lx.words
	text := "Процентов migrants ПРОЦЕНТ ab Ab aB a ü üb bü Қа қазақ 12 ,"
	numbered := 0
	check := func(toks []token) {
		t.Helper()
		w.assign(toks, new(idCache))
		for _, tk := range toks {
			if tk.kind == tNum || len(tk.lower) == 1 && tk.lower[0] < utf8.RuneSelf {
				continue
			}
			want := int32(-1)
			if utf8.RuneCountInString(firstRunes(tk.lower, 2)) == 2 {
				if n, ok := w.prefixIDs[firstRunes(tk.lower, 2)]; ok {
					want = n
				}
			}
			if tk.pid != want {
				t.Fatalf("%q: pid %d, want %d", tk.lower, tk.pid, want)
			}
			if want > 0 {
				numbered++
			}
		}
	}
	check(tokenize(nil, text, 0, len(text), "en"))
	for _, d := range seedDocs(t) {
		for _, s := range d.Sentences {
			check(tokenize(nil, d.Text, s.Span.Start, s.Span.End, s.Lang))
		}
	}
	if numbered == 0 {
		t.Fatal("no token has a prefix number")
	}
}
