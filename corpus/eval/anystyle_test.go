package eval

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/extract/refs"
)

const anyStyleSample = `<?xml version="1.0" encoding="UTF-8"?>
<dataset>
  <sequence>
    <author>Chirkov, V.</author>
    <date>(2009).</date>
    <title>Introduction to the special issue.</title>
    <journal>International Journal of Intercultural Relations,</journal>
    <volume>33(2),</volume>
    <pages>87-93.</pages>
  </sequence>
  <sequence>
    <citation-number>[2]</citation-number>
    <author>Иванов И.И.</author>
    <title>Миграция</title>
    <location>М.:</location>
    <publisher>Наука,</publisher>
    <date>2010.</date>
  </sequence>
</dataset>`

// TestAnyStyleScoring checks the scoring on a two-reference sample with a
// fake parser whose answers are known: every field of the first reference
// right, the second with a wrong title and a missing publisher.
func TestAnyStyleScoring(t *testing.T) {
	seqs, err := readAnyStyle(strings.NewReader(anyStyleSample))
	if err != nil {
		t.Fatal(err)
	}
	if len(seqs) != 2 || seqs[0].Raw() != "Chirkov, V. (2009). Introduction to the special issue. International Journal of Intercultural Relations, 33(2), 87-93." {
		t.Fatalf("read %d sequences, raw %q", len(seqs), seqs[0].Raw())
	}
	if c := anyStyleCyrillic(seqs); len(c) != 1 {
		t.Fatalf("%d Cyrillic references, want 1", len(c))
	}
	fake := func(raw string) refs.Item {
		if strings.HasPrefix(raw, "Chirkov") {
			return refs.Item{
				Author: []refs.Name{{Family: "Chirkov", Given: "V."}}, Issued: &refs.Date{DateParts: [][]int{{2009}}},
				Title: "Introduction to the special issue", ContainerTitle: "International Journal of Intercultural Relations",
				Volume: "33", Issue: "2", Page: "87–93",
			}
		}
		return refs.Item{
			Author: []refs.Name{{Family: "Иванов", Given: "И.И."}}, Issued: &refs.Date{DateParts: [][]int{{2010}}},
			Title: "Миграция в Азии", PublisherPlace: "М.",
		}
	}
	sc := scoreAnyStyle(seqs, fake)
	check := func(field string, tp, fp, fn int) {
		t.Helper()
		c := sc.Fields[field]
		if c.TP != tp || c.FP != fp || c.FN != fn {
			t.Errorf("%s: TP %d FP %d FN %d, want %d %d %d", field, c.TP, c.FP, c.FN, tp, fp, fn)
		}
	}
	check("author", 2, 0, 0)
	check("issued", 2, 0, 0)
	check("title", 1, 1, 1)
	check("container-title", 1, 0, 0)
	check("volume", 1, 0, 0)
	check("page", 1, 0, 0) // "87-93." and "87–93" normalize alike
	check("publisher", 0, 0, 1)
	check("publisher-place", 1, 0, 0)
	m := sc.micro()
	if m.TP != 9 || m.FP != 1 || m.FN != 2 {
		t.Errorf("micro %+v", m)
	}
	p, r, f := m.prf()
	if p != 0.9 || r != 9.0/11 || f < 0.857 || f > 0.858 {
		t.Errorf("micro P %.3f R %.3f F1 %.3f", p, r, f)
	}
	if sc.Exact != 1 || sc.Refs != 2 {
		t.Errorf("exact %d/%d, want 1/2", sc.Exact, sc.Refs)
	}
	var out bytes.Buffer
	sc.print(&out, "sample")
	if !strings.Contains(out.String(), "exact references: 1/2 = 0.500") {
		t.Errorf("report:\n%s", out.String())
	}
}

func TestAnyStyleNormalize(t *testing.T) {
	for _, tc := range []struct{ field, a, b string }{
		{"author", "Bergk, V., Haefeli, W. E. & Martin- Facklam, M.", "V. Bergk W. E. Haefeli M. Martin-Facklam"},
		{"volume", "Vol. 22, n°3,", "22 3"},
		{"page", "pp. 334–344", "334-344"},
		{"issued", "(1995b).", "1995b"},
		{"DOI", "doi:10.1044/2013_JSLHR-S-12-0345.", "https://doi.org/10.1044/2013_jslhr-s-12-0345"},
		{"container-title", "In Theorizing Documentary,", "Theorizing Documentary"},
		{"container-title", "<italic>Water Research</italic>,", "Water Research"},
		{"edition", "(2nd ed.).", "2"},
		{"edition", "second edition,", "2"},
		{"edition", "2-е изд.", "2"},
		{"edition", "Rev. ed.", "Rev."},
		{"translator", "trans. Vern W. McGee.", "Vern W. McGee"},
		{"note", "Retrieved from", ""},
		{"note", "Available at:", ""},
	} {
		if x, y := anyStyleNormalize(tc.field, tc.a), anyStyleNormalize(tc.field, tc.b); x != y {
			t.Errorf("%s: %q -> %q, %q -> %q", tc.field, tc.a, x, tc.b, y)
		}
	}
}

// TestAnyStyleGlued checks that a volume token with the year or the pages
// glued on ("2009;108(2):", "31(12):2023–2048.") is scored as the fields it
// prints, and only when the reference has no date or pages of its own.
func TestAnyStyleGlued(t *testing.T) {
	ref := func(fields ...string) anyStyleRef {
		var r anyStyleRef
		for i := 0; i+1 < len(fields); i += 2 {
			r.Fields = append(r.Fields, anyStyleField{Label: fields[i], Text: fields[i+1]})
		}
		return r
	}
	g := anyStyleGoldFields(ref("journal", "Earthquake Engineering,", "volume", "31(12):2023–2048."))
	if g["volume"] != "31 12" || g["page"] != "2023 2048" {
		t.Errorf("glued pages: %q", g)
	}
	g = anyStyleGoldFields(ref("journal", "Rev Med Suisse", "volume", "2009;5:", "pages", "1882-1889"))
	if g["volume"] != "5" || g["issued"] != "2009" || g["page"] != "1882 1889" {
		t.Errorf("glued year: %q", g)
	}
	g = anyStyleGoldFields(ref("date", "2001.", "volume", "18;29(11):", "pages", "1-2"))
	if g["volume"] != "18 29 11" || g["issued"] != "2001" {
		t.Errorf("not a year: %q", g)
	}
}

// TestAnyStyleBench runs the real benchmark when the shared data is there
// (go test -run AnyStyleBench -v prints the figures).
func TestAnyStyleBench(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "bench", "anystyle")
	if _, err := os.Stat(filepath.Join(dir, "gold.xml")); err != nil {
		t.Skip("AnyStyle data not found")
	}
	if testing.Short() {
		t.Skip("short")
	}
	var out bytes.Buffer
	if err := AnyStyle(&out, dir); err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + out.String())
}

// anyStyleHalf keeps every other reference of seqs, starting at first (0 or
// 1): gold.xml is developed on one half and checked on the other.
func anyStyleHalf(seqs []anyStyleRef, first int) []anyStyleRef {
	var out []anyStyleRef
	for i := first; i < len(seqs); i += 2 {
		out = append(out, seqs[i])
	}
	return out
}

func readAnyStyleFile(t *testing.T, name string) []anyStyleRef {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "bench", "anystyle")
	fh, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		t.Skip("AnyStyle data not found")
	}
	defer fh.Close()
	seqs, err := readAnyStyle(fh)
	if err != nil {
		t.Fatal(err)
	}
	return seqs
}

// TestAnyStyleHalves scores the two halves of gold.xml apart (even and odd
// positions), to see that a change helps both.
func TestAnyStyleHalves(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	seqs := readAnyStyleFile(t, "gold.xml")
	lx := refs.MustLoad()
	parse := func(s string) refs.Item { return refs.Parse(s, lx) }
	var out bytes.Buffer
	for half, name := range []string{"gold.xml even half", "gold.xml odd half"} {
		scoreAnyStyle(anyStyleHalf(seqs, half), parse).print(&out, name)
	}
	t.Log("\n" + out.String())
}

// TestAnyStyleDump writes, when ANYSTYLE_DUMP names a folder, one file per
// data set and field listing the references whose field is wrong, with the
// normalized gold and parsed values: the material for error analysis.
func TestAnyStyleDump(t *testing.T) {
	dir := os.Getenv("ANYSTYLE_DUMP")
	if dir == "" {
		t.Skip("ANYSTYLE_DUMP not set")
	}
	lx := refs.MustLoad()
	for _, f := range anyStyleFiles {
		seqs := readAnyStyleFile(t, f.name)
		if f.anyStyleCyrillic {
			seqs = anyStyleCyrillic(seqs)
		}
		bufs := map[string]*bytes.Buffer{}
		for i, s := range seqs {
			if f.name == "gold.xml" && i%2 == 1 {
				continue // the odd half is kept for checking
			}
			gold := anyStyleGoldFields(s)
			pred := anyStyleItemFields(refs.Parse(s.Raw(), lx))
			for _, field := range anyStyleScored {
				if gold[field] == pred[field] {
					continue
				}
				b := bufs[field]
				if b == nil {
					b = &bytes.Buffer{}
					bufs[field] = b
				}
				var labelled strings.Builder
				for _, fl := range s.Fields {
					labelled.WriteString("<" + fl.Label + ">" + strings.TrimSpace(fl.Text) + " ")
				}
				fmt.Fprintf(b, "#%d\n  raw:  %s\n  lab:  %s\n  gold: %q\n  pred: %q\n\n", i, s.Raw(), labelled.String(), gold[field], pred[field])
			}
		}
		for field, b := range bufs {
			name := filepath.Join(dir, strings.TrimSuffix(f.name, ".xml")+"."+field+".txt")
			if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
