package claims

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// Arithmetic is one self-check of a document's figures against each other
// (finding type "arithmetic"): a stated change, ratio, difference, total or
// set of shares recomputed from the figures it relates.
type Arithmetic struct {
	// Kind: percent_change, ratio, difference, sum, share_total.
	Kind string `json:"kind"`
	// Claims are indexes into the claims passed to Check: the stated figure
	// first, then the figures it is computed from.
	Claims []int `json:"claims"`
	// Stated is the figure as the text states it; Computed is what the other
	// figures give.
	Stated   float64 `json:"stated"`
	Computed float64 `json:"computed"`
	// Tolerance is the largest |Stated - Computed| the printed precision of
	// all the figures allows (their [Low, High] intervals propagated).
	Tolerance  float64 `json:"tolerance"`
	Consistent bool    `json:"consistent"`
	// Explanation says in words what was checked and by how much it is off.
	Explanation string `json:"explanation"`
}

// interval is a closed range of values.
type interval struct{ lo, hi float64 }

func claimInterval(c Claim) interval {
	lo, hi := c.Low, c.High
	if lo > hi {
		lo, hi = hi, lo
	}
	return interval{lo, hi}
}

// claimValue is the figure a claim states: its value, or its interval's
// middle for a range.
func claimValue(c Claim) float64 {
	if c.Value != nil {
		return *c.Value
	}
	return (c.Low + c.High) / 2
}

// compare builds the verdict of a check: stated and computed overlap when
// their intervals do; the tolerance is the sum of their half-widths.
func compare(kind string, ids []int, stated, computed interval, statedV, computedV float64, what string) Arithmetic {
	tol := (stated.hi-stated.lo)/2 + (computed.hi-computed.lo)/2
	consistent := stated.lo <= computed.hi && computed.lo <= stated.hi
	a := Arithmetic{Kind: kind, Claims: ids, Stated: statedV, Computed: computedV, Tolerance: tol, Consistent: consistent}
	off := computedV - statedV
	rel := ""
	if statedV != 0 {
		rel = fmt.Sprintf(" (%+.1f%% of the stated figure)", 100*off/math.Abs(statedV))
	}
	if consistent {
		a.Explanation = fmt.Sprintf("%s: computed %s, stated %s: consistent within the printed precision (±%s).",
			what, fmtNum(computedV), fmtNum(statedV), fmtNum(tol))
	} else {
		a.Explanation = fmt.Sprintf("%s: computed %s, stated %s: off by %s%s, beyond the printed precision (±%s).",
			what, fmtNum(computedV), fmtNum(statedV), fmtNum(math.Abs(off)), rel, fmtNum(tol))
	}
	return a
}

func fmtNum(v float64) string {
	switch a := math.Abs(v); {
	case a >= 1000:
		return fmt.Sprintf("%.0f", v)
	case a >= 10:
		return fmt.Sprintf("%.1f", v)
	default:
		return fmt.Sprintf("%.3g", v)
	}
}

// Check recomputes the figures of a document from one another: percent
// changes and ratios from the two figures they relate ("fell by 16%, from
// 467,300 to 392,800"; "556 … 4,094 …, 7.4 times increase"; "650,000 …
// halved to 350,000"), net migration from arrivals and departures, totals
// from their parts ("41 acts … 13 intergovernmental and 28 inter-agency"),
// and shares of one whole, which cannot exceed 100% when exclusive.
// Consistent checks are reported too. claims are those Extract returned
// for d, in text order.
func Check(d *doc.Document, claims []Claim) []Arithmetic {
	if d == nil || len(claims) == 0 {
		return nil
	}
	ck := newChecker(d, claims)
	var out []Arithmetic
	out = append(out, ck.changes()...)
	out = append(out, ck.differences()...)
	out = append(out, ck.sums()...)
	out = append(out, ck.shares()...)
	return out
}

// spanChanges dates a ratio or percent change whose two figures have years
// of their own from the first figure's year to the second's ("650,000 ...
// in 2023. At the end of 2024, this figure has halved to 350,000" →
// 2023–2024), when its sentence dated it by the second's year alone.
func spanChanges(d *doc.Document, claims []Claim) {
	ck := newChecker(d, claims)
	for i := range claims {
		c := &claims[i]
		if c.Unit != "times" && !ck.isPercentChange(i) {
			continue
		}
		a, b, ok := ck.pairFor(i)
		if !ok {
			continue
		}
		pa, pb := claims[a].Period, claims[b].Period
		if pa == nil || pb == nil || len(pa.Start) < 4 || len(pb.End) < 4 {
			continue
		}
		if *pa == *pb && ck.sent[a] == ck.sent[i] && ck.sent[b] == ck.sent[i] {
			// "In the first half of 2024, migration fell by 16%, from
			// 467,300 to 392,800": a change within one stated period
			// compares it with the same period a year before.
			claims[a].Period = yearBefore(pa)
			continue
		}
		if pa.Start[:4] >= pb.Start[:4] {
			continue
		}
		if c.Period != nil && c.Period.Start[:min(4, len(c.Period.Start))] != pb.Start[:4] {
			continue
		}
		c.Period = &Period{Start: pa.Start[:4], End: pb.End[:4], Text: pa.Start[:4] + "–" + pb.End[:4]}
	}
}

// yearBefore returns p moved back one year ("2024-H1" → "2023-H1").
func yearBefore(p *Period) *Period {
	shift := func(s string) string {
		y, err := strconv.Atoi(s[:4])
		if err != nil {
			return s
		}
		return strconv.Itoa(y-1) + s[4:]
	}
	return &Period{Start: shift(p.Start), End: shift(p.End)}
}

type checker struct {
	d      *doc.Document
	claims []Claim
	sent   []int
	// percentChange memoizes isPercentChange by claim (0 not asked yet,
	// 1 no, 2 yes): changes and shares both ask.
	percentChange []uint8
}

func newChecker(d *doc.Document, claims []Claim) *checker {
	sent := make([]int, len(claims))
	for i, c := range claims {
		sent[i] = d.SentenceIndex(c.Span.Start)
		if sent[i] < 0 {
			sent[i] = d.ParagraphIndex(c.Span.Start) + 1<<20
		}
	}
	return &checker{d: d, claims: claims, sent: sent}
}

// absolute reports a claim that counts or measures (not a percent, share or
// ratio).
func absolute(c Claim) bool {
	switch c.Unit {
	case "percent", "share", "times", "":
		return false
	}
	return true
}

// changeWords mark a percent as a change ("fell by 16%", "increased by
// 15.3%", "a decline by more than 40%", "сократилось на 15%", "za 15 %").
var changeWords = []string{
	" by ", "increase", "decrease", "decline", "fell", "rose", "grew", "drop", "growth", "fall", "rise", "reduc",
	"сократил", "увеличил", "снизил", "вырос", "возрос", "рост", "сниж", "сокращ", " на ",
	"артты", "азайды", "өсті", "төмендеді", "қысқарды", "өсу", "азаю",
	"povečal", "zmanjšal", "upad", "porast", "narasl", " za ",
}

// sentenceBefore appends to buf the last (up to) 80 bytes of the
// lower-cased text of the claim's sentence before it and returns them.
// (Lowered in the caller's buffer: every percent claim asks, twice a
// document, and a string each time cost an allocation.)
func (ck *checker) sentenceBefore(buf []byte, i int) []byte {
	c := ck.claims[i]
	s := ck.d.SentenceSpan(c.Span.Start)
	if s.Start > c.Span.Start {
		return buf[:0]
	}
	before := ck.d.Text[s.Start:c.Span.Start]
	// Lower-case only the tail: toLower maps rune by rune, so the lower
	// case of a tail cut where a rune starts (not a continuation byte) is
	// the tail of the lower case. The tail is the last 80 bytes (and the
	// rest of a rune there), 80 more whenever it lowers to fewer (a rune
	// can shrink to a third): at most 240 + 3 bytes. appendLower is toLower
	// for the tail, see TestSentenceBeforeTail.
	var l []byte
	for cut := len(before); ; {
		cut = max(0, cut-80)
		for cut > 0 && before[cut]&0xC0 == 0x80 {
			cut--
		}
		if l = appendLower(buf[:0], before[cut:]); len(l) >= 80 || cut == 0 {
			break
		}
	}
	if len(l) > 80 {
		l = l[len(l)-80:]
	}
	return l
}

func (ck *checker) isPercentChange(i int) bool {
	if ck.claims[i].Unit != "percent" {
		return false
	}
	if ck.percentChange == nil {
		ck.percentChange = make([]uint8, len(ck.claims))
	}
	if v := ck.percentChange[i]; v != 0 {
		return v == 2
	}
	var arr [3 * 243]byte // the tail lowers to at most three times its bytes
	yes := hasChangeWord(ck.sentenceBefore(arr[:0], i))
	ck.percentChange[i] = 1
	if yes {
		ck.percentChange[i] = 2
	}
	return yes
}

// hasChangeWord reports whether s contains one of changeWords.
func hasChangeWord(s []byte) bool { return changeWordsBy.in(s) }

var changeWordsBy = newWordsByByte("changeWords", changeWords)

// wordsByByte lists words of two bytes or more by their first byte, for a
// search of a text for any of them in one pass.
type wordsByByte [256][]string

func newWordsByByte(name string, words []string) *wordsByByte {
	var t wordsByByte
	for _, w := range words {
		if len(w) < 2 {
			panic("claims: " + name + " must have two bytes or more: " + w) // in reads w[1]
		}
		t[w[0]] = append(t[w[0]], w)
	}
	return &t
}

// in reports whether s contains one of the words: one pass over s, trying
// at each byte the words that start with it, instead of a search of s per
// word.
func (t *wordsByByte) in(s []byte) bool {
	for i := 0; i < len(s); i++ {
		for _, w := range t[s[i]] {
			// The second byte first (every word has two): most bytes
			// that start a word (' ', 'o', 'i') go on otherwise.
			if len(s)-i >= len(w) && s[i+1] == w[1] && string(s[i:i+len(w)]) == w {
				return true
			}
		}
	}
	return false
}

// pairFor finds the two figures a change or ratio relates: absolute figures
// of one unit in its sentence and the sentences around it, preferring the
// same sentence, the same indicator and entity, years that match the
// change's period, and figures printed next to each other.
func (ck *checker) pairFor(i int) (int, int, bool) {
	c := ck.claims[i]
	var cands []int
	// The sentence test first, on the index: most claims of a document
	// are far, and a Claim is not copied to find it out.
	for j := range ck.claims {
		if absInt(ck.sent[j]-ck.sent[i]) <= 3 && j != i && absolute(ck.claims[j]) {
			cands = append(cands, j)
		}
	}
	bestA, bestB, best := -1, -1, 3
	for x := 0; x < len(cands); x++ {
		for y := x + 1; y < len(cands); y++ {
			a, b := cands[x], cands[y]
			ca, cb := ck.claims[a], ck.claims[b]
			// Two figures of one quantity: one unit, one indicator.
			if ca.Unit != cb.Unit || ca.Indicator != cb.Indicator {
				continue
			}
			if ca.Period != nil && cb.Period != nil && ca.Period.Start > cb.Period.Start {
				continue // the earlier figure comes first
			}
			score := 0
			if ck.sent[a] == ck.sent[i] || ck.sent[b] == ck.sent[i] {
				score += 2
			}
			if ca.Indicator == c.Indicator && c.Indicator != "other" {
				score += 3
			}
			if ca.Entity == cb.Entity {
				score++
			}
			if y == x+1 {
				score++
			}
			periodMatch := false
			if p := c.Period; p != nil && p.Start != p.End && ca.Period != nil && cb.Period != nil {
				periodMatch = strings.HasPrefix(ca.Period.Start, p.Start) && strings.HasPrefix(cb.Period.End, p.End)
			}
			if periodMatch {
				score += 3
			}
			if !periodMatch && (absInt(ck.sent[a]-ck.sent[i]) > 1 || absInt(ck.sent[b]-ck.sent[i]) > 1) {
				continue // far figures only when their years are the change's
			}
			if score > best {
				bestA, bestB, best = a, b, score
			}
		}
	}
	return bestA, bestB, bestA >= 0
}

// changes checks percent changes and ratios.
func (ck *checker) changes() []Arithmetic {
	var out []Arithmetic
	for i, c := range ck.claims {
		isRatio := c.Unit == "times"
		if !isRatio && !ck.isPercentChange(i) {
			continue
		}
		a, b, ok := ck.pairFor(i)
		if !ok {
			continue
		}
		ia, ib := claimInterval(ck.claims[a]), claimInterval(ck.claims[b])
		va, vb := claimValue(ck.claims[a]), claimValue(ck.claims[b])
		if va <= 0 || vb <= 0 || ia.lo <= 0 || ib.lo <= 0 {
			continue
		}
		stated := claimInterval(c)
		sv := claimValue(c)
		ids := []int{i, a, b}
		if isRatio {
			// "halved": the later figure over the earlier; "7.4 times": the
			// larger over the smaller.
			var cv float64
			var civ interval
			if sv < 1 {
				cv = vb / va
				civ = interval{ib.lo / ia.hi, ib.hi / ia.lo}
			} else {
				hi, lo := ib, ia
				if va > vb {
					hi, lo = ia, ib
				}
				cv = math.Max(va, vb) / math.Min(va, vb)
				civ = interval{hi.lo / lo.hi, hi.hi / lo.lo}
			}
			if cv > 1000 || cv < 0.001 {
				continue
			}
			what := fmt.Sprintf("ratio %q from %s and %s", c.Text, ck.claims[a].Text, ck.claims[b].Text)
			out = append(out, compare("ratio", ids, stated, civ, sv, cv, what))
			continue
		}
		cv := math.Abs(vb-va) / va * 100
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, x := range []float64{ia.lo, ia.hi} {
			for _, y := range []float64{ib.lo, ib.hi} {
				v := math.Abs(y-x) / x * 100
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
		if (ia.lo-ib.hi)*(ia.hi-ib.lo) < 0 {
			lo = 0 // the intervals overlap: no change is possible too
		}
		if cv > 1000 {
			continue
		}
		what := fmt.Sprintf("percent change %q from %s to %s", c.Text, ck.claims[a].Text, ck.claims[b].Text)
		out = append(out, compare("percent_change", ids, stated, interval{lo, hi}, sv, cv, what))
	}
	return out
}

// differences checks net migration against arrivals minus departures of the
// same entity and period.
func (ck *checker) differences() []Arithmetic {
	var out []Arithmetic
	for n, net := range ck.claims {
		if net.Indicator != "net_migration" || !absolute(net) {
			continue
		}
		arr, dep := -1, -1
		for j, o := range ck.claims {
			if j == n || o.Unit != net.Unit || o.Entity != net.Entity || o.Period.String() != net.Period.String() ||
				absInt(ck.sent[j]-ck.sent[n]) > 2 {
				continue
			}
			switch o.Indicator {
			case "arrivals":
				if arr < 0 || absInt(j-n) < absInt(arr-n) {
					arr = j
				}
			case "departures":
				if dep < 0 || absInt(j-n) < absInt(dep-n) {
					dep = j
				}
			}
		}
		if arr < 0 || dep < 0 {
			continue
		}
		ia, id := claimInterval(ck.claims[arr]), claimInterval(ck.claims[dep])
		cv := claimValue(ck.claims[arr]) - claimValue(ck.claims[dep])
		what := fmt.Sprintf("net migration %q as arrivals %s minus departures %s", net.Text, ck.claims[arr].Text, ck.claims[dep].Text)
		out = append(out, compare("difference", []int{n, arr, dep}, claimInterval(net), interval{ia.lo - id.hi, ia.hi - id.lo}, claimValue(net), cv, what))
	}
	return out
}

// partCues open the parts of a total: "including", "of these", "of which",
// "в том числе", "из них", "оның ішінде", "od tega".
var partCues = []string{
	"including", "of these", "of those", "of them", "of which", "these include", "among them", "among which", "comprising",
	"в том числе", "из них", "из которых", "среди них",
	"оның ішінде", "соның ішінде", "олардың ішінде", "олардың",
	"od tega", "od teh", "od katerih", "vključno",
}

// sums checks totals against their parts. Parts opened by a cue ("41 acts
// … Of these, 13 … and 28 …") are checked whatever their sum; without a cue,
// figures of the sentences that follow a total, with its unit and
// indicator, each smaller than it, are read as its parts when they add up
// to it within 15% ("more than 20,000 … more than 4,000 … more than
// 16,000").
func (ck *checker) sums() []Arithmetic {
	var out []Arithmetic
	child := map[int]bool{}
	type group struct {
		total int
		parts []int
	}
	var cued []group
	// Each part-opening cue ("including", "Of these,") opens the figures
	// after it in its sentence; their total is the figure of their unit
	// before the cue, in its sentence or the one before, that their sum is
	// closest to.
	for j := range ck.claims {
		if !absolute(ck.claims[j]) || j == 0 || child[j] || !ck.cuedPart(j-1, j) {
			continue
		}
		c := ck.claims[j]
		parts := []int{j}
		sum := claimValue(c)
		for k := j + 1; k < len(ck.claims) && ck.sent[k] == ck.sent[j]; k++ {
			o := ck.claims[k]
			if o.Unit != c.Unit || !absolute(o) {
				break
			}
			parts = append(parts, k)
			sum += claimValue(o)
		}
		if len(parts) < 2 {
			continue
		}
		best, bestD := -1, math.Inf(1)
		for t := j - 1; t >= 0 && ck.sent[j]-ck.sent[t] <= 1; t-- {
			o := ck.claims[t]
			if o.Unit != c.Unit || !absolute(o) || child[t] {
				continue
			}
			big := true
			for _, p := range parts {
				if claimValue(ck.claims[p]) >= claimValue(o) {
					big = false
				}
			}
			if !big {
				continue
			}
			if d := math.Abs(claimValue(o) - sum); d < bestD {
				best, bestD = t, d
			}
		}
		if best < 0 {
			continue
		}
		cued = append(cued, group{best, parts})
		for _, p := range parts {
			child[p] = true
		}
	}
	inCued := map[int]bool{}
	for _, g := range cued {
		inCued[g.total] = true
		out = append(out, ck.sumCheck(g.total, g.parts))
	}
	for t, c := range ck.claims {
		if !absolute(c) || inCued[t] || child[t] || c.Indicator == "other" {
			continue
		}
		var parts []int
		total := 0.0
		for j := t + 1; j < len(ck.claims) && ck.sent[j]-ck.sent[t] <= 2; j++ {
			o := ck.claims[j]
			if child[j] || o.Unit != c.Unit || o.Indicator != c.Indicator || claimValue(o) >= claimValue(c) ||
				o.Period.String() != c.Period.String() {
				continue
			}
			parts = append(parts, j)
			total += claimValue(o)
		}
		v := claimValue(c)
		if len(parts) < 2 || total < 0.85*v || total > 1.15*v {
			continue
		}
		out = append(out, ck.sumCheck(t, parts))
	}
	return out
}

// cuedPart reports a part-opening cue between the total and figure j.
func (ck *checker) cuedPart(t, j int) bool {
	from := ck.claims[t].Span.End
	to := ck.claims[j].Span.Start
	if to <= from || to-from > 400 {
		return false
	}
	// Lowered in a stack buffer (at most three times the bytes), as
	// toLower would lower it (TestCuedPartAsToLower), without a string.
	var arr [3 * 400]byte
	return hasPartCue(appendLower(arr[:0], ck.d.Text[from:to]))
}

// hasPartCue reports whether s contains one of partCues.
func hasPartCue(s []byte) bool { return partCuesBy.in(s) }

var partCuesBy = newWordsByByte("partCues", partCues)

func (ck *checker) sumCheck(t int, parts []int) Arithmetic {
	var iv interval
	sum := 0.0
	names := make([]string, 0, len(parts))
	for _, p := range parts {
		pi := claimInterval(ck.claims[p])
		iv.lo += pi.lo
		iv.hi += pi.hi
		sum += claimValue(ck.claims[p])
		names = append(names, ck.claims[p].Text)
	}
	what := fmt.Sprintf("total %q as the sum of %s", ck.claims[t].Text, strings.Join(names, " + "))
	return compare("sum", append([]int{t}, parts...), claimInterval(ck.claims[t]), iv, claimValue(ck.claims[t]), sum, what)
}

// compositions are the indicators whose percentages, across entities, can
// be parts of one whole (visas by country, reasons by respondents).
var compositions = map[string]bool{
	"visas_issued": true, "survey_share": true, "arrivals": true, "departures": true, "migrants_abroad": true,
	"employed_abroad_programme": true, "remittances_share_from_russia": false,
}

// shares checks that percentages of one whole printed together (one
// sentence, one indicator and period, and one entity unless the indicator
// is a composition) do not exceed 100%.
func (ck *checker) shares() []Arithmetic {
	var out []Arithmetic
	type key struct {
		sent          int
		ind, per, ent string
	}
	groups := map[key][]int{}
	var order []key
	for i, c := range ck.claims {
		if c.Unit != "percent" || c.Indicator == "other" || ck.isPercentChange(i) || c.Approx == "range" {
			continue
		}
		k := key{ck.sent[i], c.Indicator, c.Period.String(), c.Entity}
		if compositions[c.Indicator] {
			k.ent = ""
		}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	sort.SliceStable(order, func(a, b int) bool { return groups[order[a]][0] < groups[order[b]][0] })
	for _, k := range order {
		ids := groups[k]
		if len(ids) < 2 {
			continue
		}
		var iv interval
		sum := 0.0
		names := make([]string, 0, len(ids))
		for _, i := range ids {
			ci := claimInterval(ck.claims[i])
			iv.lo += ci.lo
			iv.hi += ci.hi
			sum += claimValue(ck.claims[i])
			names = append(names, ck.claims[i].Text)
		}
		a := Arithmetic{Kind: "share_total", Claims: ids, Stated: 100, Computed: sum, Tolerance: (iv.hi - iv.lo) / 2}
		a.Consistent = iv.lo <= 100
		if a.Consistent {
			a.Explanation = fmt.Sprintf("shares %s of one whole sum to %s%%: within 100%%.", strings.Join(names, ", "), fmtNum(sum))
		} else {
			a.Explanation = fmt.Sprintf("shares %s of one whole sum to %s%% (at least %s%%), over 100%% by %s points: consistent only if the categories overlap.",
				strings.Join(names, ", "), fmtNum(sum), fmtNum(iv.lo), fmtNum(iv.lo-100))
		}
		out = append(out, a)
	}
	return out
}
