package legal

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// isCyrillicSpec is isCyrillic as it was before its fast paths: the script
// of the first letter.
func isCyrillicSpec(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.Is(unicode.Cyrillic, r)
		}
	}
	return false
}

// TestIsCyrillic checks isCyrillic against isCyrillicSpec on every rune
// alone, the two-byte ones before and after other runes and invalid bytes.
func TestIsCyrillic(t *testing.T) {
	others := []string{"", "1", "-", "«", "\u0483", "\xff", "a", "Ж", "\u2013", "ǅ"}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		w := string(r)
		if r >= 0x800 {
			if got, want := isCyrillic(w), isCyrillicSpec(w); got != want {
				t.Fatalf("isCyrillic(%q) = %v, want %v", w, got, want)
			}
			continue
		}
		for _, o := range others {
			for _, s := range []string{w, o + w, w + o} {
				if got, want := isCyrillic(s), isCyrillicSpec(s); got != want {
					t.Fatalf("isCyrillic(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}

// TestIsDigitRune checks isDigitRune against unicode.IsDigit on every rune.
func TestIsDigitRune(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if isDigitRune(r) != unicode.IsDigit(r) {
			t.Fatalf("isDigitRune(%U) = %v", r, isDigitRune(r))
		}
	}
}

// TestIsWordRune checks isWordRune against its definition on every rune.
func TestIsWordRune(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if r >= 0x400 && r <= 0x4ff || r >= 0xc0 && r <= 0x24f {
			// Cyrillic and Latin with diacritics are all word runes, but the
			// signs that are no letter.
			want = r != 0x482 && r != 0x488 && r != 0x489 && r != 0xd7 && r != 0xf7
		}
		if got := isWordRune(r); got != want {
			t.Fatalf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}
