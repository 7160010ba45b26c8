package ingest

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestByteFinder checks byteFinder.from against a byte-by-byte search, from
// every position and skipping ahead, on random texts and sets.
func TestByteFinder(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	alphabet := "ab \n*<]\\^_`[!&~.Жё"
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for n := rng.Intn(60); n > 0; n-- {
			b.WriteByte(alphabet[rng.Intn(len(alphabet))])
		}
		text := b.String()
		set := []string{markdownBytes, "*_`\\<[!^&~", "*", "\n", "\xd0", "zq"}[k%6]
		f := newByteFinder(text, set)
		step := 1 + rng.Intn(4)
		for i := 0; i <= len(text); i += step {
			want := i
			for want < len(text) && strings.IndexByte(set, text[want]) < 0 {
				want++
			}
			if got := f.from(i); got != want {
				t.Fatalf("from(%q, %q, %d) = %d, want %d", text, set, i, got, want)
			}
		}
	}
}

// TestLooksLikeMarkdownMatchesSpec checks looksLikeMarkdown against
// looksLikeMarkdownSpec, the former byte-by-byte scan, on the seeds, the
// fuzz corpus and random texts made of Markdown marks.
func TestLooksLikeMarkdownMatchesSpec(t *testing.T) {
	var texts []string
	for _, pat := range []string{seedDir + "/*.txt", "testdata/fuzz/*/*"} {
		paths, _ := filepath.Glob(pat)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	parts := []string{"word ", "Қазақ ", "\n", "\n\n", "# ", "## Title", "####### x", "- item", "* item", "+ x", "  - y", "    - z",
		"**bold**", "** not", "**x\ny**", "<sup>1</sup>", "</a>", "<br>", "<https://a.b>", "<x", "[a](http://x)", "](https",
		"\\_", "\\*", "\\x", "^1", "^{2}", "^I", "^a", "*", "<", "]", "\\", "^", " ", "\t"}
	rng := rand.New(rand.NewSource(5))
	for k := 0; k < 50000; k++ {
		var b strings.Builder
		for n := rng.Intn(25); n >= 0; n-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := looksLikeMarkdown(s), looksLikeMarkdownSpec(s); got != want {
			t.Fatalf("looksLikeMarkdown(%q) = %v, want %v", s, got, want)
		}
	}
}

// looksLikeMarkdownSpec is looksLikeMarkdown as it was before it found its
// bytes with a byteFinder.
func looksLikeMarkdownSpec(s string) bool {
	var seen [8]bool
	hits := 0
	hit := func(k int) {
		if !seen[k] {
			seen[k] = true
			hits++
		}
	}
	lineStart := true
	for i := 0; i < len(s) && hits < 2; i++ {
		if !lineStart {
			// Skip to the next byte that matters (bytes in between set
			// nothing: they are not line breaks).
			for i < len(s) && strings.IndexByte("\n*<]\\^", s[i]) < 0 {
				i++
			}
			if i == len(s) {
				break
			}
		}
		c := s[i]
		if lineStart {
			j := i
			for j < len(s) && (s[j] == ' ' || s[j] == '\t') && j-i < 4 {
				j++
			}
			if j < len(s) {
				switch s[j] {
				case '#':
					k := j
					for k < len(s) && s[k] == '#' {
						k++
					}
					if k-j <= 6 && k+1 < len(s) && s[k] == ' ' && s[k+1] != ' ' && s[k+1] != '\n' {
						hit(0)
					}
				case '-', '*', '+':
					if j+2 < len(s) && s[j+1] == ' ' && s[j+2] != ' ' && s[j+2] != '\n' {
						hit(5)
					}
				}
			}
		}
		lineStart = c == '\n'
		switch c {
		case '*':
			if i+2 < len(s) && s[i+1] == '*' && s[i+2] != '*' && s[i+2] != ' ' {
				if j := strings.Index(s[i+2:min(len(s), i+300)], "**"); j > 0 && !strings.Contains(s[i+2:i+2+j], "\n") {
					hit(1)
				}
			}
		case '<':
			rest := s[i:min(len(s), i+12)]
			if strings.HasPrefix(rest, "<sup>") || strings.HasPrefix(rest, "</a>") || strings.HasPrefix(rest, "<br") {
				hit(2)
			}
			if n := autolinkLen(s[i:]); n > 0 {
				hit(4)
			}
		case ']':
			if strings.HasPrefix(s[i:], "](http") {
				hit(3)
			}
		case '\\':
			if i+1 < len(s) && strings.IndexByte("_*[]#", s[i+1]) >= 0 {
				hit(6)
			}
		case '^':
			if i+1 < len(s) && (s[i+1] == '{' || s[i+1] >= '0' && s[i+1] <= '9' || strings.IndexByte("IVX", s[i+1]) >= 0) {
				hit(7)
			}
		}
	}
	return hits >= 2
}
