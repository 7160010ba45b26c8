package claims

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// isIdentifierSplit is isIdentifier as it was written with strings.Split,
// the reference for the version that reads the groups in place.
func isIdentifierSplit(s string) bool {
	parts := strings.Split(s, "-")
	if len(parts) < 2 {
		return false
	}
	if len(parts) >= 3 {
		all := true
		for _, p := range parts {
			if p == "" || digitRun(p, 0) != len(strings.TrimRight(p, "X")) {
				all = false
			}
		}
		if all {
			return true
		}
	}
	for _, p := range parts {
		p = strings.TrimRight(p, "X")
		if len(p) < 3 || digitRun(p, 0) != len(p) {
			return false
		}
	}
	if len(parts) == 2 && len(parts[0]) == 4 && len(parts[1]) == 4 {
		return !(yearLike(parts[0]) && yearLike(parts[1]))
	}
	return len(parts) >= 3
}

func TestIsIdentifierInPlace(t *testing.T) {
	for _, s := range []string{
		"", "-", "--", "---", "1-2", "123-456", "2015-2024", "0353-6777", "0353-677X", "0009-0008-1688-8071",
		"292-03-85", "292--85", "-292-03", "292-03-", "12X-345", "XXX-123", "1999-2100", "1799-2000", "123-45",
		"12a-345", "123-456-", "000X-12XX-3", "2015–2024", "1-2-3-4-5", "123", "12345-67890",
	} {
		if got, want := isIdentifier(s), isIdentifierSplit(s); got != want {
			t.Errorf("isIdentifier(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestSentenceBeforeTail(t *testing.T) {
	// The tail lowered equals the tail of the whole lowered, whatever the
	// runes at the cut (multi-byte, shrinking, invalid UTF-8).
	pieces := []string{"a", "Ω", "K", "ẞ", "Я", "ё", "\xff", "\xe2\x82", "İ", "Ⱥ", "𐐀", " by ", "ROSE"}
	for n := 0; n < 600; n++ {
		var b strings.Builder
		for k := 0; b.Len() < n; k++ {
			b.WriteString(pieces[(k*7+n)%len(pieces)])
		}
		texts := []string{b.String()}
		// A multi-byte rune where the tail would start, and runes that
		// shrink (the Kelvin sign lowers to one byte of three) all along.
		for _, r := range []string{"Я", "€", "𐐀", "\xe2\x82"} {
			texts = append(texts, strings.Repeat("x", n%97)+r+strings.Repeat("y", n%83))
		}
		texts = append(texts, strings.Repeat("K", n/3)+strings.Repeat("b", n%5), strings.Repeat("Kẞ", n/5)+"a")
		for _, text := range texts {
			checkSentenceBefore(t, text)
		}
	}
}

// checkSentenceBefore checks sentenceBefore on a sentence of text and a
// percentage after it against the tail of toLower.
func checkSentenceBefore(t *testing.T, text string) {
	t.Helper()
	want := toLower(text)
	if len(want) > 80 {
		want = want[len(want)-80:]
	}
	d := &doc.Document{Text: text + "5%", Sentences: []doc.Sentence{{Span: doc.Span{Start: 0, End: len(text) + 2}}}}
	ck := &checker{d: d, claims: []Claim{{Span: doc.Span{Start: len(text), End: len(text) + 2}}}}
	if got := string(ck.sentenceBefore(nil, 0)); got != want {
		t.Fatalf("sentenceBefore(%q) = %q, want %q", text, got, want)
	}
}

// isURLLikeLowered is isURLLike without its byte gates.
func isURLLikeLowered(s string) bool {
	l := toLower(s)
	if strings.Contains(l, "://") || strings.Contains(l, "www.") || strings.Contains(l, "@") ||
		strings.Contains(l, "doi.org") || strings.Contains(l, ".pdf") || strings.Contains(l, ".htm") {
		return true
	}
	if strings.Contains(l, "/") {
		for _, r := range l {
			if unicode.IsLetter(r) {
				return true
			}
		}
	}
	return strings.HasPrefix(l, "10.") && strings.Contains(l, "/")
}

func TestIsURLLikeGates(t *testing.T) {
	for _, s := range []string{
		"", "12.5", "12,5", "2024", "WWW.X", "www.x", "W\u0130W.", "http://a", "a@b", "1@2", "DOI.ORG/10", "10.1177/0020",
		"10.1177", "x.PDF", "\u212a.pdf", "a.HTM", "1/2", "a/2", "\u0416/2", "12.5%", "\xff.", "ДОИ.орг", "1:2", "10./", "ww\u212a.",
	} {
		if got, want := isURLLike(s), isURLLikeLowered(s); got != want {
			t.Errorf("isURLLike(%q) = %v, want %v", s, got, want)
		}
	}
}

// parseDateChunkUngated is parseDateChunk without its hasDateSep gate (a
// test oracle).
func parseDateChunkUngated(s string) (Period, bool) {
	s = strings.TrimRight(s, ".,;:)")
	s = strings.TrimLeft(s, "(")
	var sep byte
	for _, c := range []byte{'-', '.', '/'} {
		if strings.Count(s, string(c)) == 2 {
			sep = c
			break
		}
	}
	if sep == 0 {
		return Period{}, false
	}
	parts := strings.Split(s, string(sep))
	nums := make([]int, 3)
	for i, p := range parts {
		if p == "" || digitRun(p, 0) != len(p) {
			return Period{}, false
		}
		nums[i], _ = strconv.Atoi(p)
	}
	var y, m, d int
	switch {
	case len(parts[0]) == 4:
		y, m, d = nums[0], nums[1], nums[2]
	case len(parts[2]) == 4:
		y, m, d = nums[2], nums[1], nums[0]
	default:
		return Period{}, false
	}
	if y < 1800 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return Period{}, false
	}
	v := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	return Period{Start: v, End: v, Text: s}, true
}

// parseDateChunk agrees with its ungated oracle on dates, near-dates and
// random chunks of digits and the bytes chunks hold.
func TestParseDateChunkGate(t *testing.T) {
	chunks := []string{"", "2024", "2025-06-30", "04-05-2023", "28.08.2022", "30/06/2024", "(30/06/2024).", "28.08.2022.", "12.5", "1-2", "2024-13-01", "2024–06–30", "45%", "1/2/3", "2024-06-30,"}
	pieces := []string{"0", "1", "2", "3", "9", "20", "12", "2024", "-", ".", "/", ",", "(", ")", ";", ":", "%", "a", "–"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(8); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		chunks = append(chunks, b.String())
	}
	for _, s := range chunks {
		got, gotOK := parseDateChunk(s)
		want, wantOK := parseDateChunkUngated(s)
		if got != want || gotOK != wantOK {
			t.Fatalf("parseDateChunk(%q) = %+v %v, want %+v %v", s, got, gotOK, want, wantOK)
		}
	}
}
