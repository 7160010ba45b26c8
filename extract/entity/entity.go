// Package entity finds the countries, regions, cities and organisations of
// labour-migration studies on Central Asia in text written in English,
// Russian, Kazakh or Slovenian, names, adjectives and demonyms alike, in any
// of their inflected forms ("Қырғызстаннан", "Кыргызстана", "Kirgizistanu").
//
// The gazetteer is a data file (data/gazetteer.lex) compiled at Load into a
// rune trie over the words of every form; Find walks each word of the text
// through it once, so matching cost does not grow with the number of entries.
package entity

import (
	"embed"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/nlp"
)

//go:embed data/gazetteer.lex
var dataFS embed.FS

// Entity kinds.
const (
	KindCountry      = "country"
	KindRegion       = "region"
	KindCity         = "city"
	KindOrganization = "organization"
)

// Roles a name plays in the text.
const (
	RoleName      = "name"
	RoleAdjective = "adjective"
	RoleDemonym   = "demonym"
)

// Entity is one gazetteer entry.
type Entity struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind"`
	// Code is the ISO 3166 alpha-3 code of a country, else "".
	Code string `json:"code,omitempty"`
	// Country is the country a region or city lies in, or the jurisdiction
	// of a national body, else "".
	Country string `json:"country,omitempty"`
}

// Match is one mention of an entity: the byte range [Start, End) of the text
// passed to Find.
type Match struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	ID    string `json:"id"`
	Kind  string `json:"kind"`
	Role  string `json:"role"`
	// Lang is the language of the form that matched.
	Lang string `json:"lang"`
	// Suffix is the inflectional ending after the last word's stem, lower
	// case ("" for an uninflected form): its case ("нан" ablative, "да"
	// locative) tells a flow's origin from its destination.
	Suffix string `json:"suffix,omitempty"`
}

// Gazetteer is the compiled gazetteer. It is read-only after Load and safe for
// concurrent use.
type Gazetteer struct {
	entities map[string]Entity
	// The rune trie holding every word (lower case) of every form: node n's
	// children are edges[trie[n].child:trie[n+1].child], sorted by rune, and
	// the words ending at it termWords[trie[n].term:trie[n+1].term] (flat
	// arrays: a walk touches few cache lines); rootASCII and rootCyr index
	// the root's children (-1 none).
	trie      []trieNode
	edges     []trieEdge
	termWords []int32
	rootASCII [utf8.RuneSelf]int32
	rootCyr   [0x100]int32 // U+0400–U+04FF
	words     []word
	// wordEnds holds, by word, the endings of its language (suffixes).
	wordEnds []map[string]harmony
	patterns []pattern
	// firstMax holds, by word, the most words of a form that starts with
	// it, and maxWords the most of any form (AppendFindWordsNear).
	firstMax []uint8
	maxWords int
	// byFirst lists, by word, the patterns that start with it.
	byFirst [][]int32
	// suffixes maps a language to its endings (lower case) and their vowel
	// class (Kazakh harmony; 0 elsewhere).
	suffixes map[string]map[string]harmony
	// prefixes is a bit set of the hashed first runes (up to three) of the
	// words that start a form: most text words fail it and skip the trie.
	prefixes []uint64
	// shortFirst is a bit set of the first runes (mod shortBits) of the
	// form-starting words shorter than three runes.
	shortFirst [shortBits / 64]uint64
	// asciiMay holds mayStartRunes' answers for the words whose first runes
	// (up to three) are ASCII letters, by asciiIndex: a small table instead
	// of the hashes.
	asciiMay [(27*27*27 + 63) / 64]uint64
	// finders recycles the scratch buffers of Find.
	finders sync.Pool
}

const prefixBits = 1 << 16

const shortBits = 1 << 10

// prefixHash hashes the first runes (lower case) of a word.
func prefixHash(r1, r2, r3 rune) uint32 {
	h := uint32(r1)*2654435761 ^ uint32(r2)*40503 ^ uint32(r3)*9973
	return (h ^ h>>16) % prefixBits
}

// trieNode is a node of the trie: its children are edges[child:childEnd],
// the words ending at it termWords[term:termEnd] (both ends in the node, so
// that a step of a walk reads one node).
type trieNode struct{ child, childEnd, term, termEnd int32 }

type trieEdge struct {
	r    rune
	node int32
}

type caseRule uint8

const (
	anyCase   caseRule = iota
	capital            // the text word must start with a capital
	allCapsOf          // the text word must be written in capitals
)

type word struct {
	stem    string // lower case
	lang    string
	inflect bool
	rule    caseRule
	harmony harmony // vowel class of the stem (Kazakh)
}

type pattern struct {
	entity string
	kind   string // the entity's, for its matches
	role   string
	lang   string
	words  []int32
}

// Load compiles the embedded gazetteer.
func Load() (*Gazetteer, error) {
	entries, err := nlp.LoadLexicon(dataFS, "data/gazetteer.lex")
	if err != nil {
		return nil, err
	}
	return compile(entries)
}

// MustLoad is Load for tests and commands: the embedded data is validated by
// the package tests, so a failure is a build defect.
func MustLoad() *Gazetteer {
	g, err := Load()
	if err != nil {
		panic(fmt.Sprintf("entity: embedded gazetteer invalid: %v", err))
	}
	return g
}

var kinds = map[string]bool{KindCountry: true, KindRegion: true, KindCity: true, KindOrganization: true}
var roles = map[string]bool{RoleName: true, RoleAdjective: true, RoleDemonym: true}
var langs = map[string]bool{"en": true, "ru": true, "kk": true, "sl": true}

func compile(entries []nlp.LexEntry) (*Gazetteer, error) {
	g := &Gazetteer{
		entities: map[string]Entity{},
		suffixes: map[string]map[string]harmony{},
		prefixes: make([]uint64, prefixBits/64),
	}
	kk := map[string][]string{}
	edges := map[uint64]int32{} // (node<<32 | rune) -> child, while building
	var terminal [][]int32      // per node, the words that end there
	wordIndex := map[word]int32{}
	nodes := int32(1) // node 0 is the root
	addWord := func(w word) int32 {
		if id, ok := wordIndex[w]; ok {
			return id
		}
		id := int32(len(g.words))
		g.words = append(g.words, w)
		wordIndex[w] = id
		n := int32(0)
		for _, r := range w.stem {
			k := uint64(n)<<32 | uint64(r)
			child, ok := edges[k]
			if !ok {
				child = nodes
				nodes++
				edges[k] = child
			}
			n = child
		}
		for int(n) >= len(terminal) {
			terminal = append(terminal, nil)
		}
		terminal[n] = append(terminal[n], id)
		return id
	}
	var names []nlp.LexEntry
	for _, e := range entries {
		switch {
		case e.Section == "entity":
			if len(e.Fields) < 3 || len(e.Fields) > 5 {
				return nil, e.Errorf("want id | kind | name [| code [| country]]")
			}
			ent := Entity{ID: e.Fields[0], Kind: e.Fields[1], Name: e.Fields[2], Code: e.Field(3), Country: e.Field(4)}
			if !kinds[ent.Kind] {
				return nil, e.Errorf("unknown kind %q", ent.Kind)
			}
			if _, dup := g.entities[ent.ID]; dup {
				return nil, e.Errorf("entity %q listed twice", ent.ID)
			}
			if ent.Kind == KindCountry && (len(ent.ID) != 2 || strings.ToUpper(ent.ID) != ent.ID) {
				return nil, e.Errorf("country id %q is not an ISO 3166 alpha-2 code", ent.ID)
			}
			if ent.Kind != KindCountry && strings.ToLower(ent.ID) != ent.ID {
				return nil, e.Errorf("id %q of a %s must be a lower-case slug", ent.ID, ent.Kind)
			}
			g.entities[ent.ID] = ent
		case e.Section == "names":
			names = append(names, e)
		case strings.HasPrefix(e.Section, "suffix "):
			lang := strings.TrimPrefix(e.Section, "suffix ")
			if !langs[lang] {
				return nil, e.Errorf("unknown language %q", lang)
			}
			m := g.suffixes[lang]
			if m == nil {
				m = map[string]harmony{}
				g.suffixes[lang] = m
			}
			for _, s := range e.Fields {
				if s == "" {
					return nil, e.Errorf("empty ending")
				}
				m[strings.ToLower(s)] = neutral
			}
		case strings.HasPrefix(e.Section, "kk-"):
			slot := strings.TrimPrefix(e.Section, "kk-")
			switch slot {
			case "derivation", "plural", "possessive", "possessive-case", "case", "invariant":
			default:
				return nil, e.Errorf("unknown Kazakh ending slot %q", slot)
			}
			for _, s := range e.Fields {
				if s == "" {
					return nil, e.Errorf("empty ending")
				}
				kk[slot] = append(kk[slot], strings.ToLower(s))
			}
		default:
			return nil, e.Errorf("unknown section %q", e.Section)
		}
	}
	g.suffixes["kk"] = kazakhEndings(kk)
	for _, e := range names {
		if len(e.Fields) < 4 {
			return nil, e.Errorf("want id | lang | role | form ...")
		}
		id, lang, role := e.Fields[0], e.Fields[1], e.Fields[2]
		if _, ok := g.entities[id]; !ok {
			return nil, e.Errorf("unknown entity %q (list it under [entity])", id)
		}
		if !langs[lang] {
			return nil, e.Errorf("unknown language %q", lang)
		}
		if !roles[role] {
			return nil, e.Errorf("unknown role %q", role)
		}
		for _, form := range e.Fields[3:] {
			ws := strings.Fields(form)
			if len(ws) == 0 {
				return nil, e.Errorf("empty form")
			}
			p := pattern{entity: id, kind: g.entities[id].Kind, role: role, lang: lang}
			for _, w := range ws {
				// "~!" inflects without vowel harmony (loan words: банк-тің).
				anyHarmony := strings.HasSuffix(w, "~!")
				w = strings.TrimSuffix(w, "!")
				parts, err := splitWord(w)
				if err != nil {
					return nil, e.Errorf("form %q: %v", form, err)
				}
				for i, part := range parts {
					inflect := i == len(parts)-1 && strings.HasSuffix(w, "~")
					part = strings.TrimSuffix(part, "~")
					if inflect && utf8.RuneCountInString(part) < 2 {
						return nil, e.Errorf("stem %q too short to inflect", part)
					}
					wd := word{stem: strings.ToLower(part), lang: lang, inflect: inflect, rule: ruleOf(part)}
					if lang == "kk" && !anyHarmony {
						wd.harmony = stemHarmony(wd.stem)
					}
					p.words = append(p.words, addWord(wd))
				}
			}
			pi := int32(len(g.patterns))
			g.patterns = append(g.patterns, p)
			for int(p.words[0]) >= len(g.byFirst) {
				g.byFirst = append(g.byFirst, nil)
			}
			g.byFirst[p.words[0]] = append(g.byFirst[p.words[0]], pi)
			for int(p.words[0]) >= len(g.firstMax) {
				g.firstMax = append(g.firstMax, 0)
			}
			n := min(len(p.words), 255)
			g.firstMax[p.words[0]] = max(g.firstMax[p.words[0]], uint8(n))
			g.maxWords = max(g.maxWords, n)
			g.addPrefix(g.words[p.words[0]].stem)
		}
	}
	g.freezeTrie(edges, terminal, nodes)
	g.fillASCIIMay()
	g.wordEnds = make([]map[string]harmony, len(g.words))
	for i := range g.words {
		g.wordEnds[i] = g.suffixes[g.words[i].lang]
	}
	return g, nil
}

// freezeTrie lays the trie out as flat sorted arrays: walking a word then
// costs a short scan per rune instead of a map lookup.
func (g *Gazetteer) freezeTrie(edges map[uint64]int32, terminal [][]int32, nodes int32) {
	type edge struct {
		node  int32
		r     rune
		child int32
	}
	all := make([]edge, 0, len(edges))
	for k, c := range edges {
		all = append(all, edge{node: int32(k >> 32), r: rune(uint32(k)), child: c})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].node != all[j].node {
			return all[i].node < all[j].node
		}
		return all[i].r < all[j].r
	})
	g.trie = make([]trieNode, nodes+1)
	g.edges = make([]trieEdge, len(all))
	for i := range g.rootASCII {
		g.rootASCII[i] = -1
	}
	for i := range g.rootCyr {
		g.rootCyr[i] = -1
	}
	for i, e := range all {
		g.trie[e.node+1].child++
		g.edges[i] = trieEdge{r: e.r, node: e.child}
		if e.node == 0 && e.r < utf8.RuneSelf {
			g.rootASCII[e.r] = e.child
		}
		if e.node == 0 && 0x400 <= e.r && e.r < 0x500 {
			g.rootCyr[e.r-0x400] = e.child
		}
	}
	for n := int32(0); n < nodes; n++ {
		g.trie[n+1].child += g.trie[n].child
		g.trie[n].term = int32(len(g.termWords))
		if int(n) < len(terminal) {
			g.termWords = append(g.termWords, terminal[n]...)
		}
	}
	g.trie[nodes].term = int32(len(g.termWords))
	for n := int32(0); n < nodes; n++ {
		g.trie[n].childEnd, g.trie[n].termEnd = g.trie[n+1].child, g.trie[n+1].term
	}
}

// child returns the trie node under node for rune r, or -1.
func (g *Gazetteer) child(node int32, r rune) int32 {
	if node == 0 {
		switch {
		case r < utf8.RuneSelf:
			return g.rootASCII[r]
		case 0x400 <= r && r < 0x500:
			return g.rootCyr[r-0x400]
		}
	}
	lo, end := int(g.trie[node].child), int(g.trie[node].childEnd)
	if end-lo > 8 {
		// Binary search the root's and other wide nodes' children.
		hi := end
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if g.edges[m].r < r {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo < end && g.edges[lo].r == r {
			return g.edges[lo].node
		}
		return -1
	}
	for k := lo; k < end; k++ {
		if g.edges[k].r == r {
			return g.edges[k].node
		}
	}
	return -1
}

// terminals returns the words that end at node.
func (g *Gazetteer) terminals(node int32) []int32 {
	return g.termWords[g.trie[node].term:g.trie[node].termEnd]
}

// splitWord splits a form word at hyphens and apostrophes, which Find
// treats as separators ("Issyk-Kul", "People's").
func splitWord(w string) ([]string, error) {
	parts := strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '\'' || r == '’' || r == '.' || r == ',' })
	if len(parts) == 0 {
		return nil, fmt.Errorf("no letters in %q", w)
	}
	for _, p := range parts {
		for _, r := range strings.TrimSuffix(p, "~") {
			if !nlp.IsWordRune(r) {
				return nil, fmt.Errorf("character %q is not a letter", r)
			}
		}
	}
	return parts, nil
}

func ruleOf(w string) caseRule {
	letters, upper := 0, 0
	first := true
	firstUpper := false
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) {
			upper++
			if first {
				firstUpper = true
			}
		}
		first = false
	}
	switch {
	case letters >= 2 && upper == letters:
		return allCapsOf
	case firstUpper:
		return capital
	}
	return anyCase
}

// Entity returns the entry with the given id.
func (g *Gazetteer) Entity(id string) (Entity, bool) {
	e, ok := g.entities[id]
	return e, ok
}

// Entities returns every entry, sorted by id.
func (g *Gazetteer) Entities() []Entity {
	out := make([]Entity, 0, len(g.entities))
	for _, e := range g.entities {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// addPrefix records the first runes of a word that starts a form.
func (g *Gazetteer) addPrefix(stem string) {
	var rs [3]rune
	k := 0
	for _, r := range stem {
		if k == 3 {
			break
		}
		rs[k] = r
		k++
	}
	h := prefixHash(rs[0], rs[1], rs[2])
	g.prefixes[h/64] |= 1 << (h % 64)
	if k < 3 {
		f := uint32(rs[0]) % shortBits
		g.shortFirst[f/64] |= 1 << (f % 64)
	}
}

// fillASCIIMay tabulates mayStartRunes for the words starting with one to
// three ASCII letters (lower case): a word's index is its letters' base-27
// number (a=1 ... z=26), the missing ones 0.
func (g *Gazetteer) fillASCIIMay() {
	for idx := 27 * 27; idx < 27*27*27; idx++ {
		l := [3]int{idx / (27 * 27), idx / 27 % 27, idx % 27}
		if l[1] == 0 && l[2] != 0 {
			continue // no gap inside a word
		}
		var rs [3]rune
		k := 0
		for ; k < 3 && l[k] != 0; k++ {
			rs[k] = rune('a' + l[k] - 1)
		}
		if g.mayStartRunes(rs, k) {
			g.asciiMay[idx/64] |= 1 << (idx % 64)
		}
	}
}
