package reconcile

import (
	"cmp"
	"math"
	"strconv"
	"strings"
)

// Thresholds of the rounding class, relative to the larger value.
const (
	roundingGap       = 0.05 // any two figures this close differ by rounding
	roundingGapApprox = 0.10 // when one of them is worded as approximate
)

// classify names the likely reason two non-overlapping claims differ, trying
// the kinds of evidence from the strongest to the weakest, and explains it in
// one sentence.
func (r *reconciler) classify(a, b int32, gapAbs, gapRel float64) (class, explanation string) {
	pa, pb := &r.prep[a], &r.prep[b]
	definition := r.definitionDifference(a, b)
	source := r.sourceDifference(a, b)

	if pa.period != "" && pb.period != "" && pa.period != pb.period {
		// A change over time is the first explanation, not necessarily the
		// only one; say so when the definitions or sources differ as well.
		var also string
		if definition != "" {
			also = "; the definitions also differ (" + definition + ")"
		}
		if source != "" {
			also += "; the sources also differ (" + source + ")"
		}
		return ClassDifferentPeriod, "different period: " + r.shownValue(a) + " in " + periodDisplay(pa.period) +
			" vs " + r.shownValue(b) + " in " + periodDisplay(pb.period) + also + "."
	}
	if definition != "" {
		return ClassDifferentDefinition, "different definition: " + definition + "."
	}
	if source != "" {
		return ClassDifferentSource, "different source: " + source + "."
	}
	ca, cb := &r.claims[a], &r.claims[b]
	// A fraction in words ("a third", "half") is as loose as "about".
	approximate := isApproximate(ca.Approx) || isApproximate(cb.Approx) || ca.Unit == "share" || cb.Unit == "share"
	if gapRel < roundingGap || (approximate && gapRel < roundingGapApprox) {
		return ClassRounding, "rounding: the figures are " + r.shownGap(pa.family, gapAbs) +
			" apart (" + formatNumber(gapRel*100) + "% of the larger), within the precision of the wording."
	}
	if ca.Doc != cb.Doc && ca.Source != cb.Source {
		// Two publications, one citing a source for its figure that the
		// other does not cite: different sources, even when the other names
		// none. (Two uncited figures stay unexplained.)
		return ClassDifferentSource, "different source: " + r.quotedText(a) + " and " + r.quotedText(b) +
			" come from different publications (" + sourceName(ca) + " vs " + sourceName(cb) + ")" + unknownPeriodNote(pa.period, pb.period) + "."
	}
	if pa.period == "" || pb.period == "" {
		var unknown string
		switch {
		case pa.period == "" && pb.period == "":
			unknown = "of both figures is"
		case pa.period == "":
			unknown = "of " + r.quotedText(a) + " is"
		default:
			unknown = "of " + r.quotedText(b) + " is"
		}
		return ClassUnexplained, "unexplained: no difference of source or definition is visible, but the period " +
			unknown + " unknown, so the figures may refer to different years."
	}
	return ClassUnexplained, "unexplained: same period (" + periodDisplay(pa.period) +
		") and no visible difference of source or definition, so one of the figures may be wrong or mis-extracted."
}

// sourceName names a claim's source by its label, else its id.
func sourceName(c *Claim) string {
	return cmp.Or(strings.TrimSpace(c.SourceKind), strings.TrimSpace(c.Source), "no source cited")
}

// unknownPeriodNote adds that the period of one or both figures is unknown.
func unknownPeriodNote(a, b string) string {
	switch {
	case a == "" && b == "":
		return "; the periods of both are unknown"
	case a == "" || b == "":
		return "; the period of one is unknown"
	}
	return ""
}

func isApproximate(approx string) bool {
	switch strings.ToLower(strings.TrimSpace(approx)) {
	case "about", "almost":
		return true
	}
	return false
}

// definitionDifference describes why two claims may not measure the same
// thing, or returns "".
func (r *reconciler) definitionDifference(a, b int32) string {
	ca, cb := &r.claims[a], &r.claims[b]
	var reasons []string

	qa, qb := normalizedWord(ca.Qualifier), normalizedWord(cb.Qualifier)
	// Registered (recorded) figures leave out irregular migrants, and
	// official counts and estimates disagree for the same reason.
	if (qa == "registered") != (qb == "registered") ||
		(qa == "official" && qb == "estimated") || (qa == "estimated" && qb == "official") {
		reasons = append(reasons, scopeWord(qa)+" vs "+scopeWord(qb)+" figures")
	}

	// Flow indicators carry origin and destination in their series key, so
	// these can only differ for the others (remittances from Russia as a
	// share of GDP vs all remittances).
	if _, flows := flowIndicators[r.blocks[r.prep[a].block].key.indicator]; !flows {
		if o1, o2 := strings.TrimSpace(ca.Origin), strings.TrimSpace(cb.Origin); o1 != o2 {
			reasons = append(reasons, r.endWord("origin", o1)+" vs "+r.endWord("origin", o2))
		}
		if d1, d2 := strings.TrimSpace(ca.Destination), strings.TrimSpace(cb.Destination); d1 != d2 {
			reasons = append(reasons, r.endWord("destination", d1)+" vs "+r.endWord("destination", d2))
		}
	}

	if da, db := r.denominatorOf(a), r.denominatorOf(b); da != baseUnknown && db != baseUnknown && da != db {
		reasons = append(reasons, "share of "+baseNames[da]+" vs share of "+baseNames[db])
	}
	return strings.Join(reasons, ", ")
}

func scopeWord(q string) string {
	if q == "" {
		return "unqualified"
	}
	return q
}

func (r *reconciler) endWord(end, id string) string {
	if id == "" {
		return "any " + end
	}
	return end + " " + r.name(id)
}

// sourceDifference describes how the sources of two claims differ, or
// returns "". Different cited works, different kinds of source (survey vs
// census) and different methods named by the qualifier all count.
func (r *reconciler) sourceDifference(a, b int32) string {
	ca, cb := &r.claims[a], &r.claims[b]
	sa, sb := strings.TrimSpace(ca.Source), strings.TrimSpace(cb.Source)
	ka, kb := strings.TrimSpace(ca.SourceKind), strings.TrimSpace(cb.SourceKind)
	kindsDiffer := ka != "" && kb != "" && !strings.EqualFold(ka, kb)
	if kindsDiffer {
		return ka + " vs " + kb
	}
	if sa != "" && sb != "" && sa != sb {
		return describeSource(ka, sa) + " vs " + describeSource(kb, sb)
	}
	qa, qb := normalizedWord(ca.Qualifier), normalizedWord(cb.Qualifier)
	if qa != qb && isMethod(qa) && isMethod(qb) {
		return qa + " vs " + qb
	}
	return ""
}

// describeSource names a source by its kind and id ("World Bank
// (002:ref:8)"), leaving out the id when it only repeats the kind.
func describeSource(kind, id string) string {
	switch {
	case kind == "":
		return id
	case id == "" || strings.EqualFold(strings.ReplaceAll(kind, " ", "-"), id):
		return kind
	}
	return kind + " (" + id + ")"
}

func isMethod(q string) bool { return q == "survey" || q == "census" }

func normalizedWord(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// Denominator hints: what a share is a share of.
const (
	baseUnknown int8 = iota
	basePopulation
	baseMigrants
	baseGDP
	baseHouseholds
	baseRespondents
	// baseNoneFound caches "looked, found nothing", since 0 means not
	// looked yet.
	baseNoneFound = -1
)

var baseNames = map[int8]string{
	basePopulation:  "the population",
	baseMigrants:    "migrants",
	baseGDP:         "GDP",
	baseHouseholds:  "households",
	baseRespondents: "respondents",
}

// baseWords are matched in the lower-cased sentence. Russian and Kazakh
// stems are included because the seed corpus has papers in both.
var baseWords = []struct {
	word string
	base int8
}{
	{"population", basePopulation},
	{"inhabitants", basePopulation},
	{"residents", basePopulation},
	{"населен", basePopulation},
	{"халқ", basePopulation},
	{"халық", basePopulation},
	{"тұрғын", basePopulation},
	{"migrant", baseMigrants},
	{"мигрант", baseMigrants},
	{"gdp", baseGDP},
	{"gross domestic", baseGDP},
	{"ввп", baseGDP},
	{"жіө", baseGDP},
	{"household", baseHouseholds},
	{"домохозяйств", baseHouseholds},
	{"үй шаруашылы", baseHouseholds},
	{"respondent", baseRespondents},
	{"респондент", baseRespondents},
}

// Windows around the claim's text in which a denominator word is looked
// for, in bytes: English puts it after the number ("20% of the
// population"), Kazakh right before it ("ЖІӨ-нің 30%-ын", two bytes a
// letter). Before the number only an adjacent word counts: further back it
// is usually the subject ("remittances from the migrants accounted for
// 18.8% of GDP").
const (
	baseWindowAfter  = 48
	baseWindowBefore = 12
)

// denominatorOf finds what the claim is a share of from the words next to
// its text in the sentence, only for percent claims; cached per claim.
func (r *reconciler) denominatorOf(i int32) int8 {
	if r.prep[i].family != familyPercent {
		return baseUnknown
	}
	if r.base[i] != 0 {
		if r.base[i] == baseNoneFound {
			return baseUnknown
		}
		return r.base[i]
	}
	b := findDenominator(r.claims[i].Sentence, r.claims[i].Text)
	if b == baseUnknown {
		r.base[i] = baseNoneFound
	} else {
		r.base[i] = b
	}
	return b
}

func findDenominator(sentence, text string) int8 {
	if sentence == "" || text == "" {
		return baseUnknown
	}
	s := strings.ToLower(sentence)
	pos := strings.Index(s, strings.ToLower(text))
	if pos < 0 {
		return baseUnknown
	}
	end := pos + len(text)
	after := s[end:min(len(s), end+baseWindowAfter)]
	// Stop at the end of the clause so that the next figure's denominator
	// is not taken for this one's.
	if cut := strings.IndexAny(after, ";!?"); cut >= 0 {
		after = after[:cut]
	}
	if cut := strings.Index(after, ". "); cut >= 0 {
		after = after[:cut]
	}
	if b := firstBase(after); b != baseUnknown {
		return b
	}
	// A word that merely starts inside the window may end next to the
	// number; take the window plus the longest word so that it is whole.
	before := s[max(0, pos-baseWindowBefore-maxBaseWordLen):pos]
	best, bestEnd := baseUnknown, -1
	for _, w := range baseWords {
		p := strings.LastIndex(before, w.word)
		if p < 0 || len(before)-(p+len(w.word)) > baseWindowBefore {
			continue
		}
		if end := p + len(w.word); end > bestEnd {
			best, bestEnd = w.base, end
		}
	}
	return best
}

var maxBaseWordLen = func() int {
	n := 0
	for _, w := range baseWords {
		n = max(n, len(w.word))
	}
	return n
}()

// firstBase returns the base word that comes first in the window.
func firstBase(window string) int8 {
	best, bestPos := baseUnknown, -1
	for _, w := range baseWords {
		if p := strings.Index(window, w.word); p >= 0 && (bestPos < 0 || p < bestPos) {
			best, bestPos = w.base, p
		}
	}
	return best
}

// claimLabel is how a claim appears in a summary:
// `"almost 20%" (001, 2019, IOM survey)`; cached per claim.
func (r *reconciler) claimLabel(i int32) string {
	if s := r.label[i]; s != "" {
		return s
	}
	c := &r.claims[i]
	var sb strings.Builder
	sb.Grow(len(c.Text) + len(c.Doc) + len(c.SourceKind) + len(c.Source) + 40)
	sb.WriteString(r.quotedText(i))
	sb.WriteString(" (")
	if c.Doc != "" {
		sb.WriteString(c.Doc)
		sb.WriteString(", ")
	}
	sb.WriteString(periodDisplay(r.prep[i].period))
	if src := cmp.Or(strings.TrimSpace(c.SourceKind), strings.TrimSpace(c.Source)); src != "" {
		sb.WriteString(", ")
		sb.WriteString(src)
	}
	sb.WriteByte(')')
	r.label[i] = sb.String()
	return r.label[i]
}

func (r *reconciler) quotedText(i int32) string {
	text := strings.TrimSpace(r.claims[i].Text)
	if text == "" {
		text = r.shownValue(i)
	}
	return `"` + text + `"`
}

// shownValue is the claim's value in its family's unit, as explanations
// show it ("18.8%", "2,000,000–3,000,000", "1,200 USD"); cached per claim.
// Shares are shown as percentages so that both sides read alike.
func (r *reconciler) shownValue(i int32) string {
	if s := r.shown[i]; s != "" {
		return s
	}
	c, p := &r.claims[i], &r.prep[i]
	low, high, value := p.low, p.high, p.rep
	scale := 1.0
	if p.family != familyPercent {
		// Outside percent, show the figure in the claim's own unit.
		_, scale = unitFamily(c.Unit)
		low, high, value = low/scale, high/scale, value/scale
	}
	var num string
	if c.Value != nil || low == high {
		num = formatNumber(value)
	} else {
		num = formatNumber(low) + "–" + formatNumber(high)
	}
	s := num + r.unitSuffix(i)
	// For a bound ("over 25%") the bare number would misstate the claim.
	switch a := normalizedWord(c.Approx); a {
	case "over", "under", "almost":
		s = a + " " + s
	}
	r.shown[i] = s
	return s
}

func (r *reconciler) unitSuffix(i int32) string {
	switch f := r.prep[i].family; f {
	case familyPercent:
		return "%"
	case familyCount, familyNone:
		return ""
	case familyTimes:
		return " times"
	case familyDuration:
		return " " + strings.ToLower(strings.TrimSpace(r.claims[i].Unit))
	default:
		if strings.HasPrefix(f, "unit:") {
			return " " + strings.TrimSpace(r.claims[i].Unit)
		}
		return " " + f // currency code
	}
}

// shownGap is a gap in the family's unit.
func (r *reconciler) shownGap(family string, gap float64) string {
	switch family {
	case familyPercent:
		return formatNumber(gap) + " percentage points"
	case familyDuration:
		return formatNumber(gap) + " days"
	case familyCount, familyNone, familyTimes:
		return formatNumber(gap)
	default:
		if strings.HasPrefix(family, "unit:") {
			return formatNumber(gap) + " " + strings.TrimPrefix(family, "unit:")
		}
		return formatNumber(gap) + " " + family
	}
}

// formatNumber prints large numbers as grouped integers (650,000) and small
// ones with at most four significant digits (33.33).
func formatNumber(v float64) string {
	if math.Abs(v) >= 1000 && math.Abs(v) < 1e18 {
		return groupThousands(int64(math.Round(v)))
	}
	if v == 0 {
		return "0"
	}
	digits := 3 - int(math.Floor(math.Log10(math.Abs(v))))
	pow := math.Pow(10, float64(digits))
	return strconv.FormatFloat(math.Round(v*pow)/pow, 'f', -1, 64)
}

func groupThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	sign := ""
	if n < 0 {
		sign, s = "-", s[1:]
	}
	var sb strings.Builder
	sb.WriteString(sign)
	for i := 0; i < len(s); i++ {
		if i > 0 && (len(s)-i)%3 == 0 {
			sb.WriteByte(',')
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}

// name is the display name of an entity id.
func (r *reconciler) name(id string) string {
	if n, ok := r.opt.Names[id]; ok && n != "" {
		return n
	}
	return id
}

func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// subject is what a series is about, for summaries:
// "Tajikistan's citizens working or living abroad in Russia".
func (r *reconciler) subject(k blockKey) string {
	s := possessive(r.name(k.entity)) + " " + indicatorPhrase(k.indicator)
	if k.origin != "" && k.origin != k.entity {
		s += " from " + r.name(k.origin)
	}
	if k.destination != "" && k.destination != k.entity {
		s += " in " + r.name(k.destination)
	}
	return s
}

var indicatorPhrases = map[string]string{
	"population":                    "population",
	"population_growth":             "population growth",
	"internal_migrants_share":       "internal migrants as a share of the population",
	"internal_migrants_count":       "number of internal migrants",
	"migrants_abroad":               "citizens working or living abroad",
	"migrants_registered":           "registered migrants",
	"migrant_inflow":                "inflow of foreign migrants",
	"arrivals":                      "arrivals",
	"departures":                    "departures",
	"net_migration":                 "net migration",
	"cis_share_arrivals":            "share of arrivals from CIS countries",
	"cis_share_departures":          "share of departures to CIS countries",
	"remittances_gdp_share":         "remittances as a share of GDP",
	"remittances_volume":            "remittance volume",
	"remittances_share_from_russia": "share of remittances coming from Russia",
	"average_wage":                  "average wage",
	"work_quota":                    "work permits and quotas",
	"visas_issued":                  "visas and permits issued",
	"deportations":                  "deportations and entry bans",
	"employed_abroad_programme":     "workers sent abroad through official programmes",
	"agreements_signed":             "agreements signed",
	"unemployment":                  "unemployment",
	"gdp":                           "GDP",
	"survey_share":                  "share of survey respondents",
	"labor_force":                   "labour force",
}

func indicatorPhrase(id string) string {
	if p, ok := indicatorPhrases[id]; ok {
		return p
	}
	return strings.ReplaceAll(id, "_", " ")
}
