package measure

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"time"

	"github.com/claimgraph/claimgraph/extract/pdf"
)

// PDFRate is one backend's speed on one file (or on all of them, File "all").
type PDFRate struct {
	File    string  `json:"file"`
	Backend string  `json:"backend"`
	Pages   int     `json:"pages"`
	Seconds float64 `json:"seconds"` // per pass, best of the rounds
	PagesPS float64 `json:"pages_per_second"`
	Err     string  `json:"error,omitempty"`
}

// PDFReport holds the rates of both backends measured in the same run, and
// the Go/pdftotext ratio of pages per second over all files.
type PDFReport struct {
	Rates []PDFRate `json:"rates"`
	// Ratio is go pages/s ÷ pdftotext pages/s (0 when pdftotext is absent).
	Ratio float64 `json:"ratio"`
	Note  string  `json:"note,omitempty"`
}

// PDFRates extracts every PDF in dir with each backend, rounds times,
// alternating backends so that both see the same machine state, and keeps
// each file's best time per backend.
func PDFRates(ctx context.Context, dir string, rounds int) (*PDFReport, error) {
	paths, _ := filepath.Glob(filepath.Join(dir, "*.pdf"))
	sort.Strings(paths)
	if len(paths) == 0 {
		return nil, fmt.Errorf("no PDFs in %s", dir)
	}
	backends := []string{pdf.BackendGo, pdf.BackendPdftotext}
	rep := &PDFReport{}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		backends = backends[:1]
		rep.Note = "pdftotext is not installed: no ratio"
	}
	rounds = max(1, rounds)
	best := map[string]map[string]*PDFRate{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		name := filepath.Base(p)
		best[name] = map[string]*PDFRate{}
		for r := 0; r < rounds; r++ {
			for _, b := range backends {
				t := time.Now()
				res, err := pdf.Extract(ctx, data, pdf.Options{Backend: b})
				sec := time.Since(t).Seconds()
				cur := best[name][b]
				if cur == nil {
					cur = &PDFRate{File: name, Backend: b, Seconds: sec}
					best[name][b] = cur
				}
				if err != nil {
					cur.Err = err.Error()
					continue
				}
				cur.Pages = len(res.Pages)
				cur.Seconds = min(cur.Seconds, sec)
			}
		}
	}
	total := map[string]*PDFRate{}
	for _, p := range paths {
		name := filepath.Base(p)
		for _, b := range backends {
			r := best[name][b]
			if r.Seconds > 0 {
				r.PagesPS = float64(r.Pages) / r.Seconds
			}
			rep.Rates = append(rep.Rates, *r)
			t := total[b]
			if t == nil {
				t = &PDFRate{File: "all", Backend: b}
				total[b] = t
			}
			t.Pages += r.Pages
			t.Seconds += r.Seconds
		}
	}
	for _, b := range backends {
		t := total[b]
		if t.Seconds > 0 {
			t.PagesPS = float64(t.Pages) / t.Seconds
		}
		rep.Rates = append(rep.Rates, *t)
	}
	if g, p := total[pdf.BackendGo], total[pdf.BackendPdftotext]; g != nil && p != nil && p.PagesPS > 0 {
		rep.Ratio = g.PagesPS / p.PagesPS
	}
	return rep, nil
}
