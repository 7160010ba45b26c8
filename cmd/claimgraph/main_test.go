package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func chdirRoot(t *testing.T) {
	t.Helper()
	wd, _ := os.Getwd()
	if err := os.Chdir("../.."); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chdir(wd) })
}

func TestExitCodes(t *testing.T) {
	chdirRoot(t)
	tmp := t.TempDir()
	good := filepath.Join(tmp, "good")
	os.MkdirAll(good, 0o755)
	os.WriteFile(filepath.Join(good, "a.txt"), []byte("Kyrgyzstan's internal migrants are almost 20% of the population, according to the IOM.\n"), 0o644)
	bad := filepath.Join(tmp, "bad")
	os.MkdirAll(bad, 0o755)
	os.WriteFile(filepath.Join(bad, "a.txt"), []byte("Kyrgyzstan's internal migrants are almost 20% of the population.\n"), 0o644)
	os.WriteFile(filepath.Join(bad, "b.pdf"), []byte("not a pdf"), 0o644)
	cases := []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"all processed", []string{"run", "-q", "--out", filepath.Join(tmp, "o1"), good}, 0, ""},
		{"some inputs failed", []string{"run", "-q", "--out", filepath.Join(tmp, "o2"), bad}, 1, "b.pdf"},
		{"unknown flag", []string{"run", "--no-such-flag"}, 2, ""},
		{"bad language", []string{"run", "--lang", "xx", good}, 2, "unknown language"},
		{"bad backend", []string{"run", "--pdf-backend", "ocr", good}, 2, "unknown backend"},
		{"text needs a path", []string{"text"}, 2, "exactly one PATH"},
		{"version", []string{"version"}, 0, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(append([]string{"claimgraph"}, c.args...), &out, &errb)
			if code != c.code {
				t.Fatalf("exit %d, want %d (stderr: %s)", code, c.code, errb.String())
			}
			if c.err != "" && !strings.Contains(errb.String(), c.err) {
				t.Fatalf("stderr %q does not mention %q", errb.String(), c.err)
			}
		})
	}
	// The graph of the failed run still holds the good document and the error.
	data, err := os.ReadFile(filepath.Join(tmp, "o2", "claims-graph.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Documents []json.RawMessage              `json:"documents"`
		Errors    []struct{ Path, Stage string } `json:"errors"`
	}
	json.Unmarshal(data, &g)
	if len(g.Documents) != 1 || len(g.Errors) != 1 || g.Errors[0].Stage != "pdf" {
		t.Fatalf("graph has %d documents and errors %+v", len(g.Documents), g.Errors)
	}
}

// TestMapReduceEqualsRun: extract + reconcile give the same graph as run,
// and a cached re-run extracts nothing new.
func TestMapReduceEqualsRun(t *testing.T) {
	chdirRoot(t)
	tmp := t.TempDir()
	var sink bytes.Buffer
	recs := filepath.Join(tmp, "r.jsonl")
	if code := run([]string{"claimgraph", "extract", "-o", recs, "seeds"}, &sink, &sink); code != 0 {
		t.Fatalf("extract: %d %s", code, sink.String())
	}
	if code := run([]string{"claimgraph", "reconcile", "-q", "-o", filepath.Join(tmp, "a"), recs}, &sink, &sink); code != 0 {
		t.Fatalf("reconcile: %d %s", code, sink.String())
	}
	// The same records in two files: the documents are
	// numbered across the files in the order given.
	data, err := os.ReadFile(recs)
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.SplitAfter(data, []byte("\n"))
	part1, part2 := filepath.Join(tmp, "r1.jsonl"), filepath.Join(tmp, "r2.jsonl")
	os.WriteFile(part1, bytes.Join(lines[:2], nil), 0o644)
	os.WriteFile(part2, bytes.Join(lines[2:], nil), 0o644)
	if code := run([]string{"claimgraph", "reconcile", "-q", "-o", filepath.Join(tmp, "c"), part1, part2}, &sink, &sink); code != 0 {
		t.Fatalf("reconcile of two files: %d %s", code, sink.String())
	}
	cache := filepath.Join(tmp, "cache")
	for i := 0; i < 2; i++ {
		if code := run([]string{"claimgraph", "run", "-q", "--cache", cache, "-o", filepath.Join(tmp, "b"), "seeds"}, &sink, &sink); code != 0 {
			t.Fatalf("run: %d %s", code, sink.String())
		}
	}
	a, _ := os.ReadFile(filepath.Join(tmp, "a", "claims-graph.json"))
	b, _ := os.ReadFile(filepath.Join(tmp, "b", "claims-graph.json"))
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Fatal("extract+reconcile and run (cached) differ")
	}
	if c, _ := os.ReadFile(filepath.Join(tmp, "c", "claims-graph.json")); !bytes.Equal(a, c) {
		t.Fatal("reconcile of the records in one file and in two differ")
	}
}

func TestTextCommandMarkers(t *testing.T) {
	chdirRoot(t)
	var out, errb bytes.Buffer
	if code := run([]string{"claimgraph", "text", "--markers", "seeds/002_b949b4b87d2bd05f.txt"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	s := out.String()
	for _, want := range []string{"### section: introduction", "[¶ kk", "[¶ ru", "[¶ en", "көші-қон"} {
		if !strings.Contains(s, want) {
			t.Errorf("text --markers output lacks %q", want)
		}
	}
	if strings.Contains(s, "ХАБАРШЫСЫ") {
		t.Error("running head left in the text")
	}
}

// TestLangRestriction: --lang keeps only nodes taken from text in those languages.
func TestLangRestriction(t *testing.T) {
	chdirRoot(t)
	out := filepath.Join(t.TempDir(), "o")
	var sink bytes.Buffer
	if code := run([]string{"claimgraph", "run", "-q", "--lang", "kk", "-o", out, "seeds/002_b949b4b87d2bd05f.txt"}, &sink, &sink); code != 0 {
		t.Fatalf("exit %d: %s", code, sink.String())
	}
	data, _ := os.ReadFile(filepath.Join(out, "claims-graph.json"))
	var g struct {
		Nodes []struct{ Type, Lang string } `json:"nodes"`
	}
	json.Unmarshal(data, &g)
	kk := 0
	for _, n := range g.Nodes {
		if n.Lang != "" && n.Lang != "kk" {
			t.Fatalf("a %s node in %s survived --lang kk", n.Type, n.Lang)
		}
		if n.Lang == "kk" {
			kk++
		}
	}
	if kk == 0 {
		t.Fatal("no Kazakh nodes left")
	}
}
