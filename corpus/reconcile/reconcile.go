// Package reconcile compares numeric claims across statements and documents:
// when two claims give different numbers for the same quantity it reports a
// conflict naming both sources and the likely reason, when they overlap it
// records an agreement, and when they only look alike (a related but
// different quantity) it links them as related instead of contradicting them.
//
// The package is pure: data in, data out, no I/O. Its output is sorted and
// its identifiers are derived from content, so the result does not depend on
// the order of the input.
package reconcile

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/claimgraph/claimgraph/corpus/internal/parallel"
)

// Claim is one numeric statement extracted from a document.
type Claim struct {
	ID, Doc        string // node id, document id
	Text, Sentence string // surface and sentence (for explanations)

	// Value is the point value, nil for ranges. Low and High bound what the
	// wording allows, with scale words ("million") already multiplied out.
	Value     *float64
	Low, High float64
	// Unit: percent, share (fraction 0..1), persons, count, times,
	// days/months/years, or an ISO 4217 currency code.
	Unit string
	// Approx: exact, about, almost, over, under, range.
	Approx string

	// Gazetteer ids (ISO alpha-2 for countries) or "".
	Entity, Origin, Destination string
	// Indicator id such as remittances_gdp_share; "" and "other" are not reconciled.
	Indicator string

	// "2023", "2024-01", "2024-H1", ... or "" when unknown.
	PeriodStart, PeriodEnd string
	PeriodRelative         bool

	Source     string // id of the cited reference, work or organization
	SourceKind string // its kind or label ("IOM survey", "census", "World Bank")
	Qualifier  string // "registered", "official", "estimated", "survey", "census", ""
	Hedged     bool
}

// DefaultMaxPairwiseBlock is the block size above which claims are compared
// by a sorted sweep instead of pair by pair. Pairwise comparison costs
// (n-1)/2 comparisons, most of them explained conflicts, per claim, so this
// bound is what keeps the cost per claim flat when blocks grow with the
// corpus. Real series have a handful of claims and stay far below it; on the
// benchmark corpus a bound of 200 made the cost per claim grow fivefold from
// 10^4 to 10^5 claims, while 48 keeps it falling.
const DefaultMaxPairwiseBlock = 48

// Options tune Reconcile. The zero value is ready to use.
type Options struct {
	// RelTolerance widens the overlap test: two intervals also agree when
	// the gap between them is at most RelTolerance times the larger value.
	RelTolerance float64
	// Names maps entity ids to display names for summaries
	// ("KG" → "Kyrgyzstan"); ids without a name are shown as they are.
	Names map[string]string
	// MaxPairwiseBlock is the largest block compared pair by pair; 0 means
	// DefaultMaxPairwiseBlock. See Reconcile for what larger blocks get.
	MaxPairwiseBlock int
}

// Quantity is one measured thing: an entity (with origin and destination
// for flow indicators), an indicator, a period and a unit family. Period ""
// gathers the claims whose period is unknown.
type Quantity struct {
	ID                            string
	Entity, Origin, Destination   string
	Indicator, Period, UnitFamily string
	Claims                        []string // claim ids, sorted
}

// Conflict classes, from the strongest evidence to none.
const (
	ClassDifferentPeriod     = "different_period"
	ClassDifferentDefinition = "different_definition"
	ClassDifferentSource     = "different_source"
	ClassRounding            = "rounding"
	ClassUnexplained         = "unexplained"
)

// Severities.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
	SeverityInfo    = "info"
)

// Conflict is a pair of claims about the same series whose intervals do not
// overlap.
type Conflict struct {
	ID string
	// Quantity is the quantity of A and QuantityB that of B; they differ
	// when the periods differ or one of them is unknown.
	Quantity, QuantityB string
	A, B                string // claim ids, A < B
	Class               string // one of the Class constants
	Severity            string // one of the Severity constants
	// GapAbs is the distance between the two intervals in the unit family's
	// unit (percentage points for percent); GapRel divides it by the larger
	// of the two values.
	GapAbs, GapRel float64
	PeriodUnknown  bool
	Summary        string // one sentence naming both claims and their sources
	Explanation    string // one sentence with the likely reason
}

// Agreement is a pair of claims about the same series whose intervals
// overlap: each verifies the other.
type Agreement struct {
	ID                  string
	Quantity, QuantityB string
	A, B                string // claim ids, A < B
	PeriodUnknown       bool
}

// Related links two claims about the same entity that look comparable but
// measure different quantities (registered vs all migrants abroad, a
// destination vs any destination, a volume vs a share of GDP).
type Related struct{ A, B, Reason string }

// Result is everything Reconcile found. All slices are sorted (quantities,
// conflicts and agreements by ID, related pairs by A then B) and non-nil.
type Result struct {
	Quantities []Quantity
	Conflicts  []Conflict
	Agreements []Agreement
	Related    []Related
}

// Reconcile groups claims into quantities and compares the claims of each
// series (same entity, indicator and unit family, any period).
//
// Claims are blocked by hashing on the series key, never compared across
// blocks. A block of at most Options.MaxPairwiseBlock claims is compared pair
// by pair, every period against every other. A larger block is compared by a
// sweep whose output is linear in its size: within each period, neighbours by
// value (which reports every gap between clusters of values once); across
// periods, the median claims of chronologically adjacent periods; and each
// claim of unknown period against its two nearest known-period claims by
// value (which finds an overlap whenever one exists). Every reported conflict
// and agreement is genuine; in large blocks the list is not exhaustive.
//
// Claim ids are expected to be unique; two claims with the same id are never
// compared with each other. Claims are indexed with int32, so a call takes
// at most 2^31-1 claims.
func Reconcile(claims []Claim, opt Options) Result {
	if opt.MaxPairwiseBlock <= 0 {
		opt.MaxPairwiseBlock = DefaultMaxPairwiseBlock
	}
	r := newReconciler(claims, opt)
	r.buildBlocks()

	outs := make([]blockOutput, len(r.blocks))
	parallel.For(len(r.blocks), func(i int) { r.processBlock(i, &outs[i]) })

	var quantities [][]Quantity
	var conflicts [][]Conflict
	var agreements [][]Agreement
	var conflictKeys, agreementKeys [][]pairKey
	for i := range outs {
		quantities = append(quantities, outs[i].quantities)
		conflicts = append(conflicts, outs[i].conflicts)
		agreements = append(agreements, outs[i].agreements)
		conflictKeys = append(conflictKeys, outs[i].conflictKeys)
		agreementKeys = append(agreementKeys, outs[i].agreementKeys)
	}
	var res Result
	// These four are independent; at a million claims they are most of what
	// is left after the blocks, so they run side by side.
	var wg sync.WaitGroup
	wg.Go(func() { res.Related = r.related() })
	wg.Go(func() {
		res.Quantities = slices.Concat(quantities...)
		slices.SortFunc(res.Quantities, func(a, b Quantity) int { return strings.Compare(a.ID, b.ID) })
	})
	wg.Go(func() { res.Conflicts = assemble(conflicts, conflictKeys) })
	wg.Go(func() { res.Agreements = assemble(agreements, agreementKeys) })
	wg.Wait()
	if res.Quantities == nil {
		res.Quantities = []Quantity{}
	}
	return res
}

// prepared is a claim normalized for comparison.
type prepared struct {
	low, high, rep float64 // interval and representative value, in the family's unit
	family         string  // unit family: percent, count, times, duration, a currency code, ...
	period         string  // period label, "" when unknown
	block          int32   // index into reconciler.blocks, -1 when not reconciled
}

// blockKey identifies a series: everything of a quantity but its period.
type blockKey struct {
	entity, origin, destination, indicator, family string
}

type block struct {
	key     blockKey
	members []int32 // claim indices, in claim order once processed

	// Built only for blocks that take part in related pairs.
	byPeriod map[string][]int32 // period → members sorted by value
	byValue  []int32            // all members sorted by value
}

type blockOutput struct {
	quantities    []Quantity
	conflicts     []Conflict
	conflictKeys  []pairKey // conflictKeys[i] orders conflicts[i]
	agreements    []Agreement
	agreementKeys []pairKey
}

type reconciler struct {
	claims []Claim
	opt    Options
	prep   []prepared
	blocks []block
	// rank is the position of a claim in id order, so that claims are
	// ordered by comparing integers; ids are compared once, in buildBlocks.
	rank []int32
	// sameID is the rank of the first claim with the claim's id: equal
	// for claims that share an id, which are never compared.
	sameID []int32
	// idHash is a 64-bit hash of the claim's id; finding ids mix two.
	idHash []uint64

	// Per-claim values filled by the goroutine that owns the claim's block,
	// so distinct goroutines never write the same element.
	quantityID []string
	label      []string // `"almost 20%" (001, 2019, IOM survey)`, filled lazily
	shown      []string // the value as shown in explanations, filled lazily
	base       []int8   // denominator hint from the sentence, filled lazily
}

func newReconciler(claims []Claim, opt Options) *reconciler {
	n := len(claims)
	return &reconciler{
		claims:     claims,
		opt:        opt,
		prep:       make([]prepared, n),
		rank:       make([]int32, n),
		sameID:     make([]int32, n),
		idHash:     make([]uint64, n),
		quantityID: make([]string, n),
		label:      make([]string, n),
		shown:      make([]string, n),
		base:       make([]int8, n),
	}
}

// buildBlocks normalizes every claim and hashes it into its series block.
func (r *reconciler) buildBlocks() {
	index := make(map[blockKey]int32)
	for i := range r.claims {
		key, ok := r.prepare(i)
		if !ok {
			r.prep[i].block = -1
			continue
		}
		bi, found := index[key]
		if !found {
			bi = int32(len(r.blocks))
			index[key] = bi
			r.blocks = append(r.blocks, block{key: key})
		}
		r.prep[i].block = bi
		r.blocks[bi].members = append(r.blocks[bi].members, int32(i))
	}

	// Sorting (id, index) records keeps the ids' headers contiguous; the
	// claims themselves are only read on a tie.
	type idIndex struct {
		id    string
		claim int32
	}
	byID := make([]idIndex, 0, len(r.claims))
	for _, b := range r.blocks {
		for _, m := range b.members {
			byID = append(byID, idIndex{r.claims[m].ID, m})
		}
	}
	parallelSort(byID, func(x, y idIndex) int {
		if c := strings.Compare(x.id, y.id); c != 0 {
			return c
		}
		return r.compareClaimIDs(x.claim, y.claim)
	})
	for pos, e := range byID {
		r.rank[e.claim] = int32(pos)
		r.sameID[e.claim] = int32(pos)
		if pos > 0 && byID[pos-1].id == e.id {
			r.sameID[e.claim] = r.sameID[byID[pos-1].claim]
		}
	}
	parallel.For(len(r.blocks), func(bi int) {
		for _, m := range r.blocks[bi].members {
			r.idHash[m] = stringHash(r.claims[m].ID)
		}
	})
}

// Reconcilable reports whether Reconcile can place c in a series at all:
// it names an entity and an indicator that is reconciled. The others take
// no part in the result (no quantity, conflict, agreement or relation), so
// a caller may leave them out.
func Reconcilable(c *Claim) bool {
	_, _, ok := seriesNames(c)
	return ok
}

// seriesNames returns the entity and indicator that place c in a series,
// trimmed, or false when it cannot be placed (Reconcilable).
func seriesNames(c *Claim) (entity, indicator string, ok bool) {
	entity, indicator = strings.TrimSpace(c.Entity), strings.TrimSpace(c.Indicator)
	return entity, indicator, entity != "" && indicator != "" && indicator != "other"
}

// prepare fills r.prep[i] and returns the claim's series key, or false when
// the claim cannot be reconciled.
func (r *reconciler) prepare(i int) (blockKey, bool) {
	c := &r.claims[i]
	entity, indicator, ok := seriesNames(c)
	if !ok {
		return blockKey{}, false
	}
	family, scale := unitFamily(c.Unit)
	low, high := c.Low, c.High
	if c.Value != nil && low == 0 && high == 0 {
		// An extractor that only filled Value means a point.
		low, high = *c.Value, *c.Value
	}
	if low > high {
		low, high = high, low
	}
	rep := (low + high) / 2
	if c.Value != nil {
		rep = *c.Value
	}
	if !finite(low) || !finite(high) || !finite(rep) {
		return blockKey{}, false
	}
	p := &r.prep[i]
	p.low, p.high, p.rep = low*scale, high*scale, rep*scale
	p.family = family
	p.period = periodLabel(c.PeriodStart, c.PeriodEnd)

	key := blockKey{entity: entity, indicator: indicator, family: family}
	if role, flows := flowIndicators[indicator]; flows {
		key.origin, key.destination = flowEnds(role, entity, strings.TrimSpace(c.Origin), strings.TrimSpace(c.Destination))
	}
	return key, true
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// compareClaimIDs orders claims by id. The tie-breaks only matter for
// duplicated ids: they make the order, and so the output, independent of the
// input order.
func (r *reconciler) compareClaimIDs(i, j int32) int {
	a, b := &r.claims[i], &r.claims[j]
	if c := strings.Compare(a.ID, b.ID); c != 0 {
		return c
	}
	return cmp.Or(
		strings.Compare(a.Doc, b.Doc),
		strings.Compare(a.Text, b.Text),
		cmp.Compare(a.Low, b.Low),
		cmp.Compare(a.High, b.High),
		cmp.Compare(valueOr(a.Value), valueOr(b.Value)),
		strings.Compare(a.Unit, b.Unit),
		strings.Compare(a.Approx, b.Approx),
		strings.Compare(a.Entity, b.Entity),
		strings.Compare(a.Origin, b.Origin),
		strings.Compare(a.Destination, b.Destination),
		strings.Compare(a.Indicator, b.Indicator),
		strings.Compare(a.PeriodStart, b.PeriodStart),
		strings.Compare(a.PeriodEnd, b.PeriodEnd),
		strings.Compare(a.Source, b.Source),
		strings.Compare(a.SourceKind, b.SourceKind),
		strings.Compare(a.Qualifier, b.Qualifier),
		strings.Compare(a.Sentence, b.Sentence),
		compareBools(a.PeriodRelative, b.PeriodRelative),
		compareBools(a.Hedged, b.Hedged),
	)
}

func valueOr(v *float64) float64 {
	if v == nil {
		return math.Inf(-1)
	}
	return *v
}

func compareBools(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// compareClaims orders claims by id, through their ranks.
func (r *reconciler) compareClaims(i, j int32) int { return cmp.Compare(r.rank[i], r.rank[j]) }

// compareByValue orders by interval, then by claim order.
func (r *reconciler) compareByValue(i, j int32) int {
	a, b := &r.prep[i], &r.prep[j]
	return cmp.Or(cmp.Compare(a.low, b.low), cmp.Compare(a.high, b.high), r.compareClaims(i, j))
}

func (r *reconciler) sortedByValue(members []int32) []int32 {
	s := slices.Clone(members)
	slices.SortFunc(s, r.compareByValue)
	return s
}

// processBlock builds the quantities of one block and compares its claims.
func (r *reconciler) processBlock(bi int, out *blockOutput) {
	b := &r.blocks[bi]
	slices.SortFunc(b.members, r.compareClaims)

	// Group by period; members are in claim order, so each group is too.
	groups := make(map[string][]int32)
	for _, m := range b.members {
		p := r.prep[m].period
		groups[p] = append(groups[p], m)
	}
	periods := make([]string, 0, len(groups))
	for p := range groups {
		periods = append(periods, p)
	}
	slices.SortFunc(periods, comparePeriods)

	series := seriesID(b.key)
	out.quantities = make([]Quantity, 0, len(periods))
	for _, p := range periods {
		g := groups[p]
		q := Quantity{
			ID:          series + ":" + cmp.Or(p, "unknown"),
			Entity:      b.key.entity,
			Origin:      b.key.origin,
			Destination: b.key.destination,
			Indicator:   b.key.indicator,
			Period:      p,
			UnitFamily:  b.key.family,
			Claims:      make([]string, len(g)),
		}
		for k, m := range g {
			q.Claims[k] = r.claims[m].ID
			r.quantityID[m] = q.ID
		}
		out.quantities = append(out.quantities, q)
	}

	cmpr := comparer{r: r, out: out, subject: r.subject(b.key)}
	if n := len(b.members); n <= r.opt.MaxPairwiseBlock {
		// Most pairs of a small block are conflicts across periods; sizing
		// for all of them avoids regrowing slices of large structs.
		pairs := n * (n - 1) / 2
		out.conflicts = make([]Conflict, 0, pairs)
		out.conflictKeys = make([]pairKey, 0, pairs)
		for i, a := range b.members {
			for _, c := range b.members[i+1:] {
				cmpr.compare(a, c)
			}
		}
		return
	}
	r.sweep(groups, periods, &cmpr)
}

// sweep compares a large block with a number of comparisons linear in its
// size (see Reconcile).
func (r *reconciler) sweep(groups map[string][]int32, periods []string, cmpr *comparer) {
	// Most pairs of a large block are neighbours that agree; size for the
	// number the sweep makes.
	pairs := 0
	for _, g := range groups {
		pairs += len(g)
	}
	pairs += len(periods) + 2*len(groups[""])
	cmpr.out.agreements = make([]Agreement, 0, pairs)
	cmpr.out.agreementKeys = make([]pairKey, 0, pairs)

	var known []int32
	var representatives []int32
	for _, p := range periods {
		g := r.sortedByValue(groups[p])
		// Neighbours by value: a non-overlapping neighbour pair is a gap
		// between two clusters of values, reported once.
		for k := 1; k < len(g); k++ {
			cmpr.compare(g[k-1], g[k])
		}
		if p != "" {
			known = append(known, g...)
			representatives = append(representatives, g[len(g)/2])
		}
	}
	// periods is chronological (unknown first), so these are the changes
	// from one period to the next.
	for k := 1; k < len(representatives); k++ {
		cmpr.compare(representatives[k-1], representatives[k])
	}

	unknown := groups[""]
	if len(unknown) == 0 || len(known) == 0 {
		return
	}
	slices.SortFunc(known, r.compareByValue)
	// reach[k] is the claim among known[:k+1] whose interval reaches
	// furthest right: the only left neighbour that can overlap.
	reach := make([]int32, len(known))
	reach[0] = known[0]
	for k := 1; k < len(known); k++ {
		reach[k] = reach[k-1]
		if r.prep[known[k]].high > r.prep[reach[k]].high {
			reach[k] = known[k]
		}
	}
	for _, u := range unknown {
		low := r.prep[u].low
		k, _ := slices.BinarySearchFunc(known, low, func(m int32, v float64) int { return cmp.Compare(r.prep[m].low, v) })
		if k > 0 {
			cmpr.compare(u, reach[k-1])
		}
		if k < len(known) {
			cmpr.compare(u, known[k])
		}
	}
}

// overlapEpsilon is the relative slack of the overlap test for floating
// point error, far below any difference a text can state.
const overlapEpsilon = 1e-9

// comparer compares pairs of one block and appends the findings.
type comparer struct {
	r       *reconciler
	out     *blockOutput
	subject string // "Kyrgyzstan's remittances as a share of GDP"
}

func (c *comparer) compare(a, b int32) {
	r := c.r
	if r.compareClaims(a, b) > 0 {
		a, b = b, a
	}
	if r.sameID[a] == r.sameID[b] {
		return
	}
	ca, cb := &r.claims[a], &r.claims[b]
	pa, pb := &r.prep[a], &r.prep[b]
	gap := max(0, max(pa.low, pb.low)-min(pa.high, pb.high))
	scale := max(math.Abs(pa.rep), math.Abs(pb.rep))
	if scale == 0 {
		scale = max(math.Abs(pa.low), math.Abs(pa.high), math.Abs(pb.low), math.Abs(pb.high))
	}
	periodUnknown := pa.period == "" || pb.period == ""
	// The epsilon absorbs the rounding of unit conversion: 0.14 as a share
	// is 14.000000000000002 percent, and must still touch 14%.
	hash := pairHash(r.idHash[a], r.idHash[b])
	key := pairKey{hash: hash, a: r.rank[a], b: r.rank[b]}
	if gap <= (r.opt.RelTolerance+overlapEpsilon)*scale {
		c.out.agreementKeys = append(c.out.agreementKeys, key)
		c.out.agreements = append(c.out.agreements, Agreement{
			ID:            hexID("agreement:", hash),
			Quantity:      r.quantityID[a],
			QuantityB:     r.quantityID[b],
			A:             ca.ID,
			B:             cb.ID,
			PeriodUnknown: periodUnknown,
		})
		return
	}
	gapRel := 0.0
	if scale > 0 {
		gapRel = gap / scale
	}
	class, explanation := r.classify(a, b, gap, gapRel)
	c.out.conflictKeys = append(c.out.conflictKeys, key)
	c.out.conflicts = append(c.out.conflicts, Conflict{
		ID:            hexID("conflict:", hash),
		Quantity:      r.quantityID[a],
		QuantityB:     r.quantityID[b],
		A:             ca.ID,
		B:             cb.ID,
		Class:         class,
		Severity:      severity(class, ca.Doc == cb.Doc),
		GapAbs:        gap,
		GapRel:        gapRel,
		PeriodUnknown: periodUnknown,
		Summary:       c.subject + ": " + r.claimLabel(a) + " vs " + r.claimLabel(b) + ".",
		Explanation:   explanation,
	})
}

// severity follows from the class; only an unexplained difference inside
// one document is an error, because there the author contradicts themselves.
func severity(class string, sameDoc bool) string {
	switch class {
	case ClassUnexplained:
		if sameDoc {
			return SeverityError
		}
		return SeverityWarning
	case ClassDifferentPeriod, ClassRounding:
		return SeverityInfo
	default:
		return SeverityWarning
	}
}

// stringHash is FNV-1a, 64 bits: stable across runs and Go versions, which
// the finding ids must be.
func stringHash(s string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * prime
	}
	return h
}

// pairHash combines the hashes of two ids (in order) with the splitmix64
// finalizer, so that nearby inputs give unrelated outputs.
func pairHash(a, b uint64) uint64 {
	h := a ^ (b*0x9e3779b97f4a7c15 + 0x632be59bd9b4e5b5)
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// hexID is prefix followed by h in 16 hex digits, in one allocation. The
// fixed width makes string order equal numeric order, which assemble
// relies on.
func hexID(prefix string, h uint64) string {
	const hexDigits = "0123456789abcdef"
	var sb strings.Builder
	sb.Grow(len(prefix) + 16)
	sb.WriteString(prefix)
	for shift := 60; shift >= 0; shift -= 4 {
		sb.WriteByte(hexDigits[(h>>shift)&0xf])
	}
	return sb.String()
}

// seriesID is the quantity id without its period:
// "q:KG:internal_migrants_share:percent", with "origin>destination" after
// the indicator when a flow indicator has either ("q:TJ:migrants_abroad:TJ>RU:count",
// "*" for an open end).
func seriesID(k blockKey) string {
	var sb strings.Builder
	sb.WriteString("q:")
	sb.WriteString(k.entity)
	sb.WriteByte(':')
	sb.WriteString(k.indicator)
	if k.origin != "" || k.destination != "" {
		sb.WriteByte(':')
		sb.WriteString(cmp.Or(k.origin, "*"))
		sb.WriteByte('>')
		sb.WriteString(cmp.Or(k.destination, "*"))
	}
	sb.WriteByte(':')
	sb.WriteString(k.family)
	return sb.String()
}
