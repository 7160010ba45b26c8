package extract

import (
	"context"
	"errors"

	"github.com/claimgraph/claimgraph/extract/ingest"
)

func pdfReader(cfg Config) ingest.PDFReader {
	return func(ctx context.Context, data []byte) ([][]string, error) {
		return nil, errors.New("PDF support is not built yet")
	}
}
