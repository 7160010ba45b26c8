package claims

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// payload is what a phrase of a data file stands for.
type payload struct {
	lang  string
	label string
	value float64
	// group is the number of an indicator cue group (Lexicon.groupNo).
	group int32
}

// ptok is one token of a phrase: a lower-case word (or its stem), a prefix
// ("процент*") or a punctuation mark.
type ptok struct {
	text   string
	prefix bool
	punct  bool
	// id is the word's number in the lexicon's words (0 in stemmed sets).
	id int32
}

type phrase struct {
	toks []ptok
	payload
}

// phraseSet matches the phrases of one data-file section against tokens.
// Phrases are indexed by their first token; prefix-first phrases by the
// first two letters of the prefix.
type phraseSet struct {
	phrases  []phrase
	byFirst  map[string][]int32
	byPrefix map[string][]int32
	maxLen   int
	// stemmed sets compare words after light stemming (indicator cues).
	stemmed bool
	stem    func(word, lang string) string
	// w is the lexicon's word index and no this set's number in it (nil
	// until the lexicon is loaded).
	w  *words
	no int32
	// quick: the set is numbered (not stemmed, no < 64), so a numbered
	// token's sets bit says whether a phrase may start there; bit is that
	// bit, 1<<no (0 when not quick), so that skip shifts nothing.
	quick bool
	bit   uint64
	// endByWord: the set is quick and the last token of each phrase is a
	// word or mark, not a prefix, so only a token numbered as one of those
	// ends a phrase (words.lastSets).
	endByWord bool
	// stemPairs (stemmed sets) holds the hashed first two runes of the
	// first-token stems (a one-rune stem as itself): a word starting
	// otherwise has no such stem, and is not stemmed.
	stemPairs *[1 << 10]uint64
}

func newPhraseSet(stemmed bool, stem func(word, lang string) string) *phraseSet {
	return &phraseSet{byFirst: map[string][]int32{}, byPrefix: map[string][]int32{}, stemmed: stemmed, stem: stem}
}

func (s *phraseSet) add(text string, p payload) error {
	var toks []ptok
	for _, t := range tokenizePhrase(text) {
		pt := ptok{text: t.lower, punct: t.kind == tPunct}
		if !pt.punct && strings.HasSuffix(pt.text, "*") {
			pt.text, pt.prefix = strings.TrimSuffix(pt.text, "*"), true
			if utf8.RuneCountInString(pt.text) < 2 {
				return fmt.Errorf("prefix %q too short", t.text)
			}
		} else if s.stemmed && !pt.punct {
			pt.text = s.stem(pt.text, p.lang)
		}
		toks = append(toks, pt)
	}
	if len(toks) == 0 {
		return fmt.Errorf("phrase %q has no words", text)
	}
	i := int32(len(s.phrases))
	s.phrases = append(s.phrases, phrase{toks: toks, payload: p})
	if toks[0].prefix {
		k := firstRunes(toks[0].text, 2)
		s.byPrefix[k] = append(s.byPrefix[k], i)
	} else {
		s.byFirst[toks[0].text] = append(s.byFirst[toks[0].text], i)
	}
	if len(toks) > s.maxLen {
		s.maxLen = len(toks)
	}
	return nil
}

func firstRunes(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return s[:i]
}

// langOK reports whether a phrase of language pl applies to text in lang.
func langOK(pl, lang string) bool {
	if len(pl) == 2 && len(lang) == 2 {
		// Two language codes ("*", "" and "und" are not two bytes long):
		// compared byte by byte, without the call of a string compare.
		return pl[0] == lang[0] && pl[1] == lang[1]
	}
	return pl == "*" || lang == "" || lang == "und" || pl == lang
}

// key is the form of a token phrases are compared with.
func (s *phraseSet) key(t *token, lang string) string {
	if s.stemmed && t.kind == tWord {
		return s.stem(t.lower, lang)
	}
	return t.lower
}

// at returns the longest phrase that starts at token i and its length in
// tokens (0 when none matches).
func (s *phraseSet) at(toks []token, i int, lang string) (*phrase, int) {
	// Most calls return here, without setting up atWord's matching.
	if uint(i) >= uint(len(toks)) {
		return nil, 0
	}
	if s.skip(&toks[i]) {
		return nil, 0
	}
	return s.atWord(toks, i, lang)
}

// skip reports a token no phrase of the set starts with: a numeral, or a
// numbered word whose sets bit says that no phrase starts with the word
// nor its letters.
func (s *phraseSet) skip(t *token) bool {
	return t.kind == tNum || s.quick && t.wid != 0 && t.sets&s.bit == 0
}

// atWord is at for a token that may start a phrase of the set.
func (s *phraseSet) atWord(toks []token, i int, lang string) (*phrase, int) {
	first := s.firstOf(&toks[i], lang)
	var pre []int32
	if len(s.byPrefix) > 0 && toks[i].kind == tWord {
		pre = s.prefixOf(&toks[i])
	}
	if len(first) == 0 && len(pre) == 0 {
		return nil, 0 // most tokens start no phrase of the set
	}
	var best *phrase
	bestN := 0
	// The phrases of first start with the token (by its word or text):
	// matchesFrom compares them from their second token, and a numbered
	// second token that is another word than the phrase's (numbered: not a
	// prefix) fails there, as most do, without its call.
	for _, pi := range first {
		p := &s.phrases[pi]
		if len(p.toks) <= bestN || !langOK(p.lang, lang) || i+len(p.toks) > len(toks) {
			continue
		}
		if len(p.toks) > 1 {
			if pt, t := &p.toks[1], &toks[i+1]; pt.id > 0 && t.wid != 0 && t.wid != pt.id {
				continue
			}
		}
		if s.matchesFrom(p, toks, i, 1, lang) {
			best, bestN = p, len(p.toks)
		}
	}
	// Those of pre need their prefix tested.
	for _, pi := range pre {
		p := &s.phrases[pi]
		if len(p.toks) <= bestN || !langOK(p.lang, lang) || i+len(p.toks) > len(toks) {
			continue
		}
		if s.matchesFrom(p, toks, i, 0, lang) {
			best, bestN = p, len(p.toks)
		}
	}
	return best, bestN
}

// firstOf returns the phrases whose first token is t: by t's word number
// when the sentence's tokens were numbered, else by its text.
func (s *phraseSet) firstOf(t *token, lang string) []int32 {
	if s.stemmed || s.w == nil || t.wid == 0 {
		return s.byFirst[s.key(t, lang)]
	}
	if t.wid < 0 || s.no < 64 && s.w.firstSets[t.wid]&(1<<s.no) == 0 {
		return nil
	}
	return phrasesOf(s.w.first[t.wid], s.no)
}

// mayStemFirst reports whether the stem of word t may start a phrase of
// the stemmed set s. Stems are prefixes of the word, but for the English
// "-ies('s)" -> "-y": so they start with its first two runes, or its first rune
// only when one rune long.
//
// The pair bits are tested first and the first two bytes of a word that
// starts with two ASCII ones taken as they are: the "ies" search is left to
// the words that fail them.
func (s *phraseSet) mayStemFirst(t *token, lang string) bool {
	if s.stemPairs == nil {
		return true
	}
	w := t.lower
	var r1, r2 rune
	if len(w) >= 2 && w[0] < utf8.RuneSelf && w[1] < utf8.RuneSelf {
		r1, r2 = rune(w[0]), rune(w[1])
	} else {
		r1, r2 = firstPair(w, sameRune)
	}
	h, h1 := pairHash(r1, r2), pairHash(r1, 0)
	if s.stemPairs[h/64]&(1<<(h%64)) != 0 || s.stemPairs[h1/64]&(1<<(h1%64)) != 0 {
		return true
	}
	return lang == "en" && strings.Contains(w, "ies")
}

func sameRune(r rune) rune { return r }

// prefixOf returns the phrases whose first token is a prefix with the same
// first two letters as t.
func (s *phraseSet) prefixOf(t *token) []int32 {
	if s.w == nil || t.pid == 0 {
		return s.byPrefix[firstRunes(t.lower, 2)]
	}
	if t.pid < 0 || s.no < 64 && s.w.prefixSets[t.pid]&(1<<s.no) == 0 {
		return nil
	}
	return phrasesOf(s.w.prefixed[t.pid], s.no)
}

func (s *phraseSet) matches(p *phrase, toks []token, i int, lang string) bool {
	return s.matchesFrom(p, toks, i, 0, lang)
}

// matchesFrom is matches for a phrase whose tokens before from are known to
// match.
func (s *phraseSet) matchesFrom(p *phrase, toks []token, i, from int, lang string) bool {
	for k := from; k < len(p.toks); k++ {
		pt := &p.toks[k]
		t := &toks[i+k]
		if pt.punct != (t.kind == tPunct) || t.kind == tNum {
			return false
		}
		// A prefix spells its own inflections: compare it with the word as
		// printed, not with its stem.
		if pt.prefix {
			if !strings.HasPrefix(t.lower, pt.text) {
				return false
			}
		} else if pt.id > 0 && t.wid != 0 {
			// Numbered: the same word has the same number.
			if t.wid != pt.id {
				return false
			}
		} else if s.key(t, lang) != pt.text {
			return false
		}
	}
	return true
}

// endingAt returns the longest phrase that ends at token i (inclusive) and
// its length in tokens.
func (s *phraseSet) endingAt(toks []token, i int, lang string) (*phrase, int) {
	if uint(i) < uint(len(toks)) && !s.mayEnd(&toks[i]) {
		return nil, 0 // most tokens end no phrase of the set
	}
	var best *phrase
	bestN := 0
	for n := s.maxLen; n >= 1; n-- {
		j := i - n + 1
		if j < 0 {
			continue
		}
		if p, m := s.at(toks, j, lang); p != nil && m == n {
			return p, n
		}
	}
	return best, bestN
}

// mayEnd is false for a token no phrase of the set ends with: a numeral
// (matchesFrom matches none), or a numbered token of an endByWord set that
// is not the last token of any of its phrases.
func (s *phraseSet) mayEnd(t *token) bool {
	if t.kind == tNum {
		return false
	}
	return !s.endByWord || t.wid == 0 || t.wid > 0 && s.w.lastSets[t.wid]&s.bit != 0
}

// has reports whether a phrase starts at token i.
func (s *phraseSet) has(toks []token, i int, lang string) bool {
	p, _ := s.at(toks, i, lang)
	return p != nil
}

// hasWord reports whether the single word w (lower case) is a phrase.
func (s *phraseSet) hasWord(w, lang string) bool {
	for _, pi := range s.byFirst[w] {
		p := &s.phrases[pi]
		if len(p.toks) == 1 && langOK(p.lang, lang) {
			return true
		}
	}
	for _, pi := range s.byPrefix[firstRunes(w, 2)] {
		p := &s.phrases[pi]
		if len(p.toks) == 1 && p.toks[0].prefix && langOK(p.lang, lang) && strings.HasPrefix(w, p.toks[0].text) {
			return true
		}
	}
	return false
}

// hasTok is hasWord for the word of token t. A numbered token without the
// set's bit is answered inline (most are), the others by hasTokLookup.
func (s *phraseSet) hasTok(t *token, lang string) bool {
	if s.quick && t.wid != 0 && t.sets&s.bit == 0 {
		return false
	}
	return s.hasTokLookup(t, lang)
}

// hasTokLookup is hasTok past its inline answer.
func (s *phraseSet) hasTokLookup(t *token, lang string) bool {
	if s.stemmed || s.w == nil || t.wid == 0 {
		return s.hasWord(t.lower, lang)
	}
	for _, pi := range s.firstOf(t, lang) {
		p := &s.phrases[pi]
		if len(p.toks) == 1 && langOK(p.lang, lang) {
			return true
		}
	}
	if len(s.byPrefix) == 0 {
		return false
	}
	for _, pi := range s.prefixOf(t) {
		p := &s.phrases[pi]
		if len(p.toks) == 1 && p.toks[0].prefix && langOK(p.lang, lang) && strings.HasPrefix(t.lower, p.toks[0].text) {
			return true
		}
	}
	return false
}

// find returns the positions of every phrase occurrence in toks[from:to].
func (s *phraseSet) find(toks []token, from, to int, lang string, fn func(i, n int, p *phrase)) {
	if from < 0 {
		from = 0
	}
	if to > len(toks) {
		to = len(toks)
	}
	for i := from; i < to; i++ {
		if s.skip(&toks[i]) {
			continue // at's answer, without its call
		}
		if p, n := s.atWord(toks, i, lang); p != nil && i+n <= to {
			fn(i, n, p)
			i += n - 1
		}
	}
}

// words numbers the words of the lexicon's phrase sets (and the two-letter
// keys of their prefixes) so that each token of a sentence is looked up in
// a map once (assign), not once per set and position that asks about it.
type words struct {
	ids       map[string]int32 // word -> number (from 1)
	prefixIDs map[string]int32 // first two letters of a prefix -> number (from 1)
	// first lists, by word number, the phrases of each unstemmed set that
	// start with the word; prefixed, by key number, those of each set that
	// start with a prefix of that key.
	first, prefixed [][]setPhrases
	// firstSets has, by word number, bit no set when set no (< 64) has
	// phrases under the word: most sets have none; prefixSets the same by
	// key number; lastSets bit no when a phrase of set no ends with the
	// word.
	firstSets, prefixSets, lastSets []uint64
	// trigger and timeTrigger flag, by word number, Lexicon.triggers and
	// Lexicon.timeTriggers; triggerPrefixes are Lexicon.triggerPrefixes by
	// key number.
	trigger, timeTrigger []bool
	// spanDemonstrative flags, by word number, spanDemonstratives (all of
	// them are time triggers, so numbered).
	spanDemonstrative []bool
	// timeGated flags, by word number, the time triggers that start a time
	// expression (wordTime) only before a word that timeNext flags: the
	// second words of the relative-year, same-period and half-year phrases
	// and theSpanNext (gateTimeTriggers). Most time triggers are "the",
	// "to" and "a".
	timeGated, timeNext []bool
	triggerPrefixes     [][]string
	// mayID is a bit set of the shapeHash of the words: most tokens fail it
	// and skip the map.
	mayID shapeSet
	// prefixPairs maps the two runes of a prefix key to its number;
	// asciiPrefix indexes those of two ASCII letters directly (0 none).
	prefixPairs map[uint64]int32
	asciiPrefix *[1 << 14]int32
	// byteIDs holds the numbers of the one-byte words (0 none).
	byteIDs [utf8.RuneSelf]int32
}

// shapeSet is a bit set of shapeHash values.
type shapeSet [1 << 10]uint64

func (b *shapeSet) add(s string) {
	h := shapeHash(s)
	b[h/64] |= 1 << (h % 64)
}

func (b *shapeSet) has(s string) bool {
	h := shapeHash(s)
	return b[h/64]&(1<<(h%64)) != 0
}

// shapeHash hashes a string's length, first two bytes and last byte into
// 16 bits.
func shapeHash(s string) uint32 {
	n := len(s)
	if n == 0 {
		return 0
	}
	h := uint32(n)*0x9E3779B1 ^ uint32(s[0])*0x85EBCA77 ^ uint32(s[n-1])*0xC2B2AE3D
	if n > 1 {
		h ^= uint32(s[1]) * 0x27D4EB2F
	}
	return (h ^ h>>16) & (1<<16 - 1)
}

// setPhrases are the phrases (indexes) of set no under one word or key.
type setPhrases struct {
	no  int32
	idx []int32
}

func phrasesOf(l []setPhrases, no int32) []int32 {
	for k := range l {
		if l[k].no == no {
			return l[k].idx
		}
	}
	return nil
}

// newWords indexes sets; extra are words that need a number without
// starting a phrase (the time triggers).
func newWords(sets []*phraseSet, extra []string) *words {
	w := &words{ids: map[string]int32{}, prefixIDs: map[string]int32{}, first: [][]setPhrases{nil}, prefixed: [][]setPhrases{nil}}
	id := func(s string) int32 {
		if n, ok := w.ids[s]; ok {
			return n
		}
		n := int32(len(w.first))
		w.ids[s] = n
		w.first = append(w.first, nil)
		return n
	}
	for _, s := range extra {
		id(s)
	}
	defer func() {
		for s, n := range w.ids {
			w.mayID.add(s)
			if len(s) == 1 && s[0] < utf8.RuneSelf {
				w.byteIDs[s[0]] = n
			}
		}
		w.prefixPairs, w.asciiPrefix = map[uint64]int32{}, new([1 << 14]int32)
		for s, n := range w.prefixIDs {
			r1, r2 := firstPair(s, sameRune)
			if r1 < utf8.RuneSelf && r2 < utf8.RuneSelf {
				w.asciiPrefix[r1<<7|r2] = n
			} else {
				w.prefixPairs[uint64(r1)<<32|uint64(r2)] = n
			}
		}
		w.firstSets, w.prefixSets = setMasks(w.first), setMasks(w.prefixed)
		w.lastSets = make([]uint64, len(w.first))
		for _, set := range sets {
			if !set.quick {
				continue
			}
			set.endByWord = true
			for pi := range set.phrases {
				last := &set.phrases[pi].toks[len(set.phrases[pi].toks)-1]
				if last.prefix {
					set.endByWord = false
					continue
				}
				w.lastSets[last.id] |= set.bit
			}
		}
	}()
	for no, set := range sets {
		set.w, set.no = w, int32(no)
		set.quick = !set.stemmed && no < 64
		if set.quick {
			set.bit = 1 << no
		}
		if set.stemmed {
			set.stemPairs = new([1 << 10]uint64)
			for stem := range set.byFirst {
				h := pairHash(firstPair(stem, sameRune))
				set.stemPairs[h/64] |= 1 << (h % 64)
			}
		}
		if !set.stemmed {
			for pi := range set.phrases {
				for k := range set.phrases[pi].toks {
					if pt := &set.phrases[pi].toks[k]; !pt.prefix {
						pt.id = id(pt.text)
					}
				}
			}
			for text, idx := range set.byFirst {
				n := id(text)
				w.first[n] = append(w.first[n], setPhrases{no: int32(no), idx: idx})
			}
		}
		for key, idx := range set.byPrefix {
			n, ok := w.prefixIDs[key]
			if !ok {
				n = int32(len(w.prefixed))
				w.prefixIDs[key] = n
				w.prefixed = append(w.prefixed, nil)
			}
			w.prefixed[n] = append(w.prefixed[n], setPhrases{no: int32(no), idx: idx})
		}
	}
	return w
}

// setMasks returns, per list, the bits of the sets (< 64) it has phrases of.
func setMasks(lists [][]setPhrases) []uint64 {
	masks := make([]uint64, len(lists))
	for n, l := range lists {
		for _, sp := range l {
			if sp.no < 64 {
				masks[n] |= 1 << sp.no
			}
		}
	}
	return masks
}

// prefixID returns the number of the prefix key firstRunes(s, 2), 0 if it
// is none (keys have two runes).
func (w *words) prefixID(s string) int32 {
	if len(s) >= 2 && s[0] < utf8.RuneSelf && s[1] < utf8.RuneSelf {
		return w.asciiPrefix[int(s[0])<<7|int(s[1])]
	}
	r1, n1 := utf8.DecodeRuneInString(s)
	if n1 >= len(s) {
		return 0
	}
	r2, _ := utf8.DecodeRuneInString(s[n1:])
	return w.prefixPairs[uint64(r1)<<32|uint64(r2)]
}

// idCache remembers, by shapeHash, the word numbers assign looked up in a
// document (0 for a word that has none): a document says "the", "of" and
// "migrants" again and again, and a hit is a compare in a 24 KB table
// instead of a map probe.
type idCache [1024]struct {
	s   string
	wid int32
	ok  bool
}

// assign numbers the words and punctuation of toks (numerals keep 0: they
// start no phrase and are compared by text), through the document's cache c,
// and returns the union of their sets bits: a quick set whose bit it lacks
// has no phrase in toks.
func (w *words) assign(toks []token, c *idCache) uint64 {
	var union uint64
	for i := range toks {
		t := &toks[i]
		if t.kind == tNum {
			continue
		}
		t.wid, t.pid, t.sets = -1, -1, 0
		if len(t.lower) == 1 && t.lower[0] < utf8.RuneSelf {
			// One ASCII byte (mostly punctuation): no map lookup, and no
			// prefix key (they have two runes).
			if n := w.byteIDs[t.lower[0]]; n > 0 {
				t.wid, t.sets = n, w.firstSets[n]
				union |= t.sets
			}
			continue
		}
		if h := shapeHash(t.lower); w.mayID[h/64]&(1<<(h%64)) != 0 {
			e := &c[h%uint32(len(c))]
			if !e.ok || e.s != t.lower {
				e.s, e.wid, e.ok = t.lower, w.ids[t.lower], true
			}
			if n := e.wid; n > 0 {
				t.wid, t.sets = n, w.firstSets[n]
			}
		}
		// prefixID's ASCII path written out: the call would not inline.
		var n int32
		if s := t.lower; len(s) >= 2 && s[0] < utf8.RuneSelf && s[1] < utf8.RuneSelf {
			n = w.asciiPrefix[int(s[0])<<7|int(s[1])]
		} else {
			n = w.prefixID(s)
		}
		if n > 0 {
			t.pid = n
			t.sets |= w.prefixSets[n]
		}
		union |= t.sets
	}
	return union
}
