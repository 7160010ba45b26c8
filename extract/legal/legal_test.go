package legal

import (
	"context"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/ingest"
	"github.com/claimgraph/claimgraph/nlp"
)

var (
	testLexOnce sync.Once
	testLex     *Lexicon
	testIngest  *ingest.Ingester
)

func fixtures(tb testing.TB) (*Lexicon, *ingest.Ingester) {
	tb.Helper()
	testLexOnce.Do(func() {
		testLex = MustLoad()
		in, err := ingest.New(nlp.MustLoad(), ingest.Options{})
		if err != nil {
			panic(err)
		}
		testIngest = in
	})
	return testLex, testIngest
}

// extractText runs the real ingestion on a text and extracts its mentions.
func extractText(tb testing.TB, text string) (*doc.Document, []Mention) {
	tb.Helper()
	lx, in := fixtures(tb)
	d, err := in.Build(context.Background(), "written.txt", []byte(text))
	if err != nil {
		tb.Fatal(err)
	}
	return d, Extract(d, lx)
}

// find returns the mention whose text is exactly text (after whitespace
// folding), or fails.
func find(tb testing.TB, ms []Mention, text string) Mention {
	tb.Helper()
	for _, m := range ms {
		if oneLine(m.Text) == text {
			return m
		}
	}
	var got []string
	for _, m := range ms {
		got = append(got, oneLine(m.Text))
	}
	tb.Fatalf("no mention %q; got %q", text, got)
	return Mention{}
}

type want struct {
	text    string
	actType string
	number  string
	title   string
	date    string
	year    int
	juris   string
	auth    string
	anaphor bool
}

func checkMention(t *testing.T, m Mention, w want) {
	t.Helper()
	if m.ActType != w.actType || m.Number != w.number || m.Title != w.title || m.Date != w.date ||
		m.Year != w.year || m.Jurisdiction != w.juris || m.Authority != w.auth || m.Anaphor != w.anaphor {
		t.Errorf("%q:\n got  type=%s number=%q title=%q date=%s year=%d juris=%s auth=%q anaphor=%v\n want type=%s number=%q title=%q date=%s year=%d juris=%s auth=%q anaphor=%v",
			w.text, m.ActType, m.Number, m.Title, m.Date, m.Year, m.Jurisdiction, m.Authority, m.Anaphor,
			w.actType, w.number, w.title, w.date, w.year, w.juris, w.auth, w.anaphor)
	}
}

func TestExtractWritten(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []want
	}{
		{"en law number title", "For Kazakhstan, the Law of the Republic of Kazakhstan No. 477-IV “On Migration” applies.",
			[]want{{text: "Law of the Republic of Kazakhstan No. 477-IV “On Migration”", actType: "law", number: "477-IV", title: "On Migration", juris: "kz"}}},
		{"en uzbek PP prefix is a resolution", `Presidential Decree No. PP-3839 "On additional measures to further improve the system of external labor migration", dated July 5, 2018;`,
			[]want{{text: `Presidential Decree No. PP-3839 "On additional measures to further improve the system of external labor migration", dated July 5, 2018`,
				actType: "resolution", number: "PP-3839", title: "On additional measures to further improve the system of external labor migration",
				date: "2018-07-05", year: 2018, juris: "uz", auth: "president"}}},
		{"en decree without number", `Uzbekistan adopted several documents. Presidential Decree "On measures to introduce a system of safe, orderly and legal labor migration", dated September 15, 2020.`,
			[]want{{text: `Presidential Decree "On measures to introduce a system of safe, orderly and legal labor migration", dated September 15, 2020`,
				actType: "decree", title: "On measures to introduce a system of safe, orderly and legal labor migration", date: "2020-09-15", year: 2020, juris: "uz", auth: "president"}}},
		{"en unquoted title", "Law of the Republic of Uzbekistan on Private Employment Agencies, dated October 16, 2018;",
			[]want{{text: "Law of the Republic of Uzbekistan on Private Employment Agencies, dated October 16, 2018", actType: "law",
				title: "on Private Employment Agencies", date: "2018-10-16", year: 2018, juris: "uz"}}},
		{"en name and year", "Main legislative documents of Turkmenistan include the Migration Law of 2012.",
			[]want{{text: "Migration Law of 2012", actType: "law", title: "Migration Law", year: 2012, juris: "tm"}}},
		{"en 1951 convention", "Kazakhstan should assimilate provisions from the 1951 Convention.",
			[]want{{text: "1951 Convention", actType: "convention", year: 1951, juris: "un"}}},
		{"en possessive period concept", "The research analyzes Kyrgyzstan's 2021–2030 migration policy concept.",
			[]want{{text: "Kyrgyzstan's 2021–2030 migration policy concept", actType: "concept", title: "migration policy concept", juris: "kg"}}},
		{"en strategy quoted title", `In the medium term, the strategy "Uzbekistan – 2030" can improve Uzbekistan's economy.`,
			[]want{{text: `strategy "Uzbekistan – 2030"`, actType: "strategy", title: "Uzbekistan – 2030", juris: "uz"}}},
		{"en adoption sentence", "In 2023, the Kazakh government also passed the Migration Policy Concept for 2023-2027.",
			[]want{{text: "Migration Policy Concept for 2023-2027", actType: "concept", title: "Migration Policy Concept for 2023-2027", year: 2023, juris: "kz"}}},
		{"en adopted on date", "Additionally, the Concept of Migration Policy 2021–2030 of the Kyrgyz Republic was adopted on May 4, 2021.",
			[]want{{text: "Concept of Migration Policy 2021–2030 of the Kyrgyz Republic", actType: "concept", title: "Concept of Migration Policy 2021–2030",
				date: "2021-05-04", year: 2021, juris: "kg"}}},
		{"en date before number", `The Resolution of the Government of the Republic of Tajikistan dated June 30, 2023, No. 309 "Strategy for regulating migration processes in the Republic of Tajikistan for the period up to 2040" was adopted.`,
			[]want{{text: `Resolution of the Government of the Republic of Tajikistan dated June 30, 2023, No. 309 "Strategy for regulating migration processes in the Republic of Tajikistan for the period up to 2040"`,
				actType: "resolution", number: "309", title: "Strategy for regulating migration processes in the Republic of Tajikistan for the period up to 2040",
				date: "2023-06-30", year: 2023, juris: "tj", auth: "government"}}},
		{"ru law and anaphor", "Основным актом является Закон Республики Казахстан от 22 июля 2011 года № 477-IV «О миграции населения». Данный закон регулирует миграцию.",
			[]want{
				{text: "Закон Республики Казахстан от 22 июля 2011 года № 477-IV «О миграции населения»", actType: "law", number: "477-IV",
					title: "О миграции населения", date: "2011-07-22", year: 2011, juris: "kz"},
				{text: "Данный закон", actType: "law", juris: "kz", anaphor: true}}},
		{"ru resolution and concept", "Концепция миграционной политики Республики Казахстан на 2023–2027 годы утверждена постановлением Правительства Республики Казахстан от 30 ноября 2022 года № 961.",
			[]want{
				{text: "Концепция миграционной политики Республики Казахстан на 2023–2027 годы", actType: "concept", title: "Концепция миграционной политики", juris: "kz"},
				{text: "постановлением Правительства Республики Казахстан от 30 ноября 2022 года № 961", actType: "resolution", number: "961",
					date: "2022-11-30", year: 2022, juris: "kz", auth: "government"}}},
		{"ru nested quotes and Cyrillic prefix", "Указом Президента Республики Узбекистан от 11 сентября 2023 года № УП-158 «О Стратегии «Узбекистан – 2030»» определены цели.",
			[]want{{text: "Указом Президента Республики Узбекистан от 11 сентября 2023 года № УП-158 «О Стратегии «Узбекистан – 2030»»", actType: "decree",
				number: "УП-158", title: "О Стратегии «Узбекистан – 2030»", date: "2023-09-11", year: 2023, juris: "uz", auth: "president"}}},
		{"ru order with -р", "Распоряжением Кабинета Министров Кыргызской Республики от 4 мая 2021 года № 191-р утверждена концепция.",
			[]want{{text: "Распоряжением Кабинета Министров Кыргызской Республики от 4 мая 2021 года № 191-р", actType: "order", number: "191-р",
				date: "2021-05-04", year: 2021, juris: "kg", auth: "government"}}},
		{"kk word order and anaphor", "«Халықтың көші-қоны туралы» Қазақстан Республикасының 2011 жылғы 22 шілдедегі № 477-IV Заңы көші-қонды реттейді. Бұл заң маңызды.",
			[]want{
				{text: "«Халықтың көші-қоны туралы» Қазақстан Республикасының 2011 жылғы 22 шілдедегі № 477-IV Заңы", actType: "law", number: "477-IV",
					title: "Халықтың көші-қоны туралы", date: "2011-07-22", year: 2011, juris: "kz"},
				{text: "Бұл заң", actType: "law", juris: "kz", anaphor: true}}},
		{"kk abbreviated issuer", "Бұл мәселені «Шетелдіктердің құқықтық жағдайы туралы» 2001 жылғы 13 желтоқсандағы № 267 ҚР Заңы реттейді.",
			[]want{{text: "«Шетелдіктердің құқықтық жағдайы туралы» 2001 жылғы 13 желтоқсандағы № 267 ҚР Заңы", actType: "law", number: "267",
				title: "Шетелдіктердің құқықтық жағдайы туралы", date: "2001-12-13", year: 2001, juris: "kz"}}},
		{"kk resolution then concept", "Қазақстан Республикасы Үкіметінің 2022 жылғы 30 қарашадағы № 961 қаулысымен бекітілген Қазақстан Республикасының 2023–2027 жылдарға арналған көші-қон саясатының тұжырымдамасы жаңа міндеттер қойды.",
			[]want{
				{text: "Қазақстан Республикасы Үкіметінің 2022 жылғы 30 қарашадағы № 961 қаулысымен", actType: "resolution", number: "961",
					date: "2022-11-30", year: 2022, juris: "kz", auth: "government"},
				{text: "Қазақстан Республикасының 2023–2027 жылдарға арналған көші-қон саясатының тұжырымдамасы", actType: "concept",
					title: "көші-қон саясатының тұжырымдамасы", juris: "kz"}}},
		{"kk unquoted title and adoption year", "Қазақстан 2006 жылы заңсыз мигранттарға заңды мәртебе берілген рақымшылық туралы заң қабылдады.",
			[]want{{text: "рақымшылық туралы заң", actType: "law", title: "рақымшылық туралы", year: 2006, juris: "kz"}}},
		{"sl gazette", "Zakon o tujcih (Uradni list RS, št. 61/05) ureja vstop tujcev.",
			[]want{{text: "Zakon o tujcih (Uradni list RS, št. 61/05)", actType: "law", number: "61/05", title: "o tujcih", year: 2005, juris: "si"}}},
		{"sl date", "Uredba Vlade Republike Slovenije z dne 5. 7. 2018 določa postopek.",
			[]want{{text: "Uredba Vlade Republike Slovenije z dne 5. 7. 2018", actType: "decree", date: "2018-07-05", year: 2018, juris: "si", auth: "government"}}},
		{"sl period", "V Kazahstanu so sprejeli ukrepe. V konceptu migracijske politike za obdobje 2023–2027 si prizadevajo privabiti delavce.",
			[]want{{text: "konceptu migracijske politike za obdobje 2023–2027", actType: "concept", title: "konceptu migracijske politike za obdobje 2023–2027", juris: "kz"}}},
		{"ru unquoted title and year", "Закон о миграции населения 1997 года утратил силу.",
			[]want{{text: "Закон о миграции населения 1997 года", actType: "law", title: "о миграции населения", year: 1997}}},
		{"en international by name", "In 2024, Kyrgyzstan joined the Global Compact for Migration.",
			[]want{{text: "Global Compact for Migration", actType: "agreement", title: "Global Compact for Migration", juris: "un"}}},
		{"en organisation party", "Kazakhstan joined the CIS Agreement on Cooperation in the Field of Labor Migration (1994).",
			[]want{{text: "CIS Agreement on Cooperation in the Field of Labor Migration (1994)", actType: "agreement",
				title: "on Cooperation in the Field of Labor Migration", year: 1994, juris: "cis"}}},
		{"en constitution", "Kazakhstan is bound by the Constitution of the Republic of Kazakhstan and by international treaties.",
			[]want{{text: "Constitution of the Republic of Kazakhstan", actType: "other", title: "Constitution", juris: "kz"}}},
		{"ru constitution", "Согласно Конституции Республики Казахстан каждый имеет право на свободу передвижения.",
			[]want{{text: "Конституции Республики Казахстан", actType: "other", title: "Конституции", juris: "kz"}}},
		{"sl constitution lower case", "V Sloveniji imajo tujci v skladu z ustavo pravico do pritožbe.",
			[]want{{text: "ustavo", actType: "other", title: "ustavo", juris: "si"}}},
		{"en named rules", "The Rules of Entry and Stay of Immigrants in the Republic of Kazakhstan were amended in 2023.",
			[]want{{text: "Rules of Entry and Stay of Immigrants", actType: "other", title: "Rules of Entry and Stay of Immigrants", juris: "kz"}}},
		{"ru named rules", "Правила въезда и пребывания иммигрантов в Республике Казахстан были изменены.",
			[]want{{text: "Правила въезда и пребывания иммигрантов в Республике Казахстан", actType: "other", title: "Правила въезда и пребывания иммигрантов", juris: "kz"}}},
		{"en directive after an acronym", "The EU temporary protection directive was activated in 2022.",
			[]want{{text: "EU temporary protection directive", actType: "other", title: "EU temporary protection directive"}}},
		{"en amendments to laws", "Kazakhstan adopted amendments to national laws in 2013.",
			[]want{{text: "amendments to national laws in 2013", actType: "law", title: "amendments to national laws", year: 2013, juris: "kz"}}},
		{"en year and topic", "The 2006 amnesty legalised 165,000 migrants in Kazakhstan.",
			[]want{{text: "2006 amnesty", actType: "law", title: "amnesty", year: 2006, juris: "kz"}}},
		{"ru amendments dated by the sentence", "В 2013 году в Казахстане были приняты поправки в законы о домашних работниках.",
			[]want{{text: "поправки в законы о домашних работниках", actType: "law", title: "о домашних работниках", year: 2013, juris: "kz"}}},
		{"kk year before an unquoted title", "2006 жылғы рақымшылық туралы заң мигранттарды заңдастырды.",
			[]want{{text: "2006 жылғы рақымшылық туралы заң", actType: "law", title: "рақымшылық туралы", year: 2006}}},
		{"en counterparty", "Kazakhstan signed an agreement with South Korea in 2019.",
			[]want{{text: "agreement with South Korea", actType: "agreement", title: "with South Korea", year: 2019, juris: "int"}}},
		{"en between two governments", "The agreement between the Government of Kazakhstan and the Government of Qatar entered into force.",
			[]want{{text: "agreement between the Government of Kazakhstan and the Government of Qatar", actType: "agreement",
				title: "between the Government of Kazakhstan and the Government of Qatar", juris: "int"}}},
		{"en plural with one counterparty", "Kazakhstan signed agreements with Qatar on the employment of workers.",
			[]want{{text: "agreements with Qatar on the employment of workers", actType: "agreement", title: "on the employment of workers", juris: "int"}}},
		{"kk counterparty, subject left out", "Қазақстан Ресей Федерациясымен келісімге қол қойды.",
			[]want{{text: "Ресей Федерациясымен келісімге", actType: "agreement", title: "Ресей Федерациясымен", juris: "int"}}},
		{"kk between two states", "Ресей мен Қазақстан арасындағы келісім 2015 жылы күшіне енді.",
			[]want{{text: "Ресей мен Қазақстан арасындағы келісім 2015 жылы", actType: "agreement", title: "Ресей мен Қазақстан арасындағы", year: 2015, juris: "int"}}},
		{"kk protocol to an agreement", "2022 жылдың 14 наурызында ЕАЭО мен Иран уақытша келісімге хаттамаға қол қойды.",
			[]want{{text: "уақытша келісімге хаттамаға", actType: "agreement", title: "уақытша келісімге хаттамаға", date: "2022-03-14", year: 2022, juris: "eaeu"}}},
		{"sl plural with one counterparty", "Kazahstan je podpisal sporazume s Katarjem o zaposlovanju delavcev.",
			[]want{{text: "sporazume s Katarjem o zaposlovanju delavcev", actType: "agreement", title: "o zaposlovanju delavcev", juris: "int"}}},
		{"en policy with its period", "Kazakhstan's migration policy for 2023–2027 focuses on workers.",
			[]want{{text: "Kazakhstan's migration policy for 2023–2027", actType: "concept", title: "migration policy for 2023–2027", juris: "kz"}}},
		{"ru policy with its period", "Миграционная политика Казахстана на 2023–2027 годы направлена на привлечение специалистов.",
			[]want{{text: "Миграционная политика Казахстана на 2023–2027 годы", actType: "concept", title: "Миграционная политика", juris: "kz"}}},
		{"sl unquoted title ends at the verb", "Zakon o tujcih določa pogoje vstopa v Slovenijo.",
			[]want{{text: "Zakon o tujcih", actType: "law", title: "o tujcih", juris: "si"}}},
		{"anaphor modifying a noun", "Presidential Decree UP-158 \"On the Strategy 'Uzbekistan – 2030'\" (2023) outlined the solution. Additionally, some Strategy objectives will affect migration.",
			[]want{{text: "Presidential Decree UP-158 \"On the Strategy 'Uzbekistan – 2030'\" (2023)", actType: "decree", number: "UP-158",
				title: "On the Strategy 'Uzbekistan – 2030'", year: 2023, juris: "uz", auth: "president"},
				{text: "some Strategy", actType: "strategy", juris: "uz", anaphor: true}}},
		{"generic plurals, idioms and verbs", "Kazakhstan signed agreements with several countries. Kyrgyzstan signed labor migration agreements with 21 countries. Bilateral agreements with Serbia and Poland are being prepared. This is in agreement with the Government position. Officials must deal with Russia every day. Қазақстан Түркиямен, Ресеймен, Қытаймен келісімдерге қол қойды. Ұлттық заңнама жеткіліксіз дамыған.",
			nil},
		{"undated topics, fields, activities and periods of time", "The amnesty was popular. The regulation of migration is weak. The international migration law framework is weak. Kazakhstan's migration policy in 2011–2022 focused on repatriation. The migration policy of Kazakhstan changed. His physical constitution was weak. Law enforcement agencies detained migrants. The overall research strategy was qualitative.",
			nil},
		{"not acts", "In order to comply with the law, governments adopt laws and regulations. The Development Strategy Center published a report on international law, legal regulation and the rule of law. Such a decision is a good resolution.",
			nil},
		{"fields and organisations", "Experts in International Law and Human Rights Law said the United Nations Development Program (UNDP) helps.",
			nil},
		{"list labels", "Workforce Composition Regulation: Clear directives were set.",
			nil},
		{"professional codes", "The Code of Conduct applies to staff.",
			nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, ms := extractText(t, tc.text)
			if len(ms) != len(tc.want) {
				var got []string
				for _, m := range ms {
					got = append(got, m.Text)
				}
				t.Fatalf("got %d mentions %q, want %d", len(ms), got, len(tc.want))
			}
			for i, w := range tc.want {
				if oneLine(ms[i].Text) != w.text {
					t.Errorf("mention %d text %q, want %q", i, ms[i].Text, w.text)
				}
				checkMention(t, ms[i], w)
			}
		})
	}
}

// seedMentions extracts every seed once.
func seedMentions(tb testing.TB) ([]*doc.Document, [][]Mention) {
	tb.Helper()
	lx, _ := fixtures(tb)
	_, docs := seedDocs(tb)
	var all [][]Mention
	for _, d := range docs {
		all = append(all, Extract(d, lx))
	}
	return docs, all
}

func TestExtractSeeds(t *testing.T) {
	docs, all := seedMentions(t)
	if len(docs) != 5 {
		t.Skipf("want 5 seeds, have %d", len(docs))
	}
	if n := len(all[0]); n != 0 {
		t.Errorf("000 is an abstract page without acts; got %d mentions", n)
	}
	cases := []struct {
		seed int
		want want
	}{
		{1, want{text: "Law of the Republic of Kazakhstan No. 477-IV “On Migration”", actType: "law", number: "477-IV", title: "On Migration", juris: "kz"}},
		{1, want{text: "Decision of the Cabinet of Ministers No. 191-r", actType: "decision", number: "191-r", juris: "kg", auth: "government"}},
		{1, want{text: "Presidential Decree UP-158 \"On the Strategy 'Uzbekistan – 2030'\" (2023)", actType: "decree", number: "UP-158",
			title: "On the Strategy 'Uzbekistan – 2030'", year: 2023, juris: "uz", auth: "president"}},
		{1, want{text: "Kazakhstan's 2023–2027 migration policy concept", actType: "concept", title: "migration policy concept", juris: "kz"}},
		{1, want{text: "Uzbekistan's 2030 strategy", actType: "strategy", juris: "uz"}},
		{1, want{text: "Migration Policy Concept for 2023–2027", actType: "concept", title: "Migration Policy Concept for 2023–2027", juris: "kz"}},
		{1, want{text: "uzbekistansko strategijo do leta 2030", actType: "strategy", juris: "uz"}},
		{2, want{text: "ЕАЭО Бірыңғай кеден кодексі", actType: "code", title: "Бірыңғай кеден кодексі", year: 2017, juris: "eaeu"}},
		{2, want{text: "Еңбек миграциясы стратегиясы (2020-2030)", actType: "strategy", title: "Еңбек миграциясы стратегиясы", juris: "uz"}},
		{2, want{text: "Ресей Федерациясымен (2007) еңбек қызметі және азаматтардың құқықтарын қорғау туралы келісім", actType: "agreement",
			title: "еңбек қызметі және азаматтардың құқықтарын қорғау туралы", year: 2007, juris: "int"}},
		{3, want{text: "Republic of Kazakhstan's first \"On Population Migration\" Law", actType: "law", title: "On Population Migration", year: 1997, juris: "kz"}},
		{3, want{text: "Law of the Republic of Kazakhstan on Population Migration", actType: "law", title: "on Population Migration", year: 2011, juris: "kz"}},
		{3, want{text: "1951 Convention", actType: "convention", year: 1951, juris: "un"}},
		{4, want{text: "Law \"On Migration\" (2011, No. 477-IV, with amendments through 2024)", actType: "law", number: "477-IV", title: "On Migration", year: 2011, juris: "kz"}},
		{4, want{text: "Law of the Kyrgyz Republic \"On External Migration\"", actType: "law", title: "On External Migration", juris: "kg"}},
		{4, want{text: "Law on the Employment of the Population of 2016", actType: "law", title: "on the Employment of the Population", year: 2016, juris: "tm"}},
	}
	for _, tc := range cases {
		m := find(t, all[tc.seed], tc.want.text)
		checkMention(t, m, tc.want)
	}
	// Reference entries of 001 that are acts, and only those.
	var refs []string
	for _, m := range all[1] {
		if m.InReferences {
			refs = append(refs, m.ActType+" "+m.Number)
		}
	}
	wantRefs := "resolution 191|resolution 961|resolution 82|law 477-IV|decision 191-r|law 61|law 133|decision 437|decree UP-158"
	if got := strings.Join(refs, "|"); got != wantRefs {
		t.Errorf("001 reference entries:\n got  %s\n want %s", got, wantRefs)
	}
	// Text that must not be mentions.
	for i, ms := range all {
		for _, m := range ms {
			for _, bad := range []string{"Development Strategy Center", "Workforce Composition", "research strategy",
				"Tightens Immigration Rules", "International Law 7", "Regulation of the Modern", "меморандумдарға",
				"Кореямен, Түркиямен келісім", "registracijo"} {
				if strings.Contains(m.Text, bad) {
					t.Errorf("seed %d: %q is not an act", i, m.Text)
				}
			}
		}
	}
	// Acts named without a number: in reference-list titles that are not
	// acts themselves, in summaries, by year and topic, by counterparty.
	for _, tc := range []struct {
		seed        int
		text, typ   string
		juris       string
		year        int
		anaphor     bool
		inReference bool
	}{
		{1, "Rules of Entry and Stay of Immigrants", "other", "kz", 0, false, false},
		{1, "temporary protection directive", "other", "", 0, false, false},
		{1, "Concept of Migration Policy of Kazakhstan", "concept", "kz", 0, false, false},
		{1, "deal with Qatar", "agreement", "int", 0, false, false},
		{1, "some Strategy", "strategy", "uz", 0, true, false},
		{1, "migracijsko politiko Kirgizistana za obdobje 2021–2030", "concept", "kg", 0, false, false},
		{1, "kazahstansko migracijsko politiko za obdobje 2023–2027", "concept", "kz", 0, false, false},
		{1, "sporazumi s Katarjem o zaposlovanju kazahstanskih državljanov", "agreement", "int", 0, false, false},
		{2, "2006 жылғы көші-қон рақымшылығына", "law", "kz", 2006, false, false},
		{2, "жалпыұлттық заңдарға түзетулер", "law", "kz", 2013, false, false},
		{2, "2013 жылғы заңнамалық түзетулерге", "law", "kz", 2013, false, false},
		{2, "уақытша келісімге хаттамаға", "agreement", "eaeu", 2022, false, false},
		{3, "decent work programme of Kazakhstan", "programme", "kz", 0, false, false},
		{4, "Strategy for Regulating Migration Processes", "strategy", "tj", 0, false, false},
	} {
		m := find(t, all[tc.seed], tc.text)
		if m.ActType != tc.typ || m.Jurisdiction != tc.juris || m.Year != tc.year || m.Anaphor != tc.anaphor || m.InReferences != tc.inReference {
			t.Errorf("seed %d %q: type=%s juris=%s year=%d anaphor=%v ref=%v, want %s %s %d %v %v", tc.seed, tc.text,
				m.ActType, m.Jurisdiction, m.Year, m.Anaphor, m.InReferences, tc.typ, tc.juris, tc.year, tc.anaphor, tc.inReference)
		}
	}
	// The 2006 amnesty, named by year and topic, is the 2006 amnesty law.
	law, amnesty := find(t, all[2], "рақымшылық туралы заң"), find(t, all[2], "2006 жылғы көші-қон рақымшылығына")
	if same, why := SameAct(law, amnesty); !same {
		t.Errorf("the 2006 amnesty and the amnesty law are not linked: %s", why)
	}
}

// TestReferenceYears checks that reference entries tell the act's year from
// the publication year: 477-IV was adopted in 2011 (adilet id Z11…) though
// the entry is dated 2012.
func TestReferenceYears(t *testing.T) {
	_, all := seedMentions(t)
	for _, m := range all[1] {
		if !m.InReferences {
			continue
		}
		switch m.Number {
		case "477-IV":
			if m.Year != 2011 || m.PublishedYear != 2012 || m.YearSource != "url" {
				t.Errorf("477-IV entry: year %d published %d source %s, want 2011/2012/url", m.Year, m.PublishedYear, m.YearSource)
			}
		case "961":
			if m.Date != "2022-11-30" || m.PublishedYear != 0 {
				t.Errorf("961 entry: date %s published %d", m.Date, m.PublishedYear)
			}
		case "191-r":
			if m.Year != 2022 || m.YearSource != "publication" {
				t.Errorf("191-r entry: year %d source %s, want 2022 from publication", m.Year, m.YearSource)
			}
		}
	}
	// The in-text mention takes the act's year from its reference entry and
	// keeps the cited year.
	m := find(t, all[1], "Law of the Republic of Kazakhstan No. 477-IV “On Migration”")
	if m.Key != "kz:law:2011:477-IV" || m.PublishedYear != 2012 {
		t.Errorf("in-text 477-IV: key %s published %d", m.Key, m.PublishedYear)
	}
}

var adiletURL = regexp.MustCompile(`adilet\.zan\.kz/\w+/docs/(\w+)`)

func TestKeys(t *testing.T) {
	cases := []struct {
		m                Mention
		key, eli, adilet string
	}{
		{Mention{Jurisdiction: "kz", ActType: "law", Number: "477-IV", Year: 2011}, "kz:law:2011:477-IV", "/eli/kz/law/2011/477-IV", "Z1100000477"},
		{Mention{Jurisdiction: "kz", ActType: "resolution", Number: "961", Year: 2022, Authority: "government"}, "kz:resolution:2022:961", "/eli/kz/resolution/2022/961", "P2200000961"},
		{Mention{Jurisdiction: "kz", ActType: "resolution", Number: "82", ActYear: 2024}, "kz:resolution:2024:82", "/eli/kz/resolution/2024/82", "P2400000082"},
		{Mention{Jurisdiction: "kz", ActType: "decree", Number: "274", Year: 2020, Authority: "president"}, "kz:decree:2020:274", "/eli/kz/decree/2020/274", "U2000000274"},
		{Mention{Jurisdiction: "kz", ActType: "law", Number: "204-I", Year: 1997}, "kz:law:1997:204-I", "/eli/kz/law/1997/204-I", "Z970000204_"},
		{Mention{Jurisdiction: "kz", ActType: "resolution", Number: "10", Year: 2020, Authority: "ministry of labor"}, "kz:resolution:2020:10", "/eli/kz/resolution/2020/10", ""},
		{Mention{Jurisdiction: "uz", ActType: "decree", Number: "UP-158", Year: 2023}, "uz:decree:2023:UP-158", "/eli/uz/decree/2023/UP-158", ""},
		{Mention{Jurisdiction: "uz", ActType: "decree", Number: "УП-4829", Year: 2016}, "uz:decree:2016:UP-4829", "/eli/uz/decree/2016/UP-4829", ""},
		{Mention{Jurisdiction: "kg", ActType: "order", Number: "191-р", Year: 2021}, "kg:order:2021:191-r", "/eli/kg/order/2021/191-r", ""},
		{Mention{Jurisdiction: "kz", ActType: "concept", TitleKey: "migration-policy-2023-2027"}, "kz:concept:title:migration-policy-2023-2027", "/eli/kz/concept/title/migration-policy-2023-2027", ""},
		{Mention{Jurisdiction: "un", ActType: "convention", Year: 1951}, "un:convention:1951", "/eli/un/convention/1951", ""},
		{Mention{ActType: "law", Number: "5"}, "xx:law::5", "/eli/xx/law/5", ""},
	}
	for _, tc := range cases {
		if got := Key(tc.m); got != tc.key {
			t.Errorf("Key = %q, want %q", got, tc.key)
		}
		if got := ELI(tc.m); got != tc.eli {
			t.Errorf("ELI = %q, want %q", got, tc.eli)
		}
		if got := AdiletID(tc.m); got != tc.adilet {
			t.Errorf("AdiletID(%s) = %q, want %q", tc.key, got, tc.adilet)
		}
	}
	// The adilet ids computed for 001's reference entries are the ids in
	// their URLs.
	docs, all := seedMentions(t)
	checked := 0
	for _, m := range all[1] {
		if !m.InReferences || m.Jurisdiction != "kz" {
			continue
		}
		p := docs[1].ParagraphIndex(m.Span.Start)
		u := adiletURL.FindStringSubmatch(docs[1].Slice(docs[1].Paragraphs[p].Span))
		if u == nil {
			continue
		}
		checked++
		if got := AdiletID(m); got != u[1] {
			t.Errorf("AdiletID(%s) = %q, URL says %q", m.Key, got, u[1])
		}
	}
	if checked != 3 {
		t.Errorf("checked %d adilet URLs, want 3", checked)
	}
}

func TestTitleKey(t *testing.T) {
	lx, _ := fixtures(t)
	groups := []struct {
		actType, juris string
		titles         []string
		key            string
	}{
		{"law", "kg", []string{"On External Migration", "On Foreign Migration", "О внешней миграции", "Сыртқы көші-қон туралы", "O vneshney migratsii"}, "external-migration"},
		{"law", "kz", []string{"On Population Migration", "On Migration of Population", "О миграции населения", "Халықтың көші-қоны туралы", "on population migration"}, "migration-population"},
		{"law", "kg", []string{"On External Labor Migration", "О внешней трудовой миграции", "Сыртқы еңбек көші-қоны туралы"}, "external-labor-migration"},
		{"resolution", "kz", []string{
			"On Approval of the Concept of Migration Policy of the Republic of Kazakhstan for 2023–2027 years",
			"Об утверждении Концепции миграционной политики Республики Казахстан на 2023 – 2027 годы",
			"Қазақстан Республикасының көші-қон саясатының 2023 – 2027 жылдарға арналған тұжырымдамасын бекіту туралы"}, "migration-policy-2023-2027"},
		{"concept", "kz", []string{"Migration Policy Concept for 2023–2027", "migration policy concept 2023-2027", "konceptu migracijske politike za obdobje 2023–2027"}, "migration-policy-2023-2027"},
		{"decree", "uz", []string{"On the Strategy 'Uzbekistan – 2030'", "О Стратегии «Узбекистан – 2030»"}, "2030"},
	}
	for _, g := range groups {
		for _, title := range g.titles {
			if got := lx.TitleKey(title, g.actType, g.juris, ""); got != g.key {
				t.Errorf("TitleKey(%q) = %q, want %q", title, got, g.key)
			}
		}
	}
	// Approval titles name their subject.
	for _, title := range []string{
		"On Approval of the Concept of Migration Policy of the Kyrgyz Republic for 2021–2030 years",
		"Об утверждении Концепции миграционной политики Кыргызской Республики на 2021–2030 годы",
	} {
		if got := lx.titleInfo(title, "resolution", "kg", "").subject; got != "concept" {
			t.Errorf("subject of %q = %q, want concept", title, got)
		}
	}
	if got := lx.titleInfo("On signing the Agreement between the Government of the Republic of Kazakhstan and the Government of the State of Qatar", "resolution", "kz", "").subject; got != "agreement" {
		t.Errorf("signing title subject = %q", got)
	}
	if a, b := lx.TitleKey("On Migration", "law", "kz", ""), lx.TitleKey("On Population Migration", "law", "kz", ""); a == b {
		t.Errorf("On Migration and On Population Migration share key %q", a)
	}
}

// seedMention finds a mention of a seed by its text.
func seedMention(tb testing.TB, all [][]Mention, seed int, text string) Mention {
	tb.Helper()
	return find(tb, all[seed], text)
}

func TestSameAct(t *testing.T) {
	_, all := seedMentions(t)
	var ref477 Mention
	for _, m := range all[1] {
		if m.InReferences && m.Number == "477-IV" {
			ref477 = m
		}
	}
	law2011in004 := seedMention(t, all, 4, "Law \"On Migration\" (2011, No. 477-IV, with amendments through 2024)")
	law1997 := seedMention(t, all, 3, "Republic of Kazakhstan's first \"On Population Migration\" Law")
	law2011in003 := seedMention(t, all, 3, "Law of the Republic of Kazakhstan on Population Migration")
	foreign := seedMention(t, all, 1, "Law No. 61 \"On Foreign Migration\"")
	external := seedMention(t, all, 4, "Law of the Kyrgyz Republic \"On External Migration\"")
	externalLabor := seedMention(t, all, 4, "Law of the Kyrgyz Republic \"On External Labor Migration\"")
	res191 := seedMention(t, all, 1, "Resolution of the Government of the Kyrgyz Republic No. 191 “On Approval of the Concept of Migration Policy of the Kyrgyz Republic for 2021–2030 years”")
	dec191r := seedMention(t, all, 1, "Decision of the Cabinet of Ministers No. 191-r")
	kgConcept := seedMention(t, all, 4, "Concept of Migration Policy 2021–2030 of the Kyrgyz Republic")
	res961 := seedMention(t, all, 1, "Resolution of the Government of Kazakhstan No. 961 “On Approval of the Concept of Migration Policy of the Republic of Kazakhstan for 2023–2027 years”")
	kzConcept2023 := seedMention(t, all, 4, "Migration Policy Concept for 2023-2027")
	kzAbstract := seedMention(t, all, 1, "Kazakhstan's 2023–2027 migration policy concept")
	tjLaw := seedMention(t, all, 4, "Law \"On Migration\" of the Republic of Tajikistan from 1999")
	up158 := seedMention(t, all, 1, "Presidential Decree UP-158 \"On the Strategy 'Uzbekistan – 2030'\" (2023)")
	uzAbstract := seedMention(t, all, 1, "Uzbekistan's 2030 strategy")
	tjNational := seedMention(t, all, 4, "National Development Strategy for the period up to 2030")

	_, ru := extractText(t, "В 2000 году был принят Закон Кыргызской Республики «О внешней миграции».")
	_, kk := extractText(t, "«Сыртқы көші-қон туралы» Қырғыз Республикасының Заңы мигранттарды қорғайды.")

	cases := []struct {
		name string
		a, b Mention
		same bool
	}{
		{"477-IV reference entry and 004", ref477, law2011in004, true},
		{"2011 law without number and 477-IV", law2011in003, law2011in004, true},
		{"1997 and 2011 migration laws stay apart", law1997, law2011in003, false},
		{"1997 law and 477-IV", law1997, law2011in004, false},
		{"1997 law and 477-IV reference entry", law1997, ref477, false},
		{"On Foreign Migration = On External Migration", foreign, external, true},
		{"On External Migration in Russian", external, ru[0], true},
		{"On External Migration in Kazakh", foreign, kk[0], true},
		{"External Labor Migration is another law", externalLabor, external, false},
		{"Resolution 191 and Decision 191-r", res191, dec191r, true},
		{"Resolution 191 approves the 2021–2030 concept", res191, kgConcept, true},
		{"Resolution 961 approves the 2023–2027 concept", res961, kzConcept2023, true},
		{"abstract concept and resolution 961", kzAbstract, res961, true},
		{"Kazakh and Kyrgyz concepts", kzConcept2023, kgConcept, false},
		{"Tajik and Kazakh laws On Migration", tjLaw, law2011in004, false},
		{"UP-158 and Uzbekistan's 2030 strategy", up158, uzAbstract, true},
		{"Uzbek and Tajik 2030 strategies", uzAbstract, tjNational, false},
		{"law and resolution with the same number", Mention{Jurisdiction: "kz", ActType: "law", Number: "477"}, Mention{Jurisdiction: "kz", ActType: "resolution", Number: "477"}, false},
		{"same number, years 2011 and 2015", Mention{Jurisdiction: "kz", ActType: "law", Number: "5", Year: 2011, YearSource: "date"}, Mention{Jurisdiction: "kz", ActType: "law", Number: "5", Year: 2015, YearSource: "date"}, false},
	}
	for _, tc := range cases {
		for _, pair := range [][2]Mention{{tc.a, tc.b}, {tc.b, tc.a}} {
			same, why := SameAct(pair[0], pair[1])
			if same != tc.same {
				t.Errorf("%s: SameAct(%q, %q) = %v (%s), want %v", tc.name, pair[0].Text, pair[1].Text, same, why, tc.same)
			}
			if why == "" {
				t.Errorf("%s: no reason", tc.name)
			}
		}
	}
}

func TestDisagreements(t *testing.T) {
	_, all := seedMentions(t)
	var ref477, ref961 Mention
	for _, m := range all[1] {
		if m.InReferences && m.Number == "477-IV" {
			ref477 = m
		}
		if m.InReferences && m.Number == "961" {
			ref961 = m
		}
	}
	law004 := seedMention(t, all, 4, "Law \"On Migration\" (2011, No. 477-IV, with amendments through 2024)")
	concept2023 := seedMention(t, all, 4, "Migration Policy Concept for 2023-2027")
	res191 := seedMention(t, all, 1, "Resolution of the Government of the Kyrgyz Republic No. 191 “On Approval of the Concept of Migration Policy of the Kyrgyz Republic for 2021–2030 years”")
	dec191r := seedMention(t, all, 1, "Decision of the Cabinet of Ministers No. 191-r")
	kgConcept := seedMention(t, all, 4, "Concept of Migration Policy 2021–2030 of the Kyrgyz Republic")

	cases := []struct {
		name string
		a, b Mention
		want []string // substrings, each in some disagreement
	}{
		{"477-IV: 2012 is the reference entry's publication year", ref477, law004,
			[]string{"year 2012 comes from the reference entry's publication date", "adopted in 2011"}},
		{"961: 2023 is the first year of the period", ref961, concept2023,
			[]string{"year 2023", "first year of the period 2023-2027", "2022-11-30"}},
		{"191 vs 191-r", res191, dec191r,
			[]string{"number 191 in", "191-r", "resolution", "decision", "publication dates"}},
		{"191-r vs adopted on May 4, 2021", dec191r, kgConcept,
			[]string{"year 2022", "publication", "2021-05-04"}},
	}
	for _, tc := range cases {
		got := strings.Join(Disagreements(tc.a, tc.b), "\n")
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %q missing from\n%s", tc.name, w, got)
			}
		}
	}
	if d := Disagreements(ref477, ref477); len(d) != 0 {
		t.Errorf("a mention disagrees with itself: %q", d)
	}
}

func TestAnaphora(t *testing.T) {
	_, ms := extractText(t, `Resolution of the Government of the Kyrgyz Republic No. 191 "On Approval of the Concept of Migration Policy of the Kyrgyz Republic for 2021–2030 years" was adopted in 2021. The Concept aims to normalize migration.

Law No. 133 "On Internal Migration" of the Kyrgyz Republic governs internal migration. This law defines internal migrants. The Concept also sets four stages.

The Resolution of the Government of the Republic of Tajikistan dated June 30, 2023, No. 309 "Strategy for regulating migration processes in the Republic of Tajikistan for the period up to 2040" was adopted. The strategy was developed to achieve the goals of the National Development Strategy for the period up to 2030. The strategy is implemented in six stages.`)
	type link struct{ anaphor, antecedent string }
	var got []link
	for _, m := range ms {
		if m.Anaphor {
			got = append(got, link{m.Text, ms[m.Antecedent].Number})
			if m.Key != ms[m.Antecedent].Key {
				t.Errorf("anaphor %q key %s, antecedent key %s", m.Text, m.Key, ms[m.Antecedent].Key)
			}
		}
	}
	want := []link{{"The Concept", "191"}, {"This law", "133"}, {"The Concept", "191"}, {"The strategy", "309"}, {"The strategy", "309"}}
	if len(got) != len(want) {
		t.Fatalf("anaphors %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("anaphor %d: %v, want %v", i, got[i], want[i])
		}
	}
	// Without an antecedent "the Concept" is not a mention.
	if _, ms := extractText(t, "The Concept of justice matters. This decision was criticized."); len(ms) != 0 {
		t.Errorf("unresolved anaphors kept: %v", ms)
	}
	// In the seeds.
	_, all := seedMentions(t)
	for _, tc := range []struct{ anaphor, number string }{{"this law", "477-IV"}, {"the Decision", "437"}, {"the Agreement", "82"}, {"This strategy", "UP-158"}} {
		m := seedMention(t, all, 1, tc.anaphor)
		if !m.Anaphor || all[1][m.Antecedent].Number != tc.number {
			t.Errorf("%q resolved to %+v, want No. %s", tc.anaphor, all[1][m.Antecedent], tc.number)
		}
	}
}

func TestCluster(t *testing.T) {
	_, all := seedMentions(t)
	acts := Cluster(all)
	byKey := map[string]Act{}
	for _, a := range acts {
		byKey[a.Key] = a
		if len(a.Mentions) == 0 || len(a.Docs) == 0 {
			t.Errorf("empty act %+v", a)
		}
	}
	shared := map[string][]int{
		"kz:law:2011:477-IV":     {1, 3, 4},
		"kz:resolution:2022:961": {1, 4},
		"kg:resolution:2021:191": {1, 4},
		"kg:law:2023:61":         {1, 4},
	}
	for key, docs := range shared {
		a, ok := byKey[key]
		if !ok {
			t.Errorf("no act %s", key)
			continue
		}
		if fmt.Sprint(a.Docs) != fmt.Sprint(docs) {
			t.Errorf("%s in docs %v, want %v", key, a.Docs, docs)
		}
	}
	// The 1997 law is its own act.
	law1997 := seedMention(t, all, 3, "Republic of Kazakhstan's first \"On Population Migration\" Law")
	for _, a := range acts {
		has1997, has2011 := false, false
		for _, r := range a.Mentions {
			m := all[r.Doc][r.Mention]
			if r.Doc == 3 && m.Span == law1997.Span {
				has1997 = true
			}
			if m.Number == "477-IV" {
				has2011 = true
			}
		}
		if has1997 && has2011 {
			t.Errorf("1997 and 2011 laws merged into %s", a.Key)
		}
	}
	// Every mention is in exactly one act.
	seen := map[Ref]bool{}
	for _, a := range acts {
		for _, r := range a.Mentions {
			if seen[r] {
				t.Errorf("%v in two acts", r)
			}
			seen[r] = true
		}
	}
	total := 0
	for _, ms := range all {
		total += len(ms)
	}
	if len(seen) != total {
		t.Errorf("%d mentions clustered, want %d", len(seen), total)
	}
}

// TestSpans checks the span invariants on the seeds, and that Extract is
// deterministic.
func TestSpans(t *testing.T) {
	lx, _ := fixtures(t)
	docs, all := seedMentions(t)
	for i, ms := range all {
		checkSpans(t, docs[i], ms)
		if again := Extract(docs[i], lx); !reflect.DeepEqual(again, ms) {
			t.Errorf("seed %d: a second Extract differs", i)
		}
	}
}

func checkSpans(t testing.TB, d *doc.Document, ms []Mention) {
	t.Helper()
	last := -1
	for i, m := range ms {
		if m.Span.Start < 0 || m.Span.End > len(d.Text) || m.Span.Start >= m.Span.End {
			t.Fatalf("mention %d span %v outside text of %d bytes", i, m.Span, len(d.Text))
		}
		if m.Text != d.Text[m.Span.Start:m.Span.End] {
			t.Fatalf("mention %d text %q is not the text of its span", i, m.Text)
		}
		if m.Span.Start < last {
			t.Fatalf("mention %d out of order", i)
		}
		last = m.Span.Start
		if m.Anaphor && (m.Antecedent < 0 || m.Antecedent >= i) || !m.Anaphor && m.Antecedent != -1 {
			t.Fatalf("mention %d antecedent %d", i, m.Antecedent)
		}
		if m.Key == "" || m.ActType == "" {
			t.Fatalf("mention %d without key or type", i)
		}
		if !actTypes[m.ActType] || m.Jurisdiction != "" && !jurisdictions[m.Jurisdiction] {
			t.Fatalf("mention %d: type %q jurisdiction %q not contract names", i, m.ActType, m.Jurisdiction)
		}
	}
}

func TestLoadValidation(t *testing.T) {
	cases := []struct {
		file, data string
		load       func(*Lexicon, []nlp.LexEntry) error
		want       string
	}{
		{"data/types.lex", "[en]\nlaww | law\n", (*Lexicon).loadTypes, "data/types.lex:2: unknown act type"},
		{"data/types.lex", "[en]\nlaw:strong | law\n", (*Lexicon).loadTypes, "data/types.lex:2: unknown flag"},
		{"data/types.lex", "[xx]\nlaw | law\n", (*Lexicon).loadTypes, "data/types.lex:2: unknown language"},
		{"data/types.lex", "[en]\nlaw | Law\n", (*Lexicon).loadTypes, "must be case-folded"},
		{"data/types.lex", "[en]\nlaw | act\n\ndecree | act\n", (*Lexicon).loadTypes, "data/types.lex:4: form \"act\" is already a law"},
		{"data/juris.lex", "[names]\nkaz | kazakhstan\n", (*Lexicon).loadJuris, "data/juris.lex:2: unknown jurisdiction"},
		{"data/months.lex", "[en]\n13 | smarch\n", (*Lexicon).loadMonths, "data/months.lex:2: month number"},
		{"data/numbers.lex", "[prefixes]\nUP | edict | president | uz\n", (*Lexicon).loadNumbers, "data/numbers.lex:2: unknown act type"},
		{"data/known.lex", "[acts]\nconvention | 19x1 | un | X\n", (*Lexicon).loadKnown, "data/known.lex:2: year"},
		{"data/authority.lex", "[authorities]\nking | king\n", (*Lexicon).loadAuthorities, "data/authority.lex:2: unknown authority"},
	}
	for _, tc := range cases {
		entries, err := nlp.ParseLexicon(tc.file, []byte(tc.data))
		if err != nil {
			t.Fatal(err)
		}
		lx := &Lexicon{types: map[string]typeWord{}, markers: map[string]bool{}, prefixes: map[string]numPrefix{}, months: map[string]int{}}
		err = tc.load(lx, entries)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s %q: error %v, want %q", tc.file, tc.data, err, tc.want)
		}
	}
	if _, err := Load(); err != nil {
		t.Fatal(err)
	}
}

func BenchmarkExtract(b *testing.B) {
	lx, _ := fixtures(b)
	_, docs := seedDocs(b)
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	n := 0
	for b.Loop() {
		for _, d := range docs {
			Extract(d, lx)
		}
		n++
	}
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		// Throughput per CPU second (garbage collection included): the
		// wall-clock MB/s above drops when other work shares the machine.
		b.ReportMetric(float64(size)*float64(n)/1e6/cpu, "MB/cpu-s")
	}
}
