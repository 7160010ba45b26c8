package legal

import (
	"encoding/binary"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type tkind uint8

const (
	tWord  tkind = iota // starts with a letter; may hold digits and joiners (477-IV is a tNum)
	tNum                // starts with a digit (2011, 477-IV, 61/05, 30.11.2022, 2024a)
	tPunct              // any other single rune; "’s" is a tPunct too
)

// token is one word, number or punctuation mark of a paragraph, with byte
// offsets into the document text.
type token struct {
	s     int // the end is s+len(text)
	text  string
	low   string
	kind  tkind
	upper bool // first rune upper-case
}

// end is the byte offset after the token.
func (t *token) end() int { return t.s + len(t.text) }

func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	// Cyrillic (Russian, Kazakh) and Latin letters with diacritics
	// (Slovenian) without the Unicode tables.
	if r >= 0x400 && r <= 0x4ff && r != 0x482 && r != 0x488 && r != 0x489 || r >= 0xc0 && r <= 0x24f && r != 0xd7 && r != 0xf7 {
		return true
	}
	// The punctuation of Latin-1 and General Punctuation (« » – — “ ”
	// ’), which has no letters but ª µ º, without the tables either.
	if r < 0xc0 {
		return r == 0xaa || r == 0xb5 || r == 0xba
	}
	if r >= 0x2000 && r <= 0x206f {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// asciiClass classifies ASCII bytes for tokenize's fast path.
var asciiClass = func() (c [utf8.RuneSelf]uint8) {
	for b := 0; b < utf8.RuneSelf; b++ {
		switch r := rune(b); {
		case unicode.IsSpace(r):
			c[b] = cSpace
		case isWordRune(r):
			c[b] = cWord
			if 'A' <= r && r <= 'Z' {
				c[b] = cUpper
			}
		}
	}
	return c
}()

const (
	cOther uint8 = iota
	cSpace
	cWord
	cUpper // an upper-case word byte
)

// tokenize splits text (which starts at byte base of the document) into
// tokens. Hyphens join letters and digits (477-IV, көші-қон, UP-158); dots
// and slashes join digits (30.11.2022, 61/05); apostrophes join letters
// (O'zbekiston) except the English possessive, which becomes its own "’s"
// token.
func tokenize(text string, base int) []token {
	return tokenizeWith(text, base, &foldBuf{toks: make([]token, 0, len(text)/5+4)})
}

// foldBuf holds tokenize's scratch space, reused from text to text: the
// tokens; words that fold changes, folded into low, made one string per
// text; at says which token takes which part of it.
type foldBuf struct {
	toks []token
	low  []byte
	at   []lowPart
}

// lowPart is the folded form of toks[tok], at foldBuf.low[s:e].
type lowPart struct{ tok, s, e int }

// tokenizeWith is tokenize with reused scratch space; the tokens it
// returns are fb.toks, valid until the next call with fb.
//
// Most tokens are spaces, ASCII punctuation or words of ASCII letters and
// digits and two-byte letters (Cyrillic, Latin with diacritics) that end
// at a byte that cannot join them to more: this loop reads those with few
// live variables (ASCII words without a call, the others with fastWord),
// and slowToken everything else.
func tokenizeWith(text string, base int, fb *foldBuf) []token {
	toks := fb.toks[:0]
	fb.low, fb.at = fb.low[:0], fb.at[:0]
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case cSpace:
				i++
				continue
			case cOther:
				if c == '\'' {
					toks, i = fb.slowToken(text, base, i, toks)
					continue
				}
				toks = append(toks, token{s: base + i, text: text[i : i+1], low: text[i : i+1], kind: tPunct})
				i++
				continue
			}
			// A word of ASCII letters and digits ended by an ASCII byte
			// that cannot join (most words), read here without a call
			// (which would spill this loop's variables); fastWord reads
			// the others from their start again.
			j, k := i+1, asciiWord[c]
			for j < len(text) {
				a := asciiWord[text[j]]
				if a == 0 {
					break
				}
				k |= a
				j++
			}
			// A dot or slash joins digits only: after a letter (a
			// sentence's last word) it ends the word here too.
			end := endNone
			if j < len(text) {
				end = wordEnd[text[j]]
			}
			if end <= endSpace || end == endDigits && text[j-1]-'0' > 9 {
				w := text[i:j]
				t := token{s: base + i, text: w, low: w, kind: tWord, upper: asciiClass[c] == cUpper}
				if c-'0' <= 9 {
					t.kind = tNum
				}
				if k&1 != 0 {
					fb.lowerASCIILater(len(toks), w)
				}
				toks = append(toks, t)
				i = j
				if end == endSpace {
					i++ // no token
				}
				continue
			}
			if text[j] < utf8.RuneSelf {
				// An ASCII byte that can join (- . / '): slowToken
				// decides, from the end of the run read here (fastWord
				// would read it again, stop at the byte and fail).
				toks, i = fb.wordFrom(text, base, i, j, k&1 == 0, rune(text[j-1]), toks)
				continue
			}
		}
		j, up, ok := fastWord(text, i)
		if !ok {
			toks, i = fb.slowToken(text, base, i, toks)
			continue
		}
		w := text[i:j]
		t := token{s: base + i, text: w, low: w, kind: tWord}
		if c < utf8.RuneSelf {
			t.upper = asciiClass[c] == cUpper
			if c-'0' <= 9 {
				t.kind = tNum
			}
		} else {
			t.upper = twoByte[rune(c&0x1F)<<6|rune(text[i+1]&0x3F)].upper
		}
		if up {
			fb.lowerLater(len(toks), w)
		}
		toks = append(toks, t)
		i = j
	}
	if len(fb.at) > 0 {
		low := string(fb.low)
		for _, p := range fb.at {
			toks[p.tok].low = low[p.s:p.e]
		}
	}
	fb.toks = toks
	return toks
}

// wordEnd tells how the byte after a run of ASCII letters and digits ends
// the run's word.
var wordEnd = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf || c == '-' || c == '\'':
			t[c] = endMaybe
		case c == '.' || c == '/':
			t[c] = endDigits
		case asciiClass[c] == cSpace:
			t[c] = endSpace
		}
	}
	return t
}()

const (
	endNone   uint8 = iota // it ends the word: punctuation, or the end of text (no byte)
	endSpace               // it ends the word and is a space
	endDigits              // it joins digits only (. /)
	endMaybe               // it may join: a hyphen, an apostrophe or a non-ASCII rune
)

// lowerLater folds w, toks[tok]'s text, into fb.low: the token takes its
// folded form when the text is tokenized (one string for all).
func (fb *foldBuf) lowerLater(tok int, w string) {
	if b, ok := appendLowerFast(fb.low, w); ok {
		fb.at = append(fb.at, lowPart{tok, len(fb.low), len(b)})
		fb.low = b
		return
	}
	l := fold(w)
	fb.at = append(fb.at, lowPart{tok, len(fb.low), len(fb.low) + len(l)})
	fb.low = append(fb.low, l...)
}

// lowerASCIILater is lowerLater for a word of ASCII letters and digits,
// folded into space grown once. Setting bit 5 lowers an ASCII letter and
// keeps a digit (which has it): eight bytes a step, then byte by byte.
func (fb *foldBuf) lowerASCIILater(tok int, w string) {
	n := len(fb.low)
	fb.low = slices.Grow(fb.low, len(w))[:n+len(w)]
	low := fb.low[n:]
	k := 0
	for ; k+8 <= len(w); k += 8 {
		binary.LittleEndian.PutUint64(low[k:k+8], load64(w, k)|0x2020202020202020)
	}
	for ; k < len(w); k++ {
		low[k] = w[k] | 0x20
	}
	fb.at = append(fb.at, lowPart{tok, n, len(fb.low)})
}

// twoRune is what fastWord knows of a rune below U+0800 (two bytes in
// UTF-8, or ASCII): whether it is a word rune lowerRune folds (word), to
// what (lower), and whether unicode.IsUpper holds.
type twoRune struct {
	lower rune
	word  bool
	upper bool
}

var twoByte = func() (t [0x800]twoRune) {
	for r := rune(0); r < 0x800; r++ {
		l, ok := lowerRune(r)
		t[r] = twoRune{lower: l, word: ok && isWordRune(r) && !unicode.IsDigit(r), upper: unicode.IsUpper(r)}
	}
	return t
}()

// fastWord reads a word at text[i] made of ASCII letters and digits and of
// two-byte word runes lowerRune folds, ended by the end of text, an ASCII
// byte that is no word byte and cannot join (not - . / ') or a rune that
// is no word rune and cannot join (no hyphen or apostrophe): a word
// slowToken reads the same. It returns the end of the word and whether
// folding changes it (up); ok is false for any other token at i.
func fastWord(text string, i int) (j int, up, ok bool) {
	j = i
	k := uint8(0) // bit 0: an upper-case ASCII letter
	for {
		for j < len(text) {
			a := asciiWord[text[j]]
			if a == 0 {
				break
			}
			k |= a
			j++
		}
		if j+1 >= len(text) {
			break
		}
		c := text[j]
		if c < 0xC2 || c > 0xDF || text[j+1]&0xC0 != 0x80 {
			break
		}
		r := rune(c&0x1F)<<6 | rune(text[j+1]&0x3F)
		tr := twoByte[r]
		if !tr.word {
			break
		}
		up = up || tr.lower != r
		j += 2
	}
	if j == i {
		return j, false, false
	}
	if j < len(text) {
		if c := text[j]; c < utf8.RuneSelf {
			// A dot or slash joins digits only (see tokenizeWith): the
			// word's last rune is a letter or an ASCII digit.
			if c == '-' || c == '\'' || (c == '.' || c == '/') && text[j-1]-'0' <= 9 {
				return j, false, false
			}
		} else if r, _ := utf8.DecodeRuneInString(text[j:]); isWordRune(r) || isHyphen(r) || isApostrophe(r) {
			return j, false, false
		}
	}
	return j, up || k&1 != 0, true
}

// slowToken reads the token at text[i] (none for a space) into toks and
// returns the index after it: any token, by the rules tokenize states.
func (fb *foldBuf) slowToken(text string, base, i int, toks []token) ([]token, int) {
	var r rune
	n := 1
	plain := false // see below
	if c := text[i]; c < utf8.RuneSelf {
		switch k := asciiClass[c]; k {
		case cSpace:
			return toks, i + 1
		case cOther:
			if c != '\'' {
				return append(toks, token{s: base + i, text: text[i : i+1], low: text[i : i+1], kind: tPunct}), i + 1
			}
			r = rune(c)
		default:
			// An ASCII letter or digit: a word rune, which lowerRune
			// keeps unless it is upper-case.
			r, plain = rune(c), k != cUpper
		}
	} else {
		r, n = utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || r == '\u00ad' || r == utf8.RuneError && n <= 1 {
			return toks, i + n
		}
	}
	if r >= utf8.RuneSelf || r == '\'' {
		if !isWordRune(r) {
			if isApostrophe(r) && i+n < len(text) && (text[i+n] == 's' || text[i+n] == 'S') && i > 0 {
				prev, _ := utf8.DecodeLastRuneInString(text[:i])
				if isWordRune(prev) && (i+n+1 >= len(text) || !isWordRuneAt(text, i+n+1)) {
					return append(toks, token{s: base + i, text: text[i : i+n+1], low: "'s", kind: tPunct}), i + n + 1
				}
			}
			low := text[i : i+n]
			if !keepsPunct(r) {
				low = fold(low)
			}
			return append(toks, token{s: base + i, text: text[i : i+n], low: low, kind: tPunct}), i + n
		}
		plain = keepsCase(r)
	}
	return fb.wordFrom(text, base, i, i+n, plain, r, toks)
}

// keepsPunct reports a rune of Latin-1 or General Punctuation (« » – — “ ”,
// met after most words of the Russian and Kazakh texts) but ’ that fold
// keeps: no letter of them is upper-case (see TestKeepsPunct), so fold need
// not decode it and search the Unicode tables.
func keepsPunct(r rune) bool {
	return r >= 0x80 && r < 0xC0 || r >= 0x2000 && r <= 0x206F && r != '’'
}

// wordFrom reads the rest of the word that starts at text[start] into toks
// and returns the index after it: the word's runes before i are read, the
// last is prevRune, and plain tells whether lowerRune keeps all of them.
func (fb *foldBuf) wordFrom(text string, base, start, i int, plain bool, prevRune rune, toks []token) ([]token, int) {
	// plain: every rune of the word is one lowerRune keeps, so fold
	// keeps the word (see TestLowerRune).
	for i < len(text) {
		c := text[i]
		if k := asciiWord[c]; k != 0 {
			// A run of ASCII letters and digits, in one loop: k has
			// bit 1 if one of them is upper-case.
			j := i + 1
			for j < len(text) && asciiWord[text[j]] != 0 {
				k |= asciiWord[text[j]]
				j++
			}
			plain = plain && k&1 == 0
			prevRune = rune(text[j-1])
			i = j
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
	if !plain {
		fb.lowerLater(len(toks), w)
	}
	return append(toks, t), i
}

// asciiWord is 2 for the ASCII letters and digits, 3 for the upper-case
// letters, 0 for any other byte: the word loops of the tokenizer.
var asciiWord = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch asciiClass[c] {
		case cWord:
			t[c] = 2
		case cUpper:
			t[c] = 3
		}
	}
	return t
}()

// keepsCase reports a rune lowerRune folds to itself.
func keepsCase(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] != cUpper
	}
	l, ok := lowerRune(r)
	return ok && l == r
}

func isWordRuneAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// yearOf returns the year a token is (1800–2100, digits only), or 0.
func yearOf(t token) int {
	if t.kind != tNum || len(t.text) != 4 {
		return 0
	}
	y, err := strconv.Atoi(t.text)
	if err != nil || y < 1800 || y > 2100 {
		return 0
	}
	return y
}

// citeYearOf accepts a citation year with a letter suffix (2024a).
func citeYearOf(t token) int {
	if y := yearOf(t); y > 0 {
		return y
	}
	if t.kind == tNum && len(t.text) == 5 && t.text[4] >= 'a' && t.text[4] <= 'z' {
		return yearOf(token{kind: tNum, text: t.text[:4]})
	}
	return 0
}

func isDash(t token) bool {
	return t.kind == tPunct && (t.text == "–" || t.text == "-" || t.text == "—" || t.text == "‒" || t.text == "‑")
}

// joinedPeriod splits a hyphen-joined "2023-2027" token.
func joinedPeriod(t token) (int, int) {
	if t.kind != tNum || len(t.text) != 9 || !isHyphenByte(t.text[4]) {
		return 0, 0
	}
	a := yearOf(token{kind: tNum, text: t.text[:4]})
	b := yearOf(token{kind: tNum, text: t.text[5:]})
	if a == 0 || b == 0 || b < a {
		return 0, 0
	}
	return a, b
}

func isHyphenByte(c byte) bool { return c == '-' }

func dayOf(t token) int {
	if t.kind != tNum || len(t.text) > 2 {
		return 0
	}
	d, err := strconv.Atoi(t.text)
	if err != nil || d < 1 || d > 31 {
		return 0
	}
	return d
}

// Quotes: opening rune → the runes that may close it.
var quoteClose = map[string]string{
	"“": "”\"“", "«": "»", "„": "“”\"", "\"": "\"”“", "‘": "’'", "'": "'’", "‹": "›", "”": "”",
}

// attachedLeft reports a token written right after the previous one (no
// space), an opening bracket aside.
func attachedLeft(toks []token, i int) bool {
	return i > 0 && toks[i-1].end() == toks[i].s && toks[i-1].text != "(" && toks[i-1].text != "["
}

// attachedRight reports a token written right before the next one.
func attachedRight(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i].end() == toks[i+1].s && !strings.Contains(").,;:!?]", toks[i+1].text)
}

// isOpenQuote reports an opening quote. Straight quotes open when they
// stick to the word after them and not to the word before.
func isOpenQuote(toks []token, i int) bool {
	t := toks[i]
	if t.kind != tPunct {
		return false
	}
	if _, ok := quoteClose[t.text]; !ok {
		return false
	}
	switch t.text {
	case "\"", "'", "”":
		return !(attachedLeft(toks, i) && !attachedRight(toks, i))
	}
	return true
}

// isCloseQuote reports a closing quote (straight quotes: sticking to the
// word before them).
func isCloseQuote(toks []token, i int) bool {
	t := toks[i]
	if t.kind != tPunct || !strings.Contains("”»“\"'’›", t.text) {
		return false
	}
	switch t.text {
	case "\"", "'", "“":
		return !(attachedRight(toks, i) && !attachedLeft(toks, i))
	}
	return true
}

// matchQuote returns the index of the token closing the quote opened at
// toks[i], or -1. Guillemets nest («О Стратегии «Узбекистан – 2030»»).
func matchQuote(toks []token, i int, limit int) int {
	closers := quoteClose[toks[i].text]
	open := toks[i].text
	depth := 0
	for j := i + 1; j < len(toks) && j <= i+limit; j++ {
		t := toks[j]
		if t.kind != tPunct {
			continue
		}
		if open == "«" && t.text == "«" {
			depth++
			continue
		}
		if strings.Contains(closers, t.text) && isCloseQuote(toks, j) {
			if depth > 0 {
				depth--
				continue
			}
			if j == i+1 {
				return -1
			}
			return j
		}
	}
	return -1
}

// matchQuoteBack returns the index of the token opening the quote closed at
// toks[j], or -1.
func matchQuoteBack(toks []token, j int, floor int, limit int) int {
	closer := toks[j].text
	depth := 0
	for i := j - 1; i >= floor && i >= j-limit; i-- {
		t := toks[i]
		if t.kind != tPunct {
			continue
		}
		if closer == "»" && t.text == "»" {
			depth++
			continue
		}
		if cl, ok := quoteClose[t.text]; ok && strings.Contains(cl, closer) && isOpenQuote(toks, i) {
			if depth > 0 {
				depth--
				continue
			}
			if i == j-1 {
				return -1
			}
			return i
		}
	}
	return -1
}

func isPunct(t token, s string) bool { return t.kind == tPunct && t.text == s }

// isSentencePunct reports tokens that end a clause.
func isClausePunct(t token) bool {
	return t.kind == tPunct && strings.Contains(".;:!?", t.text)
}

func isCyrillic(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				return false // an ASCII letter
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= 0x400 && r <= 0x4ff && (r <= 0x481 || r >= 0x48a) {
			return true // a Cyrillic letter, without the Unicode tables
		}
		if unicode.IsLetter(r) {
			return unicode.Is(unicode.Cyrillic, r)
		}
		i += n
	}
	return false
}

// isDigitRune is unicode.IsDigit, without the Unicode tables for the
// Cyrillic block (which has no digits).
func isDigitRune(r rune) bool {
	if r >= 0x400 && r <= 0x4ff {
		return false
	}
	return unicode.IsDigit(r)
}
