package ingest

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// srcLine is one line of the original text.
type srcLine struct {
	start, end int // original byte offsets, end excludes the line break
	text       string
	page       int // 0-based page index (PDF); 0 for text
	kind       lineKind
	heading    int // Markdown heading level, 0 if none
}

type lineKind uint8

const (
	lineText lineKind = iota
	lineBlank
	lineArtifact // running head, footer or page number: removed
	lineHeading  // Markdown heading or heading-shaped line
	lineItem     // list item or table row: a paragraph of its own
	lineRule     // horizontal rule or table rule: dropped, breaks paragraphs
)

func splitLines(orig string, pageStarts []int) []srcLine {
	var lines []srcLine
	page := 0
	for start := 0; start <= len(orig); {
		end := strings.IndexByte(orig[start:], '\n')
		next := 0
		if end < 0 {
			end = len(orig)
			next = len(orig) + 1
		} else {
			end += start
			next = end + 1
		}
		for page+1 < len(pageStarts) && pageStarts[page+1] <= start {
			page++
		}
		e := end
		if e > start && orig[e-1] == '\r' {
			e--
		}
		l := srcLine{start: start, end: e, text: orig[start:e], page: page}
		if strings.TrimSpace(l.text) == "" {
			l.kind = lineBlank
		}
		lines = append(lines, l)
		start = next
	}
	return lines
}

var (
	pageNumberLine = regexp.MustCompile(`^\s*(?:[-–—]\s*)?(?:(?i:page|p\.|стр\.|бет)\s*)?(\d{1,4})(?:\s*(?:/|of|из)\s*\d{1,4})?(?:\s*[-–—])?\s*$`)
	digitsRe       = regexp.MustCompile(`\d+`)
)

// markArtifacts finds running heads, footers and page-number lines and marks
// them lineArtifact. With page boundaries (PDF) a line is a running head when
// its shape (digits masked) stands among the first or last lines of many
// pages; without them (text saved from a PDF) page numbers are lone numbers
// between blank lines, and running heads are short one-line blocks that
// repeat or that stand next to such a page number.
func markArtifacts(lines []srcLine, pages int, isHeading func(string) bool) map[int]string {
	printed := map[int]string{}
	if pages > 1 {
		byPage := make([][]int, pages)
		for i, l := range lines {
			if l.kind != lineBlank {
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
		min := pages / 4
		if min < 2 {
			min = 2
		}
		for p, ix := range byPage {
			for _, i := range edges(ix) {
				t := strings.TrimSpace(lines[i].text)
				if m := pageNumberLine.FindStringSubmatch(t); m != nil {
					lines[i].kind = lineArtifact
					printed[p] = m[1]
					continue
				}
				if edgeCount[shapeKey(t)] >= min && utf8.RuneCountInString(t) <= 120 && !isHeading(t) {
					lines[i].kind = lineArtifact
				}
			}
		}
		return printed
	}
	// Text without page boundaries.
	count := map[string]int{}
	for _, l := range lines {
		if l.kind != lineBlank {
			count[strings.TrimSpace(l.text)]++
		}
	}
	isolated := func(i int) bool {
		return (i == 0 || lines[i-1].kind == lineBlank) && (i+1 >= len(lines) || lines[i+1].kind == lineBlank)
	}
	shortLine := func(t string) bool {
		return utf8.RuneCountInString(t) <= 90 && len(strings.Fields(t)) <= 12 && !isHeading(t)
	}
	for i, l := range lines {
		t := strings.TrimSpace(l.text)
		if l.kind == lineBlank || count[t] < 2 || !shortLine(t) || pageNumberLine.MatchString(t) {
			continue
		}
		halfIsolated := i == 0 || lines[i-1].kind == lineBlank || i+1 >= len(lines) || lines[i+1].kind == lineBlank
		// An author running head ("Токмеилова М., Асхат Г.") may be glued to
		// the text on one side; other repeated lines must stand alone.
		if isolated(i) && !endsSentence(t) || halfIsolated && looksLikeNameList(t) {
			lines[i].kind = lineArtifact
		}
	}
	page := 0
	for i, l := range lines {
		t := strings.TrimSpace(l.text)
		if l.kind == lineBlank || !isolated(i) || !pageNumberLine.MatchString(t) {
			continue
		}
		// A lone number counts as a page number only between two blocks of
		// text (not a list of figures).
		prev, next := prevText(lines, i), nextText(lines, i)
		if prev < 0 || next < 0 {
			continue
		}
		lines[i].kind = lineArtifact
		printed[page] = pageNumberLine.FindStringSubmatch(t)[1]
		page++
		for _, dir := range []int{-1, 1} {
			j := i
			for k := 0; k < 3; k++ {
				if dir < 0 {
					j = prevText(lines, j)
				} else {
					j = nextText(lines, j)
				}
				if j < 0 || !isolated(j) || !shortLine(strings.TrimSpace(lines[j].text)) || lines[j].kind != lineText {
					break
				}
				lines[j].kind = lineArtifact
			}
		}
	}
	return printed
}

// looksLikeNameList recognizes author running heads such as
// "Токмеилова М., Асхат Г., Әйтімбет Л. І." that end in an initial's period.
var nameListRe = regexp.MustCompile(`^(\p{Lu}\p{L}+(?:\s+\p{Lu}\.)+\s*,?\s*)+$`)

func looksLikeNameList(t string) bool { return nameListRe.MatchString(t) }

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

func shapeKey(s string) string {
	return digitsRe.ReplaceAllString(strings.ToLower(strings.TrimSpace(s)), "#")
}

func endsSentence(t string) bool {
	t = strings.TrimRight(t, " \t\"'”»)")
	if t == "" {
		return false
	}
	c, _ := utf8.DecodeLastRuneInString(t)
	return c == '.' || c == '!' || c == '?' || c == '…' || c == ':'
}

func startsLower(t string) bool {
	t = strings.TrimLeft(t, " \t\"'“«(")
	c, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(c)
}

// pdfLike reports text whose lines were broken by a layout engine (a PDF
// export): most lines end mid-sentence and the next line continues it.
func pdfLike(lines []srcLine) bool {
	var text, broken int
	var lengths []int
	for i, l := range lines {
		if l.kind != lineText {
			continue
		}
		text++
		lengths = append(lengths, utf8.RuneCountInString(l.text))
		if i+1 < len(lines) && lines[i+1].kind == lineText && !endsSentence(l.text) {
			broken++
		}
	}
	if text < 10 {
		return false
	}
	sort.Ints(lengths)
	median := lengths[len(lengths)/2]
	return median < 110 && float64(broken) > 0.3*float64(text)
}
