package claims

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/ingest"
	"github.com/claimgraph/claimgraph/nlp"
)

var (
	testLexOnce sync.Once
	testLex     *Lexicon
)

func lexicon(t testing.TB) *Lexicon {
	testLexOnce.Do(func() { testLex = MustLoad() })
	return testLex
}

// seedDocs builds the seed documents with the real ingestion.
func seedDocs(t testing.TB) map[string]*doc.Document {
	t.Helper()
	paths, _ := filepath.Glob("../../seeds/*.txt")
	if len(paths) == 0 {
		t.Skip("no seeds")
	}
	in, err := ingest.New(nlp.MustLoad(), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*doc.Document{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := in.Build(context.Background(), p, data)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out[filepath.Base(p)[:3]] = d
	}
	return out
}

func formatClaim(c Claim) string {
	v := "nil"
	if c.Value != nil {
		v = fmt.Sprintf("%g", *c.Value)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-28q v=%s [%g, %g] %s %s", c.Text, v, c.Low, c.High, c.Unit, c.Approx)
	fmt.Fprintf(&b, " ent=%s", c.Entity)
	if c.Origin != "" || c.Destination != "" {
		fmt.Fprintf(&b, " %s→%s", c.Origin, c.Destination)
	}
	fmt.Fprintf(&b, " ind=%s per=%s", c.Indicator, c.Period.String())
	if c.Hedged {
		b.WriteString(" hedged")
	}
	if c.Qualifier != "" {
		b.WriteString(" q=" + c.Qualifier)
	}
	if c.Respectively {
		b.WriteString(" resp")
	}
	if c.Source != "" {
		b.WriteString(" src=" + c.Source)
	}
	return b.String()
}

// TestSeeds extracts the claims of every seed; run with -v to read them
// against the text.
func TestSeeds(t *testing.T) {
	lx := lexicon(t)
	docs := seedDocs(t)
	keys := make([]string, 0, len(docs))
	for k := range docs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		d := docs[k]
		claims := Extract(d, lx, Context{})
		perLang := map[string]int{}
		for _, c := range claims {
			perLang[c.Lang]++
			checkClaim(t, d, c)
		}
		t.Logf("== %s: %d claims %v", k, len(claims), perLang)
		for _, c := range claims {
			t.Logf("  %s", formatClaim(c))
		}
	}
}

// checkClaim asserts the invariants every claim keeps.
func checkClaim(t testing.TB, d *doc.Document, c Claim) {
	t.Helper()
	if c.Span.Start < 0 || c.Span.End > len(d.Text) || c.Span.Start >= c.Span.End {
		t.Errorf("span %v outside the text", c.Span)
	}
	if c.Low > c.High {
		t.Errorf("%q: low %g > high %g", c.Text, c.Low, c.High)
	}
	if c.Value != nil && (*c.Value < c.Low || *c.Value > c.High) {
		t.Errorf("%q: value %g outside [%g, %g]", c.Text, *c.Value, c.Low, c.High)
	}
	if c.Unit == "" {
		t.Errorf("%q: no unit", c.Text)
	}
	if !indicatorIDs[c.Indicator] {
		t.Errorf("%q: unknown indicator %q", c.Text, c.Indicator)
	}
}

// TestSeedsArithmetic runs the arithmetic self-checks over the seeds; run
// with -v to read them.
func TestSeedsArithmetic(t *testing.T) {
	lx := lexicon(t)
	docs := seedDocs(t)
	keys := make([]string, 0, len(docs))
	for k := range docs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		claims := Extract(docs[k], lx, Context{})
		for _, a := range Check(docs[k], claims) {
			if len(a.Claims) == 0 || a.Tolerance < 0 {
				t.Errorf("%s: malformed check %+v", k, a)
			}
			t.Logf("%s %-14s ok=%-5v %s", k, a.Kind, a.Consistent, a.Explanation)
		}
	}
}

// TestConcurrentExtract checks that one Lexicon serves concurrent Extract
// calls (run with -race).
func TestConcurrentExtract(t *testing.T) {
	lx := lexicon(t)
	docs := seedDocs(t)
	want := map[string]int{}
	for k, d := range docs {
		want[k] = len(Extract(d, lx, Context{}))
	}
	var wg sync.WaitGroup
	for k, d := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := len(Extract(d, lx, Context{})); got != want[k] {
				t.Errorf("%s: %d claims concurrently, %d alone", k, got, want[k])
			}
		}()
	}
	wg.Wait()
}
