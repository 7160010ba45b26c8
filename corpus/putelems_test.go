package corpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestPutElems checks that the parallel encoding of a run's section writes
// the elements in order, as one appendElem after another would, counts
// them and their values, and reports the first failing element, at and
// around the window sizes.
func TestPutElems(t *testing.T) {
	for _, n := range []int{0, 1, 2047, 2048, 2049, 4096, 4097, 10001} {
		f, err := os.Create(filepath.Join(t.TempDir(), "spill"))
		if err != nil {
			t.Fatal(err)
		}
		s := &Stream{f: f, out: newOutWriter(f, 4096)}
		s.out.spillAt = 7 // where the section starts in the spill
		elem := func(k int) (string, string) { return fmt.Sprintf("k%06d", k), fmt.Sprintf(`{"v":%d}`, k*k) }
		var want []byte
		var vals int64
		for k := range n {
			key, val := elem(k)
			want = appendElem(want, []byte(key), []byte(val))
			vals += int64(len(val))
		}
		var sec spilled
		err = s.putElems(&sec, n, func(k int, key, val []byte) ([]byte, []byte, error) {
			kk, vv := elem(k)
			return append(key, kk...), append(val, vv...), nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.out.flush(); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(f.Name())
		if err != nil {
			t.Fatal(err)
		}
		if len(got) >= 7 {
			got = got[7:]
		}
		if n > 0 && (len(sec.pieces) != 1 || sec.pieces[0] != piece{f, 7, int64(len(want))}) {
			t.Fatalf("n=%d: pieces %v, want one at 7", n, sec.pieces)
		}
		if string(got) != string(want) || sec.n != n || sec.vals != vals {
			t.Fatalf("n=%d: wrote %d bytes (want %d), n %d, vals %d (want %d)", n, len(got), len(want), sec.n, sec.vals, vals)
		}
		if n > 3 {
			bad := errors.New("bad")
			err := s.putElems(&sec, n, func(k int, key, val []byte) ([]byte, []byte, error) {
				if k == 3 || k == n-1 {
					return nil, nil, fmt.Errorf("element %d: %w", k, bad)
				}
				return key, val, nil
			})
			if err == nil || err.Error() != "element 3: bad" {
				t.Fatalf("n=%d: error %v, want element 3's", n, err)
			}
		}
		f.Close()
	}
}
