package claims

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/nlp"
)

// The runeTab answers agree with the functions they stand for, on every
// rune.
func TestRuneTab(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := isUpperRune(r), unicode.IsUpper(r); got != want {
			t.Fatalf("isUpperRune(%U) = %v, want %v", r, got, want)
		}
		if got, want := isWordRune(r), nlp.IsWordRune(r); got != want {
			t.Fatalf("isWordRune(%U) = %v, want %v", r, got, want)
		}
		if r >= utf8.RuneSelf {
			if got, want := isSpaceRune(r), unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2009'; got != want {
				t.Fatalf("isSpaceRune(%U) = %v, want %v", r, got, want)
			}
		}
	}
}

// tokenize returns the tokens tokenizeSpec does, on the seeds' sentences
// and on random mixes of scripts, spaces, digits, signs and broken UTF-8,
// read from and to random offsets.
func TestTokenizeAsSpec(t *testing.T) {
	check := func(text string, from, to int, lang string) {
		t.Helper()
		got := tokenize(nil, text, from, to, lang)
		want := tokenizeSpec(nil, text, from, to, lang)
		if len(got) != len(want) {
			t.Fatalf("tokenize(%q, %d, %d): %d tokens, want %d", text, from, to, len(got), len(want))
		}
		for k := range got {
			if got[k] != want[k] {
				t.Fatalf("tokenize(%q, %d, %d) token %d = %+v, want %+v", text, from, to, k, got[k], want[k])
			}
		}
	}
	for _, d := range seedDocs(t) {
		for _, s := range d.Sentences {
			check(d.Text, s.Span.Start, s.Span.End, s.Lang)
		}
	}
	pieces := []string{"a", "Z", "q", "H1", " ", ".", ",", "-", "−", "7", "2,5", "10 000", "1.618", "%", "\n", "\t", "А", "я", "Ё", "і", "І", "Қ", "ң", "ә", "Ә", "Ү", "Һ",
		"\u0482", "\u0483", "\u0488", "\u0489", "Ӏ", "ӏ", "\u04ff", "\u0500", "\u0530", "č", "Ž", "ß", "Σ", "ǅ", "中", "«", "»", "—", "\u00a0", "\u202f", "\u2009", "\u2028", "\u3000",
		"\xc2", "\xd0", "\xdf", "\xd3\x80", "\x80", "\xff", "\xc0\x80", "Россия", "ҚАЗАҚСТАН", "Kazakhstan", "UN", "ЕАЭО", "Ош",
		"ёпр", "Ѣѣ", "џ", "Ѡ", "Ѐ", "миграция"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 50000; n++ {
		var b []byte
		for k := rng.Intn(12); k >= 0; k-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		text := string(b)
		from, to := 0, len(text)
		if to > 0 && rng.Intn(3) == 0 {
			to = rng.Intn(to + 1)
		}
		if to > 0 && rng.Intn(4) == 0 {
			from = rng.Intn(to + 1)
		}
		check(text, from, to, []string{"en", "ru", "kk", "sl"}[rng.Intn(4)])
	}
}

// lowerASCII8 lowers every eight-byte ASCII word as a byte loop does, and
// appendLower agrees with toLower on random mixes at every alignment.
func TestLowerASCII8(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for n := 0; n < 200000; n++ {
		var b [8]byte
		for k := range b {
			b[k] = byte(rng.Intn(128))
			if n < 128 {
				b[k] = byte(n) // every byte in every lane
			}
		}
		var v uint64
		for k := range b {
			v |= uint64(b[k]) << (8 * k)
		}
		got := lowerASCII8(v)
		for k := range b {
			want := b[k]
			if 'A' <= want && want <= 'Z' {
				want += 'a' - 'A'
			}
			if byte(got>>(8*k)) != want {
				t.Fatalf("lowerASCII8(% x) byte %d = %#x, want %#x", b, k, byte(got>>(8*k)), want)
			}
		}
	}
	pieces := []string{"a", "Z", "@", "[", "`", "{", "\x7f", "\x00", " ", "Published 2023", "АБВ", "Ё", "Қ", "İ", "Ⱥ", "\xff", "\xd0", "č"}
	for n := 0; n < 20000; n++ {
		var b []byte
		for k := rng.Intn(20); k >= 0; k-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		s := string(b)
		if got, want := string(appendLower([]byte("x"), s)), "x"+toLower(s); got != want {
			t.Fatalf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

// isUpperRuneSpec is isUpperRune as it was before cyrCase.
func isUpperRuneSpec(r rune) bool {
	switch {
	case 'а' <= r && r <= 'я':
		return false
	case 'А' <= r && r <= 'Я':
		return true
	}
	return unicode.IsUpper(r)
}

// tokenizeSpec is tokenize as it was before its Cyrillic fast paths (the
// specification): it splits text[from:to] into tokens, appended to dst[:0] (a buffer
// reused from sentence to sentence); numerals are read with the separator
// conventions of lang. The lower-case forms of the words that need one are
// written to one buffer that becomes one string: a sentence costs one
// allocation for them, not one per capitalized word.
func tokenizeSpec(dst []token, text string, from, to int, lang string) []token {
	toks := dst[:0]
	space := true
	var lowArr [512]byte
	low := lowArr[:0]
	lowEnds := map[int]int{} // token -> where its lower-case form ends in low
	for i := from; i < to; {
		c := text[i]
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f' ||
			c >= utf8.RuneSelf && (unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2009'):
			space = true
			i += w
			continue
		case isDigit(c):
			n, size, ok := ParseNumber(text[i:to], lang)
			if !ok {
				size = digitRun(text[:to], i)
			}
			start := i
			// A minus sign written before the digits: "-12,300", "−1.4".
			if k := len(toks) - 1; k >= 0 && !space && isMinus(toks[k].text) && toks[k].space &&
				(k == 0 || toks[k-1].kind != tNum) {
				start = toks[k].start
				space = toks[k].space
				toks = toks[:k]
				n.Value, n.Low, n.High = -n.Value, -n.High, -n.Low
			}
			toks = append(toks, token{kind: tNum, start: start, end: i + size, text: text[start : i+size], lower: text[start : i+size], space: space, num: n})
			i += size
		case nlp.IsWordRune(r):
			j := i + w
			upper := 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf && isUpperRuneSpec(r)
			for j < to {
				c2 := text[j]
				if c2 < utf8.RuneSelf {
					if 'a' <= c2 && c2 <= 'z' || isDigit(c2) {
						j++
						continue
					}
					if 'A' <= c2 && c2 <= 'Z' {
						upper = true
						j++
						continue
					}
					break
				}
				r2, w2 := utf8.DecodeRuneInString(text[j:])
				if !nlp.IsWordRune(r2) {
					break
				}
				upper = upper || isUpperRuneSpec(r2)
				j += w2
			}
			s := text[i:j]
			t := token{kind: tWord, start: i, end: j, text: s, lower: s, space: space}
			if upper {
				// Lowered below, once the buffer is complete.
				for _, r := range s {
					low = utf8.AppendRune(low, nlp.LowerRune(r))
				}
				t.lower = ""
				lowEnds[len(toks)] = len(low)
			}
			toks = append(toks, t)
			i = j
		default:
			s := text[i : i+w]
			toks = append(toks, token{kind: tPunct, start: i, end: i + w, text: s, lower: s, space: space})
			i += w
		}
		space = false
	}
	if len(low) > 0 {
		ls, at := string(low), 0
		for k := range toks {
			if end, ok := lowEnds[k]; ok {
				toks[k].lower, at = ls[at:end], end
			}
		}
	}
	return toks
}

// langOK answers as its plain form does for every pair of the codes it meets.
func TestLangOK(t *testing.T) {
	codes := []string{"", "*", "und", "en", "ru", "kk", "sl", "e", "enx", "ne"}
	for _, pl := range codes {
		for _, lang := range codes {
			if got, want := langOK(pl, lang), pl == "*" || lang == "" || lang == "und" || pl == lang; got != want {
				t.Errorf("langOK(%q, %q) = %v, want %v", pl, lang, got, want)
			}
		}
	}
}

// The first three runes the gazetteer lowers for a word are those of the
// word lowerHash lowers (worthScanning filters and hashes from the first),
// on the seeds and on random mixes of scripts.
func TestFirstRunesAsLowerHash(t *testing.T) {
	g := lexicon(t).Gazetteer
	check := func(text string) {
		t.Helper()
		for _, w := range g.AppendWords(nil, text, 0, len(text)) {
			lw, _ := lowerHash(nil, text[w.Start:w.End])
			want, _ := firstThree(string(lw))
			g1, g2 := w.FirstRunes()
			if got := [3]rune{g1, g2, w.ThirdRune()}; got != want {
				t.Fatalf("%q: FirstRunes and ThirdRune %U, lowerHash's %U", text[w.Start:w.End], got, want)
			}
		}
	}
	for _, d := range seedDocs(t) {
		check(d.Text)
	}
	pieces := []string{"a", "Z", "İ", "Ⱥ", "ǅ", "Σ", "Ё", "Қ", "ә", "Č", "ß", "\u0301", "\u0483", " ", "-", "\xff", "\xd0", "7"}
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 20000; n++ {
		var b []byte
		for k := rng.Intn(8); k >= 0; k-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		check(string(b))
	}
}

// assign with a cache shared by all the seeds' sentences numbers every token
// as the map does.
func TestAssignCache(t *testing.T) {
	lx := lexicon(t)
	w := lx.words
	var c idCache
	for _, d := range seedDocs(t) {
		for _, s := range d.Sentences {
			toks := tokenize(nil, d.Text, s.Span.Start, s.Span.End, s.Lang)
			w.assign(toks, &c)
			for _, tk := range toks {
				if tk.kind == tNum || len(tk.lower) == 1 && tk.lower[0] < utf8.RuneSelf {
					continue
				}
				want := int32(-1)
				if n, ok := w.ids[tk.lower]; ok {
					want = n
				}
				if tk.wid != want {
					t.Fatalf("%q: wid %d, want %d", tk.lower, tk.wid, want)
				}
			}
		}
	}
}

// hasQuoteSpec is hasQuote as it was, one byte at a time (the
// specification).
func hasQuoteSpec(text string) bool {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '"':
			return true
		case 0xC2: // « »
			if i+1 < len(text) && (text[i+1] == 0xAB || text[i+1] == 0xBB) {
				return true
			}
		case 0xE2: // “ ” „
			if i+2 < len(text) && text[i+1] == 0x80 && text[i+2] >= 0x9C && text[i+2] <= 0x9E {
				return true
			}
		}
	}
	return false
}

// hasQuote answers as hasQuoteSpec on every string of up to five bytes
// from the marks' bytes and their neighbours, and on random longer ones.
func TestHasQuoteAsSpec(t *testing.T) {
	alphabet := []byte{'"', 0xC2, 0xAB, 0xBB, 0xAA, 0xE2, 0x80, 0x81, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F, 'a'}
	var rec func(b []byte)
	rec = func(b []byte) {
		if got, want := hasQuote(string(b)), hasQuoteSpec(string(b)); got != want {
			t.Fatalf("hasQuote(%q) = %v, want %v", b, got, want)
		}
		if len(b) == 5 {
			return
		}
		for _, c := range alphabet {
			rec(append(b, c))
		}
	}
	rec(nil)
	rng := rand.New(rand.NewSource(1))
	pieces := []string{"a", " ", "—", "’", "«", "»", "“", "”", "„", "\"", "Россия", "text of a sentence ", "\xe2\x80", "\xc2"}
	for n := 0; n < 20000; n++ {
		var b []byte
		for k := rng.Intn(40); k >= 0; k-- {
			if p := pieces[rng.Intn(len(pieces))]; p != "\"" || rng.Intn(8) == 0 {
				b = append(b, p...)
			}
		}
		if got, want := hasQuote(string(b)), hasQuoteSpec(string(b)); got != want {
			t.Fatalf("hasQuote(%q) = %v, want %v", b, got, want)
		}
	}
}

// mayStemFirstSpec is mayStemFirst as it was (the specification).
func mayStemFirstSpec(s *phraseSet, t *token, lang string) bool {
	if s.stemPairs == nil || lang == "en" && strings.Contains(t.lower, "ies") {
		return true
	}
	r1, r2 := firstPair(t.lower, sameRune)
	h, h1 := pairHash(r1, r2), pairHash(r1, 0)
	return s.stemPairs[h/64]&(1<<(h%64)) != 0 || s.stemPairs[h1/64]&(1<<(h1%64)) != 0
}

// mayStemFirst answers as mayStemFirstSpec for the cue groups on every
// token of the seeds and on random words, in the four languages.
func TestMayStemFirstAsSpec(t *testing.T) {
	lx := lexicon(t)
	var toks []token
	for _, d := range seedDocs(t) {
		for _, s := range d.Sentences {
			toks = append(toks, tokenize(nil, d.Text, s.Span.Start, s.Span.End, s.Lang)...)
		}
	}
	letters := []string{"a", "i", "e", "s", "m", "ies", "y", "ф", "а", "ә", "ž", "1", "'", "中"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(6); k >= 0; k-- {
			b.WriteString(letters[rng.Intn(len(letters))])
		}
		toks = append(toks, token{kind: tWord, lower: b.String()})
	}
	for _, set := range []*phraseSet{lx.groups, newPhraseSet(true, lx.stemmer)} {
		for i := range toks {
			for _, lang := range []string{"en", "ru", "kk", "sl", "und"} {
				if got, want := set.mayStemFirst(&toks[i], lang), mayStemFirstSpec(set, &toks[i], lang); got != want {
					t.Fatalf("mayStemFirst(%q, %s) = %v, want %v", toks[i].lower, lang, got, want)
				}
			}
		}
	}
}

// cueCache.first answers as mayStemFirst and the map on every word token of
// the seeds, in the four languages, with one cache shared throughout.
func TestCueCacheFirst(t *testing.T) {
	lx := lexicon(t)
	g := lx.groups
	var c cueCache
	hits := 0
	for _, d := range seedDocs(t) {
		for _, s := range d.Sentences {
			toks := tokenize(nil, d.Text, s.Span.Start, s.Span.End, s.Lang)
			for i := range toks {
				if toks[i].kind != tWord {
					continue
				}
				for _, lang := range []string{s.Lang, "en", "ru", "kk", "sl"} {
					var want []int32
					if g.mayStemFirst(&toks[i], lang) {
						want = g.byFirst[g.key(&toks[i], lang)]
					}
					e := &c[shapeHash(toks[i].lower)%uint32(len(c))]
					if e.ok && e.w == toks[i].lower && e.lang == lang {
						hits++
					}
					if got := c.first(g, &toks[i], lang); !slices.Equal(got, want) {
						t.Fatalf("first(%q, %s) = %v, want %v", toks[i].lower, lang, got, want)
					}
				}
			}
		}
	}
	if hits == 0 {
		t.Error("no cache hits")
	}
}

// cueHits reads the cue phrases of a numbered word from cueFirst: the
// same hits as through cueCache.first (tokens not numbered), on every
// sentence of the seeds in the four languages and one cueFirst has no slot
// for; and cueFirst holds, for every numbered word, what mayStemFirst and
// the map say.
func TestCueFirstTable(t *testing.T) {
	lx := lexicon(t)
	g := lx.groups
	for word, n := range lx.words.ids {
		tok := token{kind: tWord, text: word, lower: word}
		for k, lang := range cueLangs {
			var want, got []int32
			if g.mayStemFirst(&tok, lang) {
				want = g.byFirst[g.key(&tok, lang)]
			}
			if no := lx.cueFirst[n][k]; no > 0 {
				got = lx.cueLists[no-1]
			}
			if !slices.Equal(got, want) {
				t.Fatalf("cueFirst[%q][%s] = %v, want %v", word, lang, got, want)
			}
		}
	}
	var numbered, plain cueCache
	read := 0
	for _, d := range seedDocs(t) {
		for _, s := range d.Sentences {
			for _, lang := range []string{s.Lang, "en", "ru", "kk", "sl", "und"} {
				toks := tokenize(nil, d.Text, s.Span.Start, s.Span.End, lang)
				want := lx.cueHits(nil, toks, lang, &plain)
				lx.words.assign(toks, new(idCache))
				for i := range toks {
					if toks[i].wid > 0 && cueLangSlot(lang) >= 0 {
						read++
					}
				}
				if got := lx.cueHits(nil, toks, lang, &numbered); !slices.Equal(got, want) {
					t.Fatalf("%q (%s): cueHits = %v, want %v", d.Text[s.Span.Start:s.Span.End], lang, got, want)
				}
			}
		}
	}
	if read == 0 {
		t.Error("no numbered word read from cueFirst")
	}
}

// trimChunk trims as the strings.TrimLeft and TrimRight it stands for.
func TestTrimChunk(t *testing.T) {
	for _, s := range []string{"", "(", "((12))", "«2023»", "“1.5%”,", "[3–5].", "\"x\"", "(\xff12)", "12\xe2\x80", "a.b", ").;", "«»“”"} {
		if got, want := trimChunk(s), strings.TrimRight(strings.TrimLeft(s, "([\"“«"), ".,;:)]\"”»"); got != want {
			t.Errorf("trimChunk(%q) = %q, want %q", s, got, want)
		}
	}
}
