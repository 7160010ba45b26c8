package corpus

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/claimgraph/claimgraph/corpus/schema"
	"github.com/claimgraph/claimgraph/extract"
)

var update = flag.Bool("update", false, "rewrite outputs/ (the committed result of `make run`)")

// The tests run from the repository root so that paths in the graph are
// the same as `make run` writes ("seeds/...").
func TestMain(m *testing.M) {
	flag.Parse()
	if err := os.Chdir(".."); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}

func newEngine(t testing.TB) *Engine {
	t.Helper()
	e, err := NewEngine(Config{Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func runGraph(t testing.TB, e *Engine, workers int, paths ...string) *Graph {
	t.Helper()
	ins, errs := Collect(paths)
	g, err := e.Run(context.Background(), ins, errs, Options{Workers: workers, MaxBytes: 256 << 20})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func encode(t testing.TB, g *Graph) []byte {
	t.Helper()
	b, err := g.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestOutputsUpToDate fails when outputs/claims-graph.json is not what the
// current code produces on seeds/, so that every change of behaviour shows
// in review as a diff of the output. Fix with `make run`.
func TestOutputsUpToDate(t *testing.T) {
	e := newEngine(t)
	g := runGraph(t, e, runtime.NumCPU(), "seeds")
	g.Generator.Version = "" // the committed file carries the build's version
	got := encode(t, g)
	path := filepath.Join("outputs", "claims-graph.json")
	if *update {
		if err := WriteFileAtomic(path, got); err != nil {
			t.Fatal(err)
		}
	}
	committed, err := ReadGraph(path)
	if err != nil {
		t.Fatalf("reading the committed graph: %v (run `make run`)", err)
	}
	committed.Generator.Version = ""
	want := encode(t, committed)
	if !bytes.Equal(got, want) {
		t.Fatalf("outputs/claims-graph.json is stale: run `make run` and commit the result (%s)", firstDiff(got, want))
	}
}

func firstDiff(a, b []byte) string {
	la, lb := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	for i := 0; i < len(la) && i < len(lb); i++ {
		if !bytes.Equal(la[i], lb[i]) {
			return "first difference at line " + itoa(i+1) + ": now " + strings.TrimSpace(string(la[i])) + " / committed " + strings.TrimSpace(string(lb[i]))
		}
	}
	return "lengths differ"
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func compileSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema.ClaimsGraph))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("claims-graph.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("claims-graph.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validate(t *testing.T, s *jsonschema.Schema, data []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(inst); err != nil {
		t.Fatalf("graph does not validate against the schema: %v", err)
	}
}

func TestGraphValidatesAgainstSchema(t *testing.T) {
	s := compileSchema(t)
	g := runGraph(t, newEngine(t), 2, "seeds")
	validate(t, s, encode(t, g))
	// A graph with errors validates too.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	validate(t, s, encode(t, runGraph(t, newEngine(t), 1, dir)))
}

// TestDeterministicAcrossWorkers: the same input gives byte-identical output
// whatever the number of workers.
func TestDeterministicAcrossWorkers(t *testing.T) {
	e := newEngine(t)
	var first []byte
	for _, w := range []int{1, 2, 8} {
		got := encode(t, runGraph(t, e, w, "seeds"))
		if first == nil {
			first = got
			continue
		}
		if !bytes.Equal(first, got) {
			t.Fatalf("output with %d workers differs from 1 worker (%s)", w, firstDiff(got, first))
		}
	}
}

// TestSpansAreExactText: every text node's text is the normalized text at
// its span, its sentence contains it, and every span maps to a line.
func TestSpansAreExactText(t *testing.T) {
	e := newEngine(t)
	ctx := context.Background()
	for _, path := range seedPaths(t) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		d, err := e.Pipeline.Build(ctx, path, data)
		if err != nil {
			t.Fatal(err)
		}
		rec := e.Pipeline.Extract(ctx, path, data)
		for _, n := range rec.Nodes {
			if n.Span == nil {
				continue
			}
			if got := d.Slice(*n.Span); got != n.Text {
				t.Errorf("%s %s: text %q, span holds %q", path, n.ID, n.Text, got)
			}
			if !strings.Contains(n.Sentence, n.Text) && !strings.Contains(n.Text, n.Sentence) {
				t.Errorf("%s %s: sentence %q does not contain %q", path, n.ID, n.Sentence, n.Text)
			}
			if n.Line < 1 {
				t.Errorf("%s %s: no line", path, n.ID)
			}
		}
		if rec.Document.Bytes != len(d.Text) {
			t.Errorf("%s: record text_bytes %d, text %d", path, rec.Document.Bytes, len(d.Text))
		}
	}
}

func seedPaths(t testing.TB) []string {
	ps, err := filepath.Glob("seeds/*.txt")
	if err != nil || len(ps) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	return ps
}

var _ = extract.RecordSchema
