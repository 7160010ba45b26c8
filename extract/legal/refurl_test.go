package legal

import "testing"

// TestRefTitleActsURL checks that an act named in a reference entry's title
// is a mention while the same words inside the entry's web address are not
// (refTitleActs finds the addresses only for candidates that would be
// mentions otherwise).
func TestRefTitleActsURL(t *testing.T) {
	for _, tc := range []struct {
		entry string
		want  int // mentions read from the reference list
	}{
		{"Smith, J. (2020). Russia tightens the Rules of Entry and Stay of Immigrants in Kazakhstan. Migration Review, 3, 1-9.", 1},
		{"Smith, J. (2020). Notes on migration. https://example.org/the-Rules-of-Entry-and-Stay-of-Immigrants-in-Kazakhstan", 0},
		{"Smith, J. (2020). Notes on migration. See www.example.org/Rules_of_Entry_in_Kazakhstan for the Rules of Entry and Stay of Immigrants in Kazakhstan.", 1},
		{"Smith, J. (2020). Notes on migration. <a href=x>the Rules of Entry and Stay of Immigrants in Kazakhstan</a>", 1}, // the address is the tag, not its text
		{"Smith, J. (2020). Notes. <a href=\"https://example.org/the Rules of Entry and Stay of Immigrants in Kazakhstan\">link</a>", 0},
	} {
		text := "Introduction\n\nMigration is studied here.\n\nReferences\n\n" + tc.entry + "\n"
		_, ms := extractText(t, text)
		n := 0
		for _, m := range ms {
			if m.InReferences || m.Span.Start >= len(text)-len(tc.entry)-1 {
				n++
			}
		}
		if n != tc.want {
			t.Errorf("%q: %d mentions in the references, want %d: %v", tc.entry, n, tc.want, ms)
		}
	}
}
