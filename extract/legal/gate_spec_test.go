package legal

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestMayHaveCandSpec checks mayHaveCand against the gate it replaces
// (mayHaveCandRef, which decodes only U+0400–U+047F in place and reads
// Cyrillic runs rune by rune) on seed paragraphs, on every form with its
// neighbours and on random texts of their runes.
func TestMayHaveCandSpec(t *testing.T) {
	lx := MustLoad()
	var texts []string
	_, docs := seedDocs(t)
	for _, d := range docs {
		for _, p := range d.Paragraphs {
			texts = append(texts, d.Text[p.Span.Start:p.Span.End])
		}
	}
	var forms []string
	for f := range lx.cands {
		forms = append(forms, f, strings.ToUpper(f), f+"а", "ә"+f, f+"x", f+" 2030")
	}
	texts = append(texts, forms...)
	// Runs of every length ending at every distance from the end of the
	// text: the eight-byte steps of the run loop and its byte tail.
	for _, f := range forms {
		for pad := range 10 {
			texts = append(texts, f+strings.Repeat(" ", pad), strings.Repeat("x", pad)+" "+f+"!"+strings.Repeat("9", pad))
		}
	}
	pieces := []string{" ", ".", "-", "’", "'", "2030", "1999", "a", "Ж", "ә", "Қ", "č", "Ž", "\u0660", "\u212a", "İ", "\xd0", "\xd0\x90\x80", "\xff", "ё", "Ѐ", "ѣ", "Ѣ", "\u0482", "\u0488", "конституцияның", "ҚАЗАҚСТАН", "Ӂӂ", "\u04ff", "\xd2\x82", "\xd3", "\xd1\xd1"}
	pieces = append(pieces, forms...)
	rnd := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for range 1 + rnd.Intn(6) {
			b.WriteString(pieces[rnd.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if _, got := lx.mayHaveCand(s); got != lx.mayHaveCandRef(s) {
			t.Errorf("mayHaveCand(%q) = %v, want %v", s, got, !got)
		}
	}
}

// TestCyrLower checks the table mayHaveCand reads four Cyrillic runes by
// against twoByte, on every rune of the block.
func TestCyrLower(t *testing.T) {
	for r := rune(0x400); r < 0x500; r++ {
		var b [8]byte
		utf8.EncodeRune(b[:], r)
		x := load64(string(b[:]), 0)
		if x&0xC0FC != 0x80D0 {
			t.Fatalf("%U: first bytes %#x", r, x&0xFFFF)
		}
		want := uint32(0)
		if tr := twoByte[r]; tr.word {
			want = uint32(tr.lower)
		}
		if got := cyrLower[cyrIndex(x)]; got != want {
			t.Errorf("%U: cyrLower %U, want %U", r, got, want)
		}
	}
}

// mayHaveCandRef is the former mayHaveCand.
func (lx *Lexicon) mayHaveCandRef(text string) bool {
	g := &lx.candGate
	if !g.runs {
		return true
	}
	policy := false // a policy word seen
	var buf [64]byte
	for i := 0; ; {
		// Skip to the next word byte or non-ASCII rune.
		for i < len(text) && text[i] < utf8.RuneSelf && alnumLower[text[i]] == 0 {
			i++
		}
		if i == len(text) {
			break
		}
		// Most runs are ASCII: find their end without hashing, and hash
		// only those whose length and ends a form has.
		start := i
		for i < len(text) && alnumLower[text[i]] != 0 {
			i++
		}
		if i == len(text) || text[i] < utf8.RuneSelf {
			n := i - start
			if n < g.minLen || n > g.maxLen {
				continue
			}
			e := endsKeyOf(alnumLower[text[start]], alnumLower[text[i-1]], n)
			if g.ends[e/64]&(1<<(e%64)) == 0 {
				continue
			}
			h := uint32(0)
			for _, c := range []byte(text[start:i]) {
				h = h*hashMul + uint32(alnumLower[c])
			}
			if h %= hashBits; g.hashes[h/64]&(1<<(h%64)) == 0 {
				continue
			}
			if tw, ok := lx.candRun(text[start:i], buf[:0]); ok {
				if !tw.policy {
					return true
				}
				policy = true
			}
			continue
		}
		// A run with non-ASCII runes: scan it again, hashing its runes as
		// lowerRune folds them (fold folds a run of such runes the same
		// way).
		i = start
		h, other := uint32(0), false
		for i < len(text) {
			c := text[i]
			if v := alnumLower[c]; v != 0 {
				h = h*hashMul + uint32(v)
				i++
				continue
			}
			if c < utf8.RuneSelf {
				break
			}
			if (c == 0xD0 || c == 0xD1) && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
				// U+0400–U+047F (Russian letters), decoded in place: all
				// word runes that lowerRune folds.
				r := rune(c&0x1F)<<6 | rune(text[i+1]&0x3F)
				h = h*hashMul + uint32(russianLower[r-0x400])
				i += 2
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				break
			}
			l, ok := lowerRune(r)
			other = other || !ok
			h = h*hashMul + uint32(l)
			i += n
		}
		if i == start {
			// A non-ASCII rune that is no word rune.
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
			continue
		}
		if h %= hashBits; !other && g.hashes[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		if tw, ok := lx.candRun(text[start:i], buf[:0]); ok {
			if !tw.policy {
				return true
			}
			policy = true
		}
	}
	return policy && mayHaveYear(text)
}

// TestMayHaveYearSpec checks mayHaveYear, which skips blocks of eight bytes
// without a digit, against the byte loop it replaces on random texts of
// digits, letters and other bytes.
func TestMayHaveYearSpec(t *testing.T) {
	pieces := []string{"1999", "2100", "2101", "1800", "1799", "20", "2", "0", "12345", " ", "-", "a", "Ж", "\xb0", "\xff", "abcdefgh", "        ", "/", ":"}
	rnd := rand.New(rand.NewSource(2))
	for range 50000 {
		var b strings.Builder
		for range 1 + rnd.Intn(12) {
			b.WriteString(pieces[rnd.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := mayHaveYear(s), mayHaveYearRef(s); got != want {
			t.Errorf("mayHaveYear(%q) = %v, want %v", s, got, want)
		}
	}
	// Every byte at every place of a block, before and after a year: a
	// digit the skip missed would cut the run.
	for c := range 256 {
		for k := range 17 {
			for _, s := range []string{
				strings.Repeat("x", k) + string([]byte{byte(c)}) + "2000",
				strings.Repeat("x", k) + "200" + string([]byte{byte(c)}),
				strings.Repeat("x", k) + string([]byte{byte(c)}) + "x2000",
			} {
				if got, want := mayHaveYear(s), mayHaveYearRef(s); got != want {
					t.Errorf("mayHaveYear(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}

// mayHaveYearRef is the former mayHaveYear.
func mayHaveYearRef(text string) bool {
	for i := 0; i < len(text); {
		if text[i]-'0' > 9 {
			i++
			continue
		}
		j := i
		for j < len(text) && text[j]-'0' <= 9 {
			j++
		}
		if j-i == 4 {
			y := int(text[i]-'0')*1000 + int(text[i+1]-'0')*100 + int(text[i+2]-'0')*10 + int(text[i+3]-'0')
			if y >= 1800 && y <= 2100 {
				return true
			}
		}
		i = j
	}
	return false
}
