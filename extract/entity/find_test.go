package entity

import (
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/nlp"
)

// wordRuneAt's inline two-byte Cyrillic agrees with decodeWordRune on every
// sequence it takes.
func TestWordRuneAtAsDecode(t *testing.T) {
	for c := 0xD0; c <= 0xD3; c++ {
		for c2 := 0x80; c2 <= 0xBF; c2++ {
			s := string([]byte{byte(c), byte(c2), 'x'})
			r, size, ok := wordRuneAt(s, 0, len(s))
			wr, wsize, wok := decodeWordRune(s, 0)
			if r != wr || size != wsize || ok != wok {
				t.Errorf("% x: wordRuneAt = %U %d %v, decodeWordRune %U %d %v", s[:2], r, size, ok, wr, wsize, wok)
			}
		}
	}
}

// splitWords returns the words splitWordsSpec does, may bits included, on
// random mixes of ASCII, Cyrillic (its non-letters too), other scripts and
// broken UTF-8, read to a random end.
func TestSplitWordsAsSpec(t *testing.T) {
	g := MustLoad()
	pieces := []string{"a", "Z", "q", " ", ".", "-", "7", "\n", "А", "я", "Ё", "і", "Қ", "ң", "ә", "Ү", "\u0482", "\u0483", "\u0488", "\u0489", "Ӏ", "ӏ", "\u04ff",
		"č", "Ž", "ß", "中", "«", "»", "—", "\u00a0", "\xd0", "\xd2", "\xd3\x80", "\x80", "\xff", "Россия", "Қазақстан", "Kazakhstan", "UN", "ЕАЭО", "mig", "Ош", "миграция", "Ѣѣ", "џ", "\u047f", "’", "'", "ab", "Kyrgyz", "Koč", "x\u0301",
		"internationally", "Internationalization", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz", "@[`{_^"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
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
		checkSplit(t, g, text, from, to)
	}
}

// checkSplit compares splitWords with splitWordsSpec on text[from:to]: the
// same words, and mayStartWord on each the spec's may answer.
func checkSplit(t *testing.T, g *Gazetteer, text string, from, to int) {
	t.Helper()
	var mays []bool
	got, want := splitWords(nil, text, from, to), splitWordsSpec(nil, &mays, text, from, to, g)
	if !slices.Equal(got, want) {
		t.Fatalf("splitWords(%q, %d, %d) = %v, want %v", text, from, to, got, want)
	}
	for k := range got {
		if g.mayStartWord(&got[k]) != mays[k] {
			t.Fatalf("%q: mayStartWord %v, want %v", text[got[k].Start:got[k].End], !mays[k], mays[k])
		}
	}
}

// nonLetters8 agrees with asciiLetter for every byte in every lane, and
// splitWords with splitWordsSpec on runs of letters broken by that byte, at
// every end.
func TestNonLetters8(t *testing.T) {
	g := MustLoad()
	for lane := 0; lane < 8; lane++ {
		for c := 0; c < 256; c++ {
			b := []byte("ExampleLettersRunAbcdefgh")
			b[lane+1] = byte(c)
			want := uint64(0)
			for k := 0; k < 8; k++ {
				if !asciiLetter[b[k]] {
					want |= 0x80 << (8 * k)
				}
			}
			v := uint64(0)
			for k := 7; k >= 0; k-- {
				v = v<<8 | uint64(b[k])
			}
			if got := nonLetters8(v); got != want {
				t.Fatalf("nonLetters8(%q) = %#x, want %#x", b[:8], got, want)
			}
			for _, text := range []string{string(b), "Kyrgyz " + string(b)} {
				for to := 0; to <= len(text); to++ {
					checkSplit(t, g, text, 0, to)
				}
			}
		}
	}
}

// splitWordsSpec is splitWords as it was before cyrillic2 (the specification):
// it appends the words of text[from:to] to ws, and to mays their
// mayStart answers (g nil: false), computed from the runes read anyway.
// Only the first three runes are lower-cased: the rest of a word is
// skipped. The two-byte Cyrillic block (U+0400–U+04FF) is decoded inline.
func splitWordsSpec(ws []Word, mays *[]bool, text string, from, to int, g *Gazetteer) []Word {
	n := to
	for i := from; i < n; {
		c := text[i]
		r, size := rune(c|0x20), 1 // lower case, for an ASCII letter
		if c < utf8.RuneSelf {
			if !asciiLetter[c] {
				i++
				continue
			}
		} else {
			var ok bool
			if r, size, ok = wordRuneAt(text, i, n); !ok {
				i += size
				continue
			}
			r = nlp.LowerRune(r)
		}
		start := i
		var rs [3]rune
		k := 0
		ascii := 0 // the runes' asciiMay index while they are ASCII letters, else -1
		for {
			rs[k] = r
			k++
			if ascii >= 0 && r < utf8.RuneSelf {
				ascii = ascii*27 + int(r-'a'+1)
			} else {
				ascii = -1
			}
			i += size
			if k == 3 || i >= n {
				break
			}
			c := text[i]
			if c < utf8.RuneSelf {
				if !asciiLetter[c] {
					break
				}
				r, size = rune(c|0x20), 1
				continue
			}
			var ok bool
			if r, size, ok = wordRuneAt(text, i, n); !ok {
				break
			}
			r = nlp.LowerRune(r)
		}
		if k == 3 {
			// Past the runes mayStart reads: find the word's end.
			for i < n {
				c := text[i]
				if c < utf8.RuneSelf {
					if !asciiLetter[c] {
						break
					}
					i++
					continue
				}
				_, size, ok := wordRuneAt(text, i, n)
				if !ok {
					break
				}
				i += size
			}
		}
		var may bool
		switch {
		case g == nil:
		case ascii >= 0:
			for j := k; j < 3; j++ {
				ascii *= 27 // missing letters are 0
			}
			may = g.asciiMay[ascii/64]&(1<<(ascii%64)) != 0
		default:
			may = g.mayStartRunes(rs, k)
		}
		first := uint64(rs[2])<<42 | uint64(rs[0])<<21 | uint64(rs[1])
		ws = append(ws, Word{Start: start, End: i, first: first})
		*mays = append(*mays, may)
	}
	return ws
}

// wordRuneAt decodes the rune at text[i] (non-ASCII), reporting whether it
// can be part of a word, with two-byte Cyrillic inline (a letter but for
// ҂ and the enclosing marks); the sequence must end before n.
func wordRuneAt(text string, i, n int) (rune, int, bool) {
	if c := text[i]; c >= 0xD0 && c <= 0xD3 && i+1 < n && text[i+1]&0xC0 == 0x80 {
		r := rune(c&0x1F)<<6 | rune(text[i+1]&0x3F)
		return r, 2, r != 0x482 && r != 0x488 && r != 0x489
	}
	return decodeWordRune(text, i)
}

// TestFindKnownCache checks that the words a finder remembers (and their
// candidates) change no match: the seeds (twice, and in pieces, as claims reads
// them) with one pooled finder against a fresh finder per piece.
func TestFindKnownCache(t *testing.T) {
	g := MustLoad()
	paths, _ := filepath.Glob("../../seeds/*.txt")
	text := "from From FROM org ORG UN un Un ЕС ес ЕАЭО-ға ТМД-ның Kazakhstan kazakhstan KAZAKHSTAN Russia russia "
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text += string(data)
	}
	text += " " + text
	ws := g.AppendWords(nil, text, 0, len(text))
	total := 0
	for k := 0; k < len(ws); k += 40 {
		piece := ws[k:min(k+40, len(ws))]
		got := g.AppendFindWords(nil, text, piece)
		want := (&finder{}).find(nil, g, text, piece)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("words %d: %v, want %v", k, got, want)
		}
		total += len(got)
	}
	if total == 0 {
		t.Error("no matches")
	}
}

// matchAt answers at every word of the seeds (twice over, so that words
// recur in the known slots) as it does with the slots cleared before each
// call, that is from candidates' trie walk.
func TestKnownWordsAsWalk(t *testing.T) {
	g := MustLoad()
	paths, _ := filepath.Glob("../../seeds/*.txt")
	text := "from From FROM org ORG UN un Un ЕС ес ЕАЭО-ға ТМД-ның Kazakhstan kazakhstan KAZAKHSTAN Russia russia Republic of Kazakhstan "
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text += string(data)
	}
	text += " " + text
	ws := g.AppendWords(nil, text, 0, len(text))
	warm, cold := &finder{g: g, text: text, words: ws}, &finder{g: g, text: text, words: ws}
	hits, matches := 0, 0
	for i := range ws {
		if !g.mayStartWord(&ws[i]) {
			continue
		}
		if tok := text[ws[i].Start:ws[i].End]; len(tok) <= 23 {
			slot, _ := knownSlot(tok)
			if kw := &warm.known[slot]; int(kw.n) == len(tok) && string(kw.b[:kw.n]) == tok {
				hits++
			}
		}
		m, next, ok := warm.matchAtWord(i)
		clear(cold.known[:])
		wm, wnext, wok := cold.matchAtWord(i)
		if m != wm || next != wnext || ok != wok {
			t.Fatalf("word %d %q: %v %d %v, want %v %d %v", i, text[ws[i].Start:ws[i].End], m, next, ok, wm, wnext, wok)
		}
		if ok {
			matches++
		}
	}
	if hits == 0 || matches == 0 {
		t.Errorf("%d known words, %d matches", hits, matches)
	}
	t.Logf("%d known words, %d matches", hits, matches)
}

// matchAtWord is findFrom's reading of word i: no match when its
// candidates start no form, else matchAt's.
func (f *finder) matchAtWord(i int) (Match, int, bool) {
	firsts, starts := f.knownCandidates(i)
	if !starts {
		return Match{}, 0, false
	}
	return f.matchAt(i, firsts)
}

// AppendFindWordsNear, asked for the mentions near any word w (and before
// any stop), returns a run of those AppendFindWords returns over all the
// words that holds every one covering a word from w on: on texts whose
// long forms ("the Republic of Kazakhstan", Kazakh endings after a hyphen)
// start before w, and on the seeds.
func TestFindWordsNearAsFind(t *testing.T) {
	g := MustLoad()
	texts := []string{
		"Migrants from the Republic of Kazakhstan and the Kyrgyz Republic went to the Russian Federation, to the Republic of Korea and to the United Kingdom.",
		"The International Organization for Migration and the Commonwealth of Independent States. ЕАЭО-ға, ТМД-ның елдері. Қазақстан Республикасының азаматтары.",
		"Population migration in Kazakhstan. Republic of Uzbekistan. United. States. of America; Russia (Kazakhstan) UN-Women",
	}
	paths, _ := filepath.Glob("../../seeds/*.txt")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for ti, text := range texts {
		words := g.AppendWords(nil, text, 0, len(text))
		full := g.AppendFindWords(nil, text, words)
		step := 1
		if len(words) > 2000 {
			step = 7 // the seeds: a sample of the words
		}
		for w := 0; w < len(words); w += step {
			stop := min(len(words), w+1+w%13)
			lo := 0
			if w%3 == 0 {
				// lo a word the run starts at: the end of an earlier search.
				_, lo = g.AppendFindWordsNear(nil, text, words, 0, w/2, w/2)
				lo = min(lo, w)
			}
			got, next := g.AppendFindWordsNear(nil, text, words, lo, w, stop)
			// The mentions that start before words[stop] and end after
			// words[w] starts must all be there, in a run of full.
			var want []Match
			first := -1
			for k, m := range full {
				if m.Start < words[stop-1].End && m.End > words[w].Start {
					if first < 0 {
						first = k
					}
					want = append(want, m)
				}
			}
			if first >= 0 {
				k := slices.IndexFunc(full, func(m Match) bool { return len(got) > 0 && m.Start == got[0].Start })
				if k < 0 || !reflect.DeepEqual(got, full[k:k+len(got)]) || k > first || k+len(got) < first+len(want) {
					t.Fatalf("text %d, words %d..%d: got %v, want a run of the full search holding %v", ti, w, stop, got, want)
				}
			}
			if next < stop || next < len(words) && slices.ContainsFunc(full, func(m Match) bool { return m.Start < words[next].Start && m.End > words[next].Start }) {
				t.Fatalf("text %d, words %d..%d: next %d is inside a mention or before stop", ti, w, stop, next)
			}
		}
	}
}
