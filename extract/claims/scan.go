package claims

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/entity"
	"github.com/claimgraph/claimgraph/nlp"
)

// quantity is a claim under construction: a figure and the tokens around it
// that state its unit, scale and approximation.
type quantity struct {
	a, b      int // tokens [a, b) the claim's text covers
	num, num2 int // the figure's token (number or number word); the range's second, -1
	value     float64
	low, high float64
	unit      string
	scaleName string
	approx    string // exact, about, almost, over, under, upto, atleast, range
	isRange   bool
	word      bool   // stated in words
	kkCase    string // Kazakh ending printed on the figure ("тен", "ы")
	noun      int    // token of the noun it counts, -1
	person    bool   // the noun names people
	list      int    // id of the list of figures it belongs to, -1
	resp      bool   // a member of a "respectively" list
	accepted  bool
}

// scan is the state of one sentence.
type scan struct {
	x     *extractor
	lx    *Lexicon
	text  string // the document text
	span  doc.Span
	para  int // x.d.ParagraphIndex(span.Start)
	lang  string
	toks  []token
	qs    []*quantity
	times []timeExpr
	// scratch is the quantity wordAt builds before it knows it keeps it.
	scratch quantity
	// carry is the period the next sentence inherits when it is not the
	// last figure's (a change dated from its baseline).
	carry *Period
	// planDated: a figure took its period from a plan's title.
	planDated bool
	// srcLo and srcHi bound the sources of the sentence, once srcOK
	// (sources).
	srcLo, srcHi int
	srcOK        bool
	// sets is the union of the tokens' sets bits, once setsOK (words.assign
	// numbered them): see absent.
	sets   uint64
	setsOK bool
}

// absent reports that no phrase of set starts at any token of the sentence:
// set is quick and no token has its bit (phraseSet.skip skips them all).
func (sc *scan) absent(set *phraseSet) bool {
	return sc.setsOK && set.quick && sc.sets&set.bit == 0
}

// find is set.find over the tokens [from, to) of the sentence, without its
// loop when the set is absent.
func (sc *scan) find(set *phraseSet, from, to int, fn func(i, n int, p *phrase)) {
	if !sc.absent(set) {
		set.find(sc.toks, from, to, sc.lang, fn)
	}
}

func (x *extractor) sentence(s doc.Sentence) {
	text := x.d.Text[s.Span.Start:s.Span.End]
	lang := sentenceLang(text, s.Lang)
	para := x.paragraphOf(s.Span.Start)
	x.sentNo++
	if para != x.lastPara {
		// Periods and indicators carry within a paragraph; the entity
		// carries further, but a heading resets it to the heading's place.
		x.lastPeriod, x.lastPeriodFromClaims, x.lastIndicator, x.lastUnit = nil, false, "", ""
		x.lastPlan = nil
		x.lastPlace, x.pendPlaceFrom = "", len(x.pend)
		x.lastCountedPeople = false
		if para >= 0 && para < len(x.topics) && x.d.Paragraphs[para].Heading {
			// The notes pending before matter only through the
			// lastEntityPara they would set, a paragraph before this one,
			// which compares (fallbackEntity) as unequal as the one it
			// holds: unless it is -1, a sentence outside paragraphs.
			x.settleOutside()
			x.lastEntity, x.pendEntFrom = x.topics[para], len(x.pend)
			x.lastSpan = nil
		}
		x.lastPara = para
	}
	if !x.worthScanning(s.Span.Start, text, lang, x.sentenceWords(s.Span)) {
		x.deferNote(s.Span, para)
		return
	}
	x.curSpan, x.curFound = s.Span, false
	sc := &scan{x: x, lx: x.lx, text: x.d.Text, span: s.Span, para: para, lang: lang, qs: x.qsBuf[:0], times: x.timesBuf[:0]}
	defer func() {
		// Run last (the first deferred): the figures and times are done
		// with.
		clear(sc.qs[:cap(sc.qs)])
		x.qsBuf = sc.qs[:0]
		x.qSlab = x.qSlab[:0]
		clear(sc.times[:cap(sc.times)])
		x.timesBuf = sc.times[:0]
	}()
	x.tokBuf, x.prevToks = x.prevToks, x.tokBuf
	x.prevToksSpan, x.prevToksLang, x.prevToksOK = x.tokSpan, x.tokLang, x.tokOK
	x.tokBuf = tokenizeWith(x.tokBuf, x.d.Text, s.Span.Start, s.Span.End, lang, x.lowc)
	sc.sets, sc.setsOK = x.lx.words.assign(x.tokBuf, x.idc), !x.everySet
	x.tokSpan, x.tokLang, x.tokOK = s.Span, lang, true
	sc.toks = x.tokBuf
	sc.markLabels()
	sc.findTimes()
	defer sc.noteSpan()
	defer sc.notePlan()
	sc.findQuantities()
	sc.accept()
	claims := sc.attributes()
	x.out = x.out[:len(x.out)+len(claims)] // they are in place
	if len(claims) == 0 && !x.curFound {
		// Its mentions were not needed: its note can wait like those of
		// the sentences not scanned.
		x.curFound = true
		x.deferNote(s.Span, para)
		return
	}
	x.sentEnts()
	x.noteEntity(s.Span, para, claims, x.entsIn(s.Span))
}

// worthScanning reports whether a sentence can hold a claim or a period:
// it has a numeral or a number, fraction or relative-time phrase. What it
// skips would leave every output and the state carried to the next
// sentence as they are:
//   - a numeral that overlaps a span other extractors own (a citation year)
//     or a superscript is a label: no figure, and the only time it makes is
//     a citation year, which is carried nowhere (notePeriod, noteSpan);
//   - a word makes a figure only as the start of a number phrase, and a
//     carried time only as that of a relative-year phrase, so a trigger
//     word whose phrases all have two tokens or more ("the same year", "a
//     third") counts only before a second token one of them has. Month and
//     half-year words and "the same period" date nothing without a year
//     numeral that is not a label.
//
// The first rule is kept out of quoted text (titleTime reads labels there)
// and needs numerals that tokenize reads as they are here: not after a
// letter or a minus sign; then the words are the gazetteer's words of the
// sentence (words, offsets into the document), its letter runs.
func (x *extractor) worthScanning(from int, text, lang string, words []entity.Word) bool {
	triples := &x.lx.triggerTriples
	// One pass: the answer is whether any numeral is more than a label or
	// any word is live, in whatever order they come. Numerals lie between
	// the words (digits and separators only, they hold no letter).
	labels := false
	pos := 0
	for k := 0; ; k++ {
		gapEnd := len(text)
		if k < len(words) {
			gapEnd = words[k].Start - from
		}
		for pos < gapEnd {
			if !isDigit(text[pos]) {
				pos++
				continue
			}
			n := x.labelNumeral(from, text, pos, lang)
			if n == 0 {
				return true
			}
			labels = true
			pos += n
		}
		if k == len(words) {
			break
		}
		w := &words[k]
		pos = w.End - from
		// mayStartTrigger from the first runes the gazetteer lowered
		// (those of lw: both lower as unicode.ToLower does).
		// (mayStartTrigger written out: the call would not inline.)
		r1, r2 := w.FirstRunes()
		if h := tripleHash(r1, r2, w.ThirdRune()); triples[h/64]&(1<<(h%64)) == 0 && !(x.lx.anyShort && x.lx.shortPair(r1, r2)) {
			continue
		}
		pair := pairHash(r1, r2)
		switch v, tw := x.lx.triggerVerdict(x.trigc, text[w.Start-from:pos], pair); v {
		case triggerLive:
			return true
		case triggerNext:
			if tw.liveBefore(text, pos) {
				return true
			}
		}
	}
	return labels && hasQuote(text)
}

// nextTokenIs reports whether the token tokenize reads at text[i:] (after
// spaces) can be one of the phrase tokens ps: a letter run (the text has no
// digit after a letter, see worthScanning) or one punctuation character.
func nextTokenIs(text string, i int, ps []ptok) bool {
	for i < len(text) {
		c := text[i]
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = decodeRune(text, i)
		}
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f' ||
			c >= utf8.RuneSelf && isSpaceRune(r) {
			i += w
			continue
		}
		if isDigit(c) {
			return false // a numeral matches no phrase token
		}
		word := isWordRune(r)
		var arr [64]byte
		tok := append(arr[:0], text[i:i+w]...)
		if word {
			// The word lower-cased (as toLower does) in a stack buffer.
			tok = utf8.AppendRune(tok[:0], nlp.LowerRune(r))
			for j := i + w; j < len(text); {
				if c2 := text[j] | 0x20; text[j] < utf8.RuneSelf {
					// An ASCII letter lowered by its case bit.
					if c2 < 'a' || c2 > 'z' {
						break
					}
					tok = append(tok, c2)
					j++
					continue
				}
				r2, w2 := decodeRune(text, j)
				if !isWordRune(r2) {
					break
				}
				tok = utf8.AppendRune(tok, nlp.LowerRune(r2))
				j += w2
			}
		}
		for _, p := range ps {
			if p.punct != word && (p.text == string(tok) || p.prefix && len(tok) >= len(p.text) && string(tok[:len(p.text)]) == p.text) {
				return true
			}
		}
		return false
	}
	return false
}

// hasQuote reports a quotation mark that quoted reads: " “ ” „ « ». Each
// mark's lead byte is searched for on its own (strings.IndexByte reads many
// bytes a step); only the places of C2 and E2 are read further.
func hasQuote(text string) bool {
	if strings.IndexByte(text, '"') >= 0 {
		return true
	}
	for s := text; ; {
		i := strings.IndexByte(s, 0xC2) // « »
		if i < 0 || i+1 >= len(s) {
			break
		}
		if s[i+1] == 0xAB || s[i+1] == 0xBB {
			return true
		}
		s = s[i+1:]
	}
	for s := text; ; {
		i := strings.IndexByte(s, 0xE2) // “ ” „
		if i < 0 || i+2 >= len(s) {
			break
		}
		if s[i+1] == 0x80 && s[i+2] >= 0x9C && s[i+2] <= 0x9E {
			return true
		}
		s = s[i+1:]
	}
	return false
}

// labelNumeral returns the length of the numeral token tokenize reads at
// text[i] (a digit) when markLabels marks it a label for overlapping an
// excluded span or a superscript, else 0. A digit after a letter (part of a
// word) or a minus sign (read into the numeral) returns 0, so that the
// tokens are exactly those tokenize makes.
func (x *extractor) labelNumeral(from int, text string, i int, lang string) int {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if isWordRune(r) || r == '-' || r == '−' || r < utf8.RuneSelf && isDigit(byte(r)) {
			return 0
		}
	}
	_, size, ok := ParseNumber(text[i:], lang)
	if !ok {
		size = digitRun(text, i)
	}
	span := doc.Span{Start: from + i, End: from + i + size}
	if !x.excluded(span) && !x.superscript(span) {
		return 0
	}
	return size
}

// markLabels marks the numerals that are labels, identifiers, ordinals or
// parts of dates: never claims.
func (sc *scan) markLabels() {
	toks := sc.toks
	sc.markChunks()
	for i := range toks {
		t := &toks[i]
		if t.kind != tNum || t.label {
			continue
		}
		span := doc.Span{Start: t.start, End: t.end}
		if sc.x.excluded(span) || sc.x.superscript(span) {
			t.label = true
			continue
		}
		prev, next := sc.tok(i-1), sc.tok(i+1)
		// Glued to a word: UP-158, COVID-19, SI-1001, М.1 (but mid-2025).
		if prev != nil && !t.space && prev.kind == tPunct && strings.Contains("-‑–/_.#№", prev.text) {
			if pp := sc.tok(i - 2); pp != nil && !prev.space && pp.kind == tWord && !sc.lx.yearBefore.hasTok(pp, sc.lang) {
				t.label = true
				continue
			}
		}
		if prev != nil && !t.space && prev.kind == tPunct && (prev.text == "*" || prev.text == "+" || prev.text == "^") {
			t.label = true
			continue
		}
		// A chain "1,2,3" after a label.
		if prev != nil && !t.space && prev.text == "," {
			if pp := sc.tok(i - 2); pp != nil && pp.kind == tNum && pp.label && !prev.space {
				t.label = true
				continue
			}
		}
		// Volume(issue): 60(2), 34(1).
		if next != nil && !next.space && next.text == "(" {
			if n2, n3 := sc.tok(i+2), sc.tok(i+3); n2 != nil && n3 != nil && n2.kind == tNum && n3.text == ")" {
				t.label, n2.label = true, true
				continue
			}
		}
		// Glued words after it: 1st, 2023a, 63-page, 1-кесте (not 5-тен, 3-fold,
		// nor a decade: 1990s, 2000-х).
		if next != nil && !next.space && !sc.decadeAt(i) {
			if next.kind == tWord {
				if !sc.lx.scale.hasTok(next, sc.lang) && !sc.lx.times.hasTok(next, sc.lang) &&
					!sc.lx.percent.hasTok(next, sc.lang) && !sc.lx.currency.hasTok(next, sc.lang) {
					t.label = true
					continue
				}
			}
			if next.kind == tPunct && isHyphen(next.text) {
				if w := sc.tok(i + 2); w != nil && w.kind == tWord && !w.space {
					if !sc.isKazakhEnding(w.lower) && !sc.lx.times.hasTok(w, sc.lang) && w.lower != "plus" &&
						!(w.lower == "h1" || w.lower == "h2") {
						t.label = true
						continue
					}
				}
			}
		}
		// Reference callouts: [8], [1, 2], [3–5].
		if sc.inBrackets(i) {
			t.label = true
			continue
		}
		// Enumerations: "(1)", and list markers "1." opening a sentence.
		if prev != nil && next != nil && prev.text == "(" && next.text == ")" && t.num.Decimals == 0 && t.num.Value < 100 {
			t.label = true
			continue
		}
		if sc.isListMarker(i) {
			t.label = true
			continue
		}
		// Figure 4, No. 961, p. 12, Law 61, tel. 485, top 2.
		if sc.labelBefore(i) || sc.ageBefore(i) {
			t.label = true
			sc.labelPartner(i)
			continue
		}
		// A name in quotes: "Cargo 200".
		if next != nil && isCloseQuote(next.text) && prev != nil && prev.kind == tWord && isUpper(prev.text) {
			t.label = true
		}
	}
}

func (sc *scan) tok(i int) *token {
	if i < 0 || i >= len(sc.toks) {
		return nil
	}
	return &sc.toks[i]
}

func isHyphen(s string) bool { return s == "-" || s == "‑" || s == "‐" }

func isDash(s string) bool {
	return s == "-" || s == "‑" || s == "‐" || s == "–" || s == "—" || s == "‒"
}

func isCloseQuote(s string) bool {
	return s == "\"" || s == "”" || s == "»" || s == "“" || s == "'" || s == "’"
}

func isUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func (sc *scan) isKazakhEnding(w string) bool { return sc.lx.Gazetteer.IsKazakhEnding(w) }

// labelBefore reports a label word right before token i ("Figure", "No.",
// "Law", "p."), possibly followed by a colon ("COBISS: 1.01").
func (sc *scan) labelBefore(i int) bool {
	j := i - 1
	if p := sc.tok(j); p != nil && (p.text == ":" || p.text == "№") {
		if p.text == "№" {
			return true
		}
		j--
	}
	if _, n := sc.lx.labelBefore.endingAt(sc.toks, j, sc.lang); n > 0 {
		return true
	}
	return false
}

func (sc *scan) ageBefore(i int) bool {
	_, n := sc.lx.age.endingAt(sc.toks, i-1, sc.lang)
	return n > 0
}

// labelPartner marks the numbers that continue a label: the second end of a
// labelled range (pp. 383–399, aged 18–35, Figures 2 and 3) and the groups
// of a labelled code (Tel. 8 (727) 292-03-85, No. 3(91)).
func (sc *scan) labelPartner(i int) {
	if c := sc.tok(i + 1); c != nil && (c.lower == "and" || c.lower == "to" || c.lower == "и") {
		if n := sc.tok(i + 2); n != nil && n.kind == tNum {
			n.label = true
		}
		return
	}
	for k := i + 1; k < len(sc.toks) && k <= i+12; k++ {
		t := &sc.toks[k]
		switch {
		case t.kind == tNum:
			t.label = true
		case t.kind == tPunct && strings.Contains("()-‑–—./", t.text):
		default:
			return
		}
	}
}

// inBrackets reports a number inside square brackets that hold only numbers
// and separators: a numeric citation.
func (sc *scan) inBrackets(i int) bool {
	open := -1
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		t := &sc.toks[j]
		if t.text == "[" {
			open = j
			break
		}
		if !(t.kind == tNum || t.text == "," || t.text == ";" || isDash(t.text)) {
			return false
		}
	}
	if open < 0 {
		return false
	}
	for j := i + 1; j < len(sc.toks) && j <= i+12; j++ {
		t := &sc.toks[j]
		if t.text == "]" {
			return true
		}
		if !(t.kind == tNum || t.text == "," || t.text == ";" || isDash(t.text)) {
			return false
		}
	}
	return false
}

// isListMarker reports "1." or "2)" opening a sentence or list item.
func (sc *scan) isListMarker(i int) bool {
	t := &sc.toks[i]
	if t.num.Decimals != 0 || t.num.Value > 50 {
		return false
	}
	j := i - 1
	for j >= 0 && (sc.toks[j].text == "-" || sc.toks[j].text == "•" || sc.toks[j].text == "*" || sc.toks[j].text == "(") {
		j--
	}
	if j >= 0 {
		return false
	}
	next := sc.tok(i + 1)
	return next == nil || next.text == "." || next.text == ")"
}

// markChunks classifies the runs of text without spaces that hold digits:
// URLs, e-mail addresses, DOIs, ORCIDs, ISSNs, phone numbers and dates are
// not claims (dates become time expressions).
func (sc *scan) markChunks() {
	toks := sc.toks
	phone := false
	for a := 0; a < len(toks); {
		// The chunk's end and the kinds of its tokens, in one pass.
		kinds := uint(1) << toks[a].kind
		b := a + 1
		for ; b < len(toks) && !toks[b].space; b++ {
			kinds |= 1 << toks[b].kind
		}
		hasNum, hasWord := kinds&(1<<tNum) != 0, kinds&(1<<tWord) != 0
		if hasNum {
			label := false
			raw := sc.text[toks[a].start:toks[b-1].end]
			switch {
			case phone && !hasWord:
				label = true
			case !hasChunkMark(raw):
				// Most chunks are plain numbers ("2019", "12,5%"): none
				// of the tests below labels them.
			default:
				label, phone = sc.markedChunk(a, b, trimChunk(raw), phone)
			}
			if label {
				for k := a; k < b; k++ {
					if toks[k].kind == tNum {
						toks[k].label = true
					}
				}
			}
		}
		if hasWord {
			phone = false
		}
		a = b
	}
}

// markedChunk classifies the chunk toks[a:b] (trimmed, chunk) that holds
// a number and one of the marks chunkMark lists: whether it is a label, and
// phone as it holds after it. A date becomes a time expression.
func (sc *scan) markedChunk(a, b int, chunk string, phone bool) (label, phoneAfter bool) {
	toks := sc.toks
	switch {
	case strings.HasPrefix(chunk, "+") && toks[a+1 : b][0].kind == tNum:
		return true, true
	case isURLLike(chunk), isIdentifier(chunk):
		return true, phone
	}
	if p, ok := parseDateChunk(chunk); ok {
		sc.times = append(sc.times, timeExpr{a: a, b: b, p: p})
		for k := a; k < b; k++ {
			toks[k].time = true
		}
		return true, phone
	}
	return false, phone
}

// chunkMark marks the bytes the tests of markedChunk need one of: '+' (a
// phone number), '.', ':', '/', '@', the letters and non-ASCII bytes
// (isURLLike), '-' (isIdentifier), '-', '.' and '/' (parseDateChunk). A
// chunk without any is none of those.
var chunkMark = func() (t [256]bool) {
	for _, c := range []byte("+.:/@-") {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// hasChunkMark reports a byte of chunkMark in s.
func hasChunkMark(s string) bool {
	for i := 0; i < len(s); i++ {
		if chunkMark[s[i]] {
			return true
		}
	}
	return false
}

// unchangedByUpper is strings.ToUpper(s) == s without building the upper
// case: s is well-formed UTF-8 (ToUpper writes U+FFFD for a bad byte) and
// unicode.ToUpper keeps each of its runes.
func unchangedByUpper(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 || unicode.ToUpper(r) != r {
			return false
		}
		i += w
	}
	return true
}

// trimChunk is strings.TrimRight(strings.TrimLeft(s, "([\"“«"),
// ".,;:)]\"”»") without the cutsets' set-up on every call.
func trimChunk(s string) string {
	for len(s) > 0 {
		r, w := utf8.DecodeRuneInString(s)
		if r != '(' && r != '[' && r != '"' && r != '“' && r != '«' {
			break
		}
		s = s[w:]
	}
	for len(s) > 0 {
		r, w := utf8.DecodeLastRuneInString(s)
		switch r {
		case '.', ',', ';', ':', ')', ']', '"', '”', '»':
			s = s[:len(s)-w]
			continue
		}
		break
	}
	return s
}

func isURLLike(s string) bool {
	// Every test below needs one of these bytes, which lower-casing
	// neither makes nor removes: most chunks (plain numbers) have none.
	// Without ':', '/' or '@' they need an ASCII letter ("www.", ".pdf"),
	// which only a letter lowers to: decimals ("12.5") have none.
	// (One pass over the bytes: strings.IndexAny builds its set per call.)
	dot, other := false, false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.':
			dot = true
		case ':', '/', '@':
			other = true
		}
	}
	if !dot && !other || !other && !hasLetterOrNonASCII(s) {
		return false
	}
	l := toLower(s)
	if strings.Contains(l, "://") || strings.Contains(l, "www.") || strings.Contains(l, "@") ||
		strings.Contains(l, "doi.org") || strings.Contains(l, ".pdf") || strings.Contains(l, ".htm") {
		return true
	}
	if strings.Contains(l, "/") {
		for _, r := range l {
			if unicode.IsLetter(r) {
				return true
			}
		}
	}
	// A DOI: 10.1177/...
	if strings.HasPrefix(l, "10.") && strings.Contains(l, "/") {
		return true
	}
	return false
}

// hasLetterOrNonASCII reports an ASCII letter or a non-ASCII byte in s.
func hasLetterOrNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' || s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// isIdentifier reports ORCIDs (0009-0008-1688-8071) and ISSNs (0353-6777):
// digit groups joined by hyphens that are not a range of years.
func isIdentifier(s string) bool {
	// The digit groups are read in place (strings.Cut), not split into a
	// slice: most chunks tested are not identifiers.
	n := strings.Count(s, "-") + 1
	if n < 2 {
		return false
	}
	// Three or more digit groups: a phone number or a code (292-03-85).
	if n >= 3 {
		all := true
		for rest, more := s, true; more; {
			var p string
			p, rest, more = strings.Cut(rest, "-")
			if p == "" || digitRun(p, 0) != len(strings.TrimRight(p, "X")) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	for rest, more := s, true; more; {
		var p string
		p, rest, more = strings.Cut(rest, "-")
		p = strings.TrimRight(p, "X")
		if len(p) < 3 || digitRun(p, 0) != len(p) {
			return false
		}
	}
	if p0, p1, _ := strings.Cut(s, "-"); n == 2 && len(p0) == 4 && len(p1) == 4 {
		// 2015-2024 is a period, 0353-6777 an ISSN.
		return !(yearLike(p0) && yearLike(p1))
	}
	return n >= 3
}

func yearLike(s string) bool {
	if len(s) != 4 || digitRun(s, 0) != 4 {
		return false
	}
	return s >= "1800" && s <= "2100"
}

// excluded reports whether s overlaps a span other extractors own.
func (x *extractor) excluded(s doc.Span) bool {
	ex := x.ctx.Exclude
	i := sort.Search(len(ex), func(i int) bool { return ex[i].End > s.Start })
	for ; i < len(ex) && ex[i].Start < s.End; i++ {
		if ex[i].Overlaps(s) {
			return true
		}
	}
	return false
}

// sourceAt returns the citation or attribution s lies inside, or nil.
func (x *extractor) sourceAt(s doc.Span) *Source {
	srcs := x.ctx.Sources
	i := sort.Search(len(srcs), func(i int) bool { return srcs[i].Span.Start > s.Start })
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if s.End <= srcs[k].Span.End {
			return &srcs[k]
		}
	}
	return nil
}

func (x *extractor) superscript(s doc.Span) bool {
	sup := x.superscripts
	i := sort.Search(len(sup), func(i int) bool { return sup[i].End > s.Start })
	return i < len(sup) && sup[i].Overlaps(s)
}

// findQuantities builds a quantity at every numeral and number word that is
// not a label or part of a time expression.
func (sc *scan) findQuantities() {
	for i := 0; i < len(sc.toks); i++ {
		t := &sc.toks[i]
		if t.used || t.label || t.time {
			continue
		}
		var q *quantity
		switch t.kind {
		case tNum:
			q = sc.numberAt(i)
		case tWord:
			if sc.lx.mayBeTriggerTok(t) && sc.lx.isTriggerTok(t) {
				q = sc.wordAt(i)
			}
		}
		if q == nil {
			continue
		}
		for k := q.a; k < q.b; k++ {
			sc.toks[k].used = true
		}
		sc.qs = append(sc.qs, q)
		i = q.b - 1
	}
	// slices.SortFunc is sort.Slice's pdqsort without its reflection
	// swapper: the same order, ties included.
	slices.SortFunc(sc.qs, func(p, q *quantity) int { return cmp.Compare(p.a, q.a) })
}

// newQuantity returns a quantity of the sentence's slab (x.qSlab): the
// figures of a sentence are done with when the next one is read, so their
// room is reused instead of allocated per numeral. A full slab is replaced,
// not grown, so that the quantities handed out stay where they are.
func (sc *scan) newQuantity() *quantity {
	x := sc.x
	if len(x.qSlab) == cap(x.qSlab) {
		x.qSlab = make([]quantity, 0, 32)
	}
	x.qSlab = x.qSlab[:len(x.qSlab)+1]
	return &x.qSlab[len(x.qSlab)-1]
}

// keep copies the quantity q (sc.scratch) to the slab.
func (sc *scan) keep(q *quantity) *quantity {
	out := sc.newQuantity()
	*out = *q
	return out
}

// numberAt builds the quantity of the numeral at token i.
func (sc *scan) numberAt(i int) *quantity {
	t := &sc.toks[i]
	q := sc.newQuantity()
	*q = quantity{a: i, b: i + 1, num: i, num2: -1, noun: -1, list: -1, value: t.num.Value, low: t.num.Low, high: t.num.High, approx: "exact"}
	j := sc.readUnits(q, i+1)
	sc.readBefore(q)
	j = sc.readRange(q, j)
	if !q.isRange && q.approx == "exact" {
		if p, n := sc.lx.approxAfter.at(sc.toks, j, sc.lang); p != nil {
			// "1,2 миллионнан 698 мыңға дейін азайды": "дейін" closes a change.
			if !(p.label == "upto" && sc.lang == "kk" && sc.afterKazakhAblative(q.a)) {
				q.approx = p.label
				j += n
			}
		} else if sc.lang == "kk" {
			// The noun may come between: "20 миллион адамнан асты".
			if t := sc.tok(j); t != nil && t.kind == tWord && sc.lx.person.has(sc.toks, j, sc.lang) {
				if p, _ := sc.lx.approxAfter.at(sc.toks, j+1, sc.lang); p != nil && p.label != "upto" {
					q.approx = p.label
				}
			}
		}
	}
	q.b = j
	sc.applyApprox(q)
	return q
}

// afterKazakhAblative reports a figure in the ablative ("5-тен", "1,2
// миллионнан") right before token i: the start of a Kazakh range or change.
func (sc *scan) afterKazakhAblative(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := &sc.toks[k]
		if t.kind == tWord && sc.isAblative(t.lower) && (k > 0 && sc.toks[k-1].kind == tNum || sc.lx.scale.hasTok(t, sc.lang)) {
			return true
		}
		if t.kind == tNum {
			return false
		}
	}
	return false
}

// isAblative reports a Kazakh word or ending in the ablative case.
func (sc *scan) isAblative(w string) bool {
	return isKazakhAblative(w) || hasAnySuffix(w, "нан", "нен", "дан", "ден", "тан", "тен")
}

// readUnits reads what follows the figure of q from token j: a Kazakh case
// ending, %, a scale word, a percent word, a currency, "times", a duration.
// It returns the token after them.
func (sc *scan) readUnits(q *quantity, j int) int {
	j = sc.readKazakhEnding(q, j)
	if t := sc.tok(j); t != nil && t.text == "%" {
		q.unit = "percent"
		j = sc.readKazakhEnding(q, j+1)
	}
	if q.unit == "" {
		if p, n := sc.lx.scale.at(sc.toks, j, sc.lang); p != nil && !sc.indefinitePlural(j) {
			sc.applyScale(q, p)
			if w := sc.toks[j].lower; sc.lang == "kk" && hasAnySuffix(w, "нан", "нен", "дан", "ден", "тан", "тен") {
				q.kkCase = w[len(w)-len("нан"):]
			}
			j += n
			j = sc.readKazakhEnding(q, j)
		}
	}
	if q.unit == "" {
		if t := sc.tok(j); t != nil && t.text == "%" {
			q.unit = "percent"
			j = sc.readKazakhEnding(q, j+1)
		} else if p, n := sc.lx.percent.at(sc.toks, j, sc.lang); p != nil {
			q.unit = "percent"
			j += n
			j = sc.readKazakhEnding(q, j)
		} else if p, n := sc.lx.currency.at(sc.toks, j, sc.lang); p != nil {
			q.unit = p.label
			j += n
		} else if p, n := sc.lx.times.at(sc.toks, j, sc.lang); p != nil {
			q.unit = "times"
			j += n
		} else if p, n := sc.lx.duration.at(sc.toks, j, sc.lang); p != nil && q.scaleName == "" {
			q.unit = p.label
			j += n
		}
	}
	return j
}

// indefinitePlural reports a Kazakh "миллиондаған" (millions of): a vague
// amount, not a scale.
func (sc *scan) indefinitePlural(j int) bool {
	t := sc.tok(j)
	if t == nil {
		return false
	}
	return strings.HasSuffix(t.lower, "даған") || strings.HasSuffix(t.lower, "деген") || strings.HasSuffix(t.lower, "таған")
}

// readKazakhEnding absorbs a case ending written after a hyphen ("5-тен",
// "30%-ын", "2,8% - ы") and records it.
func (sc *scan) readKazakhEnding(q *quantity, j int) int {
	h, w := sc.tok(j), sc.tok(j+1)
	if h == nil || w == nil || !isHyphen(h.text) || w.kind != tWord {
		return j
	}
	if !sc.isKazakhEnding(w.lower) {
		return j
	}
	if (h.space || w.space) && (sc.lang != "kk" || utf8.RuneCountInString(w.lower) > 4) {
		return j
	}
	q.kkCase = w.lower
	return j + 2
}

func (sc *scan) applyScale(q *quantity, p *phrase) {
	q.scaleName = p.label
	q.value *= p.value
	q.low *= p.value
	q.high *= p.value
}

// readBefore reads what precedes the figure: a currency sign or code and an
// approximation ("more than", "около", "шамамен").
func (sc *scan) readBefore(q *quantity) {
	if p, n := sc.lx.currency.endingAt(sc.toks, q.a-1, sc.lang); p != nil && q.unit == "" {
		q.unit = p.label
		q.a -= n
	}
	// Russian ratios: "почти в 11 раз", "в 2,5 раза".
	if t := sc.tok(q.a - 1); t != nil && sc.lang == "ru" && (t.lower == "в" || t.lower == "во") && q.unit == "times" {
		q.a--
	}
	if p, n := sc.lx.approxBefore.endingAt(sc.toks, q.a-1, sc.lang); p != nil {
		// "с 1 200 000 до 1 020 000": "до" closes a change, it is not "up to".
		if p.label == "upto" && n == 1 && sc.afterChangeStart(q.a-1) {
			return
		}
		q.approx = p.label
		q.a -= n
	}
}

// afterChangeStart reports "from X" right before token i ("с 1 200 000 до",
// "from 5 to"): the word at i joins the two ends of a change.
func (sc *scan) afterChangeStart(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := &sc.toks[k]
		if t.kind == tNum {
			if p, n := sc.lx.rangeFrom.endingAt(sc.toks, k-1, sc.lang); p != nil && n == 1 {
				return true
			}
			return false
		}
	}
	return false
}

// isKazakhAblative reports the "from" case (5-тен, 10-нан).
func isKazakhAblative(e string) bool {
	switch e {
	case "тен", "тан", "ден", "дан", "нен", "нан", "еден", "адан":
		return true
	}
	return false
}

// readRange reads a second figure that closes a range with q ("3–4 million",
// "30 to 40 per cent", "between X and Y", "от 5 до 10%", "5-тен 10%-на
// дейін", "od 5 do 10"). A change ("fell from X to Y") is two claims.
func (sc *scan) readRange(q *quantity, j int) int {
	k := -1
	conn := ""
	if p, n := sc.lx.rangeTo.at(sc.toks, j, sc.lang); p != nil {
		if t := sc.tok(j + n); t != nil && t.kind == tNum && !t.label && !t.time {
			k, conn = j+n, sc.toks[j].lower
		}
	}
	if k < 0 && isKazakhAblative(q.kkCase) {
		if t := sc.tok(j); t != nil && t.kind == tNum && !t.label && !t.time {
			k, conn = j, "kk"
		}
	}
	if k < 0 {
		return j
	}
	from := ""
	if p, n := sc.lx.rangeFrom.endingAt(sc.toks, q.a-1, sc.lang); p != nil && n == 1 {
		from = sc.toks[q.a-1].lower
	}
	isDashConn := isDash(conn)
	switch conn {
	case "and", "и", "in", "мен", "және":
		if from != "between" && from != "между" && from != "med" {
			return j
		}
	case "or", "или", "ali":
		if q.unit != "" || q.scaleName != "" {
			return j
		}
	}
	// Read the second figure's units.
	t2 := &sc.toks[k]
	q2 := &quantity{a: k, b: k + 1, num: k, num2: -1, value: t2.num.Value, low: t2.num.Low, high: t2.num.High}
	j2 := sc.readUnits(q2, k+1)
	if conn == "kk" {
		// The Kazakh range closes with "дейін": "5-тен 10%-на дейін".
		p, n := sc.lx.approxAfter.at(sc.toks, j2, sc.lang)
		if p == nil || p.label != "upto" {
			return j
		}
		j2 += n
	} else if q.kkCase == "" && sc.lang == "kk" {
		if p, n := sc.lx.approxAfter.at(sc.toks, j2, sc.lang); p != nil && p.label == "upto" {
			j2 += n
		}
	}
	if q.unit != "" && q2.unit != "" && q.unit != q2.unit {
		return j
	}
	if q.unit != "" && q2.unit == "" {
		return j
	}
	// Two years are a period, not a range of quantities.
	if t := &sc.toks[q.num]; yearLike(t.text) && yearLike(t2.text) {
		return j
	}
	lo, hi := q.value, q2.value
	if q.scaleName == "" && q2.scaleName != "" {
		lo *= q2.value / t2.num.Value
	}
	change := sc.changeVerbBefore(q.a) || (from == "from" || from == "с" || from == "od") && sc.changeVerbAfter(j2)
	if !isDashConn && (change || lo > hi) {
		return j
	}
	if isDashConn && lo > hi {
		return j
	}
	q.isRange = true
	q.num2 = k
	if q.unit == "" {
		q.unit = q2.unit
	}
	if q.scaleName == "" {
		q.scaleName = q2.scaleName
	}
	if q2.kkCase != "" {
		q.kkCase = q2.kkCase
	}
	q.value, q.low, q.high = math.NaN(), lo, hi
	q.approx = "range"
	if from != "" {
		q.a--
	}
	for x := q.num; x < j2; x++ {
		sc.toks[x].used = true
	}
	return j2
}

// changeVerbBefore reports a verb of change earlier in the clause of token i.
func (sc *scan) changeVerbBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		t := &sc.toks[k]
		if t.text == ";" || t.text == "." {
			break
		}
		if sc.lx.changeUp.has(sc.toks, k, sc.lang) || sc.lx.changeDown.has(sc.toks, k, sc.lang) {
			return true
		}
	}
	return false
}

func (sc *scan) changeVerbAfter(i int) bool {
	for k := i; k < len(sc.toks) && k <= i+4; k++ {
		if sc.lx.changeUp.has(sc.toks, k, sc.lang) || sc.lx.changeDown.has(sc.toks, k, sc.lang) {
			return true
		}
	}
	return false
}

// applyApprox turns the approximation into the interval of the README.
func (sc *scan) applyApprox(q *quantity) {
	if q.isRange {
		return
	}
	v := q.value
	switch q.approx {
	case "almost", "under":
		q.low, q.high = v*0.95, v
	case "about":
		q.low, q.high = v*0.95, v*1.05
	case "over", "atleast":
		q.low, q.high = v, v*1.05
	case "upto":
		q.low, q.high = 0, v
	}
	if q.low > q.high {
		q.low, q.high = q.high, q.low
	}
}

// wordAt builds the quantity of a number, fraction or multiplier word at
// token i ("two-thirds", "eleven times", "үштен бірін", "threefold").
func (sc *scan) wordAt(i int) *quantity {
	lx := sc.lx
	if t := &sc.toks[i]; utf8.RuneCountInString(t.text) > 1 && t.lower != t.text && unchangedByUpper(t.text) {
		return nil // "DVE DOMOVINI • TWO HOMELANDS": a title in capitals
	}
	q := &sc.scratch
	*q = quantity{a: i, num: i, num2: -1, noun: -1, list: -1, word: true, approx: "exact"}
	if p, n := lx.fraction.at(sc.toks, i, sc.lang); p != nil && sc.fractionOK(i, n) {
		q.b = i + n
		q.value, q.low, q.high, q.unit = p.value, p.value, p.value, "share"
		// "half a million": a fraction of a scale.
		if a := sc.tok(q.b); a != nil && (a.lower == "a" || a.lower == "an") {
			if s, m := lx.scale.at(sc.toks, q.b+1, sc.lang); s != nil {
				q.unit = ""
				q.b += 1 + m
				sc.applyScale(q, s)
			}
		}
	} else if p, n := lx.multiplier.at(sc.toks, i, sc.lang); p != nil && sc.multiplierOK(i, n) {
		q.b = i + n
		q.value, q.low, q.high, q.unit = p.value, p.value, p.value, "times"
	} else if v := sc.gluedTimes(i); v > 0 {
		// Slovenian "enajstkrat", "desetkrat": a number word and "krat".
		q.b = i + 1
		q.value, q.low, q.high, q.unit = v, v, v, "times"
	} else if p, n := lx.cardinal.at(sc.toks, i, sc.lang); p != nil {
		q.b = i + n
		v := p.value
		// twenty-five, twenty five
		if v >= 20 && v < 100 {
			k := q.b
			if t := sc.tok(k); t != nil && isHyphen(t.text) && !t.space {
				k++
			}
			if p2, n2 := lx.cardinal.at(sc.toks, k, sc.lang); p2 != nil && p2.value < 10 {
				v += p2.value
				q.b = k + n2
			}
		}
		// "one in five": a share.
		if v == 1 {
			if in := sc.tok(q.b); in != nil && (in.lower == "in" || in.lower == "out") {
				k := q.b + 1
				if in.lower == "out" {
					k++
				}
				if d, m := lx.cardinal.at(sc.toks, k, sc.lang); d != nil && d.value > 1 {
					q.b = k + m
					q.value, q.low, q.high, q.unit = 1/d.value, 1/d.value, 1/d.value, "share"
					sc.readBefore(q)
					sc.applyApprox(q)
					return sc.keep(q)
				}
			}
		}
		// A number word has no printed digit to round: it is exact.
		q.value, q.low, q.high = v, v, v
		j := sc.readUnits(q, q.b)
		if q.unit == "" && q.scaleName == "" && !sc.countWordOK(i, v) {
			return nil
		}
		q.b = j
	} else if p, n := lx.scale.at(sc.toks, i, sc.lang); p != nil && !sc.indefinitePlural(i) && sc.bareScaleOK(i, n) {
		// "a million", "миллионнан астам": one unit of the scale.
		q.b = i + n
		q.value, q.low, q.high = 1, 0.5, 1.5
		sc.applyScale(q, p)
		q.b = sc.readKazakhEnding(q, q.b)
		if a := sc.tok(i - 1); a != nil && (a.lower == "a" || a.lower == "one" || a.lower == "бір" || a.lower == "один" || a.lower == "en") {
			q.a--
		}
	} else {
		return nil
	}
	if q.b <= q.a {
		return nil
	}
	sc.readBefore(q)
	if p, n := lx.approxAfter.at(sc.toks, q.b, sc.lang); p != nil && q.approx == "exact" {
		q.approx = p.label
		q.b += n
	}
	if sc.lx.labelBefore.has(sc.toks, q.a-1, sc.lang) {
		return nil
	}
	if _, n := sc.lx.labelBefore.endingAt(sc.toks, q.a-1, sc.lang); n > 0 {
		return nil
	}
	sc.applyApprox(q)
	return sc.keep(q)
}

// gluedTimes reads a Slovenian ratio written as one word, a number word and
// "krat" ("enajstkrat" = eleven times); 0 if the token is not one.
func (sc *scan) gluedTimes(i int) float64 {
	w := sc.toks[i].lower
	if sc.lang != "sl" || !strings.HasSuffix(w, "krat") || len(w) <= len("krat") {
		return 0
	}
	stem := strings.TrimSuffix(w, "krat")
	for _, pi := range sc.lx.cardinal.byFirst[stem] {
		if p := &sc.lx.cardinal.phrases[pi]; len(p.toks) == 1 && langOK(p.lang, "sl") {
			return p.value
		}
	}
	return 0
}

// fractionOK keeps "half" and "a third" to their fraction use: not "the
// first half of 2024", "a third country".
func (sc *scan) fractionOK(i, n int) bool {
	prev, next := sc.tok(i-1), sc.tok(i+n)
	if prev != nil {
		switch prev.lower {
		case "first", "second", "the", "perv", "первая", "первой", "первую", "вторая", "второй", "бірінші", "екінші",
			"prva", "prvi", "druga", "drugi", "prve", "druge":
			return false
		}
	}
	if sc.lang != "en" {
		return true
	}
	if next == nil {
		return prev != nil && sc.lx.approxBefore.has(sc.toks, i-1, sc.lang)
	}
	switch next.lower {
	case "of", "its", "the", "their", "his", "her", "our", "a", "an", "all", "these", "those", "that":
		return true
	}
	// "nearly half", "over half" end a clause.
	if _, m := sc.lx.approxBefore.endingAt(sc.toks, i-1, sc.lang); m > 0 {
		return true
	}
	return false
}

// multiplierOK keeps "twice" to comparisons ("twice as many"), not "twice a
// year".
func (sc *scan) multiplierOK(i, n int) bool {
	t := &sc.toks[i]
	if t.lower != "twice" && t.lower != "thrice" {
		return true
	}
	next := sc.tok(i + n)
	if next == nil {
		return false
	}
	switch next.lower {
	case "as", "the", "that", "more", "higher", "lower", "larger", "smaller", "less":
		return true
	}
	return false
}

// countWordOK decides whether a bare number word states a count: "four
// agreements were signed", "Of 68 candidates, four have begun"; but not
// "one of", "the three countries", "the two sides", "both".
func (sc *scan) countWordOK(i int, v float64) bool {
	if v == 1 {
		return false
	}
	if p := sc.tok(i - 1); p != nil && sc.lx.determiner.hasTok(p, sc.lang) {
		return false
	}
	if p := sc.tok(i - 2); p != nil && sc.tok(i-1).kind == tWord && sc.lx.determiner.hasTok(p, sc.lang) &&
		!sc.lx.stop.hasTok(&sc.toks[i-1], sc.lang) {
		// "the other three", "басқа үш"
		if sc.lang != "en" {
			return false
		}
	}
	if p := sc.tok(i - 1); p != nil && isOpenQuote(p.text) {
		return false // «төрт бостандығы»: a name
	}
	next := sc.tok(i + 1)
	if next == nil || next.kind != tWord {
		return false
	}
	if next.lower == "of" {
		return false
	}
	// Kazakh "екі тарапқа да": both.
	if sc.lang == "kk" {
		if n2 := sc.tok(i + 2); n2 != nil && (n2.lower == "да" || n2.lower == "де" || n2.lower == "та" || n2.lower == "те") {
			return false
		}
	}
	return true
}

func isOpenQuote(s string) bool {
	return s == "«" || s == "\"" || s == "“" || s == "„" || s == "'" || s == "‘"
}

// bareScaleOK keeps a scale word without a figure to "a million people",
// "more than a million", "миллионнан астам"; not "millions of".
func (sc *scan) bareScaleOK(i, n int) bool {
	prev := sc.tok(i - 1)
	if prev != nil && prev.kind == tNum {
		return false
	}
	if prev != nil {
		switch prev.lower {
		case "a", "one", "бір", "один", "en", "одного":
			return true
		}
		if sc.lx.approxBefore.has(sc.toks, i-1, sc.lang) {
			return true
		}
		if _, m := sc.lx.approxBefore.endingAt(sc.toks, i-1, sc.lang); m > 0 {
			return true
		}
	}
	if sc.lang == "kk" {
		if p, _ := sc.lx.approxAfter.at(sc.toks, i+n, sc.lang); p != nil {
			return true
		}
	}
	return false
}

// accept decides which quantities are claims. Figures with a unit word
// (%, a currency, times, a scale, a duration) are; a bare count is when a
// noun follows it, a verb states it ("reached 384", "were 13"), or it
// continues a list of counts ("760 to the Russian Federation, 85 to ...").
func (sc *scan) accept() {
	sc.groupLists()
	for _, q := range sc.qs {
		sc.findNoun(q)
		if sc.durationIsTimeReference(q) {
			continue
		}
		switch {
		case q.unit != "" && q.unit != "persons" && q.unit != "count":
			q.accepted = true
		case q.noun >= 0:
			q.accepted = true
		case q.scaleName != "":
			q.accepted = true
		case q.approx != "exact" && q.approx != "range" && !q.word:
			q.accepted = true
		case sc.statedByVerb(q):
			q.accepted = true
		}
		if q.word && q.unit == "" && (q.noun < 0 && !sc.statedByVerb(q) || sc.structuralNoun(q)) {
			q.accepted = false
		}
		// "10.000 Uzbekistan nationals": a dot that groups thousands.
		if t := &sc.toks[q.num]; t.kind == tNum && t.num.DotThousands && q.noun >= 0 && q.unit == "" && q.scaleName == "" && !q.isRange {
			n := t.num.Thousands()
			q.value, q.low, q.high = n.Value, n.Low, n.High
			sc.applyApprox(q)
		}
	}
	// List members take the unit of the list.
	for _, q := range sc.qs {
		if q.accepted || q.list < 0 {
			continue
		}
		for _, o := range sc.qs {
			if o != q && o.list == q.list && o.accepted {
				q.accepted = true
				break
			}
		}
	}
	// "с 1 200 000 до 1 020 000 человек": the first end of a change.
	for _, q := range sc.qs {
		if q.accepted || q.word {
			continue
		}
		for _, o := range sc.qs {
			if o.accepted && sc.changePair(q, o) {
				q.accepted = true
				break
			}
		}
	}
	sc.shareListUnits()
	kept := sc.qs[:0] // filtered in place
	for _, q := range sc.qs {
		if q.accepted {
			kept = append(kept, q)
		} else {
			for k := q.a; k < q.b; k++ {
				sc.toks[k].used = false
			}
		}
	}
	sc.qs = kept
}

// durationIsTimeReference reports a duration that dates rather than
// measures: "over the past four to five years", "20 years ago".
func (sc *scan) durationIsTimeReference(q *quantity) bool {
	switch q.unit {
	case "days", "weeks", "months", "years":
	default:
		return false
	}
	// Look back over a range of number words: "over the past four to five years".
	for k := q.a - 1; k >= 0 && k >= q.a-4; k-- {
		if _, n := sc.lx.past.endingAt(sc.toks, k, sc.lang); n > 0 {
			return true
		}
		t := &sc.toks[k]
		if !(t.kind == tNum || isDash(t.text) || t.lower == "to" || t.lower == "or" || sc.lx.cardinal.has(sc.toks, k, sc.lang)) {
			break
		}
	}
	if p, _ := sc.lx.ago.at(sc.toks, q.b, sc.lang); p != nil {
		return true
	}
	// "a 12-year span": an adjective.
	if t := sc.tok(q.num + 1); t != nil && isHyphen(t.text) && !t.space {
		return true
	}
	return false
}

// findNoun finds the noun a bare figure counts: the next content word,
// possibly after adjectives and place adjectives ("5166 Uzbek citizens",
// "29 licensed organizations", "165 000 заңсыз еңбек мигранттары"); a
// person noun among the next few words makes it a count of people, unless
// it only qualifies the head ("800 worker quotas").
func (sc *scan) findNoun(q *quantity) {
	if q.unit != "" && q.unit != "persons" && q.unit != "count" {
		return
	}
	first := -1
	seen := 0
	for k := q.b; k < len(sc.toks) && seen < 4; k++ {
		t := &sc.toks[k]
		if t.kind == tPunct {
			if isHyphen(t.text) && !t.space && k > q.b {
				continue
			}
			break
		}
		if t.kind != tWord {
			break
		}
		if p, n := sc.lx.person.at(sc.toks, k, sc.lang); p != nil {
			// "800 worker quotas": a plural noun after the person noun is the head.
			if h := sc.tok(k + n); h != nil && sc.lang == "en" && h.kind == tWord &&
				sc.contentWord(k+n) && strings.HasSuffix(h.lower, "s") && !sc.lx.person.has(sc.toks, k+n, sc.lang) &&
				sc.x.placeAt(h.start) == nil {
				q.noun, q.person = k+n, false
				return
			}
			q.noun, q.person = k, true
			return
		}
		if m := sc.x.placeAt(t.start); m != nil {
			end := k
			for end+1 < len(sc.toks) && sc.toks[end+1].start < m.End {
				end++
			}
			nt := sc.tok(end + 1)
			if m.Role == "demonym" || (m.Role == "adjective" && first < 0 &&
				(nt == nil || nt.kind != tWord || !sc.contentWord(end+1) || sc.x.verbLike(nt.lower, sc.lang) || strings.HasSuffix(nt.lower, "ing"))) {
				// "200,000 Russians", "89,000 Turkmen visiting"
				q.noun, q.person = k, true
				return
			}
			k = end
			seen++
			continue // a place adjective: "Uzbek", "Uzbekistan nationals"
		}
		if isUpper(t.text) && sc.lang == "en" {
			break
		}
		if !sc.contentWord(k) {
			break
		}
		seen++
		if sc.x.verbLike(t.lower, sc.lang) {
			// "29 licensed organizations": a participle before the noun.
			if sc.tok(k+1) != nil && sc.tok(k+1).kind == tWord && sc.contentWord(k+1) {
				continue
			}
			break
		}
		if first < 0 {
			first = k
		}
	}
	if first >= 0 {
		q.noun = first
	}
}

// contentWord reports a word that can be (part of) the noun a figure
// counts: not a function word, month, label or verb of statement, and at
// least two letters long.
func (sc *scan) contentWord(k int) bool {
	t := sc.tok(k)
	if t == nil || t.kind != tWord || utf8.RuneCountInString(t.lower) < 2 {
		return false
	}
	lx := sc.lx
	return !lx.stop.hasTok(t, sc.lang) && !lx.month.hasTok(t, sc.lang) &&
		!lx.labelAfter.hasTok(t, sc.lang) && !lx.linkAfter.hasTok(t, sc.lang) &&
		!lx.yearWord.hasTok(t, sc.lang)
}

// structuralNoun reports a number word that counts parts of a text or plan
// ("four stages", "three primary approaches", "treh držav").
func (sc *scan) structuralNoun(q *quantity) bool {
	seen := 0
	for k := q.b; k < len(sc.toks) && seen < 3; k++ {
		t := &sc.toks[k]
		if t.kind != tWord {
			if isHyphen(t.text) {
				continue
			}
			break
		}
		if sc.lx.structural.hasTok(t, sc.lang) {
			return true
		}
		if sc.lx.person.has(sc.toks, k, sc.lang) {
			return false
		}
		seen++
	}
	return false
}

// statedByVerb reports a bare figure stated by a verb: "has reached 384",
// "was 7,037,590", "13 were", "Of 68 candidates, four have begun".
func (sc *scan) statedByVerb(q *quantity) bool {
	if _, n := sc.lx.linkBefore.endingAt(sc.toks, q.a-1, sc.lang); n > 0 {
		return true
	}
	if p, _ := sc.lx.linkAfter.at(sc.toks, q.b, sc.lang); p != nil {
		return true
	}
	// "increasing agreements ... to 30"
	if t := sc.tok(q.a - 1); t != nil && (t.lower == "to" || t.lower == "до" || t.lower == "do" || t.lower == "na" && sc.lang == "sl") && sc.changeVerbBefore(q.a-1) {
		return true
	}
	// "down from 15,000", "rising from 2.1 million": the start of a change.
	if t := sc.tok(q.a - 1); t != nil && (t.lower == "from" || t.lower == "с" || t.lower == "od" || t.lower == "s") && sc.changeVerbBefore(q.a-1) {
		return true
	}
	// "122 of them", "26 of 35 citizens"
	if t := sc.tok(q.b); t != nil && t.lower == "of" {
		if n := sc.tok(q.b + 1); n != nil && (n.kind == tNum || n.lower == "them" || n.lower == "these" || n.lower == "those") {
			return true
		}
	}
	return false
}

// groupLists links figures printed as one list: "21% and 19%", "32 және
// тиісінше 49 пайызын", "760 to the Russian Federation, 85 to Kyrgyzstan".
func (sc *scan) groupLists() {
	id := 0
	for k := 1; k < len(sc.qs); k++ {
		a, b := sc.qs[k-1], sc.qs[k]
		if sc.listGap(a.b, b.a) {
			if a.list < 0 {
				a.list = id
				id++
			}
			b.list = a.list
		}
	}
	for _, q := range sc.qs {
		if q.list >= 0 && sc.respectivelyIn(q) {
			q.resp = true
		}
	}
}

// listGap reports whether the tokens between two figures only join list
// members: a connector, and at most a short prepositional phrase naming a
// place or period ("760 to the Russian Federation, 85").
func (sc *scan) listGap(from, to int) bool {
	if to-from > 14 || to <= from {
		return false
	}
	hasConn := false
	for k := from; k < to; k++ {
		t := &sc.toks[k]
		if k == to-1 && sc.lx.rangeFrom.has(sc.toks, k, sc.lang) {
			return false // "..., from 467,300 to": a change, not a list member
		}
		if p, n := sc.lx.list.at(sc.toks, k, sc.lang); p != nil {
			hasConn = true
			k += n - 1
			continue
		}
		if t.time || t.kind == tPunct && (t.text == "(" || t.text == ")" || isDash(t.text)) {
			continue
		}
		if sc.x.placeAt(t.start) != nil {
			continue
		}
		if t.kind == tWord && (sc.lx.stop.hasTok(t, sc.lang) || sc.lx.migrantActivity.hasTok(t, sc.lang) ||
			sc.lx.person.has(sc.toks, k, sc.lang) || sc.lx.linkAfter.hasTok(t, sc.lang)) {
			continue
		}
		if p, n := sc.lx.listing.at(sc.toks, k, sc.lang); p != nil {
			k += n - 1
			continue
		}
		if t.kind == tWord && (t.lower == "another" || t.lower == "further" || t.lower == "other" || t.lower == "nations" || t.lower == "countries") {
			continue
		}
		return false
	}
	return hasConn
}

// respectivelyIn reports a "respectively" word among the list q belongs to.
func (sc *scan) respectivelyIn(q *quantity) bool {
	lo, hi := q.a, q.b
	for _, o := range sc.qs {
		if o.list == q.list {
			lo, hi = minInt(lo, o.a), maxInt(hi, o.b)
		}
	}
	for k := maxInt(0, lo-3); k < len(sc.toks) && k < hi+16; k++ {
		if k > hi && (sc.toks[k].text == ";" || sc.toks[k].kind == tNum) {
			break
		}
		if sc.lx.respectively.has(sc.toks, k, sc.lang) {
			return true
		}
	}
	return false
}

// shareListUnits gives bare list members the unit and scale of the member
// that prints them: "32 and 49 percent", "467,300 to 392,800 migrants".
func (sc *scan) shareListUnits() {
	for _, q := range sc.qs {
		if !q.accepted {
			continue
		}
		var donor *quantity
		for _, o := range sc.qs {
			if o == q || !o.accepted {
				continue
			}
			// A member takes the unit of one printed before it in the list
			// ("4,000 individuals ..., 760 to ..."), or after it only across a
			// conjunction ("32 and 49 percent"), not across a bare comma.
			if o.list >= 0 && o.list == q.list && (o.a < q.a || sc.conjunctionBetween(q.b, o.a)) || sc.changePair(q, o) || sc.partitive(q, o) {
				if o.unit != "" || o.noun >= 0 {
					if donor == nil || absInt(o.a-q.a) < absInt(donor.a-q.a) {
						donor = o
					}
				}
			}
		}
		if donor == nil {
			continue
		}
		if q.unit == "" && q.noun < 0 {
			q.unit = donor.unit
			q.person = donor.person
			if donor.noun >= 0 && q.unit == "" {
				if donor.person {
					q.unit = "persons"
				} else {
					q.unit = "count"
				}
			}
		}
		if q.scaleName == "" && donor.scaleName != "" && q.unit == donor.unit && q.a < donor.a && !q.word && donor.a-q.b <= 3 {
			f := scaleFactor(donor.scaleName)
			q.scaleName = donor.scaleName
			q.value *= f
			q.low *= f
			q.high *= f
		}
	}
}

// conjunctionBetween reports a list conjunction ("and", "және", "in") or
// "respectively" between two figures.
func (sc *scan) conjunctionBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if p, _ := sc.lx.list.at(sc.toks, k, sc.lang); p != nil && sc.toks[k].kind == tWord {
			return true
		}
	}
	return false
}

// partitive reports "26 of 35 citizens": q is a part of o.
func (sc *scan) partitive(q, o *quantity) bool {
	t := sc.tok(q.b)
	return t != nil && t.lower == "of" && o.a == q.b+1
}

// changePair reports "from X to Y": q is X and o is Y; only the time of X
// may come between ("from 1.2 million (2023) to 698 thousand").
func (sc *scan) changePair(q, o *quantity) bool {
	if o.a <= q.b || o.a-q.b > 7 {
		return false
	}
	// Kazakh: "1,2 миллионнан 698 мыңға дейін": the ablative marks "from".
	if sc.lang == "kk" && isKazakhAblative(q.kkCase) && o.a-q.b <= 2 {
		for k := q.b; k < o.a; k++ {
			if !sc.toks[k].time {
				return false
			}
		}
		return true
	}
	sawTo := false
	for k := q.b; k < o.a; k++ {
		t := &sc.toks[k]
		switch {
		case t.lower == "to" || t.lower == "до" || t.lower == "do" || t.lower == "na" && sc.lang == "sl":
			sawTo = true
		case t.time || t.text == "(" || t.text == ")" || t.lower == "in" || t.lower == "в" || t.lower == "v":
		default:
			return false
		}
	}
	return sawTo
}

func scaleFactor(name string) float64 {
	switch name {
	case "thousand":
		return 1e3
	case "million":
		return 1e6
	case "billion":
		return 1e9
	case "trillion":
		return 1e12
	}
	return 1
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func absInt(a int) int {
	if a < 0 {
		return -a
	}
	return a
}

// decadeAt reports a decade written as a year with a glued ending: "1990s",
// "2000-х", "2000-е", "1990ih".
func (sc *scan) decadeAt(i int) bool {
	t := sc.tok(i)
	if t == nil || t.kind != tNum || len(t.text) != 4 || t.num.Decimals != 0 || t.num.Grouped {
		return false
	}
	if y := int(t.num.Value); y < 1800 || y > 2100 || y%10 != 0 {
		return false
	}
	next := sc.tok(i + 1)
	if next == nil || next.space {
		return false
	}
	switch next.lower {
	case "s", "ies", "ih":
		return true
	}
	if isHyphen(next.text) {
		if w := sc.tok(i + 2); w != nil && !w.space && (w.lower == "х" || w.lower == "е" || w.lower == "ih" || w.lower == "s") {
			return true
		}
	}
	return false
}
