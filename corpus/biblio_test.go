package corpus

import (
	"encoding/json"
	"fmt"
	"testing"
)

// TestSameWorkStrings checks the hand-built strings of same_work findings
// against what fmt and encoding/json write.
func TestSameWorkStrings(t *testing.T) {
	odd := []string{"d1", `a"b\c`, "<&>", "tab\there", "line\u2028sep", "\xff\xfe", "Қазақстан — 2020", "ctl\x01"}
	for _, title := range odd {
		for _, work := range odd {
			g := &Graph{}
			paths := map[string]string{"d1": "a/one.txt", "<&>": "b/two & three.md"}
			addSameWork(g, paths, WorkAttrs{Title: title, Documents: odd}, work)
			if len(g.Findings) != len(odd)*(len(odd)-1)/2 {
				t.Fatalf("%d findings for %d documents", len(g.Findings), len(odd))
			}
			k := 0
			for i := range odd {
				for j := i + 1; j < len(odd); j++ {
					f := g.Findings[k]
					k++
					want, _ := json.Marshal(map[string]any{"documents": []string{odd[i], odd[j]}, "work": work})
					if string(f.Attrs) != string(want) {
						t.Errorf("attrs %s, want %s", f.Attrs, want)
					}
					pathOf := func(id string) string {
						if p, ok := paths[id]; ok {
							return p
						}
						return id
					}
					if s := fmt.Sprintf("Documents %s and %s are the same work (%q); their figures are not independent evidence.", pathOf(odd[i]), pathOf(odd[j]), truncate(title, 80)); f.Summary != s {
						t.Errorf("summary %q, want %q", f.Summary, s)
					}
				}
			}
		}
	}
}
