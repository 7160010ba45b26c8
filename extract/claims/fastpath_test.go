package claims

import (
	"cmp"
	"maps"
	"math/rand"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"unsafe"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// TestSortFuncMatchesSortSlice checks that extract's slices.SortFunc by
// cmpStart leaves spans in exactly sort.Slice's order, ties (equal starts,
// different ends) included: the caller's Exclude is sorted in place and
// later stages read it in that order.
func TestSortFuncMatchesSortSlice(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for trial := 0; trial < 2000; trial++ {
		n := rng.Intn(200)
		if trial%10 == 0 {
			n = rng.Intn(3000) // past pdqsort's small-slice insertion sort
		}
		spans := make([]doc.Span, n)
		for i := range spans {
			s := rng.Intn(1 + n/4) // many ties
			spans[i] = doc.Span{Start: s, End: s + rng.Intn(50)}
		}
		if trial%7 == 0 {
			// Mostly sorted input, as stages append their spans in order.
			sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
			for k := 0; k < n/20; k++ {
				i, j := rng.Intn(n), rng.Intn(n)
				spans[i], spans[j] = spans[j], spans[i]
			}
		}
		want := slices.Clone(spans)
		sort.Slice(want, func(i, j int) bool { return want[i].Start < want[j].Start })
		got := slices.Clone(spans)
		slices.SortFunc(got, cmpStart)
		if !slices.Equal(got, want) {
			t.Fatalf("trial %d (%d spans): slices.SortFunc order differs from sort.Slice", trial, n)
		}
	}
}

// TestLastPeriodNames checks that the proper names of the sentence that
// stated a period, read when the next sentence asks, are those the
// sentence's own scan finds (properNames), from the previous sentence's
// tokens and, when those are another sentence's, from the text again.
func TestLastPeriodNames(t *testing.T) {
	lx := lexicon(t)
	n := 0
	for name, d := range seedDocs(t) {
		x := &extractor{d: d, lx: lx, idc: new(idCache)}
		for k, s := range d.Sentences {
			lang := sentenceLang(d.Text[s.Span.Start:s.Span.End], s.Lang)
			toks := tokenize(nil, d.Text, s.Span.Start, s.Span.End, lang)
			want := (&scan{x: x, lx: lx, text: d.Text, span: s.Span, lang: lang, toks: toks}).properNames()
			x.lastPeriodSpan, x.lastPeriodLang = s.Span, lang
			sc := &scan{x: x, lx: lx, text: d.Text}
			// The next sentence's scan: the previous tokens are this one's.
			x.prevToks, x.prevToksSpan, x.prevToksLang, x.prevToksOK = toks, s.Span, lang, true
			if got := sc.lastPeriodNames(); !slices.Equal(got, want) {
				t.Fatalf("%s sentence %d: names %q, want %q", name, k, got, want)
			}
			// The previous tokens are another sentence's: read again.
			if k > 0 {
				prev := d.Sentences[k-1].Span
				x.prevToks = tokenize(nil, d.Text, prev.Start, prev.End, lang)
				x.prevToksSpan = prev
			} else {
				x.prevToksOK = false
			}
			if got := sc.lastPeriodNames(); !slices.Equal(got, want) {
				t.Fatalf("%s sentence %d: names read again %q, want %q", name, k, got, want)
			}
			n += len(want)
		}
	}
	if n == 0 {
		t.Fatal("no proper names in the seeds")
	}
}

// TestTokenizeLowerCache checks that tokens read through a document's cache
// of lower-case forms are those read without it, sentence after sentence
// (words seen before, words new to the cache, slots shared by two words).
func TestTokenizeLowerCache(t *testing.T) {
	mixed := "The IOM and The UN. THE Iom, the iom: ÇAĞ Çağ ÇAĞ. Kazakhstan KAZAKHSTAN Kazakhstan — Қазақстан ҚАЗАҚСТАН Қазақстан. İstanbul İSTANBUL ΣΟΦΟΣ Σοφος"
	type text struct {
		s     string
		spans []doc.Span
	}
	texts := []text{{mixed, []doc.Span{{Start: 0, End: len(mixed)}, {Start: 0, End: len(mixed)}, {Start: 4, End: len(mixed) - 3}}}}
	for _, d := range seedDocs(t) {
		tx := text{s: d.Text}
		for _, s := range d.Sentences {
			tx.spans = append(tx.spans, s.Span)
		}
		texts = append(texts, tx)
	}
	hits := 0
	for k, tx := range texts {
		var lc lowerCache
		var a, b []token
		for _, s := range tx.spans {
			a = tokenize(a, tx.s, s.Start, s.End, "en")
			b = tokenizeWith(b, tx.s, s.Start, s.End, "en", &lc)
			if !slices.Equal(a, b) {
				t.Fatalf("text %d span %v: tokens through the cache differ", k, s)
			}
			for i := range b {
				if b[i].lower != b[i].text && lc.entry(b[i].text).word == b[i].text {
					hits++
				}
			}
		}
	}
	if hits == 0 {
		t.Fatal("the cache was never read")
	}
}

// TestHasPartCue checks the one-pass search of the part-opening cues against
// a strings.Contains per cue, on the seeds' text between figures and on
// random strings built from the cues' pieces.
func TestHasPartCue(t *testing.T) {
	slow := func(s string) bool {
		for _, cue := range partCues {
			if strings.Contains(s, cue) {
				return true
			}
		}
		return false
	}
	var cases []string
	for _, d := range seedDocs(t) {
		for i := 0; i+300 < len(d.Text); i += 97 {
			cases = append(cases, toLower(d.Text[i:i+300]))
		}
	}
	rng := rand.New(rand.NewSource(2))
	pieces := []string{" ", ",", "of", "these", "th", "in", "including", "includ", "из", " них", "в том", " числе", "оның", " ішінде", "od", " teh", "x", "é", "\\xff"}
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for n := rng.Intn(12); n > 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	yes := 0
	for _, s := range cases {
		if got, want := hasPartCue([]byte(s)), slow(s); got != want {
			t.Fatalf("hasPartCue(%q) = %v, want %v", s, got, want)
		}
		if slow(s) {
			yes++
		}
	}
	if yes == 0 {
		t.Fatal("no case holds a cue")
	}
}

// TestCuedPartAsToLower checks cuedPart, which lowers the text between two
// figures in a stack buffer with appendLower, against hasPartCue on
// toLower of it (strings.Map past 256 bytes), on gaps of every length up
// to its 400-byte limit mixing cues, capitals, runes that change length
// when lowered and invalid UTF-8.
func TestCuedPartAsToLower(t *testing.T) {
	pieces := []string{" ", "INCLUDING", "Of These", "В ТОМ ЧИСЛЕ", "Из Них", "ОНЫҢ ІШІНДЕ", "VKLJUČNO", "Od Teh", "\u212aaz",
		"İ", "ẞ", "Ⱥ", "𐐀", "\xff", "\xe2\x82", "é", "Ж", "of", " the", "x", "13", ", "}
	rng := rand.New(rand.NewSource(7))
	yes := 0
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		size := rng.Intn(420)
		for b.Len() < size {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		gap := b.String()
		if got, want := string(appendLower(nil, gap)), toLower(gap); got != want {
			t.Fatalf("appendLower(%q) = %q, want %q", gap, got, want)
		}
		text := "41" + gap + "13"
		ck := &checker{d: &doc.Document{Text: text}, claims: []Claim{{Span: doc.Span{Start: 0, End: 2}}, {Span: doc.Span{Start: len(text) - 2, End: len(text)}}}}
		want := len(gap) > 0 && len(gap) <= 400 && hasPartCue([]byte(toLower(gap)))
		if got := ck.cuedPart(0, 1); got != want {
			t.Fatalf("cuedPart over %q = %v, want %v", gap, got, want)
		}
		if want {
			yes++
		}
	}
	if yes < 100 {
		t.Fatalf("only %d gaps with a cue", yes)
	}
}

// endingAtSpec is endingAt without its mayEnd test (the test oracle).
func endingAtSpec(s *phraseSet, toks []token, i int, lang string) (*phrase, int) {
	for n := s.maxLen; n >= 1; n-- {
		j := i - n + 1
		if j < 0 {
			continue
		}
		if p, m := s.at(toks, j, lang); p != nil && m == n {
			return p, n
		}
	}
	return nil, 0
}

// lexiconSets returns the phrase sets of lx (its *phraseSet fields).
func lexiconSets(lx *Lexicon) []*phraseSet {
	var sets []*phraseSet
	v := reflect.ValueOf(lx).Elem()
	for k := 0; k < v.NumField(); k++ {
		if f := v.Field(k); f.Type() == reflect.TypeOf((*phraseSet)(nil)) && !f.IsNil() {
			sets = append(sets, (*phraseSet)(unsafe.Pointer(f.Pointer())))
		}
	}
	return sets
}

// endingAt answers as the loop over every phrase length on every token of
// the seeds, numbered and not, for every phrase set (mayEnd does not read
// the language: two are enough).
func TestEndingAtAsSpec(t *testing.T) {
	lx := lexicon(t)
	sets := lexiconSets(lx)
	filtered, found := 0, 0
	for _, set := range sets {
		if set.endByWord {
			filtered++
		}
	}
	if len(sets) < 20 || filtered == 0 {
		t.Fatalf("%d sets, %d filtered", len(sets), filtered)
	}
	for _, d := range seedDocs(t) {
		for _, s := range d.Sentences {
			plain := tokenize(nil, d.Text, s.Span.Start, s.Span.End, s.Lang)
			numbered := tokenize(nil, d.Text, s.Span.Start, s.Span.End, s.Lang)
			lx.words.assign(numbered, new(idCache))
			for _, toks := range [][]token{plain, numbered} {
				for i := -1; i <= len(toks); i++ {
					for _, set := range sets {
						for _, lang := range []string{s.Lang, "en"} {
							p, n := set.endingAt(toks, i, lang)
							wp, wn := endingAtSpec(set, toks, i, lang)
							if p != wp || n != wn {
								t.Fatalf("endingAt(%q, %d) = %v, %d, want %v, %d", d.Text[s.Span.Start:s.Span.End], i, p, n, wp, wn)
							}
							if p != nil {
								found++
							}
						}
					}
				}
			}
		}
	}
	if found == 0 {
		t.Error("no phrase found")
	}
}

// A set absent from a sentence (by the union of sets bits assign returns)
// has no phrase at any of its tokens, for every phrase set and every seed
// sentence; and some sets are absent (the test would be void otherwise).
func TestAbsentSets(t *testing.T) {
	lx := lexicon(t)
	sets := lexiconSets(lx)
	absent := 0
	for _, d := range seedDocs(t) {
		for _, s := range d.Sentences {
			toks := tokenize(nil, d.Text, s.Span.Start, s.Span.End, s.Lang)
			sc := &scan{lx: lx, toks: toks, lang: s.Lang}
			sc.sets, sc.setsOK = lx.words.assign(toks, new(idCache)), true
			for _, set := range sets {
				if !sc.absent(set) {
					continue
				}
				absent++
				for i := range toks {
					for _, lang := range []string{s.Lang, "en"} {
						if p, n := set.at(toks, i, lang); p != nil {
							t.Fatalf("%q: set absent but a phrase of %d tokens at %d", d.Text[s.Span.Start:s.Span.End], n, i)
						}
					}
				}
			}
		}
	}
	if absent == 0 {
		t.Error("no set absent")
	}
}

// atWordSpec is atWord without its second-token test (the test oracle):
// every candidate phrase goes to matchesFrom.
func atWordSpec(s *phraseSet, toks []token, i int, lang string) (*phrase, int) {
	first := s.firstOf(&toks[i], lang)
	var pre []int32
	if len(s.byPrefix) > 0 && toks[i].kind == tWord {
		pre = s.prefixOf(&toks[i])
	}
	var best *phrase
	bestN := 0
	try := func(idx []int32, from int) {
		for _, pi := range idx {
			p := &s.phrases[pi]
			if len(p.toks) <= bestN || !langOK(p.lang, lang) || i+len(p.toks) > len(toks) {
				continue
			}
			if s.matchesFrom(p, toks, i, from, lang) {
				best, bestN = p, len(p.toks)
			}
		}
	}
	try(first, 1)
	try(pre, 0)
	return best, bestN
}

// atWord answers as atWordSpec on every token of the seeds, numbered and
// not, for every phrase set.
func TestAtWordAsSpec(t *testing.T) {
	lx := lexicon(t)
	sets := lexiconSets(lx)
	found := 0
	for _, d := range seedDocs(t) {
		for _, s := range d.Sentences {
			plain := tokenize(nil, d.Text, s.Span.Start, s.Span.End, s.Lang)
			numbered := tokenize(nil, d.Text, s.Span.Start, s.Span.End, s.Lang)
			lx.words.assign(numbered, new(idCache))
			for _, toks := range [][]token{plain, numbered} {
				for i := range toks {
					for _, set := range sets {
						p, n := set.atWord(toks, i, s.Lang)
						wp, wn := atWordSpec(set, toks, i, s.Lang)
						if p != wp || n != wn {
							t.Fatalf("atWord(%q, %d) = %v, %d, want %v, %d", d.Text[s.Span.Start:s.Span.End], i, p, n, wp, wn)
						}
						if n > 1 {
							found++
						}
					}
				}
			}
		}
	}
	if found == 0 {
		t.Error("no phrase of two tokens found")
	}
}

// TestMayStartTime checks the gate of findTimes: at every time trigger
// where mayStartTime is false, wordTime reads no time expression and
// changes no token, in every language, over the seeds, generated papers and
// sentences shaped around the gated words; and some triggers are gated.
func TestMayStartTime(t *testing.T) {
	lx := lexicon(t)
	docs := seedAndGeneratedDocs(t, 11, 20)
	docs = append(docs, buildDoc(t, "The same year, 5% left. In the previous year 10% did. A year ago, the whole period saw 300 arrivals. "+
		"The entire span of 2019–2021 and the first half of 2022, the 2,000 migrants; the. "+
		"В прошлом году 12% уехали. В 2020 году — 5%. Бірінші жартысында 2023 жылы 4%. Lani je 3% odšlo, to obdobje. The"))
	gated := 0
	for _, d := range docs {
		x := &extractor{d: d, lx: lx}
		for _, s := range d.Sentences {
			toks := tokenize(nil, d.Text, s.Span.Start, s.Span.End, s.Lang)
			lx.words.assign(toks, new(idCache))
			for _, lang := range []string{s.Lang, "en", "ru", "kk", "sl"} {
				sc := &scan{x: x, lx: lx, text: d.Text, span: s.Span, lang: lang, toks: toks}
				for i := range toks {
					if toks[i].kind != tWord || !lx.isTimeTrigger(&toks[i]) || sc.mayStartTime(i) {
						continue
					}
					gated++
					before := slices.Clone(toks)
					if e, ok := sc.wordTime(i); ok {
						t.Fatalf("%q token %d (%q, %s): gated, but wordTime reads %+v", d.Text[s.Span.Start:s.Span.End], i, toks[i].text, lang, e)
					}
					if !slices.Equal(toks, before) {
						t.Fatalf("%q token %d (%q, %s): gated, but wordTime changed the tokens", d.Text[s.Span.Start:s.Span.End], i, toks[i].text, lang)
					}
				}
			}
		}
	}
	if gated == 0 {
		t.Fatal("no time trigger gated")
	}
}

// TestParagraphOf checks paragraphOf against ParagraphIndex for offsets in
// text order (the sentences' starts and every offset), out of order, and
// for paragraphs whose ends do not ascend.
func TestParagraphOf(t *testing.T) {
	lx := lexicon(t)
	rng := rand.New(rand.NewSource(3))
	docs := slices.Collect(maps.Values(seedDocs(t)))
	shuffled := *docs[0]
	shuffled.Paragraphs = slices.Clone(shuffled.Paragraphs)
	rng.Shuffle(len(shuffled.Paragraphs), func(i, j int) {
		shuffled.Paragraphs[i], shuffled.Paragraphs[j] = shuffled.Paragraphs[j], shuffled.Paragraphs[i]
	})
	docs = append(docs, &shuffled, &doc.Document{Text: "no paragraphs"})
	for _, d := range docs {
		var starts, every, random []int
		for _, s := range d.Sentences {
			starts = append(starts, s.Span.Start)
		}
		for off := -1; off <= len(d.Text); off++ {
			every = append(every, off)
		}
		for k := 0; k < 500; k++ {
			random = append(random, rng.Intn(len(d.Text)+2)-1)
		}
		for _, offs := range [][]int{starts, every, random} {
			x := &extractor{d: d, lx: lx}
			x.paraSorted = slices.IsSortedFunc(d.Paragraphs, func(a, b doc.Paragraph) int { return cmp.Compare(a.Span.End, b.Span.End) })
			for _, off := range offs {
				if got, want := x.paragraphOf(off), d.ParagraphIndex(off); got != want {
					t.Fatalf("%d paragraphs, offset %d: paragraphOf %d, ParagraphIndex %d", len(d.Paragraphs), off, got, want)
				}
			}
		}
	}
}

// TestMayBeTriggerTok checks that a token mayBeTriggerTok turns away is no
// trigger (isTriggerTok), over the seeds' and generated papers' tokens,
// numbered and not, and "krat" forms; and that it turns most words away.
func TestMayBeTriggerTok(t *testing.T) {
	lx := lexicon(t)
	docs := seedAndGeneratedDocs(t, 13, 10)
	docs = append(docs, buildDoc(t, "Dvakrat več, trikrat manj, stokrat, petkrat; two thirds, a third, a dozen, hundreds of thousands, половина, миллионов, жүздеген."))
	words, turned := 0, 0
	for _, d := range docs {
		for _, s := range d.Sentences {
			toks := tokenize(nil, d.Text, s.Span.Start, s.Span.End, s.Lang)
			for _, numbered := range []bool{false, true} {
				if numbered {
					lx.words.assign(toks, new(idCache))
				}
				for i := range toks {
					if toks[i].kind != tWord {
						continue
					}
					words++
					if lx.mayBeTriggerTok(&toks[i]) {
						continue
					}
					turned++
					if lx.isTriggerTok(&toks[i]) {
						t.Fatalf("%q: turned away, but a trigger", toks[i].text)
					}
				}
			}
		}
	}
	if turned < words/3 {
		t.Fatalf("%d of %d words turned away", turned, words)
	}
}
