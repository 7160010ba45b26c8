package corpus

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/claimgraph/claimgraph/corpus/internal/parallel"
	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/refs"
)

// A Stream is the reduce input of a corpus built one record at a time, so
// that a run never holds every record, nor every node, nor the graph's
// encoding at once.
//
// Add encodes each record's per-document part of the graph (its documents[]
// entry, nodes, edges and findings) into its final bytes, in the calling
// worker, and appends them to a spill file, with light copies of the nodes
// the reducers read (projections: claims, references with their CSL only,
// ...) in a compact binary form, a file per projection. It keeps in
// memory only the document's identity, titles and languages and where its
// parts are.
//
// Reduce runs one reducer at a time, each on the projections it reads
// (Reducer.Reads) loaded back from the spill, and spills its output sorted
// (the nodes it completes, such as act mentions, with its own). The graph
// writer then merges the documents' and the reducers' sorted runs in id
// order into the output file. Memory peaks at the largest reducer's
// input and output, not at the corpus.
//
// Documents are kept by input index and reduced in that order, so the
// result does not depend on the order in which records were added.
type Stream struct {
	mu  sync.Mutex
	f   *os.File   // the reducers' output (spillRun) past the free light files
	out *outWriter // writes the reducers' output
	// lights holds each projection's light nodes, written by lw;
	// consumed tells those that a reducer's output was allowed to write
	// over (outWriter).
	lights   [numProj]*os.File
	lw       [numProj]*writerAt
	consumed [numProj]bool
	runs     *runFile   // the documents' sorted runs (writeBatch)
	parts    []*docPart // by input index
	err      error      // first spill error
	// batch gathers the documents' parts until batchBytes (or
	// batchLimit, for tests); docRuns are the runs written from batches
	// (writeBatch, under runs.mu).
	batch      *batch
	batchLimit int
	docRuns    []docRun
	// mergePiece, for tests, is what the merge reads at a time and the
	// head of its buffers (a multiple of blockSize; 0: from mergeBudget).
	mergePiece int
	// freeBufs are batch buffers written and free again; mapped are the
	// buffers allocated outside the heap, unmapped (released) once every
	// batch is written.
	freeBufs, mapped [][]byte
	released         bool
	// flushAt is how many edges or findings a reducer holds before they
	// are spilled (0: defaultFlushAt).
	flushAt int
	// readChunk is how many documents a reducer that reads in chunks is
	// given at a time (0: readChunkDocs).
	readChunk int
	// scratch holds the encoding buffers of Add between calls (*addScratch).
	scratch sync.Pool
	// lightScratch is spillAdded's buffer, reused within a reducer (its
	// spilling goroutine calls it, one call at a time).
	lightScratch []byte
	// elemParts are putElems' buffers, reused within a reducer.
	elemParts []elemPart
}

// addScratch is what Add encodes a record's part into; reused, since a
// record's part is copied into the spill's buffer at once.
type addScratch struct {
	buf, val, key []byte
	lights        [numProj][]byte
	sources       map[string]bool // claimSources'
	actSpans      []doc.Span      // actSpans'
}

// docPart is what the stream keeps of one record.
type docPart struct {
	light *extract.Record // document and error only
	// segs is where its documents[] entry, nodes, edges and findings went
	// (set when its batch is written).
	segs         []docSeg
	proj         [numProj]section // light nodes by projection
	projNodes    [numProj]int32   // how many
	nodeTypes    map[string]int   // spilled nodes by type
	numEdges     int
	findingKinds map[[2]string]int // spilled findings by type and severity
	// foreign: an act mention or a reference of the record names another
	// document than the record's (projection.whole).
	foreign bool
}

// section is a document's light nodes of one projection (appendLight) in
// that projection's file.
type section struct {
	off, len int64
}

// writerAt appends to a file through a buffer and counts bytes.
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

// Projections: the light copies of per-document nodes a reducer can read
// (Reducer.Reads).
const (
	// projClaim: claims whole (the reconcile reducer reads text,
	// sentence, span and attrs).
	projClaim = "claim"
	// projAttribution: attributions without text (their organization).
	projAttribution = "attribution"
	// projActMention: act mentions whole; the legal reducer sets their
	// act, so they are written from its output, not from the document's.
	projActMention = "act_mention"
	// projReference: references without text, attrs holding the CSL item
	// only (bibliography).
	projReference = "reference"
	// projReferenceSpan: references without text or attrs whose span
	// holds an act mention of their document (legal acts link such
	// entries to their act; the others, ~90 %, are never read). Where a
	// record's references or act mentions name another document than
	// its own, the reducer reads projReference instead (whole).
	projReferenceSpan = "reference span"
	// projReferenceLabel: the references a claim of their document names
	// as its source (claims are attributed within their document), their
	// CSL item keeping only what a source label needs: first author,
	// title (cut as sourceLabel cuts it), issued (reconcile).
	projReferenceLabel = "reference label"
	// projCitationLabel: the callouts without an entry that a claim of
	// their document names as its source ("[10]" in a paper without a
	// list), their text only (reconcile).
	projCitationLabel = "citation label"
)

type projection struct {
	name  string
	typ   string
	write bool // the reducer reading it writes these nodes
	// whole, for a projection that keeps only the nodes its reducer
	// needs as judged within their record, is a projection holding all
	// of them, read instead when that judgement does not hold (a
	// record's nodes naming other documents: docPart.foreign).
	whole string
	// light appends the light node of n (appendLight).
	light func(dst []byte, n *doc.Node) ([]byte, error)
}

const numProj = 7

var projections = [numProj]projection{
	{projClaim, "claim", false, "", func(dst []byte, n *doc.Node) ([]byte, error) {
		return appendLight(dst, n), nil
	}},
	{projAttribution, "attribution", false, "", func(dst []byte, n *doc.Node) ([]byte, error) {
		return appendLightOf(dst, n, "", "", n.Attrs), nil
	}},
	{projActMention, "act_mention", true, "", func(dst []byte, n *doc.Node) ([]byte, error) {
		return appendLight(dst, n), nil
	}},
	{projReference, "reference", false, "", func(dst []byte, n *doc.Node) ([]byte, error) {
		csl, err := fieldOf(n.Attrs, "csl")
		if err != nil {
			return dst, err
		}
		if csl == nil {
			return appendLightOf(dst, n, "", "", nil), nil
		}
		// {"csl":…} written in place, not made and copied.
		return appendLightOf(dst, n, "", "", []byte(`{"csl":`), csl, []byte{'}'}), nil
	}},
	{projReferenceSpan, "reference", false, projReference, func(dst []byte, n *doc.Node) ([]byte, error) {
		return appendLightOf(dst, n, "", "", nil), nil
	}},
	{projCitationLabel, "citation", false, "", func(dst []byte, n *doc.Node) ([]byte, error) {
		return appendLightOf(dst, n, n.Text, "", nil), nil
	}},
	{projReferenceLabel, "reference", false, "", func(dst []byte, n *doc.Node) ([]byte, error) {
		start := len(dst)
		dst = appendLightHead(dst, n, "", "")
		// The attrs go after their length: written after a guess of
		// it (one byte, most labels being shorter than 128 bytes) and
		// moved if the guess was wrong.
		at := len(dst)
		dst = append(dst, 0)
		dst, ok := appendLabelAttrs(dst, n.Attrs)
		if !ok {
			attrs, err := referenceLabelAttrs(n)
			if err != nil {
				return dst[:start], err
			}
			dst = append(dst[:at+1], attrs...)
		}
		return fixLength(dst, at), nil
	}},
}

// referenceLabelAttrs are the attrs of a reference label decoded from the
// reference's attrs whole (the case appendLabelAttrs does not read).
func referenceLabelAttrs(n *doc.Node) ([]byte, error) {
	var a extract.ReferenceAttrs
	if err := n.DecodeAttrs(&a); err != nil {
		return nil, err
	}
	it := refs.Item{Title: truncate(a.CSL.Title, 40), Issued: a.CSL.Issued}
	if len(a.CSL.Author) > 0 {
		it.Author = a.CSL.Author[:1]
	}
	return doc.Marshal(cslAttrs{it})
}

// cslAttrs are the attrs of a reference label: its CSL item only.
type cslAttrs struct {
	CSL refs.Item `json:"csl"`
}

// AppendPlainJSON appends the attrs as json.Marshal writes them
// (doc.PlainWriter).
func (a cslAttrs) AppendPlainJSON(dst []byte) ([]byte, bool) {
	dst = append(dst, `{"csl":`...)
	dst, ok := a.CSL.AppendPlainJSON(dst)
	return append(dst, '}'), ok
}

// claimSources puts into out (cleared) the node ids the claims among
// nodes name as source.
func claimSources(nodes []doc.Node, out map[string]bool) error {
	clear(out)
	for k := range nodes {
		if nodes[k].Type != "claim" {
			continue
		}
		src, ok, err := stringFieldOf(nodes[k].Attrs, "source")
		if err != nil {
			return fmt.Errorf("claim %s: %w", nodes[k].ID, err)
		}
		if ok {
			out[src] = true
		}
	}
	return nil
}

// actSpans appends to out the spans of the act mentions among nodes, and
// reports whether an act mention or a reference names another document
// than docID.
func actSpans(nodes []doc.Node, docID string, out []doc.Span) (spans []doc.Span, foreign bool) {
	for k := range nodes {
		n := &nodes[k]
		if n.Type != "act_mention" && n.Type != "reference" {
			continue
		}
		foreign = foreign || n.Doc != docID
		if n.Type == "act_mention" && n.Span != nil {
			out = append(out, *n.Span)
		}
	}
	return out, foreign
}

// holdsAct reports whether the span of n holds one of spans.
func holdsAct(n *doc.Node, spans []doc.Span) bool {
	if n.Span == nil {
		return false
	}
	for _, sp := range spans {
		if n.Span.Contains(sp) {
			return true
		}
	}
	return false
}

func projIndex(name string) int {
	for i, p := range projections {
		if p.name == name {
			return i
		}
	}
	return -1
}

// writtenByReducer reports node types that a reducer completes and writes
// (not spilled with their document).
func writtenByReducer(t string) bool {
	for _, p := range projections {
		if p.write && p.typ == t {
			return true
		}
	}
	return false
}

// appendLight encodes a light node: its strings length-prefixed (the id's
// and the text's lengths first, then their bytes, so that readLights makes
// them one string), its numbers as varints, its attrs.
func appendLight(dst []byte, n *doc.Node) []byte {
	return appendLightOf(dst, n, n.Text, n.Sentence, n.Attrs)
}

// appendLightOf encodes n as appendLight does with the text, sentence and
// attrs given (attrs: the concatenation of the parts).
func appendLightOf(dst []byte, n *doc.Node, text, sentence string, attrs ...[]byte) []byte {
	dst = appendLightHead(dst, n, text, sentence)
	l := 0
	for _, a := range attrs {
		l += len(a)
	}
	dst = binary.AppendUvarint(dst, uint64(l))
	for _, a := range attrs {
		dst = append(dst, a...)
	}
	return dst
}

// appendLightHead encodes n as appendLight does, up to its attrs.
func appendLightHead(dst []byte, n *doc.Node, text, sentence string) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(n.ID)))
	dst = binary.AppendUvarint(dst, uint64(len(text)))
	dst = append(append(dst, n.ID...), text...)
	for _, s := range [...]string{n.Type, n.Doc, sentence, n.Lang} {
		dst = binary.AppendUvarint(dst, uint64(len(s)))
		dst = append(dst, s...)
	}
	if n.Span != nil {
		dst = append(dst, 1)
		dst = binary.AppendVarint(dst, int64(n.Span.Start))
		dst = binary.AppendVarint(dst, int64(n.Span.End))
	} else {
		dst = append(dst, 0)
	}
	for _, v := range [...]int{n.Page, n.Line, n.Column} {
		dst = binary.AppendVarint(dst, int64(v))
	}
	return dst
}

// fixLength writes the length of dst[at+1:] as a uvarint at dst[at], where
// one byte was left for it, moving the bytes when it takes more.
func fixLength(dst []byte, at int) []byte {
	l := uint64(len(dst) - at - 1)
	if l < 0x80 {
		dst[at] = byte(l)
		return dst
	}
	var buf [binary.MaxVarintLen64]byte
	w := binary.PutUvarint(buf[:], l)
	dst = append(dst, buf[:w-1]...) // room
	copy(dst[at+w:], dst[at+1:len(dst)-(w-1)])
	copy(dst[at:], buf[:w])
	return dst
}

var errLight = errors.New("spill: bad light node")

// spanBlock is how many light nodes' spans readLights allocates at once
// (one allocation each was a tenth of its work).
const spanBlock = 64

// attrsBlock is how many bytes of attrs readLights allocates at once (one
// allocation per node was a tenth of its work); attrs of more than a
// quarter of it are allocated alone.
const attrsBlock = 8 << 10

// lightReader is what readLights keeps from one call to the next: the
// interned types, document ids and languages, and the blocks of spans and
// of attrs being handed out.
type lightReader struct {
	in    map[string]string
	spans []doc.Span
	attrs []byte
}

// readLights decodes the light nodes of b. Types, document ids and
// languages, repeated from node to node, are interned in lr (nil: a reader
// of this call's own); a sentence repeated by the next node is shared.
func readLights(b []byte, out []doc.Node, lr *lightReader) ([]doc.Node, error) {
	if lr == nil {
		lr = &lightReader{}
	}
	if lr.in == nil {
		lr.in = map[string]string{}
	}
	in := lr.in
	var sentence string // the previous node's: nodes of one sentence share it
	// The previous node's type, document and language: mostly those of the
	// node before, found without the map.
	var prev [3]string
	for len(b) > 0 {
		var n doc.Node
		// The id and the text are one string: the reducers keep a node's
		// text (claims, act mentions, callouts) as long as its id.
		idLen, w := binary.Uvarint(b)
		if w <= 0 {
			return nil, errLight
		}
		b = b[w:]
		textLen, w := binary.Uvarint(b)
		if w <= 0 || uint64(len(b)-w) < idLen || uint64(len(b)-w)-idLen < textLen {
			return nil, errLight
		}
		idText := string(b[w : w+int(idLen+textLen)])
		b = b[w+int(idLen+textLen):]
		var raws [4][]byte // type, doc, sentence, lang
		for k := range raws {
			l, w := binary.Uvarint(b)
			if w <= 0 || uint64(len(b)-w) < l {
				return nil, errLight
			}
			raws[k] = b[w : w+int(l)]
			b = b[w+int(l):]
		}
		for i, k := range [...]int{0, 1, 3} {
			if raw := raws[k]; string(raw) != prev[i] {
				str, ok := in[string(raw)]
				if !ok {
					str = string(raw)
					in[str] = str
				}
				prev[i] = str
			}
		}
		if string(raws[2]) != sentence {
			sentence = string(raws[2])
		}
		n.ID, n.Type, n.Doc, n.Text, n.Sentence, n.Lang = idText[:idLen], prev[0], prev[1], idText[idLen:], sentence, prev[2]
		if len(b) == 0 {
			return nil, errLight
		}
		hasSpan := b[0] == 1
		b = b[1:]
		var nums [5]int64
		k0 := 2
		if hasSpan {
			k0 = 0
		}
		for k := k0; k < 5; k++ {
			v, w := binary.Varint(b)
			if w <= 0 {
				return nil, errLight
			}
			nums[k] = v
			b = b[w:]
		}
		if hasSpan {
			if len(lr.spans) == cap(lr.spans) {
				lr.spans = make([]doc.Span, 0, spanBlock)
			}
			lr.spans = append(lr.spans, doc.Span{Start: int(nums[0]), End: int(nums[1])})
			n.Span = &lr.spans[len(lr.spans)-1]
		}
		n.Page, n.Line, n.Column = int(nums[2]), int(nums[3]), int(nums[4])
		l, w := binary.Uvarint(b)
		if w <= 0 || uint64(len(b)-w) < l {
			return nil, errLight
		}
		if l > 0 {
			// A copy (b holds the strings' bytes too), capped: an append
			// to it must not write over the next node's.
			raw := b[w : w+int(l)]
			if l > attrsBlock/4 {
				n.Attrs = append(json.RawMessage(nil), raw...)
			} else {
				if len(lr.attrs)+len(raw) > cap(lr.attrs) {
					lr.attrs = make([]byte, 0, attrsBlock)
				}
				at := len(lr.attrs)
				lr.attrs = append(lr.attrs, raw...)
				n.Attrs = lr.attrs[at:len(lr.attrs):len(lr.attrs)]
			}
		}
		b = b[w+int(l):]
		out = append(out, n)
	}
	return out, nil
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
	rf, err := os.CreateTemp(dir, ".claimgraph-runs-*")
	if err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	direct, _ := openDirect(rf.Name()) // nil: through the cache
	s := &Stream{f: f, out: newOutWriter(f, 1<<20), runs: newRunFile(rf, direct)}
	for j := range s.lights {
		lf, err := os.CreateTemp(dir, ".claimgraph-lights-*")
		if err != nil {
			s.Close()
			return nil, err
		}
		os.Remove(lf.Name())
		s.lights[j], s.lw[j] = lf, &writerAt{f: lf, buf: make([]byte, 0, 256<<10)}
	}
	// Unlinked at once where the system allows (the open files stay
	// usable), so that a killed run leaves no spill behind; Close removes
	// them elsewhere.
	os.Remove(f.Name())
	os.Remove(rf.Name())
	return s, nil
}

// Close removes the spill files.
func (s *Stream) Close() error {
	if s.f == nil {
		return nil
	}
	s.mu.Lock()
	s.releaseBuffers()
	s.mu.Unlock()
	var errs []error
	for _, f := range append([]*os.File{s.f, s.runs.f, s.runs.direct}, s.lights[:]...) {
		if f == nil {
			continue
		}
		errs = append(errs, f.Close())
		if err := os.Remove(f.Name()); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	s.f = nil
	return errors.Join(errs...)
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

// compareEdgeKeys orders edge keys by from, to and type. A from or a to of
// another length than the other key's differs from it, so that comparing
// it decides; when the tos have one length, to and type are compared at
// once.
func compareEdgeKeys(a, b []byte) int {
	na, nb := binary.LittleEndian.Uint32(a), binary.LittleEndian.Uint32(b)
	if c := bytes.Compare(a[4:4+na], b[4:4+nb]); c != 0 {
		return c
	}
	a, b = a[4+na:], b[4+nb:]
	na, nb = binary.LittleEndian.Uint32(a), binary.LittleEndian.Uint32(b)
	if na == nb {
		return bytes.Compare(a[4:], b[4:])
	}
	return bytes.Compare(a[4:4+na], b[4:4+nb])
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
	sc, _ := s.scratch.Get().(*addScratch)
	if sc == nil {
		sc = &addScratch{}
	}
	defer s.scratch.Put(sc)
	buf, val, key := sc.buf[:0], sc.val[:0], sc.key[:0]
	var lights [numProj][]byte
	for j := range lights {
		lights[j] = sc.lights[j][:0]
	}
	defer func() {
		sc.buf, sc.val, sc.key, sc.lights = buf, val, key, lights
	}()
	var docLen, nodesLen, edgesLen int
	// encode makes the document's part of the spill; a document whose
	// results cannot be encoded becomes an error of the run (its part is
	// dropped), as one that could not be extracted.
	encode := func() error {
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
		if val, err = appendDocument(val[:0], &rec.Document); err != nil {
			return fmt.Errorf("%s: document: %w", rec.Document.Path, err)
		}
		buf = appendElem(buf, []byte(rec.Document.ID), val)
		docLen = len(buf)
		p.nodeTypes = map[string]int{}
		if sc.sources == nil {
			sc.sources = map[string]bool{}
		}
		sources := sc.sources
		if err := claimSources(rec.Nodes, sources); err != nil {
			return fmt.Errorf("%s: %w", rec.Document.Path, err)
		}
		var spans []doc.Span
		spans, p.foreign = actSpans(rec.Nodes, rec.Document.ID, sc.actSpans[:0])
		sc.actSpans = spans
		for k := range rec.Nodes {
			n := &rec.Nodes[k]
			for j := range projections {
				pr := &projections[j]
				if pr.typ != n.Type || (pr.name == projReferenceLabel || pr.name == projCitationLabel) && !sources[n.ID] ||
					pr.name == projReferenceSpan && !holdsAct(n, spans) {
					continue
				}
				if lights[j], err = pr.light(lights[j], n); err != nil {
					return fmt.Errorf("%s: node %s: %w", rec.Document.Path, n.ID, err)
				}
				p.projNodes[j]++
			}
			if writtenByReducer(n.Type) {
				continue
			}
			if val, err = n.AppendJSON(val[:0]); err != nil {
				return fmt.Errorf("%s: node %s: %w", rec.Document.Path, n.ID, err)
			}
			buf = appendElem(buf, []byte(n.ID), val)
			p.nodeTypes[n.Type]++
		}
		nodesLen = len(buf) - docLen
		for k := range rec.Edges {
			e := &rec.Edges[k]
			if val, err = e.AppendJSON(val[:0]); err != nil {
				return fmt.Errorf("%s: edge %s→%s: %w", rec.Document.Path, e.From, e.To, err)
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
				return fmt.Errorf("%s: finding %s: %w", rec.Document.Path, f.ID, err)
			}
			buf = appendElem(buf, []byte(f.ID), val)
			p.findingKinds[[2]string{f.Type, f.Severity}]++
		}
		return nil
	}
	if rec.Document.ID != "" && (rec.Error == nil || rec.Error.Partial) {
		if err := encode(); err != nil {
			buf = buf[:0]
			for j := range lights {
				lights[j] = lights[j][:0]
			}
			p.nodeTypes, p.findingKinds, p.numEdges, p.projNodes, p.foreign = nil, nil, 0, [numProj]int32{}, false
			p.light.Error = &extract.RecordError{Path: rec.Document.Path, Stage: "write",
				Message: "its results could not be written (please report): " + err.Error()}
		}
	}
	var segs [numArrays][]batchSeg
	if len(buf) > 0 {
		bounds := [numArrays + 1]int{0, docLen, docLen + nodesLen, docLen + nodesLen + edgesLen, len(buf)}
		for arr := range numArrays {
			segs[arr] = segments(nil, arr, buf, bounds[arr], bounds[arr+1], 0, p, i)
		}
	}
	var full []*batch
	s.mu.Lock()
	for len(s.parts) <= i {
		s.parts = append(s.parts, nil)
	}
	s.parts[i] = p
	if len(buf) > 0 && s.err == nil {
		for j, l := range lights {
			p.proj[j] = section{off: s.lw[j].off, len: int64(len(l))}
			if err := s.lw[j].write(l); err != nil {
				s.err = err
				break
			}
		}
		limit := cmp.Or(s.batchLimit, batchBytes)
		b := s.batch
		if b != nil && len(b.buf)+len(buf) > cap(b.buf) {
			full, b = append(full, b), nil
		}
		if b == nil {
			b = s.newBatch(limit, len(buf))
			s.batch = b
		}
		base := len(b.buf)
		b.buf = append(b.buf, buf...)
		for arr := range numArrays {
			for _, sg := range segs[arr] {
				sg.off += base
				sg.end += base
				sg.first += base
				sg.last += base
				b.segs[arr] = append(b.segs[arr], sg)
			}
		}
		if len(b.buf) >= limit {
			full, s.batch = append(full, b), nil
		}
	}
	s.mu.Unlock()
	// Full batches are written by this worker while the others go on
	// (runs.mu keeps the batches' writes apart).
	for _, b := range full {
		err := s.writeBatch(b)
		s.mu.Lock()
		s.err = cmp.Or(s.err, err)
		s.freeBatch(b)
		s.mu.Unlock()
	}
}

// Result is a reduced stream: the documents and errors of the graph, and
// the spilled runs of the documents and of the reducers that make the
// rest, with the reducers' work and legal_act nodes for the exports.
type Result struct {
	// Graph holds the light documents (sorted) and the errors: what the
	// summary reads. Its Encode is not the whole graph: see WriteGraph.
	Graph    *Graph
	s        *Stream
	accepted []*docPart // the documents of the graph, in input order
	runs     []reducerRun
	exports  []piece // light work and legal_act nodes, for ExportFiles
}

// reducerRun is a reducer's output, sorted and spilled, and its counts.
type reducerRun struct {
	nodes, edges, findings spilled
	nodeTypes              map[string]int
	numEdges               int
	findingKinds           map[[2]string]int
}

// exportType reports the reducers' node types the exports read.
func exportType(t string) bool { return t == "work" || t == "legal_act" }

// Reduce runs the cross-document half, one reducer at a time on the
// projections it reads (documents in input order), spilling each one's
// output. The stream stays open for WriteGraph.
func (s *Stream) Reduce(extraErrs []extract.RecordError, version string, reducers ...Reducer) (*Result, error) {
	s.mu.Lock()
	err := s.err
	for _, w := range s.lw {
		if err == nil {
			err = w.flush()
		}
	}
	last := s.batch
	s.batch = nil
	s.mu.Unlock()
	if err == nil && last != nil {
		err = s.writeBatch(last)
	}
	s.mu.Lock()
	if last != nil {
		s.freeBatch(last)
	}
	s.releaseBuffers()
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
	var docs []extract.DocumentInfo
	for _, i := range acceptedRecords(recs) {
		res.accepted = append(res.accepted, s.parts[i])
		docs = append(docs, s.parts[i].light.Document)
	}
	// The documents and errors (the light records have no nodes).
	g, err := Reduce(recs, extraErrs, version)
	if err != nil {
		return nil, err
	}
	res.Graph = g
	foreign := false
	for _, p := range res.accepted {
		foreign = foreign || p.foreign
	}
	reads := make([][]string, len(reducers))
	for k, red := range reducers {
		reads[k] = projectionsRead(red.Reads, foreign)
	}
	// A reducer completes the nodes of a write projection (writing them
	// in its output); another reducer would not see its changes.
	owner := map[string]string{}
	for k, red := range reducers {
		for _, name := range reads[k] {
			if j := projIndex(name); j >= 0 && projections[j].write {
				if o, ok := owner[name]; ok {
					return nil, fmt.Errorf("reducers %s and %s both read %s, which only one reducer may complete", o, red.Name, name)
				}
				if red.ReadsInChunks {
					return nil, fmt.Errorf("reducer %s reads %s in chunks and cannot complete it", red.Name, name)
				}
				owner[name] = red.Name
			}
		}
	}
	// The reducers' output is written over the files of the projections
	// no later reducer reads (outWriter): each is released once the last
	// reducer that reads it has loaded it, and cannot be read again.
	lastReader := [numProj]int{}
	for j := range lastReader {
		lastReader[j] = -1
	}
	for k, red := range reducers {
		for _, name := range reads[k] {
			if j := projIndex(name); j >= 0 {
				if s.consumed[j] {
					return nil, fmt.Errorf("reducer %s reads %s, which an earlier reduce of the stream consumed", red.Name, name)
				}
				lastReader[j] = k
			}
		}
	}
	// One reducer at a time: the memory peaks at the largest reducer's
	// input and output (running them together was measured at twice the
	// peak of the largest, over the 1 GB target at 10,000 papers); each
	// decodes its input on every CPU.
	for k, red := range reducers {
		release := func() {
			for j, last := range lastReader {
				if last == k {
					s.consumed[j] = true
					s.out.release(s.lights[j], s.lw[j].off)
				}
			}
		}
		out := s.runReducer(red, reads[k], recs, docs, res.accepted, g, release)
		if out.err != nil {
			return nil, fmt.Errorf("%s: %w", red.Name, out.err)
		}
		res.runs = append(res.runs, out.runs...)
		res.exports = append(res.exports, out.exports...)
		g.Errors = append(g.Errors, out.errors...)
		// The next reducer's working set is disjoint: start it from a
		// collected heap, so that the peak is one reducer's and not one
		// plus the previous one's garbage. The pages stay: returning them
		// (debug.FreeOSMemory) made the next reducer fault them back in.
		runtime.GC()
	}
	if err := s.runs.w.Close(); err != nil {
		return nil, fmt.Errorf("spill: %w", err)
	}
	g.sort()
	return res, nil
}

// projectionsRead is what a reducer reading the projections named reads:
// those, or when some record's nodes name other documents (foreign), the
// whole projection of each that has one (projection.whole).
func projectionsRead(names []string, foreign bool) []string {
	if !foreign {
		return names
	}
	var out []string
	for _, name := range names {
		if j := projIndex(name); j >= 0 && projections[j].whole != "" {
			name = projections[j].whole
		}
		if !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

// reducerOut is what one reducer left in the spill.
type reducerOut struct {
	runs    []reducerRun
	exports []piece
	errors  []extract.RecordError
	err     error
}

// runReducer runs one reducer on the projections it reads (reads:
// projectionsRead) and spills its output. It calls release once the reducer no longer reads them: after
// loading them, or for a reducer that reads in chunks, once it has run
// and its output is spilled.
func (s *Stream) runReducer(red Reducer, reads []string, recs []*extract.Record, docs []extract.DocumentInfo, accepted []*docPart, g *Graph, release func()) (out reducerOut) {
	rg := &Graph{Schema: g.Schema, Generator: g.Generator, Documents: docs}
	rg.flushAt = cmp.Or(s.flushAt, defaultFlushAt)
	rg.own = true
	// Chunks of added nodes, edges and findings are sorted, encoded and
	// spilled by a goroutine of their own, in the order they were made
	// (the merge keeps that order among equal keys, as a stable sort),
	// while the reducer goes on; two chunks at most wait.
	type chunk struct {
		nodes    []doc.Node
		edges    []doc.Edge
		findings []doc.Finding
	}
	queue := make(chan chunk, 2)
	spilled := make(chan error, 1)
	go func() {
		var err error
		for c := range queue {
			if err == nil {
				err = s.spillAdded(&out, c.nodes, c.edges, c.findings)
			}
		}
		spilled <- err
	}()
	rg.flush = func(nodes []doc.Node, edges []doc.Edge, findings []doc.Finding) error {
		queue <- chunk{nodes, edges, findings}
		return nil
	}
	var err error
	if red.ReadsInChunks {
		per := cmp.Or(s.readChunk, readChunkDocs)
		rg.readChunks = func(fn func(nodes []doc.Node) error) error {
			// The next chunk is read while fn works on this one (its
			// serial parts leave a CPU free); it is waited for before
			// returning, since the files are written over once released.
			type loaded struct {
				nodes []doc.Node
				err   error
			}
			// A chunk is read into the slice of the chunk before the one
			// fn works on (fn is done with it), not into fresh memory.
			load := func(start int, into []doc.Node) chan loaded {
				c := make(chan loaded, 1)
				if start >= len(accepted) {
					close(c)
					return c
				}
				go func() {
					nodes, err := s.loadNodes(accepted[start:min(start+per, len(accepted))], reads, into)
					c <- loaded{nodes, err}
				}()
				return c
			}
			next := load(0, nil)
			defer func() { <-next }()
			var spare []doc.Node
			for start := 0; start < len(accepted); start += per {
				l := <-next
				next = load(start+per, spare)
				if l.err != nil {
					return l.err
				}
				if err := fn(l.nodes); err != nil {
					return err
				}
				spare = l.nodes
			}
			return nil
		}
	} else if rg.Nodes, err = s.loadNodes(accepted, reads, nil); err != nil {
		close(queue)
		<-spilled
		out.err = err
		return out
	} else {
		release() // nothing is spilled yet: Run makes the output
	}
	n0 := len(rg.Nodes)
	err = red.Run(recs, rg)
	close(queue)
	if spillErr := <-spilled; rg.flushErr == nil {
		rg.flushErr = spillErr
	}
	if red.ReadsInChunks {
		release()
	}
	if err != nil {
		out.err = err
		return out
	}
	if rg.flushErr != nil {
		out.err = fmt.Errorf("spill: %w", rg.flushErr)
		return out
	}
	var nodes []doc.Node
	if !rg.released {
		// Kept in place (the nodes are the reducer's own copies): a copy
		// was fresh memory and a growing slice of 200,000 act mentions at
		// 10,000 papers.
		nodes = rg.Nodes[:0]
		for _, n := range rg.Nodes[:n0] {
			if writtenByReducer(n.Type) {
				nodes = append(nodes, n)
			}
		}
		// The reducer's own nodes: added (AddNode), or appended to Nodes.
		nodes = append(nodes, rg.Nodes[n0:]...)
		clear(rg.Nodes[len(nodes):]) // the nodes dropped are not held
	}
	nodes = append(nodes, rg.added...)
	rg.Nodes, rg.added = nil, nil
	out.err = s.spillAdded(&out, nodes, rg.Edges, rg.Findings)
	out.errors = rg.Errors
	// The buffer grew to this reducer's largest chunk of exported nodes
	// (26 MB of works at 3,000 papers): the next reducer must not hold it
	// through its peak.
	s.lightScratch, s.elemParts = nil, nil
	return out
}

// readChunkDocs is how many documents' nodes a reducer that reads in
// chunks (Reducer.ReadsInChunks) is given at a time: some 10,000
// references, against 450,000 at 10,000 papers.
const readChunkDocs = 256

// spillAdded spills a reducer's output as a run, with light copies of the
// nodes the exports read.
func (s *Stream) spillAdded(out *reducerOut, nodes []doc.Node, edges []doc.Edge, findings []doc.Finding) error {
	lights := s.lightScratch[:0]
	defer func() { s.lightScratch = lights }()
	for k := range nodes {
		if exportType(nodes[k].Type) {
			lights = appendLight(lights, &nodes[k])
		}
	}
	if len(lights) > 0 {
		p, err := s.out.write(lights)
		if err == nil {
			err = s.out.flush()
		}
		if err != nil {
			return fmt.Errorf("spill: %w", err)
		}
		out.exports = append(out.exports, p)
	}
	run, err := s.spillRun(nodes, edges, findings)
	out.runs = append(out.runs, run)
	return err
}

// loadNodes reads back the light nodes of the named projections, document
// by document in input order, each document's in id order, into the
// memory of into when it is large enough (its nodes are written over).
func (s *Stream) loadNodes(docs []*docPart, reads []string, into []doc.Node) ([]doc.Node, error) {
	var idx []int
	for _, name := range reads {
		j := projIndex(name)
		if j < 0 {
			return nil, fmt.Errorf("unknown projection %q", name)
		}
		idx = append(idx, j)
	}
	// Contiguous ranges of documents are decoded in parallel, each into its
	// place in one slice (their counts are known): joining parts made
	// after would hold every node twice at the reducer's peak.
	parts := min(runtime.GOMAXPROCS(0), max(1, len(docs)/64))
	per := (len(docs) + parts - 1) / max(1, parts)
	starts := make([]int, parts+1)
	for w := range parts {
		n := 0
		for _, p := range docs[min(w*per, len(docs)):min((w+1)*per, len(docs))] {
			for _, j := range idx {
				n += int(p.projNodes[j])
			}
		}
		starts[w+1] = starts[w] + n
	}
	all := into[:0]
	if cap(all) < starts[parts] {
		all = make([]doc.Node, starts[parts])
	}
	all = all[:starts[parts]]
	err := parallel.Each(parts, func(w int) error {
		part := docs[min(w*per, len(docs)):min((w+1)*per, len(docs))]
		out := all[starts[w]:starts[w]:starts[w+1]]
		var b []byte
		var lr lightReader
		for _, p := range part {
			start := len(out)
			for _, j := range idx {
				sec := p.proj[j]
				if sec.len == 0 {
					continue
				}
				b = slices.Grow(b[:0], int(sec.len))[:sec.len] // readLights copies what it keeps
				if _, err := s.lights[j].ReadAt(b, sec.off); err != nil {
					return fmt.Errorf("spill: %w", err)
				}
				var err error
				if out, err = readLights(b, out, &lr); err != nil {
					return err
				}
			}
			if len(idx) > 1 {
				// Each node moved once (sortStable), not swapped along.
				sortStable(out[start:], func(a, b *doc.Node) int { return strings.Compare(a.ID, b.ID) })
			}
		}
		if len(out) != starts[w+1]-starts[w] {
			return fmt.Errorf("spill: %d light nodes read where %d were counted", len(out), starts[w+1]-starts[w])
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return all, nil
}

// spillRun sorts a reducer's output (stably, as Reduce sorts the graph),
// encodes it and appends it to the spill (outWriter).
func (s *Stream) spillRun(nodes []doc.Node, edges []doc.Edge, findings []doc.Finding) (reducerRun, error) {
	run := reducerRun{nodeTypes: map[string]int{}, findingKinds: map[[2]string]int{}, numEdges: len(edges)}
	nodes = sortStable(nodes, func(a, b *doc.Node) int { return strings.Compare(a.ID, b.ID) })
	edges = sortStable(edges, func(a, b *doc.Edge) int {
		if c := strings.Compare(a.From, b.From); c != 0 {
			return c
		}
		if c := strings.Compare(a.To, b.To); c != 0 {
			return c
		}
		return strings.Compare(a.Type, b.Type)
	})
	findings = sortStable(findings, func(a, b *doc.Finding) int { return strings.Compare(a.ID, b.ID) })
	err := s.putElems(&run.nodes, len(nodes), func(k int, key, val []byte) ([]byte, []byte, error) {
		n := &nodes[k]
		val, err := n.AppendJSON(val)
		if err != nil {
			return nil, nil, fmt.Errorf("node %s: %w", n.ID, err)
		}
		return append(key, n.ID...), val, nil
	})
	if err != nil {
		return run, err
	}
	for k := range nodes {
		run.nodeTypes[nodes[k].Type]++
	}
	err = s.putElems(&run.edges, len(edges), func(k int, key, val []byte) ([]byte, []byte, error) {
		e := &edges[k]
		val, err := e.AppendJSON(val)
		if err != nil {
			return nil, nil, fmt.Errorf("edge %s→%s: %w", e.From, e.To, err)
		}
		return edgeKey(key, e), val, nil
	})
	if err != nil {
		return run, err
	}
	err = s.putElems(&run.findings, len(findings), func(k int, key, val []byte) ([]byte, []byte, error) {
		f := &findings[k]
		val, err := f.AppendJSON(val)
		if err != nil {
			return nil, nil, fmt.Errorf("finding %s: %w", f.ID, err)
		}
		return append(key, f.ID...), val, nil
	})
	if err != nil {
		return run, err
	}
	for k := range findings {
		run.findingKinds[[2]string{findings[k].Type, findings[k].Severity}]++
	}
	return run, s.out.flush()
}

// elemPart is one CPU's share of a window of putElems: the elements
// encoded, and the bytes of their values.
type elemPart struct {
	buf, key, val []byte
	vals          int64
}

// putElems encodes the elements [0, n) with elem (given key and value
// buffers to append to) and writes them to the spill in order, as a run's
// section. Windows of elements are encoded on every CPU, each part into a
// buffer of its own (a reducer's last spill, 200,000 act mentions at
// 10,000 papers, took most of a second on one), then written in order.
func (s *Stream) putElems(sec *spilled, n int, elem func(k int, key, val []byte) ([]byte, []byte, error)) error {
	const perPart = 2048
	parts := max(1, runtime.GOMAXPROCS(0))
	if len(s.elemParts) < parts {
		s.elemParts = make([]elemPart, parts)
	}
	ps := s.elemParts[:parts]
	for start := 0; start < n; start += parts * perPart {
		err := parallel.Each(parts, func(w int) error {
			p := &ps[w]
			p.buf, p.vals = p.buf[:0], 0
			for k := start + w*perPart; k < min(start+(w+1)*perPart, n); k++ {
				var err error
				if p.key, p.val, err = elem(k, p.key[:0], p.val[:0]); err != nil {
					return err
				}
				p.buf = appendElem(p.buf, p.key, p.val)
				p.vals += int64(len(p.val))
			}
			return nil
		})
		if err != nil {
			return err
		}
		for w := range ps {
			if len(ps[w].buf) > 0 {
				p, err := s.out.write(ps[w].buf)
				if err != nil {
					return err
				}
				sec.add(p)
			}
			sec.vals += ps[w].vals
		}
		sec.n += min(parts*perPart, n-start)
	}
	return nil
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
	s := Summary{Documents: r.Graph.Documents, NodeTypes: map[string]int{}, Findings: map[string]map[string]int{}, Errors: r.Graph.Errors}
	add := func(nodeTypes map[string]int, edges int, findingKinds map[[2]string]int) {
		s.NumEdges += edges
		for t, n := range nodeTypes {
			s.NodeTypes[t] += n
		}
		for k, n := range findingKinds {
			s.addFinding(k[0], k[1], n)
		}
	}
	for _, p := range r.accepted {
		add(p.nodeTypes, p.numEdges, p.findingKinds)
	}
	for _, run := range r.runs {
		add(run.nodeTypes, run.numEdges, run.findingKinds)
	}
	return s
}

// exportGraph is the reduced graph with the reducers' work and legal_act
// nodes read back: what the exports read.
func (r *Result) exportGraph() (*Graph, error) {
	g := *r.Graph
	g.Nodes = nil
	g.own = true // the nodes read back are this rendering's own
	for _, sec := range r.exports {
		b := make([]byte, sec.len)
		if _, err := sec.f.ReadAt(b, sec.off); err != nil {
			return nil, fmt.Errorf("spill: %w", err)
		}
		var err error
		if g.Nodes, err = readLights(b, g.Nodes, nil); err != nil {
			return nil, err
		}
	}
	return &g, nil
}

// Close removes the spill.
func (r *Result) Close() error { return r.s.Close() }

// WriteOutputs writes every output file into dir: the graph streamed, the
// bibliography and the legal timeline from the reduced graph.
func (r *Result) WriteOutputs(dir string) error {
	// The exports read only the reducers' light nodes: they are rendered
	// while the graph is merged, side by side, and committed after the
	// graph.
	var pending []*AtomicFile
	var exportErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		pending, exportErr = r.renderExports(dir)
	}()
	err := r.WriteGraph(filepath.Join(dir, "claims-graph.json"))
	<-done
	if err == nil {
		err = exportErr
	}
	return commitAll(pending, err)
}

// WriteExports writes the exports into dir, as WriteOutputs does beside
// the graph (the benchmarks time the two apart).
func (r *Result) WriteExports(dir string) error {
	pending, err := r.renderExports(dir)
	return commitAll(pending, err)
}

// renderExports streams each export into its temporary file in dir, side
// by side, uncommitted; the files made so far are returned with an error.
func (r *Result) renderExports(dir string) ([]*AtomicFile, error) {
	g, err := r.exportGraph()
	if err != nil {
		return nil, err
	}
	files, err := exports(g)
	if err != nil {
		return nil, err
	}
	pending := make([]*AtomicFile, len(files))
	err = parallel.Each(len(files), func(k int) error {
		a, err := createAtomic(filepath.Join(dir, files[k].name), 16) // written through a region, not the buffer
		if err != nil {
			return err
		}
		pending[k] = a
		w := a.region(0)
		if err := files[k].render(w); err != nil {
			return err
		}
		return w.Close()
	})
	return pending, err
}

// commitAll commits the files when err is nil (stopping at the first
// failure, whose error it returns) and aborts the others.
func commitAll(files []*AtomicFile, err error) error {
	for _, a := range files {
		if a == nil {
			continue
		}
		if err != nil {
			a.Abort()
			continue
		}
		err = a.Commit()
	}
	return err
}

// WriteGraph writes claims-graph.json (atomically) by merging the spilled
// per-document elements with the reduced graph's, in the order and with
// the bytes of Graph.Encode on the whole graph. The sizes of the arrays are
// known before they are merged, so each is merged into its place in the
// file on a CPU of its own (EncodeTo writes the same bytes in one pass).
func (r *Result) WriteGraph(path string) error {
	a, err := createAtomic(path, 16) // written through regions, not the buffer
	if err != nil {
		return err
	}
	if err := r.writeGraphAt(a); err != nil {
		a.Abort()
		return err
	}
	return a.Commit()
}

// EncodeTo writes the graph to w (see WriteGraph).
func (r *Result) EncodeTo(w io.Writer) error {
	g := r.Graph
	arrays, err := r.graphArrays()
	if err != nil {
		return err
	}
	gw := newGraphWriter(w)
	gw.begin(g.Schema, g.Generator)
	for _, a := range arrays {
		gw.array(a.name)
		if err := a.elems(gw); err != nil {
			return err
		}
	}
	return gw.end()
}

// writeGraphAt writes the graph into a, each array at its offset.
func (r *Result) writeGraphAt(a *AtomicFile) error {
	g := r.Graph
	arrays, err := r.graphArrays()
	if err != nil {
		return err
	}
	var head bytes.Buffer
	newGraphWriter(&head).begin(g.Schema, g.Generator)
	offs := make([]int64, len(arrays)+1)
	offs[0] = int64(head.Len())
	for i := range arrays {
		offs[i+1] = offs[i] + arrays[i].size(i == 0)
	}
	if _, err := a.f.WriteAt(head.Bytes(), 0); err != nil {
		return err
	}
	regions := make([]*blockWriter, len(arrays))
	for i := range arrays {
		regions[i] = a.region(offs[i])
	}
	// The largest first, so that the others share the other CPU.
	order := make([]int, len(arrays))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(arrays[b].vals, arrays[a].vals) })
	err = parallel.Each(len(order), func(k int) error {
		i := order[k]
		bw := regions[i]
		gw := newGraphWriter(bw)
		if i > 0 {
			gw.writeString(",")
		}
		gw.array(arrays[i].name)
		if err := arrays[i].elems(gw); err != nil {
			return err
		}
		gw.closeArray()
		if gw.err != nil {
			return gw.err
		}
		if err := bw.Close(); err != nil {
			return err
		}
		if want := offs[i+1] - offs[i]; bw.n != want {
			return fmt.Errorf("graph array %s: %d bytes written where %d were counted", arrays[i].name, bw.n, want)
		}
		return nil
	})
	if err != nil {
		return err
	}
	_, err = a.f.WriteAt([]byte("}\n"), offs[len(arrays)])
	return err
}

// graphArray is one array of the graph's layout: its element count and the
// bytes of their JSON, and how to write them.
type graphArray struct {
	name  string
	n     int
	vals  int64
	elems func(gw *graphWriter) error
}

// size is the bytes the graph writer writes of the array: its name, its
// elements each after a newline (and a comma but the first), its close and
// the comma before it if it is not the first array.
func (a *graphArray) size(first bool) int64 {
	n := int64(len(a.name)) + 5 // \n"name":[
	if !first {
		n++
	}
	if a.n == 0 {
		return n + 1 // ]
	}
	return n + a.vals + 1 + 2*int64(a.n-1) + 2 // \n]
}

// graphArrays lays out the graph's arrays: the documents' entries read
// back, the documents' and reducers' nodes, edges and findings merged, the
// errors.
func (r *Result) graphArrays() ([]graphArray, error) {
	// Each documents' run with its segments (in the order they were
	// written, which is by offset), those of documents not in the graph
	// skipped.
	in := make(map[*docPart]bool, len(r.accepted))
	for _, p := range r.accepted {
		in[p] = true
	}
	docRuns := make([]mergeRun, len(r.s.docRuns))
	for k, dr := range r.s.docRuns {
		docRuns[k] = mergeRun{off: dr.off, end: dr.end, rf: r.s.runs}
	}
	var counts [numArrays]struct {
		n    int
		vals int64
	}
	for i, p := range r.s.parts {
		if p == nil {
			continue
		}
		for _, sg := range p.segs {
			mr := &docRuns[sg.run]
			mr.spans = append(mr.spans, spanOf{off: sg.off, end: sg.end, doc: i, skip: !in[p]})
			if in[p] {
				counts[sg.arr].n += int(sg.n)
				counts[sg.arr].vals += sg.vals
			}
		}
	}
	for k := range docRuns {
		slices.SortFunc(docRuns[k].spans, func(a, b spanOf) int { return cmp.Compare(a.off, b.off) })
	}
	// The reducers' runs, read through the cache: a runFile per file.
	spill := map[*os.File]*runFile{}
	var arrays []graphArray
	for arr, name := range [numArrays]string{"documents", "nodes", "edges", "findings"} {
		var runs []mergeRun
		for k, dr := range r.s.docRuns {
			if dr.arr == arr {
				runs = append(runs, docRuns[k])
			}
		}
		a := graphArray{name: name, n: counts[arr].n, vals: counts[arr].vals}
		for k := range r.runs {
			var sec spilled
			switch arr {
			case arrNodes:
				sec = r.runs[k].nodes
			case arrEdges:
				sec = r.runs[k].edges
			case arrFindings:
				sec = r.runs[k].findings
			default:
				continue
			}
			for _, p := range sec.pieces {
				if spill[p.f] == nil {
					spill[p.f] = &runFile{f: p.f}
				}
				runs = append(runs, mergeRun{off: p.off, end: p.off + p.len, rf: spill[p.f]})
			}
			a.n += sec.n
			a.vals += sec.vals
		}
		a.elems = func(gw *graphWriter) error { return r.merge(gw, runs, arrayCompare[arr]) }
		arrays = append(arrays, a)
	}
	var errs [][]byte
	errArray := graphArray{name: "errors", elems: func(gw *graphWriter) error {
		for _, e := range errs {
			gw.elem(e)
		}
		return nil
	}}
	for i := range r.Graph.Errors {
		b, err := appendCompactJSON(nil, &r.Graph.Errors[i])
		if err != nil {
			return nil, err
		}
		errs = append(errs, b)
		errArray.n++
		errArray.vals += int64(len(b))
	}
	return append(arrays, errArray), nil
}
