package corpus

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
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

// Conflict findings and related edges splice their attrs as they are
// (SetPlainAttrs): ConflictAttrs has no common finding field, and each
// of the seeds' encodes as when its attrs are scanned.
func TestConflictAttrsPlain(t *testing.T) {
	if names := doc.CommonFindingFields(reflect.TypeFor[ConflictAttrs]()); len(names) > 0 {
		t.Errorf("ConflictAttrs has common finding fields %v: its findings cannot take SetPlainAttrs", names)
	}
	g := runGraph(t, newEngine(t), 2, "seeds")
	conflicts, related := 0, 0
	for _, f := range g.Findings {
		if f.Type != "conflict" {
			continue
		}
		conflicts++
		if !f.HasPlainAttrs() {
			t.Fatalf("conflict %s: attrs not plain", f.ID)
		}
		scanned := f
		scanned.Attrs = bytes.Clone(f.Attrs)
		checkSameJSON(t, f.ID, f.AppendJSON, scanned.AppendJSON)
	}
	for _, e := range g.Edges {
		if e.Type != "related" {
			continue
		}
		related++
		if !e.HasPlainAttrs() {
			t.Fatalf("related edge %s → %s: attrs not plain", e.From, e.To)
		}
		scanned := e
		scanned.Attrs = bytes.Clone(e.Attrs)
		checkSameJSON(t, e.From+" → "+e.To, e.AppendJSON, scanned.AppendJSON)
	}
	if conflicts == 0 || related == 0 {
		t.Fatalf("the seeds give %d conflicts and %d related edges", conflicts, related)
	}
}

func checkSameJSON(t *testing.T, what string, spliced, scanned func([]byte) ([]byte, error)) {
	t.Helper()
	got, err := spliced(nil)
	if err != nil {
		t.Fatal(err)
	}
	want, err := scanned(nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s spliced:\n%s\nscanned:\n%s", what, got, want)
	}
}

func TestClaimsCapacity(t *testing.T) {
	for _, c := range []struct{ kept, seen, total, want int }{
		{0, 0, 0, 0},
		{0, 100, 1000, 0},
		{50, 100, 1000, 531},   // half kept: half of all, one sixteenth more
		{120, 100, 1000, 1275}, // copies for lists: more kept than seen
		{900, 1000, 1000, 956}, // all seen: the rest is margin
		{3000, 4000, 4000000, 3187500},
	} {
		if got := claimsCapacity(c.kept, c.seen, c.total); got != c.want {
			t.Errorf("claimsCapacity(%d, %d, %d) = %d, want %d", c.kept, c.seen, c.total, got, c.want)
		}
		if got := claimsCapacity(c.kept, c.seen, c.total); got < c.kept {
			t.Errorf("claimsCapacity(%d, %d, %d) = %d, below what is kept", c.kept, c.seen, c.total, got)
		}
	}
}
