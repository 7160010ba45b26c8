package corpus

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/claimgraph/claimgraph/extract/refs"
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

// foldKeyByRunes is foldKey as it was first written, the specification of
// appendFoldKey's ASCII path and buffers.
func foldKeyByRunes(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// workKeyBySprintf is workKey as it was first written.
func workKeyBySprintf(it refs.Item) string {
	if it.DOI != "" {
		return "doi:" + strings.ToLower(it.DOI)
	}
	title := foldKeyByRunes(it.Title)
	if title == "" {
		return ""
	}
	author := ""
	if len(it.Author) > 0 {
		a := it.Author[0]
		author = foldKeyByRunes(a.Family)
		if author == "" {
			author = foldKeyByRunes(a.Literal)
		}
	}
	return fmt.Sprintf("title:%s|%d|%s", title, it.Year(), author)
}

// workKey and foldKey write what the rune-by-rune, Sprintf versions
// write, on ASCII, other scripts, marks, invalid UTF-8 and long strings.
func TestWorkKeyAsSpecified(t *testing.T) {
	words := []string{"", "Migration", "LABOUR  market: 2019", "Қазақстан", "Миграция", "Škofja Loka", "naïve café", "Ǆ", "İstanbul",
		"ΟΔΟΣ", "e\u0301", "é", "\xff", "ÿþ", "٣٤", "Ⅻ", "ﬁnance", "日本語", strings.Repeat("Қаз ", 200), strings.Repeat("ab ", 200), "A–B “q”"}
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 3000 {
		var title, family, literal strings.Builder
		for range r.IntN(4) {
			title.WriteString(words[r.IntN(len(words))])
		}
		family.WriteString(words[r.IntN(len(words))])
		literal.WriteString(words[r.IntN(len(words))])
		it := refs.Item{Title: title.String()}
		if i%7 == 0 {
			it.DOI = "10.1000/ABC." + words[r.IntN(len(words))]
		}
		if i%3 != 0 {
			it.Author = []refs.Name{{Family: family.String(), Literal: literal.String()}}
		}
		if i%2 == 0 {
			it.Issued = &refs.Date{DateParts: [][]int{{1990 + i%40}}}
		}
		if got, want := workKey(it), workKeyBySprintf(it); got != want {
			t.Fatalf("workKey(%+v) = %q; want %q", it, got, want)
		}
		if got, want := foldKey(it.Title), foldKeyByRunes(it.Title); got != want {
			t.Fatalf("foldKey(%q) = %q; want %q", it.Title, got, want)
		}
	}
}
