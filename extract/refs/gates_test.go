package refs

import (
	"math/rand"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// etAlAtUngated is etAlAt without the mayStartEtAl gate, as it was before
// the gate: the test oracle for it.
func (lx *Lexicon) etAlAtUngated(s string, i int) int {
	if len(lx.EtAl) == 0 || !lx.etAlFirst.mayStart(s[i]) {
		return 0
	}
	end := min(len(s), i+utf8.UTFMax*(len(lx.EtAl[0])+utf8.UTFMax))
	var arr [128]byte
	rest := appendLower(arr[:0], s[i:end])
	for _, m := range lx.EtAl {
		if len(rest) >= len(m) && string(rest[:len(m)]) == m && boundaryAfter(rest, len(m), m) {
			if isDottedInitials(s[i : i+len(m)]) {
				continue
			}
			return len(m)
		}
	}
	return 0
}

// TestEtAlAtGate checks etAlAt against its ungated oracle at every byte of
// the references and of random strings built from the markers in both
// cases, their pieces, Cyrillic and runes that lower-case to ASCII.
func TestEtAlAtGate(t *testing.T) {
	cases := referenceTexts(t)
	pieces := []string{" ", ",", ".", "al", "All", "И", "и", "Д", "др", "\u212a", "\u0130", "\xff", "\xd0", "Ж", "Е", "e", "E", "A", "u", "U", "ym", "y"}
	for _, m := range testLex.EtAl {
		pieces = append(pieces, m, strings.ToUpper(m), m[:len(m)/2], m[len(m)/2:])
	}
	rng := rand.New(rand.NewSource(14))
	for n := 0; n < 100000; n++ {
		cases = append(cases, randomString(rng, pieces))
	}
	hits := 0
	for _, s := range cases {
		for i := range len(s) {
			got, want := testLex.etAlAt(s, i), testLex.etAlAtUngated(s, i)
			if got != want {
				t.Fatalf("etAlAt(%q, %d) = %d, want %d", s, i, got, want)
			}
			if got > 0 {
				hits++
			}
		}
	}
	if hits < 1000 {
		t.Fatalf("only %d markers found: the cases do not test the gate", hits)
	}
}

// TestSpaceTables checks the byte tables of isRegexpSpace and isASCIISpace
// against the regexp class \s and unicode.IsSpace, on every byte.
func TestSpaceTables(t *testing.T) {
	reSpace := regexp.MustCompile(`^\s$`)
	for c := range 256 {
		b := byte(c)
		if got, want := isRegexpSpace(b), reSpace.MatchString(string([]byte{b})); got != want {
			t.Errorf("isRegexpSpace(%#x) = %v, \\s says %v", b, got, want)
		}
		if got, want := isASCIISpace(b), b < utf8.RuneSelf && unicode.IsSpace(rune(b)); got != want {
			t.Errorf("isASCIISpace(%#x) = %v, unicode.IsSpace says %v", b, got, want)
		}
	}
}

// findYearSitesEveryByte is findYearSites trying a year at every byte, as
// it did before it skipped past non-digits: the test oracle for it.
func findYearSitesEveryByte(s string) yearSites {
	var ys yearSites
	for i := 0; i+4 <= len(s); i++ {
		if !isYearAt(s, i) {
			continue
		}
		ys.any = true
		if i > 0 {
			ys.afterDotSlash = ys.afterDotSlash || s[i-1] == '.' || s[i-1] == '/'
			ys.afterSpace = ys.afterSpace || isRegexpSpace(s[i-1])
		}
		ys.beforeDash = ys.beforeDash || i+4 < len(s) && s[i+4] == '-'
	}
	return ys
}

// TestFindYearSitesSkips checks findYearSites against its every-byte
// oracle on the references, their suffixes, and random strings of digits,
// years and marks.
func TestFindYearSitesSkips(t *testing.T) {
	cases := []string{"", "1999", "x1999", "12345", "2020-", " 2020", ".1999", "/1850"}
	for _, s := range referenceTexts(t) {
		for i := 0; i < len(s) && i < 8; i++ {
			cases = append(cases, s[i:])
		}
	}
	pieces := []string{"1", "2", "0", "9", "15", "20", "1999", "2024", "1499", " ", ".", "/", "-", "a", "Ж"}
	rng := rand.New(rand.NewSource(96))
	for n := 0; n < 100000; n++ {
		cases = append(cases, randomString(rng, pieces))
	}
	for _, s := range cases {
		if got, want := findYearSites(s), findYearSitesEveryByte(s); got != want {
			t.Fatalf("findYearSites(%q) = %+v, want %+v", s, got, want)
		}
	}
}

// isNameWordByRunes is isNameWord testing every rune with unicode, as it
// did before its ASCII and Cyrillic fast paths: the test oracle for it.
func isNameWordByRunes(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w {
		if unicode.IsDigit(r) || !(unicode.IsLetter(r) || r == '-' || r == '\'' || r == '’' || r == '.') {
			return false
		}
	}
	return true
}

// TestIsNameWordFastPaths checks isNameWord against its oracle on every
// rune up to U+04FF after a capital, on the words of the references, and
// on random strings of letters, marks, digits and broken UTF-8.
func TestIsNameWordFastPaths(t *testing.T) {
	var cases []string
	for r := rune(0); r < 0x500; r++ {
		cases = append(cases, "A"+string(r), "Ж"+string(r)+"a")
	}
	for _, s := range referenceTexts(t) {
		cases = append(cases, strings.Fields(s)...)
	}
	pieces := []string{"A", "a", "Ж", "ж", "Ѡ", "Ҁ", "҂", "҈", "Ә", "ә", "-", "'", "’", ".", "1", "٣", "\xd0", "\xd1", "\x80", "\xbf", "\xff", "É", " "}
	rng := rand.New(rand.NewSource(81))
	for n := 0; n < 100000; n++ {
		cases = append(cases, randomString(rng, pieces))
	}
	for _, w := range cases {
		if got, want := isNameWord(w), isNameWordByRunes(w); got != want {
			t.Fatalf("isNameWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestBigramSetAddAll checks addAll against adding the pairs of s one by
// one by their indexes, on the references and on random strings.
func TestBigramSetAddAll(t *testing.T) {
	cases := []string{"", "a", "ab", "abc"}
	cases = append(cases, referenceTexts(t)...)
	pieces := []string{"a", "b", "on", "line", " ", "ж", "\xff", "\x00", "é", "Ab"}
	rng := rand.New(rand.NewSource(1024))
	for n := 0; n < 20000; n++ {
		cases = append(cases, randomString(rng, pieces))
	}
	for _, s := range cases {
		var got, want bigramSet
		got.addAll([]byte(s))
		for i := 0; i+1 < len(s); i++ {
			h := bigramHash(s[i], s[i+1])
			want[h>>6] |= 1 << (h & 63)
		}
		if got != want {
			t.Fatalf("addAll(%q) = %x, want %x", s, got, want)
		}
	}
}

// TestNextAtMostSpace checks nextAtMostSpace against a byte loop from
// every start, on strings with each byte value among runs of letters long
// enough for the eight-byte steps, and on the references.
func TestNextAtMostSpace(t *testing.T) {
	var cases []string
	for c := range 256 {
		for _, n := range []int{0, 3, 7, 8, 9, 15, 16} {
			cases = append(cases, strings.Repeat("x", n)+string([]byte{byte(c)})+"yyyyyyyyy")
		}
	}
	cases = append(cases, referenceTexts(t)...)
	for _, s := range cases {
		for from := range len(s) + 1 {
			want := from
			for want < len(s) && s[want] > ' ' {
				want++
			}
			if got := nextAtMostSpace(s, from); got != want {
				t.Fatalf("nextAtMostSpace(%q, %d) = %d, want %d", s, from, got, want)
			}
		}
	}
}

// TestTrimOrgPunct checks trimOrgPunct against strings.Trim with its
// cutset, on random strings of its marks, their bytes, and letters.
func TestTrimOrgPunct(t *testing.T) {
	pieces := []string{"(", ")", "\"", ",", ".", "«", "»", "“", "”", "„", "‘", "a", "Ж", " ", "\xe2", "\x80", "\x9c", "\xc2", "\xab", "\xff"}
	rng := rand.New(rand.NewSource(42))
	for n := 0; n < 200000; n++ {
		s := randomString(rng, pieces)
		if got, want := trimOrgPunct(s), strings.Trim(s, "()«»\"“”,."); got != want {
			t.Fatalf("trimOrgPunct(%q) = %q, want %q", s, got, want)
		}
	}
}

// roleOfUngated is roleOf without the roleHeads gate, as it was before
// it: the test oracle for it.
func (lx *Lexicon) roleOfUngated(w string) string {
	k := 0
	for k < len(w) && (w[k] == '(' || w[k] == ')') {
		k++
	}
	if k == len(w) || !lx.roleFirst.mayStart(w[k]) {
		return ""
	}
	core := trimRightASCII(w, ",;:.")
	paren := strings.HasPrefix(core, "(") && strings.HasSuffix(core, ")")
	core = trimASCII(core, "()")
	core = strings.TrimSuffix(core, ".")
	if core == "" || !lx.roleFirst.mayStart(core[0]) {
		return ""
	}
	var arr [32]byte
	low := lowerWord(arr[:0], core)
	if len(low) == 0 {
		return ""
	}
	marks := lx.roleMarks[string(low)]
	if marks&markEditor != 0 && (paren || !isUpperStart(strings.TrimLeft(w, "(")) || string(low) != "ed") {
		return "editor"
	}
	if marks&markTranslator != 0 && (paren || isLowerStart(w)) {
		return "translator"
	}
	return ""
}

// TestRoleOfHeads checks roleOf against its ungated oracle on the words of
// the references and on random words made of the marks in both cases and
// their pieces.
func TestRoleOfHeads(t *testing.T) {
	var cases []string
	for _, s := range referenceTexts(t) {
		cases = append(cases, strings.Fields(s)...)
	}
	pieces := []string{"(", ")", ".", ",", ";", "e", "E", "d", "s", "Ж", "\u212a", "\xff"}
	for w := range testLex.roleMarks {
		pieces = append(pieces, w, strings.ToUpper(w), w[:len(w)/2], w[len(w)/2:])
	}
	rng := rand.New(rand.NewSource(7))
	for n := 0; n < 100000; n++ {
		cases = append(cases, randomString(rng, pieces))
	}
	roles := 0
	for _, w := range cases {
		got, want := testLex.roleOf(w), testLex.roleOfUngated(w)
		if got != want {
			t.Fatalf("roleOf(%q) = %q, want %q", w, got, want)
		}
		if got != "" {
			roles++
		}
	}
	if roles < 1000 {
		t.Fatalf("only %d roles found: the cases do not test the gate", roles)
	}
}

// TestLastWordBackward checks lastWord, read from the end, against the
// last of strings.Fields, on the references and on random strings of
// white space, letters and broken UTF-8.
func TestLastWordBackward(t *testing.T) {
	cases := referenceTexts(t)
	pieces := []string{" ", "\t", "\u00a0", "\u2005", "\u0085", "\u3000", "a", "J.", "Ж", "\xe2", "\x80", "\x85", "\xc2", "\xa0", "\xff", "\xf0", "\x9f"}
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 200000; n++ {
		cases = append(cases, randomString(rng, pieces))
	}
	for _, s := range cases {
		want := ""
		if f := strings.Fields(s); len(f) > 0 {
			want = f[len(f)-1]
		}
		if got := lastWord(s); got != want {
			t.Fatalf("lastWord(%q) = %q, want %q", s, got, want)
		}
	}
}

// mayHoldMonthEveryRun is mayHoldMonth without its gates, decoding every
// rune and looking up every run of letters: the test oracle for the gates.
func mayHoldMonthEveryRun(lx *Lexicon, s string) bool {
	var arr [64]byte
	start := -1 // where the current run of letters starts, or -1
	for i := 0; i <= len(s); {
		r, size := utf8.RuneError, 1
		if i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if i < len(s) && unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			i += size
			continue
		}
		if start >= 0 {
			if lx.Months[string(lowerWord(arr[:0], s[start:i]))] > 0 {
				return true
			}
			start = -1
		}
		i += size
	}
	return false
}

// TestMayHoldMonthGates checks mayHoldMonth's length and end gates against
// looking up every run, on the references, on every month name in three
// cases with letters glued to either end, and on random strings of names,
// letters whose lower case has another length (İ, K, ẞ) and broken UTF-8.
func TestMayHoldMonthGates(t *testing.T) {
	cases := referenceTexts(t)
	pieces := []string{" ", ".", ",", "-", "1", "2020", "a", "x", "Ж", "ж", "İ", "\u212a", "ẞ", "«", "–", "\xd0", "\xff", "\xe2\x80"}
	for name := range testLex.Months {
		for _, w := range []string{name, strings.ToUpper(name), upperFirst(name)} {
			cases = append(cases, w, "x"+w, w+"x", "Ж"+w, w+"ж", "1 "+w+", 2020")
			pieces = append(pieces, w)
		}
	}
	rng := rand.New(rand.NewSource(12))
	for n := 0; n < 200000; n++ {
		cases = append(cases, randomString(rng, pieces))
	}
	months := 0
	for _, s := range cases {
		got, want := mayHoldMonth(testLex, s), mayHoldMonthEveryRun(testLex, s)
		if got != want {
			t.Fatalf("mayHoldMonth(%q) = %v, want %v", s, got, want)
		}
		if got {
			months++
		}
	}
	if months < len(cases)/10 || months > len(cases)*9/10 {
		t.Fatalf("%d of %d strings hold a month: the cases do not test the gates", months, len(cases))
	}
}

// upperFirst upper-cases the first rune of s.
func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// The word tests before their ends gates, the test oracles for them:
// isNameAndWord and isParticle as they were (isNameSuffix's is a lookup
// of the word lowered).
func (lx *Lexicon) isNameAndWordUngated(raw string) bool {
	return lx.NameAnd[strings.TrimRight(string(lowerWord(nil, raw)), ",")]
}

func (lx *Lexicon) isParticleUngated(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return isLowerStart(w) && lx.Particles[string(lowerWord(nil, w))]
}

// TestWordEndsGates checks isNameAndWord, isParticle and isNameSuffix
// against their ungated forms, on the words of the references, on
// every word of the sets in three cases, with a first rune that lowers to
// another length (İ, K), with stops, commas and letters glued to either
// end, and on random strings of those and broken UTF-8.
func TestWordEndsGates(t *testing.T) {
	var cases []string
	for _, s := range referenceTexts(t) {
		cases = append(cases, strings.Fields(s)...)
	}
	var words []string
	for _, m := range []map[string]bool{testLex.NameAnd, testLex.NameSuffix, testLex.Particles} {
		words = append(words, keys(m)...)
	}
	sort.Strings(words) // map order is random; the pieces need not be
	pieces := []string{".", ",", "a", "x", "Ж", "ж", "İ", "\u212a", "ẞ", "\xd0", "\xff", "\xe2\x80"}
	for _, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		variants := []string{w, strings.ToUpper(w), upperFirst(w), "İ" + w[size:], "\u212a" + w[size:]}
		if r == 'i' || r == 'k' {
			variants = append(variants, "İ"+w[size:], "\u212a"+w[size:])
		}
		for _, v := range variants {
			cases = append(cases, v, v+".", v+",", v+",,", "x"+v, v+"x", "Ж"+v, v+"ж", v+"\xff")
			pieces = append(pieces, v)
		}
	}
	rng := rand.New(rand.NewSource(14))
	for n := 0; n < 200000; n++ {
		cases = append(cases, randomString(rng, pieces))
	}
	hits := [3]int{}
	for _, w := range cases {
		if w == "" {
			continue // tokenizeNames' words are not empty
		}
		if got, want := testLex.isNameAndWord(w), testLex.isNameAndWordUngated(w); got != want {
			t.Fatalf("isNameAndWord(%q) = %v, want %v", w, got, want)
		} else if got {
			hits[0]++
		}
		if got, want := testLex.isParticle(w), testLex.isParticleUngated(w); got != want {
			t.Fatalf("isParticle(%q) = %v, want %v", w, got, want)
		} else if got {
			hits[1]++
		}
		if got, want := testLex.isNameSuffix(w), testLex.NameSuffix[string(lowerWord(nil, w))]; got != want {
			t.Fatalf("isNameSuffix(%q) = %v, want %v", w, got, want)
		} else if got {
			hits[2]++
		}
	}
	for k, n := range hits {
		if n < 100 {
			t.Fatalf("only %d hits for test %d: the cases do not test the gate", n, k)
		}
	}
}
