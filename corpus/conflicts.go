package corpus

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/claimgraph/claimgraph/corpus/internal/parallel"
	"github.com/claimgraph/claimgraph/corpus/reconcile"
	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/entity"
)

// QuantityAttrs are the fields of a quantity node: what several claims
// measure (entity, indicator, period, unit family).
type QuantityAttrs struct {
	Entity      string   `json:"entity,omitempty"`
	Origin      string   `json:"origin,omitempty"`
	Destination string   `json:"destination,omitempty"`
	Indicator   string   `json:"indicator"`
	Period      string   `json:"period,omitempty"`
	UnitFamily  string   `json:"unit_family"`
	Claims      []string `json:"claims"`
}

// ConflictClaim is one side of a conflict as the finding shows it.
type ConflictClaim struct {
	ID     string   `json:"id"`
	Doc    string   `json:"doc"`
	Text   string   `json:"text"`
	Value  *float64 `json:"value"`
	Low    float64  `json:"low"`
	High   float64  `json:"high"`
	Unit   string   `json:"unit"`
	Period string   `json:"period,omitempty"`
	Source string   `json:"source,omitempty"`
}

// ConflictAttrs are the type-specific fields of a conflict finding.
type ConflictAttrs struct {
	Quantity       string          `json:"quantity"`
	Classification string          `json:"classification"`
	Explanation    string          `json:"explanation"`
	GapAbs         float64         `json:"gap_abs"`
	GapRel         float64         `json:"gap_rel"`
	PeriodUnknown  bool            `json:"period_unknown,omitempty"`
	SameDocument   bool            `json:"same_document"`
	Claims         []ConflictClaim `json:"claims"`
}

// relatedEdge is a related edge with its reason's attrs, as json.Marshal
// wrote them (spliced as they are when the edge is written).
func relatedEdge(a, b string, reason json.RawMessage) doc.Edge {
	e := doc.Edge{From: a, To: b, Type: "related"}
	e.SetPlainAttrs(reason)
	return e
}

// reconcileReducer adds the entity and indicator nodes the claims point to,
// groups claims into quantities, and reports conflicting figures.
func reconcileReducer(gz *entity.Gazetteer) Reducer {
	return Reducer{Name: "reconcile", Reads: []string{projAttribution, projClaim, projReferenceLabel, projCitationLabel}, Run: func(recs []*extract.Record, g *Graph) error {
		nClaims := 0
		for i := range g.Nodes {
			if g.Nodes[i].Type == "claim" {
				nClaims++
			}
		}
		// Decoding the attrs and making each claim are most of the reading:
		// a chunk at a time in parallel, by index (a chunk bounds the
		// decoded copies); the claims are then gathered in order. The
		// sources' labels are made the same way, first.
		const chunk = 4096
		// Only the claims Reconcile can place are kept (two thirds on the
		// benchmark corpus): the slice holds a chunk's, then is sized once
		// from the share the first chunk kept (claimsCapacity). Grown as
		// needed from half the claims, it was copied twice through the
		// reducer's peak, into fresh memory 1.4 times the claims' size.
		// (Copying it to its length before Reconcile saved ~10 MB at
		// 10,000 papers and cost half a second.)
		cs := make([]reconcile.Claim, 0, min(nClaims, chunk))
		claimsSeen := 0
		// Where each kept claim is (by node id): conflicts are built from
		// it once the nodes read are released.
		at := make(map[string]claimPlace, nClaims/2)
		entities := map[string]bool{}
		indicators := map[string]bool{}
		refTitle := map[string]string{}
		docLabel := map[string]string{}
		for _, d := range g.Documents {
			docLabel[d.ID] = filepath.Base(d.Path)
		}
		type label struct {
			s  string
			ok bool
		}
		labels := make([]label, chunk)
		for start := 0; start < len(g.Nodes); start += chunk {
			part := g.Nodes[start:min(start+chunk, len(g.Nodes))]
			parallel.For(len(part), func(k int) {
				labels[k] = label{}
				switch n := &part[k]; n.Type {
				case "attribution":
					var a extract.AttributionAttrs
					if n.DecodeAttrs(&a) == nil {
						labels[k] = label{a.Org, true}
					}
					g.dropRead(n)
				case "reference":
					var a extract.ReferenceAttrs
					if n.DecodeAttrs(&a) == nil {
						labels[k] = label{sourceLabel(a), true}
					}
					g.dropRead(n)
				case "citation":
					labels[k] = label{"reference " + n.Text, true} // a callout with no entry
				}
			})
			for k := range part {
				if labels[k].ok {
					refTitle[part[k].ID] = labels[k].s
				}
			}
		}
		// Each chunk is decoded on every CPU while the claims of the one
		// before are gathered on one.
		type claimChunk struct {
			part  []doc.Node
			attrs []extract.ClaimAttrs
			made  []madeClaim
		}
		var bufs [2]claimChunk
		for i := range bufs {
			bufs[i] = claimChunk{attrs: make([]extract.ClaimAttrs, chunk), made: make([]madeClaim, chunk)}
		}
		prepare := func(c *claimChunk, start int) error {
			part := g.Nodes[start:min(start+chunk, len(g.Nodes))]
			claimAttrs, made := c.attrs, c.made
			c.part = part
			clear(claimAttrs)
			clear(made)
			if err := parallel.Each(len(part), func(k int) error {
				n := &part[k]
				if n.Type != "claim" {
					return nil
				}
				if err := n.DecodeAttrs(&claimAttrs[k]); err != nil {
					return fmt.Errorf("claim %s: %w", n.ID, err)
				}
				g.dropRead(n)
				made[k] = makeClaim(n, &claimAttrs[k], docLabel, refTitle, gz)
				return nil
			}); err != nil {
				return err
			}
			// A ratio said of a list of countries ("in Tajikistan and
			// Kyrgyzstan … a third of GDP") holds for each of them; a count
			// said of a list ("10.5 million migrants from Uzbekistan,
			// Tajikistan and Kyrgyzstan") is the group's total, which is
			// none of theirs. Members of a "respectively" list belong to
			// one country each. Claims of one sentence come together: the
			// first of them finds the sentence's names for the others.
			parallel.For(len(part), func(k int) {
				if !made[k].coordinated || k > 0 && made[k-1].coordinated && part[k-1].Sentence == part[k].Sentence {
					return
				}
				sentence := part[k].Sentence
				matches := gz.Find(sentence)
				for j := k; j < len(part) && made[j].coordinated && part[j].Sentence == sentence; j++ {
					made[j].others = coordinatedEntities(matches, sentence, made[j].claim.Entity)
				}
			})
			return nil
		}
		interned := map[string]string{}
		intern := func(s string) string {
			if v, ok := interned[s]; ok {
				return v
			}
			interned[s] = s
			return s
		}
		chunks := (len(g.Nodes) + chunk - 1) / chunk
		prepared := make(chan error, 1)
		if chunks > 0 {
			go func() { prepared <- prepare(&bufs[0], 0) }()
		}
		for c := range chunks {
			if err := <-prepared; err != nil {
				return err // nothing else runs: the next chunk starts after
			}
			if c+1 < chunks {
				go func() { prepared <- prepare(&bufs[(c+1)%2], (c+1)*chunk) }()
			}
			part, claimAttrs, made := bufs[c%2].part, bufs[c%2].attrs, bufs[c%2].made
			if c == 1 {
				cs = slices.Grow(cs, claimsCapacity(len(cs), claimsSeen, nClaims)-len(cs))
			}
			for k := range part {
				n, a, m := &part[k], &claimAttrs[k], &made[k]
				if n.Type != "claim" {
					continue
				}
				claimsSeen++
				if a.Entity != nil {
					entities[strings.TrimPrefix(*a.Entity, "entity:")] = true
				}
				for _, e := range []string{a.Origin, a.Dest} {
					if e != "" {
						entities[e] = true
					}
				}
				if a.Indicator != nil {
					indicators[strings.TrimPrefix(*a.Indicator, "indicator:")] = true
				}
				if a.Source != nil && strings.HasPrefix(*a.Source, "entity:") {
					entities[strings.TrimPrefix(*a.Source, "entity:")] = true
				}
				c := m.claim
				ratio := c.Unit == "percent" || c.Unit == "share"
				if len(m.others) > 0 && !ratio {
					c.Indicator = ""
				}
				if !reconcile.Reconcilable(&c) {
					// Nor are the copies for a list: they differ in entity only.
					continue
				}
				// The same few units, entities, indicators, periods and sources
				// recur over hundreds of thousands of claims: one copy of each is
				// kept, not one per claim (this reducer's heap is the run's peak).
				for _, f := range [...]*string{&c.Unit, &c.Approx, &c.Entity, &c.Origin, &c.Destination, &c.Indicator,
					&c.PeriodStart, &c.PeriodEnd, &c.Source, &c.Qualifier} {
					if *f != "" { // most are empty, and hold nothing
						*f = intern(*f)
					}
				}
				p := claimPlace{claim: len(cs), doc: n.Doc, start: -1}
				if n.Span != nil {
					p.start = n.Span.Start
				}
				at[n.ID] = p
				cs = append(cs, c)
				if ratio && c.Origin == "" && c.Destination == "" {
					for _, other := range m.others {
						x := c
						x.ID = n.ID + expansionSep + other
						x.Entity = other
						cs = append(cs, x)
					}
				}
			}
		}
		// The claims hold what is read of the nodes from here on.
		g.releaseRead()
		// Entity and indicator nodes.
		for _, id := range sortedKeys(entities) {
			n := doc.Node{ID: extract.EntityNodeID(id), Type: "entity"}
			e, ok := gz.Entity(id)
			attrs := map[string]any{"name": id, "kind": "unknown"}
			if ok {
				attrs = map[string]any{"name": e.Name, "kind": e.Kind}
				if e.Kind == "country" && len(id) == 2 {
					attrs["code"] = id
				}
			}
			if err := n.SetAttrs(attrs); err != nil {
				return err
			}
			g.AddNode(n)
		}
		for _, id := range sortedKeys(indicators) {
			n := doc.Node{ID: extract.IndicatorNodeID(id), Type: "indicator"}
			if err := n.SetAttrs(map[string]string{"name": strings.ReplaceAll(id, "_", " ")}); err != nil {
				return err
			}
			g.AddNode(n)
		}
		names := map[string]string{}
		for id := range entities {
			if e, ok := gz.Entity(id); ok {
				names[id] = e.Name
			}
		}
		res := reconcile.Reconcile(cs, reconcile.Options{Names: names})
		// Each quantity's claims and node are made in parallel (by index,
		// a chunk at a time to bound the copies), then added in order.
		type quantityOut struct {
			claims []string // base claim ids, first seen first
			node   doc.Node
		}
		qouts := make([]quantityOut, min(chunk, len(res.Quantities)))
		for start := 0; start < len(res.Quantities); start += chunk {
			qs := res.Quantities[start:min(start+chunk, len(res.Quantities))]
			if err := parallel.Each(len(qs), func(k int) error {
				q := &qs[k]
				ids := uniqueBaseClaimIDs(q.Claims)
				sorted := slices.Clone(ids)
				sort.Strings(sorted)
				qouts[k] = quantityOut{claims: ids, node: doc.Node{ID: q.ID, Type: "quantity"}}
				return qouts[k].node.SetAttrs(QuantityAttrs{Entity: q.Entity, Origin: q.Origin, Destination: q.Destination, Indicator: q.Indicator, Period: q.Period, UnitFamily: q.UnitFamily, Claims: sorted})
			}); err != nil {
				return err
			}
			for k := range qs {
				for _, b := range qouts[k].claims {
					g.AddEdge(doc.Edge{From: b, To: qs[k].ID, Type: "about"})
				}
				g.AddNode(qouts[k].node)
				qouts[k] = quantityOut{}
			}
		}
		conflictClaim := func(p claimPlace) ConflictClaim {
			c := &cs[p.claim]
			return ConflictClaim{ID: c.ID, Doc: p.doc, Text: c.Text, Value: c.Value, Low: c.Low, High: c.High, Unit: c.Unit, Period: periodLabel(c.PeriodStart, c.PeriodEnd), Source: c.SourceKind}
		}
		// claimJSON[i] is the encoding of cs[i] as a conflict's claim,
		// made at its first conflict: a claim is in seven conflicts on
		// average at 1,000 papers, and its three numbers are most of the
		// writing. Two conflicts may make it at once: they make the same
		// bytes.
		claimJSON := make([]atomic.Pointer[[]byte], len(cs))
		encodedClaim := func(p claimPlace, found bool) ([]byte, bool) {
			if !found {
				return (&ConflictClaim{}).AppendPlainJSON(nil)
			}
			if b := claimJSON[p.claim].Load(); b != nil {
				return *b, true
			}
			c := conflictClaim(p)
			b, ok := c.AppendPlainJSON(make([]byte, 0, 128+len(c.ID)+len(c.Doc)+len(c.Text)+len(c.Unit)+len(c.Period)+len(c.Source)))
			if ok {
				claimJSON[p.claim].Store(&b)
			}
			return b, ok
		}
		// One encoding per reason (there are few).
		reasons := map[string]json.RawMessage{}
		reason := func(r string) json.RawMessage {
			raw, ok := reasons[r]
			if !ok {
				raw, _ = json.Marshal(map[string]string{"reason": r})
				reasons[r] = raw
			}
			return raw
		}
		// Each conflict is classified and its finding encoded in parallel
		// (by index; they read only the claims), a chunk at a time to bound
		// the encoded findings held at once, then added in order.
		type conflictOut struct {
			skip, together bool
			a, b           string // the base claim ids
			f              doc.Finding
		}
		outs := make([]conflictOut, min(chunk, len(res.Conflicts)))
		for start := 0; start < len(res.Conflicts); start += chunk {
			conflicts := res.Conflicts[start:min(start+chunk, len(res.Conflicts))]
			if err := parallel.Each(len(conflicts), func(k int) error {
				c := conflicts[k]
				o := &outs[k]
				*o = conflictOut{}
				c.A, c.B = baseClaimID(c.A), baseClaimID(c.B)
				if c.A == c.B {
					o.skip = true
					return nil
				}
				o.a, o.b = c.A, c.B
				pa, okA := at[c.A]
				pb, okB := at[c.B]
				if c.Class != reconcile.ClassDifferentPeriod && okA && okB && statedTogether(pa, pb, cs) {
					// Two figures for one period stated side by side are parts
					// of one statement (a total and its breakdown, sub-groups):
					// related, not a disagreement. A series over periods stays.
					o.together = true
					return nil
				}
				o.f = doc.Finding{ID: "finding:conflict:" + c.ID, Type: "conflict", Severity: c.Severity, Summary: c.Summary, Nodes: []string{c.A, c.B}}
				// A claim not found is written empty (pa, pb are then zero).
				attrs := ConflictAttrs{Quantity: c.Quantity, Classification: c.Class, Explanation: c.Explanation, GapAbs: c.GapAbs, GapRel: c.GapRel,
					PeriodUnknown: c.PeriodUnknown, SameDocument: pa.doc == pb.doc}
				ja, plainA := encodedClaim(pa, okA)
				jb, plainB := encodedClaim(pb, okB)
				if plainA && plainB {
					raw, ok := attrs.appendPlainJSONOf(make([]byte, 0, 192+len(ja)+len(jb)+len(c.Quantity)+len(c.Class)+len(c.Explanation)), ja, jb)
					if ok {
						o.f.SetPlainAttrs(raw)
						return nil
					}
				}
				var a, b ConflictClaim
				if okA {
					a = conflictClaim(pa)
				}
				if okB {
					b = conflictClaim(pb)
				}
				attrs.Claims = []ConflictClaim{a, b}
				raw, err := doc.Marshal(&attrs)
				o.f.SetPlainAttrs(raw)
				return err
			}); err != nil {
				return err
			}
			for k := range conflicts {
				switch o := &outs[k]; {
				case o.skip:
				case o.together:
					raw := reason("stated together (same sentence or passage): parts or sub-groups of one statement")
					g.AddEdge(relatedEdge(o.a, o.b, raw))
				default:
					g.AddFinding(o.f)
				}
				outs[k] = conflictOut{}
			}
		}
		for _, r := range res.Related {
			raw := reason(r.Reason)
			if a, b := baseClaimID(r.A), baseClaimID(r.B); a != b {
				g.AddEdge(relatedEdge(a, b, raw))
			}
		}
		for _, ag := range res.Agreements {
			if a, b := baseClaimID(ag.A), baseClaimID(ag.B); a != b {
				g.AddEdge(doc.Edge{From: a, To: b, Type: "agrees_with"})
			}
		}
		return nil
	}}
}

// claimsCapacity is the capacity the reconcile reducer gives its claims
// once kept of the first seen of total claim nodes were kept: their share
// of total, one sixteenth more against the share varying from document to
// document (a shortfall costs one growth, as an unsized slice would).
func claimsCapacity(kept, seen, total int) int {
	want := int(int64(kept) * int64(total) / int64(max(seen, 1)))
	return max(kept, want+want/16)
}

// expansionSep joins a claim id and the extra entity a copy of it is
// reconciled for; copies never reach the graph.
const expansionSep = "@"

// madeClaim is a claim node read for reconciliation.
type madeClaim struct {
	claim reconcile.Claim
	// coordinated: the claim names an entity and a comparable indicator
	// (and is not one of a "respectively" list), so the other entities
	// coordinated with its own in its sentence (others) matter.
	coordinated bool
	others      []string
}

// makeClaim makes the reconcile.Claim of claim node n with attrs a (safe
// for concurrent use: it only reads the maps).
func makeClaim(n *doc.Node, a *extract.ClaimAttrs, docLabel, refTitle map[string]string, gz *entity.Gazetteer) madeClaim {
	c := reconcile.Claim{
		ID: n.ID, Doc: n.Doc, Text: n.Text, Sentence: n.Sentence, Value: a.Value, Low: a.Low, High: a.High,
		Unit: a.Unit, Approx: a.Approx, Origin: a.Origin, Destination: a.Dest, Qualifier: a.Qualifier, Hedged: a.Hedged,
	}
	if a.Entity != nil {
		c.Entity = strings.TrimPrefix(*a.Entity, "entity:")
	}
	if a.Indicator != nil {
		c.Indicator = strings.TrimPrefix(*a.Indicator, "indicator:")
	}
	if countIndicator[c.Indicator] && (c.Unit == "percent" || c.Unit == "share") {
		// A count measured in percent is a composition ("25% of
		// arrivals were Kazakhs") or a change, not the count: two such
		// shares are of different sub-groups unless the indicator
		// names the share (cis_share_arrivals).
		c.Indicator = ""
	}
	if !comparableIndicator[c.Indicator] {
		// Kept as a node and an edge, but never compared: survey
		// shares answer different questions, counts of agreements
		// count different sets.
		c.Indicator = ""
	}
	c.Doc = docLabel[n.Doc]
	if a.Period != nil {
		c.PeriodStart, c.PeriodEnd, c.PeriodRelative = a.Period.Start, a.Period.End, a.Period.Relative
	}
	if a.Source != nil {
		c.Source = *a.Source
		c.SourceKind = refTitle[c.Source]
		if id, ok := strings.CutPrefix(c.Source, "entity:"); ok {
			if e, ok := gz.Entity(id); ok {
				c.SourceKind = e.Name
			}
		}
	}
	return madeClaim{claim: c, coordinated: c.Indicator != "" && c.Entity != "" && !a.Respect}
}

// uniqueBaseClaimIDs returns the base ids of claims, each once, in the
// order first seen. A quantity can hold thousands of claims in a large
// corpus: past a few, a set finds the repeats.
func uniqueBaseClaimIDs(claims []string) []string {
	ids := make([]string, 0, len(claims))
	var seen map[string]bool
	for _, c := range claims {
		b := baseClaimID(c)
		if len(claims) <= 16 {
			if !slices.Contains(ids, b) {
				ids = append(ids, b)
			}
			continue
		}
		if seen == nil {
			seen = make(map[string]bool, len(claims))
		}
		if !seen[b] {
			seen[b] = true
			ids = append(ids, b)
		}
	}
	return ids
}

func baseClaimID(id string) string {
	if i := strings.Index(id, expansionSep); i >= 0 {
		return id[:i]
	}
	return id
}

// coordinatedEntities returns, of the names found in a sentence (ms), the
// other countries of a coordinated list
// ("Tajikistan and Kyrgyzstan", "Kyrgyzstan, Tajikistan, Tonga") that
// contains entity in the sentence: only names separated by commas and
// conjunctions count, so "Tajik migrants in Russia" is not a list.
func coordinatedEntities(ms []entity.Match, sentence, id string) []string {
	var run []entity.Match
	var out []string
	flush := func() {
		in := false
		for _, m := range run {
			in = in || m.ID == id
		}
		if in && len(run) > 1 {
			for _, m := range run {
				if m.ID != id && !slices.Contains(out, m.ID) {
					out = append(out, m.ID)
				}
			}
		}
		run = run[:0]
	}
	for _, m := range ms {
		if m.Kind != "country" {
			flush()
			continue
		}
		if len(run) > 0 && !listSeparator(sentence[run[len(run)-1].End:m.Start]) {
			flush()
		}
		run = append(run, m)
	}
	flush()
	sort.Strings(out)
	return out
}

// listSeparator reports text between two names of one list.
func listSeparator(s string) bool {
	s = strings.ToLower(strings.TrimSpace(strings.Trim(strings.TrimSpace(s), ",")))
	switch s {
	case "", "and", "or", "as well as", "және", "мен", "бен", "пен", "и", "или", "in", "ali", "&":
		return true
	}
	return false
}

// nearBytes is how close two figures of one document must stand to be read
// as one statement (about a paragraph).
const nearBytes = 600

// statedTogether reports figures of one document in the same sentence or
// within a paragraph's distance of each other.
func statedTogether(a, b claimPlace, cs []reconcile.Claim) bool {
	if a.doc != b.doc || a.start < 0 || b.start < 0 {
		return false
	}
	if cs[a.claim].Sentence == cs[b.claim].Sentence {
		return true
	}
	d := a.start - b.start
	return d < nearBytes && -d < nearBytes
}

// claimPlace is where a claim node is, as conflicts read it once the nodes
// are released: its reconcile.Claim (the base, not a list member's copy,
// so that no second copy of every claim is held), its document and where
// its span starts (-1: none).
type claimPlace struct {
	claim int
	doc   string
	start int
}

// comparableIndicator lists the indicators whose claims are reconciled.
var comparableIndicator = map[string]bool{
	"population": true, "population_growth": true, "internal_migrants_share": true, "internal_migrants_count": true,
	"migrants_abroad": true, "migrants_registered": true, "migrant_inflow": true, "arrivals": true, "departures": true,
	"net_migration": true, "cis_share_arrivals": true, "cis_share_departures": true, "remittances_gdp_share": true,
	"remittances_volume": true, "remittances_share_from_russia": true, "average_wage": true, "work_quota": true,
	"visas_issued": true, "deportations": true, "employed_abroad_programme": true, "unemployment": true, "gdp": true,
	"labor_force": true,
}

// countIndicator lists the indicators that count people, documents or
// money; their natural unit is not percent.
var countIndicator = map[string]bool{
	"arrivals": true, "departures": true, "migrants_abroad": true, "migrants_registered": true, "migrant_inflow": true,
	"internal_migrants_count": true, "population": true, "labor_force": true, "work_quota": true, "visas_issued": true,
	"deportations": true, "employed_abroad_programme": true, "net_migration": true, "remittances_volume": true,
}

// sourceLabel names a reference for explanations: "IOM (2019)".
func sourceLabel(a extract.ReferenceAttrs) string {
	it := a.CSL
	name := ""
	if len(it.Author) > 0 {
		name = it.Author[0].Family
		if name == "" {
			name = it.Author[0].Literal
		}
	}
	if name == "" {
		name = truncate(it.Title, 40)
	}
	if y := it.Year(); y > 0 {
		return fmt.Sprintf("%s (%d)", name, y)
	}
	return name
}

func periodLabel(start, end string) string {
	if start == "" {
		return ""
	}
	if end == "" || end == start {
		return start
	}
	return start + "/" + end
}
