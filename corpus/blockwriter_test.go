package corpus

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/corpus/internal/parallel"
)

// TestBlockWriter writes a file as regions of random sizes, in parallel,
// each in writes of random sizes, with and without direct I/O, and reads
// back what was written.
func TestBlockWriter(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for round := range 12 {
		for _, useDirect := range []bool{true, false} {
			path := filepath.Join(t.TempDir(), "f")
			f, err := os.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			var direct *os.File
			if useDirect {
				direct, _ = openDirect(path) // nil where unsupported: the cached path
			}
			// Regions: sizes from empty to several buffers, borders
			// anywhere in a block, the first maybe not at 0.
			offs := []int64{int64(rng.IntN(3 * blockSize))}
			for range 1 + rng.IntN(6) {
				sizes := []int64{0, 1, blockSize - 1, blockSize, blockSize + 1, int64(rng.IntN(5 * blockSize)), int64(rng.IntN(200 * blockSize))}
				offs = append(offs, offs[len(offs)-1]+sizes[rng.IntN(len(sizes))])
			}
			want := make([]byte, offs[len(offs)-1])
			for k := range want {
				want[k] = byte(rng.Uint32())
			}
			bufSize := []int{1, blockSize, 3 * blockSize, 16 * blockSize}[round%4]
			seeds := make([]uint64, len(offs)-1)
			for i := range seeds {
				seeds[i] = rng.Uint64()
			}
			err = parallel.Each(len(offs)-1, func(i int) error {
				w := newBlockWriter(f, direct, offs[i], bufSize)
				part := want[offs[i]:offs[i+1]]
				r := rand.New(rand.NewPCG(seeds[i], 1))
				for len(part) > 0 {
					k := min(len(part), r.IntN(3*bufSize+2))
					var err error
					if r.IntN(2) == 0 {
						_, err = w.Write(part[:k])
					} else {
						_, err = w.WriteString(string(part[:k]))
					}
					if err != nil {
						return err
					}
					part = part[k:]
				}
				if err := w.Close(); err != nil {
					return err
				}
				if w.n != offs[i+1]-offs[i] {
					t.Errorf("region %d: counted %d bytes, wrote %d", i, w.n, offs[i+1]-offs[i])
				}
				// Every block inside the region goes directly.
				inner := max(0, offs[i+1]&^(blockSize-1)-(offs[i]+blockSize-1)&^(blockSize-1))
				if direct == nil {
					inner = 0
				}
				if w.directly != inner {
					t.Errorf("region %d: %d bytes written directly, not the %d in its whole blocks", i, w.directly, inner)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if direct != nil {
				direct.Close()
			}
			f.Close()
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			// Before the first region: zeros (a hole).
			clear(want[:offs[0]])
			if !bytes.Equal(got, want) {
				at := 0
				for at < min(len(got), len(want)) && got[at] == want[at] {
					at++
				}
				t.Fatalf("round %d (direct %v, regions %v): %d bytes read, %d written, first difference at %d", round, direct != nil, offs, len(got), len(want), at)
			}
		}
	}
}
