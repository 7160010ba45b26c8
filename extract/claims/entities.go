package claims

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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

// clauses numbers the clause of every token: a new clause opens at ";" or
// ":", at "while", "but", "ал", "а", and at ", and", ", which" and the like
// (in a buffer the sentences share).
func (sc *scan) clauses() []int {
	ids := slices.Grow(sc.x.clauseBuf[:0], len(sc.toks))[:len(sc.toks)]
	clear(ids)
	sc.x.clauseBuf = ids
	id := 0
	// Most sentences have neither kind of break: no phrase calls then.
	breaks, commaBreaks := !sc.absent(sc.lx.clauseBreak), !sc.absent(sc.lx.clauseBreakComma)
	for i := 0; i < len(sc.toks); i++ {
		if breaks {
			if p, n := sc.lx.clauseBreak.at(sc.toks, i, sc.lang); p != nil && i > 0 {
				id++
				for k := i; k < i+n; k++ {
					ids[k] = id
				}
				i += n - 1
				continue
			}
		}
		if commaBreaks && i > 0 && sc.toks[i-1].text == "," {
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
	x.sentEnts()
	lo := sort.Search(len(x.ents), func(i int) bool { return x.ents[i].Start >= sc.span.Start })
	hi := lo
	for hi < len(x.ents) && x.ents[hi].End <= sc.span.End {
		hi++
	}
	var out []mention
	if hi > lo {
		out = slices.Grow(x.mentBuf[:0], hi-lo)
	}
	attribZones := sc.attributionZones(clauses)
	for k := lo; k < hi; k++ {
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
	out = sc.placeAnaphors(out, clauses)
	if cap(out) > cap(x.mentBuf) {
		x.mentBuf = out[:0] // for the next sentence
	}
	return out
}

// placeAnaphors adds a mention for each "this country", "there" of the
// sentence: the nearest country named before it that people are not said to
// come from, in this sentence or as the paragraph's last place.
func (sc *scan) placeAnaphors(out []mention, clauses []int) []mention {
	var add []mention
	sc.find(sc.lx.placeAnaphor, 0, len(sc.toks), func(i, n int, p *phrase) {
		if n == 1 && sc.toks[i].lower == "there" && !placeVerbBefore(sc.tok(i-1)) {
			return // "there were 322.7 thousand": no place; "working there": one
		}
		sc.x.settlePlace()
		ref := sc.x.lastPlace
		for _, mt := range out {
			if mt.b <= i && mt.Kind == entity.KindCountry && mt.rel != "from" && !mt.attrib && !mt.org {
				ref = mt.id
			}
		}
		if ref == "" {
			return
		}
		m := entity.Match{Start: sc.toks[i].start, End: sc.toks[i+n-1].end, ID: ref, Kind: entity.KindCountry, Role: entity.RoleName}
		add = append(add, mention{Match: m, id: ref, a: i, b: i + n, rel: "in", activity: true, clause: clauses[i]})
	})
	if len(add) == 0 {
		return out
	}
	out = append(out, add...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].a < out[j].a })
	return out
}

// placeVerbBefore reports a verb of being somewhere before "there"
// ("working there", "moved there", "live there").
func placeVerbBefore(t *token) bool {
	if t == nil || t.kind != tWord {
		return false
	}
	switch t.lower {
	case "work", "works", "live", "lives", "stay", "stays", "go", "goes", "went", "remain", "remains", "settle":
		return true
	}
	return strings.HasSuffix(t.lower, "ing") || strings.HasSuffix(t.lower, "ed")
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
	return a != nil && sc.lx.migrantActivity.hasTok(a, sc.lang)
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
	case sc.lx.from.hasTok(p, sc.lang):
		return "from"
	case p.lower == "of" || p.lower == "for":
		return p.lower
	case sc.lx.to.hasTok(p, sc.lang) && !sc.lx.in.hasTok(p, sc.lang):
		return "to"
	case sc.lx.in.hasTok(p, sc.lang):
		if a := sc.tok(j - 1); a != nil && sc.lx.migrantActivity.hasTok(a, sc.lang) {
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
	sc.find(sc.lx.attribution, 0, len(sc.toks), func(i, n int, p *phrase) {
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
	return sc.x.sourceAt(doc.Span{Start: start, End: end}) != nil
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
		if t.kind == tWord && sc.x.placeAt(t.start) == nil && !sc.lx.stop.hasTok(t, sc.lang) &&
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
	// orgCountry is the country of a national body the sentence cites.
	orgCountry string
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
	// In the extractor's buffers: attributes is done with them before the
	// next sentence.
	owner = slices.Grow(sc.x.ownerBuf[:0], len(ments))[:len(ments)]
	kind = slices.Grow(sc.x.kindBuf[:0], len(ments))[:len(ments)]
	clear(owner)
	clear(kind)
	sc.x.ownerBuf, sc.x.kindBuf = owner, kind
	for mi, mt := range ments {
		owner[mi] = -1
		for k, q := range sc.qs {
			if mt.b <= q.a && q.a > mt.b && q.a-mt.b <= 2 && sc.onlyJoiners(mt.b, q.a) {
				owner[mi], kind[mi] = k, boundEntity
				if sc.listedDestination(ments, mi) {
					kind[mi] = boundDest
				}
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
		if mt.org && r.orgCountry == "" {
			r.orgCountry = mt.id
		}
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
		people := !pred && (mt.Role != entity.RoleName || mt.rel != "to" && mt.rel != "in" && mt.rel != "from") && sc.namesPeople(mt)
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
	if r.dest != "" && sc.alternativeDestinations(ments, r.dest) {
		// "to the Chuy region or the capital Bishkek": the figure is not
		// about one of the alternatives.
		r.dest = ""
	}
	if r.entity == r.dest && r.origin != "" && r.origin != r.dest {
		r.entity = r.origin
	}
	return r
}

// alternativeDestinations reports a destination named as one of several
// alternatives joined by "or" (или, немесе, ali).
func (sc *scan) alternativeDestinations(ments []mention, dest string) bool {
	for i := 0; i+1 < len(ments); i++ {
		x, y := ments[i], ments[i+1]
		if x.id != dest && y.id != dest || x.id == y.id || x.b > y.a || x.b <= 0 || y.a >= len(sc.toks) {
			continue
		}
		between := toLower(strings.TrimSpace(sc.text[sc.toks[x.b-1].end:sc.toks[y.a].start]))
		between = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(between, ",")), "the capital"))
		for _, w := range []string{"or", "or the", "или", "немесе", "не", "ali", "oziroma"} {
			if between == w || isFirstWord(between, w) {
				return true
			}
		}
	}
	return false
}

// isFirstWord reports whether s starts with w and a space: strings.HasPrefix(s,
// w+" ") without building w+" ".
func isFirstWord(s, w string) bool {
	return len(s) > len(w) && s[len(w)] == ' ' && s[:len(w)] == w
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
	// Without an attribution in the sentence, no comma opens or closes one:
	// no phrase calls.
	attribution := !sc.absent(sc.lx.attribution)
	for j := from; j < to; j++ {
		switch sc.toks[j].text {
		case "(":
			depth++
		case ")":
			if depth > 0 {
				depth--
			}
		case ",":
			if depth == 0 && (!attribution || !sc.lx.attribution.has(sc.toks, j+1, sc.lang) && !(j > 0 && sc.attributionEndsAt(j))) {
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
		if t.kind == tNum || t.kind == tWord && !sc.lx.stop.hasTok(t, sc.lang) {
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
		// The places named before the list, in order; else those after it
		// ("32% and 49% of GDP in Kyrgyzstan and Tajikistan, respectively").
		last := sc.qs[members[len(members)-1]]
		var before, after []string
		for _, mt := range ments {
			if mt.org || mt.attrib || mt.Kind == entity.KindOrganization || isBloc(mt.id) && mt.Kind != entity.KindCountry {
				continue
			}
			switch {
			case mt.b <= q.a:
				if len(before) == 0 || before[len(before)-1] != mt.id {
					before = append(before, mt.id)
				}
			case mt.a >= last.b:
				if len(after) == 0 || after[len(after)-1] != mt.id {
					after = append(after, mt.id)
				}
			}
		}
		var places []string
		switch {
		case len(before) >= len(members):
			places = before[len(before)-len(members):]
		case len(after) >= len(members):
			places = after[:len(members)]
		default:
			continue
		}
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
	x.settleEntity()
	para := sc.para
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
	if r.orgCountry != "" {
		return r.orgCountry // "the National Statistical Committee of the Kyrgyz Republic reported ..."
	}
	return x.topic()
}

// noteEntity remembers the sentence's main place for the sentences after it:
// the entity of its last claim (the country of a region or city), else the
// first country (or region) it names as a subject, owner or origin; a place
// named only as a destination, location or list member ("offices in the
// Russian Federation, the Republic of Korea ...") is remembered only when
// no place is. para is the index of the sentence's paragraph, ents the
// mentions within it.
func (x *extractor) noteEntity(s doc.Span, para int, claims []Claim, ents []entity.Match) {
	var n entityNote
	obj := x.notePlace(&n, s, ents)
	if n.hasPlace {
		x.lastPlace, x.pendPlaceFrom = n.place, len(x.pend)
	}
	defer x.trimPend()
	for i := len(claims) - 1; i >= 0; i-- {
		if id := claims[i].Entity; id != "" {
			if e, _ := x.lx.Gazetteer.Entity(id); e.Country != "" && e.Kind != entity.KindOrganization {
				id = e.Country
			}
			x.lastEntity, x.lastEntityPara, x.pendEntFrom = id, para, len(x.pend)
			return
		}
	}
	x.noteSubject(&n, s, ents, obj)
	if n.hasSubject {
		x.lastEntity, x.lastEntityPara, x.pendEntFrom = n.subject, para, len(x.pend)
		return
	}
	if n.object != "" {
		if x.settleEntity(); x.lastEntity == "" {
			x.lastEntity, x.lastEntityPara = n.object, para
		}
	}
}

// entityNote is what noteEntity reads in a sentence: the place it sets
// lastPlace to (the last country named as an object), the subject it sets
// lastEntity to, and the object it sets lastEntity to when that is empty.
// The notes of pend are read (done) when they are needed.
type entityNote struct {
	span            doc.Span
	para            int
	done            bool
	hasPlace        bool
	place           string
	hasSubject      bool
	subject, object string
}

// notePlace sets n's place from the mentions ents within s and returns
// whether each of the first 16 is a country named as an object.
func (x *extractor) notePlace(n *entityNote, s doc.Span, ents []entity.Match) (obj [16]bool) {
	for k, m := range ents {
		isObject := m.Kind == entity.KindCountry && m.Start > s.Start && x.objectOf(s, m)
		if isObject {
			n.place, n.hasPlace = m.ID, true
		}
		if k < len(obj) {
			obj[k] = isObject
		}
	}
	return obj
}

// noteSubject sets n's subject or object from the mentions ents within s;
// obj is notePlace's answer.
func (x *extractor) noteSubject(n *entityNote, s doc.Span, ents []entity.Match, obj [16]bool) {
	prevObject, prevEnd := false, -1
	for k, m := range ents {
		if m.Kind == entity.KindOrganization || isBloc(m.ID) {
			continue
		}
		var isObject bool
		if m.Kind == entity.KindCountry && k < len(obj) {
			isObject = obj[k]
		} else {
			isObject = m.Start > s.Start && x.objectOf(s, m)
		}
		// "to Kazakhstan, Russia and Turkmenistan": the list shares the preposition.
		if !isObject && prevObject && prevEnd >= 0 && coordinatedText(x.d.Text[prevEnd:m.Start]) {
			isObject = true
		}
		prevObject, prevEnd = isObject, m.End
		if e, _ := x.lx.Gazetteer.Entity(m.ID); e.Country != "" {
			continue // a region or city: its country stays the topic
		}
		if isObject {
			if n.object == "" {
				n.object = m.ID
			}
			continue
		}
		n.subject, n.hasSubject = m.ID, true
		return
	}
}

// deferNote records a sentence that is not scanned: noteEntity's reading of
// it waits in pend until lastEntity or lastPlace is read.
func (x *extractor) deferNote(s doc.Span, para int) {
	if x.allEnts {
		x.noteEntity(s, para, nil, x.entsIn(s))
		return
	}
	x.pend = append(x.pend, entityNote{span: s, para: para})
}

// note returns pend[k], read.
func (x *extractor) note(k int) *entityNote {
	n := &x.pend[k]
	if !n.done {
		n.done = true
		x.tmpEnts = x.appendWithin(x.tmpEnts[:0], n.span)
		obj := x.notePlace(n, n.span, x.tmpEnts)
		x.noteSubject(n, n.span, x.tmpEnts, obj)
	}
	return n
}

// settleEntity sets lastEntity as the notes of pend would have in order:
// the last subject, else (when it is empty) the first object. Notes before
// the last subject are not read.
func (x *extractor) settleEntity() {
	for k := len(x.pend) - 1; k >= x.pendEntFrom; k-- {
		if n := x.note(k); n.hasSubject {
			x.lastEntity, x.lastEntityPara, x.pendEntFrom = n.subject, n.para, len(x.pend)
			x.trimPend()
			return
		}
	}
	if x.lastEntity == "" {
		for k := x.pendEntFrom; k < len(x.pend); k++ {
			if n := x.note(k); n.object != "" {
				x.lastEntity, x.lastEntityPara = n.object, n.para
				break
			}
		}
	}
	x.pendEntFrom = len(x.pend)
	x.trimPend()
}

// settlePlace sets lastPlace as the notes of pend would have: the place of
// the last that has one.
func (x *extractor) settlePlace() {
	for k := len(x.pend) - 1; k >= x.pendPlaceFrom; k-- {
		if n := x.note(k); n.hasPlace {
			x.lastPlace = n.place
			break
		}
	}
	x.pendPlaceFrom = len(x.pend)
	x.trimPend()
}

// settleOutside settles lastEntity when a note that can set it is of a
// sentence outside paragraphs.
func (x *extractor) settleOutside() {
	for k := x.pendEntFrom; k < len(x.pend); k++ {
		if x.pend[k].para < 0 {
			x.settleEntity()
			return
		}
	}
}

// trimPend empties pend when no note of it can change anything.
func (x *extractor) trimPend() {
	if x.pendEntFrom == len(x.pend) && x.pendPlaceFrom == len(x.pend) {
		x.pend, x.pendEntFrom, x.pendPlaceFrom = x.pend[:0], 0, 0
	}
}

// coordinatedText reports text that only joins two names of a list.
func coordinatedText(s string) bool {
	for w := range strings.FieldsSeq(toLower(s)) {
		switch strings.Trim(w, ",") {
		case "", "and", "or", "the", "және", "мен", "и", "или", "in", "ali":
		default:
			return false
		}
	}
	return true
}

// placeAt returns the gazetteer match covering offset off, or nil.
func (x *extractor) placeAt(off int) *entity.Match {
	x.sentEnts()
	i := sort.Search(len(x.ents), func(i int) bool { return x.ents[i].End > off })
	if i < len(x.ents) && x.ents[i].Start <= off {
		return &x.ents[i]
	}
	return nil
}

// objectOf reports a place after a preposition of destination, location or
// listing ("to Russia", "in the UK", "such as Korea"), Kazakh dative
// endings included.
func (x *extractor) objectOf(s doc.Span, m entity.Match) bool {
	if m.Lang == "kk" && m.Suffix != "" {
		return hasAnySuffix(m.Suffix, "ға", "ге", "қа", "ке")
	}
	before := x.d.Text[maxInt(s.Start, m.Start-24):m.Start]
	// The last word of strings.Fields(toLower(before)) that is not "the",
	// read from the end without splitting it all.
	// Lower-cased into a stack buffer (no allocation per mention).
	var arr [32]byte
	var lw []byte
	for rest := before; ; {
		var w string
		w, rest = lastField(rest)
		if w == "" {
			return false
		}
		if lw = appendLower(arr[:0], w); string(lw) != "the" {
			break
		}
	}
	switch string(bytes.Trim(lw, ",;:()")) {
	case "to", "into", "in", "within", "at", "with", "by", "including", "like", "as", "between", "among", "towards", "than",
		"в", "во", "на", "с", "к", "v", "na", "z", "s", "pri":
		return true
	}
	return false
}

// lastField returns the last field of s as strings.Fields splits it ("" if
// none) and the text before it.
func lastField(s string) (string, string) {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, ""
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i+size:], s[:i]
}

// listedDestination reports a place in a list of destinations, each with its
// figure in brackets ("to Poland (21%), Lithuania (17%), Germany (16%)"):
// the figure is the destination's share, not the place's own.
func (sc *scan) listedDestination(ments []mention, mi int) bool {
	for steps := 0; steps < 12; steps++ {
		mt := ments[mi]
		if mt.rel == "to" {
			return steps > 0 || sc.tok(mt.b) != nil && sc.tok(mt.b).text == "("
		}
		// Walk back over "Name (...), " to the name before.
		k := mt.a - 1
		for k >= 0 && (sc.toks[k].text == "," || sc.toks[k].lower == "and") {
			k--
		}
		if k < 0 || k == mt.a-1 || sc.toks[k].text != ")" {
			return false
		}
		depth := 0
	walk:
		for ; k >= 0; k-- {
			switch sc.toks[k].text {
			case ")":
				depth++
			case "(":
				depth--
				if depth == 0 {
					break walk
				}
			}
		}
		prev := -1
		for j := mi - 1; j >= 0; j-- {
			if ments[j].b == k {
				prev = j
				break
			}
		}
		if prev < 0 {
			return false
		}
		mi = prev
	}
	return false
}
