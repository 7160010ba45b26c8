package refs

import (
	"math/bits"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// line is one line of the reference list: a byte range of the document.
type line struct {
	start, end int
	text       string
	// first marks the first line of a paragraph or of an inline entry.
	first bool
}

var (
	// reLineLabel and reLineBullet run only on lines whose first byte
	// after white space can start a bullet (the ones outside ASCII start
	// with a byte above it) or a label. reLineLabel is read by hand
	// (lineLabel); the regexp is its tested specification.
	reLineLabel = gatedRegexp{regexp.MustCompile(`^\s*(?:[-–—•●▪*]\s+)?(?:\[(\d{1,3})\]|\((\d{1,3})\)|(\d{1,3})[.)])\s+\S`),
		func(s string) bool { return firstAfterSpace(s, "-*[(0123456789") }}
	reLineBullet    = gatedRegexp{regexp.MustCompile(`^\s*[-–—•●▪*]\s+\S`), func(s string) bool { return firstAfterSpace(s, "-*") }}
	reHeadingNumber = regexp.MustCompile(`^(?:\d+|[IVXLC]+)[.)]?\s+`)
	reMDHeading     = regexp.MustCompile(`^\s*#{1,6}\s*`)
	// reRefYear is what refYears counts (and is tested against).
	reRefYear = regexp.MustCompile(`(?:\(|\b)(?:1[5-9]|20)\d\d[a-h]?(?:\)|[.,;:]|\s|$)`)
	// reInlineLabelAt is a printed number that starts an entry inside a
	// line, anchored: what inlineLabels reads by hand (kept as its tested
	// specification).
	reInlineLabelAt = regexp.MustCompile(`^(?:^|\s)(?:\[(\d{1,3})\]|(\d{1,3})\.)\s+\p{Lu}`)
	reInlineBullet  = regexp.MustCompile(`[.>)\]]\s+[-•]\s+\p{Lu}`)
)

// isLineLabel reports whether s starts with a label as reLineLabel has it.
func isLineLabel(s string) bool {
	if !reLineLabel.may(s) {
		return false
	}
	_, ok := lineLabel(s)
	return ok
}

// firstAfterSpace reports whether the first byte of s after white space
// (\s) is one of the ASCII bytes in set or a byte outside ASCII.
func firstAfterSpace(s, set string) bool {
	i := skipRegexpSpace(s, 0)
	return i < len(s) && (s[i] >= utf8.RuneSelf || isOneOf(set, s[i]))
}

// inlineLabels returns the submatch indexes of the successive matches of
// reInlineLabelAt's pattern in s, unanchored, as FindAllStringSubmatchIndex
// would (nextInlineLabel finds them).
func inlineLabels(s string) [][]int {
	var out [][]int
	for from := 0; ; {
		m, ok := nextInlineLabel(s, from)
		if !ok {
			return out
		}
		out = append(out, append([]int(nil), m[:]...))
		from = m[1] // the next match starts at or after this one's end
	}
}

// nextInlineLabel returns the submatch indexes of the first match of
// reInlineLabelAt's pattern, unanchored, that starts at or after from.
// A match starts at the start of s or at white space before a digit or
// "[": there it is read by hand (inlineLabelEnd). (An array: splitInline
// reads every line, and most lines have no such label.)
func nextInlineLabel(s string, from int) (m [6]int, ok bool) {
	for i := from; i < len(s); i++ {
		if i > 0 {
			// Past the bytes above ' ' (\s is all below '!'): the most.
			if i = nextAtMostSpace(s, i); i == len(s) {
				break
			}
		}
		j := -1 // where the label starts
		if i == 0 && inlineLabelAt(s, 0) {
			j = 0
		} else if isRegexpSpace(s[i]) && inlineLabelAt(s, i+1) {
			j = i + 1
		}
		if j < 0 {
			continue
		}
		if m, ok := inlineLabelMatch(s, i, j); ok {
			return m, true
		}
	}
	return m, false
}

// nextAtMostSpace returns the index of the first byte of s from i on that
// is at most ' ', or len(s). Eight bytes are tested at a time: a byte
// below 0x21 borrows in w - 0x21 per byte and has its high bit clear,
// and the lowest byte so marked is the first (a borrow only marks bytes
// after it).
func nextAtMostSpace(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		w := load64(s[i : i+8])
		if low := (w - 0x21*ones8) &^ w & high8; low != 0 {
			return i + bits.TrailingZeros64(low)>>3
		}
	}
	for ; i < len(s); i++ {
		if s[i] <= ' ' {
			return i
		}
	}
	return len(s)
}

// inlineLabelMatch reads the rest of a match of reInlineLabelAt that
// starts at i with its label at j (inlineLabelAt holds there): the white
// space after the label and an upper-case letter. It returns the submatch
// indexes, or false.
func inlineLabelMatch(s string, i, j int) (m [6]int, ok bool) {
	m = [6]int{i, -1, -1, -1, -1, -1}
	g := 4 // "12."
	if s[j] == '[' {
		g, j = 2, j+1 // "[12]"
	}
	k := skipASCIIDigits(s, j)
	m[g], m[g+1] = j, k
	k = skipRegexpSpace(s, k+1) // past the closing mark
	r, size := utf8.DecodeRuneInString(s[k:])
	if !unicode.Is(unicode.Lu, r) {
		return m, false
	}
	m[1] = k + size
	return m, true
}

// inlineLabelAt reports whether a label as reInlineLabelAt has it, "[12]"
// or "12.", and white space after it start at s[j].
func inlineLabelAt(s string, j int) bool {
	closer := byte('.')
	if j < len(s) && s[j] == '[' {
		j, closer = j+1, ']'
	}
	n := 0
	for j+n < len(s) && isASCIIDigit(s[j+n]) {
		n++
	}
	k := j + n
	return 1 <= n && n <= 3 && k+1 < len(s) && s[k] == closer && isRegexpSpace(s[k+1])
}

// Extract finds the reference list of d and splits and parses its entries.
// The list is the section of kind "references" when ingestion found one,
// else the run of paragraphs after a heading from the lexicon
// ("References", "Список литературы", "Әдебиеттер", "Viri", ...), else a
// trailing run of paragraphs shaped like references. It returns nil when
// the document has no list.
func Extract(d *doc.Document, lx *Lexicon) []Reference {
	paras := listParagraphs(d, lx)
	if len(paras) == 0 {
		return nil
	}
	lines := listLines(d, paras)
	entries := groupEntries(lines)
	out := make([]Reference, 0, len(entries))
	ids := map[string]int{}
	// One parser for all entries: reset clears what an entry reads, and
	// leaves its scratch arrays, which a parse writes before it reads
	// them, as they are (zeroing them for every entry cost more).
	var p parser
	for k, e := range entries {
		raw := joinLines(e)
		cleaned, fixed := cleanFixed(raw)
		label, body := SplitLabel(cleaned)
		if fewerRunes(body, 8) {
			continue
		}
		var it Item
		if fixed {
			p.reset(lx)
			it = p.parseCleaned(body) // Clean(body) == body: see cleanFixed
		} else {
			it = Parse(body, lx)
		}
		// "———. Title": the authors of the entry before, not repeated.
		if reDittoAuthor.MatchString(body) && len(out) > 0 && len(it.Author) == 0 && len(it.Editor) == 0 {
			prev := out[len(out)-1].CSL
			it.Author = append([]Name(nil), prev.Author...)
			if len(it.Author) == 0 {
				it.Editor = append([]Name(nil), prev.Editor...)
			}
			it.ID = BaseID(it)
		}
		ids[it.ID]++
		if n := ids[it.ID]; n > 1 {
			it.ID += "-" + strconv.Itoa(n)
		}
		out = append(out, Reference{
			Span:  entrySpan(entries, k),
			Label: label,
			Raw:   body,
			CSL:   it,
		})
	}
	return out
}

// fewerRunes reports whether s has fewer than n runes (an invalid byte
// counts as one, as in []rune(s)), counting no further than it must: a
// rune takes at most utf8.UTFMax bytes.
func fewerRunes(s string, n int) bool {
	if len(s) < n {
		return true
	}
	if len(s) >= n*utf8.UTFMax {
		return false
	}
	return utf8.RuneCountInString(s) < n
}

// stripMDHeading removes the Markdown heading marks that start s ("## ").
func stripMDHeading(s string) string {
	if strings.IndexByte(s, '#') < 0 {
		return s // ReplaceAllString would copy s all the same
	}
	return reMDHeading.ReplaceAllString(s, "")
}

// headingText reduces a paragraph to the words a heading check compares:
// no Markdown marks, numbering or trailing colon, case-folded.
func headingText(s string) string {
	s = stripMDHeading(trimSpace(s))
	s = trimASCII(s, "*_ \t:.")
	if s != "" && (isASCIIDigit(s[0]) || strings.IndexByte("IVXLC", s[0]) >= 0) { // what reHeadingNumber starts with
		s = reHeadingNumber.ReplaceAllString(s, "")
	}
	return toLower(strings.Join(strings.Fields(s), " "))
}

// IsHeading reports whether s is a heading that opens a reference list.
func (lx *Lexicon) IsHeading(s string) bool {
	if len(s) > 80 {
		return false
	}
	return lx.Headings[headingText(s)]
}

// listParagraphs returns the spans of the paragraphs that make up the
// reference list, without its heading.
func listParagraphs(d *doc.Document, lx *Lexicon) []doc.Span {
	paras := paragraphSpans(d)
	start := -1
	for _, s := range d.Sections {
		if s.Kind == doc.SectionReferences {
			for i, p := range paras {
				if p.Start >= s.Span.Start && p.Start < s.Span.End {
					start = i
					break
				}
			}
		}
	}
	if start < 0 {
		for i, p := range paras {
			if lx.IsHeading(d.Slice(p)) {
				start = i // the last such heading wins: lists come last
			}
		}
	}
	if start < 0 {
		return shapedList(d, paras)
	}
	var out []doc.Span
	for i := start; i < len(paras); i++ {
		t := d.Slice(paras[i])
		if lx.IsHeading(t) || i < len(d.Paragraphs) && d.Paragraphs[i].Heading && len(out) == 0 {
			continue
		}
		if len(out) > 0 && !refLike(t) && !isContinuation(t) {
			break
		}
		if len(out) == 0 && !refLike(t) {
			continue
		}
		out = append(out, paras[i])
	}
	return out
}

// paragraphSpans returns the document's paragraphs, or blank-line
// separated blocks when ingestion gave none.
func paragraphSpans(d *doc.Document) []doc.Span {
	if len(d.Paragraphs) > 0 {
		out := make([]doc.Span, len(d.Paragraphs))
		for i, p := range d.Paragraphs {
			out[i] = p.Span
		}
		return out
	}
	var out []doc.Span
	start := -1
	for i := 0; i <= len(d.Text); i++ {
		blank := i == len(d.Text) || d.Text[i] == '\n' && (i+1 < len(d.Text) && d.Text[i+1] == '\n')
		if blank {
			if start >= 0 {
				out = append(out, doc.Span{Start: start, End: i})
				start = -1
			}
			continue
		}
		if start < 0 && d.Text[i] != '\n' && d.Text[i] != ' ' {
			start = i
		}
	}
	return out
}

// shapedList finds a trailing run of at least three paragraphs that look
// like references when the list has no heading.
func shapedList(d *doc.Document, paras []doc.Span) []doc.Span {
	end := len(paras)
	for end > 0 && trimSpace(d.Slice(paras[end-1])) == "" {
		end--
	}
	i := end
	entries := 0
	for i > 0 {
		t := d.Slice(paras[i-1])
		if !refLike(t) && !isContinuation(t) {
			break
		}
		if refLike(t) {
			entries += 1 + strings.Count(t, "\n")
		}
		i--
	}
	if entries < 3 {
		return nil
	}
	return paras[i:end]
}

// entrySpan is where entry k stands: from its first line to its last line
// before the next entry starts. A URL's rest printed after the next entry
// (a broken layout) joins the entry's text but not its span, so that spans
// of entries never overlap.
func entrySpan(entries [][]line, k int) doc.Span {
	e := entries[k]
	sp := doc.Span{Start: e[0].start, End: e[0].end}
	limit := -1
	if k+1 < len(entries) {
		limit = entries[k+1][0].start
	}
	for _, l := range e[1:] {
		if limit >= 0 && l.start >= limit {
			break
		}
		sp.End = l.end
	}
	return sp
}

// refLike reports whether a paragraph looks like one or more references:
// a label or bullet, or a year, DOI or URL in a not too long text that is
// not a short heading.
func refLike(t string) bool {
	t = trimSpace(t)
	if len(t) < 20 {
		return false
	}
	if isLineLabel(t) || reLineBullet.MatchString(t) {
		return true
	}
	if strings.Contains(t, "://") || strings.Contains(t, "doi.org") || findDOI(t) != nil {
		return true
	}
	years := refYears(t)
	if years == 0 {
		return false
	}
	// Prose mentions years too: a reference has few words between them.
	words := countWords(t)
	return words <= 90*years
}

// refYears counts the matches of reRefYear in s, as
// len(reRefYear.FindAllString(s, -1)) does: years with a word boundary or
// a bracket before them (a bracket is a boundary too), maybe a letter a–h,
// and a closing bracket, field punctuation, white space or the end after
// them. Matches cannot overlap: none ends inside the digits of another.
func refYears(s string) int {
	n := 0
	for i := 0; i+4 <= len(s); i++ {
		if !isYearAt(s, i) || i > 0 && isASCIIWordByte(s[i-1]) {
			continue
		}
		e := i + 4
		if e < len(s) && 'a' <= s[e] && s[e] <= 'h' {
			e++
		}
		if e == len(s) || s[e] == ')' || isFieldPunct(s[e]) || isRegexpSpace(s[e]) {
			n++
			i = e - 1
		}
	}
	return n
}

// isContinuation reports whether a paragraph continues the entry before it:
// it starts with a lower-case letter or a URL piece (an entry broken by a
// page, a heading mark or a line break inside a URL).
func isContinuation(t string) bool {
	t = trimSpace(stripMDHeading(trimSpace(t)))
	t = strings.TrimLeft(reLineBullet.FindString(t)+t, "")
	t = trimSpace(strings.TrimLeft(t, "-–—•* "))
	if t == "" || len(t) > 400 {
		return false
	}
	return isLowerStart(t) || strings.HasPrefix(t, "/") || strings.HasPrefix(t, "%")
}

// listLines splits the list paragraphs into lines.
func listLines(d *doc.Document, paras []doc.Span) []line {
	var out []line
	for _, p := range paras {
		off := p.Start
		first := true
		for rest := d.Slice(p); rest != ""; {
			// The pieces of strings.SplitAfter(text, "\n"), without the list.
			l := rest
			if i := strings.IndexByte(rest, '\n'); i >= 0 {
				l = rest[:i+1]
			}
			rest = rest[len(l):]
			text := trimRightASCII(l, "\n\r")
			lead := len(text) - len(trimLeftASCII(text, " \t"))
			if trimSpace(text) != "" {
				out = append(out, line{start: off + lead, end: off + len(trimRightASCII(text, " \t")), text: trimSpace(text), first: first})
				first = false
			}
			off += len(l)
		}
	}
	return splitInline(out)
}

// splitInline splits lines that hold several entries because ingestion
// re-joined them: "1. A ... 2. B ..." numbered in sequence, or "... .> - B".
func splitInline(ls []line) []line {
	out := make([]line, 0, len(ls)) // as many lines at least
	for _, l := range ls {
		var arr [8]int // most lines have no cut: no slice made
		cuts := arr[:0]
		next := 0
		if m, ok := lineLabel(l.text); ok {
			for g := 1; g <= 3; g++ {
				if m[2*g] >= 0 {
					n, _ := strconv.Atoi(l.text[m[2*g]:m[2*g+1]])
					next = n + 1
				}
			}
		}
		if next > 0 {
			for m, ok := nextInlineLabel(l.text, 0); ok; m, ok = nextInlineLabel(l.text, m[1]) {
				g := 2
				if m[2] >= 0 {
					g = 1
				}
				n, _ := strconv.Atoi(l.text[m[2*g]:m[2*g+1]])
				if n == next && m[0] > 0 {
					cut := m[0]
					for cut < len(l.text) && l.text[cut] == ' ' {
						cut++
					}
					cuts = append(cuts, cut)
					next++
				}
			}
		} else if reLineBullet.MatchString(l.text) {
			for off := 0; ; {
				i, end := inlineBullet(l.text, off) // reInlineBullet
				if i < 0 {
					break
				}
				cuts = append(cuts, i+2)
				off = end
			}
		}
		prev := 0
		for _, c := range append(cuts, len(l.text)) {
			piece := l.text[prev:c]
			trimmed := trimSpace(piece)
			if trimmed != "" {
				lead := len(piece) - len(strings.TrimLeft(piece, " "))
				out = append(out, line{start: l.start + prev + lead, end: l.start + prev + lead + len(trimmed), text: trimmed, first: l.first || prev > 0})
			}
			prev = c
		}
	}
	return out
}

// inlineBullet returns the start and end of the first match of
// reInlineBullet in s at or after off, or -1, -1: read by hand, as the
// pattern can match in one way only where it starts.
func inlineBullet(s string, off int) (int, int) {
	for i := off; i < len(s); i++ {
		if !isOneOf(".>)]", s[i]) {
			continue
		}
		j := skipRegexpSpace(s, i+1)
		if j == i+1 || j == len(s) {
			continue
		}
		switch {
		case s[j] == '-':
			j++
		case strings.HasPrefix(s[j:], "•"):
			j += len("•")
		default:
			continue
		}
		k := skipRegexpSpace(s, j)
		if k == j {
			continue
		}
		if r, size := utf8.DecodeRuneInString(s[k:]); unicode.Is(unicode.Lu, r) {
			return i, k + size
		}
	}
	return -1, -1
}

// groupEntries gathers lines into entries. In a labelled or bulleted list
// only a label starts an entry; otherwise a line starts one when the line
// before ended an entry and it does not continue a word or URL.
func groupEntries(ls []line) [][]line {
	labelled := 0
	for _, l := range ls {
		if isLineLabel(l.text) || reLineBullet.MatchString(l.text) {
			labelled++
		}
	}
	byLabel := labelled >= 2 && labelled*2 >= len(ls)/2
	var out [][]line
	// Each entry starts as a slice of one line of first, with room for
	// that line only: an entry that gets more lines is copied as a
	// one-line literal would be, and never writes over the next entry's.
	first := make([]line, 0, len(ls))
	for i, l := range ls {
		start := len(out) == 0
		body := trimSpace(stripMDHeading(l.text))
		switch {
		case start:
		case isContinuation(l.text):
			// Attach to the entry that was cut: the one whose text ends
			// inside a word or URL, else the last one.
			target := len(out) - 1
			if target > 0 && !endsOpen(joinLines(out[target])) && endsOpen(joinLines(out[target-1])) {
				target--
			}
			out[target] = append(out[target], l)
			continue
		case l.first && !byLabel:
			start = true
		case byLabel:
			start = isLineLabel(l.text) || reLineBullet.MatchString(l.text)
		default:
			prev := ls[i-1].text
			start = endsEntry(prev) && (isUpperStart(body) || unicode.IsDigit([]rune(body)[0]) || strings.ContainsAny(body[:1], "\"“«[")) || endsEntry(prev) && len(prev) > 60
		}
		if start {
			first = append(first, l)
			k := len(first)
			out = append(out, first[k-1:k:k])
		} else {
			out[len(out)-1] = append(out[len(out)-1], l)
		}
	}
	return out
}

// endsEntry reports whether a line ends like a complete entry.
func endsEntry(s string) bool {
	s = trimSpace(s)
	if s == "" {
		return true
	}
	last := s[len(s)-1]
	return strings.IndexByte(".>)]", last) >= 0 || strings.Contains(lastWord(s), "://") && !endsOpen(s)
}

// endsOpen reports whether text stops inside a word or a URL: a trailing
// hyphen or slash, or an opened anchor.
func endsOpen(s string) bool {
	s = trimSpace(s)
	s = strings.TrimSuffix(s, "</a>")
	return strings.HasSuffix(s, "-") || strings.HasSuffix(s, "/") || strings.HasSuffix(s, "_") || strings.HasSuffix(s, "%")
}

// joinLines re-joins an entry's lines: without a space where a URL, DOI or
// hyphenated word was broken, with one elsewhere. Markdown heading marks
// of stray lines are dropped.
func joinLines(ls []line) string {
	if len(ls) == 1 {
		return ls[0].text // most entries have one line: no copy
	}
	var b strings.Builder
	for i, l := range ls {
		text := l.text
		if i > 0 {
			text = trimSpace(stripMDHeading(text))
			text = strings.TrimLeft(text, "-–—•* ")
			prev := b.String()
			if !(endsOpen(prev) || inURL(prev) && !strings.HasPrefix(text, "(")) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(text)
	}
	return b.String()
}

// inURL reports whether s ends in the middle of a URL (its last word is a
// URL with no closing punctuation).
func inURL(s string) bool {
	w := lastWord(s)
	if !strings.Contains(w, "://") && !strings.HasPrefix(w, "10.") {
		return false
	}
	last := w[len(w)-1]
	return strings.IndexByte(".>)]\"", last) < 0
}
