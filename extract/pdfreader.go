package extract

import (
	"context"

	"github.com/claimgraph/claimgraph/extract/ingest"
	"github.com/claimgraph/claimgraph/extract/pdf"
)

// pdfReader adapts the pdf package to ingestion: pages of lines.
func pdfReader(cfg Config) ingest.PDFReader {
	opt := pdf.Options{Backend: cfg.PDFBackend, Timeout: cfg.PDFTimeout, MaxBytes: cfg.MaxPDFBytes, MaxTextBytes: cfg.MaxTextBytes}
	return func(ctx context.Context, data []byte) ([][]string, error) {
		res, err := pdf.Extract(ctx, data, opt)
		if err != nil {
			return nil, err
		}
		pages := make([][]string, len(res.Pages))
		for i, p := range res.Pages {
			pages[i] = p.Lines
		}
		return pages, nil
	}
}
