package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// srcLine is one line of the original text.
type srcLine struct {
	start, end int // original byte offsets, end excludes the line break
	text       string
	trim       string // text without surrounding white space (TrimSpace)
	page       int    // 0-based page index
	kind       lineKind
	// author caches authorLine(trim): 0 not yet asked, 1 no, 2 yes.
	// continues asks it of each line twice, as the line and as the one
	// before the next.
	author  uint8
	heading uint8 // Markdown heading level (1-6), 0 if none
	// runes caches runeCount(trim) plus one, 0 if not yet counted:
	// measureLines counts every text line, and the tests of short lines
	// (running heads, paragraph breaks) ask again.
	runes int32
}

// trimRunes is runeCount(l.trim), counted once per line.
func trimRunes(l *srcLine) int {
	if l.runes == 0 {
		l.runes = int32(runeCountValid(l.trim)) + 1
	}
	return int(l.runes) - 1
}

type lineKind uint8

const (
	lineText lineKind = iota
	lineBlank
	lineArtifact // running head, footer or page number: removed
	lineHeading  // Markdown heading or heading-shaped line
	lineItem     // list item or table row: a paragraph of its own
	lineRule     // horizontal rule, table rule, code fence: dropped, breaks paragraphs
	lineTable    // Markdown table row: a paragraph of its own, cells tab-separated
)

// splitLines cuts orig at line feeds (and form feeds, which pdftotext writes
// between pages; formFeeds reports orig has any: Build has looked) and
// assigns each line its page. It also returns the offsets at which orig's
// lines begin (0 and each offset after a line feed), for the source map.
func splitLines(orig string, pageStarts []int, formFeeds bool) ([]srcLine, []int32) {
	n := strings.Count(orig, "\n") + 1
	lines := make([]srcLine, 0, n)
	lineStarts := make([]int32, 1, n)
	page := 0
	start := 0
	for {
		end := len(orig)
		if !formFeeds {
			if k := strings.IndexByte(orig[start:], '\n'); k >= 0 {
				end = start + k
			}
		} else {
			end = start
			for end < len(orig) && orig[end] != '\n' && orig[end] != '\f' {
				end++
			}
		}
		for page+1 < len(pageStarts) && pageStarts[page+1] <= start {
			page++
		}
		e := end
		if e > start && orig[e-1] == '\r' {
			e--
		}
		l := srcLine{start: start, end: e, text: orig[start:e], page: page}
		l.trim = trimSpace(l.text)
		if isBlankTrimmed(l.trim) {
			l.kind = lineBlank
		}
		lines = append(lines, l)
		if end >= len(orig) {
			break
		}
		start = end + 1
		if orig[end] == '\n' {
			lineStarts = append(lineStarts, int32(start))
		}
	}
	return lines, lineStarts
}

// runeCount is utf8.RuneCountInString, counting eight ASCII bytes at a
// time and two-byte (Latin, Cyrillic) runes in place.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if i+8 <= len(s) && load64(s, i)&0x8080808080808080 == 0 {
				i += 8
				n += 8
				continue
			}
			i++
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2
		default:
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
		}
		n++
	}
	return n
}

// runeCountValid is runeCount for valid UTF-8, which the original text and
// the normalized text are (DecodeText and the PDF path make them so): the
// bytes that do not continue a rune. The continuation bytes (10xxxxxx) of
// 32 bytes at a time are summed bytewise, one count per byte lane (at most
// four per round), and the lanes added up every 63 rounds, before one
// could overflow; the rest goes eight bytes at a time, its last bytes read
// with the eight before them and shifted out of them.
func runeCountValid(s string) int {
	n, i := len(s), 0
	for i+32 <= len(s) {
		var lanes uint64
		// The last round starts at stop: 63 rounds at most.
		for stop := min(len(s)-32, i+62*32); i <= stop; i += 32 {
			b := s[i : i+32]
			lanes += continuationBits(load64(b, 0)) + continuationBits(load64(b, 8)) +
				continuationBits(load64(b, 16)) + continuationBits(load64(b, 24))
		}
		n -= sumLanes(lanes)
	}
	if len(s) < 8 {
		for ; i < len(s); i++ {
			if s[i]&0xC0 == 0x80 {
				n--
			}
		}
		return n
	}
	var lanes uint64
	for ; i+8 <= len(s); i += 8 {
		lanes += continuationBits(load64(s, i))
	}
	if rest := len(s) - i; rest > 0 {
		// The last eight bytes, shifted to keep the rest only.
		lanes += continuationBits(load64(s, len(s)-8) >> (64 - 8*rest))
	}
	return n - sumLanes(lanes)
}

// continuationBits has 1 in each byte lane of x (eight bytes as load64
// reads them) that holds a continuation byte (10xxxxxx), 0 in the others.
func continuationBits(x uint64) uint64 {
	const highs = 0x8080808080808080
	return (x &^ (x << 1) & highs) >> 7
}

// sumLanes adds up the eight byte lanes of x (the sum must fit 16 bits).
func sumLanes(x uint64) int {
	const evens = 0x00FF00FF00FF00FF
	pairs := x&evens + x>>8&evens // four sums of two lanes
	return int(pairs * 0x0001000100010001 >> 48)
}

// load64 reads s[i:i+8] as a little-endian word.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// isBlankTrimmed is isBlank of a line given t, the line trimmed of white
// space (which isBlank accepts): t opens with a rune that is no space, so
// that only a zero-width character there (U+00AD, U+200B, U+2060, U+FEFF:
// leads C2, E2, EF) can make the line blank. Most lines are told by their
// first byte, without decoding.
func isBlankTrimmed(t string) bool {
	if t == "" {
		return true
	}
	switch t[0] {
	case 0xC2, 0xE2, 0xEF:
		return isBlank(t)
	}
	return false
}

func isBlank(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case ' ', '\t', '\r', '\v', '\f':
				i++
				continue
			}
			return false
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) && r != '\u200B' && r != '\uFEFF' && r != '\u00AD' && r != '\u2060' {
			return false
		}
		i += w
	}
	return true
}

var pageNumberLine = regexp.MustCompile(`^\s*(?:[-–—]\s*)?(?:(?i:page|p\.|стр\.|с\.|бет|str\.)\s*)?(\d{1,4})(?:\s*(?:/|of|из)\s*\d{1,4})?(?:\s*[-–—])?\s*$`)

// pageNumber returns the printed number of a page-number line ("267",
// "- 12 -", "Page 3 of 10", "стр. 5"), or "".
func pageNumber(t string) string {
	if len(t) > 24 {
		return ""
	}
	// A page-number line has a digit, and of the ASCII letters only those
	// of the regexp's words (page, p., str., of, in any case): most short
	// lines ("Table 1") are told without the regexp.
	hasDigit := false
	for i := 0; i < len(t); i++ {
		if t[i] >= '0' && t[i] <= '9' {
			hasDigit = true
		} else if c := t[i] | 0x20; c >= 'a' && c <= 'z' {
			switch c {
			case 'p', 'a', 'g', 'e', 'o', 'f', 's', 't', 'r':
			default:
				return ""
			}
		}
	}
	if !hasDigit {
		return ""
	}
	if m := pageNumberLine.FindStringSubmatch(t); m != nil {
		return m[1]
	}
	return ""
}

// artifacts is what markArtifacts found: the printed page numbers and, for
// text without page boundaries, the lines where new pages begin.
type artifacts struct {
	printed map[int]string // page index → printed number
	breaks  []int          // line indexes that start a new page (text only)
}

// markArtifacts finds running heads, footers and page-number lines and marks
// them lineArtifact. With page boundaries (PDF) a line is a running head when
// its shape (digits masked) stands among the first or last lines of many
// pages; without them (text saved from a PDF) page numbers are lone numbers
// between blocks of text, and running heads are short one-line blocks that
// repeat or that stand next to such a page number. Each run of removed
// lines is a page break.
func markArtifacts(lines []srcLine, pages int, isHeading func(string) bool) artifacts {
	a := artifacts{printed: map[int]string{}}
	if pages > 1 {
		byPage := make([][]int, pages)
		for i := range lines {
			l := &lines[i]
			if l.kind != lineBlank && l.page < pages {
				byPage[l.page] = append(byPage[l.page], i)
			}
		}
		edgeCount := map[string]int{}
		edges := func(ix []int) []int {
			if len(ix) <= 6 {
				return ix
			}
			return append(append([]int{}, ix[:3]...), ix[len(ix)-3:]...)
		}
		for _, ix := range byPage {
			seen := map[string]bool{}
			for _, i := range edges(ix) {
				k := shapeKey(lines[i].text)
				if !seen[k] {
					edgeCount[k]++
					seen[k] = true
				}
			}
		}
		minPages := pages / 4
		if minPages < 2 {
			minPages = 2
		}
		for p, ix := range byPage {
			for _, i := range edges(ix) {
				t := lines[i].trim
				if n := pageNumber(t); n != "" {
					lines[i].kind = lineArtifact
					a.printed[p] = n
					continue
				}
				if edgeCount[shapeKey(t)] >= minPages && trimRunes(&lines[i]) <= 120 && !isHeading(t) {
					lines[i].kind = lineArtifact
				}
			}
		}
		return a
	}
	// Text without page boundaries. Only a line next to a blank line can
	// be removed, and only when its text repeats: the texts of those lines
	// are counted, over every line short enough to repeat, the others not.
	// A bit set of the candidates' shapes (length, first and last byte)
	// spares most lines a map lookup.
	halfIsolated := func(i int) bool {
		return i == 0 || lines[i-1].kind == lineBlank || i+1 >= len(lines) || lines[i+1].kind == lineBlank
	}
	isolated := func(i int) bool {
		return (i == 0 || lines[i-1].kind == lineBlank) && (i+1 >= len(lines) || lines[i+1].kind == lineBlank)
	}
	var shapes [64]uint64
	shape := func(t string) uint {
		if t == "" {
			return 0
		}
		return (uint(len(t))*131 + uint(t[0])*31 + uint(t[len(t)-1])) & 4095
	}
	// A text repeats only when its shape does: the shapes of all the
	// lines that are counted are counted first (up to two), and only the
	// candidates whose shape repeats go into the map, a few per document.
	var shapeN [4096]uint8
	for i := range lines {
		l := &lines[i]
		if l.kind == lineText && len(l.text) <= 400 {
			if k := shape(l.trim); shapeN[k] < 2 {
				shapeN[k]++
			}
		}
	}
	index := map[string]int32{}
	var counts []int32
	for i := range lines {
		l := &lines[i]
		if l.kind == lineText && len(l.text) <= 400 && shapeN[shape(l.trim)] >= 2 && halfIsolated(i) {
			t := l.trim
			if _, ok := index[t]; !ok {
				index[t] = int32(len(counts))
				counts = append(counts, 0)
				k := shape(t)
				shapes[k/64] |= 1 << (k % 64)
			}
		}
	}
	ids := make([]int32, len(lines)) // index of the line's count, or -1
	for i := range lines {
		l := &lines[i]
		ids[i] = -1
		if l.kind == lineText && len(l.text) <= 400 {
			t := l.trim
			if k := shape(t); shapes[k/64]&(1<<(k%64)) == 0 {
				continue
			}
			if id, ok := index[t]; ok {
				counts[id]++
				ids[i] = id
			}
		}
	}
	shortLine := func(i int) bool {
		t := lines[i].trim
		return trimRunes(&lines[i]) <= 90 && fieldCount(t) <= 12 && !isHeading(t)
	}
	for i := range lines {
		l := &lines[i]
		if l.kind != lineText {
			continue
		}
		if ids[i] < 0 || counts[ids[i]] < 2 {
			continue
		}
		t := l.trim
		if !shortLine(i) || pageNumber(t) != "" {
			continue
		}
		// An author running head ("Токмеилова М., Асхат Г.") may be glued to
		// the text on one side; other repeated lines must stand alone.
		if isolated(i) && !endsSentence(t) && !isMarkupLine(t) || halfIsolated(i) && looksLikeNameList(t) {
			lines[i].kind = lineArtifact
		}
	}
	for i := range lines {
		l := &lines[i]
		if l.kind != lineText || !isolated(i) {
			continue
		}
		n := pageNumber(l.trim)
		if n == "" {
			continue
		}
		// A lone number counts as a page number only between two blocks of
		// text (not in a list of figures).
		prev, next := prevText(lines, i), nextText(lines, i)
		if prev < 0 || next < 0 || lines[prev].kind == lineText && isNumberLine(lines[prev].text) || lines[next].kind == lineText && isNumberLine(lines[next].text) {
			continue
		}
		lines[i].kind = lineArtifact
		for _, dir := range []int{-1, 1} {
			j := i
			for k := 0; k < 3; k++ {
				if dir < 0 {
					j = prevText(lines, j)
				} else {
					j = nextText(lines, j)
				}
				if j < 0 || lines[j].kind == lineArtifact {
					continue
				}
				if !isolated(j) || !shortLine(j) || lines[j].kind != lineText || endsSentence(lines[j].text) {
					break
				}
				lines[j].kind = lineArtifact
			}
		}
	}
	// Runs of removed lines are page breaks; a printed number belongs to the
	// page it heads (number last in its run, text after it) or ends.
	page := 0
	for i := 0; i < len(lines); {
		if lines[i].kind != lineArtifact {
			lines[i].page = page
			i++
			continue
		}
		j := i
		num, numLast := "", false
		for j < len(lines) && (lines[j].kind == lineArtifact || lines[j].kind == lineBlank) {
			if lines[j].kind == lineArtifact {
				if n := pageNumber(lines[j].trim); n != "" {
					num, numLast = n, true
				} else {
					numLast = false
				}
			}
			j++
		}
		atStart, atEnd := prevText(lines, i) < 0, j >= len(lines)
		switch {
		case atStart && !atEnd:
			// Heads above the first page's text.
			for k := i; k < j; k++ {
				lines[k].page = page
			}
			if num != "" {
				a.printed[page] = num
			}
		case atEnd:
			for k := i; k < j; k++ {
				lines[k].page = page
			}
			if num != "" {
				a.printed[page] = num
			}
		default:
			if num != "" && !numLast {
				a.printed[page] = num
			}
			page++
			a.breaks = append(a.breaks, j)
			for k := i; k < j; k++ {
				lines[k].page = page
			}
			if num != "" && numLast {
				a.printed[page] = num
			}
		}
		i = j
	}
	return a
}

// isMarkupLine reports separator lines ("* * *", "---") that repeat without
// being running heads.
func isMarkupLine(t string) bool {
	for _, c := range t {
		if isLetter(c) || unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

func isNumberLine(t string) bool {
	t = trimSpace(t)
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		if !(t[i] >= '0' && t[i] <= '9' || t[i] == '.' || t[i] == ',' || t[i] == ' ') {
			return false
		}
	}
	return true
}

// looksLikeNameList recognizes author running heads such as
// "Токмеилова М., Асхат Г., Әйтімбет Л. І." that end in an initial's period.
var nameListRe = regexp.MustCompile(`^(\p{Lu}\p{L}+(?:\s+\p{Lu}\.)+\s*,?\s*)+$`)

func looksLikeNameList(t string) bool {
	return len(t) < 200 && nameListShape(t) && nameListRe.MatchString(t)
}

// nameListShape is a quick necessary condition for nameListRe, also on a
// text before authorLine removes its footnote marks (digits, *, †, ‡; they
// are skipped): only letters, spaces, periods and commas, and every run of
// letters begins with a capital.
func nameListShape(t string) bool {
	inWord := false
	for _, c := range t {
		switch {
		case c < utf8.RuneSelf && (c|0x20 >= 'a' && c|0x20 <= 'z'):
			if !inWord && c > 'Z' {
				return false
			}
			inWord = true
		case c == ' ' || c == '.' || c == ',':
			inWord = false
		case c >= '0' && c <= '9' || c == '*' || c == '†' || c == '‡':
		case isLetter(c):
			if !inWord && !isUpper(c) {
				return false
			}
			inWord = true
		case unicode.IsSpace(c):
			inWord = false
		default:
			return false
		}
	}
	return true
}

func prevText(lines []srcLine, i int) int {
	for j := i - 1; j >= 0; j-- {
		if lines[j].kind != lineBlank {
			return j
		}
	}
	return -1
}

func nextText(lines []srcLine, i int) int {
	for j := i + 1; j < len(lines); j++ {
		if lines[j].kind != lineBlank {
			return j
		}
	}
	return -1
}

// shapeKey is a line in lower case with digit runs masked, so that "12 Journal"
// and "13 Journal" are the same running head.
func shapeKey(s string) string {
	s = strings.ToLower(trimSpace(s))
	var b strings.Builder
	b.Grow(len(s))
	inDigits := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			if !inDigits {
				b.WriteByte('#')
			}
			inDigits = true
			continue
		}
		inDigits = false
		b.WriteByte(c)
	}
	return b.String()
}

// trimSentenceEnd is strings.TrimRight(t, " \t\"'”»)*_"), the marks that
// may follow the end of a sentence, without a cut set built per call.
func trimSentenceEnd(t string) string {
	for len(t) > 0 {
		switch t[len(t)-1] {
		case ' ', '\t', '"', '\'', ')', '*', '_':
			t = t[:len(t)-1]
			continue
		}
		if strings.HasSuffix(t, "”") {
			t = t[:len(t)-len("”")]
			continue
		}
		if strings.HasSuffix(t, "»") {
			t = t[:len(t)-len("»")]
			continue
		}
		break
	}
	return t
}

// trimSentenceStart is strings.TrimLeft(t, " \t\"'“«(*_"), the marks that
// may open a sentence.
func trimSentenceStart(t string) string {
	for len(t) > 0 {
		switch t[0] {
		case ' ', '\t', '"', '\'', '(', '*', '_':
			t = t[1:]
			continue
		}
		if strings.HasPrefix(t, "“") {
			t = t[len("“"):]
			continue
		}
		if strings.HasPrefix(t, "«") {
			t = t[len("«"):]
			continue
		}
		break
	}
	return t
}

// endsSentence reports a text whose last rune before the marks that may
// follow a sentence's end is . ! ? … or a colon. The last byte tells (an
// ASCII byte is its rune; the last rune is "…" exactly when the text ends
// in its three bytes), without decoding.
func endsSentence(t string) bool {
	t = trimSentenceEnd(t)
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?', ':':
		return true
	}
	return strings.HasSuffix(t, "…")
}

// endsClause reports a line ending in a sentence's end or a semicolon (not
// a colon), told as endsSentence tells.
func endsClause(t string) bool {
	t = trimSentenceEnd(t)
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?', ';':
		return true
	}
	return strings.HasSuffix(t, "…")
}

func startsLower(t string) bool {
	t = trimSentenceStart(t)
	c, _ := utf8.DecodeRuneInString(t)
	return isLower(c)
}

func startsUpperOrDigit(t string) bool {
	t = trimSentenceStart(t)
	c, _ := utf8.DecodeRuneInString(t)
	return isUpper(c) || unicode.IsDigit(c)
}

// lastWordLower reports a text that ends in a lower-case word (no
// punctuation after it): a sentence cut off, not a title or a list.
func lastWordLower(t string) bool {
	c, _ := utf8.DecodeLastRuneInString(trimRightBlank(t))
	return isLower(c)
}

// trimRightBlank is strings.TrimRight(t, " \t") without a cut set.
func trimRightBlank(t string) string {
	for len(t) > 0 && (t[len(t)-1] == ' ' || t[len(t)-1] == '\t') {
		t = t[:len(t)-1]
	}
	return t
}

// lineStats are the shapes of a text's lines that decide how they are
// rebuilt into paragraphs.
type lineStats struct {
	// broken: lines broken by a layout engine (a PDF export): short lines,
	// most of which end mid-sentence with the next line continuing it.
	broken bool
	// unwrapped: one paragraph per line (no hard wraps), so a line that
	// ends a sentence ends its paragraph.
	unwrapped bool
	// width is the mean length of a text line in characters.
	width int
}

func measureLines(lines []srcLine) lineStats {
	var text, brokenN, sum int
	// The median line width is compared with 110 and 120 only: counting
	// the lines on either side tells, without sorting the widths.
	var under110, upTo120 int
	for i := range lines {
		l := &lines[i]
		if l.kind != lineText {
			continue
		}
		text++
		n := trimRunes(&lines[i])
		sum += n
		if n < 110 {
			under110++
		}
		if n <= 120 {
			upTo120++
		}
		if i+1 < len(lines) && lines[i+1].kind == lineText && !endsSentence(l.text) {
			brokenN++
		}
	}
	st := lineStats{width: 80}
	if text == 0 {
		return st
	}
	st.width = sum / text
	// The median (the width at text/2 in sorted order) is under 110 when
	// more than text/2 widths are, over 120 when at most text/2 are not.
	mid := text / 2
	st.broken = text >= 10 && under110 > mid && float64(brokenN) > 0.3*float64(text)
	st.unwrapped = !st.broken && text >= 3 && upTo120 <= mid
	return st
}
