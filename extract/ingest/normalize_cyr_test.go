package ingest

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestLowerBasicCyrillic checks the byte-level lower case against lower on
// every two-byte sequence.
func TestLowerBasicCyrillic(t *testing.T) {
	for b0 := 0; b0 < 256; b0++ {
		for b1 := 0; b1 < 256; b1++ {
			l0, l1, ok := lowerBasicCyrillic(byte(b0), byte(b1))
			if !ok {
				continue
			}
			r, n := utf8.DecodeRune([]byte{byte(b0), byte(b1)})
			if n != 2 || r < 0x410 || r > 0x44F || !isLetter(r) {
				t.Fatalf("%x %x: accepted %U", b0, b1, r)
			}
			if want := string(lower(r)); string([]byte{l0, l1}) != want {
				t.Fatalf("%U: got %q, want %q", r, []byte{l0, l1}, want)
			}
		}
	}
	for r := rune(0x410); r <= 0x44F; r++ {
		s := string(r)
		if _, _, ok := lowerBasicCyrillic(s[0], s[1]); !ok {
			t.Fatalf("%U not accepted", r)
		}
	}
}

// TestLower checks lower against unicode.ToLower on every rune.
func TestLower(t *testing.T) {
	for c := rune(-1); c <= unicode.MaxRune+1; c++ {
		if got, want := lower(c), unicode.ToLower(c); got != want {
			t.Fatalf("lower(%U) = %U, want %U", c, got, want)
		}
	}
}

// TestRuneClass checks isUpper, isLower and runeClass's
// scripts against the unicode functions on every rune.
func TestRuneClass(t *testing.T) {
	for c := rune(-1); c <= unicode.MaxRune+1; c++ {
		if isUpper(c) != unicode.IsUpper(c) || isLower(c) != unicode.IsLower(c) {
			t.Fatalf("%U: isUpper %v, isLower %v", c, isUpper(c), isLower(c))
		}
		if c >= 0 && c < rune(len(runeClass)) {
			m := runeClass[c]
			if (m&classLatin != 0) != unicode.Is(unicode.Latin, c) || (m&classCyrillic != 0) != unicode.Is(unicode.Cyrillic, c) {
				t.Fatalf("%U: runeClass %b", c, m)
			}
		}
	}
}

// TestCyrillicPairDecode checks what the vocabulary's in-place decoding of
// a two-byte Cyrillic rune (lead 0xD0–0xD3, a continuation byte) relies
// on: it is utf8.DecodeRuneInString, and the runes it takes for no letter
// (U+0482–U+0489) are those isLetter rejects.
func TestCyrillicPairDecode(t *testing.T) {
	for b0 := 0xD0; b0 <= 0xD3; b0++ {
		for b1 := 0x80; b1 <= 0xBF; b1++ {
			c := rune(b0&0x1F)<<6 | rune(b1&0x3F)
			s := string([]byte{byte(b0), byte(b1)})
			if r, w := utf8.DecodeRuneInString(s); r != c || w != 2 {
				t.Fatalf("%q: decoded %U, want %U", s, c, r)
			}
			if (c >= 0x482 && c <= 0x489) == isLetter(c) {
				t.Fatalf("%U: letter %v", c, isLetter(c))
			}
		}
	}
}
