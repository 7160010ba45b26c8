package main

import (
	"context"
	"fmt"
	"strings"
	"time"

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
	if c.Int64("max-size") <= 0 {
		return nil, fmt.Errorf("--max-size must be positive")
	}
	return &runConfig{
		cfg: corpus.Config{Version: version, Extract: extract.Config{
			PDFBackend: backend, PDFTimeout: c.Duration("pdf-timeout"), Langs: langs,
		}},
		maxBytes: c.Int64("max-size") << 20,
	}, nil
}

func (rc *runConfig) run(ctx context.Context, ins []corpus.Input, inErrs []extract.RecordError, opt corpus.Options) (*corpus.Graph, error) {
	eng, err := corpus.NewEngine(rc.cfg)
	if err != nil {
		return nil, err
	}
	return eng.Run(ctx, ins, inErrs, opt)
}
