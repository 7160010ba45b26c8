package cite

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/extract/ingest"
	"github.com/claimgraph/claimgraph/extract/refs"
	"github.com/claimgraph/claimgraph/nlp"
)

// TestSeedAttributions builds the seeds with the real ingestion and checks
// the attributions found in each (run with -v to read them all).
func TestSeedAttributions(t *testing.T) {
	in, err := ingest.New(nlp.MustLoad(), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		seed string
		// want are organisations that must be credited; never are texts no
		// attribution may hold.
		want, never []string
	}{
		{"000", nil, []string{""}},
		{"001",
			[]string{"National Statistical Committee of the Kyrgyz Republic", "International Organization for Migration", "Statistics Agency under the President of the Republic of Uzbekistan", "Kursiv"},
			[]string{"ZRC SAZU", "Bureau of National Statistics", "McAuliffe", "Prague Process"}},
		{"002", []string{"Дүниежүзілік банктің", "Дүниежүзілік Банктің"}, nil},
		{"003", []string{"International Labor Organization", "World Bank"}, []string{"Bureau of National Statistics", "Committee on Legal Statistics"}},
		{"004",
			[]string{"Russian Interior Ministry", "World Bank", "Ministry of Defense of Ukraine", "Russia's Investigative Committee", "Tajik migration Agency", "Kabar", "UN DESA", "Ministry of Foreign Affairs"},
			[]string{"Each ministry", "According to him", "official data,", "Center of Employment"}},
	}
	for _, tc := range tests {
		t.Run(tc.seed, func(t *testing.T) {
			matches, _ := filepath.Glob(filepath.Join("..", "..", "seeds", tc.seed+"_*.txt"))
			if len(matches) != 1 {
				t.Skipf("seed %s not found", tc.seed)
			}
			data, err := os.ReadFile(matches[0])
			if err != nil {
				t.Fatal(err)
			}
			d, err := in.Build(context.Background(), matches[0], data)
			if err != nil {
				t.Fatal(err)
			}
			res := Extract(d, refs.Extract(d, testRefsLex), testLex)
			orgs := map[string]bool{}
			for _, a := range res.Attributions {
				t.Logf("[%s] %q", a.Org, d.Slice(a.Span))
				orgs[a.Org] = true
				if !a.Sentence.Contains(a.OrgSpan) || !a.Span.Contains(a.OrgSpan) || d.Slice(a.OrgSpan) != a.Org {
					t.Errorf("spans wrong: %+v", a)
				}
				for _, bad := range tc.never {
					if bad != "" && strings.Contains(d.Slice(a.Span), bad) {
						t.Errorf("attribution %q holds %q", d.Slice(a.Span), bad)
					}
				}
			}
			if len(tc.never) == 1 && tc.never[0] == "" && len(res.Attributions) > 0 {
				t.Errorf("%d attributions, want none", len(res.Attributions))
			}
			for _, w := range tc.want {
				if !orgs[w] {
					t.Errorf("no attribution to %q", w)
				}
			}
		})
	}
}
