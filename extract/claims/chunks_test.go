package claims

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// markChunksSpec is markChunks as it was before it read a chunk's end and
// kinds in one pass (the test oracle).
func (sc *scan) markChunksSpec() {
	toks := sc.toks
	phone := false
	for a := 0; a < len(toks); {
		b := a + 1
		for b < len(toks) && !toks[b].space {
			b++
		}
		hasNum, hasWord := false, false
		for k := a; k < b; k++ {
			switch toks[k].kind {
			case tNum:
				hasNum = true
			case tWord:
				hasWord = true
			}
		}
		if hasNum {
			chunk := trimChunk(sc.text[toks[a].start:toks[b-1].end])
			label := false
			switch {
			case phone && !hasWord:
				label = true
			case strings.HasPrefix(chunk, "+") && toks[a+1 : b][0].kind == tNum:
				label, phone = true, true
			case isURLLike(chunk):
				label = true
			case isIdentifier(chunk):
				label = true
			default:
				if p, ok := parseDateChunk(chunk); ok {
					label = true
					sc.times = append(sc.times, timeExpr{a: a, b: b, p: p})
					for k := a; k < b; k++ {
						toks[k].time = true
					}
				}
			}
			if label {
				for k := a; k < b; k++ {
					if toks[k].kind == tNum {
						toks[k].label = true
					}
				}
			}
		}
		if hasWord {
			phone = false
		}
		a = b
	}
}

// TestMarkChunks checks markChunks against markChunksSpec on the seeds'
// sentences and on chunks of every kind it labels: the same labels, time
// flags and time expressions.
func TestMarkChunks(t *testing.T) {
	lx := lexicon(t)
	texts := []string{
		"Call +7 701 555 12 34 or +7(727)2500 100, then 2 500 people came.",
		"Tel.: +386 1 2345 678 ext 12 and 45 more; +44 20 7946 0958 office 3 4",
		"See https://doi.org/10.1177/0197918320 and www.stat.gov.kz/2021 (12.5%).",
		"ORCID 0009-0008-1688-8071, ISSN 0353-6777, years 2019-2021, 12-15 May.",
		"On 12.03.2020 and 2020-03-12 and 03/12/2020, 1.5 million left; «12» (34).",
		"Write to a.b@mail.ru 5 times, +5 % and + 5 and +5a5.",
		"12 3 4 x 5 6,7 8.9 10-11 12/13 14:15 16a 17 b",
		"В 2019–2021 гг. (12.03.2020г.) выехали 5 000 человек; 0353-6777X, 2015-2024, 292-03-85.",
		"Phone: +7 (727) 250-01-00, fax +7 727 250 01 01; 3 000 left (45%).",
	}
	var spans [][2]int
	var owners []string
	for _, s := range texts {
		spans, owners = append(spans, [2]int{0, len(s)}), append(owners, s)
	}
	for _, d := range seedDocs(t) {
		for _, s := range d.Sentences {
			spans, owners = append(spans, [2]int{s.Span.Start, s.Span.End}), append(owners, d.Text)
		}
	}
	labels := 0
	for k, sp := range spans {
		text := owners[k]
		x := &extractor{d: &doc.Document{Text: text}, lx: lx}
		run := func(mark func(*scan)) *scan {
			sc := &scan{x: x, lx: lx, text: text, span: doc.Span{Start: sp[0], End: sp[1]}, lang: "en"}
			sc.toks = tokenize(nil, text, sp[0], sp[1], "en")
			mark(sc)
			return sc
		}
		got, want := run((*scan).markChunks), run((*scan).markChunksSpec)
		if !slices.Equal(got.toks, want.toks) || !slices.Equal(got.times, want.times) {
			t.Fatalf("%q: markChunks differs from markChunksSpec", text[sp[0]:sp[1]])
		}
		for _, tk := range got.toks {
			if tk.label {
				labels++
			}
		}
	}
	if labels == 0 {
		t.Fatal("no chunk labelled")
	}
}

// quotedSpec is quoted as it was before the hasQuote gate (the test
// oracle).
func (sc *scan) quotedSpec() []bool {
	in := make([]bool, len(sc.toks))
	open := false
	for k := range sc.toks {
		switch sc.toks[k].text {
		case "“", "«", "„":
			open = true
			continue
		case "”", "»":
			open = false
			continue
		case "\"":
			open = !open
			continue
		}
		in[k] = open
	}
	return in
}

// TestQuoted checks quoted against quotedSpec on the seeds' sentences and on
// each quotation mark, with one buffer shared throughout.
func TestQuoted(t *testing.T) {
	lx := lexicon(t)
	texts := []string{
		`The "Concept 2023–2027" of 12 May`, "«Программа» на 2020 год", "the „plan” for 2021", "“Kazakhstan 2050” and “2030”",
		"a « b » c", "no quotes here, 5 people", `unclosed " quote 12`, "x ” y “ z", "",
	}
	var spans [][2]int
	var owners []string
	for _, s := range texts {
		spans, owners = append(spans, [2]int{0, len(s)}), append(owners, s)
	}
	for _, d := range seedDocs(t) {
		for _, s := range d.Sentences {
			spans, owners = append(spans, [2]int{s.Span.Start, s.Span.End}), append(owners, d.Text)
		}
	}
	x := &extractor{lx: lx}
	inside := 0
	for k, sp := range spans {
		sc := &scan{x: x, lx: lx, text: owners[k]}
		sc.toks = tokenize(nil, owners[k], sp[0], sp[1], "en")
		want := sc.quotedSpec()
		if got := sc.quoted(); !slices.Equal(got, want) {
			t.Fatalf("%q: quoted %v, want %v", owners[k][sp[0]:sp[1]], got, want)
		}
		for _, q := range want {
			if q {
				inside++
			}
		}
	}
	if inside == 0 {
		t.Fatal("no token inside quotation marks")
	}
}

// unchangedByUpper answers as strings.ToUpper(s) == s on the seeds' words
// and on strings ToUpper rewrites in other ways: bad bytes, U+FFFD itself,
// title-case and special-case runes.
func TestUnchangedByUpper(t *testing.T) {
	words := []string{"", "TWO", "Two", "DVE", "ŠTEVILO", "Število", "ТРИ", "Три", "ҮШ", "үш", "A1", "\xff", "AB\xffC", "\ufffd", "A\ufffd", "ǅ", "Ǆ", "ß", "ẞ", "İ", "ı", "ΣΟΦΟΣ", "ς", "H2O", "K\u212a"}
	for _, d := range seedDocs(t) {
		for _, s := range d.Sentences {
			for _, tk := range tokenize(nil, d.Text, s.Span.Start, s.Span.End, s.Lang) {
				words = append(words, tk.text)
			}
		}
	}
	upper := 0
	for _, w := range words {
		want := strings.ToUpper(w) == w
		if got := unchangedByUpper(w); got != want {
			t.Fatalf("unchangedByUpper(%q) = %v, want %v", w, got, want)
		}
		if want {
			upper++
		}
	}
	if upper == 0 {
		t.Fatal("no word in capitals")
	}
}
