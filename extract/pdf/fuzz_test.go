package pdf

import (
	"context"
	"errors"
	"testing"
	"time"
)

// FuzzExtract feeds arbitrary bytes to the Go backend: it must not panic,
// must return within its time limit, and must fail only with a sentinel.
// Seeds are in testdata/fuzz/FuzzExtract and below.
func FuzzExtract(f *testing.F) {
	f.Add(helloPDF())
	f.Add(emptyPagePDF())
	f.Add(encryptedPDF())
	f.Add(onePagePDF("BT /F1 9 Tf 1 0 0 1 50 700 Tm [(Wor)-20(ld)] TJ 0 -12 TD (next) ' ET", ""))
	// A cross-reference stream and an object stream, where the library's
	// recursion and loops were (hostile_test.go).
	for _, s := range xrefStreamSeeds() {
		f.Add(s)
	}
	const timeout = 2 * time.Second
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		res, err := Extract(context.Background(), data, Options{Backend: BackendGo, Timeout: timeout, MaxBytes: 4 << 20})
		// Extract returns at its deadline; the generous margin only
		// absorbs CPU starvation on a busy machine, a hang exceeds it.
		if elapsed := time.Since(start); elapsed > timeout+10*time.Second {
			t.Fatalf("took %v, limit %v", elapsed, timeout)
		}
		if err != nil {
			if !isSentinel(err) {
				t.Fatalf("error without a sentinel: %v", err)
			}
			if res != nil {
				t.Fatalf("result with error %v", err)
			}
			return
		}
		if res.Backend != BackendGo || len(res.Pages) == 0 {
			t.Fatalf("result %+v", res)
		}
		for i, p := range res.Pages {
			if p.Number != i+1 {
				t.Fatalf("page %d numbered %d", i+1, p.Number)
			}
		}
		if q := res.Quality.Score; q < 0 || q > 1 {
			t.Fatalf("score %v out of range", q)
		}
	})
}

func isSentinel(err error) bool {
	for _, s := range []error{ErrEncrypted, ErrNoText, ErrMalformed, ErrTimeout, ErrTooLarge} {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}
