package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

func TestExtractSmallPDF(t *testing.T) {
	res, err := Extract(context.Background(), helloPDF(), Options{Backend: BackendGo})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Pages) != 1 || res.Pages[0].Number != 1 {
		t.Fatalf("pages = %+v, want one page numbered 1", res.Pages)
	}
	if got := strings.Join(res.Pages[0].Lines, "\n"); got != "Hello, claims graph." {
		t.Errorf("text = %q", got)
	}
	if res.Backend != BackendGo {
		t.Errorf("backend = %q", res.Backend)
	}
}

func TestExtractErrors(t *testing.T) {
	real := readShared(t, corpus[2].path)
	random := make([]byte, 64<<10)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrMalformed},
		{"random bytes", random, ErrMalformed},
		{"header then random bytes", append([]byte("%PDF-1.5\n"), random...), ErrMalformed},
		{"truncated at 30%", real[:len(real)*3/10], ErrMalformed},
		{"truncated at 60%", real[:len(real)*6/10], ErrMalformed},
		{"truncated at 90%", real[:len(real)*9/10], ErrMalformed},
		{"encrypted", encryptedPDF(), ErrEncrypted},
		{"empty content stream", emptyPagePDF(), ErrNoText},
		{"drawing only", imageOnlyPDF(), ErrNoText},
	}
	backends := []string{BackendGo, BackendAuto}
	if pdftotextInstalled() {
		backends = append(backends, BackendPdftotext)
	}
	const timeout = 5 * time.Second
	for _, backend := range backends {
		for _, tc := range tests {
			t.Run(backend+"/"+tc.name, func(t *testing.T) {
				if backend != BackendGo && strings.HasPrefix(tc.name, "truncated") {
					// poppler rebuilds a damaged cross-reference table and
					// may well read the pages that are left.
					t.Skip("pdftotext recovers truncated files")
				}
				start := time.Now()
				res, err := Extract(context.Background(), tc.data, Options{Backend: backend, Timeout: timeout})
				if elapsed := time.Since(start); elapsed > timeout+time.Second {
					t.Errorf("took %v, limit %v", elapsed, timeout)
				}
				if !errors.Is(err, tc.want) {
					t.Fatalf("err = %v, want %v", err, tc.want)
				}
				if res != nil {
					t.Errorf("result %+v with error", res)
				}
				t.Logf("%v", err)
			})
		}
	}
}

func TestExtractTimeout(t *testing.T) {
	// Enough content that interpreting it takes far longer than the limit.
	content := strings.Repeat("BT /F1 10 Tf 72 700 Td (timeout) Tj ET\n", 200000)
	data := onePagePDF(content, "")
	const timeout = 20 * time.Millisecond
	start := time.Now()
	_, err := Extract(context.Background(), data, Options{Backend: BackendGo, Timeout: timeout})
	// Extract returns at the deadline, not when the work would end; the
	// margin absorbs scheduling delays on a busy machine.
	if elapsed := time.Since(start); elapsed > 2*time.Second {
		t.Errorf("took %v with a %v limit", elapsed, timeout)
	}
	if !errors.Is(err, ErrTimeout) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want ErrTimeout", err)
	}
}

func TestExtractCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Extract(ctx, helloPDF(), Options{Backend: BackendGo})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestExtractTooLarge(t *testing.T) {
	data := readShared(t, corpus[0].path)
	_, err := Extract(context.Background(), data, Options{Backend: BackendGo, MaxBytes: 1000})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
}

func TestExtractUnknownBackend(t *testing.T) {
	_, err := Extract(context.Background(), helloPDF(), Options{Backend: "ocr"})
	if err == nil || !strings.Contains(err.Error(), "unknown backend") {
		t.Fatalf("err = %v", err)
	}
}

func TestPdftotextMissing(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	_, err := Extract(context.Background(), helloPDF(), Options{Backend: BackendPdftotext})
	if !errors.Is(err, ErrNoBackend) || !strings.Contains(err.Error(), "not installed") {
		t.Fatalf("err = %v, want ErrNoBackend saying pdftotext is not installed", err)
	}
	// auto falls back to the Go backend alone.
	res, err := Extract(context.Background(), helloPDF(), Options{})
	if err != nil || res.Backend != BackendGo {
		t.Fatalf("auto without pdftotext: %v, %+v", err, res)
	}
}

func TestEnvelopeRepairs(t *testing.T) {
	pdf20 := bytes.Replace(helloPDF(), []byte("%PDF-1.4"), []byte("%PDF-2.0"), 1)
	trailingJunk := append(helloPDF(), bytes.Repeat([]byte{0, ' ', 'x'}, 100)...)
	for name, data := range map[string][]byte{"PDF 2.0 header": pdf20, "junk after %%EOF": trailingJunk} {
		t.Run(name, func(t *testing.T) {
			res, err := Extract(context.Background(), data, Options{Backend: BackendGo})
			if err != nil {
				t.Fatal(err)
			}
			if got := res.Pages[0].Lines; len(got) != 1 || got[0] != "Hello, claims graph." {
				t.Errorf("lines = %q", got)
			}
		})
	}
}

func TestHostileCrossReference(t *testing.T) {
	hello := helloPDF()
	xref := bytes.LastIndex(hello, []byte("xref\n0 "))
	loop := bytes.Replace(hello, []byte("/Root 1 0 R "), fmt.Appendf(nil, "/Root 1 0 R /Prev %d ", xref), 1)
	huge := bytes.Replace(hello, []byte("/Size 6 "), []byte("/Size 900000000 "), 1)
	subsection := bytes.Replace(hello, []byte("trailer\n"), []byte("2000000000 1\n0000000000 65535 f \ntrailer\n"), 1)
	for name, data := range map[string][]byte{"Prev loop": loop, "huge Size": huge, "huge subsection": subsection} {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			_, err := Extract(context.Background(), data, Options{Backend: BackendGo, Timeout: 2 * time.Second})
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("err = %v, want ErrMalformed", err)
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v", d)
			}
			t.Log(err)
		})
	}
}

func TestDeepNesting(t *testing.T) {
	deep := onePagePDF("BT /F1 12 Tf 72 720 Td (deep) Tj ET", "", "<< /X "+strings.Repeat("[", 1<<20)+" >>")
	start := time.Now()
	_, err := Extract(context.Background(), deep, Options{Backend: BackendGo, Timeout: 2 * time.Second})
	if !errors.Is(err, ErrMalformed) {
		t.Fatalf("err = %v, want ErrMalformed", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
}
