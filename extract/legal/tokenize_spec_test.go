package legal

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// tokenizeSpec is tokenizeWith as it was before its ASCII word loop (the
// specification TestTokenizeSpec checks it against).
func tokenizeSpec(text string, base int, fb *foldBuf) []token {
	toks := fb.toks[:0]
	lowBuf, lowAt := fb.low[:0], fb.at[:0]
	i := 0
	for i < len(text) {
		var r rune
		n := 1
		if c := text[i]; c < utf8.RuneSelf {
			switch asciiClass[c] {
			case cSpace:
				i++
				continue
			case cOther:
				if c != '\'' {
					toks = append(toks, token{s: base + i, text: text[i : i+1], low: text[i : i+1], kind: tPunct})
					i++
					continue
				}
			}
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) || r == '\u00ad' || r == utf8.RuneError && n <= 1 {
				i += n
				continue
			}
		}
		if !isWordRune(r) {
			if isApostrophe(r) && i+n < len(text) && (text[i+n] == 's' || text[i+n] == 'S') && i > 0 {
				prev, _ := utf8.DecodeLastRuneInString(text[:i])
				if isWordRune(prev) && (i+n+1 >= len(text) || !isWordRuneAt(text, i+n+1)) {
					toks = append(toks, token{s: base + i, text: text[i : i+n+1], low: "'s", kind: tPunct})
					i += n + 1
					continue
				}
			}
			toks = append(toks, token{s: base + i, text: text[i : i+n], low: fold(text[i : i+n]), kind: tPunct})
			i += n
			continue
		}
		start := i
		prevRune := r
		i += n
		// plain: every rune of the word is one lowerRune keeps, so fold
		// keeps the word (see TestLowerRune).
		plain := keepsCase(r)
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf && asciiClass[c] >= cWord {
				plain = plain && asciiClass[c] != cUpper
				prevRune = rune(c)
				i++
				continue
			}
			if c < utf8.RuneSelf && c != '-' && c != '.' && c != '/' && c != '\'' {
				// No word rune and nothing that can join two (most words
				// end so): the switch below would not join.
				break
			}
			if (c == 0xD0 || c == 0xD1) && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
				// U+0400–U+047F (Russian letters), decoded in place: all
				// word runes (see TestLowerRune).
				r2 := rune(c&0x1F)<<6 | rune(text[i+1]&0x3F)
				plain = plain && russianLower[r2-0x400] == r2
				prevRune = r2
				i += 2
				continue
			}
			r2, n2 := utf8.DecodeRuneInString(text[i:])
			if isWordRune(r2) {
				plain = plain && keepsCase(r2)
				prevRune = r2
				i += n2
				continue
			}
			if i+n2 >= len(text) {
				break
			}
			next, nn := utf8.DecodeRuneInString(text[i+n2:])
			join := false
			switch {
			case isHyphen(r2):
				join = isWordRune(prevRune) && isWordRune(next)
			case r2 == '.' || r2 == '/':
				join = unicode.IsDigit(prevRune) && unicode.IsDigit(next)
			case isApostrophe(r2):
				if unicode.IsLetter(prevRune) && unicode.IsLetter(next) {
					// "’s" followed by a non-letter is the possessive.
					join = !((next == 's' || next == 'S') && (i+n2+nn >= len(text) || !isWordRuneAt(text, i+n2+nn)))
				}
			}
			if !join {
				break
			}
			plain = plain && keepsCase(r2) && keepsCase(next)
			prevRune = next
			i += n2 + nn
		}
		w := text[start:i]
		t := token{s: base + start, text: w, low: w, kind: tWord}
		if !plain {
			if b, ok := appendLowerFast(lowBuf, w); ok {
				lowAt = append(lowAt, lowPart{len(toks), len(lowBuf), len(b)})
				lowBuf = b
			} else {
				t.low = fold(w)
			}
		}
		if first := text[start]; first < utf8.RuneSelf {
			t.upper = asciiClass[first] == cUpper
			if '0' <= first && first <= '9' {
				t.kind = tNum
			}
		} else {
			first, _ := utf8.DecodeRuneInString(w)
			t.upper = unicode.IsUpper(first)
			if unicode.IsDigit(first) {
				t.kind = tNum
			}
		}
		toks = append(toks, t)
	}
	if len(lowAt) > 0 {
		low := string(lowBuf)
		for _, p := range lowAt {
			toks[p.tok].low = low[p.s:p.e]
		}
	}
	fb.toks, fb.low, fb.at = toks, lowBuf, lowAt
	return toks
}

// tokenTexts returns texts for the tokenizer tests: the seed documents and
// random mixes of words (in several cases and scripts), numbers, joiners,
// apostrophes, separators and invalid bytes.
func tokenTexts(t *testing.T) []string {
	texts := []string{"", "The LAW of 2011", "ЗАКОН Республики Қазақстан", "O'zbekiston O’zbekiston Law’s", "UP-158 ÜBER-Čeština",
		"Kelvin \u212aelvin", "İstanbul", "\xffLaw\xfe", "ЕАЭО-ның ҚР-да", "A.B 30.11.2022 Ab/Cd 61/05", "'s", "’s", "x’s", "x's.", "ab'"}
	_, seeds := seedDocs(t)
	for _, d := range seeds {
		texts = append(texts, d.Text)
	}
	lx := MustLoad()
	var pieces []string
	for f := range lx.cands {
		r, n := utf8.DecodeRuneInString(f)
		pieces = append(pieces, f, strings.ToUpper(f), string(unicode.ToUpper(r))+f[n:])
	}
	pieces = append(pieces, "2030", "30", "11", "2023–2027", "the", "Қазақстан", "Республикасының", "Ӏ", "İstanbul", "UP", "Law",
		"Kelvin", "\u212a", "Čeština", "ŽUPANIJA", "ǅ", "ﬁ", "µ", "ª", "٣", "\u0301", "ÀÉ", "ÿ", "×", "ƀ", "Ѐ", "ѐ", "Ҁ", "ҁ", "҂", "҈", "Ӑ", "ӑ", "ӏ", "ə", "\u0085", "2a", "\xd0", "\xd1\x80", "\xff", "a1B2", "ABC", "xyz")
	joiners := []string{" ", "  ", ", ", ".", "\n", "(", ")", "", "—", "«", "»", "/", "-", "‐", "‑", "'", "’", "ʼ", "’s", "'S", "\u00ad", "\u00a0", "\u2009", "%", "№"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 4000; n++ {
		var b strings.Builder
		for k := rng.Intn(12); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
			b.WriteString(joiners[rng.Intn(len(joiners))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

// TestTokenizeSpec checks tokenizeWith against tokenizeSpec, the tokenizer
// it replaces, at every offset of short texts, with scratch space reused.
func TestTokenizeSpec(t *testing.T) {
	var fb, fbSpec foldBuf
	for _, text := range tokenTexts(t) {
		for i := 0; i < len(text) && (i == 0 || len(text) < 200); i++ {
			got := tokenizeWith(text[i:], 7, &fb)
			want := tokenizeSpec(text[i:], 7, &fbSpec)
			if !slices.Equal(got, want) {
				t.Fatalf("tokenize(%q):\n got %+v\nwant %+v", text[i:], got, want)
			}
		}
	}
}

// TestKeepsPunct checks that fold keeps every rune keepsPunct reports.
func TestKeepsPunct(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if keepsPunct(r) && fold(string(r)) != string(r) {
			t.Errorf("keepsPunct(%U), but fold(%q) = %q", r, string(r), fold(string(r)))
		}
	}
}
