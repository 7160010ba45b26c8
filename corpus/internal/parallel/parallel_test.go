package parallel

import (
	"errors"
	"fmt"
	"testing"
)

// Each runs every index once and reports the lowest failing one.
func TestEach(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 1000} {
		seen := make([]int, n)
		if err := Each(n, func(i int) error { seen[i]++; return nil }); err != nil {
			t.Fatal(err)
		}
		for i, c := range seen {
			if c != 1 {
				t.Fatalf("n=%d: index %d ran %d times", n, i, c)
			}
		}
	}
	err := Each(100, func(i int) error {
		if i%10 == 7 {
			return fmt.Errorf("at %d", i)
		}
		return nil
	})
	if err == nil || err.Error() != "at 7" {
		t.Errorf("error = %v, want the lowest index's (at 7)", err)
	}
	if err := Each(3, func(i int) error { return errors.New("x") }); err == nil {
		t.Error("no error")
	}
}
