package extract

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
)

var doiReSpec = regexp.MustCompile(`\b10\.\d{4,9}/[^\s"<>()\[\]]+`)

// ownDOISpec is ownDOI as it was: the regexp run over the whole front text.
func ownDOISpec(d *doc.Document) string {
	limit := len(d.Text)
	for _, s := range d.Sections {
		if s.Kind == doc.SectionIntroduction || s.Kind == doc.SectionReferences {
			limit = s.Span.Start
			break
		}
	}
	for _, m := range doiReSpec.FindAllStringIndex(d.Text[:limit], -1) {
		if d.InSection(m[0], doc.SectionReferences) {
			continue
		}
		return strings.TrimRight(d.Text[m[0]:m[1]], ".,;")
	}
	return ""
}

// ownDOI finds what the regexp found, on random texts of DOI-like pieces
// with reference sections before, around and after them.
func TestOwnDOIIsRegexp(t *testing.T) {
	rng := rand.New(rand.NewPCG(37, 41))
	pieces := []string{"10.", "10.1234/abc", "x10.12345/y.", "_10.1234/z", "10.123/x", "10.1234567890/x", "10.12345/",
		"doi:10.48371/ISMO.2025.60.2.016.", "ж10.5555/ж", "10.5555/a(b)", " ", "\n", ".,;", "(", "\"", "1", "0", "/", "\xff", "Әй"}
	kinds := []string{doc.SectionReferences, doc.SectionAbstract, doc.SectionIntroduction, doc.SectionOther}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		d := &doc.Document{Text: b.String()}
		for range rng.IntN(3) {
			s := rng.IntN(len(d.Text) + 1)
			e := s + rng.IntN(len(d.Text)-s+1)
			d.Sections = append(d.Sections, doc.Section{Kind: kinds[rng.IntN(len(kinds))], Span: doc.Span{Start: s, End: e}})
		}
		if got, want := ownDOI(d), ownDOISpec(d); got != want {
			t.Fatalf("%q %v: ownDOI = %q, want %q", d.Text, d.Sections, got, want)
		}
	}
}

// countFields counts what strings.Fields cuts, up to one past its limit.
func TestCountFieldsIsFields(t *testing.T) {
	rng := rand.New(rand.NewPCG(43, 47))
	pieces := []string{"a", "Әй", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u0085", "\u2003", "\u3000", "\xff", "\x1c", "word"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(20) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		max := rng.IntN(8)
		want := len(strings.Fields(s))
		got := countFields(s, max)
		if want <= max && got != want || want > max && got != max+1 {
			t.Fatalf("countFields(%q, %d) = %d, strings.Fields has %d", s, max, got, want)
		}
	}
}
