package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/nlp"
)

// headingKey normalizes a heading for lexicon lookup: numbering ("1.",
// "2.1", "IV.") and surrounding marks removed, lower case, single spaces.
func headingKey(s string) string { return string(appendHeadingKey(nil, s)) }

// appendHeadingKey appends headingKey(s) to buf: the lexicon lookups of
// headingKind read it from a buffer on the stack.
func appendHeadingKey(buf []byte, s string) []byte {
	s = trimSpace(s)
	s = stripNumbering(s)
	s = strings.Trim(s, " \t*_#:.—–-")
	space := false
	n0 := len(buf)
	for _, c := range s {
		if nlp.IsSpace(c) {
			space = true
			continue
		}
		if space && len(buf) > n0 {
			buf = append(buf, ' ')
		}
		space = false
		buf = utf8.AppendRune(buf, lower(c))
	}
	return buf
}

// stripNumbering removes a leading section number: "1.", "2.1", "2.1.",
// "IV.", followed by white space.
func stripNumbering(s string) string {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' && i > 0) {
		i++
	}
	if i == 0 {
		for i < len(s) && i < 4 && strings.IndexByte("IVX", s[i]) >= 0 {
			i++
		}
		if i == 0 || i >= len(s) || s[i] != '.' {
			return s
		}
		i++
	}
	if i > 8 || i >= len(s) || s[i] != ' ' && s[i] != '\t' {
		return s
	}
	return strings.TrimLeft(s[i:], " \t")
}

// numberDepth returns the depth of a heading's numbering ("2" → 1, "2.1" → 2).
func numberDepth(s string) int {
	s = trimSpace(s)
	i, depth := 0, 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
		if s[i] >= '0' && s[i] <= '9' && (i == 0 || s[i-1] == '.') {
			depth++
		}
		i++
	}
	if i == 0 || i >= len(s) || s[i] != ' ' {
		return 0
	}
	return depth
}

// headingKind returns the section kind of a heading line, or "". Besides
// exact lexicon headings, a short heading that begins with a lexicon heading
// of two or more words ("Материалдар мен әдістерді сипаттау", "Results of
// the survey"), or with a one-word heading of 7+ letters, takes its kind.
func (in *Ingester) headingKind(t string) string {
	if len(t) > 240 || !in.mayBeHeading(t) {
		return ""
	}
	var buf [256]byte
	k := appendHeadingKey(buf[:0], t)
	if kind := in.headings[string(k)]; kind != "" {
		return kind
	}
	// The words of k are separated by single spaces (headingKey), so
	// strings.Fields(k) ends at the spaces and the first n words joined
	// by spaces are k up to the end of the n-th: prefixes of k.
	var ends [6]int
	words := 0
	for i := 0; i <= len(k) && len(k) > 0; i++ {
		if i == len(k) || k[i] == ' ' {
			if words == len(ends) {
				return "" // more than six words
			}
			ends[words] = i
			words++
		}
	}
	if words == 0 {
		return ""
	}
	for n := words - 1; n >= 1; n-- {
		prefix := k[:ends[n-1]]
		if kind := in.headings[string(prefix)]; kind != "" && (n >= 2 || runeCount(string(prefix)) >= 7) {
			return kind
		}
	}
	// Inflected last word (Kazakh "әдістерді" for "әдістер").
	for _, h := range in.byFirst[string(k[:ends[0]])] {
		hw := strings.Count(h, " ") + 1
		if hw > words {
			continue
		}
		prefix := string(k[:ends[hw-1]])
		if strings.HasPrefix(prefix, h) && runeCount(prefix)-runeCount(h) <= 4 {
			return in.headings[h]
		}
	}
	return ""
}

// mayBeHeading is a quick test without allocation: the first word of t
// (after numbering and marks) must open some lexicon heading.
func (in *Ingester) mayBeHeading(t string) bool {
	i := 0
	for i < len(t) && (t[i] == ' ' || t[i] == '\t' || t[i] == '*' || t[i] == '_' || t[i] == '#' || t[i] >= '0' && t[i] <= '9' || t[i] == '.') {
		i++
	}
	if j := stripNumbering(t[i:]); len(j) < len(t[i:]) {
		i = len(t) - len(j)
	}
	j := i
	var bits byte // the bits of the word's bytes, ORed
	for j < len(t) && j-i < 64 {
		c := t[j]
		if c == ' ' || c == '\t' || c == ':' || c == '.' || c == '*' || c == '_' || c == ',' {
			break
		}
		bits |= c
		j++
	}
	if j == i {
		return false
	}
	// An ASCII word short enough to be lowered below is told by its shape
	// first, without lowering it.
	if bits < utf8.RuneSelf && j-i <= 60 && !in.mayBeFirstWordASCII(t[i:j]) {
		return false
	}
	var buf [64]byte
	n := 0
	for _, c := range t[i:j] {
		if n+utf8.UTFMax > len(buf) {
			return true // long: let the full test decide
		}
		n += utf8.EncodeRune(buf[n:], lower(c))
	}
	return in.isFirstWord(buf[:n])
}

// headingLine decides whether a plain line is a heading: a lexicon heading
// or a short line in capitals standing alone, or a short title-like line
// standing alone before a paragraph of prose ("Uzbekistan").
func (in *Ingester) headingLine(lines []srcLine, i int, broken bool) bool {
	if len(lines[i].text) > 400 {
		return false
	}
	prev := i - 1
	blankBefore := prev < 0 || lines[prev].kind == lineBlank || lines[prev].kind == lineArtifact || lines[prev].kind == lineRule
	prevHeading := prev >= 0 && lines[prev].kind == lineHeading
	prevT := "" // read below only after a heading or in broken text
	if prev >= 0 && (prevHeading || broken && !blankBefore) {
		prevT = lines[prev].trim
	}
	alonePrev := blankBefore || prevHeading || broken && endsSentence(prevT) && !strings.HasSuffix(prevT, ":")
	if !alonePrev {
		return false
	}
	t := lines[i].trim
	t = trimHeadingMarks(t)
	// The runes of t are those of the line, counted once (trimRunes), but
	// for the one-byte marks trimmed.
	if t == "" || len(t) > 120 && trimRunes(&lines[i])-(len(lines[i].trim)-len(t)) > 120 || startsLower(t) {
		return false
	}
	words := countWords(t)
	if words > 14 {
		return false
	}
	if prevHeading && isCaps(t) && isCaps(prevT) && !notHeadingShape(t) {
		return true // a capitalized heading continued on the next line
	}
	blankAfter := i+1 >= len(lines) || lines[i+1].kind == lineBlank || lines[i+1].kind == lineArtifact
	aloneNext := blankAfter || !startsLower(lines[i+1].text)
	if !aloneNext || notHeadingShape(t) {
		return false
	}
	// "Keywords: migration, labor." is a run-in heading with its content,
	// not a heading line.
	if c := strings.IndexByte(t, ':'); c > 0 && trimSpace(strings.Trim(t[c+1:], "*_")) != "" && in.headingKind(t[:c]) != "" {
		return false
	}
	if in.headingKind(t) != "" {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(".,;", last) {
		return false
	}
	if isCaps(t) {
		return true
	}
	// A title-like line: few words, capitalized, between blank lines, after
	// the end of a paragraph or a heading, before a paragraph of prose.
	if !blankBefore && lines[prev].kind != lineHeading || !blankAfter || words > 8 || headingUnfinished(t) || strings.ContainsRune(":-–—", last) || strings.ContainsAny(t, "@/") {
		return false
	}
	if p := prevText(lines, i); p >= 0 && lines[p].kind != lineHeading && !endsSentence(lines[p].text) {
		return false
	}
	n := nextText(lines, i)
	if n < 0 || lines[n].kind != lineText || !startsUpperOrDigit(lines[n].text) {
		return false
	}
	// The next block: its lines up to a blank line.
	j, long := textBlock(lines, n, 200)
	return long && endsSentence(lines[j-1].text)
}

// trimHeadingMarks is strings.Trim(t, "*_#") without a cut set built per
// call (ASCII marks: trimmed byte by byte).
func trimHeadingMarks(t string) string {
	for len(t) > 0 && (t[0] == '*' || t[0] == '_' || t[0] == '#') {
		t = t[1:]
	}
	for len(t) > 0 && (t[len(t)-1] == '*' || t[len(t)-1] == '_' || t[len(t)-1] == '#') {
		t = t[:len(t)-1]
	}
	return t
}

// textBlock returns the end of the block of text lines that starts at line
// n and whether it holds need runes or more. A rune is at most four bytes:
// the lines are counted only until the block reaches need, and a line of
// four bytes per rune still missing is not counted at all.
func textBlock(lines []srcLine, n, need int) (int, bool) {
	size, j := 0, n
	for ; j < len(lines) && lines[j].kind == lineText; j++ {
		if t := lines[j].text; size < need && len(t) >= 4*(need-size) {
			size = need
		} else if size < need {
			size += runeCount(t)
		}
	}
	return j, size >= need
}

// notHeadingShape rejects lines that look like headings but are metadata:
// "COBISS: 1.01", "ISSN 0353-6777", "DOI: 10.…", "DVE DOMOVINI • TWO
// HOMELANDS 63 • 2026", URLs.
func notHeadingShape(t string) bool {
	letters, digits := 0, 0
	for i := 0; i < len(t); {
		// ASCII, most bytes, without decoding: isLetter and
		// unicode.IsDigit there are a-z, A-Z and 0-9.
		if b := t[i]; b < utf8.RuneSelf {
			if b|0x20 >= 'a' && b|0x20 <= 'z' {
				letters++
			} else if b >= '0' && b <= '9' {
				digits++
			}
			i++
			continue
		}
		// Two-byte runes of U+0400–U+04FF (Cyrillic, leads D0–D3),
		// without decoding: letters but U+0482–U+0489, no digit.
		if b := t[i]; b >= 0xD0 && b <= 0xD3 && i+1 < len(t) && t[i+1]&0xC0 == 0x80 {
			if b != 0xD2 || t[i+1] < 0x82 || t[i+1] > 0x89 {
				letters++
			}
			i += 2
			continue
		}
		c, w := utf8.DecodeRuneInString(t[i:])
		i += w
		switch {
		case isLetter(c):
			letters++
		case unicode.IsDigit(c):
			digits++
		}
	}
	if digits >= letters {
		return true
	}
	if i := strings.IndexByte(t, ':'); i > 0 {
		after := t[i+1:]
		hasLetter := false
		for _, c := range after {
			if isLetter(c) {
				hasLetter = true
				break
			}
		}
		if !hasLetter && trimSpace(after) != "" {
			return true
		}
	}
	// strings.ContainsAny(t, "•|"), which decodes every rune of t.
	if digits > 0 && (strings.IndexByte(t, '|') >= 0 || strings.Contains(t, "•")) {
		return true
	}
	// "www." in any case: no other rune lower-cases to w or a period.
	return strings.Contains(t, "://") || len(t) >= 4 && t[0]|0x20 == 'w' && t[1]|0x20 == 'w' && t[2]|0x20 == 'w' && t[3] == '.'
}

// isCaps reports a line in capitals: at least one word of 3+ letters and no
// lower-case letters.
func isCaps(t string) bool {
	letters, upper, long := 0, 0, false
	run := 0
	for i := 0; i < len(t); {
		// Decoded as by range, two-byte runes (Latin, Cyrillic) in place.
		c, w := rune(t[i]), 1
		switch {
		case c < utf8.RuneSelf:
		case c >= 0xC2 && c <= 0xDF && i+1 < len(t) && t[i+1]&0xC0 == 0x80:
			c, w = (c&0x1F)<<6|rune(t[i+1]&0x3F), 2
		default:
			c, w = utf8.DecodeRuneInString(t[i:])
		}
		i += w
		if isLetter(c) {
			letters++
			run++
			if run >= 3 {
				long = true
			}
			if isUpper(c) {
				upper++
			} else if isLower(c) {
				return false
			}
		} else {
			run = 0
		}
	}
	return long && letters >= 4 && upper == letters
}

// countWords counts the runs of non-space characters.
func countWords(t string) int {
	n := 0
	in := false
	for i := 0; i < len(t); i++ {
		sp := t[i] == ' ' || t[i] == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
