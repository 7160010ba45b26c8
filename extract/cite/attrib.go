package cite

import (
	"math"
	"math/bits"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// atok is one word of the text as the attribution patterns see it.
type atok struct {
	// wordClass holds the lexicon's classes, filled only around cues
	// (tokWindow.ensure, which sets classified); elsewhere it is empty.
	// (A value, not a pointer: the tokens hold as few pointers as they
	// can, for the garbage collector.)
	wordClass
	classified bool
	poss       bool // "Agency's", "Statistics’"
	known      bool // part of a name of [org-name]
	punct      uint16
	// s, e are the word without the punctuation around it. (Fields in
	// this order and 32-bit offsets keep a token at 56 bytes.)
	s, e int32
	spelling
	grp int32 // the sentence (or paragraph) the word is in
	gi  int32 // the word's index among all the words of the text
}

// spelling is what the readers need of how a word is written.
type spelling struct {
	low   string // folded
	cap   bool   // starts with an upper-case letter
	lower bool   // starts with a lower-case letter
	sym   bool   // holds no letter or digit
	cyr   bool   // holds a Cyrillic letter
	// noAbbrev: a word with letters or digits that does not read as an
	// abbreviation (two capitals or more and no lower-case letter), when
	// known: classify's fast path.
	noAbbrev bool
}

// speller reads the spellings of one document's words. A word that
// folds to itself (most words: lower case) is its own folded form; the
// folded forms of the others are written one after the other into lows,
// a string builder that serves as one buffer for them all. Words outside
// the scripts of spellRunes are read once per document and looked up by
// the word as written (a substring of the text: the lookup allocates
// nothing).
type speller struct {
	lows  strings.Builder
	words map[string]*spelling
	chunk []spelling // what words point to, cut from chunks
}

func newSpeller(t string) *speller {
	sp := &speller{words: map[string]*spelling{}}
	sp.lows.Grow(len(t) / 8)
	return sp
}

// last returns the last n bytes written to lows. (Strings a Builder
// returns stay as they are when it grows.)
func (sp *speller) last(n int) string {
	s := sp.lows.String()
	return s[len(s)-n:]
}

// spell fills tk's spelling from t[tk.s:tk.e].
func (sp *speller) spell(tk *atok, t string) {
	core := t[tk.s:tk.e]
	alnum, upper, lower := false, 0, false
	for i := 0; i < len(core); i++ {
		b := core[i]
		if b >= utf8.RuneSelf {
			if spellTable(&tk.spelling, core, sp) {
				return
			}
			w, ok := sp.words[core]
			if !ok {
				if len(sp.chunk) == cap(sp.chunk) {
					sp.chunk = make([]spelling, 0, 32)
				}
				sp.chunk = sp.chunk[:len(sp.chunk)+1]
				w = &sp.chunk[len(sp.chunk)-1]
				spell(w, core)
				sp.words[core] = w
			}
			tk.spelling = *w
			return
		}
		switch {
		case 'a' <= b && b <= 'z':
			alnum, lower = true, true
		case 'A' <= b && b <= 'Z':
			alnum = true
			upper++
		case '0' <= b && b <= '9':
			alnum = true
		}
	}
	// As spell does for an ASCII word.
	if !alnum {
		tk.sym = true
		tk.low = core
		return
	}
	tk.low = core
	if upper > 0 {
		for i := 0; i < len(core); i++ {
			b := core[i]
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			sp.lows.WriteByte(b)
		}
		tk.low = sp.last(len(core))
	}
	tk.cap = 'A' <= core[0] && core[0] <= 'Z'
	tk.lower = 'a' <= core[0] && core[0] <= 'z'
	tk.noAbbrev = upper < 2 || lower
}

// runeSpelling is what spell and fold read of one rune.
type runeSpelling struct {
	lower                   rune // unicode.ToLower
	alnum, isUpper, isLower bool
}

// spellRunes holds the runes up to the Cyrillic Supplement (Latin with
// diacritics, Greek, Cyrillic), worked out from package unicode once.
var spellRunes = func() (tab [0x530]runeSpelling) {
	for i := range tab {
		r := rune(i)
		tab[i] = runeSpelling{lower: unicode.ToLower(r), alnum: unicode.IsLetter(r) || unicode.IsDigit(r), isUpper: unicode.IsUpper(r), isLower: unicode.IsLower(r)}
	}
	return tab
}()

// spellTable is spell for a word whose runes are all in spellRunes, by
// table lookups; it reports false, leaving w as it was, for any other
// word.
func spellTable(w *spelling, core string, sp *speller) bool {
	letters, upper, lower, changed, cyr := 0, 0, false, false, false
	for i := 0; i < len(core); {
		// Runes of one or two bytes, decoded here: every rune of the table
		// is one, and any other byte (a longer or invalid sequence) sends
		// the word to spell.
		var r rune
		switch b := core[i]; {
		case b < utf8.RuneSelf:
			r = rune(b)
			i++
		case 0xc2 <= b && b <= 0xdf && i+1 < len(core) && core[i+1]&0xc0 == 0x80:
			r = rune(b&0x1f)<<6 | rune(core[i+1]&0x3f)
			i += 2
		default:
			return false
		}
		if r >= rune(len(spellRunes)) {
			return false
		}
		rs := &spellRunes[r]
		if rs.alnum {
			letters++
			if r >= 0x400 {
				cyr = true
			}
		}
		if rs.isUpper {
			upper++
		}
		lower = lower || rs.isLower
		// What fold changes: the case, and "`", "ʼ" and "ё" (foldReplacer).
		changed = changed || rs.lower != r || r == '`' || r == 'ʼ' || r == 'ё'
	}
	if letters == 0 {
		w.sym = true
		w.low = core
		return true
	}
	w.low = core
	if changed {
		b := &sp.lows
		n := b.Len()
		for _, r := range core {
			switch l := spellRunes[r].lower; l {
			case '`', 'ʼ':
				b.WriteByte('\'')
			case 'ё':
				b.WriteRune('е')
			default:
				b.WriteRune(l)
			}
		}
		w.low = sp.last(b.Len() - n)
	}
	first, _ := utf8.DecodeRuneInString(core)
	w.cap = spellRunes[first].isUpper
	w.lower = spellRunes[first].isLower
	w.cyr = cyr
	w.noAbbrev = upper < 2 || lower
	return true
}

// Punctuation around a word.
const (
	pStop        uint16 = 1 << iota // after: , ; : . ! ? ) ] } …
	pHard                           // after: the same but for the comma
	pComma                          // after: ,
	pQuoteAfter                     // after: a quote
	pParenBefore                    // before: ( [ {
	pQuoteBefore                    // before: a quote
	pCloseFirst                     // after: starts with ")"
	pCloseOnly                      // after: just ")"
	pColonFirst                     // after: starts with ":"
	pDotColon                       // after: holds "." or ":"
	pFullStop                       // after: holds ".", "!" or "?"
)

const (
	leadPunct  = "(\"“«„'‘[{*_"
	trailPunct = ".,;:!?)\"”»'’]}*_…"
)

// leadFlags and trailFlags are punctFlags of one ASCII mark before or
// after a word.
var leadFlags, trailFlags = func() (lead, trail [utf8.RuneSelf]uint16) {
	for b := range utf8.RuneSelf {
		lead[b] = punctFlags(string(rune(b)), "")
		trail[b] = punctFlags("", string(rune(b)))
	}
	return lead, trail
}()

// punctByte returns the flags of s, "" or one ASCII mark, before (lead)
// or after the word.
func punctByte(s string, lead bool) uint16 {
	switch {
	case s == "":
		return 0
	case lead:
		return leadFlags[s[0]]
	}
	return trailFlags[s[0]]
}

func punctFlags(lead, trail string) uint16 {
	var f uint16
	if lead == "" && trail == "" {
		return 0
	}
	// One pass over each side (strings.ContainsAny decodes the string once
	// per call for a set outside ASCII).
	for _, r := range trail {
		switch r {
		case ',':
			f |= pStop | pComma
		case ';', ')', ']', '}', '…':
			f |= pStop | pHard
		case ':':
			f |= pStop | pHard | pDotColon
		case '.':
			f |= pStop | pHard | pDotColon | pFullStop
		case '!', '?':
			f |= pStop | pHard | pFullStop
		case '"', '”', '»', '\'', '’':
			f |= pQuoteAfter
		}
	}
	for _, r := range lead {
		switch r {
		case '(', '[', '{':
			f |= pParenBefore
		case '"', '“', '«', '„', '\'', '‘':
			f |= pQuoteBefore
		}
	}
	if trail != "" {
		switch trail[0] {
		case ')':
			f |= pCloseFirst
			if len(trail) == 1 {
				f |= pCloseOnly
			}
		case ':':
			f |= pColonFirst
		}
	}
	return f
}

func (t *atok) strong() bool { return t.acr || t.known || t.head }

// stopAfter reports a sentence-internal stop after the word: a comma, a
// stop, a colon, a closing bracket.
func (t *atok) stopAfter() bool { return t.punct&pStop != 0 }

func (t *atok) quoteAfter() bool { return t.punct&pQuoteAfter != 0 }

func (t *atok) parenBefore() bool { return t.punct&pParenBefore != 0 }

func (t *atok) quoteBefore() bool { return t.punct&pQuoteBefore != 0 }

// nameLike reports a capitalised word or an organisation word that can
// stand in a name.
func (t *atok) nameLike() bool { return t.strong() || t.cap && !t.stop }

// attribTokens splits the text into words for the attribution patterns.
//
// With gate, it keeps only the runs of words of one group (atok.grp) that
// hold a pattern's first word: most hold none, and a reader never goes past
// the first word of another group, so the words of the other runs are never
// read. A first pass reads each word only as far as it takes to tell that
// it starts no pattern (mayAnchorStart); the runs kept are read again into
// tokens. Each word keeps its index among all the words (gi) for the
// windows of tokWindow, and a sentinel (no letter, a group of its own)
// stands where words were left out, so that the words on either side of it
// still end their groups. (One reader looks one word past a group's end:
// personForward skips a "the" and reads the word after it; a run of one
// "the" is kept, and so is the run after it when the run before it, kept,
// is of the same group.) Without gate it keeps every word.
func (x *extractor) attribTokens(gate bool) []atok {
	return x.attribTokensInto(gate, nil)
}

// attribTokensInto is attribTokens, writing the tokens into buf's space
// when it holds them all.
func (x *extractor) attribTokensInto(gate bool, buf []atok) []atok {
	t := x.d.Text
	at := x.lx.at
	sp := newSpeller(t)
	// The runs kept: where their words start and end in t, their group,
	// the index of their first word and their length.
	type keptRun struct {
		from, to int
		grp, gi0 int32
		n        int
	}
	var kept []keptRun
	nKept := 0
	ss, ps := x.d.Sentences, x.d.Paragraphs
	si, pi := 0, 0
	var gi int32 // index of the next word among all the words
	// The group of the words from where grpUntil was last set up to it.
	var grp int32
	grpUntil := 0
	// The current run: where its words start and end in t, its group, the
	// index of its first word and its length, and whether it holds a
	// pattern's first word.
	runFrom, runTo, runLen, hit := 0, 0, 0, false
	var runGrp, runGi int32
	// The words of the run from orgFrom on are not yet read for a word a
	// slot on the left needs (mayAnchorOrg); orgSeen: one before it is.
	orgFrom, orgSeen := 0, false
	type runInfo struct {
		grp        int32
		kept, only bool // only: the run is one "the"
	}
	var prev1, prev2 runInfo // the last two runs, prev1 the later
	var scratch atok
	var next secondNeed // patterns of the word before that need a second word
	// (The run is passed, not captured: the loop keeps it in registers.)
	closeRun := func(runFrom, runTo, runLen int, hit bool, runGrp, runGi int32, orgFrom int, orgSeen bool) {
		only := false
		if runLen == 1 && mayBeThe(t[runFrom:runTo]) {
			var tk atok
			makeTok(&tk, t, runFrom, runTo, sp)
			only = tk.low == "the"
		}
		// Every pattern has a slot, and every slot needs a word of its
		// group that mayAnchorOrg admits (orgBackward, orgForward: a
		// strong word or a known name, which starts in the group;
		// personBackward, personForward: a role): a run without one
		// holds no match.
		hit = hit && (orgSeen || x.orgWordIn(t, orgFrom, runTo, sp))
		keep := !gate || hit || only || prev1.only && prev1.kept && prev2.kept && prev2.grp == runGrp
		if keep {
			kept = append(kept, keptRun{runFrom, runTo, runGrp, runGi, runLen})
			nKept += runLen + 1
		}
		prev2, prev1 = prev1, runInfo{grp: runGrp, kept: keep, only: only}
	}
	for i := 0; i < len(t); {
		// skimmed: skimWords stopped at this word, reading it with
		// mayAnchorStart when it starts before grpUntil.
		skimmed := false
		if runLen > 0 && next.n == 0 {
			// Most words only go on the run: skimWords reads them in a
			// loop of its own (few variables, kept in registers).
			skimmed = gate && !hit
			n, end, k := skimWords(t, i, grpUntil, at, skimmed)
			if n > 0 {
				runTo, runLen, gi = end, runLen+n, gi+int32(n)
			}
			if i = k; i == len(t) {
				break
			}
		}
		if w := spaceWidth(t, i); w > 0 {
			i += w
			continue
		}
		j := wordEnd(t, i)
		// Sentence groups: words of one sentence share a group; outside
		// the sentences the paragraph groups them. (A word stands where
		// its marks end: stripTok.)
		s := leadEnd(t, i, j)
		// (skimWords stops at a word of the group only where
		// mayAnchorStart admits it: skimWordsSpec.)
		anchored := skimmed && s < grpUntil
		if s >= grpUntil {
			for si < len(ss) && ss[si].Span.End <= s {
				si++
			}
			for pi < len(ps) && ps[pi].Span.End <= s {
				pi++
			}
			switch {
			case si < len(ss) && ss[si].Span.Start <= s:
				grp = int32(si)
			case pi < len(ps) && ps[pi].Span.Start <= s:
				grp = int32(-pi - 2)
			default:
				grp = -1
			}
			// The group holds until the sentence or paragraph looked at
			// ends or starts.
			grpUntil = math.MaxInt
			if si < len(ss) {
				grpUntil = min(grpUntil, ss[si].Span.End)
				if st := ss[si].Span.Start; st > s {
					grpUntil = min(grpUntil, st)
				}
			}
			if pi < len(ps) {
				grpUntil = min(grpUntil, ps[pi].Span.End)
				if st := ps[pi].Span.Start; st > s {
					grpUntil = min(grpUntil, st)
				}
			}
		}
		if runLen == 0 || grp != runGrp {
			if runLen > 0 {
				closeRun(runFrom, runTo, runLen, hit, runGrp, runGi, orgFrom, orgSeen)
			}
			runFrom, runLen, hit, runGrp, runGi = i, 0, false, grp, gi
			orgFrom, orgSeen = i, false
			next.n = 0
		}
		runTo = j
		runLen++
		gi++
		if next.n > 0 {
			// The word before started patterns that need this one.
			scratch = atok{}
			makeTok(&scratch, t, i, j, sp)
			hit = next.second(at, &scratch)
			next.n = 0
		}
		if gate && !hit && (anchored || at.mayAnchorStart(t[s:j])) {
			scratch = atok{}
			stripTok(&scratch, t, i, j)
			next.n = 0
			if mayAnchorTok(&scratch, t, sp, at) {
				// The patterns with a slot on the left ("ORG data", "ORG
				// ~2 found", "PERSON said") need its words before the
				// first word in the run (the readers never leave a
				// group), one of them a word mayAnchorOrg admits: most
				// runs have none; and the first word in lower case
				// (trySlots). An organisation's name needs more of the
				// words right before it (mayEndNameBefore). The others
				// are read as before.
				if scratch.low == "" {
					sp.spell(&scratch, t) // (makeTok)
				}
				direct, left := at.startsOf(scratch.low, &next)
				next.stop = scratch.stopAfter()
				if !direct && left.any() && !scratch.cap && !orgSeen {
					orgSeen, orgFrom = x.orgWordIn(t, orgFrom, i, sp), i
				}
				hit = direct || !scratch.cap && orgSeen &&
					(left.person || (left.org >= 0 || left.poss >= 0) && x.mayEndNameBefore(t, runFrom, i, left, sp))
				if hit {
					next.n = 0
				}
			}
		}
		i = j
	}
	if runLen > 0 {
		closeRun(runFrom, runTo, runLen, hit, runGrp, runGi, orgFrom, orgSeen)
	}
	// The words of the runs kept, each run after a sentinel where words
	// were left out before it.
	out := buf[:0]
	if cap(out) < nKept {
		out = make([]atok, 0, nKept)
	}
	for _, r := range kept {
		if n := len(out); n > 0 && out[n-1].gi != r.gi0-1 {
			out = append(out, atok{classified: true, spelling: spelling{sym: true}, grp: sentinelGrp, gi: out[n-1].gi})
		}
		for i, g := r.from, r.gi0; i < r.to; g++ {
			// (A word follows the spaces before r.to; most are one ASCII
			// space, read here before spacesAt reads the others.)
			for spaceByte[t[i]] == 1 {
				i++
			}
			if spaceByte[t[i]] == 2 {
				i += spacesAt(t, i)
			}
			j := wordEnd(t, i)
			out = append(out, atok{})
			tk := &out[len(out)-1]
			makeTok(tk, t, i, j, sp)
			tk.grp, tk.gi = r.grp, g
			i = j
		}
	}
	return out
}

// mayBeThe reports whether the word w may fold to "the" (makeTok): it
// holds "the" in some case. (No rune outside ASCII lower-cases to one of
// its letters.)
func mayBeThe(w string) bool {
	for k := 0; k+3 <= len(w); k++ {
		if w[k]|0x20 == 't' && w[k+1]|0x20 == 'h' && w[k+2]|0x20 == 'e' {
			return true
		}
	}
	return false
}

// orgWordIn reports whether a word of t[from:to] (words and the spaces
// between them) is one mayAnchorOrg admits.
func (x *extractor) orgWordIn(t string, from, to int, sp *speller) bool {
	at := x.lx.at
	for i := from; i < to; {
		if w := spaceWidth(t, i); w > 0 {
			i += w
			continue
		}
		e, j, ok := plainAt(t, i)
		if core := t[i:e]; ok {
			// Most words: ASCII letters, lower-case but for the first,
			// no abbreviation, no hyphen; mayAnchorOrg admits only a head
			// word or a role among them, or a capitalised one that may
			// start a name (TestPlainCoreOrgWords), without making it.
			// Most lead with two bytes that begin none of those
			// (TestPlainLeadsOrgWords): the filters read the others.
			capital := t[i] <= 'Z'
			if len(core) >= 2 {
				c, d := core[0]|0x20, core[1]
				if !at.orgClassLeads.has(c, d) && !(capital && at.nameLeads.has(c, d)) {
					i = j
					continue
				}
			}
			if !at.mayOrgClassASCII(core) && !(capital && at.nameWords.mayASCII(core)) {
				i = j
				continue
			}
		} else if !at.letterlessOrgWords && letterlessASCII(t[i:j]) {
			// Numbers ("(2023)", "20,000") and marks: what the readers
			// make of one (its marks stripped, as written) has no letter,
			// as no head, role or name's first word has.
			i = j
			continue
		}
		var tk atok
		makeTok(&tk, t, i, j, sp)
		if x.mayAnchorOrg(&tk, at) {
			return true
		}
		i = j
	}
	return false
}

// mayEndNameBefore reports whether an organisation's name that the slot
// on the left of a pattern reads (trySlots, orgBackward) may end in one of
// the words of t[from:i] (words and the spaces between them) right before
// the first word at t[i]: left.org or left.poss words before it or fewer.
// The words between the name and the first word have no stop after them
// and are auxiliaries, or for left.poss lower-case words that are no stop
// words. The name ends in a word in the possessive ("'" or "’") for
// left.poss; for left.org in one with no stop after it but an
// abbreviation's closing bracket alone (aliasStart), so with none of
// ",;:.!?", that may be a name word (nameLike: a capitalised word, a head,
// a word of a known name) or, in a Slovenian text or a word outside ASCII,
// the lower-case complement of a head (complementHead); and the name's
// words before that one have no stop after them, so that the word of it
// mayAnchorOrg admits stands after the last word with one (stopWordEnd).
// False only when none can. (Words other than plainCore's of ASCII
// letters are let be.)
func (x *extractor) mayEndNameBefore(t string, from, i int, left leftSlots, sp *speller) bool {
	at := x.lx.at
	orgOK, possOK := left.org >= 0, left.poss >= 0 // still read for
	e := i
	for g := 0; ; g++ {
		orgOK = orgOK && g <= left.org
		possOK = possOK && g <= left.poss
		if !orgOK && !possOK {
			return false
		}
		// The word before t[e], read back to the ASCII space before it;
		// any byte outside ASCII (a space, a quote, a letter) lets it be.
		k := e
		for k > from && spaceByte[t[k-1]] == 1 {
			k--
		}
		we := k
		for k > from && spaceByte[t[k-1]] != 1 {
			if t[k-1] >= utf8.RuneSelf {
				return true
			}
			k--
		}
		ws := k
		if ws == we {
			return false // no word before it in the run
		}
		w := t[ws:we]
		// The name's words before the one it ends in have no stop after
		// them (orgBackward, complementHead, aliasStart), and one of its
		// words mayAnchorOrg admits.
		if possOK && strings.IndexByte(w, '\'') >= 0 && x.orgWordIn(t, stopWordEnd(t, from, ws), we, sp) {
			return true
		}
		stopAny, stopClose := stopAfterASCII(w)
		core, capital, plain := plainCore(w)
		if orgOK && !stopAny && (!plain || capital || at.mayOrgClassASCII(core) || at.nameAllWords.mayASCII(core) || x.d.LangAt(ws) == "sl") &&
			x.orgWordIn(t, stopWordEnd(t, from, ws), we, sp) {
			return true
		}
		if stopAny || stopClose {
			return false // (words between a name and the first word: trySlots)
		}
		if plain && !capital {
			// A word between: an auxiliary, or for a possessive a
			// lower-case word that is no stop word (classify).
			cls := at.classOf(core)
			aux := cls&cAux != 0
			orgOK = orgOK && aux
			possOK = possOK && (aux || cls&cStop == 0)
		}
		e = ws
	}
}

// stopWordEnd returns the end of the last word of t[from:i] (words and
// the spaces between them) with a stop after it that stopAfterASCII sees
// (its marks ASCII, then an ASCII space), or from.
func stopWordEnd(t string, from, i int) int {
	for k := i - 1; k > from; k-- {
		if spaceByte[t[k]] != 1 {
			continue
		}
		m := k
		for m > from && t[m-1] < utf8.RuneSelf && asciiTrail[t[m-1]] {
			m--
		}
		if stopAny, stopClose := stopAfterASCII(t[m:k]); stopAny || stopClose {
			return k
		}
	}
	return from
}

// stopAfterASCII reports whether the ASCII marks at the end of the word w
// hold one of ",;:.!?" (stopAny) or a closing bracket (stopClose): a word
// with a stop after it (stripTok: every such mark is of its trail) has one
// or the other.
func stopAfterASCII(w string) (stopAny, stopClose bool) {
	for m := len(w) - 1; m >= 0 && asciiTrail[w[m]]; m-- {
		switch w[m] {
		case ',', ';', ':', '.', '!', '?':
			stopAny = true
		case ')', ']', '}':
			stopClose = true
		}
	}
	return stopAny, stopClose
}

// plainCore returns the word w as stripTok reads it (its folded form in
// lower case), and whether it starts with a capital, when it is ASCII
// letters, lower-case but for the first, with only ASCII marks of
// trailPunct after them (no mark before them).
func plainCore(w string) (core string, capital, ok bool) {
	if w == "" {
		return "", false, false
	}
	e := 0
	if capital = 'A' <= w[0] && w[0] <= 'Z'; capital {
		e = 1
	}
	for e < len(w) && 'a' <= w[e] && w[e] <= 'z' {
		e++
	}
	if e == 0 {
		return "", false, false
	}
	for k := e; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf || !asciiTrail[w[k]] {
			return "", false, false
		}
	}
	return w[:e], capital, true
}

// skimWords reads the words from t[i] (a word or the spaces before one)
// on, as attribTokens' loop reads a word of the current run that needs
// nothing but counting: it stops at the first word whose marks end at
// until or after (the run's group ends there), or, with check, that may
// start a pattern (mayAnchorStart). It returns how many words it passed,
// the end of the last one, and where the word it stopped at starts (or
// len(t)). (skimWordsSpec is the plain form: TestSkimWords.)
func skimWords(t string, i, until int, at *attribLexicon, check bool) (n, end, stop int) {
	for i < len(t) {
		switch spaceByte[t[i]] {
		case 1:
			i++
			continue
		case 2:
			if w := spaceAt(t, i); w > 0 {
				i += w
				continue
			}
		}
		if i >= until {
			// (The marks before a word end at its start or after.)
			return n, end, i
		}
		if i+4 <= len(t) && alnum4(t[i:i+4]) {
			// Most words: four ASCII letters or digits, no mark before
			// them (leadEnd is i), mayAnchorStart's first case inline
			// (their lower case is their byte with 0x20 set).
			if check {
				w := t[i : i+4]
				if at.hasStartASCII(uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24) {
					// Most such words share their first four letters with
					// a first word but are none ("countries": "counted"):
					// a plain one goes on (noStart).
					j, ok := at.plainNoStart(t, i)
					if !ok {
						return n, end, i
					}
					n, end, i = n+1, j, j
					continue
				}
			}
			// The word ends at the first byte of the next eight below
			// 0x21 or outside ASCII when that is an ASCII space (as
			// wordEnd reads it, inline: the loop goes on after that
			// space); else wordEnd from the fourth byte (the three before
			// it are no spaces).
			if i+12 <= len(t) {
				w := t[i+4 : i+12]
				x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
					uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
				if m := ((x-0x2121212121212121)&^x | x) & 0x8080808080808080; m != 0 {
					if k := bits.TrailingZeros64(m) / 8; spaceByte[w[k]] == 1 {
						n, end, i = n+1, i+4+k, i+5+k
						continue
					}
				}
			}
			j := wordEnd(t, i+3)
			n, end, i = n+1, j, j
			continue
		}
		if i+4 <= len(t) && asciiAlnum[t[i]] {
			// A short word: one to three ASCII letters or digits (the
			// four above are not), ASCII marks of trailPunct or none
			// ("A.", "al.,"), then an ASCII space; mayAnchorStart's last
			// case inline.
			e := i + 1
			for e < i+3 && asciiAlnum[t[e]] {
				e++
			}
			k := e
			for k < len(t) && t[k] < utf8.RuneSelf && asciiTrail[t[k]] {
				k++
			}
			if k < len(t) && spaceByte[t[k]] == 1 {
				if check {
					var r1, r2 rune
					if e > i+1 {
						r1 = rune(t[i+1] | 0x20)
					}
					if e > i+2 {
						r2 = rune(t[i+2] | 0x20)
					}
					r0 := rune(t[i] | 0x20)
					if at.firstBytes[byte(r0)] && (at.hasStart(startKey(r0, r1, r2, 0)) || e == i+3 && at.stems3 && at.hasStart(startKey(r0, r1, r2, stemMark))) && !at.noStart(t[i:k]) {
						return n, end, i
					}
				}
				n, end, i = n+1, k, k+1 // (and the space after it)
				continue
			}
		}
		if i+8 <= len(t) && 0xc3 <= t[i] && t[i] <= 0xdf {
			// Cyrillic words (and others of two-byte letters): four
			// letters of two bytes, no mark before them (leadEnd is i),
			// mayAnchorStart's loop inline; no byte of them starts a
			// space (spaceByte), so the word ends where wordEnd from
			// the last byte says.
			var rs [4]rune
			k := 0
			for ; k < 4; k++ {
				b0, b1 := t[i+2*k], t[i+2*k+1]
				if b0 < 0xc3 || b0 > 0xdf || b1&0xc0 != 0x80 {
					break
				}
				r := rune(b0&0x1f)<<6 | rune(b1&0x3f)
				if r >= rune(len(spellRunes)) || !spellRunes[r].alnum {
					break
				}
				if rs[k] = spellRunes[r].lower; rs[k] == 'ё' {
					rs[k] = 'е' // (fold)
				}
			}
			if k == 4 {
				j := wordEnd(t, i+7)
				if check && (at.hasStart(startKey(rs[0], rs[1], rs[2], rs[3])) || at.stems3 && at.hasStart(startKey(rs[0], rs[1], rs[2], stemMark))) && !at.noStart(t[i:j]) {
					return n, end, i
				}
				n, end, i = n+1, j, j
				continue
			}
			if k > 0 {
				// A short word ("и", "мен"): ASCII marks of trailPunct
				// after it or none, then an ASCII space; mayAnchorStart's
				// last case inline.
				j := i + 2*k
				for j < len(t) && t[j] < utf8.RuneSelf && asciiTrail[t[j]] {
					j++
				}
				if j < len(t) && spaceByte[t[j]] == 1 {
					if check && (at.hasStart(startKey(rs[0], rs[1], rs[2], 0)) || k == 3 && at.stems3 && at.hasStart(startKey(rs[0], rs[1], rs[2], stemMark))) && !at.noStart(t[i:j]) {
						return n, end, i
					}
					n, end, i = n+1, j, j+1 // (and the space after it)
					continue
				}
			}
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

// noStart reports whether the word w (from its first byte to the space
// after it) cannot start a pattern, as the attributions' loop reads it
// (mayAnchorTok, startsOf: no pattern), when it is ASCII (plainCore,
// asciiCore) or a word of two-byte letters (foldTwoByte) and no first
// word's filter admits it (or it has no letter or digit): the
// attributions' loop would only count it. False when it may, or when it
// is neither.
func (at *attribLexicon) noStart(w string) bool {
	if core, _, ok := plainCore(w); ok {
		return !at.anchorWords.mayASCII(core)
	}
	if core, ok := asciiCore(w); ok {
		return symASCII(core) || !at.anchorWords.mayASCII(core)
	}
	var buf [64]byte
	low, ok := foldTwoByte(buf[:0], w)
	return ok && !at.anchorWords.may(string(low))
}

// asciiCore returns the ASCII word w as stripTok reads it: without the
// marks of leadPunct before it, those of trailPunct after it and a
// possessive "'s"; ok is false for a word with a byte outside ASCII.
func asciiCore(w string) (core string, ok bool) {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return "", false
		}
	}
	s, e := 0, len(w)
	for s < e && asciiLead[w[s]] {
		s++
	}
	for e > s && asciiTrail[w[e-1]] {
		e--
	}
	if e-s >= 2 && w[e-2] == '\'' && (w[e-1] == 's' || w[e-1] == 'S') {
		e -= 2
	}
	return w[s:e], true
}

// foldTwoByte appends to b the folded form of the word w (fold, as
// stripTok and spell make it) when w starts with a letter of two bytes
// and is letters or digits of one or two bytes (spellRunes) with ASCII
// marks of trailPunct after them or none (Cyrillic words); else ok is
// false.
func foldTwoByte(b []byte, w string) (low []byte, ok bool) {
	if w == "" || w[0] < 0xc3 || w[0] > 0xdf {
		return b, false
	}
	i := 0
	for i < len(w) {
		c := w[i]
		if c < utf8.RuneSelf {
			if !asciiAlnum[c] {
				break
			}
			b = append(b, lowerASCII[c])
			i++
			continue
		}
		if c < 0xc2 || c > 0xdf || i+1 == len(w) || w[i+1]&0xc0 != 0x80 {
			return b, false
		}
		r := rune(c&0x1f)<<6 | rune(w[i+1]&0x3f)
		if r >= rune(len(spellRunes)) || !spellRunes[r].alnum || r == 'ʼ' {
			return b, false // ("ʼ": a letter that fold turns into "'")
		}
		l := spellRunes[r].lower
		if l == 'ё' {
			l = 'е' // (fold)
		}
		b = utf8.AppendRune(b, l)
		i += 2
	}
	for ; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf || !asciiTrail[w[i]] {
			return b, false
		}
	}
	return b, true
}

// plainAt reads the word that starts at t[i] (no space) as wordEnd and
// plainCore do, at once: it returns where plainCore's core ends (when
// ok), where the word ends, and whether the word is plain.
func plainAt(t string, i int) (e, j int, ok bool) {
	e = i
	if c := t[i]; 'A' <= c && c <= 'Z' {
		e++
	}
	// Eight bytes at a time (most words are lower-case letters): the high
	// bit of a byte of m is set for a byte below 'a' or above 'z' (a
	// carry out of a byte outside ASCII only sets bits above it); the
	// last bytes one by one.
	for {
		if e+8 > len(t) {
			for e < len(t) && 'a' <= t[e] && t[e] <= 'z' {
				e++
			}
			break
		}
		w := t[e : e+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		const ones, highs = 0x0101010101010101, 0x8080808080808080
		if m := (^(x + (0x80-'a')*ones) | (x + (0x80-'z'-1)*ones)) & highs; m != 0 {
			e += bits.TrailingZeros64(m) / 8
			break
		}
		e += 8
	}
	if e == i {
		return e, wordEnd(t, i), false
	}
	k := e
	for k < len(t) && t[k] < utf8.RuneSelf && asciiTrail[t[k]] {
		k++
	}
	if k == len(t) || spaceByte[t[k]] == 1 || t[k] >= utf8.RuneSelf && spaceAt(t, k) > 0 {
		return e, k, true
	}
	// Any other byte makes the word other than plain (t[k] is no space).
	return e, wordEnd(t, k), false
}

// plainNoStart is noStart for the word that starts at t[i], reading a
// plain one (plainAt) once: it returns where the word ends (wordEnd) when
// noStart reports true for it.
func (at *attribLexicon) plainNoStart(t string, i int) (int, bool) {
	e, j, ok := plainAt(t, i)
	if !ok {
		return j, at.noStart(t[i:j])
	}
	return j, !at.anchorWords.mayASCII(t[i:e])
}

// symASCII reports whether the word w is ASCII without a letter or digit
// ("&", "-"): mayAnchorTok reads no pattern's first word in it.
func symASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf || asciiAlnum[w[i]] {
			return false
		}
	}
	return true
}

// alnum4 reports whether the four bytes of w are ASCII letters or digits.
func alnum4(w string) bool {
	return len(w) == 4 && asciiAlnum[w[0]] && asciiAlnum[w[1]] && asciiAlnum[w[2]] && asciiAlnum[w[3]]
}

// wordEnd returns the end of the word that starts at t[i]: the next space.
func wordEnd(t string, i int) int {
	j := i + 1
	for {
		// Eight bytes at a time while none is below 0x21, 0xc2 or 0xe0–
		// 0xe3 (the bytes a space may start with, and 0xe0): Cyrillic
		// letters hold none.
		for j+8 <= len(t) {
			w := t[j : j+8]
			x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
			// The high bit of the first byte of each kind is the lowest
			// set of its mask (a borrow only sets bits above it).
			const ones, highs = 0x0101010101010101, 0x8080808080808080
			low := (x - 0x21*ones) &^ x
			c2 := x ^ 0xc2*ones
			e0 := x&(0xfc*ones) ^ 0xe0*ones
			if m := (low | (c2-ones)&^c2 | (e0-ones)&^e0) & highs; m != 0 {
				j += bits.TrailingZeros64(m) / 8
				break
			}
			j += 8
		}
		if j+8 > len(t) {
			for j < len(t) {
				if c := spaceByte[t[j]]; c == 1 || c == 2 && spaceAt(t, j) > 0 {
					break
				}
				j++ // (no space starts inside a rune)
			}
			return j
		}
		if c := spaceByte[t[j]]; c == 1 || c == 2 && spaceAt(t, j) > 0 {
			return j
		}
		j++
	}
}

// spacesAt returns the width of the spaces that start at t[i].
func spacesAt(t string, i int) int {
	n := 0
	for i+n < len(t) {
		w := spaceWidth(t, i+n)
		if w == 0 {
			break
		}
		n += w
	}
	return n
}

// sentinelGrp is the group of attribTokens' sentinels, which no word has.
const sentinelGrp = math.MinInt32

// mayAnchorTok reports whether the word tk, filled but for its spelling
// (stripTok), may be a pattern's first word, by the filter of their folded
// forms (mayAnchor): false for a word without letters or digits (sym). A
// word outside ASCII gets its spelling on the way; an ASCII word, that
// needs none for the filter, does not (its low is empty).
func mayAnchorTok(tk *atok, t string, sp *speller, at *attribLexicon) bool {
	core := t[tk.s:tk.e]
	alnum := false
	for i := 0; i < len(core); i++ {
		b := core[i]
		if b >= utf8.RuneSelf {
			sp.spell(tk, t)
			return !tk.sym && at.mayAnchor(tk.low)
		}
		alnum = alnum || asciiAlnum[b]
	}
	// (A word without letters or digits: sym.)
	return alnum && at.anchorWords.mayASCII(core)
}

// secondNeed holds the patterns a word starts that need a second word right
// after it ("as" needs "reported", "stated", ...; "according" "to"), left
// for the next word to tell: most first words ("as", "po") start none.
type secondNeed struct {
	n  int
	ps [8]int32
	// stop: the first word ends with a stop (no second word reads after
	// it: matchElems).
	stop bool
}

// second reports whether the word tk, made (makeTok) and of the first
// word's group, reads as the second word of one of f's patterns, as
// matchElems reads it.
func (f *secondNeed) second(at *attribLexicon, tk *atok) bool {
	if f.stop || tk.sym || tk.cap || tk.parenBefore() {
		return false
	}
	for _, p := range f.ps[:f.n] {
		if at.patterns[p].next.has(tk.low) {
			return true
		}
	}
	return false
}

// asciiAlnum holds the ASCII letters and digits; lowerASCII lower-cases
// an ASCII byte.
var asciiAlnum, lowerASCII = func() (alnum [256]bool, lower [256]byte) {
	for b := range 256 {
		c := byte(b)
		alnum[b] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		lower[b] = c
		if 'A' <= c && c <= 'Z' {
			lower[b] = c + 'a' - 'A'
		}
	}
	return alnum, lower
}()

// spaceByte is 1 for an ASCII space, 2 for a byte that may start a space
// outside ASCII (see spaceAt).
var spaceByte = [256]byte{' ': 1, '\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, 0xc2: 2, 0xe1: 2, 0xe2: 2, 0xe3: 2}

// spaceWidth is spaceAt, with the ASCII spaces looked up in spaceByte
// first (spaceAt is not inlined).
func spaceWidth(t string, i int) int {
	switch spaceByte[t[i]] {
	case 0:
		return 0
	case 1:
		return 1
	}
	return spaceAt(t, i)
}

// spaceAt returns the width of the space (unicode.IsSpace) that starts at
// t[i], or 0. Only four lead bytes start a space outside ASCII: U+0085,
// U+00A0; U+1680; U+2000–U+205F; U+3000.
func spaceAt(t string, i int) int {
	switch b := t[i]; {
	case b < utf8.RuneSelf:
		if b == ' ' || '\t' <= b && b <= '\r' {
			return 1
		}
		return 0
	case b == 0xc2 || b == 0xe1 || b == 0xe2 || b == 0xe3:
		if r, w := utf8.DecodeRuneInString(t[i:]); unicode.IsSpace(r) {
			return w
		}
	}
	return 0
}

// tokWindow completes the words of a window (by their index among all the
// words, gi) for the readers: their lexicon classes, and the known names
// among them. Only the words around a cue's first word need it.
type tokWindow struct {
	x     *extractor
	toks  []atok
	named []bool // name-checked
	// cls and nam are the runs of words (by gi, first and last) ensure
	// last classified and name-checked, which a window that meets them
	// need not read again (windows overlap: the flags of their words
	// tell the same, word by word).
	cls, nam [2]int
}

// classOf returns the lexicon's classes of the made word tk, as classify
// finds them, or nil for none.
func (x *extractor) classOf(tk *atok, at *attribLexicon) *wordClass {
	if tk.noAbbrev {
		if !at.mayClass(tk.low) && strings.IndexByte(tk.low, '-') < 0 {
			// What classify finds for a word that is no abbreviation
			// and has no hyphen and no class: none (the zero wordClass).
			return nil
		}
		if c := at.wordClasses[tk.low]; c != nil {
			return c // "the", "of", "ministry"
		}
	}
	core := x.d.Text[tk.s:tk.e]
	c := x.classes[core]
	if c == nil {
		// (The classes are cut from a chunk, not allocated one by one.)
		if len(x.classChunk) == cap(x.classChunk) {
			x.classChunk = make([]wordClass, 0, 64)
		}
		x.classChunk = x.classChunk[:len(x.classChunk)+1]
		c = &x.classChunk[len(x.classChunk)-1]
		classifyInto(c, &tk.spelling, core, at)
		if x.classes == nil {
			x.classes = map[string]*wordClass{}
		}
		x.classes[core] = c
	}
	return c
}

// mayAnchorOrg reports whether the made word tk may be, in a window, one
// that a pattern's slot on the left needs (orgBackward, personBackward:
// an abbreviation, a head word or a role, or the first word of a known
// name), as classOf and markNames would find.
func (x *extractor) mayAnchorOrg(tk *atok, at *attribLexicon) bool {
	if tk.sym {
		return false // (classify finds none of these for it)
	}
	if (tk.cap || startsDigit(tk.low)) && at.mayName(tk.low) {
		return true
	}
	c := x.classOf(tk, at)
	return c != nil && (c.acr || c.head || c.role)
}

// ensure completes the words whose index among all the words of the text
// (gi) is a..b.
func (w *tokWindow) ensure(a, b int) {
	toks := w.toks
	at := w.x.lx.at
	for _, r := range cover(a, b, &w.cls) {
		if r[1] < r[0] {
			continue
		}
		for k := w.from(r[0]); k < len(toks) && int(toks[k].gi) <= r[1]; k++ {
			tk := &toks[k]
			if tk.classified {
				continue
			}
			tk.classified = true
			if c := w.x.classOf(tk, at); c != nil {
				tk.wordClass = *c
			}
		}
	}
	// Names may start a few words before the window.
	for _, r := range cover(a-4, b, &w.nam) {
		if r[1] < r[0] {
			continue
		}
		for k := w.from(r[0]); k < len(toks) && int(toks[k].gi) <= r[1]; k++ {
			if !w.named[k] {
				w.named[k] = true
				w.markNames(k)
			}
		}
	}
}

// cover returns the parts of a..b (a <= b) outside the run done (first
// and last; none when done[1] < done[0]), at most two (a part with its
// last before its first is none), and makes done the run that a..b and
// done make together when they meet, else a..b. (TestCover)
func cover(a, b int, done *[2]int) (parts [2][2]int) {
	parts = [2][2]int{{0, -1}, {0, -1}}
	lo, hi := done[0], done[1]
	if hi < lo || b < lo-1 || a > hi+1 {
		parts[0] = [2]int{a, b}
		*done = [2]int{a, b}
		return parts
	}
	if a < lo {
		parts[0] = [2]int{a, lo - 1}
		done[0] = a
	}
	if b > hi {
		parts[1] = [2]int{hi + 1, b}
		done[1] = b
	}
	return parts
}

// from returns the first of toks whose index among all the words is g or
// more.
func (w *tokWindow) from(g int) int {
	return sort.Search(len(w.toks), func(k int) bool { return int(w.toks[k].gi) >= g })
}

// markNames marks the known names, several words long ("Human Rights
// Watch"), that start at toks[k].
func (w *tokWindow) markNames(k int) {
	at, toks := w.x.lx.at, w.toks
	tk := &toks[k]
	if tk.sym || !(tk.cap || startsDigit(tk.low)) {
		return
	}
	try := func(seq []nameWord) {
		if k+len(seq) > len(toks) {
			return
		}
		for m, nw := range seq {
			o := &toks[k+m]
			if !nw.match(o.low) || o.grp != tk.grp || m > 0 && toks[k+m-1].stopAfter() {
				return
			}
			if nw.upper && w.x.d.Text[o.s:o.e] != strings.ToUpper(w.x.d.Text[o.s:o.e]) {
				return // "WHO", not "Who"
			}
		}
		for m := range seq {
			toks[k+m].known = true
		}
	}
	if !at.mayName(tk.low) {
		return
	}
	for _, seq := range at.names[tk.low] {
		try(seq)
	}
	for _, seq := range at.nameStems {
		if strings.HasPrefix(tk.low, seq[0].w) {
			try(seq)
		}
	}
}

// isYear reports a four-digit year ("2023").
func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s[0] == '1' || s[0] == '2'
}

func startsDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// wordClass is what the lexicon says of one spelling of a word.
type wordClass struct {
	acr                                        bool // an abbreviation that may name an organisation
	head, legal, stop, conn, aux, role, office bool
}

const (
	leadPunctASCII  = "(\"'[{*_"
	trailPunctASCII = ".,;:!?)\"']}*_"
)

// makeTok fills tk, a zero atok, with the word t[i:j].
func makeTok(tk *atok, t string, i, j int, sp *speller) {
	stripTok(tk, t, i, j)
	sp.spell(tk, t)
}

// stripTok fills tk, a zero atok, with the word t[i:j] but for its
// spelling: where it stands without the marks around it, and the marks.
func stripTok(tk *atok, t string, i, j int) {
	s, e := leadEnd(t, i, j), j
	// The marks of trailPunct outside ASCII (” » ’ …) end with 0xbb, 0x9d,
	// 0x99 or 0xa6: other words (Cyrillic ones) need no decoding.
	for e > s {
		if b := t[e-1]; b < utf8.RuneSelf {
			if !asciiTrail[b] {
				break
			}
			e--
			continue
		}
		if b := t[e-1]; b != 0xbb && b != 0x9d && b != 0x99 && b != 0xa6 {
			break
		}
		r, w := utf8.DecodeLastRuneInString(t[s:e])
		if !strings.ContainsRune(trailPunct, r) {
			break
		}
		e -= w
	}
	tk.s, tk.e = int32(s), int32(e)
	if s == i && e == j && e > s && t[e-1] != 's' && t[e-1] != 'S' {
		// Most words: no marks around them and no possessive (both cases
		// below end in "s").
		return
	}
	lead, trail := t[i:s], t[e:j]
	core := t[s:e]
	if n := len(core); n == 0 || core[n-1] != 's' && core[n-1] != 'S' {
		// No possessive: both cases below end in "s".
	} else if strings.HasSuffix(core, "'s") || strings.HasSuffix(core, "’s") || strings.HasSuffix(core, "'S") || strings.HasSuffix(core, "’S") {
		tk.poss = true
		_, w := utf8.DecodeLastRuneInString(core[:len(core)-1])
		tk.e -= int32(1 + w)
		core = t[tk.s:tk.e]
		trail = t[int(tk.e)+1+w : j]
	} else if (strings.HasPrefix(trail, "’") || strings.HasPrefix(trail, "'")) && (strings.HasSuffix(core, "s") || strings.HasSuffix(core, "S")) && !strings.ContainsAny(lead, "'‘") {
		tk.poss = true // "Statistics’ Agency"
		_, w := utf8.DecodeRuneInString(trail)
		trail = trail[w:]
	}
	switch {
	case lead == "" && trail == "":
	case len(lead) <= 1 && len(trail) <= 1 && (lead == "" || lead[0] < utf8.RuneSelf) && (trail == "" || trail[0] < utf8.RuneSelf):
		// One ASCII mark or none on either side: the flags of each side
		// are independent.
		tk.punct = punctByte(lead, true) | punctByte(trail, false)
	default:
		tk.punct = punctFlags(lead, trail)
	}
}

// leadEnd returns where the word t[i:j] starts after the marks of
// leadPunct before it.
func leadEnd(t string, i, j int) int {
	// Most words start with no mark (inlined).
	if i >= j || !leadStart[t[i]] {
		return i
	}
	return leadEndMarks(t, i, j)
}

// leadStart holds the bytes a mark of leadPunct starts with.
var leadStart = func() (set [256]bool) {
	for b := range utf8.RuneSelf {
		set[b] = asciiLead[b]
	}
	set[0xc2], set[0xe2] = true, true
	return set
}()

// leadEndMarks is leadEnd after the first byte.
func leadEndMarks(t string, i, j int) int {
	s := i
	for s < j && t[s] < utf8.RuneSelf && asciiLead[t[s]] {
		s++
	}
	// The marks of leadPunct outside ASCII (“ « „ ‘) start with 0xc2 or
	// 0xe2: other words (Cyrillic ones) need no decoding.
	for s < j && (t[s] == 0xc2 || t[s] == 0xe2) {
		r, w := utf8.DecodeRuneInString(t[s:j])
		if r < utf8.RuneSelf || !strings.ContainsRune(leadPunct, r) {
			break
		}
		s += w
	}
	return s
}

// asciiLead and asciiTrail hold the ASCII bytes of leadPunctASCII and
// trailPunctASCII.
var asciiLead, asciiTrail = asciiSet(leadPunctASCII), asciiSet(trailPunctASCII)

func asciiSet(chars string) (set [utf8.RuneSelf]bool) {
	for i := 0; i < len(chars); i++ {
		set[chars[i]] = true
	}
	return set
}

// spell reads a word's spelling.
func spell(tk *spelling, core string) {
	ascii := true
	letters := 0
	for i := 0; i < len(core); i++ {
		b := core[i]
		if b >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' {
			letters++
		}
	}
	if !ascii {
		letters = 0
		for _, r := range core {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				letters++
				if r >= 0x400 && r <= 0x52f {
					tk.cyr = true
				}
			}
		}
	}
	if letters == 0 {
		tk.sym = true
		tk.low = core
		return
	}
	tk.low = fold(core)
	r, _ := utf8.DecodeRuneInString(core)
	tk.cap = unicode.IsUpper(r)
	tk.lower = unicode.IsLower(r)
}

// classify looks a word up in the lexicon.
func classify(tk *spelling, core string, at *attribLexicon) *wordClass {
	c := &wordClass{}
	classifyInto(c, tk, core, at)
	return c
}

// classifyInto is classify into c, a zero wordClass.
func classifyInto(c *wordClass, tk *spelling, core string, at *attribLexicon) {
	if tk.sym {
		c.conn = at.conn.has(core)
		return
	}
	// "ХКҰ-ның", "IOM-a": an abbreviation with a case ending.
	base := core
	if h := strings.IndexByte(core, '-'); h > 0 {
		suffix := core[h+1:]
		if suffix != "" && suffix == strings.ToLower(suffix) && suffix != strings.ToUpper(suffix) {
			base = core[:h]
		}
	}
	bu, bl := 0, 0
	for _, r := range base {
		if unicode.IsUpper(r) {
			bu++
		} else if unicode.IsLower(r) {
			bl++
		}
	}
	c.acr = bu >= 2 && bl == 0 && utf8.RuneCountInString(base) <= 12 && at.classOf(fold(base))&cNotOrg == 0
	low := tk.low
	cls := at.classOf(low)
	c.head = cls&cHead != 0
	if !c.head && len(low) > 3 && strings.HasSuffix(low, "s") && at.heads.exact[low[:len(low)-1]] {
		c.head = true // plural
	}
	if !c.head {
		if h := strings.LastIndexByte(low, '-'); h > 0 && h < len(low)-1 {
			c.head = at.heads.has(low[h+1:]) // "пресс-служба"
		}
	}
	c.legal = cls&cLegal != 0
	c.stop = cls&cStop != 0
	c.conn = cls&cConn != 0
	c.aux = cls&cAux != 0
	c.role = cls&cRole != 0 && !c.head // "министрлігі" is a ministry
	c.office = c.role && cls&cOffice != 0
}

// attrCand is an attribution found by one pattern.
type attrCand struct {
	span, org doc.Span
	pat       int
}

// attributions finds statements credited to an organisation without a
// formal citation, by the patterns of data/attrib.lex.
func (x *extractor) attributions(cs []Citation) []Attribution {
	return x.attributionsGated(cs, true)
}

// attributionsGated is attributions, reading with gate only the words
// attribTokens keeps with it (the same attributions: see
// TestAttributionsGate).
func (x *extractor) attributionsGated(cs []Citation, gate bool) []Attribution {
	at := x.lx.at
	if at == nil {
		return nil
	}
	// The tokens and the flags below go to space reused from document to
	// document: a document's tokens are megabytes of garbage otherwise.
	sc, _ := at.scratch.Get().(*attribScratch)
	if sc == nil {
		sc = new(attribScratch)
	}
	defer at.scratch.Put(sc)
	toks := x.attribTokensInto(gate, sc.toks)
	sc.toks = toks
	if cap(sc.flags) < 2*len(toks) {
		sc.flags = make([]bool, 2*len(toks))
	}
	flags := sc.flags[:2*len(toks)]
	clear(flags)
	// Captions' source lines ("Source: World Bank data") are source notes.
	caption := flags[:len(toks):len(toks)]
	for k := range toks {
		opens := k == 0 || toks[k-1].grp != toks[k].grp || toks[k-1].punct&pDotColon != 0
		switch {
		case opens && toks[k].punct&pColonFirst != 0 && at.captions.has(toks[k].low):
			caption[k] = true
		case k > 0 && toks[k-1].grp == toks[k].grp && toks[k-1].punct&pFullStop == 0:
			caption[k] = caption[k-1] // up to the caption's full stop
		}
	}
	win := &tokWindow{x: x, toks: toks, named: flags[len(toks):], cls: [2]int{0, -1}, nam: [2]int{0, -1}}
	var cands []attrCand
	var ends []int
	for i := range toks {
		tk := &toks[i]
		if tk.sym || caption[i] {
			continue
		}
		try := func(pi int) {
			p := at.patterns[pi]
			ends = ends[:0]
			matchElems(toks, p.elems, 0, i, tk.grp, &ends)
			if len(ends) > 0 {
				// The readers look at most this far from the words. (The
				// window counts all the words of the text: gi.)
				a, b := int(tk.gi)-3, int(toks[ends[len(ends)-1]-1].gi)+1+3
				if p.left != slotNone {
					a = int(tk.gi) - 40
				}
				if p.right != slotNone {
					b += 50
				}
				win.ensure(a, b)
			}
			for _, j := range ends {
				if c, ok := x.trySlots(toks, p, i, j); ok {
					c.pat = pi
					if !x.skipped(c.org.Start) && !formallyCited(x.d.Text, cs, c.org, &at.conn) {
						cands = append(cands, c)
					}
					return
				}
			}
		}
		if !at.mayAnchor(tk.low) {
			continue
		}
		for _, pi := range at.anchors[tk.low] {
			try(pi)
		}
		first, _ := utf8.DecodeRuneInString(tk.low)
		for _, sa := range at.stemAnchors[first] {
			if strings.HasPrefix(tk.low, sa.stem) {
				try(sa.p)
			}
		}
	}
	// Overlapping matches: the longest wins, then the earlier pattern.
	sort.SliceStable(cands, func(i, j int) bool {
		li, lj := cands[i].span.End-cands[i].span.Start, cands[j].span.End-cands[j].span.Start
		if li != lj {
			return li > lj
		}
		return cands[i].pat < cands[j].pat
	})
	var kept []attrCand
	for _, c := range cands {
		ok := true
		for _, k := range kept {
			if k.span.Overlaps(c.span) {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, c)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].span.Start < kept[j].span.Start })
	out := make([]Attribution, 0, len(kept))
	for _, c := range kept {
		out = append(out, Attribution{Span: c.span, Org: x.d.Text[c.org.Start:c.org.End], OrgSpan: c.org, Sentence: x.d.SentenceSpan(c.org.Start)})
	}
	return out
}

// attribScratch is attributionsGated's space (attribLexicon.scratch).
type attribScratch struct {
	toks  []atok
	flags []bool // caption and tokWindow.named, one after the other
}

// matchElems matches a pattern's words from toks[i], appending the index
// after each way they match to ends (shorter first).
func matchElems(toks []atok, els []elem, k, i int, grp int32, ends *[]int) {
	if k == len(els) {
		*ends = append(*ends, i)
		return
	}
	el := &els[k]
	if el.gap > 0 {
		for g := 0; g <= el.gap; g++ {
			if i+g > len(toks) || g > 0 && (toks[i+g-1].grp != grp || toks[i+g-1].stopAfter()) {
				break
			}
			matchElems(toks, els, k+1, i+g, grp, ends)
		}
		return
	}
	if el.opt {
		matchElems(toks, els, k+1, i, grp, ends)
	}
	if i >= len(toks) {
		return
	}
	t := &toks[i]
	if t.grp != grp || t.sym || !el.words.has(t.low) || k > 0 && t.cap {
		// The cue's words are lower case, but for a sentence's first word:
		// a capitalised "Statistics" or "Records" belongs to a name.
		return
	}
	if k > 0 && (toks[i-1].stopAfter() || t.parenBefore()) {
		return
	}
	matchElems(toks, els, k+1, i+1, grp, ends)
}

// trySlots reads the pattern's slots around its words toks[i:j].
func (x *extractor) trySlots(toks []atok, p *pattern, i, j int) (attrCand, bool) {
	grp := toks[i].grp
	initial := i == 0 || toks[i-1].grp != grp || toks[i-1].stopAfter() || toks[i-1].sym
	if p.afterLower {
		// "the data compiled by", "Surveys conducted by", but not
		// "Published by ZRC SAZU" in front matter.
		if initial {
			return attrCand{}, false
		}
		prev := &toks[i-1]
		if !prev.lower && !(prev.cap && (i == 1 || toks[i-2].grp != grp)) {
			return attrCand{}, false
		}
	}
	if toks[i].cap && !(initial && p.left == slotNone) {
		return attrCand{}, false
	}
	c := attrCand{span: doc.Span{Start: int(toks[i].s), End: int(toks[j-1].e)}}
	haveOrg := false
	if p.right != slotNone {
		if j >= len(toks) || toks[j-1].stopAfter() || toks[j-1].quoteAfter() && p.rightGap == 0 {
			return c, false
		}
		ok := false
		for g := 0; g <= p.rightGap && !ok; g++ {
			k := j + g
			if k >= len(toks) || toks[k].grp != grp || g > 0 && toks[k-1].stopAfter() {
				break
			}
			var a, b int
			switch p.right {
			case slotOrg:
				a, b, ok = x.orgForward(toks, k)
				if ok {
					c.org = doc.Span{Start: int(toks[a].s), End: nameEnd(toks, a, b)}
				}
			case slotPerson:
				a, b, ok = x.personForward(toks, k)
				if ok {
					c.org = x.personOrg(toks, a, b)
				}
			}
			if ok {
				c.span.End = max(int(toks[b].e), c.org.End)
			}
		}
		if !ok {
			return c, false
		}
		haveOrg = true
	}
	if p.left != slotNone {
		ok := false
		for g := 0; g <= p.leftGap && !ok; g++ {
			if g > 0 {
				// Between a possessive and its noun any lower-case words or
				// numbers ("Kursiv's recent migration figures"); else only
				// auxiliaries ("the Ministry has also reported").
				gt := &toks[i-g]
				free := p.left == slotOrgPoss && (gt.lower || startsDigit(gt.low)) && !gt.stop
				if !(gt.aux || free) || gt.stopAfter() || gt.quoteAfter() || gt.grp != grp {
					break
				}
			}
			q := i - 1 - g
			if q < 0 || toks[q].grp != grp {
				break
			}
			var a int
			switch p.left {
			case slotOrg, slotOrgPoss:
				if toks[q].poss != (p.left == slotOrgPoss) {
					continue
				}
				// "the UN Economic and Social Commission for Asia and the
				// Pacific (UN ESCAP) observes": the name before its acronym.
				nq := q
				if m := aliasStart(toks, q); m > 0 && toks[m-1].grp == grp && !toks[m-1].stopAfter() {
					nq = m - 1
				} else if toks[q].stopAfter() || toks[q].quoteAfter() && !toks[q].poss {
					continue
				}
				a, ok = x.orgBackward(toks, nq)
				if ok && !haveOrg {
					c.org = doc.Span{Start: int(toks[a].s), End: nameEnd(toks, a, q)}
				}
			case slotPerson, slotPersonOpt:
				a, ok = x.personBackward(toks, q)
				if ok && !haveOrg {
					c.org = x.personOrg(toks, a, q)
				}
			}
			if ok {
				c.span.Start = int(toks[a].s)
			}
		}
		if !ok && p.left != slotPersonOpt {
			return c, false
		}
	}
	return c, c.org.End > c.org.Start
}

// nameEnd is the end of the name toks[a..b], with the closing bracket of an
// abbreviation it ends in.
func nameEnd(toks []atok, a, b int) int {
	if toks[b].punct&pCloseFirst != 0 {
		for m := b; m >= a && m > b-3; m-- {
			if toks[m].parenBefore() {
				return int(toks[b].e) + 1
			}
		}
	}
	return int(toks[b].e)
}

// aliasEnd returns the last word of an abbreviation in brackets that
// starts at toks[k] ("(IOM)", "(UN ESCAP)"), or -1.
func aliasEnd(toks []atok, k int) int {
	for m := k; m < len(toks) && m < k+3; m++ {
		t := &toks[m]
		if !(t.acr || t.known || t.cap) || t.grp != toks[k].grp || m > k && t.parenBefore() {
			return -1
		}
		if t.punct&pCloseFirst != 0 {
			return m
		}
		if t.stopAfter() || t.quoteAfter() {
			return -1
		}
	}
	return -1
}

// aliasStart returns the first word of an abbreviation in brackets that
// ends at toks[q], or -1.
func aliasStart(toks []atok, q int) int {
	if toks[q].punct&pCloseOnly == 0 {
		return -1
	}
	for m := q; m >= 0 && m > q-3; m-- {
		t := &toks[m]
		if !(t.acr || t.known || t.cap) || t.grp != toks[q].grp || m < q && (t.stopAfter() || t.quoteAfter()) {
			return -1
		}
		if t.parenBefore() {
			if aliasEnd(toks, m) == q {
				return m
			}
			return -1
		}
	}
	return -1
}

// slavic reports whether names near the word are inflected noun chains
// ("Министерства внутренних дел России", "Statističnega urada RS").
func (x *extractor) slavic(t *atok) bool {
	if t.cyr {
		return true
	}
	return x.d.LangAt(int(t.s)) == "sl"
}

// lowerRun counts the lower-case words from toks[k] that could stand
// inside a name before a capitalised or organisation word, and reports
// whether such a word follows them.
func lowerRun(toks []atok, k int, grp int32, limit int) (int, bool) {
	n := 0
	for k+n < len(toks) && n <= limit {
		t := &toks[k+n]
		if t.grp != grp || t.parenBefore() || t.quoteBefore() && n > 0 {
			return n, false
		}
		if t.nameLike() {
			return n, n > 0
		}
		if !t.lower || t.stop || t.conn || t.legal || t.stopAfter() || t.quoteAfter() {
			return n, false
		}
		n++
	}
	return n, false
}

// complementRun counts the lower-case words from toks[k] that end a name
// at a comma, a stop or the sentence's end: one word, or two after a
// connector.
func complementRun(toks []atok, k int, grp int32, afterConn bool) (int, bool) {
	limit := 1
	if afterConn {
		limit = 2
	}
	for n := 0; n < limit && k+n < len(toks); n++ {
		t := &toks[k+n]
		if t.grp != grp || !t.lower || t.stop || t.conn || t.legal || t.parenBefore() || t.quoteBefore() {
			return 0, false
		}
		if t.stopAfter() || k+n+1 == len(toks) || toks[k+n+1].grp != grp {
			return n + 1, true
		}
	}
	return 0, false
}

// listGoesOn reports whether the words from toks[n] go on a list of
// capitalised words inside a name, closed by "and" and a capitalised word
// ("..., Social Development and Migration").
func listGoesOn(toks []atok, n int, grp int32) bool {
	and := false
	for m := n; m < len(toks) && m < n+8; m++ {
		t := &toks[m]
		if t.grp != grp || t.parenBefore() || t.quoteBefore() {
			return false
		}
		if t.low == "and" || t.low == "&" {
			if t.stopAfter() || m == n {
				return false
			}
			and = true
			continue
		}
		if !t.cap || t.stop {
			return false
		}
		if and {
			// The name goes on ("... Migration of the Kyrgyz Republic") or
			// ends; a lower-case word after it ("Kyrgyz and Uzbek
			// workers") shows the list was no name's.
			for ; m < len(toks); m++ {
				t := &toks[m]
				if t.stopAfter() || t.quoteAfter() {
					return true
				}
				if m+1 >= len(toks) || toks[m+1].grp != grp {
					return true
				}
				if nx := &toks[m+1]; !(nx.cap && !nx.stop) {
					return nx.conn || nx.parenBefore()
				}
			}
			return true
		}
		if t.punct&pHard != 0 {
			return false
		}
	}
	return false
}

// orgForward reads an organisation name that starts at toks[p] (after a
// cue) and returns its first and last words.
func (x *extractor) orgForward(toks []atok, p int) (int, int, bool) {
	grp := toks[p].grp
	k := p
	// "the", "a 2023 (IOM report)".
	for k < len(toks) && toks[k].grp == grp && !toks[k].stopAfter() && !toks[k].quoteBefore() && !toks[k].parenBefore() &&
		(toks[k].low == "the" || toks[k].low == "a" || toks[k].low == "an" || isYear(toks[k].low)) {
		k++
	}
	if k >= len(toks) || toks[k].grp != grp {
		return 0, 0, false
	}
	slav := x.slavic(&toks[k])
	var acc []int
	headSeen, lastHead := false, false
	alias := -1
loop:
	for k < len(toks) && len(acc) < 16 {
		t := &toks[k]
		if t.grp != grp {
			break
		}
		if t.parenBefore() || t.quoteBefore() {
			if len(acc) > 0 && t.parenBefore() {
				alias = aliasEnd(toks, k) // "(IOM)", "(UN ESCAP)"
			}
			break
		}
		if t.legal && !t.known {
			return 0, 0, false
		}
		switch {
		case t.sym && !t.conn:
			break loop
		case t.nameLike():
			acc = append(acc, k)
			if t.strong() {
				headSeen = true
			}
			lastHead = t.head && !t.known && !t.acr
		case t.low == "the" && len(acc) > 0 && toks[k-1].conn:
			acc = append(acc, k)
		case t.conn && len(acc) > 0:
			acc = append(acc, k)
		case t.lower && !t.stop:
			limit := 0
			switch {
			case !headSeen && slav:
				limit = 3
			case !headSeen:
				limit = 2
			case slav && lastHead:
				limit = 3
			}
			n, ok := lowerRun(toks, k, grp, limit)
			closing := false
			if !ok && slav && lastHead {
				// A complement that ends the name at a comma or the
				// sentence's end: "организации по миграции,", "Ministrstva
				// za delo.", "Министерства труда,".
				n, closing = complementRun(toks, k, grp, toks[k-1].conn)
			}
			if !ok && !closing || n > limit {
				break loop
			}
			for m := 0; m < n; m++ {
				acc = append(acc, k+m)
			}
			if closing {
				break loop
			}
			k += n
			continue
		default:
			break loop
		}
		if !slav && headSeen && t.cap && t.punct&pComma != 0 && t.punct&pHard == 0 && listGoesOn(toks, k+1, grp) {
			// "Ministry of Labor, Social Development and Migration"
			k++
			continue
		}
		if t.stopAfter() || t.quoteAfter() {
			break
		}
		if t.poss {
			// "Kazakhstan's Ministry of Labour" goes on; "the Agency's
			// deputy director" ends.
			if n := k + 1; n < len(toks) && toks[n].grp == grp && !toks[n].parenBefore() && !toks[n].quoteBefore() && (toks[n].cap || toks[n].acr) && !toks[n].stop {
				k++
				continue
			}
			break
		}
		k++
	}
	// Leading lower-case words ("доклада Всемирного банка") and connectors
	// are not part of the name.
	for len(acc) > 0 {
		t := &toks[acc[0]]
		if t.conn || t.low == "the" || t.lower && !t.head {
			acc = acc[1:]
			continue
		}
		break
	}
	if len(acc) == 0 {
		return 0, 0, false
	}
	if t := &toks[acc[0]]; t.lower {
		// A lower-case head ("пресс-служба МВД") needs a name after it.
		named := false
		for _, m := range acc[1:] {
			if toks[m].cap || toks[m].acr || toks[m].known {
				named = true
			}
		}
		if !named {
			return 0, 0, false
		}
	}
	end := -1
	if slav {
		// Lower-case words were taken only inside the name or as its
		// closing complement.
		for m := len(acc) - 1; m >= 0; m-- {
			if !toks[acc[m]].conn && toks[acc[m]].low != "the" {
				end = m
				break
			}
		}
	} else {
		h := -1
		for m := range acc {
			if toks[acc[m]].strong() {
				h = m
			}
		}
		end = h
		if h >= 0 && h+1 < len(acc) && toks[acc[h+1]].conn {
			for m := len(acc) - 1; m > h; m-- {
				if toks[acc[m]].nameLike() {
					end = m
					break
				}
			}
		}
	}
	if end < 0 {
		return 0, 0, false
	}
	strong := false
	for _, m := range acc[:end+1] {
		if toks[m].strong() {
			strong = true
		}
	}
	if !strong {
		return 0, 0, false
	}
	last := acc[end]
	if alias > last && acc[len(acc)-1] == last {
		last = alias
	}
	return acc[0], last, true
}

// leftNameNear reports whether a capitalised or organisation word stands
// within two words before toks[k] (a sentence's first word counts only when
// it is an organisation word).
func leftNameNear(toks []atok, k int, grp int32) bool {
	for m := k - 1; m >= 0 && m >= k-2; m-- {
		t := &toks[m]
		if t.grp != grp || t.stopAfter() || t.quoteAfter() {
			return false
		}
		if t.nameLike() {
			initial := m == 0 || toks[m-1].grp != grp
			return !initial || t.strong()
		}
		if !t.lower || t.stop || t.conn {
			return false
		}
	}
	return false
}

// orgBackward reads an organisation name that ends at toks[q] (before a
// cue) and returns its first word.
func (x *extractor) orgBackward(toks []atok, q int) (int, bool) {
	grp := toks[q].grp
	var acc []int // from q leftwards
	capSeen, headSeen := false, false
	lowN := 0
loop:
	for k := q; k >= 0 && len(acc) < 16; k-- {
		t := &toks[k]
		if t.grp != grp || t.sym && !t.conn {
			break
		}
		if k < q && (t.stopAfter() || t.quoteAfter() && !t.poss || t.poss && !t.nameLike()) {
			break
		}
		if t.legal && !t.known {
			return 0, false
		}
		if t.parenBefore() && !(k == q && t.acr) {
			break
		}
		if k == q && !t.nameLike() {
			// The name ends in a name word; in inflected languages also in
			// the lower-case complement of its head ("Министерство труда",
			// "Zavod za zaposlovanje").
			h := x.complementHead(toks, q)
			if h < 0 {
				return 0, false
			}
			for m := q; m > h; m-- {
				acc = append(acc, m)
			}
			k = h + 1
			continue
		}
		switch {
		case t.low == "the":
			if k > 0 && toks[k-1].grp == grp && toks[k-1].conn && !toks[k-1].stopAfter() {
				acc = append(acc, k)
				continue
			}
			break loop
		case t.stop && !t.conn, t.role && t.lower:
			break loop
		case t.nameLike():
			acc = append(acc, k)
			lowN = 0
			if t.cap || t.acr || t.known {
				capSeen = true
			}
			if t.strong() {
				headSeen = true
			}
		case t.conn:
			if len(acc) == 0 {
				break loop
			}
			acc = append(acc, k)
		case t.lower:
			if !capSeen && headSeen && lowN < 4 || lowN < 2 && leftNameNear(toks, k, grp) {
				acc = append(acc, k)
				lowN++
				continue
			}
			break loop
		default:
			break loop
		}
		if t.quoteBefore() {
			break
		}
	}
	// acc runs leftwards: its last element is the first word.
	acc = trimFirst(toks, acc, false)
	if len(acc) == 0 || acc[0] != q {
		return 0, false
	}
	strong := false
	for _, m := range acc {
		if toks[m].strong() {
			strong = true
		}
	}
	if !strong {
		return 0, false
	}
	return acc[len(acc)-1], true
}

// trimFirst drops from the start of a name read leftwards (acc runs from
// the last word to the first) the words that cannot begin it: connectors,
// lower-case words (roles may begin an official's words), and a sentence's
// capitalised first word that is no name word and stands before a
// lower-case one ("Each ministry").
func trimFirst(toks []atok, acc []int, roles bool) []int {
	for len(acc) > 0 {
		k := acc[len(acc)-1]
		t := &toks[k]
		ok := t.cap || t.acr || t.known || roles && t.role
		if ok && len(acc) > 1 && !t.strong() && !t.role && !t.cyr && (k == 0 || toks[k-1].grp != t.grp) && toks[acc[len(acc)-2]].lower {
			ok = false
		}
		if t.conn || t.low == "the" || !ok {
			acc = acc[:len(acc)-1]
			continue
		}
		break
	}
	return acc
}

// complementHead returns the head word before the lower-case words that
// end at toks[q] in an inflected language, or -1.
func (x *extractor) complementHead(toks []atok, q int) int {
	if !x.slavic(&toks[q]) {
		return -1
	}
	for m := q; m >= 0 && m > q-5; m-- {
		t := &toks[m]
		if t.grp != toks[q].grp || m < q && (t.stopAfter() || t.quoteAfter()) {
			return -1
		}
		if m < q && t.strong() {
			return m
		}
		if !(t.lower && !t.stop || t.conn) || t.legal {
			return -1
		}
	}
	return -1
}

// personBackward reads an official that ends at toks[q] (before a speech
// verb): "Alexander Bastrykin, head of Russia's Investigative Committee,",
// "Deputy Minister of Labor ... Bakyt Darmankul uulu".
func (x *extractor) personBackward(toks []atok, q int) (int, bool) {
	grp := toks[q].grp
	if toks[q].punct&pHard != 0 || toks[q].quoteAfter() {
		return 0, false
	}
	commas := 0
	if toks[q].punct&pComma != 0 {
		commas++
	}
	var acc []int
	lowN := 0
loop:
	for k := q; k >= 0 && len(acc) < 24; k-- {
		t := &toks[k]
		if t.grp != grp || t.sym && !t.conn {
			break
		}
		if k < q {
			if t.punct&pHard != 0 || t.quoteAfter() && !t.poss {
				break
			}
			if t.punct&pComma != 0 {
				if commas++; commas > 2 {
					break
				}
			}
		}
		if t.parenBefore() || t.quoteBefore() || t.legal && !t.known {
			break
		}
		switch {
		case t.low == "the":
			if k > 0 && toks[k-1].grp == grp && toks[k-1].conn && !toks[k-1].stopAfter() {
				acc = append(acc, k)
				continue
			}
			break loop
		case t.role:
			acc = append(acc, k)
			lowN = 0
		case t.stop && !t.conn:
			break loop
		case t.nameLike():
			acc = append(acc, k)
			lowN = 0
		case t.conn:
			acc = append(acc, k)
		case t.lower && lowN < 2 && leftNameNear(toks, k, grp):
			acc = append(acc, k)
			lowN++
		default:
			break loop
		}
	}
	acc = trimFirst(toks, acc, true)
	if len(acc) == 0 || !validPerson(toks, acc) {
		return 0, false
	}
	return acc[len(acc)-1], true
}

// personForward reads an official that starts at toks[p] (after "according
// to", "по словам") and returns the first and last words.
func (x *extractor) personForward(toks []atok, p int) (int, int, bool) {
	grp := toks[p].grp
	k := p
	if toks[k].low == "the" && !toks[k].stopAfter() {
		k++
	}
	var acc []int
	commas := 0
loop:
	for k < len(toks) && len(acc) < 24 {
		t := &toks[k]
		if t.grp != grp || t.sym && !t.conn || t.parenBefore() || t.quoteBefore() {
			break
		}
		if t.legal && !t.known {
			return 0, 0, false
		}
		switch {
		case t.role || t.nameLike():
			acc = append(acc, k)
		case t.low == "the" && len(acc) > 0 && toks[k-1].conn:
			acc = append(acc, k)
		case t.conn && len(acc) > 0:
			acc = append(acc, k)
		case t.lower && !t.stop && len(acc) > 0:
			n, ok := lowerRun(toks, k, grp, 2)
			if !ok || n > 2 {
				break loop
			}
			for m := 0; m < n; m++ {
				acc = append(acc, k+m)
			}
			k += n
			continue
		default:
			break loop
		}
		if t.punct&pComma != 0 && t.punct&pHard == 0 {
			// An apposition goes on when a role follows: "X, deputy
			// director of the Agency,".
			n := k + 1
			if n < len(toks) && toks[n].low == "the" {
				n++
			}
			if commas == 0 && n < len(toks) && toks[n].grp == grp && toks[n].role {
				commas++
				k++
				continue
			}
			break
		}
		if t.stopAfter() || t.quoteAfter() && !t.poss {
			break
		}
		k++
	}
	for len(acc) > 0 && (toks[acc[len(acc)-1]].conn || toks[acc[len(acc)-1]].lower && !toks[acc[len(acc)-1]].role) {
		acc = acc[:len(acc)-1]
	}
	if len(acc) == 0 || !validPerson(toks, acc) {
		return 0, 0, false
	}
	return acc[0], acc[len(acc)-1], true
}

// validPerson reports whether words name an official for an organisation:
// a role, and an organisation or a role that is an office by itself, and a
// capitalised word.
func validPerson(toks []atok, acc []int) bool {
	role, org, capital := false, false, false
	for _, m := range acc {
		t := &toks[m]
		if t.role {
			role = true
			if t.office {
				org = true
			}
		} else if t.strong() {
			org = true
		}
		if t.cap || t.acr || t.known {
			capital = true
		}
	}
	return role && org && capital
}

// personOrg picks the organisation in an official's words toks[a..b]: the
// first run of name words between roles and commas that holds an
// organisation word, else the official's words up to a comma ("Deputy
// Minister of Labor").
func (x *extractor) personOrg(toks []atok, a, b int) doc.Span {
	run := func(s, e int) (doc.Span, bool) {
		for s <= e && (toks[s].conn || toks[s].low == "the" || toks[s].lower && !toks[s].head) {
			s++
		}
		for e >= s && (toks[e].conn || toks[e].low == "the" || toks[e].lower && !toks[e].head) {
			e--
		}
		for m := s; m <= e; m++ {
			if toks[m].strong() {
				return doc.Span{Start: int(toks[s].s), End: int(toks[e].e)}, true
			}
		}
		return doc.Span{}, false
	}
	s := a
	for k := a; k <= b; k++ {
		if toks[k].role {
			if sp, ok := run(s, k-1); ok {
				return sp
			}
			s = k + 1
			continue
		}
		if toks[k].stopAfter() || k == b {
			if sp, ok := run(s, k); ok {
				return sp
			}
			s = k + 1
		}
	}
	// No organisation word: the official's words up to a comma.
	e := a
	for e < b && !toks[e].stopAfter() {
		e++
	}
	for e > a && (toks[e].conn || toks[e].low == "the") {
		e--
	}
	return doc.Span{Start: int(toks[a].s), End: int(toks[e].e)}
}

// formallyCited reports whether a formal citation names the source: a
// callout overlaps the organisation or follows its name closely ("the
// Prague Process migration discussion (Prague Process, 2024)").
func formallyCited(t string, cs []Citation, org doc.Span, conn *wordSet) bool {
	next := -1
	for i, c := range cs {
		if c.Span.Overlaps(org) {
			return true
		}
		if c.Span.Start >= org.End && (next < 0 || c.Span.Start < cs[next].Span.Start) {
			next = i
		}
	}
	if next < 0 {
		return false
	}
	gap := t[org.End:cs[next].Span.Start]
	if len(gap) > 160 || strings.ContainsAny(gap, ",;:.!?") {
		return false
	}
	words := strings.Fields(gap)
	if len(words) <= 6 {
		return true
	}
	// The name goes on up to the callout ("Bureau of National Statistics’
	// Agency for Strategic Planning and Reforms of Kazakhstan (...)").
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !conn.has(fold(w)) {
			return false
		}
	}
	return true
}
