package pdf

import (
	"bytes"
	"fmt"

	"github.com/claimgraph/claimgraph/extract/pdf/pdftest"
)

// buildPDF writes a PDF with a correct cross-reference table (pdftest.Build).
func buildPDF(objects []string, trailerExtra string) []byte {
	return pdftest.Build(objects, trailerExtra)
}

// stream formats a stream object with the given (unfiltered) content.
func stream(content string) string {
	return fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content)
}

// onePagePDF is a one-page PDF drawing content with Helvetica as /F1.
func onePagePDF(content string, trailerExtra string, extraObjects ...string) []byte {
	objects := append([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		stream(content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
	}, extraObjects...)
	return buildPDF(objects, trailerExtra)
}

// helloPDF is a minimal valid PDF with one line of text.
func helloPDF() []byte {
	return onePagePDF("BT /F1 12 Tf 72 720 Td (Hello, claims graph.) Tj ET", "")
}

// emptyPagePDF has a page whose content stream is empty: no text layer.
func emptyPagePDF() []byte {
	return onePagePDF("", "")
}

// imageOnlyPDF draws only a filled rectangle, as a scan draws only images.
func imageOnlyPDF() []byte {
	return onePagePDF("q 0.5 g 72 72 200 300 re f Q", "")
}

// encryptedPDF names a standard-security encryption dictionary whose
// user password is not empty.
func encryptedPDF() []byte {
	o := bytes.Repeat([]byte{0x5a}, 32)
	u := bytes.Repeat([]byte{0xa5}, 32)
	enc := fmt.Sprintf("<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <%x> /U <%x> >>", o, u)
	return onePagePDF("BT /F1 12 Tf 72 720 Td (secret) Tj ET",
		"/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ", enc)
}
