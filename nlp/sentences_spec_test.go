package nlp

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
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
		if next < n && !r.isBoundarySpec(text, start, i, rc, next, abbrevLangBits(lang)) {
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

// isBoundarySpec, tokenBeforeSpec and abbrevMaskKeySpec are isBoundary
// and its helpers before the enumerator test was put behind the cheaper
// sentence-start test, the previous token's scan bounded and long tokens
// kept from the abbreviation table: the specification in
// TestAppendSentencesMatchesSpec.
func (r *Resources) isBoundarySpec(text string, sentStart, at int, term rune, next int, bits uint8) bool {
	nc, _ := utf8.DecodeRuneInString(text[next:])
	// A sentence opens with a capital, a digit, a quote or a bracket.
	opens := unicode.IsUpper(nc) || unicode.IsDigit(nc) || isOpening(nc)
	if !opens {
		return false
	}
	if term != '.' {
		return true
	}
	tok, prev := tokenBeforeSpec(text, sentStart, at)
	if tok == "" {
		return true
	}
	// A list number or letter alone before the period: "1. The ...",
	// "2.1. Methods", "IV. Results", "a. ...".
	if isEnumerator(tok) && strings.TrimSpace(text[sentStart:at]) == tok {
		return false
	}
	// isFinal and isAbbrev of both forms, from one lookup each.
	var mTwo uint8
	var kb [64]byte
	if prev != "" {
		mTwo = r.abbrevMaskKeySpec(append(append(append(kb[:0], prev...), ' '), tok...), bits)
	}
	mTok := r.abbrevMaskKeySpec(append(kb[:0], tok...), bits)
	if mTwo&0xF0 != 0 || mTok&0xF0 != 0 {
		return unicode.IsUpper(nc)
	}
	if mTwo != 0 || mTok != 0 {
		// "et al. (2021)" and "No. 477" continue; a capitalized sentence
		// opener after the period shows that it ended the sentence too.
		return r.opensSentence(text, next)
	}
	// The runes of tok: how many, and the first two (no []rune(tok)).
	nr := utf8.RuneCountInString(tok)
	r0, w0 := utf8.DecodeRuneInString(tok)
	r1, _ := utf8.DecodeRuneInString(tok[w0:])
	// Initials: "M.", "Zh.", "Ch." before another capitalized word.
	if nr <= 2 && unicode.IsUpper(r0) && (nr == 1 || unicode.IsLower(r1)) && unicode.IsUpper(nc) {
		if nr == 1 || isInitialPair(tok) {
			return false
		}
	}
	// Dotted acronyms and initials without spaces: "U.S.", "U.N.", "Л.І.".
	if strings.Contains(tok, ".") && nr <= 6 && !strings.ContainsAny(tok, "0123456789") {
		allShort := true
		for _, p := range strings.Split(tok, ".") {
			if utf8.RuneCountInString(p) > 2 {
				allShort = false
			}
		}
		if allShort {
			return false
		}
	}
	return true
}

func tokenBeforeSpec(text string, sentStart, i int) (tok, prev string) {
	j := i
	for j > sentStart {
		if c := text[j-1]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				break
			}
			j--
			continue
		}
		// Two-byte runes but U+0080–U+00BF (lead 0xC2) are not spaces:
		// stepped over without decoding.
		if j-2 >= sentStart && text[j-1]&0xC0 == 0x80 && text[j-2] >= 0xC3 && text[j-2] <= 0xDF {
			j -= 2
			continue
		}
		c, w := utf8.DecodeLastRuneInString(text[sentStart:j])
		if unicode.IsSpace(c) {
			break
		}
		j -= w
	}
	tok = text[j:i]
	if j > sentStart {
		k := j - 1
		for k > sentStart && !isSpaceByte(text[k-1]) {
			k--
		}
		if n := utf8.RuneCountInString(text[k : j-1]); n >= 1 && n <= 3 {
			prev = text[k : j-1]
		}
	}
	return tok, prev
}

func (r *Resources) abbrevMaskKeySpec(tok []byte, bits uint8) uint8 {
	if len(tok) > 0 && mayOpen[tok[0]] {
		tok = bytes.TrimLeftFunc(tok, func(c rune) bool { return isOpening(c) || c == ',' })
	}
	if len(tok) == 0 {
		return 0
	}
	m := r.abbrevTab.get(tok)
	if m == 0 && len(tok) > 1 {
		if c, w := utf8.DecodeRune(tok); unicode.IsUpper(c) && utf8.RuneCount(tok) >= 2 {
			if d, _ := utf8.DecodeRune(tok[w:]); unicode.IsLower(d) {
				var lb [64]byte
				m = r.abbrevTab.get(append(utf8.AppendRune(lb[:0], unicode.ToLower(c)), tok[w:]...))
			}
		}
	}
	return m & bits
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

// TestSpaceHelpersMatchSpec checks skipSpace, trimRange, IsSpace and
// isEnumerator against their specifications at every position of random
// strings of white space (ASCII and not), letters, marks and broken
// UTF-8, and IsSpace on every rune.
func TestSpaceHelpersMatchSpec(t *testing.T) {
	for c := rune(-2); c <= unicode.MaxRune+2; c++ {
		if IsSpace(c) != unicode.IsSpace(c) {
			t.Fatalf("IsSpace(%U) = %v", c, IsSpace(c))
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

// TestTokenBeforeMatchesSpec checks tokenBefore and prevToken against
// tokenBeforeSpec (the previous token's scan unbounded) at every start and
// end of random strings of words of one to seven runes (ASCII, Cyrillic, three- and
// four-byte runes), white space and broken UTF-8.
func TestTokenBeforeMatchesSpec(t *testing.T) {
	parts := []string{" ", "\n", "\u00a0", "\u2009", "a", "ab", "abc", "abcd", "т.", "т", "ж", "ӘӘӘ", "\u20ac", "\U0001F600", "\U0001F600\U0001F600\U0001F600", "ӘӘӘӘӘӘ", ".", "\xe2", "\xc2", "\x85"}
	rng := rand.New(rand.NewSource(5))
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for n := rng.Intn(12); n >= 0; n-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		text := b.String()
		for s := 0; s <= len(text); s++ {
			for i := s; i <= len(text); i++ {
				gt := tokenBefore(text, s, i)
				gp := prevToken(text, s, i-len(gt))
				wt, wp := tokenBeforeSpec(text, s, i)
				if gt != wt || gp != wp {
					t.Fatalf("tokenBefore(%q, %d, %d) = %q, %q, want %q, %q", text, s, i, gt, gp, wt, wp)
				}
			}
		}
	}
}

// TestEndsTwoWord checks the splitter's test of a token that can end a
// multi-word abbreviation: true for the last word of every one, false for
// every other abbreviation and its words.
func TestEndsTwoWord(t *testing.T) {
	last := map[string]bool{}
	for k := range res.abbrevBits {
		if f := strings.Fields(k); len(f) > 1 {
			last[f[len(f)-1]] = true
		}
	}
	if len(last) == 0 {
		t.Fatal("no multi-word abbreviations")
	}
	for k := range res.abbrevBits {
		for _, w := range append(strings.Fields(k), k, k+"x", "x"+k) {
			if got := res.endsTwoWord(w); got != last[w] {
				t.Errorf("endsTwoWord(%q) = %v, want %v", w, got, last[w])
			}
		}
	}
}

// TestMayBeAbbrev checks that the splitter's prefilter of tokens of eight
// bytes or more lets through every token abbrevMaskKey finds: every
// abbreviation, capitalized, upper-cased and with a word or an opening
// bracket before it, and the tokens of the seeds.
func TestMayBeAbbrev(t *testing.T) {
	var toks []string
	for k := range res.abbrevBits {
		c, w := utf8.DecodeRuneInString(k)
		for _, v := range []string{k, string(unicode.ToUpper(c)) + k[w:], strings.ToUpper(k), string(unicode.ToTitle(c)) + k[w:], "(" + k, "x" + k, k + "x"} {
			toks = append(toks, v)
		}
	}
	paths, _ := filepath.Glob("../seeds/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		toks = append(toks, strings.Fields(string(b))...)
	}
	checked := 0
	for _, tok := range toks {
		tok = strings.TrimRight(tok, ".")
		if len(tok) < 8 || mayOpen[tok[0]] || res.mayBeAbbrev(tok) {
			continue
		}
		checked++
		if m := res.abbrevMaskKey([]byte(tok), 0xFF); m != 0 {
			t.Errorf("mayBeAbbrev(%q) = false, but abbrevMaskKey gives %#x", tok, m)
		}
	}
	if checked == 0 {
		t.Fatal("no token filtered")
	}
}
