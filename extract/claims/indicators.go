package claims

import (
	"slices"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/entity"
)

// cueHit is an indicator cue found in the sentence.
type cueHit struct {
	i, n   int
	group  string
	gi     int32 // the group's number
	weight float64
}

// peopleIndicator reports indicators that count people.
func peopleIndicator(ind string) bool {
	switch ind {
	case "population", "internal_migrants_count", "migrants_abroad", "migrants_registered", "migrant_inflow",
		"arrivals", "departures", "net_migration", "deportations", "employed_abroad_programme", "labor_force", "unemployment":
		return true
	}
	return false
}

// flowIndicator reports indicators about movements of people, which have an
// origin and a destination.
func flowIndicator(ind string) bool {
	switch ind {
	case "migrants_abroad", "migrants_registered", "migrant_inflow", "arrivals", "departures",
		"deportations", "employed_abroad_programme", "internal_migrants_count", "internal_migrants_share", "work_quota", "visas_issued":
		return true
	}
	return false
}

// cues finds the indicator cues of the sentence: every group whose phrase
// matches at a token ("immigrants" is a migrant word and an arrival word),
// in a buffer the sentences share.
func (sc *scan) cues() []cueHit {
	x := sc.x
	// The cues found last are kept (lastCues) for previousCues: the
	// buffers swap.
	x.cueBuf, x.lastCues = x.lastCues, x.cueBuf
	x.lastCuesSpan, x.lastCuesLang, x.lastCuesOK = x.cuesSpan, x.cuesLang, x.cuesOK
	x.cueBuf = sc.lx.cueHits(x.cueBuf[:0], sc.toks, sc.lang, x.cuec)
	x.cuesSpan, x.cuesLang, x.cuesOK = sc.span, sc.lang, true
	return x.cueBuf
}

// cueHits appends the indicator cues of toks to hits, through the
// document's cache c.
func (lx *Lexicon) cueHits(hits []cueHit, toks []token, lang string, c *cueCache) []cueHit {
	g := lx.groups
	slot := cueLangSlot(lang)
	for i := range toks {
		if toks[i].kind != tWord {
			continue
		}
		// from is the first phrase token left to compare: the phrases
		// under the word's stem start with it (a stem, not a prefix nor a
		// punctuation mark), those of a prefix key need the prefix tested.
		// Most words start neither: no call for an empty list.
		var idx []int32
		if wid := toks[i].wid; wid > 0 && slot >= 0 {
			if no := lx.cueFirst[wid][slot]; no > 0 {
				idx = lx.cueLists[no-1]
			}
		} else {
			idx = c.first(g, &toks[i], lang)
		}
		if len(idx) > 0 {
			hits = g.appendCueHits(hits, idx, toks, i, 1, lang)
		}
		// prefixOf's empty answers for a numbered word written out (the
		// call would not inline): no key, or a key without the set's phrases.
		if pid := toks[i].pid; g.w != nil && (pid < 0 || pid > 0 && g.no < 64 && g.w.prefixSets[pid]&(1<<g.no) == 0) {
			continue
		}
		if idx := g.prefixOf(&toks[i]); len(idx) > 0 {
			hits = g.appendCueHits(hits, idx, toks, i, 0, lang)
		}
	}
	return hits
}

// appendCueHits appends to hits the phrases idx of the cue set g that
// match at token i, their tokens before from known to match.
func (g *phraseSet) appendCueHits(hits []cueHit, idx []int32, toks []token, i, from int, lang string) []cueHit {
	for _, pi := range idx {
		p := &g.phrases[pi]
		if !langOK(p.lang, lang) || i+len(p.toks) > len(toks) || !g.matchesFrom(p, toks, i, from, lang) {
			continue
		}
		hits = append(hits, cueHit{i: i, n: len(p.toks), group: p.label, gi: p.group, weight: p.value})
	}
	return hits
}

// cueCache remembers, by shapeHash, the cue phrases a word of the document
// starts by its stem (cueCache.first): the same words come again and
// again, and a hit is a compare instead of mayStemFirst, the stemmer and a
// map probe.
type cueCache [256]struct {
	w, lang string
	idx     []int32
	ok      bool
}

// first returns the phrases of the stemmed set g whose first token is the
// stem of word t: g.byFirst[g.key(t, lang)] when g.mayStemFirst(t, lang),
// else none.
func (c *cueCache) first(g *phraseSet, t *token, lang string) []int32 {
	e := &c[shapeHash(t.lower)%uint32(len(c))]
	if e.ok && e.w == t.lower && e.lang == lang {
		return e.idx
	}
	var idx []int32
	if g.mayStemFirst(t, lang) {
		idx = g.byFirst[g.key(t, lang)]
	}
	e.w, e.lang, e.idx, e.ok = t.lower, lang, idx, true
	return idx
}

// earlierTokens returns the tokens, with their word ids, of an earlier
// sentence read in lang: the previous sentence's when they are those (the
// common case), else made again into cueToks.
func (x *extractor) earlierTokens(span doc.Span, lang string) []token {
	if x.prevToksOK && x.prevToksSpan == span && x.prevToksLang == lang {
		return x.prevToks
	}
	x.cueToks = tokenizeWith(x.cueToks, x.d.Text, span.Start, span.End, lang, x.lowc)
	x.lx.words.assign(x.cueToks, x.idc)
	return x.cueToks
}

// previousCues returns the weights of the cue groups (by number) of the
// sentence before (an antecedent: "... from the CIS. Among them, the share
// of arrivals is 78.2%").
func (sc *scan) previousCues() []float64 {
	x := sc.x
	// In the extractor's buffer: the weights are done with when the
	// sentence is.
	out := slices.Grow(x.prevWeights[:0], len(sc.lx.groupNo))[:len(sc.lx.groupNo)]
	clear(out)
	x.prevWeights = out
	i := x.d.SentenceIndex(sc.span.Start)
	if i <= 0 {
		return out
	}
	prev := x.d.Sentences[i-1].Span
	if x.d.ParagraphIndex(prev.Start) != sc.para && !sc.lx.anaphora.has(sc.toks, 0, sc.lang) {
		return out
	}
	// The cues of the sentence before, found when it was scanned, or
	// found now.
	hits := x.lastCues
	if !x.lastCuesOK || x.lastCuesSpan != prev || x.lastCuesLang != sc.lang || x.everySet {
		x.prevCueBuf = sc.lx.cueHits(x.prevCueBuf[:0], x.earlierTokens(prev, sc.lang), sc.lang, x.cuec)
		hits = x.prevCueBuf
	}
	for _, h := range hits {
		if h.weight > out[h.gi] {
			out[h.gi] = h.weight
		}
	}
	return out
}

// reach counts the tokens between two positions that a reader reads as
// distance: not those of a parenthesis or an attribution ("the population
// of Kyrgyzstan, according to the National Statistical Committee (2023b),
// was 7,037,590").
func (sc *scan) reach(from, to int) int {
	n, depth := 0, 0
	// Without an attribution in the sentence, no phrase calls.
	attribution := !sc.absent(sc.lx.attribution) && sc.lang != "kk"
	for j := from; j < to; j++ {
		t := &sc.toks[j]
		switch t.text {
		case "(":
			depth++
			continue
		case ")":
			if depth > 0 {
				depth--
			}
			continue
		}
		if depth > 0 {
			continue
		}
		if attribution {
			if p, m := sc.lx.attribution.at(sc.toks, j, sc.lang); p != nil {
				// skip to the end of the attribution (the next comma)
				k := j + m
				for k < to && sc.toks[k].text != "," {
					k++
				}
				j = k
				continue
			}
		}
		n++
	}
	return n
}

// ruleUnit maps a claim unit to the unit classes of indicators.lex.
func ruleUnit(u string) string {
	switch u {
	case "percent", "share", "persons", "count", "times", "days", "months", "years":
		return u
	case "weeks":
		return "days"
	}
	return "money"
}

// indicator scores every indicator rule over the sentence's cues and
// returns the best ("other" if none fits; the indicator of the sentence
// before when the figure continues it). A cue within three words of the
// figure counts three times, one in its clause or within eight words twice,
// one of the sentence before half.
func (sc *scan) indicator(q *quantity, unit, prevUnit string, cues []cueHit, prev []float64, clauses []int, r resolved, ments []mention) string {
	// scores by group number
	var buf [64]float64
	scores := buf[:0]
	if n := len(sc.lx.groupNo); n <= len(buf) {
		scores = buf[:n]
	} else {
		scores = make([]float64, n)
	}
	// present has bit g for each group g below 64 whose score is set (then
	// above 0): a rule that requires another has none to find.
	var present uint64
	for _, c := range cues {
		if c.i >= q.a && c.i < q.b {
			continue // the figure's own words
		}
		var d int
		if c.i >= q.b {
			d = sc.reach(q.b, c.i)
		} else {
			d = sc.reach(c.i+c.n, q.a)
		}
		// A longer phrase is a more specific cue ("relocated overseas").
		w := c.weight * (1 + 0.5*float64(c.n-1))
		sameClause := clauses[c.i] == clauses[q.num]
		comma := c.i >= q.b && sc.commaOutside(q.b, c.i) || c.i < q.a && sc.commaOutside(c.i+c.n, q.a)
		switch {
		case sameClause && d <= 3:
			w *= 3
		case sameClause && comma && c.i >= q.b:
			w *= 0.5 // after the figure, past a comma: the next clause's word
		case sameClause && comma:
			w *= 1.2
		case sameClause && d <= 8:
			w *= 2.5
		case sameClause:
			w *= 2
		}
		if w > scores[c.gi] {
			scores[c.gi] = w
			present |= 1 << uint(c.gi)
		}
	}
	// The sentence before counts when this one continues it ("Among them,
	// the share of arrivals is 78.2%").
	if sc.lx.anaphora.has(sc.toks, 0, sc.lang) {
		for g, w := range prev {
			if w/2 > scores[g] {
				scores[g] = w / 2
				present |= 1 << uint(g)
			}
		}
	}
	if r.dest != "" {
		scores[sc.lx.gDest] = 2
		present |= 1 << uint(sc.lx.gDest)
	}
	if r.origin != "" && r.origin != r.dest {
		scores[sc.lx.gOrigin] = 2
		present |= 1 << uint(sc.lx.gOrigin)
	}
	for _, mt := range ments {
		if e, ok := sc.lx.Gazetteer.Entity(mt.ID); ok && !mt.listed && e.Kind != entity.KindCountry && e.Kind != entity.KindOrganization && e.Country != "" {
			scores[sc.lx.gSub] = 2
			present |= 1 << uint(sc.lx.gSub)
		}
	}
	if sc.x.everySet {
		present = ^uint64(0) // every rule scored (the tests compare)
	}
	u := ruleUnit(unit)
	best := sc.lx.bestRule(scores, present, ruleUnitBit(u))
	if best == "other" && sc.x.lastIndicator != "" && sc.x.lastIndicator != "other" && ruleUnit(prevUnit) == u {
		return sc.x.lastIndicator
	}
	return best
}

// bestRule returns the id of the indicator rule of unit bit ub that scores
// best by the groups' scores ("other" if none scores above 0); present has
// the bits of the groups (below 64) whose score is set, or more.
func (lx *Lexicon) bestRule(scores []float64, present uint64, ub uint16) string {
	best, bestScore := "other", 0.0
	for i := range lx.indicators {
		r := &lx.indicators[i]
		if !r.anyUnit && r.unitBits&ub == 0 || r.requiredBits&^present != 0 {
			continue
		}
		s := r.priority
		ok := true
		for _, g := range r.requiredNo {
			if scores[g] == 0 {
				ok = false
				break
			}
			s += scores[g]
		}
		if !ok {
			continue
		}
		for _, g := range r.bonusNo {
			s += scores[g]
		}
		for _, g := range r.penaltyNo {
			s -= scores[g]
		}
		if s > bestScore {
			best, bestScore = r.id, s
		}
	}
	return best
}
