package corpus

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"
)

// sortStable sorts long slices in parts on several CPUs and merges them:
// the result must be slices.SortStableFunc's, ties included, whatever the
// number of CPUs and however the parts fall.
func TestSortStableMatchesSerial(t *testing.T) {
	type elem struct {
		key string
		pos int
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	rng := rand.New(rand.NewPCG(1, 2))
	for _, procs := range []int{1, 2, 3, 4, 7} {
		runtime.GOMAXPROCS(procs)
		for _, n := range []int{0, 1, 2, 100, parallelSortPart*2 - 1, parallelSortPart * 2, 3*parallelSortPart + 17, 20000} {
			for _, keys := range []int{1, 3, 50, 1 << 30} { // ties from all to almost none
				t.Run(fmt.Sprintf("procs=%d/n=%d/keys=%d", procs, n, keys), func(t *testing.T) {
					xs := make([]elem, n)
					for i := range xs {
						xs[i] = elem{fmt.Sprint(rng.IntN(keys)), i}
					}
					if keys == 3 && n > 0 { // sorted but for the last element
						slices.SortStableFunc(xs[:n-1], func(a, b elem) int { return cmpString(a.key, b.key) })
					}
					want := slices.Clone(xs)
					slices.SortStableFunc(want, func(a, b elem) int { return cmpString(a.key, b.key) })
					got := sortStable(slices.Clone(xs), func(a, b *elem) int { return cmpString(a.key, b.key) })
					if !slices.Equal(got, want) {
						t.Fatalf("sortStable differs from a stable sort")
					}
				})
			}
		}
	}
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
