package corpus

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"syscall"
)

// The graph's arrays that the documents' parts and the reducers' output are
// merged into, as sorted runs of the run file.
const (
	arrDocuments = iota
	arrNodes
	arrEdges
	arrFindings
	numArrays
)

// arrayCompare orders the keys of each array.
var arrayCompare = [numArrays]func(a, b []byte) int{bytes.Compare, bytes.Compare, compareEdgeKeys, bytes.Compare}

// runFile holds sorted runs for the merge. The stream's run file holds the
// documents' parts, gathered in batches (Stream.Add), written once, front
// to back, and read back with direct I/O where the system allows it: on
// the VMs the benchmarks run on, the page cache costs ~1.7 CPU-seconds of
// kernel time per GB (1.6 GB of parts at 10,000 papers), direct writes and
// reads a tenth of that (see blockWriter). Direct reads bypass the cache,
// so the merge reads large pieces of few runs: that is what the batches
// are for. The reducers' output, hundreds of small runs, is read through
// the cache (a runFile without direct) from the files it was written to
// (outWriter).
type runFile struct {
	f, direct *os.File // direct: nil where direct I/O is not available
	mu        sync.Mutex
	w         *blockWriter // from offset 0; w.n is the end of the file
	// noDirectRead is set when a direct read was refused (the file system
	// takes direct writes but not reads): the rest reads through f.
	noDirectRead atomic.Bool
}

func newRunFile(f, direct *os.File) *runFile {
	return &runFile{f: f, direct: direct, w: newBlockWriter(f, direct, 0, 2<<20)}
}

// readAt reads len(b) bytes at off, fewer only at the end of the file;
// aligned tells that b, off and len(b) are aligned for direct I/O.
func (rf *runFile) readAt(b []byte, off int64, aligned bool) (int, error) {
	if aligned && rf.direct != nil && !rf.noDirectRead.Load() {
		n, err := rf.direct.ReadAt(b, off)
		if !errors.Is(err, syscall.EINVAL) {
			return n, err
		}
		rf.noDirectRead.Store(true)
	}
	return rf.f.ReadAt(b, off)
}

// align is the alignment of the merge's reads.
func (rf *runFile) align() int {
	if rf.direct != nil && !rf.noDirectRead.Load() {
		return blockSize
	}
	return 1
}

// batchBytes is how many bytes of documents' parts a batch gathers before
// it is written as runs: the merge reads each run through a buffer of its
// own, so fewer runs mean larger reads (1.6 GB of parts at 10,000 papers
// make some 70 runs per array). A batch's buffer holds batchSlack more
// (at most the limit again), so that the document that fills it fits.
const (
	batchBytes = 24 << 20
	batchSlack = 4 << 20
)

// batch gathers the encoded parts of documents in the order they were
// added, cut into segments: the elements of one array of one document that
// share the part of their keys before the document's id (its "group":
// "cit:", "finding:uncited_reference:at:", ...). Sorted by their first key,
// the segments of one group follow each other across documents, so that a
// batch makes about one sorted run per array.
type batch struct {
	buf  []byte
	segs [numArrays][]batchSeg
	// pooled: buf is one of the stream's batch buffers (Stream.newBatch),
	// reused once the batch is written.
	pooled bool
}

// newBatch starts a batch for a limit of limit bytes whose first document
// takes n bytes (under s.mu). Its buffer is reused from a written batch,
// or allocated outside the Go heap where the system allows: a batch is
// live for the whole extraction, and the collector lets the heap grow to
// five times what is live (GOGC 400, SetMemoryLimit), so on the heap each
// batch would cost four times its size more of resident memory. Reusing
// buffers also spares the kernel from providing fresh pages.
func (s *Stream) newBatch(limit, n int) *batch {
	size := limit + min(batchSlack, limit)
	if n > size {
		return &batch{buf: make([]byte, 0, n)} // one document larger than a batch
	}
	if k := len(s.freeBufs); k > 0 {
		b := s.freeBufs[k-1]
		s.freeBufs = s.freeBufs[:k-1]
		return &batch{buf: b[:0], pooled: true}
	}
	b := mapBuffer(size)
	if b == nil {
		b = make([]byte, 0, size)
	} else {
		s.mapped = append(s.mapped, b[:cap(b)])
	}
	return &batch{buf: b[:0], pooled: true}
}

// freeBatch returns a written batch's buffer to the pool (under s.mu).
func (s *Stream) freeBatch(b *batch) {
	if b.pooled && !s.released {
		s.freeBufs = append(s.freeBufs, b.buf[:0])
	}
	b.buf, b.segs = nil, [numArrays][]batchSeg{}
}

// releaseBuffers frees the batch buffers once every batch is written
// (under s.mu).
func (s *Stream) releaseBuffers() {
	for _, b := range s.mapped {
		unmapBuffer(b)
	}
	s.mapped, s.freeBufs, s.released = nil, nil, true
}

// batchSeg is a segment of a batch: buf[off:end], elements framed as
// appendElem frames them; first and last are the offsets of its first and
// last element.
type batchSeg struct {
	part        *docPart
	doc         int // input index
	off, end    int
	first, last int
	n           int
	vals        int64
}

// docSeg is where a segment of a document went: a run (Stream.runs) and a
// range of the run file.
type docSeg struct {
	arr, run int32
	off, end int64
	n        int32
	vals     int64
}

// docRun is a sorted run of documents' segments in the run file.
type docRun struct {
	arr      int
	off, end int64
}

// elemKey is the key of the element framed at b[off:].
func elemKey(b []byte, off int) []byte {
	kl := int(binary.LittleEndian.Uint32(b[off:]))
	return b[off+4 : off+4+kl]
}

// keyGroup is the part of key (of array arr) before docID: the whole key
// (an edge's: its from) when it does not hold docID.
func keyGroup(arr int, key []byte, docID string) []byte {
	if arr == arrEdges {
		n := binary.LittleEndian.Uint32(key)
		key = key[4 : 4+n]
	}
	if i := bytes.Index(key, []byte(docID)); i >= 0 {
		return key[:i]
	}
	return key
}

// segments cuts the elements framed in b[start:end] (one array of one
// document) into segments, appending them to segs with offsets base+...
func segments(segs []batchSeg, arr int, b []byte, start, end, base int, p *docPart, doc int) []batchSeg {
	var group []byte
	docID := p.light.Document.ID
	for off := start; off < end; {
		key := elemKey(b, off)
		next := off + 8 + len(key) + int(binary.LittleEndian.Uint32(b[off+4+len(key):]))
		g := keyGroup(arr, key, docID)
		if len(segs) == 0 || segs[len(segs)-1].part != p || segs[len(segs)-1].end != base+off || !bytes.Equal(g, group) {
			segs = append(segs, batchSeg{part: p, doc: doc, off: base + off, first: base + off})
			group = g
		}
		s := &segs[len(segs)-1]
		s.end, s.last = base+next, base+off
		s.n++
		s.vals += int64(next - off - 8 - len(key))
		off = next
	}
	return segs
}

// writeBatch writes a batch's segments as sorted runs: each array's
// segments sorted by first key (ties: input order), a new run whenever a
// segment starts before the previous one ends. It records where each
// segment went in its document's part.
func (s *Stream) writeBatch(b *batch) error {
	rf := s.runs
	rf.mu.Lock()
	defer rf.mu.Unlock()
	for arr := range numArrays {
		segs := b.segs[arr]
		compare := arrayCompare[arr]
		slices.SortStableFunc(segs, func(x, y batchSeg) int {
			if c := compare(elemKey(b.buf, x.first), elemKey(b.buf, y.first)); c != 0 {
				return c
			}
			return cmp.Compare(x.doc, y.doc)
		})
		run := -1
		for k := range segs {
			sg := &segs[k]
			if run >= 0 {
				prev := &segs[k-1]
				c := compare(elemKey(b.buf, sg.first), elemKey(b.buf, prev.last))
				if c < 0 || c == 0 && sg.doc < prev.doc {
					run = -1
				}
			}
			off := rf.w.n
			if run < 0 {
				s.docRuns = append(s.docRuns, docRun{arr: arr, off: off})
				run = len(s.docRuns) - 1
			}
			if _, err := rf.w.Write(b.buf[sg.off:sg.end]); err != nil {
				return err
			}
			s.docRuns[run].end = rf.w.n
			sg.part.segs = append(sg.part.segs, docSeg{arr: int32(arr), run: int32(run), off: off, end: rf.w.n, n: int32(sg.n), vals: sg.vals})
		}
	}
	return nil
}

// spanOf is a document's segment within a run, for the merge: its elements
// are skipped unless the document is in the graph, and ties between
// documents' elements go to the earlier document.
type spanOf struct {
	off, end int64
	doc      int
	skip     bool
}

// mergeSrc is one sorted source of the merge: a run of the run file, read
// through two aligned buffers of its own, the next piece read ahead into
// one while the merge reads the other (direct reads do not go through the
// kernel's read-ahead).
type mergeSrc struct {
	key, val []byte
	// doc is the input index of the current element's document (documents'
	// runs) or maxInt (the reducers', which come after); ties go to the
	// earlier document, then to the earlier source (order), which keeps
	// the order of a stable sort of the documents' elements in input order
	// followed by the reducers' in the order they were added.
	doc, order int
	rf         *runFile
	spans      []spanOf // documents' runs: the segments, by offset
	// buf[r:w] holds the bytes of the file before pos (the next offset to
	// read), but for the first skip bytes of the next read; end is the
	// run's end.
	pos, end int64
	skip     int
	buf      []byte
	r, w     int
	size     int // bytes read at a time
	head     int // the least head of a buffer
	// Each buffer is read into after a head (aligned) that takes the
	// bytes of the element left over from the other one.
	bufs  [2][]byte
	heads [2]int
	cur   int // the buffer buf is
	ahead chan pieceRead
}

// pieceRead is a read ahead into one of a source's buffers.
type pieceRead struct {
	n   int
	err error
}

// seek moves the source to offset off of its run.
func (m *mergeSrc) seek(off int64) {
	if m.ahead != nil {
		<-m.ahead
		m.ahead = nil
	}
	a := int64(m.rf.align())
	m.pos = off &^ (a - 1)
	m.skip = int(off - m.pos)
	m.buf, m.r, m.w = nil, 0, 0
}

// offset is the offset of buf[r].
func (m *mergeSrc) offset() int64 { return m.pos - int64(m.w-m.r) + int64(m.skip) }

// readAhead starts reading the piece at pos into buffer k.
func (m *mergeSrc) readAhead(k int) {
	a := m.rf.align()
	want := int(min(int64(m.size), m.end-m.pos))
	want = (want + a - 1) &^ (a - 1)
	if len(m.bufs[k]) < m.heads[k]+want {
		m.heads[k] = max(m.heads[k], m.head)
		m.bufs[k] = alignedBuffer(m.heads[k] + m.size)[:m.heads[k]+m.size]
	}
	b, pos, aligned := m.bufs[k][m.heads[k]:m.heads[k]+want], m.pos, a > 1
	m.ahead = make(chan pieceRead, 1)
	go func(ch chan<- pieceRead) {
		n, err := m.rf.readAt(b, pos, aligned)
		ch <- pieceRead{n, err}
	}(m.ahead)
}

// fill makes n bytes available in buf[r:w].
func (m *mergeSrc) fill(n int) error {
	if m.w-m.r >= n {
		return nil
	}
	if int64(n) > m.end-m.offset() {
		return fmt.Errorf("spill: truncated element")
	}
	for m.w-m.r < n {
		k := 1 - m.cur
		if m.buf == nil {
			k = m.cur
		}
		if m.ahead == nil {
			m.readAhead(k)
		}
		got := <-m.ahead
		m.ahead = nil
		if got.n <= m.skip {
			err := got.err
			if err == nil || errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return fmt.Errorf("spill: %w", err)
		}
		// The bytes left (part of an element) go just before the piece,
		// in its buffer's head; a head too small is made larger.
		left := m.buf[m.r:m.w]
		nb, h := m.bufs[k], m.heads[k]
		if len(left) > h {
			h2 := (len(left) + blockSize - 1) &^ (blockSize - 1)
			grown := alignedBuffer(h2 + m.size)[:h2+m.size]
			copy(grown[h2:], nb[h:h+got.n])
			nb, h = grown, h2
			m.bufs[k], m.heads[k] = nb, h
		}
		copy(nb[h-len(left):h], left)
		m.buf, m.cur = nb, k
		m.r, m.w = h-len(left), h+got.n
		m.pos += int64(got.n)
		m.r += m.skip
		m.skip = 0
		if m.pos < m.end {
			m.readAhead(1 - k)
		}
	}
	return nil
}

// mergeHead is the head of a source's buffers: an element left over from
// the other buffer is copied there (larger ones grow it).
const mergeHead = 64 << 10

// next loads the next element; false at the end.
func (m *mergeSrc) next() (bool, error) {
	for {
		cur := m.offset()
		if cur >= m.end {
			m.buf = nil
			return false, nil
		}
		for len(m.spans) > 0 && cur >= m.spans[0].end {
			m.spans = m.spans[1:]
		}
		if len(m.spans) > 0 {
			if sp := m.spans[0]; sp.skip {
				m.spans = m.spans[1:]
				if sp.end-cur <= int64(m.w-m.r) {
					m.r += int(sp.end - cur)
				} else {
					m.seek(sp.end)
				}
				continue
			} else {
				m.doc = sp.doc
			}
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
}

// mergeBudget is the memory the merge of one array gives its sources'
// buffers (two each): reads of at least mergeMinRead, at most
// mergeMaxRead.
const (
	mergeBudget  = 64 << 20
	mergeMaxRead = 1 << 20
	mergeMinRead = 64 << 10
)

// mergeRun is a source of the merge: a range of the run file and, for
// documents' runs, their segments.
type mergeRun struct {
	rf       *runFile
	off, end int64
	spans    []spanOf
}

// merge writes the elements of the runs in key order: a k-way merge on a
// heap.
func (r *Result) merge(gw *graphWriter, runs []mergeRun, cmp func(a, b []byte) int) error {
	// The budget goes to the runs read directly: those read through the
	// cache are served from memory and need no large reads.
	direct := 0
	for _, run := range runs {
		if run.end > run.off && run.rf.align() > 1 {
			direct++
		}
	}
	size := max(mergeMinRead, min(mergeMaxRead, mergeBudget/2/max(1, direct))) &^ (blockSize - 1)
	head := mergeHead
	if r.s.mergePiece > 0 {
		size, head = r.s.mergePiece, r.s.mergePiece
	}
	var h []*mergeSrc
	less := func(a, b *mergeSrc) bool {
		if c := cmp(a.key, b.key); c != 0 {
			return c < 0
		}
		if a.doc != b.doc {
			return a.doc < b.doc
		}
		return a.order < b.order
	}
	for i, run := range runs {
		if run.end <= run.off {
			continue
		}
		m := &mergeSrc{order: i, doc: maxInt, rf: run.rf, spans: run.spans, end: run.end, head: head, size: mergeMinRead}
		if run.rf.align() > 1 || r.s.mergePiece > 0 {
			m.size = size
		}
		m.size = int(min(int64(m.size), (run.end-run.off+2*blockSize)&^(blockSize-1)))
		m.seek(run.off)
		ok, err := m.next()
		if err != nil {
			return err
		}
		if ok {
			h = append(h, m)
		}
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
	// The root's lesser child (down's first comparison), kept while the
	// heap below the root does not change: the top source mostly stays on
	// top for many elements, and then one comparison per element says so.
	lesserChild := func() int {
		switch {
		case len(h) < 2:
			return -1
		case len(h) > 2 && less(h[2], h[1]):
			return 2
		}
		return 1
	}
	child := -1
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
			down(0)
			child = -1
			continue
		}
		if child < 0 {
			child = lesserChild()
		}
		if child < 0 || !less(h[child], top) {
			continue
		}
		h[0], h[child] = h[child], h[0]
		down(child)
		child = -1
	}
	return gw.err
}

const maxInt = int(^uint(0) >> 1)
