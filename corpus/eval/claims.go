package eval

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/claimgraph/claimgraph/corpus"
	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
)

type goldClaim struct {
	Text        string   `json:"text"`
	Context     string   `json:"context"`
	Nth         int      `json:"nth"`
	Value       *float64 `json:"value"`
	Low         *float64 `json:"low"`
	High        *float64 `json:"high"`
	Unit        string   `json:"unit"`
	Approx      string   `json:"approx"`
	Entity      *string  `json:"entity"`
	Origin      *string  `json:"origin"`
	Destination *string  `json:"destination"`
	Indicator   string   `json:"indicator"`
	Period      *string  `json:"period"`
}

type goldClaims struct {
	Claims []goldClaim `json:"claims"`
}

// evalClaims scores claim detection per language (a detected claim counts
// only when its value or interval and its unit match) and the accuracy of
// entity, indicator and period on the detected ones.
func evalClaims(w, misses io.Writer, seeds []*seedDoc, _ *corpus.Graph, goldDir string) error {
	det := map[string]*PRF{}
	var ent, ind, per, approx Acc
	missing := 0
	for _, s := range seeds {
		var gc goldClaims
		ok, err := readGold(goldDir, s.key, "claims", &gc)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		ours := s.nodes["claim"]
		attrs := make([]extract.ClaimAttrs, len(ours))
		for i := range ours {
			ours[i].DecodeAttrs(&attrs[i])
		}
		gold := make([]doc.Span, len(gc.Claims))
		for i, c := range gc.Claims {
			sp, err := s.sq.anchor(s.doc, c.Context, c.Text, c.Nth)
			if err != nil {
				missing++
				sp = doc.Span{Start: -1, End: -1}
			}
			gold[i] = sp
		}
		match := matchSpans(gold, nodeSpans(ours))
		used := map[int]bool{}
		for gi, pi := range match {
			lang := s.doc.LangAt(max(gold[gi].Start, 0))
			if det[lang] == nil {
				det[lang] = &PRF{}
			}
			g := gc.Claims[gi]
			if pi < 0 || !sameFigure(g, attrs[pi]) {
				det[lang].FN++
				continue
			}
			used[pi] = true
			det[lang].TP++
			a := attrs[pi]
			miss := func(what, gold, ours string) {
				fmt.Fprintf(misses, "claim %s %s %q: gold %q, ours %q\n", s.key, what, g.Text, gold, ours)
			}
			check := func(acc *Acc, what string, ok bool, gold, ours string) {
				acc.Add(ok)
				if !ok {
					miss(what, gold, ours)
				}
			}
			check(&ent, "entity", entityID(a.Entity) == deref(g.Entity), deref(g.Entity), entityID(a.Entity))
			check(&ind, "indicator", g.Indicator == entityID(a.Indicator) || g.Indicator == "other" && a.Indicator == nil, g.Indicator, entityID(a.Indicator))
			gp := strings.ReplaceAll(deref(g.Period), "–", "-")
			check(&per, "period", samePeriod(gp, periodString(a.Period)), gp, periodString(a.Period))
			check(&approx, "approx", g.Approx == "" || g.Approx == a.Approx, g.Approx, a.Approx)
		}
		for pi := range ours {
			if !used[pi] {
				lang := ours[pi].Lang
				if det[lang] == nil {
					det[lang] = &PRF{}
				}
				det[lang].FP++
			}
		}
	}
	t := &Table{Title: "Numeric claims: detection per language (value or interval and unit must match)", Columns: []string{"language", "P", "R", "F1", "TP", "FP", "FN"}}
	var all PRF
	for _, l := range sortedKeys(det) {
		t.Row(append([]string{l}, prfCells(*det[l])...)...)
		all.Add(*det[l])
	}
	t.Row(append([]string{"all"}, prfCells(all)...)...)
	t.Print(w)
	t2 := &Table{Title: "Numeric claims: attributes of detected claims", Columns: []string{"attribute", "accuracy"}}
	t2.Row("entity", ent.String())
	t2.Row("indicator", ind.String())
	t2.Row("period", per.String())
	t2.Row("approximation", approx.String())
	t2.Print(w)
	if missing > 0 {
		fmt.Fprintf(w, "\nGold claim anchors not found in the normalized text: %d.\n", missing)
	}
	return nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func entityID(s *string) string {
	v := deref(s)
	if i := strings.IndexByte(v, ':'); i >= 0 {
		return v[i+1:]
	}
	return v
}

// sameFigure: units of one family and the same value or interval (2 %
// relative tolerance on each end, so conventions of rounding intervals do
// not decide detection).
func sameFigure(g goldClaim, a extract.ClaimAttrs) bool {
	gf, gs := unitFamily(g.Unit)
	af, as := unitFamily(a.Unit)
	if gf != af {
		return false
	}
	near := func(x, y float64) bool {
		return math.Abs(x-y) <= 0.02*math.Max(math.Abs(x), math.Abs(y))+1e-9
	}
	if g.Value != nil && a.Value != nil && near(*g.Value*gs, *a.Value*as) {
		return true
	}
	if g.Low != nil && g.High != nil {
		return near(*g.Low*gs, a.Low*as) && near(*g.High*gs, a.High*as)
	}
	return false
}

// unitFamily folds units that compare (percent and share; persons and
// count) and returns the factor into the family's unit.
func unitFamily(u string) (string, float64) {
	switch u {
	case "share":
		return "percent", 100
	case "percent":
		return "percent", 1
	case "persons", "count":
		return "count", 1
	}
	return u, 1
}

// samePeriod compares a period with the gold's. The gold notation stops at
// months, so a single day ("as of August 11, 2025") is compared at the
// precision the gold wrote (2025-08, or 2022 for "March 14, 2022" when the
// annotator kept the year).
func samePeriod(gold, ours string) bool {
	if gold == ours {
		return true
	}
	if len(ours) == 10 && ours[4] == '-' && ours[7] == '-' && (len(gold) == 4 || len(gold) == 7) {
		return ours[:len(gold)] == gold
	}
	return false
}

// periodString writes a period in the gold notation: 2023, 2021-2024,
// 2024-H1, 2022-10.
func periodString(p *extract.PeriodAttrs) string {
	if p == nil || p.Start == "" {
		return ""
	}
	s, e := p.Start, p.End
	if e == "" || e == s {
		return s
	}
	if len(s) == 4 && len(e) == 4 {
		return s + "-" + e
	}
	if len(s) == 7 && len(e) == 7 && s[:4] == e[:4] {
		switch s[5:] + e[5:] {
		case "0106":
			return s[:4] + "-H1"
		case "0712":
			return s[:4] + "-H2"
		case "0112":
			return s[:4]
		}
	}
	return s + "/" + e
}
