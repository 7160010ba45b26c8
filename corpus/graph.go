package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/corpus/internal/parallel"
	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
)

// GraphSchema is the contract version of claims-graph.json.
const GraphSchema = "claimgraph/v1"

// Generator names the program that wrote a graph.
type Generator struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Graph is the claims graph of a corpus.
type Graph struct {
	Schema    string                 `json:"schema"`
	Generator Generator              `json:"generator"`
	Documents []extract.DocumentInfo `json:"documents"`
	Nodes     []doc.Node             `json:"nodes"`
	Edges     []doc.Edge             `json:"edges"`
	Findings  []doc.Finding          `json:"findings"`
	Errors    []extract.RecordError  `json:"errors"`

	// flush, when set (a streamed reduce), takes the nodes, edges or
	// findings a reducer has added so far, once there are many, so that
	// its output is not held whole (AddNode, AddEdge, AddFinding).
	flush    func(nodes []doc.Node, edges []doc.Edge, findings []doc.Finding) error
	flushAt  int
	flushErr error
	// own, in a streamed reduce, says the nodes are the reducer's own
	// copies of what it reads: it may drop a node's attrs once decoded
	// (dropRead), and the nodes it adds are kept apart (AddNode). In an
	// in-memory reduce they are the graph's.
	own   bool
	added []doc.Node
	// released: the reducer dropped the nodes it read (releaseRead).
	released bool
	// readChunks, for a reducer that reads in chunks in a streamed run,
	// hands fn the nodes it reads a chunk at a time (eachRead).
	readChunks func(fn func(nodes []doc.Node) error) error
}

// AddNode adds a node (reducers add theirs through it). A streamed
// reducer's go apart from the nodes it read, so that the large slice of
// those is never grown and copied.
func (g *Graph) AddNode(n doc.Node) {
	if !g.own {
		g.Nodes = append(g.Nodes, n)
		return
	}
	g.added = append(g.added, n)
	if g.flush != nil && len(g.added) >= g.flushAt && g.flushErr == nil {
		g.flushErr = g.flush(g.added, nil, nil)
		g.added = make([]doc.Node, 0, g.flushAt) // the flush owns the others
	}
}

// dropRead drops the attrs of a node the reducer has decoded and does not
// write back, when the nodes are its own copies.
func (g *Graph) dropRead(n *doc.Node) {
	if g.own {
		n.Attrs = nil
	}
}

// eachRead calls fn on the nodes the reducer reads, in order: a chunk of
// documents at a time when the run streams them (Reducer.ReadsInChunks),
// else all of Nodes at once. fn must not keep the slice.
func (g *Graph) eachRead(fn func(nodes []doc.Node) error) error {
	if g.readChunks != nil {
		return g.readChunks(fn)
	}
	return fn(g.Nodes)
}

// releaseRead lets a streamed reducer drop the nodes it read once it has
// taken what it needs from them, so that they are not held through its
// peak. Only a reducer that writes none of them back may: they are gone
// from its output.
func (g *Graph) releaseRead() {
	if g.own {
		g.Nodes, g.released = nil, true
	}
}

// defaultFlushAt is how many nodes, edges or findings a streamed reducer holds
// before they are sorted and spilled. Up to three such chunks are in flight
// (being filled, waiting, being spilled): at 32,768 work nodes of ~1 KB
// that was some 90 MB on top of the bibliography's works at 10,000 papers.
// The merge reads one more run per chunk, with an 8 KB buffer; there are
// already one or more per document.
const defaultFlushAt = 1 << 13

// AddEdge adds an edge (reducers add theirs through it).
func (g *Graph) AddEdge(e doc.Edge) {
	g.Edges = append(g.Edges, e)
	if g.flush != nil && len(g.Edges) >= g.flushAt && g.flushErr == nil {
		g.flushErr = g.flush(nil, g.Edges, nil)
		g.Edges = make([]doc.Edge, 0, g.flushAt) // the flush owns the others
	}
}

// AddFinding adds a finding (reducers add theirs through it).
func (g *Graph) AddFinding(f doc.Finding) {
	g.Findings = append(g.Findings, f)
	if g.flush != nil && len(g.Findings) >= g.flushAt && g.flushErr == nil {
		g.flushErr = g.flush(nil, nil, g.Findings)
		g.Findings = make([]doc.Finding, 0, g.flushAt) // the flush owns the others
	}
}

// Reducer is one cross-document step: it reads the records (never the
// texts) and adds nodes, edges and findings to the graph.
type Reducer struct {
	Name string
	Run  func(recs []*extract.Record, g *Graph) error
	// Reads names the per-document nodes the reducer reads (projections:
	// see Stream). A streamed run gives each reducer only those, in
	// light copies, and not the other reducers' nodes; Reduce gives all.
	Reads []string
	// ReadsInChunks: Run reads those nodes through Graph.eachRead, a
	// chunk of documents at a time in a streamed run (Nodes stays empty),
	// so that they are never all held; it cannot write them back.
	ReadsInChunks bool
}

// Reduce merges per-document records into a graph and runs the
// cross-document reducers. The result is sorted, so it is byte-identical
// whatever the order the records were produced in.
func Reduce(recs []*extract.Record, extraErrs []extract.RecordError, version string, reducers ...Reducer) (*Graph, error) {
	g := &Graph{Schema: GraphSchema, Generator: Generator{Name: "claimgraph", Version: version}}
	g.Errors = append(g.Errors, extraErrs...)
	seenDoc := map[string]bool{}
	for _, r := range recs {
		if r == nil {
			continue
		}
		if r.Error != nil {
			g.Errors = append(g.Errors, *r.Error)
			if !r.Error.Partial {
				continue
			}
		}
		if r.Document.ID == "" || seenDoc[r.Document.ID] {
			// The same bytes under two paths are one document; the
			// second path is reported so that nothing is silently lost.
			if r.Document.ID != "" {
				g.Errors = append(g.Errors, extract.RecordError{Path: r.Document.Path, Stage: "read", Message: "same content as another input (sha256 " + r.Document.SHA256[:12] + "…); processed once"})
			}
			continue
		}
		seenDoc[r.Document.ID] = true
		g.Documents = append(g.Documents, r.Document)
		g.Nodes = append(g.Nodes, r.Nodes...)
		g.Edges = append(g.Edges, r.Edges...)
		g.Findings = append(g.Findings, r.Findings...)
	}
	for _, red := range reducers {
		if err := red.Run(recs, g); err != nil {
			return nil, fmt.Errorf("%s: %w", red.Name, err)
		}
	}
	g.sort()
	return g, nil
}

func (g *Graph) sort() {
	sort.SliceStable(g.Documents, func(i, j int) bool { return g.Documents[i].ID < g.Documents[j].ID })
	g.Nodes = sortStable(g.Nodes, func(a, b *doc.Node) int { return strings.Compare(a.ID, b.ID) })
	g.Edges = sortStable(g.Edges, func(a, b *doc.Edge) int {
		if c := strings.Compare(a.From, b.From); c != 0 {
			return c
		}
		if c := strings.Compare(a.To, b.To); c != 0 {
			return c
		}
		return strings.Compare(a.Type, b.Type)
	})
	g.Findings = sortStable(g.Findings, func(a, b *doc.Finding) int { return strings.Compare(a.ID, b.ID) })
	sort.SliceStable(g.Errors, func(i, j int) bool {
		if g.Errors[i].Path != g.Errors[j].Path {
			return g.Errors[i].Path < g.Errors[j].Path
		}
		return g.Errors[i].Message < g.Errors[j].Message
	})
	if g.Documents == nil {
		g.Documents = []extract.DocumentInfo{}
	}
	if g.Nodes == nil {
		g.Nodes = []doc.Node{}
	}
	if g.Edges == nil {
		g.Edges = []doc.Edge{}
	}
	if g.Findings == nil {
		g.Findings = []doc.Finding{}
	}
	if g.Errors == nil {
		g.Errors = []extract.RecordError{}
	}
}

// sortStable sorts xs stably by cmp, in place: it sorts positions (ties by
// position) and moves each element once, which for large structs is
// several times faster than sort.SliceStable's swaps. Long slices are
// sorted a part per CPU and the parts merged: a reducer's spill sorts
// chunks of 8,192 edges in the goroutine the reducer waits on when it
// makes edges faster than they are spilled (1.2 million related edges at
// 10,000 papers, in random order).
func sortStable[T any](xs []T, cmp func(a, b *T) int) []T {
	idx := make([]int32, len(xs))
	sorted := true
	for i := range idx {
		idx[i] = int32(i)
		if i > 0 && sorted && cmp(&xs[i-1], &xs[i]) > 0 {
			sorted = false
		}
	}
	if sorted {
		return xs
	}
	// A total order (ties by position): sorting the parts and merging them
	// gives the order one sort gives.
	less := func(a, b int32) int {
		if c := cmp(&xs[a], &xs[b]); c != 0 {
			return c
		}
		return int(a - b)
	}
	parts := min(runtime.GOMAXPROCS(0), len(idx)/parallelSortPart)
	if parts < 2 {
		slices.SortFunc(idx, less)
	} else {
		bounds := make([]int, parts+1)
		for i := range bounds {
			bounds[i] = i * len(idx) / parts
		}
		parallel.For(parts, func(i int) { slices.SortFunc(idx[bounds[i]:bounds[i+1]], less) })
		tmp := make([]int32, len(idx))
		for len(bounds) > 2 {
			pairs := (len(bounds) - 1) / 2
			parallel.For(pairs, func(p int) {
				lo, mid, hi := bounds[2*p], bounds[2*p+1], bounds[2*p+2]
				mergeIdx(tmp[lo:hi], idx[lo:mid], idx[mid:hi], less)
			})
			if (len(bounds)-1)%2 == 1 { // the odd part out, as it is
				lo := bounds[len(bounds)-2]
				copy(tmp[lo:], idx[lo:])
			}
			next := make([]int, 0, pairs+2)
			for p := range pairs {
				next = append(next, bounds[2*p])
			}
			if (len(bounds)-1)%2 == 1 {
				next = append(next, bounds[len(bounds)-2])
			}
			bounds = append(next, len(idx))
			idx, tmp = tmp, idx
		}
	}
	// Each element is moved once, in place, along the cycles of the
	// permutation (a sorted copy was fresh memory for every chunk a
	// reducer spills: 600 KB for 8,192 edges). idx[j] = j marks the
	// positions done.
	for i := range idx {
		if idx[i] == int32(i) {
			continue
		}
		first := xs[i]
		j := i
		for {
			k := int(idx[j])
			idx[j] = int32(j)
			if k == i {
				xs[j] = first
				break
			}
			xs[j] = xs[k]
			j = k
		}
	}
	return xs
}

// parallelSortPart is the least number of elements sortStable sorts on a
// CPU of its own (below it, starting goroutines costs more than it saves).
const parallelSortPart = 2048

// mergeIdx merges the sorted a and b into dst (len(a)+len(b)) by less,
// a total order.
func mergeIdx(dst, a, b []int32, less func(x, y int32) int) {
	i, j := 0, 0
	for k := range dst {
		if j == len(b) || i < len(a) && less(a[i], b[j]) < 0 {
			dst[k] = a[i]
			i++
		} else {
			dst[k] = b[j]
			j++
		}
	}
}

// Encode writes the graph as compact JSON with one array element a line
// (stable for review diffs, and a third of the indented size). A streamed
// run (Result.WriteGraph) writes the same bytes without holding them.
func (g *Graph) Encode() ([]byte, error) {
	var buf bytes.Buffer
	gw := newGraphWriter(&buf)
	gw.begin(g.Schema, g.Generator)
	gw.array("documents")
	var scratch []byte
	for i := range g.Documents {
		var err error
		if scratch, err = appendDocument(scratch[:0], &g.Documents[i]); err != nil {
			return nil, err
		}
		gw.elem(scratch)
	}
	gw.array("nodes")
	for i := range g.Nodes {
		var err error
		if scratch, err = g.Nodes[i].AppendJSON(scratch[:0]); err != nil {
			return nil, fmt.Errorf("node %s: %w", g.Nodes[i].ID, err)
		}
		gw.elem(scratch)
	}
	gw.array("edges")
	for i := range g.Edges {
		var err error
		if scratch, err = g.Edges[i].AppendJSON(scratch[:0]); err != nil {
			return nil, fmt.Errorf("edge %s→%s: %w", g.Edges[i].From, g.Edges[i].To, err)
		}
		gw.elem(scratch)
	}
	gw.array("findings")
	for i := range g.Findings {
		var err error
		if scratch, err = g.Findings[i].AppendJSON(scratch[:0]); err != nil {
			return nil, fmt.Errorf("finding %s: %w", g.Findings[i].ID, err)
		}
		gw.elem(scratch)
	}
	gw.array("errors")
	for i := range g.Errors {
		var err error
		if scratch, err = appendCompactJSON(scratch[:0], &g.Errors[i]); err != nil {
			return nil, err
		}
		gw.elem(scratch)
	}
	if err := gw.end(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// graphWriter writes the layout of claims-graph.json:
//
//	{"schema":"claimgraph/v1","generator":{...},
//	"documents":[
//	{...},
//	{...}
//	],
//	"nodes":[
//	...
//	"errors":[]}
type graphWriter struct {
	w     io.Writer
	open  bool // an array is open
	count int  // elements written in it
	err   error
}

func newGraphWriter(w io.Writer) *graphWriter { return &graphWriter{w: w} }

func (gw *graphWriter) write(b []byte) {
	if gw.err == nil {
		_, gw.err = gw.w.Write(b)
	}
}

func (gw *graphWriter) writeString(s string) {
	if gw.err == nil {
		_, gw.err = io.WriteString(gw.w, s)
	}
}

func (gw *graphWriter) begin(schema string, gen Generator) {
	b := append([]byte(`{"schema":`), doc.AppendString(nil, schema, false)...)
	b = append(b, `,"generator":{"name":`...)
	b = doc.AppendString(b, gen.Name, false)
	b = append(b, `,"version":`...)
	b = doc.AppendString(b, gen.Version, false)
	gw.write(append(b, "},"...))
}

func (gw *graphWriter) closeArray() {
	if !gw.open {
		return
	}
	if gw.count > 0 {
		gw.writeString("\n]")
	} else {
		gw.writeString("]")
	}
	gw.open = false
}

// array closes the open array and opens the next.
func (gw *graphWriter) array(name string) {
	if gw.open {
		gw.closeArray()
		gw.writeString(",")
	}
	gw.writeString("\n\"" + name + "\":[")
	gw.open, gw.count = true, 0
}

// elem writes one element (compact JSON, no newline) of the open array.
func (gw *graphWriter) elem(b []byte) {
	if gw.count > 0 {
		gw.writeString(",\n")
	} else {
		gw.writeString("\n")
	}
	gw.write(b)
	gw.count++
}

func (gw *graphWriter) end() error {
	gw.closeArray()
	gw.writeString("}\n")
	return gw.err
}

// appendDocument appends a documents[] entry as the graph writes it.
func appendDocument(dst []byte, d *extract.DocumentInfo) ([]byte, error) {
	if out, ok := d.AppendJSON(dst); ok {
		return out, nil
	}
	return appendCompactJSON(dst, d)
}

// appendCompactJSON appends v as encoding/json writes it with HTML
// escaping off (as the graph's Encoder always did for these types).
func appendCompactJSON(dst []byte, v any) ([]byte, error) {
	buf := bytes.NewBuffer(dst)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	b := buf.Bytes()
	return b[:len(b)-1], nil // Encode's newline
}

// ReadGraph reads a graph written by Encode.
func ReadGraph(path string) (*Graph, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Graph
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &g, nil
}
