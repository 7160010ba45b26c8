package nlp

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// appendSentencesSpec is AppendSentences as it was before it found the
// terminators with strings.IndexByte: the specification of the splitter
// in TestAppendSentencesMatchesSpec.
func (r *Resources) appendSentencesSpec(out [][2]int, text, lang string) [][2]int {
	start := 0
	n := len(text)
	for i := 0; i < n; {
		i = skipBlocksSpec(text, i)
		if i >= n {
			break
		}
		c := text[i]
		if !(c == '.' || c == '!' || c == '?' || c == 0xE2) {
			// Not a terminator, nor the first byte of "…" (nor inside a
			// rune: those bytes are 0x80–0xBF).
			i++
			continue
		}
		w := 1
		rc := rune(c)
		if c >= utf8.RuneSelf {
			rc, w = utf8.DecodeRuneInString(text[i:])
			if rc != '…' {
				i += w
				continue
			}
		}
		end := i + w
		// Absorb runs of terminators and closing marks: `?!`, `..."`, `.)`.
		for end < n {
			d, dw := utf8.DecodeRuneInString(text[end:])
			if d == '.' || d == '!' || d == '?' || d == '…' || isClosing(d) {
				end += dw
				continue
			}
			break
		}
		if end < n {
			d, _ := utf8.DecodeRuneInString(text[end:])
			if !unicode.IsSpace(d) {
				i = end
				continue
			}
		}
		next := skipSpace(text, end)
		if next < n && !r.isBoundary(text, start, i, rc, next, abbrevLangBits(lang)) {
			i = end
			continue
		}
		if s, e := trimRange(text, start, end); s < e {
			out = append(out, [2]int{s, e})
		}
		start = next
		i = next
	}
	if s, e := trimRange(text, start, n); s < e {
		out = append(out, [2]int{s, e})
	}
	return out
}
func skipBlocksSpec(text string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(text); i += 8 {
		t := text[i : i+8]
		x := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		a, b, c, d := x^('.'*ones), x^('!'*ones), x^('?'*ones), x^(0xE2*ones)
		if ((a-ones)&^a|(b-ones)&^b|(c-ones)&^c|(d-ones)&^d)&highs != 0 {
			break
		}
	}
	return i
}

// skipSpaceSpec, trimRangeSpec and isEnumeratorSpec are the splitter's
// helpers before their ASCII fast paths: the specification in
// TestSpaceHelpersMatchSpec.
func skipSpaceSpec(text string, i int) int {
	for i < len(text) {
		c, w := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(c) {
			break
		}
		i += w
	}
	return i
}

func trimRangeSpec(text string, s, e int) (int, int) {
	for s < e {
		c, w := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(c) {
			break
		}
		s += w
	}
	for e > s {
		c, w := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(c) {
			break
		}
		e -= w
	}
	return s, e
}

func isEnumeratorSpec(tok string) bool {
	if tok == "" || len(tok) > 8 {
		return false
	}
	digits := true
	for i := 0; i < len(tok); i++ {
		if !(tok[i] >= '0' && tok[i] <= '9' || tok[i] == '.' && i > 0) {
			digits = false
			break
		}
	}
	if digits {
		return true
	}
	roman := true
	for i := 0; i < len(tok); i++ {
		if !strings.ContainsRune("IVXivx", rune(tok[i])) {
			roman = false
			break
		}
	}
	if roman {
		return true
	}
	return utf8.RuneCountInString(tok) == 1 && unicode.IsLetter([]rune(tok)[0]) && unicode.IsLower([]rune(tok)[0])
}

// TestSpaceHelpersMatchSpec checks skipSpace, trimRange, isSpace and
// isEnumerator against their specifications at every position of random
// strings of white space (ASCII and not), letters, marks and broken
// UTF-8, and isSpace on every rune.
func TestSpaceHelpersMatchSpec(t *testing.T) {
	for c := rune(-1); c <= unicode.MaxRune+1; c++ {
		if isSpace(c) != unicode.IsSpace(c) {
			t.Fatalf("isSpace(%U) = %v", c, isSpace(c))
		}
	}
	parts := []string{" ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u2009", "\u3000", "\u200b", "a", "Z", ".", "1", "v",
		"IV", "ж", "ә", "é", "\u0301", "\xe2", "\xe2\x80", "\xc2", "\xff", "\x85"}
	rng := rand.New(rand.NewSource(11))
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for n := rng.Intn(8); n >= 0; n-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		text := b.String()
		if got, want := isEnumerator(text), isEnumeratorSpec(text); got != want {
			t.Fatalf("isEnumerator(%q) = %v, want %v", text, got, want)
		}
		for s := 0; s <= len(text); s++ {
			if got, want := skipSpace(text, s), skipSpaceSpec(text, s); got != want {
				t.Fatalf("skipSpace(%q, %d) = %d, want %d", text, s, got, want)
			}
			for e := s; e <= len(text); e++ {
				gs, ge := trimRange(text, s, e)
				ws, we := trimRangeSpec(text, s, e)
				if gs != ws || ge != we {
					t.Fatalf("trimRange(%q, %d, %d) = %d, %d, want %d, %d", text, s, e, gs, ge, ws, we)
				}
			}
		}
	}
}
