package claims

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/entity"
	"github.com/claimgraph/claimgraph/nlp"
)

//go:embed data/*.lex
var dataFS embed.FS

// Lexicon is everything the claim extractor reads from its data files: number
// words, units, approximation and cue phrases, indicators, and the gazetteer.
// Load it once and pass it to Extract; it is read-only afterwards and safe for
// concurrent use.
type Lexicon struct {
	Gazetteer *entity.Gazetteer

	// Phrase sets by data-file section (numbers.lex, cues.lex).
	cardinal, scale, fraction, multiplier, times, percent, currency, duration *phraseSet
	approxBefore, approxAfter                                                 *phraseSet
	labelBefore, labelAfter, ordinalSuffix                                    *phraseSet
	month, yearWord, decadeWord, decadePart, yearBefore, half, relativeYear   *phraseSet
	yearStart, planRef, relativeBaseline, placeAnaphor                        *phraseSet
	samePeriod, baseline, since, age, past, ago                               *phraseSet
	openTime                                                                  *phraseSet
	hedge, qualifier, respectively, determiner, stop                          *phraseSet
	linkBefore, linkAfter, changeUp, changeDown, person                       *phraseSet
	attribution, listing, examples, anaphora, structural                      *phraseSet
	to, in, from, of                                                          *phraseSet
	rangeTo, rangeFrom, list, clauseBreak, clauseBreakComma, migrantActivity  *phraseSet

	// groups are the indicator cue groups (stemmed matching).
	groups     *phraseSet
	indicators []indicatorRule
	// groupNo numbers the cue groups (sorted names), so that indicator
	// scores are a slice; gDest, gOrigin and gSub are the numbers of
	// "@dest", "@origin" and "@subnational".
	groupNo              map[string]int32
	gDest, gOrigin, gSub int32
	// cueFirst holds, by word number and cueLangs slot, what
	// cueCache.first answers for the numbered word (its cue phrases by
	// stem), as 1 + an index of cueLists (0: none): nearly half of the
	// words of a text are numbered, and a table read is cheaper than the
	// cache's compare.
	cueFirst [][len(cueLangs)]uint16
	cueLists [][]int32

	// triggers are the words that make a sentence without digits worth
	// scanning (number, fraction and relative-time words); prefixes those
	// written with "*".
	triggers        map[string]bool
	triggerPrefixes map[string][]string // by their first two letters
	// triggerSets has the bits of the phrase sets the triggers start
	// phrases of (all bits when one of them is not quick): a numbered
	// token without them is a trigger only as a "krat" form (mayBeTriggerTok).
	triggerSets uint64
	// timeTriggers are the first words of relative-year, same-period and
	// half-year phrases; timeFirst their first letters.
	timeTriggers map[string]bool
	timeFirst    map[rune]bool
	// triggerFirst holds the first letters (lower case) of the triggers: a
	// word starting otherwise is no trigger. ASCII letters have a table.
	triggerFirst      map[rune]bool
	triggerFirstASCII [128]bool
	// triggerTriples holds the first three letters (lower case, 0 for a
	// missing one) of the triggers, of their "krat" forms and of the
	// prefixes of three letters or more, hashed (tripleHash); shortPairs
	// the first two of the shorter prefixes (pairHash, 0 for a missing
	// one), which any third letter may follow. A word that neither holds
	// starts no trigger phrase (worthScanning's verdict is triggerDead).
	triggerTriples [1 << 10]uint64
	shortPairs     [1 << 10]uint64
	anyShort       bool
	// triggerWords are the triggers (not the prefixes) for worthScanning,
	// with, for one that is no phrase by itself (nor a prefix's or a
	// "krat" form's word), the second tokens of the phrases it starts: "the"
	// makes a sentence worth scanning only before "same", "previous", ...
	// prefixPairs holds the hashed first two letters of the prefixes.
	// triggerBloom holds the lowerHash of the triggers: most words fail it.
	triggerWords map[string]triggerWord
	prefixPairs  [1 << 10]uint64
	triggerBloom [1 << 10]uint64
	// triggerSlots holds triggerWords open-addressed by their lowerHash
	// (liveTrigger has it already: no string hash nor map probe).
	triggerSlots []triggerSlot

	// words numbers the words of every phrase set, for the tokens.
	words *words
	// scratch recycles the buffers of Extract (*scratch).
	scratch sync.Pool
}

// mayTrigger reports whether a word starting with r (any case) can be a
// trigger.
func (lx *Lexicon) mayTrigger(r rune) bool {
	if r < 128 {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return lx.triggerFirstASCII[r]
	}
	return lx.triggerFirst[unicode.ToLower(r)]
}

// firstPair returns the first two runes of w (0 for a missing one),
// lower-cased with lower.
func firstPair(w string, lower func(rune) rune) (r1, r2 rune) {
	for i, r := range w {
		if i > 0 {
			return r1, lower(r)
		}
		r1 = lower(r)
	}
	return r1, 0
}

func pairHash(r1, r2 rune) uint32 {
	h := uint32(r1)*0x9E3779B1 ^ uint32(r2)*0x85EBCA77
	return (h ^ h>>16) & (1<<16 - 1)
}

// tripleHash hashes three runes to 16 bits (the product's high half).
func tripleHash(r1, r2, r3 rune) uint32 {
	return (uint32(r1)*0x9E3779B1 ^ uint32(r2)*0x85EBCA77 ^ uint32(r3)*0xC2B2AE3D) >> 16
}

// firstThree returns the first three runes of w (0 for a missing one) and
// how many there are.
func firstThree(w string) (rs [3]rune, n int) {
	for _, r := range w {
		if n == 3 {
			break
		}
		rs[n] = r
		n++
	}
	return rs, n
}

// addTriggerTriple records w, a trigger, a "krat" form or a prefix (lower
// case as stored), in triggerTriples, or in shortPairs for a prefix of
// fewer than three letters.
func (lx *Lexicon) addTriggerTriple(w string, prefix bool) {
	rs, n := firstThree(w)
	if prefix && n < 3 {
		h := pairHash(rs[0], rs[1])
		lx.shortPairs[h/64] |= 1 << (h % 64)
		lx.anyShort = true
		return
	}
	h := tripleHash(rs[0], rs[1], rs[2])
	lx.triggerTriples[h/64] |= 1 << (h % 64)
}

// mayStartTrigger reports whether a word whose first three runes
// (lower case, 0 for a missing one) are r1, r2, r3 can start a trigger
// phrase: its letters are those of a trigger, of a trigger's "krat" form
// or of a prefix (liveTrigger and triggerVerdict say no to any other).
// (worthScanning has it written out.)
func (lx *Lexicon) mayStartTrigger(r1, r2, r3 rune) bool {
	h := tripleHash(r1, r2, r3)
	return lx.triggerTriples[h/64]&(1<<(h%64)) != 0 || lx.anyShort && lx.shortPair(r1, r2)
}

// shortPair reports whether r1 and r2 start a prefix of fewer than three
// letters.
func (lx *Lexicon) shortPair(r1, r2 rune) bool {
	h := pairHash(r1, r2)
	return lx.shortPairs[h/64]&(1<<(h%64)) != 0
}

// triggerWord is a trigger for worthScanning: it makes a sentence worth
// scanning alone, or before one of next.
type triggerWord struct {
	alone bool
	next  []ptok
	// nextLetters has bit c-'a' for each ASCII letter c a token of next
	// starts with; allNext that some token of next starts otherwise (then
	// mayBeNext lets every word through).
	nextLetters uint32
	allNext     bool
	// nextPairs[c-'a'] has bit d-'a' for each token of next that starts
	// with the ASCII letters c and d: a word of two letters or more starts
	// no other (tokens of one letter are no prefix).
	nextPairs [26]uint32
}

// setNextLetters fills nextLetters, allNext and nextPairs from next.
func (tw *triggerWord) setNextLetters() {
	tw.nextLetters, tw.allNext, tw.nextPairs = 0, false, [26]uint32{}
	for _, p := range tw.next {
		if p.text != "" && 'a' <= p.text[0] && p.text[0] <= 'z' {
			tw.nextLetters |= 1 << (p.text[0] - 'a')
			if len(p.text) > 1 && 'a' <= p.text[1] && p.text[1] <= 'z' {
				tw.nextPairs[p.text[0]-'a'] |= 1 << (p.text[1] - 'a')
			}
		} else {
			tw.allNext = true
		}
	}
}

// mayBeNext is false when the token nextTokenIs reads at text[i:] is a word
// of an ASCII letter first that starts no token of tw.next (its first
// letter lowered is the token's first byte), or of two ASCII letters first
// that start none (its first two bytes): most words after "the" or "a".
// Any other start is left to nextTokenIs.
func (tw *triggerWord) mayBeNext(text string, i int) bool {
	if tw.allNext {
		return true
	}
	for ; i < len(text); i++ {
		switch c := text[i]; {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			l := c | 0x20 - 'a'
			if tw.nextLetters&(1<<l) == 0 {
				return false
			}
			// A second ASCII letter (a byte past ASCII stays past 'z').
			if i+1 < len(text) {
				if d := text[i+1] | 0x20; 'a' <= d && d <= 'z' {
					return tw.nextPairs[l]&(1<<(d-'a')) != 0
				}
			}
			return true
		default:
			return true
		}
	}
	return true
}

// lowerHash appends w lower-cased (unicode.ToLower) to dst and returns it
// with its FNV-1a hash.
func lowerHash(dst []byte, w string) ([]byte, uint32) {
	n := len(dst)
	h := uint32(2166136261)
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			// The rest with appendLower's byte paths (its nlp.LowerRune is
			// unicode.ToLower), the hash carried on.
			dst = appendLower(dst, w[k:])
			for _, c := range dst[n+k:] {
				h = (h ^ uint32(c)) * 16777619
			}
			return dst, h
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
		h = (h ^ uint32(c)) * 16777619
	}
	return dst, h
}

// mayBeTrigger reports whether the lower-case word lw (hashed h by
// lowerHash, its first two runes hashed pair by pairHash) can be a trigger:
// its hash is a trigger's, it starts as a trigger prefix does, or it is a
// "krat" form.
func (lx *Lexicon) mayBeTrigger(lw []byte, h, pair uint32) bool {
	if h &= 1<<16 - 1; lx.triggerBloom[h/64]&(1<<(h%64)) != 0 {
		return true
	}
	if lx.prefixPairs[pair/64]&(1<<(pair%64)) != 0 {
		return true
	}
	return bytes.HasSuffix(lw, []byte("krat"))
}

// triggerSlot is a word of triggerWords and its entry there ("" empty).
type triggerSlot struct {
	word string
	tw   *triggerWord
}

// setTriggerSlots fills triggerSlots from triggerWords, at most half full.
func (lx *Lexicon) setTriggerSlots() {
	n := 16
	for n < 2*len(lx.triggerWords) {
		n *= 2
	}
	lx.triggerSlots = make([]triggerSlot, n)
	for w, tw := range lx.triggerWords {
		_, h := lowerHash(nil, w)
		k := int(h) & (n - 1)
		for lx.triggerSlots[k].word != "" {
			k = (k + 1) & (n - 1)
		}
		lx.triggerSlots[k] = triggerSlot{word: w, tw: &tw}
	}
}

// lookupTrigger returns the entry of triggerWords for the lower-case word lw,
// whose lowerHash is h, or nil.
func (lx *Lexicon) lookupTrigger(lw []byte, h uint32) *triggerWord {
	mask := len(lx.triggerSlots) - 1
	for k := int(h) & mask; lx.triggerSlots[k].word != ""; k = (k + 1) & mask {
		if lx.triggerSlots[k].word == string(lw) {
			return lx.triggerSlots[k].tw
		}
	}
	return nil
}

// liveTrigger reports whether the word lw (lower case, lowerHash h)
// followed by text[end:] can start a phrase of a trigger set: isTrigger,
// but a trigger that only starts phrases of two tokens or more needs one of
// their second tokens next.
func (lx *Lexicon) liveTrigger(lw []byte, h uint32, text string, end int) bool {
	if tw := lx.lookupTrigger(lw, h); tw != nil {
		return tw.liveBefore(text, end)
	}
	return lx.prefixTrigger(lw)
}

// liveBefore is liveTrigger for a word of triggerWords followed by
// text[end:].
func (tw *triggerWord) liveBefore(text string, end int) bool {
	return tw.alone || tw.mayBeNext(text, end) && nextTokenIs(text, end, tw.next)
}

// prefixTrigger is liveTrigger for a word lw (lower case) that is not in
// triggerWords: a "krat" form of a trigger, or a word a trigger prefix
// starts.
func (lx *Lexicon) prefixTrigger(lw []byte) bool {
	w := string(lw)
	if strings.HasSuffix(w, "krat") && lx.triggers[strings.TrimSuffix(w, "krat")] {
		return true
	}
	if h := pairHash(firstPair(w, sameRune)); lx.prefixPairs[h/64]&(1<<(h%64)) == 0 {
		return false
	}
	for _, p := range lx.triggerPrefixes[firstRunes(w, 2)] {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// triggerCache remembers, by the shapeHash of a word as printed, what
// worthScanning's trigger test makes of it apart from the text after it
// (triggerVerdict): the same words recur in a document, and a hit is a
// compare instead of lowering and hashing the word and the trigger lookups.
type triggerCache [1024]struct {
	w       string
	verdict triggerVerdict
	tw      *triggerWord
}

// triggerVerdict is what a word is to worthScanning (0: not cached).
type triggerVerdict uint8

const (
	triggerDead triggerVerdict = iota + 1 // starts no trigger phrase
	triggerLive                           // liveTrigger whatever follows
	triggerNext                           // a word of triggerWords: tw.liveBefore decides
)

// triggerVerdict returns the verdict on word (as printed) whose first two
// runes pairHash to pair, and its triggerWords entry for triggerNext,
// through the document's cache c.
func (lx *Lexicon) triggerVerdict(c *triggerCache, word string, pair uint32) (triggerVerdict, *triggerWord) {
	e := &c[shapeHash(word)%uint32(len(c))]
	if e.verdict != 0 && e.w == word {
		return e.verdict, e.tw
	}
	var arr [64]byte
	lw, h := lowerHash(arr[:0], word)
	v, tw := triggerDead, (*triggerWord)(nil)
	if lx.mayBeTrigger(lw, h, pair) {
		if tw = lx.lookupTrigger(lw, h); tw != nil {
			v = triggerNext
			if tw.alone {
				v = triggerLive
			}
		} else if lx.prefixTrigger(lw) {
			v = triggerLive
		}
	}
	e.w, e.verdict, e.tw = word, v, tw
	return v, tw
}

// indicatorRule is one line of [indicator] in indicators.lex.
type indicatorRule struct {
	id string
	// unitBits has the ruleUnitBit of each unit the rule applies to; anyUnit
	// that it applies to all ("any").
	unitBits uint16
	anyUnit  bool
	// The group numbers of required, bonus and penalty.
	requiredNo, bonusNo, penaltyNo []int32
	// requiredBits has bit g for each required group g below 64 (a shift
	// past 63 is 0).
	requiredBits uint64
	required     []string
	bonus        []string
	penalty      []string
	priority     float64
}

// Load parses and validates the embedded data files and the gazetteer.
func Load() (*Lexicon, error) {
	g, err := entity.Load()
	if err != nil {
		return nil, err
	}
	return loadFrom(dataFS, g)
}

// loadFrom reads data/numbers.lex, data/cues.lex and data/indicators.lex
// from fsys; errors name the file and line of the faulty entry.
func loadFrom(fsys fs.FS, g *entity.Gazetteer) (*Lexicon, error) {
	lx := &Lexicon{Gazetteer: g}
	numbers, err := nlp.LoadLexicon(fsys, "data/numbers.lex")
	if err != nil {
		return nil, err
	}
	cues, err := nlp.LoadLexicon(fsys, "data/cues.lex")
	if err != nil {
		return nil, err
	}
	inds, err := nlp.LoadLexicon(fsys, "data/indicators.lex")
	if err != nil {
		return nil, err
	}
	sets := map[string]**phraseSet{
		"cardinal": &lx.cardinal, "scale": &lx.scale, "fraction": &lx.fraction, "multiplier": &lx.multiplier,
		"times": &lx.times, "percent": &lx.percent, "currency": &lx.currency, "duration": &lx.duration,
		"approx-before": &lx.approxBefore, "approx-after": &lx.approxAfter,
		"label-before": &lx.labelBefore, "label-after": &lx.labelAfter,
		"month": &lx.month, "year-word": &lx.yearWord, "decade-word": &lx.decadeWord, "decade-part": &lx.decadePart, "year-start": &lx.yearStart, "plan-ref": &lx.planRef, "relative-baseline": &lx.relativeBaseline, "place-anaphor": &lx.placeAnaphor, "year-before": &lx.yearBefore,
		"half": &lx.half, "relative-year": &lx.relativeYear, "same-period": &lx.samePeriod, "open-time": &lx.openTime,
		"baseline": &lx.baseline, "since": &lx.since, "age": &lx.age, "past": &lx.past, "ago": &lx.ago,
		"hedge": &lx.hedge, "qualifier": &lx.qualifier, "respectively": &lx.respectively,
		"determiner": &lx.determiner, "stop": &lx.stop, "link-before": &lx.linkBefore, "link-after": &lx.linkAfter,
		"change-up": &lx.changeUp, "change-down": &lx.changeDown, "person": &lx.person,
		"attribution": &lx.attribution, "listing": &lx.listing, "anaphora": &lx.anaphora, "structural": &lx.structural, "to": &lx.to, "in": &lx.in, "from": &lx.from,
		"range-to": &lx.rangeTo, "range-from": &lx.rangeFrom, "list": &lx.list,
		"clause-break": &lx.clauseBreak, "clause-break-comma": &lx.clauseBreakComma, "migrant-activity": &lx.migrantActivity,
	}
	for _, p := range sets {
		*p = newPhraseSet(false, nil)
	}
	lx.groups = newPhraseSet(true, lx.stemmer)
	for _, e := range append(numbers, cues...) {
		set, ok := sets[e.Section]
		if !ok {
			return nil, e.Errorf("unknown section %q", e.Section)
		}
		if err := lx.addEntry(*set, e); err != nil {
			return nil, err
		}
	}
	for name, p := range sets {
		if len((*p).phrases) == 0 {
			return nil, fmt.Errorf("claims lexicon: section [%s] is empty", name)
		}
	}
	lx.triggers = map[string]bool{}
	lx.triggerPrefixes = map[string][]string{}
	for _, set := range lx.triggerSetList() {
		for _, p := range set.phrases {
			if p.toks[0].prefix {
				k := firstRunes(p.toks[0].text, 2)
				lx.triggerPrefixes[k] = append(lx.triggerPrefixes[k], p.toks[0].text)
			} else if !p.toks[0].punct {
				lx.triggers[p.toks[0].text] = true
			}
		}
	}
	lx.triggerWords = map[string]triggerWord{}
	for _, set := range lx.triggerSetList() {
		for _, p := range set.phrases {
			if w := p.toks[0]; !w.prefix && !w.punct {
				tw := lx.triggerWords[w.text]
				if len(p.toks) == 1 {
					tw.alone = true
				} else {
					tw.next = append(tw.next, p.toks[1])
					tw.setNextLetters()
				}
				lx.triggerWords[w.text] = tw
			}
		}
	}
	for w, tw := range lx.triggerWords {
		for _, p := range lx.triggerPrefixes[firstRunes(w, 2)] {
			tw.alone = tw.alone || strings.HasPrefix(w, p)
		}
		if tw.alone || strings.HasSuffix(w, "krat") {
			lx.triggerWords[w] = triggerWord{alone: true}
		}
	}
	for _, ps := range lx.triggerPrefixes {
		for _, p := range ps {
			h := pairHash(firstPair(p, sameRune))
			lx.prefixPairs[h/64] |= 1 << (h % 64)
		}
	}
	for w := range lx.triggerWords {
		_, h := lowerHash(nil, w)
		h &= 1<<16 - 1
		lx.triggerBloom[h/64] |= 1 << (h % 64)
	}
	lx.setTriggerSlots()
	lx.triggerFirst = map[rune]bool{}
	for w := range lx.triggers {
		r, _ := utf8.DecodeRuneInString(w)
		lx.triggerFirst[r] = true
	}
	for _, ps := range lx.triggerPrefixes {
		for _, p := range ps {
			r, _ := utf8.DecodeRuneInString(p)
			lx.triggerFirst[r] = true
		}
	}
	for r := range lx.triggerFirst {
		if r < 128 {
			lx.triggerFirstASCII[r] = true
		}
	}
	for w := range lx.triggers {
		lx.addTriggerTriple(w, false)
		lx.addTriggerTriple(w+"krat", false)
	}
	for _, ps := range lx.triggerPrefixes {
		for _, p := range ps {
			lx.addTriggerTriple(p, true)
		}
	}
	lx.timeTriggers, lx.timeFirst = map[string]bool{}, map[rune]bool{}
	for _, set := range []*phraseSet{lx.relativeYear, lx.samePeriod, lx.half} {
		for _, p := range set.phrases {
			lx.timeTriggers[p.toks[0].text] = true
			r, _ := utf8.DecodeRuneInString(p.toks[0].text)
			lx.timeFirst[r] = true
		}
	}
	for w := range spanDemonstratives {
		lx.timeTriggers[w] = true
		r, _ := utf8.DecodeRuneInString(w)
		lx.timeFirst[r] = true
	}
	groupNames := map[string]bool{"@dest": true, "@origin": true, "@subnational": true}
	for _, e := range inds {
		switch e.Section {
		case "group":
			if len(e.Fields) < 4 {
				return nil, e.Errorf("want name | weight | lang | phrases...")
			}
			w, err := strconv.ParseFloat(e.Fields[1], 64)
			if err != nil || w <= 0 {
				return nil, e.Errorf("bad weight %q", e.Fields[1])
			}
			lang := e.Fields[2]
			if !knownLang(lang) {
				return nil, e.Errorf("unknown language %q", lang)
			}
			for _, ph := range e.Fields[3:] {
				if err := lx.groups.add(ph, payload{lang: lang, label: e.Fields[0], value: w}); err != nil {
					return nil, e.Errorf("%v", err)
				}
			}
			groupNames[e.Fields[0]] = true
		case "indicator":
		default:
			return nil, e.Errorf("unknown section %q", e.Section)
		}
	}
	names := make([]string, 0, len(groupNames))
	for name := range groupNames {
		names = append(names, name)
	}
	sort.Strings(names)
	lx.groupNo = map[string]int32{}
	for i, name := range names {
		lx.groupNo[name] = int32(i)
	}
	lx.gDest, lx.gOrigin, lx.gSub = lx.groupNo["@dest"], lx.groupNo["@origin"], lx.groupNo["@subnational"]
	for i := range lx.groups.phrases {
		lx.groups.phrases[i].group = lx.groupNo[lx.groups.phrases[i].label]
	}
	for _, e := range inds {
		if e.Section != "indicator" {
			continue
		}
		if len(e.Fields) != 6 {
			return nil, e.Errorf("want id | units | required | bonus | penalty | priority")
		}
		if !indicatorIDs[e.Fields[0]] {
			return nil, e.Errorf("indicator %q is not an id of the gold README", e.Fields[0])
		}
		r := indicatorRule{id: e.Fields[0]}
		for _, u := range strings.Fields(e.Fields[1]) {
			if !ruleUnits[u] {
				return nil, e.Errorf("unknown unit %q", u)
			}
			r.unitBits |= ruleUnitBit(u)
			r.anyUnit = r.anyUnit || u == "any"
		}
		nos := []*[]int32{&r.requiredNo, &r.bonusNo, &r.penaltyNo}
		for i, dst := range []*[]string{&r.required, &r.bonus, &r.penalty} {
			for _, gname := range strings.Fields(e.Fields[2+i]) {
				if !groupNames[gname] {
					return nil, e.Errorf("unknown cue group %q", gname)
				}
				*dst = append(*dst, gname)
				*nos[i] = append(*nos[i], lx.groupNo[gname])
			}
		}
		for _, g := range r.requiredNo {
			r.requiredBits |= 1 << uint(g)
		}
		if len(r.required) == 0 {
			return nil, e.Errorf("indicator %s needs at least one required group", r.id)
		}
		p, err := strconv.ParseFloat(e.Fields[5], 64)
		if err != nil {
			return nil, e.Errorf("bad priority %q", e.Fields[5])
		}
		r.priority = p
		lx.indicators = append(lx.indicators, r)
	}
	lx.indexWords(sets)
	if err := lx.indexCueFirst(); err != nil {
		return nil, err
	}
	return lx, nil
}

// cueLangs are the languages of cueFirst's slots (sentenceLang's answers).
var cueLangs = [...]string{"en", "ru", "kk", "sl"}

// cueLangSlot returns the slot of lang in cueLangs, -1 for another.
func cueLangSlot(lang string) int {
	for k, l := range cueLangs {
		if l == lang {
			return k
		}
	}
	return -1
}

// indexCueFirst fills cueFirst and cueLists from the cue groups.
func (lx *Lexicon) indexCueFirst() error {
	g, w := lx.groups, lx.words
	lx.cueFirst = make([][len(cueLangs)]uint16, len(w.first))
	listNo := map[string]uint16{}
	for word, n := range w.ids {
		t := token{kind: tWord, text: word, lower: word}
		for k, lang := range cueLangs {
			if !g.mayStemFirst(&t, lang) {
				continue
			}
			key := g.key(&t, lang)
			if len(g.byFirst[key]) == 0 {
				continue
			}
			no, ok := listNo[key]
			if !ok {
				if len(lx.cueLists) >= math.MaxUint16 {
					return fmt.Errorf("too many cue stems")
				}
				lx.cueLists = append(lx.cueLists, g.byFirst[key])
				no = uint16(len(lx.cueLists))
				listNo[key] = no
			}
			lx.cueFirst[n][k] = no
		}
	}
	return nil
}

// indexWords numbers the words of the phrase sets and flags the triggers
// among them.
func (lx *Lexicon) indexWords(sets map[string]**phraseSet) {
	names := make([]string, 0, len(sets))
	for name := range sets {
		names = append(names, name)
	}
	sort.Strings(names)
	all := []*phraseSet{lx.groups}
	for _, name := range names {
		all = append(all, *sets[name])
	}
	var extra []string
	for w := range lx.triggers {
		extra = append(extra, w)
	}
	for w := range lx.timeTriggers {
		extra = append(extra, w)
	}
	extra = append(extra, theSpanNext[:]...)
	sort.Strings(extra)
	w := newWords(all, extra)
	w.trigger = make([]bool, len(w.first))
	w.timeTrigger = make([]bool, len(w.first))
	w.spanDemonstrative = make([]bool, len(w.first))
	for s, n := range w.ids {
		w.trigger[n], w.timeTrigger[n] = lx.triggers[s], lx.timeTriggers[s]
		w.spanDemonstrative[n] = spanDemonstratives[s]
	}
	lx.gateTimeTriggers(w)
	for _, set := range lx.triggerSetList() {
		if lx.triggerSets |= set.bit; !set.quick {
			lx.triggerSets = ^uint64(0)
			break
		}
	}
	w.triggerPrefixes = make([][]string, len(w.prefixed))
	for key, ps := range lx.triggerPrefixes {
		if n, ok := w.prefixIDs[key]; ok {
			w.triggerPrefixes[n] = ps
		}
	}
	lx.words = w
}

// gateTimeTriggers sets w.timeGated and w.timeNext (see words). A time
// trigger is gated when each relative-year, same-period and half-year
// phrase it starts goes on with a numbered word, it starts no month, and it
// is no demonstrative but "the" (spanRefAt reads it only before a word of
// theSpanNext; the others look further ahead).
func (lx *Lexicon) gateTimeTriggers(w *words) {
	w.timeGated = make([]bool, len(w.first))
	w.timeNext = make([]bool, len(w.first))
	sets := []*phraseSet{lx.relativeYear, lx.samePeriod, lx.half}
	for _, set := range sets {
		for pi := range set.phrases {
			if toks := set.phrases[pi].toks; len(toks) > 1 && toks[1].id > 0 {
				w.timeNext[toks[1].id] = true
			}
		}
	}
	for _, s := range theSpanNext {
		w.timeNext[w.ids[s]] = true
	}
	for s, n := range w.ids {
		if !lx.timeTriggers[s] || spanDemonstratives[s] && s != "the" {
			continue
		}
		key := firstRunes(s, 2)
		gated := len(lx.month.byFirst[s]) == 0 && len(lx.month.byPrefix[key]) == 0
		for _, set := range sets {
			if len(set.byPrefix[key]) > 0 {
				gated = false
			}
			for _, pi := range set.byFirst[s] {
				if toks := set.phrases[pi].toks; len(toks) < 2 || toks[1].id <= 0 {
					gated = false
				}
			}
		}
		w.timeGated[n] = gated
	}
}

// MustLoad is Load for tests and commands: the embedded data is validated by
// the package tests, so a failure is a build defect.
func MustLoad() *Lexicon {
	lx, err := Load()
	if err != nil {
		panic(fmt.Sprintf("claims: embedded lexicon invalid: %v", err))
	}
	return lx
}

// Indicator ids of the gold README.
var indicatorIDs = map[string]bool{
	"population": true, "population_growth": true, "internal_migrants_share": true, "internal_migrants_count": true,
	"migrants_abroad": true, "migrants_registered": true, "migrant_inflow": true, "arrivals": true, "departures": true,
	"net_migration": true, "cis_share_arrivals": true, "cis_share_departures": true, "remittances_gdp_share": true,
	"remittances_volume": true, "remittances_share_from_russia": true, "average_wage": true, "work_quota": true,
	"visas_issued": true, "deportations": true, "employed_abroad_programme": true, "agreements_signed": true,
	"unemployment": true, "gdp": true, "survey_share": true, "labor_force": true, "other": true,
}

// ruleUnitBit returns the bit of a unit of ruleUnits other than "any" (0
// for "any").
func ruleUnitBit(u string) uint16 {
	for i, n := range [...]string{"percent", "share", "persons", "count", "times", "money", "days", "months", "years"} {
		if n == u {
			return 1 << i
		}
	}
	return 0
}

var ruleUnits = map[string]bool{
	"percent": true, "share": true, "persons": true, "count": true, "times": true, "money": true,
	"days": true, "months": true, "years": true, "any": true,
}

func knownLang(l string) bool {
	switch l {
	case "*", "en", "ru", "kk", "sl":
		return true
	}
	return false
}

// addEntry interprets one numbers.lex or cues.lex line by its section's layout.
func (lx *Lexicon) addEntry(set *phraseSet, e nlp.LexEntry) error {
	// Layouts: lang | phrases; lang | value | phrases; label | lang | phrases;
	// lang | label | factor | phrases (scale).
	var (
		p      payload
		phrase []string
	)
	switch e.Section {
	case "cardinal", "fraction", "multiplier", "month", "half", "relative-year", "decade-part", "relative-baseline":
		if len(e.Fields) < 3 {
			return e.Errorf("want lang | value | phrases...")
		}
		v, err := strconv.ParseFloat(e.Fields[1], 64)
		if err != nil {
			return e.Errorf("bad value %q", e.Fields[1])
		}
		p = payload{lang: e.Fields[0], value: v}
		phrase = e.Fields[2:]
	case "scale":
		if len(e.Fields) < 4 {
			return e.Errorf("want lang | name | factor | phrases...")
		}
		v, err := strconv.ParseFloat(e.Fields[2], 64)
		if err != nil || v <= 1 {
			return e.Errorf("bad factor %q", e.Fields[2])
		}
		p = payload{lang: e.Fields[0], label: e.Fields[1], value: v}
		phrase = e.Fields[3:]
	case "currency", "duration", "approx-before", "approx-after", "qualifier":
		if len(e.Fields) < 3 {
			return e.Errorf("want label | lang | phrases...")
		}
		p = payload{label: e.Fields[0], lang: e.Fields[1]}
		phrase = e.Fields[2:]
		if strings.HasPrefix(e.Section, "approx") {
			if _, ok := approxKinds[p.label]; !ok {
				return e.Errorf("unknown approximation kind %q", p.label)
			}
		}
	default:
		if len(e.Fields) < 1 {
			return e.Errorf("want lang | phrases...")
		}
		p = payload{lang: e.Fields[0]}
		phrase = e.Fields[1:]
	}
	if !knownLang(p.lang) {
		return e.Errorf("unknown language %q", p.lang)
	}
	for _, ph := range phrase {
		if ph == "" {
			continue // an empty list ("kk | ") keeps the section's shape
		}
		if err := set.add(ph, p); err != nil {
			return e.Errorf("%v", err)
		}
	}
	return nil
}

// isTrigger reports a word (lower case) that can start a number, fraction
// or relative-time phrase.
func (lx *Lexicon) isTrigger(w string) bool {
	if lx.triggers[w] || strings.HasSuffix(w, "krat") && lx.triggers[strings.TrimSuffix(w, "krat")] {
		return true
	}
	for _, p := range lx.triggerPrefixes[firstRunes(w, 2)] {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// triggerSetList returns the phrase sets whose first words are the
// triggers.
func (lx *Lexicon) triggerSetList() []*phraseSet {
	return []*phraseSet{lx.cardinal, lx.fraction, lx.multiplier, lx.scale, lx.relativeYear, lx.samePeriod}
}

// mayBeTriggerTok is false for most tokens that are no trigger (isTriggerTok),
// without a call: numbered (by word and prefix key) without the bits of
// triggerSets, and not ending as a "krat" form does.
func (lx *Lexicon) mayBeTriggerTok(t *token) bool {
	w := t.lower
	return t.wid == 0 || t.pid == 0 || t.sets&lx.triggerSets != 0 || len(w) >= 4 && w[len(w)-1] == 't'
}

// isTriggerTok is isTrigger for the word of token t.
func (lx *Lexicon) isTriggerTok(t *token) bool {
	if t.wid == 0 || t.pid == 0 {
		return lx.isTrigger(t.lower)
	}
	if t.wid > 0 && lx.words.trigger[t.wid] || strings.HasSuffix(t.lower, "krat") && lx.triggers[strings.TrimSuffix(t.lower, "krat")] {
		return true
	}
	if t.pid > 0 {
		for _, p := range lx.words.triggerPrefixes[t.pid] {
			if strings.HasPrefix(t.lower, p) {
				return true
			}
		}
	}
	return false
}

// isTimeTrigger reports a word that can start a relative-year, same-period
// or half-year phrase, or a demonstrative of a span of time.
func (lx *Lexicon) isTimeTrigger(t *token) bool {
	if t.wid != 0 {
		return t.wid > 0 && lx.words.timeTrigger[t.wid]
	}
	return lx.isTimeTriggerWord(t.lower)
}

// isTimeTriggerWord is isTimeTrigger for a word not numbered (a call of its
// own, so that isTimeTrigger inlines).
func (lx *Lexicon) isTimeTriggerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return lx.timeFirst[r] && lx.timeTriggers[w]
}

// approxKinds are the approximation kinds of numbers.lex.
var approxKinds = map[string]bool{"almost": true, "about": true, "over": true, "under": true, "upto": true, "atleast": true, "exact": true}
