package extract

import (
	"fmt"
	"time"

	"github.com/claimgraph/claimgraph/extract/cite"
	"github.com/claimgraph/claimgraph/extract/claims"
	"github.com/claimgraph/claimgraph/extract/ingest"
	"github.com/claimgraph/claimgraph/extract/legal"
	"github.com/claimgraph/claimgraph/extract/refs"
	"github.com/claimgraph/claimgraph/nlp"
)

// Config is the user-facing configuration of extraction.
type Config struct {
	// PDFBackend is "auto", "go" or "pdftotext".
	PDFBackend string
	// PDFTimeout bounds the time spent on one PDF.
	PDFTimeout time.Duration
	// MaxPDFBytes caps decompressed PDF content per page.
	MaxPDFBytes int64
	// MaxTextBytes caps the text extracted from one PDF.
	MaxTextBytes int64
	// Langs restricts output to these languages (nil: all).
	Langs []string
}

// NewDefault builds the pipeline with every extractor.
func NewDefault(res *nlp.Resources, cfg Config) (*Pipeline, error) {
	switch cfg.PDFBackend {
	case "", "auto", "go", "pdftotext":
	default:
		return nil, fmt.Errorf("unknown PDF backend %q (want auto, go or pdftotext)", cfg.PDFBackend)
	}
	opt := Options{Ingest: ingest.Options{PDF: pdfReader(cfg)}, Langs: cfg.Langs}
	rlx, err := refs.Load()
	if err != nil {
		return nil, fmt.Errorf("refs: %w", err)
	}
	clx, err := cite.Load()
	if err != nil {
		return nil, fmt.Errorf("cite: %w", err)
	}
	llx, err := legal.Load()
	if err != nil {
		return nil, fmt.Errorf("legal: %w", err)
	}
	xlx, err := claims.Load()
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	// Order matters: callouts and act numbers are claimed before numbers
	// are read, so "[8]" and "No. 477-IV" are never taken for figures.
	return New(res, opt, citationStage(rlx, clx), legalStage(llx), claimStage(xlx))
}
