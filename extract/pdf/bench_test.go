package pdf

import (
	"context"
	"path/filepath"
	"testing"
)

// BenchmarkExtract extracts the four LibreOffice papers per backend and
// reports pages per second.
func BenchmarkExtract(b *testing.B) {
	matches, _ := filepath.Glob(filepath.Join(sharedDir, "pdfs", "*.pdf"))
	if len(matches) == 0 {
		b.Skip("shared test PDFs not found")
	}
	var docs [][]byte
	for _, m := range matches {
		docs = append(docs, readShared(b, filepath.Join("pdfs", filepath.Base(m))))
	}
	for _, backend := range []string{BackendGo, BackendPdftotext} {
		b.Run(backend, func(b *testing.B) {
			if backend == BackendPdftotext && !pdftotextInstalled() {
				b.Skip("pdftotext is not installed")
			}
			pages := 0
			for b.Loop() {
				for _, data := range docs {
					res, err := Extract(context.Background(), data, Options{Backend: backend})
					if err != nil {
						b.Fatal(err)
					}
					pages += len(res.Pages)
				}
			}
			b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
