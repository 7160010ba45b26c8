package ingest

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/claimgraph/claimgraph/nlp"
)

// TestNormalizePieceMatchesSpec checks normalizePiece against
// normalizePieceSpec, its form before it resumed after the printable ASCII
// prefix, on the seeds' lines and random mixed-script texts.
func TestNormalizePieceMatchesSpec(t *testing.T) {
	var texts []string
	paths, _ := filepath.Glob(seedDir + "/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	parts := []string{" ", "a", "Migration ", "Х", "мигр", "ация ", "Кaзaқ", "рaбoта", "\t", "\x7f", "\x01", "\u00ad", "\u200b", "\ufeff",
		"ﬁ", "ﬀ", "é", "e\u0301", "и\u0306", "\u0483", "“", "—", "²", "½", "\u00a0", "č", "ǅ", "Ω", "中", "😀", "1999", ".", ",",
		"\xd0", "\xd1", "\xd0\xd0", "\xd1\xff", "\xd2\x80", "\xd3\x83", "\x80", "\xe2\x80", "Ѐ", "я", "ӯ", "миграциялық", "ПРОЦЕСС", "ѐѐѐѐѐ"}
	rng := rand.New(rand.NewSource(7))
	for k := 0; k < 50000; k++ {
		var b strings.Builder
		for n := rng.Intn(20); n >= 0; n-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		p := piece{text: s, orig: 17, n: len(s), exact: true}
		ps, chars := normalizePiece(p, nil)
		spec := normalizePieceSpec(p, nil)
		if got, want := fmt.Sprint(ps), fmt.Sprint(spec); got != want {
			t.Fatalf("normalizePiece(%q) = %s, want %s", s, got, want)
		}
		if n := charsSpec(spec); chars != n {
			t.Fatalf("normalizePiece(%q) counts %d characters, want %d", s, chars, n)
		}
	}
}

// normalizePieceSpec is normalizePiece before it skipped the printable
// ASCII prefix once.
func normalizePieceSpec(p piece, out []piece) []piece {
	if !p.exact {
		return append(out, p)
	}
	s := p.text
	// Fast path: ASCII without control characters, or text with nothing to do.
	if plainASCIISpec(s) {
		return append(out, p)
	}
	needs := false
	lat, cyr := false, false
	checkNFC := false
	for i := 0; i < len(s); {
		// Decoded as by range, two-byte runes (Latin, Cyrillic) in place;
		// the two commonest cases first, without the switch below.
		c := rune(s[i])
		switch {
		case c >= ' ' && c < 0x7F:
			lat = lat || c|0x20 >= 'a' && c|0x20 <= 'z'
			i++
			continue
		case (c == 0xD0 || c == 0xD1) && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			cyr = true // U+0400–U+047F: Cyrillic letters
			i += 2
			continue
		case c < utf8.RuneSelf:
			i++
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			c = (c&0x1F)<<6 | rune(s[i+1]&0x3F)
			i += 2
		default:
			var w int
			c, w = utf8.DecodeRuneInString(s[i:])
			i += w
		}
		switch {
		case c < ' ' || c == 0x7F:
			needs = true
		case c < 0x80:
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				lat = true
			}
		case c >= 0x400 && c <= 0x52F:
			cyr = true
			if c >= 0x483 && c <= 0x489 {
				checkNFC = true // Cyrillic combining marks
			}
		case c < 0x300:
			// Latin-1 and Latin Extended: precomposed, already NFC.
		case nlp.Dropped(c) || c >= 0xFB00 && c <= 0xFB06:
			needs = true
		case c >= 0x2010 && c <= 0x206F, c >= 0x20A0 && c <= 0x20CF:
			// General punctuation and currency signs: NFC.
		default:
			checkNFC = true
		}
	}
	if checkNFC && !norm.NFC.IsNormalString(s) {
		return normalizeNFC(p, out)
	}
	if !needs && !(lat && cyr) {
		return append(out, p)
	}
	runStart := 0
	flush := func(end int) {
		if end > runStart {
			out = append(out, piece{text: s[runStart:end], orig: p.orig + runStart, n: end - runStart, exact: true})
		}
	}
	for i := 0; i < len(s); {
		c, w := utf8.DecodeRuneInString(s[i:])
		// Mixed-script words are repaired letter by letter.
		if lat && cyr && isLatCyrLetter(c) {
			j := i
			for j < len(s) {
				d, dw := utf8.DecodeRuneInString(s[j:])
				if !isLetter(d) && !unicode.IsMark(d) {
					break
				}
				j += dw
			}
			if j == i {
				i += w // a Cyrillic sign or mark, not a letter
				continue
			}
			word := s[i:j]
			if fixed, changed := nlp.RepairHomoglyphs(word); changed {
				flush(i)
				out = appendRepaired(out, word, fixed, p.orig+i)
				runStart = j
			}
			i = j
			continue
		}
		var rep string
		switch {
		case nlp.Dropped(c):
			rep = ""
		case c >= 0xFB00 && c <= 0xFB06:
			rep = nlp.Ligature(c)
		case c < ' ' || c == 0x7F:
			rep = " "
		default:
			i += w
			continue
		}
		flush(i)
		out = append(out, piece{text: rep, orig: p.orig + i, n: w})
		runStart = i + w
		i += w
	}
	flush(len(s))
	return out
}
func plainASCIISpec(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		// A byte >= 0x80, < 0x20 (x - 0x20 borrows) or 0x7F (y zero).
		y := x ^ 0x7F*ones
		if (x|(x-0x20*ones)&^x|(y-ones)&^y)&highs != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c < ' ' || c == 0x7F {
			return false
		}
	}
	return true
}

// TestCyrillicIsNFC checks what scannedAs relies on to keep a text of ASCII
// and U+0400–U+04FF runes as it is: NFC leaves every such rune, and every
// pair of them, unchanged (no rune of the block composes with the one
// before it, the combining marks U+0483–U+0489 included).
func TestCyrillicIsNFC(t *testing.T) {
	var runes []rune
	for c := rune(0); c < utf8.RuneSelf; c++ {
		if c >= ' ' && c != 0x7F {
			runes = append(runes, c)
		}
	}
	for c := rune(0x400); c <= 0x4FF; c++ {
		runes = append(runes, c)
	}
	for _, a := range runes {
		for _, b := range runes {
			if s := string([]rune{a, b}); !norm.NFC.IsNormalString(s) {
				t.Fatalf("NFC changes %q (U+%04X U+%04X)", s, a, b)
			}
		}
	}
}
