// Package prosecmp compares github.com/jdkato/prose/v2's sentence segmenter
// with claimgraph's rule splitter on the English paragraphs of the seeds:
// boundaries against the gold sentence runs, the never-split cases (et al.,
// No., initials, URLs), and speed. It is a module of its own because
// claimgraph's go.mod does not require prose; run it from this directory
// with the module cache:
//
//	GOFLAGS=-mod=mod go test -run TestCompare -v .
//	GOFLAGS=-mod=mod go test -run '^$' -bench . .
package prosecmp

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/ingest"
	"github.com/claimgraph/claimgraph/nlp"
)

var res = nlp.MustLoad()

type seed struct {
	name  string
	d     *doc.Document
	paras []string // English prose paragraphs
	gold  [][]string
}

func loadSeeds(t testing.TB) []seed {
	in, err := ingest.New(res, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("../../../seeds/*.txt")
	sort.Strings(paths)
	var out []seed
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		d, err := in.Build(context.Background(), p, data)
		if err != nil {
			t.Fatal(err)
		}
		s := seed{name: filepath.Base(p)[:3], d: d}
		for _, pa := range d.Paragraphs {
			if pa.Lang == "en" && !pa.Heading {
				s.paras = append(s.paras, d.Slice(pa.Span))
			}
		}
		if g, err := os.ReadFile("../../../corpus/eval/gold/" + s.name + "/structure.json"); err == nil {
			var gs struct{ Sentences [][]string }
			json.Unmarshal(g, &gs)
			s.gold = gs.Sentences
		}
		out = append(out, s)
	}
	return out
}

// proseSplit returns prose's sentences of text as byte ranges.
func proseSplit(text string) [][2]int {
	pd, err := prose.NewDocument(text, prose.WithTagging(false), prose.WithExtraction(false), prose.WithTokenization(false))
	if err != nil {
		panic(err)
	}
	return locate(text, pd.Sentences())
}

func locate(text string, ss []prose.Sentence) [][2]int {
	var out [][2]int
	pos := 0
	for _, s := range ss {
		i := strings.Index(text[pos:], s.Text)
		if i < 0 {
			continue
		}
		out = append(out, [2]int{pos + i, pos + i + len(s.Text)})
		pos += i + len(s.Text)
	}
	return out
}

// guarded applies the rule splitter's never-split guards to prose's
// boundaries: a boundary after an abbreviation of the list (et al., No.),
// an initial (B., Zh.), or a dotted acronym (U.S.) is removed.
func guarded(text string, rs [][2]int) [][2]int {
	var out [][2]int
	for i, r := range rs {
		if len(out) > 0 && i > 0 && neverSplit(text[out[len(out)-1][0]:out[len(out)-1][1]]) {
			out[len(out)-1][1] = r[1]
			continue
		}
		out = append(out, r)
	}
	return out
}

func neverSplit(sent string) bool {
	if !strings.HasSuffix(sent, ".") {
		return false
	}
	f := strings.Fields(sent)
	tok := strings.TrimSuffix(f[len(f)-1], ".")
	tok = strings.TrimLeft(tok, "(\"'“")
	two := ""
	if len(f) >= 2 {
		two = f[len(f)-2] + " " + tok
	}
	if res.IsAbbreviation(tok, "en") || two != "" && res.IsAbbreviation(two, "en") {
		return true
	}
	rs := []rune(tok)
	if len(rs) == 1 && unicode.IsUpper(rs[0]) || len(rs) == 2 && unicode.IsUpper(rs[0]) && unicode.IsLower(rs[1]) && strings.Contains("Zh Ch Sh Kh Yu Ya", tok) {
		return true
	}
	if strings.Contains(tok, ".") && len(rs) <= 6 {
		return true
	}
	return false
}

func squeeze(s string) (string, []int) {
	var b strings.Builder
	var idx []int
	for i, c := range s {
		if unicode.IsSpace(c) || c == '-' || strings.ContainsRune("*^<>_{}`", c) {
			continue
		}
		b.WriteRune(c)
		for k := 0; k < utf8.RuneLen(c); k++ {
			idx = append(idx, i)
		}
	}
	return b.String(), idx
}

type prf struct{ tp, pred, gold int }

func (p prf) String() string {
	P := float64(p.tp) / float64(max(1, p.pred))
	R := float64(p.tp) / float64(max(1, p.gold))
	F := 0.0
	if P+R > 0 {
		F = 2 * P * R / (P + R)
	}
	return fmt.Sprintf("P=%.3f R=%.3f F1=%.3f (tp %d pred %d gold %d)", P, R, F, p.tp, p.pred, p.gold)
}

// score compares sentence ends inside the gold runs, in squeezed text.
func score(s seed, split func(string) [][2]int) prf {
	var r prf
	sq, _ := squeeze(s.d.Text)
	// Predicted ends over all English paragraphs, as squeezed offsets.
	var ends []int
	for _, pa := range s.d.Paragraphs {
		if pa.Lang != "en" || pa.Heading {
			continue
		}
		text := s.d.Slice(pa.Span)
		for _, x := range split(text) {
			pre, _ := squeeze(s.d.Text[:pa.Span.Start+x[1]])
			ends = append(ends, len(pre))
		}
	}
	for _, run := range s.gold {
		if res.Identify(strings.Join(run, " ")) != "en" {
			continue // English runs only
		}
		var gold []int
		from, start := 0, -1
		ok := true
		for k, sent := range run {
			g, _ := squeeze(sent)
			i := strings.Index(sq[from:], g)
			if i < 0 {
				ok = false
				break
			}
			if k == 0 {
				start = from + i
			}
			from += i + len(g)
			gold = append(gold, from)
		}
		if !ok || len(gold) == 0 {
			continue
		}
		end := gold[len(gold)-1]
		gs := map[int]bool{}
		for _, g := range gold {
			gs[g] = true
		}
		for _, e := range ends {
			if e > start && e <= end {
				r.pred++
				if gs[e] {
					r.tp++
				}
			}
		}
		r.gold += len(gold)
	}
	return r
}

var edgeCases = []struct{ text, want string }{
	{"In addition, Della Puppa et al. (2021) conducted a review. Their findings differ.", "In addition, Della Puppa et al. (2021) conducted a review. | Their findings differ."},
	{"As Smith et al. noted, migration grew. It then fell.", "As Smith et al. noted, migration grew. | It then fell."},
	{"Vollset et al. The forecast was revised.", "Vollset et al. | The forecast was revised."},
	{"We reviewed Law No. 477-IV. The law defines kandas.", "We reviewed Law No. 477-IV. | The law defines kandas."},
	{"For Kyrgyzstan, we reviewed Law No. 61 and Decision No. 191-r. We used data.", "For Kyrgyzstan, we reviewed Law No. 61 and Decision No. 191-r. | We used data."},
	{"Remittances to the U.S. Treasury rose. Then they fell.", "Remittances to the U.S. Treasury rose. | Then they fell."},
	{"The University named after B. Osmonov hosts it. Zh. Amangeldy agreed.", "The University named after B. Osmonov hosts it. | Zh. Amangeldy agreed."},
	{"Authors: Tokmeilova M., Askhat G. and Aitimbet L. I. They wrote it.", "Authors: Tokmeilova M., Askhat G. and Aitimbet L. I. | They wrote it."},
	{"The share was 3.6% in 2020. In 2021 it was 4.1 per cent.", "The share was 3.6% in 2020. | In 2021 it was 4.1 per cent."},
	{"See https://doi.org/10.1016/j.habitatint.2020.102161 for data. Next sentence.", "See https://doi.org/10.1016/j.habitatint.2020.102161 for data. | Next sentence."},
	{"Visit www.iom.int. It has data.", "Visit www.iom.int. | It has data."},
	{"Write to d.zholboldueva@outlook.com. We reply.", "Write to d.zholboldueva@outlook.com. | We reply."},
	{"1. The Formative Years (1991-2000): The era began. Within it, things changed.", "1. The Formative Years (1991-2000): The era began. | Within it, things changed."},
	{"They bolster \"human capital.\" Accordingly, policies changed.", "They bolster \"human capital.\" | Accordingly, policies changed."},
	{"Approx. 87,000 people arrived, i.e. more than in 2023. Prof. Smith agreed.", "Approx. 87,000 people arrived, i.e. more than in 2023. | Prof. Smith agreed."},
}

func TestCompare(t *testing.T) {
	seeds := loadSeeds(t)
	rules := func(s string) [][2]int { return res.SplitSentences(s, "en") }
	prosePlain := proseSplit
	proseGuarded := func(s string) [][2]int { return guarded(s, proseSplit(s)) }
	for _, m := range []struct {
		name  string
		split func(string) [][2]int
	}{{"rules", rules}, {"prose", prosePlain}, {"prose+guards", proseGuarded}} {
		var all prf
		for _, s := range seeds {
			r := score(s, m.split)
			all.tp += r.tp
			all.pred += r.pred
			all.gold += r.gold
		}
		ok := 0
		for _, c := range edgeCases {
			var parts []string
			for _, x := range m.split(c.text) {
				parts = append(parts, c.text[x[0]:x[1]])
			}
			got := strings.Join(parts, " | ")
			if got == c.want {
				ok++
			} else if m.name != "rules" || true {
				t.Logf("%-13s miss: %s", m.name, got)
			}
		}
		t.Logf("%-13s gold English runs: %v; edge cases %d/%d", m.name, all, ok, len(edgeCases))
	}
	// Agreement on all English paragraphs of the seeds.
	agree, total := 0, 0
	for _, s := range seeds {
		for _, p := range s.paras {
			a, b := rules(p), proseGuarded(p)
			total++
			if fmt.Sprint(a) == fmt.Sprint(b) {
				agree++
			}
		}
	}
	t.Logf("rules and prose+guards agree on %d of %d English paragraphs", agree, total)
	// Speed: bytes of English paragraphs per second.
	var paras []string
	n := 0
	for _, s := range seeds {
		paras = append(paras, s.paras...)
		for _, p := range s.paras {
			n += len(p)
		}
	}
	for _, m := range []struct {
		name  string
		split func()
	}{
		{"rules", func() {
			for _, p := range paras {
				rules(p)
			}
		}},
		{"prose per paragraph", func() {
			for _, p := range paras {
				proseSplit(p)
			}
		}},
		{"prose per document", func() {
			for _, s := range seeds {
				proseSplit(strings.Join(s.paras, "\n\n"))
			}
		}},
	} {
		start := time.Now()
		k := 0
		for time.Since(start) < 2*time.Second {
			m.split()
			k++
		}
		t.Logf("%-20s %8.2f MB/s (%d bytes of English paragraphs, %d rounds)", m.name, float64(n*k)/1e6/time.Since(start).Seconds(), n, k)
	}
}

func BenchmarkRules(b *testing.B) {
	seeds := loadSeeds(b)
	n := 0
	for _, s := range seeds {
		for _, p := range s.paras {
			n += len(p)
		}
	}
	b.SetBytes(int64(n))
	for i := 0; i < b.N; i++ {
		for _, s := range seeds {
			for _, p := range s.paras {
				res.SplitSentences(p, "en")
			}
		}
	}
}

func BenchmarkProsePerDocument(b *testing.B) {
	seeds := loadSeeds(b)
	n := 0
	for _, s := range seeds {
		for _, p := range s.paras {
			n += len(p)
		}
	}
	b.SetBytes(int64(n))
	for i := 0; i < b.N; i++ {
		for _, s := range seeds {
			guarded(strings.Join(s.paras, "\n\n"), proseSplit(strings.Join(s.paras, "\n\n")))
		}
	}
}

func BenchmarkProsePerParagraph(b *testing.B) {
	seeds := loadSeeds(b)
	n := 0
	for _, s := range seeds {
		for _, p := range s.paras {
			n += len(p)
		}
	}
	b.SetBytes(int64(n))
	for i := 0; i < b.N; i++ {
		for _, s := range seeds {
			for _, p := range s.paras {
				guarded(p, proseSplit(p))
			}
		}
	}
}
