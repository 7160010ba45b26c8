package claims

import (
	"io/fs"
	"math/rand"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
)

// TestLexiconErrors checks that a faulty data line is reported with its
// file and line.
func TestLexiconErrors(t *testing.T) {
	lx := lexicon(t)
	read := func(name string) string {
		data, err := fs.ReadFile(dataFS, name)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	numbers, cues, inds := read("data/numbers.lex"), read("data/cues.lex"), read("data/indicators.lex")
	lines := func(s string) int { return strings.Count(s, "\n") }
	for _, tt := range []struct {
		file, add, want string
	}{
		{"numbers", "[cardinal]\nen | x | one\n", "data/numbers.lex:%d: bad value"},
		{"numbers", "[scale]\nen | thousand | 0.5 | k\n", "data/numbers.lex:%d: bad factor"},
		{"numbers", "[approx-before]\nroughly | en | about\n", "data/numbers.lex:%d: unknown approximation kind"},
		{"numbers", "[currency]\nUSD | xx | $\n", "data/numbers.lex:%d: unknown language"},
		{"numbers", "[planets]\nen | mars\n", "data/numbers.lex:%d: unknown section"},
		{"cues", "[hedge]\nen | p*\n", "data/cues.lex:%d: prefix"},
		{"indicators", "[indicator]\nmigrants | persons | migrant | | | 1\n", "data/indicators.lex:%d: indicator \"migrants\" is not an id"},
		{"indicators", "[indicator]\nother | litres | migrant | | | 1\n", "data/indicators.lex:%d: unknown unit"},
		{"indicators", "[indicator]\nother | count | nosuchgroup | | | 1\n", "data/indicators.lex:%d: unknown cue group"},
		{"indicators", "[group]\nremit | heavy | en | x\n", "data/indicators.lex:%d: bad weight"},
	} {
		files := map[string]string{"numbers": numbers, "cues": cues, "indicators": inds}
		line := lines(files[tt.file]) + 2 // the added entry follows its section header
		files[tt.file] += "\n" + tt.add
		fsys := fstest.MapFS{
			"data/numbers.lex":    {Data: []byte(files["numbers"])},
			"data/cues.lex":       {Data: []byte(files["cues"])},
			"data/indicators.lex": {Data: []byte(files["indicators"])},
		}
		_, err := loadFrom(fsys, lx.Gazetteer)
		want := strings.Replace(tt.want, "%d", strconv.Itoa(line+1), 1)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("adding %q to %s: error %v, want %q", tt.add, tt.file, err, want)
		}
	}
}

// TestRuneFastPaths checks the table-free answers of isUpperRune against
// the Unicode tables for every rune, and toLower and appendLower against
// strings.ToLower.
func TestRuneFastPaths(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isUpperRune(r), unicode.IsUpper(r); got != want {
			t.Fatalf("isUpperRune(%U) = %v, want %v", r, got, want)
		}
	}
	for _, s := range []string{"", "abc", "ABC Def", "Қазақстан ЕАЭО", "Ǆ İstanbul ΣΑΣ", "bad \xff\xfe UTF-8 Ж", "\xe2\x82", "A\uFFFDB", "Ё\xd0",
		"АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ абвгдеёжзийклмнопрстуфхцчшщъыьэюя ЀЏѐџ", "\xd0A\xd0\x90\xd0", cyrillicBlock()} {
		if got, want := toLower(s), strings.ToLower(s); got != want {
			t.Errorf("toLower(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(appendLower([]byte("x"), s)), "x"+toLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

// cyrillicBlock returns the runes runeTab answers for (U+0000–U+052F) and
// some after them.
func cyrillicBlock() string {
	var b strings.Builder
	for r := rune(0); r <= 0x540; r++ {
		b.WriteRune(r)
	}
	return b.String()
}

// TestLastField checks lastField against strings.Fields.
func TestLastField(t *testing.T) {
	for _, s := range []string{"", "  ", "to the", " in\u00a0the  UK ", "a\u2009b\tc\n", "bad\xff word", "x"} {
		var got []string
		for rest := s; ; {
			var w string
			if w, rest = lastField(rest); w == "" {
				break
			}
			got = append([]string{w}, got...)
		}
		if want := strings.Fields(s); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("lastField(%q) reads %q, want %q", s, got, want)
		}
	}
}

// TestSentenceWords checks that the words a sentence reads from the
// gazetteer's words of the whole text are those of the sentence alone.
func TestSentenceWords(t *testing.T) {
	lx := lexicon(t)
	for name, d := range seedDocs(t) {
		x := &extractor{d: d, lx: lx}
		x.findOutsideReferences()
		for _, s := range d.Sentences {
			got := x.sentenceWords(s.Span)
			want := lx.Gazetteer.AppendWords(nil, d.Text, s.Span.Start, s.Span.End)
			if !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
				t.Fatalf("%s: sentence %v: words %v, want %v", name, s.Span, got, want)
			}
		}
	}
}

// TestLowerHash checks lowerHash against unicode.ToLower and FNV-1a.
func TestLowerHash(t *testing.T) {
	for _, w := range []string{"", "a", "The", "МИГРАЦИЯ", "Migrациях", "ҚазақСТАН", "ЁЖ", "Ǆemal", "ab\xffc", "İstanbul"} {
		want := strings.Map(unicode.ToLower, w)
		h := uint32(2166136261)
		for i := 0; i < len(want); i++ {
			h = (h ^ uint32(want[i])) * 16777619
		}
		got, gh := lowerHash([]byte("x"), w)
		if string(got) != "x"+want || gh != h {
			t.Errorf("lowerHash(%q) = %q, %d; want %q, %d", w, got, gh, "x"+want, h)
		}
	}
}

// mayBeNext never rejects a text whose next token nextTokenIs takes, for
// every trigger word, at every place of random mixes of next words (any
// case), other words, spaces, digits and punctuation; and it rejects some.
func TestMayBeNextAsNextTokenIs(t *testing.T) {
	lx := lexicon(t)
	pieces := []string{" ", "  ", "\n", "\u00a0", "\t", "5", "12", ",", "-", "(", "«", "Republic", "migrants", "Ёлка", "İstanbul", "\u212a", "x", "s\u212aame", "SA", "s", "pr", "pre", "sé", "laSt"}
	for _, tw := range lx.triggerWords {
		for _, p := range tw.next {
			pieces = append(pieces, p.text, strings.ToUpper(p.text), strings.ToUpper(p.text[:1])+p.text[1:])
		}
	}
	rng := rand.New(rand.NewSource(1))
	rejected := 0
	for n := 0; n < 1500; n++ {
		var b strings.Builder
		for k := rng.Intn(6); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		text := b.String()
		for w, tw := range lx.triggerWords {
			for i := 0; i <= len(text); i++ {
				want := nextTokenIs(text, i, tw.next)
				if !tw.mayBeNext(text, i) {
					rejected++
					if want {
						t.Fatalf("%q: mayBeNext(%q, %d) false, nextTokenIs true", w, text, i)
					}
				}
			}
		}
	}
	if rejected == 0 {
		t.Error("mayBeNext rejected nothing")
	}
}

// lookupTrigger finds every trigger word (each lower case as lowerHash
// lowers it) by its lowerHash, and answers as the map on every word of the
// seeds.
func TestTriggerSlotsAsMap(t *testing.T) {
	lx := lexicon(t)
	for w, tw := range lx.triggerWords {
		lw, h := lowerHash(nil, w)
		if string(lw) != w {
			t.Fatalf("trigger %q lowers to %q", w, lw)
		}
		if got := lx.lookupTrigger(lw, h); got == nil || !reflect.DeepEqual(*got, tw) {
			t.Fatalf("lookupTrigger(%q) = %v, want %v", w, got, tw)
		}
	}
	for _, d := range seedDocs(t) {
		for _, w := range strings.FieldsFunc(d.Text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			lw, h := lowerHash(nil, w)
			tw, ok := lx.triggerWords[string(lw)]
			got := lx.lookupTrigger(lw, h)
			if ok != (got != nil) || ok && !reflect.DeepEqual(*got, tw) {
				t.Fatalf("lookupTrigger(%q) = %v, want %v %v", lw, got, tw, ok)
			}
		}
	}
}

// triggerVerdict, cached or not, answers as mayBeTrigger and liveTrigger on
// every word of the seeds, in its place.
func TestTriggerVerdict(t *testing.T) {
	lx := lexicon(t)
	var c triggerCache
	for _, d := range seedDocs(t) {
		clear(c[:])
		ws := lx.Gazetteer.AppendWords(nil, d.Text, 0, len(d.Text))
		for pass := 0; pass < 2; pass++ { // the second pass reads the cache
			for _, w := range ws {
				pair := pairHash(w.FirstRunes())
				word := d.Text[w.Start:w.End]
				lw, h := lowerHash(nil, word)
				want := lx.mayBeTrigger(lw, h, pair) && lx.liveTrigger(lw, h, d.Text, w.End)
				v, tw := lx.triggerVerdict(&c, word, pair)
				got := v == triggerLive || v == triggerNext && tw.liveBefore(d.Text, w.End)
				if got != want {
					t.Fatalf("%q at %d: verdict %d live %v, want %v", word, w.Start, v, got, want)
				}
				// worthScanning skips the verdict of a word that fails
				// mayStartTrigger: it must be triggerDead.
				if r1, r2 := w.FirstRunes(); !lx.mayStartTrigger(r1, r2, w.ThirdRune()) && v != triggerDead {
					t.Fatalf("%q at %d: verdict %d, but mayStartTrigger says no", word, w.Start, v)
				}
			}
		}
	}
}

// Every trigger, prefix and "krat" form, in either case and with endings,
// passes mayStartTrigger: the words triggerVerdict does not call dead are
// all among them, and worthScanning asks it only when mayStartTrigger says
// yes.
func TestMayStartTrigger(t *testing.T) {
	lx := lexicon(t)
	var stems []string
	for w := range lx.triggers {
		stems = append(stems, w, w+"krat")
	}
	for _, ps := range lx.triggerPrefixes {
		stems = append(stems, ps...)
	}
	var c triggerCache
	checked := 0
	for _, s := range stems {
		for _, text := range []string{s, strings.ToUpper(s), s + "s", s + "ов", s + "ами", s + "а", s + "x y"} {
			for _, w := range lx.Gazetteer.AppendWords(nil, text, 0, len(text)) {
				pair := pairHash(w.FirstRunes())
				v, _ := lx.triggerVerdict(&c, text[w.Start:w.End], pair)
				if r1, r2 := w.FirstRunes(); v != triggerDead && !lx.mayStartTrigger(r1, r2, w.ThirdRune()) {
					t.Fatalf("%q in %q: verdict %d, but mayStartTrigger says no", text[w.Start:w.End], text, v)
				}
				checked++
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d words checked", checked)
	}
}
