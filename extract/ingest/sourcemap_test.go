package ingest

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/nlp"
)

// foldAlnum reduces text to what normalization must preserve: letters and
// digits, lower case, ligatures expanded, Cyrillic homoglyphs of Latin
// letters folded to Latin (repair swaps them). Marks, spaces, hyphens and
// punctuation go.
func foldAlnum(s string) []rune {
	var out []rune
	for _, c := range norm.NFC.String(s) {
		if l := nlp.Ligature(c); l != "" {
			out = append(out, []rune(l)...)
			continue
		}
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			continue
		}
		c = unicode.ToLower(c)
		if f, ok := homoglyphFold[c]; ok {
			c = f
		}
		out = append(out, c)
	}
	return out
}

var homoglyphFold = map[rune]rune{
	'а': 'a', 'в': 'b', 'е': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c', 'т': 't',
	'у': 'y', 'х': 'x', 'і': 'i', 'ј': 'j', 'ѕ': 's',
}

// isSubsequence reports whether a's runes appear in b in order.
func isSubsequence(a, b []rune) bool {
	j := 0
	for i := 0; i < len(b) && j < len(a); i++ {
		if b[i] == a[j] {
			j++
		}
	}
	return j == len(a)
}

// origRange maps a normalized span to the original bytes it came from.
func origRange(d *doc.Document, s doc.Span) (int, int) {
	a := d.Source.Original(s.Start)
	e := d.Source.Original(s.End-1) + 1
	// The last byte may be the first byte of a multi-byte character.
	return a, e
}

// checkSpanMapsBack checks that the normalized span's words are found, in
// order, in the original bytes it maps to, and that Position names the
// original line of its start.
func checkSpanMapsBack(t *testing.T, d *doc.Document, orig string, s doc.Span) bool {
	t.Helper()
	a, e := origRange(d, s)
	if a < 0 || a > len(orig) || e < 0 {
		t.Errorf("span %v maps outside the original: [%d, %d)", s, a, e)
		return false
	}
	for e < len(orig) {
		// Inside a character, or before combining marks that NFC composed
		// with the last character.
		if !utf8.RuneStart(orig[e]) {
			e++
			continue
		}
		c, w := utf8.DecodeRuneInString(orig[e:])
		if !unicode.Is(unicode.Mn, c) {
			break
		}
		e += w
	}
	e = min(e, len(orig))
	norm := foldAlnum(d.Slice(s))
	var src []rune
	if a <= e {
		src = foldAlnum(orig[a:e])
	}
	if !isSubsequence(norm, src) {
		t.Errorf("span %v %q maps to original [%d,%d) %q", s, short(d.Slice(s)), a, e, short(orig[a:max(a, e)]))
		return false
	}
	if a <= e && len(norm) > 0 && len(src) > 4*len(norm)+200 && !jumps(d, s) {
		t.Errorf("span %v %q maps to a much longer original [%d,%d)", s, short(d.Slice(s)), a, e)
		return false
	}
	pos := d.Position(s.Start)
	wantLine := strings.Count(orig[:min(a, len(orig))], "\n") + 1
	if d.Source.PageStarts == nil && pos.Line != wantLine {
		t.Errorf("Position(%d).Line = %d, want %d", s.Start, pos.Line, wantLine)
		return false
	}
	return true
}

// jumps reports a span whose text was moved together from distant parts of
// the original (a paragraph continued after the footnotes that cut it).
func jumps(d *doc.Document, s doc.Span) bool {
	prev := d.Source.Original(s.Start)
	for k := s.Start + 1; k < s.End; k++ {
		o := d.Source.Original(k)
		if o-prev > 200 || o < prev {
			return true
		}
		prev = o
	}
	return false
}

// checkSpansMapBack checks every paragraph and every word of d.
func checkSpansMapBack(t *testing.T, d *doc.Document, orig string) {
	t.Helper()
	for _, p := range d.Paragraphs {
		if !checkSpanMapsBack(t, d, orig, p.Span) {
			return
		}
		for _, w := range wordSpans(d.Text, p.Span) {
			if !checkSpanMapsBack(t, d, orig, w) {
				return
			}
		}
	}
}

// wordSpans returns the spans of the words (runs of non-space) in s.
func wordSpans(text string, s doc.Span) []doc.Span {
	var out []doc.Span
	start := -1
	for i := s.Start; i < s.End; {
		c, w := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(c) {
			if start >= 0 {
				out = append(out, doc.Span{Start: start, End: i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += w
	}
	if start >= 0 {
		out = append(out, doc.Span{Start: start, End: s.End})
	}
	return out
}

// TestSourceMapSeeds: for many random spans of each seed (runs of words
// inside a paragraph), d.Text[span] maps back to original bytes that hold
// the same words (modulo removed marks and hyphens), and Position() gives
// the right line.
func TestSourceMapSeeds(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, s := range loadSeeds(t) {
		d := s.d
		bad := 0
		n := 0
		for _, p := range d.Paragraphs {
			words := wordSpans(d.Text, p.Span)
			if len(words) == 0 {
				continue
			}
			for k := 0; k < 20; k++ {
				i := rng.IntN(len(words))
				j := min(len(words)-1, i+rng.IntN(12))
				n++
				if !checkSpanMapsBack(t, d, s.orig, doc.Span{Start: words[i].Start, End: words[j].End}) {
					bad++
				}
				if bad > 5 {
					t.Fatalf("%s: too many bad spans", s.name)
				}
			}
		}
		// Every sentence too.
		for _, se := range d.Sentences {
			if !checkSpanMapsBack(t, d, s.orig, se.Span) {
				bad++
			}
		}
		t.Logf("%s: %d random spans and %d sentences map back", s.name, n, len(d.Sentences))
		if bad > 0 {
			t.Errorf("%s: %d spans do not map back", s.name, bad)
		}
	}
}

// TestPositionSeed002 pins a few positions in the PDF-extracted seed: the
// broken word "халықт-/ағы" is one word mapping to lines 69-70.
func TestPositionSeed002(t *testing.T) {
	for _, s := range loadSeeds(t) {
		if s.name != "002" {
			continue
		}
		i := strings.Index(s.d.Text, "халықтағы")
		if i < 0 {
			t.Fatal("халықт-/ағы not joined")
		}
		if p := s.d.Position(i); p.Line != 69 {
			t.Errorf("халықтағы starts at line %d, want 69", p.Line)
		}
		end := i + len("халықтағы")
		if p := s.d.Position(end - 1); p.Line != 70 {
			t.Errorf("халықтағы ends at line %d, want 70", p.Line)
		}
		if p := s.d.Position(0); p.Line != 1 || p.Column < 1 {
			t.Errorf("Position(0) = %+v", p)
		}
	}
}
