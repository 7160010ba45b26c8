package extract

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/claimgraph/claimgraph/corpus/bench"
	"github.com/claimgraph/claimgraph/extract/cite"
	"github.com/claimgraph/claimgraph/extract/claims"
	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/entity"
	"github.com/claimgraph/claimgraph/extract/legal"
	"github.com/claimgraph/claimgraph/extract/refs"
	"github.com/claimgraph/claimgraph/nlp"
)

// recordInput is one document with every extractor's results: what record
// building starts from.
type recordInput struct {
	path string
	d    *doc.Document
	rs   []refs.Reference
	cr   cite.Result
	ms   []legal.Mention
	cs   []claims.Claim
}

type recordFixture struct {
	p      *Pipeline
	gz     *entity.Gazetteer
	inputs []recordInput
	recs   []*Record // what Pipeline.Extract returns
	bytes  int64
}

var (
	recFixOnce sync.Once
	recFix     *recordFixture
	recFixErr  error
)

// loadRecordFixture runs the extractors once over generated papers.
func loadRecordFixture(tb testing.TB) *recordFixture {
	tb.Helper()
	recFixOnce.Do(func() { recFix, recFixErr = newRecordFixture(40) })
	if recFixErr != nil {
		tb.Fatal(recFixErr)
	}
	return recFix
}

func newRecordFixture(n int) (*recordFixture, error) {
	res := nlp.MustLoad()
	p, err := NewDefault(res, Config{})
	if err != nil {
		return nil, err
	}
	rlx, err := refs.Load()
	if err != nil {
		return nil, err
	}
	clx, err := cite.Load()
	if err != nil {
		return nil, err
	}
	llx, err := legal.Load()
	if err != nil {
		return nil, err
	}
	xlx, err := claims.Load()
	if err != nil {
		return nil, err
	}
	g, err := bench.New(1, bench.Config{})
	if err != nil {
		return nil, err
	}
	f := &recordFixture{p: p, gz: xlx.Gazetteer}
	ctx := context.Background()
	for _, pp := range g.Papers(n) {
		d, err := p.Build(ctx, pp.Name, []byte(pp.Text))
		if err != nil {
			return nil, err
		}
		in := recordInput{path: pp.Name, d: d}
		in.rs = refs.Extract(d, rlx)
		in.cr = cite.Extract(d, in.rs, clx)
		in.ms = legal.Extract(d, llx)
		st := &State{Record: &Record{}, Values: map[string]any{}}
		if err := addCitations(d, st, in.rs, in.cr); err != nil {
			return nil, err
		}
		if err := addActMentions(d, st, in.ms); err != nil {
			return nil, err
		}
		in.cs = claims.Extract(d, xlx, claimsContext(f.gz, st))
		f.inputs = append(f.inputs, in)
		f.recs = append(f.recs, p.Extract(ctx, pp.Name, []byte(pp.Text)))
		f.bytes += int64(len(pp.Text))
	}
	return f, nil
}

// buildRecord is Pipeline.Extract after ingestion with the extractors'
// results given: record building alone.
func buildRecord(in *recordInput, gz *entity.Gazetteer) (*Record, error) {
	rec := &Record{Schema: RecordSchema, Pipeline: PipelineVersion}
	defer sortRecord(rec)
	rec.Document = Describe(in.d)
	st := &State{Record: rec, Values: map[string]any{}}
	if err := addCitations(in.d, st, in.rs, in.cr); err != nil {
		return rec, err
	}
	if err := addActMentions(in.d, st, in.ms); err != nil {
		return rec, err
	}
	_ = claimsContext(gz, st)
	return rec, addClaims(in.d, st, in.cs)
}

// The benchmark's record building makes the records Pipeline.Extract makes.
func TestBuildRecordIsExtract(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every extractor over generated papers")
	}
	f := loadRecordFixture(t)
	for i := range f.inputs {
		rec, err := buildRecord(&f.inputs[i], f.gz)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(rec, f.recs[i]) {
			t.Fatalf("%s: the record built differs from Pipeline.Extract's", f.inputs[i].path)
		}
	}
}

// BenchmarkRecord times record building over 40 generated papers (one op):
// Describe, the nodes, edges and findings of every stage with their
// attributes, and sorting.
func BenchmarkRecord(b *testing.B) {
	f := loadRecordFixture(b)
	b.SetBytes(f.bytes)
	b.ReportAllocs()
	for b.Loop() {
		for i := range f.inputs {
			if _, err := buildRecord(&f.inputs[i], f.gz); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// sortStable orders as sort.SliceStable, whose calls it replaced, on
// random slices with many equal keys (equal keys keep their order).
func TestSortStableIsSliceStable(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	type item struct {
		key string
		pos int
	}
	cmp := func(a, b *item) int { return strings.Compare(a.key, b.key) }
	for n := range 200 {
		for range 20 {
			s := make([]item, n)
			for i := range s {
				s[i] = item{strconv.Itoa(rng.IntN(n/3 + 1)), i}
			}
			if rng.IntN(4) == 0 {
				slices.SortStableFunc(s, func(a, b item) int { return cmp(&a, &b) }) // already sorted
			}
			want := slices.Clone(s)
			sort.SliceStable(want, func(i, j int) bool { return want[i].key < want[j].key })
			sortStable(s, cmp)
			if !slices.Equal(s, want) {
				t.Fatalf("n=%d: %v, want %v", n, s, want)
			}
		}
	}
}

// sortStable orders as sort.SliceStable on slices shaped like a record's
// nodes and edges: ascending runs of ids that share a long prefix, whose
// numbers gain digits (so the runs break by string order), with local
// disorder a few places back, equal ids and odd ids.
func TestSortStableRecordShapedIsSliceStable(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	type item struct {
		key string
		pos int
	}
	cmp := func(a, b *item) int { return strings.Compare(a.key, b.key) }
	kinds := []string{"cit", "ref", "attr", "act", "claim", "entity", ""}
	for range 2000 {
		var s []item
		for range rng.IntN(8) {
			kind := kinds[rng.IntN(len(kinds))]
			start := rng.IntN(50)
			for range rng.IntN(40) {
				start += rng.IntN(3000)
				key := kind + ":d5484c6e13bc1:" + strconv.Itoa(start) + "-" + strconv.Itoa(start+rng.IntN(300))
				switch rng.IntN(12) {
				case 0:
					key = kind + ":odd"
				case 1:
					key = kind
				}
				s = append(s, item{key: key})
				if n := len(s); n > 1 && rng.IntN(5) == 0 { // disorder up to 4 places back, or a repeat
					if rng.IntN(2) == 0 {
						s = append(s, item{key: s[n-1-rng.IntN(min(n, 4))].key})
					} else {
						j := n - 1 - rng.IntN(min(n, 5))
						s[j], s[n-1] = s[n-1], s[j]
					}
				}
			}
		}
		for i := range s {
			s[i].pos = i
		}
		want := slices.Clone(s)
		sort.SliceStable(want, func(i, j int) bool { return want[i].key < want[j].key })
		sortStable(s, cmp)
		if !slices.Equal(s, want) {
			t.Fatalf("%v, want %v", s, want)
		}
	}
}

// BenchmarkRecordJSON writes the records of BenchmarkRecord's papers as
// lines of a records file: by hand (AppendJSONLine) and as
// corpus.AppendRecord's encoder does.
func BenchmarkRecordJSON(b *testing.B) {
	f := loadRecordFixture(b)
	b.Run("plain", func(b *testing.B) {
		b.SetBytes(f.bytes)
		b.ReportAllocs()
		var buf []byte
		for b.Loop() {
			for _, rec := range f.recs {
				var err error
				if buf, err = rec.AppendJSONLine(buf[:0]); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.SetBytes(f.bytes)
		b.ReportAllocs()
		for b.Loop() {
			for _, rec := range f.recs {
				if _, err := encodeLine(rec); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	// Reading the lines back: by hand (ReadJSONLine) and by json.Unmarshal.
	var lines [][]byte
	for _, rec := range f.recs {
		line, err := rec.AppendJSONLine(nil)
		if err != nil {
			b.Fatal(err)
		}
		lines = append(lines, line)
	}
	for _, c := range []struct {
		name string
		read func(line []byte, r *Record) error
	}{
		{"read/plain", func(line []byte, r *Record) error { return r.ReadJSONLine(line) }},
		{"read/encoding-json", func(line []byte, r *Record) error { return json.Unmarshal(line, r) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(f.bytes)
			b.ReportAllocs()
			for b.Loop() {
				for _, line := range lines {
					var r Record
					if err := c.read(line, &r); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
