package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SplitSentences splits one paragraph into sentences and returns their byte
// ranges [start, end) in text, trimmed of surrounding white space.
//
// It is rule based for all four languages: a sentence ends at . ! ? or …
// (with any closing quotes or brackets) followed by white space and a word
// that can open a sentence, unless the period belongs to an abbreviation of
// the paragraph's language (et al., No., т.б., г., št.), an initial, or a
// number like "No. 477-IV." whose period is the sentence's. Decimals and URLs
// never split because their periods are not followed by white space.
func (r *Resources) SplitSentences(text, lang string) [][2]int {
	var out [][2]int
	start := 0
	n := len(text)
	for i := 0; i < n; {
		c, w := utf8.DecodeRuneInString(text[i:])
		if c != '.' && c != '!' && c != '?' && c != '…' {
			i += w
			continue
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
		if next < n && !r.isBoundary(text, start, i, c, next, lang) {
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

func (r *Resources) isBoundary(text string, sentStart, at int, term rune, next int, lang string) bool {
	nc, _ := utf8.DecodeRuneInString(text[next:])
	// A sentence opens with a capital, a digit, a quote or a bracket.
	opens := unicode.IsUpper(nc) || unicode.IsDigit(nc) || isOpening(nc)
	if !opens {
		return false
	}
	if term != '.' {
		return true
	}
	tok := tokenBefore(text, sentStart, at)
	if tok == "" {
		return true
	}
	if r.isAbbrev(tok, lang) {
		// "et al. (2021)" and "No. 477" continue; an abbreviation that ends a
		// sentence ("... and others etc. The") is rarer than one inside it.
		return false
	}
	rs := []rune(tok)
	// Initials: "M.", "Zh.", "Ch." before another capitalized word.
	if len(rs) <= 2 && unicode.IsUpper(rs[0]) && (len(rs) == 1 || unicode.IsLower(rs[1])) && unicode.IsUpper(nc) {
		if len(rs) == 1 || isInitialPair(tok) {
			return false
		}
	}
	// Dotted acronyms "U.S." "U.N.".
	if strings.Count(tok, ".") >= 1 && len(rs) <= 6 && !strings.ContainsAny(tok, "0123456789") {
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

// isInitialPair reports two-letter initials of transliterated names (Zh., Ch.,
// Sh., Kh., Yu., Ya.) that are not ordinary words.
func isInitialPair(tok string) bool {
	switch tok {
	case "Zh", "Ch", "Sh", "Kh", "Yu", "Ya", "Ts", "Th", "Ph", "Ye", "Yo", "Dz", "Дж", "Ш", "Ch.", "Ж", "Ғ":
		return true
	}
	return false
}

func (r *Resources) isAbbrev(tok, lang string) bool {
	// Strip opening punctuation: "(т.б." → "т.б".
	tok = strings.TrimLeftFunc(tok, func(c rune) bool { return isOpening(c) || c == ',' })
	if tok == "" {
		return false
	}
	if r.abbrev["*"][tok] || r.abbrev[lang][tok] {
		return true
	}
	// Russian and Kazakh abbreviations are also used in the other language.
	if lang == "kk" && r.abbrev["ru"][tok] || lang == "ru" && r.abbrev["kk"][tok] {
		return true
	}
	return false
}

// tokenBefore returns the non-space run that ends at the terminator at i
// (without the terminator), stopping at sentStart.
func tokenBefore(text string, sentStart, i int) string {
	j := i
	for j > sentStart {
		c, w := utf8.DecodeLastRuneInString(text[sentStart:j])
		if unicode.IsSpace(c) {
			break
		}
		j -= w
	}
	tok := text[j:i]
	// "т. е." and "et al." are two tokens; look one token further back so
	// that multi-word abbreviations in the lists match.
	if j > sentStart {
		k := j - 1
		for k > sentStart && text[k-1] != ' ' {
			k--
		}
		prev := text[k : j-1]
		if prev == "et" || prev == "и" || prev == "т." {
			return prev + " " + tok
		}
	}
	return tok
}

func skipSpace(text string, i int) int {
	for i < len(text) {
		c, w := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(c) {
			break
		}
		i += w
	}
	return i
}

func trimRange(text string, s, e int) (int, int) {
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

func isClosing(c rune) bool {
	switch c {
	case '"', '\'', ')', ']', '»', '”', '’', '“':
		return true
	}
	return false
}

func isOpening(c rune) bool {
	switch c {
	case '"', '\'', '(', '[', '«', '“', '„', '‘', '*':
		return true
	}
	return false
}
