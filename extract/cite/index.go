package cite

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/refs"
)

// index holds the reference list in the folded forms callouts are matched
// against.
type index struct {
	lx      *Lexicon
	rs      []refs.Reference
	entries []refEntry
	// matchable: the entries' fields for nameMatch are filled
	// (prepareMatch; only callout names need them).
	matchable bool
	labels    map[int]int
	// unlabelled lists are matched by position.
	unlabelled bool
	// named caches what named returns: a document cites the same names
	// again and again.
	named map[string]*namedEntries
	// byFirst and bySkel index the entries by their first name and its
	// skeleton, byWord (filled when a name with a space first needs it) by
	// the first word of their first name. byOther indexes the entries a
	// name without a space may match otherwise (see nameMatch) by what
	// it must then be or start with: the first word of a first name that
	// has a space, an acronym, a quoted name, the first word of an entry
	// without authors; unworded lists those with a first name of no word.
	byFirst, bySkel, byWord entryIndex
	byOther                 keyIndex
	unworded                []int
	// neChunk and matchChunk are the chunks entriesNamed cuts its results
	// from.
	neChunk    []namedEntries
	matchChunk []int
	// tried marks the entries entriesNamed has tried for a name (when it
	// holds gen, the name's number).
	tried []uint32
	gen   uint32
	// The callout names' folded forms and skeletons (calloutName), one
	// buffer for them all (foldInto), and their words.
	nameBuf   strings.Builder
	nameWords []string
}

// namedEntries are a callout name and the entries whose first author it
// matches (nameMatch), in order.
type namedEntries struct {
	name    calloutName
	entries []int
}

// entryIndex indexes entries by a key: head holds the last entry added
// with a key, next the one added with it before each (-1 for none). (No
// slice per key; entriesNamed sorts what it finds.)
type entryIndex struct {
	head map[string]int32
	next []int32
}

func newEntryIndex(n int) entryIndex {
	return entryIndex{head: make(map[string]int32, n), next: make([]int32, n)}
}

func (x *entryIndex) add(k string, i int) {
	prev, ok := x.head[k]
	if !ok {
		prev = -1
	}
	x.next[i] = prev
	x.head[k] = int32(i)
}

// first returns the last entry added with k (-1 for none); next[i] the
// one before i.
func (x *entryIndex) first(k string) int32 {
	if i, ok := x.head[k]; ok {
		return i
	}
	return -1
}

// keyIndex indexes entries by keys, an entry by any number of them: head
// holds the node of the last entry added with a key, each node the one
// added with it before (-1 for none). Both are made at the first key
// (many documents have none), the nodes for about one key an entry.
type keyIndex struct {
	head    map[string]int32
	nodes   []keyNode
	entries int
}

type keyNode struct{ entry, next int32 }

func (x *keyIndex) add(k string, i int) {
	if x.head == nil {
		x.head, x.nodes = map[string]int32{}, make([]keyNode, 0, x.entries)
	}
	prev, ok := x.head[k]
	if !ok {
		prev = -1
	}
	x.nodes = append(x.nodes, keyNode{int32(i), prev})
	x.head[k] = int32(len(x.nodes) - 1)
}

// first returns the node of the last entry added with k (-1 for none).
func (x *keyIndex) first(k string) int32 {
	if n, ok := x.head[k]; ok {
		return n
	}
	return -1
}

// indexNames fills byFirst, bySkel, byOther and unworded, when a callout
// name first needs them (numeric documents seldom do).
func (ix *index) indexNames() {
	ix.byFirst, ix.bySkel = newEntryIndex(len(ix.entries)), newEntryIndex(len(ix.entries))
	ix.tried = make([]uint32, len(ix.entries))
	ix.byOther = keyIndex{entries: len(ix.entries)}
	add := ix.byOther.add
	for i := range ix.entries {
		e := &ix.entries[i]
		switch {
		case e.nAuthors > 0 && len(e.firstWords) == 0:
			ix.byFirst.add(e.names[0], i)
			ix.bySkel.add(e.skel, i)
			ix.unworded = append(ix.unworded, i)
			continue
		case e.nAuthors > 0:
			ix.byFirst.add(e.names[0], i)
			ix.bySkel.add(e.skel, i)
			// A name matches a first name with a space (hasWordPrefix,
			// tokensWithin) only when their first words are the same,
			// and an acronym when it is the acronym.
			if e.firstSpaced {
				add(e.firstWords[0], i)
			}
			for _, a := range e.acronyms {
				add(a, i)
			}
		default:
			// The name printed at its start: its first word is the
			// name's (hasWordPrefix; the folded head has no other
			// space than ' ').
			if w, _, _ := strings.Cut(e.head[1:], " "); w != "" {
				add(w, i)
			}
		}
		for _, q := range e.quoted {
			add(q, i)
		}
	}
}

// entriesNamed returns the entries whose first author a callout name (as
// written) matches.
func (ix *index) entriesNamed(w string) *namedEntries {
	if ne, ok := ix.named[w]; ok {
		return ne
	}
	if !ix.matchable {
		ix.prepareMatch()
	}
	// The namedEntries and their entries are cut from chunks (a new one
	// when the last may not hold them; what was cut stays as it is).
	if len(ix.neChunk) == cap(ix.neChunk) {
		ix.neChunk = make([]namedEntries, 0, 32)
	}
	ix.neChunk = append(ix.neChunk, namedEntries{name: ix.calloutName(w)})
	ne := &ix.neChunk[len(ix.neChunk)-1]
	if cap(ix.matchChunk)-len(ix.matchChunk) < len(ix.entries) {
		ix.matchChunk = make([]int, 0, max(64, 4*len(ix.entries)))
	}
	n0 := len(ix.matchChunk)
	ne.entries = ix.matchChunk[n0:n0]
	if ne.name.spaced && len(ne.name.words) == 0 {
		for i := range ix.entries {
			if nameMatch(ne.name, &ix.entries[i]) {
				ne.entries = append(ne.entries, i)
			}
		}
	} else {
		if ix.byFirst.head == nil {
			ix.indexNames()
		}
		// Only these entries can match: the others fail every test of
		// nameMatch. (A name with a space matches a first name that
		// starts with its first word otherwise: hasWordPrefix either way,
		// tokensWithin; byOther holds the entries it may match by its
		// first word too. TestEntriesNamedMatchesScanRandom.)
		// Each candidate is tried once (tried[i] == ix.gen), the matches
		// sorted after.
		ix.gen++
		try := func(i int) {
			if ix.tried[i] != ix.gen {
				ix.tried[i] = ix.gen
				if nameMatch(ne.name, &ix.entries[i]) {
					ne.entries = append(ne.entries, i)
				}
			}
		}
		for i := ix.byFirst.first(ne.name.folded); i >= 0; i = ix.byFirst.next[i] {
			try(int(i))
		}
		for i := ix.bySkel.first(ne.name.skel); i >= 0; i = ix.bySkel.next[i] {
			try(int(i))
		}
		for k := ix.byOther.first(ne.name.folded); k >= 0; k = ix.byOther.nodes[k].next {
			try(int(ix.byOther.nodes[k].entry))
		}
		if ne.name.spaced && ne.name.words[0] != ne.name.folded {
			for k := ix.byOther.first(ne.name.words[0]); k >= 0; k = ix.byOther.nodes[k].next {
				try(int(ix.byOther.nodes[k].entry))
			}
		}
		for _, i := range ix.unworded {
			try(i)
		}
		if ne.name.spaced {
			if ix.byWord.head == nil {
				// (Fewer documents cite names with a space.)
				ix.byWord = newEntryIndex(len(ix.entries))
				for i := range ix.entries {
					if e := &ix.entries[i]; e.nAuthors > 0 && len(e.firstWords) > 0 {
						ix.byWord.add(e.firstWords[0], i)
					}
				}
			}
			for i := ix.byWord.first(ne.name.words[0]); i >= 0; i = ix.byWord.next[i] {
				try(int(i))
			}
		}
		slices.Sort(ne.entries)
	}
	if len(ne.entries) == 0 {
		ne.entries = nil
	} else {
		ne.entries = ne.entries[:len(ne.entries):len(ne.entries)]
		ix.matchChunk = ix.matchChunk[:n0+len(ne.entries)]
	}
	if ix.named == nil {
		// (As many names as references, about: calloutNames.)
		ix.named = make(map[string]*namedEntries, len(ix.entries))
	}
	ix.named[w] = ne
	return ne
}

type refEntry struct {
	// names are the folded family names or organisation names of the
	// first two authors (callouts are matched on those), of nAuthors.
	names    []string
	nAuthors int
	// firstWords to head are filled by prepareMatch.
	firstWords  []string // the words of names[0]
	firstSpaced bool     // names[0] has a space
	skel        string   // consonant skeleton of names[0], for spelling variants
	acronyms    []string
	quoted      []string // folded names in quotes inside an organisation's name
	year        int
	suffix      string
	noDate      bool
	head        string // folded start of the entry, for entries without names
	// title is the folded title once titleFolded (index.title): only
	// duplicates compares titles, for few entries.
	title       string
	rawTitle    string
	titleFolded bool
	doi         string
}

func newIndex(rs []refs.Reference, lx *Lexicon) *index {
	ix := &index{lx: lx, rs: rs, labels: map[int]int{}, unlabelled: true}
	ix.entries = make([]refEntry, 0, len(rs))
	// The entries' folded names, in one buffer, and their slices in one
	// backing array.
	var names strings.Builder
	names.Grow(len(rs) * 24)
	nameList := make([]string, 0, 2*len(rs))
	for i := range rs {
		r := &rs[i]
		year := r.CSL.Year()
		e := refEntry{year: year, suffix: r.CSL.YearSuffix, noDate: r.CSL.NoDate(), doi: strings.ToLower(r.CSL.DOI)}
		e.nAuthors = len(r.CSL.Author)
		if e.nAuthors > 0 {
			n0 := len(nameList)
			for ai := range r.CSL.Author[:min(2, e.nAuthors)] {
				nameList = append(nameList, lx.foldInto(&names, r.CSL.Author[ai].Key()))
			}
			e.names = nameList[n0:len(nameList):len(nameList)]
		}
		e.rawTitle = r.CSL.Title
		ix.entries = append(ix.entries, e)
		if r.Label != "" {
			ix.unlabelled = false
			if n, err := strconv.Atoi(r.Label); err == nil {
				if _, dup := ix.labels[n]; !dup {
					ix.labels[n] = i
				}
			}
		}
	}
	return ix
}

// prepareMatch fills the entries' fields that only nameMatch and the name
// indexes read (numeric documents seldom need them).
func (ix *index) prepareMatch() {
	ix.matchable = true
	lx := ix.lx
	// The skeletons and first names' words, in one buffer each.
	var skels strings.Builder
	n, nw := 0, 0
	for i := range ix.entries {
		if e := &ix.entries[i]; e.nAuthors > 0 {
			n += len(e.names[0])
			nw += strings.Count(e.names[0], " ") + 1 // (its words, or more)
		}
	}
	skels.Grow(n)
	words := make([]string, 0, nw)
	for i := range ix.entries {
		e, r := &ix.entries[i], &ix.rs[i]
		for ai := range r.CSL.Author {
			a := &r.CSL.Author[ai]
			if a.Literal != "" {
				e.acronyms = appendAcronyms(e.acronyms, a.Literal)
				if mayHoldQuote(a.Literal) {
					for _, m := range reQuoted.FindAllStringSubmatch(a.Literal, -1) {
						e.quoted = append(e.quoted, lx.fold(m[1]))
					}
				}
			}
		}
		if e.nAuthors > 0 {
			w0 := len(words)
			words = appendFields(words, e.names[0])
			e.firstWords = words[w0:len(words):len(words)] // (strings.Fields)
			e.firstSpaced = strings.Contains(e.names[0], " ")
			e.skel = skeletonInto(&skels, e.names[0])
		} else {
			// Only entries without authors are matched by their start.
			head := r.Raw
			if len(head) > 160 {
				head = head[:160]
			}
			e.head = " " + lx.fold(head) + " "
		}
	}
}

var reQuoted = regexp.MustCompile(`[«"“]([^»"”]+)[»"”]`)

// mayHoldQuote reports whether s holds a mark reQuoted starts with, as
// strings.ContainsAny(s, "«\"“") does, by searching for their bytes (no
// mark's bytes start inside another rune: ContainsAny decodes s rune by
// rune for a set outside ASCII).
func mayHoldQuote(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "«") || strings.Contains(s, "“")
}

// fold lower-cases a name, strips diacritics, transliterates Cyrillic and
// keeps letters, digits and single spaces: "Zwolińska-Ligaj" →
// "zwolinska ligaj", "Иванов" → "ivanov".
func (lx *Lexicon) fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	return lx.foldInto(&b, s)
}

// foldInto is fold, writing the folded name after what b holds (one buffer
// for many names; strings a Builder returns stay as they are when it
// grows).
func (lx *Lexicon) foldInto(b *strings.Builder, s string) string {
	start := b.Len()
	space := true
	if isASCIIString(s) {
		// As below, byte by byte (no transliteration for ASCII).
		for i := 0; i < len(s); i++ {
			switch c := s[i]; {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				// A run of them (most of a name) at once.
				j := i + 1
				for j < len(s) && ('a' <= s[j] && s[j] <= 'z' || '0' <= s[j] && s[j] <= '9') {
					j++
				}
				b.WriteString(s[i:j])
				i = j - 1
				space = false
			case 'A' <= c && c <= 'Z':
				b.WriteByte(c + 'a' - 'A')
				space = false
			case c == '\'':
			case !space:
				b.WriteByte(' ')
				space = true
			}
		}
		return strings.TrimSpace(b.String()[start:])
	}
	add := func(r rune) {
		if r >= utf8.RuneSelf {
			if t, ok := lx.Translit[r]; ok { // (Load keeps ASCII out)
				b.WriteString(t)
				space = false
				return
			}
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
			return
		}
		if r == '\'' || r == '’' {
			return // "O'Reilly" = "OReilly"
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	if foldsByRune(s) {
		for _, r := range s {
			for _, f := range runeFolds[r] {
				add(f)
			}
		}
	} else {
		for _, r := range refs.Fold(s) {
			add(r)
		}
	}
	return strings.TrimSpace(b.String()[start:])
}

// foldsByRune reports whether refs.Fold(s) is the folds of its runes one
// by one (runeFolds): for a word outside ASCII whose runes are all below
// len(runeFolds) (Latin, Greek, Cyrillic), refs.Fold's normalisation works
// rune by rune (TestRuneFolds), and the table spares it. (fold reads
// ASCII itself.)
func foldsByRune(s string) bool {
	if isASCIIString(s) {
		return false
	}
	for _, r := range s {
		if r >= rune(len(runeFolds)) { // (utf8.RuneError too)
			return false
		}
	}
	return true
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// runeFolds holds refs.Fold of each rune up to the Cyrillic Supplement.
var runeFolds = func() (tab [0x530]string) {
	for r := range tab {
		tab[r] = refs.Fold(string(rune(r)))
	}
	return tab
}()

// title returns the folded title of e.
func (ix *index) title(e *refEntry) string {
	if !e.titleFolded {
		e.title, e.titleFolded = ix.lx.fold(e.rawTitle), true
	}
	return e.title
}

// skeleton reduces a folded name to its consonants (after the first
// letter), so that transliteration variants meet: "ibraeva" and
// "ibrayeva", "khamzin" and "hamzin".
func skeleton(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	return skeletonInto(&b, s)
}

// skeletonInto is skeleton, writing after what b holds (as foldInto).
func skeletonInto(b *strings.Builder, s string) string {
	start := b.Len()
	var last rune
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII (most names) by bytes.
			if (i == 0 || !skeletonDrops[c]) && rune(c) != last {
				b.WriteByte(c)
				last = rune(c)
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r != last {
			b.WriteRune(r)
			last = r
		}
		i += w
	}
	return b.String()[start:]
}

// skeletonDrops holds the letters (and the space) a skeleton leaves out
// after its first.
var skeletonDrops = asciiSet("aeiouyhjw ")

// appendFields appends strings.Fields(s) to dst.
func appendFields(dst []string, s string) []string {
	start := -1
	for i := 0; i < len(s); {
		if asciiField[s[i]] {
			// The ASCII bytes of a field (most), in a loop of their own.
			if start < 0 {
				start = i
			}
			for i++; i < len(s) && asciiField[s[i]]; i++ {
			}
			continue
		}
		var space bool
		size := 1
		if c := s[i]; c < utf8.RuneSelf {
			space = spaceByte[c] == 1 // (unicode.IsSpace for ASCII)
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case !space:
			if start < 0 {
				start = i
			}
		case start >= 0:
			dst = append(dst, s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// asciiField holds the ASCII bytes other than spaces.
var asciiField = func() (set [256]bool) {
	for b := range utf8.RuneSelf {
		set[b] = spaceByte[b] != 1
	}
	return set
}()

// appendAcronyms appends the acronyms an organisation name goes by: one
// printed in brackets ("(IOM)") and the initials of its significant words.
// (acronymsSpec is the plain form, with a string per word: the words and
// initials are read here in place, lower-cased into buffers on the stack.)
func appendAcronyms(dst []string, lit string) []string {
	if i := strings.LastIndexByte(lit, '('); i >= 0 {
		if j := strings.IndexByte(lit[i:], ')'); j > 0 {
			dst = append(dst, strings.ToLower(lit[i+1:i+j]))
		}
	}
	var initials [32]byte
	b := initials[:0]
	for w := range strings.FieldsSeq(lit) {
		if w[0] == '(' || lowerIn(connectors, w) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	if len(b) >= 2 {
		dst = append(dst, string(b))
	}
	return dst
}

var orgStop = map[string]bool{"the": true, "of": true, "for": true, "and": true, "on": true, "in": true, "under": true}

// calloutName is a name from a callout in the forms entries hold: folded
// once, then compared with every entry.
type calloutName struct {
	folded, skel string
	words        []string // of folded
	spaced       bool     // folded has a space
}

func (ix *index) calloutName(name string) calloutName {
	// The buffers are used in chunks: a new one when the last is about
	// full (the strings and slices of the old stay as they are).
	if ix.nameBuf.Cap()-ix.nameBuf.Len() < 4*len(name)+16 {
		ix.nameBuf.Reset()
		ix.nameBuf.Grow(max(512, 8*len(name)))
	}
	if cap(ix.nameWords)-len(ix.nameWords) < 8 {
		ix.nameWords = make([]string, 0, 32)
	}
	k := ix.lx.foldInto(&ix.nameBuf, name)
	n := len(ix.nameWords)
	ix.nameWords = appendFields(ix.nameWords, k)
	words := ix.nameWords[n:len(ix.nameWords):len(ix.nameWords)] // (strings.Fields)
	return calloutName{folded: k, skel: skeletonInto(&ix.nameBuf, k), words: words, spaced: strings.Contains(k, " ")}
}

// nameMatch tells how a callout name matches an entry's first author:
// exact (also through transliteration, an organisation's shortened name or
// acronym, or a name printed at the start of an entry without authors).
func nameMatch(n calloutName, e *refEntry) bool {
	k := n.folded
	if k == "" {
		return false
	}
	if e.nAuthors > 0 {
		first := e.names[0]
		if k == first || n.skel == e.skel && len(k) >= 4 {
			return true
		}
		if n.spaced || e.firstSpaced {
			if hasWordPrefix(first, k) || hasWordPrefix(k, first) {
				return true
			}
			if tokensWithin(n.words, e.firstWords) {
				return true
			}
		}
		for _, a := range e.acronyms {
			if k == a {
				return true
			}
		}
	}
	// An organisation cited by the name quoted inside its longer printed
	// name ("365info.kz" for "Informatsionnoye agentstvo «365info.kz»").
	for _, q := range e.quoted {
		if k == q {
			return true
		}
	}
	// Entries without a parsed author: the name printed at their start.
	if e.nAuthors == 0 && len(k) >= 4 && strings.HasPrefix(e.head, " ") && hasWordPrefix(e.head[1:], k) {
		return true
	}
	return false
}

// hasWordPrefix reports whether s starts with the words of prefix followed
// by a space (s has prefix+" " as a prefix).
func hasWordPrefix(s, prefix string) bool {
	return len(s) > len(prefix) && s[len(prefix)] == ' ' && strings.HasPrefix(s, prefix)
}

// tokensWithin reports whether every significant word of aw is in bw and
// they start alike ("statistics agency under the president of uzbekistan" in
// "statistics agency under the president of the republic of uzbekistan").
func tokensWithin(aw, bw []string) bool {
	if len(aw) < 2 || bw[0] != aw[0] {
		return false
	}
	for _, w := range aw {
		if !orgStop[w] && !slices.Contains(bw, w) {
			return false
		}
	}
	return true
}

// closeName reports a near miss: a prefix or a small edit distance ("Hea"
// for "Heal").
func closeName(a, b string) bool {
	if a == b || a == "" || b == "" {
		return false
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) >= 3 && len(rb) >= 3 && (strings.HasPrefix(a, b) || strings.HasPrefix(b, a)) {
		return true
	}
	if len(ra) < 4 || len(rb) < 4 {
		return false
	}
	d := editDistance(ra, rb)
	return d <= 1 || d == 2 && len(ra) >= 7
}

func editDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// knows reports whether a word is the first author of some entry.
func (ix *index) knows(w string) bool {
	return len(ix.entriesNamed(w).entries) > 0
}

// namesKnown reports whether the first of names matches some entry.
func (ix *index) namesKnown(names []string) bool {
	return len(names) > 0 && ix.knows(names[0])
}

func (e *refEntry) yearMatches(k *Key) bool {
	if k.NoDate {
		return e.noDate || e.year == 0
	}
	// (As strconv.Itoa(e.year) == k.Year, without the string.)
	var b [20]byte
	return string(strconv.AppendInt(b[:0], int64(e.year), 10)) == k.Year
}

// link resolves an author-date key; see Key.Mismatch for near misses.
func (ix *index) link(k *Key) {
	if len(k.Names) == 0 {
		return
	}
	best, bestScore := -1, -1
	named := ix.entriesNamed(k.Names[0])
	first, sameName := named.name, named.entries
	second := ""
	if len(k.Names) >= 2 {
		second = ix.lx.fold(k.Names[1])
	}
	for _, i := range sameName {
		e := &ix.entries[i]
		if !e.yearMatches(k) {
			continue
		}
		score := 0
		if e.suffix == k.Suffix {
			score += 4
		}
		if len(k.Names) >= 2 && e.nAuthors >= 2 && second == e.names[1] {
			score += 2
		}
		if len(k.Names) == e.nAuthors || len(k.Names) == 1 && e.nAuthors >= 3 {
			score++
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best >= 0 {
		k.Target = best
		if ix.secondNameClose(k, best) {
			k.Mismatch = "name"
		}
		return
	}
	if k.NoDate {
		return
	}
	year, _ := strconv.Atoi(k.Year)
	bestDiff := 4
	for _, i := range sameName {
		e := ix.entries[i]
		if e.year == 0 && !e.noDate {
			// The entry has no year at all (reported on its own): the
			// name is enough.
			k.Target = i
			return
		}
		if e.year == 0 {
			continue
		}
		d := abs(e.year - year)
		if d < bestDiff {
			best, bestDiff = i, d
		}
	}
	if best >= 0 {
		k.Target, k.Mismatch = best, "year"
		return
	}
	for i, e := range ix.entries {
		if e.nAuthors > 0 && e.yearMatches(k) && closeName(first.folded, e.names[0]) {
			k.Target, k.Mismatch = i, "name"
			return
		}
	}
}

// secondNameClose reports whether the key's second surname is a near miss
// of the entry's second author ("Anukoonwattaka & Hea" for "... & Heal").
func (ix *index) secondNameClose(k *Key, target int) bool {
	e := ix.entries[target]
	if len(k.Names) < 2 || e.nAuthors < 2 {
		return false
	}
	return closeName(ix.lx.fold(k.Names[1]), e.names[1])
}

// linkNumber resolves a numeric key by the entry's printed number, or by
// position in a list without numbers.
func (ix *index) linkNumber(k *Key) {
	if i, ok := ix.labels[k.Number]; ok {
		k.Target = i
		return
	}
	if ix.unlabelled && k.Number >= 1 && k.Number <= len(ix.entries) {
		k.Target = k.Number - 1
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
