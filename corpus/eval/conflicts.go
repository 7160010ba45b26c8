package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/claimgraph/claimgraph/corpus"
	"github.com/claimgraph/claimgraph/extract/doc"
)

type goldClaimRef struct {
	Doc     string `json:"doc"`
	Text    string `json:"text"`
	Context string `json:"context"`
	Nth     int    `json:"nth"`
}

type goldConflicts struct {
	Quantities []struct {
		ID     string         `json:"id"`
		Claims []goldClaimRef `json:"claims"`
	} `json:"quantities"`
	Conflicts []struct {
		Quantity string `json:"quantity"`
		A        int    `json:"a"`
		B        int    `json:"b"`
		Class    string `json:"class"`
	} `json:"conflicts"`
	Related []struct {
		A goldClaimRef `json:"a"`
		B goldClaimRef `json:"b"`
	} `json:"related"`
}

// evalConflicts scores conflict detection (pairs of claims) and the
// classification of the conflicts found, against gold/conflicts.json.
func evalConflicts(w, misses io.Writer, seeds []*seedDoc, g *corpus.Graph, goldDir string) error {
	data, err := os.ReadFile(filepath.Join(goldDir, "conflicts.json"))
	if err != nil {
		fmt.Fprintf(w, "\n(no conflicts gold: %v)\n", err)
		return nil
	}
	var gc goldConflicts
	if err := json.Unmarshal(data, &gc); err != nil {
		return fmt.Errorf("gold conflicts: %w", err)
	}
	byKey := map[string]*seedDoc{}
	for _, s := range seeds {
		byKey[s.key] = s
	}
	unresolved := 0
	// resolve finds our claim node for a gold claim reference.
	resolve := func(r goldClaimRef) string {
		s := byKey[r.Doc]
		if s == nil {
			unresolved++
			return ""
		}
		sp, err := s.sq.anchor(s.doc, r.Context, r.Text, r.Nth)
		if err != nil {
			unresolved++
			return ""
		}
		m := matchSpans([]doc.Span{sp}, nodeSpans(s.nodes["claim"]))
		if m[0] < 0 {
			unresolved++
			return ""
		}
		return s.nodes["claim"][m[0]].ID
	}
	pair := func(a, b string) string {
		if a > b {
			a, b = b, a
		}
		return a + "|" + b
	}
	goldPairs := map[string]string{} // pair → class
	goldWhat := map[string]string{}  // pair → the quantity and texts, for misses
	// The quantities the brief names explicitly; recall must be 1 there.
	briefPairs := map[string]string{}
	brief := map[string]bool{"kg-internal-migrants-share": true, "kz-cis-share-arrivals": true, "kz-cis-share-departures": true,
		"kg-remittances-gdp-share": true, "tj-remittances-gdp-share": true}
	missingClaims := 0
	for _, c := range gc.Conflicts {
		for _, q := range gc.Quantities {
			if q.ID != c.Quantity || c.A >= len(q.Claims) || c.B >= len(q.Claims) {
				continue
			}
			a, b := resolve(q.Claims[c.A]), resolve(q.Claims[c.B])
			if a == "" || b == "" {
				missingClaims++
				goldPairs[fmt.Sprintf("missing:%s:%d:%d", q.ID, c.A, c.B)] = c.Class
				continue
			}
			goldPairs[pair(a, b)] = c.Class
			goldWhat[pair(a, b)] = q.ID + ": " + q.Claims[c.A].Text + " vs " + q.Claims[c.B].Text
			if brief[q.ID] {
				briefPairs[pair(a, b)] = q.ID + ": " + q.Claims[c.A].Text + " vs " + q.Claims[c.B].Text
			}
		}
	}
	related := map[string]bool{}
	for _, r := range gc.Related {
		if a, b := resolve(r.A), resolve(r.B); a != "" && b != "" {
			related[pair(a, b)] = true
		}
	}
	var det PRF
	var class Acc
	relatedAsConflict := 0
	found := map[string]bool{}
	for _, f := range g.Findings {
		if f.Type != "conflict" || len(f.Nodes) < 2 {
			continue
		}
		p := pair(f.Nodes[0], f.Nodes[1])
		found[p] = true
		gclass, ok := goldPairs[p]
		if !ok {
			fmt.Fprintf(misses, "conflict FP (related in gold: %v): %s\n", related[p], f.Summary)
			det.FP++
			if related[p] {
				relatedAsConflict++
			}
			continue
		}
		det.TP++
		var a struct {
			Classification string `json:"classification"`
		}
		json.Unmarshal(f.Attrs, &a)
		class.Add(a.Classification == gclass)
		if a.Classification != gclass {
			fmt.Fprintf(misses, "conflict class: gold %s, ours %s: %s\n", gclass, a.Classification, f.Summary)
		}
	}
	for _, p := range sortedKeys(goldPairs) {
		if !found[p] {
			det.FN++
			fmt.Fprintf(misses, "conflict FN: %s\n", goldWhat[p])
		}
	}
	var briefRecall Acc
	var briefMissed []string
	for p, what := range briefPairs {
		briefRecall.Add(found[p])
		if !found[p] {
			briefMissed = append(briefMissed, what)
		}
	}
	sort.Strings(briefMissed)
	t := &Table{Title: "Conflicts: pairs of claims that disagree", Columns: []string{"what", "P", "R", "F1", "TP", "FP", "FN"}}
	t.Row(append([]string{"conflicts"}, prfCells(det)...)...)
	t.Print(w)
	fmt.Fprintf(w, "\nClassification accuracy on found conflicts: %s. Related pairs reported as conflicts: %d. Gold conflicts whose claims were not extracted: %d.\n", class, relatedAsConflict, missingClaims)
	fmt.Fprintf(w, "\nRecall on the conflicts the brief names (Kyrgyz internal migrants, Kazakh CIS shares, remittances/GDP of Kyrgyzstan and Tajikistan): %s.\n", briefRecall)
	for _, m := range briefMissed {
		fmt.Fprintf(w, "- missed: %s\n", m)
	}
	return nil
}
