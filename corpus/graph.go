package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
)

// GraphSchema is the contract version of claims-graph.json.
const GraphSchema = "claimgraph/v1"

// Generator names the program that wrote a graph.
type Generator struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Graph is the claims graph of a corpus.
type Graph struct {
	Schema    string                 `json:"schema"`
	Generator Generator              `json:"generator"`
	Documents []extract.DocumentInfo `json:"documents"`
	Nodes     []doc.Node             `json:"nodes"`
	Edges     []doc.Edge             `json:"edges"`
	Findings  []doc.Finding          `json:"findings"`
	Errors    []extract.RecordError  `json:"errors"`
}

// Reducer is one cross-document step: it reads the records (never the
// texts) and adds nodes, edges and findings to the graph.
type Reducer struct {
	Name string
	Run  func(recs []*extract.Record, g *Graph) error
}

// Reduce merges per-document records into a graph and runs the
// cross-document reducers. The result is sorted, so it is byte-identical
// whatever the order the records were produced in.
func Reduce(recs []*extract.Record, extraErrs []extract.RecordError, version string, reducers ...Reducer) (*Graph, error) {
	g := &Graph{Schema: GraphSchema, Generator: Generator{Name: "claimgraph", Version: version}}
	g.Errors = append(g.Errors, extraErrs...)
	seenDoc := map[string]bool{}
	for _, r := range recs {
		if r == nil {
			continue
		}
		if r.Error != nil {
			g.Errors = append(g.Errors, *r.Error)
			if !r.Error.Partial {
				continue
			}
		}
		if r.Document.ID == "" || seenDoc[r.Document.ID] {
			// The same bytes under two paths are one document; the
			// second path is reported so that nothing is silently lost.
			if r.Document.ID != "" {
				g.Errors = append(g.Errors, extract.RecordError{Path: r.Document.Path, Stage: "read", Message: "same content as another input (sha256 " + r.Document.SHA256[:12] + "…); processed once"})
			}
			continue
		}
		seenDoc[r.Document.ID] = true
		g.Documents = append(g.Documents, r.Document)
		g.Nodes = append(g.Nodes, r.Nodes...)
		g.Edges = append(g.Edges, r.Edges...)
		g.Findings = append(g.Findings, r.Findings...)
	}
	for _, red := range reducers {
		if err := red.Run(recs, g); err != nil {
			return nil, fmt.Errorf("%s: %w", red.Name, err)
		}
	}
	g.sort()
	return g, nil
}

func (g *Graph) sort() {
	sort.SliceStable(g.Documents, func(i, j int) bool { return g.Documents[i].ID < g.Documents[j].ID })
	sort.SliceStable(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	sort.SliceStable(g.Edges, func(i, j int) bool {
		a, b := g.Edges[i], g.Edges[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.To != b.To {
			return a.To < b.To
		}
		return a.Type < b.Type
	})
	sort.SliceStable(g.Findings, func(i, j int) bool { return g.Findings[i].ID < g.Findings[j].ID })
	sort.SliceStable(g.Errors, func(i, j int) bool {
		if g.Errors[i].Path != g.Errors[j].Path {
			return g.Errors[i].Path < g.Errors[j].Path
		}
		return g.Errors[i].Message < g.Errors[j].Message
	})
	if g.Documents == nil {
		g.Documents = []extract.DocumentInfo{}
	}
	if g.Nodes == nil {
		g.Nodes = []doc.Node{}
	}
	if g.Edges == nil {
		g.Edges = []doc.Edge{}
	}
	if g.Findings == nil {
		g.Findings = []doc.Finding{}
	}
	if g.Errors == nil {
		g.Errors = []extract.RecordError{}
	}
}

// Encode writes the graph as indented JSON (stable for review diffs).
func (g *Graph) Encode() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(g); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// WriteFileAtomic writes data to path through a temporary file in the same
// folder and a rename, so a reader never sees a half-written file and an
// interrupted run leaves the previous file in place.
func WriteFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) // no-op after a successful rename
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// ReadGraph reads a graph written by Encode.
func ReadGraph(path string) (*Graph, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Graph
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &g, nil
}
