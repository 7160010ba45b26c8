package reconcile

import (
	"cmp"
	"runtime"
	"slices"

	"github.com/claimgraph/claimgraph/corpus/internal/parallel"
)

// pairKey orders findings about pairs of claims without comparing strings:
// hash is the pair's 64-bit hash, whose fixed-width hex form is the finding's
// id, and a, b are the claims' ranks, whose order is the order of their ids.
// So ordering by pairKey is ordering by (ID, A, B).
type pairKey struct {
	hash uint64
	a, b int32
}

// comparePairKeys returns at the first field that differs (cmp.Or would
// compare all three first: it runs in the sorts of every finding).
func comparePairKeys(x, y pairKey) int {
	if x.hash != y.hash {
		return cmp.Compare(x.hash, y.hash)
	}
	if x.a != y.a {
		return cmp.Compare(x.a, y.a)
	}
	return cmp.Compare(x.b, y.b)
}

// located is where a finding sits in the per-block outputs.
type located struct {
	key          pairKey
	batch, index int32
}

// assemble concatenates per-batch findings in key order: it sorts small
// (key, position) records and copies each finding once, instead of
// concatenating and then sorting the findings themselves.
func assemble[T any](batches [][]T, keys [][]pairKey) []T {
	n := 0
	for _, k := range keys {
		n += len(k)
	}
	order := make([]located, 0, n)
	for b, ks := range keys {
		for i, k := range ks {
			order = append(order, located{key: k, batch: int32(b), index: int32(i)})
		}
	}
	parallelSort(order, func(x, y located) int { return comparePairKeys(x.key, y.key) })
	out := make([]T, len(order))
	for i, l := range order {
		out[i] = batches[l.batch][l.index]
	}
	return out
}

// parallelSortMin is the length below which parallelSort sorts serially;
// below it the goroutines and the merge buffer cost more than they save.
const parallelSortMin = 1 << 15

// parallelSort sorts s by cmp (which must be a total order) with one sorted
// run per processor and then rounds of parallel merges.
func parallelSort[T any](s []T, cmp func(a, b T) int) {
	workers := runtime.GOMAXPROCS(0)
	if workers < 2 || len(s) < parallelSortMin {
		slices.SortFunc(s, cmp)
		return
	}
	bounds := make([]int, workers+1)
	for i := range bounds {
		bounds[i] = i * len(s) / workers
	}
	parallel.For(workers, func(i int) { slices.SortFunc(s[bounds[i]:bounds[i+1]], cmp) })

	src, dst := s, make([]T, len(s))
	for len(bounds) > 2 {
		var next []int
		pairs := (len(bounds) - 1) / 2
		parallel.For(pairs, func(p int) {
			lo, mid, hi := bounds[2*p], bounds[2*p+1], bounds[2*p+2]
			merge(dst[lo:hi], src[lo:mid], src[mid:hi], cmp)
		})
		for p := range pairs {
			next = append(next, bounds[2*p])
		}
		if (len(bounds)-1)%2 == 1 { // an odd run out is carried over
			lo := bounds[len(bounds)-2]
			copy(dst[lo:], src[lo:])
			next = append(next, lo)
		}
		bounds = append(next, len(s))
		src, dst = dst, src
	}
	if &src[0] != &s[0] {
		copy(s, src)
	}
}

func merge[T any](dst, a, b []T, cmp func(x, y T) int) {
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if cmp(b[j], a[i]) < 0 {
			dst[k] = b[j]
			j++
		} else {
			dst[k] = a[i]
			i++
		}
		k++
	}
	k += copy(dst[k:], a[i:])
	copy(dst[k:], b[j:])
}
