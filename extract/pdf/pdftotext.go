package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
	"unicode/utf8"
)

const pdftotextBinary = "pdftotext"

func pdftotextInstalled() bool {
	_, err := exec.LookPath(pdftotextBinary)
	return err == nil
}

// extractPdftotext runs poppler's pdftotext in its reading-order mode (not
// -layout, which pads columns side by side with spaces).
func extractPdftotext(ctx context.Context, data []byte, opt Options) (*Result, error) {
	bin, err := exec.LookPath(pdftotextBinary)
	if err != nil {
		return nil, fmt.Errorf("%w: pdftotext is not installed (it comes with poppler-utils)", ErrNoBackend)
	}
	if len(data) == 0 {
		return nil, fmt.Errorf("%w: empty input", ErrMalformed)
	}
	if !bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")) {
		return nil, fmt.Errorf("%w: not a PDF file (no %%PDF- header)", ErrMalformed)
	}
	// pdftotext needs a seekable file; a temporary one is removed at once.
	tmp, err := os.CreateTemp("", "claimgraph-*.pdf")
	if err != nil {
		return nil, fmt.Errorf("pdf: cannot write a temporary file for pdftotext: %w", err)
	}
	defer os.Remove(tmp.Name())
	_, werr := tmp.Write(data)
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return nil, fmt.Errorf("pdf: cannot write a temporary file for pdftotext: %w", werr)
	}

	cmd := exec.CommandContext(ctx, bin, "-enc", "UTF-8", tmp.Name(), "-")
	cmd.WaitDelay = 2 * time.Second // do not hang on pipes a killed child left open
	stdout := &cappedBuffer{limit: opt.MaxTextBytes}
	stderr := &cappedBuffer{limit: 64 << 10}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	runErr := cmd.Run()
	switch {
	case ctx.Err() != nil:
		return nil, contextError(ctx, opt.Timeout)
	case stdout.overflow:
		return nil, textTooLarge(opt.MaxTextBytes)
	case runErr != nil:
		return nil, classifyPdftotextError(runErr, stderr.String())
	}
	pages := parsePdftotext(stdout.String())
	if !hasText(pages) {
		return nil, fmt.Errorf("%w (%s)", ErrNoText, pagesCount(len(pages)))
	}
	return &Result{Pages: pages, Backend: BackendPdftotext, Quality: Measure(pages)}, nil
}

// classifyPdftotextError maps pdftotext's exit status and messages to the
// sentinel errors. Exit codes: 1 cannot open the PDF, 3 permissions.
func classifyPdftotextError(runErr error, stderr string) error {
	msg := strings.TrimSpace(stderr)
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		msg = msg[:i]
	}
	var exit *exec.ExitError
	code := -1
	if errors.As(runErr, &exit) {
		code = exit.ExitCode()
	}
	switch {
	case strings.Contains(stderr, "password") || strings.Contains(stderr, "ncrypt") || code == 3:
		return fmt.Errorf("%w (pdftotext: %s)", ErrEncrypted, msg)
	case code >= 0:
		return fmt.Errorf("%w: pdftotext exit status %d: %s", ErrMalformed, code, msg)
	default:
		return fmt.Errorf("pdf: cannot run pdftotext: %w", runErr)
	}
}

// parsePdftotext splits pdftotext output into pages (form feeds) and lines;
// blank lines, which separate its text blocks, become paragraph breaks.
func parsePdftotext(out string) []Page {
	raw := strings.Split(out, "\f")
	if len(raw) > 1 && strings.TrimSpace(raw[len(raw)-1]) == "" {
		raw = raw[:len(raw)-1] // after the last page's form feed
	}
	pages := make([]Page, 0, len(raw))
	for i, text := range raw {
		var lines []string
		for line := range strings.SplitSeq(text, "\n") {
			line = normalizeLine(line)
			if line == "" && (len(lines) == 0 || lines[len(lines)-1] == "") {
				continue
			}
			lines = append(lines, line)
		}
		if n := len(lines); n > 0 && lines[n-1] == "" {
			lines = lines[:n-1]
		}
		pages = append(pages, Page{Number: i + 1, Lines: lines})
	}
	return pages
}

// normalizeLine applies to a whole line what writeGlyphText does per glyph.
func normalizeLine(line string) string {
	line = strings.TrimSpace(line)
	var b strings.Builder
	for i, r := range line {
		writeGlyphText(&b, string(r), i+utf8.RuneLen(r) == len(line))
	}
	return strings.TrimSpace(b.String())
}

// cappedBuffer collects output up to a limit and notes an overflow instead
// of growing without bound.
type cappedBuffer struct {
	bytes.Buffer
	limit    int64
	overflow bool
}

func (c *cappedBuffer) Write(p []byte) (int, error) {
	if room := c.limit - int64(c.Len()); int64(len(p)) > room {
		c.overflow = true
		c.Buffer.Write(p[:max(room, 0)])
		return len(p), nil // keep the child writing; the result is discarded
	}
	return c.Buffer.Write(p)
}
