package nlp

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"
)

var res = MustLoad()

func TestIdentify(t *testing.T) {
	tests := []struct{ text, want string }{
		// Kazakh vs Russian.
		{"Бұл зерттеуде Орталық Азиядағы еңбек көші-қонын ұлттық және өңірлік деңгейлерде реттеу ерекшеліктері қарастырылады.", "kk"},
		{"Кіріспе", "kk"},
		{"Қазақстан еңбек мигранттарын қабылдаушы басты ел болып табылады.", "kk"},
		{"Материалдар мен әдістерді сипаттау", "kk"},
		{"В настоящем исследовании рассматриваются особенности трудовой миграции в Центральной Азии.", "ru"},
		{"Ключевые слова: трудовая миграция, Центральная Азия, миграционная политика, правовое регулирование", "ru"},
		{"Казахский университет международных отношений и мировых языков имени Абылай хана, Алматы, Казахстан", "ru"},
		{"В 2022 году Әйтімбет и Токмеилова опубликовали статью о миграции в Казахстане.", "ru"},
		// Slovenian vs English.
		{"Avtorice v študiji preučujejo dinamiko migracij in družbeno-ekonomske dejavnike.", "sl"},
		{"V Uzbekistanu je po izsledkih poročila prišlo do upada delovnih migracij v tujino.", "sl"},
		{"KLJUČNE BESEDE: delovne migracije, notranja mobilnost, migracijska politika", "sl"},
		{"This study aims to examine migration dynamics and the socioeconomic factors in Kyrgyzstan.", "en"},
		{"Migration in Slovenia and Croatia: Žitnik and Čapo on the integration of migrants.", "en"},
		{"KEYWORDS: labor migration, internal mobility, migration policy, labor markets", "en"},
		// No prose: names, URLs, numbers.
		{"*Токмеилова М.1, Асхат Г.2, Әйтәмбет Л.І.3", "und"},
		{"*Tokmeilova M.1, Askhat G.2, Aitimbet L.3", "und"},
		{"Ainura ASKAROVA, Darygul ZHOLBOLDUEVA, Chynygul OROZOVA", "und"},
		{"https://doi.org/10.48371/ISMO.2025.60.2.016", "und"},
		{"askarovaainura32@gmail.com; 2025-06-30", "und"},
		{"9 770353 677013", "und"},
		{"h o m e l a n d s", "und"},
		{"Le marché du travail et les travailleurs migrants en Europe centrale.", "und"},
		{"", "und"},
	}
	for _, tc := range tests {
		if got := res.Identify(tc.text); got != tc.want {
			d := res.Detect(tc.text)
			t.Errorf("Identify(%q) = %s, want %s (%+v)", tc.text, got, tc.want, d)
		}
	}
}

// TestDetectProse: a one-word heading is prose without a language of its
// own (it may take its neighbours'); a list of names is not prose.
func TestDetectProse(t *testing.T) {
	for _, tc := range []struct {
		text  string
		prose bool
	}{
		{"ABSTRACT", true},
		{"Uzbekistan", true},
		{"Ainura ASKAROVA, Darygul ZHOLBOLDUEVA", false},
		{"Tokmeilova M., Askhat G.", false},
		{"https://example.org/x", false},
		{"1995", false},
	} {
		if d := res.Detect(tc.text); d.Prose != tc.prose {
			t.Errorf("Detect(%q).Prose = %v", tc.text, d.Prose)
		}
	}
}

func sentences(text, lang string) []string {
	var out []string
	for _, r := range res.SplitSentences(text, lang) {
		out = append(out, text[r[0]:r[1]])
	}
	return out
}

// TestSplitSentences: edge cases in the four languages. Sentences are
// separated by " | " in want.
func TestSplitSentences(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		// English.
		{"en", "In addition, Della Puppa et al. (2021) conducted a review. Their findings differ.", "In addition, Della Puppa et al. (2021) conducted a review. | Their findings differ."},
		{"en", "As Smith et al. noted, migration grew. It then fell.", "As Smith et al. noted, migration grew. | It then fell."},
		{"en", "Vollset et al. The forecast was revised.", "Vollset et al. | The forecast was revised."},
		{"en", "We reviewed Law No. 477-IV. The law defines kandas.", "We reviewed Law No. 477-IV. | The law defines kandas."},
		{"en", "Decision No. 191-r of the Cabinet was adopted. It sets quotas.", "Decision No. 191-r of the Cabinet was adopted. | It sets quotas."},
		{"en", "Remittances to the U.S. Treasury rose. Then they fell.", "Remittances to the U.S. Treasury rose. | Then they fell."},
		{"en", "Jalal-Abad State University named after B. Osmonov hosts it. Zh. Amangeldy agreed.", "Jalal-Abad State University named after B. Osmonov hosts it. | Zh. Amangeldy agreed."},
		{"en", "The share was 3.6% in 2020. In 2021 it was 4.1 per cent.", "The share was 3.6% in 2020. | In 2021 it was 4.1 per cent."},
		{"en", "See https://doi.org/10.1016/j.habitatint.2020.102161 for data. Next sentence.", "See https://doi.org/10.1016/j.habitatint.2020.102161 for data. | Next sentence."},
		{"en", "Write to d.zholboldueva@outlook.com. We reply.", "Write to d.zholboldueva@outlook.com. | We reply."},
		{"en", "1. The Formative Years (1991-2000): The era began. Within this decade it changed.", "1. The Formative Years (1991-2000): The era began. | Within this decade it changed."},
		{"en", "He asked \"why?\" and left. Was it late? Yes!", "He asked \"why?\" and left. | Was it late? | Yes!"},
		{"en", "They bolster \"human capital.\" Accordingly, policies changed.", "They bolster \"human capital.\" | Accordingly, policies changed."},
		{"en", "Workers, families, etc. The list goes on.", "Workers, families, etc. | The list goes on."},
		{"en", "Costs rose (see Fig. 2 and pp. 12–15). e.g. wages.", "Costs rose (see Fig. 2 and pp. 12–15). e.g. wages."},
		{"en", "Approx. 87,000 people arrived.", "Approx. 87,000 people arrived."},
		// Russian.
		{"ru", "Закон принят в 2011 г. и действует до сих пор. Он изменён.", "Закон принят в 2011 г. и действует до сих пор. | Он изменён."},
		{"ru", "Это было в 2011 г. В 2012 г. всё изменилось.", "Это было в 2011 г. | В 2012 г. всё изменилось."},
		{"ru", "Мигранты, т.е. работники, приехали. Затем уехали.", "Мигранты, т.е. работники, приехали. | Затем уехали."},
		{"ru", "Мигранты, т. е. работники, приехали.", "Мигранты, т. е. работники, приехали."},
		{"ru", "Приехали казахи, русские и т.д. Потом уехали.", "Приехали казахи, русские и т.д. | Потом уехали."},
		{"ru", "Университет им. Абылай хана находится в Алматы. Он большой.", "Университет им. Абылай хана находится в Алматы. | Он большой."},
		{"ru", "Автор – Л. В. Иванов. Статья вышла в 1990-х гг. в Москве.", "Автор – Л. В. Иванов. | Статья вышла в 1990-х гг. в Москве."},
		{"ru", "Закон № 477-IV. Он регулирует миграцию.", "Закон № 477-IV. | Он регулирует миграцию."},
		{"ru", "Рост составил 2,8%. Доля – 0.5 млн. чел. в год.", "Рост составил 2,8%. | Доля – 0.5 млн. чел. в год."},
		// Kazakh.
		{"kk", "Қазақстан, Қырғызстан т.б. елдер. Бұл маңызды.", "Қазақстан, Қырғызстан т.б. елдер. | Бұл маңызды."},
		{"kk", "Мигранттар, жұмысшылар т.б. Бұл мәселе өзекті.", "Мигранттар, жұмысшылар т.б. | Бұл мәселе өзекті."},
		{"kk", "2013 ж. Қазақстан заң қабылдады. Ол маңызды.", "2013 ж. Қазақстан заң қабылдады. | Ол маңызды."},
		{"kk", "Токмеилова М., Асхат Г., Әйтімбет Л. І. мақаланы жазды. Ол жарияланды.", "Токмеилова М., Асхат Г., Әйтімбет Л. І. мақаланы жазды. | Ол жарияланды."},
		{"kk", "ЖІӨ-нің шамамен 2,8% - ы құрады [4]. Сонымен қатар, ол өсті.", "ЖІӨ-нің шамамен 2,8% - ы құрады [4]. | Сонымен қатар, ол өсті."},
		{"kk", "Аңдатпа. Бұл зерттеуде көші-қон қарастырылады.", "Аңдатпа. | Бұл зерттеуде көші-қон қарастырылады."},
		// Slovenian.
		{"sl", "Na primer npr. Ljubljana in Maribor. Nato Koper.", "Na primer npr. Ljubljana in Maribor. | Nato Koper."},
		{"sl", "Zakon št. 61 velja. Sprejet je bil leta 2023.", "Zakon št. 61 velja. | Sprejet je bil leta 2023."},
		{"sl", "Migranti, delavci itd. Nato so odšli.", "Migranti, delavci itd. | Nato so odšli."},
		{"sl", "Založnik Inadvertising d. o. o. je tiskal revijo. Naklada je 100.", "Založnik Inadvertising d. o. o. je tiskal revijo. | Naklada je 100."},
		{"sl", "To je t. i. migracijska država. Avtorice jo opisujejo.", "To je t. i. migracijska država. | Avtorice jo opisujejo."},
		{"sl", "Dne 22. julija 2011 je bil sprejet. V Ljubljani.", "Dne 22. julija 2011 je bil sprejet. | V Ljubljani."},
	}
	for _, tc := range tests {
		got := strings.Join(sentences(tc.text, tc.lang), " | ")
		if got != tc.want {
			t.Errorf("%s: %q\n got  %s\n want %s", tc.lang, tc.text, got, tc.want)
		}
	}
}

func TestIsAbbreviation(t *testing.T) {
	for _, tc := range []struct {
		tok, lang string
		want      bool
	}{
		{"et al", "en", true}, {"No", "en", true}, {"etc", "en", true}, {"т.б", "kk", true}, {"т.е", "ru", true},
		{"г", "ru", true}, {"гг", "kk", true}, {"ж", "kk", true}, {"им", "ru", true}, {"npr", "sl", true},
		{"itd", "sl", true}, {"št", "sl", true}, {"npr", "en", false}, {"migration", "en", false}, {"(т.б", "kk", true},
	} {
		if got := res.IsAbbreviation(tc.tok, tc.lang); got != tc.want {
			t.Errorf("IsAbbreviation(%q, %s) = %v", tc.tok, tc.lang, got)
		}
	}
}

func TestRepairHomoglyphs(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		changed  bool
	}{
		{"Ваshir", "Bashir", true}, // Cyrillic В, а in a Latin word
		{"Кitachaev", "Kitachaev", true},
		{"Кaзахстан", "Казахстан", true}, // Latin a in a Cyrillic word
		{"Қазақстанда", "Қазақстанда", false},
		{"Bashir", "Bashir", false},
		{"Жshir", "Жshir", false}, // letters without look-alikes on both sides: left alone
	} {
		got, changed := RepairHomoglyphs(tc.in)
		if got != tc.want || changed != tc.changed {
			t.Errorf("RepairHomoglyphs(%q) = %q, %v; want %q, %v", tc.in, got, changed, tc.want, tc.changed)
		}
	}
}

func TestCharacters(t *testing.T) {
	for c, want := range map[rune]string{'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st", 'f': "", '²': ""} {
		if got := Ligature(c); got != want {
			t.Errorf("Ligature(%q) = %q", c, got)
		}
	}
	for _, c := range []rune{'\u00AD', '\u200B', '\uFEFF'} {
		if !Dropped(c) {
			t.Errorf("Dropped(%U) = false", c)
		}
	}
	for _, c := range []rune{'\u00A0', '\u202F', '-', 'a'} {
		if Dropped(c) {
			t.Errorf("Dropped(%U) = true: non-breaking and narrow spaces are kept", c)
		}
	}
}

func TestParseLexicon(t *testing.T) {
	es, err := ParseLexicon("x.txt", []byte("# comment\n[kk]\nwords | a | b\n\n[en]\nletters | q\n"))
	if err != nil || len(es) != 2 || es[0].Section != "kk" || es[0].Line != 3 || es[1].Field(1) != "q" || es[1].Field(5) != "" {
		t.Fatalf("ParseLexicon: %+v, %v", es, err)
	}
	if err := es[0].Errorf("bad %d", 1); err.Error() != "x.txt:3: bad 1" {
		t.Errorf("Errorf: %v", err)
	}
	for _, bad := range []string{"[\n", "[kk\nwords | a\n", " | a\n"} {
		if _, err := ParseLexicon("x.txt", []byte(bad)); err == nil {
			t.Errorf("ParseLexicon(%q): want an error", bad)
		}
	}
	fsys := fstest.MapFS{"d/a.txt": {Data: []byte("[s]\na | b\n")}}
	if es, err := LoadLexicon(fsys, "d/a.txt"); err != nil || len(es) != 1 {
		t.Errorf("LoadLexicon: %v", err)
	}
	if _, err := LoadLexicon(fsys, "d/missing.txt"); err == nil {
		t.Error("LoadLexicon of a missing file: want an error")
	}
}

// FuzzSplitSentences: no panic; ranges inside the text, non-empty, trimmed,
// ordered and non-overlapping, on rune boundaries.
func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{
		"In addition, Della Puppa et al. (2021) conducted a review. Their findings differ.",
		"Это было в 2011 г. В 2012 г. всё изменилось.", "Қазақстан т.б. елдер. Бұл маңызды.",
		"Migranti, delavci itd. Nato so odšli.", "...", "?! «»", "a. b. C.", "\xff. A", "1. 2. 3.",
	} {
		for _, l := range Languages {
			f.Add(s, l)
		}
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		prev := 0
		for _, r := range res.SplitSentences(text, lang) {
			if r[0] < prev || r[0] >= r[1] || r[1] > len(text) {
				t.Fatalf("bad range %v after %d in %q", r, prev, text)
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[r[0]]) || r[1] < len(text) && !utf8.RuneStart(text[r[1]])) {
				t.Fatalf("range %v not on rune boundaries", r)
			}
			s := text[r[0]:r[1]]
			if strings.TrimSpace(s) != s && utf8.ValidString(s) {
				t.Fatalf("range %v not trimmed: %q", r, s)
			}
			prev = r[1]
		}
	})
}

// TestTermFinder checks termFinder.from against a byte-by-byte search from
// every position, in order, and from a few positions skipped ahead.
func TestTermFinder(t *testing.T) {
	isTerm := func(s string, i int) bool {
		return s[i] == '.' || s[i] == '!' || s[i] == '?' || strings.HasPrefix(s[i:], "…")
	}
	check := func(s string, step int) {
		f := newTermFinder()
		for i := 0; i <= len(s); i += step {
			want := i
			for want < len(s) && !isTerm(s, want) {
				want++
			}
			if got := f.from(s, i); got != want {
				t.Fatalf("from(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
	for _, s := range []string{"", "abc", "abcdefgh", "abcdefghijklmnop.", "abc.efgh", "!bcdefgh", "abcdefg?", "ab\xe2\x80\xa6efg",
		"\xe1\xe3\xff\x00\x2d\x2f\x3e\x40zzzzzzzz", "Қазақстан Республикасы", "стан — с", "a. b! c? d… e.. f?! g.”",
		"Ц\xa6\x80\xa6\xe2\xa6…Ц…", "\xa6…", "…", "x\xe2\x80", "ЦЦ — “a…”"} {
		for step := 1; step < 4; step++ {
			check(s, step)
		}
	}
	for b := 0; b < 256; b++ {
		for pos := 0; pos < 16; pos++ {
			x := []byte("zz.zzzzzzzz?zzzzzz")
			x[pos] = byte(b)
			check(string(x), 1)
			check(string(x), 3)
			// Around an ellipsis: each of its bytes replaced.
			y := []byte("zz…zz\xe2\x80\xa6zzzz…")
			y[pos%len(y)] = byte(b)
			check(string(y), 1)
			check(string(y), 2)
		}
	}
}

// TestAppendSentencesMatchesSpec checks AppendSentences against
// appendSentencesSpec, the splitter as it was when it skipped eight bytes
// at a time, on the test paragraphs, the seeds and random texts.
func TestAppendSentencesMatchesSpec(t *testing.T) {
	var texts []string
	for _, pat := range []string{"testdata/*.txt", "../seeds/*.txt"} {
		paths, _ := filepath.Glob(pat)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, strings.Split(string(b), "\n\n")...)
		}
	}
	parts := []string{" ", "  ", "\n", ", ", ". ", ".", "!", "?", "…", "?!", "...", "\"", ")", "»", "”", "The", "в", "В", "et al.", "No.",
		"т.е.", "г.", "M.", "U.S.", "1.", "IV.", "a.", "3.6", "https://doi.org/10.1/x.y", "word", "Қазақстан", "—", "«", "\xe2", "\xe2\x80",
		"Approx.", "Etc.", "İtd.", "\u212Aa.", "(т.б.", "и др.", "И т. д.", "Долл.", "d. o. o.", "\u00a0", "\u2009", "Ab"}
	rng := rand.New(rand.NewSource(3))
	for k := 0; k < 30000; k++ {
		var b strings.Builder
		for n := rng.Intn(30); n >= 0; n-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		for _, lang := range []string{"en", "ru", "kk", "sl", "und"} {
			got := res.AppendSentences(nil, text, lang)
			want := res.appendSentencesSpec(nil, text, lang)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("AppendSentences(%q, %s) = %v, want %v", text, lang, got, want)
			}
		}
	}
}

func TestASCIISpace(t *testing.T) {
	for c := rune(0); c < utf8.RuneSelf; c++ {
		if asciiSpace[c] != unicode.IsSpace(c) {
			t.Errorf("asciiSpace[%q] = %v", c, asciiSpace[c])
		}
	}
}

// TestRuneFastPaths checks the table and fast-path answers of LowerRune and
// IsWordRune against the Unicode tables for every rune.
func TestRuneFastPaths(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		if got, want := LowerRune(r), unicode.ToLower(r); got != want {
			t.Fatalf("LowerRune(%U) = %U, want %U", r, got, want)
		}
		if got, want := IsWordRune(r), unicode.IsLetter(r) || unicode.Is(unicode.Mn, r); got != want {
			t.Fatalf("IsWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}

func TestIsUpperToLowerFast(t *testing.T) {
	for c := rune(0); c < 0x600; c++ {
		if isUpper(c) != unicode.IsUpper(c) || toLower(c) != unicode.ToLower(c) {
			t.Errorf("%U: isUpper %v toLower %U", c, isUpper(c), toLower(c))
		}
	}
}

func TestWordTable(t *testing.T) {
	r := MustLoad()
	for _, c := range []struct {
		m   map[string]uint8
		tab *wordTable
	}{{r.wordLang, &r.wordTab}, {r.abbrevBits, &r.abbrevTab}} {
		for w, m := range c.m {
			if got := c.tab.get([]byte(w)); got != m {
				t.Errorf("get(%q) = %d, want %d", w, got, m)
			}
			for _, x := range []string{w + "x", w[:len(w)-1], "x" + w, ""} {
				if got := c.tab.get([]byte(x)); got != c.m[x] {
					t.Errorf("get(%q) = %d, want %d", x, got, c.m[x])
				}
			}
		}
	}
}

func TestMixesScripts(t *testing.T) {
	for c := rune(0); c < 0x3000; c++ {
		for _, w := range []string{"a" + string(c), "я" + string(c), string(c) + string(c), string(c)} {
			var lat, cyr bool
			for _, d := range w {
				lat = lat || unicode.Is(unicode.Latin, d)
				cyr = cyr || unicode.Is(unicode.Cyrillic, d)
			}
			if lat && cyr && !mixesScripts(w) {
				t.Fatalf("mixesScripts(%q) = false", w)
			}
		}
	}
}

func TestIsLetterAll(t *testing.T) {
	for c := rune(-1); c <= unicode.MaxRune+1; c++ {
		if IsLetter(c) != unicode.IsLetter(c) {
			t.Fatalf("IsLetter(%U) = %v", c, IsLetter(c))
		}
	}
}

func TestMayOpen(t *testing.T) {
	for c := rune(0); c < 0x10000; c++ {
		if isOpening(c) || c == ',' {
			if b := []byte(string(c)); !mayOpen[b[0]] {
				t.Errorf("%q: first byte %#x not in mayOpen", c, b[0])
			}
		}
	}
}

// AppendLower writes strings.ToLower's bytes, invalid UTF-8 included.
func TestAppendLowerAsStrings(t *testing.T) {
	pieces := []string{"a", "Z", "Ab", " ", "1", "Ж", "ж", "Ѐ", "ѐ", "І", "Қ", "Ә", "İ", "\u212a", "ẞ", "Σ", "\ufffd", "\xff", "\xd0", "\xe2\x80", "Ä"}
	for n := range 20000 {
		var b strings.Builder
		for k := range n % 9 {
			b.WriteString(pieces[(n*7+k*13)%len(pieces)])
		}
		s := b.String()
		if got, want := string(AppendLower(nil, s)), strings.ToLower(s); got != want {
			t.Fatalf("AppendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestPackedTable checks the packed lookups of a run of ASCII letters
// (shortASCII, longASCII, packFoldedASCII, packFoldedASCII16) against wordTab.getFoldedASCII: every cue
// word in random case and random letter runs, with and without bytes
// around them (the loads of eight bytes before, after or neither).
func TestPackedTable(t *testing.T) {
	r := MustLoad()
	rng := rand.New(rand.NewSource(7))
	var words []string
	for w := range r.wordLang {
		words = append(words, w)
	}
	const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	hits, long := 0, 0
	for k := 0; k < 200000; k++ {
		var w []byte
		if k%2 == 0 {
			w = []byte(words[rng.Intn(len(words))])
		} else {
			w = make([]byte, 1+rng.Intn(16))
			for i := range w {
				w[i] = "etaoinshrdlu"[rng.Intn(12)]
			}
		}
		if !isASCIILetterRun(w) || len(w) > 16 {
			continue
		}
		for i := range w {
			if rng.Intn(3) == 0 {
				w[i] ^= 0x20
			}
		}
		// The bytes around the run are masked off: any will do.
		around := func() string {
			b := make([]byte, rng.Intn(10))
			for i := range b {
				b[i] = (letters + " .\xd0\xff")[rng.Intn(len(letters)+4)]
			}
			return string(b)
		}
		before := around()
		text := before + string(w) + around()
		i, j := len(before), len(before)+len(w)
		var got uint8
		if len(w) <= 8 {
			got = r.shortASCII.get(packFoldedASCII(text, i, j), 0)
		} else {
			got = r.longASCII.get(packFoldedASCII16(text, i, j))
		}
		want := r.wordTab.getFoldedASCII(text[i:j])
		if got != want {
			t.Fatalf("packed lookup of %q in %q = %d, want %d", w, text, got, want)
		}
		if want != 0 {
			hits++
			if len(w) > 8 {
				long++
			}
		}
	}
	if hits < 10000 || long < 1000 {
		t.Fatalf("only %d cue words looked up (%d long)", hits, long)
	}
}

func isASCIILetterRun(w []byte) bool {
	for _, c := range w {
		if !isASCIILetter(c) {
			return false
		}
	}
	return len(w) > 0
}
