// Package measure times the pipeline stage by stage on a corpus (Measure),
// the PDF backends on a folder of PDFs (PDFRates), and holds the per-stage
// Go benchmarks (BenchmarkStage/..., BenchmarkPDF).
//
// extract.Pipeline does not export its stage list, so the per-document
// stages cannot be wrapped with timers; Measure instead times, for every
// document, ingestion alone (Pipeline.Build), each extractor's library call
// on the built document (refs.Extract, cite.Extract, legal.Extract,
// claims.Extract), and the full Pipeline.Extract that makes the record. The
// record building around the extractors (Describe, nodes, attribute JSON,
// sorting) is the full time minus ingestion and the extractors. Language
// identification and sentence splitting, which run inside ingestion, are
// timed by running them again on the built document's paragraphs.
//
// Every timed call runs under a pprof label stage=<name>, so a CPU profile
// of a run splits by stage: go tool pprof -tagfocus stage=ingest ...
package measure

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/claimgraph/claimgraph/corpus"
	"github.com/claimgraph/claimgraph/corpus/reconcile"
	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/cite"
	"github.com/claimgraph/claimgraph/extract/claims"
	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/legal"
	"github.com/claimgraph/claimgraph/extract/refs"
)

// Lexicons are the extractors' loaded data.
type Lexicons struct {
	Refs   *refs.Lexicon
	Cite   *cite.Lexicon
	Legal  *legal.Lexicon
	Claims *claims.Lexicon
}

// LoadLexicons loads every extractor's lexicon.
func LoadLexicons() (*Lexicons, error) {
	var lx Lexicons
	var err error
	if lx.Refs, err = refs.Load(); err != nil {
		return nil, fmt.Errorf("refs: %w", err)
	}
	if lx.Cite, err = cite.Load(); err != nil {
		return nil, fmt.Errorf("cite: %w", err)
	}
	if lx.Legal, err = legal.Load(); err != nil {
		return nil, fmt.Errorf("legal: %w", err)
	}
	if lx.Claims, err = claims.Load(); err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	return &lx, nil
}

// Per-document stages, in pipeline order.
const (
	StageRead       = "read"
	StageIngest     = "ingest"
	StageLangID     = "language id"
	StageSentences  = "sentence splitting"
	StageReferences = "references"
	StageCitations  = "citations"
	StageLegal      = "legal acts"
	StageClaims     = "claims"
	StageExtract    = "extract (record)"
	StageSpill      = "encode + spill"
	StageRecords    = "records (JSON lines)"
)

var docStages = []string{StageRead, StageIngest, StageLangID, StageSentences, StageReferences, StageCitations, StageLegal, StageClaims, StageExtract, StageSpill, StageRecords}

// Row is one line of the stage split. Seconds are CPU seconds: for the
// per-document stages, the CPU time of the worker thread in the stage
// summed over documents (so that a busy machine does not inflate them); for
// the reduce and write steps, which run alone, and the garbage collector,
// process CPU time.
type Row struct {
	Stage   string  `json:"stage"`
	Group   string  `json:"group"` // "extract", "reduce", "write"
	Seconds float64 `json:"seconds"`
	// Wall is the elapsed time summed the same way (waiting for a CPU or
	// for the disk included).
	Wall float64 `json:"wall_seconds"`
	// Within names the row this one is a part of ("" for top-level rows,
	// whose seconds add up to Report.Total).
	Within string `json:"within,omitempty"`
	Note   string `json:"note,omitempty"`
}

// Report is what Measure found.
type Report struct {
	Dir     string `json:"dir"`
	Papers  int    `json:"papers"`
	Bytes   int64  `json:"bytes"`
	Workers int    `json:"workers"`
	CPUs    int    `json:"cpus"`
	// ClaimsWired is true when the default pipeline's records carry claim
	// nodes (the claims stage is wired); when false, the claims row is
	// what the stage would add.
	ClaimsWired bool  `json:"claims_wired"`
	Rows        []Row `json:"rows"`
	// Total is the sum of the top-level rows: the CPU time of one run of
	// the default pipeline (plus claims when not wired).
	Total float64 `json:"total_seconds"`
	// Wall clock of the instrumented run's phases (the extract phase does
	// ingestion twice and the re-runs, so it is slower than a plain run).
	ExtractWall float64 `json:"extract_wall_seconds"`
	ReduceWall  float64 `json:"reduce_wall_seconds"`
	WriteWall   float64 `json:"write_wall_seconds"`
	PeakRSSMB   float64 `json:"peak_rss_mb"` // VmHWM of this process
	// Live heap (after a collection) at the phase boundaries: after the
	// extract phase (what the stream keeps of the records), after the
	// reducers (with the reduced graph), and after writing the outputs.
	HeapBaseMB    float64 `json:"heap_base_mb"` // lexicons and engine
	HeapRecordsMB float64 `json:"heap_records_mb"`
	HeapGraphMB   float64 `json:"heap_graph_mb"`
	HeapOutputsMB float64 `json:"heap_outputs_mb"`
	OutputMB      float64 `json:"output_mb"`
	LoadAvg       string  `json:"loadavg"` // /proc/loadavg at the end
	Nodes         int     `json:"nodes"`
	Edges         int     `json:"edges"`
	Findings      int     `json:"findings"`
	Errors        int     `json:"errors"`
	Claims        int     `json:"claims"`
}

// Options configure Measure.
type Options struct {
	Workers int    // 0: one per CPU
	OutDir  string // where the outputs are written ("": a temporary folder, removed)
	// HeapProfile, when set, is where a heap profile is written after the
	// reducers (when the most is live).
	HeapProfile string
}

type docResult struct {
	cpu, wall [11]time.Duration
	rec       *extract.Record
	claims    []reconcile.Claim
	bytes     int
	hasClaims bool
}

// Measure runs the default pipeline over the inputs under dir with every
// stage timed, as `claimgraph run` does: each record is handed to a
// corpus.Stream (encoded and spilled) in its worker and dropped; then the
// stream is reduced and the outputs written. It returns the split.
func Measure(ctx context.Context, dir string, opt Options) (*Report, error) {
	eng, err := corpus.NewEngine(corpus.Config{Version: "bench"})
	if err != nil {
		return nil, err
	}
	lx, err := LoadLexicons()
	if err != nil {
		return nil, err
	}
	ins, inErrs := corpus.Collect([]string{dir})
	out := opt.OutDir
	if out == "" {
		tmp, err := os.MkdirTemp("", "claimgraph-measure-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(tmp)
		out = tmp
	}
	st, err := corpus.NewStream(out)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	heapBase := liveHeapMB()
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	rep := &Report{Dir: dir, Papers: len(ins), Workers: workers, CPUs: runtime.NumCPU(), HeapBaseMB: heapBase}
	res := make([]docResult, len(ins))
	jobs := make(chan int)
	var wg sync.WaitGroup
	runtime.GC()
	start, pcpu := time.Now(), processCPU()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			for i := range jobs {
				res[i] = measureDoc(ctx, eng.Pipeline, lx, ins[i].Path)
				r := &res[i]
				if r.rec == nil {
					continue
				}
				for _, n := range r.rec.Nodes {
					if n.Type == "claim" {
						r.hasClaims = true
						break
					}
				}
				// What extract and --cache add (not part of run).
				timedDoc(ctx, r, 10, StageRecords, func() { _, _ = corpus.AppendRecord(nil, r.rec) })
				timedDoc(ctx, r, 9, StageSpill, func() { st.Add(i, r.rec) })
				r.rec = nil
			}
		}()
	}
	for i := range ins {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	rep.ExtractWall = time.Since(start).Seconds()
	extractProcess := (processCPU() - pcpu).Seconds()

	var cpu, wall [11]time.Duration
	var cs []reconcile.Claim
	for _, r := range res {
		for k := range cpu {
			cpu[k] += r.cpu[k]
			wall[k] += r.wall[k]
		}
		rep.Bytes += int64(r.bytes)
		cs = append(cs, r.claims...)
		rep.ClaimsWired = rep.ClaimsWired || r.hasClaims
	}
	res = nil
	rep.Claims = len(cs)
	sec := func(k int) float64 { return cpu[k].Seconds() }
	wsec := func(k int) float64 { return wall[k].Seconds() }
	extractors := sec(4) + sec(5) + sec(6)
	wextractors := wsec(4) + wsec(5) + wsec(6)
	if rep.ClaimsWired {
		extractors += sec(7)
		wextractors += wsec(7)
	}
	glue := max(0, sec(8)-sec(1)-extractors)
	claimsNote := "claims.Extract (the claims stage is wired)"
	if !rep.ClaimsWired {
		claimsNote = "claims.Extract; NOT wired into the default pipeline yet: what it would add"
	}
	// The garbage collector's background work: the process CPU of the
	// extract phase minus the workers' threads, scaled from the
	// instrumented pass (which also re-runs stages) to a plain run.
	var instrumented, plain float64
	for k := range cpu {
		instrumented += sec(k)
	}
	plain = sec(0) + sec(8) + sec(9)
	if !rep.ClaimsWired {
		plain += sec(7)
	}
	gc := 0.0
	if instrumented > 0 {
		gc = max(0, extractProcess-instrumented) * plain / instrumented
	}
	rep.Rows = append(rep.Rows,
		Row{Stage: StageRead, Group: "extract", Seconds: sec(0), Wall: wsec(0), Note: "os.ReadFile"},
		Row{Stage: StageIngest, Group: "extract", Seconds: sec(1), Wall: wsec(1), Note: "Pipeline.Build: decode, layout, normalization, paragraphs, language, sentences, sections"},
		Row{Stage: StageLangID, Group: "extract", Seconds: sec(2), Wall: wsec(2), Within: StageIngest, Note: "nlp Detect per paragraph (re-run)"},
		Row{Stage: StageSentences, Group: "extract", Seconds: sec(3), Wall: wsec(3), Within: StageIngest, Note: "nlp SplitSentences per paragraph (re-run)"},
		Row{Stage: "normalization, layout, sections", Group: "extract", Seconds: max(0, sec(1)-sec(2)-sec(3)), Wall: max(0, wsec(1)-wsec(2)-wsec(3)), Within: StageIngest, Note: "ingest minus the two above"},
		Row{Stage: StageReferences, Group: "extract", Seconds: sec(4), Wall: wsec(4), Note: "refs.Extract (list finding, splitting, parsing)"},
		Row{Stage: StageCitations, Group: "extract", Seconds: sec(5), Wall: wsec(5), Note: "cite.Extract (callouts, linking, attributions)"},
		Row{Stage: StageLegal, Group: "extract", Seconds: sec(6), Wall: wsec(6), Note: "legal.Extract"},
		Row{Stage: StageClaims, Group: "extract", Seconds: sec(7), Wall: wsec(7), Note: claimsNote},
		Row{Stage: "record building", Group: "extract", Seconds: glue, Wall: max(0, wsec(8)-wsec(1)-wextractors), Note: "Pipeline.Extract minus ingest and extractors: Describe, nodes (TextNode), attribute JSON, sorting"},
		Row{Stage: StageSpill, Group: "extract", Seconds: sec(9), Wall: wsec(9), Note: "Stream.Add: the record's documents[] entry, nodes, edges and findings encoded to their output bytes and appended to the spill file; light copies kept for the reducers"},
		Row{Stage: "garbage collector (extract)", Group: "extract", Seconds: gc, Note: "background GC of the extract phase (process CPU minus worker threads, scaled to a plain run)"},
	)

	// The reconciliation alone, on the claims the workers kept, before the
	// reduce: the claims are dropped first, so that they do not raise the
	// reduce's live heap above a plain run's.
	recCPU, recWall := phase(ctx, "reconcile", func() { reconcile.Reconcile(cs, reconcile.Options{}) })
	cs = nil
	rep.HeapRecordsMB = liveHeapMB()

	// Reduce: merging the light records alone, then the default reducers.
	runtime.GC()
	mergeCPU, mergeWall := phase(ctx, "reduce: merge", func() { _, err = st.Reduce(inErrs, "bench") })
	if err != nil {
		return nil, err
	}
	runtime.GC()
	var res2 *corpus.Result
	reduceCPU, reduceWall := phase(ctx, "reduce", func() { res2, err = eng.ReduceStream(st, inErrs) })
	if err != nil {
		return nil, err
	}
	rep.ReduceWall = reduceWall
	rep.HeapGraphMB = liveHeapMB()
	if opt.HeapProfile != "" {
		if err := writeHeapProfile(opt.HeapProfile); err != nil {
			return nil, err
		}
	}
	rep.Rows = append(rep.Rows,
		Row{Stage: "reduce", Group: "reduce", Seconds: reduceCPU, Wall: reduceWall, Note: "Stream.Reduce: merge and sort the light records, bibliography, legal acts, reconcile reducers"},
		Row{Stage: "merge + sort", Group: "reduce", Seconds: mergeCPU, Wall: mergeWall, Within: "reduce", Note: "Stream.Reduce without reducers"},
		Row{Stage: "reducers", Group: "reduce", Seconds: max(0, reduceCPU-mergeCPU), Wall: max(0, reduceWall-mergeWall), Within: "reduce", Note: "reduce minus merge + sort"},
	)
	if rep.ClaimsWired {
		rep.Rows = append(rep.Rows, Row{Stage: "reconciliation", Group: "reduce", Seconds: recCPU, Wall: recWall, Within: "reducers", Note: "reconcile.Reconcile on the corpus's claims (re-run; part of the reconcile reducer)"})
	} else {
		rep.Rows = append(rep.Rows, Row{Stage: "reconciliation", Group: "reduce", Seconds: recCPU, Wall: recWall, Note: "reconcile.Reconcile on the corpus's claims: NOT in the run yet (no claim nodes)"})
	}

	// Write: the graph merged from the spill into its file, then the
	// exports, by the code of the run (which renders them beside the
	// graph).
	graphCPU, graphWall := phase(ctx, "write: graph", func() { err = res2.WriteGraph(filepath.Join(out, "claims-graph.json")) })
	if err != nil {
		return nil, err
	}
	exportCPU, exportWall := phase(ctx, "write: exports", func() { err = res2.WriteExports(out) })
	if err != nil {
		return nil, err
	}
	rep.HeapOutputsMB = liveHeapMB()
	rep.WriteWall = graphWall + exportWall
	var outBytes int64
	for _, name := range []string{"claims-graph.json", "bibliography.csl.json", "bibliography.bib", "legal-acts.json"} {
		if fi, err := os.Stat(filepath.Join(out, name)); err == nil {
			outBytes += fi.Size()
		}
	}
	rep.OutputMB = float64(outBytes) / 1e6
	rep.Rows = append(rep.Rows,
		Row{Stage: "write", Group: "write", Seconds: graphCPU + exportCPU, Wall: rep.WriteWall, Note: "the graph streamed from the spill and the exports, atomically (one fsync each)"},
		Row{Stage: "graph merge", Group: "write", Seconds: graphCPU, Wall: graphWall, Within: "write", Note: "Result.WriteGraph: k-way merge of the spilled elements and the reducers' by id, copied into claims-graph.json"},
		Row{Stage: "exports", Group: "write", Seconds: exportCPU, Wall: exportWall, Within: "write", Note: "CSL-JSON, BibTeX, legal timeline from the reduced graph"},
		Row{Stage: StageRecords, Group: "write", Seconds: sec(10), Wall: wsec(10), Within: "write", Note: "AppendRecord per document: what extract and --cache add; not in run"},
	)
	for _, r := range rep.Rows {
		if r.Within == "" {
			rep.Total += r.Seconds
		}
	}
	sum := res2.Summary()
	for _, n := range sum.NodeTypes {
		rep.Nodes += n
	}
	rep.Edges, rep.Findings, rep.Errors = sum.NumEdges, sum.NumFindings, len(sum.Errors)
	rep.PeakRSSMB = float64(VmHWM()) / 1024
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		rep.LoadAvg = strings.TrimSpace(string(b))
	}
	return rep, nil
}

// phase runs f under a pprof label and returns the process CPU and wall
// seconds it took: nothing else runs in the process then but the garbage
// collector, and f may run goroutines of its own (reconcile does).
func phase(ctx context.Context, stage string, f func()) (cpu, wall float64) {
	pprof.Do(ctx, pprof.Labels("stage", stage), func(context.Context) {
		c, t := processCPU(), time.Now()
		f()
		cpu, wall = (processCPU() - c).Seconds(), time.Since(t).Seconds()
	})
	return cpu, wall
}

// measureDoc runs one document through every timed step on the calling
// (locked) thread.
func measureDoc(ctx context.Context, p *extract.Pipeline, lx *Lexicons, path string) docResult {
	var r docResult
	timed := func(k int, stage string, f func()) { timedDoc(ctx, &r, k, stage, f) }
	var data []byte
	var err error
	timed(0, StageRead, func() { data, err = os.ReadFile(path) })
	if err != nil {
		r.rec = &extract.Record{Schema: extract.RecordSchema, Pipeline: extract.PipelineVersion, Document: extract.DocumentInfo{Path: path},
			Error: &extract.RecordError{Path: path, Stage: "read", Message: err.Error()}}
		return r
	}
	r.bytes = len(data)
	var d *doc.Document
	timed(1, StageIngest, func() { d, err = p.Build(ctx, path, data) })
	if err == nil && d != nil {
		timed(2, StageLangID, func() { LangID(p, d) })
		timed(3, StageSentences, func() { Sentences(p, d) })
		var rs []refs.Reference
		var cr cite.Result
		var ms []legal.Mention
		timed(4, StageReferences, func() { rs = refs.Extract(d, lx.Refs) })
		timed(5, StageCitations, func() { cr = cite.Extract(d, rs, lx.Cite) })
		timed(6, StageLegal, func() { ms = legal.Extract(d, lx.Legal) })
		var cl []claims.Claim
		timed(7, StageClaims, func() { cl = claims.Extract(d, lx.Claims, ClaimsContext(d, rs, cr, ms)) })
		r.claims = ReconcileClaims(d, cl)
		// Copies: the strings share the document's text, which the
		// memory figures must not count.
		for k := range r.claims {
			r.claims[k].Text = strings.Clone(r.claims[k].Text)
			r.claims[k].Sentence = strings.Clone(r.claims[k].Sentence)
		}
	}
	timed(8, StageExtract, func() { r.rec = p.Extract(ctx, path, data) })
	return r
}

func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// timedDoc runs f under a pprof label and adds its thread CPU and wall
// time to r's stage k.
func timedDoc(ctx context.Context, r *docResult, k int, stage string, f func()) {
	pprof.Do(ctx, pprof.Labels("stage", stage), func(context.Context) {
		c, t := threadCPU(), time.Now()
		f()
		r.cpu[k] += threadCPU() - c
		r.wall[k] += time.Since(t)
	})
}

// LangID runs language identification on every paragraph of d, as
// ingestion does.
func LangID(p *extract.Pipeline, d *doc.Document) int {
	n := 0
	for _, para := range d.Paragraphs {
		if p.NLP.Detect(d.Slice(para.Span)).Lang != "und" {
			n++
		}
	}
	return n
}

// Sentences splits every prose paragraph of d into sentences, as
// ingestion does.
func Sentences(p *extract.Pipeline, d *doc.Document) int {
	n := 0
	for _, para := range d.Paragraphs {
		if para.Heading {
			continue
		}
		n += len(p.NLP.SplitSentences(d.Slice(para.Span), para.Lang))
	}
	return n
}

// ClaimsContext is what the claims extractor gets from the earlier stages:
// the spans it must not read (references, callouts, act numbers) and the
// sources a claim can be attributed to.
func ClaimsContext(d *doc.Document, rs []refs.Reference, cr cite.Result, ms []legal.Mention) claims.Context {
	var c claims.Context
	for _, r := range rs {
		c.Exclude = append(c.Exclude, r.Span)
	}
	for _, ct := range cr.Citations {
		c.Exclude = append(c.Exclude, ct.Span)
		for _, k := range ct.Keys {
			if k.Target >= 0 && k.Target < len(rs) {
				c.Sources = append(c.Sources, claims.Source{Span: ct.Span, Ref: doc.NodeID("ref", d.ID, rs[k.Target].Span)})
				break
			}
		}
	}
	for _, a := range cr.Attributions {
		c.Sources = append(c.Sources, claims.Source{Span: a.Span, Ref: doc.NodeID("attr", d.ID, a.Span)})
	}
	for _, m := range ms {
		if !m.InReferences {
			c.Exclude = append(c.Exclude, m.Span)
		}
	}
	return c
}

// ReconcileClaims turns extracted claims into reconciliation input.
func ReconcileClaims(d *doc.Document, cl []claims.Claim) []reconcile.Claim {
	out := make([]reconcile.Claim, 0, len(cl))
	for _, c := range cl {
		rc := reconcile.Claim{
			ID: doc.NodeID("claim", d.ID, c.Span), Doc: d.ID, Text: c.Text, Sentence: d.Slice(d.SentenceSpan(c.Span.Start)),
			Value: c.Value, Low: c.Low, High: c.High, Unit: c.Unit, Approx: c.Approx,
			Entity: c.Entity, Origin: c.Origin, Destination: c.Destination, Indicator: c.Indicator,
			Source: c.Source, Qualifier: c.Qualifier, Hedged: c.Hedged,
		}
		if c.Period != nil {
			rc.PeriodStart, rc.PeriodEnd, rc.PeriodRelative = c.Period.Start, c.Period.End, c.Period.Relative
		}
		out = append(out, rc)
	}
	return out
}

// liveHeapMB collects garbage and returns the live heap in MB.
func liveHeapMB() float64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc) / (1 << 20)
}

// VmHWM returns this process's peak resident set size in KB (Linux; 0
// elsewhere).
func VmHWM() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb
		}
	}
	return 0
}
