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
	toks    []token // see scanner.tokens
	lang    string
	inRefs  bool
	heading bool
	// candFrom is the offset in the document before which no token is a
	// candidate word (see mayHaveCand): scanPara starts there.
	candFrom int

	tokenized bool
}

// cand is a mention being built: a token range of one paragraph plus the
// fields read so far.
type cand struct {
	p          *para
	lo, hi     int // token range of the mention text
	typ        int // index of the type word
	actType    string
	written    string // the type the word itself names (before a number prefix decides)
	lang       string
	weak       bool
	intl       bool
	unique     bool
	plural     bool // a plural: one act only with one named counterparty
	topic      bool // "amnesty", "amendments": an act only when dated
	policy     bool // "policy": a policy document only with its period
	needDet    bool // a noun only after a determiner ("a deal")
	compound   bool // lower-case compound name after "the" ("the temporary protection directive")
	modAnaphor bool // a bare type word modifying a noun ("Strategy objectives")
	typeCap    bool
	kazakh     bool
	number     string
	title      string
	quoted     bool
	nameLo     int // token range of a name-style title (-1 when none)
	nameHi     int
	names      int  // name words (capitalised modifiers, "of"-names, Kazakh modifiers)
	capNames   int  // capitalised words left() took as the name
	bareNum    bool // the number follows the type word without a marker ("Resolution 961")
	date       string
	year       int
	yearSrc    string
	period     string
	perAt      int // token index where the period starts ("for 2023–2027", "in 2011–2022")
	juris      string
	jurisSrc   string // issuer, prefix, parties, title, context, reference
	auth       string
	parties    bool
	nParties   int  // named counterparties ("with Serbia and Poland": 2)
	between    bool // parties read after "between": both sides are named
	partyLo    int  // token range of the parties (partyHi 0 when none)
	partyHi    int
	cited      int // year of a parenthetical citation right after the mention
	det        string
	detLo      int
	sentInit   bool // the determiner (or the type word) opens its sentence

	known string // full title of a widely cited instrument ("the 1951 Convention")

	// filled later
	kind       int // kindNone, kindMention, kindAnaphor
	inRefs     bool
	refTitle   bool // named inside the title of a reference entry that is not an act
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
	return s.d.Text[c.p.toks[lo].s:c.p.toks[hi-1].end()]
}

// scanPara finds the type words of a paragraph and builds a candidate around
// each one.
//
// The list is valid until the next call (space reused from call to call):
// callers copy the candidates they keep.
func (s *scanner) scanPara(p *para) []*cand {
	out := s.scanOut[:0]
	floor := 0
	// The first token at candFrom, by bisection.
	lo, hi := 0, len(p.toks)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); p.toks[m].s < p.candFrom {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for i := lo; i < len(p.toks); i++ {
		// Most tokens fail the gate's test: no call for them.
		if t := &p.toks[i]; t.kind != tWord || !s.lx.candGate.may(t.low) {
			continue
		}
		tw, ok := s.lx.candOf(&p.toks[i])
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
	s.scanOut = out
	return out
}

func (s *scanner) build(p *para, i, floor int, tw typeWord) *cand {
	toks := p.toks
	if tw.plural || tw.topic || tw.policy {
		// A type word right after takes over: "amnesty law", "рақымшылық
		// туралы заң", "Migration Policy Concept", "amendments were made
		// to the Law".
		span := 3
		if tw.topic {
			span = 6
		}
		for k := i + 1; k < len(toks) && k <= i+span; k++ {
			if toks[k].kind == tPunct {
				break
			}
			if _, ok := s.lx.typeOf(&toks[k]); ok {
				return nil
			}
		}
	}
	// Kazakh "уақытша келісімге хаттама": a protocol to an agreement. The
	// act in the dative names what the next one belongs to; the next one
	// takes it as a modifier.
	if tw.lang == "kk" && i+1 < len(toks) && isDative(toks[i]) {
		if _, ok := s.lx.typeOf(&toks[i+1]); ok {
			return nil
		}
	}
	c := s.newCand()
	*c = cand{p: p, lo: i, hi: i + 1, typ: i, actType: tw.actType, written: tw.actType, lang: tw.lang,
		weak: tw.weak, intl: tw.intl, unique: tw.unique, plural: tw.plural, topic: tw.topic, policy: tw.policy,
		needDet: tw.det, typeCap: toks[i].upper, nameLo: -1, nameHi: -1, detLo: -1}
	// "Development Strategy Center": an organisation named after a type word.
	if i+1 < len(toks) && toks[i+1].upper && toks[i+1].kind == tWord && s.lx.cue.org.has(toks, i+1) {
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
	// A policy names its document only with the period the document
	// covers: "policy for 2023–2027", not "policy in 2011–2022".
	if c.policy && c.hi < len(toks) {
		if _, ok := s.lx.typeOf(&toks[c.hi]); ok {
			return nil // "саясатының 2023–2027 жылдарға арналған | тұжырымдамасы"
		}
	}
	if c.policy && (c.period == "" || c.perAt > 0 && s.lx.cue.periodDuring.has(toks, c.perAt)) {
		return nil
	}
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
			// "In 2019 amendments were made": the year of the sentence,
			// not of the amendments.
			if c.topic && p > 0 && lx.cue.periodDuring.has(toks, p-1) {
				break
			}
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
				c.title = strings.TrimSpace(s.d.Text[toks[o].end():t.s])
				c.quoted = true
				k = o
				continue
			}
		}
		if lx.cue.ordinal.has(toks, p) && p-1 >= floor && toks[p-1].low == "'s" {
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
			!lx.cue.definite.has(toks, p) && !lx.cue.demonstrative.has(toks, p) && !lx.cue.indefinite.has(toks, p) {
			if s.sentenceStart(c.p, p) && !lx.inVocabulary(t) && !lx.knownNameAt(toks, p, c.typ) {
				break
			}
			capNames++
			c.capNames++
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
				// "the EU temporary protection directive": an acronym
				// between the article and the compound.
				if q-1 >= floor && isAcronym(toks[q].text) && toks[q].kind == tWord && lx.cue.definite.has(toks, q-1) {
					q--
				}
				// "the temporary protection directive", "the decent work
				// programme": two or more modifiers after the definite
				// article, one of the title vocabulary. Laws and codes
				// are left out: "the international migration law" is a
				// field of law.
				if w >= 2 && c.actType != "law" && c.actType != "code" && !c.topic && lx.cue.definite.has(toks, q) {
					voc := false
					for m := q + 1; m <= p; m++ {
						if lx.inVocabulary(toks[m]) {
							voc = true
						}
					}
					if voc {
						c.names += w
						c.compound = true
						c.extendName(q+1, c.typ+1)
						k = q + 1
						continue
					}
				}
			}
		}
		// "migration policy for 2023–2027": a policy's vocabulary modifiers.
		if c.policy && c.lang == "en" && t.kind == tWord && !t.upper && c.names < 2 && lx.inVocabulary(t) {
			c.names++
			c.extendName(p, c.typ+1)
			k = p
			continue
		}
		// Slovenian and Russian adjectives of the title vocabulary
		// ("migracijske strategije", "Миграционная политика").
		if t.kind == tWord && (!t.upper || s.sentenceStart(c.p, p)) && c.lang != "en" && c.names < 2 && lx.inVocabulary(t) {
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
			c.title = s.d.Text[toks[q].s:t.end()]
			k = q
			adjacent = false
			continue
		}
		if isCloseQuote(toks, p) && c.title == "" {
			if o := matchQuoteBack(toks, p, floor, 80); o >= 0 {
				c.title = strings.TrimSpace(s.d.Text[toks[o].end():t.s])
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
		// "Ресей мен Қазақстан арасындағы келісім": between two parties.
		if (t.low == "арасындағы" || t.low == "арасында") && !c.parties && p-1 >= floor && toks[p-1].upper && toks[p-1].kind == tWord {
			q := s.partyStart(toks, p-1, floor)
			n := 1
			for q-2 >= floor && (toks[q-1].low == "мен" || toks[q-1].low == "бен" || toks[q-1].low == "пен" || toks[q-1].low == "және" || isPunct(toks[q-1], ",")) &&
				toks[q-2].upper && toks[q-2].kind == tWord {
				q = s.partyStart(toks, q-2, floor)
				n++
			}
			if n >= 2 {
				c.parties, c.between, c.nParties = true, true, n
				c.partyLo, c.partyHi = q, p+1
				c.setJuris("int", "parties")
				k = q
				adjacent = false
				continue
			}
		}
		if isInstrumental(t) && t.upper {
			q := s.partyStart(toks, p, floor)
			c.parties = true
			c.nParties++
			c.setJuris("int", "parties")
			if c.partyHi == 0 {
				c.partyHi = p + 1
			}
			c.partyLo = q
			k = q
			adjacent = false
			continue
		}
		// More parties: "Ресей Федерациясымен (2014), Оңтүстік Кореямен,
		// Түркиямен келісім", "Қырғызстанмен және Тәжікстанмен", "Сербия
		// мен Сингапурмен" (the first of two parties takes no case ending).
		if c.parties && p-1 >= floor && toks[p-1].kind == tWord && toks[p-1].upper {
			if isPunct(t, ",") || t.low == "және" {
				if isInstrumental(toks[p-1]) {
					k = p
					continue
				}
			}
			if t.low == "мен" || t.low == "бен" || t.low == "пен" || t.low == "және" {
				q := s.partyStart(toks, p-1, floor)
				c.nParties++
				c.partyLo = q
				k = q
				continue
			}
		}
		if c.parties && isPunct(t, ",") && p-4 >= floor && isPunct(toks[p-1], ")") && isPunct(toks[p-3], "(") &&
			yearOf(toks[p-2]) > 0 && isInstrumental(toks[p-4]) && toks[p-4].upper {
			k = p
			continue
		}
		// A state before the partner of an agreement is its subject
		// ("Қазақстан Ресеймен келісімге қол қойды"), unless in the
		// genitive ("Қазақстан Республикасының").
		if v, n := lx.names.matchEndingAt(toks, p); n > 0 && p-n+1 >= floor && (!c.parties || isGenitive(t) || !isCyrillic(t.text)) {
			c.setJuris(v, "issuer")
			k = p - n + 1
			adjacent = false
			continue
		}
		// "ЕАЭО мен Иран | уақытша келісімге хаттамаға": a capitalised word
		// after "мен" is the second of two subjects.
		coordinated := t.upper && p-1 >= floor && (toks[p-1].low == "мен" || toks[p-1].low == "бен" || toks[p-1].low == "пен" || toks[p-1].low == "және")
		// "көші-қон саясатының | 2023–2027 жылдарға арналған
		// тұжырымдамасы": a genitive name before the period.
		if !adjacent && mods == 0 && c.period != "" && c.title == "" && t.kind == tWord && isGenitive(t) && !kazakhStop[t.low] {
			adjacent = true
		}
		if adjacent && mods < 3 && t.kind == tWord && !isParticiple(t.low) && !kazakhStop[t.low] && !lx.stop[t.low] && !coordinated {
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
	"шеңберінде": true, "арасында": true, "арасындағы": true, "жылы": true, "жылғы": true,
	"бірқатар": true, "бірнеше": true, "көптеген": true, "түрлі": true,
}

// partyStart walks back from the last word of a party's name over the
// capitalised words before it ("Оңтүстік Кореямен", "Ресей
// Федерациясымен"), but not over a state named on its own before it
// ("Қазақстан | Ресей Федерациясымен").
func (s *scanner) partyStart(toks []token, p, floor int) int {
	q := p
	for q-1 >= floor && toks[q-1].upper && toks[q-1].kind == tWord && q > p-3 {
		through := s.nameThrough(toks, q-1, p)
		if _, n := s.lx.names.matchAt(toks, q-1); n > 0 && !through {
			break
		}
		// The capitalised first word of a sentence is its subject
		// ("Тараптар Қытаймен ..."), unless a name runs through.
		if !through && q-1 == s.sentStartIndex(toks, q-1) {
			break
		}
		q--
	}
	return q
}

// sentStartIndex returns i when toks[i] opens its sentence, else -1.
func (s *scanner) sentStartIndex(toks []token, i int) int {
	if i == 0 || isClausePunct(toks[i-1]) && toks[i-1].text != ":" {
		return i
	}
	if k := s.d.SentenceIndex(toks[i].s); k >= 0 && s.d.Sentences[k].Span.Start == toks[i].s {
		return i
	}
	return -1
}

// nameThrough reports a jurisdiction name that starts at toks[i] and covers
// toks[p] ("Ресей Федерациясымен").
func (s *scanner) nameThrough(toks []token, i, p int) bool {
	_, n := s.lx.names.matchAt(toks, i)
	return n > 0 && i+n > p
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
		if isParticiple(t.low) || t.low == "немесе" || t.low == "ал" || t.low == "бірақ" || t.low == "және" && n == 0 || isKazakhYearWord(t) ||
			t.low == "арасындағы" || t.low == "арасында" {
			break
		}
		// A plural noun opening the sentence is its subject ("Тараптар
		// ынтымақтастық туралы меморандумға қол қойды").
		if t.upper && isPluralNominative(t) && (q-1 == 0 || isClausePunct(toks[q-2])) {
			break
		}
		if isInstrumental(t) && t.upper {
			break
		}
		q--
	}
	return q
}

// isPluralNominative reports a Kazakh plural noun without a case ending
// ("Тараптар", "Елдер").
func isPluralNominative(t token) bool {
	if len([]rune(t.low)) < 5 {
		return false
	}
	for _, e := range []string{"лар", "лер", "тар", "тер", "дар", "дер"} {
		if strings.HasSuffix(t.low, e) {
			return true
		}
	}
	return false
}

// isGenitive reports a Kazakh word in the genitive case ("Республикасының").
func isGenitive(t token) bool {
	for _, e := range []string{"ның", "нің", "дың", "дің", "тың", "тің"} {
		if strings.HasSuffix(t.low, e) {
			return true
		}
	}
	return false
}

// isDative reports a Kazakh word in the dative case ("келісімге",
// "келісіміне", "заңға").
func isDative(t token) bool {
	if t.kind != tWord || len([]rune(t.low)) < 4 {
		return false
	}
	for _, e := range []string{"ға", "ге", "қа", "ке", "на", "не"} {
		if strings.HasSuffix(t.low, e) {
			return true
		}
	}
	return false
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

// rightReaders is the number of readers right tries at each step.
const rightReaders = 8

// right extends a candidate to the right over issuer, number, date, period,
// title, parenthetical, parties and (Russian, Slovenian) genitive modifiers,
// in any order.
func (s *scanner) right(c *cand) {
	toks := c.p.toks
	j := c.hi
steps:
	for guard := 0; guard < 16 && j < len(toks); guard++ {
		// The parts that extend the mention, tried in this order at each
		// step (direct calls: no method values built and called through
		// their wrappers).
		for read := range rightReaders {
			var k int
			var ok bool
			switch read {
			case 0:
				k, ok = s.issuerAfter(c, j)
			case 1:
				k, ok = s.numberAfter(c, j)
			case 2:
				k, ok = s.dateAfter(c, j)
			case 3:
				k, ok = s.periodAfter(c, j)
			case 4:
				k, ok = s.titleAfter(c, j)
			case 5:
				k, ok = s.parenAfter(c, j)
			case 6:
				k, ok = s.partiesAfter(c, j)
			case 7:
				k, ok = s.topicAfter(c, j)
			}
			if ok {
				j, c.hi = k, k
				continue steps
			}
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
		// ("заңға 2019 жылы өзгерістер енгізілді": the year of the
		// amendments to the law, not of the law.)
		if y := yearOf(toks[j]); y > 0 && c.year == 0 && j+1 < len(toks) && s.lx.cue.yearTrail.has(toks, j+1) && !partOfPeriod(toks, j) &&
			!(c.kazakh && isDative(toks[c.typ])) {
			c.year, c.yearSrc = y, "text"
			j = s.lx.skipYearTrail(toks, j+1)
			c.hi = j
			continue
		}
		break
	}
}

// topicAfter reads what a topic word is about and when: "amendments to
// national laws", "поправки в законы", "the amnesty in 2006".
func (s *scanner) topicAfter(c *cand, j int) (int, bool) {
	if !c.topic {
		return j, false
	}
	toks := c.p.toks
	if toks[j].low == "in" && j+1 < len(toks) && c.year == 0 && !partOfPeriod(toks, j+1) {
		if y := yearOf(toks[j+1]); y > 0 {
			c.year, c.yearSrc = y, "text"
			return j + 2, true
		}
	}
	if c.names > 0 && c.nameHi > c.typ {
		return j, false
	}
	switch toks[j].low {
	case "to", "of", "в", "во", "к":
	default:
		return j, false
	}
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		if _, n := s.lx.cue.amended.matchAt(toks, k); n > 0 {
			c.names++
			c.extendName(c.typ, k+n)
			return k + n, true
		}
		if toks[k].kind != tWord || toks[k].upper {
			break
		}
	}
	return j, false
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
		if isDigitRune(r) {
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
		// Not a journal volume: "Asian Journal of International Law 7, no. 1".
		volume := j+2 < len(toks) && isPunct(toks[j+1], ",") && s.lx.markers[toks[j+2].low]
		if len(t.text) <= 6 && (j+1 >= len(toks) || !isPunct(toks[j+1], "%")) && !volume {
			c.number = t.text
			c.bareNum = true
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
	// An adjective ("kazahstanskih državljanov") is not an issuer, though a
	// name's stem may match it.
	if code, n := lx.names.matchAt(toks, k); n > 0 && !s.adjectiveAt(toks, k) {
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
	_, n := s.lx.cue.dateLead.matchAt(toks, k)
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
	c.perAt = j
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
		title := strings.TrimSpace(s.d.Text[t.end():toks[e].s])
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
		if w.low == "dated" || w.low == "from" && k+1 < len(toks) && (yearOf(toks[k+1]) > 0 || s.lx.month(&toks[k+1]) > 0) {
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
	c.title = s.d.Text[toks[j].s:toks[last].end()]
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
		if w.kind != tWord || w.upper || s.lx.cue.dateLead.has(toks, k) || s.lx.names.has(toks, k) && !s.adjectiveAt(toks, k) ||
			isFiniteVerbRu(w.low) || s.lx.cue.titleStop.has(toks, k) {
			break
		}
		if _, ok := s.lx.typeOf(&w); ok {
			// "zakon o tujcih in | uredbo o ...": the next act.
			if last >= 0 && conjunctions[toks[last].low] {
				last--
			}
			break
		}
		last = k
	}
	if last < 0 {
		return j, false
	}
	c.title = s.d.Text[toks[j].s:toks[last].end()]
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

// conjunctions join two mentions; a genitive modifier never crosses one.
var conjunctions = map[string]bool{"и": true, "или": true, "а": true, "ter": true, "in": true, "ali": true, "oziroma": true, "and": true, "or": true}

var ruVerbEnds = []string{"ет", "ют", "ит", "ят", "ется", "ются", "ался", "ала", "ало", "али", "ил", "ила", "или", "ило", "ыло", "ен", "ена", "ено"}

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
	if _, ok := s.lx.typeOf(&in[0]); ok && c.number == "" {
		for k := 1; k+1 < len(in); k++ {
			if s.lx.markers[in[k].low] {
				m := k + 1
				if m < len(in) && isPunct(in[m], ".") {
					m++
				}
				if m < len(in) && isNumberToken(in[m]) {
					tw, _ := s.lx.typeOf(&in[0])
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
// Qatar", "с Российской Федерацией", "s Katarjem". It counts the named
// parties: "and" and commas separate them, "of" and "the" do not.
func (s *scanner) partiesAfter(c *cand, j int) (int, bool) {
	if !(c.intl || c.actType == "agreement" || c.actType == "convention") || c.parties {
		return j, false
	}
	toks := c.p.toks
	if _, n := s.lx.cue.parties.matchAt(toks, j); n == 0 {
		return j, false
	}
	between := s.lx.cue.partiesBetween.has(toks, j)
	k := j + 1
	if k < len(toks) && toks[k].low == "the" {
		k++
	}
	last := -1
	org := ""
	groups, inGroup := 0, false
	for ; k < len(toks) && k < j+24; k++ {
		w := toks[k]
		if isPunct(w, ",") && inGroup && k+1 < len(toks) && toks[k+1].upper && toks[k+1].kind == tWord {
			inGroup = false
			continue
		}
		if w.kind != tWord {
			break
		}
		if code, n := s.lx.names.matchAt(toks, k); n > 0 {
			if code == "eaeu" || code == "cis" || code == "un" {
				org = code
			}
			if !inGroup {
				groups++
				inGroup = true
			}
			last = k + n - 1
			k += n - 1
			continue
		}
		switch w.low {
		case "the", "of":
			continue
		case "and", "и", "мен", "ter":
			inGroup = false
			continue
		case "in":
			if c.lang == "sl" { // Slovenian "and"
				inGroup = false
				continue
			}
		}
		if !w.upper {
			break
		}
		if !inGroup {
			groups++
			inGroup = true
		}
		last = k
	}
	if last < 0 {
		return j, false
	}
	c.parties = true
	c.nParties = groups
	c.between = between
	c.partyLo, c.partyHi = j, last+1
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
	if c.lang == "en" || c.kazakh || c.names > 2 || c.title != "" {
		return j, false
	}
	toks := c.p.toks
	w := 0
	for w < 6 && j+w < len(toks) {
		t := toks[j+w]
		if t.kind != tWord || t.upper || s.lx.cue.dateLead.has(toks, j+w) || s.lx.cue.upto.has(toks, j+w) || isFiniteVerbRu(t.low) ||
			s.lx.cue.titleStop.has(toks, j+w) {
			break
		}
		if _, ok := s.lx.typeOf(&t); ok {
			break // the next act
		}
		// "въезда и пребывания" joins modifiers; "... ter uzbekistansko
		// strategijo" joins two acts.
		if conjunctions[t.low] {
			n := j + w + 1
			if n >= len(toks) || toks[n].kind != tWord || toks[n].upper || s.lx.names.has(toks, n) || s.lx.adjs.has(toks, n) {
				break
			}
			if _, ok := s.lx.candOf(&toks[n]); ok {
				break
			}
		}
		w++
	}
	// "koncept migracijske politike": modifiers of the title vocabulary
	// name the act without anything after them.
	if w > 0 && w <= 3 {
		voc := true
		for m := j; m < j+w; m++ {
			if !s.lx.inVocabulary(toks[m]) {
				voc = false
			}
		}
		if voc && (j+w >= len(toks) || toks[j+w].kind != tWord) {
			c.names += w
			c.extendName(c.typ, j+w)
			c.hi = j + w
			return j + w, true
		}
	}
	for ; w > 0; w-- {
		k := j + w
		if conjunctions[toks[k-1].low] {
			continue // never ends on a conjunction
		}
		if k >= len(toks) {
			continue
		}
		if s.lx.names.has(toks, k) || s.lx.auth.has(toks, k) || isOpenQuote(toks, k) || s.lx.markers[toks[k].low] {
			break
		}
		if _, _, ok := s.lx.periodAt(toks, k); ok {
			break
		}
		if _, n := s.lx.cue.dateLead.matchAt(toks, k); n > 0 {
			if _, _, _, ok := s.lx.dateAt(toks, k+n); ok {
				break
			}
		}
	}
	if w == 0 {
		return j, false
	}
	// "иммигрантов в | Республике Казахстан": the preposition before the
	// issuer is in the mention, not in its name.
	nw := w
	if j+w < len(toks) && (s.lx.names.has(toks, j+w) || s.lx.auth.has(toks, j+w)) {
		for nw > 1 && s.lx.stop[toks[j+nw-1].low] {
			nw--
		}
	}
	c.names += nw
	c.extendName(c.typ, j+nw)
	c.hi = j + w
	return j + w, true
}

// determiner records the article or demonstrative before the mention.
func (s *scanner) determiner(c *cand, floor int) {
	toks := c.p.toks
	p := c.lo - 1
	if p >= floor && p >= 0 {
		if _, n := s.lx.cue.demonstrative.matchEndingAt(toks, p); n > 0 {
			c.det, c.detLo = "demonstrative", p-n+1
		} else if _, n := s.lx.cue.indefinite.matchEndingAt(toks, p); n > 0 {
			c.det, c.detLo = "indefinite", p-n+1
		} else if s.lx.cue.definite.has(toks, p) {
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

// adjectiveAt reports a jurisdiction adjective at toks[k] that a name's stem
// also matches ("kazahstanskih" under "kazahstan*").
func (s *scanner) adjectiveAt(toks []token, k int) bool {
	an, al := s.lx.adjs.specificity(toks, k)
	if an == 0 {
		return false
	}
	nn, nl := s.lx.names.specificity(toks, k)
	return an > nn || an == nn && al > nl
}
