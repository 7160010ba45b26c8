// Package pdf extracts the text of PDF documents as pages of lines in reading
// order.
//
// Two backends exist. The "go" backend is pure Go: it reads the file
// structure with github.com/ledongthuc/pdf and interprets page content
// streams itself (content.go says why), producing positioned glyphs that
// layout.go assembles into words, lines, columns and paragraphs. The
// "pdftotext" backend runs poppler's pdftotext when it is installed. "auto"
// runs both and keeps the result with the better Quality score.
//
// Every failure to read a document is classified by one of the sentinel
// errors below, wrapped with a sentence that says what went wrong; test them
// with errors.Is.
//
// Limits of the go backend: stream filters are those of the library (Flate,
// with the PNG Up predictor, and ASCII85; a page compressed otherwise is
// skipped with a warning); the library caches no objects, so files that
// keep their objects in object streams read a few times slower.
//
// A hostile file must cost one error, never the process: the library can
// neither be interrupted nor bounded in memory, and a stack overflow or a
// failed allocation is fatal in Go (not a panic to recover). So files whose
// cross-reference data loops, claims millions of objects or absurd field
// widths, nests objects hundreds deep (precheck.go), keeps an object stream
// inside an object stream or chains object streams in a loop, or whose
// object streams or predictors decompress beyond bounds (xreftable.go) are
// rejected before the library acts on them; page content is read within
// Options.MaxBytes and the text within Options.MaxTextBytes; library panics
// become ErrMalformed. Not covered: an object stream of an encrypted file
// is not measured before the library inflates it (each object read from
// it inflates it again, bounded only by the time limit).
package pdf

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Sentinel errors. A failure to read a document wraps exactly one of the
// first five (ErrTimeout also wraps context.DeadlineExceeded), so callers
// can branch with errors.Is. A canceled ctx gives context.Canceled; an
// unknown Options.Backend is a plain error.
var (
	ErrEncrypted = errors.New("PDF is encrypted; decrypt it first (e.g. qpdf --decrypt)")
	ErrNoText    = errors.New("PDF has no text layer (scanned images?); OCR needed")
	ErrMalformed = errors.New("PDF is malformed")
	ErrTimeout   = errors.New("PDF text extraction timed out")
	ErrTooLarge  = errors.New("PDF content exceeds the size limit")
	// ErrNoBackend reports that the requested backend cannot run here
	// (pdftotext is not installed).
	ErrNoBackend = errors.New("PDF backend not available")
)

// Backend names accepted in Options.Backend and reported in Result.Backend.
const (
	BackendAuto      = "auto"
	BackendGo        = "go"
	BackendPdftotext = "pdftotext"
)

// Default limits. A page's content stream is rarely over a few megabytes
// even for dense vector drawings, and a paper's text is well under one
// megabyte (a thousand-page book about three); ingesting text costs some
// 35 bytes of memory per byte, so these caps keep one hostile or absurd
// file (a decompression bomb, a few kilobytes that draw a gigabyte of
// text) from taking the machine's memory.
const (
	defaultTimeout      = 60 * time.Second
	defaultMaxBytes     = 128 << 20
	defaultMaxTextBytes = 16 << 20
)

// Options control Extract. The zero value is usable.
type Options struct {
	Backend  string        // "auto" (also ""), "go", "pdftotext"
	Timeout  time.Duration // per document; 0 = 60s
	MaxBytes int64         // cap on the decompressed content of one page (and on the text, when MaxTextBytes is 0 and this is smaller than its default); 0 = 128 MiB
	// MaxTextBytes caps the extracted text of the whole document; 0 = 16
	// MiB or MaxBytes, whichever is smaller.
	MaxTextBytes int64
}

// Page is the text of one page.
type Page struct {
	Number int      // 1-based
	Lines  []string // text lines in reading order; a "" line marks a paragraph break (vertical gap larger than line spacing)
}

// Result is the extracted text of a document.
type Result struct {
	Pages   []Page
	Backend string // the backend whose text this is: "go" or "pdftotext"
	Quality Quality
	// Warnings lists problems that cost some text but not the document,
	// such as a page whose content stream could not be read.
	Warnings []string
}

// Quality measures how clean the extracted text looks; see Measure.
type Quality struct {
	Replacement float64 // share of U+FFFD among non-space characters
	LetterShare float64 // share of letters among non-space characters other than punctuation
	BrokenWords float64 // share of tokens that look broken (run-together or split words)
	Score       float64 // 0..1, higher is better: LetterShare × (1 − Replacement) × (1 − BrokenWords)
}

// Extract returns the text of the PDF in data.
//
// The work is bounded by opt.Timeout (and ctx): the Go backend runs in a
// goroutine that Extract abandons when the time is up. That goroutine checks
// the deadline between pages and while interpreting content, so it stops
// soon after; until then it keeps reading data, which the caller must
// therefore not modify. The pdftotext process is killed on timeout.
func Extract(ctx context.Context, data []byte, opt Options) (*Result, error) {
	if opt.Timeout <= 0 {
		opt.Timeout = defaultTimeout
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = defaultMaxBytes
	}
	if opt.MaxTextBytes <= 0 {
		opt.MaxTextBytes = min(opt.MaxBytes, defaultMaxTextBytes)
	}
	ctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()

	switch opt.Backend {
	case BackendGo:
		return extractGoBounded(ctx, data, opt)
	case BackendPdftotext:
		return extractPdftotext(ctx, data, opt)
	case BackendAuto, "":
		return extractAuto(ctx, data, opt)
	default:
		return nil, fmt.Errorf("pdf: unknown backend %q (want %q, %q or %q)",
			opt.Backend, BackendAuto, BackendGo, BackendPdftotext)
	}
}

// extractAuto runs the Go backend and, when pdftotext is installed, pdftotext
// too, and keeps the better result. The Go result wins ties because it does
// not depend on the machine.
func extractAuto(ctx context.Context, data []byte, opt Options) (*Result, error) {
	goRes, goErr := extractGoBounded(ctx, data, opt)
	// Content over the size limit (a decompression bomb) would cost
	// pdftotext the whole time limit too, for the same verdict.
	if errors.Is(goErr, ErrTimeout) || errors.Is(goErr, context.Canceled) || errors.Is(goErr, ErrTooLarge) || !pdftotextInstalled() {
		return goRes, goErr
	}
	ptRes, ptErr := extractPdftotext(ctx, data, opt)
	switch {
	case goErr != nil && ptErr != nil:
		if sentinel := sentinelOf(goErr); sentinel != nil && errors.Is(ptErr, sentinel) {
			return nil, goErr // the same diagnosis twice says nothing more
		}
		return nil, fmt.Errorf("%w (pdftotext also failed: %v)", goErr, ptErr)
	case goErr != nil:
		ptRes.Warnings = append(ptRes.Warnings, "go backend failed: "+goErr.Error())
		return ptRes, nil
	case ptErr != nil:
		return goRes, nil
	}
	if betterThan(ptRes, goRes) {
		return ptRes, nil
	}
	return goRes, nil
}

// sentinelOf returns the sentinel error err wraps, or nil.
func sentinelOf(err error) error {
	for _, s := range []error{ErrEncrypted, ErrNoText, ErrMalformed, ErrTimeout, ErrTooLarge, ErrNoBackend} {
		if errors.Is(err, s) {
			return s
		}
	}
	return nil
}

// betterThan reports whether a is clearly better than b: a higher quality
// score, or much more text at about the same score (a backend that loses
// pages or lines scores well on what little it kept).
func betterThan(a, b *Result) bool {
	const margin = 0.005
	na, nb := nonSpaceChars(a), nonSpaceChars(b)
	if float64(nb) < 0.9*float64(na) && a.Quality.Score > b.Quality.Score-0.05 {
		return true
	}
	if float64(na) < 0.9*float64(nb) {
		return false
	}
	return a.Quality.Score > b.Quality.Score+margin
}

func nonSpaceChars(r *Result) int {
	n := 0
	for _, p := range r.Pages {
		for _, l := range p.Lines {
			for _, c := range l {
				if c != ' ' {
					n++
				}
			}
		}
	}
	return n
}

// extractGoBounded runs the Go backend in a goroutine and returns when it
// finishes or the context ends, whichever is first. The goroutine shares ctx
// and stops at its next deadline check; its result is then dropped.
func extractGoBounded(ctx context.Context, data []byte, opt Options) (*Result, error) {
	type outcome struct {
		res *Result
		err error
	}
	done := make(chan outcome, 1) // buffered: an abandoned worker must not block
	go func() {
		res, err := extractGo(ctx, data, opt)
		done <- outcome{res, err}
	}()
	select {
	case o := <-done:
		if o.err != nil && ctx.Err() != nil {
			return nil, contextError(ctx, opt.Timeout)
		}
		return o.res, o.err
	case <-ctx.Done():
		return nil, contextError(ctx, opt.Timeout)
	}
}

// contextError turns the end of ctx into ErrTimeout (deadline) or a wrapped
// context.Canceled (the caller gave up).
func contextError(ctx context.Context, timeout time.Duration) error {
	if errors.Is(ctx.Err(), context.Canceled) {
		return fmt.Errorf("pdf: extraction canceled: %w", context.Canceled)
	}
	return fmt.Errorf("%w (limit %v): %w", ErrTimeout, timeout, context.DeadlineExceeded)
}
