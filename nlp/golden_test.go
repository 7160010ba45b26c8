package nlp

import (
	"bufio"
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// TestGoldenSentences splits the paragraphs of testdata/paragraphs.txt (in
// the four languages) and compares the sentences, with their identified
// language, with testdata/paragraphs.golden. After a reviewed change of
// behaviour: go test ./nlp -run Golden -update
func TestGoldenSentences(t *testing.T) {
	data, err := os.ReadFile("testdata/paragraphs.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	lang := "en"
	var para []string
	flush := func() {
		if len(para) == 0 {
			return
		}
		p := strings.Join(para, " ")
		para = nil
		out.WriteString("¶ " + lang + " (identified " + res.Identify(p) + ")\n")
		for _, r := range res.SplitSentences(p, lang) {
			out.WriteString("  ‣ " + p[r[0]:r[1]] + "\n")
		}
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			flush()
			lang = line[1 : len(line)-1]
		case line == "":
			flush()
		default:
			para = append(para, line)
		}
	}
	flush()
	const path = "testdata/paragraphs.golden"
	if *update {
		if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("sentences differ from %s (run with -update after reviewing):\n%s", path, out.String())
	}
}
