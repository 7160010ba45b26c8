package legal

import (
	"embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/nlp"
)

//go:embed data/*.lex
var dataFS embed.FS

// Act types (acts.json contract names).
var actTypes = map[string]bool{
	"law": true, "code": true, "decree": true, "resolution": true, "decision": true,
	"order": true, "concept": true, "strategy": true, "programme": true,
	"agreement": true, "convention": true, "other": true,
}

// Jurisdiction codes (acts.json contract names).
var jurisdictions = map[string]bool{
	"kz": true, "kg": true, "uz": true, "tj": true, "tm": true, "ru": true,
	"eaeu": true, "cis": true, "un": true, "int": true, "si": true,
}

// Lexicon holds the word lists the legal-act detector reads: act type words,
// number markers and prefixes, months, jurisdictions, authorities, cue words
// and the title vocabulary. Build it once with Load and pass it around; it is
// read-only afterwards (but for the pool of scratch space Extract reuses).
type Lexicon struct {
	types    map[string]typeWord // case-folded form → type word
	extra    map[string]typeWord // plural, topic and policy words: candidates only, never type words of a title
	cands    map[string]typeWord // types and extra: the words candidates are built around
	candGate candGate            // cheap tests a word must pass to be in cands
	markers  map[string]bool     // number markers (no, №, št, ...)
	prefixes map[string]numPrefix
	months   map[string]int // case-folded month name → 1..12
	kkMonths []stemValue    // Kazakh month stems
	names    phraseSet      // jurisdiction names (issuers)
	adjs     phraseSet      // jurisdiction adjectives
	auth     phraseSet      // authorities
	cue      cueSets
	concepts []conceptPhrase // title vocabulary, longest first
	// conceptsBy lists the indexes into concepts (in order) by the first
	// byte of their first stem: only those can match a word. Stems that
	// open with a multi-byte rune (most Cyrillic, so most share their
	// first byte) are listed by its second byte in conceptsByCont instead
	// (see conceptsFor).
	conceptsBy     [256][]int32
	conceptsByCont [64][]int32
	known          []knownAct
	stop           map[string]bool
	approval       phraseSet
	// scratch holds *scratch: tokenize's space, reused from document to
	// document instead of allocated and zeroed for each (megabytes per
	// corpus pass).
	scratch sync.Pool
	// monthStarts has the startKey of every month name and stem; month
	// rejects most words by it, unless a name is one byte (monthShort).
	monthStarts [1 << 16 / 64]uint64
	monthShort  bool
}

type typeWord struct {
	actType string
	weak    bool
	intl    bool
	unique  bool
	plural  bool // names one act only with one named counterparty
	topic   bool // names an act only when dated ("the 2006 amnesty")
	policy  bool // names a policy document only with its period
	det     bool // a noun only after a determiner ("a deal", not "to deal")
	lang    string
}

// knownAct is a widely cited instrument named by type and year only ("the
// 1951 Convention").
type knownAct struct {
	actType, jurisdiction, title string
	year                         int
	name                         string // case-folded name that identifies it in a title
}

type numPrefix struct {
	actType, authority, jurisdiction string
}

type stemValue struct {
	stem  string
	value int
}

// pword is one word of a phrase.
type pword struct {
	text  string // case-folded, or exact when exact is set
	stem  bool   // prefix match
	exact bool   // case-sensitive
}

type phrase struct {
	words []pword
	value string
}

// phraseSet is a list of phrases indexed by the first rune of their first
// word (case-folded), longest phrases first within a bucket.
type phraseSet struct {
	byRune map[rune][]phrase
	// ends has the first runes of the last words of the phrases: of the
	// token's folded form for folded words, of its text for exact ones.
	endLow, endExact runeSet
	// starts has the first two bytes of the first words of the phrases
	// (startKey), of the token's folded form or text as ends does; words
	// of one byte are in short instead.
	startLow, startExact [1 << 16 / 64]uint64
	shortLow, shortExact [256]bool
	// anyLow and anyExact: some first word is matched on the folded form,
	// on the text (most sets have no exact first word: matchFrom skips
	// the test of the text).
	anyLow, anyExact bool
	// first has bit 0 for the first bytes of the first words matched on
	// the token's folded form, bit 1 for those matched on its text: the
	// test matchAt inlines (see firstByte).
	first [256]uint8
	// dense indexes byRune for runes below denseRunes (ASCII, Latin and
	// Cyrillic): 1 + the index into buckets, 0 for none.
	dense   []uint16
	buckets [][]phrase
	// second narrows the buckets for matchFrom by the byte after the first
	// rune of the folded word: second[k][b] is 1 + the index into narrowed
	// of the phrases of buckets[k] a word with that byte b may start (the
	// others' first word is folded and has another byte there), 0 for
	// none. The phrases keep their order.
	second   [][256]uint16
	narrowed [][]phrase
}

const denseRunes = 0x530

// runeSet is a set of runes below denseRunes, and all runes above when
// above is set.
type runeSet struct {
	bits  [denseRunes/64 + 1]uint64
	above bool
}

func (rs *runeSet) add(r rune) {
	if r >= 0 && r < denseRunes {
		rs.bits[r/64] |= 1 << (r % 64)
	} else {
		rs.above = true
	}
}

// hasFirst reports whether the first rune of s is in the set.
func (rs *runeSet) hasFirst(s string) bool {
	if s == "" {
		return false
	}
	r := rune(s[0])
	if r >= utf8.RuneSelf {
		r, _ = utf8.DecodeRuneInString(s)
	}
	if r >= 0 && r < denseRunes {
		return rs.bits[r/64]&(1<<(r%64)) != 0
	}
	return rs.above
}

type conceptPhrase struct {
	stems []string
	ids   []string
	size  int // total stem length, to prefer longer matches
}

// cueSets are the sections of cues.lex, as fields: matched at many tokens,
// they are not looked up by name.
type cueSets struct {
	definite       phraseSet
	demonstrative  phraseSet
	indefinite     phraseSet
	adoption       phraseSet
	adoptionNot    phraseSet
	dateLead       phraseSet
	ordinal        phraseSet
	org            phraseSet
	upto           phraseSet
	periodLead     phraseSet
	periodTrail    phraseSet
	yearTrail      phraseSet
	parties        phraseSet
	citation       phraseSet
	lawFields      phraseSet
	quantifier     phraseSet
	amended        phraseSet
	activity       phraseSet
	notAnaphor     phraseSet
	verbLead       phraseSet
	partiesBetween phraseSet
	titleStop      phraseSet
	periodDuring   phraseSet
}

// sections maps the section names of cues.lex to their sets.
func (c *cueSets) sections() map[string]*phraseSet {
	return map[string]*phraseSet{
		"definite":        &c.definite,
		"demonstrative":   &c.demonstrative,
		"indefinite":      &c.indefinite,
		"adoption":        &c.adoption,
		"adoption-not":    &c.adoptionNot,
		"date-lead":       &c.dateLead,
		"ordinal":         &c.ordinal,
		"org":             &c.org,
		"upto":            &c.upto,
		"period-lead":     &c.periodLead,
		"period-trail":    &c.periodTrail,
		"year-trail":      &c.yearTrail,
		"parties":         &c.parties,
		"citation":        &c.citation,
		"law-fields":      &c.lawFields,
		"quantifier":      &c.quantifier,
		"amended":         &c.amended,
		"activity":        &c.activity,
		"not-anaphor":     &c.notAnaphor,
		"verb-lead":       &c.verbLead,
		"parties-between": &c.partiesBetween,
		"title-stop":      &c.titleStop,
		"period-during":   &c.periodDuring,
	}
}

// cueSections are the sections cues.lex must have.
var cueSections = []string{
	"definite", "demonstrative", "indefinite", "adoption", "adoption-not", "date-lead",
	"ordinal", "org", "upto", "period-lead", "period-trail", "year-trail", "parties", "citation", "law-fields",
	"quantifier", "amended", "activity", "not-anaphor", "verb-lead", "parties-between", "title-stop", "period-during",
}

// Load parses the embedded data files and validates them; errors carry the
// data file's name and line.
func Load() (*Lexicon, error) {
	lx := &Lexicon{
		types:    map[string]typeWord{},
		extra:    map[string]typeWord{},
		markers:  map[string]bool{},
		prefixes: map[string]numPrefix{},
		months:   map[string]int{},
		stop:     map[string]bool{},
	}
	steps := []struct {
		file string
		fn   func([]nlp.LexEntry) error
	}{
		{"data/types.lex", lx.loadTypes},
		{"data/numbers.lex", lx.loadNumbers},
		{"data/months.lex", lx.loadMonths},
		{"data/juris.lex", lx.loadJuris},
		{"data/authority.lex", lx.loadAuthorities},
		{"data/cues.lex", lx.loadCues},
		{"data/titles.lex", lx.loadTitles},
		{"data/known.lex", lx.loadKnown},
	}
	for _, st := range steps {
		entries, err := nlp.LoadLexicon(dataFS, st.file)
		if err != nil {
			return nil, err
		}
		if len(entries) == 0 {
			return nil, fmt.Errorf("%s: no entries", st.file)
		}
		if err := st.fn(entries); err != nil {
			return nil, err
		}
	}
	lx.candGate = newCandGate(lx.cands)
	return lx, nil
}

// MustLoad is Load for tests and programs that cannot continue without the
// lexicon.
func MustLoad() *Lexicon {
	lx, err := Load()
	if err != nil {
		panic(err)
	}
	return lx
}

var typeLangs = map[string]bool{"en": true, "ru": true, "kk": true, "sl": true}

func (lx *Lexicon) loadTypes(entries []nlp.LexEntry) error {
	for _, e := range entries {
		if !typeLangs[e.Section] {
			return e.Errorf("unknown language section %q", e.Section)
		}
		if len(e.Fields) < 2 {
			return e.Errorf("want type | form ...")
		}
		head := strings.Split(e.Fields[0], ":")
		tw := typeWord{actType: head[0], lang: e.Section}
		if !actTypes[tw.actType] {
			return e.Errorf("unknown act type %q", tw.actType)
		}
		if len(head) > 1 {
			for _, f := range strings.Split(head[1], ",") {
				switch f {
				case "weak":
					tw.weak = true
				case "intl":
					tw.intl = true
				case "unique":
					tw.unique = true
				case "plural":
					tw.plural = true
				case "topic":
					tw.topic = true
				case "policy":
					tw.policy = true
				case "det":
					tw.det = true
				default:
					return e.Errorf("unknown flag %q (want weak, intl, unique, plural, topic, policy or det)", f)
				}
			}
		}
		if n := b2i(tw.plural) + b2i(tw.topic) + b2i(tw.policy); n > 1 || n == 1 && tw.unique {
			return e.Errorf("flags plural, topic, policy and unique exclude each other")
		}
		if lx.extra == nil {
			lx.extra = map[string]typeWord{}
		}
		target := lx.types
		if tw.plural || tw.topic || tw.policy {
			target = lx.extra
		}
		for _, form := range e.Fields[1:] {
			if form == "" || strings.ContainsAny(form, " \t") {
				return e.Errorf("form %q must be one word", form)
			}
			if form != fold(form) {
				return e.Errorf("form %q must be case-folded", form)
			}
			for _, m := range []map[string]typeWord{lx.types, lx.extra} {
				if old, ok := m[form]; ok && old != tw {
					return e.Errorf("form %q is already a %s (%s)", form, old.actType, old.lang)
				}
			}
			target[form] = tw
			if lx.cands == nil {
				lx.cands = map[string]typeWord{}
			}
			lx.cands[form] = tw
		}
	}
	return nil
}

func (lx *Lexicon) loadNumbers(entries []nlp.LexEntry) error {
	for _, e := range entries {
		switch e.Section {
		case "markers":
			if len(e.Fields) != 1 {
				return e.Errorf("want one marker a line")
			}
			lx.markers[fold(e.Fields[0])] = true
		case "prefixes":
			if len(e.Fields) != 4 {
				return e.Errorf("want PREFIX | type | authority | jurisdiction")
			}
			if !actTypes[e.Fields[1]] {
				return e.Errorf("unknown act type %q", e.Fields[1])
			}
			if !jurisdictions[e.Fields[3]] {
				return e.Errorf("unknown jurisdiction %q", e.Fields[3])
			}
			lx.prefixes[strings.ToUpper(e.Fields[0])] = numPrefix{e.Fields[1], e.Fields[2], e.Fields[3]}
		default:
			return e.Errorf("unknown section %q (want markers or prefixes)", e.Section)
		}
	}
	return nil
}

func (lx *Lexicon) loadMonths(entries []nlp.LexEntry) error {
	for _, e := range entries {
		n, err := strconv.Atoi(e.Fields[0])
		if err != nil || n < 1 || n > 12 {
			return e.Errorf("month number %q not in 1..12", e.Fields[0])
		}
		if len(e.Fields) < 2 {
			return e.Errorf("month %d has no names", n)
		}
		for _, name := range e.Fields[1:] {
			name = fold(strings.TrimSuffix(name, "."))
			if name == "" {
				return e.Errorf("empty month name")
			}
			if len(name) < 2 {
				lx.monthShort = true
			} else {
				k := startKey(name)
				lx.monthStarts[k/64] |= 1 << (k % 64)
			}
			if e.Section == "kk-stems" {
				if utf8.RuneCountInString(name) < 4 {
					return e.Errorf("Kazakh month stem %q is shorter than 4 letters", name)
				}
				lx.kkMonths = append(lx.kkMonths, stemValue{name, n})
				continue
			}
			if old, ok := lx.months[name]; ok && old != n {
				return e.Errorf("month name %q is month %d elsewhere", name, old)
			}
			lx.months[name] = n
		}
	}
	return nil
}

func (lx *Lexicon) loadJuris(entries []nlp.LexEntry) error {
	var names, adjs []phrase
	for _, e := range entries {
		if !jurisdictions[e.Fields[0]] {
			return e.Errorf("unknown jurisdiction %q", e.Fields[0])
		}
		ps, err := parsePhrases(e, e.Fields[1:], e.Fields[0])
		if err != nil {
			return err
		}
		switch e.Section {
		case "names":
			names = append(names, ps...)
		case "adjectives":
			adjs = append(adjs, ps...)
		default:
			return e.Errorf("unknown section %q (want names or adjectives)", e.Section)
		}
	}
	lx.names = newPhraseSet(names)
	lx.adjs = newPhraseSet(adjs)
	return nil
}

func (lx *Lexicon) loadAuthorities(entries []nlp.LexEntry) error {
	var all []phrase
	for _, e := range entries {
		if e.Section != "authorities" {
			return e.Errorf("unknown section %q (want authorities)", e.Section)
		}
		switch e.Fields[0] {
		case "president", "government", "parliament", "ministry":
		default:
			return e.Errorf("unknown authority %q", e.Fields[0])
		}
		ps, err := parsePhrases(e, e.Fields[1:], e.Fields[0])
		if err != nil {
			return err
		}
		all = append(all, ps...)
	}
	lx.auth = newPhraseSet(all)
	return nil
}

func (lx *Lexicon) loadCues(entries []nlp.LexEntry) error {
	bySection := map[string][]phrase{}
	known := map[string]bool{}
	for _, s := range cueSections {
		known[s] = true
	}
	for _, e := range entries {
		if !known[e.Section] {
			return e.Errorf("unknown cue section %q", e.Section)
		}
		ps, err := parsePhrases(e, e.Fields, e.Section)
		if err != nil {
			return err
		}
		bySection[e.Section] = append(bySection[e.Section], ps...)
	}
	sets := lx.cue.sections()
	for _, s := range cueSections {
		if len(bySection[s]) == 0 {
			return fmt.Errorf("data/cues.lex: section [%s] is missing or empty", s)
		}
		*sets[s] = newPhraseSet(bySection[s])
	}
	return nil
}

func (lx *Lexicon) loadTitles(entries []nlp.LexEntry) error {
	var approval []phrase
	var concepts []nlp.LexEntry
	for _, e := range entries {
		switch e.Section {
		case "concepts":
			concepts = append(concepts, e)
		case "stop":
			for _, w := range e.Fields {
				lx.stop[fold(w)] = true
			}
		case "approval":
			ps, err := parsePhrases(e, e.Fields, "approval")
			if err != nil {
				return err
			}
			approval = append(approval, ps...)
		default:
			return e.Errorf("unknown section %q (want concepts, stop or approval)", e.Section)
		}
	}
	// Concept phrases drop stop words, so they are read once [stop] is known.
	for _, e := range concepts {
		if len(e.Fields) < 2 {
			return e.Errorf("want ids | stem phrase ...")
		}
		ids := strings.Split(e.Fields[0], ",")
		for _, id := range ids {
			if id == "" || id != strings.ToLower(id) || strings.ContainsAny(id, " -") {
				return e.Errorf("concept id %q must be one lower-case word", id)
			}
		}
		for _, f := range e.Fields[1:] {
			var stems []string
			size := 0
			for _, w := range strings.Fields(fold(f)) {
				if lx.stop[w] {
					continue
				}
				stems = append(stems, w)
				size += utf8.RuneCountInString(w)
			}
			if len(stems) == 0 {
				return e.Errorf("phrase %q has no words", f)
			}
			lx.concepts = append(lx.concepts, conceptPhrase{stems: stems, ids: ids, size: size})
		}
	}
	if len(lx.concepts) == 0 || len(lx.stop) == 0 || len(approval) == 0 {
		return fmt.Errorf("data/titles.lex: sections [concepts], [stop] and [approval] must not be empty")
	}
	sort.SliceStable(lx.concepts, func(i, j int) bool {
		a, b := lx.concepts[i], lx.concepts[j]
		if len(a.stems) != len(b.stems) {
			return len(a.stems) > len(b.stems)
		}
		return a.size > b.size
	})
	for i, cp := range lx.concepts {
		l := lx.conceptList(cp.stems[0])
		*l = append(*l, int32(i))
	}
	lx.approval = newPhraseSet(approval)
	return nil
}

// conceptList is the list of concepts a word or stem that starts like w
// is in: by its first byte, or for a lead byte and a continuation byte by
// the second. A word can match only stems of its own list: a stem is a
// prefix of the words it matches.
func (lx *Lexicon) conceptList(w string) *[]int32 {
	if len(w) >= 2 && w[0] >= 0xC0 && w[1]&0xC0 == 0x80 {
		return &lx.conceptsByCont[w[1]&0x3F]
	}
	return &lx.conceptsBy[w[0]]
}

func (lx *Lexicon) loadKnown(entries []nlp.LexEntry) error {
	for _, e := range entries {
		if e.Section != "acts" || len(e.Fields) != 4 && len(e.Fields) != 5 {
			return e.Errorf("want type | year | jurisdiction | title [| name] in section [acts]")
		}
		if !actTypes[e.Fields[0]] {
			return e.Errorf("unknown act type %q", e.Fields[0])
		}
		y, err := strconv.Atoi(e.Fields[1])
		if err != nil || y < 1800 || y > 2100 {
			return e.Errorf("year %q not in 1800..2100", e.Fields[1])
		}
		if !jurisdictions[e.Fields[2]] {
			return e.Errorf("unknown jurisdiction %q", e.Fields[2])
		}
		if e.Fields[3] == "" {
			return e.Errorf("empty title")
		}
		k := knownAct{actType: e.Fields[0], year: y, jurisdiction: e.Fields[2], title: e.Fields[3]}
		if len(e.Fields) == 5 {
			if k.name = fold(e.Fields[4]); k.name == "" {
				return e.Errorf("empty name")
			}
		}
		lx.known = append(lx.known, k)
	}
	return nil
}

// knownAct returns the widely cited instrument a mention names: by its
// name in the title, or (for a mention without title) by type and year.
func (lx *Lexicon) knownAct(actType string, year int, title string) (knownAct, bool) {
	t, haveT := "", false // fold(title), made for the first name to look for
	for _, k := range lx.known {
		if k.actType != actType {
			continue
		}
		if k.name != "" && !haveT {
			t, haveT = fold(title), true
		}
		if k.name != "" && t != "" && strings.Contains(t, k.name) || title == "" && k.name == "" && k.year == year {
			return k, true
		}
	}
	return knownAct{}, false
}

// knownNameAt reports a widely cited instrument's name that runs from
// toks[i] through toks[typ] ("Global Compact").
func (lx *Lexicon) knownNameAt(toks []token, i, typ int) bool {
	if typ < i || typ-i > 4 {
		return false
	}
	var b strings.Builder
	for k := i; k <= typ; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].low)
	}
	name := b.String()
	for _, k := range lx.known {
		if k.name != "" && strings.HasPrefix(k.name, name) || k.name == name {
			return true
		}
	}
	return false
}

// parsePhrases turns data fields into phrases with the given value.
func parsePhrases(e nlp.LexEntry, fields []string, value string) ([]phrase, error) {
	var out []phrase
	for _, f := range fields {
		ws := strings.Fields(f)
		if len(ws) == 0 {
			return nil, e.Errorf("empty phrase")
		}
		p := phrase{value: value}
		for _, w := range ws {
			pw := pword{}
			if strings.HasSuffix(w, "*") && len(w) > 1 {
				pw.stem = true
				w = strings.TrimSuffix(w, "*")
			}
			if w != fold(w) {
				pw.exact = true
				pw.text = w
			} else {
				pw.text = w
			}
			if strings.Contains(pw.text, "*") {
				return nil, e.Errorf("phrase %q: \"*\" only ends a word", f)
			}
			p.words = append(p.words, pw)
		}
		out = append(out, p)
	}
	return out, nil
}

func newPhraseSet(ps []phrase) phraseSet {
	set := phraseSet{byRune: map[rune][]phrase{}}
	for _, p := range ps {
		r, _ := utf8.DecodeRuneInString(fold(p.words[0].text))
		set.byRune[r] = append(set.byRune[r], p)
		if first := p.words[0]; first.exact {
			addStart(&set.startExact, &set.shortExact, first.text)
			set.first[firstByte(first.text)] |= 2
			set.anyExact = true
		} else {
			addStart(&set.startLow, &set.shortLow, first.text)
			set.first[firstByte(first.text)] |= 1
			set.anyLow = true
		}
		last := p.words[len(p.words)-1]
		r, _ = utf8.DecodeRuneInString(last.text)
		if last.exact {
			set.endExact.add(r)
		} else {
			set.endLow.add(r)
		}
	}
	for r := range set.byRune {
		b := set.byRune[r]
		sort.SliceStable(b, func(i, j int) bool { return len(b[i].words) > len(b[j].words) })
	}
	set.dense = make([]uint16, denseRunes)
	for r, b := range set.byRune {
		if r >= 0 && r < denseRunes {
			set.buckets = append(set.buckets, b)
			set.dense[r] = uint16(len(set.buckets))
			set.second = append(set.second, set.narrow(b, utf8.RuneLen(r)))
		}
	}
	return set
}

// narrow returns the second table of bucket b, whose first words' first
// rune is n bytes long, adding its lists to set.narrowed (one for each
// distinct list).
func (set *phraseSet) narrow(b []phrase, n int) (second [256]uint16) {
	at := map[string]uint16{} // the phrases' indices in b → 1 + index in narrowed
	for c := range second {
		var ps []phrase
		var key []byte
		for k, p := range b {
			if w := p.words[0]; w.exact || len(w.text) <= n || w.text[n] == byte(c) {
				ps = append(ps, p)
				key = append(key, byte(k>>8), byte(k))
			}
		}
		if len(ps) == 0 {
			continue
		}
		if _, ok := at[string(key)]; !ok {
			set.narrowed = append(set.narrowed, ps)
			at[string(key)] = uint16(len(set.narrowed))
		}
		second[c] = at[string(key)]
	}
	return second
}

func startKey(s string) uint { return uint(s[0])<<8 | uint(s[1]) }

func addStart(bits *[1 << 16 / 64]uint64, short *[256]bool, w string) {
	if len(w) == 1 {
		short[w[0]] = true
	} else if len(w) > 1 {
		k := startKey(w)
		bits[k/64] |= 1 << (k % 64)
	}
}

// hasStart reports whether a word of addStart may start s: a word of two
// bytes or more only one with the same first two bytes (see
// phrase.matches: a word matches words it starts).
func hasStart(bits *[1 << 16 / 64]uint64, short *[256]bool, s string) bool {
	if s == "" {
		return false
	}
	if short[s[0]] {
		return true
	}
	if len(s) < 2 {
		return false
	}
	k := startKey(s)
	return bits[k/64]&(1<<(k%64)) != 0
}

// phrasesFor returns the phrases whose first word starts like the folded
// word low.
func (set *phraseSet) phrasesFor(low string) []phrase {
	r := rune(utf8.RuneError)
	if low != "" && low[0] < utf8.RuneSelf {
		r = rune(low[0])
	} else {
		r, _ = utf8.DecodeRuneInString(low)
	}
	if r >= 0 && int(r) < len(set.dense) {
		if k := set.dense[r]; k > 0 {
			return set.buckets[k-1]
		}
		return nil
	}
	return set.byRune[r]
}

// narrowedFor is phrasesFor less the phrases whose folded first word has
// another byte than low after the first rune (see phraseSet.second).
func (set *phraseSet) narrowedFor(low string) []phrase {
	r, n := rune(utf8.RuneError), 1
	if low != "" && low[0] < utf8.RuneSelf {
		r = rune(low[0])
	} else {
		r, n = utf8.DecodeRuneInString(low)
	}
	if r >= 0 && int(r) < len(set.dense) {
		k := set.dense[r]
		if k == 0 {
			return nil
		}
		if n >= len(low) {
			return set.buckets[k-1]
		}
		if m := set.second[k-1][low[n]]; m > 0 {
			return set.narrowed[m-1]
		}
		return nil
	}
	return set.byRune[r]
}

// firstByte is the first byte of s, 0 for "" (no phrase word is empty or
// starts with a NUL byte, see parsePhrases).
func firstByte(s string) byte {
	if s == "" {
		return 0
	}
	return s[0]
}

// starts reports whether the first byte of t starts a first word of set
// (see matchAt): loops over all tokens test it inline before matchAt.
func (set *phraseSet) starts(t *token) bool {
	return set.first[firstByte(t.low)]&1 != 0 || set.anyExact && set.first[firstByte(t.text)]&2 != 0
}

// startsTwo is the test of the first two bytes of a folded first word, for
// the tokens starts passes: most of them fail it. Callers test it inline
// before matchFrom (a call saved for each of them). A set with exact first
// words passes every token here and tests them in matchFrom.
func (set *phraseSet) startsTwo(t *token) bool {
	low := t.low
	if set.anyExact || len(low) < 2 || set.shortLow[low[0]] {
		return true
	}
	k := startKey(low)
	return set.startLow[k/64]&(1<<(k%64)) != 0
}

// matchAt returns the value and token count of the longest phrase of set
// that starts at toks[i]. Most tokens start like no first word of the set:
// their first bytes reject them in the caller, without a call.
func (set *phraseSet) matchAt(toks []token, i int) (string, int) {
	if uint(i) >= uint(len(toks)) {
		return "", 0
	}
	if !set.starts(&toks[i]) || !set.startsTwo(&toks[i]) {
		return "", 0
	}
	return set.matchFrom(toks, i)
}

// matchFrom is matchAt for a token that starts like a first word (see
// starts and startsTwo).
func (set *phraseSet) matchFrom(toks []token, i int) (string, int) {
	t := &toks[i]
	if set.anyExact && !(set.anyLow && hasStart(&set.startLow, &set.shortLow, t.low) || hasStart(&set.startExact, &set.shortExact, t.text)) {
		return "", 0 // startsTwo's test, for a set with exact first words
	}
	best, bestN := "", 0
	ps := set.narrowedFor(t.low)
	for k := range ps {
		p := &ps[k]
		if len(p.words) <= bestN {
			continue
		}
		// The phrases of a bucket share the first rune: the length (a
		// folded whole word matches only a word as long) and the second
		// byte of the first word reject most of them without a call (the
		// word matches only text it starts).
		if w := &p.words[0]; len(w.text) >= 2 {
			s := t.low
			if w.exact {
				s = t.text
			} else if !w.stem && len(s) != len(w.text) {
				continue
			}
			if len(s) < 2 || s[1] != w.text[1] {
				continue
			}
		}
		if p.matches(toks, i) {
			best, bestN = p.value, len(p.words)
		}
	}
	return best, bestN
}

// specificity is the number of letters of the longest phrase of set that
// starts at toks[i] (0 when none): "kazahstansk*" is more specific than
// "kazahstan*" for "kazahstanskih".
func (set *phraseSet) specificity(toks []token, i int) (n, letters int) {
	if i < 0 || i >= len(toks) {
		return 0, 0
	}
	ps := set.phrasesFor(toks[i].low)
	for k := range ps {
		p := &ps[k]
		if len(p.words) < n || !p.matches(toks, i) {
			continue
		}
		l := 0
		for _, w := range p.words {
			l += len(w.text)
		}
		if len(p.words) > n || l > letters {
			n, letters = len(p.words), l
		}
	}
	return n, letters
}

// matchEndingAt returns the longest phrase of set (up to four words) whose
// last word is toks[j].
func (set *phraseSet) matchEndingAt(toks []token, j int) (string, int) {
	// Most tokens start like no last word (see phrase.matches).
	if j < 0 || j >= len(toks) || !set.endLow.hasFirst(toks[j].low) && !set.endExact.hasFirst(toks[j].text) {
		return "", 0
	}
	for n := 4; n >= 1; n-- {
		i := j - n + 1
		if i < 0 || !set.starts(&toks[i]) || !set.startsTwo(&toks[i]) { // matchAt's tests, without the call
			continue
		}
		if v, m := set.matchFrom(toks, i); m == n {
			return v, n
		}
	}
	return "", 0
}

// has reports whether a phrase of set starts at toks[i].
func (set *phraseSet) has(toks []token, i int) bool {
	_, n := set.matchAt(toks, i)
	return n > 0
}

func (p *phrase) matches(toks []token, i int) bool {
	if i+len(p.words) > len(toks) {
		return false
	}
	for k := range p.words {
		w, t := &p.words[k], &toks[i+k]
		if t.kind == tPunct && t.low != "№" {
			return false
		}
		s := t.low
		if w.exact {
			s = t.text
		}
		if w.stem {
			if !strings.HasPrefix(s, w.text) {
				return false
			}
		} else if s != w.text {
			// Abbreviations keep their match when a Kazakh case ending is
			// hyphenated on (ЕАЭО-ның, ҚР-да).
			if !(w.exact && len(s) > len(w.text) && s[len(w.text)] == '-' && strings.HasPrefix(s, w.text)) {
				return false
			}
		}
	}
	return true
}

// typeOf returns the type word a token is, if any.
func (lx *Lexicon) typeOf(t *token) (typeWord, bool) {
	if t.kind != tWord || !lx.candGate.may(t.low) { // types are cands
		return typeWord{}, false
	}
	tw, ok := lx.types[t.low]
	return tw, ok
}

// candOf returns the type word or the plural, topic or policy word a token
// is, if any: the words a candidate is built around.
func (lx *Lexicon) candOf(t *token) (typeWord, bool) {
	if t.kind != tWord || !lx.candGate.may(t.low) {
		return typeWord{}, false
	}
	tw, ok := lx.cands[t.low]
	return tw, ok
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// month returns the month a token names (0 when none).
func (lx *Lexicon) month(t *token) int {
	if t.kind != tWord {
		return 0
	}
	// Most words start like no month name or stem (the name is t.low
	// less a final dot: the same first two bytes unless only one is left).
	if low := t.low; !lx.monthShort && len(low) >= 2 && (len(low) > 2 || low[1] != '.') {
		if k := startKey(low); lx.monthStarts[k/64]&(1<<(k%64)) == 0 {
			return 0
		}
	}
	if m, ok := lx.months[strings.TrimSuffix(t.low, ".")]; ok {
		return m
	}
	for _, sv := range lx.kkMonths {
		if strings.HasPrefix(t.low, sv.stem) {
			return sv.value
		}
	}
	return 0
}

// fold is the case folding every lexicon form and token shares: lower
// case, typographic apostrophes as "'". Words already folded (most of them)
// come back without an allocation.
func fold(s string) string {
	ascii, upper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if ascii {
		if !upper {
			return s
		}
		b := []byte(s)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	if folded(s) {
		return s
	}
	if l, ok := lowerFast(s); ok {
		return l
	}
	s = strings.ToLower(s)
	if strings.Contains(s, "’") || strings.Contains(s, "ʼ") {
		s = apostrophes.Replace(s)
	}
	return s
}

// lowerFast lowers words in ASCII, Latin-1, Latin Extended-A and Cyrillic
// (Russian and Kazakh letters) without the Unicode tables; ok is false for
// any other rune.
func lowerFast(s string) (string, bool) {
	b, ok := appendLowerFast(nil, s)
	if !ok {
		return "", false
	}
	return string(b), true
}

// appendLowerFast appends lowerFast(s) to b.
func appendLowerFast(b []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			b = append(b, lowerASCII(c))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		l, ok := lowerRune(r)
		if !ok {
			return b, false
		}
		b = utf8.AppendRune(b, l)
		i += n
	}
	return b, true
}

// lowerRune is lowerFast for one rune.
func lowerRune(r rune) (rune, bool) {
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
	case r >= 0x410 && r <= 0x42f: // А–Я
		r += 0x20
	case r >= 0x400 && r <= 0x40f: // Ѐ–Џ (І, Ј, Ў ...)
		r += 0x50
	case r >= 0x430 && r <= 0x45f:
	case r >= 0x460 && r <= 0x481 || r >= 0x48a && r <= 0x4bf || r >= 0x4d0 && r <= 0x4ff: // paired: even upper
		r |= 1
	case r >= 0xc0 && r <= 0xde && r != 0xd7: // À–Þ
		r += 0x20
	case r >= 0xdf && r <= 0xff && r != 0xf7:
	case r >= 0x100 && r <= 0x12f || r >= 0x132 && r <= 0x137 || r >= 0x14a && r <= 0x177: // Latin Extended-A pairs: even upper
		r |= 1
	case r >= 0x139 && r <= 0x148 || r >= 0x179 && r <= 0x17e: // odd upper
		if r&1 == 1 {
			r++
		}
	default:
		return r, false
	}
	return r, true
}

// folded reports a string that fold leaves as it is: no upper-case letter,
// no typographic apostrophe. Lower-case Cyrillic and Latin letters are
// decided without the Unicode tables.
func folded(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x80:
			if 'A' <= r && r <= 'Z' {
				return false
			}
		case r >= 0x430 && r <= 0x45f: // а–я, ѐ–џ
		case r >= 0xdf && r <= 0xff && r != 0xf7: // ß–ÿ
		case r == '’' || r == 'ʼ':
			return false
		default:
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				return false
			}
		}
	}
	return true
}

var apostrophes = strings.NewReplacer("’", "'", "ʼ", "'")

func isUpperInitial(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
