package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// badCorpus writes a folder of good and broken inputs.
func badCorpus(t *testing.T, dir string) {
	t.Helper()
	os.MkdirAll(dir, 0o755)
	for name, data := range map[string]string{
		"good.txt":         "Kyrgyzstan's internal migrants are almost 20% of the population, according to the IOM.\n",
		"другой файл.md":   "# Миграция\n\nДенежные переводы составили 18,8% ВВП в 2023 году.\n",
		"empty.txt":        "",
		"random.pdf":       "\x00\x01 not a pdf at all",
		"truncated.pdf":    "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>",
		"invalid-utf8.txt": "Migration \xff\xfe\xfa statistics",
		"manifest.json":    "{}",
		"notes.docx":       "PK\x03\x04",
		"scanned-like.pdf": "%PDF-1.4\n%%EOF\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.Symlink("gone.txt", filepath.Join(dir, "dangling.txt"))
}

type graphErrors struct {
	Documents []json.RawMessage `json:"documents"`
	Errors    []struct {
		Path, Stage, Message string
	} `json:"errors"`
}

// listFiles lists every file under root except those under skip.
func listFiles(t *testing.T, root, skip string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if p == skip {
			return fs.SkipDir
		}
		if !d.IsDir() {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// TestRunMalformedCorpus: on a folder of broken inputs, run exits 1, prints
// one "error:" line per errors[] entry of the graph it writes, writes only
// inside --out (no temporary file left), and the graph is byte-identical
// whatever the number of workers.
func TestRunMalformedCorpus(t *testing.T) {
	tmp := t.TempDir()
	in := filepath.Join(tmp, "in")
	badCorpus(t, in)
	before := listFiles(t, tmp, "")
	var first []byte
	for _, j := range []string{"1", "2", "8"} {
		out := filepath.Join(tmp, "out-"+j)
		var stdout, stderr bytes.Buffer
		code := run([]string{"claimgraph", "run", "-q", "-j", j, "--out", out, in}, &stdout, &stderr)
		if code != 1 {
			t.Fatalf("-j %s: exit %d, want 1 (stderr: %s)", j, code, stderr.String())
		}
		data, err := os.ReadFile(filepath.Join(out, "claims-graph.json"))
		if err != nil {
			t.Fatal(err)
		}
		var g graphErrors
		if err := json.Unmarshal(data, &g); err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, l := range strings.Split(stderr.String(), "\n") {
			if strings.HasPrefix(l, "error: ") {
				lines = append(lines, l)
			}
		}
		if len(lines) != len(g.Errors) || len(g.Errors) != 7 {
			t.Fatalf("-j %s: %d error lines, %d errors[] entries, want 7 of each:\n%s", j, len(lines), len(g.Errors), stderr.String())
		}
		for i, e := range g.Errors {
			if want := "error: " + e.Path + ": " + e.Stage + ": "; !strings.HasPrefix(lines[i], want) {
				t.Errorf("line %q does not report %q", lines[i], want)
			}
		}
		if len(g.Documents) != 2 {
			t.Errorf("-j %s: %d documents, want 2", j, len(g.Documents))
		}
		if first == nil {
			first = data
		} else if !bytes.Equal(first, data) {
			t.Errorf("-j %s: the graph differs from -j 1", j)
		}
		for _, f := range listFiles(t, out, "") {
			if strings.Contains(filepath.Base(f), ".tmp-") {
				t.Errorf("temporary file left: %s", f)
			}
		}
	}
	// Nothing was written outside the --out folders.
	var after []string
	for _, f := range listFiles(t, tmp, "") {
		if !strings.HasPrefix(f, filepath.Join(tmp, "out-")) {
			after = append(after, f)
		}
	}
	if strings.Join(before, "\n") != strings.Join(after, "\n") {
		t.Errorf("files outside --out changed:\nbefore %v\nafter  %v", before, after)
	}
}

// TestDocTimeoutFlag: --doc-timeout bounds every document and must not be
// negative.
func TestDocTimeoutFlag(t *testing.T) {
	tmp := t.TempDir()
	in := filepath.Join(tmp, "in")
	os.MkdirAll(in, 0o755)
	os.WriteFile(filepath.Join(in, "a.txt"), []byte("Remittances were 18.8% of GDP in 2023.\n"), 0o644)
	var sink bytes.Buffer
	if code := run([]string{"claimgraph", "run", "-q", "--doc-timeout", "-1s", "--out", filepath.Join(tmp, "o"), in}, &sink, &sink); code != 2 {
		t.Fatalf("negative --doc-timeout: exit %d, want 2 (%s)", code, sink.String())
	}
	sink.Reset()
	if code := run([]string{"claimgraph", "run", "-q", "--doc-timeout", "1ns", "--out", filepath.Join(tmp, "o"), in}, &sink, &sink); code != 1 {
		t.Fatalf("--doc-timeout 1ns: exit %d, want 1 (%s)", code, sink.String())
	}
	if !strings.Contains(sink.String(), "stopped after 1ns (--doc-timeout)") {
		t.Fatalf("stderr %q does not say the document was stopped", sink.String())
	}
}
