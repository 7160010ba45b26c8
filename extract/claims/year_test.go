package claims

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// documentYearPlain is documentYear as it was written first: one search of
// the lowered front matter per cue.
func documentYearPlain(text string) int {
	head := text
	if len(head) > 6000 {
		head = head[:6000]
	}
	var arr [6000]byte
	lower := appendLower(arr[:0], head)
	for _, c := range yearCues {
		i := bytes.Index(lower, []byte(c))
		if i < 0 {
			continue
		}
		window := head[i+len(c):]
		if len(window) > 60 {
			window = window[:60]
		}
		if y := firstYear(window); y > 0 {
			return y
		}
	}
	return 0
}

// TestDocumentYear checks documentYear's one pass against the search per
// cue on the seeds and on random mixes of cues, years and text.
func TestDocumentYear(t *testing.T) {
	for _, c := range yearCues {
		if len(c) <= 4 {
			t.Fatalf("cue %q: documentYear reads four bytes of a cue", c)
		}
	}
	paths, _ := filepath.Glob("../../seeds/*.txt")
	var texts []string
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		texts = append(texts, string(data))
	}
	parts := []string{" ", "\n", ": ", "2019", "1899", "2021.", "12.03.2020", "x", "Принята", "ПРИНЯТО",
		"Қабылданды", "ТҮСТІ", "Received", "RECEIVED", "receive", "publishe", "Published online",
		"Objavljeno", "Prejeto", "sprejeto", "поступила", "получено", "жарияланды", "опубликовано",
		"accepted", "Accepted", "abc", "фыва", "ё", "Ә", "\u00a0", strings.Repeat("z", 80)}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(30); k >= 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		texts = append(texts, b.String())
	}
	long := strings.Repeat("word ", 1199) + "Received 2019 " + "published 2020"
	texts = append(texts, long, long[:5990]+"Received 2019", "", "r", "2020")
	years := 0
	for _, s := range texts {
		got, want := documentYear(s, nil), documentYearPlain(s)
		if got != want {
			t.Fatalf("documentYear(%q) = %d, want %d", s, got, want)
		}
		if got > 0 {
			years++
		}
	}
	if years < len(texts)/10 {
		t.Errorf("only %d of %d texts have a year", years, len(texts))
	}
}

// atLeastWordsSpec is atLeastWords as it was, one byte at a time (the
// specification).
func atLeastWordsSpec(s string, n int) bool {
	words, in := 0, false
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
		if !space && !in {
			words++
			if words >= n {
				return true
			}
		}
		in = !space
	}
	return false
}

// atLeastWords answers as atLeastWordsSpec on every string of up to seven
// bytes of spaces, tabs, line feeds, returns and letters, for n from 0 to 5.
func TestAtLeastWords(t *testing.T) {
	alphabet := []byte{' ', '\n', '\t', '\r', 'a', 0xD0}
	var rec func(b []byte)
	rec = func(b []byte) {
		for n := 0; n <= 5; n++ {
			if got, want := atLeastWords(string(b), n), atLeastWordsSpec(string(b), n); got != want {
				t.Fatalf("atLeastWords(%q, %d) = %v, want %v", b, n, got, want)
			}
		}
		if len(b) < 7 {
			for _, c := range alphabet {
				rec(append(b, c))
			}
		}
	}
	rec(nil)
}

// The publication year, found only when a relative year needs it, dates
// that year: "last year" in a text published in 2021 is 2020.
func TestRelativeYearLazyDocYear(t *testing.T) {
	text := "Migration in Kazakhstan\n\nPublished: 12 March 2021\n\nLast year, 12,500 migrants arrived in Kazakhstan.\n"
	cs := extractText(t, text)
	if len(cs) != 1 || cs[0].Period == nil || cs[0].Period.Start != "2020" || !cs[0].Period.Relative {
		t.Fatalf("claims %+v, want one dated 2020 (relative)", cs)
	}
}
