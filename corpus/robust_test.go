//go:build unix

package corpus

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"context"
	"crypto/rand"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/pdf/pdftest"
)

// The malformed-input suite: a corpus of broken, hostile and awkward inputs
// beside good documents, run through Engine.Run. Every bad input must cost
// exactly its one errors[] entry, with a stage and a message a user can act
// on; every good document must be processed; the run must stay within
// generous bounds of time and memory. Inputs are generated here (big ones
// lazily), none is committed.

const englishParagraph = "Remittances accounted for 18.8% of Kyrgyzstan's GDP in 2023, according to the World Bank. " +
	"Labor migration from Central Asia to Russia and Kazakhstan grew steadily over the decade, " +
	"and the number of registered migrant workers reached 2.1 million in 2022.\n\n"

const russianParagraph = "Денежные переводы трудовых мигрантов составили 18,8% ВВП Кыргызстана в 2023 году, " +
	"по данным Всемирного банка. Трудовая миграция из Центральной Азии в Россию и Казахстан " +
	"устойчиво росла на протяжении десятилетия, а число зарегистрированных мигрантов достигло 2,1 миллиона.\n\n"

// pdfObjects writes a PDF with a classic cross-reference table; objects are
// numbered from 1 and object 1 is the catalog.
func pdfObjects(objects []string, trailerExtra string) []byte {
	return pdftest.Build(objects, trailerExtra)
}

func pdfStream(dict string, content []byte) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(content), content)
}

// textPDF is a valid PDF of pages pages, each a few lines of prose.
func textPDF(pages int, prose string) []byte {
	objects := []string{"<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}
	var kids []string
	for p := 0; p < pages; p++ {
		var content strings.Builder
		content.WriteString("BT /F1 11 Tf 14 TL 72 740 Td\n")
		for _, line := range wrap(prose, 80) {
			fmt.Fprintf(&content, "(%s) Tj T*\n", strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(line))
		}
		content.WriteString("ET")
		objects = append(objects, pdfStream("", []byte(content.String())))
		contents := len(objects)
		objects = append(objects, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources << /Font << /F1 3 0 R >> >> >>", contents))
		kids = append(kids, fmt.Sprintf("%d 0 R", len(objects)))
	}
	objects[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), pages)
	return pdfObjects(objects, "")
}

func wrap(s string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if len(line)+len(w)+1 > width && line != "" {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}

// onePage is a one-page PDF with the given content stream object (object
// 4) and further objects from 6 on.
func onePage(contents string, resources string, extra ...string) []byte {
	return pdfObjects(append([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> " + resources + " >> >>",
		contents,
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}, extra...), "")
}

// objectStreamLoopPDF has a cross-reference stream that says the object
// stream holding the page tree is kept in itself: the library resolving it
// would recurse until the process dies of a stack overflow.
func objectStreamLoopPDF() []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	objects := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [] /Count 0 >>",
		"<< /Type /ObjStm /N 1 /First 4 /Length 10 >>\nstream\n2 0 [1 2]\nendstream",
	}
	offsets := []int{}
	for i, obj := range objects {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, obj)
	}
	xref := b.Len()
	entry := func(typ, f2, f3 int) []byte {
		return []byte{byte(typ), byte(f2 >> 24), byte(f2 >> 16), byte(f2 >> 8), byte(f2), byte(f3 >> 8), byte(f3)}
	}
	var data []byte
	data = append(data, entry(0, 0, 65535)...)
	data = append(data, entry(1, offsets[0], 0)...)
	data = append(data, entry(2, 3, 0)...) // object 2 in object stream 3
	data = append(data, entry(2, 3, 1)...) // object stream 3 in itself
	data = append(data, entry(1, xref, 0)...)
	fmt.Fprintf(&b, "4 0 obj\n<< /Type /XRef /Size 5 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n", len(data))
	b.Write(data)
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", xref)
	return b.Bytes()
}

// zlibZeros is a valid zlib stream that inflates to about n zero bytes,
// built in milliseconds: one compressed block of 16 MiB of zeros is
// repeated (after 32 KiB of zeros, its back-references always read zeros),
// and the Adler-32 of n zeros is (n mod 65521)<<16 | 1.
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

// encryptedPDF is a one-page PDF under the standard security handler with
// the given encryption dictionary (object 6), whose user password is not
// empty: its O and U entries match no password.
func encryptedPDF(dict string) []byte {
	data := onePage(pdfStream("", []byte("BT /F1 12 Tf 72 720 Td (secret) Tj ET")), "", dict)
	return bytes.Replace(data, []byte("/Root 1 0 R "), []byte("/Root 1 0 R /Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] "), 1)
}

// rc4Dict is RC4 with a 128-bit key (revision 3).
func rc4Dict() string {
	return fmt.Sprintf("<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <%x> /U <%x> >>",
		bytes.Repeat([]byte{0x5a}, 32), bytes.Repeat([]byte{0xa5}, 32))
}

// aes256Dict is AES-256 (revision 6, PDF 2.0).
func aes256Dict() string {
	return fmt.Sprintf("<< /Filter /Standard /V 5 /R 6 /Length 256 /P -1028 "+
		"/CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF "+
		"/O <%x> /U <%x> /OE <%x> /UE <%x> /Perms <%x> >>",
		bytes.Repeat([]byte{0x5a}, 48), bytes.Repeat([]byte{0xa5}, 48), bytes.Repeat([]byte{0x11}, 32), bytes.Repeat([]byte{0x22}, 32), bytes.Repeat([]byte{0x33}, 16))
}

// writeBigText writes a text file of about size bytes of prose, in
// paragraphs, without holding it in memory.
func writeBigText(t *testing.T, path string, size int64) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	for n := int64(0); n < size; n += int64(len(englishParagraph)) {
		w.WriteString(englishParagraph)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// robustCase is one input of the suite and what the run must make of it.
type robustCase struct {
	name string // path under the corpus folder
	// make writes the input at path (nil: written by data).
	make func(t *testing.T, path string)
	data []byte
	// stage and msg: the one errors[] entry expected ("" stage: none, the
	// document must be processed). msg is a case-insensitive substring.
	stage, msg string
	// recoverable: pdftotext (in the auto backend) may read the file in
	// spite of the damage; the document is then processed instead.
	recoverable bool
	// lang, when set, is the main language the processed document must
	// have (the text was decoded, not mangled).
	lang string
	long bool // skipped under -short
	// noDoc: processed without error but not a document (nothing to list).
	noDoc bool
}

func robustCases() []robustCase {
	good := textPDF(4, strings.Repeat(englishParagraph, 3))
	random := make([]byte, 64<<10)
	rand.Read(random)
	cut := func(frac float64) []byte { return good[:int(float64(len(good))*frac)] }
	bomb := zlibZeros(4 << 30)
	scanned := onePage(pdfStream("", []byte("q 612 0 0 792 0 0 cm /Im1 Do Q")), "/XObject << /Im1 6 0 R >>",
		pdfStream("/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8", bytes.Repeat([]byte{0x80}, 64)))
	xrefNowhere := bytes.Replace(good, []byte(fmt.Sprintf("startxref\n%d\n", bytes.LastIndex(good, []byte("xref\n0 ")))), []byte("startxref\n987654321\n"), 1)
	pageLoop := pdfObjects([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
		"<< /Type /Pages /Kids [2 0 R] /Count 1 >>",
	}, "")
	deepArrays := onePage(pdfStream("", []byte("BT /F1 12 Tf 72 720 Td (deep) Tj ET")), "", "<< /X "+strings.Repeat("[", 1<<20)+" >>")
	return []robustCase{
		// Good documents: processed whatever fails beside them.
		{name: "good.txt", data: []byte(englishParagraph), lang: "en"},
		{name: "good.pdf", data: good, lang: "en"},
		{name: "good.md", data: []byte("# Migration\n\n" + englishParagraph), lang: "en"},
		{name: "utf16-bom.txt", data: utf16LE(englishParagraph+"UTF-16 with a byte-order mark.\n", true), lang: "en"},
		{name: "utf16-nobom.txt", data: utf16LE(englishParagraph+"UTF-16 without a byte-order mark.\n", false), lang: "en"},
		{name: "windows-1251.txt", data: encodeCharmap(charmap.Windows1251, russianParagraph), lang: "ru"},
		{name: "koi8-r.txt", data: encodeCharmap(charmap.KOI8R, russianParagraph+"Вторая кодировка.\n"), lang: "ru"},
		{name: "папка с пробелами/статья о миграции №1 (копия).txt", data: []byte(russianParagraph + "Путь с пробелами.\n"), lang: "ru"},
		{name: "big-1MB.txt", long: true, lang: "en", make: func(t *testing.T, p string) { writeBigText(t, p, 1<<20) }},

		// Empty, random, unsupported, unreadable.
		{name: "empty.txt", data: []byte{}, stage: "read", msg: "empty file"},
		{name: "empty.pdf", data: []byte{}, stage: "pdf", msg: "empty input"},
		{name: "random.pdf", data: random, stage: "pdf", msg: "not a PDF file"},
		{name: "paper.docx", data: []byte("PK\x03\x04 not read"), stage: "read", msg: "unsupported file type"},
		{name: "invalid-utf8.txt", data: []byte("Migration \xff\xfe\xfa statistics \xc3\x28 of 2023"), stage: "decode", msg: "convert the file to UTF-8"},
		{name: "unreadable.txt", data: []byte(englishParagraph), stage: "read", msg: "permission denied"},
		{name: "text-200MB.txt", long: true, stage: "read", msg: "over the 16 MB limit for one document's text", make: func(t *testing.T, p string) { writeBigText(t, p, 200<<20) }},
		{name: "pipe.txt", stage: "read", msg: "not a regular file", make: func(t *testing.T, p string) {
			if err := syscall.Mkfifo(p, 0o644); err != nil {
				t.Skipf("mkfifo: %v", err)
			}
		}},

		// Links.
		{name: "dangling.txt", stage: "read", msg: "no such file", make: func(t *testing.T, p string) { symlink(t, "does-not-exist.txt", p) }},
		{name: "self-loop.txt", stage: "read", msg: "symbolic link loop", make: func(t *testing.T, p string) { symlink(t, "self-loop.txt", p) }},
		{name: "loop/back", noDoc: true, make: func(t *testing.T, p string) {
			os.MkdirAll(filepath.Dir(p), 0o755)
			symlink(t, "..", p) // a folder loop: not followed
		}},

		// Broken PDFs.
		{name: "truncated-10.pdf", data: cut(0.10), stage: "pdf", msg: "truncated", recoverable: true},
		{name: "truncated-50.pdf", data: cut(0.50), stage: "pdf", msg: "truncated", recoverable: true},
		{name: "truncated-90.pdf", data: cut(0.90), stage: "pdf", msg: "truncated", recoverable: true},
		{name: "truncated-in-eof.pdf", data: good[:len(good)-3], stage: "pdf", msg: "truncated", recoverable: true},
		{name: "xref-nowhere.pdf", data: xrefNowhere, stage: "pdf", msg: "cross-reference table is said to be at offset 987654321, outside the file", recoverable: true},
		{name: "page-tree-loop.pdf", data: pageLoop, stage: "pdf", msg: "cyclic"},
		{name: "object-stream-loop.pdf", data: objectStreamLoopPDF(), stage: "pdf", msg: "object loop"},
		{name: "deep-arrays.pdf", data: deepArrays, stage: "pdf", msg: "nested more than", recoverable: true},
		{name: "bomb-4GB.pdf", data: onePage(pdfStream("/Filter /FlateDecode", bomb), ""), stage: "pdf", msg: "decompression bomb"},
		{name: "encrypted-rc4.pdf", data: encryptedPDF(rc4Dict()), stage: "pdf", msg: "encrypted; decrypt it first"},
		{name: "encrypted-aes256.pdf", data: encryptedPDF(aes256Dict()), stage: "pdf", msg: "encrypted; decrypt it first"},
		{name: "scanned.pdf", data: scanned, stage: "pdf", msg: "no text layer (scanned images?); OCR needed"},
	}
}

func encodeCharmap(cm *charmap.Charmap, s string) []byte {
	b, err := cm.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

// peakHeap samples the heap until stop is called and returns the highest
// value seen.
func peakHeap() (stop func() uint64) {
	var mu sync.Mutex
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			mu.Lock()
			peak = max(peak, ms.HeapAlloc)
			mu.Unlock()
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		return peak
	}
}

// TestMalformedInputs runs the suite through Engine.Run with the Go PDF
// backend (the same verdicts on every machine) and, when pdftotext is
// installed, with the default auto backend.
func TestMalformedInputs(t *testing.T) {
	backends := []string{"go"}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		backends = append(backends, "auto")
	}
	dir := t.TempDir()
	cases := robustCases()
	var active []robustCase
	// A real paper cut short, when the shared PDFs are there.
	if real, err := os.ReadFile("../shared/pdfs/003_labor-migration-kazakhstan_en.pdf"); err == nil {
		cases = append(cases, robustCase{name: "real-truncated.pdf", data: real[:len(real)/3], stage: "pdf", msg: "truncated", recoverable: true})
	}
	for _, c := range cases {
		if c.long && testing.Short() {
			continue
		}
		p := filepath.Join(dir, c.name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if c.make != nil {
			c.make(t, p)
		} else if err := os.WriteFile(p, c.data, 0o644); err != nil {
			t.Fatal(err)
		}
		active = append(active, c)
	}
	// No read permission. Root reads anything: the failure of open is then
	// simulated, with the error the system would give.
	unreadable := filepath.Join(dir, "unreadable.txt")
	os.Chmod(unreadable, 0o000)
	if f, err := os.Open(unreadable); err == nil {
		f.Close()
		prev := openInput
		openInput = func(name string) (*os.File, error) {
			if name == unreadable {
				return nil, &fs.PathError{Op: "open", Path: name, Err: syscall.EACCES}
			}
			return prev(name)
		}
		t.Cleanup(func() { openInput = prev })
	}

	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) {
			e, err := NewEngine(Config{Version: "test", Extract: extract.Config{PDFBackend: backend, PDFTimeout: 30 * time.Second}})
			if err != nil {
				t.Fatal(err)
			}
			ins, inErrs := Collect([]string{dir})
			runtime.GC()
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			stop := peakHeap()
			start := time.Now()
			var pmu sync.Mutex
			last := time.Now()
			progress := func(_ int, path string) {
				pmu.Lock()
				defer pmu.Unlock()
				if d := time.Since(last); testing.Verbose() {
					t.Logf("done %s after %v", filepath.Base(path), d.Round(time.Millisecond))
				}
				last = time.Now()
			}
			g, err := e.Run(context.Background(), ins, inErrs, Options{Workers: 4, MaxBytes: 256 << 20, DocTimeout: 60 * time.Second, Progress: progress})
			elapsed := time.Since(start)
			peak := stop()
			if err != nil {
				t.Fatal(err)
			}
			// Generous bounds: they catch a hang, a loop or a bomb read
			// into memory, not a slowdown.
			growth := int64(peak) - int64(before.HeapAlloc)
			t.Logf("%d inputs in %v, peak heap growth %d MB", len(ins), elapsed.Round(time.Millisecond), growth>>20)
			if elapsed > 2*time.Minute {
				t.Errorf("the run took %v", elapsed)
			}
			if growth > 1<<30 {
				t.Errorf("heap grew by %d MB", growth>>20)
			}
			checkRobustGraph(t, g, dir, active, backend)
		})
	}
}

func checkRobustGraph(t *testing.T, g *Graph, dir string, cases []robustCase, backend string) {
	t.Helper()
	errs := map[string][]extract.RecordError{}
	for _, e := range g.Errors {
		rel, err := filepath.Rel(dir, e.Path)
		if err != nil {
			rel = e.Path
		}
		errs[rel] = append(errs[rel], e)
	}
	docs := map[string]extract.DocumentInfo{}
	for _, d := range g.Documents {
		rel, _ := filepath.Rel(dir, d.Path)
		docs[rel] = d
	}
	known := map[string]bool{}
	for _, c := range cases {
		known[c.name] = true
		es, d, isDoc := errs[c.name], docs[c.name], false
		if _, isDoc = docs[c.name]; isDoc && len(es) == 0 && c.recoverable && backend == "auto" {
			t.Logf("%-28s recovered by pdftotext", c.name)
			continue
		}
		if c.stage == "" {
			if len(es) > 0 {
				t.Errorf("%s: unexpected error %s: %s", c.name, es[0].Stage, es[0].Message)
				continue
			}
			if c.noDoc {
				continue
			}
			if !isDoc {
				t.Errorf("%s: not processed", c.name)
				continue
			}
			if c.lang != "" && (len(d.Languages) == 0 || d.Languages[0].Lang != c.lang) {
				t.Errorf("%s: languages %+v, want mainly %s", c.name, d.Languages, c.lang)
			}
			if d.Path != filepath.Join(dir, c.name) {
				t.Errorf("%s: path %q", c.name, d.Path)
			}
			continue
		}
		if len(es) != 1 {
			t.Errorf("%s: %d error entries %+v, want exactly 1", c.name, len(es), es)
			continue
		}
		e := es[0]
		t.Logf("%-28s %-6s %s", c.name, e.Stage, firstLine(e.Message))
		if e.Stage != c.stage || !strings.Contains(strings.ToLower(e.Message), strings.ToLower(c.msg)) {
			t.Errorf("%s: got %s: %q, want stage %s and a message with %q", c.name, e.Stage, e.Message, c.stage, c.msg)
		}
		if strings.Contains(e.Message, "internal error") {
			t.Errorf("%s: a malformed input is not an internal error: %s", c.name, e.Message)
		}
	}
	for name, es := range errs {
		if !known[name] {
			t.Errorf("error for an input outside the suite: %s: %+v", name, es)
		}
	}
	for name := range docs {
		if !known[name] {
			t.Errorf("a document outside the suite: %s", name)
		}
	}
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// TestDocTimeout: a document over --doc-timeout becomes a "stopped after"
// error at the stage it had reached, the others are processed, and
// extractions that ignore their deadline are abandoned without the number
// of running extractions exceeding twice the workers.
func TestDocTimeout(t *testing.T) {
	res := newEngine(t).Pipeline.NLP
	var running, peak atomic.Int64
	slow := extract.Stage{Name: "slow", Run: func(d *doc.Document, st *extract.State) error {
		n := running.Add(1)
		defer running.Add(-1)
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		if strings.Contains(d.Text, "slow") {
			time.Sleep(2 * time.Second) // ignores its deadline
		} else if strings.Contains(d.Text, "late") {
			time.Sleep(300 * time.Millisecond) // returns after its deadline
		}
		return nil
	}}
	next := extract.Stage{Name: "after", Run: func(*doc.Document, *extract.State) error { return nil }}
	p, err := extract.New(res, extract.Options{}, slow, next)
	if err != nil {
		t.Fatal(err)
	}
	defer func(g time.Duration) { stopGrace = g }(stopGrace)
	stopGrace = 500 * time.Millisecond
	dir := t.TempDir()
	var paths []string
	for i, text := range []string{"fast one", "slow one", "late one", "slow two", "slow three", "slow four", "fast two", "slow five"} {
		p := filepath.Join(dir, fmt.Sprintf("%d.txt", i))
		os.WriteFile(p, []byte("A document, "+text+".\n"), 0o644)
		paths = append(paths, p)
	}
	ins, _ := Collect([]string{dir})
	start := time.Now()
	recs := ExtractAll(context.Background(), p, ins, Options{Workers: 2, DocTimeout: 100 * time.Millisecond})
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("took %v", d)
	}
	for i, r := range recs {
		text := []string{"fast", "slow", "late", "slow", "slow", "slow", "fast", "slow"}[i]
		switch {
		case text == "fast" && r.Error != nil:
			t.Errorf("%s: %+v", r.Document.Path, r.Error)
		case text == "late" && (r.Error == nil || r.Error.Stage != "after" || !strings.HasPrefix(r.Error.Message, "stopped after 100ms (--doc-timeout)")):
			t.Errorf("%s: error %+v, want stopped after 100ms at stage after", r.Document.Path, r.Error)
		case text == "slow" && (r.Error == nil || r.Error.Stage != "extract" || !strings.HasPrefix(r.Error.Message, "stopped after 100ms (--doc-timeout)")):
			t.Errorf("%s: error %+v, want stopped after 100ms", r.Document.Path, r.Error)
		}
	}
	if n := peak.Load(); n > 4 {
		t.Errorf("%d extractions ran at once with 2 workers", n)
	}
	t.Logf("peak concurrent extractions %d", peak.Load())
	// The abandoned ones end on their own.
	time.Sleep(2100 * time.Millisecond)
	if n := running.Load(); n != 0 {
		t.Errorf("%d extractions still running", n)
	}
}

// TestInterruptedWriteKeepsOldFile: a process killed while writing the
// graph leaves the previous file whole (WriteFileAtomic writes a temporary
// file and renames it).
func TestInterruptedWriteKeepsOldFile(t *testing.T) {
	const big = 256 << 20
	if path := os.Getenv("CLAIMGRAPH_ATOMIC_CHILD"); path != "" {
		if err := WriteFileAtomic(path, bytes.Repeat([]byte("new "), big/4)); err != nil {
			os.Exit(3)
		}
		os.Exit(0)
	}
	if testing.Short() {
		t.Skip("writes 256 MB")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "claims-graph.json")
	old := []byte(`{"schema": "claimgraph/v1", "old": true}` + "\n")
	if err := WriteFileAtomic(path, old); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestInterruptedWriteKeepsOldFile$")
	cmd.Env = append(os.Environ(), "CLAIMGRAPH_ATOMIC_CHILD="+path)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killed := false
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		tmps, _ := filepath.Glob(filepath.Join(dir, ".claims-graph.json.tmp-*"))
		if len(tmps) > 0 {
			if st, err := os.Stat(tmps[0]); err == nil && st.Size() > 0 {
				cmd.Process.Kill()
				killed = true
				break
			}
		}
	}
	cmd.Wait()
	if !killed {
		t.Fatal("the writer never started its temporary file")
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	switch {
	case bytes.Equal(got, old):
		t.Log("killed mid-write: the old file is intact")
	case len(got) == big && bytes.Count(got, []byte("new ")) == big/4:
		t.Log("the write completed just before the kill: the new file is whole")
	default:
		t.Fatalf("a half-written file: %d bytes", len(got))
	}
}

// TestCollectFollowsRootLink: a folder named on the command line through a
// symbolic link is walked; links to folders inside it are not (no loops).
func TestCollectFollowsRootLink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "papers")
	os.MkdirAll(real, 0o755)
	os.WriteFile(filepath.Join(real, "a.txt"), []byte(englishParagraph), 0o644)
	symlink(t, ".", filepath.Join(real, "loop"))
	link := filepath.Join(dir, "link")
	symlink(t, real, link)
	ins, errs := Collect([]string{link})
	if len(errs) != 0 || len(ins) != 1 || ins[0].Path != filepath.Join(link, "a.txt") {
		t.Fatalf("inputs %+v, errors %+v; want %s alone", ins, errs, filepath.Join(link, "a.txt"))
	}
}
