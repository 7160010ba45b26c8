package claims

import (
	"math/rand"
	"testing"
)

// TestBestRulePresent checks that bestRule, given the bits of the groups
// whose score is set, picks the rule it picks scoring every rule (all
// bits), for random sparse scores of every unit, and that the bits turn
// rules away.
func TestBestRulePresent(t *testing.T) {
	lx := lexicon(t)
	rng := rand.New(rand.NewSource(9))
	units := []string{"percent", "share", "persons", "count", "times", "days", "weeks", "months", "years", "USD", "other"}
	n := len(lx.groupNo)
	turnedAway := 0
	for trial := 0; trial < 20000; trial++ {
		scores := make([]float64, n)
		var present uint64
		for k := rng.Intn(6); k > 0; k-- {
			g := rng.Intn(n)
			scores[g] = []float64{0.5, 1, 2, 3, 7.5}[rng.Intn(5)]
			present |= 1 << uint(g)
		}
		ub := ruleUnitBit(ruleUnit(units[rng.Intn(len(units))]))
		got, want := lx.bestRule(scores, present, ub), lx.bestRule(scores, ^uint64(0), ub)
		if got != want {
			t.Fatalf("scores %v unit bit %b: %q with the present bits, %q scoring every rule", scores, ub, got, want)
		}
		for i := range lx.indicators {
			if lx.indicators[i].requiredBits&^present != 0 {
				turnedAway++
			}
		}
	}
	if turnedAway == 0 {
		t.Fatal("no rule turned away")
	}
}
