package ingest

import (
	"regexp"
	"strings"
)

// piece is a run of normalized text and the original bytes it stands for.
// exact pieces are byte-for-byte copies (their offsets map one to one).
type piece struct {
	text  string
	orig  int
	n     int
	exact bool
}

// looksLikeMarkdown reports Markdown syntax in a .txt file (papers are often
// saved from converters that write Markdown into .txt): headings, strong
// emphasis, HTML superscripts, links or autolinks.
func looksLikeMarkdown(s string) bool {
	hits := 0
	for _, re := range mdSignals {
		if re.MatchString(s) {
			hits++
		}
	}
	return hits >= 2
}

var mdSignals = []*regexp.Regexp{
	regexp.MustCompile(`(?m)^#{1,6} \S`),
	regexp.MustCompile(`\*\*[^*\n]+\*\*`),
	regexp.MustCompile(`<sup>|</a>|<br\s*/?>`),
	regexp.MustCompile(`\]\(https?://`),
	regexp.MustCompile(`<https?://[^>\s]+>`),
	regexp.MustCompile(`(?m)^\s*[-*+] \S`),
	regexp.MustCompile(`\\[_*\[\]#]`),
	regexp.MustCompile(`\^\{[^}\n]{1,8}\}|\^[IVX0-9]{1,4}\b`),
}

// inlineMarkdown matches the inline constructs that lose their marks and keep
// their words. Order matters: longer constructs first.
var inlineMarkdown = regexp.MustCompile(
	`<https?://[^>\s]+>` + // autolink
		`|!?\[[^\]\n]*\]\([^)\s]*\)` + // [text](url), ![alt](src)
		`|</?(?:a|sup|sub|span|em|strong|b|i|u|br|p|div|small)\b[^>\n]*>` + // inline HTML
		`|\\[\\` + "`" + `*_{}\[\]()#+\-.!|>~^]` + // backslash escape
		`|\^\{[^}\n]{1,12}\}|\^[A-Za-z0-9]{1,6}\b` + // pandoc superscript
		`|\*{1,3}|_{2,3}` + // emphasis marks
		"|`+",
)

var (
	mdHeading   = regexp.MustCompile(`^\s{0,3}(#{1,6})\s+`)
	mdBullet    = regexp.MustCompile(`^\s{0,6}[-*+•▪●◦]\s+`)
	mdQuote     = regexp.MustCompile(`^\s{0,3}>\s?`)
	mdRule      = regexp.MustCompile(`^\s{0,3}([-*_])(\s*[-*_]){2,}\s*$`)
	mdTableRule = regexp.MustCompile(`^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$`)
	mdLinkParts = regexp.MustCompile(`^!?\[([^\]\n]*)\]\(([^)\s]*)\)$`)
)

// cleanMarkdownLine reduces one Markdown line to pieces of text. sup receives
// the normalized-relative positions of superscript text (footnote markers).
func cleanMarkdownLine(line string, base int) (pieces []piece, sup [][2]int) {
	pos := 0
	emit := func(s string, orig, n int, exact bool) {
		if s != "" {
			pieces = append(pieces, piece{s, orig, n, exact})
		}
	}
	inSup := false
	supStart := 0
	textLen := func() int {
		n := 0
		for _, p := range pieces {
			n += len(p.text)
		}
		return n
	}
	for _, m := range inlineMarkdown.FindAllStringIndex(line, -1) {
		emit(line[pos:m[0]], base+pos, m[0]-pos, true)
		tok := line[m[0]:m[1]]
		switch {
		case strings.HasPrefix(tok, "<http"):
			emit(tok[1:len(tok)-1], base+m[0]+1, len(tok)-2, true)
		case strings.HasPrefix(tok, "[") || strings.HasPrefix(tok, "!["):
			parts := mdLinkParts.FindStringSubmatch(tok)
			text := parts[1]
			off := strings.Index(tok, "[") + 1
			if text == "" {
				text = parts[2]
				off = strings.Index(tok, "(") + 1
			}
			emit(text, base+m[0]+off, len(text), true)
		case strings.HasPrefix(tok, "<sup") || strings.HasPrefix(tok, "<sub"):
			inSup, supStart = true, textLen()
		case strings.HasPrefix(tok, "</sup") || strings.HasPrefix(tok, "</sub"):
			if inSup {
				sup = append(sup, [2]int{supStart, textLen()})
			}
			inSup = false
		case strings.HasPrefix(tok, "<br"):
			emit(" ", base+m[0], len(tok), false)
		case strings.HasPrefix(tok, "<"):
			// other inline HTML tags: dropped, their content stays.
		case tok[0] == '\\':
			emit(tok[1:], base+m[0]+1, len(tok)-1, true)
		case tok[0] == '^':
			inner, off := tok[1:], 1
			if strings.HasPrefix(inner, "{") {
				inner, off = inner[1:len(inner)-1], 2
			}
			s := textLen()
			emit(inner, base+m[0]+off, len(inner), true)
			sup = append(sup, [2]int{s, s + len(inner)})
		default:
			// emphasis and code marks: dropped.
		}
		pos = m[1]
	}
	emit(line[pos:], base+pos, len(line)-pos, true)
	return pieces, sup
}
