// Package cite finds in-text citations (author-date and numeric callouts),
// links them to the reference list, finds attributions to organisations
// that have no formal citation, and reports citation problems as findings.
package cite

import (
	"fmt"
	"iter"
	"math/bits"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/refs"
	"github.com/claimgraph/claimgraph/nlp"
)

// Citation styles.
const (
	StyleAuthorDate = "author-date"
	StyleNumeric    = "numeric"
	StyleNone       = "none"
)

// Result is what Extract finds in one document.
type Result struct {
	Citations    []Citation    `json:"citations"`
	Attributions []Attribution `json:"attributions"`
	Findings     []Finding     `json:"findings"`
	// Style is the document's citation style: author-date, numeric or none.
	Style string `json:"style"`
}

// Citation is one callout: "(Koser, 2005; Reed, 2018)", "Della Puppa et al.
// (2021)", "[3–5]".
type Citation struct {
	Span  doc.Span `json:"span"`
	Style string   `json:"style"`
	Keys  []Key    `json:"keys"`
}

// Key is one cited item inside a callout.
type Key struct {
	Span   doc.Span `json:"span"`
	Names  []string `json:"names,omitempty"`
	Year   string   `json:"year,omitempty"`
	Suffix string   `json:"suffix,omitempty"`
	NoDate bool     `json:"no_date,omitempty"`
	Number int      `json:"number,omitempty"`
	// Target is the index of the reference the key resolves to, or -1.
	Target int `json:"target"`
	// Mismatch is "year" or "name" when the key was linked to an entry
	// whose year or surname differs slightly, else "".
	Mismatch string `json:"mismatch,omitempty"`
}

// Attribution is a statement credited to an organisation without a formal
// citation: "according to the World Bank", "по данным Всемирного банка".
type Attribution struct {
	Span     doc.Span `json:"span"`
	Org      string   `json:"org"`
	OrgSpan  doc.Span `json:"org_span"`
	Sentence doc.Span `json:"sentence"`
}

// Finding is a citation problem. Citation, Key and Reference are indices
// into Result.Citations, that citation's Keys and the reference list, or
// -1 when they do not apply.
type Finding struct {
	Type      string         `json:"type"`
	Severity  string         `json:"severity"`
	Summary   string         `json:"summary"`
	Spans     []doc.Span     `json:"spans"`
	Citation  int            `json:"citation"`
	Key       int            `json:"key"`
	Reference int            `json:"reference"`
	Fields    map[string]any `json:"fields,omitempty"`
}

// Finding types.
const (
	FindingDangling         = "dangling_citation"
	FindingUncited          = "uncited_reference"
	FindingYearMismatch     = "citation_year_mismatch"
	FindingNameMismatch     = "citation_name_mismatch"
	FindingMissingYear      = "reference_missing_year"
	FindingDuplicate        = "duplicate_reference"
	FindingOrder            = "citation_order"
	FindingMissingReference = "missing_reference_list"
)

// Extract finds the citations of d, links them to rs (the document's
// reference list, as refs.Extract returns it) and reports findings.
func Extract(d *doc.Document, rs []refs.Reference, lx *Lexicon) Result {
	x := extractor{d: d, rs: rs, lx: lx, ix: newIndex(rs, lx)}
	x.skip = x.listRegions()
	ad := x.authorDate()
	num := x.numeric()
	res := Result{Style: StyleNone}
	switch {
	case len(num) > len(ad):
		res.Style = StyleNumeric
	case len(ad) > 0:
		res.Style = StyleAuthorDate
	}
	if res.Style == StyleNumeric && x.numberedList() {
		num = append(num, x.superscripts(num)...)
	}
	// The other style's callouts stay only when they resolve. (Counted
	// first: one allocation of their number, none when there are none.)
	n := 0
	for _, c := range ad {
		if res.Style == StyleAuthorDate || linked(c) {
			n++
		}
	}
	for _, c := range num {
		if res.Style == StyleNumeric || linked(c) {
			n++
		}
	}
	if n > 0 {
		res.Citations = make([]Citation, 0, n)
	}
	for _, c := range ad {
		if res.Style == StyleAuthorDate || linked(c) {
			res.Citations = append(res.Citations, c)
		}
	}
	for _, c := range num {
		if res.Style == StyleNumeric || linked(c) {
			res.Citations = append(res.Citations, c)
		}
	}
	sort.Slice(res.Citations, func(i, j int) bool { return res.Citations[i].Span.Start < res.Citations[j].Span.Start })
	res.Attributions = x.attributions(res.Citations)
	res.Findings = x.findings(res)
	return res
}

func linked(c Citation) bool {
	for _, k := range c.Keys {
		if k.Target >= 0 {
			return true
		}
	}
	return false
}

type extractor struct {
	d    *doc.Document
	rs   []refs.Reference
	lx   *Lexicon
	ix   *index
	skip []doc.Span
	// calloutNamesOf caches calloutNames: narrative callouts try the
	// same phrases again and again.
	calloutNamesOf map[string]calloutNamesResult
	// classes caches classify by the word as written (classOf), pointing
	// into classChunk.
	classes    map[string]*wordClass
	classChunk []wordClass
	// words is readCalloutNames' buffer for the words of a name.
	words []string
	// nameLists is the chunk nameList cuts from.
	nameLists []string
	// nums and spans are expandNumbers' buffers.
	nums  []int
	spans []doc.Span
	// keyChunk is the chunk parenCallout cuts its citations' keys from.
	keyChunk []Key
}

type calloutNamesResult struct {
	names []string
	ok    bool
}

// listRegions returns the parts of the text that belong to the reference
// list, where callout patterns are not callouts.
func (x *extractor) listRegions() []doc.Span {
	var out []doc.Span
	for _, r := range x.rs {
		out = append(out, r.Span)
	}
	for _, s := range x.d.Sections {
		if s.Kind == doc.SectionReferences {
			if len(x.rs) > 0 && s.Span.End > x.rs[len(x.rs)-1].Span.End {
				// The section may run on past the list (back matter).
				out = append(out, doc.Span{Start: s.Span.Start, End: x.rs[len(x.rs)-1].Span.End})
				continue
			}
			out = append(out, s.Span)
		}
	}
	return out
}

func (x *extractor) skipped(off int) bool {
	for _, s := range x.skip {
		if s.Start <= off && off < s.End {
			return true
		}
	}
	return false
}

func (x *extractor) numberedList() bool {
	n := 0
	for _, r := range x.rs {
		if r.Label != "" {
			n++
		}
	}
	return n > 0 && n*2 >= len(x.rs)
}

var (
	reYearTok  = regexp.MustCompile(`(?:^|[^\p{L}\d])((?:1[5-9]|20)\d\d)([a-h])?(?:$|[^\p{L}\d])|(?i)(?:^|[\s(])(n\.\s?d\.?|б\.\s?г\.)`)
	reYearOnly = regexp.MustCompile(`^\s*(?:((?:1[5-9]|20)\d\d)([a-h])?|(n\.\s?d\.?|б\.\s?г\.))\s*$`)
	reLocator  = regexp.MustCompile(`(?i)^\s*(?:[,:]\s*)?(?:p|pp|s|с|c|стр|str|б|bet|page|pages|para|ch|chap)\.?\s*[\divxlc]+(?:\s*[-–—]\s*[\divxlc]+)?\s*$|^\s*:\s*\d+(?:\s*[-–—]\s*\d+)?\s*$`)
	rePrefix   = regexp.MustCompile(`(?i)^\s*(?:e\.g\.,?|i\.e\.,?|see also|see|cf\.|for example,?|for instance,?|but see|as cited in|quoted in|напр\.,?|см\.|см\. также|мысалы,?|glej)\s+`)
	reRange    = regexp.MustCompile(`^\s*(?:1[5-9]|20)\d\d\s*[-–—/]\s*(?:\d{2}|\d{4})\b`)
)

// authorDate finds parenthetical and narrative author-date callouts.
func (x *extractor) authorDate() []Citation {
	t := x.d.Text
	var out []Citation
	for i := 0; i < len(t); i++ {
		// The next "(" (IndexByte skips the text between fast).
		o := strings.IndexByte(t[i:], '(')
		if o < 0 {
			break
		}
		if i += o; x.skipped(i) {
			continue
		}
		j := strings.IndexByte(t[i:], ')')
		if j < 0 || j > 400 {
			continue
		}
		j += i
		if in := t[i+1 : j]; strings.IndexByte(in, '(') >= 0 || strings.IndexByte(in, '\n') >= 0 {
			continue
		}
		if c, ok := x.parenCallout(i, j); ok {
			out = append(out, c)
			i = j
		}
	}
	return out
}

// mayHoldYearToken reports whether s has what every match of reYearTok
// has: four digits that read as a year (1500–2099), or "n." or "б." (in
// either case) of "n.d.", "б.г.". Most brackets have neither.
func mayHoldYearToken(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && '5' <= s[i+1] && s[i+1] <= '9' || s[i] == '2' && s[i+1] == '0') && isYear(s[i:i+4]) {
			return true
		}
	}
	return strings.Contains(s, "n.") || strings.Contains(s, "N.") || strings.Contains(s, "б.") || strings.Contains(s, "Б.")
}

// parenCallout reads the parenthesis t[open..close] as a callout.
func (x *extractor) parenCallout(open, close int) (Citation, bool) {
	t := x.d.Text
	inner := t[open+1 : close]
	if !mayHoldYearToken(inner) {
		return Citation{}, false
	}
	var m yearMatch
	if !findYearTok(inner, 0, &m) {
		return Citation{}, false
	}
	c := Citation{Span: doc.Span{Start: open, End: close + 1}, Style: StyleAuthorDate}
	var carry []string // names for parts that are only years
	narrative := false
	off := open + 1
	// The keys go to a buffer on the stack first (one slice of their
	// number for the citation).
	var keyBuf [4]Key
	keys := keyBuf[:0]
	pi := -1
	for part := range strings.SplitSeq(inner, ";") {
		pi++
		partStart := off
		off += len(part) + 1
		body := part
		if mayHavePrefix(part) {
			// (As ReplaceAllString(part, ""): the pattern matches only at
			// the start, and is never empty.)
			if loc := rePrefix.FindStringIndex(part); loc != nil {
				body = part[loc[1]:]
			}
		}
		lead := len(part) - len(body)
		if mayStartYear(body) && reRange.MatchString(body) {
			return Citation{}, false // "(2021–2030)", "(1991-2000)"
		}
		// (A body that is all of inner, one part and no prefix, has the
		// match found in inner above, still in m.)
		if len(body) != len(inner) && !findYearTok(body, 0, &m) {
			if pi == 0 {
				return Citation{}, false
			}
			continue
		}
		yStart := m[2]
		if yStart < 0 {
			yStart = m[6]
		}
		namePart := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(body[:yStart]), ","))
		names := carry
		if namePart != "" {
			ns, ok := x.calloutNames(namePart)
			if !ok {
				if pi == 0 {
					return Citation{}, false
				}
				continue
			}
			names = ns
		} else if pi == 0 {
			names = nil
			narrative = true
		}
		keysBefore := len(keys)
		// Several years after one name: "(Smith, 2005, 2010a)".
		rest := body[yStart:]
		var yearBuf [4]yearMatch
		years := appendYearToks(yearBuf[:0], rest)
		afterLast := 0
		for _, ym := range years {
			k := Key{Target: -1, Names: names}
			var s, e int
			if ym[2] >= 0 {
				k.Year = rest[ym[2]:ym[3]]
				s, e = ym[2], ym[3]
				if ym[4] >= 0 {
					k.Suffix = rest[ym[4]:ym[5]]
					e = ym[5]
				}
			} else {
				k.NoDate = true
				s, e = ym[6], ym[7]
			}
			between := rest[afterLast:s]
			if afterLast > 0 && strings.Trim(between, " ,") != "" {
				break
			}
			afterLast = e
			base := partStart + lead + yStart
			nameStart := partStart + lead + len(body[:yStart]) - len(strings.TrimLeft(body[:yStart], " "))
			if namePart == "" || len(keys) > 0 && afterLast != e {
				nameStart = base + s
			}
			k.Span = doc.Span{Start: nameStart, End: base + e}
			if len(years) > 1 && ym[0] > years[0][0] {
				k.Span.Start = base + s
			}
			keys = append(keys, k)
		}
		// Suffix lists: "(2023a, b)".
		tail := rest[afterLast:]
		if sm := reSuffixList.FindStringSubmatch(tail); sm != nil && len(keys) > 0 {
			last := keys[len(keys)-1]
			for _, suf := range strings.Split(strings.ReplaceAll(sm[1], " ", ""), ",") {
				if suf != "" {
					k := last
					k.Suffix = suf
					keys = append(keys, k)
				}
			}
			tail = tail[len(sm[0]):]
		}
		if strings.TrimSpace(tail) != "" && !reLocator.MatchString(tail) {
			// "(2011, No. 477-IV, with amendments ...)" is no callout.
			if pi == 0 {
				return Citation{}, false
			}
			keys = keys[:keysBefore]
			continue
		}
		carry = names
	}
	if len(keys) == 0 {
		return Citation{}, false
	}
	// (The keys of a document's callouts are cut from chunks: one
	// allocation for many; each slice is capped, so an append copies.)
	if cap(x.keyChunk)-len(x.keyChunk) < len(keys) {
		x.keyChunk = make([]Key, 0, max(32, len(keys)))
	}
	n := len(x.keyChunk)
	x.keyChunk = append(x.keyChunk, keys...)
	c.Keys = x.keyChunk[n:len(x.keyChunk):len(x.keyChunk)]
	if narrative {
		names, start, ok := x.narrativeNames(open)
		if !ok {
			return Citation{}, false
		}
		for i := range c.Keys {
			if c.Keys[i].Names == nil {
				c.Keys[i].Names = names
			}
		}
		c.Span.Start = start
		if len(c.Keys) > 0 {
			c.Keys[0].Span.Start = start
		}
	}
	for i := range c.Keys {
		x.ix.link(&c.Keys[i])
	}
	return c, true
}

// mayStartYear reports whether s starts, after spaces, as reRange needs:
// with "1" or "2".
func mayStartYear(s string) bool {
	i := 0
	for i < len(s) && isRegexpSpace(rune(s[i])) {
		i++
	}
	return i < len(s) && (s[i] == '1' || s[i] == '2')
}

// prefixStarts holds the first two runes of rePrefix's words, each as the
// least rune of its case-folding orbit (foldMin: the runes (?i) matches for
// it, "ſ" for an "s", "ᲃ" for a "с").
var prefixStarts = func() map[[2]rune]bool {
	m := map[[2]rune]bool{}
	for _, w := range []string{"e.", "i.", "se", "cf", "fo", "bu", "as", "qu", "на", "см", "мы", "gl"} {
		rs := []rune(w)
		m[[2]rune{foldMin(rs[0]), foldMin(rs[1])}] = true
	}
	return m
}()

// foldMin returns the least rune of r's case-folding orbit.
func foldMin(r rune) rune {
	if r < utf8.RuneSelf {
		// An ASCII letter's orbit holds its capital, the least ("K", "k",
		// "\u212a"); any other ASCII rune is alone.
		if 'a' <= r && r <= 'z' {
			return r - ('a' - 'A')
		}
		return r
	}
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	return m
}

// mayHavePrefix reports whether rePrefix may match s: its first two runes
// after spaces start one of the pattern's words. Most parts start with a
// name.
func mayHavePrefix(s string) bool {
	i := 0
	for i < len(s) && isRegexpSpace(rune(s[i])) {
		i++
	}
	r0, n := utf8.DecodeRuneInString(s[i:])
	r1, _ := utf8.DecodeRuneInString(s[i+n:])
	return prefixStarts[[2]rune{foldMin(r0), foldMin(r1)}]
}

var reSuffixList = regexp.MustCompile(`^\s*,\s*([a-h](?:\s*,\s*[a-h])*)\b`)

// calloutNames splits the name part of a callout into surnames, or one
// organisation name: "McAuliffe & Oucho" → [McAuliffe Oucho]; "Latham-
// Sprinkle et al." → [Latham-Sprinkle]; "Ministry of Justice of the Kyrgyz
// Republic" → [that].
func (x *extractor) calloutNames(s string) ([]string, bool) {
	if r, ok := x.calloutNamesOf[s]; ok {
		return r.names, r.ok
	}
	names, ok := x.readCalloutNames(s)
	if x.calloutNamesOf == nil {
		// (A document cites about as many names as it lists references:
		// a map of that size does not grow as they come.)
		x.calloutNamesOf = make(map[string]calloutNamesResult, len(x.rs))
	}
	x.calloutNamesOf[s] = calloutNamesResult{names, ok}
	return names, ok
}

// readCalloutNames is calloutNames without the cache.
func (x *extractor) readCalloutNames(s string) ([]string, bool) {
	s = strings.TrimSpace(strings.Trim(s, " ,"))
	s = strings.TrimSuffix(strings.TrimSuffix(s, "’s"), "'s")
	// (low is strings.ToLower(s), written into a buffer on the stack.)
	var lowBuf [192]byte
	low := nlp.AppendLower(lowBuf[:0], s)
	// (Most names end with a byte that ends no marker: etAlEnds.)
	if n := len(low); n > 0 && x.lx.etAlEnds[low[n-1]] {
		for _, m := range x.lx.EtAl {
			if len(low) >= len(m) && string(low[len(low)-len(m):]) == m {
				s = strings.TrimSpace(strings.TrimRight(s[:len(s)-len(m)], " ,"))
				low = nlp.AppendLower(lowBuf[:0], s)
				break
			}
		}
	}
	if s == "" || len(s) > 150 {
		return nil, false
	}
	x.words = appendFields(x.words[:0], s) // (strings.Fields)
	words := x.words
	if len(words) > 14 {
		return nil, false
	}
	first, _ := utf8.DecodeRuneInString(words[0])
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return nil, false
	}
	lower := 0
	for _, w := range words {
		if isLowerWord(w) && !lowerIn(connectors, w) {
			lower++
		}
		if len(words) > 1 && hasDigit(w) && !strings.Contains(w, ".") {
			return nil, false
		}
	}
	if lower > 0 || len(low) >= 3 && string(low[:3]) == "no." || len(words) > 1 && lowerIn(x.lx.NotNames, strings.Trim(words[0], ".,")) && !x.isOrgPhrase(words) {
		return nil, false
	}
	if len(words) == 1 && lowerIn(x.lx.NotNames, words[0]) && !x.ix.knows(words[0]) {
		return nil, false
	}
	if len(words) > 3 || x.isOrgPhrase(words) {
		return x.nameList(s), true
	}
	// Two surnames joined by "&" / "and" / "и".
	for _, sep := range x.lx.andSeps {
		if len(words) == 1 && sep[0] == ' ' {
			continue // (a name of one word holds no space: the separators but "&" are words between spaces)
		}
		if i := strings.Index(s, sep); i > 0 {
			left := strings.TrimSpace(strings.TrimRight(s[:i], " ,"))
			right := strings.TrimSpace(s[i+len(sep):])
			if left != "" && right != "" {
				return x.nameList(left, right), true
			}
		}
	}
	return x.nameList(s), true
}

// nameList returns names as a slice of its own, cut from a chunk shared
// by many (calloutNames keeps them).
func (x *extractor) nameList(names ...string) []string {
	if cap(x.nameLists)-len(x.nameLists) < len(names) {
		x.nameLists = make([]string, 0, 64)
	}
	n := len(x.nameLists)
	x.nameLists = append(x.nameLists, names...)
	return x.nameLists[n:len(x.nameLists):len(x.nameLists)]
}

var connectors = map[string]bool{
	"of": true, "the": true, "for": true, "and": true, "under": true, "on": true, "in": true, "de": true,
	"van": true, "von": true, "der": true, "den": true, "da": true, "di": true, "del": true, "della": true,
	"la": true, "le": true, "du": true, "des": true, "at": true, "to": true, "и": true, "по": true, "при": true,
	"&": true, "–": true, "-": true, "kyzy": true, "uulu": true, "al": true, "el": true, "bin": true, "және": true,
}

// hasDigit reports whether w holds an ASCII digit, as
// strings.ContainsAny(w, "0123456789") does, byte by byte (no byte of a
// rune outside ASCII is one; ContainsAny sets up a table per call).
func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if '0' <= w[i] && w[i] <= '9' {
			return true
		}
	}
	return false
}

func isLowerWord(w string) bool {
	// (As strings.Trim(w, "(\"“«") and its first rune: a word that is not
	// all marks keeps its first rune after them when its end is trimmed.)
	for i := 0; i < len(w); {
		r, size := rune(w[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(w[i:])
		}
		switch r {
		case '(', '"', '“', '«':
			i += size
			continue
		}
		return unicode.IsLower(r)
	}
	return false
}

func (x *extractor) isOrgPhrase(words []string) bool {
	for _, w := range words {
		if x.lx.isOrgWord(w) {
			return true
		}
	}
	return false
}

// narrativeNames reads the names printed before a parenthesis that holds
// only years: "Della Puppa et al. (2021)", "the International Organization
// for Migration (IOM) (2019; ...)", "Adamowicz and Zwolińska-Ligaj's (2020)".
func (x *extractor) narrativeNames(open int) ([]string, int, bool) {
	t := x.d.Text
	end := open
	for end > 0 && t[end-1] == ' ' {
		end--
	}
	// "Hellwagner et al., (2023)".
	if end > 0 && t[end-1] == ',' {
		end--
	}
	// "(IOM) (2019)": an acronym in brackets between name and year.
	if end > 0 && t[end-1] == ')' {
		if k := strings.LastIndexByte(t[:end], '('); k >= 0 && end-k < 16 && isAcronym(t[k+1:end-1]) {
			end = k
			for end > 0 && t[end-1] == ' ' {
				end--
			}
		}
	}
	phraseEnd := end
	// Walk back over name words.
	// (At most 16 words: buffers on the stack.)
	var wordsBuf [16]string
	var startsBuf [16]int
	words, starts := wordsBuf[:0], startsBuf[:0]
	var lwBuf [64]byte
	pos := end
	for len(words) < 16 {
		i := pos
		for i > 0 && t[i-1] != ' ' && t[i-1] != '\n' && t[i-1] != '(' {
			i--
		}
		if i == pos {
			break
		}
		w := t[i:pos]
		bare := strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
		lw := nlp.AppendLower(lwBuf[:0], bare) // strings.ToLower(bare)
		ok := false
		switch {
		case string(lw) == "al." && len(words) == 0:
			ok = true
		case string(lw) == "et" && len(words) > 0 && lowerIs(words[len(words)-1], "al."):
			ok = true
		case connectors[string(lw)] && len(words) > 0:
			ok = true
		case isNameToken(bare):
			ok = true
		}
		if !ok || (len(words) > 0 && strings.ContainsAny(w[len(w)-1:], ".,;:!?") && string(lw) != "al.") {
			break
		}
		words = append(words, bare) // (right to left, reversed below)
		starts = append(starts, i)
		if i == 0 || t[i-1] != ' ' {
			break
		}
		pos = i - 1
	}
	slices.Reverse(words)
	slices.Reverse(starts)
	// Trim leading connectors ("the", "of the").
	for len(words) > 0 && (isLowerWord(words[0]) && connectors[words[0]] || words[0] == "et" || words[0] == "&") {
		words, starts = words[1:], starts[1:]
	}
	if len(words) == 0 {
		return nil, 0, false
	}
	_ = phraseEnd
	tail := func(k int) string { return joinTail(t, words, starts, k) }
	// The longest tail of the phrase that names a reference wins
	// ("Researchers Kaczan & Orgill-Meyer" → "Kaczan & Orgill-Meyer").
	for k := 0; k < len(words); k++ {
		if isLowerWord(words[k]) || !isNameToken(words[k]) || words[k] == "&" {
			continue
		}
		phrase := tail(k)
		names, ok := x.calloutNames(phrase)
		if ok && x.ix.namesKnown(names) {
			return names, starts[k], true
		}
	}
	// Unknown names are kept only when they read as personal names.
	k := len(words) - 1
	for k > 0 && (lowerIs(words[k], "al.") || lowerIs(words[k], "et")) {
		k--
	}
	last := k
	if k >= 2 && (words[k-1] == "&" || lowerIs(words[k-1], "and")) {
		k -= 2
	}
	// A run of capitalised words longer than the name is a title or an
	// organisation that is not in the list.
	if k > 0 && isNameToken(words[k-1]) && !lowerIn(connectors, words[k-1]) && last == len(words)-1 {
		return nil, 0, false
	}
	if k > 0 && lowerIn(connectors, words[k-1]) {
		return nil, 0, false
	}
	names, ok := x.calloutNames(tail(k))
	if !ok || lowerIn(x.lx.NotNames, words[last]) {
		return nil, 0, false
	}
	return names, starts[k], true
}

// joinTail returns strings.Join(words[k:], " ") for narrativeNames'
// words, which start at starts in t one space apart: as they stand in t,
// but for a tail with a word before its last that lost its "'s".
func joinTail(t string, words []string, starts []int, k int) string {
	n := len(words)
	for i := k; i+1 < n; i++ {
		if starts[i]+len(words[i])+1 != starts[i+1] {
			return strings.Join(words[k:], " ")
		}
	}
	return t[starts[k] : starts[n-1]+len(words[n-1])]
}

// lowerIs reports whether strings.ToLower(s) is w, lowerIn whether it is
// in set: s lower-cased into a buffer on the stack, no string made.
func lowerIs(s, w string) bool {
	var buf [64]byte
	return string(nlp.AppendLower(buf[:0], s)) == w
}

func lowerIn(set map[string]bool, s string) bool {
	var buf [64]byte
	return set[string(nlp.AppendLower(buf[:0], s))]
}

// isNameToken reports whether w can be part of a name in running text.
func isNameToken(w string) bool {
	// (Most words are ASCII: read byte by byte, as isNameTokenRunes reads
	// them: TestIsNameTokenMatchesRunes.)
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return isNameTokenRunes(w)
		}
	}
	if strings.HasSuffix(w, "\"") {
		return false // the end of a quoted title
	}
	w = strings.TrimLeft(w, "\"")
	if w == "" || w == "&" {
		return w == "&"
	}
	if c := w[0]; !('A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
		return false
	}
	letters := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			letters = true
		case c != '-' && c != '\'' && c != '.' && !('0' <= c && c <= '9'):
			return false
		}
	}
	return letters
}

// isNameTokenRunes is isNameToken for any UTF-8 (and the test oracle of
// its ASCII reading).
func isNameTokenRunes(w string) bool {
	if strings.HasSuffix(w, "\"") || strings.HasSuffix(w, "”") || strings.HasSuffix(w, "»") {
		return false // the end of a quoted title
	}
	w = strings.TrimLeft(w, "\"“«")
	if w == "" || w == "&" {
		return w == "&"
	}
	r0, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r0) && !unicode.IsDigit(r0) {
		return false
	}
	letters := 0
	for _, c := range w {
		if unicode.IsLetter(c) {
			letters++
		} else if !strings.ContainsRune("-'’.", c) && !unicode.IsDigit(c) {
			return false
		}
	}
	return letters > 0
}

// isAcronym reports whether s is an upper-case abbreviation ("IOM").
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2 && len(s) <= 12
}

var (
	reBracket = regexp.MustCompile(`\[(\d{1,4}(?:\s*[-–—]\s*\d{1,4})?(?:\s*[,;]\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)*)((?:\s*[,;:]\s*(?:p|pp|s|с|c|стр|б|bet)\.?\s*[\d\s–—-]+)?)\]`)
	reSupTag  = regexp.MustCompile(`<sup>\s*(\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)\s*</sup>`)
)

// reBracketAt is reBracket anchored.
var reBracketAt = regexp.MustCompile(`^(?:` + reBracket.String() + `)`)

// bracketCallouts returns reBracket.FindAllStringSubmatchIndex(t, -1). A
// match starts with a "[" and ends at the first "]" after it (the pattern
// matches no other "]"), so each "[" is tried, anchored, on the text up to
// that "]" alone: short enough for the regexp's backtracker, where the
// search over all the text runs its slower NFA at every "[".
func bracketCallouts(t string) [][]int {
	var out [][]int
	for i := 0; i < len(t); {
		o := strings.IndexByte(t[i:], '[')
		if o < 0 {
			break
		}
		i += o
		e := strings.IndexByte(t[i:], ']')
		if e < 0 {
			break // (no match ends after here)
		}
		if d := digitsAt(t, i+1); d == 0 {
			// No match starts without a digit after the "[".
			i++
			continue
		} else if d <= 4 && i+1+d == i+e {
			// "[12]": the regexp's first way, its other groups empty.
			out = append(out, []int{i, i + e + 1, i + 1, i + e, i + e, i + e})
			i += e + 1
			continue
		}
		m := reBracketAt.FindStringSubmatchIndex(t[i : i+e+1])
		if m == nil {
			i++
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += i
			}
		}
		out = append(out, m)
		i = m[1] // (no match is empty)
	}
	return out
}

// numeric finds bracketed numeric callouts: [1], [3–5], [1, 4], [3, p. 5].
func (x *extractor) numeric() []Citation {
	t := x.d.Text
	var out []Citation
	for _, m := range bracketCallouts(t) {
		if x.skipped(m[0]) {
			continue
		}
		x.nums, x.spans = expandNumbers(x.nums[:0], x.spans[:0], t[m[2]:m[3]], m[2])
		nums, spans := x.nums, x.spans
		if len(nums) == 0 {
			continue
		}
		c := Citation{Span: doc.Span{Start: m[0], End: m[1]}, Style: StyleNumeric}
		if len(nums) > 0 {
			c.Keys = make([]Key, 0, len(nums))
		}
		for i, n := range nums {
			k := Key{Span: spans[i], Number: n, Target: -1}
			x.ix.linkNumber(&k)
			c.Keys = append(c.Keys, k)
		}
		out = append(out, c)
	}
	for _, m := range reSupTag.FindAllStringSubmatchIndex(t, -1) {
		if x.skipped(m[0]) {
			continue
		}
		x.nums, x.spans = expandNumbers(x.nums[:0], x.spans[:0], t[m[2]:m[3]], m[2])
		nums, spans := x.nums, x.spans
		c := Citation{Span: doc.Span{Start: m[0], End: m[1]}, Style: StyleNumeric}
		if len(nums) > 0 {
			c.Keys = make([]Key, 0, len(nums))
		}
		for i, n := range nums {
			k := Key{Span: spans[i], Number: n, Target: -1}
			x.ix.linkNumber(&k)
			c.Keys = append(c.Keys, k)
		}
		if len(c.Keys) > 0 {
			out = append(out, c)
		}
	}
	return out
}

// superscripts finds numbers glued to a word that lost their superscript
// ("migrants.3 The"), only used in numeric documents with a numbered list:
// the numbers must exist in the list and follow the callouts already seen.
func (x *extractor) superscripts(have []Citation) []Citation {
	t := x.d.Text
	taken := func(off int) bool {
		for _, c := range have {
			if c.Span.Start <= off && off < c.Span.End {
				return true
			}
		}
		return false
	}
	var out []Citation
	for _, m := range supTextCallouts(t) {
		s := m[2]
		if x.skipped(s) || taken(s) || s > 0 && (t[s-1] >= '0' && t[s-1] <= '9' || t[s-1] == '^') {
			continue
		}
		// "10^-3", "CO2", "km2" and list numbers are not callouts.
		if s >= 2 && strings.HasSuffix(t[:s], "10") || s > 0 && unicode.IsUpper(rune(t[s-1])) {
			continue
		}
		x.nums, x.spans = expandNumbers(x.nums[:0], x.spans[:0], t[m[2]:m[3]], m[2])
		nums, spans := x.nums, x.spans
		c := Citation{Span: doc.Span{Start: m[2], End: m[3]}, Style: StyleNumeric}
		ok := len(nums) > 0
		if ok {
			c.Keys = make([]Key, 0, len(nums))
		}
		for i, n := range nums {
			k := Key{Span: spans[i], Number: n, Target: -1}
			x.ix.linkNumber(&k)
			if k.Target < 0 {
				ok = false
			}
			c.Keys = append(c.Keys, k)
		}
		if ok {
			out = append(out, c)
		}
	}
	return out
}

// supTextCallouts returns the submatch indexes of the successive matches
// of supTextAt in t, as FindAllStringSubmatchIndex of its pattern would. A
// match starts with the rune right before a digit, so it is tried only at
// such runes (skipping to the digits instead of testing every byte).
func supTextCallouts(t string) [][]int {
	digit := 0 // the first digit after the last position asked for
	next := func(i int) int {
		for ; i < len(t); i++ {
			if digit <= i {
				if digit = nextDigit(t, i+1); digit == len(t) {
					return len(t)
				}
			}
			if i < digit-1 && t[digit-1] < utf8.RuneSelf {
				// Only a rune that ends at the digit is one (no digit lies
				// between i and it): here the ASCII one before it.
				i = digit - 1
			}
			if i < digit-utf8.UTFMax {
				i = digit - utf8.UTFMax // no rune before the digit starts earlier
			}
			if supCandidate(t, i) {
				return i
			}
		}
		return len(t)
	}
	var out [][]int
	for i := next(0); i < len(t); i = next(i + 1) {
		if m := supTextAt(t, i); m != nil {
			out = append(out, m)
			i = m[1] - 1 // the next match starts at or after this one's end
		}
	}
	return out
}

// supTextAt reads a number written as a superscript in plain text at t[i]
// ("…growth.12 ", "Smith3,4 "): a lower- or upper-case letter or one of
// . , ; : ) ” " », then numbers of one to three digits joined by ",", "–"
// or "-", then a space of \s or the end of t; it returns the match and the
// numbers' indexes, or nil. It is, by hand, the regexp
//
//	^[\p{Ll}\p{Lu}.,;:)”"»](\d{1,3}(?:[,–-]\d{1,3})*)(?:\s|$)
//
// (TestSupTextCalloutsMatchRegexp): a digit after the first rune can only
// go on the digits before it, so every way but the greedy one fails.
func supTextAt(t string, i int) []int {
	r, w := utf8.DecodeRuneInString(t[i:])
	switch r {
	case '.', ',', ';', ':', ')', '”', '"', '»':
	default:
		if !unicode.IsLower(r) && !unicode.IsUpper(r) {
			return nil
		}
	}
	k := i + w
	for {
		d := k
		for d < len(t) && d-k <= 3 && isDigit(t[d]) {
			d++
		}
		if d == k || d-k > 3 {
			return nil
		}
		k = d
		switch {
		case k < len(t) && (t[k] == ',' || t[k] == '-'):
			k++
			continue
		case strings.HasPrefix(t[k:], "–"):
			k += len("–")
			continue
		}
		break
	}
	switch {
	case k == len(t):
		return []int{i, k, i + w, k}
	case t[k] == ' ' || t[k] == '\t' || t[k] == '\n' || t[k] == '\f' || t[k] == '\r':
		return []int{i, k + 1, i + w, k}
	}
	return nil
}

// nextDigit returns the index of the first ASCII digit in t at or after
// i, or len(t): eight bytes at a time (a byte XOR '0' is below 10 only for
// a digit; the lowest byte found below 10 is exact, a borrow only sets bits
// above it).
func nextDigit(t string, i int) int {
	for ; i+8 <= len(t); i += 8 {
		w := t[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		y := x ^ 0x3030303030303030
		if m := (y - 0x0a0a0a0a0a0a0a0a) &^ y & 0x8080808080808080; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(t) && !isDigit(t[i]) {
		i++
	}
	return i
}

// supCandidate reports whether a match of supTextAt may start at t[i]:
// a letter or a mark right before a digit.
func supCandidate(t string, i int) bool {
	if c := t[i]; c < utf8.RuneSelf {
		return i+1 < len(t) && isDigit(t[i+1]) && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || strings.IndexByte(".,;:)\"", c) >= 0)
	}
	if !utf8.RuneStart(t[i]) {
		return false
	}
	_, w := utf8.DecodeRuneInString(t[i:])
	return i+w < len(t) && isDigit(t[i+w])
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// digitsAt returns how many ASCII digits start at t[i].
func digitsAt(t string, i int) int {
	n := 0
	for i+n < len(t) && isDigit(t[i+n]) {
		n++
	}
	return n
}

// numParts yields the parts of s between its "," and ";", as
// regexp.MustCompile(`[,;]`).Split(s, -1) returns them (TestNumParts).
func numParts(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for {
			k := strings.IndexAny(s, ",;")
			if k < 0 {
				yield(s)
				return
			}
			if !yield(s[:k]) {
				return
			}
			s = s[k+1:]
		}
	}
}

// expandNumbers reads "3–5, 8" into 3, 4, 5, 8 with the span of each
// number (a range's numbers share the range's span), appended to nums and
// spans (given empty: the extractor's buffers); none when s does not read
// so.
func expandNumbers(nums []int, spans []doc.Span, s string, base int) ([]int, []doc.Span) {
	off := 0
	for part := range numParts(s) {
		p := strings.TrimSpace(part)
		lead := strings.Index(part, p)
		sp := doc.Span{Start: base + off + lead, End: base + off + lead + len(p)}
		off += len(part) + 1
		if p == "" {
			continue
		}
		if i := strings.IndexAny(p, "-–—"); i > 0 {
			a, err1 := strconv.Atoi(strings.TrimSpace(p[:i]))
			_, w := utf8Width(p[i:])
			b, err2 := strconv.Atoi(strings.TrimSpace(p[i+w:]))
			if err1 != nil || err2 != nil || b < a || b-a > 50 || a < 1 {
				return nums[:0], spans[:0]
			}
			for n := a; n <= b; n++ {
				nums = append(nums, n)
				spans = append(spans, sp)
			}
			continue
		}
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 999 {
			return nums[:0], spans[:0]
		}
		nums = append(nums, n)
		spans = append(spans, sp)
	}
	return nums, spans
}

func utf8Width(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// keyLabel renders a key as printed in summaries: "Curley, 2004", "[8]".
func keyLabel(k Key) string {
	if k.Number > 0 {
		return "[" + strconv.Itoa(k.Number) + "]"
	}
	y := k.Year + k.Suffix
	if k.NoDate {
		y = "n.d."
	}
	names := strings.Join(k.Names, " & ")
	if names == "" {
		return y
	}
	return names + ", " + y
}

func refLabel(r refs.Reference) string {
	it := r.CSL
	name := ""
	if len(it.Author) > 0 {
		name = it.Author[0].Key()
	}
	if name == "" {
		name = it.Title
	}
	if len(name) > 60 {
		name = name[:60] + "…"
	}
	y := "n.d."
	if it.Year() > 0 {
		y = strconv.Itoa(it.Year()) + it.YearSuffix
	}
	if r.Label != "" {
		return fmt.Sprintf("%s. %s (%s)", r.Label, name, y)
	}
	return fmt.Sprintf("%s (%s)", name, y)
}
