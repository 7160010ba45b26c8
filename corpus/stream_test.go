package corpus

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/corpus/bench"
	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
)

func streamGraph(t *testing.T, e *Engine, workers int, paths ...string) (*Result, []byte) {
	t.Helper()
	ins, errs := Collect(paths)
	res, err := e.RunStream(context.Background(), ins, errs, Options{Workers: workers, MaxBytes: 256 << 20}, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { res.Close() })
	var buf bytes.Buffer
	if err := res.EncodeTo(&buf); err != nil {
		t.Fatal(err)
	}
	return res, buf.Bytes()
}

// TestStreamMatchesInMemory: the streamed graph (spilled, merged) has the
// bytes of the in-memory encoder, whatever the number of workers; so do
// the other outputs and the summary's counts.
func TestStreamMatchesInMemory(t *testing.T) {
	e := newEngine(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	seed, _ := os.ReadFile(seedPaths(t)[0])
	os.WriteFile(filepath.Join(dir, "copy.txt"), seed, 0o644) // same content as a seed
	// Enough small papers that the reducers read them back in parallel
	// ranges (loadNodes).
	many := t.TempDir()
	for i := range 150 {
		text := fmt.Sprintf("A paper %d\n\nIn %d, about %d,000 labour migrants from Kyrgyzstan worked in Russia (Ivanova, %d). "+
			"The Law No. %d-IV of %d on migration applies.\n\nReferences\n\nIvanova, A. (%d). Migration in Central Asia, part %d. Journal of Migration, %d(2), 1-20.\n",
			i, 2000+i%20, 100+i, 2001+i%20, 400+i%7, 2005+i%3, 2001+i%20, i, 1+i%9)
		os.WriteFile(filepath.Join(many, fmt.Sprintf("p%03d.txt", i)), []byte(text), 0o644)
	}
	for _, c := range []struct {
		name    string
		workers int
		paths   []string
	}{
		{"seeds 1 worker", 1, []string{"seeds"}},
		{"seeds 2 workers", 2, []string{"seeds"}},
		{"seeds 8 workers", 8, []string{"seeds"}},
		{"errors and duplicates", 2, []string{dir, "seeds"}},
		{"nothing", 2, []string{filepath.Join(dir, "empty.txt")}},
		{"many small papers", 2, []string{many}},
	} {
		t.Run(c.name, func(t *testing.T) {
			want := runGraph(t, e, c.workers, c.paths...)
			res, got := streamGraph(t, e, c.workers, c.paths...)
			wantBytes := encode(t, want)
			if !bytes.Equal(got, wantBytes) {
				t.Fatalf("streamed graph differs from Encode (%s)", firstDiff(got, wantBytes))
			}
			wantFiles, err := ExportFiles(want)
			if err != nil {
				t.Fatal(err)
			}
			// The exports as the run writes them: the in-memory files, no
			// other.
			out := t.TempDir()
			if err := res.WriteExports(out); err != nil {
				t.Fatal(err)
			}
			written, err := os.ReadDir(out)
			if err != nil {
				t.Fatal(err)
			}
			if len(written) != len(wantFiles) {
				t.Errorf("WriteExports wrote %d files, the in-memory exports are %d", len(written), len(wantFiles))
			}
			for _, f := range wantFiles {
				if b, err := os.ReadFile(filepath.Join(out, f.Name)); err != nil || !bytes.Equal(b, f.Data) {
					t.Errorf("WriteExports: %s differs from the in-memory export (%v)", f.Name, err)
				}
			}
			ws, gs := want.Summary(), res.Summary()
			if !reflect.DeepEqual(ws.NodeTypes, gs.NodeTypes) || !reflect.DeepEqual(ws.Findings, gs.Findings) || ws.NumFindings != gs.NumFindings || ws.NumEdges != gs.NumEdges || len(ws.Documents) != len(gs.Documents) || len(ws.Errors) != len(gs.Errors) {
				t.Errorf("summary: streamed %+v %+v, in memory %+v %+v", gs.NodeTypes, gs.Findings, ws.NodeTypes, ws.Findings)
			}
		})
	}
}

// TestStreamOrderIndependent: records added in any order (as workers
// finish them), from records files, unsorted, give the same bytes.
func TestStreamOrderIndependent(t *testing.T) {
	e := newEngine(t)
	ins, _ := Collect([]string{"seeds"})
	recs := ExtractAll(context.Background(), e.Pipeline, ins, Options{Workers: 2})
	var file bytes.Buffer
	if err := WriteRecords(&file, recs); err != nil {
		t.Fatal(err)
	}
	want := encode(t, mustReduce(t, e, recs))
	for _, c := range []struct {
		name    string
		order   func(n int) []int
		mess    bool
		flushAt int
		// readChunk: documents a reducer that reads in chunks is given at a time
		readChunk int
		// batchLimit: bytes of documents' parts written as one batch of runs
		batchLimit int
		// cached: the run file without direct I/O
		cached bool
		// piece: what the merge reads at a time (0: the default)
		piece int
	}{
		{"forward", func(n int) []int { return seq(n, false) }, false, 0, 0, 0, false, 0},
		{"backward", func(n int) []int { return seq(n, true) }, false, 0, 0, 0, false, 0},
		{"backward, unsorted records", func(n int) []int { return seq(n, true) }, true, 0, 0, 0, false, 0},
		{"reducer output spilled in chunks of 7", func(n int) []int { return seq(n, false) }, false, 7, 0, 0, false, 0},
		{"reducer output spilled one by one", func(n int) []int { return seq(n, true) }, false, 1, 0, 0, false, 0},
		{"references read one document at a time", func(n int) []int { return seq(n, true) }, false, 0, 1, 0, false, 0},
		{"references read two documents at a time", func(n int) []int { return seq(n, false) }, false, 0, 2, 0, false, 0},
		{"a batch per document", func(n int) []int { return seq(n, true) }, false, 0, 0, 1, false, 0},
		{"batches of 30 KB", func(n int) []int { return seq(n, false) }, false, 0, 0, 30 << 10, false, 0},
		{"a batch per document, through the cache", func(n int) []int { return seq(n, false) }, false, 3, 0, 1, true, 0},
		{"through the cache", func(n int) []int { return seq(n, true) }, false, 0, 0, 0, true, 0},
		{"read 4 KB at a time", func(n int) []int { return seq(n, true) }, false, 5, 0, 20 << 10, false, 4096},
		{"read 4 KB at a time, through the cache", func(n int) []int { return seq(n, false) }, false, 0, 0, 1, true, 4096},
	} {
		t.Run(c.name, func(t *testing.T) {
			rs, err := ReadRecords(bytes.NewReader(file.Bytes()), "records")
			if err != nil {
				t.Fatal(err)
			}
			st, err := NewStream(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			st.flushAt, st.readChunk, st.batchLimit, st.mergePiece = c.flushAt, c.readChunk, c.batchLimit, c.piece
			if c.cached {
				st.runs = newRunFile(st.runs.f, nil)
			}
			for _, i := range c.order(len(rs)) {
				if c.mess {
					reverseRecord(rs[i])
				}
				st.Add(i, rs[i])
			}
			res := reduceMatching(t, e, st, want)
			// The file, its arrays merged side by side at their offsets.
			path := filepath.Join(t.TempDir(), "claims-graph.json")
			if err := res.WriteGraph(path); err != nil {
				t.Fatal(err)
			}
			file, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(file, want) {
				t.Fatalf("WriteGraph differs from the in-memory graph (%s)", firstDiff(file, want))
			}
		})
	}
}

func mustReduce(t *testing.T, e *Engine, recs []*extract.Record) *Graph {
	t.Helper()
	// Reduce changes the records' act mentions: work on a copy.
	var buf bytes.Buffer
	if err := WriteRecords(&buf, recs); err != nil {
		t.Fatal(err)
	}
	cp, err := ReadRecords(&buf, "copy")
	if err != nil {
		t.Fatal(err)
	}
	g, err := e.Reduce(cp, nil)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func seq(n int, backward bool) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
		if backward {
			out[i] = n - 1 - i
		}
	}
	return out
}

func reverseRecord(r *extract.Record) {
	for i, j := 0, len(r.Nodes)-1; i < j; i, j = i+1, j-1 {
		r.Nodes[i], r.Nodes[j] = r.Nodes[j], r.Nodes[i]
	}
	for i, j := 0, len(r.Edges)-1; i < j; i, j = i+1, j-1 {
		r.Edges[i], r.Edges[j] = r.Edges[j], r.Edges[i]
	}
	for i, j := 0, len(r.Findings)-1; i < j; i, j = i+1, j-1 {
		r.Findings[i], r.Findings[j] = r.Findings[j], r.Findings[i]
	}
}

// TestStreamTies: elements with equal keys keep the order of a stable sort
// of the documents' elements (in input order) followed by the reducers'
// (in the order they were added), however the reducers' output is spilled.
func TestStreamTies(t *testing.T) {
	mk := func(id string, n int) *extract.Record {
		attrs := func(k int) json.RawMessage { return json.RawMessage(`{"n":` + strconv.Itoa(k) + `}`) }
		sp := &doc.Span{Start: 1, End: 2}
		return &extract.Record{Schema: extract.RecordSchema, Pipeline: extract.PipelineVersion,
			Document: extract.DocumentInfo{ID: id, Path: id + ".txt", SHA256: id + "0000000000000"},
			Nodes: []doc.Node{
				{ID: "claim:" + id + ":1", Type: "claim", Doc: id, Span: sp, Text: "a", Attrs: attrs(n)},
				{ID: "claim:" + id + ":1", Type: "claim", Doc: id, Span: sp, Text: "b", Attrs: attrs(n + 1)},
				{ID: "act:" + id + ":1", Type: "act_mention", Doc: id, Span: sp, Text: "c", Attrs: attrs(n + 2)},
			},
			Edges: []doc.Edge{
				{From: "claim:d:1", To: "x", Type: "about", Attrs: attrs(n)},
				{From: "claim:d:1", To: "x", Type: "about", Attrs: attrs(n + 1)},
			},
			Findings: []doc.Finding{
				{ID: "finding:x", Type: "t", Severity: "info", Attrs: attrs(n)},
				{ID: "finding:x", Type: "t", Severity: "info", Attrs: attrs(n + 1)},
			},
		}
	}
	reducer := func(name string, reads ...string) Reducer {
		return Reducer{Name: name, Reads: reads, Run: func(recs []*extract.Record, g *Graph) error {
			for k := 0; k < 5; k++ {
				g.AddEdge(doc.Edge{From: "claim:d:1", To: "x", Type: "about", Attrs: json.RawMessage(`{"r":"` + name + strconv.Itoa(k) + `"}`)})
				g.AddFinding(doc.Finding{ID: "finding:x", Type: "t", Severity: "info", Attrs: json.RawMessage(`{"r":"` + name + strconv.Itoa(k) + `"}`)})
			}
			g.AddNode(doc.Node{ID: "work:" + name, Type: "work"})
			return nil
		}}
	}
	reducers := []Reducer{reducer("a", projClaim, projActMention), reducer("b", projClaim)}
	// The last is a second d1 (another rendering of the same input): the
	// graph keeps the first.
	records := func() []*extract.Record {
		return []*extract.Record{mk("d2", 10), mk("d1", 20), mk("d3", 30), mk("d1", 40)}
	}
	g, err := Reduce(records(), nil, "test", reducers...)
	if err != nil {
		t.Fatal(err)
	}
	want := encode(t, g)
	for _, flushAt := range []int{0, 1, 2, 3} {
		// Batches of one document make a run each: ties between them too
		// go to the earlier document, whatever the order they came in.
		for _, batchLimit := range []int{0, 1} {
			st, err := NewStream(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			st.flushAt, st.batchLimit = flushAt, batchLimit
			rs := records()
			for _, i := range seq(len(rs), true) {
				st.Add(i, rs[i])
			}
			res, err := st.Reduce(nil, "test", reducers...)
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := res.EncodeTo(&got); err != nil {
				t.Fatal(err)
			}
			st.Close()
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("flush at %d, batches of %d: %s\n%s\nwant\n%s", flushAt, batchLimit, firstDiff(got.Bytes(), want), got.Bytes(), want)
			}
		}
	}
}

// TestScanGraph: reading a graph element by element gives what ReadGraph
// reads whole; malformed files are errors.
func TestScanGraph(t *testing.T) {
	g := runGraph(t, newEngine(t), 2, "seeds")
	data := encode(t, g)
	var got Graph
	err := ScanGraph(bytes.NewReader(data), GraphVisitor{
		Header:   func(s string, gen Generator) { got.Schema, got.Generator = s, gen },
		Document: func(d *extract.DocumentInfo) error { got.Documents = append(got.Documents, *d); return nil },
		Node:     func(n *doc.Node) error { got.Nodes = append(got.Nodes, *n); return nil },
		Edge:     func(e *doc.Edge) error { got.Edges = append(got.Edges, *e); return nil },
		Finding:  func(f *doc.Finding) error { got.Findings = append(got.Findings, *f); return nil },
		Error:    func(e *extract.RecordError) error { got.Errors = append(got.Errors, *e); return nil },
	})
	if err != nil {
		t.Fatal(err)
	}
	if again := encode(t, &got); !bytes.Equal(again, data) {
		t.Fatalf("scanned graph differs (%s)", firstDiff(again, data))
	}
	for _, bad := range []string{``, `[]`, `{"nodes":{}}`, `{"nodes":[{"id":1}]}`, `{"nodes":[`} {
		if err := ScanGraph(strings.NewReader(bad), GraphVisitor{Node: func(*doc.Node) error { return nil }}); err == nil {
			t.Errorf("ScanGraph(%q): no error", bad)
		}
	}
}

// TestStreamLeavesNoFiles: the spill is unlinked as soon as it is made (a
// killed run leaves nothing behind) and closing it is clean.
func TestStreamLeavesNoFiles(t *testing.T) {
	dir := t.TempDir()
	st, err := NewStream(dir)
	if err != nil {
		t.Fatal(err)
	}
	st.Add(0, &extract.Record{Schema: extract.RecordSchema, Document: extract.DocumentInfo{ID: "d1", Path: "a.txt", SHA256: "0123456789abcdef"}})
	if _, err := st.Reduce(nil, "test"); err != nil {
		t.Fatal(err)
	}
	for _, when := range []string{"open", "closed"} {
		if es, _ := os.ReadDir(dir); len(es) != 0 {
			t.Errorf("%s: %d files left in the spill folder", when, len(es))
		}
		if err := st.Close(); err != nil {
			t.Errorf("%s: Close: %v", when, err)
		}
	}
}

// TestStreamBadRecord: a document whose results cannot be encoded becomes
// an error of the run; the others are written.
func TestStreamBadRecord(t *testing.T) {
	st, err := NewStream(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	good := &extract.Record{Schema: extract.RecordSchema, Document: extract.DocumentInfo{ID: "d1", Path: "good.txt", SHA256: "0123456789abcdef"},
		Nodes: []doc.Node{{ID: "cit:d1:1", Type: "citation", Doc: "d1"}}}
	bad := &extract.Record{Schema: extract.RecordSchema, Document: extract.DocumentInfo{ID: "d2", Path: "bad.txt", SHA256: "1123456789abcdef"},
		Nodes: []doc.Node{{ID: "cit:d2:1", Type: "citation", Doc: "d2", Attrs: json.RawMessage(`[1]`)}}}
	st.Add(0, good)
	st.Add(1, bad)
	res, err := st.Reduce(nil, "test")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := res.EncodeTo(&out); err != nil {
		t.Fatal(err)
	}
	var g Graph
	if err := json.Unmarshal(out.Bytes(), &g); err != nil {
		t.Fatal(err)
	}
	if len(g.Documents) != 1 || len(g.Nodes) != 1 || g.Nodes[0].ID != "cit:d1:1" || len(g.Errors) != 1 || g.Errors[0].Path != "bad.txt" || g.Errors[0].Stage != "write" {
		t.Fatalf("got documents %v nodes %v errors %v", g.Documents, g.Nodes, g.Errors)
	}
}

// compareEdgesSplit is compareEdgeKeys as it was: the key split into from,
// to and type, compared one after the other (the oracle of
// TestCompareEdgeKeysAsSplit).
func compareEdgesSplit(a, b []byte) int {
	split := func(k []byte) (from, to, typ []byte) {
		n := binary.LittleEndian.Uint32(k)
		from, k = k[4:4+n], k[4+n:]
		n = binary.LittleEndian.Uint32(k)
		return from, k[4 : 4+n], k[4+n:]
	}
	af, at, aty := split(a)
	bf, bt, bty := split(b)
	if c := bytes.Compare(af, bf); c != 0 {
		return c
	}
	if c := bytes.Compare(at, bt); c != 0 {
		return c
	}
	return bytes.Compare(aty, bty)
}

// compareEdgeKeys orders as the field-by-field comparison on random edges
// whose ids are prefixes of each other, share lengths, or are empty.
func TestCompareEdgeKeysAsSplit(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	ids := []string{"", "a", "ab", "abc", "b", "ba", "claim:d1:1-2", "claim:d1:1-3", "claim:d1:1-20", "claim:d2:1-2", "\x00", "a\x00", "\xff", "ж"}
	types := []string{"", "about", "abo", "related", "relates", "x"}
	edge := func() doc.Edge {
		return doc.Edge{From: ids[r.IntN(len(ids))], To: ids[r.IntN(len(ids))], Type: types[r.IntN(len(types))]}
	}
	for range 200000 {
		x, y := edge(), edge()
		a, b := edgeKey(nil, &x), edgeKey(nil, &y)
		if got, want := compareEdgeKeys(a, b), compareEdgesSplit(a, b); got != want {
			t.Fatalf("compareEdgeKeys(%+v, %+v) = %d; want %d", x, y, got, want)
		}
	}
}

// readLights gives back the nodes appendLight wrote, on random nodes whose
// types, documents, languages and sentences repeat from node to node or
// not, some of them empty.
func TestReadLightsRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	pick := func(ss ...string) string { return ss[r.IntN(len(ss))] }
	var lr lightReader // one for all the calls, as loadNodes
	for range 300 {
		var want []doc.Node
		var b []byte
		for range r.IntN(20) {
			n := doc.Node{ID: pick("c1", "c2", ""), Type: pick("claim", "reference", ""), Doc: pick("d1", "d2", ""),
				Text: pick("", "x"), Sentence: pick("", "s1", "s2"), Lang: pick("en", "ru", ""),
				Page: r.IntN(3), Line: r.IntN(3) - 1, Column: r.IntN(3)}
			if r.IntN(2) == 0 {
				n.Span = &doc.Span{Start: r.IntN(5), End: r.IntN(5)}
			}
			switch r.IntN(4) {
			case 0:
				n.Attrs = json.RawMessage(pick(`{}`, `{"a":1}`))
			case 1: // attrs that fill the reader's blocks, or come alone
				n.Attrs = json.RawMessage(`{"a":"` + strings.Repeat("y", r.IntN(attrsBlock/2)) + `"}`)
			}
			want = append(want, n)
			b = appendLight(b, &n)
		}
		got, err := readLights(b, nil, &lr)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) || len(want) > 0 && !reflect.DeepEqual(got, want) {
			t.Fatalf("readLights(appendLight(%+v)) = %+v", want, got)
		}
		// A node's attrs are its own: appending to them changes no other.
		for k := range got {
			if got[k].Attrs != nil {
				got[k].Attrs = append(got[k].Attrs, '!')
			}
		}
		for k := range got {
			if got[k].Attrs != nil && !bytes.Equal(got[k].Attrs[:len(got[k].Attrs)-1], want[k].Attrs) {
				t.Fatalf("node %d's attrs were written over: %.40q", k, got[k].Attrs)
			}
		}
	}
}

// TestStreamReferenceSpans: the legal reducer reads only the references
// holding an act mention of their record (projReferenceSpan), and all of
// them (projReference) when a record's act mentions or references name
// another document; either way the streamed graph has the in-memory bytes,
// identifies edges included. The foreign cases are made so that a linked
// reference is one the filter leaves out.
func TestStreamReferenceSpans(t *testing.T) {
	e := newEngine(t)
	gen, err := bench.New(5, bench.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var file bytes.Buffer
	for _, p := range gen.Papers(30) {
		if err := WriteRecords(&file, []*extract.Record{e.Pipeline.Extract(context.Background(), p.Name, []byte(p.Text))}); err != nil {
			t.Fatal(err)
		}
	}
	records := func() []*extract.Record {
		rs, err := ReadRecords(bytes.NewReader(file.Bytes()), "records")
		if err != nil {
			t.Fatal(err)
		}
		return rs
	}
	// within reports whether a reference of r holds sp.
	within := func(r *extract.Record, sp doc.Span) bool {
		for _, n := range r.Nodes {
			if n.Type == "reference" && n.Span != nil && n.Span.Contains(sp) {
				return true
			}
		}
		return false
	}
	nodesOf := func(r *extract.Record, typ string, keep func(n *doc.Node) bool) []*doc.Node {
		var out []*doc.Node
		for k := range r.Nodes {
			if n := &r.Nodes[k]; n.Type == typ && n.Span != nil && keep(n) {
				out = append(out, n)
			}
		}
		return out
	}
	// identifies reports an edge from the reference from (any, if "")
	// to an act.
	identifies := func(g []byte, from string) bool {
		prefix := `{"from":"` + from
		if from != "" {
			prefix += `"`
		}
		for line := range bytes.Lines(g) {
			if bytes.HasPrefix(line, []byte(prefix)) && bytes.Contains(line, []byte(`","to":"legal_act:`)) &&
				bytes.Contains(line, []byte(`"type":"identifies"`)) {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		name string
		// change makes the records' case and returns the reference that
		// must identify an act ("" for any).
		change  func(t *testing.T, rs []*extract.Record) string
		foreign bool
	}{
		{"as extracted", func(t *testing.T, rs []*extract.Record) string { return "" }, false},
		{"a mention naming another document, inside one of its references that holds no act", func(t *testing.T, rs []*extract.Record) string {
			for a, ra := range rs {
				for _, ref := range nodesOf(ra, "reference", func(n *doc.Node) bool { return !holdsAct(n, mentionSpans(ra)) }) {
					for b, rb := range rs {
						if b == a {
							continue
						}
						for _, m := range nodesOf(rb, "act_mention", func(*doc.Node) bool { return true }) {
							m.Doc, m.Span = ra.Document.ID, &doc.Span{Start: ref.Span.Start, End: ref.Span.Start + 1}
							return ref.ID
						}
					}
				}
			}
			t.Fatal("no such records")
			return ""
		}, true},
		{"a reference naming another document, around one of its mentions", func(t *testing.T, rs []*extract.Record) string {
			for a, ra := range rs {
				for _, m := range nodesOf(ra, "act_mention", func(n *doc.Node) bool { return !within(ra, *n.Span) }) {
					for b, rb := range rs {
						if b == a {
							continue
						}
						for _, ref := range nodesOf(rb, "reference", func(n *doc.Node) bool { return true }) {
							ref.Doc, ref.Span = ra.Document.ID, &doc.Span{Start: m.Span.Start, End: m.Span.End}
							return ref.ID
						}
					}
				}
			}
			t.Fatal("no such records")
			return ""
		}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			rs := records()
			from := c.change(t, rs)
			want := encode(t, mustReduce(t, e, rs))
			if from != "" && !identifies(want, from) {
				t.Fatalf("the case does not link %s to an act", from)
			}
			if from == "" && !identifies(want, "") {
				t.Fatal("no reference identifies an act")
			}
			st, err := NewStream(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			refs, spans := 0, 0
			for i, r := range rs {
				for _, n := range r.Nodes {
					if n.Type == "reference" {
						refs++
					}
				}
				st.Add(i, r)
				spans += int(st.parts[i].projNodes[projIndex(projReferenceSpan)])
			}
			if spans == 0 || spans*2 > refs {
				t.Errorf("%d of %d references kept for the legal reducer", spans, refs)
			}
			foreign := false
			for _, p := range st.parts {
				foreign = foreign || p.foreign
			}
			if foreign != c.foreign {
				t.Errorf("foreign = %v", foreign)
			}
			reduceMatching(t, e, st, want)
		})
	}
}

// mentionSpans are the spans of r's act mentions.
func mentionSpans(r *extract.Record) []doc.Span {
	spans, _ := actSpans(r.Nodes, r.Document.ID, nil)
	return spans
}

// reduceMatching reduces the stream and checks that its graph encodes as
// want (the in-memory graph).
func reduceMatching(t *testing.T, e *Engine, st *Stream, want []byte) *Result {
	t.Helper()
	res, err := e.ReduceStream(st, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := res.EncodeTo(&got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Fatalf("differs from the in-memory graph (%s)", firstDiff(got.Bytes(), want))
	}
	return res
}

// readLights refuses light nodes cut anywhere but between two nodes (a
// spill read short), without reading past what it was given.
func TestReadLightsCut(t *testing.T) {
	span := &doc.Span{Start: 3, End: 300}
	nodes := []doc.Node{
		{ID: "claim:d1:3-300", Type: "claim", Doc: "d1", Text: "12%", Sentence: "About 12% left.", Lang: "en", Span: span, Page: 2, Attrs: json.RawMessage(`{"unit":"percent"}`)},
		{ID: "ref:d1:1", Type: "reference", Doc: "d1"},
		{ID: "", Type: "", Text: strings.Repeat("é", 100), Line: -1},
	}
	var b []byte
	ends := map[int]int{0: 0}
	for k := range nodes {
		b = appendLight(b, &nodes[k])
		ends[len(b)] = k + 1
	}
	for cut := range len(b) + 1 {
		got, err := readLights(b[:cut:cut], nil, nil)
		whole, atEnd := ends[cut]
		switch {
		case atEnd && (err != nil || len(got) != whole || whole > 0 && !reflect.DeepEqual(got, nodes[:whole])):
			t.Fatalf("cut at %d (after %d nodes): %+v, %v", cut, whole, got, err)
		case !atEnd && err != errLight:
			t.Fatalf("cut at %d: %+v, %v; want errLight", cut, got, err)
		}
	}
}
