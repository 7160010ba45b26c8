package legal

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// para is one paragraph of the document with its tokens.
type para struct {
	idx     int
	span    doc.Span
	toks    []token
	lang    string
	inRefs  bool
	heading bool
}

// cand is a mention being built: a token range of one paragraph plus the
// fields read so far.
type cand struct {
	p        *para
	lo, hi   int // token range of the mention text
	typ      int // index of the type word
	actType  string
	written  string // the type the word itself names (before a number prefix decides)
	lang     string
	weak     bool
	intl     bool
	unique   bool
	typeCap  bool
	kazakh   bool
	number   string
	title    string
	quoted   bool
	nameLo   int // token range of a name-style title (-1 when none)
	nameHi   int
	names    int // name words (capitalised modifiers, "of"-names, Kazakh modifiers)
	date     string
	year     int
	yearSrc  string
	period   string
	juris    string
	jurisSrc string // issuer, prefix, parties, title, context, reference
	auth     string
	parties  bool
	cited    int // year of a parenthetical citation right after the mention
	det      string
	detLo    int
	sentInit bool // the determiner (or the type word) opens its sentence

	known string // full title of a widely cited instrument ("the 1951 Convention")

	// filled later
	kind       int // kindNone, kindMention, kindAnaphor
	inRefs     bool
	published  int
	subject    string
	antecedent *cand
	index      int
}

const (
	kindNone = iota
	kindMention
	kindAnaphor
	kindPromote // a Kazakh named act that becomes a mention if its sentence dates it
)

// policy types take a bare year modifier as the end of their period
// ("Uzbekistan's 2030 strategy"), not as the year of adoption.
func isPolicyType(t string) bool { return t == "concept" || t == "strategy" || t == "programme" }

func (s *scanner) text(c *cand, lo, hi int) string {
	if lo >= hi {
		return ""
	}
	return s.d.Text[c.p.toks[lo].s:c.p.toks[hi-1].e]
}

// scanPara finds the type words of a paragraph and builds a candidate around
// each one.
func (s *scanner) scanPara(p *para) []*cand {
	var out []*cand
	floor := 0
	for i := 0; i < len(p.toks); i++ {
		tw, ok := s.lx.typeOf(p.toks[i])
		if !ok {
			continue
		}
		c := s.build(p, i, floor, tw)
		if c == nil {
			continue
		}
		out = append(out, c)
		floor = c.hi
		i = c.hi - 1
	}
	return out
}

func (s *scanner) build(p *para, i, floor int, tw typeWord) *cand {
	toks := p.toks
	c := &cand{p: p, lo: i, hi: i + 1, typ: i, actType: tw.actType, written: tw.actType, lang: tw.lang,
		weak: tw.weak, intl: tw.intl, unique: tw.unique, typeCap: toks[i].upper, nameLo: -1, nameHi: -1, detLo: -1}
	// "Development Strategy Center": an organisation named after a type word.
	if i+1 < len(toks) && toks[i+1].upper && toks[i+1].kind == tWord && s.lx.cues["org"].has(toks, i+1) {
		return nil
	}
	c.kazakh = tw.lang == "kk" || (i > 0 && isCyrillic(toks[i].text) &&
		(toks[i-1].low == "туралы" || isPunct(toks[i-1], "»") && p.lang == "kk"))
	if c.kazakh {
		s.leftKazakh(c, floor)
	} else {
		s.left(c, floor)
	}
	s.right(c)
	s.determiner(c, floor)
	return c
}

// jurisRank orders the sources of a jurisdiction: a stronger source
// replaces a weaker one.
var jurisRank = map[string]int{"": 0, "context": 1, "title": 2, "reference": 3, "parties": 4, "prefix": 5, "modifier": 5, "known": 6, "issuer": 6}

func (c *cand) setJuris(code, src string) {
	if jurisRank[src] > jurisRank[c.jurisSrc] || c.juris == "" {
		c.juris, c.jurisSrc = code, src
	}
}

func (c *cand) setYear(y int, src string) {
	if c.year == 0 {
		c.year, c.yearSrc = y, src
	}
}

func (c *cand) extendName(lo, hi int) {
	if c.nameLo < 0 || lo < c.nameLo {
		c.nameLo = lo
	}
	if hi > c.nameHi {
		c.nameHi = hi
	}
}

// left extends an English, Russian or Slovenian candidate to the left over
// authorities ("Presidential"), issuers ("Kyrgyz Republic Law",
// "Kyrgyzstan's"), year and period modifiers ("the 1951 Convention",
// "2021–2030 migration policy concept"), a quoted title before the type word
// ("\"On Population Migration\" Law") and capitalised name words
// ("Migration Policy Concept").
func (s *scanner) left(c *cand, floor int) {
	toks := c.p.toks
	lx := s.lx
	k := c.lo
	capNames := 0
	for guard := 0; guard < 16 && k-1 >= floor; guard++ {
		p := k - 1
		t := toks[p]
		if v, n := lx.auth.matchEndingAt(toks, p); n > 0 && v != "ministry" && p-n+1 >= floor {
			if c.auth == "" {
				c.auth = v
			}
			k = p - n + 1
			continue
		}
		if v, n := lx.names.matchEndingAt(toks, p); n > 0 && p-n+1 >= floor && !(p-n >= 0 && toks[p-n].low == "of") {
			c.setJuris(v, "issuer")
			k = p - n + 1
			continue
		}
		if v, n := lx.adjs.matchEndingAt(toks, p); n > 0 && p-n+1 >= floor {
			c.setJuris(v, "modifier")
			k = p - n + 1
			continue
		}
		if t.low == "'s" {
			if v, n := lx.names.matchEndingAt(toks, p-1); n > 0 && p-n >= floor {
				c.setJuris(v, "issuer")
				k = p - n
				continue
			}
			break
		}
		if per, start, ok := lx.periodEndingAt(toks, p); ok && start >= floor && c.period == "" && c.lang == "en" {
			c.period = per
			k = start
			continue
		}
		if y := yearOf(t); y > 0 && c.lang == "en" {
			if isPolicyType(c.actType) {
				if c.period == "" {
					c.period = strconv.Itoa(y)
				}
			} else {
				c.setYear(y, "text")
			}
			k = p
			continue
		}
		if isCloseQuote(toks, p) && c.title == "" {
			if o := matchQuoteBack(toks, p, floor, 80); o >= 0 {
				c.title = strings.TrimSpace(s.d.Text[toks[o].e:t.s])
				c.quoted = true
				k = o
				continue
			}
		}
		if lx.cues["ordinal"].has(toks, p) && p-1 >= floor && toks[p-1].low == "'s" {
			k = p
			continue
		}
		// "Kazakhstan-2050 Strategy": a state and a year in one word.
		if i := strings.LastIndex(t.low, "-"); t.kind == tWord && t.upper && i > 0 && c.lang == "en" {
			if y := yearOf(token{kind: tNum, text: t.low[i+1:]}); y > 0 {
				head := tokenize(t.text[:i], 0)
				if code, n := lx.names.matchAt(head, 0); n == len(head) && n > 0 {
					c.setJuris(code, "modifier")
				}
				if isPolicyType(c.actType) && c.period == "" {
					c.period = strconv.Itoa(y)
				}
				c.names++
				c.extendName(p, c.typ+1)
				k = p
				continue
			}
		}
		if c.typeCap && t.kind == tWord && t.upper && capNames < 4 && !lx.stop[t.low] &&
			!lx.cues["definite"].has(toks, p) && !lx.cues["demonstrative"].has(toks, p) && !lx.cues["indefinite"].has(toks, p) {
			if s.sentenceStart(c.p, p) && !lx.inVocabulary(t) {
				break
			}
			capNames++
			c.names++
			c.extendName(p, c.typ+1)
			k = p
			continue
		}
		if t.kind == tWord && !t.upper && c.names == 0 && c.lang == "en" {
			// Lower-case modifiers are name words only before a year or
			// period ("2021–2030 migration policy concept").
			w := 0
			for w < 3 && p-w >= floor && toks[p-w].kind == tWord && !toks[p-w].upper && !lx.stop[toks[p-w].low] {
				w++
			}
			q := p - w
			if w > 0 && q >= floor {
				if _, _, ok := lx.periodEndingAt(toks, q); ok || yearOf(toks[q]) > 0 {
					c.names += w
					c.extendName(q+1, c.typ+1)
					k = q + 1
					continue
				}
			}
		}
		// Slovenian and Russian adjectives of the title vocabulary
		// ("migracijske strategije").
		if t.kind == tWord && !t.upper && c.lang != "en" && c.names < 2 && lx.inVocabulary(t) {
			c.names++
			c.extendName(p, c.typ+1)
			k = p
			continue
		}
		break
	}
	c.lo = k
}

// leftKazakh reads Kazakh word order, where the title, date, number and
// issuer come before the type word: «…туралы» 2001 жылғы 13 желтоқсандағы
// № 267 ҚР Заңы.
func (s *scanner) leftKazakh(c *cand, floor int) {
	toks := c.p.toks
	lx := s.lx
	k := c.lo
	mods := 0
	adjacent := true // still right before the type word (modifiers allowed)
	for guard := 0; guard < 16 && k-1 >= floor; guard++ {
		p := k - 1
		t := toks[p]
		if (t.low == "туралы" || t.low == "жөніндегі") && c.title == "" {
			q := kazakhTitleStart(toks, p, floor)
			if q == p {
				break
			}
			c.title = s.d.Text[toks[q].s:t.e]
			k = q
			adjacent = false
			continue
		}
		if isCloseQuote(toks, p) && c.title == "" {
			if o := matchQuoteBack(toks, p, floor, 80); o >= 0 {
				c.title = strings.TrimSpace(s.d.Text[toks[o].e:t.s])
				c.quoted = true
				k = o
				adjacent = false
				continue
			}
		}
		if c.number == "" && p-1 >= floor && lx.markers[toks[p-1].low] && isNumberToken(t) {
			c.number = t.text
			s.applyPrefix(c)
			k = p - 1
			adjacent = false
			continue
		}
		if c.date == "" {
			if d, y, q, ok := s.dateEndingAt(toks, p, floor); ok {
				c.date = d
				c.year, c.yearSrc = y, "date"
				k = q
				adjacent = false
				continue
			}
			if p-1 >= floor && isKazakhYearWord(t) && yearOf(toks[p-1]) > 0 {
				c.setYear(yearOf(toks[p-1]), "text")
				k = p - 1
				adjacent = false
				continue
			}
		}
		if isPunct(t, ")") && p-2 >= floor && isPunct(toks[p-2], "(") {
			if y := yearOf(toks[p-1]); y > 0 {
				c.setYear(y, "text")
				k = p - 2
				adjacent = false
				continue
			}
		}
		if c.period == "" {
			found := false
			for q := p; q >= floor && q >= p-5; q-- {
				if per, e, ok := lx.bareSpan(toks, q); ok && e == p+1 {
					c.period = per
					k = q
					found = true
					break
				}
			}
			if found {
				adjacent = false
				continue
			}
		}
		if v, n := lx.auth.matchEndingAt(toks, p); n > 0 && p-n+1 >= floor {
			if c.auth == "" {
				c.auth = v
			}
			k = p - n + 1
			adjacent = false
			continue
		}
		if isInstrumental(t) && t.upper {
			q := p
			for q-1 >= floor && toks[q-1].upper && toks[q-1].kind == tWord && q > p-3 {
				q--
			}
			c.parties = true
			c.setJuris("int", "parties")
			k = q
			adjacent = false
			continue
		}
		if v, n := lx.names.matchEndingAt(toks, p); n > 0 && p-n+1 >= floor {
			c.setJuris(v, "issuer")
			k = p - n + 1
			adjacent = false
			continue
		}
		if adjacent && mods < 3 && t.kind == tWord && !isParticiple(t.low) && !kazakhStop[t.low] && !lx.stop[t.low] {
			mods++
			c.names++
			c.extendName(p, c.typ+1)
			k = p
			continue
		}
		break
	}
	c.lo = k
}

var kazakhStop = map[string]bool{
	"және": true, "мен": true, "бен": true, "пен": true, "немесе": true, "ал": true, "бірақ": true,
	"да": true, "де": true, "та": true, "те": true, "ретінде": true, "үшін": true, "сияқты": true,
	"бойынша": true, "арқылы": true, "кейін": true, "дейін": true, "бастап": true, "жаңа": true,
	"бұл": true, "осы": true, "аталған": true, "сол": true, "оның": true, "олардың": true, "бір": true,
	"шеңберінде": true, "арасында": true, "жылы": true, "жылғы": true,
}

// kazakhTitleStart walks back from "туралы" over the words of an unquoted
// Kazakh title, stopping at punctuation, numbers, participles ("берілген"),
// conjunctions of clauses and the other party of an agreement.
func kazakhTitleStart(toks []token, p, floor int) int {
	q := p
	for n := 0; n < 8 && q-1 >= floor; n++ {
		t := toks[q-1]
		if t.kind != tWord {
			break
		}
		if isParticiple(t.low) || t.low == "немесе" || t.low == "ал" || t.low == "бірақ" || t.low == "және" && n == 0 {
			break
		}
		if isInstrumental(t) && t.upper {
			break
		}
		q--
	}
	return q
}

var participleEnds = []string{"ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін", "итын", "итін", "ытын", "тын", "тін", "атындай"}

func isParticiple(w string) bool {
	if len([]rune(w)) < 5 {
		return false
	}
	for _, e := range participleEnds {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// isInstrumental reports a Kazakh word in the instrumental case ("with"):
// Ресей Федерациясымен, Түркиямен.
func isInstrumental(t token) bool {
	if t.kind != tWord || !isCyrillic(t.text) || len([]rune(t.low)) < 5 {
		return false
	}
	return strings.HasSuffix(t.low, "мен") || strings.HasSuffix(t.low, "пен") || strings.HasSuffix(t.low, "бен")
}

// dateEndingAt finds a full date whose last token is toks[p].
func (s *scanner) dateEndingAt(toks []token, p, floor int) (string, int, int, bool) {
	for q := p; q >= floor && q >= p-6; q-- {
		if d, y, e, ok := s.lx.dateAt(toks, q); ok && e == p+1 {
			return d, y, q, true
		}
	}
	return "", 0, 0, false
}

// right extends a candidate to the right over issuer, number, date, period,
// title, parenthetical, parties and (Russian, Slovenian) genitive modifiers,
// in any order.
func (s *scanner) right(c *cand) {
	toks := c.p.toks
	j := c.hi
	for guard := 0; guard < 16 && j < len(toks); guard++ {
		if k, ok := s.issuerAfter(c, j); ok {
			j, c.hi = k, k
			continue
		}
		if k, ok := s.numberAfter(c, j); ok {
			j, c.hi = k, k
			continue
		}
		if k, ok := s.dateAfter(c, j); ok {
			j, c.hi = k, k
			continue
		}
		if k, ok := s.periodAfter(c, j); ok {
			j, c.hi = k, k
			continue
		}
		if k, ok := s.titleAfter(c, j); ok {
			j, c.hi = k, k
			continue
		}
		if k, ok := s.parenAfter(c, j); ok {
			j, c.hi = k, k
			continue
		}
		if k, ok := s.partiesAfter(c, j); ok {
			j, c.hi = k, k
			continue
		}
		if isPunct(toks[j], ",") && j+1 < len(toks) && (s.lx.markers[toks[j+1].low]) {
			if k, ok := s.numberAfter(c, j+1); ok {
				j, c.hi = k, k
				continue
			}
		}
		if k, ok := s.modifiersAfter(c, j); ok {
			j = k
			continue
		}
		// A bare year with its trail word: "Закон о миграции населения 1997
		// года", "2011 жылғы".
		if y := yearOf(toks[j]); y > 0 && c.year == 0 && j+1 < len(toks) && s.lx.cues["year-trail"].has(toks, j+1) && !partOfPeriod(toks, j) {
			c.year, c.yearSrc = y, "text"
			j = s.lx.skipYearTrail(toks, j+1)
			c.hi = j
			continue
		}
		break
	}
}

func isNumberToken(t token) bool {
	if t.kind == tNum {
		return true
	}
	if t.kind != tWord {
		return false
	}
	hasDigit, hasHyphen := false, false
	for _, r := range t.text {
		if unicode.IsDigit(r) {
			hasDigit = true
		}
		if r == '-' {
			hasHyphen = true
		}
	}
	return hasDigit && hasHyphen
}

// prefixOf returns the letter prefix of a number ("UP" of "UP-158").
func prefixOf(num string) string {
	i := strings.IndexAny(num, "-")
	if i <= 0 {
		return ""
	}
	p := num[:i]
	for _, r := range p {
		if !unicode.IsLetter(r) && r != '\'' {
			return ""
		}
	}
	return strings.ToUpper(p)
}

func (s *scanner) applyPrefix(c *cand) {
	pre, ok := s.lx.prefixes[prefixOf(c.number)]
	if !ok {
		return
	}
	c.actType = pre.actType
	if c.auth == "" {
		c.auth = pre.authority
	}
	c.setJuris(pre.jurisdiction, "prefix")
}

func (s *scanner) numberAfter(c *cand, j int) (int, bool) {
	if c.number != "" {
		return j, false
	}
	toks := c.p.toks
	t := toks[j]
	marker := s.lx.markers[t.low] || t.text == "N" && isCyrillic(toks[c.typ].text)
	if marker {
		k := j + 1
		if k < len(toks) && isPunct(toks[k], ".") {
			k++
		} else if t.low == "no" && t.text != "No" {
			// lower-case "no" is a word unless a number follows directly.
			if k >= len(toks) || toks[k].kind != tNum {
				return j, false
			}
		}
		if k < len(toks) && isNumberToken(toks[k]) {
			c.number = toks[k].text
			s.applyPrefix(c)
			return k + 1, true
		}
		return j, false
	}
	if t.kind == tWord && isNumberToken(t) {
		if _, ok := s.lx.prefixes[prefixOf(t.text)]; ok {
			c.number = t.text
			s.applyPrefix(c)
			return j + 1, true
		}
	}
	// A bare number right after a capitalised type word ("Resolution 961",
	// "Convention 97"); a bare year after a policy type is its period
	// ("Strategy 2030").
	if j == c.typ+1 && c.typeCap && t.kind == tNum && !(j+1 < len(toks) && isDash(toks[j+1])) {
		if y := yearOf(t); y > 0 {
			if isPolicyType(c.actType) && c.period == "" {
				c.period = t.text
				return j + 1, true
			}
			return j, false
		}
		if len(t.text) <= 6 && (j+1 >= len(toks) || !isPunct(toks[j+1], "%")) {
			c.number = t.text
			return j + 1, true
		}
	}
	return j, false
}

func (s *scanner) issuerAfter(c *cand, j int) (int, bool) {
	toks := c.p.toks
	lx := s.lx
	k := j
	en := toks[k].low == "of"
	if en {
		k++
		if k < len(toks) && toks[k].low == "the" {
			k++
		}
	} else if !(c.lang == "ru" || c.lang == "sl") || c.kazakh {
		return j, false
	}
	if k >= len(toks) {
		return j, false
	}
	if v, n := lx.auth.matchAt(toks, k); n > 0 {
		if en && !toks[k].upper {
			return j, false
		}
		k += n
		if v == "ministry" {
			var words []string
			words = append(words, "ministry")
			for m := 0; m < 10 && k < len(toks); m++ {
				w := toks[k]
				if w.kind == tPunct || w.kind == tNum || lx.names.has(toks, k) {
					break
				}
				if (w.low == "of" || w.low == "the") && k+1 < len(toks) && (lx.names.has(toks, k+1) || k+2 < len(toks) && toks[k+1].low == "the" && lx.names.has(toks, k+2)) {
					break
				}
				words = append(words, w.low)
				k++
			}
			v = strings.Join(words, " ")
		}
		if c.auth == "" {
			c.auth = v
		}
		k2 := k
		if en && k2 < len(toks) && toks[k2].low == "of" {
			k2++
			if k2 < len(toks) && toks[k2].low == "the" {
				k2++
			}
		}
		if code, n := lx.names.matchAt(toks, k2); n > 0 {
			c.setJuris(code, "issuer")
			k = k2 + n
		}
		return k, true
	}
	if code, n := lx.names.matchAt(toks, k); n > 0 {
		c.setJuris(code, "issuer")
		return k + n, true
	}
	return j, false
}

func (s *scanner) dateAfter(c *cand, j int) (int, bool) {
	if c.date != "" {
		return j, false
	}
	toks := c.p.toks
	k := j
	if isPunct(toks[k], ",") {
		k++
	}
	if k >= len(toks) {
		return j, false
	}
	_, n := s.lx.cues["date-lead"].matchAt(toks, k)
	if n == 0 {
		return j, false
	}
	lead := toks[k].low
	k += n
	if d, y, e, ok := s.lx.dateAt(toks, k); ok {
		c.date = d
		c.year, c.yearSrc = y, "date"
		return e, true
	}
	if lead != "on" && lead != "as" && c.year == 0 {
		if y, e, ok := s.lx.yearAt(toks, k); ok {
			c.year, c.yearSrc = y, "text"
			return e, true
		}
	}
	return j, false
}

func (s *scanner) periodAfter(c *cand, j int) (int, bool) {
	if c.period != "" {
		return j, false
	}
	per, k, ok := s.lx.periodAt(c.p.toks, j)
	if !ok {
		return j, false
	}
	c.period = per
	if c.nameLo >= 0 && c.nameHi == j {
		c.nameHi = k
	}
	return k, true
}

var enTitleFunction = map[string]bool{
	"the": true, "of": true, "and": true, "for": true, "in": true, "to": true, "with": true,
	"on": true, "by": true, "at": true, "from": true, "a": true, "an": true, "within": true,
}

var enStopVerbs = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "can": true, "could": true, "and": true, "that": true,
	"which": true, "who": true, "as": true, "among": true, "be": true, "been": true, "to": true,
	"under": true, "between": true, "since": true, "but": true, "or": true, "also": true,
}

func (s *scanner) titleAfter(c *cand, j int) (int, bool) {
	if c.title != "" {
		return j, false
	}
	toks := c.p.toks
	t := toks[j]
	if isOpenQuote(toks, j) {
		e := matchQuote(toks, j, 120)
		if e < 0 {
			return j, false
		}
		title := strings.TrimSpace(s.d.Text[t.e:toks[e].s])
		title = strings.TrimRight(title, ".,; ")
		if title == "" {
			return j, false
		}
		c.title, c.quoted = title, true
		return e + 1, true
	}
	switch {
	case t.low == "on" && c.lang == "en":
		return s.enOnTitle(c, j)
	case (t.low == "о" || t.low == "об") && c.lang == "ru" || t.low == "o" && (c.lang == "sl" || c.lang == "ru"):
		return s.lowerTitle(c, j)
	case (t.low == "of" || t.low == "for" || t.kind == tWord && !t.upper && strings.HasSuffix(t.low, "ing") && c.typeCap) && c.lang == "en" &&
		(isPolicyType(c.actType) || c.actType == "code" || c.actType == "other" || c.actType == "agreement" && c.typeCap && t.low == "for"):
		return s.ofName(c, j)
	}
	return j, false
}

// enOnTitle reads an unquoted English title: "Law ... on Private Employment
// Agencies", "the Law on the Employment of the Population of 2016", "an
// agreement with Qatar on Kazakh employment".
func (s *scanner) enOnTitle(c *cand, j int) (int, bool) {
	toks := c.p.toks
	capMode := c.typeCap
	if !capMode && !c.parties && c.auth == "" && c.juris == "" {
		return j, false
	}
	last := -1
	lower := 0
	for k := j + 1; k < len(toks) && k < j+16; k++ {
		w := toks[k]
		if w.kind != tWord {
			break
		}
		if w.low == "of" && k+1 < len(toks) && (yearOf(toks[k+1]) > 0 || s.lx.names.has(toks, k+1) ||
			k+2 < len(toks) && toks[k+1].low == "the" && s.lx.names.has(toks, k+2)) {
			break
		}
		if w.low == "dated" || w.low == "from" && k+1 < len(toks) && (yearOf(toks[k+1]) > 0 || s.lx.month(toks[k+1]) > 0) {
			break
		}
		if enTitleFunction[w.low] && !(w.low == "and" && !capMode) {
			continue
		}
		if w.upper {
			last = k
			continue
		}
		if !capMode && lower < 4 && !enStopVerbs[w.low] {
			lower++
			last = k
			continue
		}
		break
	}
	if last < 0 {
		return j, false
	}
	c.title = s.d.Text[toks[j].s:toks[last].e]
	return last + 1, true
}

// lowerTitle reads an unquoted Russian or Slovenian title: "Закон о миграции
// населения", "Zakon o tujcih".
func (s *scanner) lowerTitle(c *cand, j int) (int, bool) {
	toks := c.p.toks
	last := -1
	for k, n := j+1, 0; k < len(toks) && n < 8; k, n = k+1, n+1 {
		w := toks[k]
		if isPunct(w, ",") && k+1 < len(toks) && toks[k+1].kind == tWord && !toks[k+1].upper && s.conjunctionAhead(toks, k+1) {
			continue
		}
		if w.kind != tWord || w.upper || s.lx.cues["date-lead"].has(toks, k) || s.lx.names.has(toks, k) || isFiniteVerbRu(w.low) {
			break
		}
		last = k
	}
	if last < 0 {
		return j, false
	}
	c.title = s.d.Text[toks[j].s:toks[last].e]
	return last + 1, true
}

func (s *scanner) conjunctionAhead(toks []token, k int) bool {
	for m := k; m < len(toks) && m < k+5; m++ {
		if toks[m].kind == tPunct {
			return false
		}
		switch toks[m].low {
		case "in", "and", "и", "ter", "или":
			return true
		}
	}
	return false
}

var ruVerbEnds = []string{"ет", "ют", "ит", "ят", "ется", "ются", "ался", "ался", "ала", "ало", "али", "ил", "ила", "или", "ен", "ена", "ено"}

func isFiniteVerbRu(w string) bool {
	if !isCyrillic(w) || len([]rune(w)) < 5 {
		return false
	}
	for _, e := range ruVerbEnds {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// ofName reads a name-style title after a policy type word: "Concept of
// Migration Policy", "concept of the State Migration Policy", "Rules for
// Voluntary Resettlement".
func (s *scanner) ofName(c *cand, j int) (int, bool) {
	toks := c.p.toks
	k := j + 1
	if k < len(toks) && toks[k].low == "the" {
		k++
	}
	if k >= len(toks) || !toks[k].upper || toks[k].kind != tWord || s.lx.names.has(toks, k) || s.lx.auth.has(toks, k) {
		return j, false
	}
	last := -1
	for ; k < len(toks) && k < j+12; k++ {
		w := toks[k]
		if isPunct(w, ",") && k+1 < len(toks) && toks[k+1].upper && toks[k+1].kind == tWord && !s.lx.names.has(toks, k+1) {
			continue // "for Safe, Orderly and Regular Migration"
		}
		if w.kind != tWord {
			break
		}
		if s.lx.names.has(toks, k) {
			break
		}
		if enTitleFunction[w.low] {
			if w.low == "of" || w.low == "for" {
				n := k + 1
				if n < len(toks) && toks[n].low == "the" {
					n++
				}
				if n >= len(toks) || !toks[n].upper || s.lx.names.has(toks, n) {
					break
				}
			}
			continue
		}
		if !w.upper {
			break
		}
		last = k
	}
	if last < 0 {
		return j, false
	}
	c.names++
	c.extendName(c.typ, last+1)
	return last + 1, true
}

// parenAfter reads a parenthesis after the mention: "(1998)", "(2020-2030)",
// "(2011, No. 477-IV, with amendments through 2024)", "(Resolution No. 961)",
// "(Uradni list RS, št. 61/05)". A citation "(Ministry of Justice ..., 2023)"
// is recorded as the cited year and ends the mention.
func (s *scanner) parenAfter(c *cand, j int) (int, bool) {
	toks := c.p.toks
	if !isPunct(toks[j], "(") {
		return j, false
	}
	e := -1
	for k := j + 1; k < len(toks) && k < j+40; k++ {
		if isPunct(toks[k], "(") {
			return j, false
		}
		if isPunct(toks[k], ")") {
			e = k
			break
		}
	}
	if e <= j+1 {
		return j, false
	}
	in := toks[j+1 : e]
	if len(in) == 1 {
		if y := yearOf(in[0]); y > 0 {
			if isPolicyType(c.actType) && c.period == "" && c.year != 0 {
				return j, false
			}
			c.setYear(y, "text")
			return e + 1, true
		}
	}
	if per, k, ok := s.lx.bareSpan(toks, j+1); ok && k == e {
		if c.period == "" {
			c.period = per
		}
		return e + 1, true
	}
	if yearOf(in[0]) > 0 && len(in) > 2 && isPunct(in[1], ",") && !s.lx.names.has(in, 2) {
		c.setYear(yearOf(in[0]), "text")
		for k := 2; k+1 < len(in); k++ {
			if s.lx.markers[in[k].low] {
				m := k + 1
				if isPunct(in[m], ".") {
					m++
				}
				if m < len(in) && isNumberToken(in[m]) && c.number == "" {
					c.number = in[m].text
					s.applyPrefix(c)
				}
				break
			}
		}
		return e + 1, true
	}
	if _, ok := s.lx.typeOf(in[0]); ok && c.number == "" {
		for k := 1; k+1 < len(in); k++ {
			if s.lx.markers[in[k].low] {
				m := k + 1
				if m < len(in) && isPunct(in[m], ".") {
					m++
				}
				if m < len(in) && isNumberToken(in[m]) {
					tw, _ := s.lx.typeOf(in[0])
					c.number = in[m].text
					c.actType, c.written, c.weak = tw.actType, tw.actType, false
					s.applyPrefix(c)
					return e + 1, true
				}
			}
		}
	}
	if len(in) >= 2 && in[0].low == "uradni" && in[1].low == "list" {
		for k := 2; k+1 < len(in); k++ {
			if s.lx.markers[in[k].low] {
				m := k + 1
				if m < len(in) && isPunct(in[m], ".") {
					m++
				}
				if m < len(in) && isNumberToken(in[m]) {
					if c.number == "" {
						c.number = in[m].text
					}
					c.setJuris("si", "issuer")
					if y := gazetteYear(in[m].text); y > 0 {
						c.setYear(y, "text")
					}
					return e + 1, true
				}
			}
		}
	}
	// A citation: (Author, 2023) or (Author, 2024a).
	if len(in) >= 3 && in[0].kind == tWord && isPunct(in[len(in)-2], ",") {
		if y := citeYearOf(in[len(in)-1]); y > 0 {
			c.cited = y
			if code, _ := s.findJuris(in, 0, len(in)); code != "" && c.juris == "" {
				c.setJuris(code, "context")
			}
		}
	}
	return j, false
}

// gazetteYear reads the year of a Slovenian gazette number (61/05 → 2005).
func gazetteYear(num string) int {
	i := strings.LastIndex(num, "/")
	if i < 0 || i == len(num)-1 {
		return 0
	}
	y, err := strconv.Atoi(num[i+1:])
	if err != nil {
		return 0
	}
	switch {
	case len(num[i+1:]) == 4 && y >= 1990 && y <= 2100:
		return y
	case len(num[i+1:]) == 2 && y >= 90:
		return 1900 + y
	case len(num[i+1:]) == 2:
		return 2000 + y
	}
	return 0
}

// partiesAfter reads the parties of an agreement: "with Qatar", "between the
// Government of the Republic of Kazakhstan and the Government of the State of
// Qatar", "с Российской Федерацией".
func (s *scanner) partiesAfter(c *cand, j int) (int, bool) {
	if !(c.intl || c.actType == "agreement" || c.actType == "convention") || c.parties {
		return j, false
	}
	toks := c.p.toks
	if _, n := s.lx.cues["parties"].matchAt(toks, j); n == 0 {
		return j, false
	}
	k := j + 1
	if k < len(toks) && toks[k].low == "the" {
		k++
	}
	last := -1
	org := ""
	for ; k < len(toks) && k < j+20; k++ {
		w := toks[k]
		if w.kind != tWord {
			break
		}
		if code, n := s.lx.names.matchAt(toks, k); n > 0 {
			if code == "eaeu" || code == "cis" || code == "un" {
				org = code
			}
			last = k + n - 1
			k += n - 1
			continue
		}
		if w.low == "the" || w.low == "of" || w.low == "and" || w.low == "и" || w.low == "мен" {
			continue
		}
		if !w.upper {
			break
		}
		last = k
	}
	if last < 0 {
		return j, false
	}
	c.parties = true
	if org != "" {
		c.setJuris(org, "parties")
	} else {
		c.setJuris("int", "parties")
	}
	return last + 1, true
}

// modifiersAfter takes Russian and Slovenian genitive modifiers between the
// type word and an issuer, period, date, title or number that follows:
// "Концепция миграционной политики Кыргызской Республики на 2021–2030
// годы", "strategije na področju migracij do leta 2030".
func (s *scanner) modifiersAfter(c *cand, j int) (int, bool) {
	if c.lang == "en" || c.kazakh || c.names > 2 {
		return j, false
	}
	toks := c.p.toks
	w := 0
	for w < 4 && j+w < len(toks) && toks[j+w].kind == tWord && !toks[j+w].upper && !s.lx.cues["date-lead"].has(toks, j+w) &&
		!s.lx.cues["upto"].has(toks, j+w) && !isFiniteVerbRu(toks[j+w].low) {
		w++
	}
	for ; w > 0; w-- {
		k := j + w
		if k >= len(toks) {
			continue
		}
		if s.lx.names.has(toks, k) || s.lx.auth.has(toks, k) || isOpenQuote(toks, k) || s.lx.markers[toks[k].low] {
			break
		}
		if _, _, ok := s.lx.periodAt(toks, k); ok {
			break
		}
		if _, n := s.lx.cues["date-lead"].matchAt(toks, k); n > 0 {
			if _, _, _, ok := s.lx.dateAt(toks, k+n); ok {
				break
			}
		}
	}
	if w == 0 {
		return j, false
	}
	c.names += w
	c.extendName(c.typ, j+w)
	c.hi = j + w
	return j + w, true
}

// determiner records the article or demonstrative before the mention.
func (s *scanner) determiner(c *cand, floor int) {
	toks := c.p.toks
	p := c.lo - 1
	if p >= floor && p >= 0 {
		if _, n := s.lx.cues["demonstrative"].matchEndingAt(toks, p); n > 0 {
			c.det, c.detLo = "demonstrative", p-n+1
		} else if _, n := s.lx.cues["indefinite"].matchEndingAt(toks, p); n > 0 {
			c.det, c.detLo = "indefinite", p-n+1
		} else if s.lx.cues["definite"].has(toks, p) {
			c.det, c.detLo = "definite", p
		}
	}
	first := c.lo
	if c.detLo >= 0 {
		first = c.detLo
	}
	c.sentInit = s.sentenceStart(c.p, first)
}

// sentenceStart reports whether toks[i] opens its sentence (or paragraph).
func (s *scanner) sentenceStart(p *para, i int) bool {
	if i == 0 {
		return true
	}
	off := p.toks[i].s
	if k := s.d.SentenceIndex(off); k >= 0 {
		return s.d.Sentences[k].Span.Start == off
	}
	prev := p.toks[i-1]
	return isClausePunct(prev) && prev.text != ":"
}

// inVocabulary reports whether a word belongs to the title vocabulary.
func (lx *Lexicon) inVocabulary(t token) bool {
	ids, _ := lx.conceptAt([]string{t.low}, 0)
	return len(ids) > 0
}
