package corpus

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
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

// TestCacheNeverServesAnotherPipeline: a cached record whose pipeline
// version or record schema is not this build's is never served, even when
// it sits under the key this build looks up (a cache folder shared with, or
// copied from, another version).
func TestCacheNeverServesAnotherPipeline(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt"} {
		os.WriteFile(filepath.Join(dir, name), []byte("Paper "+name+": remittances were 18.8% of GDP in 2023.\n"), 0o644)
	}
	e := newEngine(t)
	cache, err := NewCache(filepath.Join(t.TempDir(), "cache"), "settings")
	if err != nil {
		t.Fatal(err)
	}
	run := func() (int64, *Graph) {
		var n int64
		ins, errs := Collect([]string{dir})
		g, err := e.Run(context.Background(), ins, errs, Options{Workers: 2, Cache: cache, Extracted: &n})
		if err != nil {
			t.Fatal(err)
		}
		return n, g
	}
	if n, _ := run(); n != 2 {
		t.Fatalf("first run extracted %d, want 2", n)
	}
	_, want := run()
	for _, field := range []struct{ key, value string }{{"pipeline", "0.0.0-older"}, {"schema", "claimgraph-record/v0"}} {
		// Rewrite every cached record as if another version had written it.
		filepath.WalkDir(cache.dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, _ := os.ReadFile(p)
			var rec map[string]any
			if err := json.Unmarshal(data, &rec); err != nil {
				t.Fatal(err)
			}
			rec[field.key] = field.value
			rec["nodes"] = []any{} // what a stale record would wrongly bring
			data, _ = json.Marshal(rec)
			return os.WriteFile(p, data, 0o644)
		})
		n, g := run()
		if n != 2 {
			t.Errorf("records with %s %q: extracted %d, want 2 (none served)", field.key, field.value, n)
		}
		if a, b := encode(t, g), encode(t, want); !bytes.Equal(a, b) {
			t.Errorf("records with %s %q changed the graph (%s)", field.key, field.value, firstDiff(a, b))
		}
	}
}
