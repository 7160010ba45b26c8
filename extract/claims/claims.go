// Package claims extracts numeric claims from a document: every number that
// states a measured or reported quantity ("almost 20% of the country's
// population", "165 000 заңсыз еңбек мигранттары", "3–4 million"), with the
// interval its wording allows, its unit, the entity and indicator it is
// about, its period, its source, and whether it is hedged. Numbers that are
// labels (years, dates, page, figure, law and reference numbers, identifiers)
// are recognised as such and left out; the dates among them give the claims
// their periods.
//
// Conventions (intervals, units, ids, periods) are those of
// corpus/eval/gold/README.md. Word lists and rules are data files under
// data/, loaded once by Load.
package claims

import (
	"bytes"
	"cmp"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/entity"
)

// Claim is one numeric claim.
type Claim struct {
	Span doc.Span `json:"span"`
	Text string   `json:"text"`
	// Value is the stated figure (scale words multiplied out), nil for a range.
	Value *float64 `json:"value"`
	// Low and High bound what the wording allows (README conventions).
	Low  float64 `json:"low"`
	High float64 `json:"high"`
	// Unit: percent, persons, count, times, share, days, weeks, months,
	// years, or an ISO 4217 code.
	Unit string `json:"unit"`
	// Approx: exact, about, almost, over, under, range.
	Approx string `json:"approx"`
	// Entity, Origin and Destination are gazetteer ids or "".
	Entity      string `json:"entity"`
	Origin      string `json:"origin"`
	Destination string `json:"destination"`
	// Indicator is an indicator id of the README, "other" when none fits.
	Indicator string  `json:"indicator"`
	Period    *Period `json:"period"`
	// Source is the Ref of the citation or attribution in the claim's
	// sentence nearest to it, or "".
	Source string `json:"source"`
	// Hedged marks a figure given as uncertain (may, estimated, potentially).
	Hedged bool `json:"hedged"`
	// Scale is the scale word printed: "", "thousand", "million", "billion".
	Scale string `json:"scale"`
	// Qualifier is the definition word that matters when figures are
	// compared: registered, official, estimated, survey, census, or "".
	Qualifier string `json:"qualifier"`
	// Respectively marks a member of a "respectively" list.
	Respectively bool `json:"respectively"`
	// Lang is the language of the claim's sentence.
	Lang string `json:"lang"`
}

// Period is the time a claim refers to.
type Period struct {
	// Start and End: "2023", "2024-01", "2024-06-30"; equal for a point.
	Start string `json:"start"`
	End   string `json:"end"`
	// Relative marks a period stated relative to the text's date ("last
	// year"); Start and End are empty when that date is unknown.
	Relative bool `json:"relative,omitempty"`
	// Text is the expression as printed.
	Text string `json:"text"`
}

// String renders the period in the README's notation: "2023", "2021-2024",
// "2024-H1", "2022-10"; other spans as "start/end".
func (p *Period) String() string {
	if p == nil || p.Start == "" {
		return ""
	}
	if p.End == "" || p.End == p.Start {
		return p.Start
	}
	if len(p.Start) == 4 && len(p.End) == 4 {
		return p.Start + "-" + p.End
	}
	if len(p.Start) == 7 && len(p.End) == 7 && p.Start[:4] == p.End[:4] {
		switch p.Start[5:] + p.End[5:] {
		case "0106":
			return p.Start[:4] + "-H1"
		case "0712":
			return p.Start[:4] + "-H2"
		case "0112":
			return p.Start[:4]
		}
	}
	return p.Start + "/" + p.End
}

// Context carries what other extractors own: spans that are not claims
// (citation callouts, the reference list, legal-act numbers) and the
// citations and attributions a claim can be sourced to.
type Context struct {
	Exclude []doc.Span
	Sources []Source
}

// Source is a citation or attribution found in the document.
type Source struct {
	Span doc.Span
	// Ref is an opaque id of the cited reference, work or organization.
	Ref string
	// DatesData: the source is an organization, so the year of its callout
	// ("IOM (2019) found ...") dates the figures it reports; a scholar's
	// publication year does not.
	DatesData bool
}

// extractor is the state of one Extract call.
type extractor struct {
	d   *doc.Document
	lx  *Lexicon
	ctx Context
	// ents are gazetteer mentions of the text outside the reference list
	// (all of them or those needed so far, see allEnts), found in words,
	// the words of wordRanges (their spans of text and of words); wordBuf
	// holds the words of a sentence that lies in none.
	ents       []entity.Match
	words      []entity.Word
	wordRanges []wordRange
	wordBuf    []entity.Word
	// wordNext is the word of words after the last sentence's
	// (sentenceWords).
	wordNext int
	// allEnts: ents holds every mention of those spans. Otherwise
	// (lazily, the default) it holds those of the sentences scanned so far,
	// found on the way (findSentence): the other sentences' mentions are
	// only read to update lastPlace and lastEntity, and pend defers that
	// until one of them is read, by when a later sentence has mostly set
	// it anew (most of the text is in sentences not scanned).
	// entRange and entNext are where the last search stopped (a range and
	// a word of it that no mention covers).
	allEnts           bool
	entRange, entNext int
	// curSpan is the sentence being scanned; curFound that its mentions
	// are in ents (sentEnts finds them when first read: most sentences
	// without figures never read them).
	curSpan  doc.Span
	curFound bool
	pend     []entityNote
	// pendEntFrom and pendPlaceFrom are the first notes of pend that can
	// still change lastEntity and lastPlace.
	pendEntFrom, pendPlaceFrom int
	tmpEnts                    []entity.Match
	// docTopicSet: docTopic is known (else it is counted when read).
	docTopicSet bool
	// year is the year the text was published (0 if unknown), once
	// yearKnown (docYear reads it when a relative year first needs it: most
	// documents state none, and finding it lowers 6 KB of text).
	year      int
	yearKnown bool
	// topics holds, per paragraph, the entity its heading names ("" none).
	topics   []string
	docTopic string

	// Carried from sentence to sentence.
	// lastPlace is the last country the paragraph named as where people
	// are or go ("in Russia"), for "in this country" after it.
	lastPlace      string
	lastEntity     string
	lastEntityPara int // the paragraph lastEntity was named in
	lastPeriod     *Period
	// lastPeriodFromClaims marks a period that dated figures (it carries to
	// the next sentence); one only stated by a sentence carries only to a
	// sentence that continues it.
	lastPeriodFromClaims bool
	// sentNo counts the sentences read; lastPeriodSent is the one that
	// stated lastPeriod when no figure did, lastPeriodFrame that it stated it
	// as the sentence's frame ("In 2024, the IOM interviewed ...").
	sentNo, lastPeriodSent int
	lastPeriodFrame        bool
	// lastPeriodSpan and lastPeriodLang are the sentence that stated
	// lastPeriod: a next sentence naming one of its proper names again
	// ("Crocus City Hall") is about the same event and time
	// (scan.lastPeriodNames).
	lastPeriodSpan doc.Span
	lastPeriodLang string
	// lastPlan is the period in the title of the last plan the paragraph
	// named ("Strategy 'Uzbekistan – 2030'"), for "This strategy has ...".
	lastPlan *Period
	// claimsPeriodSent is the sentence whose figures set lastPeriod;
	// claimsPeriodPlan that they took it from a plan's title, a weak dating
	// that reaches the next sentence only.
	claimsPeriodSent int
	claimsPeriodPlan bool
	// lastSpan is the last span of years stated in the section.
	lastSpan          *Period
	lastIndicator     string
	lastCountedPeople bool // the last sentence with claims counted people
	lastUnit          string
	lastPara          int
	// captions maps "figure 4" to the period its caption states.
	captions map[string]Period

	out []Claim
	// tokBuf is the token buffer the sentences share; the buffers swap so
	// that prevToks keeps the tokens of the sentence scanned before
	// (prevToksSpan read as prevToksLang), for previousCues.
	tokBuf, prevToks []token
	tokSpan          doc.Span
	tokLang          string
	tokOK            bool
	prevToksSpan     doc.Span
	prevToksLang     string
	prevToksOK       bool
	// cueToks holds the tokens of a sentence before that was not scanned
	// (previousCues).
	cueToks []token
	// lastCues are the cues scan.cues found in the sentence scanned before
	// (its span and language lastCuesSpan and lastCuesLang, once
	// lastCuesOK), which previousCues reads when that is the sentence it
	// wants; cuesSpan, cuesLang and cuesOK those of cueBuf's.
	lastCues               []cueHit
	lastCuesSpan, cuesSpan doc.Span
	lastCuesLang, cuesLang string
	lastCuesOK, cuesOK     bool
	// cueBuf and prevCueBuf are the buffers of scan.cues and previousCues,
	// clauseBuf that of scan.clauses.
	cueBuf, prevCueBuf []cueHit
	clauseBuf          []int
	// quotedBuf is the buffer of scan.quoted.
	quotedBuf []bool
	// qsBuf is the buffer of scan.qs, and periodBuf, inheritedBuf and
	// ownedBuf those of scan.assignPeriods: a sentence's figures are done
	// with when the next sentence is read.
	qsBuf []*quantity
	// qSlab holds the quantities of the sentence (scan.newQuantity).
	qSlab []quantity
	// values holds the claims' values (newValue).
	values []float64
	// prevWeights is the buffer of scan.previousCues.
	prevWeights []float64
	// hedgeBuf, qualBuf and openBuf are the buffers of scan.hits.
	hedgeBuf, qualBuf, openBuf []phraseHit
	// periods holds the claims' and carried periods (newPeriod).
	periods      []Period
	periodBuf    []*Period
	inheritedBuf []bool
	ownedBuf     []int
	ownerOfBuf   []int
	// timesBuf is the buffer of scan.times, mentBuf that of scan.mentions,
	// resolvedBuf that of the figures' entities in scan.attributes, and
	// ownerBuf and kindBuf those of scan.bindMentions.
	timesBuf          []timeExpr
	mentBuf           []mention
	resolvedBuf       []resolved
	ownerBuf, kindBuf []int
	// idc caches the word numbers of the document's tokens (words.assign),
	// cuec the cue phrases they start (cueHits).
	idc  *idCache
	cuec *cueCache
	// trigc caches worthScanning's verdicts on the document's words.
	trigc *triggerCache
	// lowc caches the lower-case forms of its capitalized words (tokenize).
	lowc *lowerCache
	// srcMaxLen is the length of the longest source span (scan.sources).
	srcMaxLen int
	// everySet: the scans read every phrase set (see extract).
	everySet bool
	// superscripts are the superscript marks, sorted.
	superscripts []doc.Span
	// paraHint is the paragraph paragraphOf found last, paraSorted that
	// the paragraphs' ends ascend (so that it may start there).
	paraHint   int
	paraSorted bool
}

// Extract returns the numeric claims of d in text order.
func Extract(d *doc.Document, lx *Lexicon, ctx Context) []Claim {
	return extract(d, lx, ctx, false, false)
}

// extract is Extract; allEnts finds every mention first, as the lazy
// search must match, and everySet reads every phrase set in every
// sentence, as the shortcuts of scan.absent must match (the tests compare
// them).
func extract(d *doc.Document, lx *Lexicon, ctx Context, allEnts, everySet bool) []Claim {
	if d == nil || lx == nil || d.Text == "" {
		return nil
	}
	x := &extractor{d: d, lx: lx, ctx: ctx, lastPara: -1, entRange: -1, curFound: true, everySet: everySet}
	// slices.SortFunc is sort.Slice's pdqsort without its reflection
	// swapper: the same order, ties included (the caller's Exclude is
	// sorted in place and read on by later stages); a stable sort has one
	// result whatever the algorithm.
	slices.SortFunc(x.ctx.Exclude, cmpStart)
	slices.SortStableFunc(x.ctx.Sources, func(a, b Source) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
	for _, s := range x.ctx.Sources {
		x.srcMaxLen = max(x.srcMaxLen, s.Span.End-s.Span.Start)
	}
	sb, _ := lx.scratch.Get().(*scratch)
	if sb == nil {
		// About one word in six bytes of text (and the gap after it).
		sb = &scratch{words: make([]entity.Word, 0, len(d.Text)/6+64)}
	}
	x.words, x.ents, x.wordBuf, x.out = sb.words[:0], sb.ents[:0], sb.wordBuf[:0], sb.out[:0]
	x.tmpEnts, x.pend = sb.tmpEnts[:0], sb.pend[:0]
	x.tokBuf, x.prevToks, x.cueToks, x.quotedBuf = sb.tokBuf[:0], sb.prevToks[:0], sb.cueToks[:0], sb.quotedBuf
	x.cueBuf, x.lastCues = sb.cueBuf[:0], sb.lastCues[:0]
	if x.idc = sb.idc; x.idc == nil {
		x.idc = new(idCache)
	}
	if x.cuec = sb.cuec; x.cuec == nil {
		x.cuec = new(cueCache)
	}
	if x.trigc = sb.trigc; x.trigc == nil {
		x.trigc = new(triggerCache)
	}
	if x.lowc = sb.lowc; x.lowc == nil {
		x.lowc = new(lowerCache)
	}
	defer func() {
		// The tokens point into the text: let it go.
		clear(x.tokBuf[:cap(x.tokBuf)])
		clear(x.prevToks[:cap(x.prevToks)])
		clear(x.cueToks[:cap(x.cueToks)])
		clear(x.out)
		clear(x.idc[:])
		clear(x.cuec[:])
		clear(x.trigc[:])
		clear(x.lowc[:])
		clear(x.pend)
		*sb = scratch{out: x.out, words: x.words, ents: x.ents, tmpEnts: x.tmpEnts, pend: x.pend[:0], wordBuf: x.wordBuf, tokBuf: x.tokBuf, prevToks: x.prevToks, cueToks: x.cueToks, quotedBuf: x.quotedBuf, cueBuf: x.cueBuf, lastCues: x.lastCues, idc: x.idc, cuec: x.cuec, trigc: x.trigc, lowc: x.lowc}
		lx.scratch.Put(sb)
	}()
	x.findOutsideReferences()
	if allEnts {
		x.findAll()
	}
	for _, m := range d.Marks {
		if m.Kind == "superscript" {
			x.superscripts = append(x.superscripts, m.Span)
		}
	}
	slices.SortFunc(x.superscripts, cmpStart)
	x.paraSorted = slices.IsSortedFunc(d.Paragraphs, func(a, b doc.Paragraph) int { return cmp.Compare(a.Span.End, b.Span.End) })
	x.topics = x.headingTopics()
	x.captions = x.captionPeriods()
	sents := d.Sentences
	if len(sents) == 0 {
		for _, p := range d.Paragraphs {
			sents = append(sents, doc.Sentence{Span: p.Span, Lang: p.Lang})
		}
		if len(sents) == 0 {
			sents = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(d.Text)}, Lang: "und"}}
		}
	}
	refs := newReferencesCursor(d)
	for _, s := range sents {
		if s.Span.Start < 0 || s.Span.End > len(d.Text) || s.Span.Start >= s.Span.End {
			continue
		}
		if refs.in(s.Span.Start) {
			continue
		}
		x.sentence(s)
	}
	spanChanges(d, x.out)
	if len(x.out) == 0 {
		return nil
	}
	// x.out is a buffer for the next call: the caller gets a copy of the
	// claims, one allocation of the right size.
	return slices.Clone(x.out)
}

// referencesCursor answers d.InSection(off, doc.SectionReferences) for the
// sentence starts without scanning the sections per sentence: when they are
// disjoint and in order, the answer holds over a section or the gap before
// it, and the next sentence mostly lies in the same one.
type referencesCursor struct {
	d       *doc.Document
	ordered bool
	// from and until bound the offsets that answer inRefs (empty when
	// the sections are not in order).
	from, until int
	inRefs      bool
}

func newReferencesCursor(d *doc.Document) referencesCursor {
	ordered := true
	for i, s := range d.Sections {
		if s.Span.Start > s.Span.End || i > 0 && d.Sections[i-1].Span.End > s.Span.Start {
			ordered = false
			break
		}
	}
	return referencesCursor{d: d, ordered: ordered}
}

// in reports d.InSection(off, doc.SectionReferences).
func (c *referencesCursor) in(off int) bool {
	if c.from <= off && off < c.until {
		return c.inRefs
	}
	return c.seek(off)
}

// seek answers in for an offset outside [c.from, c.until) and moves them to
// the section or gap that holds it.
func (c *referencesCursor) seek(off int) bool {
	if !c.ordered {
		return c.d.InSection(off, doc.SectionReferences)
	}
	secs := c.d.Sections
	i := 0
	for i < len(secs) && secs[i].Span.End <= off {
		i++
	}
	c.from, c.until, c.inRefs = math.MinInt, math.MaxInt, false
	if i > 0 {
		c.from = secs[i-1].Span.End
	}
	if i < len(secs) {
		if secs[i].Span.Start <= off {
			c.from, c.until, c.inRefs = secs[i].Span.Start, secs[i].Span.End, secs[i].Kind == doc.SectionReferences
		} else {
			c.until = secs[i].Span.Start
		}
	}
	return c.inRefs
}

// cmpStart orders spans by their start (ties as sort.Slice leaves them, see
// extract).
func cmpStart(a, b doc.Span) int { return cmp.Compare(a.Start, b.Start) }

// scratch holds the buffers of an Extract call that a later call reuses
// (Lexicon.scratch), so that a document does not grow its own from empty.
type scratch struct {
	out              []Claim
	words, wordBuf   []entity.Word
	ents, tmpEnts    []entity.Match
	pend             []entityNote
	tokBuf, prevToks []token
	cueToks          []token
	quotedBuf        []bool
	// cueBuf and lastCues hold cue hits, which point into the lexicon
	// only.
	cueBuf, lastCues []cueHit
	idc              *idCache
	cuec             *cueCache
	trigc            *triggerCache
	lowc             *lowerCache
}

// sentenceLang returns the language to read a sentence with: its own, or a
// guess from its script when the document says "und".
func sentenceLang(text, lang string) string {
	switch lang {
	case "en", "ru", "kk", "sl":
		return lang
	}
	cyr, lat, kk := 0, 0, 0
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			if strings.ContainsRune("әғқңөұүһіӘҒҚҢӨҰҮҺІ", r) {
				kk++
			}
		case unicode.Is(unicode.Latin, r):
			lat++
		}
	}
	switch {
	case cyr > lat && kk > 0:
		return "kk"
	case cyr > lat:
		return "ru"
	}
	return "en"
}

// headingTopics maps every paragraph to the place its section heading names:
// a heading paragraph, or a short paragraph that is only a place name (a
// run-in "Uzbekistan" above a subsection). The document's topic is the
// country of its title when it names one (else topic counts it when read).
func (x *extractor) headingTopics() []string {
	topics := make([]string, len(x.d.Paragraphs))
	cur := ""
	// long: paragraph i has at least 15 words (found when it follows a
	// short one), so at least 4.
	long := false
	for i, p := range x.d.Paragraphs {
		// A short paragraph that only names a place heads the paragraphs
		// after it when prose follows (not a table cell among others).
		runIn := false
		if !p.Heading && !long && !atLeastWords(x.d.Slice(p.Span), 4) && i+1 < len(x.d.Paragraphs) {
			runIn = atLeastWords(x.d.Slice(x.d.Paragraphs[i+1].Span), 15)
			long = runIn
		} else {
			long = false
		}
		if p.Heading || runIn {
			if id := x.placeIn(p.Span); id != "" {
				cur = id
			} else if p.Heading {
				cur = ""
			}
		}
		topics[i] = cur
	}
	if x.d.Title != "" {
		for _, m := range x.lx.Gazetteer.Find(x.d.Title) {
			if m.Kind == entity.KindCountry {
				x.docTopic, x.docTopicSet = m.ID, true
				break
			}
		}
	}
	return topics
}

// topic returns the document's topic: the country of its title, else the
// country it names most often (at least 40% of its countries).
func (x *extractor) topic() string {
	if x.docTopicSet {
		return x.docTopic
	}
	x.docTopicSet = true
	x.findAll()
	topic := ""
	counts := map[string]int{}
	total := 0
	for _, m := range x.ents {
		if m.Kind == entity.KindCountry && !x.d.InSection(m.Start, doc.SectionReferences) {
			counts[m.ID]++
			total++
		}
	}
	best := 0
	for id, n := range counts {
		if n > best || (n == best && id < topic) {
			topic, best = id, n
		}
	}
	if total == 0 || float64(best) < 0.4*float64(total) {
		topic = ""
	}
	x.docTopic = topic
	return topic
}

// placeIn returns the first country, region or city named in s.
func (x *extractor) placeIn(s doc.Span) string {
	x.tmpEnts = x.appendWithin(x.tmpEnts[:0], s)
	for _, m := range x.tmpEnts {
		if m.Kind != entity.KindOrganization {
			return m.ID
		}
	}
	return ""
}

// paragraphOf is x.d.ParagraphIndex(off), read first at the paragraph
// found last and the one after it (the sentences come in text order): the
// first paragraph that ends after off, as the binary search finds it when
// the ends ascend.
func (x *extractor) paragraphOf(off int) int {
	ps := x.d.Paragraphs
	for k := x.paraHint; x.paraSorted && k < len(ps) && k <= x.paraHint+1; k++ {
		if ps[k].Span.End > off && (k == 0 || ps[k-1].Span.End <= off) {
			x.paraHint = k
			if ps[k].Span.Start <= off {
				return k
			}
			return -1
		}
	}
	i := x.d.ParagraphIndex(off)
	if i >= 0 {
		x.paraHint = i
	}
	return i
}

// docYear returns the year the text was published (0 if unknown).
func (x *extractor) docYear() int {
	if !x.yearKnown {
		x.year, x.yearKnown = documentYear(x.d.Text, x.lx), true
	}
	return x.year
}

// documentYear finds the publication year in the front matter: the year
// after "Published", else "Accepted", else "Received" (in the four
// languages), within the first part of the text.
func documentYear(text string, lx *Lexicon) int {
	head := text
	if len(head) > 6000 {
		head = head[:6000]
	}
	var arr [6000]byte
	lower := appendLower(arr[:0], head)
	// The first place of each cue, found in one pass over lower: a cue
	// can start at i only when the cue masks of the bytes at i to i+3
	// share its bit (every cue is longer than four bytes).
	var at [len(yearCues)]int
	for k := range at {
		at[k] = -1
	}
	left := uint16(1)<<len(yearCues) - 1 // the cues not found yet
	// yearCueFirst2 of each byte holds its masks as a first and as a second
	// byte: one read per byte serves the pair starting there and the one
	// before.
	var cur uint32
	if len(lower) > 0 {
		cur = yearCueFirst2[lower[0]]
	}
	for i := 0; i+3 < len(lower) && left != 0; i++ {
		next := yearCueFirst2[lower[i+1]]
		m := uint16(cur) & uint16(next>>16) & left
		cur = next
		if m == 0 {
			continue
		}
		m &= yearCueBytes[2][lower[i+2]] & yearCueBytes[3][lower[i+3]]
		for m != 0 {
			k := bits.TrailingZeros16(m)
			m &= m - 1
			if bytes.HasPrefix(lower[i:], []byte(yearCues[k])) {
				at[k] = i
				left &^= 1 << k
			}
		}
	}
	for k, c := range yearCues {
		i := at[k]
		if i < 0 {
			continue
		}
		window := head[i+len(c):]
		if len(window) > 60 {
			window = window[:60]
		}
		if y := firstYear(window); y > 0 {
			return y
		}
	}
	return 0
}

// yearCues are documentYear's cue words in the order it tries them.
var yearCues = [...]string{
	"published", "опубликовано", "жарияланды", "objavljeno",
	"accepted", "принято", "принята", "қабылданды", "sprejeto",
	"received", "поступила", "получено", "түсті", "prejeto",
}

// yearCueBytes[j] has bit k set for the byte j of yearCues[k].
var yearCueBytes = func() (t [4][256]uint16) {
	for k, c := range yearCues {
		for j := range t {
			t[j][c[j]] |= 1 << k
		}
	}
	return t
}()

// yearCueFirst2 packs yearCueBytes[0] (low half) and yearCueBytes[1] (high
// half) of each byte.
var yearCueFirst2 = func() (t [256]uint32) {
	for b := range t {
		t[b] = uint32(yearCueBytes[0][b]) | uint32(yearCueBytes[1][b])<<16
	}
	return t
}()

// firstYear returns the first four-digit year (1900–2100) in s.
func firstYear(s string) int {
	for i := 0; i+4 <= len(s); i++ {
		if digitRun(s, i) == 4 && (i == 0 || !isDigit(s[i-1])) {
			y, _ := strconv.Atoi(s[i : i+4])
			if y >= 1900 && y <= 2100 {
				return y
			}
			i += 3
		}
	}
	return 0
}

// atLeastWords reports whether s has at least n space-separated words
// (separated by ' ', '\n' or '\t'), reading the spaces and each word in a
// loop of its own.
func atLeastWords(s string, n int) bool {
	words := 0
	for i := 0; i < len(s); {
		for i < len(s) && wordSep[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		if words++; words >= n {
			return true
		}
		for i < len(s) && !wordSep[s[i]] {
			i++
		}
	}
	return false
}

// wordSep marks the bytes atLeastWords separates words by.
var wordSep = [256]bool{' ': true, '\n': true, '\t': true}

// wordRange is a span of text the gazetteer read and the words it read
// there, x.words[lo:hi].
type wordRange struct {
	span   doc.Span
	lo, hi int
}

// findOutsideReferences splits the text outside the reference list, where
// no claim is read, into the words the gazetteer reads (wordRanges); the
// mentions are found as they are needed (findSentence, appendWithin).
func (x *extractor) findOutsideReferences() {
	g, text := x.lx.Gazetteer, x.d.Text
	from := 0
	emit := func(to int) {
		if to <= from {
			return
		}
		lo := len(x.words)
		x.words = g.AppendWords(x.words, text, from, to)
		x.wordRanges = append(x.wordRanges, wordRange{span: doc.Span{Start: from, End: to}, lo: lo, hi: len(x.words)})
	}
	for _, s := range x.d.Sections {
		if s.Kind == doc.SectionReferences && s.Span.Start >= from && s.Span.End <= len(text) {
			emit(s.Span.Start)
			from = s.Span.End
		}
	}
	emit(len(text))
}

// findAll sets ents to every mention of the word ranges.
func (x *extractor) findAll() {
	if x.allEnts {
		return
	}
	x.allEnts = true
	x.ents = x.ents[:0]
	for _, r := range x.wordRanges {
		x.ents = x.lx.Gazetteer.AppendFindWords(x.ents, x.d.Text, x.words[r.lo:r.hi])
	}
}

// rangeWords returns the words of range r, the first that ends after
// s.Start (w0), the first that starts at or after s.Start (w) and the first
// that starts at or after s.End (stop).
func (x *extractor) rangeWords(r wordRange, s doc.Span) (ws []entity.Word, w0, w, stop int) {
	ws = x.words[r.lo:r.hi]
	w0 = sort.Search(len(ws), func(i int) bool { return ws[i].End > s.Start })
	w = w0
	for w < len(ws) && ws[w].Start < s.Start {
		w++
	}
	stop = w
	for stop < len(ws) && ws[stop].Start < s.End {
		stop++
	}
	return ws, w0, w, stop
}

// findSentence adds to ents the mentions of the sentence s about to be
// scanned (those that overlap it), searching on from where the last search
// stopped.
func (x *extractor) findSentence(s doc.Span) {
	if x.allEnts {
		return
	}
	ri := -1
	for k, r := range x.wordRanges {
		if r.span.Start <= s.Start && s.End <= r.span.End {
			ri = k
			break
		}
	}
	if ri < 0 || ri < x.entRange {
		x.findAll() // across ranges, or out of order: find them all
		return
	}
	ws, w0, _, stop := x.rangeWords(x.wordRanges[ri], s)
	lo := 0
	if ri == x.entRange {
		lo = x.entNext
	}
	x.ents, x.entNext = x.lx.Gazetteer.AppendFindWordsNear(x.ents, x.d.Text, ws, lo, w0, stop)
	x.entRange = ri
}

// sentEnts makes sure ents holds the mentions of the sentence being
// scanned.
func (x *extractor) sentEnts() {
	if !x.curFound {
		x.curFound = true
		x.findSentence(x.curSpan)
	}
}

// appendWithin appends to dst the mentions that lie within s.
func (x *extractor) appendWithin(dst []entity.Match, s doc.Span) []entity.Match {
	if x.allEnts {
		return append(dst, x.entsIn(s)...)
	}
	for ri, r := range x.wordRanges {
		if r.span.End <= s.Start || r.span.Start >= s.End {
			continue
		}
		ws, _, w, stop := x.rangeWords(r, s)
		if w >= stop {
			continue
		}
		lo := 0
		if ri == x.entRange && x.entNext <= w {
			lo = x.entNext
		}
		n := len(dst)
		dst, _ = x.lx.Gazetteer.AppendFindWordsNear(dst, x.d.Text, ws, lo, w, stop)
		// Those from before w start before s; those that end past it
		// are not within it.
		kept := dst[:n]
		for _, m := range dst[n:] {
			if m.Start >= s.Start && m.End <= s.End {
				kept = append(kept, m)
			}
		}
		dst = kept
	}
	return dst
}

// appendNear appends to dst a run of the mentions the full search finds
// (from a word no mention covers, in order) that holds every mention that
// overlaps s; false when ents holds them all or s is not within one range.
func (x *extractor) appendNear(dst []entity.Match, s doc.Span) ([]entity.Match, bool) {
	if x.allEnts {
		return dst, false
	}
	for _, r := range x.wordRanges {
		if r.span.Start <= s.Start && s.End <= r.span.End {
			ws, w0, _, stop := x.rangeWords(r, s)
			dst, _ = x.lx.Gazetteer.AppendFindWordsNear(dst, x.d.Text, ws, 0, w0, stop)
			return dst, true
		}
	}
	return dst, false
}

// entsIn returns the mentions of ents that lie within s.
func (x *extractor) entsIn(s doc.Span) []entity.Match {
	lo := sort.Search(len(x.ents), func(i int) bool { return x.ents[i].Start >= s.Start })
	hi := lo
	for hi < len(x.ents) && x.ents[hi].End <= s.End {
		hi++
	}
	return x.ents[lo:hi]
}

// sentenceWords returns the words of the sentence s: those the gazetteer
// read, when s lies in a span it read and no word crosses its ends, else
// its own.
func (x *extractor) sentenceWords(s doc.Span) []entity.Word {
	for _, r := range x.wordRanges {
		if r.span.Start > s.Start || s.End > r.span.End {
			continue
		}
		ws := x.words[r.lo:r.hi]
		// lo is the first word that ends after s.Start: read on from
		// where the last sentence's words stopped when every word before
		// that ends before s (sentences come in text order), else found by
		// a binary search.
		var lo int
		if c := x.wordNext - r.lo; c >= 0 && c <= len(ws) && (c == 0 || ws[c-1].End <= s.Start) {
			for lo = c; lo < len(ws) && ws[lo].End <= s.Start; lo++ {
			}
		} else {
			lo = sort.Search(len(ws), func(i int) bool { return ws[i].End > s.Start })
		}
		hi := lo
		for hi < len(ws) && ws[hi].Start < s.End {
			hi++
		}
		x.wordNext = r.lo + hi
		if ws = ws[lo:hi]; len(ws) == 0 || ws[0].Start >= s.Start && ws[len(ws)-1].End <= s.End {
			return ws
		}
		break
	}
	x.wordBuf = x.lx.Gazetteer.AppendWords(x.wordBuf[:0], x.d.Text, s.Start, s.End)
	return x.wordBuf
}
