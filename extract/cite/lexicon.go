package cite

import (
	"embed"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/nlp"
)

//go:embed data/*.lex
var dataFS embed.FS

// Lexicon holds the data the citation extractor reads: the Cyrillic to
// Latin transliteration table, organisation head words, words that are
// never surnames and "et al." / "and" markers for callouts (data/cues.lex),
// and the attribution patterns with their word lists (data/attrib.lex).
// Load it once with Load; it is read-only afterwards.
type Lexicon struct {
	// Translit maps a lower-case Cyrillic letter to its Latin spelling.
	Translit map[rune]string
	// Before and After are the attribution patterns whose organisation
	// follows or precedes their words, as written in data/attrib.lex.
	Before, After []string
	// OrgHeads are words (or, for inflected languages, word beginnings)
	// that make a callout's name part an organisation.
	OrgHeads []string
	// NotNames are capitalised words that are not surnames.
	NotNames map[string]bool
	// EtAl and And are the markers of callouts, longest first.
	EtAl, And []string
	// etAlEnds holds the last byte of each marker of EtAl: a name that
	// ends with another ends with none.
	etAlEnds [256]bool

	at *attribLexicon
	// orgExact and orgStems are OrgHeads as isOrgWord reads them: every
	// head as a word, the heads of four letters or more as word beginnings
	// (by their first byte).
	orgExact map[string]bool
	orgStems [256][]string
	// orgLeads holds, as bits by first byte, the second byte of every head
	// that leads with two ASCII bytes (0 for a head of one byte): a word
	// whose first two bytes begin no head, most surnames, is none without
	// the lookups.
	orgLeads [256][4]uint64
	// andSeps are the separators of And as readCalloutNames looks for
	// them: " and ", but "&" alone.
	andSeps []string
}

var sections = map[string]bool{
	"organisation": true, "not-name": true, "etal": true, "and": true,
}

// Load parses the embedded data files and validates them.
func Load() (*Lexicon, error) {
	lx := &Lexicon{Translit: map[rune]string{}, NotNames: map[string]bool{}}
	tr, err := nlp.LoadLexicon(dataFS, "data/translit.lex")
	if err != nil {
		return nil, err
	}
	for _, e := range tr {
		if e.Section != "cyrillic" || len(e.Fields) != 2 {
			return nil, e.Errorf("want \"letter | latin\" in section [cyrillic]")
		}
		r, n := utf8.DecodeRuneInString(e.Fields[0])
		if n != len(e.Fields[0]) {
			return nil, e.Errorf("%q is not one letter", e.Fields[0])
		}
		if r < utf8.RuneSelf {
			// fold looks only letters outside ASCII up.
			return nil, e.Errorf("%q is ASCII: only letters of other scripts are transliterated", e.Fields[0])
		}
		if _, dup := lx.Translit[r]; dup {
			return nil, e.Errorf("letter %q listed twice", e.Fields[0])
		}
		lx.Translit[r] = e.Fields[1]
	}
	cues, err := nlp.LoadLexicon(dataFS, "data/cues.lex")
	if err != nil {
		return nil, err
	}
	for _, e := range cues {
		if !sections[e.Section] {
			return nil, e.Errorf("unknown section [%s]", e.Section)
		}
		if len(e.Fields) != 1 {
			return nil, e.Errorf("want one phrase a line")
		}
		p := strings.ToLower(e.Fields[0])
		switch e.Section {
		case "organisation":
			lx.OrgHeads = append(lx.OrgHeads, p)
		case "not-name":
			lx.NotNames[p] = true
		case "etal":
			lx.EtAl = append(lx.EtAl, p)
		case "and":
			lx.And = append(lx.And, p)
		}
	}
	for name, l := range map[string][]string{"organisation": lx.OrgHeads, "etal": lx.EtAl, "and": lx.And} {
		if len(l) == 0 {
			return nil, fmt.Errorf("data/cues.lex: section [%s] is empty", name)
		}
		sort.Slice(l, func(i, j int) bool { return len(l[i]) > len(l[j]) })
	}
	for _, m := range lx.EtAl {
		lx.etAlEnds[m[len(m)-1]] = true
	}
	lx.orgExact = map[string]bool{}
	for _, h := range lx.OrgHeads {
		lx.orgExact[h] = true
		lx.addOrgLead(h)
		if utf8.RuneCountInString(h) >= 4 {
			lx.orgStems[h[0]] = append(lx.orgStems[h[0]], h)
		}
	}
	for _, a := range lx.And {
		sep := " " + a + " "
		if a == "&" {
			sep = "&"
		}
		lx.andSeps = append(lx.andSeps, sep)
	}
	at, err := loadAttrib(dataFS, "data/attrib.lex")
	if err != nil {
		return nil, err
	}
	lx.at = at
	for _, p := range at.patterns {
		if p.right != slotNone {
			lx.Before = append(lx.Before, p.src)
		}
		if p.left != slotNone && p.left != slotPersonOpt {
			lx.After = append(lx.After, p.src)
		}
	}
	return lx, nil
}

// MustLoad is Load for tests and programs that cannot go on without the
// lexicon.
func MustLoad() *Lexicon {
	lx, err := Load()
	if err != nil {
		panic(err)
	}
	return lx
}

// lowerASCIIInto appends w in lower case to b (as strings.ToLower) when w
// is ASCII and fits in b's capacity; else it reports false.
func lowerASCIIInto(b []byte, w string) ([]byte, bool) {
	if len(w) > cap(b)-len(b) {
		return b, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return b, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b, true
}

// isOrgWord reports whether a word is an organisation head word.
func (lx *Lexicon) isOrgWord(w string) bool {
	if w == "" {
		return false
	}
	if c, d := w[0], w[len(w)-1]; c >= utf8.RuneSelf || orgTrim[c] || d >= utf8.RuneSelf || orgTrim[d] {
		// (A word that starts and ends with an ASCII byte not in the
		// cutset, most words, is as Trim leaves it.)
		w = strings.Trim(w, orgTrimSet)
		if w == "" {
			return false
		}
	}
	if lx.orgLeadsNone(w) {
		return false
	}
	// A short ASCII word is lower-cased into a buffer: the lookups below
	// then allocate nothing. (A stem matches only words with its first
	// byte.)
	var buf [48]byte
	if b, ok := lowerASCIIInto(buf[:0], w); ok {
		if lx.orgExact[string(b)] {
			return true
		}
		for _, h := range lx.orgStems[b[0]] {
			if len(b) >= len(h) && string(b[:len(h)]) == h {
				return true
			}
		}
		return false
	}
	w = strings.ToLower(w)
	if lx.orgExact[w] {
		return true
	}
	for _, h := range lx.orgStems[w[0]] {
		if strings.HasPrefix(w, h) {
			return true
		}
	}
	return false
}

// lowerLead returns the first two bytes of the non-empty w in lower case
// (the second 0 when w has one byte), and whether they are ASCII: then
// they are those of strings.ToLower(w).
func lowerLead(w string) (c, d byte, ok bool) {
	c = w[0]
	if len(w) > 1 {
		d = w[1]
	}
	if c >= utf8.RuneSelf || d >= utf8.RuneSelf {
		return 0, 0, false
	}
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	if 'A' <= d && d <= 'Z' {
		d += 'a' - 'A'
	}
	return c, d, true
}

// addOrgLead notes the head h in orgLeads. (A head that does not lead
// with two ASCII bytes begins no word that does.)
func (lx *Lexicon) addOrgLead(h string) {
	if c, d, ok := lowerLead(h); ok {
		lx.orgLeads[c][d>>6] |= 1 << (d & 63)
	}
}

// orgLeadsNone reports whether the non-empty word w leads with two ASCII
// bytes that begin no head: then it is none and begins none.
func (lx *Lexicon) orgLeadsNone(w string) bool {
	c, d, ok := lowerLead(w)
	return ok && lx.orgLeads[c][d>>6]&(1<<(d&63)) == 0
}

// orgTrimSet is what isOrgWord trims around a word; orgTrim holds its
// ASCII marks.
const orgTrimSet = "()«»\"“”'’.,"

var orgTrim = asciiSet("()\"'.,")
