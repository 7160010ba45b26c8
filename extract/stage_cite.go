package extract

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/extract/cite"
	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/refs"
)

// ReferenceAttrs are the type-specific fields of a reference node.
type ReferenceAttrs struct {
	Raw   string    `json:"raw"`
	Label string    `json:"label,omitempty"`
	CSL   refs.Item `json:"csl"`
	// Cited counts the callouts that resolve to this entry.
	Cited int `json:"cited"`
}

// CitationAttrs are the type-specific fields of a citation node.
type CitationAttrs struct {
	Style string `json:"style"`
	// Keys are the cited items as written: "Surname YEAR" or the number.
	Keys []string `json:"keys"`
	// Targets are the reference node ids the keys resolve to ("" when none).
	Targets []string `json:"targets"`
	// Mismatches say, per key, "year" or "name" when the link tolerated a
	// difference, else "".
	Mismatches []string `json:"mismatches,omitempty"`
}

// AttributionAttrs are the fields of an attribution node: a claim source
// named without a formal citation ("according to the World Bank").
type AttributionAttrs struct {
	Org string `json:"org"`
}

// citationStage finds the reference list and the in-text citations, links
// them and reports the per-document integrity findings.
func citationStage(rlx *refs.Lexicon, clx *cite.Lexicon) Stage {
	return Stage{Name: "citations", Run: func(d *doc.Document, st *State) error {
		rs := refs.Extract(d, rlx)
		return addCitations(d, st, rs, cite.Extract(d, rs, clx))
	}}
}

// addCitations adds the reference, citation and attribution nodes, their
// edges and findings to the record, and the exclusions and sources of the
// later stages to st.
func addCitations(d *doc.Document, st *State, rs []refs.Reference, res cite.Result) error {
	rec := st.Record
	rec.Nodes = slices.Grow(rec.Nodes, len(res.Citations)+len(rs)+len(res.Attributions))
	spans := make([]doc.Span, 0, len(res.Citations)+len(rs)+len(res.Attributions))
	refIDs := make([]string, len(rs))
	refAttrs := make([]ReferenceAttrs, len(rs))
	for i, r := range rs {
		refIDs[i] = doc.NodeID("ref", d.ID, r.Span)
		refAttrs[i] = ReferenceAttrs{Raw: r.Raw, Label: r.Label, CSL: r.CSL}
		st.Exclude = append(st.Exclude, r.Span)
	}
	citIDs := make([]string, len(res.Citations))
	for ci, c := range res.Citations {
		spans = append(spans, c.Span)
		n := st.node(d, "citation", doc.NodeID("cit", d.ID, c.Span), &spans[len(spans)-1])
		citIDs[ci] = n.ID
		a := CitationAttrs{Style: c.Style}
		if k := len(c.Keys); k > 0 {
			// The three lists in one allocation.
			lists := make([]string, 3*k)
			a.Keys, a.Targets, a.Mismatches = lists[:0:k], lists[k:k:2*k], lists[2*k:2*k:3*k]
		}
		hasMismatch := false
		for _, k := range c.Keys {
			a.Keys = append(a.Keys, keyString(k))
			target := ""
			if k.Target >= 0 && k.Target < len(rs) {
				target = refIDs[k.Target]
				refAttrs[k.Target].Cited++
				rec.Edges = append(rec.Edges, doc.Edge{From: n.ID, To: target, Type: "resolves_to"})
			}
			a.Targets = append(a.Targets, target)
			a.Mismatches = append(a.Mismatches, k.Mismatch)
			hasMismatch = hasMismatch || k.Mismatch != ""
		}
		if !hasMismatch {
			a.Mismatches = nil
		}
		if b, ok := a.AppendPlainJSON(st.attrsBuf()); ok {
			n.SetPlainAttrs(st.keepAttrs(b))
		} else if err := n.SetAttrs(a); err != nil {
			return err
		}
		rec.Nodes = append(rec.Nodes, n)
		st.Exclude = append(st.Exclude, c.Span)
		src := Source{Span: c.Span, Ref: n.ID} // a callout with no entry ("[10]" with no list) is the source itself
		for ki, t := range a.Targets {
			if t != "" {
				au := rs[c.Keys[ki].Target].CSL.Author
				src = Source{Span: c.Span, Ref: t, OrgAuthor: len(au) > 0 && au[0].Literal != ""}
				break
			}
		}
		st.Sources = append(st.Sources, src)
	}
	for i, r := range rs {
		spans = append(spans, r.Span)
		n := st.node(d, "reference", refIDs[i], &spans[len(spans)-1])
		if b, ok := refAttrs[i].AppendPlainJSON(st.attrsBuf()); ok {
			n.SetPlainAttrs(st.keepAttrs(b))
		} else if err := n.SetAttrs(&refAttrs[i]); err != nil {
			return err
		}
		rec.Nodes = append(rec.Nodes, n)
	}
	for _, at := range res.Attributions {
		spans = append(spans, at.Span)
		n := st.node(d, "attribution", doc.NodeID("attr", d.ID, at.Span), &spans[len(spans)-1])
		a := AttributionAttrs{Org: at.Org}
		if b, ok := a.AppendPlainJSON(st.attrsBuf()); ok {
			n.SetPlainAttrs(st.keepAttrs(b))
		} else if err := n.SetAttrs(a); err != nil {
			return err
		}
		rec.Nodes = append(rec.Nodes, n)
		st.Sources = append(st.Sources, Source{Span: at.Span, Ref: n.ID, Org: at.Org})
	}
	for _, f := range res.Findings {
		var nodes []string
		if f.Citation >= 0 && f.Citation < len(citIDs) {
			nodes = append(nodes, citIDs[f.Citation])
		}
		if f.Reference >= 0 && f.Reference < len(refIDs) {
			nodes = append(nodes, refIDs[f.Reference])
		}
		if other, ok := f.Fields["other_reference"].(int); ok && other >= 0 && other < len(refIDs) {
			nodes = append(nodes, refIDs[other])
		}
		anchor := d.ID
		if len(f.Spans) > 0 {
			anchor = doc.NodeID("at", d.ID, f.Spans[0])
		}
		if f.Key >= 0 {
			anchor += "#" + strconv.Itoa(f.Key)
		}
		fd := doc.Finding{ID: "finding:" + f.Type + ":" + anchor, Type: f.Type, Severity: f.Severity, Summary: f.Summary, Nodes: nodes}
		if b, ok := appendFindingAttrs(st.attrsBuf(), d.ID, f.Fields); ok {
			fd.Attrs = st.keepAttrs(b)
		} else {
			b, err := json.Marshal(findingAttrs(d.ID, f.Fields))
			if err != nil {
				return fmt.Errorf("finding %s: %w", fd.ID, err)
			}
			fd.Attrs = b
		}
		rec.Findings = append(rec.Findings, fd)
	}
	st.Values["references"] = rs
	st.Values["citation_style"] = res.Style
	return nil
}

// keyString writes a key as the contract wants it: "Surname YEAR" or the number.
func keyString(k cite.Key) string {
	if k.Number > 0 {
		return strconv.Itoa(k.Number)
	}
	name := strings.Join(k.Names, " & ")
	year := k.Year + k.Suffix
	if k.NoDate {
		year = "n.d."
	}
	return strings.TrimSpace(name + " " + year)
}
