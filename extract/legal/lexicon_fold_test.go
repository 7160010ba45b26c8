package legal

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/doc"
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

// TestMayHaveCand checks the paragraph gate against tokenize, candOf and
// scanPara: a paragraph it rejects has no candidate word but policy words,
// and scanPara builds no candidate in it; in a paragraph it passes, no
// token before the offset it returns is a candidate word, and scanPara
// builds the same candidates from there as from the first token.
func TestMayHaveCand(t *testing.T) {
	lx := MustLoad()
	texts := []string{"", "no legal words here", "The LAW of 2011", "ЗАКОН Республики", "Заңы", "the Law’s text",
		"law-making", "by-law", "Ustava.", "UKAZ", "act", "Policy", "in-act", "x\u00adlaw", "\xfflaw\xff", "ﬁlaw",
		"migration policy for 2023–2027", "policy 2023-2027", "Kazakhstan-2050 policy", "Policy 2030", "policy 12030",
		"policy 1799", "the policy of 30.11.2022", "policy 2024a", "саясаты 2040 жылға дейін"}
	var docs []*doc.Document
	for _, text := range texts {
		docs = append(docs, &doc.Document{Text: text})
	}
	_, seeds := seedDocs(t)
	docs = append(docs, seeds...)
	for _, d := range docs {
		s := &scanner{lx: lx, d: d}
		for _, p := range s.paragraphs() {
			text := d.Text[p.span.Start:p.span.End]
			if from, ok := lx.mayHaveCand(text); ok {
				for _, tk := range s.tokens(p) {
					if _, ok := lx.candOf(&tk); ok && tk.s-p.span.Start < from {
						t.Errorf("mayHaveCand(%q) = %d, but %q at %d is a candidate", text, from, tk.text, tk.s-p.span.Start)
					}
				}
				var all [][2]int
				for _, c := range s.scanPara(p) {
					all = append(all, [2]int{c.lo, c.hi})
				}
				p.candFrom = p.span.Start + from
				var fromGate [][2]int
				for _, c := range s.scanPara(p) {
					fromGate = append(fromGate, [2]int{c.lo, c.hi})
				}
				if !slices.Equal(fromGate, all) {
					t.Errorf("scanPara(%q) from %d: %v, from the first token: %v", text, from, fromGate, all)
				}
				continue
			}
			for _, tk := range s.tokens(p) {
				if tw, ok := lx.candOf(&tk); ok && !tw.policy {
					t.Errorf("mayHaveCand(%q) = false, but %q is a candidate", text, tk.text)
				}
			}
			if cs := s.scanPara(p); len(cs) > 0 {
				t.Errorf("mayHaveCand(%q) = false, but scanPara builds %q", text, s.text(cs[0], cs[0].lo, cs[0].hi))
			}
		}
	}
}

// TestMayHaveYear checks that every year yearOf reads, alone or in a token,
// is one mayHaveYear sees.
func TestMayHaveYear(t *testing.T) {
	texts := []string{"2011", "in 2011.", "2023-2027", "2023–2027", "Kazakhstan-2050", "1800 2100", "30.11.2022",
		"2024a", "12030", "1799", "2101", "x2011", "Қазақстан-2050"}
	_, seeds := seedDocs(t)
	for _, d := range seeds {
		texts = append(texts, d.Text)
	}
	for _, text := range texts {
		want := false
		for _, tk := range tokenize(text, 0) {
			a, _ := joinedPeriod(tk)
			if yearOf(tk) > 0 || a > 0 {
				want = true
			}
			if h := strings.LastIndex(tk.low, "-"); h > 0 && yearOf(token{kind: tNum, text: tk.low[h+1:]}) > 0 {
				want = true
			}
		}
		if want && !mayHaveYear(text) {
			t.Errorf("mayHaveYear(%q) = false, but it has a year", text)
		}
	}
}

// TestMatchEndingAt checks matchAt's and matchEndingAt's tests of the
// first and last words against all phrases at each start, on the seeds and
// on every phrase with its first word as written, in upper case, one byte
// shorter or longer, with a hyphenated ending and before a punctuation.
func TestMatchEndingAt(t *testing.T) {
	lx := MustLoad()
	sets := []*phraseSet{&lx.names, &lx.adjs, &lx.auth, &lx.approval}
	for _, set := range lx.cue.sections() {
		sets = append(sets, set)
	}
	_, docs := seedDocs(t)
	var texts []string
	for _, d := range docs {
		texts = append(texts, d.Text)
	}
	for _, set := range sets {
		var lines []string
		for _, ps := range set.byRune {
			for _, p := range ps {
				var rest []string
				for _, w := range p.words[1:] {
					rest = append(rest, w.text)
				}
				tail := " " + strings.Join(rest, " ") + " ."
				w := p.words[0].text
				_, n := utf8.DecodeLastRuneInString(w)
				for _, v := range []string{w, strings.ToUpper(w), w[:len(w)-n], w + "s", w + "ы", w + "-ның", w + "-" + w} {
					lines = append(lines, v+tail)
				}
			}
		}
		slices.Sort(lines)
		texts = append(texts, strings.Join(lines, " "))
	}
	for _, text := range texts {
		toks := tokenize(text, 0)
		for j := -1; j <= len(toks); j++ {
			for _, set := range sets {
				if j >= 0 && j < len(toks) {
					wantV, wantN := "", 0
					for _, p := range set.phrasesFor(toks[j].low) {
						if len(p.words) > wantN && p.matches(toks, j) {
							wantV, wantN = p.value, len(p.words)
						}
					}
					if v, n := set.matchAt(toks, j); v != wantV || n != wantN {
						t.Fatalf("matchAt(%q) = %q, %d; want %q, %d", toks[j].text, v, n, wantV, wantN)
					}
				}
				wantV, wantN := "", 0
				for n := 4; n >= 1; n-- {
					if v, m := set.matchAt(toks, j-n+1); m == n && j-n+1 >= 0 {
						wantV, wantN = v, n
						break
					}
				}
				if v, n := set.matchEndingAt(toks, j); v != wantV || n != wantN {
					t.Fatalf("matchEndingAt(%d) = %q, %d; want %q, %d", j, v, n, wantV, wantN)
				}
			}
		}
	}
}

// TestMayHaveCandForms checks the gate on every form, as written and in
// upper and title case.
func TestMayHaveCandForms(t *testing.T) {
	lx := MustLoad()
	for f, tw := range lx.cands {
		if tw.policy {
			f += " 2030"
		}
		r, n := utf8.DecodeRuneInString(f)
		for _, w := range []string{f, strings.ToUpper(f), string(unicode.ToUpper(r)) + f[n:], "(" + f + ").", "x " + strings.ToUpper(f) + " y"} {
			if fold(w) != fold(f) && !strings.ContainsAny(w, "().xy") {
				continue
			}
			if _, ok := lx.mayHaveCand(w); !ok {
				t.Errorf("mayHaveCand(%q) = false", w)
			}
		}
	}
}

// TestStemWord checks stemWord's cuts of valid UTF-8 against stemRunes.
func TestStemWord(t *testing.T) {
	words := []string{"", "a", "regulations", "migration", "миграционной", "политики", "законодательства", "šolstvo", "ab\xffcdefghij"}
	_, docs := seedDocs(t)
	for _, d := range docs {
		words = append(words, strings.Fields(d.Text)...)
	}
	for _, w := range words {
		w = fold(w)
		if got, want := stemWord(w), stemRunes(w); got != want {
			t.Errorf("stemWord(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestURLSpans checks urlSpans's jumps against a byte-by-byte scan.
func TestURLSpans(t *testing.T) {
	slow := func(text string) [][2]int {
		var out [][2]int
		for i := 0; i < len(text); i++ {
			start, end := -1, -1
			switch {
			case text[i] == '<' && strings.HasPrefix(text[i:], "<a "):
				start = i
				if k := strings.IndexByte(text[i:], '>'); k >= 0 {
					end = i + k + 1
				} else {
					end = len(text)
				}
			case text[i] == ':' && strings.HasPrefix(text[i:], "://"):
				start = i
				for start > 0 && isASCIILetter(text[start-1]) {
					start--
				}
			case text[i] == 'w' && strings.HasPrefix(text[i:], "www.") && (i == 0 || !isASCIILetter(text[i-1])):
				start = i
			}
			if start < 0 {
				continue
			}
			if end < 0 {
				end = i
				for end < len(text) && !strings.ContainsRune(" \t\n<>\"", rune(text[end])) {
					end++
				}
			}
			out = append(out, [2]int{start, end})
			i = end - 1
		}
		return out
	}
	texts := []string{"", "www.gov.kz", "see https://adilet.zan.kz/rus/docs/Z1100000477 and www.gov.kz.", "<a href=x>link</a> <a ",
		"a:b ://x www", "awww.x", "http://a<b>https://c\"d", "::w://"}
	_, docs := seedDocs(t)
	for _, d := range docs {
		texts = append(texts, d.Text)
	}
	for _, text := range texts {
		if got, want := urlSpans(text), slow(text); !slices.Equal(got, want) {
			t.Errorf("urlSpans(%.60q) = %v, want %v", text, got, want)
		}
	}
}
