package pdf

import (
	"regexp"
	"strings"
	"unicode"
)

// This file holds the test helpers that compare extracted text with the
// seed text a PDF was made from. The cleanups here are deliberately small;
// the real cleaning is done by another package.

var (
	htmlTag       = regexp.MustCompile(`</?(sup|sub|a|em|strong|b|i|br|span)\b[^>]*>`)
	autolink      = regexp.MustCompile(`<((?:https?|mailto|ftp):[^>\s]*)>`)
	markdownLink  = regexp.MustCompile(`\[([^\]]*)\]\(([^)\s]*)\)`)
	headingMark   = regexp.MustCompile(`(?m)^\s{0,3}#{1,6}\s+`)
	backslashEsc  = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!<>|"'~])`)
	pageNumber    = regexp.MustCompile(`^[\s\-–—]*(\d{1,4}|[ivxlcdm]{1,7})[\s\-–—]*$`)
	digitsPattern = regexp.MustCompile(`\d+`)
)

// seedText strips the Markdown marks of a seed file: heading marks,
// emphasis stars, HTML tags (keeping their text), link syntax (keeping text
// and address) and backslash escapes.
func seedText(md string) string {
	s := htmlTag.ReplaceAllString(md, "")
	s = autolink.ReplaceAllString(s, "$1")
	s = markdownLink.ReplaceAllString(s, "$1 $2")
	s = headingMark.ReplaceAllString(s, "")
	s = backslashEsc.ReplaceAllString(s, "$1")
	s = strings.ReplaceAll(s, "*", "")
	return s
}

// cleanExtracted joins the pages' lines into one text after dropping
// running heads (lines, digits aside, found on several pages) and lone page
// numbers, and after joining words hyphenated at line ends unless the text
// shows them to be compounds (see cleanExtractedWith).
func cleanExtracted(pages []Page) string {
	return cleanExtractedWith(pages, false)
}

// cleanExtractedWith is cleanExtracted; strictHyphenJoin joins a
// hyphenated word only when the joined form occurs elsewhere.
func cleanExtractedWith(pages []Page, strictHyphenJoin bool) string {
	onPages := map[string]int{}
	for _, p := range pages {
		seen := map[string]bool{}
		for _, l := range p.Lines {
			k := runningHeadKey(l)
			if k != "" && !seen[k] {
				seen[k] = true
				onPages[k]++
			}
		}
	}
	repeated := func(l string) bool {
		n := onPages[runningHeadKey(l)]
		return n >= 3 && float64(n) >= 0.3*float64(len(pages))
	}
	var lines []string
	for _, p := range pages {
		for _, l := range p.Lines {
			if l == "" || repeated(l) || pageNumber.MatchString(strings.ToLower(l)) {
				continue
			}
			lines = append(lines, l)
		}
	}

	vocabulary := map[string]bool{}
	for _, l := range lines {
		for _, w := range strings.Fields(l) {
			vocabulary[normalizeWord(w)] = true
		}
	}
	var out []string
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		for i+1 < len(lines) && (endsWithHyphenatedWord(line) || endsInsideURL(line)) {
			next := strings.Fields(lines[i+1])
			if len(next) == 0 {
				break
			}
			if endsInsideURL(line) || endsWithNumberRange(line) {
				line += lines[i+1]
				i++
				continue
			}
			head := strings.TrimSuffix(line, "-")
			headWord := head[strings.LastIndexAny(head, " ")+1:]
			joined := normalizeWord(headWord + next[0])
			compound := normalizeWord(headWord + "-" + next[0])
			// Join when the joined word occurs elsewhere; keep the hyphen
			// when the compound does. With no evidence either way, join
			// when strictHyphenJoin is off: in these languages a line-end
			// hyphen is far more often hyphenation than a compound.
			if vocabulary[joined] || !strictHyphenJoin && !vocabulary[compound] {
				line = head + lines[i+1]
			} else {
				line = line + lines[i+1]
			}
			i++
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// runningHeadKey is the line with digits masked (page numbers in running
// heads change), or "" for lines too short to be told apart.
func runningHeadKey(line string) string {
	letters := 0
	for _, r := range line {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 3 {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(digitsPattern.ReplaceAllString(line, "#")))
}

// endsWithHyphenatedWord reports whether the line ends in a hyphen glued
// to the word before it.
func endsWithHyphenatedWord(line string) bool {
	r := []rune(line)
	return len(r) >= 2 && r[len(r)-1] == '-' && !unicode.IsSpace(r[len(r)-2]) || endsWithNumberRange(line)
}

// endsWithNumberRange reports whether the line ends in "digit-", as in a
// page range or date range broken after its hyphen.
func endsWithNumberRange(line string) bool {
	r := []rune(line)
	return len(r) >= 2 && (r[len(r)-1] == '-' || r[len(r)-1] == '–') && unicode.IsDigit(r[len(r)-2])
}

// endsInsideURL reports whether the line ends in a web address broken
// after a slash, where typesetters break long addresses.
func endsInsideURL(line string) bool {
	last := line[strings.LastIndexByte(line, ' ')+1:]
	return (strings.Contains(last, "://") || strings.HasPrefix(last, "www.") || strings.Contains(last, "@")) &&
		strings.HasSuffix(last, "/") && len(last) > 8
}

// normalizeWord makes tokens comparable: lower case, one kind of quote,
// and no punctuation at either end.
func normalizeWord(w string) string {
	w = strings.Map(func(r rune) rune {
		switch r {
		case '’', '‘', '`', '´':
			return '\''
		case '“', '”', '„', '«', '»':
			return '"'
		case '–', '—', '‐', '‑':
			return '-'
		}
		return unicode.ToLower(r)
	}, w)
	return strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// words returns the normalized word sequence of a text.
func words(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		if w := normalizeWord(f); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// similarity is 2·|LCS(a, b)| / (|a| + |b|) over word sequences.
func similarity(a, b []string) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	return 2 * float64(lcsLength(a, b)) / float64(len(a)+len(b))
}

// lcsLength computes the longest common subsequence length with Myers'
// O((N+M)·D) greedy algorithm: D, the number of insertions and deletions,
// is small when the texts are similar.
func lcsLength(a, b []string) int {
	ids := map[string]int32{}
	intern := func(ws []string) []int32 {
		out := make([]int32, len(ws))
		for i, w := range ws {
			id, ok := ids[w]
			if !ok {
				id = int32(len(ids))
				ids[w] = id
			}
			out[i] = id
		}
		return out
	}
	x, y := intern(a), intern(b)
	n, m := len(x), len(y)
	maxD := n + m
	offset := maxD + 1
	v := make([]int, 2*maxD+3)
	for d := 0; d <= maxD; d++ {
		for k := -d; k <= d; k += 2 {
			var i int
			if k == -d || k != d && v[offset+k-1] < v[offset+k+1] {
				i = v[offset+k+1]
			} else {
				i = v[offset+k-1] + 1
			}
			j := i - k
			for i < n && j < m && x[i] == y[j] {
				i++
				j++
			}
			v[offset+k] = i
			if i >= n && j >= m {
				return (n + m - d) / 2
			}
		}
	}
	return 0
}
