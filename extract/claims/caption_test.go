package claims

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// captionLabelSpec is captionLabel without its mayStartCaption filter: the
// test oracle for it (TestCaptionLabelFilter).
func captionLabelSpec(s string) (string, string, int) {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '*' || s[i] == '_') {
		i++
	}
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	if j == i {
		return "", "", 0
	}
	var arr [64]byte
	lw := appendLower(arr[:0], s[i:j])
	if !captionWords[string(lw)] {
		return "", "", 0
	}
	word := string(lw)
	k := j
	if k < len(s) && s[k] == '.' {
		k++
	}
	for k < len(s) && s[k] == ' ' {
		k++
	}
	n := k
	for n < len(s) && (isDigit(s[n]) || (s[n] == '.' && n+1 < len(s) && isDigit(s[n+1]))) {
		n++
	}
	if n == k {
		return "", "", 0
	}
	return captionKind(word), s[k:n], n
}

// captionLabel reads as its oracle on the paragraphs of the seeds, on every
// caption word in three cases behind every rune up to U+3000 (and a few
// past it that lower to a letter below), and on the word's first rune
// swapped for each of those runes.
func TestCaptionLabelFilter(t *testing.T) {
	var inputs []string
	for _, d := range seedDocs(t) {
		for _, p := range d.Paragraphs {
			inputs = append(inputs, d.Text[p.Span.Start:p.Span.End])
		}
	}
	runes := []rune{'\u212A', '\u212B', '\u0130', '\u1E9E', '\uFB00', utf8.RuneError}
	for r := rune(0); r < 0x3000; r++ {
		runes = append(runes, r)
	}
	for w := range captionWords {
		_, n := utf8.DecodeRuneInString(w)
		for _, form := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:n]) + w[n:]} {
			inputs = append(inputs, form+" 4: Migration (2015–2024)", " *"+form+". 2.1 – x", form+"4")
			for _, r := range runes {
				inputs = append(inputs, string(r)+form+" 3: x", string(r)+form[n:]+" 3: x", string(r)+" 3")
			}
		}
	}
	labels := 0
	for _, s := range inputs {
		k, num, n := captionLabel(s)
		wk, wnum, wn := captionLabelSpec(s)
		if k != wk || num != wnum || n != wn {
			t.Fatalf("captionLabel(%q) = %q, %q, %d; want %q, %q, %d", s, k, num, n, wk, wnum, wn)
		}
		if k != "" {
			labels++
		}
	}
	if labels == 0 {
		t.Error("no caption label read")
	}
}
