// Package legal finds mentions of legal acts (laws, codes, decrees,
// resolutions, concepts, strategies, programmes, agreements, conventions) in
// English, Russian, Kazakh and Slovenian text, reads their type, number,
// title, date, jurisdiction and issuer, resolves anaphoric mentions ("the
// Concept", "this law", "бұл заң", "Strategy objectives") and gives each
// mention a canonical identity (Key, TitleKey, ELI, adilet.zan.kz id) with
// the tools to link mentions across documents (SameAct, Disagreements,
// Cluster).
//
// Besides numbered and titled acts it finds acts named without a number:
// unique acts ("the Constitution", "ustava"), named rules, declarations,
// protocols, memoranda, compacts, directives and statutes; agreements named
// by their counterparty ("an agreement with South Korea", "Түркиямен
// келісім", "sporazumi s Katarjem o zaposlovanju"); acts named by year and
// topic ("the 2006 amnesty", "2013 жылғы заңнамалық түзетулер",
// "amendments to national laws in 2013"); policy documents named by their
// period ("migracijsko politiko za obdobje 2021–2030"); and acts named in the
// titles of reference-list entries that are not acts themselves. Generic
// plurals ("laws", "agreements with several countries") are not mentions.
//
// Word lists are data files under data/, embedded and validated at Load.
package legal

import (
	"sort"
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// Mention is one mention of a legal act in a document.
type Mention struct {
	Span doc.Span `json:"span"`
	Text string   `json:"text"`
	// ActType: law, code, decree, resolution, decision, order, concept,
	// strategy, programme, agreement, convention, other.
	ActType string `json:"act_type"`
	// Number as written: "477-IV", "961", "UP-158", "191-r", "61/05".
	Number string `json:"number,omitempty"`
	// Title as written, without quotes; for acts named without a title, the
	// name ("Migration Policy Concept").
	Title string `json:"title,omitempty"`
	// Date is the ISO date when a full date is written.
	Date string `json:"date,omitempty"`
	// Year as written (or of Date); for reference entries the act's year.
	Year int `json:"year,omitempty"`
	// Jurisdiction: kz, kg, uz, tj, tm, ru, eaeu, cis, un, int, si; "" if unknown.
	Jurisdiction string `json:"jurisdiction,omitempty"`
	// Authority: president, government, parliament, "ministry of ...".
	Authority string `json:"authority,omitempty"`
	// Anaphor marks "the Concept", "this law", "данный закон", resolved to
	// the mention at index Antecedent (-1 for other mentions).
	Anaphor    bool `json:"anaphor,omitempty"`
	Antecedent int  `json:"antecedent"`
	// InReferences marks a reference-list entry that is a legal act.
	InReferences bool `json:"in_references,omitempty"`
	// Key is the canonical key (see Key); TitleKey the normalized,
	// translation-aware title key (see Lexicon.TitleKey).
	Key      string `json:"key"`
	TitleKey string `json:"title_key,omitempty"`

	// Period the act covers: "2021-2030", or its last year "2040".
	Period string `json:"period,omitempty"`
	// Subject is the type of act the title approves or names: "concept" for
	// Resolution No. 961 "On Approval of the Concept ...".
	Subject string `json:"subject,omitempty"`
	// PublishedYear is the year of the publication a reference entry (or an
	// in-text citation of the act) gives, when it differs from the act's.
	PublishedYear int `json:"published_year,omitempty"`
	// ActYear is the best adoption year the document gives (Year, or the
	// year of the reference entry for the same act); Key uses it.
	ActYear int `json:"act_year,omitempty"`
	// YearSource says where ActYear comes from: date, text (written next to
	// the mention), sentence ("was adopted in 2023"), url (adilet id),
	// reference (a dated reference entry), publication (a publication or
	// citation year only).
	YearSource string `json:"year_source,omitempty"`
	// Lang is the language of the paragraph.
	Lang string `json:"lang,omitempty"`
}

// scanner holds one document's paragraphs while it is read.
type scanner struct {
	lx     *Lexicon
	d      *doc.Document
	paras  []*para
	titles map[titleArgs]titleInfo
	fold   foldBuf // tokenize's scratch space
	sfold  foldBuf // scratchTokens'
	kept   []token // keep's arena
	store  []para  // paragraphs' space, reused from document to document
	// Candidates' space: chunks reused from document to document (most
	// candidates are dropped at once, and none leaves Extract).
	candChunks [][]cand
	candNext   int     // the next chunk of candChunks to use
	candBuf    []cand  // the chunk in use
	scanOut    []*cand // scanPara's list
}

// newCand returns a zero cand from the scanner's chunks.
func (s *scanner) newCand() *cand {
	if len(s.candBuf) == cap(s.candBuf) {
		if s.candNext == len(s.candChunks) {
			s.candChunks = append(s.candChunks, make([]cand, 0, 64))
		}
		s.candBuf = s.candChunks[s.candNext][:0]
		s.candNext++
	}
	s.candBuf = append(s.candBuf, cand{})
	return &s.candBuf[len(s.candBuf)-1]
}

// keep copies the tokens of a paragraph the document's reading keeps into
// an arena reused from document to document (no []token leaves Extract):
// no allocation, zeroing and garbage for each paragraph. A full arena is
// left to the paragraphs that point into it and replaced by a larger one.
func (s *scanner) keep(toks []token) []token {
	if cap(s.kept)-len(s.kept) < len(toks) {
		s.kept = make([]token, 0, max(2*cap(s.kept), len(toks), 1024))
	}
	n := len(s.kept)
	s.kept = append(s.kept, toks...)
	return s.kept[n:len(s.kept):len(s.kept)]
}

// scratchTokens tokenizes a title or heading into space reused from call to
// call: the tokens are valid until the next call.
func (s *scanner) scratchTokens(text string) []token {
	return tokenizeWith(text, 0, &s.sfold)
}

// scratch is a scanner's tokenize space, kept in Lexicon.scratch between
// documents.
type scratch struct {
	fold, sfold foldBuf
	kept        []token
	// titles is scanner.titles, made for titlesFor entries: cleared and
	// reused unless far larger than a document needs (clearing a map
	// costs its size).
	titles    map[titleArgs]titleInfo
	titlesFor int
	store     []para
	paras     []*para
	cands     [][]cand
}

type titleArgs struct{ title, actType, juris, period string }

// titleInfo is Lexicon.titleInfo, remembered for the document.
func (s *scanner) titleInfo(title, actType, juris, period string) titleInfo {
	k := titleArgs{title, actType, juris, period}
	if ti, ok := s.titles[k]; ok {
		return ti
	}
	// A title read without its jurisdiction reads the same for every one
	// (readTitle asks before inferJuris, output after).
	anyK := titleArgs{title, actType, anyJuris, period}
	if ti, ok := s.titles[anyK]; ok {
		return ti
	}
	if s.titles == nil {
		s.titles = map[titleArgs]titleInfo{}
	}
	ti, usedJuris := s.lx.titleTokensInfo(s.scratchTokens(title), actType, juris, period)
	if !usedJuris {
		k = anyK
	}
	s.titles[k] = ti
	return ti
}

// anyJuris stands for every jurisdiction in the keys of scanner.titles (no
// jurisdiction code has a NUL byte).
const anyJuris = "\x00any"

// Extract finds the legal-act mentions of a document, in text order.
func Extract(d *doc.Document, lx *Lexicon) []Mention {
	if d == nil || lx == nil || d.Text == "" {
		return nil
	}
	s := &scanner{lx: lx, d: d}
	sc, _ := lx.scratch.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	s.fold, s.sfold, s.kept = sc.fold, sc.sfold, sc.kept[:0]
	s.store, s.paras, s.candChunks = sc.store, sc.paras, sc.cands
	defer func() {
		sc.fold, sc.sfold, sc.kept = s.fold, s.sfold, s.kept
		sc.store, sc.paras, sc.cands = s.store, s.paras, s.candChunks
		lx.scratch.Put(sc)
	}()
	s.paras = s.paragraphs()
	// Without a type word scanPara and refEntry find nothing: such
	// paragraphs are tokenized only if inferJuris reads them. Scratch space
	// for the longest of the others, not grown token by token.
	withCand := make([]bool, len(s.paras))
	longest := 0
	for i, p := range s.paras {
		if from, ok := lx.mayHaveCand(s.d.Text[p.span.Start:p.span.End]); ok {
			withCand[i], p.candFrom = true, p.span.Start+from
			longest = max(longest, p.span.End-p.span.Start)
		}
	}
	if n := longest/4 + 16; longest > 0 && cap(s.fold.toks) < n {
		s.fold.toks = make([]token, 0, n)
	}
	var cands []*cand
	for i, p := range s.paras {
		if !withCand[i] {
			continue
		}
		// The tokens stay in scratch space while the paragraph is read:
		// most paragraphs give no candidate, and only the others keep a
		// copy (inferJuris tokenizes the others again if it reads them).
		p.toks = tokenizeWith(s.d.Text[p.span.Start:p.span.End], p.span.Start, &s.fold)
		n := len(cands)
		if p.inRefs {
			cands = append(cands, s.refEntry(p)...)
		} else {
			for _, c := range s.scanPara(p) {
				c.kind = s.classify(c)
				if c.kind != kindNone {
					cands = append(cands, c)
				}
			}
		}
		if len(cands) > n {
			p.toks, p.tokenized = s.keep(p.toks), true
		} else {
			p.toks = nil
		}
	}
	if n := 2 * len(cands); sc.titles != nil && sc.titlesFor >= n && sc.titlesFor <= 4*n+64 { // readTitle's and output's
		clear(sc.titles)
		s.titles = sc.titles
	} else {
		s.titles = make(map[titleArgs]titleInfo, n)
		sc.titles, sc.titlesFor = s.titles, n
	}
	for _, c := range cands {
		s.readTitle(c)
	}
	s.adoption(cands)
	for _, c := range cands {
		s.inferJuris(c, cands)
	}
	ms := s.resolve(cands)
	return s.output(ms)
}

// paragraphs lists the document's paragraphs (the whole text when the
// document has none); tokens tokenizes them.
func (s *scanner) paragraphs() []*para {
	n := max(len(s.d.Paragraphs), 1)
	out, store := s.paras[:0], s.store[:0] // reused when large enough
	if cap(out) < n {
		out = make([]*para, 0, n)
	}
	if cap(store) < n {
		store = make([]para, 0, n) // one allocation for all
	}
	s.store = store
	add := func(i int, sp doc.Span, lang string, heading bool) {
		if sp.Start < 0 {
			sp.Start = 0
		}
		if sp.End > len(s.d.Text) {
			sp.End = len(s.d.Text)
		}
		if sp.Start >= sp.End {
			return
		}
		store = append(store, para{idx: i, span: sp, lang: lang, heading: heading})
		p := &store[len(store)-1]
		p.inRefs = s.d.InSection(sp.Start, doc.SectionReferences)
		out = append(out, p)
	}
	if len(s.d.Paragraphs) == 0 {
		add(0, doc.Span{Start: 0, End: len(s.d.Text)}, "und", false)
		return out
	}
	for i, p := range s.d.Paragraphs {
		add(i, p.Span, p.Lang, p.Heading)
	}
	return out
}

// tokens returns a paragraph's tokens, tokenizing it on first use.
func (s *scanner) tokens(p *para) []token {
	if !p.tokenized {
		// Scratch space and an exact copy: a guess of the capacity from
		// the text's length is often twice too much.
		p.toks = s.keep(tokenizeWith(s.d.Text[p.span.Start:p.span.End], p.span.Start, &s.fold))
		p.tokenized = true
	}
	return p.toks
}

// classify decides from what a candidate has on its own whether it is a
// mention, a possible anaphor, a Kazakh act its sentence may date, or nothing.
func (s *scanner) classify(c *cand) int {
	quotedOrNum := c.number != "" || c.quoted || c.date != ""
	issuer := c.jurisSrc == "issuer" || c.jurisSrc == "prefix" || c.auth != ""
	toks := c.p.toks
	// A named counterparty identifies an agreement ("an agreement with South
	// Korea", "Түркиямен келісім", "between the Government of Kazakhstan and
	// the Government of Qatar"), unless it is the idiom "in agreement with".
	// Several partners after "with" ("Ресеймен, Кореямен, Түркиямен
	// келісім") are several bilateral agreements.
	party := c.parties && (c.nParties == 1 || c.between && c.nParties == 2) && !s.inIdiom(c)
	switch {
	case c.policy:
		return kindMention // built only with its period
	case c.topic:
		if quotedOrNum || c.year != 0 {
			return kindMention
		}
		// "2013 жылы ... заңдарға түзетулер енгізді", "В 2013 году были
		// приняты поправки в законы", "в 2006 году была проведена
		// амнистия": dated by their sentence.
		if !c.kazakh || c.det == "" {
			return kindPromote
		}
		return kindNone
	case c.plural:
		if party && c.nParties == 1 && !s.quantified(c) {
			return kindMention
		}
		return kindNone
	}
	if c.needDet && c.lo == c.typ && c.lo > 0 && s.lx.cue.verbLead.has(toks, c.lo-1) {
		return kindNone // "to deal with"
	}
	if c.actType == "agreement" && !quotedOrNum && s.inIdiom(c) {
		return kindNone // "in agreement with"
	}
	if !quotedOrNum && c.typ+1 < len(toks) && toks[c.typ+1].low == "of" && s.lx.cue.activity.has(toks, c.typ) {
		return kindNone // "the regulation of migration"
	}
	var ok bool
	switch {
	case c.kazakh:
		ok = quotedOrNum || c.title != "" || c.year != 0 || c.period != "" || party ||
			c.names > 0 && (issuer || c.parties)
		if c.weak && !(quotedOrNum || c.title != "" || party || c.names > 0 && issuer) {
			ok = false
		}
	case c.weak:
		// Russian and Slovenian write act names in lower case: an
		// agreement with its subject ("sporazum o zaposlovanju",
		// "соглашение о сотрудничестве") is one.
		ok = quotedOrNum ||
			c.typeCap && (c.names > 0 || c.title != "" || c.year != 0 && issuer) ||
			c.parties && (c.title != "" || c.year != 0) || party && c.intl ||
			c.intl && c.lang != "en" && c.title != "" && !c.plural
	case c.lang == "en" && !c.typeCap:
		ok = quotedOrNum || c.year != 0 || c.period != "" || c.parties && c.title != "" || party && c.intl ||
			c.names > 0 && c.nameLo >= 0 && c.nameHi > c.typ+1
	default:
		ok = quotedOrNum || c.title != "" || c.year != 0 || c.period != "" || c.names > 0 || c.parties && c.year != 0
	}
	if !ok && c.unique && (c.jurisSrc == "issuer" || c.jurisSrc == "modifier") {
		ok = true
	}
	// "the Constitution", "Конституция", "ustava": one act of its kind.
	if !ok && c.unique && (c.typeCap || c.lang != "en") {
		ok = true
	}
	if !ok && c.compound {
		ok = true
	}
	if ok && !quotedOrNum && c.title == "" && c.year == 0 && c.period == "" && c.names > 0 && !c.compound {
		// "International Law", "Human Rights Law", "Code of Conduct": fields
		// of law and professional codes.
		if (c.actType == "law" || c.actType == "code") && c.nameLo >= 0 {
			field := true
			for k := c.nameLo; k < c.nameHi; k++ {
				if k != c.typ && toks[k].kind == tWord && !enTitleFunction[toks[k].low] && !s.lx.cue.lawFields.has(toks, k) {
					field = false
				}
			}
			if field {
				ok = false
			}
		}
		// "United Nations Development Program (UNDP)": an organisation.
		if c.hi+2 < len(toks) && isPunct(toks[c.hi], "(") && isPunct(toks[c.hi+2], ")") && isAcronym(toks[c.hi+1].text) {
			ok = false
		}
	}
	if ok && !quotedOrNum && c.title == "" && c.year == 0 && c.period == "" {
		// Name-only mentions in headings and list labels ("Workforce
		// Composition Regulation: ...") are topics, not acts.
		first := c.lo == 0 || c.detLo == 0
		if c.p.heading || first && c.hi < len(c.p.toks) && isPunct(c.p.toks[c.hi], ":") {
			ok = false
		}
	}
	if ok {
		return kindMention
	}
	if c.kazakh && c.names > 0 && c.det == "" {
		return kindPromote
	}
	switch c.det {
	case "demonstrative":
		return kindAnaphor
	case "definite":
		if c.typeCap || c.sentInit && !c.weak {
			return kindAnaphor
		}
	case "", "indefinite":
		if s.modifierAnaphor(c) {
			c.modAnaphor = true
			return kindAnaphor
		}
	}
	return kindNone
}

// modifierAnaphor reports a bare capitalised type word that modifies the
// noun after it and so refers to an act named before: "some Strategy
// objectives", "Concept provisions". Inside a sentence the capital shows
// it; at the start of one only policy types count ("Strategy objectives
// include"), and only with an antecedent (resolve checks).
func (s *scanner) modifierAnaphor(c *cand) bool {
	toks := c.p.toks
	if !c.typeCap || c.p.heading || c.lo != c.typ || c.hi != c.typ+1 || c.typ+1 >= len(toks) {
		return false
	}
	next := toks[c.typ+1]
	if next.kind != tWord || next.upper || s.lx.stop[next.low] || enTitleFunction[next.low] || enStopVerbs[next.low] ||
		s.lx.cue.notAnaphor.has(toks, c.typ+1) || s.lx.cue.org.has(toks, c.typ+1) {
		return false
	}
	if !s.sentenceStart(c.p, c.typ) {
		return true
	}
	return c.det == "" && isPolicyType(c.written)
}

// inIdiom reports "in agreement with": an agreement word after "in" without
// a determiner.
func (s *scanner) inIdiom(c *cand) bool {
	return c.lang == "en" && c.det == "" && c.lo == c.typ && c.lo > 0 && c.p.toks[c.lo-1].low == "in"
}

// quantified reports a plural counted or quantified: "several agreements
// with Qatar", "12 agreements with Japan", "бірқатар келісімдер".
func (s *scanner) quantified(c *cand) bool {
	toks := c.p.toks
	lo := c.lo
	if c.detLo >= 0 {
		lo = c.detLo
	}
	for k := max(lo-3, 0); k < c.hi; k++ {
		if s.lx.cue.quantifier.has(toks, k) || toks[k].kind == tNum && k < c.typ && yearOf(toks[k]) == 0 {
			return true
		}
	}
	return false
}

func isAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// readTitle computes the title-derived identity of a candidate.
func (s *scanner) readTitle(c *cand) {
	if c.title == "" && c.nameLo >= 0 && c.nameHi > c.nameLo {
		c.title = s.text(c, c.nameLo, c.nameHi)
	}
	if c.title == "" && (c.unique || c.topic || c.policy) {
		c.title = c.p.toks[c.typ].text // "the Constitution", "the 2006 amnesty"
	}
	// An agreement named by its counterparty: "with Qatar", "Түркиямен".
	if c.title == "" && c.parties && c.partyHi > c.partyLo {
		c.title = s.text(c, c.partyLo, c.partyHi)
	}
	if c.title != "" {
		c.subject = s.titleInfo(c.title, c.actType, c.juris, c.period).subject
	}
}

// adoption dates mentions from their sentence: "In 2023, the Kazakh
// government passed the Migration Policy Concept", "1998 saw the adoption of
// the Concept", "the Concept ... was adopted on May 4, 2021", "2006 жылы ...
// туралы заң қабылдап". Each adoption word dates the nearest mention (at
// most five tokens away) with the nearest date or year of its sentence.
func (s *scanner) adoption(cands []*cand) {
	lx := s.lx
	adoptionCues := &lx.cue.adoption
	// The candidates of a paragraph follow each other in cands (Extract
	// reads the paragraphs in order), and each paragraph is read on its
	// own: no map from paragraphs to their candidates.
	var cs []*cand
	for next := 0; next < len(cands); {
		p := cands[next].p
		cs = cs[:0]
		for ; next < len(cands) && cands[next].p == p; next++ {
			if c := cands[next]; !c.inRefs && !c.refTitle {
				cs = append(cs, c)
			}
		}
		if len(cs) == 0 {
			continue
		}
		toks := p.toks
		inCand := func(i int) bool {
			for _, c := range cs {
				lo := c.lo
				if c.detLo >= 0 {
					lo = c.detLo
				}
				if i >= lo && i < c.hi {
					return true
				}
			}
			return false
		}
		for i := 0; i < len(toks); i++ {
			if !adoptionCues.starts(&toks[i]) || !adoptionCues.startsTwo(&toks[i]) {
				continue
			}
			_, n := adoptionCues.matchFrom(toks, i) // matchAt, tested above
			if n == 0 || inCand(i) {
				continue
			}
			cueLo, cueHi := i, i+n
			i = cueHi - 1
			if negated(lx, toks, cueLo, cueHi) {
				continue
			}
			sent := s.d.SentenceSpan(toks[cueLo].s)
			// The nearest candidate in the sentence.
			var best *cand
			bestGap := 6
			for _, c := range cs {
				if toks[c.lo].s < sent.Start || toks[c.hi-1].end() > sent.End {
					continue
				}
				lo := c.lo
				if c.detLo >= 0 {
					lo = c.detLo
				}
				gap := -1
				if c.hi <= cueLo {
					gap = cueLo - c.hi
					// Kazakh verbs follow their object directly.
					if c.kazakh && gap > 0 {
						gap = -1
					}
				} else if lo >= cueHi {
					gap = lo - cueHi
				}
				if gap >= 0 && gap < bestGap {
					best, bestGap = c, gap
				}
			}
			if best == nil || best.date != "" || best.year != 0 {
				continue
			}
			// The nearest date or year of the sentence outside mentions.
			bestDist := 1 << 30
			var date string
			var year int
			for k := 0; k < len(toks); k++ {
				if toks[k].s < sent.Start || toks[k].end() > sent.End || inCand(k) {
					continue
				}
				// A date or year inside a citation does not count: tested
				// only for the few tokens that are one.
				dist := abs(k - cueLo)
				if d, y, _, ok := lx.dateAt(toks, k); ok && dist < bestDist {
					if !inCitation(toks, k) {
						date, year, bestDist = d, y, dist
					}
					continue
				}
				if y, _, ok := lx.yearAt(toks, k); ok && dist < bestDist && !partOfPeriod(toks, k) && !inCitation(toks, k) {
					date, year, bestDist = "", y, dist
				}
			}
			if year != 0 {
				best.date = date
				best.year, best.yearSrc = year, "sentence"
			}
		}
	}
}

func negated(lx *Lexicon, toks []token, lo, hi int) bool {
	for k := hi; k < len(toks) && k < hi+2; k++ {
		if lx.cue.adoptionNot.has(toks, k) {
			return true
		}
	}
	for k := lo - 1; k >= 0 && k >= lo-3; k-- {
		if lx.cue.adoptionNot.has(toks, k) {
			return true
		}
	}
	return false
}

func partOfPeriod(toks []token, k int) bool {
	return k+2 < len(toks) && isDash(toks[k+1]) && yearOf(toks[k+2]) > 0 ||
		k-2 >= 0 && isDash(toks[k-1]) && yearOf(toks[k-2]) > 0
}

// inCitation reports a token inside a parenthesis that ends with a year
// ("(Government of the Kyrgyz Republic, 2021)").
func inCitation(toks []token, k int) bool {
	open := -1
	for i := k; i >= 0 && i >= k-30; i-- {
		if isPunct(toks[i], ")") && i != k {
			return false
		}
		if isPunct(toks[i], "(") {
			open = i
			break
		}
	}
	if open < 0 {
		return false
	}
	for i := k; i < len(toks) && i < k+30; i++ {
		if isPunct(toks[i], ")") {
			return i-open > 2 && isPunct(toks[i-2], ",") && citeYearOf(toks[i-1]) > 0
		}
	}
	return false
}

// inferJuris gives a candidate without an explicit issuer a jurisdiction:
// a widely cited instrument's (the 1951 Convention: un), international
// organisations named in its title, then the nearest state named in its
// sentence, the states its paragraph talks about, the act before it in the
// same list, the paragraphs before, the section heading.
func (s *scanner) inferJuris(c *cand, all []*cand) {
	if k, ok := s.lx.knownAct(c.actType, c.year, c.title); ok && c.jurisSrc != "issuer" {
		c.setJuris(k.jurisdiction, "known")
		c.known = k.title
		return
	}
	if c.juris != "" && c.jurisSrc != "context" {
		return
	}
	if c.title != "" && (c.intl || family(c.actType) == "international") {
		tt := s.scratchTokens(c.title)
		if code, _ := s.findJuris(tt, 0, len(tt)); code == "eaeu" || code == "cis" || code == "un" {
			c.setJuris(code, "title")
			return
		}
	}
	if c.juris != "" {
		return
	}
	if c.intl {
		// A state named near a treaty is a party to it, not its issuer:
		// only organisations count.
		if code := s.orgJuris(c); code != "" {
			c.setJuris(code, "context")
		} else {
			c.setJuris("int", "context")
		}
		return
	}
	toks := c.p.toks
	sent := s.d.SentenceSpan(toks[c.lo].s)
	lo, hi := c.lo, c.hi
	sLo, sHi := lo, hi
	for sLo > 0 && toks[sLo-1].s >= sent.Start {
		sLo--
	}
	for sHi < len(toks) && toks[sHi].end() <= sent.End {
		sHi++
	}
	if code := s.lastJuris(toks, sLo, lo); code != "" {
		c.setJuris(code, "context")
		return
	}
	if code, _ := s.findJuris(toks, hi, sHi); code != "" {
		c.setJuris(code, "context")
		return
	}
	if code := s.scoredJuris(c.p, 0, sLo); code != "" {
		c.setJuris(code, "context")
		return
	}
	// The act before in the same list (this or the previous paragraph).
	var prev *cand
	for _, o := range all {
		if o == c {
			break
		}
		if !o.inRefs && o.juris != "" && (o.jurisSrc == "issuer" || o.jurisSrc == "prefix" || o.jurisSrc == "modifier") && c.p.idx-o.p.idx <= 1 {
			prev = o
		}
	}
	if prev != nil {
		c.setJuris(prev.juris, "context")
		return
	}
	if code, _ := s.findJuris(toks, sHi, len(toks)); code != "" {
		c.setJuris(code, "context")
		return
	}
	for i := len(s.paras) - 1; i >= 0; i-- {
		p := s.paras[i]
		if p.idx >= c.p.idx || p.inRefs {
			continue
		}
		if c.p.idx-p.idx > 3 {
			break
		}
		if code := s.scoredJuris(p, 0, len(s.tokens(p))); code != "" {
			c.setJuris(code, "context")
			return
		}
	}
	if sec := s.d.SectionAt(toks[c.lo].s); sec != nil {
		ht := s.scratchTokens(sec.Heading)
		if code, _ := s.findJuris(ht, 0, len(ht)); code != "" {
			c.setJuris(code, "context")
			return
		}
	}
	if c.intl || c.actType == "agreement" {
		c.setJuris("int", "context")
	}
}

// orgJuris returns the international organisation (eaeu, cis, un) named in
// the candidate's sentence, nearest first, or else the last one named
// earlier in its paragraph.
func (s *scanner) orgJuris(c *cand) string {
	toks := c.p.toks
	sent := s.d.SentenceSpan(toks[c.lo].s)
	best, bestDist := "", 1<<30
	for i := 0; i < len(toks) && toks[i].end() <= sent.End; i++ {
		code, n := s.jurisAt(toks, i)
		if code != "eaeu" && code != "cis" && code != "un" {
			continue
		}
		d := 1 << 20 // named earlier in the paragraph: a fallback
		if toks[i].s >= sent.Start {
			d = abs(i - c.lo)
			if i >= c.hi {
				d = i - c.hi
			}
		}
		if d <= bestDist {
			best, bestDist = code, d
		}
		i += n - 1
	}
	return best
}

// jurisAt matches a jurisdiction name or adjective at toks[i]. Kazakh words
// in the instrumental case ("Ресеймен", with Russia) name a partner, not the
// subject, and are skipped.
func (s *scanner) jurisAt(toks []token, i int) (string, int) {
	if uint(i) >= uint(len(toks)) {
		return "", 0
	}
	// matchAt of each set, its first tests inline.
	code, n := "", 0
	if s.lx.names.starts(&toks[i]) && s.lx.names.startsTwo(&toks[i]) {
		code, n = s.lx.names.matchFrom(toks, i)
	}
	if n == 0 && s.lx.adjs.starts(&toks[i]) && s.lx.adjs.startsTwo(&toks[i]) {
		code, n = s.lx.adjs.matchFrom(toks, i)
	}
	if n > 0 && isInstrumental(toks[i+n-1]) {
		return "", n
	}
	return code, n
}

// scoredJuris returns the state toks[lo:hi] of a paragraph talks about most
// (the paragraph's first sentence counts twice; ties go to the last named).
func (s *scanner) scoredJuris(p *para, lo, hi int) string {
	toks := p.toks
	if lo >= hi || len(toks) == 0 {
		return ""
	}
	firstEnd := s.d.SentenceSpan(toks[0].s).End
	score := map[string]int{}
	last := map[string]int{}
	for i := lo; i < hi && i < len(toks); i++ {
		code, n := s.jurisAt(toks, i)
		if code == "" || i+n > hi {
			continue
		}
		score[code]++
		if toks[i].end() <= firstEnd {
			score[code]++
		}
		last[code] = i
		i += n - 1
	}
	best := ""
	for code, sc := range score {
		if best == "" || sc > score[best] || sc == score[best] && last[code] > last[best] {
			best = code
		}
	}
	return best
}

// findJuris returns the first jurisdiction named in toks[lo:hi].
func (s *scanner) findJuris(toks []token, lo, hi int) (string, int) {
	for i := lo; i < hi && i < len(toks); i++ {
		if code, n := s.jurisAt(toks, i); code != "" && i+n <= hi {
			return code, i
		}
	}
	return "", -1
}

// lastJuris returns the last jurisdiction named in toks[lo:hi].
func (s *scanner) lastJuris(toks []token, lo, hi int) string {
	code := ""
	for i := lo; i < hi && i < len(toks); i++ {
		if c, n := s.jurisAt(toks, i); c != "" && i+n <= hi {
			code = c
			i += n - 1
		}
	}
	return code
}

// resolve turns candidates into mentions: anaphors find their antecedent
// (or, dated by their sentence, become mentions; or are dropped).
func (s *scanner) resolve(cands []*cand) []*cand {
	var out []*cand
	topic := map[string]*cand{}
	for _, c := range cands {
		switch c.kind {
		case kindMention:
			out = append(out, c)
		case kindPromote:
			if c.year != 0 && c.yearSrc == "sentence" {
				c.kind = kindMention
				out = append(out, c)
			}
		case kindAnaphor:
			if a := s.antecedent(c, out, topic); a != nil {
				c.antecedent = a
				topic[anaphorClass(c.written)] = a
				out = append(out, c)
			} else if c.year != 0 && c.yearSrc == "sentence" {
				c.kind = kindMention
				out = append(out, c)
			}
		}
	}
	return out
}

// anaphorClass is the class of act an anaphor can point to: policy types are
// told apart ("the Concept" never means a strategy).
func anaphorClass(t string) string {
	if isPolicyType(t) {
		return t
	}
	return family(t)
}

func (s *scanner) compatible(c, m *cand) bool {
	want := anaphorClass(c.written)
	if want == "other" {
		return false
	}
	for _, t := range []string{m.actType, m.written, m.subject} {
		if t != "" && anaphorClass(t) == want {
			return true
		}
	}
	return false
}

// antecedent finds the mention an anaphor points back to: the nearest
// compatible mention before it, unless that one is only named in passing
// ("the goals of the National Development Strategy") while an earlier one is
// the current topic.
func (s *scanner) antecedent(c *cand, prev []*cand, topic map[string]*cand) *cand {
	narrow := !c.typeCap && c.det == "definite" || c.modAnaphor
	var nearest *cand
	for i := len(prev) - 1; i >= 0; i-- {
		m := prev[i]
		if m.kind != kindMention || m.inRefs || m.refTitle {
			continue
		}
		if narrow && c.p.idx-m.p.idx > 3 {
			break
		}
		if s.compatible(c, m) {
			nearest = m
			break
		}
	}
	if nearest == nil {
		return nil
	}
	if t := topic[anaphorClass(c.written)]; t != nil && t != nearest && s.embedded(nearest) && c.p.idx-t.p.idx <= 3 {
		return t
	}
	return nearest
}

// embedded reports a mention named inside a prepositional phrase ("of the
// National Development Strategy").
func (s *scanner) embedded(m *cand) bool {
	toks := m.p.toks
	i := m.lo - 1
	if m.detLo >= 0 {
		i = m.detLo - 1
	}
	return i >= 0 && toks[i].low == "of"
}

// output builds the mentions, consolidates years within the document and
// computes identities.
func (s *scanner) output(cs []*cand) []Mention {
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].p.toks[cs[i].lo].s < cs[j].p.toks[cs[j].lo].s })
	for i, c := range cs {
		c.index = i
	}
	ms := make([]Mention, len(cs))
	for i, c := range cs {
		lo := c.lo
		if c.kind == kindAnaphor && c.detLo >= 0 {
			lo = c.detLo
		}
		sp := doc.Span{Start: c.p.toks[lo].s, End: c.p.toks[c.hi-1].end()}
		m := Mention{
			Span: sp, Text: s.d.Text[sp.Start:sp.End], ActType: c.actType, Number: c.number,
			Title: c.title, Date: c.date, Year: c.year, Jurisdiction: c.juris, Authority: c.auth,
			Antecedent: -1, InReferences: c.inRefs, Period: c.period, Lang: c.p.lang,
			ActYear: c.year, YearSource: c.yearSrc,
		}
		if c.kind != kindAnaphor {
			title := m.Title
			if c.known != "" {
				title = c.known
			}
			ti := s.titleInfo(title, m.ActType, m.Jurisdiction, m.Period)
			if title != "" || m.Period != "" {
				m.TitleKey = ti.key
			}
			m.Subject = ti.subject
			if m.Period == "" {
				m.Period = ti.period
			}
		}
		if c.inRefs && c.published != 0 && c.published != c.year {
			m.PublishedYear = c.published
		}
		ms[i] = m
	}
	s.consolidate(ms, cs)
	for i, c := range cs {
		if c.kind == kindAnaphor && c.antecedent != nil {
			a := ms[c.antecedent.index]
			m := &ms[i]
			m.Anaphor = true
			m.Antecedent = c.antecedent.index
			m.Jurisdiction = a.Jurisdiction
			m.TitleKey = a.TitleKey
			m.ActYear, m.YearSource = a.ActYear, a.YearSource
			m.Key = a.Key
			continue
		}
		ms[i].Key = Key(ms[i])
	}
	// Anaphors of anaphors: keys are final now.
	for i := range ms {
		if ms[i].Anaphor {
			ms[i].Key = ms[ms[i].Antecedent].Key
		}
	}
	return ms
}

// consolidate fills the adoption year of mentions that do not write one from
// the other mentions of the same numbered act in the document (usually its
// reference entry), and from the year of the citation that follows them.
func (s *scanner) consolidate(ms []Mention, cs []*cand) {
	// The normalized numbers, once each (the loop below compares pairs).
	fulls := make([]string, len(ms))
	for i := range ms {
		if ms[i].Number != "" {
			fulls[i], _ = normNumber(ms[i].Number)
		}
	}
	for i := range ms {
		m := &ms[i]
		if cs[i].kind == kindAnaphor || m.Number == "" {
			continue
		}
		full := fulls[i]
		bestYear, bestSrc := 0, ""
		for j := range ms {
			o := &ms[j]
			if j == i || cs[j].kind == kindAnaphor || o.Number == "" || o.Year == 0 {
				continue
			}
			if fulls[j] != full || family(o.ActType) != family(m.ActType) {
				continue
			}
			if m.Jurisdiction != "" && o.Jurisdiction != "" && m.Jurisdiction != o.Jurisdiction {
				continue
			}
			src := o.YearSource
			if o.InReferences && src != "publication" {
				src = "reference"
			}
			if rankYearSource(src) > rankYearSource(bestSrc) {
				bestYear, bestSrc = o.Year, src
			}
			if m.Jurisdiction == "" && o.Jurisdiction != "" {
				m.Jurisdiction = o.Jurisdiction
			}
		}
		if m.Year == 0 && bestYear != 0 {
			m.ActYear, m.YearSource = bestYear, bestSrc
		}
		if m.ActYear == 0 && cs[i].cited != 0 {
			m.ActYear, m.YearSource = cs[i].cited, "publication"
		}
		if cs[i].cited != 0 && cs[i].cited != m.ActYear && m.ActYear != 0 {
			m.PublishedYear = cs[i].cited
		}
	}
	// Unnumbered mentions take the cited year when they have none.
	for i := range ms {
		m := &ms[i]
		if cs[i].kind == kindAnaphor || m.ActYear != 0 || cs[i].cited == 0 {
			continue
		}
		m.ActYear, m.YearSource = cs[i].cited, "publication"
	}
}

// String renders a mention for logs.
func (m Mention) String() string {
	var b strings.Builder
	b.WriteString(m.ActType)
	if m.Anaphor {
		b.WriteString("(anaphor→")
		b.WriteString(m.Key)
		b.WriteString(")")
	}
	b.WriteString(" ")
	b.WriteString(m.Key)
	return b.String()
}
