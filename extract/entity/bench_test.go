package entity

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkFind runs the gazetteer over the seeds.
func BenchmarkFind(b *testing.B) {
	g := MustLoad()
	paths, _ := filepath.Glob("../../seeds/*.txt")
	var text string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		text += string(data)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		n += len(g.Find(text))
	}
	b.ReportMetric(float64(n)/float64(b.N), "matches/op")
}

// TestPrefixFilterRate checks that most words of a text skip the trie.
func TestPrefixFilterRate(t *testing.T) {
	g := MustLoad()
	paths, _ := filepath.Glob("../../seeds/*.txt")
	total, pass := 0, 0
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		text := string(data)
		for _, w := range splitWords(nil, text, 0, len(text)) {
			total++
			if g.mayStart(text[w.Start:w.End]) {
				pass++
			}
		}
	}
	t.Logf("%d of %d words pass the prefix filter", pass, total)
	if total > 0 && pass*2 > total {
		t.Errorf("the prefix filter lets %d of %d words through", pass, total)
	}
}

// TestWordsMayStart checks the words' mayStart answers (a table for ASCII
// starts) against mayStart.
func TestWordsMayStart(t *testing.T) {
	g := MustLoad()
	paths, _ := filepath.Glob("../../seeds/*.txt")
	text := "a an in of to UN un EU Ош ЕС Kazakhstan KAZ kaz Kaz Qa Mixедword Ꭺbc "
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		text += string(data)
	}
	for _, w := range g.AppendWords(nil, text, 0, len(text)) {
		if tok := text[w.Start:w.End]; g.mayStartWord(&w) != g.mayStart(tok) {
			t.Errorf("%q: mayStartWord %v, mayStart %v", tok, g.mayStartWord(&w), g.mayStart(tok))
		}
	}
}
