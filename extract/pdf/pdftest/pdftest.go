// Package pdftest writes small PDFs for tests (hostile structures are built
// from these pieces by the tests that need them).
package pdftest

import (
	"bytes"
	"fmt"
)

// Build writes a PDF whose objects are numbered from 1 in order, with a
// correct classic cross-reference table; object 1 must be the catalog.
// trailerExtra is added to the trailer dictionary after /Size and /Root.
func Build(objects []string, trailerExtra string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objects))
	for i, obj := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, obj)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objects)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n", len(objects)+1, trailerExtra, xref)
	return b.Bytes()
}
