package eval

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/corpus"
	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
)

// Options locate the inputs of an evaluation.
type Options struct {
	Seeds  string // folder of seed documents (NNN_*.txt)
	Gold   string // folder of gold files (gold/NNN/<kind>.json)
	Shared string // ../shared, for external benchmarks ("" skips them)
	// Misses, when set, receives one line per disagreement with the gold
	// (reference fields, claim attributes, conflict pairs): the list a
	// developer works through.
	Misses io.Writer
}

// seedDoc is one seed with everything the evaluators need.
type seedDoc struct {
	key   string // "001"
	doc   *doc.Document
	rec   *extract.Record
	sq    squashed
	nodes map[string][]doc.Node // by type
}

// Run evaluates every extractor and prints Markdown tables to w.
func Run(ctx context.Context, w io.Writer, eng *corpus.Engine, opt Options) error {
	seeds, err := loadSeeds(ctx, eng, opt.Seeds)
	if err != nil {
		return err
	}
	var recs []*extract.Record
	for _, s := range seeds {
		recs = append(recs, s.rec)
	}
	g, err := eng.Reduce(recs, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "# claimgraph evaluation\n\nSeeds: %d documents from %s; gold from %s.\n", len(seeds), opt.Seeds, opt.Gold)
	misses := opt.Misses
	if misses == nil {
		misses = io.Discard
	}
	evals := []func(io.Writer, io.Writer, []*seedDoc, *corpus.Graph, string) error{
		evalStructure, evalCitations, evalReferences, evalClaims, evalActs, evalConflicts,
	}
	for _, e := range evals {
		if err := e(w, misses, seeds, g, opt.Gold); err != nil {
			return err
		}
	}
	if opt.Shared != "" {
		for _, b := range externalBenches {
			if err := b(w, opt.Shared); err != nil {
				fmt.Fprintf(w, "\n(external benchmark skipped: %v)\n", err)
			}
		}
	}
	return nil
}

// externalBenches are evaluations on third-party data under ../shared/bench.
var externalBenches = []func(io.Writer, string) error{
	func(w io.Writer, shared string) error { return AnyStyle(w, filepath.Join(shared, "bench", "anystyle")) },
	func(w io.Writer, shared string) error {
		return Recognizers(w, filepath.Join(shared, "bench", "recognizers"))
	},
}

func loadSeeds(ctx context.Context, eng *corpus.Engine, dir string) ([]*seedDoc, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []*seedDoc
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || len(name) < 4 || name[3] != '_' {
			continue
		}
		path := filepath.Join(dir, name)
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		d, err := eng.Pipeline.Build(ctx, path, data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		rec := eng.Pipeline.Extract(ctx, path, data)
		s := &seedDoc{key: name[:3], doc: d, rec: rec, sq: squash(d.Text), nodes: map[string][]doc.Node{}}
		for _, n := range rec.Nodes {
			s.nodes[n.Type] = append(s.nodes[n.Type], n)
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out, nil
}

// readGold decodes gold/<key>/<kind>.json into v; ok is false when absent.
func readGold(goldDir, key, kind string, v any) (bool, error) {
	data, err := os.ReadFile(filepath.Join(goldDir, key, kind+".json"))
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return false, fmt.Errorf("gold %s/%s: %w", key, kind, err)
	}
	return true, nil
}

// matchSpans pairs gold spans with predicted spans by overlap, greedily by
// largest overlap; it returns for each gold index the predicted index or -1.
func matchSpans(gold, pred []doc.Span) []int {
	type pair struct{ g, p, ov int }
	var pairs []pair
	for gi, g := range gold {
		for pi, p := range pred {
			if g.Overlaps(p) {
				ov := min(g.End, p.End) - max(g.Start, p.Start)
				pairs = append(pairs, pair{gi, pi, ov})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].ov > pairs[j].ov })
	res := make([]int, len(gold))
	for i := range res {
		res[i] = -1
	}
	used := map[int]bool{}
	for _, p := range pairs {
		if res[p.g] == -1 && !used[p.p] {
			res[p.g] = p.p
			used[p.p] = true
		}
	}
	return res
}

func nodeSpans(ns []doc.Node) []doc.Span {
	out := make([]doc.Span, len(ns))
	for i, n := range ns {
		if n.Span != nil {
			out[i] = *n.Span
		}
	}
	return out
}

func normField(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.Trim(s, " .,;:\"'“”«»()[]*")
	return strings.Join(strings.Fields(s), " ")
}
