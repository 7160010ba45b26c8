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
func evalClaims(w io.Writer, seeds []*seedDoc, _ *corpus.Graph, goldDir string) error {
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
			ent.Add(entityID(a.Entity) == deref(g.Entity))
			ind.Add(g.Indicator == entityID(a.Indicator) || g.Indicator == "other" && a.Indicator == nil)
			per.Add(periodString(a.Period) == strings.ReplaceAll(deref(g.Period), "–", "-"))
			approx.Add(g.Approx == "" || g.Approx == a.Approx)
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
