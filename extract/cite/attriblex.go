package cite

import (
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/nlp"
)

// slot is what stands at one end of an attribution pattern.
type slot int

const (
	slotNone slot = iota
	slotOrg
	slotOrgPoss
	slotPerson
	slotPersonOpt
)

// wordSet holds folded words and stems ("сообщил*").
type wordSet struct {
	exact map[string]bool
	stems map[rune][]string // by first letter
}

func newWordSet() wordSet {
	return wordSet{exact: map[string]bool{}, stems: map[rune][]string{}}
}

// add adds a folded word or stem; it reports false for a duplicate.
func (s *wordSet) add(w string) bool {
	if st, ok := strings.CutSuffix(w, "*"); ok {
		r, _ := utf8.DecodeRuneInString(st)
		for _, x := range s.stems[r] {
			if x == st {
				return false
			}
		}
		s.stems[r] = append(s.stems[r], st)
		return true
	}
	if s.exact[w] {
		return false
	}
	s.exact[w] = true
	return true
}

func (s *wordSet) has(w string) bool {
	if w == "" {
		return false
	}
	if s.exact[w] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	for _, st := range s.stems[r] {
		if strings.HasPrefix(w, st) {
			return true
		}
	}
	return false
}

func (s *wordSet) empty() bool { return len(s.exact) == 0 && len(s.stems) == 0 }

// elem is one position of a pattern's words: a word from a set, optional
// or not, or a gap of up to gap words.
type elem struct {
	words wordSet
	opt   bool
	gap   int
}

// pattern is one compiled [pattern] line of attrib.lex.
type pattern struct {
	src, lang         string
	left, right       slot
	leftGap, rightGap int
	// afterLower: the words must follow a lower-case word ("_ compiled by
	// ORG": "the data compiled by", not "Published by" in front matter).
	afterLower bool
	elems      []elem
	// next is the set of the second word when the pattern needs one
	// right after the first (not optional, no gap), else nil: a first
	// word whose patterns all need one starts none without it.
	next *wordSet
}

// attribLexicon is data/attrib.lex, compiled.
type attribLexicon struct {
	// scratch holds *attribScratch: space attributionsGated reuses from
	// document to document (the lexicon is read-only otherwise).
	scratch  sync.Pool
	patterns []*pattern
	// anchors index the patterns by their first word.
	anchors map[string][]int
	// stemAnchors index the patterns whose first word is a stem, by the
	// stem's first letter (as wordSet.stems).
	stemAnchors map[rune][]stemAnchor
	heads       wordSet
	legal       wordSet
	aux         wordSet
	conn        wordSet
	stop        wordSet
	notOrg      wordSet
	roles       wordSet
	offices     wordSet
	captions    wordSet
	// names are organisation names by their first word.
	names map[string][][]nameWord
	// nameStems are the names whose first word is a stem.
	nameStems [][]nameWord
	// classes indexes the word sets above at once: exact words and stems
	// (by first letter) to the sets they are in.
	classes    map[string]uint8
	classStems map[rune][]stemClass
	// anchorWords, classWords and nameWords hold the first words of the
	// patterns, the words of the sets above and the first words of names,
	// for mayAnchor, mayClass and mayName.
	anchorWords, classWords, nameWords wordFilter
	// nameAllWords holds every word and stem of the names, for
	// mayEndNameBefore.
	nameAllWords wordFilter
	// orgClassWords holds the words and stems of heads and roles alone,
	// for mayOrgClass.
	orgClassWords wordFilter
	// orgClassLeads and nameLeads hold the first two bytes of the heads'
	// and roles' words and stems, and of the names' first words, when
	// ASCII: a plain word that leads with no such pair is none of them
	// and starts none (orgWordIn).
	orgClassLeads, nameLeads leadPairs
	// letterlessOrgWords: one of those words or stems is ASCII with no
	// letter, so that an ASCII word with no letter ("(2023)", "20,000")
	// may be or start one (orgWordIn).
	letterlessOrgWords bool
	// wordClasses are the classes of the words of classes (see loadAttrib).
	wordClasses map[string]*wordClass
	// anchorStarts holds, as startKey bits, the first four letters (or
	// digits) of the patterns' first words and stems, the first words of
	// three letters or fewer whole, and the stems of three letters (with
	// stemMark): see mayAnchorStart.
	anchorStarts [1 << filterBits / 64]uint64
	stems3       bool // a stem of three letters is in anchorStarts
	// firstBytes holds the first bytes of the patterns' first words and
	// stems (folded): a word that starts with an ASCII letter or digit
	// folds to one that starts with it, lower-cased.
	firstBytes [256]bool
	// asciiStarts holds, as asciiKey bits, the first four bytes of the
	// patterns' first words and stems that start with four ASCII letters
	// or digits, and every four a stem of three such starts: a word that
	// starts with four ASCII letters or digits is tested with one hash of
	// them as written (hasStartASCII).
	asciiStarts [1 << filterBits / 64]uint64
}

// stemMark stands for the fourth rune of a stem of three letters in its
// startKey.
const stemMark = 0x7ff

// startKey hashes four folded runes of spellRunes (or 0, or stemMark).
func startKey(r0, r1, r2, r3 rune) uint32 {
	return uint32((uint64(r0)<<33 | uint64(r1)<<22 | uint64(r2)<<11 | uint64(r3)) * 0x9e3779b97f4a7c15 >> (64 - filterBits))
}

func (at *attribLexicon) addStart(h uint32) { at.anchorStarts[h/64] |= 1 << (h % 64) }

func (at *attribLexicon) hasStart(h uint32) bool { return at.anchorStarts[h/64]&(1<<(h%64)) != 0 }

// asciiKey hashes four ASCII letters or digits, lower-cased, little-endian.
func asciiKey(x uint32) uint32 { return x * 0x9e3779b1 >> (32 - filterBits) }

// hasStartASCII reports whether a word that starts with the four ASCII
// letters or digits x (little-endian, as written) may fold to a
// pattern's first word or start with a stem of one. (Setting 0x20 lower-
// cases a letter and leaves a digit as it is.)
func (at *attribLexicon) hasStartASCII(x uint32) bool {
	h := asciiKey(x | 0x20202020)
	return at.asciiStarts[h/64]&(1<<(h%64)) != 0
}

func (at *attribLexicon) addStartASCII(b0, b1, b2, b3 byte) {
	h := asciiKey(uint32(b0) | uint32(b1)<<8 | uint32(b2)<<16 | uint32(b3)<<24)
	at.asciiStarts[h/64] |= 1 << (h % 64)
}

// indexAnchorStarts fills anchorStarts.
func (at *attribLexicon) indexAnchorStarts() {
	add := func(w string, stem bool) {
		if w != "" {
			at.firstBytes[w[0]] = true
		}
		var rs [4]rune
		n := 0
		for _, r := range w {
			if n == 4 {
				break
			}
			if r >= rune(len(spellRunes)) || !spellRunes[r].alnum {
				// Only words whose first four runes are not all letters or
				// digits of spellRunes can match it: mayAnchorStart lets
				// them all through.
				return
			}
			rs[n] = r
			n++
		}
		ascii := n >= 3 && rs[0] < utf8.RuneSelf && rs[1] < utf8.RuneSelf && rs[2] < utf8.RuneSelf && rs[3] < utf8.RuneSelf
		switch {
		case ascii && n == 4:
			at.addStartASCII(lowerASCII[rs[0]], lowerASCII[rs[1]], lowerASCII[rs[2]], lowerASCII[rs[3]])
		case ascii && stem && n == 3:
			for c := range utf8.RuneSelf {
				if asciiAlnum[c] {
					at.addStartASCII(lowerASCII[rs[0]], lowerASCII[rs[1]], lowerASCII[rs[2]], lowerASCII[c])
				}
			}
		}
		if stem && n == 3 {
			rs[3] = stemMark
			at.stems3 = true
		}
		at.addStart(startKey(rs[0], rs[1], rs[2], rs[3]))
	}
	for w := range at.anchors {
		for _, v := range apostropheForms(w) {
			add(v, false)
		}
	}
	for _, l := range at.stemAnchors {
		for _, sa := range l {
			for _, v := range apostropheForms(sa.stem) {
				add(v, true)
			}
		}
	}
}

// apostropheForms returns the folded word w and, when its first four
// runes hold "'", its forms with "ʼ" for some of them: a letter that fold
// turns into "'", which mayAnchorStart and skimWords read as written.
func apostropheForms(w string) []string {
	forms := []string{w}
	for k, n := 0, 0; k < len(w) && n < 4; n++ {
		if w[k] == '\'' {
			for _, f := range forms {
				forms = append(forms, f[:k]+"ʼ"+f[k+1:])
			}
		}
		_, size := utf8.DecodeRuneInString(w[k:])
		k += size
	}
	return forms
}

// mayAnchorStart reports whether a word, as written after the marks before
// it (w), may fold to a pattern's first word or start with a stem of one;
// false only when it cannot. A word that starts with four letters or
// digits (of spellRunes, of one or two bytes) keeps them, folded, at the
// start of its folded form: the marks after a word and a possessive's "'s"
// hold none. A word of three of them or fewer, with only ASCII marks of
// trailPunct after them or none, folds to them alone.
func (at *attribLexicon) mayAnchorStart(w string) bool {
	var rs [4]rune
	n, i := 0, 0
	if len(w) >= 4 && asciiAlnum[w[0]] && asciiAlnum[w[1]] && asciiAlnum[w[2]] && asciiAlnum[w[3]] {
		// Most words: four ASCII letters.
		return at.hasStartASCII(uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24)
	}
	if len(w) > 0 && asciiAlnum[w[0]] && !at.firstBytes[lowerASCII[w[0]]] {
		// No first word starts with it (numbers: "223-242.", "9(4),").
		return false
	}
	for n < 4 && i < len(w) {
		var r rune
		size := 1
		switch b := w[i]; {
		case b < utf8.RuneSelf:
			r = rune(b)
		case 0xc2 <= b && b <= 0xdf && i+1 < len(w) && w[i+1]&0xc0 == 0x80:
			r = rune(b&0x1f)<<6 | rune(w[i+1]&0x3f)
			size = 2
		case n == 0:
			return at.mayStartWith(w)
		default:
			return true
		}
		if r >= rune(len(spellRunes)) || !spellRunes[r].alnum {
			break
		}
		l := spellRunes[r].lower
		if l == 'ё' {
			l = 'е' // (fold)
		}
		rs[n] = l
		n++
		i += size
	}
	if n == 4 {
		return at.hasStart(startKey(rs[0], rs[1], rs[2], rs[3])) || at.stems3 && at.hasStart(startKey(rs[0], rs[1], rs[2], stemMark))
	}
	for ; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf || !asciiTrail[w[i]] {
			return true
		}
	}
	// No letter or digit: the word has none (sym). A word of three may be a
	// stem of three.
	return n > 0 && at.hasStart(startKey(rs[0], rs[1], rs[2], 0)) || n == 3 && at.stems3 && at.hasStart(startKey(rs[0], rs[1], rs[2], stemMark))
}

// mayStartWith reports whether a word that starts with a rune of three or
// four bytes, w, may fold to a pattern's first word or start with a stem
// of one: its folded form starts with the rune lower-cased ("–", "№"), but
// for the runes fold turns into another.
func (at *attribLexicon) mayStartWith(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if r == utf8.RuneError || hasFoldMarks(w[:size]) {
		return true
	}
	var b [utf8.UTFMax]byte
	utf8.EncodeRune(b[:], unicode.ToLower(r))
	return at.firstBytes[b[0]]
}

// wordFilter tells whether a folded word (not empty) may be in a set of
// words and stems, with no false negatives: it holds one bit for each
// word's length and first two and last bytes, and one for each stem's
// first four bytes (stems4), or three for a stem of three bytes (stems: a
// stem has three letters or more; four bytes are two Cyrillic letters,
// where three would let most Cyrillic words through). Most words of a text
// are in no set, and a filter costs less than the lookups.
type wordFilter struct {
	words, stems, stems4 [1 << filterBits / 64]uint64
}

const filterBits = 14

func filterHash(x uint32) uint32 { return x * 2654435761 >> (32 - filterBits) }

func wordKey(w string) uint32 {
	x := uint32(len(w))<<24 | uint32(w[0])<<16 | uint32(w[len(w)-1])
	if len(w) > 1 {
		x |= uint32(w[1]) << 8
	}
	return filterHash(x)
}

func stemKey(w string) uint32 {
	return filterHash(uint32(w[0])<<16 | uint32(w[1])<<8 | uint32(w[2]))
}

func stemKey4(w string) uint32 {
	return filterHash(uint32(w[0])<<24 | uint32(w[1])<<16 | uint32(w[2])<<8 | uint32(w[3]))
}

func (f *wordFilter) addWord(w string) {
	h := wordKey(w)
	f.words[h/64] |= 1 << (h % 64)
}

func (f *wordFilter) addStem(st string) {
	if len(st) >= 4 {
		h := stemKey4(st)
		f.stems4[h/64] |= 1 << (h % 64)
		return
	}
	h := stemKey(st)
	f.stems[h/64] |= 1 << (h % 64)
}

func (f *wordFilter) hasWord(w string) bool {
	h := wordKey(w)
	return f.words[h/64]&(1<<(h%64)) != 0
}

// hasWordASCII is hasWord for the ASCII word w lower-cased.
func (f *wordFilter) hasWordASCII(w string) bool {
	n := len(w)
	x := uint32(n)<<24 | uint32(lowerASCII[w[0]])<<16 | uint32(lowerASCII[w[n-1]])
	if n > 1 {
		x |= uint32(lowerASCII[w[1]]) << 8
	}
	h := filterHash(x)
	return f.words[h/64]&(1<<(h%64)) != 0
}

// mayASCII is may for the ASCII word w lower-cased, without lower-casing
// it.
func (f *wordFilter) mayASCII(w string) bool {
	n := len(w)
	x := uint32(n)<<24 | uint32(lowerASCII[w[0]])<<16 | uint32(lowerASCII[w[n-1]])
	if n > 1 {
		x |= uint32(lowerASCII[w[1]]) << 8
	}
	if h := filterHash(x); f.words[h/64]&(1<<(h%64)) != 0 {
		return true
	}
	if n < 3 {
		return false
	}
	if h := filterHash(uint32(lowerASCII[w[0]])<<16 | uint32(lowerASCII[w[1]])<<8 | uint32(lowerASCII[w[2]])); f.stems[h/64]&(1<<(h%64)) != 0 {
		return true
	}
	if n < 4 {
		return false
	}
	h := filterHash(uint32(lowerASCII[w[0]])<<24 | uint32(lowerASCII[w[1]])<<16 | uint32(lowerASCII[w[2]])<<8 | uint32(lowerASCII[w[3]]))
	return f.stems4[h/64]&(1<<(h%64)) != 0
}

// may reports whether w is one of the words or starts with one of the
// stems, or may be.
func (f *wordFilter) may(w string) bool {
	if f.hasWord(w) {
		return true
	}
	if len(w) < 3 {
		return false
	}
	if h := stemKey(w); f.stems[h/64]&(1<<(h%64)) != 0 {
		return true
	}
	if len(w) < 4 {
		return false
	}
	h := stemKey4(w)
	return f.stems4[h/64]&(1<<(h%64)) != 0
}

// mayAnchor reports whether the folded word w may be the first word of a
// pattern.
func (at *attribLexicon) mayAnchor(w string) bool {
	return at.anchorWords.may(w)
}

// isAnchor reports whether the folded word w is the first word of a
// pattern (as the pattern loop of attributions looks it up).
func (at *attribLexicon) isAnchor(w string) bool {
	if !at.mayAnchor(w) {
		return false
	}
	if len(at.anchors[w]) > 0 {
		return true
	}
	first, _ := utf8.DecodeRuneInString(w)
	for _, sa := range at.stemAnchors[first] {
		if strings.HasPrefix(w, sa.stem) {
			return true
		}
	}
	return false
}

// mayClass reports whether classify may find the folded word w (without
// a hyphen) in a class: in classes or classStems, or a plural of a head.
func (at *attribLexicon) mayClass(w string) bool {
	return at.classWords.may(w) || len(w) > 3 && w[len(w)-1] == 's' && at.classWords.hasWord(w[:len(w)-1])
}

// mayOrgClassASCII reports whether the ASCII word w lower-cased may be a
// head word (or its plural) or a role: classify finds one of these, or an
// abbreviation, for a word that mayAnchorOrg admits and that is no name.
func (at *attribLexicon) mayOrgClassASCII(w string) bool {
	return at.orgClassWords.mayASCII(w) || len(w) > 3 && w[len(w)-1] == 's' && at.orgClassWords.hasWordASCII(w[:len(w)-1])
}

// mayName reports whether the folded word w may start one of names and
// nameStems.
// leftSlots is what the patterns that need a slot filled on the left need
// there: an organisation's name (org) or one in the possessive (poss) up
// to that many words before the first word, -1 for none; an official
// (person).
type leftSlots struct {
	org, poss int
	person    bool
}

// any reports whether a pattern needs a slot on the left.
func (l leftSlots) any() bool { return l.org >= 0 || l.poss >= 0 || l.person }

// startsOf sorts the patterns the folded word w is the first word of:
// those that need a slot on the left (left); direct, another that needs
// no second word (or too many to keep), leaving f empty; else those that
// need one in f.ps (none when it starts none).
func (at *attribLexicon) startsOf(w string, f *secondNeed) (direct bool, left leftSlots) {
	f.n = 0
	left = leftSlots{org: -1, poss: -1}
	add := func(p int) bool {
		switch pt := at.patterns[p]; {
		case pt.left == slotOrg:
			left.org = max(left.org, pt.leftGap)
		case pt.left == slotOrgPoss:
			left.poss = max(left.poss, pt.leftGap)
		case pt.left == slotPerson:
			left.person = true
		case pt.next == nil || f.n == len(f.ps):
			f.n = 0
			return true
		default:
			f.ps[f.n] = int32(p)
			f.n++
		}
		return false
	}
	for _, p := range at.anchors[w] {
		if add(p) {
			return true, left
		}
	}
	if w == "" {
		return false, left
	}
	first, _ := utf8.DecodeRuneInString(w)
	for _, sa := range at.stemAnchors[first] {
		if strings.HasPrefix(w, sa.stem) && add(sa.p) {
			return true, left
		}
	}
	return false, left
}

func (at *attribLexicon) mayName(w string) bool {
	return at.nameWords.may(w)
}

type stemClass struct {
	stem string
	sets uint8
}

// The word sets in attribLexicon.classes.
const (
	cHead uint8 = 1 << iota
	cLegal
	cStop
	cConn
	cAux
	cRole
	cOffice
	cNotOrg
)

// index fills classes from the word sets.
func (at *attribLexicon) index() {
	at.classes = map[string]uint8{}
	at.classStems = map[rune][]stemClass{}
	for _, x := range []struct {
		set *wordSet
		bit uint8
	}{{&at.heads, cHead}, {&at.legal, cLegal}, {&at.stop, cStop}, {&at.conn, cConn}, {&at.aux, cAux}, {&at.roles, cRole}, {&at.offices, cOffice}, {&at.notOrg, cNotOrg}} {
		for w := range x.set.exact {
			at.classes[w] |= x.bit
			at.classWords.addWord(w)
		}
		for r, l := range x.set.stems {
			for _, st := range l {
				at.classStems[r] = append(at.classStems[r], stemClass{st, x.bit})
				at.classWords.addStem(st)
			}
		}
	}
	for _, set := range []*wordSet{&at.heads, &at.roles} {
		for w := range set.exact {
			at.orgClassWords.addWord(w)
			at.orgClassLeads.add(w)
			at.letterlessOrgWords = at.letterlessOrgWords || letterlessASCII(w)
		}
		for _, l := range set.stems {
			for _, st := range l {
				at.orgClassWords.addStem(st)
				at.orgClassLeads.add(st)
				at.letterlessOrgWords = at.letterlessOrgWords || letterlessASCII(st)
			}
		}
	}
	for w := range at.names {
		at.nameWords.addWord(w)
		at.nameLeads.add(w)
		at.letterlessOrgWords = at.letterlessOrgWords || letterlessASCII(w)
	}
	for _, seq := range at.nameStems {
		at.nameWords.addStem(seq[0].w)
		at.nameLeads.add(seq[0].w)
		at.letterlessOrgWords = at.letterlessOrgWords || letterlessASCII(seq[0].w)
	}
	addAll := func(seq []nameWord) {
		for _, nw := range seq {
			if nw.stem {
				at.nameAllWords.addStem(nw.w)
			} else {
				at.nameAllWords.addWord(nw.w)
			}
		}
	}
	for _, seqs := range at.names {
		for _, seq := range seqs {
			addAll(seq)
		}
	}
	for _, seq := range at.nameStems {
		addAll(seq)
	}
}

// letterlessASCII reports whether w is ASCII with no letter ("2023",
// "(12),", "").
func letterlessASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf || asciiLetter[w[i]] {
			return false
		}
	}
	return true
}

// asciiLetter holds the ASCII letters.
var asciiLetter = func() (set [256]bool) {
	for b := range 256 {
		c := byte(b) | 0x20
		set[b] = 'a' <= c && c <= 'z'
	}
	return set
}()

// leadPairs is a set of the first two bytes of words, when ASCII, by
// bit.
type leadPairs [utf8.RuneSelf][2]uint64

// add notes the lead of the folded word or stem w. (A word or stem that
// does not lead with ASCII begins no ASCII word; one of one byte begins
// every word with that byte.)
func (lp *leadPairs) add(w string) {
	switch {
	case w == "" || w[0] >= utf8.RuneSelf:
	case len(w) == 1:
		lp[w[0]] = [2]uint64{^uint64(0), ^uint64(0)}
	case w[1] < utf8.RuneSelf:
		lp[w[0]][w[1]>>6] |= 1 << (w[1] & 63)
	}
}

// has reports whether a word or stem added leads with the ASCII bytes c
// and d.
func (lp *leadPairs) has(c, d byte) bool {
	return lp[c&0x7f][d>>6&1]&(1<<(d&63)) != 0
}

// classOf returns the sets a folded word is in.
func (at *attribLexicon) classOf(w string) uint8 {
	c := at.classes[w]
	if w == "" {
		return c
	}
	r, _ := utf8.DecodeRuneInString(w)
	for _, sc := range at.classStems[r] {
		if strings.HasPrefix(w, sc.stem) {
			c |= sc.sets
		}
	}
	return c
}

type stemAnchor struct {
	stem string
	p    int
}

type nameWord struct {
	w     string
	stem  bool
	upper bool // an abbreviation: matches only in capitals ("WHO", not "Who")
}

func (n nameWord) match(w string) bool {
	if n.stem {
		return strings.HasPrefix(w, n.w)
	}
	return w == n.w
}

var attribSections = []string{"pattern", "org-head", "org-name", "not-org", "legal", "role", "aux", "connector", "stopword", "caption"}

var patternLangs = map[string]bool{"en": true, "ru": true, "kk": true, "sl": true}

// fold lower-cases a word for matching: "’" reads as "'", "ё" as "е".
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s) // returns s itself when it is lower case
	}
	s = strings.ToLower(s)
	if hasFoldMarks(s) {
		s = foldReplacer.Replace(s)
	}
	return s
}

// hasFoldMarks reports whether s holds a character foldReplacer replaces.
// (Faster than strings.ContainsAny, which decodes s rune by rune for a set
// outside ASCII.)
func hasFoldMarks(s string) bool {
	return strings.IndexByte(s, '`') >= 0 || strings.Contains(s, "’") || strings.Contains(s, "‘") || strings.Contains(s, "ʼ") || strings.Contains(s, "ё")
}

var foldReplacer = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'", "`", "'", "ё", "е")

// loadAttrib reads and validates the attribution data file.
func loadAttrib(fsys fs.FS, name string) (*attribLexicon, error) {
	entries, err := nlp.LoadLexicon(fsys, name)
	if err != nil {
		return nil, err
	}
	at := &attribLexicon{
		anchors: map[string][]int{}, stemAnchors: map[rune][]stemAnchor{}, names: map[string][][]nameWord{},
		heads: newWordSet(), legal: newWordSet(), aux: newWordSet(), conn: newWordSet(),
		stop: newWordSet(), notOrg: newWordSet(), roles: newWordSet(), offices: newWordSet(), captions: newWordSet(),
	}
	sets := map[string]*wordSet{"org-head": &at.heads, "not-org": &at.notOrg, "legal": &at.legal, "aux": &at.aux, "connector": &at.conn, "stopword": &at.stop, "caption": &at.captions}
	seen := map[string]int{}
	names := map[string]bool{}
	for _, e := range entries {
		seen[e.Section]++
		switch e.Section {
		case "pattern":
			if len(e.Fields) != 2 || !patternLangs[e.Fields[1]] {
				return nil, e.Errorf("want \"pattern | language\" with language en, ru, kk or sl")
			}
			p, err := parsePattern(e.Fields[0])
			if err != nil {
				return nil, e.Errorf("pattern %q: %v", e.Fields[0], err)
			}
			p.lang = e.Fields[1]
			if len(p.elems) >= 2 && !p.elems[1].opt && p.elems[1].gap == 0 {
				p.next = &p.elems[1].words
			}
			idx := len(at.patterns)
			at.patterns = append(at.patterns, p)
			first := p.elems[0].words
			for w := range first.exact {
				at.anchors[w] = append(at.anchors[w], idx)
				at.anchorWords.addWord(w)
			}
			for r, l := range first.stems {
				for _, st := range l {
					at.stemAnchors[r] = append(at.stemAnchors[r], stemAnchor{st, idx})
					at.anchorWords.addStem(st)
				}
			}
		case "role":
			if len(e.Fields) > 2 || len(e.Fields) == 2 && e.Fields[1] != "office" {
				return nil, e.Errorf("want \"role\" or \"role | office\"")
			}
			w, err := checkWord(e.Fields[0])
			if err != nil {
				return nil, e.Errorf("%v", err)
			}
			if !at.roles.add(w) {
				return nil, e.Errorf("role %q listed twice", e.Fields[0])
			}
			if len(e.Fields) == 2 {
				at.offices.add(w)
			}
		case "org-name":
			if len(e.Fields) != 1 {
				return nil, e.Errorf("want one name a line")
			}
			var seq []nameWord
			for i, w := range strings.Fields(e.Fields[0]) {
				r, _ := utf8.DecodeRuneInString(w)
				if i == 0 && !unicode.IsUpper(r) && !unicode.IsDigit(r) {
					return nil, e.Errorf("name %q does not start with a capital", e.Fields[0])
				}
				f := fold(w)
				st := strings.HasSuffix(f, "*")
				f = strings.TrimSuffix(f, "*")
				if st && utf8.RuneCountInString(f) < 3 {
					return nil, e.Errorf("stem %q is shorter than 3 letters", w)
				}
				seq = append(seq, nameWord{w: f, stem: st, upper: isAbbrev(strings.TrimSuffix(w, "*"))})
			}
			key := fold(e.Fields[0])
			if names[key] {
				return nil, e.Errorf("name %q listed twice", e.Fields[0])
			}
			names[key] = true
			if seq[0].stem {
				at.nameStems = append(at.nameStems, seq)
			} else {
				at.names[seq[0].w] = append(at.names[seq[0].w], seq)
			}
		default:
			set, ok := sets[e.Section]
			if !ok {
				return nil, e.Errorf("unknown section [%s]", e.Section)
			}
			if len(e.Fields) != 1 {
				return nil, e.Errorf("want one word a line")
			}
			w, err := checkWord(e.Fields[0])
			if err != nil {
				return nil, e.Errorf("%v", err)
			}
			if !set.add(w) {
				return nil, e.Errorf("%q listed twice in [%s]", e.Fields[0], e.Section)
			}
		}
	}
	for _, s := range attribSections {
		if seen[s] == 0 {
			return nil, fmt.Errorf("%s: section [%s] is empty", name, s)
		}
	}
	at.index()
	at.indexAnchorStarts()
	// The classes of the words in classes, as classify finds them for a
	// word that is no abbreviation: they depend on the folded word alone.
	at.wordClasses = map[string]*wordClass{}
	for w := range at.classes {
		at.wordClasses[w] = classify(&spelling{low: w}, w, at)
	}
	return at, nil
}

// isAbbrev reports whether w is written in capitals (two letters or more).
func isAbbrev(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// checkWord validates a word-list entry and returns it folded.
func checkWord(w string) (string, error) {
	f := fold(w)
	st := strings.TrimSuffix(f, "*")
	if st != f && utf8.RuneCountInString(st) < 3 {
		return "", fmt.Errorf("stem %q is shorter than 3 letters", w)
	}
	for _, r := range st {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-'&–./", r)) {
			return "", fmt.Errorf("%q: unexpected character %q", w, r)
		}
	}
	return f, nil
}

// parsePattern compiles one pattern (see data/attrib.lex).
func parsePattern(src string) (*pattern, error) {
	p := &pattern{src: src}
	toks := strings.Fields(src)
	slotOf := func(s string) slot {
		switch s {
		case "ORG":
			return slotOrg
		case "ORG's":
			return slotOrgPoss
		case "PERSON":
			return slotPerson
		case "PERSON?":
			return slotPersonOpt
		}
		return slotNone
	}
	gapOf := func(s string) (int, bool, error) {
		if !strings.HasPrefix(s, "~") {
			return 0, false, nil
		}
		n, err := strconv.Atoi(s[1:])
		if err != nil || n < 1 || n > 8 {
			return 0, true, fmt.Errorf("gap %q: want ~1 to ~8", s)
		}
		return n, true, nil
	}
	if len(toks) > 0 {
		p.left = slotOf(toks[0])
		if p.left != slotNone {
			toks = toks[1:]
			if len(toks) > 0 {
				if n, ok, err := gapOf(toks[0]); err != nil {
					return nil, err
				} else if ok {
					p.leftGap = n
					toks = toks[1:]
				}
			}
		}
	}
	if len(toks) > 0 {
		p.right = slotOf(toks[len(toks)-1])
		if p.right != slotNone {
			toks = toks[:len(toks)-1]
			if len(toks) > 0 {
				if n, ok, err := gapOf(toks[len(toks)-1]); err != nil {
					return nil, err
				} else if ok {
					p.rightGap = n
					toks = toks[:len(toks)-1]
				}
			}
		}
	}
	if len(toks) > 0 && toks[0] == "_" {
		if p.left != slotNone {
			return nil, fmt.Errorf("_ only stands first")
		}
		p.afterLower = true
		toks = toks[1:]
	}
	switch {
	case p.left == slotNone && p.right == slotNone:
		return nil, fmt.Errorf("no ORG or PERSON slot at either end")
	case p.right == slotOrgPoss:
		return nil, fmt.Errorf("ORG's only stands first")
	case p.right == slotPersonOpt:
		return nil, fmt.Errorf("PERSON? only stands first")
	case p.left == slotPersonOpt && p.right == slotNone:
		return nil, fmt.Errorf("PERSON? needs a slot at the end")
	case len(toks) == 0:
		return nil, fmt.Errorf("no words")
	}
	for i, t := range toks {
		if slotOf(t) != slotNone {
			return nil, fmt.Errorf("slot %s in the middle", t)
		}
		if n, ok, err := gapOf(t); err != nil {
			return nil, err
		} else if ok {
			if i == 0 || i == len(toks)-1 || p.elems[len(p.elems)-1].gap > 0 {
				return nil, fmt.Errorf("gap %s must stand between words", t)
			}
			p.elems = append(p.elems, elem{gap: n})
			continue
		}
		el := elem{words: newWordSet()}
		if len(t) > 1 && strings.HasSuffix(t, "?") {
			if i == 0 {
				return nil, fmt.Errorf("the first word %q cannot be optional", t)
			}
			el.opt = true
			t = t[:len(t)-1]
		}
		for _, alt := range strings.Split(t, "/") {
			if alt == "" {
				return nil, fmt.Errorf("empty alternative in %q", t)
			}
			if fold(alt) != alt {
				return nil, fmt.Errorf("word %q is not folded (lower case, \"е\" for \"ё\", \"'\" for \"’\")", alt)
			}
			w, err := checkWord(alt)
			if err != nil {
				return nil, err
			}
			if !el.words.add(w) {
				return nil, fmt.Errorf("%q listed twice in %q", alt, t)
			}
		}
		p.elems = append(p.elems, el)
	}
	return p, nil
}
