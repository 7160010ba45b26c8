package extract

import (
	"github.com/claimgraph/claimgraph/extract/claims"
	"github.com/claimgraph/claimgraph/extract/doc"
)

// claimStage extracts numeric claims with their entity, indicator, period
// and source, and runs the document's arithmetic self-checks.
func claimStage(lx *claims.Lexicon) Stage {
	gz := lx.Gazetteer
	return Stage{Name: "claims", Run: func(d *doc.Document, st *State) error {
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
			ctx.Sources = append(ctx.Sources, claims.Source{Span: s.Span, Ref: ref})
		}
		cs := claims.Extract(d, lx, ctx)
		rec := st.Record
		for _, c := range cs {
			n := TextNode(d, "claim", "claim", c.Span)
			a := ClaimAttrs{
				Value: c.Value, Low: c.Low, High: c.High, Unit: c.Unit, Approx: c.Approx,
				Origin: c.Origin, Dest: c.Destination, Hedged: c.Hedged, Qualifier: c.Qualifier,
				Scale: c.Scale, Respect: c.Respectively, Source: strPtr(c.Source),
			}
			if c.Entity != "" {
				a.Entity = strPtr(EntityNodeID(c.Entity))
				rec.Edges = append(rec.Edges, doc.Edge{From: n.ID, To: *a.Entity, Type: "about"})
			}
			if c.Indicator != "" && c.Indicator != "other" {
				a.Indicator = strPtr(IndicatorNodeID(c.Indicator))
				rec.Edges = append(rec.Edges, doc.Edge{From: n.ID, To: *a.Indicator, Type: "about"})
			}
			if c.Period != nil && (c.Period.Start != "" || c.Period.Relative) {
				a.Period = &PeriodAttrs{Start: c.Period.Start, End: c.Period.End, Relative: c.Period.Relative, Text: c.Period.Text}
			}
			if c.Source != "" {
				rec.Edges = append(rec.Edges, doc.Edge{From: n.ID, To: c.Source, Type: "attributed_to"})
			}
			if err := n.SetAttrs(a); err != nil {
				return err
			}
			rec.Nodes = append(rec.Nodes, n)
		}
		st.Values["claims"] = cs
		return nil
	}}
}
