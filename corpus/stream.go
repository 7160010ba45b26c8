package corpus

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
)

// A Stream is the reduce input of a corpus built one record at a time, so
// that a run never holds every record (nor the graph's encoding) at once.
//
// Add encodes each record's per-document part of the graph (its documents[]
// entry, nodes, edges and findings) into its final bytes, in the calling
// worker, and appends them to a spill file; it keeps in memory only a light
// record: the document's identity, titles and languages and the nodes the
// reducers read (light copies of claims, references and attributions, and
// the act mentions, which the legal reducer completes). Reduce runs the
// reducers on the light records; Result.WriteGraph then merges the spilled
// per-document elements with the reducers' in id order, straight into the
// output file.
//
// The light records are kept by input index and reduced in that order, so
// the result does not depend on the order in which records were added.
type Stream struct {
	mu    sync.Mutex
	f     *os.File
	w     *writerAt
	parts []*docPart // by input index
	err   error      // first spill error
}

// docPart is what the stream keeps of one record.
type docPart struct {
	light                  *extract.Record
	docSec                 section // the documents[] entry
	nodes, edges, findings section
	nodeTypes              map[string]int // spilled nodes by type
	numEdges               int
	findingKinds           map[[2]string]int // spilled findings by type and severity
}

// section is a run of elements in the spill file: each element is its
// sort key and its JSON, each preceded by its length (uint32, little endian).
type section struct {
	off, len int64
}

// writerAt appends to the spill file through a buffer and counts bytes.
type writerAt struct {
	f   *os.File
	buf []byte
	off int64
}

func (w *writerAt) write(b []byte) error {
	if len(w.buf)+len(b) > cap(w.buf) {
		if err := w.flush(); err != nil {
			return err
		}
		if len(b) > cap(w.buf) {
			_, err := w.f.Write(b)
			w.off += int64(len(b))
			return err
		}
	}
	w.buf = append(w.buf, b...)
	w.off += int64(len(b))
	return nil
}

func (w *writerAt) flush() error {
	if len(w.buf) == 0 {
		return nil
	}
	_, err := w.f.Write(w.buf)
	w.buf = w.buf[:0]
	return err
}

// The per-document nodes the stream keeps in memory: light copies of the
// nodes the reducers read (written from the spill: readOnlyType), and
// whole nodes that a reducer changes (written from memory: the legal
// reducer sets each act mention's act). Reducers must not add nodes of a
// read-only type.
func readOnlyType(t string) bool {
	return t == "claim" || t == "reference" || t == "attribution"
}

// lightCopy is what the stream keeps of a per-document node, and whether
// the node goes to the spill.
func lightCopy(n *doc.Node) (light doc.Node, keep, spill bool) {
	switch n.Type {
	case "claim":
		// The reconcile reducer reads text, sentence, span and attrs.
		// (Clones: the strings share the document's text.)
		c := *n
		c.Text, c.Sentence = strings.Clone(n.Text), strings.Clone(n.Sentence)
		return c, true, true
	case "reference", "attribution":
		// The bibliography, legal and reconcile reducers read the attrs
		// (CSL, organization), the span and the document.
		c := *n
		c.Text, c.Sentence = "", ""
		return c, true, true
	case "act_mention":
		c := *n
		c.Text, c.Sentence = strings.Clone(n.Text), strings.Clone(n.Sentence)
		return c, true, false
	}
	return doc.Node{}, false, true
}

// NewStream opens a stream spilling into a temporary file in dir (the
// output folder is a good place: same disk, removed by Close).
func NewStream(dir string) (*Stream, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(dir, ".claimgraph-spill-*")
	if err != nil {
		return nil, err
	}
	return &Stream{f: f, w: &writerAt{f: f, buf: make([]byte, 0, 1<<20)}}, nil
}

// Close removes the spill file.
func (s *Stream) Close() error {
	if s.f == nil {
		return nil
	}
	err := s.f.Close()
	os.Remove(s.f.Name())
	s.f = nil
	return err
}

// lightDocument is what the reducers and the summary read of a document.
func lightDocument(d extract.DocumentInfo) extract.DocumentInfo {
	l := extract.DocumentInfo{ID: d.ID, Path: d.Path, SHA256: d.SHA256, Format: d.Format, Languages: d.Languages,
		Title: strings.Clone(d.Title), DOI: strings.Clone(d.DOI), Pages: d.Pages, Bytes: d.Bytes}
	for _, t := range d.Titles {
		l.Titles = append(l.Titles, strings.Clone(t))
	}
	return l
}

// appendElem frames one element: key length, key, value length, value.
func appendElem(dst, key, val []byte) []byte {
	dst = binary.LittleEndian.AppendUint32(dst, uint32(len(key)))
	dst = append(dst, key...)
	dst = binary.LittleEndian.AppendUint32(dst, uint32(len(val)))
	return append(dst, val...)
}

// edgeKey is an edge's sort key: from, to and type, each but the last
// preceded by its length, compared by compareEdgeKeys.
func edgeKey(dst []byte, e *doc.Edge) []byte {
	dst = binary.LittleEndian.AppendUint32(dst, uint32(len(e.From)))
	dst = append(dst, e.From...)
	dst = binary.LittleEndian.AppendUint32(dst, uint32(len(e.To)))
	dst = append(dst, e.To...)
	return append(dst, e.Type...)
}

func splitEdgeKey(k []byte) (from, to, typ []byte) {
	n := binary.LittleEndian.Uint32(k)
	from, k = k[4:4+n], k[4+n:]
	n = binary.LittleEndian.Uint32(k)
	return from, k[4 : 4+n], k[4+n:]
}

func compareEdgeKeys(a, b []byte) int {
	af, at, aty := splitEdgeKey(a)
	bf, bt, bty := splitEdgeKey(b)
	if c := bytes.Compare(af, bf); c != 0 {
		return c
	}
	if c := bytes.Compare(at, bt); c != 0 {
		return c
	}
	return bytes.Compare(aty, bty)
}

func edgeLess(a, b *doc.Edge) bool {
	if a.From != b.From {
		return a.From < b.From
	}
	if a.To != b.To {
		return a.To < b.To
	}
	return a.Type < b.Type
}

// Add takes the record of input i. It is safe for concurrent use (the
// encoding runs in the caller; only the append to the spill is serialized).
// The record must not be used afterwards.
func (s *Stream) Add(i int, rec *extract.Record) {
	if rec == nil {
		return
	}
	p := &docPart{light: &extract.Record{Schema: rec.Schema, Pipeline: rec.Pipeline, Document: lightDocument(rec.Document), Error: rec.Error}}
	var buf []byte
	var docLen, nodesLen, edgesLen int
	contributes := rec.Document.ID != "" && (rec.Error == nil || rec.Error.Partial)
	if contributes {
		var err error
		// Records read from a file may come unsorted: the merge needs them
		// sorted (stably, as Reduce sorts).
		if !sort.SliceIsSorted(rec.Nodes, func(a, b int) bool { return rec.Nodes[a].ID < rec.Nodes[b].ID }) {
			sort.SliceStable(rec.Nodes, func(a, b int) bool { return rec.Nodes[a].ID < rec.Nodes[b].ID })
		}
		if !sort.SliceIsSorted(rec.Edges, func(a, b int) bool { return edgeLess(&rec.Edges[a], &rec.Edges[b]) }) {
			sort.SliceStable(rec.Edges, func(a, b int) bool { return edgeLess(&rec.Edges[a], &rec.Edges[b]) })
		}
		if !sort.SliceIsSorted(rec.Findings, func(a, b int) bool { return rec.Findings[a].ID < rec.Findings[b].ID }) {
			sort.SliceStable(rec.Findings, func(a, b int) bool { return rec.Findings[a].ID < rec.Findings[b].ID })
		}
		var val []byte
		if val, err = appendDocument(nil, &rec.Document); err != nil {
			s.fail(fmt.Errorf("%s: document: %w", rec.Document.Path, err))
			return
		}
		buf = appendElem(buf, nil, val)
		docLen = len(buf)
		p.nodeTypes = map[string]int{}
		for k := range rec.Nodes {
			n := &rec.Nodes[k]
			light, keep, spill := lightCopy(n)
			if spill {
				if val, err = n.AppendJSON(val[:0]); err != nil {
					s.fail(fmt.Errorf("%s: node %s: %w", rec.Document.Path, n.ID, err))
					return
				}
				buf = binary.LittleEndian.AppendUint32(buf, uint32(len(n.ID)))
				buf = append(buf, n.ID...)
				buf = binary.LittleEndian.AppendUint32(buf, uint32(len(val)))
				buf = append(buf, val...)
				p.nodeTypes[n.Type]++
			}
			if keep {
				p.light.Nodes = append(p.light.Nodes, light)
			}
		}
		nodesLen = len(buf) - docLen
		var key []byte
		for k := range rec.Edges {
			e := &rec.Edges[k]
			if val, err = e.AppendJSON(val[:0]); err != nil {
				s.fail(fmt.Errorf("%s: edge %s→%s: %w", rec.Document.Path, e.From, e.To, err))
				return
			}
			key = edgeKey(key[:0], e)
			buf = appendElem(buf, key, val)
		}
		edgesLen = len(buf) - docLen - nodesLen
		p.numEdges = len(rec.Edges)
		p.findingKinds = map[[2]string]int{}
		for k := range rec.Findings {
			f := &rec.Findings[k]
			if val, err = f.AppendJSON(val[:0]); err != nil {
				s.fail(fmt.Errorf("%s: finding %s: %w", rec.Document.Path, f.ID, err))
				return
			}
			buf = binary.LittleEndian.AppendUint32(buf, uint32(len(f.ID)))
			buf = append(buf, f.ID...)
			buf = binary.LittleEndian.AppendUint32(buf, uint32(len(val)))
			buf = append(buf, val...)
			p.findingKinds[[2]string{f.Type, f.Severity}]++
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for len(s.parts) <= i {
		s.parts = append(s.parts, nil)
	}
	s.parts[i] = p
	if len(buf) == 0 || s.err != nil {
		return
	}
	start := s.w.off
	if err := s.w.write(buf); err != nil {
		s.err = err
		return
	}
	p.docSec = section{start, int64(docLen)}
	p.nodes = section{start + int64(docLen), int64(nodesLen)}
	p.edges = section{p.nodes.off + int64(nodesLen), int64(edgesLen)}
	p.findings = section{p.edges.off + int64(edgesLen), int64(len(buf) - docLen - nodesLen - edgesLen)}
}

func (s *Stream) fail(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err == nil {
		s.err = err
	}
}

// Result is a reduced stream: the reducers' graph, holding the light
// documents, the nodes kept in memory and the reducers' nodes, edges and
// findings, and the spill holding the rest.
type Result struct {
	// Graph is the reduced light graph: documents without their sections,
	// sentences and pages; Nodes hold light copies of the spilled claims,
	// references and attributions (see readOnlyType). Bibliography and
	// LegalTimeline work on it; Encode does not give the whole graph.
	Graph    *Graph
	s        *Stream
	accepted []*docPart // the documents of the graph, in input order
}

// Reduce runs the cross-document half on the light records, in input
// order. The stream stays open for WriteGraph.
func (s *Stream) Reduce(extraErrs []extract.RecordError, version string, reducers ...Reducer) (*Result, error) {
	s.mu.Lock()
	err := s.err
	if err == nil {
		err = s.w.flush()
	}
	s.mu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("spill: %w", err)
	}
	recs := make([]*extract.Record, len(s.parts))
	for i, p := range s.parts {
		if p != nil {
			recs[i] = p.light
		}
	}
	res := &Result{s: s}
	for _, i := range acceptedRecords(recs) {
		res.accepted = append(res.accepted, s.parts[i])
	}
	g, err := Reduce(recs, extraErrs, version, reducers...)
	if err != nil {
		return nil, err
	}
	res.Graph = g
	return res, nil
}

// acceptedRecords returns the indices of the records whose documents enter
// the graph, as Reduce decides: complete or partial, with a document id,
// the first of the same content.
func acceptedRecords(recs []*extract.Record) []int {
	var out []int
	seen := map[string]bool{}
	for i, r := range recs {
		if r == nil || r.Error != nil && !r.Error.Partial || r.Document.ID == "" || seen[r.Document.ID] {
			continue
		}
		seen[r.Document.ID] = true
		out = append(out, i)
	}
	return out
}

// Summary counts what the graph holds, for the run's summary.
type Summary struct {
	Documents []extract.DocumentInfo
	NodeTypes map[string]int
	// Findings counts findings by type and severity.
	Findings    map[string]map[string]int
	NumFindings int
	NumEdges    int
	Errors      []extract.RecordError
}

func (s *Summary) addFinding(typ, sev string, n int) {
	if s.Findings[typ] == nil {
		s.Findings[typ] = map[string]int{}
	}
	s.Findings[typ][sev] += n
	s.NumFindings += n
}

// Summary of an in-memory graph.
func (g *Graph) Summary() Summary {
	s := Summary{Documents: g.Documents, NodeTypes: map[string]int{}, Findings: map[string]map[string]int{}, Errors: g.Errors, NumEdges: len(g.Edges)}
	for _, n := range g.Nodes {
		s.NodeTypes[n.Type]++
	}
	for _, f := range g.Findings {
		s.addFinding(f.Type, f.Severity, 1)
	}
	return s
}

// Summary of the streamed graph (the same counts as the in-memory one).
func (r *Result) Summary() Summary {
	s := Summary{Documents: r.Graph.Documents, NodeTypes: map[string]int{}, Findings: map[string]map[string]int{}, Errors: r.Graph.Errors, NumEdges: len(r.Graph.Edges)}
	for _, p := range r.accepted {
		s.NumEdges += p.numEdges
		for t, n := range p.nodeTypes {
			s.NodeTypes[t] += n
		}
		for k, n := range p.findingKinds {
			s.addFinding(k[0], k[1], n)
		}
	}
	for _, n := range r.Graph.Nodes {
		if !readOnlyType(n.Type) {
			s.NodeTypes[n.Type]++
		}
	}
	for _, f := range r.Graph.Findings {
		s.addFinding(f.Type, f.Severity, 1)
	}
	return s
}

// Close removes the spill.
func (r *Result) Close() error { return r.s.Close() }

// WriteOutputs writes every output file into dir: the graph streamed, the
// bibliography and the legal timeline from the reduced graph.
func (r *Result) WriteOutputs(dir string) error {
	if err := r.WriteGraph(filepath.Join(dir, "claims-graph.json")); err != nil {
		return err
	}
	files, err := ExportFiles(r.Graph)
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := WriteFileAtomic(filepath.Join(dir, f.Name), f.Data); err != nil {
			return err
		}
	}
	return nil
}

// WriteGraph writes claims-graph.json (atomically) by merging the spilled
// per-document elements with the reduced graph's, in the order and with
// the bytes of Graph.Encode on the whole graph.
func (r *Result) WriteGraph(path string) error {
	a, err := CreateAtomic(path)
	if err != nil {
		return err
	}
	if err := r.EncodeTo(a); err != nil {
		a.Abort()
		return err
	}
	return a.Commit()
}

// EncodeTo writes the graph to w (see WriteGraph).
func (r *Result) EncodeTo(w io.Writer) error {
	g := r.Graph
	gw := newGraphWriter(w)
	gw.begin(g.Schema, g.Generator)
	gw.array("documents")
	docs := append([]*docPart(nil), r.accepted...)
	sort.SliceStable(docs, func(i, j int) bool { return docs[i].light.Document.ID < docs[j].light.Document.ID })
	var buf []byte
	for _, p := range docs {
		if cap(buf) < int(p.docSec.len) {
			buf = make([]byte, p.docSec.len)
		}
		b := buf[:p.docSec.len]
		if _, err := r.s.f.ReadAt(b, p.docSec.off); err != nil {
			return fmt.Errorf("spill: %w", err)
		}
		gw.elem(b[8:]) // no key
	}
	// Nodes: the spilled ones and those of the reduced graph not spilled.
	var mem []int
	for i, n := range g.Nodes {
		if !readOnlyType(n.Type) {
			mem = append(mem, i)
		}
	}
	var scratch []byte
	nodeSrc := func(k int) ([]byte, []byte, error) {
		n := &g.Nodes[mem[k]]
		var err error
		scratch, err = n.AppendJSON(scratch[:0])
		return []byte(n.ID), scratch, err
	}
	gw.array("nodes")
	if err := r.merge(gw, func(p *docPart) section { return p.nodes }, len(mem), nodeSrc, bytes.Compare); err != nil {
		return err
	}
	gw.array("edges")
	var key []byte
	edgeSrc := func(k int) ([]byte, []byte, error) {
		e := &g.Edges[k]
		var err error
		scratch, err = e.AppendJSON(scratch[:0])
		key = edgeKey(key[:0], e)
		return key, scratch, err
	}
	if err := r.merge(gw, func(p *docPart) section { return p.edges }, len(g.Edges), edgeSrc, compareEdgeKeys); err != nil {
		return err
	}
	gw.array("findings")
	findingSrc := func(k int) ([]byte, []byte, error) {
		f := &g.Findings[k]
		var err error
		scratch, err = f.AppendJSON(scratch[:0])
		return []byte(f.ID), scratch, err
	}
	if err := r.merge(gw, func(p *docPart) section { return p.findings }, len(g.Findings), findingSrc, bytes.Compare); err != nil {
		return err
	}
	gw.array("errors")
	for i := range g.Errors {
		var err error
		if scratch, err = appendCompactJSON(scratch[:0], &g.Errors[i]); err != nil {
			return err
		}
		gw.elem(scratch)
	}
	return gw.end()
}

// mergeSrc is one sorted source of the merge: a document's section of the
// spill, or the reduced graph's elements (last, so that ties keep the
// order of a stable sort of the documents' elements followed by the
// reducers').
type mergeSrc struct {
	key, val []byte
	order    int
	// spill
	f        *os.File
	off, end int64
	buf      []byte
	r, w     int
	// memory
	mem  func(int) ([]byte, []byte, error)
	k, n int
}

// fill makes at least n bytes available in buf[r:w] (less at the end of
// the section).
func (m *mergeSrc) fill(n int) error {
	if m.w-m.r >= n {
		return nil
	}
	if m.buf == nil {
		m.buf = make([]byte, min(int64(8<<10), m.end-m.off))
	}
	copy(m.buf, m.buf[m.r:m.w])
	m.w -= m.r
	m.r = 0
	if n > len(m.buf) {
		nb := make([]byte, max(n, 2*len(m.buf)))
		copy(nb, m.buf[:m.w])
		m.buf = nb
	}
	want := min(int64(len(m.buf)-m.w), m.end-m.off)
	if want > 0 {
		got, err := m.f.ReadAt(m.buf[m.w:m.w+int(want)], m.off)
		if got < int(want) {
			if err == nil || errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return fmt.Errorf("spill: %w", err)
		}
		m.w += got
		m.off += int64(got)
	}
	if m.w-m.r < n {
		return fmt.Errorf("spill: truncated element")
	}
	return nil
}

// next loads the next element; false at the end.
func (m *mergeSrc) next() (bool, error) {
	if m.mem != nil {
		if m.k >= m.n {
			return false, nil
		}
		var err error
		m.key, m.val, err = m.mem(m.k)
		m.k++
		return true, err
	}
	if m.r == m.w && m.off >= m.end {
		m.buf = nil
		return false, nil
	}
	if err := m.fill(4); err != nil {
		return false, err
	}
	kl := int(binary.LittleEndian.Uint32(m.buf[m.r:]))
	if err := m.fill(8 + kl); err != nil {
		return false, err
	}
	vl := int(binary.LittleEndian.Uint32(m.buf[m.r+4+kl:]))
	if err := m.fill(8 + kl + vl); err != nil {
		return false, err
	}
	m.key = m.buf[m.r+4 : m.r+4+kl]
	m.val = m.buf[m.r+8+kl : m.r+8+kl+vl]
	m.r += 8 + kl + vl
	return true, nil
}

// merge writes the elements of one section of every accepted document and
// n elements of the reduced graph in key order (a k-way merge on a heap;
// ties go to the earlier source).
func (r *Result) merge(gw *graphWriter, sec func(*docPart) section, n int, mem func(int) ([]byte, []byte, error), cmp func(a, b []byte) int) error {
	var h []*mergeSrc
	less := func(a, b *mergeSrc) bool {
		if c := cmp(a.key, b.key); c != 0 {
			return c < 0
		}
		return a.order < b.order
	}
	add := func(m *mergeSrc) error {
		ok, err := m.next()
		if err != nil || !ok {
			return err
		}
		h = append(h, m)
		return nil
	}
	for i, p := range r.accepted {
		s := sec(p)
		if s.len == 0 {
			continue
		}
		if err := add(&mergeSrc{order: i, f: r.s.f, off: s.off, end: s.off + s.len}); err != nil {
			return err
		}
	}
	if err := add(&mergeSrc{order: len(r.accepted), mem: mem, n: n}); err != nil {
		return err
	}
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= len(h) {
				return
			}
			j := l
			if rr := l + 1; rr < len(h) && less(h[rr], h[l]) {
				j = rr
			}
			if !less(h[j], h[i]) {
				return
			}
			h[i], h[j] = h[j], h[i]
			i = j
		}
	}
	for i := len(h)/2 - 1; i >= 0; i-- {
		down(i)
	}
	for len(h) > 0 {
		top := h[0]
		gw.elem(top.val)
		ok, err := top.next()
		if err != nil {
			return err
		}
		if !ok {
			h[0] = h[len(h)-1]
			h = h[:len(h)-1]
		}
		down(0)
	}
	return gw.err
}
