package extract

import (
	"slices"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/legal"
)

// ActMentionAttrs are the fields of an act_mention node: everything the
// legal extractor found (so that the reduce step can link acts across
// documents from records alone), plus the legal_act node it mentions,
// which only the reduce step can know.
type ActMentionAttrs struct {
	legal.Mention
	// Act is the legal_act node id (set when the corpus is reduced).
	Act string `json:"act"`
	// AntecedentID is the act_mention node an anaphor points back to.
	AntecedentID string `json:"antecedent_id,omitempty"`
	// ELI and AdiletID identify the act when type, year and number allow.
	ELI      string `json:"eli,omitempty"`
	AdiletID string `json:"adilet_id,omitempty"`
}

// legalStage finds legal-act mentions.
func legalStage(lx *legal.Lexicon) Stage {
	return Stage{Name: "legal", Run: func(d *doc.Document, st *State) error {
		return addActMentions(d, st, legal.Extract(d, lx))
	}}
}

// addActMentions adds an act_mention node for each mention, and the
// mentions outside the reference list to the exclusions.
func addActMentions(d *doc.Document, st *State, ms []legal.Mention) error {
	ids := make([]string, len(ms))
	spans := make([]doc.Span, len(ms))
	for i, m := range ms {
		ids[i] = doc.NodeID("act", d.ID, m.Span)
		spans[i] = m.Span
	}
	st.Record.Nodes = slices.Grow(st.Record.Nodes, len(ms))
	for i, m := range ms {
		n := st.node(d, "act_mention", ids[i], &spans[i])
		a := ActMentionAttrs{Mention: m, ELI: legal.ELI(m), AdiletID: legal.AdiletID(m)}
		if m.Anaphor && m.Antecedent >= 0 && m.Antecedent < len(ids) {
			a.AntecedentID = ids[m.Antecedent]
		}
		if b, ok := a.AppendPlainJSON(st.attrsBuf()); ok {
			n.Attrs = st.keepAttrs(b)
		} else if err := n.SetAttrs(a); err != nil {
			return err
		}
		st.Record.Nodes = append(st.Record.Nodes, n)
		if !m.InReferences {
			st.Exclude = append(st.Exclude, m.Span)
		}
	}
	return nil
}
