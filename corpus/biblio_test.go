package corpus

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestSameWork checks that the documents of one work are reported once,
// with a linear number of edges, whatever their number.
func TestSameWork(t *testing.T) {
	paths := map[string]string{"d1": "a/one.txt", "d2": "b/two & three.md", "d3": "c/3.pdf"}
	for _, tc := range []struct {
		docs    []string
		title   string
		summary string
	}{
		{[]string{"d1", "d2"}, "Migration",
			`Documents a/one.txt and b/two & three.md are the same work ("Migration"); their figures are not independent evidence.`},
		{[]string{"d1", "d2", "d9"}, `a "quoted" title`,
			`Documents a/one.txt, b/two & three.md and d9 are the same work ("a \"quoted\" title"); their figures are not independent evidence.`},
		{[]string{"d1", "d2", "d3", "d4", "d5"}, "T",
			`Documents a/one.txt, b/two & three.md, c/3.pdf, d4 and d5 are the same work ("T"); their figures are not independent evidence.`},
		{[]string{"d1", "d2", "d3", "d4", "d5", "d6", "d7"}, strings.Repeat("Қ", 100),
			`Documents a/one.txt, b/two & three.md, c/3.pdf, d4 and 3 others are the same work ("` + strings.Repeat("Қ", 79) + `…"); their figures are not independent evidence.`},
	} {
		g := &Graph{}
		addSameWork(g, paths, WorkAttrs{Title: tc.title, Key: "k", Documents: tc.docs}, "work:w")
		if len(g.Edges) != len(tc.docs)-1 {
			t.Errorf("%d documents: %d edges, want %d", len(tc.docs), len(g.Edges), len(tc.docs)-1)
		}
		for k, e := range g.Edges {
			if e.From != tc.docs[0] || e.To != tc.docs[k+1] || e.Type != "same_work" {
				t.Errorf("edge %d: %+v", k, e)
			}
		}
		if len(g.Findings) != 1 {
			t.Fatalf("%d documents: %d findings, want 1", len(tc.docs), len(g.Findings))
		}
		f := g.Findings[0]
		if f.ID != "finding:same_work:work:w" || f.Type != "same_work" || len(f.Nodes) != 1 || f.Nodes[0] != "work:w" {
			t.Errorf("finding %+v", f)
		}
		if f.Summary != tc.summary {
			t.Errorf("summary\n%s\nwant\n%s", f.Summary, tc.summary)
		}
		want, _ := json.Marshal(map[string]any{"documents": tc.docs, "work": "work:w"})
		if string(f.Attrs) != string(want) {
			t.Errorf("attrs %s, want %s", f.Attrs, want)
		}
	}
}
