package refs

import (
	"bytes"
	"embed"
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/nlp"
)

//go:embed data/*.lex
var dataFS embed.FS

// Lexicon holds the word lists the reference parser reads: heading words,
// month names, and cue words for types, publishers, organisations and
// transliterated Russian. Build it once with Load and pass it around; it is
// read-only afterwards.
type Lexicon struct {
	// Headings are the case-folded headings that open a reference list.
	Headings map[string]bool
	// Months maps a case-folded month name (no trailing dot) to 1..12.
	Months map[string]int
	// Cues maps a cue section (legislation, report, news, ...) to its phrases.
	Cues map[string][]string
	// Particles are lower-case family-name particles (van, de, kyzy, ...).
	Particles map[string]bool
	// EtAl are the "and others" markers, longest first.
	EtAl []string
	// TranslitWords and TranslitEndings mark Russian written in Latin letters.
	TranslitWords   map[string]bool
	TranslitEndings []string
	// NameAnd are the words that join the last name of a list ("and", "&",
	// "и"); NameSuffix the suffixes a name may carry ("jr", "iii").
	NameAnd, NameSuffix map[string]bool
	// EditorMarks and TranslatorMarks are the role words written after a
	// list of names ("eds", "hrsg", "trans"), without their full stop.
	EditorMarks, TranslatorMarks map[string]bool
	// EditorIntro and TranslatorIntro match the phrases that open a list
	// of editors ("edited by", "под ред.") or translators ("trans.") at the
	// start of a field, gated by the phrases' first bytes.
	EditorIntro, TranslatorIntro introMatcher
	// Cities and Regions are the gazetteer of places of publication
	// (data/places.lex), case-folded.
	Cities, Regions map[string]bool
	// cueSets are the Cues sections prepared for has, by cueSection (an
	// index, not a map lookup by name on every call).
	cueSets [numCueSections]*cueSet
	// etAlFirst says which ASCII bytes (either case) start an EtAl marker.
	etAlFirst byteSet
	// etAlHeads are the first two runes of each EtAl marker (the second
	// -1 when the marker has one rune): etAlAt lower-cases the rest of a
	// word only when its first two runes, lower-cased, are one of them.
	// roleHeads are those of the EditorMarks and TranslatorMarks, for
	// roleOf.
	etAlHeads, roleHeads *headSet
	// roleFirst says which ASCII bytes (either case) start one of the
	// EditorMarks or TranslatorMarks.
	roleFirst byteSet
	// nameAndFirst and suffixFirst say which ASCII bytes (either case)
	// start one of the NameAnd words and the NameSuffix words.
	nameAndFirst, suffixFirst byteSet
	// roleMarks has, for each of the EditorMarks and TranslatorMarks, its
	// roles (markEditor, markTranslator): one lookup for both maps.
	roleMarks map[string]uint8
	// places has, for a folded word, the places it is or that it is with
	// a full stop added (placeCity ...): one lookup for the Cities and
	// Regions tests of a word.
	places map[string]uint8
	// translitByLast are the TranslitEndings by their last byte.
	translitByLast [256][]string
	// translitPrev has, for the last byte of each of the TranslitEndings,
	// the byte before it (as a bit; all bits for an ending of one byte):
	// most words end in two bytes no ending ends in.
	translitPrev [256][4]uint64
	// nameAndMax and particleMax are the byte lengths of the longest of
	// the NameAnd words and the Particles: a longer word is neither, and
	// needs no map lookup (every word of an author list is tried).
	nameAndMax, particleMax int
	// translitEnds has, for the first byte of each of the TranslitWords,
	// its last byte (as a bit).
	translitEnds [256][4]uint64
	// monthEnds, nameAndEnds, suffixEnds and particleEnds are the ends of
	// the Months' names, the NameAnd, NameSuffix and Particles words;
	// monthRunes are the fewest and the most runes a month name has. A
	// word is lower-cased and looked up only when it fits them (not in
	// month: most words it is given are month names).
	monthEnds, nameAndEnds, suffixEnds, particleEnds endsSet
	monthRunes                                       [2]int
}

// cueSection names a section of phrases of cues.lex (one of Cues).
type cueSection uint8

const (
	cueLegislation cueSection = iota
	cueReport
	cueNews
	cueConference
	cueThesis
	cuePublisher
	cueOrganisation
	cueAccessed
	cueDrop
	cueEditorIntro
	cueTranslatorIntro
	cueJournal
	cueGenre
	cueNote
	cueLanguageNote
	numCueSections
)

// cueSectionNames are the names of the cueSections in cues.lex.
var cueSectionNames = [numCueSections]string{
	"legislation", "report", "news", "conference", "thesis", "publisher", "organisation", "accessed",
	"drop", "editor-intro", "translator-intro", "journal", "genre", "note", "language-note",
}

// cueSectionOf returns the cueSection of a section name.
func cueSectionOf(name string) (cueSection, bool) {
	for k, n := range cueSectionNames {
		if n == name {
			return cueSection(k), true
		}
	}
	return 0, false
}

// cueSections are the sections cues.lex may have.
var cueSections = map[string]bool{
	"legislation": true, "report": true, "news": true, "conference": true,
	"thesis": true, "publisher": true, "organisation": true, "particle": true,
	"etal": true, "accessed": true, "drop": true, "translit-ru": true,
	"name-and": true, "name-suffix": true, "editor-mark": true, "translator-mark": true,
	"editor-intro": true, "translator-intro": true, "journal": true, "genre": true, "note": true, "language-note": true,
}

// wordSections are the cue sections read into word sets rather than
// phrase lists.
var wordSections = map[string]func(*Lexicon) map[string]bool{
	"particle":        func(lx *Lexicon) map[string]bool { return lx.Particles },
	"name-and":        func(lx *Lexicon) map[string]bool { return lx.NameAnd },
	"name-suffix":     func(lx *Lexicon) map[string]bool { return lx.NameSuffix },
	"editor-mark":     func(lx *Lexicon) map[string]bool { return lx.EditorMarks },
	"translator-mark": func(lx *Lexicon) map[string]bool { return lx.TranslatorMarks },
}

// Load parses the embedded data files and validates them.
func Load() (*Lexicon, error) {
	lx := &Lexicon{
		Headings:        map[string]bool{},
		Months:          map[string]int{},
		Cues:            map[string][]string{},
		Particles:       map[string]bool{},
		TranslitWords:   map[string]bool{},
		NameAnd:         map[string]bool{},
		NameSuffix:      map[string]bool{},
		EditorMarks:     map[string]bool{},
		TranslatorMarks: map[string]bool{},
		Cities:          map[string]bool{},
		Regions:         map[string]bool{},
	}
	if err := lx.loadPlaces(); err != nil {
		return nil, err
	}
	if _, err := loadAbbrevs(); err != nil {
		return nil, err
	}
	heads, err := nlp.LoadLexicon(dataFS, "data/headings.lex")
	if err != nil {
		return nil, err
	}
	for _, e := range heads {
		if e.Section != "references" || len(e.Fields) != 1 {
			return nil, e.Errorf("want one heading in section [references]")
		}
		lx.Headings[strings.ToLower(e.Fields[0])] = true
	}
	months, err := nlp.LoadLexicon(dataFS, "data/months.lex")
	if err != nil {
		return nil, err
	}
	for _, e := range months {
		n, err := strconv.Atoi(e.Fields[0])
		if err != nil || n < 1 || n > 12 {
			return nil, e.Errorf("month number %q not in 1..12", e.Fields[0])
		}
		if len(e.Fields) < 2 {
			return nil, e.Errorf("month %d has no names", n)
		}
		for _, name := range e.Fields[1:] {
			name = strings.TrimSuffix(strings.ToLower(name), ".")
			if name == "" {
				return nil, e.Errorf("empty month name")
			}
			if old, ok := lx.Months[name]; ok && old != n {
				return nil, e.Errorf("month name %q is month %d elsewhere", name, old)
			}
			lx.Months[name] = n
		}
	}
	lx.monthRunes = [2]int{math.MaxInt, 0}
	for name := range lx.Months {
		lx.monthEnds.add(name)
		n := utf8.RuneCountInString(name)
		lx.monthRunes = [2]int{min(lx.monthRunes[0], n), max(lx.monthRunes[1], n)}
	}
	cues, err := nlp.LoadLexicon(dataFS, "data/cues.lex")
	if err != nil {
		return nil, err
	}
	for _, e := range cues {
		if !cueSections[e.Section] {
			return nil, e.Errorf("unknown section [%s]", e.Section)
		}
		if len(e.Fields) != 1 {
			return nil, e.Errorf("want one phrase a line, got %d fields", len(e.Fields))
		}
		p := strings.ToLower(e.Fields[0])
		if set, ok := wordSections[e.Section]; ok {
			if strings.ContainsAny(p, " .") && e.Section != "name-and" {
				return nil, e.Errorf("[%s] takes single words without full stops, got %q", e.Section, p)
			}
			set(lx)[p] = true
			continue
		}
		switch e.Section {
		case "translit-ru":
			if strings.HasPrefix(p, "-") {
				lx.TranslitEndings = append(lx.TranslitEndings, p[1:])
			} else {
				lx.TranslitWords[p] = true
			}
		case "etal":
			lx.EtAl = append(lx.EtAl, p)
		default:
			lx.Cues[e.Section] = append(lx.Cues[e.Section], p)
		}
	}
	// Longest first, so that "et al.," wins over "et al".
	sort.Slice(lx.EtAl, func(i, j int) bool { return len(lx.EtAl[i]) > len(lx.EtAl[j]) })
	for s := range cueSections {
		if s == "translit-ru" || s == "etal" {
			continue
		}
		if set, ok := wordSections[s]; ok {
			if len(set(lx)) == 0 {
				return nil, fmt.Errorf("data/cues.lex: section [%s] is empty", s)
			}
			continue
		}
		if len(lx.Cues[s]) == 0 {
			return nil, fmt.Errorf("data/cues.lex: section [%s] is empty", s)
		}
		sort.Slice(lx.Cues[s], func(i, j int) bool { return len(lx.Cues[s][i]) > len(lx.Cues[s][j]) })
	}
	lx.EditorIntro = newIntroMatcher(lx.Cues["editor-intro"])
	lx.TranslatorIntro = newIntroMatcher(lx.Cues["translator-intro"])
	for sec := range lx.Cues {
		if _, ok := cueSectionOf(sec); !ok {
			return nil, fmt.Errorf("data/cues.lex: section [%s] has no cueSection", sec)
		}
	}
	for k, name := range cueSectionNames {
		lx.cueSets[k] = newCueSet(lx.Cues[name])
	}
	lx.etAlFirst = firstBytes(lx.EtAl)
	lx.etAlHeads = newHeadSet(runeHeads(lx.EtAl))
	for w := range lx.NameAnd {
		lx.nameAndMax = max(lx.nameAndMax, len(w))
	}
	for w := range lx.Particles {
		lx.particleMax = max(lx.particleMax, len(w))
	}
	var marks []string
	for _, m := range []map[string]bool{lx.EditorMarks, lx.TranslatorMarks} {
		for w := range m {
			marks = append(marks, w)
		}
	}
	lx.roleFirst = firstBytes(marks)
	lx.roleHeads = newHeadSet(runeHeads(marks))
	lx.nameAndFirst = firstBytes(keys(lx.NameAnd))
	for _, m := range []struct {
		set  map[string]bool
		ends *endsSet
	}{{lx.NameAnd, &lx.nameAndEnds}, {lx.NameSuffix, &lx.suffixEnds}, {lx.Particles, &lx.particleEnds}} {
		for w := range m.set {
			m.ends.add(w)
		}
	}
	lx.roleMarks = map[string]uint8{}
	for w := range lx.EditorMarks {
		lx.roleMarks[w] |= markEditor
	}
	for w := range lx.TranslatorMarks {
		lx.roleMarks[w] |= markTranslator
	}
	lx.places = map[string]uint8{}
	for _, m := range []struct {
		set       map[string]bool
		bare, dot uint8
	}{{lx.Cities, placeCity, placeCityDot}, {lx.Regions, placeRegion, placeRegionDot}} {
		for w := range m.set {
			lx.places[w] |= m.bare
			if base, ok := strings.CutSuffix(w, "."); ok {
				lx.places[base] |= m.dot
			}
		}
	}
	lx.suffixFirst = firstBytes(keys(lx.NameSuffix))
	for w := range lx.TranslitWords {
		if w != "" {
			last := w[len(w)-1]
			lx.translitEnds[w[0]][last>>6] |= 1 << (last & 63)
		}
	}
	for _, e := range lx.TranslitEndings {
		if e != "" {
			last := e[len(e)-1]
			lx.translitByLast[last] = append(lx.translitByLast[last], e)
			if len(e) == 1 {
				lx.translitPrev[last] = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
			} else {
				prev := e[len(e)-2]
				lx.translitPrev[last][prev>>6] |= 1 << (prev & 63)
			}
		}
	}
	return lx, nil
}

// introMatcher matches what introRegexp's pattern matches, read by hand:
// the phrases are compared in the pattern's order, rune by rune as (?i)
// folds them. The pattern stays as the tested specification; its gate is
// tried first.
type introMatcher struct {
	gatedRegexp
	// dotted are the phrases that end with a full stop (white space may
	// follow), words the others (white space must follow), each in the
	// order of the pattern's alternation.
	dotted, words []string
}

func newIntroMatcher(phrases []string) introMatcher {
	m := introMatcher{gatedRegexp: introRegexp(phrases)}
	for _, p := range phrases {
		if strings.HasSuffix(p, ".") {
			m.dotted = append(m.dotted, p)
		} else {
			m.words = append(m.words, p)
		}
	}
	return m
}

// FindStringIndex returns the range of the match at the start of s, or
// nil. The pattern's alternation takes the first phrase of its order
// that fits: a dotted one with the white space after it, or a word with
// the white space (one byte at least) after it.
func (m *introMatcher) FindStringIndex(s string) []int {
	if end := m.matchEnd(s); end >= 0 {
		return []int{0, end}
	}
	return nil
}

// MatchString reports whether s starts with a match.
func (m *introMatcher) MatchString(s string) bool { return m.matchEnd(s) >= 0 }

func (m *introMatcher) matchEnd(s string) int {
	if !m.may(s) {
		return -1
	}
	for _, p := range m.dotted {
		if n := prefixFold(s, p); n >= 0 {
			return skipRegexpSpace(s, n)
		}
	}
	for _, p := range m.words {
		if n := prefixFold(s, p); n >= 0 && n < len(s) && isRegexpSpace(s[n]) {
			return skipRegexpSpace(s, n)
		}
	}
	return -1
}

// prefixFold returns the length of the start of s that matches phrase
// as a literal of a (?i) pattern does: rune by rune, each rune of s one
// of the simple case folds of the phrase's rune (an invalid byte reads as
// U+FFFD). It returns -1 when s does not start so.
func prefixFold(s, phrase string) int {
	i := 0
	for _, pr := range phrase {
		if i >= len(s) {
			return -1
		}
		c := s[i]
		if c < utf8.RuneSelf && pr < utf8.RuneSelf {
			// ASCII against ASCII: only the case may differ.
			if c != byte(pr) && !('a' <= c|0x20 && c|0x20 <= 'z' && c|0x20 == byte(pr)|0x20) {
				return -1
			}
			i++
			continue
		}
		sr, size := utf8.DecodeRuneInString(s[i:])
		if sr != pr && !foldsTo(sr, pr) {
			return -1
		}
		i += size
	}
	return i
}

// foldsTo reports whether r is in the orbit of simple case folds of pr.
func foldsTo(r, pr rune) bool {
	if r < utf8.RuneSelf && pr >= utf8.RuneSelf && pr != '\u212a' && pr != '\u017f' {
		// The only runes outside ASCII in the orbit of an ASCII rune are
		// the Kelvin sign and the long s (TestASCIIFoldOrbits): the
		// Cyrillic phrases skip the walk for ASCII text.
		return false
	}
	for f := unicode.SimpleFold(pr); f != pr; f = unicode.SimpleFold(f) {
		if f == r {
			return true
		}
	}
	return false
}

// introRegexp builds a case-insensitive pattern matching one of the
// phrases at the start of a string, followed by a space (or anything, for
// a phrase that ends with a full stop). It runs only on strings that start
// with a phrase's first byte (or a byte outside ASCII).
func introRegexp(phrases []string) gatedRegexp {
	heads := headPairs(phrases)
	return gatedRegexp{introPattern(phrases), heads.mayStart}
}

// pairSet is a set of the ASCII pairs of bytes that start phrases: for a
// first byte, the set of second bytes (as bits).
type pairSet [128][4]uint64

// headPairs returns the pairs of bytes that start the lower-case phrases
// (of two bytes at least), in both ASCII cases.
func headPairs(phrases []string) *pairSet {
	ps := &pairSet{}
	for _, p := range phrases {
		if len(p) < 2 || p[0] >= utf8.RuneSelf || p[1] >= utf8.RuneSelf {
			continue // a string starting so passes mayStart anyway
		}
		for _, a := range asciiCases(p[0]) {
			for _, b := range asciiCases(p[1]) {
				ps[a][b>>6] |= 1 << (b & 63)
			}
		}
	}
	return ps
}

// asciiCases returns c in both cases when it is an ASCII letter.
func asciiCases(c byte) []byte {
	switch {
	case 'a' <= c && c <= 'z':
		return []byte{c, c - 'a' + 'A'}
	case 'A' <= c && c <= 'Z':
		return []byte{c, c - 'A' + 'a'}
	}
	return []byte{c}
}

// runeHeads returns the first two runes of each non-empty phrase, the
// second -1 when the phrase has one rune, each pair once.
func runeHeads(phrases []string) [][2]rune {
	var heads [][2]rune
	for _, p := range phrases {
		if p == "" {
			continue
		}
		r1, n := utf8.DecodeRuneInString(p)
		h := [2]rune{r1, -1}
		if n < len(p) {
			h[1], _ = utf8.DecodeRuneInString(p[n:])
		}
		if !slices.Contains(heads, h) {
			heads = append(heads, h)
		}
	}
	return heads
}

// headSet holds the heads of runeHeads by their first rune: for an ASCII
// one, in a table (most words that reach mayStartHead start with ASCII and
// need no look at the heads of other first runes), else in a list.
type headSet struct {
	// seconds are the second runes of the heads whose first rune is the
	// index (-1 for a phrase of one rune).
	seconds [utf8.RuneSelf][]rune
	// others are the heads whose first rune is outside ASCII.
	others [][2]rune
}

func newHeadSet(heads [][2]rune) *headSet {
	hs := &headSet{}
	for _, h := range heads {
		if 0 <= h[0] && h[0] < utf8.RuneSelf {
			hs.seconds[h[0]] = append(hs.seconds[h[0]], h[1])
		} else {
			hs.others = append(hs.others, h)
		}
	}
	return hs
}

// mayStart reports whether s can start with one of the phrases, as a
// case-insensitive regexp reads them: its first two bytes are a pair of
// the set, or one of them is outside ASCII (where Unicode folding, as of
// the Kelvin sign and the long s, may give ASCII letters). A phrase has
// two bytes at least.
func (ps *pairSet) mayStart(s string) bool {
	if len(s) < 2 {
		return false
	}
	a, b := s[0], s[1]
	return a >= utf8.RuneSelf || b >= utf8.RuneSelf || ps[a][b>>6]&(1<<(b&63)) != 0
}

// endsSet holds, for the first byte of each word of a set of lower-case
// words, the word's last byte (as a bit), and whether the set has the
// empty word.
type endsSet struct {
	pairs [256][4]uint64
	empty bool
}

func (es *endsSet) add(w string) {
	if w == "" {
		es.empty = true
		return
	}
	last := w[len(w)-1]
	es.pairs[w[0]][last>>6] |= 1 << (last & 63)
}

// mayHoldLower reports whether w lower-cased (rune by rune, as lowerWord
// does) may be a word of the set: whether its first and last bytes are a
// pair of it. Lowering maps rune to rune, so they are the first byte of
// w's first rune lowered and the last byte of its last rune lowered.
func (es *endsSet) mayHoldLower(w string) bool {
	if w == "" {
		return es.empty
	}
	first, last := lowerFirstByte(w), lowerLastByte(w)
	return es.pairs[first][last>>6]&(1<<(last&63)) != 0
}

// byteSet is a set of bytes.
type byteSet [256]bool

// The roles of a word of roleMarks.
const (
	markEditor = 1 << iota
	markTranslator
)

// The flags of a word of places: it is a city or a region, or one with a
// full stop added.
const (
	placeCity = 1 << iota
	placeRegion
	placeCityDot
	placeRegionDot
)

// keys returns the words of a word set, in no order.
func keys(m map[string]bool) []string {
	ws := make([]string, 0, len(m))
	for w := range m {
		ws = append(ws, w)
	}
	return ws
}

// firstBytes returns the first bytes of the lower-case phrases in both
// ASCII cases.
func firstBytes(phrases []string) byteSet {
	var set byteSet
	for _, p := range phrases {
		if p == "" {
			continue
		}
		c := p[0]
		set[c] = true
		if 'a' <= c && c <= 'z' {
			set[c-'a'+'A'] = true
		}
	}
	return set
}

// mayStart reports whether a case-insensitive match of one of the phrases
// of the set can start with c: c is in the set or outside ASCII (where
// Unicode folding, as of the Kelvin sign and the long s, and lower-casing
// may give ASCII letters).
func (set *byteSet) mayStart(c byte) bool {
	return c >= utf8.RuneSelf || set[c]
}

func introPattern(phrases []string) *regexp.Regexp {
	var dotted, words []string
	for _, p := range phrases {
		if strings.HasSuffix(p, ".") {
			dotted = append(dotted, regexp.QuoteMeta(p))
		} else {
			words = append(words, regexp.QuoteMeta(p))
		}
	}
	return regexp.MustCompile(`(?i)^(?:(?:` + strings.Join(dotted, "|") + `)\s*|(?:` + strings.Join(words, "|") + `)\s+)`)
}

// MustLoad is Load for tests and programs that cannot go on without the
// lexicon; it panics on a broken data file.
func MustLoad() *Lexicon {
	lx, err := Load()
	if err != nil {
		panic(err)
	}
	return lx
}

// has reports whether the lower-cased text s contains one of the section's
// phrases at word boundaries.
func (lx *Lexicon) has(section cueSection, s string) bool {
	return lx.hasAny(s, section)
}

// hasAny reports whether has(section, s) holds for one of the sections.
func (lx *Lexicon) hasAny(s string, sections ...cueSection) bool {
	if s == "" {
		return false
	}
	for _, section := range sections {
		if lx.cueSets[section].containsAny(s) {
			return true
		}
	}
	return false
}

// cueSet is a section's phrases with the hashes of each one's byte pairs,
// so that a search for one phrase can skip a string that lacks them, and
// the phrases by their first two bytes, so that a search for any of them
// looks only where two bytes can start one.
type cueSet struct {
	phrases []string
	// grams are the hashes of each phrase's byte pairs.
	grams [][]uint16
	// byFirst are the phrases by their first byte, in their order.
	byFirst [256][]string
	// pairs holds, by the first byte of a phrase, the bytes that can
	// follow it: the phrase's second byte, or every byte for a phrase of
	// one byte.
	pairs [256][4]uint64
	// first holds the first bytes of the phrases: the bytes whose pairs
	// are not all empty, told by one read.
	first byteSet
}

func newCueSet(phrases []string) *cueSet {
	cs := &cueSet{phrases: phrases, grams: make([][]uint16, len(phrases))}
	for k, p := range phrases {
		for i := 0; i+1 < len(p); i++ {
			cs.grams[k] = append(cs.grams[k], bigramHash(p[i], p[i+1]))
		}
		if p == "" {
			continue
		}
		cs.byFirst[p[0]] = append(cs.byFirst[p[0]], p)
		cs.first[p[0]] = true
		if len(p) == 1 {
			cs.pairs[p[0]] = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
		} else {
			cs.pairs[p[0]][p[1]>>6] |= 1 << (p[1] & 63)
		}
	}
	return cs
}

// containsAny reports whether containsWord(s, p) holds for one of the
// phrases: whether one stands in s at word boundaries. It tries the
// phrases that start with a byte only where the byte after it can be
// their second.
func (cs *cueSet) containsAny(s string) bool { return containsAnyOf(cs, s) }

// containsAnyOf is containsAny on a string or on bytes (which need no
// string made of them).
func containsAnyOf[T ~string | ~[]byte](cs *cueSet, s T) bool {
	if len(s) == 0 {
		return false
	}
	// Every byte but the last has one after it to test the pair with; at
	// the last, only a phrase of one byte fits.
	last := len(s) - 1
	first := &cs.first // (read through a pointer: no nil check a byte)
	for i := 0; i < last; i++ {
		if c := s[i]; first[c] && cs.pairs[c][s[i+1]>>6]&(1<<(s[i+1]&63)) != 0 && phraseAt(cs, s, i) {
			return true
		}
	}
	return phraseAt(cs, s, last)
}

// phraseAt reports whether one of the phrases stands in s at i, at word
// boundaries.
func phraseAt[T ~string | ~[]byte](cs *cueSet, s T, i int) bool {
	for _, p := range cs.byFirst[s[i]] {
		if len(s)-i >= len(p) && string(s[i:i+len(p)]) == p && boundaryBefore(s, i, p) && boundaryAfter(s, i+len(p), p) {
			return true
		}
	}
	return false
}

// mayHold reports whether a string with the byte pairs seen may hold
// phrase k: false when it lacks one of the phrase's byte pairs.
func (cs *cueSet) mayHold(seen *bigramSet, k int) bool {
	for _, h := range cs.grams[k] {
		if !seen.has(h) {
			return false
		}
	}
	return true
}

// bigramSet is a set of hashed byte pairs: a Bloom filter of the pairs a
// string holds (false positives only).
type bigramSet [1024 / 64]uint64

func bigramHash(a, b byte) uint16 { return (uint16(a)<<2 ^ uint16(b)) & 1023 }

func (bs *bigramSet) addAll(s []byte) {
	if len(s) < 2 {
		return
	}
	a := s[0] // each byte is read once, and kept for its pair with the next
	for _, b := range s[1:] {
		h := bigramHash(a, b)
		bs[h>>6] |= 1 << (h & 63)
		a = b
	}
}

func (bs *bigramSet) has(h uint16) bool { return bs[h>>6]&(1<<(h&63)) != 0 }

// month returns the month number of a word, or 0.
func (lx *Lexicon) month(w string) int {
	var arr [32]byte
	return lx.Months[string(bytes.TrimSuffix(lowerWord(arr[:0], w), []byte(".")))]
}

// loadPlaces reads the gazetteer data/places.lex: sections [city] and
// [region], each line one place with its spellings. A spelling may appear
// only once in the file.
func (lx *Lexicon) loadPlaces() error {
	entries, err := nlp.LoadLexicon(dataFS, "data/places.lex")
	if err != nil {
		return err
	}
	return lx.readPlaces(entries)
}

// readPlaces fills the gazetteer from parsed entries, reporting the first
// bad line as file:line.
func (lx *Lexicon) readPlaces(entries []nlp.LexEntry) error {
	seen := map[string]int{}
	for _, e := range entries {
		var set map[string]bool
		switch e.Section {
		case "city":
			set = lx.Cities
		case "region":
			set = lx.Regions
		default:
			return e.Errorf("unknown section [%s]", e.Section)
		}
		for _, name := range e.Fields {
			name = strings.ToLower(name)
			if name == "" || strings.ContainsAny(name, ",;:") {
				return e.Errorf("place name %q is empty or has punctuation between parts", name)
			}
			if line, ok := seen[name]; ok {
				return e.Errorf("place name %q already on line %d", name, line)
			}
			seen[name] = e.Line
			set[name] = true
		}
	}
	if len(lx.Cities) == 0 || len(lx.Regions) == 0 {
		return fmt.Errorf("data/places.lex: [city] and [region] must not be empty")
	}
	return nil
}

// abbrevs are the abbreviations of data/abbrevs.lex, read once: the
// sentence splitting that needs them runs without a Lexicon at hand.
var abbrevs = func() map[string]bool {
	m, err := loadAbbrevs()
	if err != nil {
		panic(err) // the embedded file is checked by Load and its test
	}
	return m
}()

func loadAbbrevs() (map[string]bool, error) {
	entries, err := nlp.LoadLexicon(dataFS, "data/abbrevs.lex")
	if err != nil {
		return nil, err
	}
	return readAbbrevs(entries)
}

// readAbbrevs reads parsed entries of an abbreviation file.
func readAbbrevs(entries []nlp.LexEntry) (map[string]bool, error) {
	m := map[string]bool{}
	for _, e := range entries {
		if e.Section != "abbrev" || len(e.Fields) != 1 {
			return nil, e.Errorf("want one abbreviation a line in section [abbrev]")
		}
		w := strings.ToLower(e.Fields[0])
		if strings.HasSuffix(w, ".") || strings.Contains(w, " ") {
			return nil, e.Errorf("abbreviation %q: write it without the full stop, one word", w)
		}
		if m[w] {
			return nil, e.Errorf("abbreviation %q listed twice", w)
		}
		m[w] = true
	}
	return m, nil
}
