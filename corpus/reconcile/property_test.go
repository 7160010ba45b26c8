package reconcile

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"runtime"
	"slices"
	"testing"
)

// randomClaims draws claims over a few series with overlapping and disjoint
// intervals, shares and percentages, known and unknown periods.
func randomClaims(rng *rand.Rand, n int, entities, indicators []string) []Claim {
	claims := make([]Claim, n)
	for i := range claims {
		c := Claim{
			ID:        fmt.Sprintf("c%04d", i),
			Doc:       fmt.Sprintf("d%d", rng.IntN(4)),
			Entity:    entities[rng.IntN(len(entities))],
			Indicator: indicators[rng.IntN(len(indicators))],
			Unit:      "percent",
			Approx:    []string{"exact", "about", "almost", "over", "range"}[rng.IntN(5)],
		}
		if c.Indicator == "migrants_abroad" || c.Indicator == "deportations" {
			c.Unit = "persons"
			if c.Indicator == "migrants_abroad" {
				c.Origin = c.Entity // so the test's series key needs no normalization
				c.Destination = []string{"", "RU"}[rng.IntN(2)]
			}
		}
		if rng.IntN(4) > 0 {
			c.PeriodStart = fmt.Sprint(2018 + rng.IntN(4))
		}
		// Few distinct values, so that ties and touching intervals happen.
		v := float64(10 + 2*rng.IntN(20))
		low, high := v-float64(rng.IntN(3)), v+float64(rng.IntN(3))
		if c.Unit == "persons" {
			v, low, high = v*1000, low*1000, high*1000
		}
		if c.Unit == "percent" && rng.IntN(3) == 0 {
			c.Unit, v, low, high = "share", v/100, low/100, high/100
		}
		if c.Approx != "range" {
			c.Value = ptr(v)
		}
		c.Low, c.High = low, high
		c.Source = []string{"", "s1", "s2"}[rng.IntN(3)]
		c.SourceKind = []string{"", "", "survey", "census"}[rng.IntN(4)]
		c.Qualifier = []string{"", "", "registered", "estimated"}[rng.IntN(4)]
		claims[i] = c
	}
	return claims
}

// interval is the claim's interval in percent for percent and share claims,
// computed independently of the package.
func interval(c Claim) (float64, float64) {
	if c.Unit == "share" {
		return c.Low * 100, c.High * 100
	}
	return c.Low, c.High
}

func seriesOf(c Claim) string {
	family := c.Unit
	if family == "share" {
		family = "percent"
	}
	return c.Entity + "|" + c.Indicator + "|" + family + "|" + c.Destination
}

func overlap(a, b Claim) bool {
	al, ah := interval(a)
	bl, bh := interval(b)
	return max(al, bl) <= min(ah, bh)+1e-9
}

func TestPropertiesPairwise(t *testing.T) {
	entities := []string{"KG", "KZ", "TJ"}
	indicators := []string{"remittances_gdp_share", "migrants_abroad", "survey_share", "deportations"}
	for seed := range uint64(20) {
		rng := rand.New(rand.NewPCG(seed, 7))
		claims := randomClaims(rng, 150, entities, indicators)
		byID := map[string]Claim{}
		seriesSize := map[string]int{}
		for _, c := range claims {
			byID[c.ID] = c
			seriesSize[seriesOf(c)]++
		}
		res := Reconcile(claims, Options{})
		checkWellFormed(t, res)

		// Blocks are below the pairwise limit: every pair of a series is
		// compared exactly once, and nothing across series.
		wantPairs := 0
		for _, k := range seriesSize {
			if k > DefaultMaxPairwiseBlock {
				t.Fatalf("seed %d: series of %d claims; the test expects pairwise blocks", seed, k)
			}
			wantPairs += k * (k - 1) / 2
		}
		if got := len(res.Conflicts) + len(res.Agreements); got != wantPairs {
			t.Errorf("seed %d: %d pairs compared, want %d", seed, got, wantPairs)
		}
		for _, c := range res.Conflicts {
			a, b := byID[c.A], byID[c.B]
			if overlap(a, b) {
				t.Errorf("seed %d: conflict between overlapping claims %+v and %+v", seed, a, b)
			}
			if seriesOf(a) != seriesOf(b) {
				t.Errorf("seed %d: conflict across series: %s vs %s", seed, seriesOf(a), seriesOf(b))
			}
		}
		for _, g := range res.Agreements {
			if a, b := byID[g.A], byID[g.B]; !overlap(a, b) {
				t.Errorf("seed %d: agreement between disjoint claims %+v and %+v", seed, a, b)
			}
		}

		assertPermutationInvariant(t, claims, res, Options{}, rng)
		assertSymmetric(t, claims, res)
	}
}

// assertPermutationInvariant: the result does not depend on input order.
func assertPermutationInvariant(t *testing.T, claims []Claim, want Result, opt Options, rng *rand.Rand) {
	t.Helper()
	for range 3 {
		shuffled := slices.Clone(claims)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := Reconcile(shuffled, opt); !reflect.DeepEqual(got, want) {
			t.Fatalf("result changed under a permutation of the input")
		}
	}
}

// assertSymmetric: swapping which claim of a pair comes first (by renaming
// the ids in reverse order) changes neither the class, the severity nor the
// gap.
func assertSymmetric(t *testing.T, claims []Claim, res Result) {
	t.Helper()
	type verdict struct {
		class, severity string
		gapAbs, gapRel  float64
		periodUnknown   bool
	}
	key := func(a, b string) [2]string {
		if a > b {
			a, b = b, a
		}
		return [2]string{a, b}
	}
	want := map[[2]string]verdict{}
	for _, c := range res.Conflicts {
		want[key(c.A, c.B)] = verdict{c.Class, c.Severity, c.GapAbs, c.GapRel, c.PeriodUnknown}
	}
	renamed := slices.Clone(claims)
	original := map[string]string{}
	for i := range renamed {
		id := fmt.Sprintf("r%04d", len(claims)-i)
		original[id] = renamed[i].ID
		renamed[i].ID = id
	}
	got := Reconcile(renamed, Options{})
	if len(got.Conflicts) != len(res.Conflicts) {
		t.Fatalf("%d conflicts after renaming, want %d", len(got.Conflicts), len(res.Conflicts))
	}
	for _, c := range got.Conflicts {
		k := key(original[c.A], original[c.B])
		if w, ok := want[k]; !ok || w != (verdict{c.Class, c.Severity, c.GapAbs, c.GapRel, c.PeriodUnknown}) {
			t.Errorf("pair %v: got %s/%s %v, want %+v", k, c.Class, c.Severity, c.GapAbs, w)
		}
	}
}

func TestPropertiesSweep(t *testing.T) {
	entities := []string{"KG", "TJ"}
	indicators := []string{"remittances_gdp_share", "survey_share"}
	opt := Options{MaxPairwiseBlock: 4}
	for seed := range uint64(20) {
		rng := rand.New(rand.NewPCG(seed, 11))
		claims := randomClaims(rng, 400, entities, indicators)
		byID := map[string]Claim{}
		for _, c := range claims {
			byID[c.ID] = c
		}
		res := Reconcile(claims, opt)
		checkWellFormed(t, res)

		for _, c := range res.Conflicts {
			if overlap(byID[c.A], byID[c.B]) {
				t.Errorf("seed %d: conflict between overlapping claims %s and %s", seed, c.A, c.B)
			}
		}
		for _, g := range res.Agreements {
			if !overlap(byID[g.A], byID[g.B]) {
				t.Errorf("seed %d: agreement between disjoint claims %s and %s", seed, g.A, g.B)
			}
		}
		// Linear output: at most one neighbour per claim, one step per
		// period and two known-period neighbours per unknown-period claim.
		if got := len(res.Conflicts) + len(res.Agreements); got > 3*len(claims) {
			t.Errorf("seed %d: %d pairs for %d claims", seed, got, len(claims))
		}
		// An unknown-period claim that overlaps some known-period claim of
		// its series gets an agreement with one.
		agreesWithKnown := map[string]bool{}
		for _, g := range res.Agreements {
			a, b := byID[g.A], byID[g.B]
			if a.PeriodStart == "" && b.PeriodStart != "" {
				agreesWithKnown[a.ID] = true
			}
			if b.PeriodStart == "" && a.PeriodStart != "" {
				agreesWithKnown[b.ID] = true
			}
		}
		for _, u := range claims {
			if u.PeriodStart != "" || agreesWithKnown[u.ID] {
				continue
			}
			for _, k := range claims {
				if k.PeriodStart != "" && seriesOf(k) == seriesOf(u) && overlap(u, k) {
					t.Errorf("seed %d: %s overlaps %s (period %s) but has no agreement with a known period", seed, u.ID, k.ID, k.PeriodStart)
					break
				}
			}
		}
		assertPermutationInvariant(t, claims, res, opt, rng)
	}
}

func TestParallelSort(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	rng := rand.New(rand.NewPCG(3, 3))
	for _, procs := range []int{1, 2, 3, 5, 8} {
		runtime.GOMAXPROCS(procs)
		for _, n := range []int{0, 1, 1000, parallelSortMin, 3*parallelSortMin + 7} {
			s := make([]int, n)
			for i := range s {
				s[i] = rng.IntN(n/2 + 1) // with duplicates
			}
			want := slices.Clone(s)
			slices.Sort(want)
			parallelSort(s, func(a, b int) int { return a - b })
			if !slices.Equal(s, want) {
				t.Fatalf("GOMAXPROCS %d, n %d: not sorted", procs, n)
			}
		}
	}
}

// TestDeterministicAcrossProcs: the parallel paths (blocks, related pairs,
// the merge sorts) give the serial result.
func TestDeterministicAcrossProcs(t *testing.T) {
	if testing.Short() {
		t.Skip("reconciles 65,536 claims four times")
	}
	// Enough claims and conflicts for the parallel sorts to run.
	claims := syntheticClaims(2*parallelSortMin, 2)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(1)
	want := Reconcile(claims, Options{MaxPairwiseBlock: 16})
	if n := len(want.Conflicts); n < parallelSortMin {
		t.Fatalf("only %d conflicts; the parallel sort is not exercised", n)
	}
	for _, procs := range []int{2, 3, 8} {
		runtime.GOMAXPROCS(procs)
		if got := Reconcile(claims, Options{MaxPairwiseBlock: 16}); !reflect.DeepEqual(got, want) {
			t.Fatalf("GOMAXPROCS %d changes the result", procs)
		}
	}
}
