package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
)

// pdfCases pair each shared PDF with the seed it was typeset from.
var pdfCases = []struct {
	pdf, seed string
	min       float64
}{
	{"../shared/pdfs/001_two-homelands_en-sl.pdf", "seeds/001_1f9c2e2ca8992f3a.txt", 0.97},
	{"../shared/pdfs/002_kazuirwl-bulletin_kk-ru.pdf", "seeds/002_b949b4b87d2bd05f.txt", 0.97},
	{"../shared/pdfs/003_labor-migration-kazakhstan_en.pdf", "seeds/003_3180747540215391.txt", 0.97},
	{"../shared/pdfs/004_decoupling-from-moscow_en.pdf", "seeds/004_c6b3f47a7a71d312.txt", 0.97},
	// pdfTeX: no space characters at all, Cyrillic printed as '?'.
	{"../shared/pdfs-pdftex/003_labor-migration-kazakhstan_pdftex.pdf", "seeds/003_3180747540215391.txt", 0.97},
	{"../shared/pdfs-pdftex/004_decoupling-from-moscow_pdftex.pdf", "seeds/004_c6b3f47a7a71d312.txt", 0.97},
}

func buildDoc(t *testing.T, p *extract.Pipeline, path string) *doc.Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("%s: %v", path, err)
	}
	d, err := p.Build(context.Background(), path, data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return d
}

// TestPDFIngestion: through the whole ingestion (Go backend, running-head
// removal, dehyphenation, paragraphs) each PDF reads as its seed text does,
// with no running head or page number left in the body.
func TestPDFIngestion(t *testing.T) {
	e, err := NewEngine(Config{Version: "test", Extract: extract.Config{PDFBackend: "go"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range pdfCases {
		t.Run(filepath.Base(c.pdf), func(t *testing.T) {
			pd := buildDoc(t, e.Pipeline, c.pdf)
			sd := buildDoc(t, e.Pipeline, c.seed)
			a, b := words(pd.Text), words(sd.Text)
			sim := similarity(a, b)
			t.Logf("word similarity %.4f (%d vs %d words)", sim, len(a), len(b))
			if sim < c.min {
				t.Errorf("word similarity %.4f < %.2f", sim, c.min)
			}
			if len(pd.Pages) < 2 {
				t.Fatalf("%d pages", len(pd.Pages))
			}
			// The source texts were themselves extracted from PDFs (002
			// keeps two running heads inside its paragraphs), and the PDFs
			// typeset them as body text: the body may hold a running head
			// as often as the raw source does, never more.
			raw, _ := os.ReadFile(c.seed)
			heads := 0
			for _, p := range pd.Pages {
				for _, r := range p.Removed {
					if len([]rune(r)) > 15 {
						heads++
						if n, inSource := strings.Count(pd.Text, r), strings.Count(string(raw), r); n > inSource {
							t.Errorf("running head %q still in the body %d times (source text: %d)", r, n, inSource)
						}
					}
				}
			}
			if heads < len(pd.Pages)/2 {
				t.Errorf("only %d running heads removed over %d pages", heads, len(pd.Pages))
			}
			for _, para := range pd.Paragraphs {
				if s := strings.TrimSpace(pd.Slice(para.Span)); len(s) <= 3 && strings.Trim(s, "0123456789") == "" {
					t.Errorf("page number %q left as a paragraph", s)
				}
			}
			if strings.Contains(c.pdf, "002") && !strings.Contains(pd.Text, "көші-қон") {
				t.Error("көші-қон lost its hyphen")
			}
			if strings.Contains(c.pdf, "pdftex") && !strings.Contains(pd.Text, "labor migration") {
				t.Error("pdfTeX words not separated")
			}
		})
	}
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// similarity is 2·LCS/(|a|+|b|) over word sequences (Myers' O(ND) diff).
func similarity(a, b []string) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	n, m := len(a), len(b)
	max := n + m
	v := make([]int, 2*max+2)
	for d := 0; d <= max; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[max+k-1] < v[max+k+1] {
				x = v[max+k+1]
			} else {
				x = v[max+k-1] + 1
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[max+k] = x
			if x >= n && y >= m {
				lcs := (n + m - d) / 2
				return 2 * float64(lcs) / float64(n+m)
			}
		}
	}
	return 0
}
