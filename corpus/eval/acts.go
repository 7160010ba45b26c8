package eval

import (
	"io"
	"strings"

	"github.com/claimgraph/claimgraph/corpus"
	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
)

type goldActs struct {
	Mentions []struct {
		Text         string `json:"text"`
		Context      string `json:"context"`
		Nth          int    `json:"nth"`
		ActType      string `json:"act_type"`
		Number       string `json:"number"`
		Title        string `json:"title"`
		Date         string `json:"date"`
		Year         *int   `json:"year"`
		Jurisdiction string `json:"jurisdiction"`
		Act          string `json:"act"`
		Anaphor      bool   `json:"anaphor"`
	} `json:"mentions"`
}

// evalActs scores act-mention detection, attributes, and linking (pairs of
// mentions that are the same act, within and across documents).
func evalActs(w, _ io.Writer, seeds []*seedDoc, g *corpus.Graph, goldDir string) error {
	actOf := map[string]string{}
	for _, e := range g.Edges {
		if e.Type == "mentions" {
			actOf[e.From] = e.To
		}
	}
	det := map[string]*PRF{}
	attr := map[string]*Acc{}
	addAttr := func(k string, ok bool) {
		if attr[k] == nil {
			attr[k] = &Acc{}
		}
		attr[k].Add(ok)
	}
	type linked struct {
		doc, gold, ours string
	}
	var pairsIn []linked
	for _, s := range seeds {
		var ga goldActs
		ok, err := readGold(goldDir, s.key, "acts", &ga)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		ours := s.nodes["act_mention"]
		gold := make([]doc.Span, len(ga.Mentions))
		for i, m := range ga.Mentions {
			sp, err := s.sq.anchor(s.doc, m.Context, m.Text, m.Nth)
			if err != nil {
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
			if pi < 0 {
				det[lang].FN++
				continue
			}
			used[pi] = true
			det[lang].TP++
			gm := ga.Mentions[gi]
			var a extract.ActMentionAttrs
			ours[pi].DecodeAttrs(&a)
			if !gm.Anaphor {
				addAttr("act_type", gm.ActType == a.ActType || gm.ActType == a.Subject)
				if gm.Number != "" {
					addAttr("number", normNumber(gm.Number) == normNumber(a.Number))
				}
				if gm.Year != nil && *gm.Year > 0 {
					addAttr("year", *gm.Year == a.Year || *gm.Year == a.ActYear)
				}
				if gm.Jurisdiction != "" {
					addAttr("jurisdiction", gm.Jurisdiction == a.Jurisdiction)
				}
				if gm.Date != "" {
					addAttr("date", gm.Date == a.Date)
				}
			}
			pairsIn = append(pairsIn, linked{s.key, gm.Act, actOf[ours[pi].ID]})
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
	var within, across PRF
	for i := 0; i < len(pairsIn); i++ {
		for j := i + 1; j < len(pairsIn); j++ {
			a, b := pairsIn[i], pairsIn[j]
			sameGold := a.gold == b.gold && a.gold != ""
			sameOurs := a.ours == b.ours && a.ours != ""
			p := &within
			if a.doc != b.doc {
				p = &across
			}
			switch {
			case sameGold && sameOurs:
				p.TP++
			case sameOurs:
				p.FP++
			case sameGold:
				p.FN++
			}
		}
	}
	t := &Table{Title: "Legal acts: mention detection per language and linking (pairs of mentions of the same act)", Columns: []string{"what", "P", "R", "F1", "TP", "FP", "FN"}}
	var all PRF
	for _, l := range sortedKeys(det) {
		t.Row(append([]string{"mentions " + l}, prfCells(*det[l])...)...)
		all.Add(*det[l])
	}
	t.Row(append([]string{"mentions all"}, prfCells(all)...)...)
	t.Row(append([]string{"linking within documents"}, prfCells(within)...)...)
	t.Row(append([]string{"linking across documents"}, prfCells(across)...)...)
	t.Print(w)
	t2 := &Table{Title: "Legal acts: attribute accuracy on found mentions", Columns: []string{"attribute", "accuracy"}}
	for _, k := range sortedKeys(attr) {
		t2.Row(k, attr[k].String())
	}
	t2.Print(w)
	return nil
}

func normNumber(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimLeft(s, "№no. ")
	return strings.NewReplacer("р", "r", "уп", "up", "пп", "pp", " ", "").Replace(s)
}
