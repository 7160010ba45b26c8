package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/claimgraph/claimgraph/corpus/internal/parallel"
	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/refs"
)

// WorkAttrs are the fields of a work node: one cited or citing work,
// deduplicated across the corpus.
type WorkAttrs struct {
	Title string  `json:"title"`
	Year  *int    `json:"year"`
	DOI   *string `json:"doi"`
	// CSL is the most complete CSL-JSON item among the references to it.
	CSL refs.Item `json:"csl"`
	// CitedBy are the ids of the documents whose reference lists name it.
	CitedBy []string `json:"cited_by"`
	// Documents are the corpus documents that are this work.
	Documents []string `json:"documents,omitempty"`
	// Key is the deduplication key: "doi:…" or "title:…|year|first author".
	Key string `json:"key"`
}

// work is a work being assembled.
type work struct {
	key string
	// item is the most complete item, or nil when it is csl's: the JSON
	// of a reference's item, decoded once the work is written
	// (summarizeReference).
	item *refs.Item
	csl  []byte
	// score is the item's completeness: items are compared with it
	// 450,000 times at 10,000 papers.
	score int
	refs  []string
	// citedBy and docs are document ids, repeated as they come (sorted
	// and deduplicated when the work is written: a set per work costs
	// more than the repeats).
	citedBy []string
	docs    []string
}

// workKey identifies a work: DOI when there is one, else normalized title,
// year and first author's family name (diacritics folded).
func workKey(it refs.Item) string {
	if it.DOI != "" {
		return "doi:" + strings.ToLower(it.DOI)
	}
	// Built in one buffer: 450,000 references at 10,000 papers are keyed.
	var buf [256]byte
	var family, literal string
	if len(it.Author) > 0 {
		family, literal = it.Author[0].Family, it.Author[0].Literal
	}
	return string(appendWorkKey(buf[:0], it.Title, it.Year(), len(it.Author) > 0, family, literal))
}

// appendWorkKey appends the key of an item without DOI to dst, or nothing
// when its title has no letters or digits: title, year and, when it has
// authors, the first one's family name (else literal name) folded.
func appendWorkKey[S string | []byte](dst []byte, title S, year int, hasAuthor bool, family, literal S) []byte {
	n0 := len(dst)
	b := append(dst, "title:"...)
	b = appendFoldKey(b, title)
	if len(b) == n0+len("title:") {
		return dst
	}
	b = append(b, '|')
	b = strconv.AppendInt(b, int64(year), 10)
	b = append(b, '|')
	if hasAuthor {
		n := len(b)
		if b = appendFoldKey(b, family); len(b) == n {
			b = appendFoldKey(b, literal)
		}
	}
	return b
}

// foldKey lowercases, strips diacritics and keeps letters and digits.
func foldKey(s string) string {
	return string(appendFoldKey(nil, s))
}

// appendFoldKey appends foldKey(s) to dst.
func appendFoldKey[S string | []byte](dst []byte, s S) []byte {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		// ASCII is its own NFD, without marks; its letters and digits
		// are a-z, A-Z, 0-9.
		for i := 0; i < len(s); i++ {
			switch c := s[i]; {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				dst = append(dst, c)
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			}
		}
		return dst
	}
	var nfd [512]byte
	var d []byte
	switch v := any(s).(type) {
	case string:
		d = norm.NFD.AppendString(nfd[:0], v)
	case []byte:
		d = norm.NFD.Append(nfd[:0], v...)
	}
	for _, r := range string(d) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])[:12]
}

// completeness scores an item by the fields it has, to keep the best one.
func completeness(it refs.Item) int {
	n := len(it.Author) * 2
	for _, f := range []string{it.Title, it.ContainerTitle, it.Volume, it.Issue, it.Page, it.Publisher, it.DOI, it.URL} {
		if f != "" {
			n++
		}
	}
	if it.Issued != nil {
		n++
	}
	return n
}

// bibliographyReducer deduplicates the references of every document into
// works, links documents to the works they cite (and to themselves when a
// document is a cited work), and reports documents that are the same work.
func bibliographyReducer() Reducer {
	return Reducer{Name: "bibliography", Reads: []string{projReference}, ReadsInChunks: true, Run: func(recs []*extract.Record, g *Graph) error {
		works := map[string]*work{}
		get := func(key string, score int, it *refs.Item, csl []byte) *work {
			w := works[key]
			if w == nil {
				w = &work{key: key, item: it, csl: csl, score: score}
				works[key] = w
			} else if score > w.score {
				w.item, w.csl, w.score = it, csl, score
			}
			return w
		}
		// Documents as works: their own title and DOI.
		docKeys := map[string][]string{}
		for _, r := range recs {
			if r == nil || r.Document.ID == "" || r.Error != nil && !r.Error.Partial {
				continue
			}
			for _, it := range documentItems(r.Document) {
				k := workKey(it)
				if k == "" {
					continue
				}
				w := get(k, completeness(it), &it, nil)
				w.docs = append(w.docs, r.Document.ID)
				docKeys[r.Document.ID] = append(docKeys[r.Document.ID], k)
			}
		}
		// References.
		// Decoding and keying are most of the work: a chunk at a time in
		// parallel, by index; the works are then joined in order.
		const chunk = 4096
		type keyed struct {
			key   string
			score int
			item  *refs.Item // or csl, as in work
			csl   []byte
		}
		part := make([]keyed, chunk)
		addReferences := func(nodes []doc.Node) error {
			if err := parallel.Each(len(nodes), func(k int) error {
				part[k] = keyed{}
				n := &nodes[k]
				if n.Type != "reference" {
					return nil
				}
				if s, ok := summarizeReference(n.Attrs); ok {
					part[k] = keyed{key: s.key, score: s.score, csl: s.csl}
				} else {
					var a extract.ReferenceAttrs
					if err := n.DecodeAttrs(&a); err != nil {
						return fmt.Errorf("reference %s: %w", n.ID, err)
					}
					part[k] = keyed{key: workKey(a.CSL), score: completeness(a.CSL), item: &a.CSL}
				}
				g.dropRead(n)
				return nil
			}); err != nil {
				return err
			}
			for k := range nodes {
				if part[k].key == "" {
					continue
				}
				p := &part[k]
				w := get(p.key, p.score, p.item, p.csl)
				w.refs = append(w.refs, nodes[k].ID)
				if c := w.citedBy; len(c) == 0 || c[len(c)-1] != nodes[k].Doc {
					w.citedBy = append(c, nodes[k].Doc)
				}
			}
			return nil
		}
		if err := g.eachRead(func(read []doc.Node) error {
			for start := 0; start < len(read); start += chunk {
				if err := addReferences(read[start:min(start+chunk, len(read))]); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			return err
		}
		keys := make([]string, 0, len(works))
		for k := range works {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var paths map[string]string // document paths, for same_work findings
		// The works' attributes are encoded a chunk at a time in parallel
		// (by index), then added in key order.
		type built struct {
			n doc.Node
			a WorkAttrs
		}
		out := make([]built, chunk)
		for i, k := range keys {
			if i%chunk == 0 {
				part := keys[i:min(i+chunk, len(keys))]
				if err := parallel.Each(len(part), func(j int) error {
					out[j] = built{}
					w := works[part[j]]
					if len(w.refs) == 0 && len(w.docs) == 0 {
						return nil
					}
					id := "work:" + shortHash(part[j])
					it := w.item
					if it == nil {
						it = new(refs.Item)
						if err := it.UnmarshalJSON(w.csl); err != nil {
							return fmt.Errorf("work %s: %w", part[j], err)
						}
					}
					a := WorkAttrs{Title: it.Title, CSL: *it, Key: part[j], CitedBy: sortedUnique(w.citedBy), Documents: sortedUnique(w.docs)}
					a.CSL.ID = id
					if y := it.Year(); y > 0 {
						a.Year = &y
					}
					if it.DOI != "" {
						d := it.DOI
						a.DOI = &d
					}
					out[j] = built{n: doc.Node{ID: id, Type: "work"}, a: a}
					// Spliced as they are when written: none of their
					// names is a common field (TestWorkAttrsPlain).
					b, err := doc.Marshal(&a)
					if err != nil {
						return fmt.Errorf("node %s attrs: %w", id, err)
					}
					out[j].n.SetPlainAttrs(b)
					return nil
				}); err != nil {
					return err
				}
			}
			w, b := works[k], &out[i%chunk]
			if b.n.ID == "" {
				continue
			}
			n, a, id := b.n, b.a, b.n.ID
			g.AddNode(n)
			for _, r := range w.refs {
				g.AddEdge(doc.Edge{From: r, To: id, Type: "identifies"})
			}
			for _, d := range a.CitedBy {
				g.AddEdge(doc.Edge{From: d, To: id, Type: "cites"})
			}
			for _, d := range a.Documents {
				g.AddEdge(doc.Edge{From: d, To: id, Type: "is_work"})
			}
			if len(a.Documents) > 1 {
				if paths == nil {
					paths = documentPaths(g)
				}
				addSameWork(g, paths, a, id)
			}
		}
		return nil
	}}
}

// addSameWork links documents that are the same work (a landing page and
// the full text, a preprint and the article) and reports it: one finding
// per work naming every document, and a same_work edge from the first
// document to each other one. The relation is an equivalence, and all its
// pairs grow with the square of the documents (450,000 edges and findings
// at 10,000 synthetic papers, whose works recur in hundreds of them).
func addSameWork(g *Graph, paths map[string]string, a WorkAttrs, workID string) {
	ds := a.Documents
	attrs, _ := json.Marshal(map[string]string{"work": workID, "key": a.Key})
	for _, d := range ds[1:] {
		g.AddEdge(doc.Edge{From: ds[0], To: d, Type: "same_work", Attrs: attrs})
	}
	names := make([]string, 0, sameWorkNamed+1)
	for i, d := range ds {
		if i == sameWorkNamed && len(ds) > sameWorkNamed+1 {
			names = append(names, fmt.Sprintf("%d others", len(ds)-i))
			break
		}
		if p, ok := paths[d]; ok {
			d = p
		}
		names = append(names, d)
	}
	list := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	f := doc.Finding{
		ID: "finding:same_work:" + workID, Type: "same_work", Severity: "info",
		Summary: fmt.Sprintf("Documents %s are the same work (%q); their figures are not independent evidence.", list, truncate(a.Title, 80)),
		Nodes:   []string{workID},
	}
	f.Attrs, _ = json.Marshal(map[string]any{"documents": ds, "work": workID})
	g.AddFinding(f)
}

// sameWorkNamed is how many documents a same_work summary names before
// counting the others (its attrs list them all).
const sameWorkNamed = 4

// documentPaths maps document ids to their paths (the first document of
// an id).
func documentPaths(g *Graph) map[string]string {
	paths := make(map[string]string, len(g.Documents))
	for _, d := range g.Documents {
		if _, ok := paths[d.ID]; !ok {
			paths[d.ID] = d.Path
		}
	}
	return paths
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// documentItems are the CSL items a document is known as: one per title it
// carries (papers print their title in each language of their abstracts),
// with its DOI when printed.
func documentItems(d extract.DocumentInfo) []refs.Item {
	var out []refs.Item
	titles := d.Titles
	if len(titles) == 0 && d.Title != "" {
		titles = []string{d.Title}
	}
	for _, t := range titles {
		it := refs.Item{Type: "article-journal", Title: t, DOI: d.DOI}
		if d.DOI != "" {
			// One work per DOI: titles in other languages are the same work.
			out = append(out, it)
			it.DOI = ""
		}
		out = append(out, it)
	}
	return out
}

// sortedUnique sorts ss and drops repeats (in place).
func sortedUnique(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	slices.Sort(ss)
	return slices.Compact(ss)
}
