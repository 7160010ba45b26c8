package claims

import (
	"math"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/entity"
)

// mention is a gazetteer match inside the sentence and how the sentence
// ties it to the figures around it.
type mention struct {
	entity.Match
	a, b int    // tokens
	id   string // the place it stands for (an organization's country)
	org  bool
	// rel is the word or case that ties it: of, for, from, to, in, gen.
	rel      string
	attrib   bool // inside an attribution or a source span
	listed   bool // in a list of examples ("including X, Y")
	activity bool // "working in X": a destination of migrants
	pred     bool // a predicate: "were Russians"
	// tail marks a name coordinated after another ("Tajikistan and
	// Kyrgyzstan": Kyrgyzstan); the first of a list is its subject.
	tail   bool
	clause int
}

// cueHit is an indicator cue found in the sentence.
type cueHit struct {
	i, n   int
	group  string
	weight float64
}

// attributes turns the accepted quantities into claims.
func (sc *scan) attributes() []Claim {
	x := sc.x
	if len(sc.qs) == 0 {
		sc.notePeriod()
		return nil
	}
	clauses := sc.clauses()
	ments := sc.mentions(clauses)
	cues := sc.cues()
	prevCues := sc.previousCues()
	remit := false
	for _, c := range cues {
		if c.group == "remit" {
			remit = true
		}
	}
	bound, boundKind := sc.bindMentions(ments)
	out := make([]Claim, 0, len(sc.qs))
	ents := make([]resolved, len(sc.qs))
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
	periods, inherited := sc.assignPeriods(clauses)
	anaphoric := sc.lx.anaphora.has(sc.toks, 0, sc.lang)
	inds := make([]string, len(sc.qs))
	prevUnit := x.lastUnit
	for k, q := range sc.qs {
		r := ents[k]
		unit := q.unit
		if unit == "" {
			unit = sc.inferUnit(q, k)
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
		if !flowIndicator(ind) {
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
		inds[k] = ind
		// A period carried from the sentence before dates the figure only when
		// it continues that sentence: an opener like "These", or the same
		// indicator.
		if inherited[k] && !anaphoric && !x.prevIndicators[ind] {
			periods[k] = nil
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
			Hedged:       sc.hedged(q, clauses),
			Scale:        q.scaleName,
			Qualifier:    sc.qualifier(q, clauses),
			Respectively: q.resp,
			Lang:         sc.lang,
		}
		c.Text = sc.text[c.Span.Start:c.Span.End]
		if !q.isRange && !math.IsNaN(q.value) {
			v := q.value
			c.Value = &v
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
			if q.list >= 0 && o.list == q.list || sc.changePair(q, o) || sc.changePair(o, q) || sc.isChange(q) {
				out[k].Indicator = out[m].Indicator
				break
			}
		}
	}
	x.lastIndicator = out[len(out)-1].Indicator
	x.prevIndicators = map[string]bool{}
	for _, c := range out {
		if c.Indicator != "other" {
			x.prevIndicators[c.Indicator] = true
		}
	}
	x.lastPeriod, x.lastPeriodFromClaims = nil, false
	for i := len(out) - 1; i >= 0; i-- {
		if out[i].Period != nil {
			x.lastPeriod, x.lastPeriodFromClaims = out[i].Period, true
			break
		}
	}
	if x.lastPeriod == nil {
		sc.notePeriod()
	}
	return out
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

// clauses numbers the clause of every token: a new clause opens at ";" or
// ":", at "while", "but", "ал", "а", and at ", and", ", which" and the like.
func (sc *scan) clauses() []int {
	ids := make([]int, len(sc.toks))
	id := 0
	for i := 0; i < len(sc.toks); i++ {
		if p, n := sc.lx.clauseBreak.at(sc.toks, i, sc.lang); p != nil && i > 0 {
			id++
			for k := i; k < i+n; k++ {
				ids[k] = id
			}
			i += n - 1
			continue
		}
		if i > 0 && sc.toks[i-1].text == "," {
			if p, n := sc.lx.clauseBreakComma.at(sc.toks, i, sc.lang); p != nil && !sc.namesFollow(i+n) {
				id++
			}
		}
		ids[i] = id
	}
	return ids
}

// namesFollow reports a place name at token i (after an article): ", and
// Turkmenistan" closes a list of names rather than opening a clause.
func (sc *scan) namesFollow(i int) bool {
	if t := sc.tok(i); t != nil && (t.lower == "the" || t.lower == "to" || t.lower == "in") {
		i++
	}
	t := sc.tok(i)
	return t != nil && t.kind == tWord && sc.x.placeAt(t.start) != nil
}

// mentions collects the places named in the sentence with their relations.
func (sc *scan) mentions(clauses []int) []mention {
	x := sc.x
	lo := sort.Search(len(x.ents), func(i int) bool { return x.ents[i].Start >= sc.span.Start })
	var out []mention
	attribZones := sc.attributionZones(clauses)
	for k := lo; k < len(x.ents) && x.ents[k].End <= sc.span.End; k++ {
		m := x.ents[k]
		mt := mention{Match: m, id: m.ID}
		if m.Kind == entity.KindOrganization {
			e, _ := sc.lx.Gazetteer.Entity(m.ID)
			if e.Country == "" {
				continue
			}
			mt.id, mt.org = e.Country, true
		}
		mt.a = sort.Search(len(sc.toks), func(i int) bool { return sc.toks[i].start >= m.Start })
		mt.b = sort.Search(len(sc.toks), func(i int) bool { return sc.toks[i].start >= m.End })
		if mt.a >= len(sc.toks) || mt.b <= mt.a {
			continue
		}
		mt.clause = clauses[mt.a]
		mt.rel = sc.relation(mt)
		if mt.rel == "to" && sc.activityBefore(mt) {
			mt.activity = true
		}
		for _, z := range attribZones {
			if mt.a >= z[0] && mt.b <= z[1] {
				mt.attrib = true
			}
		}
		if sc.inSource(m.Start, m.End) || mt.org {
			mt.attrib = true
		}
		mt.listed = sc.listedAt(mt.a)
		if mt.Role != entity.RoleName {
			if p := sc.tok(mt.a - 1); p != nil {
				switch p.lower {
				case "were", "was", "are", "is", "predominantly", "mostly", "mainly", "largely":
					mt.pred = true
				}
			}
		}
		// Kazakh: "Ресейде, Қазақстанда ... жұмыс істейді": where they work.
		if sc.lang == "kk" && (mt.rel == "in" || mt.rel == "to") {
			for j := mt.b; j < len(sc.toks) && j < mt.b+8; j++ {
				if sc.toks[j].lower == "жұмыс" {
					mt.activity = true
					break
				}
			}
		}
		out = append(out, mt)
	}
	// Coordinated names share the relation of the first: "to Kazakhstan,
	// Russia and Turkmenistan", "were Kazakhs and Russians".
	for k := 1; k < len(out); k++ {
		prev, cur := &out[k-1], &out[k]
		if cur.clause != prev.clause || !sc.coordinated(prev.b, cur.a) {
			continue
		}
		if cur.rel != "" {
			// Kazakh and Russian print the case once, on the last name:
			// "Тәжікстан мен Қырғызстанда" (in Tajikistan and Kyrgyzstan).
			if prev.rel == "" && (sc.lang == "kk" || sc.lang == "ru") {
				prev.rel = cur.rel
				prev.activity = cur.activity
			}
			cur.tail = cur.rel == prev.rel
			continue
		}
		cur.rel, cur.activity, cur.pred = prev.rel, prev.activity, prev.pred
		cur.listed = cur.listed || prev.listed
		cur.tail = true
	}
	return out
}

// coordinated reports that only commas, conjunctions and articles separate
// two names.
func (sc *scan) coordinated(from, to int) bool {
	if to <= from {
		return false
	}
	for k := from; k < to; k++ {
		t := &sc.toks[k]
		switch t.lower {
		case ",", "and", "or", "the", "capital", "city", "of", "және", "мен", "бен", "пен", "немесе", "и", "или", "in", "ali", "ter":
			continue
		}
		return false
	}
	return true
}

// activityBefore reports a migrant activity word before the preposition of
// a place ("working in Russia", "migration to Kazakhstan").
func (sc *scan) activityBefore(mt mention) bool {
	j := mt.a - 1
	if p := sc.tok(j); p != nil && p.lower == "the" {
		j--
	}
	a := sc.tok(j - 1)
	return a != nil && sc.lx.migrantActivity.hasWord(a.lower, sc.lang)
}

// relation reads the word or case ending that ties a place to its sentence.
func (sc *scan) relation(mt mention) string {
	if mt.Lang == "kk" && mt.Suffix != "" {
		s := mt.Suffix
		switch {
		case hasAnySuffix(s, "дан", "ден", "тан", "тен", "нан", "нен"):
			return "from"
		case hasAnySuffix(s, "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "да", "де", "та", "те", "нда", "нде"):
			return "in"
		case hasAnySuffix(s, "ның", "нің", "дың", "дің", "тың", "тің"):
			return "gen"
		case hasAnySuffix(s, "ға", "ге", "қа", "ке", "на", "не"):
			return "to"
		}
	}
	if t := sc.tok(mt.b); t != nil && (t.text == "'" || t.text == "’") {
		if s := sc.tok(mt.b + 1); s != nil && s.lower == "s" {
			return "gen"
		}
	}
	j := mt.a - 1
	if p := sc.tok(j); p != nil && (p.lower == "the" || p.lower == "this") {
		j--
	}
	p := sc.tok(j)
	if p == nil || p.kind != tWord {
		return ""
	}
	// Russian "в/на" takes the accusative for a destination (в Россию, в
	// Казахстан) and the prepositional for a location (в России).
	if sc.lang == "ru" && mt.Lang == "ru" && (p.lower == "в" || p.lower == "во" || p.lower == "на") {
		switch mt.Suffix {
		case "е", "и", "ии":
			return "in"
		case "у", "ю", "":
			return "to"
		}
	}
	switch {
	case sc.lx.from.hasWord(p.lower, sc.lang):
		return "from"
	case p.lower == "of" || p.lower == "for":
		return p.lower
	case sc.lx.to.hasWord(p.lower, sc.lang) && !sc.lx.in.hasWord(p.lower, sc.lang):
		return "to"
	case sc.lx.in.hasWord(p.lower, sc.lang):
		if a := sc.tok(j - 1); a != nil && sc.lx.migrantActivity.hasWord(a.lower, sc.lang) {
			return "to"
		}
		return "in"
	}
	return ""
}

func hasAnySuffix(s string, suf ...string) bool {
	for _, x := range suf {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// attributionZones returns the token ranges of "according to X" phrases:
// from the cue to the end of its clause or the next comma (in Kazakh, the cue
// follows the source, so the zone runs from the clause start to the cue).
func (sc *scan) attributionZones(clauses []int) [][2]int {
	var zones [][2]int
	sc.lx.attribution.find(sc.toks, 0, len(sc.toks), sc.lang, func(i, n int, p *phrase) {
		if sc.lang == "kk" {
			a := i
			for a > 0 && clauses[a-1] == clauses[i] && sc.toks[a-1].text != "," {
				a--
			}
			zones = append(zones, [2]int{a, i + n})
			return
		}
		b := i + n
		for b < len(sc.toks) && clauses[b] == clauses[i] && sc.toks[b].text != "," {
			b++
		}
		zones = append(zones, [2]int{i, b})
	})
	return zones
}

func (sc *scan) inSource(start, end int) bool {
	for _, s := range sc.x.ctx.Sources {
		if s.Span.Start <= start && end <= s.Span.End {
			return true
		}
	}
	return false
}

// listedAt reports a name in a list of members ("with 15 countries,
// including X, Y and Z").
func (sc *scan) listedAt(a int) bool {
	for k := a - 1; k >= 0 && k >= a-40; k-- {
		t := &sc.toks[k]
		if p, n := sc.lx.listing.at(sc.toks, k, sc.lang); p != nil && k+n <= a {
			return true
		}
		if t.kind == tNum || t.text == ";" || t.text == "." || t.text == ":" {
			return false
		}
		if t.kind == tWord && sc.x.placeAt(t.start) == nil && !sc.lx.stop.hasWord(t.lower, sc.lang) &&
			t.lower != "republic" && t.lower != "federation" && t.lower != "islamic" && t.lower != "state" && t.lower != "kingdom" {
			return false
		}
	}
	return false
}

// resolved is what resolveEntity decided for one figure.
type resolved struct {
	entity, origin, dest string
	// strong marks an entity tied to the figure or its clause, which list
	// members without one may borrow.
	strong bool
	// people marks an entity named by the people the figure counts.
	people bool
	// shared marks an entity of the figure's clause (its subject, location,
	// people) rather than of the figure alone: the sentence's other figures
	// without a place may take it.
	shared bool
	kind   string
}

// Kinds of binding between a place and one figure.
const (
	boundNone   = 0
	boundEntity = 1 // "Kyrgyzstan – 1.7%", "Өзбекстанда – 56%", "Lithuania (17%)"
	boundDest   = 2 // "3,800 in the United Kingdom", "760 to the Russian Federation"
)

// bindMentions ties a place printed right next to a figure to that figure
// alone: a place before it with only a dash, colon or bracket between is its
// entity; a place right after it behind "in" or "to" is where its people
// are. The other figures of the sentence do not use it.
func (sc *scan) bindMentions(ments []mention) (owner []int, kind []int) {
	owner = make([]int, len(ments))
	kind = make([]int, len(ments))
	for mi, mt := range ments {
		owner[mi] = -1
		for k, q := range sc.qs {
			if mt.b <= q.a && q.a > mt.b && q.a-mt.b <= 2 && sc.onlyJoiners(mt.b, q.a) {
				owner[mi], kind[mi] = k, boundEntity
				break
			}
			if mt.a >= q.b && (mt.rel == "in" || mt.rel == "to") && sc.contentBetween(q.b, mt.a) == 0 && mt.a-q.b <= 3 &&
				(q.unit == "" || q.unit == "persons" || q.unit == "count") {
				owner[mi], kind[mi] = k, boundDest
				break
			}
		}
	}
	return owner, kind
}

// resolveEntity picks the entity a figure is about, and the origin and
// destination of the flow it counts. It prefers a place tied to the figure
// ("47.9% of Tajikistan's GDP", "Kyrgyzstan – 1.7%", "1.3% for Kazakhstan"),
// then the people it counts ("Tajik migrants", "migrants from Kyrgyzstan"),
// then the subject or location of its clause, then the sentence; places in
// attributions, in lists of members and destinations count least. exclude
// names a place that cannot be the entity (the CIS of a CIS share).
func (sc *scan) resolveEntity(k int, q *quantity, ments []mention, bound, boundKind []int, clauses []int, remit bool, exclude string) resolved {
	var r resolved
	bestScore := 19.0
	originD, destD := 1<<30, 1<<30
	clause := clauses[q.num]
	deport := false
	for j := maxInt(0, q.a-12); j < len(sc.toks) && j < q.b+8; j++ {
		if strings.HasPrefix(sc.toks[j].lower, "deport") || strings.HasPrefix(sc.toks[j].lower, "депорт") {
			deport = true
		}
	}
	for mi, mt := range ments {
		if mt.id == exclude || bound[mi] >= 0 && bound[mi] != k {
			continue
		}
		after := mt.a >= q.b
		d := q.a - mt.b
		if after {
			d = mt.a - q.b
		}
		if d < 0 {
			d = 0
		}
		fd := float64(d)
		same := mt.clause == clause && !(after && sc.commaBetween(q.b, mt.a))
		pred := mt.pred
		// "two-thirds Russian", "66.4% Russian": the composition of a share.
		if after && d == 0 && mt.Role != entity.RoleName && (q.unit == "share" || q.unit == "percent") {
			pred = true
		}
		people := !pred && mt.rel != "to" && mt.rel != "in" && mt.rel != "from" && sc.namesPeople(mt)
		blocked := sc.claimBetween(k, mt)
		score, role := 0.0, ""
		switch {
		case bound[mi] == k && boundKind[mi] == boundEntity:
			score, r.kind = 95, "bound"
		case bound[mi] == k:
			role = "dest"
		case sc.compound(mt):
			score = 5 // "EU-issued visas"
		case after && d <= 6 && (mt.rel == "of" || mt.rel == "gen") && sc.ofChain(q.b, mt.a):
			score = 100
		case after && d <= 3 && mt.rel == "for":
			score = 90
		case mt.Role != entity.RoleName && !pred && sc.countsPeople(q, mt):
			score, role = 85, "origin"
		case mt.rel == "from":
			switch {
			case remit:
				role = "source"
			case deport:
				role = "dest"
			default:
				role = "origin"
				if same {
					score = 80 - fd/2
				} else {
					score = 35
				}
			}
		case people:
			score, role = 72-fd/2, "origin"
			if !same {
				score = 30
			}
		case mt.rel == "to" || mt.activity:
			role = "dest"
		case mt.rel == "in" && after && d <= 3 && (q.unit == "" || q.unit == "persons" || q.unit == "count"):
			role = "dest" // "3,800 in the United Kingdom"
		case mt.rel == "in" && !mt.listed && !mt.attrib:
			role = "in"
			switch {
			case same:
				score = 60 - fd/2
			case after:
				score = 15
			default:
				score = 30
			}
		case mt.rel == "for" && sc.clauseStart(mt, clauses):
			score = 70 // "For Tajikistan, ..."
		case mt.rel == "" && !mt.listed && !pred && sc.clauseStart(mt, clauses):
			score = 65 - fd/4 // the subject: "Kyrgyzstan has signed ..."
			if !same {
				score = 35
			}
		case mt.rel == "gen" && same && !after:
			score = 70 - fd/2
		case mt.Role != entity.RoleName && same && !pred && !mt.listed:
			score = 50 - fd/2
		case mt.listed:
			score = 3
		case same:
			score = 45 - fd/2
		default:
			score = 25 - fd/3
		}
		if score < 95 && blocked {
			score /= 2
		}
		if mt.attrib && score > 12 && score < 95 {
			score = 12
		}
		if pred && score > 5 {
			score = 5
		}
		if mt.tail {
			score -= 3
		}
		switch {
		case mt.Kind == entity.KindCountry:
			score += 3
		case isBloc(mt.id):
			score -= 8
		}
		if !mt.org && !blocked {
			// Nearest in content words wins; at equal distance the place after
			// the figure ("176,828 to Chuy"), and one across a comma loses.
			var dd int
			if after {
				dd = 2 * sc.contentBetween(q.b, mt.a)
			} else {
				dd = 2*sc.contentBetween(mt.b, q.a) + 1
				if sc.commaBetween(mt.b, q.a) {
					dd += 4
				}
			}
			if role == "origin" && dd < originD {
				r.origin, originD = mt.id, dd
				if people {
					r.people = true
				}
			}
			if role == "dest" && dd < destD {
				r.dest, destD = mt.id, dd
			}
		}
		if score > bestScore {
			r.entity, bestScore = mt.id, score
			r.strong = score >= 40
			r.shared = score >= 40 && score < 90 && !mt.attrib
			if role == "origin" && (people || sc.countsPeople(q, mt)) {
				r.people = true
			}
		}
	}
	// "in X" after an origin is where the migrants are: the nearest such place.
	if r.origin != "" && r.dest == "" {
		best := 1 << 30
		for _, mt := range ments {
			if (mt.rel == "in" || mt.rel == "to") && mt.id != r.origin && !mt.attrib && !mt.org && mt.clause == clause && !sc.claimBetween(k, mt) {
				d := absInt(mt.a - q.a)
				if d < best {
					r.dest, best = mt.id, d
				}
			}
		}
	}
	if r.entity == r.dest && r.origin != "" && r.origin != r.dest {
		r.entity = r.origin
	}
	return r
}

// namesPeople reports a place adjective or demonym that names people: a
// demonym ("Kyrgyzstanis"), or an adjective before a person noun ("Uzbek
// citizens", "Kyrgyz labor migrants").
func (sc *scan) namesPeople(mt mention) bool {
	if mt.Role == entity.RoleDemonym {
		return true
	}
	// "граждан Таджикистана", "državljani Kirgizistana": the country after
	// the people, in the genitive.
	if p := sc.tok(mt.a - 1); p != nil && sc.lang != "en" && sc.lx.person.has(sc.toks, mt.a-1, sc.lang) {
		return true
	}
	// "Өзбекстан тұрғындары", "Uzbekistan nationals": a name before them.
	if mt.Role == entity.RoleName && !sc.lx.person.has(sc.toks, mt.b, sc.lang) {
		return false
	}
	for j := mt.b; j < len(sc.toks) && j < mt.b+3; j++ {
		if sc.lx.person.has(sc.toks, j, sc.lang) {
			return true
		}
		if sc.toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// clauseStart reports a place that opens its clause, after at most an
// introductory time or preposition ("In 2024, Uzbekistan became ...").
func (sc *scan) clauseStart(mt mention, clauses []int) bool {
	for j := mt.a - 1; j >= 0 && clauses[j] == mt.clause; j-- {
		t := &sc.toks[j]
		if t.time || t.kind == tPunct || t.lower == "the" || t.lower == "for" || t.lower == "in" {
			continue
		}
		return false
	}
	return true
}

// commaOutside reports a comma between two tokens outside parentheses and
// attributions.
func (sc *scan) commaOutside(from, to int) bool {
	depth := 0
	for j := from; j < to; j++ {
		switch sc.toks[j].text {
		case "(":
			depth++
		case ")":
			if depth > 0 {
				depth--
			}
		case ",":
			if depth == 0 && !sc.lx.attribution.has(sc.toks, j+1, sc.lang) && !(j > 0 && sc.attributionEndsAt(j)) {
				return true
			}
		}
	}
	return false
}

// attributionEndsAt reports a comma that closes an attribution ("according to
// X, ...").
func (sc *scan) attributionEndsAt(j int) bool {
	for k := j - 1; k >= 0 && k >= j-24; k-- {
		if sc.toks[k].text == "," {
			return false
		}
		if sc.lx.attribution.has(sc.toks, k, sc.lang) {
			return true
		}
	}
	return false
}

// contentBetween counts the words between two tokens that are not function
// words.
func (sc *scan) contentBetween(from, to int) int {
	n := 0
	for j := from; j < to; j++ {
		t := &sc.toks[j]
		if t.kind == tNum || t.kind == tWord && !sc.lx.stop.hasWord(t.lower, sc.lang) {
			n++
		}
	}
	return n
}

// commaBetween reports a comma between two tokens.
func (sc *scan) commaBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if sc.toks[j].text == "," {
			return true
		}
	}
	return false
}

// claimBetween reports another figure of the sentence between figure k and
// the mention, other than the other end of k's change ("from 17,000 KGS in
// 2019 to 31,000 KGS in 2023").
func (sc *scan) claimBetween(k int, mt mention) bool {
	q := sc.qs[k]
	for j, o := range sc.qs {
		if j == k || sc.changePair(o, q) || sc.changePair(q, o) {
			continue
		}
		if mt.b <= o.a && o.b <= q.a || q.b <= o.a && o.b <= mt.a {
			return true
		}
	}
	return false
}

// compound reports a place written as the first part of a compound
// ("EU-issued visas"): it qualifies the noun, it does not own the figure.
func (sc *scan) compound(mt mention) bool {
	h := sc.tok(mt.b)
	return h != nil && isHyphen(h.text) && !h.space
}

// isBloc reports regions that group countries: a figure for one of them is
// rarely about the bloc when a country is named too.
func isBloc(id string) bool {
	switch id {
	case "cis", "eaeu", "eu", "world", "ussr", "post-soviet", "europe", "asia", "eurasia", "middle-east", "gulf", "central-asia":
		return true
	}
	return false
}

// ofChain reports an "of" phrase from the figure to a place: "of
// Tajikistan's", "of the population of the Naryn region".
func (sc *scan) ofChain(from, to int) bool {
	sawOf := false
	for k := from; k < to; k++ {
		t := &sc.toks[k]
		switch {
		case t.lower == "of" || t.lower == "for":
			sawOf = true
		case t.kind == tWord && !isUpper(t.text) && len(t.lower) <= 12, t.time, t.text == "(" || t.text == ")":
		default:
			return false
		}
	}
	if sc.lang == "kk" || sc.lang == "ru" || sc.lang == "sl" {
		return true
	}
	return sawOf
}

// onlyJoiners reports that only a dash, colon or parenthesis lies between a
// place and the figure after it ("Kyrgyzstan – 1.7%", "Lithuania (17%)").
func (sc *scan) onlyJoiners(from, to int) bool {
	if from > to {
		return false
	}
	for k := from; k < to; k++ {
		t := &sc.toks[k]
		if !(isDash(t.text) || t.text == ":" || t.text == "(") {
			return false
		}
	}
	return true
}

// countsPeople reports a place adjective or demonym that names the people
// the figure counts: "5166 Uzbek citizens", "200,000 Russians", "the number
// of Kyrgyz migrants", "Tajik labor migration fell by 16%".
func (sc *scan) countsPeople(q *quantity, mt mention) bool {
	if q.noun >= 0 && mt.a >= q.b && mt.b <= q.noun+1 {
		return true
	}
	if mt.a >= q.b && mt.a <= q.b+1 && mt.Role == entity.RoleDemonym {
		return true
	}
	if mt.b <= q.a && q.a-mt.b <= 8 {
		// "Tajik labor migration to Russia fell by 16%": the subject.
		if n := sc.tok(mt.b); n != nil && n.kind == tWord && (sc.lx.person.has(sc.toks, mt.b, sc.lang) || strings.HasPrefix(n.lower, "migra") || strings.HasPrefix(n.lower, "labo")) {
			return true
		}
	}
	return false
}

// respectively maps the members of a "respectively" list, in order, to the
// places named before the list ("Kyrgyzstan and Tajikistan ... 32 and 49
// percent respectively").
func (sc *scan) respectively(ments []mention, ents []resolved) {
	for k, q := range sc.qs {
		if !q.resp || (k > 0 && sc.qs[k-1].list == q.list) {
			continue
		}
		var members []int
		for m := k; m < len(sc.qs) && sc.qs[m].list == q.list; m++ {
			members = append(members, m)
		}
		var places []string
		for _, mt := range ments {
			if mt.b <= q.a && !mt.org && (mt.Kind == entity.KindCountry || !isBloc(mt.id)) && !mt.attrib && mt.Kind != entity.KindOrganization {
				if len(places) == 0 || places[len(places)-1] != mt.id {
					places = append(places, mt.id)
				}
			}
		}
		if len(places) < len(members) {
			continue
		}
		places = places[len(places)-len(members):]
		for i, m := range members {
			ents[m].entity, ents[m].strong = places[i], true
		}
	}
}

// fallbackEntity is the entity of a figure whose sentence ties it to no
// place: the main place of the text before it in the same paragraph; else a
// destination the sentence names ("... cited reasons for labor migration to
// Kazakhstan"); else its section's place, the last place named, the text's.
func (sc *scan) fallbackEntity(r resolved) string {
	x := sc.x
	para := x.d.ParagraphIndex(sc.span.Start)
	if x.lastEntity != "" && x.lastEntityPara == para {
		return x.lastEntity
	}
	if r.dest != "" {
		return r.dest
	}
	if para >= 0 && para < len(x.topics) && x.topics[para] != "" {
		return x.topics[para]
	}
	if x.lastEntity != "" {
		return x.lastEntity
	}
	return x.docTopic
}

// noteEntity remembers the sentence's main place for the sentences after it:
// the entity of its last claim (the country of a region or city), else the
// first country (or region) it names as a subject, owner or origin; a place
// named only as a destination, location or list member ("offices in the
// Russian Federation, the Republic of Korea ...") replaces it only when the
// remembered one comes from another paragraph.
func (x *extractor) noteEntity(s doc.Span, claims []Claim) {
	para := x.d.ParagraphIndex(s.Start)
	for i := len(claims) - 1; i >= 0; i-- {
		if id := claims[i].Entity; id != "" {
			if e, _ := x.lx.Gazetteer.Entity(id); e.Country != "" && e.Kind != entity.KindOrganization {
				id = e.Country
			}
			x.lastEntity, x.lastEntityPara = id, para
			return
		}
	}
	lo := sort.Search(len(x.ents), func(i int) bool { return x.ents[i].Start >= s.Start })
	object := ""
	prevObject, prevEnd := false, -1
	for k := lo; k < len(x.ents) && x.ents[k].End <= s.End; k++ {
		m := x.ents[k]
		if m.Kind == entity.KindOrganization || isBloc(m.ID) {
			continue
		}
		isObject := m.Start > s.Start && x.objectOf(s, m)
		// "to Kazakhstan, Russia and Turkmenistan": the list shares the preposition.
		if !isObject && prevObject && prevEnd >= 0 && coordinatedText(x.d.Text[prevEnd:m.Start]) {
			isObject = true
		}
		prevObject, prevEnd = isObject, m.End
		if e, _ := x.lx.Gazetteer.Entity(m.ID); e.Country != "" {
			continue // a region or city: its country stays the topic
		}
		if isObject {
			if object == "" {
				object = m.ID
			}
			continue
		}
		x.lastEntity, x.lastEntityPara = m.ID, para
		return
	}
	if object != "" && (x.lastEntity == "" || x.lastEntityPara != para) {
		x.lastEntity, x.lastEntityPara = object, para
	}
}

// coordinatedText reports text that only joins two names of a list.
func coordinatedText(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch strings.Trim(w, ",") {
		case "", "and", "or", "the", "және", "мен", "и", "или", "in", "ali":
		default:
			return false
		}
	}
	return true
}

// notePeriod remembers the period a sentence without claims states ("In
// early 2023, Kazakhstan changed its entry rules."), for the figures of the
// sentences after it.
func (sc *scan) notePeriod() {
	for _, e := range sc.times {
		if e.usable() && !e.citation && e.p.Start != "" {
			p := e.p
			sc.x.lastPeriod, sc.x.lastPeriodFromClaims = &p, false
			return
		}
	}
}

// inferUnit gives a bare figure the unit of its noun, else persons when the
// figures before it count people ("Of those, 5,648 were assisted"), else the
// unit of the figure it continues, else of the people its clause is about.
func (sc *scan) inferUnit(q *quantity, k int) string {
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
	if sc.x.lastUnit == "persons" || sc.x.lastUnit == "count" {
		return sc.x.lastUnit
	}
	for k := q.a - 1; k >= 0 && k >= q.a-12; k-- {
		if sc.lx.person.has(sc.toks, k, sc.lang) {
			return "persons"
		}
	}
	return "count"
}

// cues finds the indicator cues of the sentence: every group whose phrase
// matches at a token ("immigrants" is a migrant word and an arrival word).
func (sc *scan) cues() []cueHit {
	return sc.lx.cueHits(sc.toks, sc.lang)
}

// cueHits finds the indicator cues of toks.
func (lx *Lexicon) cueHits(toks []token, lang string) []cueHit {
	var hits []cueHit
	g := lx.groups
	for i := range toks {
		if toks[i].kind != tWord {
			continue
		}
		key := g.key(&toks[i], lang)
		try := func(idx []int32) {
			for _, pi := range idx {
				p := &g.phrases[pi]
				if !langOK(p.lang, lang) || i+len(p.toks) > len(toks) || !g.matches(p, toks, i, lang) {
					continue
				}
				hits = append(hits, cueHit{i: i, n: len(p.toks), group: p.label, weight: p.value})
			}
		}
		try(g.byFirst[key])
		try(g.byPrefix[firstRunes(toks[i].lower, 2)])
	}
	return hits
}

// previousCues returns the cue groups of the sentence before (an antecedent:
// "... from the CIS. Among them, the share of arrivals is 78.2%").
func (sc *scan) previousCues() map[string]float64 {
	x := sc.x
	out := map[string]float64{}
	i := x.d.SentenceIndex(sc.span.Start)
	if i <= 0 {
		return out
	}
	prev := x.d.Sentences[i-1].Span
	if x.d.ParagraphIndex(prev.Start) != x.d.ParagraphIndex(sc.span.Start) && !sc.lx.anaphora.has(sc.toks, 0, sc.lang) {
		return out
	}
	toks := tokenize(x.d.Text, prev.Start, prev.End, sc.lang)
	for _, h := range sc.lx.cueHits(toks, sc.lang) {
		if h.weight > out[h.group] {
			out[h.group] = h.weight
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
		if p, m := sc.lx.attribution.at(sc.toks, j, sc.lang); p != nil && sc.lang != "kk" {
			// skip to the end of the attribution (the next comma)
			k := j + m
			for k < to && sc.toks[k].text != "," {
				k++
			}
			j = k
			continue
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
func (sc *scan) indicator(q *quantity, unit, prevUnit string, cues []cueHit, prev map[string]float64, clauses []int, r resolved, ments []mention) string {
	scores := map[string]float64{}
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
		if w > scores[c.group] {
			scores[c.group] = w
		}
	}
	// The sentence before counts when this one continues it ("Among them,
	// the share of arrivals is 78.2%").
	if sc.lx.anaphora.has(sc.toks, 0, sc.lang) {
		for g, w := range prev {
			if w/2 > scores[g] {
				scores[g] = w / 2
			}
		}
	}
	if r.dest != "" {
		scores["@dest"] = 2
	}
	if r.origin != "" && r.origin != r.dest {
		scores["@origin"] = 2
	}
	for _, mt := range ments {
		if e, ok := sc.lx.Gazetteer.Entity(mt.ID); ok && !mt.listed && e.Kind != entity.KindCountry && e.Kind != entity.KindOrganization && e.Country != "" {
			scores["@subnational"] = 2
		}
	}
	u := ruleUnit(unit)
	best, bestScore := "other", 0.0
	for _, r := range sc.lx.indicators {
		if !r.units["any"] && !r.units[u] {
			continue
		}
		s := r.priority
		ok := true
		for _, g := range r.required {
			if scores[g] == 0 {
				ok = false
				break
			}
			s += scores[g]
		}
		if !ok {
			continue
		}
		for _, g := range r.bonus {
			s += scores[g]
		}
		for _, g := range r.penalty {
			s -= scores[g]
		}
		if s > bestScore {
			best, bestScore = r.id, s
		}
	}
	// Carry the indicator of the sentence before only into a sentence that
	// continues it or names no indicator of its own.
	if best == "other" && sc.x.lastIndicator != "" && sc.x.lastIndicator != "other" && ruleUnit(prevUnit) == u &&
		(len(cues) == 0 || sc.lx.anaphora.has(sc.toks, 0, sc.lang)) {
		return sc.x.lastIndicator
	}
	return best
}

// assignPeriods gives every figure its period: a time expression right after
// it ("18.8% (2023)", "4,228 in 2022") is its own; otherwise the nearest
// expression of its sentence, preferring its clause and expressions no other
// figure owns; a change ("7.4 times", "a decline by more than 40%") spans the
// years of its sentence. A figure whose sentence has none takes the period
// of the figures before it in the paragraph, or of the sentence before when
// its sentence continues it ("These include ..."); a citation year ("IOM
// (2019) found ...") dates a figure only when nothing else does.
func (sc *scan) assignPeriods(clauses []int) ([]*Period, []bool) {
	out := make([]*Period, len(sc.qs))
	inherited := make([]bool, len(sc.qs))
	owned := make([]int, len(sc.qs))
	taken := map[int]bool{}
	for k, q := range sc.qs {
		owned[k] = -1
		for ti, e := range sc.times {
			if !e.usable() || e.citation {
				continue
			}
			if e.a >= q.b && sc.tightGap(q.b, e.a) {
				owned[k] = ti
				taken[ti] = true
				break
			}
		}
	}
	var same *Period
	for _, e := range sc.times {
		if e.same {
			same = sc.x.lastPeriod
		}
	}
	inherit := sc.x.lastPeriod
	if !sc.x.lastPeriodFromClaims && !sc.lx.anaphora.has(sc.toks, 0, sc.lang) {
		inherit = nil
	}
	for k, q := range sc.qs {
		if owned[k] >= 0 {
			p := sc.times[owned[k]].p
			out[k] = &p
			continue
		}
		if sc.isChange(q) {
			if p := sc.yearSpan(); p != nil {
				out[k] = p
				continue
			}
		}
		best := -1
		bestD := 1 << 30
		for ti, e := range sc.times {
			if !e.usable() {
				continue
			}
			d := q.a - e.b
			if e.a >= q.b {
				d = e.a - q.b
			}
			if d < 0 {
				d = 0
			}
			if clauses[e.a] != clauses[q.num] {
				d += 20
			}
			if taken[ti] {
				d += 40
			}
			if e.citation {
				d += 200
			}
			if d < bestD {
				best, bestD = ti, d
			}
		}
		switch {
		case best >= 0:
			p := sc.times[best].p
			out[k] = &p
		case same != nil:
			out[k] = same
		case inherit != nil:
			out[k] = inherit
			inherited[k] = true
		}
	}
	return out, inherited
}

// yearSpan returns the span of the years the sentence states, when it states
// two or more ("from 1.2 million (2023) to 698 thousand (2024)"), else nil.
func (sc *scan) yearSpan() *Period {
	var lo, hi string
	n := 0
	for _, e := range sc.times {
		if !e.usable() || e.citation || e.p.Start == "" {
			continue
		}
		n++
		if lo == "" || e.p.Start < lo {
			lo = e.p.Start
		}
		if hi == "" || e.p.End > hi {
			hi = e.p.End
		}
	}
	if n < 2 || lo[:4] == hi[:4] {
		return nil
	}
	return &Period{Start: lo[:4], End: hi[:4], Text: lo[:4] + "–" + hi[:4]}
}

// tightGap reports that only brackets, "in", "as of", "by the end of" and
// the like separate a figure from a time expression after it.
func (sc *scan) tightGap(from, to int) bool {
	if to-from > 5 {
		return false
	}
	for k := from; k < to; k++ {
		t := &sc.toks[k]
		switch t.lower {
		case "(", "in", "of", "by", "as", "at", "the", "end", "for", "during", "в", "на", "за", "к", "концу", "v", "leta", "letu", "konec":
			continue
		}
		if t.kind == tWord && sc.x.placeAt(t.start) != nil {
			continue
		}
		if t.kind == tWord && sc.lx.person.has(sc.toks, k, sc.lang) {
			continue
		}
		return false
	}
	return true
}

// isChange reports a figure that measures a change: a percent change or a
// ratio ("by 16%", "7.4 times", "a decline by more than 40%").
func (sc *scan) isChange(q *quantity) bool {
	if q.unit == "times" {
		return true
	}
	if q.unit != "percent" {
		return false
	}
	for k := maxInt(0, q.a-4); k < q.a; k++ {
		if sc.toks[k].lower == "by" || sc.lx.changeUp.has(sc.toks, k, sc.lang) || sc.lx.changeDown.has(sc.toks, k, sc.lang) {
			return true
		}
	}
	return false
}

// hedged reports a hedge word in the figure's clause.
func (sc *scan) hedged(q *quantity, clauses []int) bool {
	c := clauses[q.num]
	found := false
	sc.lx.hedge.find(sc.toks, 0, len(sc.toks), sc.lang, func(i, n int, p *phrase) {
		if clauses[i] == c || absInt(i-q.a) <= 6 {
			found = true
		}
	})
	return found
}

// qualifier returns the definition word of the figure's clause, else of its
// sentence.
func (sc *scan) qualifier(q *quantity, clauses []int) string {
	c := clauses[q.num]
	inClause, inSentence := "", ""
	sc.lx.qualifier.find(sc.toks, 0, len(sc.toks), sc.lang, func(i, n int, p *phrase) {
		if clauses[i] == c && inClause == "" {
			inClause = p.label
		}
		if inSentence == "" {
			inSentence = p.label
		}
	})
	if inClause != "" {
		return inClause
	}
	return inSentence
}

// source returns the Ref of the source nearest the figure in its sentence.
func (sc *scan) source(q *quantity) string {
	best, bestD := "", 1<<30
	start, end := sc.toks[q.a].start, sc.toks[q.b-1].end
	for _, s := range sc.x.ctx.Sources {
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

// placeAt returns the gazetteer match covering offset off, or nil.
func (x *extractor) placeAt(off int) *entity.Match {
	i := sort.Search(len(x.ents), func(i int) bool { return x.ents[i].End > off })
	if i < len(x.ents) && x.ents[i].Start <= off {
		return &x.ents[i]
	}
	return nil
}

func (x *extractor) roleAt(off int) string {
	if m := x.placeAt(off); m != nil {
		return m.Role
	}
	return ""
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

// objectOf reports a place after a preposition of destination, location or
// listing ("to Russia", "in the UK", "such as Korea"), Kazakh dative
// endings included.
func (x *extractor) objectOf(s doc.Span, m entity.Match) bool {
	if m.Lang == "kk" && m.Suffix != "" {
		return hasAnySuffix(m.Suffix, "ға", "ге", "қа", "ке")
	}
	before := x.d.Text[maxInt(s.Start, m.Start-24):m.Start]
	words := strings.Fields(strings.ToLower(before))
	for len(words) > 0 && words[len(words)-1] == "the" {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return false
	}
	switch strings.Trim(words[len(words)-1], ",;:()") {
	case "to", "into", "in", "within", "at", "with", "by", "including", "like", "as", "between", "among", "towards", "than",
		"в", "во", "на", "с", "к", "v", "na", "z", "s", "pri":
		return true
	}
	return false
}
