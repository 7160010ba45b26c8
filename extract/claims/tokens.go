package claims

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/nlp"
)

type tokKind uint8

const (
	tWord  tokKind = iota // letters (and digits after a letter: "H1", "UP")
	tNum                  // a numeral read by ParseNumber
	tPunct                // one character that is neither
)

// token is one word, numeral or punctuation mark of a sentence. (Fields
// ordered so that the small ones share words: tokens are copied a lot.)
type token struct {
	start, end int // byte offsets into the document text
	text       string
	lower      string
	num        Number
	// wid and pid are the numbers of lower and of its first two letters in
	// the lexicon's words: 0 not looked up, -1 absent (see words.assign);
	// sets has bit no set when phrase set no (< 64) may have phrases
	// starting with the token (by wid or pid), once it is looked up.
	// (tokenize keeps in wid, while lower is "", where the word's lower-case
	// form ends in its buffer: a field less makes the token 8 bytes
	// smaller.)
	wid, pid int32
	sets     uint64
	kind     tokKind
	// space reports whitespace between the previous token and this one.
	space bool

	// What the scanner decided about a numeral.
	label bool // a label, identifier, ordinal or part of a date: never a claim
	time  bool // part of a time expression
	used  bool // part of a claim already
}

// isUpperRune is unicode.IsUpper, read from runeTab below U+0530.
func isUpperRune(r rune) bool {
	if tabled(r) {
		return runeTab[r].upper
	}
	return isUpperOther(r)
}

// isUpperOther is unicode.IsUpper, a call of its own so that isUpperRune
// inlines.
//
//go:noinline
func isUpperOther(r rune) bool { return unicode.IsUpper(r) }

// toLower is strings.ToLower, with nlp.LowerRune's fast paths for text that is
// not all ASCII.
func toLower(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			if len(s) > 256 {
				return strings.Map(nlp.LowerRune, s)
			}
			// appendLower's byte paths in a stack buffer (lower case is at
			// most three times as long), and s itself when it is lower
			// case already, as strings.Map returns it.
			var arr [768]byte
			if b := appendLower(arr[:0], s); string(b) != s {
				return string(b)
			}
			return s
		}
	}
	return strings.ToLower(s)
}

// appendLower appends toLower(s) to dst, with byte-level fast paths for
// ASCII and the two-byte runes below U+0530 (runeTab's lower2).
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf && i+8 <= len(s) {
			// Eight ASCII bytes at a time (documentYear lowers 6 KB of
			// front matter per document).
			b := s[i : i+8]
			v := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
			if v&highBits == 0 {
				dst = binary.LittleEndian.AppendUint64(dst, lowerASCII8(v))
				i += 8
				continue
			}
		}
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		case c >= 0xC2 && c <= twoByteLast && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			// A two-byte rune of runeTab's range whose lower case is two
			// bytes too (all of Cyrillic, Latin with diacritics): its
			// bytes read from the table.
			if r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F); r <= tabLast {
				if lo := runeTab[r].lower2; lo != 0 {
					dst = append(dst, byte(lo>>8), byte(lo))
					i += 2
					continue
				}
			}
		}
		r, w := decodeRune(s, i)
		dst = utf8.AppendRune(dst, nlp.LowerRune(r))
		i += w
	}
	return dst
}

const highBits = 0x8080808080808080

// lowerASCII8 lowers the ASCII capitals among the eight bytes of v, none of
// which has its high bit set: a byte gets its high bit from adding 0x3F when
// it is 'A' or more, from adding 0x25 when it is past 'Z' (no byte carries
// into the next), and a capital gains 0x20.
func lowerASCII8(v uint64) uint64 {
	upper := (v + 0x3F3F3F3F3F3F3F3F) &^ (v + 0x2525252525252525) & highBits
	return v | upper>>2
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// tokenize splits text[from:to] into tokens, appended to dst[:0] (a buffer
// reused from sentence to sentence); numerals are read with the separator
// conventions of lang. The lower-case forms of the words that need one are
// written to one buffer that becomes one string: a sentence costs one
// allocation for them, not one per capitalized word. Two-byte runes are
// decoded inline, what a rune below U+0530 is read from runeTab, and what
// an ASCII byte starts from asciiClass.
func tokenize(dst []token, text string, from, to int, lang string) []token {
	return tokenizeWith(dst, text, from, to, lang, nil)
}

// lowerCache remembers, by shapeHash, the lower-case forms tokenize made of
// the document's capitalized words: "The", "In" and the country names come
// again and again, and a sentence whose capitalized words are all known
// allocates no string for them.
type lowerCache [256]struct{ word, lower string }

// What tokenize makes of a character: a space, the start of a numeral or
// of a word, or a punctuation token.
const (
	classPunct = iota
	classSpace
	classDigit
	classWord
)

// asciiClass is the class of each ASCII byte (classPunct past ASCII: the
// rune decides).
var asciiClass = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
			t[c] = classSpace
		case isDigit(byte(c)):
			t[c] = classDigit
		case isWordRune(rune(c)):
			t[c] = classWord
		}
	}
	return t
}()

// tokenizeWith is tokenize, through the document's cache lc (nil: none).
func tokenizeWith(dst []token, text string, from, to int, lang string, lc *lowerCache) []token {
	toks := dst[:0]
	space := true
	var lowArr [512]byte
	low := lowArr[:0]
	for i := from; i < to; {
		c := text[i]
		r, w := rune(c), 1
		class := asciiClass[c]
		if c >= utf8.RuneSelf {
			var ok bool
			if r, ok = decode2(text, i); ok {
				w = 2
			} else {
				r, w = utf8.DecodeRuneInString(text[i:])
			}
			switch {
			case isSpaceRune(r):
				class = classSpace
			case isWordRune(r):
				class = classWord
			}
		}
		switch class {
		case classSpace:
			space = true
			i += w
			continue
		case classDigit:
			n, size, ok := ParseNumber(text[i:to], lang)
			if !ok {
				size = digitRun(text[:to], i)
			}
			start := i
			// A minus sign written before the digits: "-12,300", "−1.4".
			if k := len(toks) - 1; k >= 0 && !space && isMinus(toks[k].text) && toks[k].space &&
				(k == 0 || toks[k-1].kind != tNum) {
				start = toks[k].start
				space = toks[k].space
				toks = toks[:k]
				n.Value, n.Low, n.High = -n.Value, -n.High, -n.Low
			}
			// Each token is appended zero and filled in place (a literal
			// appended is built and then copied).
			toks = append(toks, token{})
			t := &toks[len(toks)-1]
			t.kind, t.start, t.end, t.text, t.lower, t.space, t.num = tNum, start, i+size, text[start:i+size], text[start:i+size], space, n
			i += size
		case classWord:
			j := i + w
			upper := 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf && isUpperRune(r)
			for j < to {
				c2 := text[j]
				if c2 < utf8.RuneSelf {
					if 'a' <= c2 && c2 <= 'z' || isDigit(c2) {
						j++
						continue
					}
					if 'A' <= c2 && c2 <= 'Z' {
						upper = true
						j++
						continue
					}
					break
				}
				if j+1 < to && (c2 == 0xD0 && text[j+1]&0xF0 == 0xB0 || c2 == 0xD1 && text[j+1]&0xE0 == 0x80) {
					// A lower-case letter of U+0430–U+045F (а–я, ё, ї, ...),
					// most of a Russian or Kazakh word: a word rune, not
					// upper case.
					j += 2
					continue
				}
				r2, ok := decode2(text, j)
				w2 := 2
				if !ok {
					r2, w2 = utf8.DecodeRuneInString(text[j:])
				}
				if !isWordRune(r2) {
					break
				}
				upper = upper || isUpperRune(r2)
				j += w2
			}
			s := text[i:j]
			toks = append(toks, token{})
			t := &toks[len(toks)-1]
			t.kind, t.start, t.end, t.text, t.lower, t.space = tWord, i, j, s, s, space
			if upper {
				if e := lc.entry(s); e != nil && e.word == s {
					t.lower = e.lower
				} else {
					// Lowered below, once the buffer is complete.
					low = appendLowerWord(low, s)
					t.lower, t.wid = "", int32(len(low))
				}
			}
			i = j
		default:
			s := text[i : i+w]
			toks = append(toks, token{})
			t := &toks[len(toks)-1]
			t.kind, t.start, t.end, t.text, t.lower, t.space = tPunct, i, i+w, s, s, space
			i += w
		}
		// Most tokens end at one plain space: it is read here, not by
		// another turn of the loop.
		space = i < to && text[i] == ' '
		if space {
			i++
		}
	}
	if len(low) > 0 {
		ls, at := string(low), int32(0)
		for k := range toks {
			if t := &toks[k]; t.lower == "" && t.wid > 0 {
				t.lower, at, t.wid = ls[at:t.wid], t.wid, 0
				if e := lc.entry(t.text); e != nil {
					e.word, e.lower = t.text, t.lower
				}
			}
		}
	}
	return toks
}

// entry returns the slot of word w (nil when c is).
func (c *lowerCache) entry(w string) *struct{ word, lower string } {
	if c == nil {
		return nil
	}
	return &c[shapeHash(w)%uint32(len(c))]
}

// decodeRune is utf8.DecodeRuneInString(text[i:]) for text[i] not ASCII,
// with a well-formed two-byte sequence (Cyrillic, Latin with diacritics)
// decoded inline (decode2).
func decodeRune(text string, i int) (rune, int) {
	if r, ok := decode2(text, i); ok {
		return r, 2
	}
	return utf8.DecodeRuneInString(text[i:])
}

// decode2 decodes a well-formed two-byte sequence at text[i] (ok false for
// any other).
func decode2(text string, i int) (rune, bool) {
	if c := text[i]; c >= 0xC2 && c <= 0xDF && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(text[i+1]&0x3F), true
	}
	return 0, false
}

// isWordRune is nlp.IsWordRune, read from runeTab below U+0530.
func isWordRune(r rune) bool {
	if tabled(r) {
		return runeTab[r].word
	}
	return isWordOther(r)
}

// isWordOther and isSpaceOther are the answers past runeTab, calls of their
// own so that isWordRune and isSpaceRune inline.
//
//go:noinline
func isWordOther(r rune) bool { return nlp.IsWordRune(r) }

//go:noinline
func isSpaceOther(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2009'
}

// isSpaceRune reports, for r not ASCII, the spaces tokenize skips:
// unicode.IsSpace, no-break, narrow no-break and thin spaces.
func isSpaceRune(r rune) bool {
	if tabled(r) {
		return runeTab[r].space
	}
	return isSpaceOther(r)
}

// tabLast bounds the runes runeTab answers for: ASCII to the Cyrillic
// supplement (U+0000–U+052F), where Slovenian, Russian and Kazakh letters
// lie (ә ғ қ ң ө ұ ү һ і and č š ž are outside the fast paths of
// nlp.LowerRune, and unicode's IsUpper, IsLetter and IsSpace search tables).
const tabLast = 0x52F

func tabled(r rune) bool { return uint32(r) <= tabLast }

// runeTab holds, for U+0000–U+052F, whether the rune is upper case
// (unicode.IsUpper), a word rune (nlp.IsWordRune) and a space
// (isSpaceRune), computed at init from those functions (nlp.LowerRune
// reads a table of its own for the same runes).
var runeTab = func() (t [tabLast + 1]struct {
	upper, word, space bool
	// lower2 holds the two UTF-8 bytes of nlp.LowerRune(r) (first byte
	// high) for a two-byte rune whose lower case is two bytes too, else 0.
	lower2 uint16
}) {
	for r := rune(0); r <= tabLast; r++ {
		e := &t[r]
		e.upper, e.word = unicode.IsUpper(r), nlp.IsWordRune(r)
		e.space = isSpaceOther(r)
		if lr := nlp.LowerRune(r); utf8.RuneLen(r) == 2 && utf8.RuneLen(lr) == 2 {
			var b [2]byte
			utf8.EncodeRune(b[:], lr)
			e.lower2 = uint16(b[0])<<8 | uint16(b[1])
		}
	}
	return t
}()

// twoByteLast is the lead byte of the last two-byte rune runeTab holds.
const twoByteLast = 0xC0 | tabLast>>6

// appendLowerWord appends the runes of the word s lowered by nlp.LowerRune
// (unicode.ToLower) to dst; s is a tokenize word, well-formed UTF-8.
func appendLowerWord(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, w := decodeRune(s, i)
		dst = utf8.AppendRune(dst, nlp.LowerRune(r))
		i += w
	}
	return dst
}

// tokenizePhrase splits a data-file phrase the way tokenize splits text.
func tokenizePhrase(s string) []token {
	s = strings.ToLower(strings.TrimSpace(s))
	var toks []token
	space := true
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += w
			continue
		case nlp.IsWordRune(r) || isDigit(s[i]):
			j := i + w
			for j < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[j:])
				if !nlp.IsWordRune(r2) && !(r2 < utf8.RuneSelf && isDigit(byte(r2))) && r2 != '*' {
					break
				}
				j += w2
			}
			toks = append(toks, token{kind: tWord, text: s[i:j], lower: s[i:j], space: space})
			i = j
		default:
			toks = append(toks, token{kind: tPunct, text: s[i : i+w], lower: s[i : i+w], space: space})
			i += w
		}
		space = false
	}
	return toks
}

func isMinus(s string) bool { return s == "-" || s == "−" }
