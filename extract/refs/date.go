package refs

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/nlp"
)

// dateMatch is a date found in a string: its byte range, the parsed date and
// the year suffix ("a" in 2024a).
type dateMatch struct {
	start, end int
	date       dateVal
	suffix     string
	// full is true when the match has a month (or day) beside the year.
	full bool
}

// dateVal is a Date held by value: most dates read are only tested, and
// only the ones an item keeps are built (newDate), in one allocation.
type dateVal struct {
	literal string
	parts   [3]int // year, month, day
	n       int    // how many of parts the date has
}

// ymd returns the date of the parts given (at most three).
func ymd(parts ...int) dateVal {
	var v dateVal
	v.n = copy(v.parts[:], parts)
	return v
}

// year returns the date's year, or 0.
func (v dateVal) year() int {
	if v.n == 0 {
		return 0
	}
	return v.parts[0]
}

// Date returns the Date v stands for.
func (v dateVal) Date() Date {
	d := Date{Literal: v.literal}
	if v.n > 0 {
		d.DateParts = dateParts(v.parts[:v.n]...)
	}
	return d
}

// newDate returns v.Date() on the heap, its parts in the same allocation.
func (v dateVal) newDate() *Date {
	if v.n == 0 {
		return &Date{Literal: v.literal}
	}
	a := new(struct {
		d     Date
		outer [1][]int
		inner [3]int
	})
	n := copy(a.inner[:], v.parts[:v.n])
	a.outer[0] = a.inner[:n:n]
	a.d = Date{DateParts: a.outer[:], Literal: v.literal}
	return &a.d
}

var (
	reDMYNum  = regexp.MustCompile(`\b(\d{1,2})[./](\d{1,2})[./]((?:1[5-9]|20)\d\d)\b`)
	reISODate = regexp.MustCompile(`\b((?:1[5-9]|20)\d\d)-(\d{2})(?:-(\d{2}))?\b`)
	// reMonthDY, reDMonthY and reMonthY are read by hand (monthscan.go);
	// the regexps are their tested specification.
	reMonthDY  = regexp.MustCompile(`(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:1[5-9]|20)\d\d)\b`)
	reDMonthY  = regexp.MustCompile(`\b(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+((?:1[5-9]|20)\d\d)(?:\s*(?:г\.|года|goda|g\.|ж\.|жылы|jyl))?`)
	reMonthY   = regexp.MustCompile(`(\p{L}+)\.?(?:\s*[-–/]\s*\p{L}+\.?)?,?\s+((?:1[5-9]|20)\d\d)\b`)
	reYear     = regexp.MustCompile(`((?:1[5-9]|20)\d\d)([a-h])?`) // read by yearMatches
	reNoDate   = regexp.MustCompile(`(?i)(?:^|[\s(\[])(n\.\s?d\.?|б\.\s?г\.|s\.\s?d\.|o\.\s?j\.|no date|in press|forthcoming|в печати)(?:$|[\s.,;:)\]])`)
	reYearDash = regexp.MustCompile(`^\s*[-–—]\s*\d`)
	// reOrigYear is the year of the original edition in brackets after
	// the date: "1984 [1970]", "2001[1953]".
	reOrigYear = gatedRegexp{regexp.MustCompile(`^\s?\[(?:1[5-9]|20)\d\d\]`), func(s string) bool {
		return strings.HasPrefix(s, "[") || len(s) > 1 && isRegexpSpace(s[0]) && s[1] == '['
	}}
)

// yearSites says where s has a year as the date patterns spell it
// ((?:1[5-9]|20)\d\d, anywhere, even inside a longer number): at all, right
// after '.' or '/' (reDMYNum), right before '-' (reISODate) or right after
// white space (reMonthDY, reDMonthY, reMonthY). A pattern cannot match
// without its site.
type yearSites struct {
	any, afterDotSlash, beforeDash, afterSpace bool
}

func findYearSites(s string) yearSites {
	var ys yearSites
	for i := 0; i+4 <= len(s); i++ {
		if !isASCIIDigit(s[i+3]) {
			// No year starts at i to i+3: each would hold s[i+3].
			i += 3
			continue
		}
		if !isYearAt(s, i) {
			continue
		}
		ys.any = true
		if i > 0 {
			ys.afterDotSlash = ys.afterDotSlash || s[i-1] == '.' || s[i-1] == '/'
			ys.afterSpace = ys.afterSpace || isRegexpSpace(s[i-1])
		}
		ys.beforeDash = ys.beforeDash || i+4 < len(s) && s[i+4] == '-'
	}
	return ys
}

// allMatchesAt returns the submatch indexes of every match of re in s,
// running re only when site, its year site in s, is there.
func allMatchesAt(site bool, re *regexp.Regexp, s string) [][]int {
	if !site {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s, -1)
}

// mayHoldMonth reports whether a match of reMonthDY, reDMonthY or reMonthY
// in s can have a month name as its word (\p{L}+), which the dates need:
// whether a whole run of letters is a month name. A match's word is a
// whole run: \p{L}+ takes the letters before a later start too, and a
// match before it ends on a digit. A run is lower-cased and looked up
// only when its length in runes and its lower-cased first and last bytes
// are those of a month name (lowering maps rune to rune, so a run that is
// a name has the name's runes and ends).
func mayHoldMonth(lx *Lexicon, s string) bool {
	var arr [64]byte
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiLetters[c] == 0 {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(s[i:]); !unicode.IsLetter(r) {
			i += size
			continue
		}
		end, runes := letterRunEnd(s, i)
		if w := s[i:end]; lx.monthRunes[0] <= runes && runes <= lx.monthRunes[1] && lx.monthEnds.mayHoldLower(w) && lx.Months[string(lowerWord(arr[:0], w))] > 0 {
			return true
		}
		i = end
	}
	return false
}

// letterRunEnd returns the end of the run of letters (\p{L}) that starts
// at s[i] and how many runes it has.
func letterRunEnd(s string, i int) (end, runes int) {
	for n := letterAt(s, i); n > 0; n = letterAt(s, i) {
		i += n
		runes++
	}
	return i, runes
}

// lowerFirstByte returns the first byte of w (not empty) as lowerWord
// lowers it: of its first rune lowered (U+FFFD for a byte that is not
// UTF-8). ASCII is read inline, the rest by lowerRuneFirstByte.
func lowerFirstByte(w string) byte {
	if c := w[0]; c < utf8.RuneSelf {
		return asciiLowered[c]
	}
	return lowerRuneFirstByte(w)
}

// asciiLowered is lowerASCII of each ASCII byte.
var asciiLowered = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = lowerASCII(byte(c))
	}
	return t
}()

func lowerRuneFirstByte(w string) byte {
	r, _ := utf8.DecodeRuneInString(w)
	var b [utf8.UTFMax]byte
	utf8.EncodeRune(b[:], nlp.LowerRune(r))
	return b[0]
}

// lowerLastByte returns the last byte of w (not empty) as lowerWord
// lowers it: of its last rune lowered. ASCII is read inline, the rest by
// lowerRuneLastByte.
func lowerLastByte(w string) byte {
	if c := w[len(w)-1]; c < utf8.RuneSelf {
		return asciiLowered[c]
	}
	return lowerRuneLastByte(w)
}

func lowerRuneLastByte(w string) byte {
	r, _ := utf8.DecodeLastRuneInString(w)
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], nlp.LowerRune(r))
	return b[n-1]
}

// isYearAt reports whether s[i:i+4] is a year, (?:1[5-9]|20)\d\d.
func isYearAt(s string, i int) bool {
	return (s[i] == '1' && '5' <= s[i+1] && s[i+1] <= '9' || s[i] == '2' && s[i+1] == '0') && isASCIIDigit(s[i+2]) && isASCIIDigit(s[i+3])
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

// findDates returns the dates in s, longest forms first where they overlap,
// in order of position.
func findDates(lx *Lexicon, s string) []dateMatch { return findDatesOf(nil, lx, s, true) }

// findFullDates returns the dates of findDates that have a month (or day),
// in no set order: the bare years, found after them, never hide one.
func findFullDates(lx *Lexicon, s string) []dateMatch { return findDatesOf(nil, lx, s, false) }

// findDatesOf is findDates, with the bare years only when bare is set,
// appended to dst[:0]: a caller that keeps none of them passes an array
// of its own, so that the few matches of a string cost no allocation.
func findDatesOf(dst []dateMatch, lx *Lexicon, s string, bare bool) []dateMatch {
	out := dst[:0]
	taken := func(a, b int) bool {
		for _, m := range out {
			if a < m.end && m.start < b {
				return true
			}
		}
		return false
	}
	add := func(m dateMatch) {
		if !taken(m.start, m.end) {
			out = append(out, m)
		}
	}
	// Every pattern needs a year; most strings have none, or only in
	// brackets, where the day and month forms cannot match.
	years := findYearSites(s)
	if !years.any {
		return nil
	}
	for _, m := range allMatchesAt(years.afterDotSlash, reDMYNum, s) {
		d, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		y, _ := strconv.Atoi(s[m[6]:m[7]])
		if mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
			add(dateMatch{start: m[0], end: m[1], date: ymd(y, mo, d), full: true})
		}
	}
	for _, m := range allMatchesAt(years.beforeDash, reISODate, s) {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		mo, _ := strconv.Atoi(s[m[4]:m[5]])
		if mo < 1 || mo > 12 {
			continue
		}
		date := ymd(y, mo)
		if m[6] >= 0 {
			d, _ := strconv.Atoi(s[m[6]:m[7]])
			if d < 1 || d > 31 {
				continue
			}
			date = ymd(y, mo, d)
		}
		add(dateMatch{start: m[0], end: m[1], date: date, full: true})
	}
	// The month patterns need a month name, found by a word scan that
	// costs far less than their scans.
	if years.afterSpace && mayHoldMonth(lx, s) {
		var arr [4]monthMatch // the matches of one pattern at a time
		for _, m := range monthDayYearMatches(arr[:0], s) {
			mo := lx.month(s[m[2]:m[3]])
			d, _ := strconv.Atoi(s[m[4]:m[5]])
			y, _ := strconv.Atoi(s[m[6]:m[7]])
			if mo > 0 && d >= 1 && d <= 31 && wordStart(s, m[2]) {
				add(dateMatch{start: m[2], end: m[1], date: ymd(y, mo, d), full: true})
			}
		}
		for _, m := range dayMonthYearMatches(arr[:0], s) {
			d, _ := strconv.Atoi(s[m[2]:m[3]])
			mo := lx.month(s[m[4]:m[5]])
			y, _ := strconv.Atoi(s[m[6]:m[7]])
			if mo > 0 && d >= 1 && d <= 31 {
				add(dateMatch{start: m[0], end: m[1], date: ymd(y, mo, d), full: true})
			}
		}
		for _, m := range monthYearMatches(arr[:0], s) {
			mo := lx.month(s[m[2]:m[3]])
			y, _ := strconv.Atoi(s[m[4]:m[5]])
			if mo > 0 && wordStart(s, m[2]) {
				add(dateMatch{start: m[2], end: m[1], date: ymd(y, mo), full: true})
			}
		}
	}
	if !bare {
		return out
	}
	for m, ok := nextYear(s, 0); ok; m, ok = nextYear(s, m[1]) {
		if !yearBoundary(s, m[0], m[1]) || taken(m[0], m[1]) {
			continue // (as add would; before the date parts are made)
		}
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		suffix := ""
		if m[4] >= 0 {
			suffix = s[m[4]:m[5]]
		}
		out = append(out, dateMatch{start: m[0], end: m[1], date: ymd(y), suffix: suffix})
	}
	sortMatches(out)
	return out
}

// yearMatches returns what reYear.FindAllStringSubmatchIndex(s, -1) does:
// every year (?:1[5-9]|20)\d\d, with the letter a–h after it, left to
// right without overlaps.
func yearMatches(s string) [][]int {
	var out [][]int
	for m, ok := nextYear(s, 0); ok; m, ok = nextYear(s, m[1]) {
		out = append(out, append([]int(nil), m[:]...))
	}
	return out
}

// nextYear returns the submatch indexes of the first year of yearMatches
// in s[from:] (offset by from), without a slice for them.
func nextYear(s string, from int) (m [6]int, ok bool) {
	for i := from; i+4 <= len(s); i++ {
		if !isYearAt(s, i) {
			continue
		}
		m = [6]int{i, i + 4, i, i + 4, -1, -1}
		if e := i + 4; e < len(s) && 'a' <= s[e] && s[e] <= 'h' {
			m[1], m[4], m[5] = e+1, e, e+1
		}
		return m, true
	}
	return m, false
}

func sortMatches(ms []dateMatch) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].start < ms[j-1].start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// wordStart reports whether offset i starts a word.
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isWordRune(r)
}

// yearBoundary reports whether s[i:j] is a free-standing year: no digit or
// letter glued before, no digit after, and not the start of a range of page
// numbers written with a dash ("2011-2015" is kept: it is a year range, whose
// first year is the date).
func yearBoundary(s string, i, j int) bool {
	if i > 0 {
		c := s[i-1]
		if c >= '0' && c <= '9' || c == '/' || c == '.' && i > 1 && s[i-2] >= '0' && s[i-2] <= '9' {
			return false
		}
		if !wordStart(s, i) {
			return false
		}
	}
	if j < len(s) {
		c := s[j]
		if c >= '0' && c <= '9' || c == '/' {
			return false
		}
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			return false
		}
		if c == '.' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
			return false
		}
		// The year suffix group already took one letter; reject a second.
		if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(r) && r != 'г' && r != 'ж' {
			return false
		}
	}
	return true
}

// dateParts returns [][]int{parts}, the year, month and day of a match,
// in one allocation instead of two: the capacities are those of the
// literal (one part of len(parts) numbers), so that an append copies as
// it would.
func dateParts(parts ...int) [][]int {
	a := new(struct {
		outer [1][]int
		inner [3]int
	})
	n := copy(a.inner[:], parts)
	a.outer[0] = a.inner[:n:n]
	return a.outer[:]
}

// parseDate reads a whole date expression (the inside of "(2024, May 8)",
// "March 5, 2025", "n.d.", "2023b") and reports whether it is one.
func parseDate(lx *Lexicon, s string) (Date, string, bool) {
	v, suf, ok := parseTrimmedDate(lx, trimDate(s))
	return v.Date(), suf, ok
}

// trimDate trims s as parseDate reads it.
func trimDate(s string) string {
	// strings.Trim with an ASCII cutset, without building its set each time.
	for s != "" && dateTrim[s[0]] {
		s = s[1:]
	}
	for s != "" && dateTrim[s[len(s)-1]] {
		s = s[:len(s)-1]
	}
	return trimSpace(s)
}

// dateTrim are the bytes trimDate trims.
var dateTrim = bytesOf(" .,;:()[]")

// parsedDate is one answer of parseDate, kept by the parser: the pieces
// of a reference are read as dates several times over.
type parsedDate struct {
	s      string // trimmed as by trimDate
	date   dateVal
	suffix string
	ok     bool
}

// maxDateMemo bounds the parser's memo of parseDate answers.
const maxDateMemo = 32

// date is parseDate with the parser's memo, the date held by value.
func (p *parser) date(s string) (dateVal, string, bool) {
	s = trimDate(s)
	for i := 0; i < p.ndates; i++ {
		if m := &p.dates[i]; m.s == s {
			return m.date, m.suffix, m.ok
		}
	}
	d, suf, ok := parseTrimmedDate(p.lx, s)
	if p.ndates < maxDateMemo {
		p.dates[p.ndates] = parsedDate{s, d, suf, ok}
		p.ndates++
	}
	return d, suf, ok
}

// parseTrimmedDate is parseDate on a string trimmed by trimDate.
func parseTrimmedDate(lx *Lexicon, s string) (dateVal, string, bool) {
	if s == "" {
		return dateVal{}, "", false
	}
	if mayBeNoDate(s) {
		if m := reNoDate.FindStringSubmatch(" " + s + " "); m != nil && len(trimSpace(s)) <= len(m[1])+2 {
			return dateVal{literal: m[1]}, "", true
		}
	}
	if !hasASCIIDigit(s) {
		return dateVal{}, "", false // every dated form has a year
	}
	var buf [4]dateMatch
	ms := findDatesOf(buf[:0], lx, s, true)
	if len(ms) == 0 {
		return dateVal{}, "", false
	}
	best := ms[0]
	for _, m := range ms {
		if m.full && !best.full {
			best = m
		}
	}
	// "2024, May 8": a year followed by a month and day.
	if !best.full {
		rest := trimLeftASCII(s[best.end:], " ,")
		if rest != "" {
			// The first two of strings.Fields(strings.ReplaceAll(rest,
			// ",", " ")), read in place.
			a0, b0 := nextFieldFunc(rest, 0, isSpaceOrComma)
			a1, b1 := nextFieldFunc(rest, b0, isSpaceOrComma)
			if a0 < len(rest) {
				f0 := rest[a0:b0]
				if mo := lx.month(f0); mo > 0 {
					date := ymd(best.date.year(), mo)
					if a1 < len(rest) {
						if d, err := strconv.Atoi(rest[a1:b1]); err == nil && d >= 1 && d <= 31 {
							date = ymd(date.parts[0], mo, d)
						}
					} else if d, err := strconv.Atoi(f0); err == nil && d >= 1 && d <= 31 {
						date = ymd(date.parts[0], mo, d)
					}
					best.date = date
					best.full = true
				}
			}
		}
	}
	// Everything else in the expression must be date-like words. A year in
	// brackets after the date is the original edition's ("1984 [1970]").
	after := s[best.end:]
	if m := reOrigYear.FindStringIndex(after); m != nil {
		after = after[m[1]:]
	}
	// The words of s before the date and after it, read in place: as
	// strings.FieldsFunc reads them in the two joined by a space, which
	// parts words under both tests.
	parts := [2]string{s[:best.start], after}
	hasMonth := false
	for _, part := range parts {
		for a, b := nextDateWord(part, 0, false); a < len(part); a, b = nextDateWord(part, b, false) {
			if lx.month(part[a:b]) > 0 {
				hasMonth = true
			}
		}
	}
	for _, part := range parts {
		for a, b := nextDateWord(part, 0, true); a < len(part); a, b = nextDateWord(part, b, true) {
			w := part[a:b]
			if lx.month(w) > 0 || isDateFiller(w) {
				continue
			}
			if _, err := strconv.Atoi(w); err == nil && len(w) <= 2 && (best.full || hasMonth) {
				continue // a day, or days: "2006, 25-26 March"
			}
			if len(w) == 1 && best.suffix == "" && unicode.IsLower(rune(w[0])) {
				continue
			}
			return dateVal{}, "", false
		}
	}
	return best.date, best.suffix, true
}

func isSpaceOrComma(r rune) bool { return r == ',' || nlp.IsSpace(r) }

// nextFieldFunc returns the bounds of the first field of s at or after
// from as strings.FieldsFunc(s, sep) has its fields (a run of runes sep
// says no to), or len(s), len(s).
func nextFieldFunc(s string, from int, sep func(rune) bool) (a, b int) {
	a = from
	for a < len(s) {
		r, size := utf8.DecodeRuneInString(s[a:])
		if !sep(r) {
			break
		}
		a += size
	}
	for b = a; b < len(s); {
		r, size := utf8.DecodeRuneInString(s[b:])
		if sep(r) {
			break
		}
		b += size
	}
	return a, b
}

// nextDateWord returns the bounds of the first run of letters (\p{L}), or of
// letters and digits (\p{Nd}) when digits is set, at or after from, or
// len(s), len(s): nextFieldFunc with a separator that is no letter (or
// digit), ASCII read by a table.
func nextDateWord(s string, from int, digits bool) (a, b int) {
	a = from
	for a < len(s) {
		in, size := wordRuneAt(s, a, digits)
		if in {
			break
		}
		a += size
	}
	for b = a; b < len(s); {
		in, size := wordRuneAt(s, b, digits)
		if !in {
			break
		}
		b += size
	}
	return a, b
}

// wordRuneAt reports whether the rune at s[i] is a letter (or a digit,
// when digits is set), and its size.
func wordRuneAt(s string, i int, digits bool) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiLetters[c] != 0 || digits && isASCIIDigit(c), 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || digits && unicode.IsDigit(r), size
}

// mayBeNoDate reports whether s, trimmed as parseDate trims it, can be a
// phrase of reNoDate with at most two bytes around it, as parseDate
// accepts. The phrase then starts at s[0], s[1] or s[2], after white space
// or a bracket unless at s[0], with one of the letters the phrases start
// with or a byte outside ASCII (Cyrillic, and the long s of (?i)). s is
// short enough (a phrase has at most maxNoDateLen bytes, with the longest
// case variants), has at most two digits (a phrase has none), and has what
// every phrase has: a full stop or a space ("n.d.", "in press"), a letter
// outside ASCII ("в печати", and the non-ASCII case variants (?i) allows),
// or "forthcoming".
func mayBeNoDate(s string) bool {
	if len(s) > maxNoDateLen+2 {
		return false
	}
	may := false
	for i := 0; i <= 2 && i < len(s); i++ {
		may = may || (i == 0 || isRegexpSpace(s[i-1]) || s[i-1] == '(' || s[i-1] == '[') && startsNoDate(s, i) && noDateSecond(s, i)
	}
	if !may {
		return false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		if isASCIIDigit(s[i]) {
			digits++
		}
	}
	return digits <= 2 && (strings.ContainsAny(s, ". ") || !isASCII(s) || containsFold(s, "forthcoming"))
}

// maxNoDateLen is the length in bytes of reNoDate's longest phrase, "в
// печати" written with the three-byte case variants of в and т (U+1C80,
// U+1C84).
const maxNoDateLen = 17

// startsNoDate reports whether s[i] can start a phrase of reNoDate: n, s,
// o, i or f in either case (noDateFirst), or a byte outside ASCII.
func startsNoDate(s string, i int) bool {
	return i < len(s) && (s[i] >= utf8.RuneSelf || noDateFirst[s[i]])
}

var noDateFirst = bytesOf("nNsSoOiIfF")

// noDateSecond reports whether the byte after s[i] can follow it in a
// phrase of reNoDate: "n." or "no", "s.", "o.", "in", "fo" in either case
// (no byte outside ASCII folds to '.', 'o' or 'n'); any byte after one
// outside ASCII. Most short words that start as a phrase ("Nature.",
// "Oxford.") fail it.
func noDateSecond(s string, i int) bool {
	if s[i] >= utf8.RuneSelf {
		return true
	}
	if i+1 >= len(s) {
		return false
	}
	c := s[i+1] | 0x20 // lower-cases letters; '.' stays '.'
	switch s[i] | 0x20 {
	case 'n':
		return c == '.' || c == 'o'
	case 's', 'o':
		return c == '.'
	case 'i':
		return c == 'n'
	case 'f':
		return c == 'o'
	}
	return false
}

var dateFillers = map[string]bool{
	"г": true, "года": true, "goda": true, "g": true, "ж": true, "жылы": true, "jyl": true, "year": true,
	"spring": true, "summer": true, "fall": true, "autumn": true, "winter": true, "c": true, "ca": true,
	"first": true, "published": true, "online": true, "updated": true, "st": true, "nd": true, "rd": true, "th": true,
	"de": true, "of": true, "le": true, "der": true,
}

func isDateFiller(w string) bool {
	var arr [32]byte
	return dateFillers[string(lowerWord(arr[:0], w))]
}
