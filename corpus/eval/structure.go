package eval

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimgraph/claimgraph/corpus"
)

type goldStructure struct {
	Paragraphs []struct {
		Context string `json:"context"`
		Lang    string `json:"lang"`
	} `json:"paragraphs"`
	Sections []struct {
		Heading string `json:"heading"`
		Kind    string `json:"kind"`
	} `json:"sections"`
	Sentences [][]string `json:"sentences"`
}

// evalStructure scores language per paragraph, section detection and
// sentence boundaries.
func evalStructure(w, _ io.Writer, seeds []*seedDoc, _ *corpus.Graph, goldDir string) error {
	langAcc := map[string]*Acc{}
	var secs PRF
	var secKind Acc
	var sents PRF
	missing := 0
	for _, s := range seeds {
		var g goldStructure
		ok, err := readGold(goldDir, s.key, "structure", &g)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		d := s.doc
		for _, p := range g.Paragraphs {
			sp, found := s.sq.find(d, p.Context)
			if !found {
				missing++
				continue
			}
			if langAcc[p.Lang] == nil {
				langAcc[p.Lang] = &Acc{}
			}
			langAcc[p.Lang].Add(d.LangAt(sp.Start) == p.Lang)
		}
		// Sections: a gold heading is found when one of our sections
		// starts within the heading's paragraph.
		matched := map[int]bool{}
		for _, gs := range g.Sections {
			sp, found := s.sq.findHeading(d, gs.Heading)
			if !found {
				missing++
				secs.FN++
				continue
			}
			pi := d.ParagraphIndex(sp.Start)
			hit := -1
			for i, sec := range d.Sections {
				if pi >= 0 && sec.Span.Start == d.Paragraphs[pi].Span.Start && !matched[i] {
					hit = i
					break
				}
			}
			if hit < 0 {
				secs.FN++
				continue
			}
			matched[hit] = true
			secs.TP++
			secKind.Add(d.Sections[hit].Kind == gs.Kind)
		}
		secs.FP += len(d.Sections) - len(matched)
		// Sentences: boundaries are the starts of the 2nd..nth sentence
		// of each gold run; ours are our sentence starts inside the run.
		for _, run := range g.Sentences {
			var starts []int
			for _, sent := range run {
				sp, found := s.sq.find(d, sent)
				if !found {
					missing++
					starts = nil
					break
				}
				starts = append(starts, sp.Start)
			}
			if len(starts) == 0 {
				continue
			}
			last, _ := s.sq.find(d, run[len(run)-1])
			lo, hi := starts[0], last.End
			gold := map[int]bool{}
			for _, st := range starts[1:] {
				gold[st] = true
			}
			for _, sen := range d.Sentences {
				if sen.Span.Start > lo && sen.Span.Start < hi {
					if gold[sen.Span.Start] {
						sents.TP++
						delete(gold, sen.Span.Start)
					} else {
						sents.FP++
					}
				}
			}
			sents.FN += len(gold)
		}
	}
	t := &Table{Title: "Structure: language per paragraph", Columns: []string{"language", "accuracy"}}
	var all Acc
	for _, l := range sortedKeys(langAcc) {
		t.Row(l, langAcc[l].String())
		all.OK += langAcc[l].OK
		all.N += langAcc[l].N
	}
	t.Row("all", all.String())
	t.Print(w)
	t2 := &Table{Title: "Structure: sections and sentences", Columns: []string{"what", "P", "R", "F1", "TP", "FP", "FN"}}
	t2.Row(append([]string{"section headings"}, prfCells(secs)...)...)
	t2.Row(append([]string{"sentence boundaries"}, prfCells(sents)...)...)
	t2.Print(w)
	fmt.Fprintf(w, "\nSection kind accuracy on found headings: %s.", secKind)
	if missing > 0 {
		fmt.Fprintf(w, " Gold anchors not found in the normalized text: %d.", missing)
	}
	fmt.Fprintln(w)
	return nil
}

var _ = strings.TrimSpace
