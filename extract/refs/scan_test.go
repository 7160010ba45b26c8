package refs

import (
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/nlp"
	"golang.org/x/text/unicode/norm"
)

// The hand-written scanners must do exactly what the regexps they replace
// do; these compare them on random strings over the bytes that matter.
func TestScannersMatchRegexps(t *testing.T) {
	cases := []struct {
		name string
		re   *regexp.Regexp
		repl string
		scan func(string) string
	}{
		{"removeEmptyBrackets", regexp.MustCompile(`\(\s*[.,;:]?\s*\)|\[\s*[.,;:]?\s*\]|<\s*>`), " ", removeEmptyBrackets},
		{"dropSpaceBefore fieldPunct", regexp.MustCompile(`\s+([.,;:])`), "$1", func(s string) string { return dropSpaceBefore(s, fieldPunct) }},
		{"dropSpaceBefore ,;", regexp.MustCompile(`\s+([,;])`), "$1", func(s string) string { return dropSpaceBefore(s, ",;") }},
		{"squeezePunctRuns", regexp.MustCompile(`([.,;:])(?:\s+[.,;:])+`), "$1", squeezePunctRuns},
		{"spaceGluedCommas", regexp.MustCompile(`([,;])(\p{Lu})`), "$1 $2", spaceGluedCommas},
		{"spaceGOSTDashes", regexp.MustCompile(`([.,])\s?[-–—]\s`), "$1 – ", spaceGOSTDashes},
		{"joinSpacedRanges", regexp.MustCompile(`(\d)\s+([-–—])\s+(\d)`), "$1$2$3", joinSpacedRanges},
	}
	// Pieces rather than runes, so that invalid UTF-8 ("\xff") is tried too.
	pieces := []string{" ", "\t", "\n", "\r", "\f", "\v", ".", ",", ";", ":", "(", ")", "[", "]", "<", ">", "a", "B", "Ä", "\u00a0", "-", "–", "—", "1", "9", "/", "://", "\xff", "\xe2"}
	rng := rand.New(rand.NewSource(1))
	for _, c := range cases {
		for n := 0; n < 40000; n++ {
			s := randomString(rng, pieces)
			if n%2 == 1 {
				s = longString(rng, pieces) // read eight bytes at a time
			}
			if got, want := c.scan(s), c.re.ReplaceAllString(s, c.repl); got != want {
				t.Fatalf("%s(%q) = %q, the regexp gives %q", c.name, s, got, want)
			}
		}
	}
	inlineLabel := regexp.MustCompile(reInlineLabelAt.String()[1:])
	for n := 0; n < 20000; n++ {
		s := randomString(rng, pieces)
		if got, want := inlineLabels(s), inlineLabel.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("inlineLabels(%q) = %v, the regexp gives %v", s, got, want)
		}
	}
	nonSpace := regexp.MustCompile(`\S+`)
	for n := 0; n < 20000; n++ {
		s, max := randomString(rng, pieces), rng.Intn(5)-1
		var want [][2]int
		for _, loc := range nonSpace.FindAllStringIndex(s, max) {
			want = append(want, [2]int{loc[0], loc[1]})
		}
		var got [][2]int
		for from := 0; max < 0 || len(got) < max; {
			a, b := nextField(s, from)
			if a == len(s) {
				break
			}
			got = append(got, [2]int{a, b})
			from = b
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("nextField over %q (max %d) gives %v, the regexp %v", s, max, got, want)
		}
	}
	doi := regexp.MustCompile(reDOIAt.String()[1:])
	doiPieces := []string{" ", "a", "_", ":", "/", ".", "-", "doi", "DOI", "doi:", "doi.org/", "https://doi.org/", "HTTP://dx.doi.org/", "http", "10.", "10.1234/", "10.12345/ab", "1", "0", "1234", "12345", "x", "ſ", "<", "\xff"}
	for n := 0; n < 50000; n++ {
		s := randomString(rng, doiPieces)
		if got, want := findDOI(s), doi.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("findDOI(%q) = %v, the regexp gives %v", s, got, want)
		}
	}
	url := regexp.MustCompile(reURLAt.String()[1:])
	urlPieces := []string{" ", "a", "_", ":", "/", ".", "<", "\"", "http", "HTTPS", "httpſ", "://", "ftp", "www.", "WwW.", "mailto:file:", "file:///", "FILE:///", "Ftp", "MAILTO:FILE:", "x.org", "\xff", "é"}
	for n := 0; n < 50000; n++ {
		s := randomString(rng, urlPieces)
		var want []int
		if loc := url.FindStringIndex(s); loc != nil {
			want = loc
		}
		if got := findURL(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("findURL(%q) = %v, the regexp gives %v", s, got, want)
		}
	}
	spaceAfterScheme := regexp.MustCompile(`://\s`)
	for n := 0; n < 20000; n++ {
		s := randomString(rng, pieces)
		if got, want := hasSpaceAfterScheme(s), spaceAfterScheme.MatchString(s); got != want {
			t.Fatalf("hasSpaceAfterScheme(%q) = %v, want %v", s, got, want)
		}
	}
}

// longString joins three random strings with runs of up to 19 letters
// between them, so that the scanners that skip eight bytes at a time skip
// some.
func longString(rng *rand.Rand, pieces []string) string {
	const letters = "xxxxxxxxxxxxxxxxxxx"
	return randomString(rng, pieces) + letters[:rng.Intn(20)] + randomString(rng, pieces) + letters[:rng.Intn(20)] + randomString(rng, pieces)
}

// randomString joins up to 11 pieces picked at random.
func randomString(rng *rand.Rand, pieces []string) string {
	s := ""
	for i := rng.Intn(12); i > 0; i-- {
		s += pieces[rng.Intn(len(pieces))]
	}
	return s
}

func TestCollapseSpacesKeepsCollapsedStrings(t *testing.T) {
	cases := []string{"", "a", "a b", " a", "a ", "a  b", "a\tb", "a\vb", "a\u0085b", "a\u00a0b", "a\u2003b", "\xff", "a \ufffd b", "а б в"}
	pieces := []string{" ", "  ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u2003", "\u3000", "\xff", "\xe2\x80", "\ufffd", "a", "bc", "а", "б", ".", "1",
		"abcdefgh", "abc def ", " xyz uvw", "\x7f", "abcdefghijklm"} // long runs for isCollapsed's 8-byte steps
	rng := rand.New(rand.NewSource(9))
	for n := 0; n < 200000; n++ {
		cases = append(cases, randomString(rng, pieces))
	}
	for _, s := range cases {
		var want []rune
		space := false
		for _, r := range s {
			if unicode.IsSpace(r) || r == '\u00a0' {
				space = true
				continue
			}
			if space && len(want) > 0 {
				want = append(want, ' ')
			}
			space = false
			want = append(want, r)
		}
		if got := collapseSpaces(s); got != string(want) {
			t.Errorf("collapseSpaces(%q) = %q, want %q", s, got, string(want))
		}
	}
}

func TestContainsFold(t *testing.T) {
	for _, c := range []struct {
		s, word string
		want    bool
	}{
		{"see ISBN 978", "isbn", true},
		{"see IsBn", "isbn", true},
		{"see I\u017fBN", "isbn", true}, // long s folds to s
		{"arXiv:1234", "arxiv", true},
		{"no cue", "isbn", false},
		{"\u212a", "www.", false},
	} {
		if got := containsFold(c.s, c.word); got != c.want {
			t.Errorf("containsFold(%q, %q) = %v", c.s, c.word, got)
		}
	}
}

// A gate may only turn away strings its regexp cannot match.
func TestGatesAdmitEveryMatch(t *testing.T) {
	gates := map[string]gatedRegexp{"reTrailYear": reTrailYear, "reEdition": reEdition, "reVolIss": reVolIss,
		"reVolNo": reVolNo, "reVolWord": reVolWord, "reIssueWord": reIssueWord, "rePagesCue": rePagesCue, "rePageCount": rePageCount,
		"reVolPages": reVolPages, "reBareNum": reBareNum, "reRange": reRange, "rePages": rePages,
		"EditorIntro": testLex.EditorIntro.gatedRegexp, "TranslatorIntro": testLex.TranslatorIntro.gatedRegexp,
		"reInside": reInside, "reInPrefix": reInPrefix, "reEdsOnly": reEdsOnly,
		"reLineLabel": reLineLabel, "reLineBullet": reLineBullet, "reLabel": reLabel, "reCorpSuffix": reCorpSuffix,
		"reEdsAfter": reEdsAfter, "reEdByIn": reEdByIn, "reDittoAuthor": reDittoAuthor, "reOrigYear": reOrigYear,
		"reRoleEnd": reRoleEnd, "reNumberedGenre": reNumberedGenre}
	pieces := []string{" ", "\t", ".", ",", ":", "(", ")", "a", "h", "Ä", "Smith", "2005", "1999", "10.1000/x", "doi:", "n.", "d.", "ed", "Ed.", "edn", "изд", "éd", "2nd", "Vol.", "12", "(Eds.)", "(ред.)", "(hrsg)", "Vol", "vol.", "T.", "т.", "Т.", "№", "No.", "no", "Issue", "pp.", "S.", "с.", "стр.", "pages", "p", "12", "-", "–", "e", "Bd.", "kn.", "\u212an.", "ſ.", "edited by", "Hrsg.", "под ред.", "trans.", "Übersetzt von", "(Trans.)", "Tr.", "Prev.", "A cura di", "SOUS la dir. de", "ſous", "Coord.", "Dir.", "Pod red.", "Ed. by", "Translated by", "Trad. par", "aus dem Englischen von", "Ubersetzt von", "In", "In:", "in", "IN", "В", "Dans", "En", "Im", "Journal", "&", "'", "\n", "-", "é", "«", "»", "\"", "“", "”", "Radio", "Revised", "edition", "Édition", "ED", "Aufl.", "Auflage", "izd", "изд.", "ИЗД", "éd", "ÉD.", "New", "2-е", "3rd", "editors", "EDITORſ", "coord", "реᲁ", "hrsg", "Red", "•", "●", "▪", "—", "*", "[12]", "(3)", "4)", "12 ", "“", "[3]", "[", "]", "3", "2019.", "Ä", "\xff", "publisherſ", "PUBLISHERS", "ltd", "S.A", "GmbH",
		", ", ",", "ed.", "eds.", "Ed.", "Eds,", "edited by", "Edited by", "ed,", " ed", ", ed. ", "Smith, ", "x",
		"_", "__", "‒", "―", "---", "[1970]", " [1984]", "\xe2\x80", "s", "Hg", "hg", "Editor", "(Ed", "(ed", "ред", "(Coord.)", "(Editors)", "(Hg.)", "(Red.)", "(edss.)", "(Edition)", "In ", "in:", "IN\t", "В ", "Dans ", "En ", "Im ",
		"Pg.", "PAGES", "Str.", "SS.", "sſ.", "Psychology", "Springer", "Inc.", "LLC", "Corp", "Co.", "b.v", "Pty", "Pvt", "lda", "AG", "plc",
		// Words that share a first letter with the words the gates look for.
		"Thomson", "Tomsk", "TOM", "Vestnik", "VOLUME", "v", "V", "t", "Journal", "JG.", "Band", "BD.", "KN.", "Kluwer", "Nature", "NR.", "nº", "n°", "NUM.",
		"Heft", "H.", "Harvard", "ISS.", "Ibid", "Hg.", "HRSG", "Coord", "Red.", "Ed", "GmbH.", "Sage", "ſ.a", "S.A.", "B.V.", "Publishers", "publiſher", "Lda.", "Academic",
		"вып.", "Вып.", "št.", "Številka", "кн.", "Кн.", "Т", "№12", "K", "ſ", "ĸ",
		"Trans", "TRANSL", "tr", "TR.", "Dir", "COORD.", "HRSG.", "EDS", "eD", "РЕД", "Ред.", "реᲁ.", "edſ", "Nr.", "NO", "nR", "№ 3", "no.7"}
	// Matches at the edges of what the gates allow: the most white space,
	// a letter (?i) folds.
	for _, c := range []struct{ name, s string }{{"rePages", "pp.\t12 - 14 pp."}, {"reEdition", "2-е изᲁ."}, {"reEdition", "Второе ИЗД"}} {
		if g := gates[c.name]; !g.re.MatchString(c.s) || !g.may(c.s) {
			t.Fatalf("%s: %q must match and pass the gate", c.name, c.s)
		}
	}
	rng := rand.New(rand.NewSource(2))
	for name, g := range gates {
		for n := 0; n < 100000; n++ {
			s := randomString(rng, pieces)
			if !g.may(s) && g.re.MatchString(s) {
				t.Fatalf("%s: the gate turns away %q, which matches", name, s)
			}
		}
	}
}

// parseDate tries reNoDate only when mayBeNoDate says the phrase can be
// there, on strings trimmed by trimDate.
func TestMayBeNoDateAdmitsEveryPhrase(t *testing.T) {
	pieces := []string{" ", ".", "(", "[", "\t", "x", "n", "d", "N.", "D.", "n.d.", "s.", "ſ.", "o.j.", "б.г.", "no date", "In Press", "forthcoming", "FORTHCOMING", "в печати", "В ПЕЧАТИ", "ᲀ ПЕЧАᲄИ", "ᲀ", "1", "2019", "a",
		"Nature.", "Oxford.", "No", "NO DATE", "iN PRESS", "In", "ſ.", "s", "S", "o", "O", "j", "J.", "i", "I", "f", "F", "Fo", "n", "\x0e"}
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 100000; n++ {
		s := trimDate(randomString(rng, pieces))
		m := reNoDate.FindStringSubmatch(" " + s + " ")
		if m != nil && len(strings.TrimSpace(s)) <= len(m[1])+2 && !mayBeNoDate(s) {
			t.Fatalf("mayBeNoDate(%q) = false, but it is a no-date phrase", s)
		}
	}
}

// maxNoDateLen and startsNoDate must cover every case variant (?i) lets
// reNoDate's phrases take.
func TestNoDatePhraseBounds(t *testing.T) {
	for _, ph := range []string{"n. d.", "б. г.", "s. d.", "o. j.", "no date", "in press", "forthcoming", "в печати"} {
		n := 0
		for k, r := range ph {
			longest := utf8.RuneLen(r)
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				longest = max(longest, utf8.RuneLen(f))
				if k == 0 && f < utf8.RuneSelf && !startsNoDate(string(f), 0) {
					t.Errorf("startsNoDate misses %q, a variant of %q", f, ph)
				}
			}
			n += longest
		}
		if n > maxNoDateLen {
			t.Errorf("%q takes up to %d bytes, more than maxNoDateLen", ph, n)
		}
	}
}

// has skips phrases by a filter of byte pairs; it must answer as trying
// every phrase does.
func TestHasMatchesEveryPhrase(t *testing.T) {
	pieces := []string{" ", ".", ",", "(", "a", "ж", "\xff"}
	for _, phrases := range testLex.Cues {
		pieces = append(pieces, phrases...)
	}
	rng := rand.New(rand.NewSource(5))
	for n := 0; n < 20000; n++ {
		s := randomString(rng, pieces)
		for sec, phrases := range testLex.Cues {
			want := false
			for _, p := range phrases {
				if containsWord(s, p) {
					want = true
					break
				}
			}
			if got := testLex.has(mustSection(t, sec), s); got != want {
				t.Fatalf("has(%q, %q) = %v, want %v", sec, s, got, want)
			}
		}
	}
}

// etAlAt lower-cases only the start of the string; the answer must be the
// one lower-casing all of it gives.
func TestEtAlAtSeesWhatTheWholeStringShows(t *testing.T) {
	whole := func(s string, i int) int {
		rest := strings.ToLower(s[i:])
		for _, m := range testLex.EtAl {
			if strings.HasPrefix(rest, m) && boundaryAfter(rest, len(m), m) {
				if isDottedInitials(s[i : i+len(m)]) {
					continue
				}
				return len(m)
			}
		}
		return 0
	}
	pieces := append([]string{" ", ".", ",", "a", "\u212a", "\u0130", "\xff", "Ж"}, testLex.EtAl...)
	for _, m := range testLex.EtAl {
		pieces = append(pieces, strings.ToUpper(m))
	}
	rng := rand.New(rand.NewSource(4))
	for n := 0; n < 20000; n++ {
		s := randomString(rng, pieces)
		for i := 0; i < len(s); i++ {
			if got, want := testLex.etAlAt(s, i), whole(s, i); got != want {
				t.Fatalf("etAlAt(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// isTransliteratedRussian lower-cases word by word; it must count as
// lower-casing the whole string and splitting it does.
func TestTransliteratedRussianWordByWord(t *testing.T) {
	whole := func(s string) int {
		hits := 0
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
			if isTranslitWord(testLex, w) {
				hits++
			}
		}
		return hits
	}
	check := func(s string) {
		t.Helper()
		want := whole(s)
		if got := translitHits(testLex, s, 1<<30); got != want {
			t.Fatalf("translitHits(%q) = %d, want %d", s, got, want)
		}
		if got := translitHits(testLex, s, 2); got != min(want, 2) {
			t.Fatalf("translitHits(%q, 2) = %d, want %d", s, got, min(want, 2))
		}
		if got := isTransliteratedRussian(testLex, s); got != (want >= 3) {
			t.Fatalf("isTransliteratedRussian(%q) = %v, want %v", s, got, want >= 3)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); unicode.IsLetter(r) != unicode.IsLetter(l) || (r == '\'') != (l == '\'') {
			t.Fatalf("%U lower-cases to %U: words would split differently", r, l)
		}
	}
	pieces := []string{" ", "'", ",", "Vestnik", "VESTNIK", "universiteta", "Rossiyskogo", "nykh", "ab", "\u212a", "\xff", "Ж", "x", "é", "ye", "YA", "kh", "—", "\u00a0", "yY", "\u0130"}
	for w := range testLex.TranslitWords {
		pieces = append(pieces, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for _, e := range testLex.TranslitEndings {
		// "a"+e after a letter that lower-cases to fewer or more bytes
		// ("\u212a", "\u0130") is as long as the ending allows only in
		// lower case or only as written.
		pieces = append(pieces, "ab"+e, "AB"+strings.ToUpper(e), "a"+e, "A"+strings.ToUpper(e))
	}
	// Words that start before an eight-byte read and end in it: the Kelvin
	// sign lower-cases to one byte, so "Kaskogo" is too short for -skogo
	// only in lower case.
	for _, s := range []string{"\u212aaskogo xx", "\u212aaskogo vestnik 'goda' xxxxxxxx", "Ж nykh xxxxxxxx"} {
		check(s)
	}
	rng := rand.New(rand.NewSource(5))
	for n := 0; n < 40000; n++ {
		s := randomString(rng, pieces)
		if n%2 == 1 {
			s = longString(rng, pieces) // read eight bytes at a time
		}
		check(s)
	}
	for _, r := range referenceTexts(t) {
		check(r)
		check(strings.ToUpper(r))
	}
	// And every reference of the papers in $CG_BENCH_CORPUS, when set.
	paths, _ := filepath.Glob(filepath.Join(os.Getenv("CG_BENCH_CORPUS"), "*.txt"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range Extract(naiveDocument(filepath.Base(p), string(data), testLex), testLex) {
			check(r.Raw)
			_, cleaned := SplitLabel(Clean(r.Raw)) // as scriptLanguage reads it
			check(cleaned)
		}
	}
}

// scriptLanguageSpec is scriptLanguage's oracle: the letters counted rune
// by rune, and the typical words of Russian in Latin letters found by
// lower-casing the whole string and splitting it into words.
func scriptLanguageSpec(lx *Lexicon, s string) string {
	cyr, lat, kk := 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			if strings.ContainsRune(kazakhLetters, r) {
				kk++
			}
		case unicode.Is(unicode.Latin, r):
			lat++
		}
	}
	if cyr > 0 && cyr*3 >= lat {
		if kk > 0 {
			return "kk"
		}
		return "ru"
	}
	if lx == nil {
		return ""
	}
	hits := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		if isTranslitWord(lx, w) {
			hits++
		}
	}
	if hits >= 3 {
		return "ru-Latn"
	}
	return ""
}

// scriptLanguage counts letters only when hasCyrillic finds a Cyrillic
// rune; both must answer as their oracles.
func TestScriptLanguageCyrillicGate(t *testing.T) {
	check := func(s string) {
		t.Helper()
		want := false
		for _, r := range s {
			want = want || unicode.Is(unicode.Cyrillic, r)
		}
		if got := hasCyrillic(s); got != want {
			t.Fatalf("hasCyrillic(%q) = %v, want %v", s, got, want)
		}
		for _, lx := range []*Lexicon{testLex, nil} {
			if got, want := scriptLanguage(lx, s), scriptLanguageSpec(lx, s); got != want {
				t.Fatalf("scriptLanguage(%q) = %q, want %q (lexicon %v)", s, got, want, lx != nil)
			}
		}
	}
	// Cyrillic runes of each encoded length and block, marks among them;
	// runes next to them that are not Cyrillic; Latin letters and words
	// to tip the count either way.
	pieces := []string{" ", ",", "x", "Vestnik", "universiteta", "Rossiyskogo", "é", "\xff", "\xd0", "—", "“",
		"Ж", "ж", "қ", "Ӏ", "\u0483", "\u0487", "\u052f", "\u0530", "\u1c80", "\u1d2b", "\u2de0", "\u2dff", "\ua640", "\ufe2e", "\U0001e030", "\U0001e08f",
		"\u03ff", "\u1c7f", "\u2ddf", "Москва", "Қазақ", "abcdefghijk"}
	for _, p := range pieces {
		check(p)
	}
	rng := rand.New(rand.NewSource(27))
	for n := 0; n < 60000; n++ {
		s := randomString(rng, pieces)
		if n%2 == 1 {
			s = longString(rng, pieces) // read eight bytes at a time
		}
		check(s)
	}
	for _, r := range referenceTexts(t) {
		check(r)
		_, cleaned := SplitLabel(Clean(r)) // as parseCleaned reads it
		check(cleaned)
	}
}

// The initials scanners must answer as the regexps they stand for.
func TestInitialsMatchRegexps(t *testing.T) {
	pieces := []string{"A", "J", "b", "h", ".", "-", "Ж", "ж", "Ш", "Ch", "ǅ", "ß", "\xff", " ", "A.", "Sh.", "-M.", "Jr."}
	rng := rand.New(rand.NewSource(6))
	for n := 0; n < 100000; n++ {
		s := randomString(rng, pieces)
		if got, want := isDottedInitials(s), reDottedInitials.MatchString(s) && s != "Jr." && s != "Sr." && s != "St." && s != "Dr."; got != want {
			t.Fatalf("isDottedInitials(%q) = %v, want %v", s, got, want)
		}
		if got, want := matchInitials(s, true), reOpenInitials.MatchString(s); got != want {
			t.Fatalf("matchInitials(%q, true) = %v, want %v", s, got, want)
		}
		if got, want := isCapsInitials(s), reCapsInitials.MatchString(s); got != want {
			t.Fatalf("isCapsInitials(%q) = %v, want %v", s, got, want)
		}
	}
}

// yearMatches must find what reYear finds.
func TestYearMatches(t *testing.T) {
	pieces := []string{"1", "2", "0", "5", "9", "19", "20", "1999", "2020", "a", "h", "i", " ", "ж", "\xff"}
	rng := rand.New(rand.NewSource(7))
	for n := 0; n < 50000; n++ {
		s := randomString(rng, pieces)
		if got, want := yearMatches(s), reYear.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("yearMatches(%q) = %v, want %v", s, got, want)
		}
	}
}

// foldWords.containsAny must answer as containsFold on each word does.
func TestFoldWords(t *testing.T) {
	words := []string{"isbn", "issn", "pmid", "pmcid", "arxiv", "www.", "mailto:file:", "k"}
	fw := newFoldWords(words...)
	pieces := append([]string{" ", "I", "S", "ſ", "\u212a", "W", "P", "\xff", "a"}, words...)
	for _, w := range words {
		pieces = append(pieces, strings.ToUpper(w), w[:len(w)-1])
	}
	rng := rand.New(rand.NewSource(8))
	for n := 0; n < 50000; n++ {
		s := randomString(rng, pieces)
		want := false
		for _, w := range words {
			want = want || containsFold(s, w)
		}
		if got := fw.containsAny(s); got != want {
			t.Fatalf("containsAny(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestIsCyrillic(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isCyrillic(r) != unicode.Is(unicode.Cyrillic, r) {
			t.Fatalf("isCyrillic(%U) = %v", r, isCyrillic(r))
		}
	}
}

// refYears must count what reRefYear finds.
func TestRefYears(t *testing.T) {
	pieces := []string{"1", "2", "0", "5", "9", "1999", "2020", "a", "h", "i", "_", " ", "\t", "(", ")", ".", ";", "-", "ж", "\xff"}
	rng := rand.New(rand.NewSource(9))
	for n := 0; n < 50000; n++ {
		s := randomString(rng, pieces)
		if got, want := refYears(s), len(reRefYear.FindAllString(s, -1)); got != want {
			t.Fatalf("refYears(%q) = %d, want %d", s, got, want)
		}
	}
}

// When mayHoldMonth says no, no match of the month patterns has a month.
func TestMayHoldMonthAdmitsEveryMonth(t *testing.T) {
	pieces := []string{" ", ".", ",", "-", "/", "1", "12", "2020", "1999", "May", "MAY", "xMay", "Mayx", "мая", "Мая", "января", "Sept", "sept.", "ж", "a", "\xff", "г.", "года"}
	rng := rand.New(rand.NewSource(10))
	for n := 0; n < 50000; n++ {
		s := randomString(rng, pieces)
		if mayHoldMonth(testLex, s) {
			continue
		}
		for _, c := range []struct {
			re    *regexp.Regexp
			group int
		}{{reMonthDY, 1}, {reDMonthY, 2}, {reMonthY, 1}} {
			for _, m := range c.re.FindAllStringSubmatchIndex(s, -1) {
				if w := s[m[2*c.group]:m[2*c.group+1]]; testLex.month(w) > 0 {
					t.Fatalf("mayHoldMonth(%q) = false, but %s finds month %q", s, c.re, w)
				}
			}
		}
	}
}

// lastOfFields must give the last of several strings.Fields.
func TestLastOfFields(t *testing.T) {
	pieces := []string{" ", "\t", "\u00a0", "\u2003", "a", "Ed.", "(eds.)", "\xff", "ж"}
	rng := rand.New(rand.NewSource(11))
	for n := 0; n < 20000; n++ {
		s := randomString(rng, pieces)
		f := strings.Fields(s)
		got, ok := lastOfFields(s)
		if ok != (len(f) > 1) || ok && got != f[len(f)-1] {
			t.Fatalf("lastOfFields(%q) = %q, %v; fields %q", s, got, ok, f)
		}
	}
}

// startsWith looks only at the phrases with s's first byte; it must answer
// as trying all of them does.
func TestStartsWithMatchesEveryPhrase(t *testing.T) {
	pieces := []string{" ", "(", "[", ".", "a", "ж"}
	for _, sec := range []string{"genre", "note", "language-note"} {
		pieces = append(pieces, testLex.Cues[sec]...)
	}
	rng := rand.New(rand.NewSource(12))
	for n := 0; n < 20000; n++ {
		s := randomString(rng, pieces)
		for _, sec := range []string{"genre", "note", "language-note"} {
			want := ""
			trimmed := strings.TrimLeft(s, "([ ")
			for _, ph := range testLex.Cues[sec] {
				if strings.HasPrefix(trimmed, ph) && boundaryAfter(trimmed, len(ph), ph) || trimmed == strings.TrimSuffix(ph, ".") {
					want = ph
					break
				}
			}
			if got := testLex.startsWith(mustSection(t, sec), s); got != want {
				t.Fatalf("startsWith(%q, %q) = %q, want %q", sec, s, got, want)
			}
			if got := testLex.startsWithBytes(mustSection(t, sec), []byte(s)); got != want {
				t.Fatalf("startsWithBytes(%q, %q) = %q, want %q", sec, s, got, want)
			}
		}
	}
}

// holdsNoDot answers as indexBytes(s, "no.") >= 0.
func TestHoldsNoDot(t *testing.T) {
	pieces := []string{"n", "o", ".", "no", "no.", "on.", "nno.", " ", "x", "ж", "\xff", "abcdefghij"}
	rng := rand.New(rand.NewSource(29))
	for n := 0; n < 50000; n++ {
		s := randomString(rng, pieces)
		if got, want := holdsNoDot([]byte(s)), indexBytes([]byte(s), "no.") >= 0; got != want {
			t.Fatalf("holdsNoDot(%q) = %v, want %v", s, got, want)
		}
	}
}

// lowerAfterHead must give the title lower-cased whether the head is the
// title's start or not; and the head lower-cased must be the first words
// of the title lower-cased, as inferType's titleHead was (lower-casing
// keeps white space and all else apart).
func TestLowerAfterHead(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if nlp.IsSpace(nlp.LowerRune(r)) != nlp.IsSpace(r) {
			t.Fatalf("%U lower-cases to %U: words would split differently", r, nlp.LowerRune(r))
		}
	}
	pieces := []string{" ", "  ", "\t", "\u00a0", "a", "Bc", "Ж", "\u212a", "\u0130", "\xff", "\xe2\x80", "Journal"}
	rng := rand.New(rand.NewSource(28))
	for n := 0; n < 50000; n++ {
		title, k := randomString(rng, pieces), 1+rng.Intn(5)
		head := firstWordsJoined(title, k)
		b := appendLower([]byte("x "), head)
		if got, want := string(lowerAfterHead(b, 2, head, title)), string(appendLower(nil, title)); got != want {
			t.Fatalf("lowerAfterHead(%q, %q) = %q, want %q", head, title, got, want)
		}
		if got, want := string(b[2:]), string(firstWordsJoined(appendLower(nil, title), k)); got != want {
			t.Fatalf("head of %q lower-cased = %q, want %q", title, got, want)
		}
	}
}

func TestFirstWordsJoined(t *testing.T) {
	pieces := []string{" ", "  ", "\t", "\v", "\u00a0", "\u0085", "\u2003", "a", "bc", "ж", "\xff", "\xe2\x80", "Journal"}
	rng := rand.New(rand.NewSource(13))
	for n := 0; n < 100000; n++ {
		s, k := randomString(rng, pieces), 1+rng.Intn(5)
		if got, want := firstWordsJoined(s, k), strings.Join(firstWords(s, k), " "); got != want {
			t.Fatalf("firstWordsJoined(%q, %d) = %q, want %q", s, k, got, want)
		}
	}
}

// charSet.index must find what strings.IndexAny finds.
func TestCharSetIndex(t *testing.T) {
	pieces := []string{"a", " ", "1", "(", "\"", "“", "”", "«", "»", "„", "‘", "ж", "\xe2", "\x80", "\xff", "\xc2"}
	rng := rand.New(rand.NewSource(14))
	for _, chars := range []string{"\"“«„", "\"“”«»", "0123456789()[]\"“”«»"} {
		cs := newCharSet(chars)
		for n := 0; n < 20000; n++ {
			s := randomString(rng, pieces)
			if got, want := cs.index(s), strings.IndexAny(s, chars); got != want {
				t.Fatalf("index(%q) in %q = %d, want %d", s, chars, got, want)
			}
		}
	}
}

// inlineLabels tries the pattern only where a label can start.
func TestInlineLabelsMatchRegexp(t *testing.T) {
	inlineLabel := regexp.MustCompile(reInlineLabelAt.String()[1:])
	pieces := []string{" ", "\t", "\n", "A", "Ж", "ж", "É", "a", "1", "12", "123", "1234", ".", "[", "]", "[3]", "12.", "(", "\xff"}
	rng := rand.New(rand.NewSource(15))
	for n := 0; n < 50000; n++ {
		s := randomString(rng, pieces)
		if got, want := inlineLabels(s), inlineLabel.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("inlineLabels(%q) = %v, the regexp gives %v", s, got, want)
		}
	}
}

// The byte-level trims must trim as the strings functions they replace.
func TestTrimsMatchStrings(t *testing.T) {
	pieces := []string{" ", "\t", ",", ".", ";", ":", "–", "—", "-", "/", "|", "(", ")", "[", "]", "“", "”", "«", "»", "„", "‘", "’", "\"", "a", "ж", "\xe2", "\x80", "\xff"}
	rng := rand.New(rand.NewSource(16))
	for n := 0; n < 50000; n++ {
		s := randomString(rng, pieces)
		if got, want := trimLeftPunct(s), strings.TrimLeft(s, " ,.;:–—-/|"); got != want {
			t.Fatalf("trimLeftPunct(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimRightPunct(s), strings.TrimRight(s, " ,;:–—-/|"); got != want {
			t.Fatalf("trimRightPunct(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimUnbalanced(s), trimUnbalancedPairs(s); got != want {
			t.Fatalf("trimUnbalanced(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimDate(s), strings.TrimSpace(strings.Trim(s, " .,;:()[]")); got != want {
			t.Fatalf("trimDate(%q) = %q, want %q", s, got, want)
		}
	}
}

// journalOnly and harvardYear must find what their regexps find, on
// random strings and on the references.
func TestJournalOnlyAndHarvardYear(t *testing.T) {
	pieces := []string{"J", "Appl", "Phys", "Ж", "a", ".", ",", "&", "'", " ", "  ", "\t", "\n", "(", "1", "87", "2009", "1999a", "n.d.", "n. d.", ":", "-", "\xff",
		"1499", "2109", "2019h", "2019i", "n.\td.", "n.  d.", "n.", "d.", "\v", "\f", "\r"}
	rng := rand.New(rand.NewSource(17))
	for n := 0; n < 100000; n++ {
		s := randomString(rng, pieces)
		if got, want := journalOnly(s), reJournalOnly.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("journalOnly(%q) = %v, the regexp gives %v", s, got, want)
		}
		if got, want := harvardYear(s), reHarvardYear.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("harvardYear(%q) = %v, the regexp gives %v", s, got, want)
		}
	}
	found := 0
	for _, s := range referenceTexts(t) {
		if got, want := journalOnly(s), reJournalOnly.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("journalOnly(%q) = %v, the regexp gives %v", s, got, want)
		}
		got, want := harvardYear(s), reHarvardYear.FindStringSubmatchIndex(s)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("harvardYear(%q) = %v, the regexp gives %v", s, got, want)
		}
		if got != nil {
			found++
		}
	}
	if found < 10 {
		t.Fatalf("harvardYear found %d years in the references: too few to test it", found)
	}
}

func TestLeadNewsMatchesRegexp(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := leadNews(s), reLeadNews.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("leadNews(%q) = %v, the regexp gives %v", s, got, want)
		}
	}
	for _, s := range []string{"", "Radio «Azattyk» ", "Radio «Azattyk».  x", "Radio  «»", "Radio\t“x”", "Informatsionnoye agentstvo «365info.kz» x",
		"a b c «x»", "a b c d «x»", "a b «" + strings.Repeat("я", 60) + "»", "a b «" + strings.Repeat("я", 61) + "»", "a-b 'c. «x\n»", "1a «x»", "a«x»", "a \xff«x»", "a «\xffx\xff\"."} {
		check(s)
	}
	pieces := []string{"Radio", "a", "Ä", "я", "'", ".", "-", " ", "  ", "\t", "\n", "\v", "\u00a0", "«", "»", "\"", "“", "”", "„", ",", "1", "\xff", "\xe2\x80",
		"abcdefghijklmnopqrstuvwxyz", "ЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖ"} // long runs for the 60-character limit
	rng := rand.New(rand.NewSource(19))
	for n := 0; n < 200000; n++ {
		check(randomString(rng, pieces))
	}
	for _, r := range referenceTexts(t) {
		for i := 0; i < len(r); i++ {
			if i == 0 || r[i-1] == ' ' {
				check(r[i:])
			}
		}
	}
}

func TestTrailNumMatchesRegexp(t *testing.T) {
	check := func(s string) {
		t.Helper()
		var want []string
		if m := reTrailNum.FindStringSubmatch(s); m != nil {
			want = m[1:]
		}
		var got []string
		if head, num, ok := trailNum(s); ok {
			got = []string{head, num}
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("trailNum(%q) = %q, the regexp gives %q", s, got, want)
		}
	}
	for _, s := range []string{"", "1", " 1", "a 1", "a\t\n 1234", "a 12345", "a. 6.2", "b) 12", "Culture 6.2", "x\na 3", "a\n 3", "é 3", "\xff 3", "\xe2\x80 3", "я 3", "1 3", ", 3"} {
		check(s)
	}
	pieces := []string{"a", "Я", "é", ".", ")", "(", ",", "-", " ", "\t", "\n", "\v", "\u00a0", "1", "12", "123", "2019", "\xff", "\xe2\x80", "Culture"}
	rng := rand.New(rand.NewSource(23))
	for n := 0; n < 200000; n++ {
		check(randomString(rng, pieces))
	}
	// Every reference, and the starts that end before a space of every
	// eighth (the regexp is slow on them).
	for k, r := range referenceTexts(t) {
		check(r)
		for i := 0; k%8 == 0 && i < len(r); i++ {
			if r[i] == ' ' {
				check(r[:i])
			}
		}
	}
}

func TestHasNameRoleMatchesRegexp(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := hasNameRole(s), reNameRole.MatchString(s); got != want {
			t.Fatalf("hasNameRole(%q) = %v, the regexp gives %v", s, got, want)
		}
	}
	pieces := []string{",", "(", " ", "\t", "\n", "\v", ".", "ed", "ED", "eds", "EdS", "ſ", "\u212a", "hrſg", "Hrsg", "hg", "HG", "trans", "TRANſ", "red", "Red", "ред", "РЕД", "реᲁ", "пер", "ПЕР", "x", "Kelleter", "\xff", "\xd0"}
	rng := rand.New(rand.NewSource(29))
	for n := 0; n < 200000; n++ {
		check(randomString(rng, pieces))
	}
	for _, r := range referenceTexts(t) {
		check(r)
	}
}

func TestFieldParenShapesMatchRegexps(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := isNameYear(s), reNameYear.MatchString(s); got != want {
			t.Fatalf("isNameYear(%q) = %v, the regexp gives %v", s, got, want)
		}
		if got, want := isPlacePublisher(s), rePlacePublisher.MatchString(s); got != want {
			t.Fatalf("isPlacePublisher(%q) = %v, the regexp gives %v", s, got, want)
		}
	}
	for _, s := range []string{"", "Oxford University Press, 2006", "O, 2006", "Ox, 2006", "Oxf,2006a", "Oxf,2006i", "Ox,\t 1499", "Ox, 2106", "O1, 2006",
		"London: Routledge", "L: R", "L:", "L: ", "L:\vR", "(L: R", "L(: R", "A" + strings.Repeat("я", 50) + ": R", "A" + strings.Repeat("я", 51) + ": R",
		"A" + strings.Repeat("я", 60) + ", 2006", "A" + strings.Repeat("я", 61) + ", 2006"} {
		check(s)
	}
	pieces := []string{"O", "Ж", "x", "я", " ", "\t", "\n", "\v", ",", ":", "(", ")", "[", "]", "1", "15", "1999", "2006", "2106", "1499", "a", "h", "i", "\xff", "\xe2\x80",
		"Oxford University Press", "abcdefghijklmnopqrstuvwxyz"}
	rng := rand.New(rand.NewSource(31))
	for n := 0; n < 200000; n++ {
		check(randomString(rng, pieces))
	}
	for _, r := range referenceTexts(t) {
		check(r)
		for i := 0; i < len(r); i++ {
			if r[i] == '(' {
				if j := strings.IndexByte(r[i:], ')'); j > 0 {
					check(r[i+1 : i+j])
				}
			}
		}
	}
}

// cleanFixedSpec is cleanFixed as it was written first: composed, cleaned
// to a fixed point, and checked composed again at the end.
func cleanFixedSpec(s string) (string, bool) {
	s = norm.NFC.String(s)
	for i := 0; i < 5; i++ {
		next := cleanOnce(s)
		if next == s {
			return s, norm.NFC.QuickSpanString(s) == len(s)
		}
		s = next
	}
	return s, false
}

// Extract parses an entry without cleaning it again when cleanFixed says
// the cleaned string is a fixed point: its body after the label must then
// be its own Clean.
func TestCleanedBodyIsClean(t *testing.T) {
	pieces := []string{" ", "  ", "\t", "\n", "\u00a0", "1", "12", "123", "1234", ".", ")", "(", "[", "]", "• ", "– ", "- ", "-", "*", "**", "\\", "\\_", "_",
		"<", ">", "<a href=\"http://x.org\">", "</a>", "<i>", "<sup>", "](", "[t](http://y.org)", "<http://z.org>", "http://", "https:// ", "://",
		"&amp;", "&", "\u00ad", "\u200b", ",", ";", " ,", "a", "A", "Ж", "ж", "e\u0301", "\u0301", "é", "\u0308", "\u0323", "\u1100", "\u1161", "Å", "and", "Mur- phy", "- and", "x- Y", "\xff", "\""}
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 100000; n++ {
		s := randomString(rng, pieces)
		c, fixed := cleanFixed(s)
		if wc, wfixed := cleanFixedSpec(s); c != wc || fixed != wfixed {
			t.Fatalf("cleanFixed(%q) = %q, %v; want %q, %v", s, c, fixed, wc, wfixed)
		}
		if c != Clean(s) {
			t.Fatalf("cleanFixed(%q) = %q, Clean gives %q", s, c, Clean(s))
		}
		if !fixed {
			continue
		}
		if _, body := SplitLabel(c); Clean(body) != body {
			t.Fatalf("Clean(%q) = %q: the body of cleaned %q (from %q) is not clean", body, Clean(body), c, s)
		}
	}
}

func TestNumberFormsMatchRegexps(t *testing.T) {
	pieces := []string{"", " ", "\t", "\n", "\v", "\u00a0", "1", "12", "2019", "0", "a", "Z", "ab", "abc", "ſ", "\u212a", "-", "--", "–", "—", "‐", "‑", "−", ":", " : ", ".", "..", ",",
		"p", "pp", "P", "PP", "с", "С", "c", "s", "S", "стр", "СТР", "б", "Б", "pages", "PAGES", "pageſ", "page", "x", "\xff", "\xe2\x80", "é", "(", ")"}
	// Fewer pieces, so that more strings are ranges and volume-pages.
	numberPieces := []string{"1", "12", "a", "ab", "abc", "ſ", "\u212a", " ", "\t", "-", "–", "—", "‐", "‑", ":", ".", "\xff"}
	rng := rand.New(rand.NewSource(8))
	for n := 0; n < 600000; n++ {
		s := randomString(rng, pieces)
		if n%2 == 1 {
			s = randomString(rng, numberPieces)
		}
		if got, want := isBareNum(s), reBareNum.re.MatchString(s); got != want {
			t.Fatalf("isBareNum(%q) = %v, the regexp says %v", s, got, want)
		}
		if got, want := isRange(s), reRange.re.MatchString(s); got != want {
			t.Fatalf("isRange(%q) = %v, the regexp says %v", s, got, want)
		}
		if got, want := isPageCount(s), rePageCount.re.MatchString(s); got != want {
			t.Fatalf("isPageCount(%q) = %v, the regexp says %v", s, got, want)
		}
		var want []string
		if m := reVolPages.re.FindStringSubmatch(s); m != nil {
			want = m[1:]
		}
		var got []string
		if vol, pages, ok := volPages(s); ok {
			got = []string{vol, pages}
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("volPages(%q) = %q, the regexp gives %q", s, got, want)
		}
	}
}

func TestLowerMatchesStrings(t *testing.T) {
	// nlp.LowerRune, which toLower and lowerWord use, is checked rune by
	// rune in nlp.
	pieces := []string{"a", "Z", "Ab", " ", "1", ".", "Ж", "ж", "Ѐ", "ѐ", "Ѡ", "ѡ", "Қ", "қ", "Ә", "İ", "\u212a", "ẞ", "Σ", "ς", "\ufffd", "\xff", "\xd0", "\xe2\x80", "Ä", "é", "ABCDEFGH", "Abcdefghijk", "@[`{"}
	rng := rand.New(rand.NewSource(10))
	for n := 0; n < 100000; n++ {
		s := randomString(rng, pieces)
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Fatalf("appendLower(%q) gives %q, want %q", s, got, want)
		}
		if got, want := toLower(s), strings.ToLower(s); got != want {
			t.Fatalf("toLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(lowerWord(nil, s)), strings.ToLower(s); got != want {
			t.Fatalf("lowerWord(%q) = %q, want %q", s, got, want)
		}
		s2 := randomString(rng, pieces)
		if got, want := lowerJoined(s, s2), toLower(s+" "+s2); got != want {
			t.Fatalf("lowerJoined(%q, %q) = %q, want %q", s, s2, got, want)
		}
	}
}

func TestWordsMatchFields(t *testing.T) {
	pieces := []string{" ", "  ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u2003", "\u3000", "\xc2", "\x85", "\xe2\x80", "\xe3", "\xff", "\ufffd", "a", "bc", "J.", "ж", "é", ",", "1"}
	rng := rand.New(rand.NewSource(11))
	for n := 0; n < 100000; n++ {
		s := randomString(rng, pieces)
		want := strings.Fields(s)
		if len(want) == 0 {
			want = nil
		}
		var got []string
		for a, b := nextWord(s, 0); a < len(s); a, b = nextWord(s, b) {
			got = append(got, s[a:b])
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("nextWord over %q gives %q, strings.Fields %q", s, got, want)
		}
		first, last := "", ""
		if len(want) > 0 {
			first, last = want[0], want[len(want)-1]
		}
		if firstWord(s) != first || lastWord(s) != last || countWords(s) != len(want) {
			t.Fatalf("%q: firstWord %q, lastWord %q, countWords %d; strings.Fields %q", s, firstWord(s), lastWord(s), countWords(s), want)
		}
	}
}

func TestLowerFromMatchesStrings(t *testing.T) {
	for c := 0; c < utf8.RuneSelf; c++ { // every ASCII byte in an eight-byte step
		s := strings.Repeat(string(rune(c)), 9)
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Fatalf("appendLower(%q) gives %q, want %q", s, got, want)
		}
	}
	pieces := []string{"a", "Z", "Ab", " ", "1", ".", "Ж", "ж", "Ѡ", "İ", "\u212a", "Σ", "\ufffd", "\xff", "\xd0", "\xe2\x80", "é", "É",
		strings.Repeat("Aİ", 60),                                                             // strings longer than lowerFrom's stack buffer
		"ABCDEFGH", "@[`{Zz", "\x80\x80", "\x7f\x00\x01", "Abcdefghijklmnop", "\u212a\u212a"} // runs of eight ASCII bytes and more
	rng := rand.New(rand.NewSource(12))
	for n := 0; n < 100000; n++ {
		a, s := randomString(rng, pieces), randomString(rng, pieces)
		if got, want := lowerFrom(a+s, len(a)), a+strings.ToLower(s); got != want {
			t.Fatalf("lowerFrom(%q, %d) gives %q, want %q", a+s, len(a), got, want)
		}
		if got, want := string(appendLower([]byte(a), s)), a+strings.ToLower(s); got != want {
			t.Fatalf("appendLower(%q, %q) gives %q, want %q", a, s, got, want)
		}
		if got, want := toLower(s), strings.ToLower(s); got != want {
			t.Fatalf("toLower(%q) gives %q, want %q", s, got, want)
		}
	}
}

// roleOf tries its maps only on words whose first byte may start a mark;
// this is what it answered before the gate.
func TestRoleOfGate(t *testing.T) {
	slow := func(lx *Lexicon, w string) string {
		core := strings.TrimRight(w, ",;:.")
		paren := strings.HasPrefix(core, "(") && strings.HasSuffix(core, ")")
		core = strings.Trim(core, "()")
		low := strings.ToLower(strings.TrimSuffix(core, "."))
		if low == "" {
			return ""
		}
		if lx.EditorMarks[low] && (paren || !isUpperStart(strings.TrimLeft(w, "(")) || low != "ed") {
			return "editor"
		}
		if lx.TranslatorMarks[low] && (paren || isLowerStart(w)) {
			return "translator"
		}
		return ""
	}
	pieces := []string{"(", ")", ".", ",", ";", ":", "a", "x", "Smith", "\u212a", "ſ", "Р", "р"}
	for w := range testLex.EditorMarks {
		pieces = append(pieces, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for w := range testLex.TranslatorMarks {
		pieces = append(pieces, w, strings.ToUpper(w))
	}
	sort.Strings(pieces) // map order is random; the pieces need not be
	rng := rand.New(rand.NewSource(13))
	for n := 0; n < 100000; n++ {
		w := randomString(rng, pieces)
		if got, want := testLex.roleOf(w), slow(testLex, w); got != want {
			t.Fatalf("roleOf(%q) = %q, want %q", w, got, want)
		}
	}
}

// The month date scanners must find what their regexps find, matches and
// submatches, on strings made of the pieces the patterns read.
func TestMonthScannersMatchRegexps(t *testing.T) {
	cases := []struct {
		name string
		re   *regexp.Regexp
		scan func([]monthMatch, string) []monthMatch
	}{
		{"monthYearMatches", reMonthY, monthYearMatches},
		{"monthDayYearMatches", reMonthDY, monthDayYearMatches},
		{"dayMonthYearMatches", reDMonthY, dayMonthYearMatches},
	}
	pieces := []string{" ", "  ", "\t", "\n", ".", ",", "-", "–", "—", "/", "May", "mai", "Мая", "ж", "é", "x", "_", "1", "5", "12", "123", "2020", "1999", "19999", "1400",
		"st", "th", "nd", "г.", "года", "goda", "g.", "ж.", "жылы", "jyl", "\xff", "(", "2",
		"May 5", "May. 12th, ", "5 May ", "12. мая, ", " 3, ", "Jan.-Feb. ", "Spring / May "}
	rng := rand.New(rand.NewSource(21))
	for _, c := range cases {
		for n := 0; n < 100000; n++ {
			s := randomString(rng, pieces)
			var got [][]int // as the regexp gives them: nil for none
			for _, m := range c.scan(nil, s) {
				got = append(got, m[:2*(c.re.NumSubexp()+1)])
			}
			if want := c.re.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s(%q) = %v, the regexp gives %v", c.name, s, got, want)
			}
		}
	}
}

// volIssue's own reading and isDigitRange's must give what the regexps do.
func TestVolIssueAndDigitRange(t *testing.T) {
	pieces := []string{"1", "54", "2020", "a", "b", "A", "ſ", "(", ")", "3", "1-2", " ", "\n", ":", "–", "-", "—", "vol. ", "pp", "p.", "s", "\xff", "ж"}
	rng := rand.New(rand.NewSource(22))
	hits := 0
	for n := 0; n < 200000; n++ {
		s := randomString(rng, pieces)
		if got, want := volIssue(s), reVolIss.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("volIssue(%q) = %q, the regexp gives %q", s, got, want)
		}
		if isDigitRange(s) {
			hits++
			if m := rePages.FindStringSubmatch(s); m == nil || m[1] != s {
				t.Fatalf("rePages reads %q of the range %q", m, s)
			}
		}
	}
	if hits == 0 {
		t.Error("no ranges tried")
	}
}

// The label scanners must give the submatch indexes their regexps give.
func TestLabelScannersMatchRegexps(t *testing.T) {
	pieces := []string{" ", "  ", "\t", "\n", "[", "]", "(", ")", ".", "1", "12", "123", "1234", "12345", "A", "a", "Ж", "ж", "\"", "“", "«", "'",
		"-", "–", "—", "•", "●", "▪", "*", "·", "[3]", "(4)", "5.", "6)", "\xff", "x"}
	rng := rand.New(rand.NewSource(23))
	for n := 0; n < 100000; n++ {
		s := randomString(rng, pieces)
		var got []int
		if m, ok := labelMatch(s); ok {
			got = m[:]
		}
		if want := reLabel.re.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("labelMatch(%q) = %v, the regexp gives %v", s, got, want)
		}
		got = nil
		if m, ok := lineLabel(s); ok {
			got = m[:]
		}
		if want := reLineLabel.re.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("lineLabel(%q) = %v, the regexp gives %v", s, got, want)
		}
	}
}

// findFullDates must find the dates with a month or day that findDates
// finds, whatever their order.
func TestFindFullDates(t *testing.T) {
	pieces := []string{" ", ", ", ".", "/", "-", "May", "Мая", "5", "12", "2020", "1999", "05", "2020-05-01", "12.05.2020", "x", "th", "г."}
	rng := rand.New(rand.NewSource(24))
	for n := 0; n < 50000; n++ {
		s := randomString(rng, pieces)
		var want []dateMatch
		for _, m := range findDates(testLex, s) {
			if m.full {
				want = append(want, m)
			}
		}
		got := findFullDates(testLex, s)
		sortMatches(got)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("findFullDates(%q) = %v, findDates has %v", s, got, want)
		}
	}
}

// mayHoldBrokenWord must admit every string reBrokenWord matches.
func TestMayHoldBrokenWord(t *testing.T) {
	pieces := []string{"- ", "-", " ", "a", "Ж", "1", "\xd0", "\xff", "é", "and", ".", "\u0301"}
	rng := rand.New(rand.NewSource(25))
	for n := 0; n < 100000; n++ {
		s := randomString(rng, pieces)
		if reBrokenWord.MatchString(s) && !mayHoldBrokenWord(s) {
			t.Fatalf("mayHoldBrokenWord turns away %q, which reBrokenWord matches", s)
		}
	}
}

// isTidy must hold only where a round of tidy changes nothing.
func TestIsTidy(t *testing.T) {
	pieces := []string{" ", "  ", "\t", "(", ")", "[", "]", "<", ">", ".", ",", ";", ":", "a", "Ж", "\u00a0", "\xff", "x y", "( )", "[.]", "< >"}
	rng := rand.New(rand.NewSource(26))
	for n := 0; n < 100000; n++ {
		s := randomString(rng, pieces)
		round := squeezePunctRuns(dropSpaceBefore(collapseSpaces(removeEmptyBrackets(s)), fieldPunct))
		if isTidy(s) && round != s {
			t.Fatalf("isTidy(%q), but a round gives %q", s, round)
		}
	}
	// The scan from the marks answers as the scan from the spaces did.
	old := func(s string) bool {
		if !isCollapsed(s) {
			return false
		}
		for i := 0; i < len(s); i++ {
			switch s[i] {
			case ' ':
				if i+1 < len(s) && isFieldPunct(s[i+1]) {
					return false
				}
			case '(', '[', '<':
				if emptyBracketsAt(s, i) {
					return false
				}
			}
		}
		return true
	}
	for n := 0; n < 100000; n++ {
		s := randomString(rng, pieces)
		if n%2 == 1 {
			s = longString(rng, pieces)
		}
		if n%3 != 0 {
			s = collapseSpaces(s) // so that the marks are looked at
		}
		if got, want := isTidy(s), old(s); got != want {
			t.Fatalf("isTidy(%q) = %v, want %v", s, got, want)
		}
	}
}

// hasEditionWord must answer as searching for each of its words does.
func TestHasEditionWord(t *testing.T) {
	words := []string{"ed. ", "edn. ", "изд. ", "Aufl. ", "éd. "}
	pieces := []string{"ed", "edn", "изд", "Aufl", "éd", "d", "e", ".", " ", ". ", "x", "é", "\xff"}
	rng := rand.New(rand.NewSource(27))
	for n := 0; n < 100000; n++ {
		s := randomString(rng, pieces)
		want := false
		for _, w := range words {
			want = want || strings.Contains(s, w)
		}
		if got := hasEditionWord(s); got != want {
			t.Fatalf("hasEditionWord(%q) = %v, want %v", s, got, want)
		}
	}
}

// The hand-written cleaning steps (replaceAutoLinks, replaceMarkup) and the
// gate of the HTML patterns (mayHoldHTMLTag) against what they replace.
func TestCleanStepsMatchRegexps(t *testing.T) {
	pieces := []string{"<", ">", "/", " ", "\n", "\t", "a", "A", "s", "ſ", "S", "i", "e", "b", "B", "x", "h", "http", "https", "ftp", "mailto", ":", "//",
		"href=\"", "\"", "</a>", "<a href=\"x\">", "<sup>", "<https://doi.org/1", "*", "**", "\u00ad", "\u200b", "&", "&amp;", "&quot;", "&nbsp;",
		"amp;", "quot;", "nbsp;", "é", "\xc2", "\xe2\x80", "\xff", "<br/>", "<I>", "<strong "}
	rng := rand.New(rand.NewSource(7))
	for n := 0; n < 300000; n++ {
		s := randomString(rng, pieces)
		if got, want := replaceAutoLinks(s), reAutoLink.ReplaceAllString(s, "$1"); got != want {
			t.Fatalf("replaceAutoLinks(%q) = %q, want %q", s, got, want)
		}
		if got, want := replaceMarkup(s), markupReplacer.Replace(s); got != want {
			t.Fatalf("replaceMarkup(%q) = %q, want %q", s, got, want)
		}
		if !mayHoldHTMLTag(s) && (reAnchor.MatchString(s) || reAnchorOpen.MatchString(s) || reHTMLTag.MatchString(s)) {
			t.Fatalf("mayHoldHTMLTag(%q) = false, but an HTML pattern matches", s)
		}
	}
}

func TestInlineBulletMatchesRegexp(t *testing.T) {
	pieces := []string{".", ">", ")", "]", " ", "\n", "\t", "-", "•", "–", "A", "a", "Ж", "ж", "\xe2", "\xff", "x"}
	rng := rand.New(rand.NewSource(8))
	for n := 0; n < 200000; n++ {
		s := randomString(rng, pieces)
		var got [][]int
		for off := 0; ; {
			i, end := inlineBullet(s, off)
			if i < 0 {
				break
			}
			got = append(got, []int{i, end})
			off = end
		}
		if want := reInlineBullet.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("inlineBullet(%q): %v, want %v", s, got, want)
		}
	}
}

// trailYear reads reTrailYear by hand: it must find the year group the
// regexp finds.
func TestTrailYearMatchesRegexp(t *testing.T) {
	cases := []string{"Pharmacology 2005", "Journal 2005a", "A. 1999", "x) 2001", "(.) 2001", "1999", " 2001", "ab  \t2020h", "é 1600", "\xff 2000", "Ä.) 2019", "a 2019i"}
	pieces := []string{" ", "\t", "\n", ".", ")", "(", ",", "a", "h", "Ä", "ж", "\xff", "1", "2005", "1999", "2019a", "2020h", "Smith", "-", "\u00a0", "\u2003"}
	rng := rand.New(rand.NewSource(21))
	for n := 0; n < 200000; n++ {
		cases = append(cases, randomString(rng, pieces))
	}
	for _, s := range cases {
		want := -1
		if m := reTrailYear.re.FindStringSubmatchIndex(s); m != nil {
			want = m[2]
		}
		if got := trailYear(s); got != want {
			t.Fatalf("trailYear(%q) = %d, want %d", s, got, want)
		}
	}
}

// spaceDoubleSlashes reads reDoubleSlash by hand: it must replace as the
// regexp does.
func TestSpaceDoubleSlashesMatchesRegexp(t *testing.T) {
	cases := []string{"", "a//b", "a // b", "a ///b", "a////b", "//", " // ", "a  b//c", "http://x", "\t//\n"}
	pieces := []string{" ", "  ", "\t", "\n", "\v", "\f", "\r", "/", "//", "///", "a", "bc", "ж", "\xff", "\u00a0", ":"}
	rng := rand.New(rand.NewSource(22))
	for n := 0; n < 200000; n++ {
		cases = append(cases, randomString(rng, pieces))
	}
	for _, s := range cases {
		if got, want := spaceDoubleSlashes(s), reDoubleSlash.ReplaceAllString(s, " // "); got != want {
			t.Fatalf("spaceDoubleSlashes(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestDropSpacesMatchesFields(t *testing.T) {
	pieces := []string{" ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u2003", "1", "-", "12", "–", "\xff", "a"}
	rng := rand.New(rand.NewSource(23))
	for n := 0; n < 100000; n++ {
		s := randomString(rng, pieces)
		if got, want := dropSpaces(s), strings.Join(strings.Fields(s), ""); got != want {
			t.Fatalf("dropSpaces(%q) = %q, want %q", s, got, want)
		}
	}
}

// dateParts stands for the literal [][]int{{...}}: the same numbers and
// capacities, so that appends copy as they would.
func TestDatePartsAsLiteral(t *testing.T) {
	for _, parts := range [][]int{{2024}, {2024, 5}, {2024, 5, 8}} {
		got, want := dateParts(parts...), [][]int{append([]int(nil), parts...)}
		if !reflect.DeepEqual(got, want) || cap(got) != 1 || cap(got[0]) != len(parts) {
			t.Fatalf("dateParts(%v) = %v (caps %d, %d)", parts, got, cap(got), cap(got[0]))
		}
	}
}

// mayStartCue may only turn away strings in which startsWith finds no
// phrase.
func TestMayStartCueAdmitsEveryPhrase(t *testing.T) {
	pieces := []string{" ", "(", "[", ".", ",", "x", "Ж", "\u212a", "\xff"}
	for _, sec := range []string{"genre", "note", "language-note"} {
		for _, p := range testLex.Cues[sec] {
			pieces = append(pieces, p, strings.ToUpper(p))
		}
	}
	rng := rand.New(rand.NewSource(24))
	for n := 0; n < 100000; n++ {
		s := randomString(rng, pieces)
		for _, sec := range []string{"genre", "note", "language-note"} {
			if ph := testLex.startsWith(mustSection(t, sec), toLower(s)); ph != "" && !testLex.mayStartCue(mustSection(t, sec), s) {
				t.Fatalf("mayStartCue(%q, %q) = false, but %q starts it", sec, s, ph)
			}
		}
	}
}

func TestFirstAlnumRunMatchesFieldsFunc(t *testing.T) {
	pieces := []string{" ", ".", "-", "a", "Ж", "1", "\xff", "\u00a0", "²", "é", "Ab12"}
	rng := rand.New(rand.NewSource(25))
	for n := 0; n < 100000; n++ {
		s := randomString(rng, pieces)
		want := ""
		if f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); len(f) > 0 {
			want = f[0]
		}
		if got := firstAlnumRun(s); got != want {
			t.Fatalf("firstAlnumRun(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestASCIILetters8(t *testing.T) {
	rng := rand.New(rand.NewSource(26))
	for n := 0; n < 200000; n++ {
		var b [8]byte
		want := 0
		for k := range b {
			b[k] = byte(rng.Intn(utf8.RuneSelf))
			want += int(asciiLetters[b[k]])
		}
		if got := asciiLetters8(load64(string(b[:]))); got != want {
			t.Fatalf("asciiLetters8(%q) = %d, want %d", b, got, want)
		}
	}
	for c := 0; c < utf8.RuneSelf; c++ { // every byte, in every place
		s := strings.Repeat(string(rune(c)), 8)
		if got := asciiLetters8(load64(s)); got != 8*int(asciiLetters[c]) {
			t.Fatalf("asciiLetters8(%q) = %d", s, got)
		}
	}
}

// notLetter and notAlnum are the separators of nextDateWord's fields, as
// strings.FieldsFunc takes them: its test oracle.
func notLetter(r rune) bool { return !unicode.IsLetter(r) }

func notAlnum(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// nextFieldFunc and nextDateWord must read the fields strings.FieldsFunc
// does.
func TestNextFieldFuncMatchesFieldsFunc(t *testing.T) {
	pieces := []string{" ", ",", "-", "a", "Ж", "1", "12", "\xff", "\xd0", "\u00a0", "²", "٣", "ǅ", "May", "2006", "\t", "\u0085", ", "}
	rng := rand.New(rand.NewSource(28))
	for n := 0; n < 100000; n++ {
		s := randomString(rng, pieces)
		for k, sep := range []func(rune) bool{notLetter, notAlnum, isSpaceOrComma} {
			want := strings.FieldsFunc(s, sep)
			if k == 2 {
				// As parseTrimmedDate had them.
				want = strings.Fields(strings.ReplaceAll(s, ",", " "))
			}
			var got []string
			for a, b := nextFieldFunc(s, 0, sep); a < len(s); a, b = nextFieldFunc(s, b, sep) {
				got = append(got, s[a:b])
			}
			if len(want) == 0 {
				want = nil
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("fields of %q: %q, FieldsFunc gives %q", s, got, want)
			}
			if k == 2 {
				continue
			}
			got = nil
			for a, b := nextDateWord(s, 0, k == 1); a < len(s); a, b = nextDateWord(s, b, k == 1) {
				got = append(got, s[a:b])
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("nextDateWord's fields of %q: %q, FieldsFunc gives %q", s, got, want)
			}
		}
	}
}

// reEdsParen is what edsParen reads by hand.
var reEdsParen = regexp.MustCompile(`^(.{2,300}?)\s*\((?:[Ee]ds?|[Hh]rsg|[Hh]g|[Rr]ed|ред|[Cc]oord|[Ee]ditors?|[Ee]d)s?\.?\)[,.:]?\s*`)

func TestEdsParenMatchesRegexp(t *testing.T) {
	long := strings.Repeat("abcdefghij", 14) // 140 runes
	longRu := strings.Repeat("абвгд", 20)    // 100 runes, 200 bytes
	pieces := []string{" ", "  ", "\t", "\n", "\r", "\f", "\v", "\u00a0", "a", "Ä", "ж", "\xff", "\xe2\x80", ".", ",", ":", ";", "(", ")", "s", "ss", "S", "Smith", "A. B.",
		"(Eds.)", "(Ed.)", "(eds)", "(Edss.)", "(Edsss)", "(Editor)", "(Editors)", "(editorss.)", "(Editorsss)", "(Hrsg.)", "(hrsgs)", "(Hrsgss)", "(Hg.)", "(hgss)", "(Red.)", "(reds)",
		"(ред.)", "(редs)", "(редss)", "(Coord.)", "(coords.)", "(Edition)", "(Ed", "(Eds", "Ed", "Hrsg", "ред", "Coord", "Editor", "(Eds..)", "(ED.)",
		long, longRu}
	check := func(s string) {
		names, end, ok := edsParen(s)
		m := reEdsParen.FindStringSubmatch(s)
		if ok != (m != nil) || ok && (names != m[1] || end != len(m[0])) {
			t.Fatalf("edsParen(%q) = %q, %d, %v; the regexp matches %q", s, names, end, ok, m)
		}
	}
	for _, s := range []string{"", "(Eds.)", "A (Eds.)", "AB (Eds.)", "A\n(Eds.)", "AB\n (Eds.), x", "O. AlShehabi, & A. Hanieh (Eds.). Pluto Press.", "x(Eds.)(Eds.)", "a (Ed.) b (Eds.)"} {
		check(s)
	}
	rng := rand.New(rand.NewSource(11))
	for n := 0; n < 300000; n++ {
		check(randomString(rng, pieces))
	}
}

// isNumTok must match as reNumTok does: on random strings of the pieces
// its pattern reads, and on the words of real references.
func TestIsNumTokMatchesRegexp(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := isNumTok(s), reNumTok.MatchString(s); got != want {
			t.Fatalf("isNumTok(%q) = %v, reNumTok matches: %v", s, got, want)
		}
	}
	pieces := []string{"1", "49", "a", "Z", "x1", "(", ")", "(3)", "(a)", "-", "–", "—", "\u2012", ".", ":", ",", ";", "ab", "Ä", "\u212a", "\xff", "\xe2\x80", "5", "b", " "}
	rng := rand.New(rand.NewSource(12))
	for n := 0; n < 300000; n++ {
		check(randomString(rng, pieces))
	}
	for _, r := range referenceTexts(t) {
		for _, w := range strings.Fields(r) {
			check(w)
		}
	}
}

// reURLTail is what isURLTail reads by hand.
var reURLTail = regexp.MustCompile(`^[^.]{0,160}?(?:/|\.pdf|\.html?|\.aspx?|%20)\.?\s*$`)

func TestIsURLTailMatchesRegexp(t *testing.T) {
	long := strings.Repeat("abcdefghij", 7) // 70 runes
	pieces := []string{" ", "\t", "\n", "\v", "\u00a0", ".", "..", "/", "pdf", ".pdf", ".PDF", ".htm", ".html", ".asp", ".aspx", "%20", "%2", "x", "ж", "\xff", "report", "-", long}
	cases := []string{strings.Repeat("a", 160) + "/", strings.Repeat("a", 161) + "/", strings.Repeat("ж", 160) + ".pdf. ", strings.Repeat("ж", 161) + ".pdf", strings.Repeat("\xff", 161) + "%20"}
	rng := rand.New(rand.NewSource(13))
	for n := 0; n < 300000; n++ {
		cases = append(cases, randomString(rng, pieces))
	}
	for _, s := range cases {
		if got, want := isURLTail(s), reURLTail.MatchString(s); got != want {
			t.Fatalf("isURLTail(%q) = %v, the regexp says %v", s, got, want)
		}
	}
}

// reSchemeSpace is what dropSchemeSpace does by hand.
var reSchemeSpace = regexp.MustCompile(`(?i)\b(https?://)\s+`)

func TestDropSchemeSpaceMatchesRegexp(t *testing.T) {
	pieces := []string{" ", "  ", "\t", "\n", "\v", "\u00a0", "http", "HTTP", "hTtP", "s", "S", "\u017f", "://", ":/", "/", ":", "x", "_", "1", "ж", "\xff", ".", "(", "https://", "http://", "www.x"}
	cases := []string{"", "http:// x", "see https:// doi.org/x and http:// y", "xhttp:// y", "httpſ:// y"}
	rng := rand.New(rand.NewSource(14))
	for n := 0; n < 300000; n++ {
		cases = append(cases, randomString(rng, pieces))
	}
	for _, s := range cases {
		if got, want := dropSchemeSpace(s), reSchemeSpace.ReplaceAllString(s, "$1"); got != want {
			t.Fatalf("dropSchemeSpace(%q) = %q, the regexp gives %q", s, got, want)
		}
	}
}

// fewerRunes must answer as counting the runes of []rune(s) does.
func TestFewerRunes(t *testing.T) {
	pieces := []string{"a", " ", "é", "ж", "€", "😀", "\xff", "\xe2\x80", "ab"}
	rng := rand.New(rand.NewSource(21))
	for n := 0; n < 50000; n++ {
		s := randomString(rng, pieces) + randomString(rng, pieces) + randomString(rng, pieces)
		for k := 0; k <= 12; k++ {
			if got, want := fewerRunes(s, k), len([]rune(s)) < k; got != want {
				t.Fatalf("fewerRunes(%q, %d) = %v, want %v", s, k, got, want)
			}
		}
	}
}

// wordBytes8 must mark the bytes asciiWordBytes holds: each ASCII byte at
// each place, with random neighbours.
func TestWordBytes8(t *testing.T) {
	rng := rand.New(rand.NewSource(22))
	for c := 0; c < utf8.RuneSelf; c++ {
		for k := 0; k < 8; k++ {
			for n := 0; n < 50; n++ {
				var b [8]byte
				for j := range b {
					b[j] = byte(rng.Intn(utf8.RuneSelf))
				}
				b[k] = byte(c)
				m := wordBytes8(load64(string(b[:])))
				for j := range b {
					if got, want := m>>(8*j+7)&1 == 1, asciiWordBytes[b[j]]; got != want {
						t.Fatalf("wordBytes8(%q) at %d = %v, want %v", b, j, got, want)
					}
				}
			}
		}
	}
}

// The first-byte gates of the name tokenizer answer as the map lookups
// they guard: NameAnd on the lower-cased word without trailing commas,
// NameSuffix on the lower-cased bare word.
func TestNameWordGates(t *testing.T) {
	pieces := []string{",", ".", "a", "A", "x", "\u212a", "ſ", "И", "и", "É", "\xff", "&"}
	for _, m := range []map[string]bool{testLex.NameAnd, testLex.NameSuffix} {
		for w := range m {
			pieces = append(pieces, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
		}
	}
	sort.Strings(pieces) // map order is random; the pieces need not be
	rng := rand.New(rand.NewSource(23))
	for n := 0; n < 100000; n++ {
		w := randomString(rng, pieces)
		if w == "" {
			continue
		}
		if got, want := testLex.isNameAndWord(w), testLex.NameAnd[strings.TrimRight(strings.ToLower(w), ",")]; got != want {
			t.Fatalf("isNameAndWord(%q) = %v, want %v", w, got, want)
		}
		if got, want := testLex.suffixFirst.mayStart(w[0]), testLex.NameSuffix[strings.ToLower(w)]; want && !got {
			t.Fatalf("suffixFirst leaves out %q", w)
		}
	}
}

// isUpperAt must answer as \p{Lu} on the rune at i does, for every rune.
func TestIsUpperAt(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		s := "," + string(r)
		if got, want := isUpperAt(s, 1), unicode.Is(unicode.Lu, r); got != want {
			t.Fatalf("isUpperAt(%q) = %v, want %v", s, got, want)
		}
	}
	if isUpperAt("\xff", 0) || isUpperAt("\xc3", 0) {
		t.Fatal("isUpperAt says an invalid byte is a capital")
	}
}

// isNumCue must answer as reNumCue does, on its words in any case, with
// and without full stops, and on words near them.
func TestIsNumCueMatchesRegexp(t *testing.T) {
	src := reNumCue.String()
	src = strings.TrimSuffix(strings.TrimPrefix(src, `(?i)^(?:`), `)\.?$`)
	var words []string
	for _, w := range strings.Split(src, "|") {
		if base, ok := strings.CutSuffix(w, "?"); ok {
			words = append(words, base, base[:len(base)-1])
			continue
		}
		words = append(words, w)
	}
	pieces := []string{".", "..", "x", "e", "s", "k", "\u212a", "ſ", "с", "С", "ᲃ", "№", "°", "º", " ", "1", "\xff"}
	for _, w := range words {
		pieces = append(pieces, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+".")
	}
	rng := rand.New(rand.NewSource(24))
	for n := 0; n < 200000; n++ {
		s := ""
		for i := rng.Intn(3) + 1; i > 0; i-- {
			s += pieces[rng.Intn(len(pieces))]
		}
		if got, want := isNumCue(s), reNumCue.MatchString(s); got != want {
			t.Fatalf("isNumCue(%q) = %v, want %v", s, got, want)
		}
	}
	for _, w := range words {
		for _, s := range []string{w, strings.ToUpper(w), w + ".", strings.ToUpper(w) + "."} {
			if !isNumCue(s) || !reNumCue.MatchString(s) {
				t.Fatalf("isNumCue(%q) = %v, the regexp %v", s, isNumCue(s), reNumCue.MatchString(s))
			}
		}
	}
}

// The intro matchers must find what their patterns find, on strings that
// start with their phrases in any case and fold, and on others.
func TestIntroMatchersMatchRegexps(t *testing.T) {
	for name, m := range map[string]*introMatcher{"EditorIntro": &testLex.EditorIntro, "TranslatorIntro": &testLex.TranslatorIntro} {
		pieces := []string{" ", "\t", "\n", "\v", ".", ",", "(", ")", "a", "x", "Ä", "\u212a", "ſ", "ᲁ", "ᲄ", "ı", "İ", "\xff", "\xd0", "Smith", "Д"}
		for _, p := range append(append([]string(nil), testLex.Cues["editor-intro"]...), testLex.Cues["translator-intro"]...) {
			pieces = append(pieces, p, strings.ToUpper(p), strings.ToUpper(p[:1])+p[1:], strings.TrimSuffix(p, "."), p[:len(p)/2])
		}
		sort.Strings(pieces)
		rng := rand.New(rand.NewSource(25))
		for n := 0; n < 200000; n++ {
			s := ""
			for i := rng.Intn(4) + 1; i > 0; i-- {
				s += pieces[rng.Intn(len(pieces))]
			}
			if got, want := m.FindStringIndex(s), m.re.FindStringIndex(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s.FindStringIndex(%q) = %v, the regexp gives %v", name, s, got, want)
			}
			if got, want := m.MatchString(s), m.re.MatchString(s); got != want {
				t.Fatalf("%s.MatchString(%q) = %v, the regexp gives %v", name, s, got, want)
			}
		}
	}
}

// prefixFold must compare runes as (?i) does: every rune against every
// rune of a phrase of one rune.
func TestPrefixFoldMatchesRegexp(t *testing.T) {
	for _, pr := range "aksfiyдвтсšıİ.(ǅ" {
		re := regexp.MustCompile(`(?i)^` + regexp.QuoteMeta(string(pr)))
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if r == 0x800 {
				r = 0x1c00 // the folds of the phrases' runes lie below
			}
			if r == 0x1d00 {
				r = 0x2100
			}
			if r == 0x2200 {
				break
			}
			s := string(r) + "x"
			want := -1
			if loc := re.FindStringIndex(s); loc != nil {
				want = loc[1]
			}
			if got := prefixFold(s, string(pr)); got != want {
				t.Fatalf("prefixFold(%q, %q) = %d, want %d", s, string(pr), got, want)
			}
		}
	}
}

// mustSection returns the cueSection of a section name of Cues.
func mustSection(t *testing.T, name string) cueSection {
	sec, ok := cueSectionOf(name)
	if !ok {
		t.Fatalf("section %q has no cueSection", name)
	}
	return sec
}

// Every section of phrases has its cueSection, and the cue sets are made
// from its phrases.
func TestCueSections(t *testing.T) {
	if len(testLex.Cues) != int(numCueSections) {
		t.Fatalf("%d sections of phrases, %d cueSections", len(testLex.Cues), numCueSections)
	}
	for name, phrases := range testLex.Cues {
		if got := testLex.cueSets[mustSection(t, name)].phrases; !reflect.DeepEqual(got, phrases) {
			t.Fatalf("cue set %q holds %q, want %q", name, got, phrases)
		}
	}
}

// The place flags answer the lookups of Cities and Regions they stand for,
// for every word of either, with and without a full stop, and others.
func TestPlaceFlags(t *testing.T) {
	words := []string{"", ".", "x", "x.", "smith", "ga", "ga."}
	for _, m := range []map[string]bool{testLex.Cities, testLex.Regions} {
		for w := range m {
			words = append(words, w, w+".", strings.TrimSuffix(w, "."), strings.ToUpper(w))
		}
	}
	for _, w := range words {
		f := testLex.places[w]
		for _, c := range []struct {
			flag uint8
			want bool
		}{{placeCity, testLex.Cities[w]}, {placeRegion, testLex.Regions[w]}, {placeCityDot, testLex.Cities[w+"."]}, {placeRegionDot, testLex.Regions[w+"."]}} {
			if got := f&c.flag != 0; got != c.want {
				t.Fatalf("places[%q] flag %d = %v, want %v", w, c.flag, got, c.want)
			}
		}
	}
	for w, m := range testLex.roleMarks {
		if m&markEditor != 0 != testLex.EditorMarks[w] || m&markTranslator != 0 != testLex.TranslatorMarks[w] {
			t.Fatalf("roleMarks[%q] = %d", w, m)
		}
	}
	if len(testLex.roleMarks) != len(keys(testLex.EditorMarks))+len(keys(testLex.TranslatorMarks))-countShared(testLex.EditorMarks, testLex.TranslatorMarks) {
		t.Fatal("roleMarks leaves out a mark")
	}
}

func countShared(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

// isAbbrevBefore must answer as it did with the word's runes listed.
func TestIsAbbrevBeforeMatchesRunes(t *testing.T) {
	old := func(s string, i int) bool {
		j := i
		for j > 0 && s[j-1] != ' ' && s[j-1] != '(' {
			j--
		}
		w := s[j:i]
		if w == "" {
			return false
		}
		rs := []rune(w)
		if len(rs) == 1 && unicode.IsUpper(rs[0]) {
			return true
		}
		if len(rs) >= 2 && rs[len(rs)-2] == '.' && unicode.IsUpper(rs[len(rs)-1]) {
			return true
		}
		return abbrevs[strings.ToLower(w)]
	}
	pieces := []string{" ", "(", ".", "A", "a", "É", "é", "Ж", "ж", "\xff", "\xc3", "\xa9", "\xe2\x80", "U.S", "ed", "vol", "Dr", "St", "pp", "x"}
	for w := range abbrevs {
		pieces = append(pieces, w, strings.ToUpper(w))
	}
	sort.Strings(pieces)
	rng := rand.New(rand.NewSource(26))
	for n := 0; n < 100000; n++ {
		s := randomString(rng, pieces)
		for i := 0; i <= len(s); i++ {
			if got, want := isAbbrevBefore(s, i), old(s, i); got != want {
				t.Fatalf("isAbbrevBefore(%q, %d) = %v, want %v", s, i, got, want)
			}
		}
	}
}

// sentenceEnd must answer as the byte-by-byte loop it replaces.
func TestSentenceEndMatchesLoop(t *testing.T) {
	old := func(s string, from int) int {
		for i := from; i < len(s); i++ {
			c := s[i]
			if c != '.' && c != '?' && c != '!' {
				continue
			}
			if i+1 < len(s) && s[i+1] != ' ' {
				continue
			}
			if c == '.' && isAbbrevBefore(s, i) {
				continue
			}
			return i + 1
		}
		return -1
	}
	pieces := []string{" ", ".", "?", "!", "(", "A", "a", "Ж", "\xff", "U.S", "ed", "Dr", "Title", "x"}
	rng := rand.New(rand.NewSource(27))
	for n := 0; n < 50000; n++ {
		s := randomString(rng, pieces)
		if n%2 == 1 {
			s = longString(rng, pieces)
		}
		for from := 0; from <= len(s); from++ {
			if got, want := sentenceEnd(s, from), old(s, from); got != want {
				t.Fatalf("sentenceEnd(%q, %d) = %d, want %d", s, from, got, want)
			}
		}
	}
}

// hasURLWord must answer as a search for its words at every byte does.
func TestHasURLWordMatchesFoldWords(t *testing.T) {
	spec := newFoldWords("www.", "mailto:file:")
	pieces := []string{" ", ".", ":", "w", "W", "ww", "www", "WwW", "www.", "mailto", "MAILTO:", "mailto:file", "mailto:file:", "file:", "File:", ":file:", "x", "\u212a", "ſ", "\xff"}
	rng := rand.New(rand.NewSource(28))
	for n := 0; n < 100000; n++ {
		s := randomString(rng, pieces)
		if n%2 == 1 {
			s = longString(rng, pieces)
		}
		if got, want := hasURLWord(s), spec.containsAny(s); got != want {
			t.Fatalf("hasURLWord(%q) = %v, want %v", s, got, want)
		}
	}
}

// isQuickNFC must answer as the quick check of all of s does.
func TestIsQuickNFC(t *testing.T) {
	pieces := []string{"a", "e", "x y", "abcdefghij", "\u0301", "\u0327", "\u0308", "\u0316", "é", "e\u0301", "\u1100", "\u1161", "\u11a8", "가", "\uf900", "\u0344", "\u0958", "\uff9e", "ｶ", "\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300\u0300", "Ж", "Й", "И\u0306", "\xff", "\xcc", "\xe2\x80", "–", " "}
	rng := rand.New(rand.NewSource(29))
	for n := 0; n < 200000; n++ {
		s := randomString(rng, pieces)
		if n%2 == 1 {
			s = longString(rng, pieces)
		}
		if got, want := isQuickNFC(s), norm.NFC.QuickSpanString(s) == len(s); got != want {
			t.Fatalf("isQuickNFC(%q) = %v, want %v", s, got, want)
		}
	}
}

// reset must clear every field of the parser but its scratch arrays: a
// field added to parser must be added to reset (or to the arrays here).
func TestParserReset(t *testing.T) {
	scratch := map[string]bool{"dates": true, "chunkArr": true, "tailArr": true}
	var p parser
	v := reflect.ValueOf(&p).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		f = reflect.NewAt(f.Type(), f.Addr().UnsafePointer()).Elem() // unexported
		switch f.Kind() {
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Int:
			f.SetInt(3)
		case reflect.String:
			f.SetString("x")
		case reflect.Slice:
			f.Set(reflect.MakeSlice(f.Type(), 1, 1))
		case reflect.Pointer:
			f.Set(reflect.New(f.Type().Elem()))
		case reflect.Struct:
			if v.Type().Field(i).Name == "it" {
				p.it = Item{Title: "x", Author: []Name{{Family: "x"}}}
				continue
			}
			t.Fatalf("field %s: a struct reset may not clear", v.Type().Field(i).Name)
		case reflect.Array:
			if !scratch[v.Type().Field(i).Name] {
				t.Fatalf("field %s: an array reset does not clear", v.Type().Field(i).Name)
			}
		default:
			t.Fatalf("field %s of kind %s: teach this test to set it", v.Type().Field(i).Name, f.Kind())
		}
	}
	p.reset(testLex)
	want := parser{lx: testLex}
	w := reflect.ValueOf(&want).Elem()
	for i := 0; i < v.NumField(); i++ {
		name := v.Type().Field(i).Name
		if scratch[name] {
			continue
		}
		got := reflect.NewAt(v.Field(i).Type(), v.Field(i).Addr().UnsafePointer()).Elem().Interface()
		exp := reflect.NewAt(w.Field(i).Type(), w.Field(i).Addr().UnsafePointer()).Elem().Interface()
		if !reflect.DeepEqual(got, exp) {
			t.Fatalf("reset leaves field %s as %v", name, got)
		}
	}
}

// A round of tidy leaves a collapsed string, which the checks of the
// later rounds take for granted.
func TestTidyRoundCollapses(t *testing.T) {
	pieces := []string{" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u0085", "(", ")", "[", "]", "<", ">", ".", ",", ";", ":", "a", "Ж", "\xff", "\xe2\x80", "x y", "( )", "[.]", "< >", " . ", " ,", "-", "–"}
	rng := rand.New(rand.NewSource(30))
	for n := 0; n < 200000; n++ {
		s := randomString(rng, pieces)
		if n%2 == 1 {
			s = longString(rng, pieces)
		}
		round := squeezePunctRuns(dropSpaceBefore(collapseSpaces(removeEmptyBrackets(s)), fieldPunct))
		if !isCollapsed(round) {
			t.Fatalf("a round of tidy on %q gives %q, not collapsed", s, round)
		}
	}
}

// A round of cleaning leaves a collapsed string, which the next round
// takes for granted when its markup steps change nothing.
func TestCleanRoundCollapses(t *testing.T) {
	pieces := []string{" ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u0085", ",", ";", " ,", "a", "Ж", "\xff", "\xe2\x80", "Mur- phy", "low- and", "x- ", "- y", "http:// x", "https://  a", "<i>", "</i>", "<a href=\"u\">t</a>", "[t](http://u)", "<http://u>", "\\_", "*", "_", "`", "é", "e\u0301"}
	rng := rand.New(rand.NewSource(31))
	for n := 0; n < 200000; n++ {
		s := randomString(rng, pieces)
		if n%2 == 1 {
			s = longString(rng, pieces)
		}
		if round := cleanOnce(s); !isCollapsed(round) {
			t.Fatalf("cleanOnce(%q) = %q, not collapsed", s, round)
		}
	}
}

// isPagesCue and inPrefixEnd read rePagesCue and reInPrefix by hand: they
// must answer as the regexps do, on random strings over the words and
// marks that matter and on the pieces of real references (every suffix
// that starts at a word, and each word with " 1" and ". 1" after it, as
// journalOnly tries them).
func TestPagesCueAndInPrefixMatchRegexps(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := isPagesCue(s), rePagesCue.re.MatchString(s); got != want {
			t.Fatalf("isPagesCue(%q) = %v, rePagesCue says %v", s, got, want)
		}
		want := -1
		if m := reInPrefix.re.FindStringIndex(s); m != nil {
			want = m[1]
		}
		if got := inPrefixEnd(s); got != want {
			t.Fatalf("inPrefixEnd(%q) = %d, reInPrefix ends at %d", s, got, want)
		}
	}
	pieces := []string{" ", "\t", "\n", ":", ".", ",", "1", "12", "x", "\xff", "é", "p", "P", "pp", "Pp.", "pages", "Page", "pg", "PG.", "s", "S", "ſ", "ss", "str", "STR.", "с", "С", "ᲃ", "стр", "Стр.", "б", "Б", "In", "in", "IN", "iN", "В", "в", "Dans", "En", "Im", "Springer", "Psychology", "Sage"}
	rng := rand.New(rand.NewSource(41))
	for n := 0; n < 200000; n++ {
		check(randomString(rng, pieces))
	}
	for _, ref := range referenceTexts(t) {
		for i := 0; i < len(ref); i++ {
			if i == 0 || ref[i-1] == ' ' {
				check(ref[i:])
				f, _, _ := strings.Cut(ref[i:], " ")
				f = trimPunct(f)
				check(f)
				check(f + " 1")
				check(f + ". 1")
			}
		}
	}
}

// startsWithFoldOf turns away by the first rune before it folds: it must
// answer as trying prefixFold with every head does.
func TestStartsWithFoldOfMatchesPrefixFold(t *testing.T) {
	heads := []string{"vol", "kn.", "s.a", "т.", "№", "š", "ред"}
	gate := startsWithFoldOf(heads...)
	pieces := []string{"v", "V", "o", "l", "k", "K", "\u212a", "n", ".", "s", "S", "ſ", "a", "т", "Т", "ᲄ", "№", "š", "Š", "р", "Р", "е", "д", " ", "\xff", "x", "Москва"}
	rng := rand.New(rand.NewSource(43))
	for n := 0; n < 100000; n++ {
		s := randomString(rng, pieces)
		want := false
		for _, h := range heads {
			want = want || prefixFold(s, h) >= 0
		}
		if got := gate(s); got != want {
			t.Fatalf("startsWithFoldOf(%q) = %v, prefixFold says %v", s, got, want)
		}
	}
}

// nextInClass skips eight bytes at a time: it must find what a byte
// search for the class's bytes finds, from every start.
func TestNextInClassMatchesIndexAny(t *testing.T) {
	classes := map[uint8]string{classFieldPunct: ".,;:", classGlueComma: ",;", classGOSTMark: ".,", classOpenBracket: "([<", classSpace: " ", classSentenceMark: ".?!", classBracket: "()[]"}
	pieces := []string{"(", ")", "[", "]", "<", ".", ",", ";", ":", "?", "!", " ", "x", "Ж", "\xff", "abcdefghij"}
	rng := rand.New(rand.NewSource(44))
	for n := 0; n < 20000; n++ {
		s := longString(rng, pieces)
		for class, bytes := range classes {
			for i := 0; i <= len(s); i++ {
				want := len(s)
				if k := strings.IndexAny(s[i:], bytes); k >= 0 {
					want = i + k
				}
				if got := nextInClass(s, i, class); got != want {
					t.Fatalf("nextInClass(%q, %d, %q) = %d, want %d", s, i, bytes, got, want)
				}
			}
		}
	}
}

// replaceAnchors reads reAnchor by hand: it must replace what the regexp
// replaced, on random strings over the pieces of anchors and on real
// references.
func TestReplaceAnchorsMatchesRegexp(t *testing.T) {
	viaRegexp := func(s string) string {
		return reAnchor.ReplaceAllStringFunc(s, func(m string) string {
			sub := reAnchor.FindStringSubmatch(m)
			return anchorText(sub[1], sub[2])
		})
	}
	check := func(s string) {
		t.Helper()
		if got, want := replaceAnchors(s), viaRegexp(s); got != want {
			t.Fatalf("replaceAnchors(%q) = %q, the regexp gives %q", s, got, want)
		}
	}
	pieces := []string{"<a", "<A", "<", "a", " ", "\t", "\n", "href=\"", "HREF=\"", "hReF=\"", "href=", "\"", ">", "</a>", "</A>", "</", "/a>", "x", "://", "http://x.org/", " text ", "\xff", "é", "<a href=\"http://y.org\">", "<a href=\"\">"}
	rng := rand.New(rand.NewSource(45))
	for n := 0; n < 200000; n++ {
		check(randomString(rng, pieces))
	}
	for _, ref := range referenceTexts(t) {
		check(ref)
	}
	check(`Meduza, July 28, 2025. <a href="https://meduza.io/feature/2025/07/28/x">https://meduza.io/feature/2025/07/28/x</a> Title`)
	check(`<a href="https://24.kg/english/315820" target="_blank">24.kg</a> and <A HREF="">text</A>`)
}

// replaceAnchorOpens reads reAnchorOpen by hand: it must replace what the
// regexp replaced, on random strings over the pieces of anchors and on
// real references.
func TestReplaceAnchorOpensMatchesRegexp(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := replaceAnchorOpens(s), reAnchorOpen.ReplaceAllString(s, " $1 "); got != want {
			t.Fatalf("replaceAnchorOpens(%q) = %q, the regexp gives %q", s, got, want)
		}
	}
	pieces := []string{"<a", "<A", "<", "a", " ", "\t", "\n", "\v", "href=\"", "HREF=\"", "hReF=\"", "href=", "hre\x02=\"", "\"", ">", "\" >", "\"\n>", "</a>", "x", "://", "http://x.org/", "\xff", "é", "<a href=\"http://y.org\">", "<a href=\"\">"}
	rng := rand.New(rand.NewSource(46))
	for n := 0; n < 200000; n++ {
		check(randomString(rng, pieces))
	}
	for _, ref := range referenceTexts(t) {
		check(ref)
	}
	check(`Meduza. <a href="https://meduza.io/x" target="_blank">Title`)
	check(`<a  href="https://24.kg/english/315820"  >24.kg and <A HREF="x`)
}

// tidy trims ASCII white space before its rounds; it must give what the
// rounds give on the untrimmed string (tidy as it was).
func TestTidyTrimsFirst(t *testing.T) {
	untrimmed := func(s string) string {
		for i := 0; i < 3; i++ {
			if i > 0 && isTidyCollapsed(s) || i == 0 && isTidy(s) {
				break
			}
			next := squeezePunctRuns(dropSpaceBefore(collapseSpaces(removeEmptyBrackets(s)), fieldPunct))
			if next == s {
				break
			}
			s = next
		}
		return strings.TrimSpace(trimASCII(s, " ,;:"))
	}
	pieces := []string{" ", "  ", "\t", "\n", "\v", "\f", "\r", "\u00a0", "\u2003", "(", ")", "[", "]", "<", ">", ".", ",", ";", ":", "a", "Ж", "\xff", "x y", "( )", "[.]", "< >", " . ", " ,", ". ,", "-"}
	rng := rand.New(rand.NewSource(31))
	for n := 0; n < 300000; n++ {
		s := randomString(rng, pieces)
		if n%2 == 1 {
			s = longString(rng, pieces)
		}
		if n%3 == 0 {
			s = pieces[rng.Intn(7)] + s + pieces[rng.Intn(7)]
		}
		if got, want := tidy(s), untrimmed(s); got != want {
			t.Fatalf("tidy(%q) = %q, want %q", s, got, want)
		}
	}
}

// indexSlashSeps and indexDotDash find what strings.Index finds.
func TestIndexSeps(t *testing.T) {
	pieces := []string{" ", "/", "//", " / ", " // ", ".", ". ", "–", "—", "\xe2", "\xe2\x80", "a", "Ж", " – ", ". – ", ".–"}
	rng := rand.New(rand.NewSource(32))
	for n := 0; n < 200000; n++ {
		s := randomString(rng, pieces)
		if n%2 == 1 {
			s = longString(rng, pieces)
		}
		double, single := indexSlashSeps(s)
		if want := strings.Index(s, " // "); double != want {
			t.Fatalf("indexSlashSeps(%q) double = %d, want %d", s, double, want)
		}
		if want := strings.Index(s, " / "); single != want {
			t.Fatalf("indexSlashSeps(%q) single = %d, want %d", s, single, want)
		}
		if got, want := indexDotDash(s), strings.Index(s, ". – "); got != want {
			t.Fatalf("indexDotDash(%q) = %d, want %d", s, got, want)
		}
	}
}

// hasGluedComma and hasGOSTDash tell whether spaceGluedCommas and
// spaceGOSTDashes may change a string: the scans without them must change
// no string they turn away.
func TestGluedCommaGOSTDashGates(t *testing.T) {
	pieces := []string{" ", "\t", ",", ";", ".", "-", "–", "—", "\xe2", "\xe2\x80", "A", "a", "Ж", "ж", "É", ". - ", ".- ", ", — ", ",A", ";Ж", "x"}
	rng := rand.New(rand.NewSource(33))
	commas := func(s string) string { // spaceGluedCommas without its gate
		var b []byte
		last := 0
		for i := 0; i+1 < len(s); i++ {
			if i = nextInClass(s, i, classGlueComma); i+1 >= len(s) {
				break
			}
			if isUpperAt(s, i+1) {
				b = append(append(b, s[last:i+1]...), ' ')
				last = i + 1
			}
		}
		if last == 0 {
			return s
		}
		return string(append(b, s[last:]...))
	}
	dashes := func(s string) string { // spaceGOSTDashes without its gate
		var b []byte
		last := 0
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
			return s
		}
		return string(append(b, s[last:]...))
	}
	for n := 0; n < 300000; n++ {
		s := randomString(rng, pieces)
		if n%2 == 1 {
			s = longString(rng, pieces)
		}
		if got, want := hasGluedComma(s), commas(s) != s; got != want {
			t.Fatalf("hasGluedComma(%q) = %v, want %v", s, got, want)
		}
		if got, want := spaceGluedCommas(s), commas(s); got != want {
			t.Fatalf("spaceGluedCommas(%q) = %q, want %q", s, got, want)
		}
		// (A match may rewrite " – " as itself: the gate may admit a
		// string the scan leaves as it is, never the other way round.)
		if !hasGOSTDash(s) && dashes(s) != s {
			t.Fatalf("hasGOSTDash(%q) = false, but spaceGOSTDashes changes it", s)
		}
		if got, want := spaceGOSTDashes(s), dashes(s); got != want {
			t.Fatalf("spaceGOSTDashes(%q) = %q, want %q", s, got, want)
		}
	}
}

// The cue passes search s lowered into a buffer: appendLower gives
// toLower's bytes, and indexWord answers as indexWordSpec.
func TestIndexWord(t *testing.T) {
	pieces := []string{" ", "a", "A", "on", "online", "url", "Ж", "ж", "ресурс", "\xff", "\xd0", "é", "É", "-", ".", "1", "ſ", "K", "İ"}
	phrases := []string{"online", "url", "a", "on", "ресурс", "accessed on", "-", "1", "é", "\xd0"}
	rng := rand.New(rand.NewSource(34))
	for n := 0; n < 200000; n++ {
		s := randomString(rng, pieces)
		if n%2 == 1 {
			s = longString(rng, pieces)
		}
		low := appendLower(nil, s)
		if string(low) != toLower(s) {
			t.Fatalf("appendLower(%q) = %q, toLower gives %q", s, low, toLower(s))
		}
		for _, ph := range phrases {
			if got, want := indexWord(low, ph), indexWordSpec(string(low), ph); got != want {
				t.Fatalf("indexWord(%q, %q) = %d, want %d", low, ph, got, want)
			}
			if got, want := indexBytes([]byte(s), ph), strings.Index(s, ph); got != want {
				t.Fatalf("indexBytes(%q, %q) = %d, want %d", s, ph, got, want)
			}
		}
	}
}

// cueSet.containsAny, on strings and on bytes, answers as containsWord on
// each phrase does; firstWordsJoinedBytes as firstWordsJoined.
func TestCueSetContainsAny(t *testing.T) {
	pieces := []string{" ", "  ", "\t", "\u00a0", "a", "no", "no.", "ob", "report", "conference", "ж", "доклад", "\xff", "\xd0", "é", "-", ".", "1", "x y", "_", "ſ"}
	rng := rand.New(rand.NewSource(35))
	sets := []*cueSet{newCueSet([]string{"&", "no", "ж"})} // phrases of one byte (and rune) too
	for _, section := range []cueSection{cueLegislation, cueThesis, cueConference, cueNews, cueReport, cueJournal, cueOrganisation} {
		sets = append(sets, testLex.cueSets[section])
	}
	pieces = append(pieces, "&")
	for _, cs := range sets {
		for n := 0; n < 6000; n++ {
			s := randomString(rng, pieces)
			if n%2 == 1 {
				s = longString(rng, pieces)
			}
			if n%3 == 0 && len(cs.phrases) > 0 { // a phrase inside
				s += cs.phrases[rng.Intn(len(cs.phrases))] + randomString(rng, pieces)
			}
			want := false
			for _, p := range cs.phrases {
				if containsWord(s, p) {
					want = true
					break
				}
			}
			if got := cs.containsAny(s); got != want {
				t.Fatalf("containsAny(%q) = %v, want %v", s, got, want)
			}
			if got := containsAnyOf(cs, []byte(s)); got != want {
				t.Fatalf("containsAnyOf(%q as bytes) = %v, want %v", s, got, want)
			}
			for k := 1; k <= 5; k++ {
				if got, want := string(firstWordsJoined([]byte(s), k)), strings.Join(firstWords(s, k), " "); got != want {
					t.Fatalf("firstWordsJoined(%q as bytes, %d) = %q, want %q", s, k, got, want)
				}
			}
		}
	}
}

// pagesAfterCue must read the range rePages reads, on strings that start
// with its cues and on real reference pieces.
func TestPagesAfterCue(t *testing.T) {
	check := func(s string) bool {
		t.Helper()
		r, ok := pagesAfterCue(s)
		if !ok {
			return false
		}
		if m := rePages.re.FindStringSubmatch(s); m == nil || m[1] != r {
			t.Fatalf("pagesAfterCue(%q) = %q, rePages reads %q", s, r, m)
		}
		return true
	}
	cues := []string{"p.", "pp.", "P.", "PP.", "Pp.", "p", "pp", "p.p.", "ppp.", "s.", ""}
	pieces := []string{"1", "54", "2020", "a", "b", "A", "ſ", "(", ")", "3", "1-2", " ", "\n", "\t", ":", "–", "-", "—", "‐", "‑", "pp", "p.", "s", "\xff", "ж", ".", "с."}
	rng := rand.New(rand.NewSource(29))
	hits := 0
	for n := 0; n < 200000; n++ {
		if check(cues[rng.Intn(len(cues))] + randomString(rng, pieces)) {
			hits++
		}
	}
	if hits < 200 {
		t.Errorf("only %d ranges tried", hits)
	}
	for _, r := range referenceTexts(t) {
		for _, f := range strings.FieldsFunc(r, func(c rune) bool { return c == ',' || c == ';' }) {
			check(strings.TrimSpace(f))
		}
	}
}

// indexWordSpec is indexWord on a string with strings.Index, as it was.
func indexWordSpec(s, phrase string) int {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], phrase)
		if i < 0 {
			return -1
		}
		i += off
		if boundaryBefore(s, i, phrase) && boundaryAfter(s, i+len(phrase), phrase) {
			return i
		}
		off = i + 1
	}
	return -1
}

// decodeRune, boundaryBefore and boundaryAfter read ASCII at once and
// decode other runes from a copy of the few bytes around the position: on
// strings and bytes alike, they must answer as decoding the whole string
// does.
func TestBoundaryMatchesDecode(t *testing.T) {
	pieces := []string{" ", "a", "Z", "1", "Ж", "ж", "é", "\xff", "\xd0", "\xe2\x80", "\x80", "-", ".", "ǅ", "𝔸", "٣", "\u00a0"}
	phrases := []string{"a", "-", "ж", ".x", "x.", "é"}
	rng := rand.New(rand.NewSource(35))
	for n := 0; n < 20000; n++ {
		s := randomString(rng, pieces)
		for i := 0; i <= len(s); i++ {
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			at, size := utf8.DecodeRuneInString(s[i:])
			if r, n := decodeRune(s[i:]); r != at || n != size {
				t.Fatalf("decodeRune(%q) = %q, %d, want %q, %d", s[i:], r, n, at, size)
			}
			if r, n := decodeRune([]byte(s[i:])); r != at || n != size {
				t.Fatalf("decodeRune(%q as bytes) = %q, %d, want %q, %d", s[i:], r, n, at, size)
			}
			for _, ph := range phrases {
				first, _ := utf8.DecodeRuneInString(ph)
				last, _ := utf8.DecodeLastRuneInString(ph)
				wantBefore := i == 0 || !isWordRune(first) || !isWordRune(before)
				wantAfter := i >= len(s) || !isWordRune(last) || !isWordRune(at)
				if boundaryBefore(s, i, ph) != wantBefore || boundaryBefore([]byte(s), i, ph) != wantBefore {
					t.Fatalf("boundaryBefore(%q, %d, %q) != %v", s, i, ph, wantBefore)
				}
				if boundaryAfter(s, i, ph) != wantAfter || boundaryAfter([]byte(s), i, ph) != wantAfter {
					t.Fatalf("boundaryAfter(%q, %d, %q) != %v", s, i, ph, wantAfter)
				}
			}
		}
	}
}
