package corpus

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestCacheReextractsOnlyChangedInputs: a second run extracts nothing; after
// adding one paper and changing another, exactly those two are extracted;
// another pipeline setting never gets the first setting's records.
func TestCacheReextractsOnlyChangedInputs(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		os.WriteFile(filepath.Join(dir, name), []byte("Paper "+name+": remittances were 18.8% of GDP in 2023.\n"), 0o644)
	}
	e := newEngine(t)
	cache, err := NewCache(filepath.Join(t.TempDir(), "cache"), "settings-1")
	if err != nil {
		t.Fatal(err)
	}
	extracted := func(c *Cache) int64 {
		var n int64
		ins, errs := Collect([]string{dir})
		if _, err := e.Run(context.Background(), ins, errs, Options{Workers: 2, Cache: c, Extracted: &n}); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := extracted(cache); n != 3 {
		t.Fatalf("first run extracted %d, want 3", n)
	}
	if n := extracted(cache); n != 0 {
		t.Fatalf("second run extracted %d, want 0", n)
	}
	os.WriteFile(filepath.Join(dir, "d.txt"), []byte("A new paper.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("Paper b, revised: 19% of GDP.\n"), 0o644)
	if n := extracted(cache); n != 2 {
		t.Fatalf("after adding one and changing one, extracted %d, want 2", n)
	}
	other, _ := NewCache(cache.dir, "settings-2")
	if n := extracted(other); n != 4 {
		t.Fatalf("other settings extracted %d, want 4 (no record of other settings served)", n)
	}
}
