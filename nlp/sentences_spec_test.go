package nlp

import (
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
		if next < n && !r.isBoundary(text, start, i, rc, next, lang) {
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
