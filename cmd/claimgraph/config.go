package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/corpus"
	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/nlp"
)

// configFlags are the flags every command that reads papers shares.
func configFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "lang", Usage: "only keep results in these languages (comma-separated ISO 639-1: en,ru,kk,sl)"},
		&cli.StringFlag{Name: "pdf-backend", Value: "auto", Usage: "PDF text extraction: auto (best of both by a quality check), go (built in), pdftotext (poppler, if installed)"},
		&cli.DurationFlag{Name: "pdf-timeout", Value: 60 * time.Second, Usage: "time limit for reading one PDF"},
		&cli.Int64Flag{Name: "max-size", Value: 256, Usage: "largest input file to read, in MB"},
		&cli.Int64Flag{Name: "max-text-size", Value: 16, Usage: "largest plain-text or Markdown input (and PDF text) of one document, in MB"},
		&cli.DurationFlag{Name: "doc-timeout", Value: 120 * time.Second, Usage: "time limit for one document (reading, PDF text and every extractor); 0 = none"},
	}
}

type runConfig struct {
	cfg      corpus.Config
	maxBytes int64
}

func configFrom(c *cli.Context) (*runConfig, error) {
	var langs []string
	if s := c.String("lang"); s != "" {
		for _, l := range strings.Split(s, ",") {
			l = strings.TrimSpace(strings.ToLower(l))
			ok := false
			for _, k := range nlp.Languages {
				ok = ok || k == l
			}
			if !ok {
				return nil, fmt.Errorf("--lang: unknown language %q (want some of %s)", l, strings.Join(nlp.Languages, ","))
			}
			langs = append(langs, l)
		}
	}
	backend := c.String("pdf-backend")
	switch backend {
	case "auto", "go", "pdftotext":
	default:
		return nil, fmt.Errorf("--pdf-backend: unknown backend %q (want auto, go or pdftotext)", backend)
	}
	if c.Int64("max-size") <= 0 || c.Int64("max-text-size") <= 0 {
		return nil, fmt.Errorf("--max-size and --max-text-size must be positive")
	}
	return &runConfig{
		cfg: corpus.Config{Version: version, Extract: extract.Config{
			PDFBackend: backend, PDFTimeout: c.Duration("pdf-timeout"), Langs: langs,
			MaxTextBytes: c.Int64("max-text-size") << 20,
		}},
		maxBytes: c.Int64("max-size") << 20,
	}, nil
}

// options builds the corpus options shared by run and extract.
func (rc *runConfig) options(c *cli.Context, bar *progressbar.ProgressBar) (corpus.Options, error) {
	opt := corpus.Options{Workers: c.Int("workers"), MaxBytes: rc.maxBytes}
	opt.DocTimeout = c.Duration("doc-timeout")
	opt.MaxTextBytes = c.Int64("max-text-size") << 20
	if opt.DocTimeout < 0 {
		return opt, fmt.Errorf("--doc-timeout must not be negative")
	}
	if c.Int("workers") < 1 {
		return opt, fmt.Errorf("--workers must be at least 1")
	}
	if bar != nil {
		opt.Progress = func(int, string) { _ = bar.Add(1) }
	}
	if dir := c.String("cache"); dir != "" {
		cache, err := corpus.NewCache(dir, rc.settings())
		if err != nil {
			return opt, fmt.Errorf("--cache: %w", err)
		}
		opt.Cache = cache
	}
	return opt, nil
}

// settings describes every option that changes what extraction produces.
func (rc *runConfig) settings() string {
	x := rc.cfg.Extract
	return fmt.Sprintf("lang=%s;pdf=%s;timeout=%s", strings.Join(x.Langs, ","), x.PDFBackend, x.PDFTimeout)
}

// run extracts and reduces the inputs as a stream spilling into spillDir;
// the caller writes the outputs and closes the result.
func (rc *runConfig) run(ctx context.Context, ins []corpus.Input, inErrs []extract.RecordError, opt corpus.Options, spillDir string) (*corpus.Result, error) {
	eng, err := corpus.NewEngine(rc.cfg)
	if err != nil {
		return nil, err
	}
	return eng.RunStream(ctx, ins, inErrs, opt, spillDir)
}
