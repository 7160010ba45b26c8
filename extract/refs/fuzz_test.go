package refs

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse checks that Parse never panics, is deterministic, that Clean is
// idempotent, and that a DOI it finds is valid and survives re-parsing the
// item's own fields.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"Adamowicz, M., & Zwolińska-Ligaj, M. (2020). Title. *Sustainability*, 12(16), 6503. <https://doi.org/10.3390/su12166503>",
		"Иванов И.И. Труд // Вестник. – 2019. – № 3. – С. 53–63.",
		`24.kg. "T." 24.kg, March 5, 2025. https://24.kg/english/321858 More/.`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		if !utf8.ValidString(raw) || len(raw) > 2000 {
			t.Skip()
		}
		it := Parse(raw, testLex)
		if again := Parse(raw, testLex); again.ID != it.ID || again.Title != it.Title {
			t.Fatalf("Parse not deterministic on %q", raw)
		}
		c := Clean(raw)
		if Clean(c) != c {
			t.Fatalf("Clean not idempotent: %q -> %q -> %q", raw, c, Clean(c))
		}
		if it.DOI != "" {
			if _, ok := NormalizeDOI(it.DOI); !ok {
				t.Fatalf("invalid DOI %q from %q", it.DOI, raw)
			}
			if re := Parse("Title. https://doi.org/"+it.DOI, testLex); !strings.EqualFold(re.DOI, it.DOI) {
				t.Fatalf("DOI %q does not survive re-parsing: %q", it.DOI, re.DOI)
			}
		}
	})
}
