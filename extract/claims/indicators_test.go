package claims

import (
	"math/rand"
	"slices"
	"testing"
)

// TestBestRulePresent checks that bestRule, given the bits of the groups
// whose score is set, picks the rule it picks scoring every rule (all
// bits), for random sparse scores of every unit, and that the bits turn
// rules away.
func TestBestRulePresent(t *testing.T) {
	lx := lexicon(t)
	rng := rand.New(rand.NewSource(9))
	units := []string{"percent", "share", "persons", "count", "times", "days", "weeks", "months", "years", "USD", "other"}
	n := len(lx.groupNo)
	turnedAway := 0
	for trial := 0; trial < 20000; trial++ {
		scores := make([]float64, n)
		var present uint64
		for k := rng.Intn(6); k > 0; k-- {
			g := rng.Intn(n)
			scores[g] = []float64{0.5, 1, 2, 3, 7.5}[rng.Intn(5)]
			present |= 1 << uint(g)
		}
		ub := ruleUnitBit(ruleUnit(units[rng.Intn(len(units))]))
		got, want := lx.bestRule(scores, present, ub), lx.bestRule(scores, ^uint64(0), ub)
		if got != want {
			t.Fatalf("scores %v unit bit %b: %q with the present bits, %q scoring every rule", scores, ub, got, want)
		}
		for i := range lx.indicators {
			if lx.indicators[i].requiredBits&^present != 0 {
				turnedAway++
			}
		}
	}
	if turnedAway == 0 {
		t.Fatal("no rule turned away")
	}
}

// TestPreviousCuesReused checks that previousCues, reading the cues found
// when the sentence before was scanned, gives the weights it gives finding
// them again, for every pair of sentences of the seeds and generated
// papers; and that some of those weights are set.
func TestPreviousCuesReused(t *testing.T) {
	lx := lexicon(t)
	docs := seedAndGeneratedDocs(t, 17, 10)
	set := 0
	for _, d := range docs {
		x := &extractor{d: d, lx: lx, idc: new(idCache), cuec: new(cueCache)}
		for k := 1; k < len(d.Sentences); k++ {
			prev, cur := d.Sentences[k-1].Span, d.Sentences[k].Span
			lang := sentenceLang(d.Text[cur.Start:cur.End], d.Sentences[k].Lang)
			ptoks := tokenize(nil, d.Text, prev.Start, prev.End, lang)
			lx.words.assign(ptoks, x.idc)
			(&scan{x: x, lx: lx, text: d.Text, span: prev, lang: lang, toks: ptoks}).cues()
			x.prevToks, x.prevToksSpan, x.prevToksLang, x.prevToksOK = ptoks, prev, lang, true
			toks := tokenize(nil, d.Text, cur.Start, cur.End, lang)
			lx.words.assign(toks, x.idc)
			sc := &scan{x: x, lx: lx, text: d.Text, span: cur, para: d.ParagraphIndex(cur.Start), lang: lang, toks: toks}
			sc.cues()
			got := slices.Clone(sc.previousCues())
			x.lastCuesOK = false
			want := slices.Clone(sc.previousCues())
			if !slices.Equal(got, want) {
				t.Fatalf("%q: previous cues %v, found again %v", d.Text[cur.Start:cur.End], got, want)
			}
			for _, w := range want {
				if w != 0 {
					set++
				}
			}
		}
	}
	if set == 0 {
		t.Fatal("no previous cue weight set")
	}
}
