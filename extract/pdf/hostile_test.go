package pdf

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"runtime"
	"testing"
	"time"

	lpdf "github.com/ledongthuc/pdf"
)

// xrefStreamPDF writes a PDF whose cross-reference is a stream (W [1 4 2])
// with the entries that entries returns for the object offsets (the last
// offset is the stream's own); dictExtra is added to the stream dictionary.
func xrefStreamPDF(objects []string, entries func(offsets []int) [][3]int, dictExtra string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	offsets := make([]int, len(objects))
	for i, obj := range objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, obj)
	}
	xrefObj := len(objects) + 1
	xoff := b.Len()
	offsets = append(offsets, xoff)
	var data []byte
	for _, e := range entries(offsets) {
		data = append(data, byte(e[0]), byte(e[1]>>24), byte(e[1]>>16), byte(e[1]>>8), byte(e[1]), byte(e[2]>>8), byte(e[2]))
	}
	fmt.Fprintf(&b, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R %s /Length %d >>\nstream\n", xrefObj, xrefObj+1, dictExtra, len(data))
	b.Write(data)
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", xoff)
	return b.Bytes()
}

// zlibZeros is a valid zlib stream inflating to about n zero bytes, built
// in milliseconds by repeating one compressed block of 16 MiB of zeros.
func zlibZeros(n int64) []byte {
	var buf bytes.Buffer
	w, _ := zlib.NewWriterLevel(&buf, zlib.BestCompression)
	w.Write(make([]byte, 32<<10))
	w.Flush()
	const chunk = 16 << 20
	mark := buf.Len()
	w.Write(make([]byte, chunk))
	w.Flush()
	block := bytes.Clone(buf.Bytes()[mark:])
	total := int64(32<<10 + chunk)
	for total+chunk <= n {
		buf.Write(block)
		total += chunk
	}
	buf.Write([]byte{0x03, 0x00}) // an empty final block
	adler := uint32(total%65521)<<16 | 1
	buf.Write([]byte{byte(adler >> 24), byte(adler >> 16), byte(adler >> 8), byte(adler)})
	return buf.Bytes()
}

// xrefStreamSeeds are valid files with a cross-reference stream, one of
// them keeping the page tree in an object stream, as fuzzing seeds.
func xrefStreamSeeds() [][]byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		stream("BT /F1 12 Tf 72 720 Td (Hello) Tj ET"),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	plain := func(offsets []int) [][3]int {
		e := [][3]int{{0, 0, 65535}}
		for _, o := range offsets {
			e = append(e, [3]int{1, o, 0})
		}
		return e
	}
	objstm := "2 0 << /Type /Pages /Kids [3 0 R] /Count 1 >>"
	withStm := append(append([]string{}, objs...), fmt.Sprintf("<< /Type /ObjStm /N 1 /First 4 /Length %d >>\nstream\n%s\nendstream", len(objstm), objstm))
	inStm := func(offsets []int) [][3]int {
		e := plain(offsets)
		e[2] = [3]int{2, 6, 0}
		return e
	}
	return [][]byte{xrefStreamPDF(objs, plain, ""), xrefStreamPDF(withStm, inStm, "")}
}

// TestXrefStreamSeedsRead: the seeds are read (the object stream too).
func TestXrefStreamSeedsRead(t *testing.T) {
	for i, data := range xrefStreamSeeds() {
		res, err := Extract(context.Background(), data, Options{Backend: BackendGo})
		if err != nil || len(res.Pages) != 1 || len(res.Pages[0].Lines) != 1 || res.Pages[0].Lines[0] != "Hello" {
			t.Errorf("seed %d: %v, %+v", i, err, res)
		}
	}
}

// TestHostileStructures: files that made the library recurse until the
// stack overflowed, allocate terabytes, or loop forever (each one a crash
// or a goroutine spinning after its deadline) are rejected within the
// Timeout, and no goroutine is left running.
func TestHostileStructures(t *testing.T) {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		stream("BT /F1 12 Tf 72 720 Td (Hello) Tj ET"),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	plain := func(offsets []int) [][3]int {
		e := [][3]int{{0, 0, 65535}}
		for _, o := range offsets {
			e = append(e, [3]int{1, o, 0})
		}
		return e
	}
	inStream6 := func(offsets []int) [][3]int { // the page tree in object stream 6
		e := plain(offsets)
		e[2] = [3]int{2, 6, 0}
		return e
	}
	selfStream := func(offsets []int) [][3]int {
		e := inStream6(offsets)
		e[6] = [3]int{2, 6, 0} // object stream 6 kept in itself
		return e
	}
	with := func(extra string) []string { return append(append([]string{}, objs...), extra) }
	objStm := func(dict string) []string {
		return with("<< /Type /ObjStm /First 4 " + dict + " /Length 10 >>\nstream\n9 0 [1 2]\nendstream")
	}
	bomb := zlibZeros(1 << 30)
	hello := onePagePDF("BT /F1 12 Tf 72 720 Td (Hello) Tj ET", "")
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"xref stream works", xrefStreamPDF(objs, plain, ""), nil},
		{"object stream kept in itself", xrefStreamPDF(with(""), selfStream, ""), ErrMalformed},
		{"object streams extending in a loop", xrefStreamPDF(objStm("/N 1 /Extends 6 0 R"), inStream6, ""), ErrMalformed},
		{"object stream of 9e15 objects", xrefStreamPDF(objStm("/N 9000000000000000"), inStream6, ""), ErrMalformed},
		{"object stream predictor of 9e10 columns", xrefStreamPDF(objStm("/N 1 /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 90000000000 >>"), inStream6, ""), ErrMalformed},
		{"object stream bomb", xrefStreamPDF(with(fmt.Sprintf("<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", len(bomb), bomb)), inStream6, ""), ErrTooLarge},
		{"xref stream /Index far out", xrefStreamPDF(objs, plain, "/Index [2000000000 1 0 7]"), ErrMalformed},
		{"xref stream /W of 9e11 bytes", bytes.Replace(xrefStreamPDF(objs, plain, ""), []byte("/W [1 4 2]"), []byte("/W [1 4 900000000000]"), 1), ErrMalformed},
		{"xref stream predictor of 9e10 columns", xrefStreamPDF(objs, plain, "/DecodeParms << /Columns 90000000000 /Predictor 12 >>"), ErrMalformed},
		{"/Size spelled with a #-escape", bytes.Replace(xrefStreamPDF(objs, plain, ""), []byte("/Size 7"), []byte("/Si#7Ae 900000000"), 1), ErrMalformed},
		{"/Size after a comment", bytes.Replace(hello, []byte("/Size 6"), []byte("/Size%x\n900000000"), 1), ErrMalformed},
		{"startxref outside the file", bytes.Replace(hello, []byte("startxref\n"), []byte("startxref\n9"), 1), ErrMalformed},
		{"content predictor of 9e10 columns", xrefStreamPDF(append(append([]string{}, objs[:3]...), "<< /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 90000000000 >> /Length 3 >>\nstream\nabc\nendstream", objs[4]), plain, ""), ErrMalformed},
		{"content bomb", onePagePDF("", "", fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", len(bomb), bomb)), ErrTooLarge},
	}
	// The content bomb must be the page's content.
	last := &cases[len(cases)-1]
	last.data = bytes.Replace(last.data, []byte("/Contents 4 0 R"), []byte("/Contents 6 0 R"), 1)

	before := runtime.NumGoroutine()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// No wall-clock assertion (a loaded machine makes it flaky):
			// a file that loops or spins hits the Timeout, and ErrTimeout
			// is neither the error wanted nor success.
			res, err := Extract(context.Background(), c.data, Options{Backend: BackendGo, Timeout: 10 * time.Second})
			if c.want == nil {
				if err != nil || len(res.Pages) != 1 {
					t.Fatalf("err = %v, res = %+v", err, res)
				}
				return
			}
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			t.Log(err)
		})
	}
	// Nothing keeps running after Extract returned.
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines left running (%d before)", n, before)
	}
}

// TestXrefTableVisible: the object-table check reads the library's
// unexported table by reflection; a new version of the library that
// renames its fields must fail here rather than disable the check.
func TestXrefTableVisible(t *testing.T) {
	data := helloPDF()
	r, err := lpdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	table, encrypted, ok := xrefTable(r)
	if !ok || encrypted || len(table) != 6 {
		t.Fatalf("table %+v, encrypted %v, ok %v: the library's Reader changed; update xreftable.go", table, encrypted, ok)
	}
	at := bytes.Index(data, []byte("3 0 obj"))
	if table[3].id != 3 || table[3].offset != int64(at) || table[3].inStream {
		t.Fatalf("entry 3 = %+v, want object 3 at offset %d", table[3], at)
	}
}
