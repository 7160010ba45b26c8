package corpus

import (
	"crypto/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// A minimal PDF whose trailer names an /Encrypt dictionary.
const encryptedPDF = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" +
	"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
	"3 0 obj << /Filter /Standard /V 5 /R 6 /Length 256 /O (x) /U (x) /P -4 >> endobj\n" +
	"trailer << /Root 1 0 R /Encrypt 3 0 R /ID [<00><00>] >>\n%%EOF\n"

func utf16LE(s string, bom bool) []byte {
	var out []byte
	if bom {
		out = append(out, 0xFF, 0xFE)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

// TestBadInputs: each bad input costs exactly one clear error entry, the
// good documents beside it are processed, and the run finishes.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	good := "Remittances accounted for 18.8% of Kyrgyzstan's GDP in 2023, according to the World Bank. " +
		"This paragraph is plain English prose about labor migration in Central Asia.\n"
	write("good.txt", []byte(good))
	write("good-utf16.txt", utf16LE(good, true))
	write("good-utf16-nobom.txt", utf16LE(good, false))
	write("empty.txt", nil)
	random := make([]byte, 4096)
	rand.Read(random)
	write("random.pdf", random)
	realPDF, err := os.ReadFile("../shared/pdfs/003_labor-migration-kazakhstan_en.pdf")
	if err != nil {
		t.Skipf("shared PDFs not available: %v", err)
	}
	write("truncated.pdf", realPDF[:len(realPDF)/3])
	write("encrypted.pdf", []byte(encryptedPDF))
	write("invalid-utf8.txt", []byte("Migration \xff\xfe\xfa statistics \xc3\x28 of 2023"))
	write("paper.docx", []byte("PK\x03\x04 not read"))
	if err := os.Symlink(filepath.Join(dir, "does-not-exist.txt"), filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}

	g := runGraph(t, newEngine(t), 2, dir)
	want := map[string]struct{ stage, msg string }{
		"empty.txt":        {"read", "empty"},
		"random.pdf":       {"pdf", "malformed"},
		"truncated.pdf":    {"pdf", ""},
		"encrypted.pdf":    {"pdf", "encrypted"},
		"invalid-utf8.txt": {"decode", "UTF-8"},
		"paper.docx":       {"read", "unsupported"},
		"dangling.txt":     {"read", "no such file"},
	}
	got := map[string]int{}
	for _, e := range g.Errors {
		name := filepath.Base(e.Path)
		got[name]++
		w, ok := want[name]
		if !ok {
			t.Errorf("unexpected error for %s: %s: %s", name, e.Stage, e.Message)
			continue
		}
		if e.Stage != w.stage || !strings.Contains(strings.ToLower(e.Message), strings.ToLower(w.msg)) {
			t.Errorf("%s: got %s: %q, want stage %s and a message mentioning %q", name, e.Stage, e.Message, w.stage, w.msg)
		}
	}
	for name := range want {
		if got[name] != 1 {
			t.Errorf("%s: %d error entries, want exactly 1", name, got[name])
		}
	}
	docs := map[string]bool{}
	for _, d := range g.Documents {
		docs[filepath.Base(d.Path)] = true
	}
	// The three good files have the same text but different bytes: three documents.
	for _, name := range []string{"good.txt", "good-utf16.txt", "good-utf16-nobom.txt"} {
		if !docs[name] {
			t.Errorf("%s was not processed (documents: %v)", name, docs)
		}
	}
}

// TestUnreadableFile needs a user that permissions apply to (not root).
func TestUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "secret.txt")
	if err := os.WriteFile(p, []byte("text"), 0o000); err != nil {
		t.Fatal(err)
	}
	if f, err := os.Open(p); err == nil {
		f.Close()
		t.Skip("running with privileges that ignore file permissions")
	}
	g := runGraph(t, newEngine(t), 1, dir)
	if len(g.Errors) != 1 || !strings.Contains(g.Errors[0].Message, "permission denied") {
		t.Fatalf("errors = %+v, want one permission error", g.Errors)
	}
}
