package measure

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/corpus"
	"github.com/claimgraph/claimgraph/corpus/bench"
	"github.com/claimgraph/claimgraph/corpus/reconcile"
	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/cite"
	"github.com/claimgraph/claimgraph/extract/claims"
	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/legal"
	"github.com/claimgraph/claimgraph/extract/pdf"
	"github.com/claimgraph/claimgraph/extract/refs"
)

// benchPapers is the size of the corpus the stage benchmarks run over.
const benchPapers = 100

// fixture is a generated corpus of benchPapers papers with everything each
// stage needs as input already computed, so that every benchmark times one
// stage alone.
type fixture struct {
	eng    *corpus.Engine
	lx     *Lexicons
	papers []bench.Paper
	bytes  int64
	docs   []*doc.Document
	rs     [][]refs.Reference
	cr     []cite.Result
	ms     [][]legal.Mention
	ctxs   []claims.Context
	claims []reconcile.Claim
	recs   []*extract.Record
	graph  *corpus.Graph
}

var (
	fixOnce sync.Once
	fix     *fixture
	fixErr  error
)

func loadFixture(b *testing.B) *fixture {
	b.Helper()
	fixOnce.Do(func() { fix, fixErr = newFixture() })
	if fixErr != nil {
		b.Fatal(fixErr)
	}
	runtime.GC()
	return fix
}

func newFixture() (*fixture, error) {
	g, err := bench.New(1, bench.Config{})
	if err != nil {
		return nil, err
	}
	f := &fixture{papers: g.Papers(benchPapers)}
	if f.eng, err = corpus.NewEngine(corpus.Config{Version: "bench"}); err != nil {
		return nil, err
	}
	if f.lx, err = LoadLexicons(); err != nil {
		return nil, err
	}
	ctx := context.Background()
	for _, p := range f.papers {
		f.bytes += int64(len(p.Text))
		d, err := f.eng.Pipeline.Build(ctx, p.Name, []byte(p.Text))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p.Name, err)
		}
		rs := refs.Extract(d, f.lx.Refs)
		cr := cite.Extract(d, rs, f.lx.Cite)
		ms := legal.Extract(d, f.lx.Legal)
		cc := ClaimsContext(d, rs, cr, ms)
		f.docs = append(f.docs, d)
		f.rs = append(f.rs, rs)
		f.cr = append(f.cr, cr)
		f.ms = append(f.ms, ms)
		f.ctxs = append(f.ctxs, cc)
		f.claims = append(f.claims, ReconcileClaims(d, claims.Extract(d, f.lx.Claims, cc))...)
		f.recs = append(f.recs, f.eng.Pipeline.Extract(ctx, p.Name, []byte(p.Text)))
	}
	if f.graph, err = f.eng.Reduce(f.recs, nil); err != nil {
		return nil, err
	}
	return f, nil
}

// report sets up the metrics of a benchmark whose op is the whole corpus:
// MB/s of input text (wall), and, from the returned function called after
// the loop, papers/s, CPU ms per op and MB per CPU-second (process CPU
// time, garbage collection included: the work, whatever else shares the
// machine).
func (f *fixture) report(b *testing.B) (done func()) {
	b.SetBytes(f.bytes)
	b.ReportAllocs()
	runtime.GC()
	c0 := processCPU()
	b.ResetTimer()
	return func() {
		cpu := (processCPU() - c0).Seconds()
		b.ReportMetric(float64(len(f.papers))*float64(b.N)/b.Elapsed().Seconds(), "papers/s")
		if cpu > 0 {
			b.ReportMetric(cpu*1e3/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(f.bytes)*float64(b.N)/1e6/cpu, "MB/cpu-s")
		}
	}
}

// BenchmarkStage times each stage of the pipeline alone over a generated
// corpus of 100 papers (~4 MB): one op is the whole corpus through the
// stage, on one goroutine; MB/s is input text per second.
func BenchmarkStage(b *testing.B) {
	ctx := context.Background()
	b.Run("ingest", func(b *testing.B) {
		f := loadFixture(b)
		done := f.report(b)
		for b.Loop() {
			for _, p := range f.papers {
				if _, err := f.eng.Pipeline.Build(ctx, p.Name, []byte(p.Text)); err != nil {
					b.Fatal(err)
				}
			}
		}
		done()
	})
	b.Run("langid", func(b *testing.B) {
		f := loadFixture(b)
		done := f.report(b)
		n := 0
		for b.Loop() {
			for _, d := range f.docs {
				n += LangID(f.eng.Pipeline, d)
			}
		}
		done()
	})
	b.Run("sentences", func(b *testing.B) {
		f := loadFixture(b)
		done := f.report(b)
		n := 0
		for b.Loop() {
			for _, d := range f.docs {
				n += Sentences(f.eng.Pipeline, d)
			}
		}
		done()
		b.ReportMetric(float64(n)/float64(b.N), "sentences/op")
	})
	b.Run("references", func(b *testing.B) {
		f := loadFixture(b)
		done := f.report(b)
		n := 0
		for b.Loop() {
			for _, d := range f.docs {
				n += len(refs.Extract(d, f.lx.Refs))
			}
		}
		done()
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "refs/s")
	})
	b.Run("citations", func(b *testing.B) {
		f := loadFixture(b)
		done := f.report(b)
		n := 0
		for b.Loop() {
			for i, d := range f.docs {
				n += len(cite.Extract(d, f.rs[i], f.lx.Cite).Citations)
			}
		}
		done()
		b.ReportMetric(float64(n)/float64(b.N), "citations/op")
	})
	b.Run("legal", func(b *testing.B) {
		f := loadFixture(b)
		done := f.report(b)
		n := 0
		for b.Loop() {
			for _, d := range f.docs {
				n += len(legal.Extract(d, f.lx.Legal))
			}
		}
		done()
		b.ReportMetric(float64(n)/float64(b.N), "mentions/op")
	})
	b.Run("claims", func(b *testing.B) {
		f := loadFixture(b)
		done := f.report(b)
		n := 0
		for b.Loop() {
			for i, d := range f.docs {
				n += len(claims.Extract(d, f.lx.Claims, f.ctxs[i]))
			}
		}
		done()
		b.ReportMetric(float64(n)/float64(b.N), "claims/op")
	})
	b.Run("extract", func(b *testing.B) { // ingest + every wired stage + record building
		f := loadFixture(b)
		done := f.report(b)
		for b.Loop() {
			for _, p := range f.papers {
				f.eng.Pipeline.Extract(ctx, p.Name, []byte(p.Text))
			}
		}
		done()
	})
	b.Run("records", func(b *testing.B) { // the map/reduce boundary: JSON lines out and back
		f := loadFixture(b)
		done := f.report(b)
		for b.Loop() {
			var buf bytes.Buffer
			if err := corpus.WriteRecords(&buf, f.recs); err != nil {
				b.Fatal(err)
			}
			if _, err := corpus.ReadRecords(&buf, "records"); err != nil {
				b.Fatal(err)
			}
		}
		done()
	})
	b.Run("reduce", func(b *testing.B) {
		f := loadFixture(b)
		done := f.report(b)
		for b.Loop() {
			if _, err := f.eng.Reduce(f.recs, nil); err != nil {
				b.Fatal(err)
			}
		}
		done()
	})
	b.Run("reconcile", func(b *testing.B) {
		f := loadFixture(b)
		done := f.report(b)
		for b.Loop() {
			reconcile.Reconcile(f.claims, reconcile.Options{})
		}
		done()
		b.ReportMetric(float64(len(f.claims)), "claims")
	})
	b.Run("write", func(b *testing.B) { // encoding every output file (no disk)
		f := loadFixture(b)
		done := f.report(b)
		out := 0
		for b.Loop() {
			files, err := corpus.Outputs(f.graph)
			if err != nil {
				b.Fatal(err)
			}
			out = 0
			for _, fl := range files {
				out += len(fl.Data)
			}
		}
		done()
		b.ReportMetric(float64(out)/1e6, "MB-out/op")
	})
}

// BenchmarkPDF extracts the shared PDFs with both backends in the same
// loop, so that the two rates and their ratio see the same machine state.
func BenchmarkPDF(b *testing.B) {
	dir := os.Getenv("CLAIMGRAPH_PDFS")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "..", "shared", "pdfs")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	if len(paths) == 0 {
		b.Skipf("no PDFs in %s (set CLAIMGRAPH_PDFS)", dir)
	}
	var docs [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, data)
	}
	havePdftotext := pdftotextInstalled()
	ctx := context.Background()
	var secGo, secPT float64
	pagesGo, pagesPT := 0, 0
	b.ReportAllocs()
	for b.Loop() {
		for _, data := range docs {
			c := stopwatch()
			res, err := pdf.Extract(ctx, data, pdf.Options{Backend: pdf.BackendGo})
			secGo += c()
			if err != nil {
				b.Fatal(err)
			}
			pagesGo += len(res.Pages)
			if havePdftotext {
				c := stopwatch()
				res, err := pdf.Extract(ctx, data, pdf.Options{Backend: pdf.BackendPdftotext})
				secPT += c()
				if err != nil {
					b.Fatal(err)
				}
				pagesPT += len(res.Pages)
			}
		}
	}
	b.ReportMetric(float64(pagesGo)/secGo, "go-pages/s")
	if !havePdftotext {
		b.Log("pdftotext is not installed: no ratio")
		return
	}
	b.ReportMetric(float64(pagesPT)/secPT, "pdftotext-pages/s")
	b.ReportMetric((float64(pagesGo)/secGo)/(float64(pagesPT)/secPT), "go/pdftotext")
}

// stopwatch returns a function giving the wall seconds since the call
// (pdftotext runs in a child process: no thread CPU time to read).
func stopwatch() func() float64 {
	t := time.Now()
	return func() float64 { return time.Since(t).Seconds() }
}

func pdftotextInstalled() bool {
	_, err := exec.LookPath("pdftotext")
	return err == nil
}
