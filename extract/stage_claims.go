package extract

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/extract/claims"
	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/entity"
)

// claimStage extracts numeric claims with their entity, indicator, period
// and source, and runs the document's arithmetic self-checks.
func claimStage(lx *claims.Lexicon) Stage {
	gz := lx.Gazetteer
	return Stage{Name: "claims", Run: func(d *doc.Document, st *State) error {
		return addClaims(d, st, claims.Extract(d, lx, claimsContext(gz, st)))
	}}
}

// claimsContext is what the earlier stages tell the claim extractor: the
// spans they own and the sources a claim can be attributed to.
func claimsContext(gz *entity.Gazetteer, st *State) claims.Context {
	ctx := claims.Context{Exclude: st.Exclude}
	for _, s := range st.Sources {
		ref := s.Ref
		// An attribution names an organization: the claim's source is
		// that organization's entity when the gazetteer knows it.
		if s.Org != "" {
			for _, m := range gz.Find(s.Org) {
				if m.Kind == "organization" {
					ref = EntityNodeID(m.ID)
					break
				}
			}
		}
		ctx.Sources = append(ctx.Sources, claims.Source{Span: s.Span, Ref: ref, DatesData: s.OrgAuthor || s.Org != ""})
	}
	return ctx
}

// addClaims adds a claim node for each claim with its about and
// attributed_to edges, and the arithmetic findings.
func addClaims(d *doc.Document, st *State, cs []claims.Claim) error {
	rec := st.Record
	rec.Nodes = slices.Grow(rec.Nodes, len(cs))
	spans := make([]doc.Span, len(cs))
	ids := make([]string, len(cs))
	// What a claim's attributes point to, reused from claim to claim (each
	// is written out before the next): allocated once, not per claim.
	var entity, indicator, source string
	var period PeriodAttrs
	for i, c := range cs {
		spans[i] = c.Span
		ids[i] = doc.NodeID("claim", d.ID, c.Span)
		n := st.node(d, "claim", ids[i], &spans[i])
		a := ClaimAttrs{
			Value: c.Value, Low: c.Low, High: c.High, Unit: c.Unit, Approx: c.Approx,
			Origin: c.Origin, Dest: c.Destination, Hedged: c.Hedged, Qualifier: c.Qualifier,
			Scale: c.Scale, Respect: c.Respectively,
		}
		if c.Source != "" {
			source = c.Source
			a.Source = &source
		}
		if c.Entity != "" {
			entity = EntityNodeID(c.Entity)
			a.Entity = &entity
			rec.Edges = append(rec.Edges, doc.Edge{From: n.ID, To: entity, Type: "about"})
		}
		if c.Indicator != "" && c.Indicator != "other" {
			indicator = IndicatorNodeID(c.Indicator)
			a.Indicator = &indicator
			rec.Edges = append(rec.Edges, doc.Edge{From: n.ID, To: indicator, Type: "about"})
		}
		if c.Period != nil && (c.Period.Start != "" || c.Period.Relative) {
			period = PeriodAttrs{Start: c.Period.Start, End: c.Period.End, Relative: c.Period.Relative, Text: c.Period.Text}
			a.Period = &period
		}
		if c.Source != "" {
			rec.Edges = append(rec.Edges, doc.Edge{From: n.ID, To: c.Source, Type: "attributed_to"})
		}
		if b, ok := a.AppendPlainJSON(st.attrsBuf()); ok {
			n.SetPlainAttrs(st.keepAttrs(b))
		} else if err := n.SetAttrs(a); err != nil {
			return err
		}
		rec.Nodes = append(rec.Nodes, n)
	}
	st.Values["claims"] = cs
	return addArithmetic(d, st, cs, ids)
}

// ArithmeticAttrs are the fields of an arithmetic finding.
type ArithmeticAttrs struct {
	Kind        string  `json:"kind"`
	Claimed     float64 `json:"claimed"`
	Computed    float64 `json:"computed"`
	Tolerance   float64 `json:"tolerance"`
	Consistent  bool    `json:"consistent"`
	Explanation string  `json:"explanation"`
	Doc         string  `json:"doc"`
}

// addArithmetic checks each stated change, ratio, difference, sum and share
// against the document's own figures; inconsistent ones are warnings,
// verified ones info (so a reviewer sees what was checked). ids are the
// claims' node ids.
func addArithmetic(d *doc.Document, st *State, cs []claims.Claim, ids []string) error {
	rec := st.Record
	seen := map[string]bool{}
	for _, a := range claims.Check(d, cs) {
		if len(a.Claims) == 0 {
			continue
		}
		var nodes []string
		for _, i := range a.Claims {
			if i >= 0 && i < len(cs) {
				nodes = append(nodes, ids[i])
			}
		}
		id := "finding:arithmetic:" + a.Kind + ":" + strings.Join(nodes, "+")
		if seen[id] || len(nodes) == 0 {
			continue
		}
		seen[id] = true
		sev, verdict := "info", "consistent"
		if !a.Consistent {
			sev, verdict = "warning", "inconsistent"
		}
		f := doc.Finding{ID: id, Type: "arithmetic", Severity: sev, Nodes: nodes,
			Summary: strings.ReplaceAll(a.Kind, "_", " ") + " (" + verdict + "): " + a.Explanation}
		at := ArithmeticAttrs{Kind: a.Kind, Claimed: a.Stated, Computed: a.Computed, Tolerance: a.Tolerance,
			Consistent: a.Consistent, Explanation: a.Explanation, Doc: d.ID}
		if b, ok := at.AppendPlainJSON(st.attrsBuf()); ok {
			f.Attrs = st.keepAttrs(b)
		} else {
			raw, err := json.Marshal(at)
			if err != nil {
				return err
			}
			f.Attrs = raw
		}
		rec.Findings = append(rec.Findings, f)
	}
	return nil
}
