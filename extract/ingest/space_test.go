package ingest

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
)

// TestTrimSpace checks trimSpace, trimLeftSpace, trimRightSpace and
// isSpaceOnly against the strings functions they replace: on every rune,
// alone and between spaces, and on random strings of spaces, near-spaces,
// letters and broken UTF-8.
func TestTrimSpace(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Fatalf("trimSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimLeftSpace(s), strings.TrimLeftFunc(s, unicode.IsSpace); got != want {
			t.Fatalf("trimLeftSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimRightSpace(s), strings.TrimRightFunc(s, unicode.IsSpace); got != want {
			t.Fatalf("trimRightSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := isSpaceOnly(s), strings.TrimSpace(s) == ""; got != want {
			t.Fatalf("isSpaceOnly(%q) = %v, want %v", s, got, want)
		}
	}
	for c := rune(0); c <= unicode.MaxRune+1; c++ {
		r := string(c)
		if c > unicode.MaxRune {
			r = "\xff"
		}
		check(r)
		check(" " + r + "\t")
		check(r + "x" + r)
		if c > 0x3100 && c < 0xFFF0 {
			c += 7 // no white space here: sample the rest of the range
		}
	}
	for i := 0; i < 256; i++ {
		for j := 0; j < 256; j++ {
			check(string([]byte{byte(i), byte(j)}))
			check(string([]byte{0xE2, byte(i), byte(j)}))
			check(string([]byte{byte(i), 0x80, byte(j)}))
		}
	}
	parts := []string{" ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00A0", "\u1680", "\u2000", "\u200A", "\u200B", "\u2028",
		"\u2029", "\u202F", "\u205F", "\u3000", "\u2060", "\uFEFF", "a", "я", "ә", "”", "—", "\x80", "\xc2", "\xe2\x80", "\xe2", "\x9a\x80", "\xe1", "\xa0", "\x85"}
	rng := rand.New(rand.NewSource(1))
	for k := 0; k < 200000; k++ {
		var b strings.Builder
		for n := rng.Intn(7); n >= 0; n-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		check(b.String())
	}
}

// TestFieldCount checks fieldCount against len(strings.Fields) on random
// strings of ASCII and other white space, letters and broken UTF-8.
func TestFieldCount(t *testing.T) {
	parts := []string{" ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u1680", "\u2000", "\u200a", "\u200b", "\u2028",
		"\u2029", "\u202f", "\u205f", "\u3000", "a", "Ж", "қ", "é", "\u1681", "\u2010", "\u3001", "•", "†", "\xe2", "\xe2\x80", "\xc2", "\xe3\x80", "\xff", "\x80", "😀"}
	rng := rand.New(rand.NewSource(19))
	for k := 0; k < 100000; k++ {
		var b strings.Builder
		for n := rng.Intn(10); n > 0; n-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		s := b.String()
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Fatalf("fieldCount(%q) = %d, want %d", s, got, want)
		}
	}
}
