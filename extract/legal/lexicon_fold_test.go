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

// TestLowerRune checks that lowerRune folds each rune it accepts as fold
// does, which the hash of mayHaveCand relies on.
func TestLowerRune(t *testing.T) {
	for r := rune(0); r < 0x600; r++ {
		l, ok := lowerRune(r)
		if !ok || !utf8.ValidRune(r) {
			continue
		}
		if got, want := string(l), fold(string(r)); got != want || len(got) != len(string(r)) {
			t.Errorf("lowerRune(%q U+%04X) = %q, fold gives %q", r, r, got, want)
		}
	}
	// mayHaveCand's two-byte fast path relies on these.
	for r := rune(0x400); r < 0x480; r++ {
		if _, ok := lowerRune(r); !ok || !isWordRune(r) {
			t.Errorf("U+%04X: lowerRune ok %v, isWordRune %v", r, ok, isWordRune(r))
		}
	}
}

// TestTokenizeFold checks that tokens carry fold of their text.
func TestTokenizeFold(t *testing.T) {
	texts := []string{"The LAW of 2011", "ЗАКОН Республики Қазақстан", "O'zbekiston O’zbekiston Law’s", "UP-158 ÜBER-Čeština",
		"Kelvin \u212aelvin", "İstanbul", "\xffLaw\xfe", "ЕАЭО-ның ҚР-да", "A.B 30.11.2022 Ab/Cd 61/05"}
	_, docs := seedDocs(t)
	for _, d := range docs {
		texts = append(texts, d.Text)
	}
	for _, text := range texts {
		for _, tk := range tokenize(text, 0) {
			if tk.low != fold(tk.text) && tk.low != "'s" {
				t.Errorf("token %q: low %q, want %q", tk.text, tk.low, fold(tk.text))
			}
			if want := isUpperInitial(tk.text); tk.upper != want {
				t.Errorf("token %q: upper %v", tk.text, tk.upper)
			}
		}
	}
}

// TestMayHaveCand checks the paragraph gate against tokenize and candOf.
func TestMayHaveCand(t *testing.T) {
	lx := MustLoad()
	texts := []string{"", "no legal words here", "The LAW of 2011", "ЗАКОН Республики", "Заңы", "the Law’s text",
		"law-making", "by-law", "Ustava.", "UKAZ", "act", "Policy", "in-act", "x\u00adlaw", "\xfflaw\xff", "ﬁlaw"}
	_, docs := seedDocs(t)
	for _, d := range docs {
		for _, p := range d.Paragraphs {
			texts = append(texts, d.Text[p.Span.Start:p.Span.End])
		}
	}
	for _, text := range texts {
		want := false
		for _, tk := range tokenize(text, 0) {
			if _, ok := lx.candOf(tk); ok {
				want = true
			}
		}
		if want && !lx.mayHaveCand(text) {
			t.Errorf("mayHaveCand(%q) = false, but a token is a candidate", text)
		}
	}
}
