package claims

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// timeExpr is a time expression of a sentence: a year, a range of years, a
// half-year, a month, a date, a decade, or a year relative to the text's
// date. Its numerals are not claims.
type timeExpr struct {
	a, b int // tokens
	p    Period
	// baseline marks the year a change is measured from ("compared to
	// 2023"); since an open start ("since 2015"); same a reference to the
	// period of the sentence before ("the same year").
	baseline, since, same bool
	// span marks a reference back to a span of years ("over this 12-year
	// span", "during this period"): the last range the text stated.
	span bool
	// citation marks a year in a citation ("IOM (2019)", "(Hwang, 2024)"):
	// a figure's period only when its sentence has no other, and never
	// carried to the next sentence. title marks a year inside quotes (a
	// document's title): no figure's period.
	citation, title bool
	// scholarly marks the year of a scholar's publication: it dates a
	// figure only as the "now" of the text it cites ("but now 2–3 million
	// (Norqobilov, 2024)"), unlike an organization's data year.
	scholarly bool
}

// usable reports whether the expression can date a figure.
func (e timeExpr) usable() bool {
	return !e.baseline && !e.same && !e.title && (e.p.Start != "" || e.p.Relative)
}

// planTitle reports a year or span printed in a quoted title ("Concept of
// Migration Policy for 2023–2027", "Strategy 'Uzbekistan – 2030'").
func (e timeExpr) planTitle() bool {
	return e.title && !e.baseline && !e.same && e.p.Start != ""
}

func yearPeriod(y int) Period {
	s := strconv.Itoa(y)
	return Period{Start: s, End: s}
}

func monthOf(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

// monthPeriod is the month m of year y (formatted once: Start and End
// share the string).
func monthPeriod(y, m int) Period {
	s := monthOf(y, m)
	return Period{Start: s, End: s}
}

// dayPeriod is the day d of month m of year y, as monthPeriod.
func dayPeriod(y, m, d int) Period {
	s := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	return Period{Start: s, End: s}
}

// yearAt returns the year a numeral token prints, or 0.
func (sc *scan) yearAt(i int) int {
	t := sc.tok(i)
	if t == nil || t.label {
		return 0
	}
	return yearOf(t)
}

// yearOf returns the year a numeral prints, or 0.
func yearOf(t *token) int {
	if t.kind != tNum || t.num.Decimals != 0 || t.num.Grouped || len(t.text) != 4 {
		return 0
	}
	y := int(t.num.Value)
	if y < 1800 || y > 2100 {
		return 0
	}
	return y
}

// dayAt returns the day of month a numeral token prints, or 0.
func (sc *scan) dayAt(i int) int {
	t := sc.tok(i)
	if t == nil || t.kind != tNum || t.num.Decimals != 0 || t.num.Grouped || len(t.text) > 2 {
		return 0
	}
	d := int(t.num.Value)
	if d < 1 || d > 31 {
		return 0
	}
	return d
}

// monthAt returns the month a month word at token i names and the number
// of tokens it covers.
func (sc *scan) monthAt(i int) (int, int) {
	if p, n := sc.lx.month.at(sc.toks, i, sc.lang); p != nil {
		// "may" is also a verb: only a month next to a numeral.
		if sc.toks[i].lower == "may" || sc.toks[i].lower == "march" {
			if sc.tok(i-1) == nil || sc.tok(i-1).kind != tNum {
				if t := sc.tok(i + n); t == nil || t.kind != tNum {
					return 0, 0
				}
			}
		}
		return int(p.value), n
	}
	return 0, 0
}

// yearIsQuantity reports a four-digit figure that counts rather than dates:
// "2000 migrants", "2024 %".
func (sc *scan) yearIsQuantity(i int) bool {
	if p := sc.tok(i - 1); p != nil && sc.lx.yearBefore.hasTok(p, sc.lang) {
		return false
	}
	j := i + 1
	if t := sc.tok(j); t != nil && t.text == "%" {
		return true
	}
	// A decade: "2010s", "mid-2000s".
	if t := sc.tok(j); t != nil && !t.space && (t.lower == "s" || t.lower == "ies") && sc.yearAt(i)%10 == 0 {
		return false
	}
	// "2000 migrants", "2000 million"; but "around 2000" is a year.
	for _, set := range []*phraseSet{sc.lx.percent, sc.lx.scale, sc.lx.currency, sc.lx.times, sc.lx.person} {
		if set.has(sc.toks, j, sc.lang) {
			return true
		}
	}
	return false
}

// findTimes finds the sentence's time expressions and marks their tokens.
func (sc *scan) findTimes() {
	quoted := sc.quoted()
	// e is set by wordTime or yearTime before it is read (declared out of
	// the loop: not zeroed for every token).
	var e timeExpr
	for i := 0; i < len(sc.toks); i++ {
		t := &sc.toks[i]
		if t.time {
			continue
		}
		if t.label {
			// A year inside a citation callout another extractor owns
			// ("IOM (2019) found ...") still dates a figure when nothing
			// else in its sentence does; so does the period in a quoted
			// title of a plan ("Concept ... for 2023–2027").
			if e, ok := sc.sourceYear(i); ok {
				sc.times = append(sc.times, e)
			} else if e, ok := sc.titleTime(i, quoted); ok {
				e.p.Text = sc.text[sc.toks[e.a].start:sc.toks[e.b-1].end]
				sc.times = append(sc.times, e)
				i = e.b - 1
			}
			continue
		}
		var ok bool
		switch t.kind {
		case tWord:
			if !(sc.lx.isTimeTrigger(t) && sc.mayStartTime(i) ||
				sc.lx.month.hasTok(t, sc.lang) && sc.nearNumber(i)) {
				continue
			}
			e, ok = sc.wordTime(i)
		case tNum:
			e, ok = sc.yearTime(i)
		default:
			continue
		}
		if !ok {
			continue
		}
		e.p.Text = sc.text[sc.toks[e.a].start:sc.toks[e.b-1].end]
		e.title = quoted[e.a]
		if t.kind == tNum {
			e.citation = sc.citationYear(e)
		}
		for k := e.a; k < e.b; k++ {
			sc.toks[k].time = true
		}
		sc.times = append(sc.times, e)
		i = e.b - 1
	}
}

// sourceYear reads the year of a citation callout at token i.
func (sc *scan) sourceYear(i int) (timeExpr, bool) {
	t := &sc.toks[i]
	if t.kind != tNum {
		return timeExpr{}, false
	}
	src := sc.x.sourceAt(doc.Span{Start: t.start, End: t.end})
	if src == nil {
		return timeExpr{}, false
	}
	y := yearOf(t)
	if y == 0 {
		return timeExpr{}, false
	}
	return timeExpr{a: i, b: i + 1, p: Period{Start: strconv.Itoa(y), End: strconv.Itoa(y), Text: t.text}, citation: true, scholarly: !src.DatesData}, true
}

// titleTime reads a year or range of years at token i of a quoted title
// another extractor owns (a legal act's): its numerals are labels, read
// here as years for once.
func (sc *scan) titleTime(i int, quoted []bool) (timeExpr, bool) {
	if !quoted[i] || yearOf(&sc.toks[i]) == 0 {
		return timeExpr{}, false
	}
	var cleared []int
	for k := i; k < len(sc.toks) && k < i+4 && quoted[k]; k++ {
		if sc.toks[k].label {
			sc.toks[k].label = false
			cleared = append(cleared, k)
		}
	}
	e, ok := sc.yearTime(i)
	for _, k := range cleared {
		sc.toks[k].label = true
	}
	e.title = true
	return e, ok
}

// mayStartTime is false for a time trigger at token i that wordTime would
// read nothing at (and change nothing): a gated one (words.timeGated) not
// followed by a word of timeNext.
func (sc *scan) mayStartTime(i int) bool {
	w := sc.lx.words
	if wid := sc.toks[i].wid; wid <= 0 || !w.timeGated[wid] || sc.x.everySet {
		return true
	}
	if i+1 >= len(sc.toks) {
		return false
	}
	next := &sc.toks[i+1]
	if next.kind == tNum {
		return false
	}
	return next.wid == 0 || next.wid > 0 && w.timeNext[next.wid]
}

// wordTime reads a time expression that starts with a word: a relative
// year, "the same year", a half-year before its year, a month.
func (sc *scan) wordTime(i int) (timeExpr, bool) {
	lx := sc.lx
	if p, n := lx.relativeYear.at(sc.toks, i, sc.lang); p != nil {
		e := timeExpr{a: i, b: i + n, p: Period{Relative: true}}
		if y := sc.x.docYear(); y > 0 {
			e.p.Start = strconv.Itoa(y + int(p.value))
			e.p.End = e.p.Start
		}
		return e, true
	}
	if n := sc.spanRefAt(i); n > 0 {
		return timeExpr{a: i, b: i + n, same: true, span: true}, true
	}
	if _, n := lx.samePeriod.at(sc.toks, i, sc.lang); n > 0 {
		return timeExpr{a: i, b: i + n, same: true}, true
	}
	if p, n := lx.half.at(sc.toks, i, sc.lang); p != nil {
		if y, end := sc.yearAfter(i + n); y > 0 {
			return timeExpr{a: i, b: end, p: halfPeriod(y, int(p.value))}, true
		}
	}
	if m, n := sc.monthAt(i); m > 0 {
		j := i + n
		// March 22, 2024
		if d := sc.dayAt(j); d > 0 {
			k := j + 1
			if c := sc.tok(k); c != nil && c.text == "," {
				k++
			}
			if y := sc.yearAt(k); y > 0 {
				return timeExpr{a: i, b: sc.afterYearWord(k + 1), p: dayPeriod(y, m, d)}, true
			}
			sc.toks[j].label = true
		}
		// January–June 2024, between January and October of 2024
		if c := sc.tok(j); c != nil && (isDash(c.text) || c.lower == "to" || c.lower == "and" || c.lower == "до" || c.lower == "do") {
			if m2, n2 := sc.monthAt(j + 1); m2 > 0 {
				if y, end := sc.yearAfter(j + 1 + n2); y > 0 {
					a := i
					if p := sc.tok(i - 1); p != nil && (p.lower == "between" || p.lower == "from" || p.lower == "с" || p.lower == "od" || p.lower == "med") {
						a = i - 1
					}
					return timeExpr{a: a, b: end, p: Period{Start: monthOf(y, m), End: monthOf(y, m2)}}, true
				}
			}
		}
		// October 2022, жылдың қазан айында is read from the year.
		if y, end := sc.yearAfter(j); y > 0 {
			a := i
			if d := sc.dayAt(i - 1); d > 0 {
				a = i - 1
				sc.toks[i-1].label = true
				return timeExpr{a: a, b: end, p: dayPeriod(y, m, d)}, true
			}
			return timeExpr{a: a, b: end, p: monthPeriod(y, m)}, true
		}
		// A day without a year: "on 5 March".
		if d := sc.dayAt(i - 1); d > 0 {
			sc.toks[i-1].label = true
		}
	}
	return timeExpr{}, false
}

// yearAfter finds a year at token i, after at most "of", "the", "year",
// "leta", "года" or a comma; it returns the year and the token after it.
func (sc *scan) yearAfter(i int) (int, int) {
	for k := i; k < len(sc.toks) && k <= i+2; k++ {
		if y := sc.yearAt(k); y > 0 {
			return y, sc.afterYearWord(k + 1)
		}
		t := &sc.toks[k]
		switch t.lower {
		case "of", "the", "year", ",", "leta", "года", "г.", "в", "v":
			continue
		}
		break
	}
	return 0, 0
}

// afterYearWord skips a year word after a year ("году", "жылы", "г.").
func (sc *scan) afterYearWord(i int) int {
	if _, n := sc.lx.yearWord.at(sc.toks, i, sc.lang); n > 0 {
		return i + n
	}
	return i
}

// partBefore finds a phrase of set ending up to three tokens before the year
// at token i with only "of", "the", "year" between ("the first half of",
// "в первом полугодии ... года"); it returns where the phrase starts.
func (sc *scan) partBefore(set *phraseSet, i int) (int, *phrase) {
	for back := 1; back <= 3; back++ {
		p, n := set.endingAt(sc.toks, i-back, sc.lang)
		if p == nil {
			continue
		}
		for k := i - back + 1; k < i; k++ {
			switch sc.toks[k].lower {
			case "of", "the", "leta", "года", "year":
			default:
				return 0, nil
			}
		}
		return i - back - n + 1, p
	}
	return 0, nil
}

// decadePeriod returns the years of the decade that starts at y, narrowed by
// the part named before it ("the mid-2000s", "в начале 1990-х") or, in
// Kazakh, after it ("2000 жылдардың ортасында"); the words join e.
func (sc *scan) decadePeriod(e *timeExpr, y int) Period {
	lo, hi := y, y+9
	var part *phrase
	if sc.lang == "kk" {
		if p, n := sc.lx.decadePart.at(sc.toks, e.b, sc.lang); p != nil {
			part, e.b = p, e.b+n
		}
	} else {
		k := e.a - 1
		if t := sc.tok(k); t != nil && isHyphen(t.text) && !sc.toks[e.a].space {
			k-- // mid-2000s
		}
		if p, n := sc.lx.decadePart.endingAt(sc.toks, k, sc.lang); p != nil {
			part, e.a = p, k-n+1
		}
	}
	if part != nil {
		switch part.value {
		case 1:
			hi = y + 3
		case 2:
			lo, hi = y+4, y+6
		case 3:
			lo = y + 7
		}
	}
	return Period{Start: strconv.Itoa(lo), End: strconv.Itoa(hi)}
}

func halfPeriod(y, h int) Period {
	if h == 2 {
		return Period{Start: monthOf(y, 7), End: monthOf(y, 12)}
	}
	return Period{Start: monthOf(y, 1), End: monthOf(y, 6)}
}

// yearTime reads a time expression that starts at a year: a year, a range
// of years, a decade, a half-year or a date written after the year (Kazakh
// "2022 жылдың 14 наурызында", "2024 жылдың бірінші жартысында").
func (sc *scan) yearTime(i int) (timeExpr, bool) {
	y := sc.yearAt(i)
	if y == 0 {
		return timeExpr{}, false
	}
	if sc.yearIsQuantity(i) {
		return timeExpr{}, false
	}
	lx := sc.lx
	e := timeExpr{a: i, b: i + 1, p: yearPeriod(y)}
	j := i + 1
	next := sc.tok(j)
	// Decades: 1990s, 1990-х, 1990-е годы, 1990 жылдардағы, 1990ih.
	if next != nil && !next.space && next.kind == tWord && (next.lower == "s" || next.lower == "ih" || next.lower == "ies") {
		e.b = j + 1
		e.p = sc.decadePeriod(&e, y)
		return sc.withContext(e), true
	}
	if next != nil && isHyphen(next.text) && !next.space {
		if w := sc.tok(j + 1); w != nil && (w.lower == "х" || w.lower == "е" || w.lower == "ih") {
			e.b = j + 2
			if _, n := lx.decadeWord.at(sc.toks, e.b, sc.lang); n > 0 {
				e.b += n
			}
			e.p = sc.decadePeriod(&e, y)
			return sc.withContext(e), true
		}
		// 2024-H1
		if w := sc.tok(j + 1); w != nil && (w.lower == "h1" || w.lower == "h2") {
			h := 1
			if w.lower == "h2" {
				h = 2
			}
			e.b, e.p = j+2, halfPeriod(y, h)
			return sc.withContext(e), true
		}
	}
	if _, n := lx.decadeWord.at(sc.toks, j, sc.lang); n > 0 && sc.lang == "kk" && y%10 == 0 {
		e.b = j + n
		e.p = sc.decadePeriod(&e, y)
		return sc.withContext(e), true
	}
	// Ranges: 2021–2024, 2019-20, from 2011 to 2022, between 2021 and 2023.
	if next != nil && (isDash(next.text) || next.lower == "to" || next.lower == "and" || next.lower == "до" || next.lower == "do" || next.lower == "in" || next.lower == "through") {
		y2 := sc.yearAt(j + 1)
		if y2 == 0 {
			if t2 := sc.tok(j + 1); t2 != nil && t2.kind == tNum && len(t2.text) == 2 && t2.num.Decimals == 0 && isDash(next.text) {
				y2 = y/100*100 + int(t2.num.Value)
			}
		}
		conn := next.lower
		if (conn == "and" || conn == "in") && !sc.prevIs(i, "between", "med", "между") {
			y2 = 0
		}
		if y2 > y && y2-y < 200 {
			e.b = sc.afterYearWord(j + 2)
			e.p = Period{Start: strconv.Itoa(y), End: strconv.Itoa(y2)}
			if sc.prevIs(i, "between", "from", "med", "od", "между", "с", "от") {
				e.a = i - 1
			}
			return sc.withContext(e), true
		}
	}
	// Day and month before the year: 22 July 2011, 16. junija 2023.
	k := i - 1
	if m, n := sc.monthEndingAt(k); m > 0 {
		start := k - n + 1
		if d := sc.dayAt(start - 1); d > 0 {
			e.a = start - 1
			e.p = dayPeriod(y, m, d)
		} else if p := sc.tok(start - 1); p != nil && p.text == "." && sc.dayAt(start-2) > 0 {
			d := sc.dayAt(start - 2)
			e.a = start - 2
			e.p = dayPeriod(y, m, d)
		} else {
			e.a = start
			e.p = monthPeriod(y, m)
		}
	}
	// A half-year or the year's start before the year: "the first half of
	// 2024", "в первом полугодии 2024 года", "at the beginning of 2025".
	if e.a == i {
		if a, p := sc.partBefore(lx.half, i); p != nil {
			e.a, e.p = a, halfPeriod(y, int(p.value))
		} else if a, p := sc.partBefore(lx.yearStart, i); p != nil {
			e.a, e.p = a, monthPeriod(y, 1)
		}
	}
	e.b = sc.afterYearWord(j)
	// Kazakh: the day, month or half-year follow "жылдың/жылғы".
	if e.b > j && sc.lang == "kk" {
		k := e.b
		if d := sc.dayAt(k); d > 0 {
			if m, n := sc.monthAt(k + 1); m > 0 {
				e.b = k + 1 + n
				e.p = dayPeriod(y, m, d)
			}
		} else if m, n := sc.monthAt(k); m > 0 {
			e.b = k + n
			if w := sc.tok(e.b); w != nil && strings.HasPrefix(w.lower, "ай") {
				e.b++
			}
			e.p = monthPeriod(y, m)
		} else if p, n := lx.half.at(sc.toks, k, sc.lang); p != nil {
			e.b = k + n
			e.p = halfPeriod(y, int(p.value))
		} else if _, n := lx.yearStart.at(sc.toks, k, sc.lang); n > 0 {
			e.b = k + n
			e.p = monthPeriod(y, 1)
		}
	}
	// 2023a: a citation year.
	if t := sc.tok(e.b); t != nil && !t.space && t.kind == tWord && len(t.lower) == 1 {
		e.b++
	}
	return sc.withContext(e), true
}

// monthEndingAt returns the month named by the word(s) ending at token i.
func (sc *scan) monthEndingAt(i int) (int, int) {
	for n := 2; n >= 1; n-- {
		if m, k := sc.monthAt(i - n + 1); m > 0 && k == n {
			return m, n
		}
	}
	return 0, 0
}

func (sc *scan) prevIs(i int, words ...string) bool {
	p := sc.tok(i - 1)
	if p == nil {
		return false
	}
	for _, w := range words {
		if p.lower == w {
			return true
		}
	}
	return false
}

// withContext marks a baseline ("compared to 2023", "2023 жылмен
// салыстырғанда") or an open start ("since 2015", "2015 жылдан бастап").
func (sc *scan) withContext(e timeExpr) timeExpr {
	if _, n := sc.lx.baseline.endingAt(sc.toks, e.a-1, sc.lang); n > 0 {
		e.baseline = true
	}
	if p, _ := sc.lx.baseline.at(sc.toks, e.b, sc.lang); p != nil && p.lang == "kk" {
		e.baseline = true
	}
	if t := sc.tok(e.b); t != nil && sc.lang == "kk" && strings.HasSuffix(t.lower, "мен") && t.lower != "мен" {
		if p, _ := sc.lx.baseline.at(sc.toks, e.b+1, sc.lang); p != nil {
			e.baseline = true
		}
	}
	if _, n := sc.lx.since.endingAt(sc.toks, e.a-1, sc.lang); n > 0 && sc.lang != "kk" {
		e.since = true
	}
	if p, _ := sc.lx.since.at(sc.toks, e.b, sc.lang); p != nil && sc.lang == "kk" {
		e.since = true
	}
	return e
}

// parseDateChunk reads a numeric date written without spaces: 2025-06-30,
// 04-05-2023, 28.08.2022, 30/06/2024.
func parseDateChunk(s string) (Period, bool) {
	// Most chunks (plain numbers) have no separator at all: they are
	// turned away before the trimming and counting.
	if !hasDateSep(s) {
		return Period{}, false
	}
	s = strings.TrimRight(s, ".,;:)")
	s = strings.TrimLeft(s, "(")
	var sep byte
	for _, c := range []byte{'-', '.', '/'} {
		if strings.Count(s, string(c)) == 2 {
			sep = c
			break
		}
	}
	if sep == 0 {
		return Period{}, false
	}
	parts := strings.Split(s, string(sep))
	nums := make([]int, 3)
	for i, p := range parts {
		if p == "" || digitRun(p, 0) != len(p) {
			return Period{}, false
		}
		nums[i], _ = strconv.Atoi(p)
	}
	var y, m, d int
	switch {
	case len(parts[0]) == 4:
		y, m, d = nums[0], nums[1], nums[2]
	case len(parts[2]) == 4:
		y, m, d = nums[2], nums[1], nums[0]
	default:
		return Period{}, false
	}
	if y < 1800 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return Period{}, false
	}
	v := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	return Period{Start: v, End: v, Text: s}, true
}

// hasDateSep reports a '-', '.' or '/' in s.
func hasDateSep(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '-' || c == '.' || c == '/' {
			return true
		}
	}
	return false
}

// quoted marks the tokens inside quotation marks (in a buffer the
// sentences share).
func (sc *scan) quoted() []bool {
	if cap(sc.x.quotedBuf) < len(sc.toks) {
		sc.x.quotedBuf = make([]bool, len(sc.toks))
	}
	in := sc.x.quotedBuf[:len(sc.toks)]
	clear(in)
	// Most sentences have no quotation mark: hasQuote's byte searches
	// find that sooner than the tokens' text compares.
	if len(sc.toks) == 0 || !hasQuote(sc.text[sc.toks[0].start:sc.toks[len(sc.toks)-1].end]) {
		return in
	}
	open := false
	for k := range sc.toks {
		switch sc.toks[k].text {
		case "“", "«", "„":
			open = true
			continue
		case "”", "»":
			open = false
			continue
		case "\"":
			open = !open
			continue
		}
		in[k] = open
	}
	return in
}

// citationYear reports a year that dates a cited work: right after a name
// in parentheses ("Organization for Migration (2019)", "et al. (2021)") or
// inside a parenthetical citation ("(Hwang, 2024)", "(2019; 2024)").
func (sc *scan) citationYear(e timeExpr) bool {
	p := sc.tok(e.a - 1)
	if p == nil {
		return false
	}
	if p.text == "(" {
		n := sc.tok(e.a - 2)
		if n == nil {
			return false
		}
		if n.text == "." {
			return true // et al. (2021)
		}
		if n.kind == tWord && isUpper(n.text) {
			if m := sc.x.placeAt(n.start); m != nil && m.Kind == "country" {
				return false // "Kazakhstan (2015–2024)": a place and its period
			}
			return true
		}
		if nx := sc.tok(e.b); nx != nil && nx.text == ";" {
			return true
		}
		return false
	}
	if p.text == "," || p.text == ";" {
		for k := e.a - 2; k >= 0 && k >= e.a-16; k-- {
			t := &sc.toks[k]
			if t.text == ")" || t.text == "." && k < e.a-3 {
				return false
			}
			if t.text == "(" {
				n := sc.tok(k + 1)
				return n != nil && (n.kind == tWord && isUpper(n.text) || n.kind == tNum)
			}
		}
	}
	return false
}

// nearNumber reports a numeral within two tokens of token i: a month word
// dates only next to a day or a year.
func (sc *scan) nearNumber(i int) bool {
	for k := i - 2; k <= i+5; k++ {
		if t := sc.tok(k); t != nil && k != i && t.kind == tNum {
			return true
		}
	}
	return false
}

// notePeriod remembers the period a sentence without claims states ("In
// early 2023, Kazakhstan changed its entry rules."), for the figures of the
// sentences after it.
func (sc *scan) notePeriod() {
	for _, e := range sc.times {
		if e.usable() && !e.citation && e.p.Start != "" {
			sc.x.lastPeriod, sc.x.lastPeriodFromClaims = sc.x.newPeriod(e.p), false
			sc.x.lastPeriodSent = sc.x.sentNo
			sc.x.lastPeriodFrame = sc.opensSentence(e.a)
			sc.x.lastPeriodSpan, sc.x.lastPeriodLang = sc.span, sc.lang
			return
		}
	}
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
	// The slices are the extractor's buffers, cleared: the caller is done
	// with them before the next sentence.
	n := len(sc.qs)
	out := slices.Grow(sc.x.periodBuf[:0], n)[:n]
	inherited := slices.Grow(sc.x.inheritedBuf[:0], n)[:n]
	owned := slices.Grow(sc.x.ownedBuf[:0], n)[:n]
	clear(out)
	clear(inherited)
	sc.x.periodBuf, sc.x.inheritedBuf, sc.x.ownedBuf = out, inherited, owned
	// owner holds, by time expression, the last figure that owns it (-1
	// none).
	owner := slices.Grow(sc.x.ownerOfBuf[:0], len(sc.times))[:len(sc.times)]
	sc.x.ownerOfBuf = owner
	for ti := range owner {
		owner[ti] = -1
	}
	for k, q := range sc.qs {
		owned[k] = -1
		for ti, e := range sc.times {
			if !e.usable() || e.citation {
				continue
			}
			if e.a >= q.b && sc.tightGap(q.b, e.a) {
				owned[k] = ti
				owner[ti] = k
				break
			}
		}
	}
	var same *Period
	for _, e := range sc.times {
		if e.same {
			same = sc.x.lastPeriod
			if e.span && sc.x.lastSpan != nil {
				same = sc.x.lastSpan
			}
		}
	}
	inherit := sc.x.lastPeriod
	// A period a sentence states as its frame ("In 2024, the IOM
	// interviewed migrant workers.") dates the figures of the next one.
	next := sc.x.sentNo == sc.x.lastPeriodSent+1
	framed := next && (sc.x.lastPeriodFrame || sc.namesAny(sc.lastPeriodNames()))
	if !sc.x.lastPeriodFromClaims && !framed && !sc.lx.anaphora.has(sc.toks, 0, sc.lang) {
		inherit = nil
	}
	if sc.x.lastPeriodFromClaims && sc.x.claimsPeriodPlan && sc.x.sentNo > sc.x.claimsPeriodSent+1 {
		inherit = nil
	}
	if inherit != nil && sc.hasOpenTime() {
		inherit = nil
	}
	if _, n := sc.lx.planRef.at(sc.toks, 0, sc.lang); n > 0 && sc.x.lastPlan != nil {
		inherit = sc.x.lastPlan
	}
	figure := sc.figureRefPeriod()
	opens := sc.hits(&sc.x.openBuf, sc.lx.openTime)
	for k, q := range sc.qs {
		if owned[k] >= 0 {
			out[k] = sc.x.newPeriod(sc.times[owned[k]].p)
			continue
		}
		// "..., but now 2–3 million", "in recent years, ... 11,000": a
		// time frame of the figure's own clause that no year resolves; only
		// a time after it (the citation that anchors its "now") dates it.
		openAt := -1
		for _, h := range opens {
			if h.i < q.a && clauses[h.i] == clauses[q.num] {
				openAt = h.i
			}
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
			if !e.usable() && !e.planTitle() || e.scholarly && openAt < 0 || e.a < openAt {
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
			if owner[ti] >= 0 {
				if sc.contrasted(q, sc.qs[owner[ti]]) {
					continue
				}
				d += 40
			}
			if e.title {
				d += 100 // a plan's period dates its figures when nothing nearer does
			}
			if e.citation {
				d += 200
			}
			if d < bestD {
				best, bestD = ti, d
			}
		}
		if best >= 0 && sc.times[best].citation && figure != nil {
			best = -1 // the caption of the figure shown dates it, not the source
		}
		switch {
		case best < 0 && openAt >= 0:
		case best >= 0:
			sc.planDated = sc.planDated || sc.times[best].title
			p := sc.x.newPeriod(sc.times[best].p)
			out[k] = p
			if !sc.times[best].citation {
				if bp := sc.baselineSpan(q, p); bp != nil {
					out[k] = bp
				}
			}
		case figure != nil:
			out[k] = figure
		case same != nil:
			out[k] = same
		case inherit != nil:
			out[k] = inherit
			inherited[k] = true
			if p := sc.baselineSpan(q, inherit); p != nil {
				out[k] = p
				sc.carry = inherit
			}
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
	if q.unit != "percent" && q.unit != "share" {
		return false
	}
	for k := maxInt(0, q.a-4); k < q.a; k++ {
		if q.unit == "share" && sc.toks[k].lower != "by" {
			continue // "fell by half"; "half of the migrants" is no change
		}
		if sc.toks[k].lower == "by" || sc.lx.changeUp.has(sc.toks, k, sc.lang) || sc.lx.changeDown.has(sc.toks, k, sc.lang) {
			return true
		}
	}
	return false
}

// hasOpenTime reports a time frame no year resolves ("in recent years",
// "today"): the sentence states its own time, not the one before.
func (sc *scan) hasOpenTime() bool {
	found := false
	sc.find(sc.lx.openTime, 0, len(sc.toks), func(i, n int, p *phrase) { found = true })
	return found
}

// contrasted reports two figures set against each other ("to nearly 170
// million from 53 million in 2010", "30% than 25% in 2020"): the year one
// owns does not date the other.
func (sc *scan) contrasted(q, o *quantity) bool {
	a, b := q.b, o.a
	if o.b <= q.a {
		a, b = o.b, q.a
	}
	for k := a; k < b && k < len(sc.toks); k++ {
		switch sc.toks[k].lower {
		case "from", "than", "versus", "vs", "compared", "от", "чем", "против", "kot", "glede":
			return true
		}
	}
	return false
}

// opensSentence reports a time expression that opens its sentence, after at
// most a preposition or two ("In 2024,", "As of autumn 2024,", "2023 жылы").
func (sc *scan) opensSentence(a int) bool {
	for k := 0; k < a; k++ {
		if sc.toks[k].kind != tWord || k >= 3 {
			return false
		}
	}
	return true
}

// baselineSpan returns the span from the baseline year of a change to the
// year it reaches ("Compared to 2023, arrivals increased by 15.3%" after
// "In 2024, ..." → 2023–2024), or nil.
func (sc *scan) baselineSpan(q *quantity, to *Period) *Period {
	if !sc.isChange(q) || to == nil || len(to.Start) < 4 {
		return nil
	}
	for _, e := range sc.times {
		if e.baseline && len(e.p.Start) >= 4 && e.p.Start[:4] < to.Start[:4] {
			return &Period{Start: e.p.Start[:4], End: to.End[:4], Text: e.p.Start[:4] + "–" + to.End[:4]}
		}
	}
	back := 0
	sc.find(sc.lx.relativeBaseline, q.b, len(sc.toks), func(i, n int, p *phrase) {
		if back == 0 {
			back = int(p.value)
		}
	})
	if y, err := strconv.Atoi(to.Start[:4]); err == nil && back > 0 {
		from := strconv.Itoa(y - back)
		return &Period{Start: from, End: to.End[:4], Text: from + "–" + to.End[:4]}
	}
	return nil
}

// spanDemonstratives point back to a span of time named after them.
var spanDemonstratives = map[string]bool{
	"this": true, "that": true, "the": true, "этот": true, "этого": true, "этом": true, "тот": true,
	"осы": true, "сол": true, "to": true, "tem": true, "tega": true,
}

// theSpanNext are the words "the" needs after it to point back to a span
// ("the whole period").
var theSpanNext = [...]string{"whole", "entire"}

// spanWords name a span of time a demonstrative points back to.
var spanWords = map[string]bool{
	"period": true, "span": true, "timeframe": true, "interval": true,
	"период": true, "периода": true, "периоде": true, "кезең": true, "кезеңде": true, "кезеңінде": true, "obdobje": true, "obdobju": true,
}

// spanRefAt returns the length of a reference back to a span of years at
// token i ("this 12-year span", "this period", "этот период"), or 0.
func (sc *scan) spanRefAt(i int) int {
	w := sc.toks[i].lower
	// A numbered word is flagged, no map probe; one not numbered (-1) is no
	// demonstrative.
	var demonstrative bool
	if wid := sc.toks[i].wid; wid != 0 {
		demonstrative = wid > 0 && sc.lx.words.spanDemonstrative[wid]
	} else {
		demonstrative = spanDemonstratives[w]
	}
	if !demonstrative || (w == "to" || w == "tem" || w == "tega") && sc.lang != "sl" {
		return 0
	}
	if sc.toks[i].lower == "the" {
		if t := sc.tok(i + 1); t == nil || !slices.Contains(theSpanNext[:], t.lower) {
			return 0
		}
	}
	for k := i + 1; k < len(sc.toks) && k <= i+4; k++ {
		t := &sc.toks[k]
		if spanWords[t.lower] {
			return k - i + 1
		}
		if t.kind != tWord && t.kind != tNum && !isDash(t.text) {
			return 0
		}
	}
	return 0
}

// properNames returns the runs of two or more capitalized words after the
// first word of the sentence, lower-cased ("crocus city hall").
func (sc *scan) properNames() []string { return properNames(sc.toks, sc.text) }

// properNames is scan.properNames of the tokens toks of text.
func properNames(toks []token, text string) []string {
	var out []string
	for i := 1; i < len(toks); {
		j := i
		for j < len(toks) && toks[j].kind == tWord && isUpper(toks[j].text) {
			j++
		}
		if j-i >= 2 {
			out = append(out, toLower(text[toks[i].start:toks[j-1].end]))
		}
		i = j + 1
	}
	return out
}

// lastPeriodNames returns the proper names of the sentence that stated
// lastPeriod, read when a next sentence asks (most sentences that state a
// period are followed by none that does).
func (sc *scan) lastPeriodNames() []string {
	x := sc.x
	return properNames(x.earlierTokens(x.lastPeriodSpan, x.lastPeriodLang), x.d.Text)
}

// namesAny reports whether the sentence names one of names again.
func (sc *scan) namesAny(names []string) bool {
	if len(names) == 0 {
		return false
	}
	for _, n := range sc.properNames() {
		if slices.Contains(names, n) {
			return true
		}
	}
	return false
}

// notePlan remembers the period a plan's title states, for a later sentence
// about "this strategy".
func (sc *scan) notePlan() {
	for _, e := range sc.times {
		if e.planTitle() {
			p := e.p
			sc.x.lastPlan = &p
		}
	}
}

// noteSpan remembers the last span of years the text states, for "this
// period" in a later sentence.
func (sc *scan) noteSpan() {
	for _, e := range sc.times {
		// Written ranges only ("from 2011 to 2022"), not decades ("the 1990s").
		if e.usable() && !e.citation && len(e.p.Start) >= 4 && len(e.p.End) >= 4 && e.p.Start[:4] != e.p.End[:4] &&
			digitCount(e.p.Text) >= 6 {
			p := e.p
			sc.x.lastSpan = &p
		}
	}
}

func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}
