package refs

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/nlp"
)

// This file holds hand-written scanners that do what a regexp did, byte
// for byte (scan_test.go checks each against its regexp): the regexp
// engine costs far more on these simple patterns, which run on every
// reference.

// fieldPunct is the punctuation that separates fields.
const fieldPunct = ".,;:"

// isFieldPunct reports whether c is one of fieldPunct.
func isFieldPunct(c byte) bool { return c == '.' || c == ',' || c == ';' || c == ':' }

// The classes of the bytes the whole-string passes stop at, so that each
// skips the other bytes with one table lookup.
const (
	classFieldPunct   = 1 << iota // . , ; : (isFieldPunct)
	classGlueComma                // , ; (spaceGluedCommas)
	classGOSTMark                 // . , (spaceGOSTDashes)
	classOpenBracket              // ( [ < (removeEmptyBrackets)
	classSpace                    // ' ' (isTidy)
	classSentenceMark             // . ? ! (sentenceEnd)
	classBracket                  // ( ) [ ] (fieldParenIn)
	classChunk                    // ( ) [ ] , ; : . - / and the lead bytes of « » “ ” – — (chunks)
)

var byteClass = func() (t [256]uint8) {
	for _, c := range ".,;:" {
		t[c] |= classFieldPunct
	}
	t[','] |= classGlueComma | classGOSTMark
	t[';'] |= classGlueComma
	t['.'] |= classGOSTMark
	for _, c := range "([<" {
		t[c] |= classOpenBracket
	}
	t[' '] |= classSpace
	for _, c := range ".?!" {
		t[c] |= classSentenceMark
	}
	for _, c := range "()[]" {
		t[c] |= classBracket
	}
	for _, c := range "()[],;:.-/" {
		t[c] |= classChunk
	}
	t[0xc2] |= classChunk // « »
	t[0xe2] |= classChunk // “ ” – —
	return t
}()

// nextInClass returns the index of the first byte of s from i on in one
// of the classes, or len(s). Eight bytes are looked up at a time: a match
// is rare enough that one test of their classes together skips most.
func nextInClass(s string, i int, class uint8) int {
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8]
		if (byteClass[b[0]]|byteClass[b[1]]|byteClass[b[2]]|byteClass[b[3]]|
			byteClass[b[4]]|byteClass[b[5]]|byteClass[b[6]]|byteClass[b[7]])&class != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if byteClass[s[i]]&class != 0 {
			return i
		}
	}
	return len(s)
}

// removeEmptyBrackets replaces each pair of brackets that holds nothing but
// white space and at most one mark of fieldPunct ("( )", "[.]", "(, )",
// "< >") by a space.
func removeEmptyBrackets(s string) string {
	var b []byte
	last := 0 // s[last:] is not yet copied to b
	for i := 0; i < len(s); i++ {
		if i = nextInClass(s, i, classOpenBracket); i == len(s) {
			break
		}
		var closing byte
		switch s[i] {
		case '(':
			closing = ')'
		case '[':
			closing = ']'
		case '<':
			closing = '>'
		default:
			continue
		}
		j := skipRegexpSpace(s, i+1)
		if closing != '>' && j < len(s) && isFieldPunct(s[j]) {
			j = skipRegexpSpace(s, j+1)
		}
		if j < len(s) && s[j] == closing {
			b = append(append(b, s[last:i]...), ' ')
			last = j + 1
			i = j
		}
	}
	if last == 0 {
		return s // nothing replaced
	}
	return string(append(b, s[last:]...))
}

// squeezePunctRuns keeps the first mark of each run of fieldPunct marks
// separated by white space (". ,", ", ; ."), dropping the rest.
func squeezePunctRuns(s string) string {
	var b []byte
	last := 0 // s[last:] is not yet copied to b
	for i := 0; i < len(s); i++ {
		if i = nextInClass(s, i, classFieldPunct); i == len(s) {
			break
		}
		end := i + 1
		for {
			j := skipRegexpSpace(s, end)
			if j == end || j == len(s) || !isFieldPunct(s[j]) {
				break
			}
			end = j + 1
		}
		if end > i+1 {
			b = append(b, s[last:i+1]...)
			last = end
			i = end - 1
		}
	}
	if last == 0 {
		return s // nothing replaced
	}
	return string(append(b, s[last:]...))
}

// spaceGluedCommas puts a space between a comma or semicolon and the
// capital right after it ("Smith,J." → "Smith, J.").
func spaceGluedCommas(s string) string {
	if !hasGluedComma(s) {
		return s // most strings: a byte search per mark tells
	}
	var b []byte
	last := 0 // s[last:] is not yet copied to b
	for i := 0; i+1 < len(s); i++ {
		if i = nextInClass(s, i, classGlueComma); i+1 >= len(s) {
			break // (the last byte has no capital after it)
		}
		if isUpperAt(s, i+1) {
			b = append(append(b, s[last:i+1]...), ' ')
			last = i + 1
		}
	}
	if last == 0 {
		return s // nothing replaced
	}
	return string(append(b, s[last:]...))
}

// hasGluedComma reports whether spaceGluedCommas changes s: whether a
// comma or semicolon has a capital right after it.
func hasGluedComma(s string) bool {
	for _, mark := range [...]byte{',', ';'} {
		for off := 0; ; {
			i := strings.IndexByte(s[off:], mark)
			if i < 0 {
				break
			}
			i += off
			if i+1 < len(s) && isUpperAt(s, i+1) {
				return true
			}
			off = i + 1
		}
	}
	return false
}

// isUpperAt reports whether the rune at s[i] is an upper-case letter
// (\p{Lu}): in ASCII, from 'A' to 'Z'.
func isUpperAt(s string, i int) bool {
	if c := s[i]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.Is(unicode.Lu, r)
}

// spaceGOSTDashes writes a field separator of GOST glued to the mark before
// it (".- ", ".– ", ",— ") as " – ".
func spaceGOSTDashes(s string) string {
	if !hasGOSTDash(s) {
		return s // most strings: a byte search per dash tells
	}
	var b []byte
	last := 0 // s[last:] is not yet copied to b
	for i := 0; i < len(s); i++ {
		if i = nextInClass(s, i, classGOSTMark); i == len(s) {
			break
		}
		j := i + 1
		if j < len(s) && isRegexpSpace(s[j]) {
			j++
		}
		w := dashWidth(s, j)
		if w == 0 || j+w >= len(s) || !isRegexpSpace(s[j+w]) {
			continue
		}
		b = append(append(b, s[last:i+1]...), " – "...)
		last = j + w + 1
		i = last - 1
	}
	if last == 0 {
		return s // nothing replaced
	}
	return string(append(b, s[last:]...))
}

// hasGOSTDash reports whether spaceGOSTDashes may change s: whether a dash
// with white space after it follows a full stop or comma, maybe with one
// byte of white space between them. The dashes ('-' and the lead byte of
// "–" and "—") are fewer than the marks.
func hasGOSTDash(s string) bool {
	for _, lead := range [...]byte{'-', "–"[0]} {
		for off := 0; ; {
			j := strings.IndexByte(s[off:], lead)
			if j < 0 {
				break
			}
			j += off
			off = j + 1
			i := j - 1 // the mark, or the white space after it
			if i >= 0 && isRegexpSpace(s[i]) {
				i--
			}
			if i < 0 || s[i] != '.' && s[i] != ',' {
				continue
			}
			if w := dashWidth(s, j); w > 0 && j+w < len(s) && isRegexpSpace(s[j+w]) {
				return true
			}
		}
	}
	return false
}

// joinSpacedRanges removes the white space around a dash between two
// digits ("416 - 429" → "416-429").
func joinSpacedRanges(s string) string {
	var b []byte
	last := 0 // s[last:] is not yet copied to b
	for i := 0; i < len(s); i++ {
		if !isASCIIDigit(s[i]) {
			continue
		}
		j := skipRegexpSpace(s, i+1)
		w := dashWidth(s, j)
		if j == i+1 || w == 0 {
			continue
		}
		k := skipRegexpSpace(s, j+w)
		if k == j+w || k == len(s) || !isASCIIDigit(s[k]) {
			continue
		}
		b = append(append(append(b, s[last:i+1]...), s[j:j+w]...), s[k])
		last = k + 1
		i = k
	}
	if last == 0 {
		return s // nothing replaced
	}
	return string(append(b, s[last:]...))
}

// dashWidth returns the length in bytes of the hyphen, en dash or em dash
// at s[i:], or 0.
func dashWidth(s string, i int) int {
	switch {
	case i < len(s) && s[i] == '-':
		return 1
	case strings.HasPrefix(s[i:], "–") || strings.HasPrefix(s[i:], "—"):
		return len("–")
	}
	return 0
}

// isRegexpSpace reports whether c is white space as the regexp class \s
// defines it ([\t\n\f\r ]): one table read, where five comparisons cost
// more in the per-byte loops (nextField, skipRegexpSpace).
func isRegexpSpace(c byte) bool { return regexpSpaces[c] }

var regexpSpaces = bytesOf(" \t\n\f\r")

// skipRegexpSpace returns the index of the first byte at or after i that is
// not white space (\s), or len(s).
func skipRegexpSpace(s string, i int) int {
	for i < len(s) && isRegexpSpace(s[i]) {
		i++
	}
	return i
}

// dropSpaceBefore removes every run of white space (\s) that directly
// precedes one of the bytes in punct, as the regexp \s+([punct]) replaced
// by "$1" does.
func dropSpaceBefore(s, punct string) string {
	if !spaceBeforeAny(s, punct) {
		return s // most strings: a byte search per mark tells
	}
	var b []byte
	last := 0 // s[last:] is not yet copied to b
	for i := 0; i < len(s); {
		if !isRegexpSpace(s[i]) {
			i++
			continue
		}
		j := skipRegexpSpace(s, i+1)
		if j < len(s) && isOneOf(punct, s[j]) {
			b = append(b, s[last:i]...)
			last = j
		}
		i = j
	}
	if last == 0 {
		return s // nothing replaced
	}
	return string(append(b, s[last:]...))
}

// spaceBeforeAny reports whether white space (\s) directly precedes one
// of the bytes in punct somewhere in s.
func spaceBeforeAny(s, punct string) bool {
	for k := 0; k < len(punct); k++ {
		for off := 0; ; {
			i := strings.IndexByte(s[off:], punct[k])
			if i < 0 {
				break
			}
			i += off
			if i > 0 && isRegexpSpace(s[i-1]) {
				return true
			}
			off = i + 1
		}
	}
	return false
}

// isOneOf reports whether c is one of the bytes of set: for the few bytes
// of a punctuation set a loop costs less than a call of strings.IndexByte.
func isOneOf(set string, c byte) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == c {
			return true
		}
	}
	return false
}

// nextField returns the byte range of the first run of bytes that are not
// white space (\S+ in a regexp) at or after from; a is len(s) when there
// is none.
func nextField(s string, from int) (a, b int) {
	a = skipRegexpSpace(s, from)
	b = a
	for b < len(s) && !isRegexpSpace(s[b]) {
		b++
	}
	return a, b
}

// asciiEqualFold reports whether s equals the lower-case ASCII word up to
// ASCII case.
func asciiEqualFold(s, word string) bool {
	for i := 0; i < len(word); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != word[i] {
			return false
		}
	}
	return true
}

// containsFold reports whether s may contain word, a lower-case ASCII word,
// as a case-insensitive (?i) regexp would match it. Besides ASCII case,
// Unicode folds 'k' to the Kelvin sign and 's' to the long s; a string with
// either counts as containing any word with that letter.
func containsFold(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		if asciiEqualFold(s[i:i+len(word)], word) {
			return true
		}
	}
	return strings.ContainsRune(word, 'k') && strings.ContainsRune(s, '\u212a') ||
		strings.ContainsRune(word, 's') && strings.ContainsRune(s, '\u017f')
}

// foldWords are lower-case ASCII words that containsAny looks for, as
// containsFold does, in one pass over s: a table of the words' first
// bytes (in either case) picks the few positions worth comparing.
type foldWords struct {
	words []string
	first [256]uint8 // bit k: words[k] starts with the byte
	// second has bit k for the byte words[k] has second, or for every
	// byte when words[k] has one byte only.
	second [256]uint8
	// withK and withS say a word has a "k" or an "s", which the Kelvin
	// sign and the long s fold to.
	withK, withS bool
}

func newFoldWords(words ...string) *foldWords {
	if len(words) > 8 {
		panic("foldWords: at most 8 words")
	}
	fw := &foldWords{words: words}
	for k, w := range words {
		fw.withK = fw.withK || strings.ContainsRune(w, 'k')
		fw.withS = fw.withS || strings.ContainsRune(w, 's')
		for _, c := range asciiCases(w[0]) {
			fw.first[c] |= 1 << k
		}
		if len(w) == 1 {
			for c := range fw.second {
				fw.second[c] |= 1 << k
			}
			continue
		}
		for _, c := range asciiCases(w[1]) {
			fw.second[c] |= 1 << k
		}
	}
	return fw
}

// containsAny reports whether containsFold(s, w) holds for one of the words.
func (fw *foldWords) containsAny(s string) bool {
	for i := 0; i < len(s); i++ {
		set := fw.first[s[i]]
		if set == 0 {
			continue
		}
		if i+1 < len(s) {
			set &= fw.second[s[i+1]] // a word's first two bytes must both fit
		}
		for ; set != 0; set &= set - 1 {
			w := fw.words[bits.TrailingZeros8(set)]
			if len(s)-i >= len(w) && asciiEqualFold(s[i:i+len(w)], w) {
				return true
			}
		}
	}
	return fw.withK && strings.ContainsRune(s, '\u212a') || fw.withS && strings.ContainsRune(s, '\u017f')
}

// startsAt reports whether one of the words starts at s[i], up to ASCII
// case.
func (fw *foldWords) startsAt(s string, i int) bool {
	for set := fw.first[s[i]]; set != 0; set &= set - 1 {
		if w := fw.words[bits.TrailingZeros8(set)]; hasPrefixFold(s[i:], w) {
			return true
		}
	}
	return false
}

// The number forms below are read by hand in the chunk passes, which try
// them on every chunk; each does what its regexp (kept as the
// specification and tested against) does.

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// skipASCIIDigits returns the index of the first byte from i on that is not
// a digit 0–9.
func skipASCIIDigits(s string, i int) int {
	for i < len(s) && isASCIIDigit(s[i]) {
		i++
	}
	return i
}

// numberAt reads [A-Za-z]{0,max}\d+[A-Za-z]? at s[i:] and returns its end,
// or -1. The letters before the digits cannot be digits, so reading them
// greedily loses no match.
func numberAt(s string, i, max int) int {
	j := i
	for j < len(s) && isASCIILetter(s[j]) {
		j++
	}
	if j-i > max {
		return -1
	}
	k := skipASCIIDigits(s, j)
	if k == j {
		return -1
	}
	if k < len(s) && isASCIILetter(s[k]) {
		k++
	}
	return k
}

// isBareNum reports what reBareNum.MatchString(s) does.
func isBareNum(s string) bool { return numberAt(s, 0, 1) == len(s) }

// rangeDashWidth returns the length of the hyphen, en or em dash, hyphen
// (U+2010) or non-breaking hyphen (U+2011) at s[i:] ([-–—‐‑]), or 0.
func rangeDashWidth(s string, i int) int {
	if w := dashWidth(s, i); w > 0 {
		return w
	}
	if strings.HasPrefix(s[i:], "‐") || strings.HasPrefix(s[i:], "‑") {
		return len("‐")
	}
	return 0
}

// isRange reports what reRange.MatchString(s) does.
func isRange(s string) bool {
	i := numberAt(s, 0, 2)
	if i < 0 {
		return false
	}
	i = skipRegexpSpace(s, i)
	n := 0
	for w := rangeDashWidth(s, i); w > 0; w = rangeDashWidth(s, i) {
		i += w
		n++
	}
	if n == 0 {
		return false
	}
	return numberAt(s, skipRegexpSpace(s, i), 2) == len(s)
}

// pageCountUnits are the words of rePageCount after the number.
var pageCountUnits = []string{"p", "pp", "с", "c", "s", "стр", "б", "pages"}

// isPageCount reports what rePageCount.MatchString(s) does. EqualFold
// folds as (?i) does (simple folding: "ſ" is an "s").
func isPageCount(s string) bool {
	i := skipASCIIDigits(s, 0)
	if i == 0 {
		return false
	}
	u := s[skipRegexpSpace(s, i):]
	for _, w := range pageCountUnits {
		if strings.EqualFold(u, w) || len(u) > 1 && u[len(u)-1] == '.' && strings.EqualFold(u[:len(u)-1], w) {
			return true
		}
	}
	return false
}

// volPages returns the submatches 1 and 2 of reVolPages in s (a volume
// and its pages, "12: 34–56"), and whether it matched.
func volPages(s string) (vol, pages string, ok bool) {
	i := skipASCIIDigits(s, 0)
	if i == 0 {
		return "", "", false
	}
	if i < len(s) && isASCIILetter(s[i]) {
		i++
	}
	vol = s[:i]
	i = skipRegexpSpace(s, i)
	if i == len(s) || s[i] != ':' {
		return "", "", false
	}
	start := skipRegexpSpace(s, i+1)
	j := numberAt(s, start, 1)
	if j < 0 {
		return "", "", false
	}
	if j < len(s) {
		k := skipRegexpSpace(s, j)
		w := dashWidth(s, k)
		if w == 0 {
			return "", "", false
		}
		if j = numberAt(s, skipRegexpSpace(s, k+w), 1); j != len(s) {
			return "", "", false
		}
	}
	return vol, s[start:], true
}

// nextWord returns the bounds [a, b) of the first of strings.Fields(s[from:])
// (white space as unicode.IsSpace has it), offset by from; a == len(s) when
// there is none. The words are read without a slice of them all.
func nextWord(s string, from int) (a, b int) {
	i := from
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !nlp.IsSpace(r) {
			break
		}
		i += n
	}
	a = i
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if isASCIISpace(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if nlp.IsSpace(r) {
			break
		}
		i += n
	}
	return a, i
}

// firstWord returns strings.Fields(s)[0], or "" when s has no words.
func firstWord(s string) string {
	a, b := nextWord(s, 0)
	return s[a:b]
}

// lastWord returns the last of strings.Fields(s), or "".
func lastWord(s string) string {
	// Read from the end: past the white space there, then to the white
	// space before the word (runes decoded backward, as forward).
	j := len(s)
	for j > 0 {
		if c := s[j-1]; c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			j--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if !nlp.IsSpace(r) {
			break
		}
		j -= n
	}
	i := j
	for i > 0 {
		if c := s[i-1]; c < utf8.RuneSelf {
			if isASCIISpace(c) {
				break
			}
			i--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if nlp.IsSpace(r) {
			break
		}
		i -= n
	}
	return s[i:j]
}

// countWords returns len(strings.Fields(s)).
func countWords(s string) int {
	n := 0
	for a, b := nextWord(s, 0); a < len(s); a, b = nextWord(s, b) {
		n++
	}
	return n
}

// volIssue is reVolIss.FindStringSubmatch(s), read by hand for the most
// common form, a number and the issue in brackets right after it ("54(3)",
// "12a(1-2)"): no volume word starts with a digit, the number and its
// letter are taken whole, and nothing follows the brackets.
func volIssue(s string) []string {
	if s != "" && isASCIIDigit(s[0]) {
		i := skipASCIIDigits(s, 0)
		if i < len(s) && isASCIILetter(s[i]) {
			i++
		}
		if i < len(s) && s[i] == '(' {
			j := i + 1
			for j < len(s) && s[j] != '(' && s[j] != ')' {
				j++
			}
			if j > i+1 && j == len(s)-1 && s[j] == ')' {
				return []string{s, s[:i], s[i+1 : j], ""}
			}
		}
	}
	return reVolIss.FindStringSubmatch(s)
}

// pagesAfterCue reads the most common page chunk, "p." or "pp." (in any
// case), white space and a digit range: the range is what rePages reads.
func pagesAfterCue(s string) (string, bool) {
	if s == "" || s[0]|0x20 != 'p' {
		return "", false
	}
	i := 1
	if i < len(s) && s[i]|0x20 == 'p' {
		i++
	}
	if i >= len(s) || s[i] != '.' {
		return "", false
	}
	r := s[skipRegexpSpace(s, i+1):]
	return r, isDigitRange(r)
}

// isDigitRange reports whether s is a range of numbers that starts with a
// digit (isRange): rePages then matches all of s as its page group, since
// none of its cue words starts with a digit.
func isDigitRange(s string) bool { return s != "" && isASCIIDigit(s[0]) && isRange(s) }

// pagesBody is rePages.FindStringSubmatch(s)[1], read by hand: an optional
// cue word, white space, a number or a range of numbers (the page group),
// and an optional unit, which make up all of s. The paths are tried in the
// order the regexp prefers them (a cue in its order before none, a letter
// after the digits before none, a range before none), so that the group is
// the one it reports. Only the letters after the digits and the range may
// end in more than one place: the runs of letters, digits, white space and
// dashes are read whole, as any shorter run fails.
func pagesBody(s string) (string, bool) {
	if !mayPages(s) {
		return "", false
	}
	for _, cue := range pagesCues {
		if n := prefixFold(s, cue); n >= 0 {
			if end, ok := pagesRange(s, skipRegexpSpace(s, n)); ok {
				return s[skipRegexpSpace(s, n):end], true
			}
		}
	}
	if end, ok := pagesRange(s, skipRegexpSpace(s, 0)); ok {
		i := skipRegexpSpace(s, 0)
		return s[i:end], true
	}
	return "", false
}

// isPages is rePages.MatchString(s).
func isPages(s string) bool {
	_, ok := pagesBody(s)
	return ok
}

// pagesCues are rePages's cue words in the order of its alternation, the
// optional letters spelt out (with them first, as the regexp prefers them)
// and the cases it folds left out.
var pagesCues = [...]string{"pp.", "p.", "pages", "page", "pg.", "pg", "s.", "с.", "ss.", "str.", "стр.", "б."}

// pagesRange returns the end of the page group of rePages that starts at
// s[i], for the first path on which the unit and the end of s follow it.
func pagesRange(s string, i int) (int, bool) {
	ends, n := pagesNumber(s, i)
	for _, e := range ends[:n] {
		// A range: white space, dashes, white space, a number.
		j := skipRegexpSpace(s, e)
		if k := skipPageDashes(s, j); k > j {
			ends2, n2 := pagesNumber(s, skipRegexpSpace(s, k))
			for _, e2 := range ends2[:n2] {
				if pagesUnitEnds(s, e2) {
					return e2, true
				}
			}
		}
		if pagesUnitEnds(s, e) {
			return e, true
		}
	}
	return 0, false
}

// pagesNumber reads [A-Za-z]{0,2}\d+[A-Za-z]? of (?i) at s[i] and returns
// where it may end: after the letter that follows the digits, then before
// it (n ends).
func pagesNumber(s string, i int) (ends [2]int, n int) {
	for k := 0; k < 2; k++ {
		size := pageLetterAt(s, i)
		if size == 0 {
			break
		}
		i += size
	}
	d := i
	for d < len(s) && isASCIIDigit(s[d]) {
		d++
	}
	if d == i {
		return ends, 0
	}
	if size := pageLetterAt(s, d); size > 0 {
		ends[n] = d + size
		n++
	}
	ends[n] = d
	return ends, n + 1
}

// pageLetterAt returns the length of the letter (?i)[A-Za-z] matches at
// s[i] (an ASCII letter, the Kelvin sign or the long s), or 0.
func pageLetterAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		if 'a' <= c|0x20 && c|0x20 <= 'z' {
			return 1
		}
		return 0
	}
	switch {
	case strings.HasPrefix(s[i:], "\u212a"):
		return len("\u212a")
	case strings.HasPrefix(s[i:], "\u017f"):
		return len("\u017f")
	}
	return 0
}

// skipPageDashes returns the end of the run of [-–—‐‑] at s[i].
func skipPageDashes(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == '-':
			i++
		case strings.HasPrefix(s[i:], "–") || strings.HasPrefix(s[i:], "—") || strings.HasPrefix(s[i:], "‐") || strings.HasPrefix(s[i:], "‑"):
			i += len("–")
		default:
			return i
		}
	}
	return i
}

// pagesUnitEnds reports whether s[i:] is rePages's optional unit, (?:\s*
// (?:pp?|с|c|s|б)\.?)?, to the end.
func pagesUnitEnds(s string, i int) bool {
	if i == len(s) {
		return true
	}
	j := skipRegexpSpace(s, i)
	for _, u := range [...]string{"pp", "p", "с", "c", "s", "б"} {
		if n := prefixFold(s[j:], u); n >= 0 {
			if k := j + n; k == len(s) || k == len(s)-1 && s[k] == '.' {
				return true
			}
		}
	}
	return false
}
