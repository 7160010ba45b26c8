package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/claimgraph/claimgraph/nlp"
)

var mixedWord = regexp.MustCompile(`[\p{L}\p{M}]+`)

// normalizePiece applies the character-level normalization to one exact
// piece: NFC, soft hyphens and zero-width characters dropped, ligatures
// expanded, Latin/Cyrillic homoglyphs repaired inside mixed-script words.
// Non-breaking and narrow spaces are kept as they are: the number parser
// needs to tell "165 000" from two numbers.
func normalizePiece(p piece) []piece {
	if !p.exact {
		return []piece{p}
	}
	s := p.text
	clean := norm.NFC.IsNormalString(s)
	if clean {
		for _, c := range s {
			if nlp.Dropped(c) || nlp.Ligature(c) != "" || c == '\t' {
				clean = false
				break
			}
		}
	}
	if clean && !hasMixedScript(s) {
		return []piece{p}
	}
	if !norm.NFC.IsNormalString(s) {
		// Rare (decomposed accents): the whole piece maps to its start.
		s = norm.NFC.String(s)
		return []piece{{text: repairWords(s), orig: p.orig, n: p.n}}
	}
	var out []piece
	runStart := 0
	flush := func(end int) {
		if end > runStart {
			out = append(out, piece{text: s[runStart:end], orig: p.orig + runStart, n: end - runStart, exact: true})
		}
	}
	for i := 0; i < len(s); {
		c, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case nlp.Dropped(c):
			flush(i)
			out = append(out, piece{text: "", orig: p.orig + i, n: w})
			runStart = i + w
		case nlp.Ligature(c) != "":
			flush(i)
			out = append(out, piece{text: nlp.Ligature(c), orig: p.orig + i, n: w})
			runStart = i + w
		case c == '\t':
			flush(i)
			out = append(out, piece{text: " ", orig: p.orig + i, n: w})
			runStart = i + w
		}
		i += w
	}
	flush(len(s))
	// Homoglyph repair keeps byte lengths only when the swapped letters
	// have the same width (Latin 1 byte vs Cyrillic 2 bytes differ), so a
	// repaired word becomes a non-exact piece mapped to its start.
	var fixed []piece
	for _, q := range out {
		if !q.exact || !hasMixedScript(q.text) {
			fixed = append(fixed, q)
			continue
		}
		last := 0
		for _, m := range mixedWord.FindAllStringIndex(q.text, -1) {
			w := q.text[m[0]:m[1]]
			r, changed := nlp.RepairHomoglyphs(w)
			if !changed {
				continue
			}
			if m[0] > last {
				fixed = append(fixed, piece{text: q.text[last:m[0]], orig: q.orig + last, n: m[0] - last, exact: true})
			}
			fixed = append(fixed, piece{text: r, orig: q.orig + m[0], n: m[1] - m[0]})
			last = m[1]
		}
		if last < len(q.text) {
			fixed = append(fixed, piece{text: q.text[last:], orig: q.orig + last, n: len(q.text) - last, exact: true})
		}
	}
	return fixed
}

func repairWords(s string) string {
	return mixedWord.ReplaceAllStringFunc(s, func(w string) string {
		r, _ := nlp.RepairHomoglyphs(w)
		return r
	})
}

func hasMixedScript(s string) bool {
	var lat, cyr bool
	for _, c := range s {
		if c < 0x80 {
			if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
				lat = true
			}
			continue
		}
		if unicode.Is(unicode.Cyrillic, c) {
			cyr = true
		}
	}
	return lat && cyr
}

// vocabulary counts the words of a text (lower case; hyphenated words both
// whole and, when not at a line end, as written) so that dehyphenation can ask
// whether the document itself attests a joined or a hyphenated form.
type vocabulary map[string]int

var wordRe = regexp.MustCompile(`[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*-?`)

func buildVocabulary(lines []srcLine) vocabulary {
	v := vocabulary{}
	for _, l := range lines {
		if l.kind == lineBlank || l.kind == lineArtifact {
			continue
		}
		ws := wordRe.FindAllString(l.text, -1)
		for i, w := range ws {
			if strings.HasSuffix(w, "-") {
				if i == len(ws)-1 {
					continue // broken at the line end: not evidence
				}
				w = strings.TrimSuffix(w, "-")
			}
			v[strings.ToLower(w)]++
			if strings.Contains(w, "-") {
				for _, part := range strings.Split(w, "-") {
					v[" "+strings.ToLower(part)]++ // parts of compounds, kept apart
				}
			}
		}
	}
	return v
}

// joinHyphen decides whether a word broken at a line end ("халықт-" +
// "ағы") is joined ("халықтағы") or keeps its hyphen ("көші-" + "қон").
// The document's own vocabulary decides first, then the compound and word
// lists; an unattested break of two fragments that are not words themselves
// is a typesetter's hyphenation and is joined.
func joinHyphen(res *nlp.Resources, v vocabulary, left, right string) bool {
	if left == "" || right == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(right)
	l, _ := utf8.DecodeLastRuneInString(left)
	if !unicode.IsLetter(r) || !unicode.IsLetter(l) || unicode.IsUpper(r) {
		return false
	}
	hyph := strings.ToLower(left + "-" + right)
	joined := strings.ToLower(left + right)
	if res.IsCompound(hyph) || v[hyph] > 0 {
		return false
	}
	if v[joined] > 0 || res.IsWord(joined) {
		return true
	}
	// Both halves attested as words on their own (or as compound parts):
	// a compound the document happens to break at its hyphen.
	lw, rw := strings.ToLower(left), strings.ToLower(right)
	if (v[lw] > 0 || v[" "+lw] > 0) && (v[rw] > 0 || v[" "+rw] > 0) {
		return false
	}
	// Prefix attested by a longer word: "мигрант-" + "тардың" when the
	// document has "мигранттар".
	return true
}
