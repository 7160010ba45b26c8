package cite

import (
	"bytes"
	"fmt"
	"math/rand"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/refs"
	"github.com/claimgraph/claimgraph/nlp"
)

// supTextCallouts must find what the unanchored pattern finds.
func TestSupTextCalloutsMatchRegexp(t *testing.T) {
	// supTextAt's pattern, unanchored.
	unanchored := regexp.MustCompile(`[\p{Ll}\p{Lu}.,;:)”"»](\d{1,3}(?:[,–-]\d{1,3})*)(?:\s|$)`)
	// Pieces rather than runes, so that invalid UTF-8 is tried too.
	pieces := []string{" ", "\n", "\t", "\f", "\r", "\v", "\u00a0", "a", "Z", "ж", "Ж", "ǅ", "ß", "ª", "ʰ", ".", ",", ";", ":", ")", "”", "\"", "»", "(", "1", "12", "123", "1234", "-", "–", "—", "\xff", "\xe2\x80", "é"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 100000; n++ {
		s := ""
		for i := rng.Intn(14); i > 0; i-- {
			s += pieces[rng.Intn(len(pieces))]
		}
		if got, want := supTextCallouts(s), unanchored.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("supTextCallouts(%q) = %v, the regexp gives %v", s, got, want)
		}
	}
}

// parenCallout tries reYearTok only where mayHoldYearToken says it can match.
func TestMayHoldYearTokenAdmitsEveryMatch(t *testing.T) {
	pieces := []string{" ", "(", "a", "ж", "1", "15", "19", "20", "2019", "1499", "2100", "b", "n.", "N.", "n", ".", "d.", "б.", "Б.", "г.", "\xff"}
	rng := rand.New(rand.NewSource(2))
	for n := 0; n < 100000; n++ {
		s := ""
		for i := rng.Intn(10); i > 0; i-- {
			s += pieces[rng.Intn(len(pieces))]
		}
		if !mayHoldYearToken(s) && reYearTok.MatchString(s) {
			t.Fatalf("mayHoldYearToken(%q) = false, but reYearTok matches", s)
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// The table path of the speller must read a word as spell does.
func TestSpellTableMatchesSpell(t *testing.T) {
	pieces := []string{"a", "Z", "1", "-", "'", "`", "ʼ", "’", "ж", "Ж", "ё", "Ё", "ә", "Ә", "і", "І", "ң", "Ұ", "һ", "Ӏ", "ӏ", "č", "Č", "ž", "İ", "ı", "ß", "é", "É", "Σ", "ς", "ϒ", "µ", "ª", "²", "×", "…", "\xff", "\xd0"}
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 100000; n++ {
		s := ""
		for i := rng.Intn(6) + 1; i > 0; i-- {
			s += pieces[rng.Intn(len(pieces))]
		}
		var want, got spelling
		spell(&want, s)
		if isASCII(s) || !spellTable(&got, s, newSpeller(s)) { // (the speller reads ASCII words itself)
			continue
		}
		got.noAbbrev = false
		if got != want {
			t.Fatalf("spellTable(%q) = %+v, spell gives %+v", s, got, want)
		}
	}
}

// The speller reads every word as spell does, and the words classify's
// fast path skips (no abbreviation, no hyphen, not in wordFilter) have no
// class.
func TestSpellerMatchesSpell(t *testing.T) {
	pieces := []string{"a", "Z", "1", "-", "'", "`", "’", "ж", "Ж", "ё", "Ё", "ә", "č", "İ", "(", ")", ".", ",", "\"", "«", "»", " ", " ", " ",
		"ministry", "Ministry", "of", "Of", "The", "and", "пресс-служба", "agencies", "agencys", "пресс", "служба", "министерство", "МВД", "ХКҰ", "said", "according", "WHO", "the", "ORG", "statistics", "Statistics", "Bank", "UN", "IOM",
		"InternationalOrganizationForMigrationAndDevelopmentOfTheKyrgyzRepublic", "0", "9", "@", "_", "~", "\x7f"}
	rng := rand.New(rand.NewSource(4))
	at := testLex.at
	for n := 0; n < 3000; n++ {
		s := ""
		for i := rng.Intn(30); i > 0; i-- {
			s += pieces[rng.Intn(len(pieces))]
		}
		x := extractor{d: &doc.Document{Text: s}, lx: testLex}
		for _, tk := range x.attribTokens(false) {
			core := s[tk.s:tk.e]
			var want spelling
			spell(&want, core)
			got := tk.spelling
			got.noAbbrev = false
			if got != want {
				t.Fatalf("word %q of %q: speller gives %+v, spell %+v", core, s, got, want)
			}
			if isASCII(core) && !tk.sym {
				upper := 0
				for _, r := range core {
					if unicode.IsUpper(r) {
						upper++
					}
				}
				if want := upper < 2 || strings.ToUpper(core) != core; tk.noAbbrev != want {
					t.Fatalf("word %q: noAbbrev %v, want %v", core, tk.noAbbrev, want)
				}
			}
			if c := at.wordClasses[tk.low]; tk.noAbbrev && c != nil {
				if got := classify(&tk.spelling, core, at); *got != *c {
					t.Fatalf("word %q: classify gives %+v, wordClasses %+v", core, *got, *c)
				}
			}
			if tk.noAbbrev && !at.mayClass(tk.low) && strings.IndexByte(tk.low, '-') < 0 {
				if c := classify(&tk.spelling, core, at); *c != (wordClass{}) {
					t.Fatalf("word %q: skipped by classify's fast path, but its class is %+v", core, *c)
				}
			}
		}
	}
}

// findYearTok and appendYearToks must find what reYearTok finds.
func TestFindYearTokMatchesRegexp(t *testing.T) {
	pieces := []string{" ", "\t", "\n", "(", ")", ",", ";", ".", "a", "b", "h", "i", "z", "A", "ж", "é", "1", "0", "9", "15", "19", "20", "2019", "1499", "2100", "1850",
		"n", "N", "d", "D", "n.", "N.", "n.d", "n. d.", "d.", "б", "Б", "б.", "Б.", "г", "Г", "г.", "б. г.", "\xff", "\xd0", "²", "٣", "–"}
	rng := rand.New(rand.NewSource(5))
	for n := 0; n < 100000; n++ {
		s := ""
		for i := rng.Intn(10); i > 0; i-- {
			s += pieces[rng.Intn(len(pieces))]
		}
		var m yearMatch
		var got []int
		if findYearTok(s, 0, &m) {
			got = m[:]
		}
		if want := reYearTok.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("findYearTok(%q) = %v, the regexp gives %v", s, got, want)
		}
		var all [][]int
		for _, m := range appendYearToks(nil, s) {
			all = append(all, m[:])
		}
		if want := reYearTok.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(all, want) {
			t.Fatalf("appendYearToks(%q) = %v, the regexp gives %v", s, all, want)
		}
	}
}

// foldMinSpec is foldMin without its ASCII fast path (the oracle of
// TestFoldMin).
func foldMinSpec(r rune) rune {
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	return m
}

// foldMin finds the least rune of each rune's orbit, as foldMinSpec does.
func TestFoldMin(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if got, want := foldMin(r), foldMinSpec(r); got != want {
			t.Fatalf("foldMin(%q) = %q, want %q", r, got, want)
		}
	}
}

// mayHavePrefix admits every string rePrefix matches.
func TestMayHavePrefixAdmitsEveryMatch(t *testing.T) {
	words := []string{"e.g.,", "i.e.", "see also", "see", "cf.", "for example,", "for instance", "but see", "as cited in", "quoted in", "напр.,", "см.", "см. также", "мысалы", "glej"}
	for r := rune(0); r < 0x3000; r++ {
		for _, w := range words {
			rs := []rune(w)
			for pos := range 2 {
				v := slices.Clone(rs)
				v[pos] = r
				for _, lead := range []string{"", " \t"} {
					s := lead + string(v) + " Smith, 2005"
					if rePrefix.MatchString(s) && !mayHavePrefix(s) {
						t.Fatalf("mayHavePrefix(%q) = false, but rePrefix matches", s)
					}
				}
			}
		}
	}
	for _, w := range words {
		for _, s := range []string{w, strings.ToUpper(w), strings.ToTitle(w)} {
			s += " Smith, 2005"
			if rePrefix.MatchString(s) != mayHavePrefix(s) {
				t.Errorf("mayHavePrefix(%q) = %v", s, mayHavePrefix(s))
			}
		}
	}
	if !mayHavePrefix("  See also") || mayHavePrefix("Jones") || mayHavePrefix("Smith") || mayHavePrefix("Saunders") {
		t.Errorf("mayHavePrefix: wrong answer")
	}
}

// spaceAt finds the spaces unicode.IsSpace finds where the decoder steps,
// and none inside a rune.
func TestSpaceAt(t *testing.T) {
	pieces := []string{" ", "\t", "\n", "\v", "a", "ж", "\u0085", "\u00a0", "\u1680", "\u2002", "\u2009", "\u200b", "\u2028", "\u202f", "\u205f", "\u3000", "\u3001", "–", "\xc2", "\xe2\x80", "\xe2", "\xff", "\u00c2", "\u00e2"}
	rng := rand.New(rand.NewSource(6))
	for n := 0; n < 20000; n++ {
		s := ""
		for i := rng.Intn(12); i > 0; i-- {
			s += pieces[rng.Intn(len(pieces))]
		}
		start := make([]bool, len(s))
		for i := 0; i < len(s); {
			start[i] = true
			r, w := utf8.DecodeRuneInString(s[i:])
			want := 0
			if unicode.IsSpace(r) {
				want = w
			}
			if got := spaceAt(s, i); got != want {
				t.Fatalf("spaceAt(%q, %d) = %d, want %d", s, i, got, want)
			}
			i += w
		}
		for i := range s {
			if !start[i] && spaceAt(s, i) != 0 {
				t.Fatalf("spaceAt(%q, %d): a space inside a rune", s, i)
			}
		}
	}
}

// The flags of one ASCII mark on each side are punctFlags'.
func TestPunctByte(t *testing.T) {
	for a := -1; a < utf8.RuneSelf; a++ {
		for b := -1; b < utf8.RuneSelf; b++ {
			lead, trail := "", ""
			if a >= 0 {
				lead = string(rune(a))
			}
			if b >= 0 {
				trail = string(rune(b))
			}
			if got, want := punctByte(lead, true)|punctByte(trail, false), punctFlags(lead, trail); got != want {
				t.Fatalf("punct flags of %q, %q: %b, want %b", lead, trail, got, want)
			}
		}
	}
}

// entriesNamed finds the entries a full scan with nameMatch finds.
func TestEntriesNamedMatchesScan(t *testing.T) {
	for _, seed := range []string{"001", "002", "003", "004"} {
		d := seedDocument(t, seed, testRefsLex)
		rs := refs.Extract(d, testRefsLex)
		ix := newIndex(rs, testLex)
		ix.prepareMatch() // (nameMatch below reads the entries first)
		var names []string
		for _, r := range rs {
			for _, a := range r.CSL.Author {
				k := a.Key()
				names = append(names, k, strings.ToUpper(k), k+"s", strings.Fields(k + " x")[0], a.Literal, k+" of x", strings.Join(strings.Fields(a.Literal + " x y")[:2], " "))
			}
			names = append(names, r.Raw[:min(len(r.Raw), 12)])
		}
		for _, w := range names {
			n := ix.calloutName(w)
			var want []int
			for i := range ix.entries {
				if nameMatch(n, &ix.entries[i]) {
					want = append(want, i)
				}
			}
			if got := ix.entriesNamed(w).entries; !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %s, name %q: entriesNamed %v, a scan finds %v", seed, w, got, want)
			}
		}
	}
}

// entriesNamed finds the entries a full scan with nameMatch finds, for
// random reference lists: each of nameMatch's branches (the first name,
// its skeleton, a first name with a space either way, acronyms, quoted
// names, the start of an entry without authors) against names built from
// the entries and near misses of them.
func TestEntriesNamedMatchesScanRandom(t *testing.T) {
	words := []string{"world", "bank", "World Bank", "smith", "Smyth", "of", "the", "Иванов", "Ivanov", "Хамзин", "Khamzin", "agency", "statistics", "O'Reilly", "Zwolińska-Ligaj", "un", "UN", "ab", "abcd", "—", "365info.kz", "Ёлкин"}
	rng := rand.New(rand.NewSource(14))
	phrase := func(n int) string {
		ws := make([]string, n)
		for k := range ws {
			ws[k] = words[rng.Intn(len(words))]
		}
		return strings.Join(ws, " ")
	}
	for doc := 0; doc < 300; doc++ {
		// unworded: an entry's first name folds to no word, which a name
		// with a space cannot be compared with (tokensWithin).
		unworded := rng.Intn(4) == 0
		var rs []refs.Reference
		for r := rng.Intn(12); r >= 0; r-- {
			var ref refs.Reference
			ref.Raw = phrase(1+rng.Intn(5)) + ". Title, 2020."
			for a := rng.Intn(3); a > 0; a-- {
				switch rng.Intn(5) {
				case 0:
					ref.CSL.Author = append(ref.CSL.Author, refs.Name{Family: phrase(1 + rng.Intn(2)), Given: "A."})
				case 1:
					ref.CSL.Author = append(ref.CSL.Author, refs.Name{Literal: phrase(1+rng.Intn(4)) + " (" + phrase(1) + ")"})
				case 2:
					ref.CSL.Author = append(ref.CSL.Author, refs.Name{Literal: phrase(1+rng.Intn(3)) + " «" + phrase(1+rng.Intn(2)) + "»"})
				case 3:
					if unworded {
						ref.CSL.Author = append(ref.CSL.Author, refs.Name{Family: "—"})
						break
					}
					fallthrough
				default:
					ref.CSL.Author = append(ref.CSL.Author, refs.Name{Family: words[rng.Intn(len(words))]})
				}
			}
			rs = append(rs, ref)
		}
		ix := newIndex(rs, testLex)
		ix.prepareMatch() // (nameMatch below reads the entries first)
		for ei := range ix.entries {
			if e := &ix.entries[ei]; e.nAuthors > 0 && len(e.firstWords) == 0 {
				unworded = true
			}
		}
		var names []string
		for _, r := range rs {
			names = append(names, r.Raw[:min(len(r.Raw), rng.Intn(30))], phrase(1+rng.Intn(3)))
			for _, a := range r.CSL.Author {
				k := a.Key()
				names = append(names, k, strings.ToUpper(k), k+" "+phrase(1), strings.Fields(k + " x")[0], strings.Join(strings.Fields(k + " x y")[:2], " "))
			}
		}
		for ei := range ix.entries {
			names = append(names, ix.entries[ei].acronyms...)
			names = append(names, ix.entries[ei].quoted...)
		}
		for _, w := range names {
			n := ix.calloutName(w)
			if unworded && n.spaced {
				continue
			}
			var want []int
			for i := range ix.entries {
				if nameMatch(n, &ix.entries[i]) {
					want = append(want, i)
				}
			}
			if got := ix.entriesNamed(w).entries; !reflect.DeepEqual(got, want) {
				t.Fatalf("doc %d, name %q: entriesNamed %v, a scan finds %v", doc, w, got, want)
			}
		}
	}
}

// makeTok strips the marks around a word as decoding every rune would.
func TestMakeTokStrip(t *testing.T) {
	pieces := []string{"a", "Ж", "ж", "(", "\"", "“", "«", "„", "'", "‘", "[", "{", "*", "_", ".", ",", ";", ":", "!", "?", ")", "”", "»", "’", "]", "}", "…", "\xc2", "\xe2\x80", "\xbb", "\x9d", "é", "–", "s"}
	strip := func(t string) (int, int) { // the loops as they were
		s, e := 0, len(t)
		for s < e && strings.IndexByte(leadPunctASCII, t[s]) >= 0 {
			s++
		}
		for s < e {
			r, w := utf8.DecodeRuneInString(t[s:e])
			if r < utf8.RuneSelf || !strings.ContainsRune(leadPunct, r) {
				break
			}
			s += w
		}
		for e > s {
			if b := t[e-1]; b < utf8.RuneSelf {
				if strings.IndexByte(trailPunctASCII, b) < 0 {
					break
				}
				e--
				continue
			}
			r, w := utf8.DecodeLastRuneInString(t[s:e])
			if !strings.ContainsRune(trailPunct, r) {
				break
			}
			e -= w
		}
		return s, e
	}
	rng := rand.New(rand.NewSource(7))
	for n := 0; n < 50000; n++ {
		w := ""
		for i := rng.Intn(7) + 1; i > 0; i-- {
			w += pieces[rng.Intn(len(pieces))]
		}
		var tk atok
		makeTok(&tk, w, 0, len(w), newSpeller(w))
		s, e := strip(w)
		if tk.poss {
			continue // (the possessive moves the end)
		}
		if int(tk.s) != s || int(tk.e) != e {
			t.Fatalf("makeTok(%q): word at %d:%d, want %d:%d", w, tk.s, tk.e, s, e)
		}
	}
}

// attributions reads only the runs of words attribTokens keeps with its
// gate, and finds what it finds reading every word: on the seeds and on
// random texts cut into sentences and paragraphs, with words outside any.
func TestAttributionsGate(t *testing.T) {
	for _, seed := range []string{"000", "001", "002", "003", "004"} {
		d := seedDocument(t, seed, testRefsLex)
		x := extractor{d: d, lx: testLex}
		res := Extract(d, refs.Extract(d, testRefsLex), testLex)
		if got, want := x.attributionsGated(res.Citations, true), x.attributionsGated(res.Citations, false); !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %s: gated %v, ungated %v", seed, got, want)
		}
	}
	pieces := []string{"according", "to", "According", "the", "The", "the", "the", "World", "Bank", "Bank's", "Ministry", "of", "Labour,", "said", "says,", "reported", "by",
		"data", "from", "Minister", "deputy", "head", "Agency's", "figures", ",", ".", "(IOM)", "IOM", "as", "told", "interview", "with", "Human", "Rights", "Watch", "and",
		"Migration", "Social", "Development", "Kazakhstan's", "Statistics’", "(UN", "ESCAP)", "“", "”", "2023", "survey", "conducted", "WHO", "Who", "a", "of", "Source:",
		"по", "данным", "словам", "Министерства", "труда", "сообщил", "заявил", "министр", "МВД", "Росстата,", "пресс-служба", "Дүниежүзілік", "банктің", "мәліметінше",
		"po", "podatkih", "Statističnega", "urada", "RS", "je", "povedal", "Zavod", "za", "zaposlovanje",
		// Words before the first words of patterns with a slot on the left
		// (the gate reads the run for one a slot needs: orgWordIn).
		"study", "analysis", "found", "states", "noted", "ministry", "ministries", "Ministries", "banks", "agency", "has", "also", "its",
		"IOM-a", "ХКҰ-ның", "UN", "G20", "Deputy", "spokesperson", "office", "Office", "министр", "министрлігі", "Статистика", "агентство", "отметил"}
	rng := rand.New(rand.NewSource(6))
	found := 0
	for n := 0; n < 3000; n++ {
		d := randomGateDocument(rng, pieces, 80)
		x := extractor{d: d, lx: testLex}
		got, want := x.attributionsGated(nil, true), x.attributionsGated(nil, false)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: gated %v, ungated %v", d.Text, got, want)
		}
		found += len(want)
	}
	if found < 100 {
		t.Errorf("only %d attributions in the random texts", found)
	}
}

// randomGateDocument returns a text of up to words+1 pieces, cut into
// paragraphs (of random languages) and sentences, with words outside any.
func randomGateDocument(rng *rand.Rand, pieces []string, words int) *doc.Document {
	var b strings.Builder
	var starts, ends []int
	for i := rng.Intn(words); i >= 0; i-- {
		if b.Len() > 0 {
			b.WriteString([]string{" ", " ", " ", "\n", " "}[rng.Intn(5)])
		}
		starts = append(starts, b.Len())
		b.WriteString(pieces[rng.Intn(len(pieces))])
		ends = append(ends, b.Len())
	}
	d := &doc.Document{Text: b.String()}
	// Paragraphs and sentences over runs of words, some words in none.
	for k := 0; k < len(starts); {
		m := min(k+rng.Intn(30), len(starts)-1)
		if rng.Intn(5) > 0 {
			d.Paragraphs = append(d.Paragraphs, doc.Paragraph{Span: doc.Span{Start: starts[k], End: ends[m]}, Lang: []string{"en", "ru", "kk", "sl"}[rng.Intn(4)]})
			for s := k; s <= m; {
				e := min(s+rng.Intn(12), m)
				if rng.Intn(4) > 0 {
					d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: starts[s], End: ends[e]}})
				}
				s = e + 1
			}
		}
		k = m + 1
	}
	return d
}

// The gate keeps a run for a pattern with an organisation's name on the
// left only where mayEndNameBefore lets the name end before its first
// word: with a lexicon whose names end in lower-case words, and words
// with and without stops, possessives and capitals at every distance
// from the first word, the gated attributions are the ungated ones.
func TestAttributionsGateNameEnd(t *testing.T) {
	fs := fstest.MapFS{"a.lex": {Data: []byte("[pattern]\nORG data | en\nORG's ~3 figures | en\nORG ~2 found | en\nPERSON said | en\n" +
		"[org-head]\nministry\n[org-name]\nAlpha beta\nIOM\nAB CD\n[not-org]\nGDP\n[legal]\nlaw\n[role]\nhead\n[aux]\nhas\nalso\n[connector]\nof\n[stopword]\nthe\n[caption]\nsource\n")}}
	at, err := loadAttrib(fs, "a.lex")
	if err != nil {
		t.Fatal(err)
	}
	lx := &Lexicon{at: at}
	pieces := []string{"data", "figures", "found", "said", "data", "figures", "found", "said", "Alpha", "Alpha", "Alpha_", "Alpha*", "beta", "beta", "beta,", "beta)", "beta's", "Beta", "data", "Data", "figures", "found", "said", "has", "also", "Has", "Also", "the", "The", "of",
		"ministry", "Ministry", "ministry's", "ministry,", "Alpha's", "recent", "new", "x", "2023", "2023's", "head", "Zed", "Zed's", "Zed,",
		"(IOM)", "IOM", "IOM's", "(AB", "CD)", "CD),", "Ministry.", "done;", "so:", "ok!", "why?", "]", "x]", "((a", "“Zed”", "Zed’s", "že", "Že"}
	rng := rand.New(rand.NewSource(21))
	found := 0
	for n := 0; n < 40000; n++ {
		d := randomGateDocument(rng, pieces, 12)
		x := extractor{d: d, lx: lx}
		got, want := x.attributionsGated(nil, true), x.attributionsGated(nil, false)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: gated %v, ungated %v", d.Text, got, want)
		}
		found += len(want)
	}
	if found < 1000 {
		t.Errorf("only %d attributions in the random texts", found)
	}
}

// mayASCII reads an ASCII word as may reads it lower-cased.
func TestWordFilterMayASCII(t *testing.T) {
	at := testLex.at
	rng := rand.New(rand.NewSource(7))
	for w := range at.anchors {
		if isASCII(w) && !at.anchorWords.mayASCII(strings.ToUpper(w)) {
			t.Fatalf("mayASCII(%q) = false", strings.ToUpper(w))
		}
	}
	for n := 0; n < 100000; n++ {
		w := make([]byte, 1+rng.Intn(8))
		for i := range w {
			w[i] = byte(32 + rng.Intn(95))
		}
		if got, want := at.anchorWords.mayASCII(string(w)), at.anchorWords.may(strings.ToLower(string(w))); got != want {
			t.Fatalf("mayASCII(%q) = %v, may of its lower case %v", w, got, want)
		}
		for _, f := range []*wordFilter{&at.orgClassWords, &at.nameWords} {
			if got, want := f.hasWordASCII(string(w)), f.hasWord(strings.ToLower(string(w))); got != want {
				t.Fatalf("hasWordASCII(%q) = %v, hasWord of its lower case %v", w, got, want)
			}
		}
	}
}

// mayAnchorStart lets through every word that is a pattern's first word.
func TestMayAnchorStartAdmitsEveryAnchor(t *testing.T) {
	at := testLex.at
	pieces := []string{"a", "s", "S", "'", "’", "`", "ʼ", "-", ".", ",", "(", ")", "\"", "“", "»", "1", "ё", "Ё", "е", "İ", "\xff", "\xd0", "é",
		"по", "По", "ПО", "данным", "ДАННЫМ", "сообщил", "Сообщила", "СООБЩИЛ", "сообщ", "как", "об", "po", "Po", "podatkih", "poročal", "poroča", "kot",
		"according", "According", "ACCORDING", "as", "As", "said", "Says", "data", "Data's", "told", "ac", "acc", "reported", "by", "the", "of",
		"abc", "Abc", "ABC", "abcd", "x", "X", "xy", "Xy", "1st", "1St", "2", "2-3", "–", "—", "№", "Ⓐ", "’x", "'xʼ"}
	// And a lexicon with a stem of three letters, words of one to three
	// and first words that start with a digit or a rune of three bytes
	// (firstBytes), and one with first words that "ʼ" and "’" fold to.
	const rest = "[org-head]\nministry\n[org-name]\nIOM\n[not-org]\nGDP\n[legal]\nlaw\n[role]\nhead\n[aux]\nhas\n[connector]\nof\n[stopword]\nin\n[caption]\nsource\n"
	fs := fstest.MapFS{"a.lex": {Data: []byte("[pattern]\nabc* ORG | en\nx/xy/xyz/1st/2-3/–x ORG | en\n" + rest)},
		"b.lex": {Data: []byte("[pattern]\n'x/x'/a'x/'x'/по'а* ORG | en\n" + rest)}}
	small, err := loadAttrib(fs, "a.lex")
	if err != nil {
		t.Fatal(err)
	}
	quote, err := loadAttrib(fs, "b.lex")
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(8))
	admitted, anchors := 0, 0
	for n := 0; n < 200000; n++ {
		at := []*attribLexicon{at, small, quote}[n%3]
		w := ""
		for i := rng.Intn(4) + 1; i > 0; i-- {
			w += pieces[rng.Intn(len(pieces))]
		}
		var tk atok
		makeTok(&tk, w, 0, len(w), newSpeller(w))
		may := at.mayAnchorStart(w[leadEnd(w, 0, len(w)):])
		if !tk.sym && at.isAnchor(tk.low) {
			anchors++
			if !may {
				t.Fatalf("mayAnchorStart(%q) = false, but %q is a pattern's first word", w, tk.low)
			}
		}
		if may {
			admitted++
		}
	}
	if anchors < 1000 {
		t.Errorf("only %d anchors tried", anchors)
	}
	t.Logf("%d anchors, %d words of 200000 admitted", anchors, admitted)
}

// wordEnd finds the space that ends a word as a byte by byte scan does.
func TestWordEnd(t *testing.T) {
	pieces := []string{"a", "Z", "1", "!", "~", " ", "\t", "\n", "\r", "\x01", "\x1f", "\x7f", "\u00a0", "\u0085", "\u2003", "\u3000", "\u1680", "ж", "é", "—", "“", "\xff", "\xc2", "\xe2\x80", "abcdefgh", "abcdefghijklmnop",
		"данным", "сообщили", "\u0800", "\u1234", "\u2019", "\u3042", "\xe0", "\xe3", "\xe1", "\x20\x21"}
	slow := func(s string, i int) int {
		j := i + 1
		for j < len(s) && spaceAt(s, j) == 0 {
			j++
		}
		return j
	}
	rng := rand.New(rand.NewSource(9))
	for n := 0; n < 100000; n++ {
		s := ""
		for i := rng.Intn(12) + 1; i > 0; i-- {
			s += pieces[rng.Intn(len(pieces))]
		}
		for i := 0; i < len(s); i++ {
			if got, want := wordEnd(s, i), slow(s, i); got != want {
				t.Fatalf("wordEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// foldRefs is Lexicon.fold on refs.Fold of the whole word, without the
// table.
func foldRefs(lx *Lexicon, s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range refs.Fold(s) {
		if r >= utf8.RuneSelf {
			if t, ok := lx.Translit[r]; ok { // (Load keeps ASCII out)
				b.WriteString(t)
				space = false
				continue
			}
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
			continue
		}
		if r == '\'' || r == '’' {
			continue // "O'Reilly" = "OReilly"
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// refs.Fold folds the words foldsByRune admits rune by rune, and
// Lexicon.fold reads every word as it reads refs.Fold of the whole word.
func TestRuneFolds(t *testing.T) {
	var pieces []string
	for r := rune(0); r < rune(len(runeFolds)); r++ {
		pieces = append(pieces, string(r))
	}
	pieces = append(pieces, "ё", "й", "и\u0306", "е\u0308", "e\u0301", "A\u030a", "\u0345", "\u0488", "ß", "İ", "Ω", "\u037e", " ", "-", "'", "’", "\u4e00", "\xff")
	ascii := []string{"a", "Z", "0", "9", " ", "  ", "-", "'", ".", ",", "&", "\t", "\x00", "\x7f", "Smith", "O'Reilly", "van der"}
	rng := rand.New(rand.NewSource(10))
	for n := 0; n < 100000; n++ {
		s := ""
		for i := rng.Intn(8) + 1; i > 0; i-- {
			if n%2 == 0 {
				s += ascii[rng.Intn(len(ascii))]
			} else {
				s += pieces[rng.Intn(len(pieces))]
			}
		}
		if foldsByRune(s) {
			var b strings.Builder
			for _, r := range s {
				b.WriteString(runeFolds[r])
			}
			if got, want := b.String(), refs.Fold(s); got != want {
				t.Fatalf("%q: folds of its runes %q, refs.Fold %q", s, got, want)
			}
		}
		if got, want := testLex.fold(s), foldRefs(testLex, s); got != want {
			t.Fatalf("fold(%q) = %q, want %q", s, got, want)
		}
	}
}

// The word filters let every word of their sets through, and every word
// that starts with one of their stems.
func TestWordFiltersAdmitTheirWords(t *testing.T) {
	at := testLex.at
	check := func(f *wordFilter, w string, stem bool) {
		t.Helper()
		for _, x := range []string{"", "a", "ов", "ing"} {
			if !stem && x != "" {
				break
			}
			if !f.may(w + x) {
				t.Fatalf("filter drops %q", w+x)
			}
			if isASCII(w+x) && !f.mayASCII(strings.ToUpper(w+x)) {
				t.Fatalf("filter drops %q (mayASCII)", strings.ToUpper(w+x))
			}
		}
	}
	for w := range at.classes {
		check(&at.classWords, w, false)
	}
	for _, l := range at.classStems {
		for _, sc := range l {
			check(&at.classWords, sc.stem, true)
		}
	}
	for w := range at.anchors {
		check(&at.anchorWords, w, false)
	}
	for _, l := range at.stemAnchors {
		for _, sa := range l {
			check(&at.anchorWords, sa.stem, true)
		}
	}
	for w := range at.names {
		check(&at.nameWords, w, false)
	}
	for _, seq := range at.nameStems {
		check(&at.nameWords, seq[0].w, true)
	}
	if len(at.classStems) == 0 || len(at.stemAnchors) == 0 {
		t.Errorf("no stems in the lexicon")
	}
}

// stripTok reads a word without marks around it (its fast path) as one
// with them: "Bank's" and "Bank’s" are possessives, "Statistics" is not.
func TestStripTokPlainWords(t *testing.T) {
	for _, c := range []struct {
		w     string
		s, e  int32
		poss  bool
		punct uint16
	}{
		{"data", 0, 4, false, 0},
		{"Statistics", 0, 10, false, 0},
		{"STATS", 0, 5, false, 0},
		{"Bank's", 0, 4, true, 0},
		{"BANK'S", 0, 4, true, 0},
		{"Bank’s", 0, 4, true, 0},
		{"данным", 0, 12, false, 0},
		{"(IOM)", 1, 4, false, pParenBefore | pStop | pHard | pCloseFirst | pCloseOnly},
		{"Statistics’", 0, 10, true, 0},
		{"said,", 0, 4, false, pStop | pComma},
	} {
		var tk atok
		stripTok(&tk, c.w, 0, len(c.w))
		if tk.s != c.s || tk.e != c.e || tk.poss != c.poss || tk.punct != c.punct {
			t.Errorf("stripTok(%q) = %d–%d poss %v punct %b, want %d–%d poss %v punct %b", c.w, tk.s, tk.e, tk.poss, tk.punct, c.s, c.e, c.poss, c.punct)
		}
	}
}

// Callout names lose each et-al marker of the lexicon, in either case
// (readCalloutNames tries them only after a name whose last byte ends one).
func TestCalloutNamesEtAl(t *testing.T) {
	x := extractor{d: &doc.Document{}, lx: testLex, ix: newIndex(nil, testLex)}
	for _, m := range testLex.EtAl {
		for _, s := range []string{"Smith " + m, "Smith, " + strings.ToUpper(m)} {
			if names, ok := x.readCalloutNames(s); !ok || !reflect.DeepEqual(names, []string{"Smith"}) {
				t.Errorf("readCalloutNames(%q) = %q, %v, want [Smith]", s, names, ok)
			}
		}
	}
}

// attribTokens reads the words between spaces (unicode.IsSpace), one token
// each, in order.
func TestAttribTokensWords(t *testing.T) {
	pieces := []string{"a", "Bank", "(IOM)", "данным", "—", "§", "\u00a0", "\u2009", "\u3000", "\u1680", "\u0085", " ", "  ", "\n", "\t", ",", "’s"}
	rng := rand.New(rand.NewSource(12))
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for i := rng.Intn(30); i >= 0; i-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		text := b.String()
		var fields [][2]int // where each word starts and ends
		start := -1
		for i, r := range text + " " {
			switch {
			case unicode.IsSpace(r) && start >= 0:
				fields = append(fields, [2]int{start, i})
				start = -1
			case !unicode.IsSpace(r) && start < 0:
				start = i
			}
		}
		x := extractor{d: &doc.Document{Text: text}, lx: testLex}
		toks := x.attribTokens(false)
		if len(toks) != len(fields) {
			t.Fatalf("%q: %d tokens, want %d", text, len(toks), len(fields))
		}
		for k, tk := range toks {
			if f := fields[k]; int(tk.s) < f[0] || int(tk.e) > f[1] || tk.s > tk.e || int(tk.gi) != k {
				t.Fatalf("%q: token %d at %d–%d (gi %d), want in %v", text, k, tk.s, tk.e, tk.gi, f)
			}
		}
	}
}

// attribTokens' groups are the sentence a word stands in, else its
// paragraph, else -1, as a search over the spans finds them.
func TestAttribTokensGroups(t *testing.T) {
	pieces := []string{"a", "Bank", "(IOM)", "“", "”", ",", "данным", "\"b\"", "((c"}
	rng := rand.New(rand.NewSource(10))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for i := rng.Intn(60); i >= 0; i-- {
			if b.Len() > 0 {
				b.WriteString([]string{" ", "\n", "  "}[rng.Intn(3)])
			}
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		d := &doc.Document{Text: b.String()}
		// Spans at random offsets, in order, some empty, some touching.
		for at := 0; at < len(d.Text); {
			s := at + rng.Intn(12)
			e := s + rng.Intn(30)
			if rng.Intn(3) > 0 {
				d.Paragraphs = append(d.Paragraphs, doc.Paragraph{Span: doc.Span{Start: s, End: e}})
			}
			at = e
		}
		for at := 0; at < len(d.Text); {
			s := at + rng.Intn(8)
			e := s + rng.Intn(15)
			if rng.Intn(3) > 0 {
				d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: s, End: e}})
			}
			at = e
		}
		x := extractor{d: d, lx: testLex}
		for _, tk := range x.attribTokens(false) {
			want := int32(-1)
			for pi, p := range d.Paragraphs {
				if p.Span.Start <= int(tk.s) && int(tk.s) < p.Span.End {
					want = int32(-pi - 2)
					break
				}
			}
			for si, s := range d.Sentences {
				if s.Span.Start <= int(tk.s) && int(tk.s) < s.Span.End {
					want = int32(si)
					break
				}
			}
			if tk.grp != want {
				t.Fatalf("%q: word at %d in group %d, want %d", d.Text, tk.s, tk.grp, want)
			}
		}
	}
}

// skimWordsSpec is skimWords as attribTokens' loop reads a word.
func skimWordsSpec(t string, i, until int, at *attribLexicon, check bool) (n, end, stop int) {
	for i < len(t) {
		if w := spaceWidth(t, i); w > 0 {
			i += w
			continue
		}
		j := wordEnd(t, i)
		s := leadEnd(t, i, j)
		if s >= until || check && at.mayAnchorStart(t[s:j]) && !at.noStart(t[i:j]) && !symASCII(t[i:j]) {
			return n, end, i
		}
		n, end, i = n+1, j, j
	}
	return n, end, i
}

// skimWords reads words as skimWordsSpec does.
func TestSkimWords(t *testing.T) {
	pieces := []string{"a", "ab", "abc", "Data", "data", "DATA", "report", "Reports", "said", "the", "according", "As", "as", "po", "по", "данным", "сообщил",
		"2023", "1990s", "(IOM)", "“World", "Bank”", "\"b\"", "((c", "_x_", "*", ",", ".", "—", "é", "Ёж", "\u00a0", "\u2009", "\xe2\x80", "\xff", "ab\u00a0cd", "x\u3000y",
		"a,", "of.", "in)", "to\"", "(the", "I", "x—y", "ab'", "abc!", "abc!!", "12", "a1b2c3d4e5", "abcdefgh", "abcdefghi", "abcdefghij", "abcdefghijklmnopq",
		"año", "ab\x01", "abcdefg\x01", "po.", "as,", "by", "OF", "ab*_", "a.b", "abcdefgh\u00a0", "abcdefgé", "abcdefghé"}
	rng := rand.New(rand.NewSource(11))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for i := rng.Intn(12); i >= 0; i-- {
			if b.Len() > 0 || rng.Intn(4) == 0 {
				b.WriteString([]string{" ", "\n", "  ", "\u00a0", ""}[rng.Intn(5)])
			}
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		from := rng.Intn(len(s) + 1)
		until := rng.Intn(len(s) + 2)
		for _, check := range []bool{false, true} {
			gn, ge, gs := skimWords(s, from, until, testLex.at, check)
			wn, we, ws := skimWordsSpec(s, from, until, testLex.at, check)
			if gn != wn || ge != we || gs != ws {
				t.Fatalf("skimWords(%q, %d, %d, %v) = %d, %d, %d, want %d, %d, %d", s, from, until, check, gn, ge, gs, wn, we, ws)
			}
		}
	}
}

// The gate reads the words before a first word whose patterns all need a
// slot on the left for one the slot needs: names known by the lexicon
// alone, abbreviations, head words and roles must pass it.
func TestAttributionsGateLeftSlot(t *testing.T) {
	texts := []string{
		"In 2023 Gallup found that most migrants stayed.",
		"Last year Reuters reported that wages rose.",
		"The survey of Levada said little, as Kursiv's data show.",
		"As 24.kg reported, and Eurostat data confirm, Rosstat figures differ.",
		"The Human Rights Watch study says so; Pew Research Center analysis found more.",
		"The IOM-a data and the ministry's statistics differ, the banks noted.",
		"Deputy Minister Bakyt Darmankul uulu said the office stated it.",
		"Росстат сообщил, что Минтруд отметил рост, а министр заявил обратное.",
		"Zavod za zaposlovanje je povedal, da je Statistični urad RS objavil podatke.",
		"Kursiv's recent annual wage figures rose.",
		"In 2020, the Economic Commission for Asia and the Pacific (UN ESCAP) data show it.",
	}
	found := 0
	for _, text := range texts {
		d := &doc.Document{Text: text}
		d.Paragraphs = []doc.Paragraph{{Span: doc.Span{Start: 0, End: len(text)}, Lang: "en"}}
		d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(text)}}}
		x := extractor{d: d, lx: testLex}
		got, want := x.attributionsGated(nil, true), x.attributionsGated(nil, false)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: gated %v, ungated %v", text, got, want)
		}
		found += len(want)
	}
	if found < len(texts) {
		t.Errorf("only %d attributions in %d texts", found, len(texts))
	}
}

// duplicatesSpec is duplicates comparing every pair of entries.
func duplicatesSpec(x *extractor) []Finding {
	var out []Finding
	for i := range x.rs {
		for j := i + 1; j < len(x.rs); j++ {
			a, b := &x.ix.entries[i], &x.ix.entries[j]
			why := ""
			switch {
			case a.doi != "" && a.doi == b.doi:
				why = "the same DOI " + a.doi
			case a.nAuthors > 0 && b.nAuthors > 0 && a.names[0] == b.names[0] && a.year == b.year && a.suffix == b.suffix && x.ix.title(a) != "" && x.ix.title(a) == x.ix.title(b):
				why = "the same first author, year and title"
			default:
				continue
			}
			out = append(out, Finding{Type: FindingDuplicate, Severity: SeverityWarning, Citation: -1, Key: -1, Reference: j,
				Summary: fmt.Sprintf("Reference entries %q and %q are duplicates: they have %s.", refLabel(x.rs[i]), refLabel(x.rs[j]), why),
				Spans:   []doc.Span{x.rs[i].Span, x.rs[j].Span},
				Fields:  map[string]any{"first": i, "second": j}})
		}
	}
	return out
}

// duplicates finds what comparing every pair finds, on reference lists
// with entries repeated, some with their DOI, first author, year or title
// changed.
func TestDuplicatesMatchesPairs(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	found := 0
	for _, seed := range []string{"000", "001", "002", "003", "004"} {
		d := seedDocument(t, seed, testRefsLex)
		rs := refs.Extract(d, testRefsLex)
		for n := 0; n < 20; n++ {
			list := slices.Clone(rs)
			for k := rng.Intn(12); k > 0 && len(rs) > 0; k-- {
				r := rs[rng.Intn(len(rs))]
				r.CSL.Author = slices.Clone(r.CSL.Author)
				switch rng.Intn(5) {
				case 0:
					r.CSL.DOI = ""
				case 1:
					r.CSL.DOI = "10.1/x"
				case 2:
					r.CSL.Title += " x"
				case 3:
					if len(r.CSL.Author) > 0 {
						r.CSL.Author[0].Family += "x"
						r.CSL.Author[0].Literal += "x"
					}
				}
				list = append(list, r)
			}
			rng.Shuffle(len(list), func(i, j int) { list[i], list[j] = list[j], list[i] })
			x := &extractor{d: d, rs: list, lx: testLex, ix: newIndex(list, testLex)}
			y := &extractor{d: d, rs: list, lx: testLex, ix: newIndex(list, testLex)}
			got, want := x.duplicates(), duplicatesSpec(y)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %s: duplicates %v, pairs %v", seed, got, want)
			}
			found += len(want)
		}
	}
	if found < 50 {
		t.Errorf("only %d duplicates", found)
	}
}

// foldInto, one buffer for many names, folds each as fold does.
func TestFoldIntoMatchesFold(t *testing.T) {
	var b strings.Builder
	var got []string
	names := []string{"Zwolińska-Ligaj", " Иванов ", "", "O'Reilly", "  ", "Әбенов, А.", "World Bank", "(IOM)", "Ñúñez", "Statistični urad", "x\u00a0y", "\xff"}
	for _, s := range names {
		got = append(got, testLex.foldInto(&b, s))
	}
	for i, s := range names {
		if want := testLex.fold(s); got[i] != want {
			t.Errorf("foldInto(%q) = %q, want %q", s, got[i], want)
		}
	}
}

// nextDigit finds the first digit as a byte-by-byte scan does.
func TestNextDigit(t *testing.T) {
	pieces := []string{"a", "Z", "0", "5", "9", "/", ":", "\xb0", "\xb9", "\x30\x00", "\xff", "ж", "²", "٣", "abcdefgh", "        ", "\x00", "\x09"}
	rng := rand.New(rand.NewSource(13))
	for n := 0; n < 50000; n++ {
		s := ""
		for k := rng.Intn(12); k > 0; k-- {
			s += pieces[rng.Intn(len(pieces))]
		}
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && !isDigit(s[want]) {
				want++
			}
			if got := nextDigit(s, i); got != want {
				t.Fatalf("nextDigit(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// skimWords reads every word of one to three ASCII letters or digits (in
// either case), with marks after it or none, as skimWordsSpec does.
func TestSkimWordsShort(t *testing.T) {
	const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	var words []string
	for _, a := range chars {
		words = append(words, string(a))
		for _, b := range chars {
			words = append(words, string(a)+string(b))
			for _, c := range "abcdefghijklmnopqrstuvwxyzASRT019" {
				words = append(words, string(a)+string(b)+string(c))
			}
		}
	}
	stops := 0
	for k, w := range words {
		s := "x " + w + []string{"", ".", ".,", ")", "’", "-"}[k%6] + " tail"
		gn, ge, gs := skimWords(s, 2, len(s), testLex.at, true)
		wn, we, ws := skimWordsSpec(s, 2, len(s), testLex.at, true)
		if gn != wn || ge != we || gs != ws {
			t.Fatalf("skimWords(%q) = %d, %d, %d, want %d, %d, %d", s, gn, ge, gs, wn, we, ws)
		}
		if gs == 2 {
			stops++
		}
	}
	if stops == 0 {
		t.Errorf("no short word may start a pattern")
	}
}

// skimWords reads words of two-byte letters (Cyrillic, Kazakh, Latin
// with accents) as skimWordsSpec does: the lexicon's first words and
// stems, their starts and random words of such letters, in either case,
// with marks and spaces between.
func TestSkimWordsTwoByte(t *testing.T) {
	var words []string
	add := func(w string) {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:len(w)/2])+w[len(w)/2:])
		if rs := []rune(w); len(rs) > 4 {
			words = append(words, string(rs[:4]), string(rs[:4])+"ов", string(rs[:3]))
		}
	}
	for w := range testLex.at.anchors {
		add(w)
	}
	for _, l := range testLex.at.stemAnchors {
		for _, sa := range l {
			add(sa.stem)
		}
	}
	letters := []rune("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁӘҒҚҢӨҰҮҺІәғқңөұүһіéñçžšč§°·×ÿ\u0300")
	rng := rand.New(rand.NewSource(5))
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for i := rng.Intn(9); i >= 0; i-- {
			b.WriteRune(letters[rng.Intn(len(letters))])
		}
		words = append(words, b.String())
	}
	seps := []string{" ", "\n", "\u00a0", ", ", " (", "» ", "\u2009"}
	stops := 0
	for n := 0; n < 40000; n++ {
		var b strings.Builder
		for i := rng.Intn(6); i >= 0; i-- {
			b.WriteString(words[rng.Intn(len(words))])
			b.WriteString(seps[rng.Intn(len(seps))])
		}
		s := b.String()
		until := rng.Intn(len(s) + 2)
		for _, check := range []bool{false, true} {
			gn, ge, gs := skimWords(s, 0, until, testLex.at, check)
			wn, we, ws := skimWordsSpec(s, 0, until, testLex.at, check)
			if gn != wn || ge != we || gs != ws {
				t.Fatalf("skimWords(%q, 0, %d, %v) = %d, %d, %d, want %d, %d, %d", s, until, check, gn, ge, gs, wn, we, ws)
			}
			if check && gs < until && gs < len(s) {
				stops++
			}
		}
	}
	if stops == 0 {
		t.Errorf("no word stopped skimWords")
	}
}

// orgWordIn's fast path: for a word plainCore reads, its core and capital
// are those of the word stripTok and spell make of it, and mayAnchorOrg
// admits it only when mayOrgClassASCII does, or nameWords for a
// capitalised word: every word of the lexicon's sets and names, their
// plurals, stems with endings and random words, in lower case and
// capitalised, with marks after them or not.
func TestPlainCoreOrgWords(t *testing.T) {
	at := testLex.at
	var words []string
	for w := range at.classes {
		words = append(words, w, w+"s", w+"es")
	}
	for _, l := range at.classStems {
		for _, sc := range l {
			words = append(words, sc.stem, sc.stem+"s", sc.stem+"ing", sc.stem+"ies")
		}
	}
	for w := range at.names {
		words = append(words, w, w+"s")
	}
	for w := range at.anchors {
		words = append(words, w)
	}
	rng := rand.New(rand.NewSource(23))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for i := rng.Intn(10); i >= 0; i-- {
			b.WriteByte(byte('a' + rng.Intn(26)))
		}
		words = append(words, b.String())
	}
	for _, w := range words[:len(words):len(words)] {
		words = append(words, strings.ToUpper(w[:1])+w[1:], strings.ToUpper(w))
	}
	marks := []string{"", "", ",", ".", ")", "'", "\"", ".)", "';", "*_", "-", "’", "'s", "1", "A"}
	admitted, fast := 0, 0
	for _, w := range words {
		for _, m := range marks {
			s := w + m
			core, capital, ok := plainCore(s)
			if !ok {
				continue
			}
			fast++
			x := extractor{d: &doc.Document{Text: s}, lx: testLex}
			var tk atok
			makeTok(&tk, s, 0, len(s), newSpeller(s))
			if s[tk.s:tk.e] != core || tk.low != strings.ToLower(core) || tk.cap != capital || tk.sym {
				t.Fatalf("%q: plainCore %q %v, makeTok %q (%q) %v", s, core, capital, s[tk.s:tk.e], tk.low, tk.cap)
			}
			if x.mayAnchorOrg(&tk, at) {
				admitted++
				if !at.mayOrgClassASCII(core) && !(capital && at.nameWords.mayASCII(core)) {
					t.Fatalf("%q: mayAnchorOrg admits it, the fast path does not", s)
				}
			}
		}
	}
	if admitted == 0 || fast == 0 {
		t.Errorf("admitted %d of %d words", admitted, fast)
	}
}

// orgWordIn admits every word that is, as the readers find it, one a
// slot on the left needs (orgAnchorSpec): the lexicon's heads, roles and
// names' first words, whole and as stems with endings, in lower case,
// capitalised and in capitals, with marks before and after them, and
// random words, numbers and the seeds' words.
func TestOrgWordInAdmitsOrgWords(t *testing.T) {
	at := testLex.at
	var words []string
	for _, set := range []*wordSet{&at.heads, &at.roles} {
		for w := range set.exact {
			words = append(words, w, w+"s")
		}
		for _, l := range set.stems {
			for _, st := range l {
				words = append(words, st, st+"s", st+"ing", st+"ies")
			}
		}
	}
	for w := range at.names {
		words = append(words, w, w+"s")
	}
	for _, seq := range at.nameStems {
		words = append(words, seq[0].w, seq[0].w+"ov")
	}
	rng := rand.New(rand.NewSource(31))
	const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for i := rng.Intn(8); i >= 0; i-- {
			b.WriteByte(alphabet[rng.Intn(len(alphabet))])
		}
		words = append(words, b.String())
	}
	for _, w := range words[:len(words):len(words)] {
		words = append(words, strings.ToUpper(w[:1])+w[1:], strings.ToUpper(w))
	}
	for _, seed := range []string{"001", "002", "003", "004"} {
		words = append(words, strings.Fields(seedDocument(t, seed, testRefsLex).Text)...)
	}
	leads := []string{"", "(", "\"", "'", "“"}
	trails := []string{"", ",", ".)", "'s", "’s", "-", "-a", "1", "A"}
	admitted, rejected := 0, 0
	seen := map[string]bool{}
	for _, w := range words {
		if seen[w] {
			continue
		}
		seen[w] = true
		for _, l := range leads {
			for _, m := range trails {
				s := l + w + m
				x := extractor{d: &doc.Document{Text: s}, lx: testLex}
				if !x.orgWordIn(s, 0, len(s), newSpeller(s)) {
					rejected++
					if orgAnchorSpec(s) {
						t.Fatalf("%q: a word a slot needs, orgWordIn turns it away", s)
					}
				} else {
					admitted++
				}
			}
		}
	}
	if admitted == 0 || rejected == 0 {
		t.Errorf("admitted %d, rejected %d", admitted, rejected)
	}
}

// orgWordIn passes over words with no letter, all ASCII (numbers and
// marks), only when none is one a slot on the left needs (orgAnchorSpec):
// random ones and the seeds', with marks around them, with the lexicon
// (none of its heads, roles and names' first words has no letter) and
// with one whose name, head and role stem have none.
func TestOrgWordInLetterless(t *testing.T) {
	fs := fstest.MapFS{"a.lex": {Data: []byte("[pattern]\nsaid ORG | en\n" +
		"[org-head]\n112\n[org-name]\n1+1\n[not-org]\nGDP\n[legal]\nlaw\n[role]\n7.0*\n[aux]\nhas\n[connector]\nof\n[stopword]\nin\n[caption]\nsource\n")}}
	small, err := loadAttrib(fs, "a.lex")
	if err != nil {
		t.Fatal(err)
	}
	if testLex.at.letterlessOrgWords || !small.letterlessOrgWords {
		t.Fatalf("letterlessOrgWords: lexicon %v, small %v", testLex.at.letterlessOrgWords, small.letterlessOrgWords)
	}
	words := []string{"1+1", "112", "7.0", "7.05", "1+1,", "(112)", "2023", "20,000", "-", "%"}
	for _, seed := range []string{"001", "002", "003", "004"} {
		for _, w := range strings.Fields(seedDocument(t, seed, testRefsLex).Text) {
			if letterlessASCII(w) {
				words = append(words, w)
			}
		}
	}
	rng := rand.New(rand.NewSource(47))
	const alphabet = "0123456789.,;:()[]-+%/'\"*_&#"
	for n := 0; n < 5000; n++ {
		b := make([]byte, 1+rng.Intn(8))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		words = append(words, string(b))
	}
	leads := []string{"", "(", "\"", "'"}
	trails := []string{"", ",", ".)", ")", "'s", "-", "-a", "1"}
	for _, at := range []*attribLexicon{testLex.at, small} {
		lx := &Lexicon{at: at}
		admitted, rejected := 0, 0
		for _, w := range words {
			for _, l := range leads {
				for _, m := range trails {
					s := l + w + m
					x := extractor{d: &doc.Document{Text: s}, lx: lx}
					if x.orgWordIn(s, 0, len(s), newSpeller(s)) {
						admitted++
					} else if rejected++; orgAnchorSpecIn(at, s) {
						t.Fatalf("%q: a word a slot needs, orgWordIn turns it away", s)
					}
				}
			}
		}
		if at == small && admitted == 0 || rejected == 0 {
			t.Errorf("admitted %d, rejected %d", admitted, rejected)
		}
	}
}

// orgAnchorSpec reports whether the word s is one a pattern's slot on the
// left needs, as the readers find it: an abbreviation, a head word or a
// role (classify), or the first word of a known name (markNames).
func orgAnchorSpec(s string) bool {
	return orgAnchorSpecIn(testLex.at, s)
}

// orgAnchorSpecIn is orgAnchorSpec with the lexicon at.
func orgAnchorSpecIn(at *attribLexicon, s string) bool {
	var tk atok
	makeTok(&tk, s, 0, len(s), newSpeller(s))
	if tk.sym {
		return false
	}
	if c := classify(&tk.spelling, s[tk.s:tk.e], at); c.acr || c.head || c.role {
		return true
	}
	if !tk.cap && !startsDigit(tk.low) {
		return false
	}
	if len(at.names[tk.low]) > 0 {
		return true
	}
	for _, seq := range at.nameStems {
		if strings.HasPrefix(tk.low, seq[0].w) {
			return true
		}
	}
	return false
}

// The words skimWords passes over although mayAnchorStart admits them
// (noStart, symASCII) start no pattern as the attributions' loop reads
// them: mayAnchorTok turns them away or no pattern starts with them
// (isAnchor). Tried on the pattern words themselves (as written, capitalised,
// with marks, cut and lengthened, with "ё" for "е"), random ASCII words
// and every word of the seeds, with the lexicon and one with stems and
// short first words.
func TestNoStartStartsNone(t *testing.T) {
	fs := fstest.MapFS{"a.lex": {Data: []byte("[pattern]\nabc* ORG | en\nx/xy/xyz ORG | en\ncoun* ORG | en\nб'а ORG | ru\n" +
		"[org-head]\nministry\n[org-name]\nIOM\n[not-org]\nGDP\n[legal]\nlaw\n[role]\nhead\n[aux]\nhas\n[connector]\nof\n[stopword]\nin\n[caption]\nsource\n")}}
	small, err := loadAttrib(fs, "a.lex")
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"countries", "Countries,", "country's", "International", "&", "-", "--", "(", "&&.", "as", "As", "according", "x", "xy", "xyz", "abc", "abcd", "Abcs.", "бʼа", "Бʼа"}
	for _, at := range []*attribLexicon{testLex.at, small} {
		for w := range at.anchors {
			words = append(words, w)
		}
		for _, l := range at.stemAnchors {
			for _, sa := range l {
				words = append(words, sa.stem)
			}
		}
	}
	for _, seed := range []string{"001", "002", "003", "004"} {
		words = append(words, strings.Fields(seedDocument(t, seed, testRefsLex).Text)...)
	}
	rng := rand.New(rand.NewSource(12))
	const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	for n := 0; n < 50000; n++ {
		b := make([]byte, 1+rng.Intn(10))
		for i := range b {
			b[i] = letters[rng.Intn(len(letters))]
			if i > 0 && rng.Intn(3) > 0 {
				b[i] |= 0x20
			}
		}
		words = append(words, string(b))
	}
	var more []string
	for _, w := range words {
		if w == "" {
			continue
		}
		c := strings.ToUpper(w[:1]) + w[1:]
		more = append(more, w, c, w+",", c+".", w+"s", w+"'", w+"s'", w+").", w[:len(w)-1], strings.ToUpper(w), "("+w, "\""+w+"'s", w+"-"+w, w+"\u00a0", strings.ReplaceAll(w, "е", "ё"))
	}
	skipped := 0
	for _, at := range []*attribLexicon{testLex.at, small} {
		for _, w := range more {
			if !at.noStart(w) && !symASCII(w) {
				continue
			}
			skipped++
			var tk atok
			stripTok(&tk, w, 0, len(w))
			if sp := newSpeller(w); mayAnchorTok(&tk, w, sp, at) {
				if tk.low == "" {
					sp.spell(&tk, w)
				}
				if at.isAnchor(tk.low) {
					t.Fatalf("%q: skimmed, but it starts a pattern", w)
				}
			}
		}
	}
	if skipped < 10000 {
		t.Errorf("only %d words skimmed", skipped)
	}
}

// plainNoStart reads a word as wordEnd and noStart do.
func TestPlainNoStart(t *testing.T) {
	pieces := []string{"a", "B", "count", "countries", "Countries", "data", "1", "'", "s", ".", ",", ")", "\"", "’", "é", "\u00a0", "\u2009", " ", "\n", "\x01", "-", "D", "x"}
	rng := rand.New(rand.NewSource(13))
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		b.WriteString([]string{"a", "C", "coun", "Inte", "7"}[rng.Intn(5)])
		for i := rng.Intn(6); i >= 0; i-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		j, ok := testLex.at.plainNoStart(s, 0)
		we := wordEnd(s, 0)
		if want := testLex.at.noStart(s[:we]); ok != want || ok && j != we {
			t.Fatalf("plainNoStart(%q) = %d, %v, want %d, %v", s, j, ok, we, want)
		}
	}
}

// plainAt reads a word as wordEnd and plainCore do (with the bytes next
// to the lower-case letters and runs of them longer than eight).
func TestPlainAt(t *testing.T) {
	pieces := []string{"a", "B", "count", "Countries", "1", "'", "s", ".", ",", ")", "\"", "’", "é", "Ж", "\u00a0", "\u2009", " ", "\n", "\x01", "-", "D", "x", "(", "\xff", "\xe2\x80",
		"`", "{", "z", "@", "[", "\x7f", "\x80", "abcdefghij", "organisations"}
	rng := rand.New(rand.NewSource(14))
	for n := 0; n < 100000; n++ {
		var b strings.Builder
		for i := rng.Intn(6); i >= 0; i-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if spaceWidth(s, 0) > 0 {
			continue
		}
		e, j, ok := plainAt(s, 0)
		we := wordEnd(s, 0)
		core, _, wok := plainCore(s[:we])
		if j != we || ok != wok || ok && s[:e] != core {
			t.Fatalf("plainAt(%q) = %d, %d, %v, want %d, %d, %v", s, e, j, ok, len(core), we, wok)
		}
	}
}

// hasStartASCII admits every word, in either case, that starts with a
// pattern's first word or stem of four ASCII letters or digits or more,
// or with a stem of three and any fourth.
func TestHasStartASCII(t *testing.T) {
	fs := fstest.MapFS{"a.lex": {Data: []byte("[pattern]\nabc* ORG | en\nx/xy/xyz ORG | en\nq1z2 ORG | en\n" +
		"[org-head]\nministry\n[org-name]\nIOM\n[not-org]\nGDP\n[legal]\nlaw\n[role]\nhead\n[aux]\nhas\n[connector]\nof\n[stopword]\nin\n[caption]\nsource\n")}}
	small, err := loadAttrib(fs, "a.lex")
	if err != nil {
		t.Fatal(err)
	}
	const alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	rng := rand.New(rand.NewSource(15))
	tried := 0
	for _, at := range []*attribLexicon{testLex.at, small} {
		var starts []string
		for w := range at.anchors {
			starts = append(starts, w)
		}
		for _, l := range at.stemAnchors {
			for _, sa := range l {
				if len(sa.stem) == 3 {
					for _, c := range alnum {
						starts = append(starts, sa.stem+string(c))
					}
				}
				starts = append(starts, sa.stem)
			}
		}
		for _, w := range starts {
			if len(w) < 4 || !alnum4(w[:4]) {
				continue
			}
			b := []byte(w[:4])
			for i := range b {
				if rng.Intn(2) == 0 {
					b[i] = bytes.ToUpper(b[i : i+1])[0]
				}
			}
			tried++
			if !at.hasStartASCII(uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24) {
				t.Fatalf("hasStartASCII(%q) = false, but %q starts a pattern", b, w)
			}
		}
	}
	if tried < 100 {
		t.Errorf("only %d words tried", tried)
	}
}

// mayBeThe admits every word makeTok folds to "the".
func TestMayBeThe(t *testing.T) {
	pieces := []string{"t", "T", "h", "H", "e", "E", "the", "The", "THE", "tHe", "(", ")", ",", ".", "'s", "’", "“", "”", "ｔ", "Ｔ", "\u212a", "İ", "ё", "x"}
	rng := rand.New(rand.NewSource(16))
	thes := 0
	for n := 0; n < 100000; n++ {
		w := ""
		for i := rng.Intn(5); i >= 0; i-- {
			w += pieces[rng.Intn(len(pieces))]
		}
		var tk atok
		makeTok(&tk, w, 0, len(w), newSpeller(w))
		if tk.low == "the" {
			thes++
			if !mayBeThe(w) {
				t.Fatalf("mayBeThe(%q) = false, but it folds to %q", w, tk.low)
			}
		}
	}
	if thes < 100 {
		t.Errorf("only %d words fold to \"the\"", thes)
	}
}

// isNameToken reads ASCII words as isNameTokenRunes does.
func TestIsNameTokenMatchesRunes(t *testing.T) {
	// Pieces rather than runes, so that invalid UTF-8 is tried too.
	pieces := []string{"A", "Z", "a", "z", "0", "9", "-", "'", "’", ".", "\"", "“", "”", "«", "»", "&", ",", "@", "`", "[", "{", "/", ":", "é", "Ж", "ǅ", "\xff", "\x00"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		s := ""
		for i := rng.Intn(8); i > 0; i-- {
			s += pieces[rng.Intn(len(pieces))]
		}
		if got, want := isNameToken(s), isNameTokenRunes(s); got != want {
			t.Fatalf("isNameToken(%q) = %v, isNameTokenRunes %v", s, got, want)
		}
	}
	for c := 0; c < utf8.RuneSelf; c++ {
		for _, s := range []string{string(rune(c)), "A" + string(rune(c)), "\"" + string(rune(c)) + "a"} {
			if got, want := isNameToken(s), isNameTokenRunes(s); got != want {
				t.Fatalf("isNameToken(%q) = %v, isNameTokenRunes %v", s, got, want)
			}
		}
	}
}

// hasDigit is strings.ContainsAny(w, "0123456789") on random strings of
// ASCII, Cyrillic, digits of other scripts and broken UTF-8.
func TestHasDigit(t *testing.T) {
	pieces := []string{"a", "Z", ".", " ", "0", "5", "9", "/", ":", "я", "٣", "１", "\xb0", "\xd0", "’"}
	rng := rand.New(rand.NewSource(5))
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for i := rng.Intn(8); i > 0; i-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		w := b.String()
		if got, want := hasDigit(w), strings.ContainsAny(w, "0123456789"); got != want {
			t.Fatalf("hasDigit(%q) = %v, want %v", w, got, want)
		}
	}
}

// orderSummary writes what fmt.Sprintf writes.
func TestOrderSummary(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 10000; n++ {
		a, b := rng.Intn(20000)-100, rng.Intn(20000)-100
		if got, want := orderSummary(a, b), fmt.Sprintf("Reference [%d] is first cited after [%d]; numbered references should first appear in ascending order.", a, b); got != want {
			t.Fatalf("orderSummary(%d, %d) = %q, want %q", a, b, got, want)
		}
	}
}

// mayHoldQuote is strings.ContainsAny(s, "«\"“") on random strings of
// marks, letters and broken UTF-8.
func TestMayHoldQuote(t *testing.T) {
	pieces := []string{"a", " ", "«", "»", "\"", "“", "”", "‘", "’", "я", "\xe2", "\x80", "\x9c", "\xc2", "\xab", "\xf0", "\xe2\x80"}
	rng := rand.New(rand.NewSource(9))
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for i := rng.Intn(8); i > 0; i-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := mayHoldQuote(s), strings.ContainsAny(s, "«\"“"); got != want {
			t.Fatalf("mayHoldQuote(%q) = %v, want %v", s, got, want)
		}
	}
}

// readCalloutNames reads every phrase as it read them before its fast
// paths (readCalloutNamesSpec): phrases of one to six pieces from names,
// organisation heads, connectors, separators, et-al markers, numbers and
// marks.
func TestReadCalloutNamesSpec(t *testing.T) {
	rs := []refs.Reference{{CSL: refs.Item{Author: []refs.Name{{Family: "Figure"}}}}}
	x := extractor{d: &doc.Document{}, lx: testLex, ix: newIndex(rs, testLex)}
	y := extractor{d: &doc.Document{}, lx: testLex, ix: newIndex(rs, testLex)}
	pieces := []string{"Smith", "Jones", "McAuliffe", "Latham-Sprinkle", "Иванов", "Ministry", "ministry", "of", "Justice",
		"the", "van", "and", "&", "и", "және", "in", "et", "et al.", "и др.", "Figure", "Table", "law", "No.", "no.",
		"2020", "3.1", "A1", "47", "A9", "(IOM)", "Bank’s", "Smith's", ",", " ", "  ", "\u00a0", "data", "Agency", "WHO"}
	rng := rand.New(rand.NewSource(17))
	for n := 0; n < 40000; n++ {
		var b strings.Builder
		for i := rng.Intn(6); i >= 0; i-- {
			if b.Len() > 0 && rng.Intn(4) > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		got, gotOK := x.readCalloutNames(s)
		want, wantOK := readCalloutNamesSpec(&y, s)
		if gotOK != wantOK || !reflect.DeepEqual(got, want) {
			t.Fatalf("readCalloutNames(%q) = %q, %v, want %q, %v", s, got, gotOK, want, wantOK)
		}
	}
}

// readCalloutNamesSpec is readCalloutNames before its fast paths, kept as
// the oracle of TestReadCalloutNamesSpec.
func readCalloutNamesSpec(x *extractor, s string) ([]string, bool) {
	s = strings.TrimSpace(strings.Trim(s, " ,"))
	s = strings.TrimSuffix(strings.TrimSuffix(s, "’s"), "'s")
	// (low is strings.ToLower(s), written into a buffer on the stack.)
	var lowBuf [192]byte
	low := nlp.AppendLower(lowBuf[:0], s)
	// (Most names end with a byte that ends no marker: etAlEnds.)
	if n := len(low); n > 0 && x.lx.etAlEnds[low[n-1]] {
		for _, m := range x.lx.EtAl {
			if len(low) >= len(m) && string(low[len(low)-len(m):]) == m {
				s = strings.TrimSpace(strings.TrimRight(s[:len(s)-len(m)], " ,"))
				low = nlp.AppendLower(lowBuf[:0], s)
				break
			}
		}
	}
	if s == "" || len(s) > 150 {
		return nil, false
	}
	x.words = appendFields(x.words[:0], s) // (strings.Fields)
	words := x.words
	if len(words) > 14 {
		return nil, false
	}
	first, _ := utf8.DecodeRuneInString(words[0])
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return nil, false
	}
	lower := 0
	for _, w := range words {
		if isLowerWord(w) && !lowerIn(connectors, w) {
			lower++
		}
		if strings.ContainsAny(w, "0123456789") && !strings.Contains(w, ".") && len(words) > 1 {
			return nil, false
		}
	}
	if lower > 0 || len(low) >= 3 && string(low[:3]) == "no." || lowerIn(x.lx.NotNames, strings.Trim(words[0], ".,")) && len(words) > 1 && !x.isOrgPhrase(words) {
		return nil, false
	}
	if len(words) == 1 && lowerIn(x.lx.NotNames, words[0]) && !x.ix.knows(words[0]) {
		return nil, false
	}
	if x.isOrgPhrase(words) || len(words) > 3 {
		return x.nameList(s), true
	}
	// Two surnames joined by "&" / "and" / "и".
	for _, sep := range x.lx.andSeps {
		if i := strings.Index(s, sep); i > 0 {
			left := strings.TrimSpace(strings.TrimRight(s[:i], " ,"))
			right := strings.TrimSpace(s[i+len(sep):])
			if left != "" && right != "" {
				return x.nameList(left, right), true
			}
		}
	}
	return x.nameList(s), true
}
