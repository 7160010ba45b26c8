package corpus

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutWriter checks where the reducers' output goes: whole writes into
// the released extents in the order they were released, the rest of one
// too small skipped, the spill file's end when none is left, and back to
// extents released later; the bytes read back from the pieces are those
// written.
func TestOutWriter(t *testing.T) {
	dir := t.TempDir()
	open := func(name string) *os.File {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	spill, a, b, c := open("spill"), open("a"), open("b"), open("c")
	type step struct {
		release *os.File // released (with relEnd) before the write
		relEnd  int64
		write   string
		want    piece
	}
	for _, bufSize := range []int{4, 16, 1 << 10} {
		w := newOutWriter(spill, bufSize)
		steps := []step{
			{write: "0123456789", want: piece{spill, 0, 10}},
			{release: a, relEnd: 25, write: "abcdefghij", want: piece{a, 0, 10}},
			{release: b, relEnd: 12, write: "ABCDEFGHIJ", want: piece{a, 10, 10}},
			{write: "KLMNOPQRST", want: piece{b, 0, 10}}, // 5 left in a: too small
			{write: "UVWXYZ", want: piece{spill, 10, 6}}, // 2 left in b
			{write: "uvw", want: piece{spill, 16, 3}},
			{release: c, relEnd: 8, write: "xyz", want: piece{c, 0, 3}},
			{write: "123456", want: piece{spill, 19, 6}},
		}
		for k, st := range steps {
			if st.release != nil {
				w.release(st.release, st.relEnd)
			}
			got, err := w.write([]byte(st.write))
			if err != nil {
				t.Fatal(err)
			}
			if got != st.want {
				t.Fatalf("buffer %d, step %d: %q went to %s %d+%d, want %s %d+%d", bufSize, k, st.write,
					filepath.Base(got.f.Name()), got.off, got.len, filepath.Base(st.want.f.Name()), st.want.off, st.want.len)
			}
		}
		if err := w.flush(); err != nil {
			t.Fatal(err)
		}
		for k, st := range steps {
			b := make([]byte, st.want.len)
			if _, err := st.want.f.ReadAt(b, st.want.off); err != nil || string(b) != st.write {
				t.Fatalf("buffer %d, step %d: read back %q (%v), want %q", bufSize, k, b, err, st.write)
			}
		}
	}
	// Adjacent pieces of a section join.
	var s spilled
	for _, p := range []piece{{a, 0, 5}, {a, 5, 3}, {b, 0, 2}, {a, 8, 1}} {
		s.add(p)
	}
	if want := []piece{{a, 0, 8}, {b, 0, 2}, {a, 8, 1}}; len(s.pieces) != len(want) || s.pieces[0] != want[0] || s.pieces[1] != want[1] || s.pieces[2] != want[2] {
		t.Errorf("pieces %v, want %v", s.pieces, want)
	}
}

// TestStreamConsumedProjection: a reducer's output is written over the
// light nodes no later reducer of the same reduce reads, so a second
// reduce of the stream that reads them is refused, not given other bytes.
func TestStreamConsumedProjection(t *testing.T) {
	e := newEngine(t)
	ins, _ := Collect([]string{"seeds"})
	st, err := NewStream(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for i, rec := range ExtractAll(context.Background(), e.Pipeline, ins, Options{Workers: 2}) {
		st.Add(i, rec)
	}
	// A reduce without reducers consumes nothing.
	if _, err := st.Reduce(nil, "test"); err != nil {
		t.Fatal(err)
	}
	first, err := e.ReduceStream(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := first.EncodeTo(&buf); err != nil {
		t.Fatal(err)
	}
	if _, err := e.ReduceStream(st, nil); err == nil || !strings.Contains(err.Error(), "consumed") {
		t.Errorf("second reduce: error %v, want one about a consumed projection", err)
	}
}
