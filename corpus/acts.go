package corpus

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/corpus/internal/parallel"
	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/legal"
)

// LegalActAttrs are the fields of a legal_act node: one act, deduplicated
// across the corpus and its languages.
type LegalActAttrs struct {
	Key          string            `json:"key"`
	ELI          string            `json:"eli,omitempty"`
	Jurisdiction string            `json:"jurisdiction"`
	ActType      string            `json:"act_type"`
	Number       string            `json:"number,omitempty"`
	Title        string            `json:"title,omitempty"`
	Date         string            `json:"date,omitempty"`
	Year         int               `json:"year,omitempty"`
	IDs          map[string]string `json:"ids,omitempty"`
	Documents    []string          `json:"documents"`
	Mentions     int               `json:"mentions"`
	// Disagreements are what mentions of this act disagree on, explained.
	Disagreements []string `json:"disagreements,omitempty"`
}

// mentionRef is one act mention of the corpus being linked.
type mentionRef struct {
	node       int // index in g.Nodes
	m          legal.Mention
	antecedent string // act_mention node id of an anaphor's antecedent
}

// legalReducer links act mentions across documents and languages into
// legal_act nodes (by number and jurisdiction, then translation-aware
// title), reports disagreements between mentions of the same act, and
// links reference-list entries that are acts.
//
// Linking uses blocking: mentions are compared only with the clusters that
// share a number or a title key with them, and only with one representative
// per cluster, so the cost grows with the number of mentions, not its square.
func legalReducer() Reducer {
	return Reducer{Name: "legal acts", Reads: []string{projActMention, projReferenceSpan}, Run: func(recs []*extract.Record, g *Graph) error {
		var ms []*mentionRef
		byID := map[string]int{} // act_mention node id → index in ms
		for i := range g.Nodes {
			if n := &g.Nodes[i]; n.Type == "act_mention" {
				byID[n.ID] = len(ms)
				ms = append(ms, &mentionRef{node: i})
			}
		}
		if err := parallel.Each(len(ms), func(k int) error {
			r := ms[k]
			n := &g.Nodes[r.node]
			var a extract.ActMentionAttrs
			if err := n.DecodeAttrs(&a); err != nil {
				return fmt.Errorf("act mention %s: %w", n.ID, err)
			}
			r.m, r.antecedent = a.Mention, a.AntecedentID
			return nil
		}); err != nil {
			return err
		}
		// Union-find over mentions.
		parent := make([]int, len(ms))
		for i := range parent {
			parent[i] = i
		}
		var find func(int) int
		find = func(i int) int {
			for parent[i] != i {
				parent[i] = parent[parent[i]]
				i = parent[i]
			}
			return i
		}
		// Anaphors join their antecedent.
		for i, r := range ms {
			if a, ok := byID[r.antecedent]; ok && r.m.Anaphor {
				parent[find(i)] = find(a)
			}
		}
		// Blocks: clusters seen per number and per title key. Each
		// mention's keys are made in parallel (by index).
		blocks := map[string][]int{}
		keysOf := make([][]string, len(ms))
		parallel.For(len(ms), func(i int) {
			if !ms[i].m.Anaphor {
				keysOf[i] = blockKeys(&ms[i].m)
			}
		})
		// A mention joins the first representative of a block that is in
		// its cluster already or names the same act, else becomes one.
		// Mentions repeat a few thousand acts (200,000 mentions of 3,700
		// distinct judged values at 10,000 papers), and representatives are
		// only appended: so the first one that names the same act is kept
		// per block and class of judged values, and a repeated mention
		// costs a scan of find up to it, not of Same.
		class := make([]int32, len(ms))
		classes := map[legal.Judged]int32{}
		for i, r := range ms {
			j := r.m.Judged()
			c, ok := classes[j]
			if !ok {
				c = int32(len(classes))
				classes[j] = c
			}
			class[i] = c
		}
		type blockClass struct {
			block string
			class int32
		}
		type firstSame struct{ judged, at int } // representatives judged; the first that names the same act, or -1
		firsts := map[blockClass]firstSame{}
		for i, r := range ms {
			if r.m.Anaphor {
				continue
			}
			for _, k := range keysOf[i] {
				reps := blocks[k]
				bc := blockClass{k, class[i]}
				fs, ok := firsts[bc]
				if !ok {
					fs.at = -1
				}
				for ; fs.at < 0 && fs.judged < len(reps); fs.judged++ {
					if legal.Same(&ms[reps[fs.judged]].m, &r.m) {
						fs.at = fs.judged
					}
				}
				firsts[bc] = fs
				before := reps
				if fs.at >= 0 {
					before = reps[:fs.at]
				}
				joined := false
				for _, rep := range before {
					if find(rep) == find(i) {
						joined = true
						break
					}
				}
				switch {
				case joined:
				case fs.at >= 0:
					parent[find(i)] = find(reps[fs.at])
				default:
					blocks[k] = append(reps, i)
				}
			}
			keysOf[i] = nil
		}
		groups := map[int][]int{}
		for i := range ms {
			groups[find(i)] = append(groups[find(i)], i)
		}
		docPath := map[string]string{}
		for _, d := range g.Documents {
			docPath[d.ID] = d.Path
		}
		used := map[string]bool{}
		var links []actLink
		roots := make([]int, 0, len(groups))
		for r := range groups {
			roots = append(roots, r)
		}
		sort.Slice(roots, func(a, b int) bool {
			return g.Nodes[ms[roots[a]].node].ID < g.Nodes[ms[roots[b]].node].ID
		})
		// The acts' ids are given in root order (a repeated key takes the
		// next free #n); their attrs and findings, most of the work, are
		// built in parallel by index, then added in that order.
		type actOut struct {
			members []int
			best    int // the best-described mention
			id      string
			node    doc.Node
			finding *doc.Finding
		}
		acts := make([]actOut, 0, len(roots))
		for _, root := range roots {
			members := groups[root]
			best := members[0]
			for _, i := range members {
				if score(ms[i].m) > score(ms[best].m) {
					best = i
				}
			}
			bm := ms[best].m
			if bm.Anaphor {
				continue // an anaphor whose antecedent was not found
			}
			id := "legal_act:" + bm.Key
			for n := 2; used[id]; n++ {
				id = fmt.Sprintf("legal_act:%s#%d", bm.Key, n)
			}
			used[id] = true
			acts = append(acts, actOut{members: members, best: best, id: id})
		}
		if err := parallel.Each(len(acts), func(k int) error {
			o := &acts[k]
			bm, members, id := ms[o.best].m, o.members, o.id
			a := LegalActAttrs{Key: bm.Key, ELI: legal.ELI(bm), Jurisdiction: bm.Jurisdiction, ActType: bm.ActType,
				Number: bm.Number, Title: bm.Title, Date: bm.Date, Year: bm.ActYear, Mentions: len(members)}
			if a.Year == 0 {
				a.Year = bm.Year
			}
			if a.Jurisdiction == "" {
				a.Jurisdiction = "xx"
			}
			if ad := legal.AdiletID(bm); ad != "" {
				a.IDs = map[string]string{"adilet": ad}
			}
			docs := make([]string, 0, len(members))
			mentionIDs := make([]string, 0, len(members))
			for _, i := range members {
				n := &g.Nodes[ms[i].node]
				docs = append(docs, n.Doc)
				mentionIDs = append(mentionIDs, n.ID)
				if a.Title == "" && ms[i].m.Title != "" && !ms[i].m.Anaphor {
					a.Title = ms[i].m.Title
				}
			}
			sort.Strings(mentionIDs)
			a.Documents = sortedUnique(docs)
			a.Disagreements = disagreements(ms, members)
			o.node = doc.Node{ID: id, Type: "legal_act"}
			if err := o.node.SetAttrs(a); err != nil {
				return err
			}
			if len(a.Disagreements) > 0 {
				f := doc.Finding{
					ID: "finding:act_conflict:" + id, Type: "act_conflict", Severity: "warning",
					Summary: fmt.Sprintf("Mentions of %s disagree: %s.", actName(a), a.Disagreements[0]),
					Nodes:   append([]string{id}, mentionIDs...),
				}
				f.Attrs, _ = json.Marshal(map[string]any{"explanation": strings.Join(a.Disagreements, "; "), "disagreements": a.Disagreements, "documents": a.Documents})
				o.finding = &f
			}
			return nil
		}); err != nil {
			return err
		}
		for k := range acts {
			o := &acts[k]
			for _, i := range o.members {
				n := &g.Nodes[ms[i].node]
				g.AddEdge(doc.Edge{From: n.ID, To: o.id, Type: "mentions"})
				links = append(links, actLink{node: ms[i].node, act: o.id})
			}
			g.AddNode(o.node)
			if o.finding != nil {
				g.AddFinding(*o.finding)
			}
		}
		// Each mention names its act (in parallel: each rewrites only its
		// own node's attrs; the first error in the order above wins).
		if err := parallel.Each(len(links), func(k int) error {
			return setAttr(&g.Nodes[links[k].node], "act", links[k].act)
		}); err != nil {
			return err
		}
		linkReferenceActs(g, links)
		return nil
	}}
}

// blockKeys are the blocks a mention is compared in: its number, each
// word of its title, its key.
func blockKeys(m *legal.Mention) []string {
	var keys []string
	if m.Number != "" {
		// By the digits only: "191" and "191-r", "УП-4829" and
		// "UP-4829" must meet (SameAct decides).
		keys = append(keys, "num:"+strings.Map(func(c rune) rune {
			if c >= '0' && c <= '9' {
				return c
			}
			return -1
		}, m.Number))
	}
	if m.TitleKey != "" {
		// SameAct also matches titles whose words are a subset of
		// each other: block on every title word.
		for _, w := range strings.Split(m.TitleKey, "-") {
			if w != "" {
				keys = append(keys, "word:"+w)
			}
		}
	}
	return append(keys, "key:"+m.Key)
}

func score(m legal.Mention) int {
	s := 0
	if m.Anaphor {
		return -1
	}
	if m.Number != "" {
		s += 8
	}
	if m.Date != "" {
		s += 4
	}
	if m.ActYear != 0 || m.Year != 0 {
		s += 2
	}
	if m.Title != "" {
		s++
	}
	if m.Jurisdiction != "" {
		s++
	}
	return s
}

// disagreements compares the distinct ways the members describe the act
// (number, type, date, year), each pair once.
func disagreements(ms []*mentionRef, members []int) []string {
	sig := map[string]int{}
	var reps []int
	for _, i := range members {
		m := ms[i].m
		if m.Anaphor {
			continue
		}
		k := signature(&m)
		if _, ok := sig[k]; !ok {
			sig[k] = i
			reps = append(reps, i)
		}
	}
	seen := map[string]bool{}
	var out []string
	for x := 0; x < len(reps); x++ {
		for y := x + 1; y < len(reps); y++ {
			for _, d := range legal.Disagreements(ms[reps[x]].m, ms[reps[y]].m) {
				if !seen[d] {
					seen[d] = true
					out = append(out, d)
				}
			}
		}
	}
	return out
}

// signature is how disagreements tells the descriptions of an act apart:
// fmt.Sprint(m.Number, "|", m.ActType, "|", m.Date, "|", m.ActYear, "|",
// m.Year, "|", m.PublishedYear, "|", m.InReferences), written without fmt
// (once per act mention).
func signature(m *legal.Mention) string {
	b := make([]byte, 0, len(m.Number)+len(m.ActType)+len(m.Date)+32)
	b = append(append(b, m.Number...), '|')
	b = append(append(b, m.ActType...), '|')
	b = append(append(b, m.Date...), '|')
	b = append(strconv.AppendInt(b, int64(m.ActYear), 10), '|')
	b = append(strconv.AppendInt(b, int64(m.Year), 10), '|')
	b = append(strconv.AppendInt(b, int64(m.PublishedYear), 10), '|')
	return string(strconv.AppendBool(b, m.InReferences))
}

func actName(a LegalActAttrs) string {
	name := a.ActType
	if a.Number != "" {
		name += " No. " + a.Number
	}
	if a.Title != "" {
		name += " \"" + a.Title + "\""
	}
	return name + " (" + strings.ToUpper(a.Jurisdiction) + ")"
}

// setAttr sets one field of a node's attrs.
func setAttr(n *doc.Node, key string, val any) error {
	var b []byte
	if s, ok := val.(string); ok {
		b = doc.AppendString(nil, s, true) // as json.Marshal (once per mention)
	} else {
		var err error
		if b, err = json.Marshal(val); err != nil {
			return err
		}
	}
	if out, ok := setAttrPlain(n.Attrs, key, b); ok {
		n.Attrs = out
		return nil
	}
	m := map[string]json.RawMessage{}
	if len(n.Attrs) > 0 {
		if err := json.Unmarshal(n.Attrs, &m); err != nil {
			return fmt.Errorf("node %s: %w", n.ID, err)
		}
	}
	m[key] = b
	// Drop the common fields the round trip put into attrs; MarshalJSON
	// writes them from the typed fields.
	for k := range m {
		if doc.IsNodeField(k) {
			delete(m, k)
		}
	}
	out, err := json.Marshal(m)
	if err != nil {
		return err
	}
	n.Attrs = out
	return nil
}

// setAttrPlain is setAttr's round trip through a map without the map: the
// fields sorted by key, the common ones dropped, key set to val. It applies
// when the bytes come out as json.Marshal would write them anyway (keys
// without escapes, values without spaces or characters it escapes), which
// is the case of attrs written by json.Marshal; ok is false otherwise.
//
// It runs once per act mention (200,000 at 10,000 papers): the fields are
// kept on the stack and sorted by insertion on the first 8 bytes of their
// keys as a number, the bytes compared only when those are equal.
func setAttrPlain(attrs json.RawMessage, key string, val []byte) ([]byte, bool) {
	if !plainKey([]byte(key)) || !plainValue(val) {
		return nil, false
	}
	var stack [32]attrField
	fields := stack[:0]
	plain := true
	err := doc.EachAttr(attrs, func(k []byte, v json.RawMessage) {
		if !plainKey(k) || !plainValue(v) {
			plain = false
		}
		fields = append(fields, attrField{keyPrefix(k), k, v})
	})
	if err != nil || !plain {
		return nil, false
	}
	fields = append(fields, attrField{keyPrefix([]byte(key)), []byte(key), val})
	// Stable: the last of equal keys wins, as in a map. Each field is
	// moved once past the greater ones, not swapped with each.
	for i := 1; i < len(fields); i++ {
		f := fields[i]
		j := i
		for ; j > 0 && f.less(&fields[j-1]); j-- {
			fields[j] = fields[j-1]
		}
		fields[j] = f
	}
	out := make([]byte, 0, len(attrs)+len(key)+len(val)+4)
	out = append(out, '{')
	for i, f := range fields {
		if i+1 < len(fields) && bytes.Equal(f.key, fields[i+1].key) || doc.IsNodeField(string(f.key)) {
			continue
		}
		if len(out) > 1 {
			out = append(out, ',')
		}
		out = append(out, '"')
		out = append(out, f.key...)
		out = append(out, '"', ':')
		out = append(out, f.val...)
	}
	return append(out, '}'), true
}

// attrField is a field of attrs being sorted by key; prefix is keyPrefix(key).
type attrField struct {
	prefix   uint64
	key, val []byte
}

// less orders fields by key bytes. Plain keys have no zero byte, so the
// zero-padded prefixes order as the keys do unless they are equal.
func (f *attrField) less(g *attrField) bool {
	if f.prefix != g.prefix {
		return f.prefix < g.prefix
	}
	return bytes.Compare(f.key, g.key) < 0
}

// keyPrefix is the first 8 bytes of k, big-endian, zero-padded.
func keyPrefix(k []byte) uint64 {
	var b [8]byte
	copy(b[:], k)
	return binary.BigEndian.Uint64(b[:])
}

// plainKey reports a decoded key json.Marshal writes between quotes as it
// is: nothing it escapes.
func plainKey(k []byte) bool {
	for _, c := range k {
		if c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c >= 0x80 {
			return false
		}
	}
	return true
}

// plainValue reports a JSON value json.Marshal copies unchanged: no
// whitespace outside strings, none of the characters it escapes (<, >, &,
// U+2028, U+2029), valid UTF-8. Bytes of no interest are skipped by one
// table read; the UTF-8 check runs only on values with non-ASCII bytes.
func plainValue(v []byte) bool {
	in, ascii := false, true
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !valueSpecial[c] {
			continue
		}
		switch c {
		case '"':
			in = !in
		case '\\':
			i++
			if i < len(v) && v[i] >= utf8.RuneSelf {
				ascii = false
			}
		case ' ', '\t', '\n', '\r':
			if !in {
				return false
			}
		case '<', '>', '&':
			return false
		case 0xE2:
			ascii = false
			if i+2 < len(v) && v[i+1] == 0x80 && (v[i+2] == 0xA8 || v[i+2] == 0xA9) {
				return false
			}
		default: // the other non-ASCII bytes
			ascii = false
		}
	}
	return ascii || utf8.Valid(v)
}

// valueSpecial marks the bytes plainValue looks at.
var valueSpecial = func() (t [256]bool) {
	for _, c := range []byte("\"\\ \t\n\r<>&") {
		t[c] = true
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// actLink is an act mention (index in g.Nodes) and its legal_act id.
type actLink struct {
	node int
	act  string
}

// linkReferenceActs adds identifies edges from reference entries to the
// legal_act their act mention (inside the entry) belongs to.
func linkReferenceActs(g *Graph, links []actLink) {
	// The references of the documents with placed mentions (not a copy of
	// every reference node): their ids and spans, in node order.
	type refPlace struct {
		id   string
		span doc.Span
	}
	refsByDoc := map[string][]refPlace{}
	for _, l := range links {
		if m := &g.Nodes[l.node]; m.Span != nil {
			refsByDoc[m.Doc] = nil
		}
	}
	for i := range g.Nodes {
		n := &g.Nodes[i]
		if n.Type != "reference" || n.Span == nil {
			continue
		}
		if rs, ok := refsByDoc[n.Doc]; ok {
			refsByDoc[n.Doc] = append(rs, refPlace{n.ID, *n.Span})
		}
	}
	for _, l := range links {
		m := &g.Nodes[l.node]
		if m.Span == nil {
			continue
		}
		for _, r := range refsByDoc[m.Doc] {
			if r.span.Contains(*m.Span) {
				g.AddEdge(doc.Edge{From: r.id, To: l.act, Type: "identifies"})
				break
			}
		}
	}
}

// Timeline is outputs/legal-acts.json: per jurisdiction, the acts the
// corpus discusses in date order, with the documents that mention them.
type Timeline struct {
	Schema        string                 `json:"schema"`
	Jurisdictions []TimelineJurisdiction `json:"jurisdictions"`
}

// TimelineJurisdiction is one jurisdiction's acts.
type TimelineJurisdiction struct {
	Jurisdiction string         `json:"jurisdiction"`
	Acts         []TimelineItem `json:"acts"`
}

// TimelineItem is one act on the timeline.
type TimelineItem struct {
	ID        string   `json:"id"`
	Key       string   `json:"key"`
	Type      string   `json:"type"`
	Number    string   `json:"number,omitempty"`
	Title     string   `json:"title,omitempty"`
	Date      string   `json:"date,omitempty"`
	Year      int      `json:"year,omitempty"`
	Documents []string `json:"documents"`
	Mentions  int      `json:"mentions"`
	Disputed  bool     `json:"disputed,omitempty"`
}

// LegalTimeline builds the timeline from the graph's legal_act nodes. Acts
// without a known year come last in their jurisdiction.
func (g *Graph) LegalTimeline() (*Timeline, error) {
	paths := map[string]string{}
	for _, d := range g.Documents {
		paths[d.ID] = d.Path
	}
	by := map[string][]TimelineItem{}
	for _, n := range g.Nodes {
		if n.Type != "legal_act" {
			continue
		}
		var a LegalActAttrs
		if err := n.DecodeAttrs(&a); err != nil {
			return nil, err
		}
		it := TimelineItem{ID: n.ID, Key: a.Key, Type: a.ActType, Number: a.Number, Title: a.Title, Date: a.Date, Year: a.Year, Mentions: a.Mentions, Disputed: len(a.Disagreements) > 0}
		for _, d := range a.Documents {
			it.Documents = append(it.Documents, paths[d])
		}
		by[a.Jurisdiction] = append(by[a.Jurisdiction], it)
	}
	t := &Timeline{Schema: "claimgraph-legal-acts/v1", Jurisdictions: []TimelineJurisdiction{}}
	for _, j := range sortedKeys(by) {
		items := by[j]
		sort.SliceStable(items, func(a, b int) bool {
			ka, kb := timeKey(items[a]), timeKey(items[b])
			if ka != kb {
				return ka < kb
			}
			return items[a].ID < items[b].ID
		})
		t.Jurisdictions = append(t.Jurisdictions, TimelineJurisdiction{Jurisdiction: j, Acts: items})
	}
	return t, nil
}

func timeKey(it TimelineItem) string {
	switch {
	case it.Date != "":
		return it.Date
	case it.Year > 0:
		return fmt.Sprintf("%04d-99", it.Year)
	}
	return "9999"
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
