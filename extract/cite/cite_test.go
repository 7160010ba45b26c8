package cite

import (
	"math/rand"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/refs"
)

var (
	testRefsLex = refs.MustLoad()
	testLex     = MustLoad()
)

// build makes a document of body paragraphs and a reference list (one
// entry a paragraph) under a "References" heading, and runs both
// extractors on it end to end.
func build(t *testing.T, body string, list ...string) (*doc.Document, []refs.Reference, Result) {
	t.Helper()
	text := body
	if len(list) > 0 {
		text += "\n\nReferences\n\n" + strings.Join(list, "\n\n")
	}
	d := naiveDocument("t", text, testRefsLex)
	rs := refs.Extract(d, testRefsLex)
	if len(rs) != len(list) {
		t.Fatalf("%d entries, want %d", len(rs), len(list))
	}
	return d, rs, Extract(d, rs, testLex)
}

var authorDateList = []string{
	"Adamowicz, M., & Zwolińska-Ligaj, M. (2020). The smart village. Sustainability, 12(16), 6503.",
	"Anukoonwattaka, W., & Heal, A. (2016). Regional integration and labour mobility. United Nations.",
	"Della Puppa, F., Montagna, N., & Kofman, E. (2021). Onward migration. International Migration, 59(6), 16–28.",
	"Hwang, C. (2024, September 5). New registration rules in Kyrgyzstan alarm relocants. DW.",
	"International Organization for Migration. (2019). Internal migration in Kyrgyzstan. IOM.",
	"International Organization for Migration. (2024). International migrant workers survey. IOM.",
	"Koser, K. (2005). Irregular migration, state security and human security. Geneva: GCIM.",
	"McAuliffe, M., & Oucho, L. A. (2024). World migration report 2024. International Organization for Migration.",
	"Ministry of Justice of the Kyrgyz Republic. (2024a). Law of the Kyrgyz Republic No. 133 \"On Internal Migration\".",
	"Ministry of Justice of the Kyrgyz Republic. (2024b). Decision of the Cabinet of Ministers No. 437.",
	"Reed, H. (2018). Forced migration and undocumented migration and development. United Nations.",
	"Ivanov, I. I. (2020). Trudovaya migratsiya. Vestnik, 3, 1–10.",
	"Петров П.П. Миграция // Вестник. – 2019. – № 3. – С. 53–63.",
	"Novak, J., Kranjc, M., & Zupan, T. (2018). Migracije. Dve domovini, 47, 1–20.",
	"Bureau of National Statistics – Agency for Strategic Planning and Reforms of the Republic of Kazakhstan. (2023). Migration of the population. Stat.gov.kz.",
	"Orphan, O. (2011). Nobody cites this. Press.",
}

func TestAuthorDateCallouts(t *testing.T) {
	body := strings.Join([]string{
		"Adamowicz and Zwolińska-Ligaj's (2020) work is central (Koser, 2005; Reed, 2018, p. 5).",
		"In addition, Della Puppa et al. (2021) agree (Hwang, 2024).",
		"Data came from the International Organization for Migration (IOM) (2019; 2024; McAuliffe & Oucho, 2024).",
		"The law changed (Ministry of Justice of the Kyrgyz Republic, 2024a) and again (2024b).",
		"Russian sources agree (Иванов, 2020) and (Петров и др., 2019); so do Slovenian ones (Novak idr., 2018).",
		"The Bureau reported figures (Bureau of National Statistics, 2023).",
		"The plan covers (2021–2030) and the years (1991-2000); see (Resolution No. 191). In 2020 the number grew.",
		"A typo (Anukoonwattaka & Hea, 2014) and a missing one (Curley, 2004).",
		"A Kazakh author (Петров т.б., 2019) and n.d. works (Reed, n.d.).",
	}, "\n\n")
	d, rs, res := build(t, body, authorDateList...)
	if res.Style != StyleAuthorDate {
		t.Fatalf("style %q", res.Style)
	}
	id := func(i int) string {
		if i < 0 {
			return "-"
		}
		return rs[i].CSL.ID
	}
	type want struct {
		text     string
		keys     []string // "ID" or "-" for dangling, with "~year"/"~name" for mismatches
		narrated bool
	}
	wants := []want{
		{"Adamowicz and Zwolińska-Ligaj's (2020)", []string{"Adamowicz2020"}, true},
		{"(Koser, 2005; Reed, 2018, p. 5)", []string{"Koser2005", "Reed2018"}, false},
		{"Della Puppa et al. (2021)", []string{"DellaPuppa2021"}, true},
		{"(Hwang, 2024)", []string{"Hwang2024"}, false},
		{"International Organization for Migration (IOM) (2019; 2024; McAuliffe & Oucho, 2024)", []string{"International2019", "International2024", "McAuliffe2024"}, true},
		{"(Ministry of Justice of the Kyrgyz Republic, 2024a)", []string{"Ministry2024a"}, false},
		{"(Иванов, 2020)", []string{"Ivanov2020"}, false},
		{"(Петров и др., 2019)", []string{"Петров2019"}, false},
		{"(Novak idr., 2018)", []string{"Novak2018"}, false},
		{"(Bureau of National Statistics, 2023)", []string{"Bureau2023"}, false},
		{"(Anukoonwattaka & Hea, 2014)", []string{"Anukoonwattaka2016~year"}, false},
		{"(Curley, 2004)", []string{"-"}, false},
		{"(Петров т.б., 2019)", []string{"Петров2019"}, false},
	}
	got := map[string][]string{}
	for _, c := range res.Citations {
		var keys []string
		for _, k := range c.Keys {
			s := id(k.Target)
			if k.Mismatch != "" {
				s += "~" + k.Mismatch
			}
			keys = append(keys, s)
			if k.Span.Start < c.Span.Start || k.Span.End > c.Span.End {
				t.Errorf("key span %v outside citation %v", k.Span, c.Span)
			}
		}
		got[d.Slice(c.Span)] = keys
	}
	for _, w := range wants {
		keys, ok := got[w.text]
		if !ok {
			t.Errorf("callout %q not found; have %v", w.text, got)
			continue
		}
		if strings.Join(keys, ",") != strings.Join(w.keys, ",") {
			t.Errorf("%q keys %v, want %v", w.text, keys, w.keys)
		}
	}
	for text := range got {
		for _, bad := range []string{"2021–2030", "1991-2000", "Resolution", "In 2020"} {
			if strings.Contains(text, bad) {
				t.Errorf("%q is not a citation", text)
			}
		}
	}
	// "(2024b)" after a parenthetical callout has no names: not a callout.
	if _, ok := got["(2024b)"]; ok {
		t.Errorf("bare year taken as callout")
	}
	counts := map[string]int{}
	for _, f := range res.Findings {
		counts[f.Type]++
		if f.Summary == "" || !strings.HasSuffix(f.Summary, ".") {
			t.Errorf("bad summary %q", f.Summary)
		}
	}
	for typ, n := range map[string]int{FindingDangling: 2, FindingYearMismatch: 1, FindingNameMismatch: 1, FindingUncited: 2} {
		if counts[typ] != n {
			t.Errorf("%d %s findings, want %d (%v)", counts[typ], typ, n, counts)
		}
	}
	for _, f := range res.Findings {
		if f.Type == FindingDangling && !strings.Contains(f.Summary, `"Curley, 2004"`) && !strings.Contains(f.Summary, `"Reed, n.d."`) {
			t.Errorf("dangling summary %q", f.Summary)
		}
	}
}

func TestNameMismatch(t *testing.T) {
	_, _, res := build(t, "As shown (Kozer, 2005) before.", authorDateList...)
	if len(res.Citations) != 1 || res.Citations[0].Keys[0].Mismatch != "name" {
		t.Fatalf("want a name mismatch, got %+v", res.Citations)
	}
}

var numberedList = []string{
	"1. Abrantes, M. (2013). Voices. Migration Letters, 10(3), 324-332.",
	"2. Black J. (2021). Global Migration Indicators 2021. IOM, Geneva.",
	"3. Cohen, R. (2016). Migration and its enemies. Routledge.",
	"4. Koser, K. (2005). Irregular migration. Geneva: GCIM.",
	"5. Reed, H. (2018). Forced migration. United Nations.",
	"6. Reed, H. (2018). Forced migration. United Nations.",
}

func TestNumericCallouts(t *testing.T) {
	body := "Workers left [1]. Remittances grew [3–5]. Both [1, 4] and a page [2, p. 5].\n\nThen an early one [2] and a missing one [9]. Unrelated 10^-3 numbers."
	d, _, res := build(t, body, numberedList...)
	if res.Style != StyleNumeric {
		t.Fatalf("style %q", res.Style)
	}
	var got []string
	for _, c := range res.Citations {
		var nums []string
		for _, k := range c.Keys {
			nums = append(nums, d.Slice(k.Span)+">"+itoa(k.Target))
		}
		got = append(got, d.Slice(c.Span)+" "+strings.Join(nums, ","))
	}
	want := []string{"[1] 1>0", "[3–5] 3–5>2,3–5>3,3–5>4", "[1, 4] 1>0,4>3", "[2, p. 5] 2>1", "[2] 2>1", "[9] 9>-1"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("got  %v\nwant %v", got, want)
	}
	types := map[string]int{}
	for _, f := range res.Findings {
		types[f.Type]++
		if f.Type == FindingOrder && f.Fields["number"] != 2 {
			t.Errorf("order finding %v", f.Fields)
		}
	}
	if types[FindingOrder] != 1 || types[FindingDangling] != 1 || types[FindingDuplicate] != 1 || types[FindingUncited] != 1 {
		t.Errorf("findings %v", types)
	}
}

func itoa(n int) string {
	if n < 0 {
		return "-1"
	}
	return string(rune('0' + n))
}

func TestMissingListAndSuperscripts(t *testing.T) {
	_, _, res := build(t, "Migration grew [1] and fell [2].\n\nThe value 10^-3 and CO2 and migrants.3 stay.")
	if res.Style != StyleNumeric || len(res.Citations) != 2 {
		t.Fatalf("style %q, %d citations", res.Style, len(res.Citations))
	}
	if len(res.Findings) != 1 || res.Findings[0].Type != FindingMissingReference {
		t.Errorf("findings %+v", res.Findings)
	}
	// With a numbered list, a number glued to a word after a full stop is a
	// lost superscript.
	d, _, res := build(t, "Migration grew [1] and fell [2] and rose again.3 Later [4].", numberedList...)
	found := false
	for _, c := range res.Citations {
		if d.Slice(c.Span) == "3" && c.Keys[0].Target == 2 {
			found = true
		}
	}
	if !found {
		t.Errorf("superscript 3 not found")
	}
}

func TestMissingYearFinding(t *testing.T) {
	_, _, res := build(t, "See (Kraly, 2017).", "1. Kraly, E. P. Demography of refugee migration. Mobilizing Global Knowledge, 176.")
	var types []string
	for _, f := range res.Findings {
		types = append(types, f.Type)
	}
	if strings.Join(types, ",") != FindingMissingYear {
		t.Errorf("findings %v", types)
	}
	if res.Citations[0].Keys[0].Target != 0 {
		t.Errorf("entry without a year not linked by name")
	}
}

func TestAttributions(t *testing.T) {
	body := strings.Join([]string{
		"Remittances reached 24% of GDP according to the World Bank.",
		"According to the Tajik migration Agency, in the first half of 2024, departures fell.",
		"The National Statistical Committee of the Kyrgyz Republic reported 625,918 internal migrants.",
		"According to the International Organization for Migration (McAuliffe & Oucho, 2024), flows grew.",
		"По данным Всемирного банка, переводы выросли.",
		"Дүниежүзілік банктің мәліметінше, мигранттар көбейді.",
		"According to him, the centre helped. According to official data, 350 thousand work abroad.",
	}, "\n\n")
	d, _, res := build(t, body, authorDateList...)
	var orgs []string
	for _, a := range res.Attributions {
		orgs = append(orgs, a.Org)
		if d.Slice(a.OrgSpan) != a.Org || !a.Sentence.Contains(a.OrgSpan) {
			t.Errorf("attribution spans wrong: %+v", a)
		}
	}
	want := []string{"World Bank", "Tajik migration Agency", "National Statistical Committee of the Kyrgyz Republic", "Всемирного банка", "Дүниежүзілік банктің"}
	if strings.Join(orgs, "|") != strings.Join(want, "|") {
		t.Errorf("orgs %q\nwant %q", orgs, want)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Zwolińska-Ligaj": "zwolinska ligaj", "Иванов": "ivanov", "Хамзин": "khamzin", "Әбенов": "abenov", "O'Reilly": "oreilly"} {
		if got := testLex.fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
	if skeleton(testLex.fold("Ибраева")) != skeleton("ibrayeva") {
		t.Errorf("transliteration variants do not meet")
	}
}

// TestSeeds runs both extractors on the seeds through the naive builder.
func TestSeeds(t *testing.T) {
	tests := []struct {
		seed                       string
		style                      string
		minCitations, maxDangling  int
		wantOrder, wantMissingList bool
	}{
		{"001", StyleAuthorDate, 80, 0, false, false},
		{"002", StyleNumeric, 15, 0, true, true},
		{"003", StyleAuthorDate, 20, 2, false, false},
		{"004", StyleNone, 0, 0, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.seed, func(t *testing.T) {
			d := seedDocument(t, tc.seed, testRefsLex)
			rs := refs.Extract(d, testRefsLex)
			res := Extract(d, rs, testLex)
			if res.Style != tc.style || len(res.Citations) < tc.minCitations {
				t.Fatalf("style %q with %d citations", res.Style, len(res.Citations))
			}
			types := map[string]int{}
			for _, f := range res.Findings {
				types[f.Type]++
			}
			if types[FindingDangling] > tc.maxDangling {
				t.Errorf("%d dangling", types[FindingDangling])
			}
			if (types[FindingOrder] > 0) != tc.wantOrder || (types[FindingMissingReference] > 0) != tc.wantMissingList {
				t.Errorf("findings %v", types)
			}
		})
	}
}

// FuzzCallouts checks that callout extraction never panics and that every
// span lies inside the text, keys inside their citation.
func FuzzCallouts(f *testing.F) {
	f.Add("Adamson & Tsourapas (2020) said (Koser, 2005; Reed, 2018, p. 5) and [3–5], [1, 4].")
	f.Add("according to the World Bank (2021–2030) (Иванов и др., 2019) Дүниежүзілік банктің мәліметінше")
	f.Fuzz(func(t *testing.T, body string) {
		if !utf8.ValidString(body) || len(body) > 3000 {
			t.Skip()
		}
		d := naiveDocument("f", body+"\n\nReferences\n\n1. Koser, K. (2005). Title. Press.\n\n2. Reed, H. (2018). Title. Press.", testRefsLex)
		rs := refs.Extract(d, testRefsLex)
		res := Extract(d, rs, testLex)
		in := func(s doc.Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= len(d.Text) }
		for _, c := range res.Citations {
			if !in(c.Span) {
				t.Fatalf("citation span %v outside text", c.Span)
			}
			for _, k := range c.Keys {
				if !in(k.Span) || !c.Span.Contains(k.Span) {
					t.Fatalf("key span %v outside citation %v", k.Span, c.Span)
				}
				if k.Target >= len(rs) {
					t.Fatalf("target %d out of range", k.Target)
				}
			}
		}
		for _, a := range res.Attributions {
			if !in(a.Span) || !in(a.OrgSpan) {
				t.Fatalf("attribution span outside text")
			}
		}
		for _, f := range res.Findings {
			for _, s := range f.Spans {
				if !in(s) {
					t.Fatalf("finding span outside text")
				}
			}
		}
	})
}

// joinTail joins the words as strings.Join does, possessives among them.
func TestJoinTail(t *testing.T) {
	pieces := []string{"Smith", "Smith's", "Smith’s", "and", "&", "Zwolińska-Ligaj’s", "et", "al.", "Della", "'s", "’s", "s"}
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 5000; n++ {
		var words []string
		var starts []int
		text := "Before "
		for i := rng.Intn(6); i >= 0; i-- {
			if len(starts) > 0 {
				text += " "
			}
			w := pieces[rng.Intn(len(pieces))]
			starts = append(starts, len(text))
			text += w
			words = append(words, strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s"))
		}
		text += " (2020)"
		for k := range words {
			if got, want := joinTail(text, words, starts, k), strings.Join(words[k:], " "); got != want {
				t.Fatalf("joinTail(%q, %q, %d) = %q, want %q", text, words, k, got, want)
			}
		}
	}
}

// skeletonSpec is skeleton as it was written, rune by rune (the oracle
// of skeletonInto's ASCII bytes).
func skeletonSpec(s string) string {
	var b strings.Builder
	var last rune
	for i, r := range s {
		if i > 0 {
			switch r {
			case 'a', 'e', 'i', 'o', 'u', 'y', 'h', 'j', 'w', ' ':
				continue
			}
		}
		if r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// appendFields splits as strings.Fields, and skeletonInto writes what
// skeletonSpec returns after what its buffer holds.
func TestAppendFieldsSkeletonInto(t *testing.T) {
	pieces := []string{"a", "ivanov", "Bb", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\x1c", "\x00", "\u00a0", "\u2009", "\u3000", "\u0085", "\u200b", "é", "ж", "жж", "\xff", "\xe2\x80", "aa", "hh", "yy", "kk", "\ufffd", "\ufffd\ufffd", "1",
		"e", "i", "o", "u", "y", "h", "j", "w", "W", "E", "b", "bb", "kh", "ww", "\x80", "ée", "-"}
	rng := rand.New(rand.NewSource(7))
	var buf strings.Builder
	dst := []string{"x"}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for i := rng.Intn(8); i >= 0; i-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		k := len(dst)
		dst = appendFields(dst, s)
		if got, want := dst[k:], strings.Fields(s); !slices.Equal(got, want) {
			t.Fatalf("appendFields(%q) = %q, want %q", s, got, want)
		}
		if got, want := skeletonInto(&buf, s), skeletonSpec(s); got != want {
			t.Fatalf("skeletonInto(%q) = %q, want %q", s, got, want)
		}
	}
}

// acronymsSpec is what appendAcronyms appends, as it was written before it
// read the words in place.
func acronymsSpec(lit string) []string {
	var out []string
	if i := strings.LastIndexByte(lit, '('); i >= 0 {
		if j := strings.IndexByte(lit[i:], ')'); j > 0 {
			out = append(out, strings.ToLower(lit[i+1:i+j]))
		}
	}
	var b strings.Builder
	for _, w := range strings.Fields(lit) {
		if connectors[strings.ToLower(w)] || strings.HasPrefix(w, "(") {
			continue
		}
		r := []rune(w)
		if unicode.IsUpper(r[0]) {
			b.WriteRune(unicode.ToLower(r[0]))
		}
	}
	if b.Len() >= 2 {
		out = append(out, b.String())
	}
	return out
}

// appendAcronyms appends what acronymsSpec returns, on names of random
// words: connectors in any case, brackets, Cyrillic, odd spaces and bytes.
func TestAppendAcronyms(t *testing.T) {
	pieces := []string{"International", "Organization", "for", "FOR", "Of", "the", "The", "И", "и", "Министерство", "министерство", "Ǆemal", "ǅ", "(IOM)", "(iom", ")", "(", "Ö", "ÖSTERREICH", "ДЖ", "\xff", "\xe2\x80", "İstanbul", "ẞ", "Σ", "και", "and", "AND", "&", "–", "-", "Kyzy", "KYZY", "1", "eU", "a"}
	seps := []string{" ", "  ", "\t", "\u00a0", "\u3000", "\n", ""}
	rng := rand.New(rand.NewSource(11))
	dst := []string{"x"}
	for n := 0; n < 30000; n++ {
		var b strings.Builder
		for i := rng.Intn(10); i >= 0; i-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
			b.WriteString(seps[rng.Intn(len(seps))])
		}
		for i := rng.Intn(40); i > 0; i-- {
			// Long runs of initials outgrow the buffer on the stack.
			b.WriteString("Ab ")
		}
		lit := b.String()
		k := len(dst)
		dst = appendAcronyms(dst, lit)
		if got, want := dst[k:], acronymsSpec(lit); !slices.Equal(got, want) {
			t.Fatalf("appendAcronyms(%q) = %q, want %q", lit, got, want)
		}
	}
	if got := appendAcronyms(nil, "Smith"); got != nil {
		t.Fatalf("appendAcronyms(nil, Smith) = %#v, want nil", got)
	}
}

// isOrgWordSpec is isOrgWord as it was written before it trimmed only
// words with a mark at either end and read only the stems of a word's
// first byte.
func isOrgWordSpec(lx *Lexicon, w string) bool {
	w = strings.Trim(w, "()«»\"“”'’.,")
	if w == "" {
		return false
	}
	w = strings.ToLower(w)
	if lx.orgExact[w] {
		return true
	}
	for _, h := range lx.OrgHeads {
		if utf8.RuneCountInString(h) >= 4 && strings.HasPrefix(w, h) {
			return true
		}
	}
	return false
}

// isLowerWordSpec is isLowerWord as it was written with strings.Trim.
func isLowerWordSpec(w string) bool {
	w = strings.Trim(w, "(\"“«")
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && unicode.IsLower(r)
}

// isOrgWord and isLowerWord read as their specs the organisation heads,
// their beginnings, cases and marks around them, words of one or two
// bytes (orgLeadsNone's gate), and random pieces.
func TestIsOrgWordIsLowerWord(t *testing.T) {
	lx := testLex
	pieces := []string{"(", ")", "«", "»", "\"", "“", "”", "'", "’", ".", ",", "s", "ы", "A", "é", "\xff", "\xe2\x80", "Smith", "the", "x"}
	var words []string
	for _, h := range lx.OrgHeads {
		r := []rune(h)
		words = append(words, h, strings.ToUpper(h), strings.ToUpper(h[:1])+h[1:], string(r[:len(r)-1]), string(r[:min(4, len(r))]), h+"s", h+"ный")
	}
	for _, h := range lx.OrgHeads {
		words = append(words, h[:1], strings.ToUpper(h[:1]), h[:min(2, len(h))], strings.ToUpper(h[:min(2, len(h))]))
	}
	words = append(words, "", "İstanbul", "ǅemal", "\u212Aommittee", "A", "I", "Ox", "X\xff", "MINISTRY", "Ministerstvo", "Министерство", strings.Repeat("Agency", 10))
	rng := rand.New(rand.NewSource(5))
	for n := 0; n < 40000; n++ {
		var b strings.Builder
		for i := rng.Intn(3); i > 0; i-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		b.WriteString(words[rng.Intn(len(words))])
		for i := rng.Intn(3); i > 0; i-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		w := b.String()
		if got, want := lx.isOrgWord(w), isOrgWordSpec(lx, w); got != want {
			t.Fatalf("isOrgWord(%q) = %v, want %v", w, got, want)
		}
		if got, want := isLowerWord(w), isLowerWordSpec(w); got != want {
			t.Fatalf("isLowerWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// bracketCallouts finds what reBracket.FindAllStringSubmatchIndex finds,
// on texts of brackets, numbers, locators and other pieces.
func TestBracketCallouts(t *testing.T) {
	pieces := []string{"[", "]", "[1]", "[12", "1", "23", "1234", "12345", "[1234]", "[12345]", "[0]", ",", ";", ":", " ", "  ", "\n", "\u00a0", "-", "–", "—", "p.", "pp", "p", "s.", "с.", "стр", "б.", "bet", "c", "x", "ab", "(", ")", "[[", "]]", "é", "\xff", "\u2009"}
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 40000; n++ {
		var b strings.Builder
		for i := rng.Intn(24); i >= 0; i-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		got, want := bracketCallouts(s), reBracket.FindAllStringSubmatchIndex(s, -1)
		if len(got) != len(want) {
			t.Fatalf("bracketCallouts(%q) = %v, want %v", s, got, want)
		}
		for k := range got {
			if !slices.Equal(got[k], want[k]) {
				t.Fatalf("bracketCallouts(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// numParts yields what the regexp expandNumbers split on returns.
func TestNumParts(t *testing.T) {
	re := regexp.MustCompile(`[,;]`)
	pieces := []string{",", ";", " ", "1", "12", "-", "–", "a", ",,", ";,", "\xff"}
	rng := rand.New(rand.NewSource(13))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for i := rng.Intn(8); i > 0; i-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := slices.Collect(numParts(s)), re.Split(s, -1); !slices.Equal(got, want) {
			t.Fatalf("numParts(%q) = %q, want %q", s, got, want)
		}
	}
}
