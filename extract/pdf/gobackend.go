package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	lpdf "github.com/ledongthuc/pdf"
)

// maxPageTreeNodes bounds the page tree walk; real documents have at most a
// few hundred thousand pages.
const maxPageTreeNodes = 1 << 20

// extractGo is the pure-Go backend. It recovers from panics in the library,
// which reports malformed input that way.
func extractGo(ctx context.Context, data []byte, opt Options) (res *Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("%w: %v", ErrMalformed, r)
		}
	}()
	reader, err := openReader(ctx, data)
	if err != nil {
		return nil, err
	}
	pages, err := collectPages(ctx, reader)
	if err != nil {
		return nil, err
	}
	doc := &document{ctx: ctx, reader: reader, maxBytes: opt.MaxBytes, fonts: map[string]*font{}}
	res = &Result{Backend: BackendGo}
	var firstPageErr error
	failed := 0
	textBytes := int64(0)
	for i, page := range pages {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		lines, err := extractPage(doc, page)
		switch {
		case errors.Is(err, ErrTooLarge), ctx.Err() != nil:
			return nil, err
		case err != nil:
			failed++
			if firstPageErr == nil {
				firstPageErr = err
			}
			res.Warnings = append(res.Warnings, fmt.Sprintf("page %d: %v", i+1, err))
		}
		for _, l := range lines {
			textBytes += int64(len(l)) + 1
		}
		if textBytes > opt.MaxTextBytes {
			return nil, textTooLarge(opt.MaxTextBytes)
		}
		res.Pages = append(res.Pages, Page{Number: i + 1, Lines: lines})
	}
	if !hasText(res.Pages) && failed > 0 {
		// The pages that failed may be where the text was.
		return nil, fmt.Errorf("no text could be read, %d of %s failed: %w", failed, pagesCount(len(pages)), firstPageErr)
	}
	if !hasText(res.Pages) {
		return nil, fmt.Errorf("%w (%s)", ErrNoText, pagesCount(len(pages)))
	}
	res.Quality = Measure(res.Pages)
	return res, nil
}

// openReader opens data with the library, classifying its complaints.
func openReader(ctx context.Context, data []byte) (*lpdf.Reader, error) {
	if len(data) == 0 {
		return nil, fmt.Errorf("%w: empty input", ErrMalformed)
	}
	data, err := normalizeEnvelope(data)
	if err != nil {
		return nil, err
	}
	if err := checkStructure(data); err != nil {
		return nil, err
	}
	reader, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		msg := libraryMessage(err)
		if isEncrypted(data) {
			switch {
			case errors.Is(err, lpdf.ErrInvalidPassword):
				msg = "it needs a password to open"
			case strings.Contains(msg, "256-bit") || strings.Contains(msg, "V=5") || strings.Contains(msg, "R=5") || strings.Contains(msg, "R=6"):
				msg = "AES-256, which the built-in reader cannot decrypt; if it opens without a password, pdftotext (poppler-utils) can read it"
			}
			return nil, fmt.Errorf("%w (%s)", ErrEncrypted, msg)
		}
		if strings.Contains(msg, "xref") || strings.Contains(msg, "cross-reference") || strings.Contains(msg, "startxref") || strings.Contains(msg, "reading at offset") {
			msg += "; its cross-reference table is damaged: download it again or repair it (e.g. qpdf damaged.pdf repaired.pdf)"
		}
		return nil, fmt.Errorf("%w: %s", ErrMalformed, msg)
	}
	if err := checkObjectTable(ctx, reader, data); err != nil {
		return nil, err
	}
	// An /Encrypt entry the library opened with the empty user password
	// (an owner-password-only file) reads like any other file.
	return reader, nil
}

// libraryMessage is the first clause of a library error, without the
// library's own "malformed PDF" prefix (ErrMalformed says it) and without
// the dumps of PDF objects some of its messages append.
func libraryMessage(err error) string {
	msg := err.Error()
	for _, p := range []string{"malformed PDF file: ", "malformed PDF: ", "unsupported PDF: "} {
		msg = strings.TrimPrefix(msg, p)
	}
	if i := strings.Index(msg, "; "); i >= 0 {
		msg = msg[:i]
	}
	if len(msg) > 200 {
		msg = msg[:200] + "…"
	}
	return msg
}

// normalizeEnvelope fixes the harmless header and trailer variations that
// the library rejects: a PDF 2.0 or oddly terminated header line and junk
// after the last %%EOF. Offsets do not move, so the xref stays valid.
func normalizeEnvelope(data []byte) ([]byte, error) {
	head := data[:min(len(data), 1024)]
	at := bytes.Index(head, []byte("%PDF-"))
	if at < 0 {
		return nil, fmt.Errorf("%w: not a PDF file (no %%PDF- header)", ErrMalformed)
	}
	if len(data) < at+9 {
		return nil, fmt.Errorf("%w: file is truncated right after its header", ErrMalformed)
	}
	if at > 0 {
		data = data[at:] // junk before the header; offsets count from it
	}
	if !bytes.HasPrefix(data, []byte("%PDF-1.")) || data[7] < '0' || data[7] > '7' || data[8] != '\n' && data[8] != '\r' {
		data = bytes.Clone(data)
		copy(data, "%PDF-1.7\n")
	}
	eof := bytes.LastIndex(data, []byte("%%EOF"))
	if eof < 0 {
		return nil, fmt.Errorf("%w: file is truncated (no %%%%EOF marker at its end): download it again", ErrMalformed)
	}
	if len(bytes.TrimRight(data[eof+5:], "\r\n\t \x00")) > 0 {
		data = data[:eof+5]
	}
	return data, nil
}

// isEncrypted reports whether the file names an encryption dictionary.
func isEncrypted(data []byte) bool {
	return bytes.Contains(data, []byte("/Encrypt"))
}

// collectPages walks the page tree. It does not use Reader.Page, which
// rescans the tree for every page and loops forever on a cyclic tree.
func collectPages(ctx context.Context, r *lpdf.Reader) ([]lpdf.Value, error) {
	root := r.Trailer().Key("Root").Key("Pages")
	if root.Kind() != lpdf.Dict {
		return nil, fmt.Errorf("%w: no page tree (missing /Root /Pages)", ErrMalformed)
	}
	type node struct {
		v     lpdf.Value
		depth int
	}
	var pages []lpdf.Value
	stack := []node{{root, 0}}
	visited := 0
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if visited++; visited > maxPageTreeNodes {
			return nil, fmt.Errorf("%w: page tree too large or cyclic", ErrMalformed)
		}
		if visited%1024 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		kids := n.v.Key("Kids")
		if kids.Kind() != lpdf.Array || n.v.Key("Type").Name() == "Page" {
			pages = append(pages, n.v)
			continue
		}
		if n.depth >= 64 {
			return nil, fmt.Errorf("%w: page tree too deep or cyclic", ErrMalformed)
		}
		for i := kids.Len() - 1; i >= 0; i-- { // reversed: the stack pops in order
			if kid := kids.Index(i); kid.Kind() == lpdf.Dict {
				stack = append(stack, node{kid, n.depth + 1})
			}
		}
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("%w: the page tree has no pages", ErrMalformed)
	}
	return pages, nil
}

// extractPage interprets and lays out one page. Malformed content becomes
// an ErrMalformed error for this page only.
func extractPage(doc *document, page lpdf.Value) (lines []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			lines, err = nil, fmt.Errorf("%w: %v", ErrMalformed, r)
		}
	}()
	pi := &pageInterpreter{doc: doc, budget: doc.maxBytes}
	if err := pi.run(page); err != nil {
		if errors.Is(err, ErrTooLarge) || errors.Is(err, ErrMalformed) || doc.ctx.Err() != nil {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	return layoutPage(pi.glyphs), nil
}

// textTooLarge reports text over the limit; a paper has well under 1 MB.
func textTooLarge(limit int64) error {
	return fmt.Errorf("%w: the extracted text exceeds %s, far more than a paper has; split the document", ErrTooLarge, sizeString(limit))
}

// sizeString writes a byte count for a message: "16 MB", "1000 bytes".
func sizeString(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

func hasText(pages []Page) bool {
	for _, p := range pages {
		for _, l := range p.Lines {
			if len(bytes.TrimSpace([]byte(l))) > 0 {
				return true
			}
		}
	}
	return false
}

func pagesCount(n int) string {
	if n == 1 {
		return "1 page"
	}
	return fmt.Sprintf("%d pages", n)
}
