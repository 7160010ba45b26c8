package corpus

import (
	"fmt"
	"slices"
	"testing"
)

// uniqueBaseClaimIDs keeps each base id once, in the order first seen,
// below and above the size where it switches to a set.
func TestUniqueBaseClaimIDs(t *testing.T) {
	x := func(id, entity string) string { return id + expansionSep + entity }
	tests := []struct {
		claims, want []string
	}{
		{nil, []string{}},
		{[]string{"c2", "c1", x("c2", "kz"), "c1", x("c3", "tj")}, []string{"c2", "c1", "c3"}},
	}
	var many, manyWant []string
	for i := range 40 {
		id := fmt.Sprintf("c%02d", 39-i)
		many = append(many, x(id, "kz"), id, x(id, "uz"))
		manyWant = append(manyWant, id)
	}
	tests = append(tests, struct{ claims, want []string }{many, manyWant})
	for _, tt := range tests {
		if got := uniqueBaseClaimIDs(tt.claims); !slices.Equal(got, tt.want) {
			t.Errorf("uniqueBaseClaimIDs(%q) = %q, want %q", tt.claims, got, tt.want)
		}
	}
}
