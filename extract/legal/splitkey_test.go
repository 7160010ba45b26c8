package legal

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// splitKeyBySplit is splitKey as it was written first, with a split: the
// specification appendKeyWords is tested against.
func splitKeyBySplit(k string) (words []string, period string) {
	for w := range strings.SplitSeq(k, "-") {
		if w == "" {
			continue
		}
		if w[0] >= '0' && w[0] <= '9' {
			if period != "" {
				period += "-"
			}
			period += w
			continue
		}
		words = append(words, w)
	}
	return words, period
}

func TestSplitKeyAsSplit(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 34))
	parts := []string{"migration", "policy", "2021", "2030", "1", "-", "--", "concept", "0x", "9", "", "қазақ"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(7) {
			b.WriteString(parts[rng.IntN(len(parts))])
			if rng.IntN(2) == 0 {
				b.WriteByte('-')
			}
		}
		k := b.String()
		ww, wp := splitKeyBySplit(k)
		var buf [2]string // also past a buffer too small
		gw, gp := appendKeyWords(buf[:0], k)
		if gp != wp || !slices.Equal(gw, ww) {
			t.Fatalf("appendKeyWords(%q) = %q, %q; want %q, %q", k, gw, gp, ww, wp)
		}
	}
}
