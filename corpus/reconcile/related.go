package reconcile

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/corpus/internal/parallel"
)

// relatedIndicators are indicator pairs (in sorted order) whose figures are
// easily taken for the same quantity, with the reason they are not.
var relatedIndicators = map[[2]string]string{
	{"migrants_abroad", "migrants_registered"}:             "registered migrants are only the recorded part of the citizens abroad",
	{"remittances_gdp_share", "remittances_volume"}:        "a remittance volume and remittances as a share of GDP measure one flow on different scales",
	{"internal_migrants_count", "internal_migrants_share"}: "a number of internal migrants and their share of the population measure one group on different scales",
	{"employed_abroad_programme", "migrants_abroad"}:       "workers sent through official programmes are a small part of the citizens abroad",
	{"arrivals", "migrant_inflow"}:                         "arrivals of all immigrants and the inflow of foreign workers overlap but are counted differently",
}

// relatedTo lists, for each indicator, the indicators it is related to.
var relatedTo = func() map[string][]string {
	m := make(map[string][]string)
	for pair := range relatedIndicators {
		m[pair[0]] = append(m[pair[0]], pair[1])
		m[pair[1]] = append(m[pair[1]], pair[0])
	}
	return m
}()

// blockPair is two related series of one entity.
type blockPair struct {
	x, y               int32
	reasonXY, reasonYX string // the reason with x's claim first, and with y's
}

// related links the claims of related series. Each claim is linked to its
// best counterpart in each related series (same period first, then unknown
// period, then any; nearest value when the units allow), so the output is
// linear in the number of claims while the obvious look-alikes (650,000
// registered vs 650,000 abroad) are always linked.
func (r *reconciler) related() []Related {
	pairs := r.relatedBlockPairs()
	if len(pairs) == 0 {
		return []Related{}
	}

	var involved []int32
	seen := make(map[int32]bool)
	for _, p := range pairs {
		for _, b := range []int32{p.x, p.y} {
			if !seen[b] {
				seen[b] = true
				involved = append(involved, b)
			}
		}
	}
	parallel.For(len(involved), func(i int) { r.indexBlock(&r.blocks[involved[i]]) })

	outs := make([][]Related, len(pairs))
	keys := make([][]pairKey, len(pairs))
	parallel.For(len(pairs), func(i int) { outs[i], keys[i] = r.relatedClaims(pairs[i]) })
	// Keys without a hash: related pairs are ordered by A, then B.
	return assemble(outs, keys)
}

// relatedBlockPairs finds the related series of each entity through an
// index by entity and indicator, so only candidate pairs are looked at.
func (r *reconciler) relatedBlockPairs() []blockPair {
	byEntity := make(map[string]map[string][]int32)
	for bi := range r.blocks {
		k := r.blocks[bi].key
		inds := byEntity[k.entity]
		if inds == nil {
			inds = make(map[string][]int32)
			byEntity[k.entity] = inds
		}
		inds[k.indicator] = append(inds[k.indicator], int32(bi))
	}
	var pairs []blockPair
	add := func(x, y int32) {
		kx, ky := r.blocks[x].key, r.blocks[y].key
		if xy, ok := r.relatedReason(kx, ky); ok {
			yx, _ := r.relatedReason(ky, kx)
			pairs = append(pairs, blockPair{x: x, y: y, reasonXY: xy, reasonYX: yx})
		}
	}
	for _, inds := range byEntity {
		for ind, xs := range inds {
			for i, x := range xs {
				for _, y := range xs[i+1:] {
					add(x, y)
				}
			}
			for _, other := range relatedTo[ind] {
				if other < ind { // each unordered pair of indicators once
					continue
				}
				for _, x := range xs {
					for _, y := range inds[other] {
						add(x, y)
					}
				}
			}
		}
	}
	return pairs
}

// relatedReason says why series x and y are related, x first, or false.
func (r *reconciler) relatedReason(x, y blockKey) (string, bool) {
	if x.indicator != y.indicator {
		pair := [2]string{x.indicator, y.indicator}
		if pair[0] > pair[1] {
			pair[0], pair[1] = pair[1], pair[0]
		}
		why, ok := relatedIndicators[pair]
		if !ok || !endsCompatible(x.origin, y.origin) || !endsCompatible(x.destination, y.destination) {
			return "", false
		}
		return r.seriesPhrase(x) + " vs " + r.seriesPhrase(y) + ": " + why, true
	}
	if x.origin == y.origin && x.destination == y.destination {
		if x.family == y.family {
			return "", false // the same series; cannot happen for two blocks
		}
		if isCurrencyFamily(x.family) && isCurrencyFamily(y.family) {
			return "different currencies (" + x.family + " vs " + y.family + "); no exchange-rate conversion is made", true
		}
		return "the same indicator in different units (" + x.family + " vs " + y.family + "), which are not converted", true
	}
	if x.family != y.family {
		return "", false
	}
	// Part and whole: one end named on one side, left open on the other.
	switch {
	case x.origin == y.origin && (x.destination == "") != (y.destination == ""):
		return r.endWord("destination", x.destination) + " vs " + r.endWord("destination", y.destination) +
			": the figure for one destination is part of the total", true
	case x.destination == y.destination && (x.origin == "") != (y.origin == ""):
		return r.endWord("origin", x.origin) + " vs " + r.endWord("origin", y.origin) +
			": the figure for one origin is part of the total", true
	}
	return "", false
}

// endsCompatible: equal, or one of them open (so one can contain the other).
func endsCompatible(a, b string) bool { return a == b || a == "" || b == "" }

func isCurrencyFamily(f string) bool {
	return len(f) == 3 && strings.ToUpper(f) == f && isCurrencyCode(strings.ToLower(f))
}

// seriesPhrase is a series for a related reason: "registered migrants in Russia".
func (r *reconciler) seriesPhrase(k blockKey) string {
	s := indicatorPhrase(k.indicator)
	if k.origin != "" && k.origin != k.entity {
		s += " from " + r.name(k.origin)
	}
	if k.destination != "" && k.destination != k.entity {
		s += " in " + r.name(k.destination)
	}
	return s
}

// indexBlock builds the value-sorted views of a block used to find
// counterparts.
func (r *reconciler) indexBlock(b *block) {
	b.byValue = r.sortedByValue(b.members)
	b.byPeriod = make(map[string][]int32)
	for _, m := range b.byValue {
		p := r.prep[m].period
		b.byPeriod[p] = append(b.byPeriod[p], m)
	}
}

// relatedClaims links every claim of each series of the pair to its best
// counterpart in the other.
func (r *reconciler) relatedClaims(p blockPair) ([]Related, []pairKey) {
	bx, by := &r.blocks[p.x], &r.blocks[p.y]
	n := len(bx.members) + len(by.members)
	out := make([]Related, 0, n)
	keys := make([]pairKey, 0, n)
	link := func(a, b int32) { // a is in x, b in y
		if r.sameID[a] == r.sameID[b] {
			return
		}
		reason := p.reasonXY
		if r.compareClaims(a, b) > 0 {
			a, b, reason = b, a, p.reasonYX
		}
		out = append(out, Related{A: r.claims[a].ID, B: r.claims[b].ID, Reason: reason})
		keys = append(keys, pairKey{a: r.rank[a], b: r.rank[b]})
	}
	partnerInY := make([]int32, len(bx.members)) // members are in claim order
	for k, m := range bx.members {
		partnerInY[k] = r.counterpart(m, by)
		link(m, partnerInY[k])
	}
	for _, m := range by.members {
		a := r.counterpart(m, bx)
		// Skip a link already made from x's side (mutual counterparts).
		k, _ := slices.BinarySearchFunc(bx.members, a, r.compareClaims)
		if partnerInY[k] != m {
			link(a, m)
		}
	}
	return out, keys
}

// counterpart picks the claim of block y that best matches claim m: same
// period, else unknown period, else any; within that, the nearest value when
// the units are comparable, else the median.
func (r *reconciler) counterpart(m int32, y *block) int32 {
	pm := &r.prep[m]
	pool := y.byValue
	if pm.period != "" {
		if g := y.byPeriod[pm.period]; len(g) > 0 {
			pool = g
		} else if g := y.byPeriod[""]; len(g) > 0 {
			pool = g
		}
	}
	if pm.family != y.key.family {
		return pool[len(pool)/2]
	}
	// pool is sorted by low end; the nearest value is next to where m's
	// value would go.
	k, _ := slices.BinarySearchFunc(pool, pm.rep, func(c int32, v float64) int { return cmp.Compare(r.prep[c].low, v) })
	best := pool[min(k, len(pool)-1)]
	if k > 0 && math.Abs(r.prep[pool[k-1]].rep-pm.rep) <= math.Abs(r.prep[best].rep-pm.rep) {
		best = pool[k-1]
	}
	return best
}
