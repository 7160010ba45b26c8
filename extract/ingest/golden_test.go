package ingest

import (
	"bufio"
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// TestGoldenMarkers compares each seed's document, printed as
// `claimgraph text --markers` prints it (pages, sections, paragraphs with
// their language and line, sentences), with testdata/golden/NNN.markers.
// After a reviewed change of behaviour: go test ./extract/ingest -run Golden -update
func TestGoldenMarkers(t *testing.T) {
	for _, s := range loadSeeds(t) {
		var buf bytes.Buffer
		w := bufio.NewWriter(&buf)
		writeMarkers(w, s.d)
		w.Flush()
		path := filepath.Join("testdata", "golden", s.name+".markers")
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s differs from %s (run with -update after reviewing):\n%s", s.name, path, firstDiff(buf.String(), string(want)))
		}
	}
}

// firstDiff shows the first differing line.
func firstDiff(got, want string) string {
	g, w := bytes.Split([]byte(got), []byte("\n")), bytes.Split([]byte(want), []byte("\n"))
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, b []byte
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if !bytes.Equal(a, b) {
			return "line " + itoa(i+1) + ":\n got  " + string(a) + "\n want " + string(b)
		}
	}
	return ""
}

func itoa(i int) string {
	b := []byte{}
	for {
		b = append([]byte{byte('0' + i%10)}, b...)
		i /= 10
		if i == 0 {
			return string(b)
		}
	}
}
