package corpus

import "os"

// The reducers' output (their sorted runs and the exports' light nodes) is
// written through the page cache, since the merge reads its many small
// runs back from there. On the VMs the benchmarks run on, a write into
// pages the cache does not hold yet costs ~2.5 CPU-seconds of kernel time
// per GB (the host provides each fresh page), a write over pages it holds
// a tenth of that (measured: 256 MB in 0.6-0.7 s of system time against
// 0.03 s). The light nodes of each projection are in a file of their own
// (Stream.lights), cached since Add wrote them: once the last reducer that
// reads a projection has loaded it, the reducers' output is written over
// its file, and appended to the spill file only when no such file is
// left. At 10,000 papers the claims, references and act mentions the
// reducers read take ~0.5 GB, the legal-acts and reconcile reducers write
// ~0.8 GB.

// piece is a range of a file holding whole elements (or light nodes).
type piece struct {
	f        *os.File
	off, len int64
}

// spilled is a run of a reducer's output: its pieces, in order, each
// element its sort key and its JSON, each preceded by its length (uint32,
// little endian); n and vals count its elements and the bytes of their
// JSON, which is what the graph writes of them (to place the arrays in the
// output before they are merged).
type spilled struct {
	pieces []piece
	n      int
	vals   int64
}

func (s *spilled) add(p piece) {
	if k := len(s.pieces) - 1; k >= 0 && s.pieces[k].f == p.f && s.pieces[k].off+s.pieces[k].len == p.off {
		s.pieces[k].len += p.len
		return
	}
	s.pieces = append(s.pieces, p)
}

// extent is a range of a file the output may be written to; end < 0: no
// end (the spill file's).
type extent struct {
	f        *os.File
	off, end int64
}

// outWriter writes the reducers' output: into the free extents first, in
// the order they were freed, else at the end of the spill file. Each write
// goes whole into one extent (a piece), so that a piece holds whole
// elements; the rest of an extent too small for it is left unused.
type outWriter struct {
	free    []extent
	cur     extent // cur.f nil: none yet
	spill   *os.File
	spillAt int64 // the end of the spill file's output
	buf     []byte
	bufOff  int64 // the offset of buf in cur.f
}

func newOutWriter(spill *os.File, size int) *outWriter {
	return &outWriter{spill: spill, buf: make([]byte, 0, size)}
}

// release makes f[0:end] free to write over (the caller no longer reads
// it).
func (w *outWriter) release(f *os.File, end int64) {
	if end > 0 {
		w.free = append(w.free, extent{f: f, end: end})
	}
}

// write writes b and returns where it went.
func (w *outWriter) write(b []byte) (piece, error) {
	n := int64(len(b))
	if w.cur.f == nil || w.cur.end >= 0 && w.cur.off+n > w.cur.end || w.cur.end < 0 && len(w.free) > 0 {
		if err := w.flush(); err != nil {
			return piece{}, err
		}
		if w.cur.f != nil && w.cur.end < 0 {
			w.spillAt = w.cur.off
		}
		for len(w.free) > 0 && w.free[0].end-w.free[0].off < n {
			w.free = w.free[1:]
		}
		if len(w.free) > 0 {
			w.cur, w.free = w.free[0], w.free[1:]
		} else {
			w.cur = extent{f: w.spill, off: w.spillAt, end: -1}
		}
	}
	p := piece{f: w.cur.f, off: w.cur.off, len: n}
	w.cur.off += n
	if len(w.buf)+len(b) > cap(w.buf) {
		if err := w.flush(); err != nil {
			return p, err
		}
		if len(b) > cap(w.buf) {
			_, err := w.cur.f.WriteAt(b, p.off)
			return p, err
		}
	}
	if len(w.buf) == 0 {
		w.bufOff = p.off
	}
	w.buf = append(w.buf, b...)
	return p, nil
}

// flush writes the pending bytes.
func (w *outWriter) flush() error {
	if len(w.buf) == 0 {
		return nil
	}
	_, err := w.cur.f.WriteAt(w.buf, w.bufOff)
	w.buf = w.buf[:0]
	return err
}
