package corpus

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
)

// recordsFile writes n small records (document ids d0, d1, ...), the
// fourth with a node whose text is longer than the reader's buffer.
func recordsFile(t *testing.T, n int) []byte {
	t.Helper()
	var recs []*extract.Record
	for i := range n {
		r := &extract.Record{Schema: extract.RecordSchema, Pipeline: extract.PipelineVersion,
			Document: extract.DocumentInfo{ID: fmt.Sprintf("d%d", i), Path: fmt.Sprintf("p%d.txt", i)}}
		if i == 3 {
			r.Nodes = []doc.Node{{ID: "n", Type: "claim", Text: strings.Repeat("ü", 1<<20)}}
		}
		recs = append(recs, r)
	}
	var buf bytes.Buffer
	if err := WriteRecords(&buf, recs); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestEachRecord: every record reaches fn once with its index, whatever
// the number of workers, blank lines and a last line without a newline;
// a bad line stops the read with an error naming the first bad line.
func TestEachRecord(t *testing.T) {
	file := recordsFile(t, 9)
	lines := strings.Split(strings.TrimSuffix(string(file), "\n"), "\n")
	withBlanks := "\n" + strings.Join(lines[:4], "\n") + "\n  \n\n" + strings.Join(lines[4:], "\n") // no final newline
	for _, workers := range []int{1, 2, 5} {
		for _, in := range []string{string(file), withBlanks} {
			var mu sync.Mutex
			got := map[int]string{}
			n, err := EachRecord(strings.NewReader(in), "r.jsonl", workers, func(i int, rec *extract.Record) error {
				mu.Lock()
				defer mu.Unlock()
				if _, dup := got[i]; dup {
					t.Errorf("index %d twice", i)
				}
				got[i] = rec.Document.ID
				return nil
			})
			if err != nil || n != 9 || len(got) != 9 {
				t.Fatalf("%d workers: %d records, %d handed, error %v", workers, n, len(got), err)
			}
			for i := range 9 {
				if got[i] != fmt.Sprintf("d%d", i) {
					t.Errorf("%d workers: record %d is %s", workers, i, got[i])
				}
			}
		}
	}
	// Lines 3 and 6 are bad (a broken record, another schema): the error
	// names line 3, and every record before it was handed over.
	bad := append([]string(nil), lines...)
	bad[2] = `{"schema":`
	bad[5] = strings.Replace(lines[5], extract.RecordSchema, "other/v9", 1)
	for _, workers := range []int{1, 3} {
		var mu sync.Mutex
		seen := map[int]bool{}
		_, err := EachRecord(strings.NewReader(strings.Join(bad, "\n")), "r.jsonl", workers, func(i int, rec *extract.Record) error {
			mu.Lock()
			defer mu.Unlock()
			seen[i] = true
			return nil
		})
		if err == nil || !strings.Contains(err.Error(), "r.jsonl: line 3:") {
			t.Errorf("%d workers: error %v, want one naming line 3", workers, err)
		}
		if !seen[0] || !seen[1] {
			t.Errorf("%d workers: records before the bad line not handed over: %v", workers, seen)
		}
	}
	if _, err := EachRecord(strings.NewReader(bad[5]), "r.jsonl", 1, func(int, *extract.Record) error { return nil }); err == nil || !strings.Contains(err.Error(), `schema "other/v9"`) {
		t.Errorf("another schema: error %v", err)
	}
}
