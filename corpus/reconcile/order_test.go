package reconcile

import (
	"cmp"
	"math/rand/v2"
	"testing"
)

// comparePairKeys orders as cmp.Or over the three fields (its oracle) on
// random keys drawn from few values, so that ties on each field are common.
func TestComparePairKeysAsCmpOr(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	hashes := []uint64{0, 1, 1 << 63, ^uint64(0)}
	ranks := []int32{-1, 0, 1, 1 << 30}
	key := func() pairKey {
		return pairKey{hash: hashes[r.IntN(len(hashes))], a: ranks[r.IntN(len(ranks))], b: ranks[r.IntN(len(ranks))]}
	}
	for range 100000 {
		x, y := key(), key()
		want := cmp.Or(cmp.Compare(x.hash, y.hash), cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
		if got := comparePairKeys(x, y); got != want {
			t.Fatalf("comparePairKeys(%+v, %+v) = %d; want %d", x, y, got, want)
		}
	}
}
