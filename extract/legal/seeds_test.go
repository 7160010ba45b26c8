package legal

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/ingest"
	"github.com/claimgraph/claimgraph/nlp"
)

// seedDocs builds the seed documents with the real ingestion.
func seedDocs(tb testing.TB) ([]string, []*doc.Document) {
	tb.Helper()
	in, err := ingest.New(nlp.MustLoad(), ingest.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	files, _ := filepath.Glob("../../seeds/*.txt")
	sort.Strings(files)
	if len(files) == 0 {
		tb.Skip("no seeds")
	}
	var docs []*doc.Document
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		d, err := in.Build(context.Background(), f, data)
		if err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		docs = append(docs, d)
	}
	return files, docs
}

// TestSeedsReport prints what Extract finds in each seed and how Cluster
// links the acts across seeds (go test -v -run TestSeedsReport).
func TestSeedsReport(t *testing.T) {
	lx := MustLoad()
	files, docs := seedDocs(t)
	var all [][]Mention
	for i, d := range docs {
		ms := Extract(d, lx)
		all = append(all, ms)
		t.Logf("== %s: %d mentions", filepath.Base(files[i]), len(ms))
		for j, m := range ms {
			extra := ""
			if m.Anaphor {
				extra = fmt.Sprintf(" → #%d", m.Antecedent)
			}
			t.Logf("  #%d %-10s %-4s n=%-8q y=%d/%d(%s) d=%s per=%s auth=%q ref=%v subj=%s%s\n      text=%q\n      title=%q key=%s tkey=%s",
				j, m.ActType, m.Jurisdiction, m.Number, m.Year, m.ActYear, m.YearSource, m.Date, m.Period, m.Authority,
				m.InReferences, m.Subject, extra, oneLine(m.Text), m.Title, m.Key, m.TitleKey)
		}
	}
	acts := Cluster(all)
	t.Logf("== %d distinct acts", len(acts))
	for _, a := range acts {
		var refs []string
		for _, r := range a.Mentions {
			refs = append(refs, fmt.Sprintf("%03d#%d", r.Doc, r.Mention))
		}
		t.Logf("  %s docs=%v adilet=%s eli=%s\n      %s", a.Key, a.Docs, a.AdiletID, a.ELI, strings.Join(refs, " "))
		for _, dis := range a.Disagreements {
			t.Logf("      ! %s", dis)
		}
	}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
