package legal

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// conceptAtSpec is conceptAt as it was before conceptList: every concept
// whose first stem starts with the word's first byte, in order.
func conceptAtSpec(lx *Lexicon, words []string, i int) ([]string, int) {
	if i >= len(words) || words[i] == "" {
		return nil, 0
	}
	for ci := range lx.concepts {
		cp := &lx.concepts[ci]
		if cp.stems[0][0] != words[i][0] || i+len(cp.stems) > len(words) {
			continue
		}
		ok := true
		for k, st := range cp.stems {
			w := words[i+k]
			if !strings.HasPrefix(w, st) || utf8.RuneCountInString(w)-utf8.RuneCountInString(st) > 6 {
				ok = false
				break
			}
		}
		if ok {
			return cp.ids, len(cp.stems)
		}
	}
	return nil, 0
}

// TestConceptAtSpec checks conceptAt against conceptAtSpec on the words of
// the seed documents and on every stem, alone, cut, extended and followed
// by the other stems of its phrase.
func TestConceptAtSpec(t *testing.T) {
	lx := MustLoad()
	var words []string
	_, docs := seedDocs(t)
	for _, d := range docs {
		for _, tk := range tokenize(d.Text, 0) {
			words = append(words, tk.low)
		}
	}
	for _, cp := range lx.concepts {
		for _, st := range cp.stems {
			_, n := utf8.DecodeRuneInString(st)
			words = append(words, st, st+"ами", st+"s", st[:n], st[:len(st)-1], "\xd0"+st,
				st+"abcdef", st+"abcdefg", st+"аааааа", st+"ааааааа", st+"\xff\xff\xff\xff\xff\xff", st+"\xff\xff\xff\xff\xff\xff\xff")
			if !utf8.ValidString(st) {
				t.Errorf("stem %q is not valid UTF-8 (conceptAt counts the runes after it)", st)
			}
		}
		words = append(words, cp.stems...)
	}
	words = append(words, "\xd0", "\xd0a", "\xff", "a")
	for i := range words {
		gotIDs, gotN := lx.conceptAt(words, i)
		wantIDs, wantN := conceptAtSpec(lx, words, i)
		if gotN != wantN || !slices.Equal(gotIDs, wantIDs) {
			t.Fatalf("conceptAt(%q) = %v, %d; want %v, %d", words[i:min(i+3, len(words))], gotIDs, gotN, wantIDs, wantN)
		}
	}
}
