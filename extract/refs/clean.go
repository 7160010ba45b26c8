package refs

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var (
	// <a href="X">Y</a>; the visible text wins when it is itself a URL.
	// Read by hand (replaceAnchors); the regexp is its tested
	// specification.
	reAnchor   = regexp.MustCompile(`(?is)<a\s+href="([^"]*)"[^>]*>(.*?)</a>`)
	reHTMLTag  = regexp.MustCompile(`(?i)</?(?:a|sup|sub|i|em|b|strong|span|br|italic|bold)\b[^>]*>`)
	reMDLink   = regexp.MustCompile(`\[([^\]]*)\]\(((?:https?|ftp)://[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)\)`)
	reAutoLink = regexp.MustCompile(`<((?:https?|ftp|mailto):[^>\s]*)>`)
	reMDEscape = regexp.MustCompile(`\\([\\_*()\[\]#<>.\-!|~` + "`" + `])`)
	// A word broken at a line end: "Mur- phy", "Martin- Facklam".
	reBrokenWord = regexp.MustCompile(`(\p{L})- (\p{L}+)`)
	// Printed labels: "12.", "[12]", "(12)", "12)" and a bare "12 " before a
	// capital. Read by hand (labelMatch); the regexp is its tested
	// specification.
	reLabel  = gatedRegexp{regexp.MustCompile(`^(?:\[(\d{1,4})\]|\((\d{1,4})\)|(\d{1,3})[.)](?:\s|$)|(\d{1,3})\s+(?:\p{Lu}|["“«]))`), startsWithLabelByte}
	reBullet = regexp.MustCompile(`^[` + bullets + `]\s+`)
)

// startsWithLabelByte reports whether s starts as reLabel's labels do.
func startsWithLabelByte(s string) bool { return s != "" && isOneOf("[(0123456789", s[0]) }

// bullets are the marks that can start a list item.
const bullets = "-–—•●▪◦*·"

// hyphenKeepers are words that follow a suspended hyphen ("low- and
// middle-income"), where the hyphen must stay.
var hyphenKeepers = map[string]bool{"and": true, "or": true, "to": true, "und": true, "et": true, "ou": true, "and/or": true, "и": true, "или": true, "in": true, "nor": true}

// Clean removes markup from a reference string (HTML anchors, Markdown links,
// escapes and emphasis), rejoins words and URLs broken at line ends and
// collapses white space. It does not remove the label; see SplitLabel.
// Removing one kind of markup can uncover another, so the steps run until
// nothing changes: Clean(Clean(s)) == Clean(s).
func Clean(s string) string {
	s, _ = cleanFixed(s)
	return s
}

// cleanFixed is Clean that also reports whether the steps reached a string
// they leave unchanged (they stop after five rounds otherwise) and that is
// composed (NFC). Such a
// string, less a leading label (SplitLabel), is its own Clean: Extract then
// need not clean an entry twice.
func cleanFixed(s string) (string, bool) {
	// Letters written as a base and a combining mark ("a" + U+0301) are
	// composed, so that they read as one letter of a name.
	// (NFC.String returns s itself exactly when its quick check spans
	// all of s: the check is made once here, and then serves for the
	// answer when no step changes s.)
	composed := isQuickNFC(s)
	if !composed {
		s = norm.NFC.String(s)
	}
	for i := 0; i < 5; i++ {
		next := cleanRound(s, i > 0) // after a round, s is collapsed
		if next == s {
			if i == 0 && composed {
				return s, true // the string as given, composed
			}
			// Removing markup can join a letter to combining marks
			// after it, which Clean does not compose then. (The quick
			// check allocates nothing; "maybe" counts as not composed.)
			return s, isQuickNFC(s)
		}
		s = next
	}
	return s, false
}

// isQuickNFC reports whether norm.NFC.QuickSpanString(s) == len(s). The
// quick check starts afresh after every ASCII byte (it forgets the
// segment, the combining class and the stream-safe count there), so the
// ASCII bytes that start s, skipped eight at a time, need no check but
// the last, which may start a segment with the rune after it.
func isQuickNFC(s string) bool {
	k := 0
	for k+8 <= len(s) && load64(s[k:k+8])&high8 == 0 {
		k += 8
	}
	for k < len(s) && s[k] < utf8.RuneSelf {
		k++
	}
	if k == len(s) {
		return true
	}
	if k > 0 {
		k--
	}
	return norm.NFC.QuickSpanString(s[k:]) == len(s)-k
}

func cleanOnce(s string) string { return cleanRound(s, false) }

// cleanRound is cleanOnce; collapsed says s is known to be collapsed
// (isCollapsed), as cleanOnce leaves every string: then, unless a step
// before it changes s, collapseSpaces need not scan it.
func cleanRound(s string, collapsed bool) string {
	in := s
	// Each pattern is tried only when s holds the text it cannot match
	// without: most strings have no markup at all.
	if mayHoldHTMLTag(s) {
		s = replaceAnchors(s) // reAnchor → anchorText
		// The anchors replaced, the gate mostly finds no tag left.
		if mayHoldHTMLTag(s) {
			s = replaceAnchorOpens(s) // reAnchorOpen → " $1 "
			s = reHTMLTag.ReplaceAllString(s, " ")
		}
	}
	if strings.Contains(s, "](") {
		s = reMDLink.ReplaceAllStringFunc(s, func(m string) string {
			sub := reMDLink.FindStringSubmatch(m)
			text := strings.ReplaceAll(sub[1], `\`, "")
			if text == "" || strings.Contains(text, "://") || strings.HasPrefix(text, "www.") || strings.HasPrefix(text, "10.") {
				return sub[2]
			}
			return text + " " + sub[2]
		})
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = replaceAutoLinks(s) // reAutoLink → "$1"
	}
	if strings.IndexByte(s, '\\') >= 0 {
		s = reMDEscape.ReplaceAllString(s, "$1")
	}
	if hasMarkup(s) {
		s = replaceMarkup(s) // markupReplacer
	}
	if !collapsed || s != in {
		s = collapseSpaces(s)
	}
	s = dropSpaceBefore(s, ",;")
	if hasSpaceAfterScheme(s) {
		s = dropSchemeSpace(s) // reSchemeSpace → "$1"
	}
	if mayHoldBrokenWord(s) {
		s = reBrokenWord.ReplaceAllStringFunc(s, func(m string) string {
			sub := reBrokenWord.FindStringSubmatch(m)
			if hyphenKeepers[toLower(sub[2])] {
				return m
			}
			if isUpperStart(sub[2]) {
				return sub[1] + "-" + sub[2]
			}
			return sub[1] + sub[2]
		})
	}
	return s
}

// anchorText is what replaces an anchor: its visible text when that is a
// URL itself or the href is empty, else the href.
func anchorText(href, text string) string {
	text = trimSpace(text)
	if strings.Contains(text, "://") || href == "" {
		return " " + text + " "
	}
	return " " + href + " "
}

// replaceAnchors is reAnchor.ReplaceAllStringFunc with anchorText, read by
// hand: an anchor starts at a "<" with "a", white space and `href="`
// after it (the letters in either case); the href runs to the next quote,
// the tag to the next ">" after it, and the text to the first "</a>".
// When no "</a>" follows, no later anchor can close either (its ">" comes
// no sooner), and the search may go on all the same.
func replaceAnchors(s string) string {
	var b strings.Builder
	last := 0 // s[last:] is not yet written
	for off := 0; ; {
		i, h := nextAnchor(s, off)
		if i < 0 {
			break
		}
		off = i + 1
		q := strings.IndexByte(s[h:], '"')
		if q < 0 {
			continue
		}
		q += h
		gt := strings.IndexByte(s[q+1:], '>')
		if gt < 0 {
			continue
		}
		gt += q + 1
		c := indexCloseAnchor(s, gt+1)
		if c < 0 {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(anchorText(s[h:q], s[gt+1:c]))
		last = c + len("</a>")
		off = last
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// nextAnchor returns the index of the first "<" at or after off that opens
// an anchor with an href, and the index after its `href="` (hrefAt); -1
// and -1 when there is none.
func nextAnchor(s string, off int) (i, h int) {
	for {
		k := strings.IndexByte(s[off:], '<')
		if k < 0 {
			return -1, -1
		}
		i = off + k
		if h = hrefAt(s, i); h >= 0 {
			return i, h
		}
		off = i + 1
	}
}

// hrefAt returns the index after the `<a href="` (the letters in either
// case, white space between them) that starts at s[i], or -1.
func hrefAt(s string, i int) int {
	j := i + 1
	if j >= len(s) || s[j]|0x20 != 'a' {
		return -1
	}
	k := skipRegexpSpace(s, j+1)
	if k == j+1 || len(s)-k < len(`href="`) || !asciiEqualFold(s[k:k+len(`href="`)], `href="`) {
		return -1
	}
	return k + len(`href="`)
}

// replaceAnchorOpens is reAnchorOpen.ReplaceAllString(s, " $1 ") by hand:
// the href of each anchor that opens (and does not close: replaceAnchors
// has replaced those) stands in for the tag, between spaces. The href runs
// to the next quote or the end; the tag's `"` and `>` go with it when
// only white space stands between them.
func replaceAnchorOpens(s string) string {
	var b strings.Builder
	last := 0 // s[last:] is not yet written
	for off := 0; ; {
		i, h := nextAnchor(s, off)
		if i < 0 {
			break
		}
		off = i + 1
		q, end := len(s), len(s)
		if n := strings.IndexByte(s[h:], '"'); n >= 0 {
			q, end = h+n, h+n
			if gt := skipRegexpSpace(s, q+1); gt < len(s) && s[gt] == '>' {
				end = gt + 1
			}
		}
		b.WriteString(s[last:i])
		b.WriteByte(' ')
		b.WriteString(s[h:q])
		b.WriteByte(' ')
		last, off = end, end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// indexCloseAnchor returns the index of the first "</a>" (either case) in
// s at or after from, or -1.
func indexCloseAnchor(s string, from int) int {
	for off := from; ; {
		i := strings.IndexByte(s[off:], '<')
		if i < 0 {
			return -1
		}
		i += off
		if len(s)-i >= 4 && s[i+1] == '/' && s[i+2]|0x20 == 'a' && s[i+3] == '>' {
			return i
		}
		off = i + 1
	}
}

// mayHoldHTMLTag reports whether s has what a match of reAnchor,
// reAnchorOpen or reHTMLTag needs: a '<', maybe a '/', then the first letter
// of one of their tag names. Autolinks ("<https://...>"), common in Markdown,
// fail it.
func mayHoldHTMLTag(s string) bool {
	for off := 0; ; {
		i := strings.IndexByte(s[off:], '<')
		if i < 0 {
			return false
		}
		off += i + 1
		j := off
		if j < len(s) && s[j] == '/' {
			j++
		}
		// (?i) also folds "ſ" (U+017F) to "s".
		if j < len(s) && (isOneOf("aAsSiIeEbB", s[j]) || strings.HasPrefix(s[j:], "\u017f")) {
			return true
		}
	}
}

// replaceAutoLinks is reAutoLink.ReplaceAllString(s, "$1") by hand: each
// "<" + scheme + ":" + a run of bytes other than '>' and white space + ">"
// is replaced by what stands between the brackets.
func replaceAutoLinks(s string) string {
	var b strings.Builder
	last := 0 // s[last:] is not yet copied to b
	for off := 0; ; {
		i := strings.IndexByte(s[off:], '<')
		if i < 0 {
			break
		}
		i += off
		off = i + 1
		j := i + 1 + autoLinkScheme(s[i+1:])
		if j == i+1 {
			continue
		}
		for j < len(s) && s[j] != '>' && !isRegexpSpace(s[j]) {
			j++
		}
		if j == len(s) || s[j] != '>' {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:i])
		b.WriteString(s[i+1 : j])
		last, off = j+1, j+1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// autoLinkScheme returns the length of the "https:", "http:", "ftp:" or
// "mailto:" s starts with (case-sensitive, as reAutoLink), or 0.
func autoLinkScheme(s string) int {
	for _, p := range [...]string{"https:", "http:", "ftp:", "mailto:"} {
		if strings.HasPrefix(s, p) {
			return len(p)
		}
	}
	return 0
}

// mayHoldBrokenWord reports whether s has what a match of reBrokenWord
// needs: "- " between letters.
func mayHoldBrokenWord(s string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], "- ")
		if i < 0 {
			return false
		}
		i += off
		if isLetterBefore(s, i) && letterAt(s, i+2) > 0 {
			return true
		}
		off = i + 2
	}
}

// hasSpaceAfterScheme reports whether white space follows a "://" in s, as
// it must for dropSchemeSpace to change it.
func hasSpaceAfterScheme(s string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], "://")
		if i < 0 {
			return false
		}
		off += i + 3
		if off < len(s) && isRegexpSpace(s[off]) {
			return true
		}
	}
}

// dropSchemeSpace is reSchemeSpace.ReplaceAllString(s, "$1") by hand: the
// white space (\s) after each "http://" or "https://" (in any case, the
// "s" maybe a long s, as (?i) folds it) that starts a word is removed.
// The regexp searched every place of s.
func dropSchemeSpace(s string) string {
	var b []byte
	last := 0 // s[last:] is not yet copied to b
	for off := 0; ; {
		i := strings.Index(s[off:], "://")
		if i < 0 {
			break
		}
		i += off
		off = i + 3
		end := skipRegexpSpace(s, off)
		if end == off {
			continue
		}
		h := i - 4 // where "http" must start
		if i >= 1 && (s[i-1] == 's' || s[i-1] == 'S') {
			h = i - 5
		} else if i >= 2 && s[i-2:i] == "\u017f" {
			h = i - 6
		}
		if h < 0 || !hasPrefixFold(s[h:], "http") || h > 0 && isASCIIWordByte(s[h-1]) {
			continue
		}
		b = append(b, s[last:off]...)
		last, off = end, end
	}
	if last == 0 {
		return s
	}
	return string(append(b, s[last:]...))
}

// SplitLabel removes a leading bullet and printed number from a cleaned
// reference string and returns the number (or "") and the rest.
func SplitLabel(s string) (label, rest string) {
	s = trimSpace(s)
	if first, _ := utf8.DecodeRuneInString(s); strings.ContainsRune(bullets, first) {
		s = reBullet.ReplaceAllString(s, "")
	}
	m, ok := labelMatch(s) // reLabel
	if !ok {
		return "", s
	}
	for g := 1; g <= 4; g++ {
		if m[2*g] >= 0 {
			label = s[m[2*g]:m[2*g+1]]
			// The bare form keeps the capital it looked at.
			end := m[1]
			if g == 4 {
				end = m[2*g+1]
			}
			return label, trimSpace(s[end:])
		}
	}
	return "", s
}

// markupReplacer is built once: a Replacer compiles its table on creation.
var markupReplacer = strings.NewReplacer("**", "", "*", "", "\u00ad", "", "\u200b", "", "&amp;", "&", "&quot;", `"`, "&nbsp;", " ")

// replaceMarkup is markupReplacer.Replace(s) by hand (no table lookups per
// byte): asterisks, soft hyphens and zero-width spaces go, and the three
// entities become their characters, left to right without overlaps. The
// bytes between the ones that can start those are copied in runs.
func replaceMarkup(s string) string {
	b := make([]byte, 0, len(s))
	last := 0 // s[last:] is not yet copied to b
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !markupStart[c] {
			continue
		}
		n, add := 0, byte(0) // the length replaced at i, and what replaces it (0: nothing)
		switch {
		case c == '*':
			n = 1
		case strings.HasPrefix(s[i:], "\u00ad"):
			n = len("\u00ad")
		case strings.HasPrefix(s[i:], "\u200b"):
			n = len("\u200b")
		case c == '&':
			add, n = markupEntity(s[i:])
		}
		if n == 0 {
			continue
		}
		b = append(b, s[last:i]...)
		if add != 0 {
			b = append(b, add)
		}
		i += n - 1
		last = i + 1
	}
	b = append(b, s[last:]...)
	return string(b)
}

// markupStart marks the first bytes of the strings markupReplacer replaces.
var markupStart = [256]bool{'*': true, '&': true, 0xc2: true, 0xe2: true}

// markupEntity returns the character of the entity markupReplacer replaces
// that s starts with, and the entity's length (0 when none).
func markupEntity(s string) (byte, int) {
	switch {
	case strings.HasPrefix(s, "&amp;"):
		return '&', len("&amp;")
	case strings.HasPrefix(s, "&quot;"):
		return '"', len("&quot;")
	case strings.HasPrefix(s, "&nbsp;"):
		return ' ', len("&nbsp;")
	}
	return 0, 0
}

// hasMarkup reports whether s holds one of the strings markupReplacer
// replaces. Byte searches: strings.ContainsAny decodes every rune of s when
// the set has letters outside ASCII.
func hasMarkup(s string) bool {
	return strings.IndexByte(s, '*') >= 0 || strings.Contains(s, "\u00ad") || strings.Contains(s, "\u200b") ||
		strings.IndexByte(s, '&') >= 0 && (strings.Contains(s, "&amp;") || strings.Contains(s, "&quot;") || strings.Contains(s, "&nbsp;"))
}
