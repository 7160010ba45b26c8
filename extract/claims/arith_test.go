package claims

import (
	"math"
	"math/rand"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// checksOf extracts the claims of text and runs Check over them.
func checksOf(t *testing.T, text string) ([]Claim, []Arithmetic) {
	t.Helper()
	d := buildDoc(t, text)
	claims := Extract(d, lexicon(t), Context{})
	return claims, Check(d, claims)
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		kind       string
		stated     string // text of the stated claim
		computed   float64
		consistent bool
	}{
		{"percent change", "In the first half of 2024, Tajik labor migration to Russia fell by 16%, from 467,300 to 392,800 migrants.",
			"percent_change", "16%", 15.94, true},
		{"percent change over a gap", "A sharp drop in the number of Uzbek migrants in Russia was observed from 1.2 million (2023) to 698 thousand (2024), a decline by more than 40%.",
			"percent_change", "more than 40%", 41.83, true},
		{"percent change off", "Arrivals rose by 25%, from 10,000 in 2022 to 15,000 in 2023.",
			"percent_change", "25%", 50, false},
		{"ratio", "If only 556 seasonal work visas were issued for Uzbeks in 2021, this number grew to 4,094 in 2023, a 7.4 times increase.",
			"ratio", "7.4 times", 7.363, true},
		{"halved is borderline", "According to the Russian Ministry of Internal Affairs, 650,000 migrants from Kyrgyzstan were registered in 2023. At the end of 2024, this figure has halved to 350,000 people.",
			"ratio", "halved", 0.5385, false},
		{"doubled", "Kazakhstan registered 10,000 migrant workers in 2020. By 2022 their number doubled to 20,000.",
			"ratio", "doubled", 2, true},
		{"net migration", "In 2024, the number of arrivals in the country amounted to 29,282 people, and the number of departures from the country was 12,732 people. The net migration amounted to 16,550 people.",
			"difference", "16,550", 16550, true},
		{"sum with a cue", "A total of 41 international legal acts were signed in 2024 with 15 countries, including the Russian Federation and Japan. Of these, 13 were intergovernmental agreements and 28 were inter-agency agreements.",
			"sum", "41", 41, true},
		{"sum of men and women", "In 2024, the committee reported 625,918 internal migrants. These include 235,216 men and 390,702 women.",
			"sum", "625,918", 625918, true},
		{"sum without a cue", "More than 20,000 citizens of Kyrgyzstan officially found jobs abroad in 2024. With the support of the center, more than 4,000 citizens were employed in 2024. Additionally, private employment agencies helped in the employment of more than 16,000 people in 2024.",
			"sum", "More than 20,000", 20000, true},
		{"sum off", "In 2023, 500 migrants were deported. Of them, 300 were deported from Russia and 350 from Kazakhstan.",
			"sum", "500", 650, false},
		{"shares within 100%", "In 2022, over 40% of those arriving in the country were Kazakhs, and another 25% were Russians.",
			"share_total", "over 40%", 65, true},
		{"shares over 100%", "In 2022, 60% of the arrivals in Kazakhstan were Kazakhs and 55% of the arrivals were Russians.",
			"share_total", "60%", 115, false},
		{"kazakh respectively shares", "Дүниежүзілік банктің мәліметінше, 2021 жылы Қырғызстандағы барлық ақша аударымдарының 82% - ы Ресейден түскен.",
			"", "", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims, checks := checksOf(t, tt.text)
			if tt.kind == "" {
				if len(checks) != 0 {
					t.Errorf("checks %+v, want none", checks)
				}
				return
			}
			for _, a := range checks {
				if a.Kind != tt.kind || claims[a.Claims[0]].Text != tt.stated {
					continue
				}
				if math.Abs(a.Computed-tt.computed) > 0.01*math.Max(1, math.Abs(tt.computed)) {
					t.Errorf("computed %g, want %g (%s)", a.Computed, tt.computed, a.Explanation)
				}
				if a.Consistent != tt.consistent {
					t.Errorf("consistent %v, want %v (%s)", a.Consistent, tt.consistent, a.Explanation)
				}
				if a.Explanation == "" || a.Tolerance < 0 {
					t.Errorf("malformed check %+v", a)
				}
				return
			}
			var got []string
			for _, a := range checks {
				got = append(got, a.Kind+": "+a.Explanation)
			}
			t.Errorf("no %s check of %q; got %s", tt.kind, tt.stated, strings.Join(got, "; "))
		})
	}
}

// TestCheckTolerance checks that the tolerance follows the printed
// precision of the figures involved.
func TestCheckTolerance(t *testing.T) {
	_, checks := checksOf(t, "Tajik labor migration to Russia fell by 16%, from 467,300 to 392,800 migrants.")
	if len(checks) != 1 {
		t.Fatalf("checks %+v", checks)
	}
	a := checks[0]
	// 16% is 15.5–16.5; the figures move the computed change by ~0.0002.
	if a.Tolerance < 0.5 || a.Tolerance > 0.51 || math.Abs(a.Stated-a.Computed) > a.Tolerance {
		t.Errorf("check %+v", a)
	}
}

// sourceSpec is scan.source reading every source of the document.
func (sc *scan) sourceSpec(q *quantity) string { return sc.nearestSource(q, sc.x.ctx.Sources) }

// source, reading only the sources near the sentence, picks the one that
// reading them all picks, on random sources (nested, overlapping, long,
// equally near) and sentences.
func TestSourceAsSpec(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	for n := 0; n < 3000; n++ {
		var srcs []Source
		for k := rng.Intn(12); k > 0; k-- {
			a := rng.Intn(400)
			srcs = append(srcs, Source{Span: doc.Span{Start: a, End: a + 1 + rng.Intn([]int{5, 40, 300}[rng.Intn(3)])}, Ref: strconv.Itoa(len(srcs))})
		}
		sort.SliceStable(srcs, func(i, j int) bool { return srcs[i].Span.Start < srcs[j].Span.Start })
		x := &extractor{ctx: Context{Sources: srcs}}
		for _, s := range srcs {
			x.srcMaxLen = max(x.srcMaxLen, s.Span.End-s.Span.Start)
		}
		a := rng.Intn(400)
		sc := &scan{x: x, span: doc.Span{Start: a, End: a + 1 + rng.Intn(200)}}
		for k := 0; k < 4; k++ {
			qa := sc.span.Start + rng.Intn(sc.span.End-sc.span.Start)
			qb := qa + 1 + rng.Intn(sc.span.End-qa)
			sc.toks = []token{{start: qa, end: qb}}
			q := &quantity{a: 0, b: 1}
			if got, want := sc.source(q), sc.sourceSpec(q); got != want {
				t.Fatalf("sources %v, sentence %v, figure %d-%d: source %q, want %q", srcs, sc.span, qa, qb, got, want)
			}
		}
	}
}

// hasChangeWord agrees with a strings.Contains per change word on the
// seeds' text cut at random and on random mixes of the words' pieces.
func TestHasChangeWordAsContains(t *testing.T) {
	spec := func(s string) bool {
		for _, w := range changeWords {
			if strings.Contains(s, w) {
				return true
			}
		}
		return false
	}
	rng := rand.New(rand.NewSource(4))
	var texts []string
	for _, d := range seedDocs(t) {
		for k := 0; k < 2000 && len(d.Text) > 0; k++ {
			a := rng.Intn(len(d.Text))
			texts = append(texts, strings.ToLower(d.Text[a:min(len(d.Text), a+rng.Intn(120))]))
		}
	}
	pieces := []string{" ", "b", "by", "y ", "fel", "l", "rose", "ро", "ст", "на", " н", "а ", "za", "өс", "ті", "x", "reduc", "grew"}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(8); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	found := 0
	for _, s := range texts {
		got := hasChangeWord([]byte(s))
		if got != spec(s) {
			t.Fatalf("hasChangeWord(%q) = %v", s, got)
		}
		if got {
			found++
		}
	}
	if found < 100 {
		t.Fatalf("only %d texts with a change word", found)
	}
}
