package ingest

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// piece is a run of normalized text and the original bytes it stands for.
// exact pieces are byte-for-byte copies (their offsets map one to one).
type piece struct {
	text  string
	orig  int
	n     int
	exact bool
	// plain reports text known to be printable ASCII only, kept text known
	// to be left as it is by normalization (plain text is kept too): the
	// scan for inline Markdown saw it (scannedAs). Both false when unknown.
	plain, kept bool
}

// looksLikeMarkdown reports Markdown syntax in a .txt file (papers are often
// saved from converters that write Markdown into .txt): at least two kinds
// of ATX headings, strong emphasis, inline HTML, links, autolinks, bullets,
// backslash escapes or pandoc superscripts.
func looksLikeMarkdown(s string) bool {
	var seen [8]bool
	hits := 0
	hit := func(k int) {
		if !seen[k] {
			seen[k] = true
			hits++
		}
	}
	lineStart := true
	f := newByteFinder(s, markdownBytes)
	for i := 0; i < len(s) && hits < 2; i++ {
		if !lineStart {
			// Skip to the next byte that matters (bytes in between set
			// nothing: they are not line breaks).
			if i = f.from(i); i == len(s) {
				break
			}
		}
		c := s[i]
		if lineStart {
			j := i
			for j < len(s) && (s[j] == ' ' || s[j] == '\t') && j-i < 4 {
				j++
			}
			if j < len(s) {
				switch s[j] {
				case '#':
					k := j
					for k < len(s) && s[k] == '#' {
						k++
					}
					if k-j <= 6 && k+1 < len(s) && s[k] == ' ' && s[k+1] != ' ' && s[k+1] != '\n' {
						hit(0)
					}
				case '-', '*', '+':
					if j+2 < len(s) && s[j+1] == ' ' && s[j+2] != ' ' && s[j+2] != '\n' {
						hit(5)
					}
				}
			}
		}
		lineStart = c == '\n'
		switch c {
		case '*':
			if i+2 < len(s) && s[i+1] == '*' && s[i+2] != '*' && s[i+2] != ' ' {
				if j := strings.Index(s[i+2:min(len(s), i+300)], "**"); j > 0 && !strings.Contains(s[i+2:i+2+j], "\n") {
					hit(1)
				}
			}
		case '<':
			rest := s[i:min(len(s), i+12)]
			if strings.HasPrefix(rest, "<sup>") || strings.HasPrefix(rest, "</a>") || strings.HasPrefix(rest, "<br") {
				hit(2)
			}
			if n := autolinkLen(s[i:]); n > 0 {
				hit(4)
			}
		case ']':
			if strings.HasPrefix(s[i:], "](http") {
				hit(3)
			}
		case '\\':
			if i+1 < len(s) && strings.IndexByte("_*[]#", s[i+1]) >= 0 {
				hit(6)
			}
		case '^':
			if i+1 < len(s) && (s[i+1] == '{' || s[i+1] >= '0' && s[i+1] <= '9' || strings.IndexByte("IVX", s[i+1]) >= 0) {
				hit(7)
			}
		}
	}
	return hits >= 2
}

// markdownBytes are the bytes looksLikeMarkdown looks at after the start
// of a line.
const markdownBytes = "\n*<]\\^"

// Markdown line shapes.

// atxHeading returns the level of "## Heading" and the offset of its text.
func atxHeading(t string) (level, textAt int) {
	i := 0
	for i < len(t) && i < 3 && t[i] == ' ' {
		i++
	}
	j := i
	for j < len(t) && t[j] == '#' {
		j++
	}
	if j == i || j-i > 6 || j < len(t) && t[j] != ' ' && t[j] != '\t' {
		return 0, 0
	}
	k := j
	for k < len(t) && (t[k] == ' ' || t[k] == '\t') {
		k++
	}
	if k == len(t) {
		return 0, 0
	}
	return j - i, k
}

// bulletAt returns the offset of the text after a list bullet ("- ", "* ",
// "+ ", "• ", "▪ ", "● ", "◦ ", "– "), or 0.
func bulletAt(t string) int {
	i := 0
	for i < len(t) && i < 8 && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	if i >= len(t) {
		return 0
	}
	// The first bytes of the bullets below: most lines fail here,
	// without decoding.
	switch t[i] {
	case '-', '*', '+', 0xC2, 0xE2:
	default:
		return 0
	}
	c, w := utf8.DecodeRuneInString(t[i:])
	switch c {
	case '-', '*', '+', '•', '▪', '●', '◦', '‣', '–', '·', '○', '■', '□':
	default:
		return 0
	}
	j := i + w
	if j >= len(t) || t[j] != ' ' && t[j] != '\t' {
		return 0
	}
	for j < len(t) && (t[j] == ' ' || t[j] == '\t') {
		j++
	}
	if j == len(t) {
		return 0
	}
	if c == '*' && strings.HasPrefix(t[j:], "*") {
		return 0
	}
	return j
}

// orderedItem reports "1. text", "12) text", "a) text", "IV. text".
func orderedItem(t string) bool {
	i := 0
	for i < len(t) && i < 3 && t[i] == ' ' {
		i++
	}
	j := i
	for j < len(t) && t[j] >= '0' && t[j] <= '9' {
		j++
	}
	if j == i {
		if j < len(t) && (t[j] >= 'a' && t[j] <= 'z') && j+1 < len(t) && t[j+1] == ')' {
			j++
		} else {
			for j < len(t) && (t[j] == 'I' || t[j] == 'V' || t[j] == 'X') {
				j++
			}
			if j == i || j < len(t) && t[j] != '.' {
				return false
			}
		}
	} else if j-i > 3 {
		return false
	}
	if j >= len(t) || t[j] != '.' && t[j] != ')' {
		return false
	}
	j++
	if j+1 >= len(t) || t[j] != ' ' {
		return false
	}
	return !unicode.IsSpace(rune(t[j+1]))
}

// thematicBreak reports "---", "***", "___" (three or more, spaces allowed)
// in a line trimmed of white space (as the tests below: markdownKinds trims
// each line once for all of them).
func thematicBreak(t string) bool {
	if len(t) < 3 {
		return false
	}
	c := t[0]
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// setextUnderline reports a line of "=" (level 1) or "-" (level 2), trimmed.
func setextUnderline(t string) int {
	if len(t) < 2 || t[0] != '=' && t[0] != '-' {
		return 0 // most lines: not made of either
	}
	if strings.Trim(t, "=") == "" {
		return 1
	}
	if strings.Trim(t, "-") == "" {
		return 2
	}
	return 0
}

// tableRule reports a table delimiter row: "|---|:--:|", "--- | ---",
// trimmed.
func tableRule(t string) bool {
	// Most lines fail at their first byte, before the searches of the
	// whole line below.
	if t == "" || !tableRuleByte(t[0]) {
		return false
	}
	if !strings.Contains(t, "-") || !strings.Contains(t, "|") && !strings.Contains(t, "+") {
		return false
	}
	dashes := 0
	for i := 0; i < len(t); i++ {
		if !tableRuleByte(t[i]) {
			return false
		}
		if t[i] == '-' {
			dashes++
		}
	}
	return dashes >= 3
}

// tableRuleByte reports the bytes a table delimiter row is made of.
func tableRuleByte(c byte) bool {
	switch c {
	case '-', '|', ':', ' ', '\t', '+', '=':
		return true
	}
	return false
}

// isTableRow reports a table row "| a | b |", trimmed.
func isTableRow(t string) bool {
	return len(t) > 1 && t[0] == '|'
}

// fence reports a code fence line (``` or ~~~), trimmed.
func fence(t string) bool {
	return strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~")
}

// quotePrefix returns the length of a blockquote marker "> ".
func quotePrefix(t string) int {
	i := 0
	for i < len(t) && i < 3 && t[i] == ' ' {
		i++
	}
	if i < len(t) && t[i] == '>' {
		i++
		if i < len(t) && t[i] == ' ' {
			i++
		}
		return i
	}
	return 0
}

// tableRow reduces "| a | b |" to its cells, separated by tabs: the cells
// keep their words (and their inline Markdown is reduced), the pipes go.
func tableRow(text string, base int, out []piece) ([]piece, [][2]int) {
	var sup [][2]int
	first := len(out)
	// Cell boundaries: unescaped pipes.
	var cells [][2]int
	start := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\\':
			i++
		case '|':
			cells = append(cells, [2]int{start, i})
			start = i + 1
		}
	}
	cells = append(cells, [2]int{start, len(text)})
	for _, c := range cells {
		cell := text[c[0]:c[1]]
		lead := len(cell) - len(strings.TrimLeft(cell, " \t"))
		cell = trimSpace(cell)
		if cell == "" {
			continue
		}
		if len(out) > first {
			// The pipe before this cell becomes a tab.
			out = append(out, piece{text: "\t", orig: base + c[0] - 1, n: 1})
		}
		var s [][2]int
		out, s = cleanInline(cell, base+c[0]+lead, out)
		sup = append(sup, s...)
	}
	return out, sup
}

// Inline reduction.

// maxInline bounds the search for the end of an inline construct (a link,
// a comment, a code span): longer ones are read as text, and adversarial
// lines cannot make the reduction quadratic.
const maxInline = 2048

// inlineTrigger are the bytes that can start inline Markdown (byteClass
// marks them byteTrigger).
var inlineTrigger = [256]uint8{'*': 1, '_': 1, '`': 1, '\\': 1, '<': 1, '[': 1, '!': 1, '^': 1, '&': 1, '~': 1}

// emphasisByte are the bytes emphasisDelimiters looks at.
var emphasisByte = [256]uint8{'*': 1, '_': 1, '`': 1, '\\': 1}

// The classes of bytes that the scans for inline Markdown tell apart (the
// bits of byteClass): besides the triggers, what normalizePiece looks for,
// so that it need not read again a text that a scan saw whole.
const (
	byteTrigger  uint8 = 1 << iota // an inlineTrigger byte
	byteOther                      // a control byte, DEL, or the lead of a rune above U+04FF or below U+0400
	byteLetter                     // an ASCII letter
	byteCyrillic                   // the lead of a rune of U+0400–U+04FF (D0–D3)
)

// byteClass holds the class of each byte; printable ASCII but letters and
// triggers, and continuation bytes, have none.
var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case inlineTrigger[c] != 0:
			t[c] = byteTrigger
		case c < ' ' || c == 0x7F:
			t[c] = byteOther
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			t[c] = byteLetter
		case c >= 0xD0 && c <= 0xD3:
			t[c] = byteCyrillic
		case c >= 0xC0:
			t[c] = byteOther
		}
	}
	return t
}()

// scannedAs tells, from the classes of the bytes of a text (valid UTF-8,
// cut at rune boundaries), whether it is printable ASCII (plain) and
// whether normalizePiece leaves it as it is (kept): its runes are ASCII
// but control characters and U+0400–U+04FF (every continuation byte
// follows a lead of a class), which NFC leaves as they are, and it does
// not hold both ASCII letters and Cyrillic (mixed-script words are
// repaired).
func scannedAs(seen uint8) (plain, kept bool) {
	plain = seen&^(byteLetter|byteTrigger) == 0
	kept = seen&byteOther == 0 && seen&(byteLetter|byteCyrillic) != byteLetter|byteCyrillic
	return plain, kept
}

// triggerFrom returns the index of the first inlineTrigger byte of line at
// or after i, or len(line), as skipTo scans, and the classes of the bytes
// before it from i (byteClass): the scans see every byte of the text
// between Markdown marks, so that normalization need not look at them
// again.
func triggerFrom(line string, i int) (next int, seen uint8) {
	t := &byteClass
	for ; i+16 <= len(line); i += 16 {
		b := line[i : i+16]
		m := t[b[0]] | t[b[1]] | t[b[2]] | t[b[3]] | t[b[4]] | t[b[5]] | t[b[6]] | t[b[7]] |
			t[b[8]] | t[b[9]] | t[b[10]] | t[b[11]] | t[b[12]] | t[b[13]] | t[b[14]] | t[b[15]]
		if m&byteTrigger != 0 {
			break
		}
		seen |= m
	}
	for ; i+8 <= len(line); i += 8 {
		b := line[i : i+8]
		m := t[b[0]] | t[b[1]] | t[b[2]] | t[b[3]] | t[b[4]] | t[b[5]] | t[b[6]] | t[b[7]]
		if m&byteTrigger != 0 {
			break
		}
		seen |= m
	}
	for ; i < len(line); i++ {
		m := t[line[i]]
		if m&byteTrigger != 0 {
			break
		}
		seen |= m
	}
	return i, seen
}

// skipTo returns the index of the first byte of line at or after i that t
// marks, or len(line); sixteen bytes are tested with one branch, then
// eight.
func skipTo(t *[256]uint8, line string, i int) int {
	for ; i+16 <= len(line); i += 16 {
		b := line[i : i+16]
		if t[b[0]]|t[b[1]]|t[b[2]]|t[b[3]]|t[b[4]]|t[b[5]]|t[b[6]]|t[b[7]]|
			t[b[8]]|t[b[9]]|t[b[10]]|t[b[11]]|t[b[12]]|t[b[13]]|t[b[14]]|t[b[15]] != 0 {
			break
		}
	}
	for ; i+8 <= len(line); i += 8 {
		b := line[i : i+8]
		if t[b[0]]|t[b[1]]|t[b[2]]|t[b[3]]|t[b[4]]|t[b[5]]|t[b[6]]|t[b[7]] != 0 {
			break
		}
	}
	for i < len(line) && t[line[i]] == 0 {
		i++
	}
	return i
}

// htmlTags are the inline HTML tags whose marks are dropped (their content
// stays).
var htmlTags = map[string]bool{
	"a": true, "sup": true, "sub": true, "span": true, "em": true, "strong": true, "b": true, "i": true,
	"u": true, "br": true, "p": true, "div": true, "small": true, "mark": true, "cite": true, "abbr": true,
	"font": true, "s": true, "del": true, "ins": true, "code": true, "q": true, "td": true, "th": true,
	"tr": true, "table": true, "tbody": true, "thead": true, "li": true, "ul": true, "ol": true, "img": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true, "hr": true,
}

// htmlEntities are the named character references decoded in Markdown.
var htmlEntities = map[string]string{
	"amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u00A0", "ndash": "–",
	"mdash": "—", "hellip": "…", "laquo": "«", "raquo": "»", "ldquo": "“", "rdquo": "”", "lsquo": "‘",
	"rsquo": "’", "shy": "\u00AD", "thinsp": "\u2009", "nnbsp": "\u202F", "deg": "°", "times": "×",
	"minus": "−", "sup1": "¹", "sup2": "²", "sup3": "³", "copy": "©", "reg": "®", "euro": "€", "middot": "·",
	"bull": "•", "sect": "§", "para": "¶", "frac12": "½", "frac14": "¼", "frac34": "¾", "permil": "‰",
}

// cleanInline reduces one line of Markdown to pieces of text: emphasis,
// code and strike marks are dropped; links and images keep their text;
// autolinks keep their address; inline HTML tags go and their content
// stays; escapes and entities become their characters. sup receives the
// original byte ranges of superscripts: <sup>…</sup>, pandoc ^…^ / ^{…} /
// ^I and footnote references [^1]. The pieces are appended to out.
func cleanInline(line string, base int, out []piece) (pieces []piece, sup [][2]int) {
	pieces = out
	first, seen := triggerFrom(line, 0) // the first byte that may start inline Markdown
	if first == len(line) {
		plain, kept := scannedAs(seen)
		return append(pieces, piece{text: line, orig: base, n: len(line), exact: true, plain: plain, kept: kept}), nil
	}
	var dropBuf [8][2]int
	drop := emphasisDelimiters(line, first, dropBuf[:0])
	textLen := 0
	emit := func(s string, orig, n int, exact bool) {
		if s != "" || n > 0 {
			pieces = append(pieces, piece{text: s, orig: orig, n: n, exact: exact})
			textLen += len(s)
		}
	}
	pos := 0 // start of pending literal text
	// seen holds the classes of the bytes that the scans read from seenAt
	// on: the pending text's when seenAt is pos. The other bytes of the
	// pending text are triggers stepped over (printable ASCII), so that
	// its classes are known when it is written.
	seenAt := 0
	flush := func(end int) {
		if end > pos {
			if seenAt != pos {
				seen, seenAt = 0, pos
			}
			plain, kept := scannedAs(seen)
			pieces = append(pieces, piece{text: line[pos:end], orig: base + pos, n: end - pos, exact: true, plain: plain, kept: kept})
			textLen += end - pos
		}
	}
	supStart := -1
	di := 0
	for i := first; i < len(line); {
		c := line[i]
		if inlineTrigger[c] == 0 {
			if seenAt != pos {
				seen, seenAt = 0, pos
			}
			var m uint8
			i, m = triggerFrom(line, i)
			seen |= m
			continue
		}
		switch c {
		case '*', '_':
			for di < len(drop) && drop[di][1] <= i {
				di++
			}
			if di < len(drop) && drop[di][0] == i {
				flush(i)
				i = drop[di][1]
				pos = i
				continue
			}
			i++
		case '\\':
			if i+1 < len(line) && isMarkdownPunct(line[i+1]) {
				flush(i)
				emit(line[i+1:i+2], base+i+1, 1, true)
				i += 2
				pos = i
				continue
			}
			i++
		case '`':
			j := i
			for j < len(line) && line[j] == '`' {
				j++
			}
			flush(i)
			i = j
			pos = i
		case '~':
			if i+1 < len(line) && line[i+1] == '~' {
				flush(i)
				i += 2
				pos = i
				continue
			}
			i++
		case '&':
			if s, n := entityAt(line[i:]); n > 0 {
				flush(i)
				emit(s, base+i, n, false)
				i += n
				pos = i
				continue
			}
			i++
		case '<':
			if n := autolinkLen(line[i:]); n > 0 {
				flush(i)
				emit(line[i+1:i+n-1], base+i+1, n-2, true)
				i += n
				pos = i
				continue
			}
			if n := commentLen(line[i:]); n > 0 {
				flush(i)
				i += n
				pos = i
				continue
			}
			name, closing, n := htmlTag(line[i:])
			if n == 0 {
				i++
				continue
			}
			flush(i)
			switch {
			case (name == "sup" || name == "sub") && !closing:
				supStart = base + i + n
			case (name == "sup" || name == "sub") && closing:
				if supStart >= 0 && base+i > supStart {
					sup = append(sup, [2]int{supStart, base + i})
				}
				supStart = -1
			case name == "br" || name == "p" || name == "td" || name == "th" || name == "li" || name == "div":
				if textLen > 0 {
					emit(" ", base+i, n, false)
				} else {
					emit("", base+i, n, false)
				}
			}
			i += n
			pos = i
		case '!', '[':
			img := c == '!'
			if img && (i+1 >= len(line) || line[i+1] != '[') {
				i++
				continue
			}
			b := i
			if img {
				b++
			}
			// Footnote reference [^1]: a superscript marker.
			if !img && b+2 < len(line) && line[b+1] == '^' {
				if j := strings.IndexByte(line[b:min(len(line), b+64)], ']'); j > 2 && !strings.ContainsAny(line[b+2:b+j], " []") {
					flush(i)
					emit(line[b+2:b+j], base+b+2, j-2, true)
					sup = append(sup, [2]int{base + b + 2, base + b + j})
					i = b + j + 1
					pos = i
					continue
				}
			}
			textEnd, urlStart, urlEnd, ok := linkAt(line, b)
			if !ok {
				i++
				continue
			}
			flush(i)
			inner := line[b+1 : textEnd]
			if trimSpace(inner) == "" && urlStart < urlEnd {
				emit(line[urlStart:urlEnd], base+urlStart, urlEnd-urlStart, true)
			} else {
				k := len(pieces)
				var s [][2]int
				pieces, s = cleanInline(inner, base+b+1, pieces)
				sup = append(sup, s...)
				// As emit: empty pieces dropped, textLen counted.
				kept := pieces[:k]
				for _, p := range pieces[k:] {
					if p.text != "" || p.n > 0 {
						kept = append(kept, p)
						textLen += len(p.text)
					}
				}
				pieces = kept
			}
			i = linkEnd(line, textEnd)
			pos = i
		case '^':
			// Pandoc superscripts: ^{II}, ^2^, ^I (a marker glued to a word
			// or standing before one).
			j, k := -1, -1 // content [j, k), markup ends at e
			e := 0
			if i+1 < len(line) && line[i+1] == '{' {
				if m := strings.IndexByte(line[i+2:min(len(line), i+16)], '}'); m > 0 {
					j, k, e = i+2, i+2+m, i+3+m
				}
			} else {
				m := i + 1
				for m < len(line) && m-i <= 8 && (isASCIIAlnum(line[m]) || line[m] == '*') {
					m++
				}
				if m < len(line) && line[m] == '^' && m > i+1 {
					j, k, e = i+1, m, m+1
				} else if m > i+1 && m-i <= 7 && (m == len(line) || !isASCIIAlnum(line[m])) {
					j, k, e = i+1, m, m
				}
			}
			if j < 0 {
				i++
				continue
			}
			flush(i)
			emit(line[j:k], base+j, k-j, true)
			sup = append(sup, [2]int{base + j, base + k})
			if e > k {
				emit("", base+k, e-k, false)
			}
			i = e
			pos = i
		default:
			i++
		}
	}
	flush(len(line))
	return pieces, sup
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
}

func isMarkdownPunct(c byte) bool {
	return strings.IndexByte("\\`*_{}[]()#+-.!|>~^<&\"'=:;,/?@$%", c) >= 0
}

// autolinkLen returns the length of "<https://…>", "<mailto:…>" or
// "<name@host>" at the start of s, or 0.
func autolinkLen(s string) int {
	if len(s) < 3 || s[0] != '<' {
		return 0
	}
	// The first '>' within 2048 bytes ends it, unless a space, a tab, a
	// line break or another '<' comes before: searched for one by one
	// (vectorized), where a byte loop tested every byte of the address
	// against all five.
	end := strings.IndexByte(s[1:min(len(s), 2048)], '>') + 1
	if end < 2 {
		return 0
	}
	in := s[1:end]
	if strings.IndexByte(in, ' ') >= 0 || strings.IndexByte(in, '<') >= 0 || strings.IndexByte(in, '\n') >= 0 || strings.IndexByte(in, '\t') >= 0 {
		return 0
	}
	if i := strings.Index(in, ":"); i >= 2 && i <= 32 {
		scheme := in[:i]
		ok := true
		for k := 0; k < len(scheme); k++ {
			c := scheme[k]
			if !(isASCIIAlnum(c) || c == '+' || c == '.' || c == '-') {
				ok = false
			}
		}
		if ok && (strings.HasPrefix(in[i:], "://") || strings.EqualFold(scheme, "mailto") || strings.EqualFold(scheme, "doi")) {
			return end + 1
		}
	}
	if at := strings.IndexByte(in, '@'); at > 0 && strings.Contains(in[at:], ".") {
		return end + 1
	}
	return 0
}

func commentLen(s string) int {
	if !strings.HasPrefix(s, "<!--") {
		return 0
	}
	if j := strings.Index(s[4:min(len(s), maxInline)], "-->"); j >= 0 {
		return j + 7
	}
	return 0
}

// htmlTag recognizes an inline HTML tag of htmlTags at the start of s and
// returns its name, whether it is a closing tag, and its length.
func htmlTag(s string) (name string, closing bool, n int) {
	if len(s) < 3 || s[0] != '<' {
		return "", false, 0
	}
	i := 1
	if s[i] == '/' {
		closing = true
		i++
	}
	j := i
	for j < len(s) && isASCIIAlnum(s[j]) {
		j++
	}
	if j == i {
		return "", false, 0
	}
	name = strings.ToLower(s[i:j])
	if !htmlTags[name] {
		return "", false, 0
	}
	if j < len(s) && s[j] != '>' && s[j] != ' ' && s[j] != '/' && s[j] != '\t' {
		return "", false, 0
	}
	// Find the closing '>' outside quoted attribute values.
	quote := byte(0)
	for k := j; k < len(s) && k < j+4096; k++ {
		c := s[k]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return name, closing, k + 1
		case c == '<':
			return "", false, 0
		}
	}
	return "", false, 0
}

// entityAt decodes "&amp;", "&#1234;", "&#x4E2D;" at the start of s.
func entityAt(s string) (string, int) {
	end := strings.IndexByte(s[:min(len(s), 12)], ';')
	if end < 2 {
		return "", 0
	}
	body := s[1:end]
	if body[0] == '#' {
		var v uint64
		var err error
		if len(body) > 1 && (body[1] == 'x' || body[1] == 'X') {
			v, err = strconv.ParseUint(body[2:], 16, 32)
		} else {
			v, err = strconv.ParseUint(body[1:], 10, 32)
		}
		if err != nil || v == 0 || v > unicode.MaxRune || !utf8.ValidRune(rune(v)) {
			return "", 0
		}
		return string(rune(v)), end + 1
	}
	if r, ok := htmlEntities[body]; ok {
		return r, end + 1
	}
	return "", 0
}

// linkAt parses "[text](url "title")" with '[' at b (reference links
// "[text][ref]" are not read: "[12][13]" is a run of citations): it
// returns the index of the closing ']' and the url's range.
func linkAt(line string, b int) (textEnd, urlStart, urlEnd int, ok bool) {
	depth := 0
	textEnd = -1
	for i := b; i < len(line) && i < b+maxInline; i++ {
		switch line[i] {
		case '\\':
			i++
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				textEnd = i
			}
		}
		if textEnd >= 0 {
			break
		}
	}
	if textEnd < 0 || textEnd+1 >= len(line) {
		return 0, 0, 0, false
	}
	switch line[textEnd+1] {
	case '(':
		depth := 0
		for i := textEnd + 1; i < len(line) && i < textEnd+1+maxInline; i++ {
			switch line[i] {
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 {
					u := trimSpace(line[textEnd+2 : i])
					us := textEnd + 2 + strings.Index(line[textEnd+2:i], u)
					if sp := strings.IndexAny(u, " \t"); sp >= 0 {
						u = u[:sp] // drop a "title"
					}
					u = strings.TrimSuffix(strings.TrimPrefix(u, "<"), ">")
					if strings.HasPrefix(line[us:], "<") {
						us++
					}
					return textEnd, us, us + len(u), true
				}
			}
		}
	}
	return 0, 0, 0, false
}

// linkEnd returns the index after the "(url)" that follows the link text
// ending at textEnd.
func linkEnd(line string, textEnd int) int {
	open, closeC := byte('('), byte(')')
	depth := 0
	for i := textEnd + 1; i < len(line) && i < textEnd+1+maxInline; i++ {
		switch line[i] {
		case open:
			depth++
		case closeC:
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return len(line)
}

// emphasisDelimiters finds the runs of '*' and '_' in a line that open or
// close emphasis (CommonMark flanking rules, paired within the line) and
// returns their byte ranges in order. Unpaired runs ("5*", "snake_case",
// "p < 0.05*") are literal text and stay.
//
// The ranges are appended to out; the work slices start on the stack (a
// line has few runs). The scan starts at from: line has none of the bytes
// it looks at ('*', '_', '`', '\\') before (cleanInline passes its first
// trigger byte).
func emphasisDelimiters(line string, from int, out [][2]int) [][2]int {
	type run struct {
		start, end      int
		c               byte
		canOpen, canCls bool
		paired          bool
	}
	if strings.IndexByte(line[from:], '*') < 0 && strings.IndexByte(line[from:], '_') < 0 {
		return out // no delimiter runs
	}
	var runBuf [16]run
	runs := runBuf[:0]
	for i := from; i < len(line); {
		// Bytes other than those tested below are skipped.
		if i = skipTo(&emphasisByte, line, i); i >= len(line) {
			break
		}
		c := line[i]
		if c == '\\' {
			i += 2
			continue
		}
		if c == '`' {
			// Code spans are literal.
			j := i
			for j < len(line) && line[j] == '`' {
				j++
			}
			if k := strings.Index(line[j:min(len(line), j+maxInline)], line[i:j]); k >= 0 {
				i = j + k + (j - i)
			} else {
				i = j
			}
			continue
		}
		if c != '*' && c != '_' {
			i++
			continue
		}
		j := i
		for j < len(line) && line[j] == c {
			j++
		}
		prev, next := ' ', ' '
		if i > 0 {
			prev, _ = utf8.DecodeLastRuneInString(line[:i])
		}
		if j < len(line) {
			next, _ = utf8.DecodeRuneInString(line[j:])
		}
		prevSpace, nextSpace := unicode.IsSpace(prev), unicode.IsSpace(next)
		prevPunct, nextPunct := isPunctRune(prev), isPunctRune(next)
		left := !nextSpace && (!nextPunct || prevSpace || prevPunct)
		right := !prevSpace && (!prevPunct || nextSpace || nextPunct)
		r := run{start: i, end: j, c: c}
		if c == '*' {
			r.canOpen, r.canCls = left, right
		} else {
			r.canOpen = left && (!right || prevPunct)
			r.canCls = right && (!left || nextPunct)
		}
		runs = append(runs, r)
		i = j
	}
	if len(runs) < 2 {
		return out
	}
	var stackBuf [16]int
	stack := stackBuf[:0]
	for k, r := range runs {
		if r.canCls {
			found := -1
			// Bounded search: adversarial lines must not go quadratic.
			for s := len(stack) - 1; s >= 0 && s >= len(stack)-64; s-- {
				if runs[stack[s]].c == r.c {
					found = s
					break
				}
			}
			if found >= 0 {
				runs[stack[found]].paired = true
				runs[k].paired = true
				stack = stack[:found]
				continue
			}
		}
		if r.canOpen {
			stack = append(stack, k)
		}
	}
	for _, r := range runs {
		if r.paired {
			out = append(out, [2]int{r.start, r.end})
		}
	}
	return out
}

func isPunctRune(c rune) bool {
	if c < 0x80 {
		return c > ' ' && c < 0x7F && !isASCIIAlnum(byte(c))
	}
	return unicode.IsPunct(c) || unicode.IsSymbol(c)
}
