package bench

import (
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// countries are the five Central Asian countries as printed in each
// language (stems: case endings follow them unchanged in ru, kk and sl).
var countries = [][]string{
	// en, ru, kk, sl, en adjective
	{"Kazakhstan", "Казахстан", "Қазақстан", "Kazahstan", "Kazakh "},
	{"Kyrgyzstan", "Кыргызстан", "Қырғызстан", "Kirgizistan", "Kyrgyz "},
	{"Uzbekistan", "Узбекистан", "Өзбекстан", "Uzbekistan", "Uzbek "},
	{"Tajikistan", "Таджикистан", "Тәжікстан", "Tadžikistan", "Tajik "},
	{"Turkmenistan", "Туркменистан", "Түрікменстан", "Turkmenistan", "Turkmen "},
}

// countryReplacer swaps the country names of a paper by a permutation, so
// that its claims are about other countries but stay coherent.
func countryReplacer(perm []int) *strings.Replacer {
	var args []string
	for col := range countries[0] {
		for i, row := range countries {
			args = append(args, row[col], countries[perm[i]][col])
		}
	}
	return strings.NewReplacer(args...)
}

// quantityShare is the share of figures perturbed.
const quantityShare = 0.4

var (
	// reNumber matches a figure: digit groups with thousands separators
	// (comma, space, no-break space) and decimals.
	reNumber = regexp.MustCompile(`\d{1,3}(?:[,\x{00A0} ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`)
	// Seed callouts, removed before new ones are written.
	reAuthorYearCallout = regexp.MustCompile(`\s?\([^()]{1,300}?,\s*(?:19|20)\d\d[a-z]?\b[^()]{0,300}\)`)
	reNumericCallout    = regexp.MustCompile(`\s?\[\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*\]`)
)

// perturbNumbers rewrites the figures of a paragraph: years (1900–2039
// without separators) move by yearShift; quantities (percentages, figures
// with separators or decimals, numbers of 10 and more) are, with
// probability quantityShare, scaled by a random factor in [0.8, 1.25]
// keeping their printed shape (separators, decimals, digit count); labels
// (act numbers, "No. 12", "UP-158", numbers glued to letters) are left
// alone. Keeping most figures as printed keeps agreements between papers
// as well as conflicts for the reconciliation to find.
func perturbNumbers(rng *rand.Rand, s string, yearShift int) string {
	ms := reNumber.FindAllStringIndex(s, -1)
	if len(ms) == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for _, m := range ms {
		tok := s[m[0]:m[1]]
		out := tok
		if !isLabelContext(s, m[0], m[1]) {
			if y, err := strconv.Atoi(tok); err == nil && len(tok) == 4 && y >= 1900 && y < 2040 {
				out = strconv.Itoa(y + yearShift)
			} else if digits := digitCount(tok); (digits >= 2 || strings.ContainsAny(tok, ".,") || strings.HasPrefix(strings.TrimSpace(s[m[1]:]), "%")) && rng.Float64() < quantityShare {
				out = scaleDigits(rng, tok, isPercent(s, m[1]))
			}
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(out)
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

func isLabelContext(s string, start, end int) bool {
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsLetter(r) || r == '/' || r == '-' || r == '№' || r == '#' || r == '.' || r == '_' || r == '=' {
			return true
		}
		before := strings.ToLower(s[max(0, start-5):start])
		if strings.HasSuffix(before, "no. ") || strings.HasSuffix(before, "№ ") || strings.HasSuffix(before, "no ") {
			return true
		}
	}
	if end < len(s) {
		r, _ := utf8.DecodeRuneInString(s[end:])
		if unicode.IsLetter(r) || r == '-' || r == '/' || r == '_' {
			return true
		}
	}
	return false
}

func isPercent(s string, end int) bool {
	rest := strings.TrimLeft(s[end:], " \u00a0")
	return strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, "percent") || strings.HasPrefix(rest, "процент") || strings.HasPrefix(rest, "пайыз")
}

func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// scaleDigits multiplies the number written by tok's digits by a random
// factor and writes the result back into the same shape; the result keeps
// the digit count (clamped to all nines), and percentages stay below 100.
func scaleDigits(rng *rand.Rand, tok string, percent bool) string {
	var digits []byte
	for i := 0; i < len(tok); i++ {
		if tok[i] >= '0' && tok[i] <= '9' {
			digits = append(digits, tok[i])
		}
	}
	if len(digits) > 15 {
		return tok
	}
	v, _ := strconv.ParseUint(string(digits), 10, 64)
	f := 0.8 + 0.45*rng.Float64()
	nv := uint64(float64(v)*f + 0.5)
	limit := uint64(1)
	for range digits {
		limit *= 10
	}
	if nv >= limit {
		nv = limit - 1
	}
	if nv < limit/10 && len(digits) > 1 {
		nv = limit / 10
	}
	if percent && nv > v && strings.IndexAny(tok, ".,") < 0 && v < 100 && nv >= 100 {
		nv = v
	}
	nd := strconv.FormatUint(nv, 10)
	for len(nd) < len(digits) {
		nd = "0" + nd
	}
	out := []byte(tok)
	k := 0
	for i := range out {
		if out[i] >= '0' && out[i] <= '9' {
			out[i] = nd[k]
			k++
		}
	}
	return string(out)
}

// newSurname makes a plausible surname of the given script by joining the
// start of one pool surname to the end of another.
func (p *pool) newSurname(rng *rand.Rand, sc string) string {
	names := p.surnames[sc]
	if len(names) < 2 {
		names = extraSurnames[sc]
	}
	a := []rune(names[rng.IntN(len(names))])
	b := []rune(names[rng.IntN(len(names))])
	cut := 2 + rng.IntN(max(1, len(a)-2))
	from := 1 + rng.IntN(max(1, len(b)-2))
	out := append([]rune{}, a[:min(cut, len(a))]...)
	for _, r := range b[min(from, len(b)-1):] {
		out = append(out, unicode.ToLower(r))
	}
	if len(out) < 4 {
		if sc == "cyrillic" {
			out = append(out, []rune("ов")...)
		} else {
			out = append(out, []rune("ov")...)
		}
	}
	if len(out) > 14 {
		out = out[:14]
	}
	return string(out)
}

// wrap hard-wraps a paragraph at width characters (PDF-extracted text keeps its
// line breaks and a trailing space on each line).
func wrap(p string, width int) string {
	if strings.Contains(p, "\n") {
		return p
	}
	var b strings.Builder
	lineLen := 0
	for i, w := range strings.Fields(p) {
		if i > 0 {
			if lineLen+1+utf8.RuneCountInString(w) > width {
				b.WriteString(" \n")
				lineLen = 0
			} else {
				b.WriteByte(' ')
				lineLen++
			}
		}
		b.WriteString(w)
		lineLen += utf8.RuneCountInString(w)
	}
	return b.String()
}
