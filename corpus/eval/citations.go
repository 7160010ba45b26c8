package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/claimgraph/claimgraph/corpus"
	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/refs"
)

type goldCitations struct {
	Style    string `json:"style"`
	Callouts []struct {
		Text    string    `json:"text"`
		Context string    `json:"context"`
		Nth     int       `json:"nth"`
		Keys    []string  `json:"keys"`
		Targets []*string `json:"targets"`
	} `json:"callouts"`
	Attributions []struct {
		Text    string `json:"text"`
		Context string `json:"context"`
		Nth     int    `json:"nth"`
		Org     string `json:"org"`
	} `json:"attributions"`
}

type goldReferences struct {
	Entries []goldEntry `json:"entries"`
}

type goldEntry struct {
	ID    string    `json:"id"`
	Label string    `json:"label"`
	Start string    `json:"start"`
	CSL   refs.Item `json:"csl"`
}

// UnmarshalJSON also accepts the year suffix written inside "issued" (some
// gold files put it there; CSL keeps it as a top-level variable).
func (e *goldEntry) UnmarshalJSON(b []byte) error {
	type plain goldEntry
	if err := json.Unmarshal(b, (*plain)(e)); err != nil {
		return err
	}
	var aux struct {
		CSL struct {
			Issued struct {
				Suffix string `json:"year-suffix"`
			} `json:"issued"`
		} `json:"csl"`
	}
	if json.Unmarshal(b, &aux) == nil && e.CSL.YearSuffix == "" {
		e.CSL.YearSuffix = aux.CSL.Issued.Suffix
	}
	return nil
}

// refMap maps our reference node ids to gold entry ids through the gold
// entries' first words.
func refMap(s *seedDoc, g goldReferences) (map[string]string, []doc.Span) {
	m := map[string]string{}
	spans := make([]doc.Span, len(g.Entries))
	for i, e := range g.Entries {
		sp, ok := s.sq.find(s.doc, e.Start)
		if !ok {
			spans[i] = doc.Span{Start: -1, End: -1}
			continue
		}
		spans[i] = sp
		for _, n := range s.nodes["reference"] {
			if n.Span.Start <= sp.Start && sp.Start < n.Span.End {
				m[n.ID] = e.ID
				break
			}
		}
	}
	return m, spans
}

// evalCitations scores callout detection, callout→entry linking and
// attributions.
func evalCitations(w, _ io.Writer, seeds []*seedDoc, _ *corpus.Graph, goldDir string) error {
	calls := map[string]*PRF{}
	var links, attrs PRF
	missing := 0
	for _, s := range seeds {
		var gc goldCitations
		var gr goldReferences
		ok, err := readGold(goldDir, s.key, "citations", &gc)
		if err != nil || !ok {
			if err != nil {
				return err
			}
			continue
		}
		if _, err := readGold(goldDir, s.key, "references", &gr); err != nil {
			return err
		}
		ours := s.nodes["citation"]
		gold := make([]doc.Span, 0, len(gc.Callouts))
		for _, c := range gc.Callouts {
			sp, err := s.sq.anchor(s.doc, c.Context, c.Text, c.Nth)
			if err != nil {
				missing++
				sp = doc.Span{Start: -1, End: -1}
			}
			gold = append(gold, sp)
		}
		match := matchSpans(gold, nodeSpans(ours))
		used := map[int]bool{}
		rm, _ := refMap(s, gr)
		for gi, pi := range match {
			lang := s.doc.LangAt(max(gold[gi].Start, 0))
			if calls[lang] == nil {
				calls[lang] = &PRF{}
			}
			goldPairs := map[string]bool{}
			for _, t := range gc.Callouts[gi].Targets {
				if t != nil {
					goldPairs[*t] = true
				}
			}
			if pi < 0 {
				calls[lang].FN++
				links.FN += len(goldPairs)
				continue
			}
			used[pi] = true
			calls[lang].TP++
			var a extract.CitationAttrs
			ours[pi].DecodeAttrs(&a)
			got := map[string]bool{}
			for _, t := range a.Targets {
				if t != "" {
					got[rm[t]] = true
				}
			}
			for t := range got {
				if goldPairs[t] {
					links.TP++
					delete(goldPairs, t)
				} else {
					links.FP++
				}
			}
			links.FN += len(goldPairs)
		}
		for pi := range ours {
			if !used[pi] {
				lang := ours[pi].Lang
				if calls[lang] == nil {
					calls[lang] = &PRF{}
				}
				calls[lang].FP++
				var a extract.CitationAttrs
				ours[pi].DecodeAttrs(&a)
				for _, t := range a.Targets {
					if t != "" {
						links.FP++
					}
				}
			}
		}
		// Attributions.
		var ga []doc.Span
		for _, a := range gc.Attributions {
			sp, err := s.sq.anchor(s.doc, a.Context, a.Text, a.Nth)
			if err != nil {
				missing++
				sp = doc.Span{Start: -1, End: -1}
			}
			ga = append(ga, sp)
		}
		am := matchSpans(ga, nodeSpans(s.nodes["attribution"]))
		n := 0
		for _, pi := range am {
			if pi >= 0 {
				attrs.TP++
				n++
			} else {
				attrs.FN++
			}
		}
		attrs.FP += len(s.nodes["attribution"]) - n
	}
	t := &Table{Title: "Citations: callout detection per language, linking, attributions", Columns: []string{"what", "P", "R", "F1", "TP", "FP", "FN"}}
	var all PRF
	for _, l := range sortedKeys(calls) {
		t.Row(append([]string{"callouts " + l}, prfCells(*calls[l])...)...)
		all.Add(*calls[l])
	}
	t.Row(append([]string{"callouts all"}, prfCells(all)...)...)
	t.Row(append([]string{"callout → entry links"}, prfCells(links)...)...)
	t.Row(append([]string{"attributions"}, prfCells(attrs)...)...)
	t.Print(w)
	if missing > 0 {
		fmt.Fprintf(w, "\nGold citation anchors not found in the normalized text: %d.\n", missing)
	}
	return nil
}

// evalReferences scores entry detection and field accuracy.
func evalReferences(w, misses io.Writer, seeds []*seedDoc, _ *corpus.Graph, goldDir string) error {
	var entries PRF
	fields := map[string]*Acc{}
	add := func(f string, ok bool) {
		if fields[f] == nil {
			fields[f] = &Acc{}
		}
		fields[f].Add(ok)
	}
	for _, s := range seeds {
		var gr goldReferences
		ok, err := readGold(goldDir, s.key, "references", &gr)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		rm, _ := refMap(s, gr)
		byGold := map[string]extract.ReferenceAttrs{}
		for _, n := range s.nodes["reference"] {
			if gid, ok := rm[n.ID]; ok {
				var a extract.ReferenceAttrs
				n.DecodeAttrs(&a)
				byGold[gid] = a
			}
		}
		entries.FP += len(s.nodes["reference"]) - len(byGold)
		for _, e := range gr.Entries {
			a, found := byGold[e.ID]
			if !found {
				entries.FN++
				continue
			}
			entries.TP++
			compareItems(e.CSL, a.CSL, func(f string, ok bool, gv, ov string) {
				add(f, ok)
				if !ok {
					fmt.Fprintf(misses, "reference %s %s %s: gold %q, ours %q\n", s.key, e.ID, f, gv, ov)
				}
			})
		}
	}
	t := &Table{Title: "References: entry detection", Columns: []string{"what", "P", "R", "F1", "TP", "FP", "FN"}}
	t.Row(append([]string{"entries"}, prfCells(entries)...)...)
	t.Print(w)
	t2 := &Table{Title: "References: field accuracy on found entries (gold fields)", Columns: []string{"field", "accuracy"}}
	var all Acc
	for _, f := range sortedKeys(fields) {
		t2.Row(f, fields[f].String())
		all.OK += fields[f].OK
		all.N += fields[f].N
	}
	t2.Row("all fields", all.String())
	t2.Print(w)
	return nil
}

// compareItems compares every field the gold item has.
func compareItems(g, o refs.Item, add func(field string, ok bool, gold, ours string)) {
	str := func(name, gv, ov string) {
		if gv != "" {
			add(name, normField(gv) == normField(ov), gv, ov)
		}
	}
	if g.Type != "" {
		add("type", g.Type == o.Type || g.Type == "news" && o.Type == "article-newspaper", g.Type, o.Type)
	}
	if len(g.Author) > 0 {
		add("author", namesKey(g.Author) == namesKey(o.Author), namesKey(g.Author), namesKey(o.Author))
	}
	if g.Issued != nil && g.Year() > 0 {
		add("issued", g.Year() == o.Year() && g.YearSuffix == o.YearSuffix, fmt.Sprint(g.Year(), g.YearSuffix), fmt.Sprint(o.Year(), o.YearSuffix))
	}
	str("title", g.Title, o.Title)
	str("container-title", g.ContainerTitle, o.ContainerTitle)
	str("volume", g.Volume, o.Volume)
	str("issue", g.Issue, o.Issue)
	str("page", strings.ReplaceAll(g.Page, "–", "-"), strings.ReplaceAll(o.Page, "–", "-"))
	str("publisher", g.Publisher, o.Publisher)
	str("DOI", strings.ToLower(g.DOI), strings.ToLower(o.DOI))
	str("URL", g.URL, o.URL)
}

func namesKey(ns []refs.Name) string {
	var parts []string
	for _, n := range ns {
		k := n.Family
		if k == "" {
			k = n.Literal
		}
		parts = append(parts, normField(k))
	}
	return strings.Join(parts, "|")
}
