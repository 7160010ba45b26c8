package ingest

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// The fast paths of normalizePiece, markArtifacts' shape prefilter, the
// authorLine cache and the vocabulary's byte-level word scan are compared
// here with straightforward versions of them (normalizePieceSpec, and the
// ref* versions kept below), on the seeds, the fuzz corpus, tricky lines and
// mutations of them.

// fastPathTexts returns the texts the differential tests run on.
func fastPathTexts(t *testing.T) []string {
	t.Helper()
	var texts []string
	paths, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	fuzz, _ := filepath.Glob("testdata/fuzz/*/*")
	sort.Strings(paths)
	for _, p := range append(paths, fuzz...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if s, _, err := DecodeText(data); err == nil {
			texts = append(texts, s)
		} else {
			texts = append(texts, strings.ToValidUTF8(string(data), "\uFFFD"))
		}
	}
	if len(paths) == 0 {
		t.Fatal("no seeds")
	}
	tricky := []string{
		"", "a", "ж", "плain", "pаin", "Аңдатпа. Бұл зерттеуде халықт-\nағы көші-\nқон.\n",
		"e\u0301cole ко\u0301мпания", "ко\u0483ль \u0489", "\u00ADsoft\u00ADhy-\nphen", "non\u00A0breaking\u202Fnarrow\u2009thin",
		"\uFEFFbom at start", "tab\there\x01ctl\x7f", "CRLF line\r\nnext\r\n", "ﬁnance ﬀ ﬃ", "zero\u200Bwidth\u2060joiner",
		"mixed Cyrilliс and Latin оn one line", "ӘҒҚҢӨҰҮҺІ әғқңөұүһі ҂ Ҁҁ", "Қазақстан Республикасының 2024 жылғы",
		"“Quoted” — dash ‘single’ … ellipsis", "12345678 abcdefgh ABCDEFGH !@#$%^&* []{}()", "中文 日本語 한국어 𝑥𝑦",
		"\u0085next line\u2028line sep\u3000ideographic", "ÅØÆ åøæ ČŠŽ čšž", "Токмеилова М., Асхат Г., Әйтімбет Л. І.",
		"*Tokmeilova M.1, Askhat G.2, Aitimbet L.3", "267", "- 12 -", "Page 3 of 10", "стр. 5",
	}
	texts = append(texts, tricky...)
	// Mutations: tricky characters inserted into the seeds' lines.
	inserts := []string{"\r", "\u00A0", "\u00AD", "\uFEFF", "\u0301", "\u0483", "\t", "\x01", "\uFB01", "\u200B", "ә", "а", "a", "о", "o", "С", "C", "\u202F", "…", "-", "\u0482", "𝑥", "\u2028"}
	r := rand.New(rand.NewPCG(1, 2))
	for k := 0; k < 400; k++ {
		s := texts[r.IntN(len(paths))]
		a := r.IntN(len(s))
		b := min(len(s), a+r.IntN(600))
		piece := []byte(s[a:b])
		for m := r.IntN(6); m >= 0; m-- {
			at := r.IntN(len(piece) + 1)
			piece = append(piece[:at], append([]byte(inserts[r.IntN(len(inserts))]), piece[at:]...)...)
		}
		texts = append(texts, strings.ToValidUTF8(string(piece), "\uFFFD"))
	}
	return texts
}

func TestNormalizePieceMatchesReference(t *testing.T) {
	for _, text := range fastPathTexts(t) {
		for _, line := range append(strings.Split(text, "\n"), text) {
			p := piece{text: line, orig: 7, n: len(line), exact: true}
			got, chars := normalizePiece(p, nil)
			want := normalizePieceSpec(p, nil)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("normalizePiece(%q):\n got  %+v\n want %+v", line, got, want)
			}
			if n := charsSpec(want); chars != n {
				t.Fatalf("normalizePiece(%q) counts %d characters, want %d", line, chars, n)
			}
			// A piece that stands for other bytes (a joining space) is
			// written as it is, plain or not.
			if plainASCIIPrefix(line) == len(line) {
				q := piece{text: line, orig: 7, n: 1}
				want, wantN := normalizePiece(q, nil)
				q.plain, q.kept = true, true
				got, gotN := normalizePiece(q, nil)
				if want[0].plain, want[0].kept = true, true; !reflect.DeepEqual(got, want) || gotN != wantN {
					t.Fatalf("normalizePiece(%q) of a plain replacement: %+v, %d, want %+v, %d", line, got, gotN, want, wantN)
				}
			}
			// A line that cleanInline's scan finds printable ASCII, or
			// of runes that normalization keeps, is passed on as plain or
			// kept, and normalized without being looked at: the spec
			// must leave it as it is.
			if first, seen := triggerFrom(line, 0); first == len(line) {
				p.plain, p.kept = scannedAs(seen)
				if !p.kept {
					continue
				}
				got, chars := normalizePiece(p, nil)
				want := []piece{p}
				if spec := normalizePieceSpec(piece{text: line, orig: 7, n: len(line), exact: true}, nil); len(spec) != 1 || spec[0] != (piece{text: line, orig: 7, n: len(line), exact: true}) {
					t.Fatalf("normalizePiece(%q) of a kept piece (plain %v): the spec changes it to %+v", line, p.plain, spec)
				}
				if !reflect.DeepEqual(got, want) || chars != charsSpec(want) {
					t.Fatalf("normalizePiece(%q) of a kept piece (plain %v):\n got  %+v, %d\n want %+v, %d", line, p.plain, got, chars, want, charsSpec(want))
				}
			}
		}
	}
}

// charsSpec is runeCountValid of the pieces' text, as a spec: the bytes
// that do not continue a rune.
func charsSpec(ps []piece) int {
	n := 0
	for _, q := range ps {
		for i := 0; i < len(q.text); i++ {
			if q.text[i]&0xC0 != 0x80 {
				n++
			}
		}
	}
	return n
}

// builtVocabulary is the vocabulary's word counts, as refVocabulary gives
// them.
func builtVocabulary(lines []srcLine) map[string]int32 {
	v := newVocabulary(lines)
	v.build()
	got := map[string]int32{}
	for w, n := range v.count {
		got[w] = *n
	}
	return got
}

func TestVocabularyMatchesReference(t *testing.T) {
	for _, text := range fastPathTexts(t) {
		lines, _ := splitLines(text, nil, strings.Contains(text, "\f"))
		got := builtVocabulary(lines)
		if want := refVocabulary(lines); !reflect.DeepEqual(got, want) {
			t.Fatalf("vocabulary of %.80q: %d words, want %d", text, len(got), len(want))
		}
	}
}

// TestVocabularyGeneratedMatchesReference compares the vocabulary with
// refVocabulary on generated documents dense in what its word scan
// decides on: breaks after one-letter fragments (keys without a second
// letter), lines after a break whose first words are not counted,
// compounds, marks, signs, digits and punctuation next to words, and
// words of every case sharing their first two letters with the breaks'.
func TestVocabularyGeneratedMatchesReference(t *testing.T) {
	words := []string{
		"а", "ә", "б", "қ", "x", "A", "Ә", "Қ", "халықт", "Халық", "ХАЛЫҚ", "халықтың", "ағы", "Ағы", "көші", "қон", "көші-қон",
		"миграцион", "ная", "миграционной", "labour", "market", "labour-market", "Inter", "national", "INTERNATIONAL",
		"ко\u0483ль", "\u0483ль", "а\u0301б", "ҚАЗАҚ", "қазақ", "Қазақстан", "және", "мен", "the", "of",
		"ǅemal", "Ǆ", "İstanbul", "Kelvin", "\u212Aelvin", "ﬁnance", "сөз»", "«сөз", "сөз–сөз", "2024ж", "№5", "т.б.",
		"ab-", "-cd", "a-b-c", "қ-", "-қ", "\u0482", "҂сөз", "сөз\u00A0сөз", "𝑥y", "日本",
	}
	seps := []string{" ", " ", " ", ", ", ". ", " (", ") ", " – ", "\t", "  ", "-", " 12 ", "; "}
	r := rand.New(rand.NewPCG(3, 4))
	for doc := 0; doc < 3000; doc++ {
		var b strings.Builder
		for line := r.IntN(12); line >= 0; line-- {
			for w := r.IntN(8); w >= 0; w-- {
				b.WriteString(words[r.IntN(len(words))])
				if w > 0 {
					b.WriteString(seps[r.IntN(len(seps))])
				}
			}
			switch r.IntN(5) {
			case 0, 1:
				b.WriteString("-") // a break
			case 2:
				b.WriteString("- ")
			case 3:
				b.WriteString("\n") // a blank line
			}
			b.WriteString("\n")
		}
		text := b.String()
		lines, _ := splitLines(text, nil, strings.Contains(text, "\f"))
		got := builtVocabulary(lines)
		if want := refVocabulary(lines); !reflect.DeepEqual(got, want) {
			t.Fatalf("vocabulary of %q:\n got  %v\n want %v", text, got, want)
		}
	}
}

func TestMarkArtifactsMatchesReference(t *testing.T) {
	in := testIngester(t)
	isHeading := func(s string) bool { return in.headingKind(s) != "" }
	for _, text := range fastPathTexts(t) {
		for _, pages := range []int{0, 3} {
			var starts []int
			if pages > 0 {
				for k := 0; k < pages; k++ {
					starts = append(starts, len(text)*k/pages)
				}
			}
			a, _ := splitLines(text, starts, strings.Contains(text, "\f"))
			b, _ := splitLines(text, starts, strings.Contains(text, "\f"))
			got, want := markArtifacts(a, len(starts), isHeading), refMarkArtifacts(b, len(starts), isHeading)
			for i := range a {
				a[i].runes = 0 // the rune-count cache (TestTrimRunesCache)
			}
			if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(a, b) {
				t.Fatalf("markArtifacts of %.80q (%d pages) differs from the reference", text, pages)
			}
		}
	}
}

// lineStartsSpec is the source map's line starts as Finish once found them
// itself: 0 and each offset after a line feed (form feeds start no line).
func lineStartsSpec(orig string) []int32 {
	starts := []int32{0}
	for i := 0; i < len(orig); i++ {
		if orig[i] == '\n' {
			starts = append(starts, int32(i+1))
		}
	}
	return starts
}

// TestSplitLinesLineStarts checks the line starts splitLines finds for the
// source map against lineStartsSpec, with and without form feeds.
func TestSplitLinesLineStarts(t *testing.T) {
	texts := append(fastPathTexts(t), "\n", "\n\n", "a\fb", "a\f\nb\n", "page one\n\fpage two\f\n\f", "\f", "x\r\n\fy\r\n", "end\n\f")
	for _, text := range texts {
		for _, ff := range []string{"", "\f"} {
			text := text + ff
			if _, got := splitLines(text, nil, strings.Contains(text, "\f")); !reflect.DeepEqual(got, lineStartsSpec(text)) {
				t.Fatalf("splitLines(%.80q) line starts %v, want %v", text, got, lineStartsSpec(text))
			}
		}
	}
}

func TestTrimRunesCache(t *testing.T) {
	for _, text := range fastPathTexts(t) {
		lines, _ := splitLines(text, nil, strings.Contains(text, "\f"))
		for i := range lines {
			for k := 0; k < 2; k++ { // asked twice: counted, then cached
				if got, want := trimRunes(&lines[i]), utf8.RuneCountInString(lines[i].trim); got != want {
					t.Fatalf("trimRunes(%q) = %d, want %d", lines[i].trim, got, want)
				}
				// headingLine's count of the line without its marks.
				h := strings.Trim(lines[i].trim, "*_#")
				if got, want := trimRunes(&lines[i])-(len(lines[i].trim)-len(h)), utf8.RuneCountInString(h); got != want {
					t.Fatalf("runes of %q from trimRunes = %d, want %d", h, got, want)
				}
			}
		}
	}
}

func TestAuthorLineCache(t *testing.T) {
	for _, text := range fastPathTexts(t) {
		lines, _ := splitLines(text, nil, strings.Contains(text, "\f"))
		for i := range lines {
			for k := 0; k < 2; k++ { // asked twice: computed, then cached
				if got, want := isAuthorLine(&lines[i]), authorLine(lines[i].trim); got != want {
					t.Fatalf("isAuthorLine(%q) = %v, want %v", lines[i].trim, got, want)
				}
			}
		}
	}
}

// refVocabulary is vocabulary.build decoding every rune with
// utf8.DecodeRuneInString and lowering it with lower.
func refVocabulary(lines []srcLine) map[string]int32 {
	v := newVocabulary(lines)
	v.collectKeys()
	count := map[string]int32{}
	if len(v.keys) == 0 {
		return count
	}
	var first [64]bool
	for k := range v.keys {
		first[uint32(k>>32)&63] = true
	}
	var buf []byte
	prevBroken := false
	for _, l := range lines {
		if l.kind == lineBlank || l.kind == lineArtifact || l.kind == lineRule {
			continue
		}
		t := l.text
		skipFirst := prevBroken
		tt := trimLineEnd(t)
		prevBroken = strings.HasSuffix(tt, "-") && isLetterEnd(tt)
		for i := 0; i < len(t); {
			c, cw := utf8.DecodeRuneInString(t[i:])
			if !isLetter(c) {
				i += cw
				continue
			}
			match := first[lower(c)&63]
			if match {
				second := rune(0)
				if i+cw < len(t) {
					second, _ = utf8.DecodeRuneInString(t[i+cw:])
				}
				if !isLetter(second) {
					second = 0
				}
				match = v.hasKey(prefixKey(c, second)) || v.hasKey(prefixKey(c, 0))
			}
			if !match {
				i = skipWord(t, i+cw)
				skipFirst = false
				continue
			}
			buf = buf[:0]
			hyphens := 0
			j := i
			for j < len(t) {
				d, dw := utf8.DecodeRuneInString(t[j:])
				if isLetter(d) || d >= utf8.RuneSelf && unicode.IsMark(d) {
					buf = utf8.AppendRune(buf, lower(d))
					j += dw
					continue
				}
				if d == '-' && j+1 < len(t) {
					e, _ := utf8.DecodeRuneInString(t[j+1:])
					if isLetter(e) {
						buf = append(buf, '-')
						hyphens++
						j++
						continue
					}
				}
				break
			}
			i = j
			if j < len(t) && t[j] == '-' && trimSpace(t[j+1:]) == "" {
				continue
			}
			if skipFirst {
				skipFirst = false
				continue
			}
			count[string(buf)]++
			if hyphens > 0 {
				for _, part := range strings.Split(string(buf), "-") {
					count[" "+part]++
				}
			}
		}
	}
	return count
}

// refMarkArtifacts is markArtifacts before the shape prefilter (the base
// commit's code).
func refMarkArtifacts(lines []srcLine, pages int, isHeading func(string) bool) artifacts {
	a := artifacts{printed: map[int]string{}}
	if pages > 1 {
		byPage := make([][]int, pages)
		for i, l := range lines {
			if l.kind != lineBlank && l.page < pages {
				byPage[l.page] = append(byPage[l.page], i)
			}
		}
		edgeCount := map[string]int{}
		edges := func(ix []int) []int {
			if len(ix) <= 6 {
				return ix
			}
			return append(append([]int{}, ix[:3]...), ix[len(ix)-3:]...)
		}
		for _, ix := range byPage {
			seen := map[string]bool{}
			for _, i := range edges(ix) {
				k := shapeKey(lines[i].text)
				if !seen[k] {
					edgeCount[k]++
					seen[k] = true
				}
			}
		}
		minPages := pages / 4
		if minPages < 2 {
			minPages = 2
		}
		for p, ix := range byPage {
			for _, i := range edges(ix) {
				t := lines[i].trim
				if n := pageNumber(t); n != "" {
					lines[i].kind = lineArtifact
					a.printed[p] = n
					continue
				}
				if edgeCount[shapeKey(t)] >= minPages && runeCount(t) <= 120 && !isHeading(t) {
					lines[i].kind = lineArtifact
				}
			}
		}
		return a
	}
	// Text without page boundaries. Only a line next to a blank line can
	// be removed, and only when its text repeats: the texts of those lines
	// are counted, over every line short enough to repeat, the others not.
	// A bit set of the candidates' shapes (length, first and last byte)
	// spares most lines a map lookup.
	halfIsolated := func(i int) bool {
		return i == 0 || lines[i-1].kind == lineBlank || i+1 >= len(lines) || lines[i+1].kind == lineBlank
	}
	isolated := func(i int) bool {
		return (i == 0 || lines[i-1].kind == lineBlank) && (i+1 >= len(lines) || lines[i+1].kind == lineBlank)
	}
	var shapes [64]uint64
	shape := func(t string) uint {
		if t == "" {
			return 0
		}
		return (uint(len(t))*131 + uint(t[0])*31 + uint(t[len(t)-1])) & 4095
	}
	index := map[string]int32{}
	var counts []int32
	for i, l := range lines {
		if l.kind == lineText && len(l.text) <= 400 && halfIsolated(i) {
			t := l.trim
			if _, ok := index[t]; !ok {
				index[t] = int32(len(counts))
				counts = append(counts, 0)
				k := shape(t)
				shapes[k/64] |= 1 << (k % 64)
			}
		}
	}
	ids := make([]int32, len(lines)) // index of the line's count, or -1
	for i, l := range lines {
		ids[i] = -1
		if l.kind == lineText && len(l.text) <= 400 {
			t := l.trim
			if k := shape(t); shapes[k/64]&(1<<(k%64)) == 0 {
				continue
			}
			if id, ok := index[t]; ok {
				counts[id]++
				ids[i] = id
			}
		}
	}
	shortLine := func(t string) bool {
		return runeCount(t) <= 90 && fieldCount(t) <= 12 && !isHeading(t)
	}
	for i, l := range lines {
		if l.kind != lineText {
			continue
		}
		if ids[i] < 0 || counts[ids[i]] < 2 {
			continue
		}
		t := l.trim
		if !shortLine(t) || pageNumber(t) != "" {
			continue
		}
		// An author running head ("Токмеилова М., Асхат Г.") may be glued to
		// the text on one side; other repeated lines must stand alone.
		if isolated(i) && !endsSentence(t) && !isMarkupLine(t) || halfIsolated(i) && looksLikeNameList(t) {
			lines[i].kind = lineArtifact
		}
	}
	for i, l := range lines {
		if l.kind != lineText || !isolated(i) {
			continue
		}
		n := pageNumber(l.trim)
		if n == "" {
			continue
		}
		// A lone number counts as a page number only between two blocks of
		// text (not in a list of figures).
		prev, next := prevText(lines, i), nextText(lines, i)
		if prev < 0 || next < 0 || lines[prev].kind == lineText && isNumberLine(lines[prev].text) || lines[next].kind == lineText && isNumberLine(lines[next].text) {
			continue
		}
		lines[i].kind = lineArtifact
		for _, dir := range []int{-1, 1} {
			j := i
			for k := 0; k < 3; k++ {
				if dir < 0 {
					j = prevText(lines, j)
				} else {
					j = nextText(lines, j)
				}
				if j < 0 || lines[j].kind == lineArtifact {
					continue
				}
				if !isolated(j) || !shortLine(lines[j].trim) || lines[j].kind != lineText || endsSentence(lines[j].text) {
					break
				}
				lines[j].kind = lineArtifact
			}
		}
	}
	// Runs of removed lines are page breaks; a printed number belongs to the
	// page it heads (number last in its run, text after it) or ends.
	page := 0
	for i := 0; i < len(lines); {
		if lines[i].kind != lineArtifact {
			lines[i].page = page
			i++
			continue
		}
		j := i
		num, numLast := "", false
		for j < len(lines) && (lines[j].kind == lineArtifact || lines[j].kind == lineBlank) {
			if lines[j].kind == lineArtifact {
				if n := pageNumber(lines[j].trim); n != "" {
					num, numLast = n, true
				} else {
					numLast = false
				}
			}
			j++
		}
		atStart, atEnd := prevText(lines, i) < 0, j >= len(lines)
		switch {
		case atStart && !atEnd:
			// Heads above the first page's text.
			for k := i; k < j; k++ {
				lines[k].page = page
			}
			if num != "" {
				a.printed[page] = num
			}
		case atEnd:
			for k := i; k < j; k++ {
				lines[k].page = page
			}
			if num != "" {
				a.printed[page] = num
			}
		default:
			if num != "" && !numLast {
				a.printed[page] = num
			}
			page++
			a.breaks = append(a.breaks, j)
			for k := i; k < j; k++ {
				lines[k].page = page
			}
			if num != "" && numLast {
				a.printed[page] = num
			}
		}
		i = j
	}
	return a
}

// refNotHeadingShape is notHeadingShape counting letters and digits over
// every decoded rune.
func refNotHeadingShape(t string) bool {
	letters, digits := 0, 0
	for _, c := range t {
		switch {
		case isLetter(c):
			letters++
		case unicode.IsDigit(c):
			digits++
		}
	}
	if digits >= letters {
		return true
	}
	if i := strings.IndexByte(t, ':'); i > 0 {
		after := t[i+1:]
		hasLetter := false
		for _, c := range after {
			if isLetter(c) {
				hasLetter = true
				break
			}
		}
		if !hasLetter && trimSpace(after) != "" {
			return true
		}
	}
	if digits > 0 && strings.ContainsAny(t, "•|") {
		return true
	}
	return strings.Contains(t, "://") || strings.HasPrefix(strings.ToLower(t), "www.")
}

func TestNotHeadingShapeMatchesReference(t *testing.T) {
	extra := []string{"", "1", "a1", "ISSN 0353-6777", "COBISS: 1.01", "DOI: 10.1/x", "2024 • TWO", "١٢٣ abc", "ab ١٢٣٤", "WWW.x.kz", "Ⅻ Ⅳ x", "x|1",
		"\u04821", "\u0481\u04821", "ж\u0483\u04891", "\u048a1", "\u04ff\u04001", "Ѐ1", "ӿ 1", "ж\xd0", "\xd2\x82 1"}
	// Every rune of U+0400–U+04FF, as notHeadingShape tells them without
	// decoding, with a digit.
	for c := rune(0x400); c <= 0x4FF; c++ {
		extra = append(extra, string(c)+"1", "1"+string(c)+"2")
	}
	for _, text := range append(fastPathTexts(t), extra...) {
		for _, line := range append(strings.Split(text, "\n"), text) {
			if got, want := notHeadingShape(line), refNotHeadingShape(line); got != want {
				t.Fatalf("notHeadingShape(%q) = %v, want %v", line, got, want)
			}
		}
	}
}

// TestTextBlockMatchesCount checks textBlock's shortcuts against the rune
// count of the whole block.
func TestTextBlockMatchesCount(t *testing.T) {
	for _, text := range fastPathTexts(t) {
		text := text + "\n" + strings.Repeat("\xff", 300) + "\n"
		lines, _ := splitLines(text, nil, strings.Contains(text, "\f"))
		for n := range lines {
			for _, need := range []int{1, 40, 200, 1000} {
				size, j := 0, n
				for ; j < len(lines) && lines[j].kind == lineText; j++ {
					size += utf8.RuneCountInString(lines[j].text)
				}
				if gotJ, got := textBlock(lines, n, need); gotJ != j || got != (size >= need) {
					t.Fatalf("textBlock(%q…, %d) = %d, %v; want %d, %v", lines[n].text, need, gotJ, got, j, size >= need)
				}
			}
		}
	}
}

// refHeadingKind is headingKind with the key's words split by
// strings.Fields and the prefixes joined again.
func refHeadingKind(in *Ingester, t string) string {
	if len(t) > 240 || !in.mayBeHeading(t) {
		return ""
	}
	k := headingKey(t)
	if kind := in.headings[k]; kind != "" {
		return kind
	}
	words := strings.Fields(k)
	if len(words) > 6 || len(words) == 0 {
		return ""
	}
	for n := len(words) - 1; n >= 1; n-- {
		prefix := strings.Join(words[:n], " ")
		if kind := in.headings[prefix]; kind != "" && (n >= 2 || utf8.RuneCountInString(prefix) >= 7) {
			return kind
		}
	}
	for _, h := range in.byFirst[words[0]] {
		hw := strings.Count(h, " ") + 1
		if hw > len(words) {
			continue
		}
		prefix := strings.Join(words[:hw], " ")
		if strings.HasPrefix(prefix, h) && utf8.RuneCountInString(prefix)-utf8.RuneCountInString(h) <= 4 {
			return in.headings[h]
		}
	}
	return ""
}

// TestHeadingKindMatchesReference checks the prefixes read from the key's
// buffer against split and joined words: on the lexicon's headings with
// numbering, marks, extra words, inflections and odd spacing, and on the
// lines of the seed texts.
func TestHeadingKindMatchesReference(t *testing.T) {
	in := testIngester(t)
	var texts []string
	for k := range in.headings {
		texts = append(texts, k, strings.ToUpper(k), "2.1 "+k, "**"+k+":**", k+" of the survey", k+"ді", k+" a b c d e f",
			"IV. "+k+"\u00a0 and\tmore", strings.ReplaceAll(k, " ", "  \u2003"), k+strings.Repeat(" x", 5), k+strings.Repeat(" x", 6))
	}
	for _, text := range fastPathTexts(t) {
		texts = append(texts, strings.Split(text, "\n")...)
	}
	found := 0
	for _, s := range texts {
		got, want := in.headingKind(s), refHeadingKind(in, s)
		if got != want {
			t.Fatalf("headingKind(%q) = %q, want %q", s, got, want)
		}
		if got != "" {
			found++
		}
	}
	if found < len(in.headings) {
		t.Fatalf("only %d of %d texts found a heading", found, len(texts))
	}
}

// TestLanguageSharesMatchMap recomputes each seed's language shares with a
// map of characters per language, as annotate once did.
func TestLanguageSharesMatchMap(t *testing.T) {
	in := testIngester(t)
	paths, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	multi := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := in.Build(context.Background(), p, data)
		if err != nil {
			t.Fatal(err)
		}
		counts, total := map[string]int{}, 0
		for _, para := range d.Paragraphs {
			if para.Lang != "und" {
				n := utf8.RuneCountInString(d.Slice(para.Span))
				counts[para.Lang] += n
				total += n
			}
		}
		var want []doc.LangShare
		for l, n := range counts {
			want = append(want, doc.LangShare{Lang: l, Share: float64(n) / float64(total)})
		}
		sort.Slice(want, func(i, j int) bool {
			if want[i].Share != want[j].Share {
				return want[i].Share > want[j].Share
			}
			return want[i].Lang < want[j].Lang
		})
		if len(want) > 0 {
			roundShares(want)
		}
		if len(want) > 1 {
			multi++
		}
		if !reflect.DeepEqual(d.Languages, want) {
			t.Fatalf("%s: languages %v, want %v", p, d.Languages, want)
		}
	}
	if multi == 0 {
		t.Fatal("no seed has two languages")
	}
}

// TestIsFirstWordMatchesMap checks the shape prefilter against the map:
// the lexicon's first words, their prefixes and extensions, and the words
// of the seed texts.
func TestIsFirstWordMatchesMap(t *testing.T) {
	in := testIngester(t)
	var words []string
	for w := range in.firstWords {
		words = append(words, w, w[:len(w)-1], w+"s", strings.ToUpper(w), w+strings.Repeat("x", 70))
	}
	for _, text := range fastPathTexts(t) {
		words = append(words, strings.Fields(strings.ToLower(text))...)
	}
	hits := 0
	for _, w := range append(words, "", "a") {
		got, want := in.isFirstWord([]byte(w)), in.firstWords[w]
		if got != want {
			t.Fatalf("isFirstWord(%q) = %v, want %v", w, got, want)
		}
		if got {
			hits++
		}
	}
	if hits < len(in.firstWords) {
		t.Fatalf("%d hits, want at least %d", hits, len(in.firstWords))
	}
}

// TestIsBlankTrimmed checks isBlankTrimmed(trimSpace(s)) against
// isBlank(s) on the lines of the differential tests' texts and on lines of
// white space, zero-width characters and letters.
func TestIsBlankTrimmed(t *testing.T) {
	lines := []string{""}
	for _, text := range fastPathTexts(t) {
		lines = append(lines, strings.Split(text, "\n")...)
	}
	parts := []string{" ", "\t", "\r", "\v", "\f", "\u00A0", "\u0085", "\u2003", "\u3000", "\u00AD", "\u200B", "\u2060", "\uFEFF", "\u200C", "a", "ж", "\u2014", "\xe2", "\xef\xbb"}
	r := rand.New(rand.NewPCG(7, 8))
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for n := r.IntN(5); n >= 0; n-- {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		lines = append(lines, b.String())
	}
	for _, l := range lines {
		if got, want := isBlankTrimmed(trimSpace(l)), isBlank(l); got != want {
			t.Fatalf("isBlankTrimmed(trimSpace(%q)) = %v, want %v", l, got, want)
		}
	}
}

// refMayBeHeading and refRunInHeading are mayBeHeading and runInHeading as
// they were before an ASCII first word was told by its shape without being
// lowered: the oracles of TestFirstWordShapes.
func refMayBeHeading(in *Ingester, t string) bool {
	i := 0
	for i < len(t) && (t[i] == ' ' || t[i] == '\t' || t[i] == '*' || t[i] == '_' || t[i] == '#' || t[i] >= '0' && t[i] <= '9' || t[i] == '.') {
		i++
	}
	if j := stripNumbering(t[i:]); len(j) < len(t[i:]) {
		i = len(t) - len(j)
	}
	j := i
	for j < len(t) && j-i < 64 {
		c := t[j]
		if c == ' ' || c == '\t' || c == ':' || c == '.' || c == '*' || c == '_' || c == ',' {
			break
		}
		j++
	}
	if j == i {
		return false
	}
	var buf [64]byte
	n := 0
	for _, c := range t[i:j] {
		if n+utf8.UTFMax > len(buf) {
			return true
		}
		n += utf8.EncodeRune(buf[n:], lower(c))
	}
	return in.isFirstWord(buf[:n])
}

func refRunInHeading(in *Ingester, text string) (string, string) {
	end := 0
	for end < len(text) && text[end] != ' ' && text[end] != ':' && text[end] != '.' && text[end] != '\t' {
		end++
	}
	w := text[:end]
	for len(w) > 0 && (w[0] == '*' || w[0] == '_') {
		w = w[1:]
	}
	for len(w) > 0 && (w[len(w)-1] == '*' || w[len(w)-1] == '_') {
		w = w[:len(w)-1]
	}
	if len(w) > 48 {
		return "", ""
	}
	var buf [64]byte
	lw := buf[:0]
	for _, c := range w {
		lw = utf8.AppendRune(lw, lower(c))
	}
	if !in.isFirstWord(lw) {
		return "", ""
	}
	for _, sep := range []string{":", ".", " —", " –", " -"} {
		i := strings.Index(text, sep)
		if i <= 0 || i > 60 {
			continue
		}
		h := text[:i]
		if kind := in.headingKind(h); kind != "" {
			return trimSpace(strings.Trim(h, "*_ ")), kind
		}
	}
	return "", ""
}

// TestFirstWordShapes compares mayBeHeading and runInHeading with their
// oracles on the lexicon's headings (in capitals, numbered, run in, with
// long first words) and the lines of the seeds and their mutations.
func TestFirstWordShapes(t *testing.T) {
	in := testIngester(t)
	var texts []string
	for k := range in.headings {
		texts = append(texts, k, strings.ToUpper(k), strings.ToUpper(k[:1])+k[1:], "2.1 "+k, "**"+k+":** text", k+". The text", k+" — text",
			k+"x", "x"+k, strings.Repeat("a", 55)+k, strings.Repeat("b", 58)+k+": x", strings.Repeat("Ab", 31)+": y")
	}
	for _, text := range fastPathTexts(t) {
		texts = append(texts, strings.Split(text, "\n")...)
	}
	heads, runIns := 0, 0
	for _, s := range texts {
		if got, want := in.mayBeHeading(s), refMayBeHeading(in, s); got != want {
			t.Fatalf("mayBeHeading(%q) = %v, want %v", s, got, want)
		} else if got {
			heads++
		}
		h, kind := in.runInHeading(s)
		if wantH, wantKind := refRunInHeading(in, s); h != wantH || kind != wantKind {
			t.Fatalf("runInHeading(%q) = %q, %q, want %q, %q", s, h, kind, wantH, wantKind)
		}
		if kind != "" {
			runIns++
		}
	}
	if heads < len(in.headings) || runIns < len(in.headings) {
		t.Fatalf("%d texts may be headings, %d open with one, of %d headings: too few", heads, runIns, len(in.headings))
	}
}

// refIsCaps is isCaps as it was before it decoded two-byte runes in place:
// the oracle of TestIsCapsMatchesReference.
func refIsCaps(t string) bool {
	letters, upper, long := 0, 0, false
	run := 0
	for _, c := range t {
		if isLetter(c) {
			letters++
			run++
			if run >= 3 {
				long = true
			}
			if isUpper(c) {
				upper++
			} else if isLower(c) {
				return false
			}
		} else {
			run = 0
		}
	}
	return long && letters >= 4 && upper == letters
}

// TestIsCapsMatchesReference compares isCaps with its oracle on the lines
// of the differential texts, in capitals too, and on broken UTF-8.
func TestIsCapsMatchesReference(t *testing.T) {
	caps := 0
	extra := []string{"ABCD", "АБВГ", "ӘҒҚҢ Ө", "ÅØÆ ČŠŽ", "AB\xd0CD", "АБ\xd0\xd0ВГ", "ABC\xc2", "\xdf\xbfABCD", "ǅǄǄǄ", "ΑΒΓΔ"}
	for _, text := range append(fastPathTexts(t), extra...) {
		for _, line := range strings.Split(text, "\n") {
			for _, s := range []string{line, strings.ToUpper(line)} {
				got, want := isCaps(s), refIsCaps(s)
				if got != want {
					t.Fatalf("isCaps(%q) = %v, want %v", s, got, want)
				}
				if got {
					caps++
				}
			}
		}
	}
	if caps < 100 {
		t.Fatalf("only %d lines in capitals", caps)
	}
}

// refMarkdownKinds is markdownKinds without its path for lines that open
// with a letter, a digit or a rune above ASCII: the oracle of
// TestMarkdownKindsMatchesReference.
func refMarkdownKinds(lines []srcLine) {
	inFence := false
	for i := range lines {
		l := &lines[i]
		if fence(l.trim) {
			l.kind = lineRule
			inFence = !inFence
			continue
		}
		if inFence || l.kind == lineBlank {
			continue
		}
		t, tt := l.text, l.trim
		if q := quotePrefix(t); q > 0 {
			t = t[q:]
			tt = trimSpace(t)
		}
		if lvl := setextUnderline(tt); lvl > 0 && i > 0 && lines[i-1].kind == lineText && runeCount(lines[i-1].text) <= 120 && !(lvl == 2 && tt == "--") {
			lines[i-1].kind = lineHeading
			lines[i-1].heading = uint8(lvl)
			l.kind = lineRule
			continue
		}
		switch {
		case tableRule(tt), thematicBreak(tt):
			l.kind = lineRule
		case isTableRow(tt):
			l.kind = lineTable
		default:
			if lvl, at := atxHeading(t); lvl > 0 {
				if !startsLower(t[at:]) {
					l.kind = lineHeading
					l.heading = uint8(lvl)
				}
			} else if bulletAt(t) > 0 || orderedItem(t) {
				l.kind = lineItem
			}
		}
	}
}

// TestMarkdownKindsMatchesReference compares markdownKinds with its oracle
// on the differential texts and on random Markdown-like lines (headings,
// rules, fences, tables, quotes, bullets, ordered items, lines opening with
// white space of every kind).
func TestMarkdownKindsMatchesReference(t *testing.T) {
	texts := fastPathTexts(t)
	starts := []string{"", " ", "  ", "   ", "    ", "\t", "\u00a0", "\u2003", "\ufeff", "\u200b", "> ", ">", "# ", "## ", "#x", "---", "===", "- ", "* ", "+ ", "• ", "▪ ", "– ",
		"1. ", "12) ", "a) ", "IV. ", "x. ", "|", "| a | b |", "|---|---|", "```", "~~~", "***", "___", "--", "A", "ж", "1", "é", "—"}
	rests := []string{"", "Text", "text.", " more", "  ", "\u00a0", "--", "==", "| x |"}
	rng := rand.New(rand.NewPCG(43, 47))
	for k := 0; k < 300; k++ {
		var b strings.Builder
		for n := rng.IntN(30); n >= 0; n-- {
			b.WriteString(starts[rng.IntN(len(starts))])
			b.WriteString(rests[rng.IntN(len(rests))])
			b.WriteString("\n")
		}
		texts = append(texts, b.String())
	}
	items := 0
	for _, text := range texts {
		got, _ := splitLines(text, nil, strings.Contains(text, "\f"))
		want, _ := splitLines(text, nil, strings.Contains(text, "\f"))
		markdownKinds(got)
		refMarkdownKinds(want)
		for i := range got {
			if got[i].kind != want[i].kind || got[i].heading != want[i].heading {
				t.Fatalf("markdownKinds: line %q is kind %d, level %d, want %d, %d", got[i].text, got[i].kind, got[i].heading, want[i].kind, want[i].heading)
			}
			if got[i].kind == lineItem {
				items++
			}
		}
	}
	if items < 100 {
		t.Fatalf("only %d items", items)
	}
}

// refHeadingUnfinished is headingUnfinished as it was before it skipped
// lowering long last words: the oracle of
// TestHeadingUnfinishedMatchesReference.
func refHeadingUnfinished(t string) bool {
	t = trimSpace(t)
	if strings.HasSuffix(t, "-") || strings.HasSuffix(t, ",") || strings.HasSuffix(t, ":") {
		return true
	}
	i := strings.LastIndexAny(t, " \t")
	last := strings.ToLower(t[i+1:])
	switch last {
	case "и", "в", "на", "по", "для", "из", "с", "о", "об", "к", "мен", "және", "бен", "пен", "and", "of", "in", "on", "for", "the", "to", "a", "an", "with", "za", "v", "na", "ter", "s", "z":
		return true
	}
	return false
}

// TestHeadingUnfinishedMatchesReference compares headingUnfinished with its
// oracle on random headings ending in its words, in any case, with letters
// that lower to fewer bytes (İ, the Kelvin sign), and in other words.
func TestHeadingUnfinishedMatchesReference(t *testing.T) {
	parts := []string{"И", "в", "НА", "по", "для", "из", "С", "о", "об", "к", "МЕН", "және", "ЖӘНЕ", "бен", "пен", "AND", "of", "In", "İn", "on", "for", "The", "to", "a", "An",
		"with", "WİTH", "za", "v", "na", "ter", "s", "z", "\u212a", "İİİİİ", "Social", "ПРАВОВЫЕ", " ", "\t", "\u00a0", "-", ",", ":", "x"}
	rng := rand.New(rand.NewPCG(53, 59))
	found := 0
	for k := 0; k < 300000; k++ {
		var b strings.Builder
		for n := rng.IntN(5); n >= 0; n-- {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		got, want := headingUnfinished(s), refHeadingUnfinished(s)
		if got != want {
			t.Fatalf("headingUnfinished(%q) = %v, want %v", s, got, want)
		}
		if got {
			found++
		}
	}
	if found < 10000 {
		t.Fatalf("only %d unfinished headings", found)
	}
}

// TestHasLettersMatchesCount compares hasLetters, which stops at the first
// letter, with a count of the letters of the differential texts' lines.
func TestHasLettersMatchesCount(t *testing.T) {
	for _, text := range append(fastPathTexts(t), "123 ,.", "\u0482\u0483 1", "ж", "1 a") {
		for _, line := range strings.Split(text, "\n") {
			n := 0
			for _, c := range line {
				if isLetter(c) {
					n++
				}
			}
			if got := hasLetters(line); got != (n > 0) {
				t.Fatalf("hasLetters(%q) = %v, with %d letters", line, got, n)
			}
		}
	}
}
