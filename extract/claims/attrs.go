package claims

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// attributes turns the accepted quantities into claims, returned in the
// room after x.out's.
func (sc *scan) attributes() []Claim {
	x := sc.x
	if len(sc.qs) == 0 {
		sc.notePeriod()
		return nil
	}
	clauses := sc.clauses()
	ments := sc.mentions(clauses)
	cues := sc.cues()
	var prevCues []float64
	if sc.lx.anaphora.has(sc.toks, 0, sc.lang) {
		prevCues = sc.previousCues()
	}
	remit := false
	for _, c := range cues {
		if c.group == "remit" {
			remit = true
		}
	}
	bound, boundKind := sc.bindMentions(ments)
	// The claims are written in place after x.out's (sentence appends them).
	x.out = slices.Grow(x.out, len(sc.qs))
	out := x.out[len(x.out):len(x.out)]
	ents := slices.Grow(x.resolvedBuf[:0], len(sc.qs))[:len(sc.qs)]
	clear(ents)
	x.resolvedBuf = ents
	for k, q := range sc.qs {
		ents[k] = sc.resolveEntity(k, q, ments, bound, boundKind, clauses, remit, "")
	}
	sc.respectively(ments, ents)
	// List members without an entity of their own share their list's.
	for k, q := range sc.qs {
		if ents[k].strong || q.list < 0 {
			continue
		}
		for m, o := range sc.qs {
			if m != k && o.list == q.list && ents[m].strong {
				ents[k].entity = ents[m].entity
				break
			}
		}
	}
	periods, _ := sc.assignPeriods(clauses)
	hedges, quals := sc.hits(&x.hedgeBuf, sc.lx.hedge), sc.hits(&x.qualBuf, sc.lx.qualifier)
	prevUnit := x.lastUnit // the unit of the sentence before
	if x.lastCountedPeople {
		prevUnit = "persons"
	}
	for k, q := range sc.qs {
		r := ents[k]
		unit := q.unit
		if unit == "" {
			unit = sc.inferUnit(q, k, prevUnit)
		}
		ind := sc.indicator(q, unit, prevUnit, cues, prevCues, clauses, r, ments)
		if strings.HasPrefix(ind, "cis_share") && r.entity == "cis" {
			r = sc.resolveEntity(k, q, ments, bound, boundKind, clauses, remit, "cis")
			ents[k] = r
		}
		if r.entity == "" {
			// The place of the sentence's other figures' clause.
			for m := range sc.qs {
				if m != k && ents[m].shared && !(strings.HasPrefix(ind, "cis_share") && ents[m].entity == "cis") {
					r.entity = ents[m].entity
					break
				}
			}
		}
		if r.entity == "" {
			r.entity = sc.fallbackEntity(r)
			if r.entity == r.dest && r.dest != "" {
				ents[k].entity, ents[k].shared = r.dest, true
			}
		}
		switch {
		case unit == "count" && q.noun < 0 && peopleIndicator(ind):
			unit = "persons"
		}
		// Arrivals are counted by the country they arrive in.
		if ind == "arrivals" && r.dest != "" && !r.people {
			r.entity = r.dest
			ents[k].entity, ents[k].shared = r.dest, true
		}
		if !flowIndicator(ind) && (unit != "persons" || r.dest == "") {
			// Outside migration indicators only a stated movement of people
			// ("went to Kazakhstan") keeps its ends.
			r.origin, r.dest = "", ""
		} else if r.origin == "" && (ind == "migrants_abroad" || ind == "departures" || ind == "employed_abroad_programme" || ind == "deportations" || ind == "migrants_registered") {
			r.origin = r.entity
		}
		if r.dest == r.entity && r.origin == "" {
			r.dest = ""
		}
		if r.origin == r.dest {
			r.dest = ""
		}
		c := Claim{
			Span:         doc.Span{Start: sc.toks[q.a].start, End: sc.toks[q.b-1].end},
			Low:          q.low,
			High:         q.high,
			Unit:         unit,
			Approx:       approxLabel(q.approx),
			Entity:       r.entity,
			Origin:       r.origin,
			Destination:  r.dest,
			Indicator:    ind,
			Period:       periods[k],
			Source:       sc.source(q),
			Hedged:       hedged(q, clauses, hedges),
			Scale:        q.scaleName,
			Qualifier:    qualifier(q, clauses, quals),
			Respectively: q.resp,
			Lang:         sc.lang,
		}
		c.Text = sc.text[c.Span.Start:c.Span.End]
		if !q.isRange && !math.IsNaN(q.value) {
			c.Value = x.newValue(q.value)
		}
		out = append(out, c)
		x.lastUnit = unit
	}
	// A figure of a list or change, or a ratio, that no cue names is about
	// what its companions are ("from 467,300 to 392,800 migrants", "a
	// decline by more than 40%").
	for k, q := range sc.qs {
		if out[k].Indicator != "other" {
			continue
		}
		for m, o := range sc.qs {
			if m == k || out[m].Indicator == "other" {
				continue
			}
			if q.list >= 0 && o.list == q.list || sc.changePair(q, o) || sc.changePair(o, q) || sc.isChange(q) || sc.isChange(o) {
				out[k].Indicator = out[m].Indicator
				break
			}
		}
	}
	x.lastIndicator = out[len(out)-1].Indicator
	x.lastCountedPeople = false
	for _, c := range out {
		if c.Unit == "persons" {
			x.lastCountedPeople = true
		}
	}
	x.lastPeriod, x.lastPeriodFromClaims = nil, false
	for i := len(out) - 1; i >= 0; i-- {
		if out[i].Period != nil {
			x.lastPeriod, x.lastPeriodFromClaims = out[i].Period, true
			break
		}
	}
	if sc.carry != nil {
		x.lastPeriod, x.lastPeriodFromClaims = sc.carry, true
	}
	if x.lastPeriodFromClaims {
		x.claimsPeriodSent, x.claimsPeriodPlan = x.sentNo, sc.planDated
	}
	if x.lastPeriod == nil {
		sc.notePeriod()
	}
	return out
}

// newValue returns a pointer to v for a claim's Value, from a block that
// the claims of the document share (one allocation per 64 values, not one
// per claim; a block is never reused, the claims keep it).
func (x *extractor) newValue(v float64) *float64 {
	if len(x.values) == cap(x.values) {
		x.values = make([]float64, 0, 64)
	}
	x.values = append(x.values, v)
	return &x.values[len(x.values)-1]
}

// newPeriod returns a pointer to a copy of p, from a block that the
// claims and carried periods of the document share (one allocation per 32
// periods, not one per claim; a block is never reused, the claims keep
// it).
func (x *extractor) newPeriod(p Period) *Period {
	if len(x.periods) == cap(x.periods) {
		x.periods = make([]Period, 0, 32)
	}
	x.periods = append(x.periods, p)
	return &x.periods[len(x.periods)-1]
}

func approxLabel(a string) string {
	switch a {
	case "upto":
		return "under"
	case "atleast":
		return "over"
	case "":
		return "exact"
	}
	return a
}

// inferUnit gives a bare figure the unit of its noun, else persons when the
// figures before it count people ("Of those, 5,648 were assisted"), else the
// unit of the figure it continues, else of the people its clause is about.
func (sc *scan) inferUnit(q *quantity, k int, prevUnit string) string {
	if q.noun >= 0 {
		if q.person {
			return "persons"
		}
		return "count"
	}
	unit := ""
	for m := k - 1; m >= 0; m-- {
		o := sc.qs[m]
		u := o.unit
		if u == "" && o.noun >= 0 {
			u = "count"
			if o.person {
				u = "persons"
			}
		}
		if u == "persons" {
			return u
		}
		if u == "count" && unit == "" {
			unit = u
		}
	}
	if unit != "" {
		return unit
	}
	if prevUnit == "persons" || prevUnit == "count" {
		return prevUnit
	}
	for k := q.a - 1; k >= 0 && k >= q.a-12; k-- {
		if sc.lx.person.has(sc.toks, k, sc.lang) {
			return "persons"
		}
	}
	return "count"
}

// phraseHit is a phrase found in the sentence.
type phraseHit struct {
	i     int
	label string
}

// hits returns the phrases of set found in the sentence, in *buf (a
// buffer of the extractor's, reused from sentence to sentence: the hits
// are done with when the sentence is).
func (sc *scan) hits(buf *[]phraseHit, set *phraseSet) []phraseHit {
	out := (*buf)[:0]
	sc.find(set, 0, len(sc.toks), func(i, n int, p *phrase) {
		out = append(out, phraseHit{i, p.label})
	})
	*buf = out
	return out
}

// hedged reports a hedge word in the figure's clause or next to it.
func hedged(q *quantity, clauses []int, hedges []phraseHit) bool {
	for _, h := range hedges {
		if clauses[h.i] == clauses[q.num] || absInt(h.i-q.a) <= 6 {
			return true
		}
	}
	return false
}

// qualifier returns the definition word of the figure's clause, else of its
// sentence.
func qualifier(q *quantity, clauses []int, quals []phraseHit) string {
	for _, h := range quals {
		if clauses[h.i] == clauses[q.num] {
			return h.label
		}
	}
	if len(quals) > 0 {
		return quals[0].label
	}
	return ""
}

// sources returns the run of the document's sources (sorted by start) that
// holds every one that overlaps the sentence: from the first that starts
// within srcMaxLen before it (one that starts earlier ends before it) to
// the first that starts after it. Found once per sentence.
func (sc *scan) sources() []Source {
	srcs := sc.x.ctx.Sources
	if !sc.srcOK {
		from := sc.span.Start - sc.x.srcMaxLen
		lo := sort.Search(len(srcs), func(i int) bool { return srcs[i].Span.Start >= from })
		hi := lo
		for hi < len(srcs) && srcs[hi].Span.Start < sc.span.End {
			hi++
		}
		sc.srcLo, sc.srcHi, sc.srcOK = lo, hi, true
	}
	return srcs[sc.srcLo:sc.srcHi]
}

// source returns the Ref of the source nearest the figure in its sentence.
func (sc *scan) source(q *quantity) string { return sc.nearestSource(q, sc.sources()) }

// nearestSource picks, of srcs, the source within the sentence nearest to
// q's words (the first of equals).
func (sc *scan) nearestSource(q *quantity, srcs []Source) string {
	best, bestD := "", 1<<30
	start, end := sc.toks[q.a].start, sc.toks[q.b-1].end
	for _, s := range srcs {
		if s.Span.End <= sc.span.Start || s.Span.Start >= sc.span.End {
			continue
		}
		d := 0
		switch {
		case s.Span.End <= start:
			d = start - s.Span.End
		case s.Span.Start >= end:
			d = s.Span.Start - end
		}
		if d < bestD {
			best, bestD = s.Ref, d
		}
	}
	return best
}

// verbLike reports a word shaped like a finite verb, which is never the noun
// a figure counts ("36,700 left", "13 were").
func (x *extractor) verbLike(w, lang string) bool {
	switch lang {
	case "en":
		return len(w) > 4 && strings.HasSuffix(w, "ed")
	case "ru":
		return hasAnySuffix(w, "ли", "ло", "ла", "ет", "ют", "ат", "ят", "ит", "ется", "ются")
	case "kk":
		return hasAnySuffix(w, "ды", "ді", "ты", "ті", "йды", "йді", "ады", "еді")
	}
	return false
}
