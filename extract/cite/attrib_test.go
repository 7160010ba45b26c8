package cite

import (
	"math/rand"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/claimgraph/claimgraph/extract/refs"
)

// attribCase is one paragraph and the organisations credited in it ("" for
// none); span, when set, is the attribution's text.
type attribCase struct {
	text string
	orgs []string
	span string
}

// runAttrib runs Extract on each case as a document of its own (with one
// reference so that callouts resolve) in the given language.
func runAttrib(t *testing.T, lang string, cases []attribCase) {
	t.Helper()
	list := "\n\nReferences\n\nMcAuliffe, M., & Oucho, L. A. (2024). World migration report 2024. IOM.\n\nBlack, J. (2021). Global Migration Indicators 2021. IOM."
	for _, tc := range cases {
		d := naiveDocument("a", tc.text+list, testRefsLex)
		for i := range d.Paragraphs {
			d.Paragraphs[i].Lang = lang
		}
		rs := refs.Extract(d, testRefsLex)
		res := Extract(d, rs, testLex)
		var got []string
		for _, a := range res.Attributions {
			got = append(got, a.Org)
			if d.Slice(a.OrgSpan) != a.Org || !a.Span.Contains(a.OrgSpan) || !a.Sentence.Contains(a.Span) {
				t.Errorf("%q: spans wrong: %+v", tc.text, a)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.orgs, "|") {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.orgs)
			continue
		}
		if tc.span != "" && (len(res.Attributions) != 1 || d.Slice(res.Attributions[0].Span) != tc.span) {
			t.Errorf("%q: span %q, want %q", tc.text, d.Slice(res.Attributions[0].Span), tc.span)
		}
	}
}

func TestAttributionsEnglish(t *testing.T) {
	runAttrib(t, "en", []attribCase{
		{"Remittances reached 24% of GDP according to the World Bank.", []string{"World Bank"}, "according to the World Bank"},
		{"As reported by Eurasianet, 3,000 migrants were deported in 2024.", []string{"Eurasianet"}, "As reported by Eurasianet"},
		{"The Migration Agency reported 1.2 million departures in 2023.", []string{"Migration Agency"}, "Migration Agency reported"},
		{"The Ministry has also reported 650,000 registered migrants.", []string{"Ministry"}, "Ministry has also reported"},
		{"Rosstat data show that 4.5 million migrants arrived in 2023.", []string{"Rosstat"}, ""},
		{"The IOM's figures suggest a decline of 12% in 2024.", []string{"IOM"}, "IOM's figures"},
		{"Kursiv's recent migration figures put the number at 2 million.", []string{"Kursiv"}, "Kursiv's recent migration figures"},
		{"The data compiled by the Statistics Agency under the President of Uzbekistan show 5,166 departures.", []string{"Statistics Agency under the President of Uzbekistan"}, ""},
		{"In 2024, the International Organization for Migration conducted a survey of 1,700 migrants.", []string{"International Organization for Migration"}, ""},
		{"The report was published by the Asian Development Bank in 2022 and lists 3 million migrants.", []string{"Asian Development Bank"}, ""},
		{"A report by Human Rights Watch documented 120 cases of abuse.", []string{"Human Rights Watch"}, ""},
		{"Data from the National Bank of Tajikistan indicate that remittances fell by 5%.", []string{"National Bank of Tajikistan"}, ""},
		{"The World Bank estimated that remittances reached 48% of GDP.", []string{"World Bank"}, ""},
		{"According to the International Labour Organization (ILO), there are 170 million migrant workers.", []string{"International Labour Organization (ILO)"}, ""},
		{"The UN Economic and Social Commission for Asia and the Pacific (UN ESCAP) observes that migration grows by 3% a year.", []string{"UN Economic and Social Commission for Asia and the Pacific (UN ESCAP)"}, ""},
		{"According to the \"I want to live\" project of the Ministry of Defense of Ukraine, 3,000 people serve in the army.", []string{"Ministry of Defense of Ukraine"}, ""},
		{"According to the Migration Service Committee of the Ministry of Internal Affairs of Kazakhstan's website, stays are limited to 90 days.", []string{"Migration Service Committee of the Ministry of Internal Affairs of Kazakhstan"}, ""},
		{"The latest Kyrgyzstani committee statistics show 132,556 residents relocated to Bishkek.", []string{"Kyrgyzstani committee"}, ""},
		{"The Kyrgyz government reported 2,000 returns.", []string{"Kyrgyz government"}, ""},
		{"The committee reported 2,000 returns.", nil, ""},
		{"Radio Azattyk reported that 400 students left Bishkek.", []string{"Radio Azattyk"}, ""},
		{"According to the Federal State Statistics Service (Rosstat), 4.5 million migrants arrived.", []string{"Federal State Statistics Service (Rosstat)"}, ""},
		{"According to estimates by the World Bank, remittances fell by 22%.", []string{"World Bank"}, ""},
		{"World Bank estimates suggest remittances fell by 22%.", []string{"World Bank"}, ""},
		{"Data of the Migration Service of Tajikistan show 500,000 departures.", []string{"Migration Service of Tajikistan"}, ""},
		{"In its 2023 report, the ILO estimated that 30% of migrants lack contracts.", []string{"ILO"}, ""},
		{"RFE/RL's Kyrgyz Service reported that 400 students left.", []string{"RFE/RL's Kyrgyz Service"}, ""},
		{"Figures published by Kazakhstan's Ministry of Labour show 137,000 citizens abroad.", []string{"Kazakhstan's Ministry of Labour"}, ""},
		{"According to the Central Bank of Russia's data, transfers fell by 3%.", []string{"Central Bank of Russia"}, ""},
		{"According to a 2023 IOM report, 70,000 Kyrgyz migrants live in Kazakhstan.", []string{"IOM"}, ""},
		{"According to a recent World Bank report, remittances grew by 5%.", []string{"World Bank"}, ""},
		{"The Ministry of Foreign Affairs told reporters that 300 citizens were evacuated.", []string{"Ministry of Foreign Affairs"}, ""},
		{"TASS, citing the Interior Ministry, reported that 6 million migrants entered Russia.", []string{"Interior Ministry"}, ""},
		{"The Kyrgyz news agency AKIpress reported that 2,000 migrants returned.", []string{"Kyrgyz news agency AKIpress"}, ""},
		{"According to a statement from the Ministry of Labour, 12,000 workers left for Korea.", []string{"Ministry of Labour"}, ""},
		{"According to the Ministry of Labor, Social Development and Migration of the Kyrgyz Republic, 650 thousand citizens are abroad.", []string{"Ministry of Labor, Social Development and Migration of the Kyrgyz Republic"}, ""},
		{"According to the Ministry of Labor, Kyrgyz and Uzbek workers earn $500.", []string{"Ministry of Labor"}, ""},
		// Officials speaking for an organisation.
		{"Alexander Bastrykin, head of the Investigative Committee, said that 80,000 people had received citizenship.", []string{"Investigative Committee"}, "Alexander Bastrykin, head of the Investigative Committee, said"},
		{"The deputy minister told Kabar that 11,000 people work in the UAE.", []string{"Kabar"}, "told Kabar"},
		{"Deputy Minister of Labor Bakyt Darmankul uulu told Kabar that 11,000 people work in the UAE.", []string{"Kabar"}, "Deputy Minister of Labor Bakyt Darmankul uulu told Kabar"},
		{"Rosstat head Sergei Galkin said 600,000 migrants left in 2024.", []string{"Rosstat"}, "Rosstat head Sergei Galkin said"},
		{"According to the Migration Agency's deputy director Azimjon Khusanov, 122 agreements were signed.", []string{"Migration Agency"}, "According to the Migration Agency's deputy director Azimjon Khusanov"},
		{"According to Deputy Minister Bakyt Darmankul uulu, 11,000 people work in the UAE.", []string{"Deputy Minister Bakyt Darmankul"}, ""},
		// No organisation named, or a formal citation names the source.
		{"According to the Law of the Kyrgyz Republic, migrants must register within 10 days.", nil, ""},
		{"According to the Concept, 800,000 Russians may arrive.", nil, ""},
		{"According to the Government Resolution No. 191, quotas were raised by 10%.", nil, ""},
		{"According to Article 5 of the Law, workers have the right to 24 days of leave.", nil, ""},
		{"According to him, 4,000 citizens were employed.", nil, ""},
		{"According to official data, 350 thousand migrants work in the Russian Federation.", nil, ""},
		{"According to the results of this study, 36% of respondents cited income.", nil, ""},
		{"According to the International Organization for Migration (McAuliffe & Oucho, 2024), the exodus was historic.", nil, ""},
		{"Global remittances exceed aid, as the World Bank (Black, 2021) notes.", nil, ""},
		{"Official data show that 9,478 Tajik citizens found employment.", nil, ""},
		{"The study found that 62% of migrants move short distances.", nil, ""},
		{"Kazakhstan reported 29,282 arrivals in 2024.", nil, ""},
		{"Each ministry also reports its accomplishments to the Commission.", nil, ""},
		{"The Institute for Labour Market Research conducts surveys on employment.", nil, ""},
		{"Founded 1990\n\nPublished by ZRC SAZU, Založba ZRC", nil, ""},
		{"Figure 2: Internal migration. Source: Bureau of National Statistics, 2024b.", nil, ""},
		{"The World Bank's headquarters are in Washington.", nil, ""},
		{"Figure 3: Remittances. Source: World Bank data, 2024.", nil, ""},
		{"Source: World Bank. According to the IOM, 70,000 migrants live in Kazakhstan.", []string{"IOM"}, ""},
		{"Surveys conducted by the IOM in 2023 found that 36% of migrants lacked contracts.", []string{"IOM"}, ""},
		{"The EAEU member states and the CIS states share a labour market.", nil, ""},
		{"According to Table 3, 40% of migrants are women.", nil, ""},
		{"According to the 2021 census, 7 million people live in Kyrgyzstan.", nil, ""},
		{"According to the UN Convention on the Rights of Migrant Workers, states must protect 5 rights.", nil, ""},
		{"According to the World Migration Report 2024, there are 281 million migrants.", nil, ""},
		{"According to Ryazantsev (2016), 40% of migrants are irregular.", nil, ""},
		{"The findings agree with Smith, who reported that 40% of migrants send money.", nil, ""},
		{"The survey, conducted by the authors in 2023, covered 500 migrants.", nil, ""},
		{"The Ministry of Labour is responsible for migration policy.", nil, ""},
		{"President Tokayev said that 100,000 jobs would be created.", nil, ""},
		{"The World Bank classifies Kyrgyzstan as a lower-middle-income country with 7 million people.", nil, ""},
		{"Tajikistan is a member of the CIS, the SCO and the EAEU.", nil, ""},
		{"Remittances, according to many experts, exceed aid by 3 times.", nil, ""},
		{"This is shown by the data of Table 2.", nil, ""},
		{"According to the 2019 Law on Migration, 30 days are allowed.", nil, ""},
	})
}

func TestAttributionsRussian(t *testing.T) {
	runAttrib(t, "ru", []attribCase{
		{"По данным МВД России, в 2023 году в страну въехали 6 млн мигрантов.", []string{"МВД России"}, "По данным МВД России"},
		{"Согласно данным Росстата, численность мигрантов выросла на 5%.", []string{"Росстата"}, ""},
		{"Как сообщает Азаттык, 300 мигрантов были депортированы.", []string{"Азаттык"}, ""},
		{"По оценкам Всемирного банка, переводы составили 48% ВВП.", []string{"Всемирного банка"}, ""},
		{"По информации Федеральной службы государственной статистики, 3,5 млн человек сменили место жительства.", []string{"Федеральной службы государственной статистики"}, ""},
		{"По данным Министерства внутренних дел России число мигрантов выросло на 10%.", []string{"Министерства внутренних дел России"}, ""},
		{"Министерство труда Таджикистана сообщило о 500 тысячах мигрантов.", []string{"Министерство труда Таджикистана"}, ""},
		{"Министерство труда сообщило о 500 тысячах мигрантов.", []string{"Министерство труда"}, ""},
		{"По словам заместителя министра труда Таджикистана, 80 тысяч мигрантов вернулись.", []string{"заместителя министра труда Таджикистана"}, ""},
		{"Согласно докладу Международной организации по миграции, 10 млн мигрантов находятся в России.", []string{"Международной организации по миграции"}, ""},
		{"По словам главы МВД Владимира Колокольцева, в России работают 6 млн мигрантов.", []string{"МВД Владимира Колокольцева"}, "По словам главы МВД Владимира Колокольцева"},
		{"Как сообщил министр труда Таджикистана Шохин Саид, 80 тысяч человек вернулись.", []string{"министр труда Таджикистана Шохин Саид"}, ""},
		{"Об этом сообщило Министерство иностранных дел Казахстана, отметив рост на 5%.", []string{"Министерство иностранных дел Казахстана"}, ""},
		{"Согласно Закону о миграции, мигранты регистрируются в течение 7 дней.", nil, ""},
		{"По данным исследования, 30% домохозяйств получают переводы.", nil, ""},
		{"Согласно статье 5, работники имеют право на отпуск.", nil, ""},
		{"По данным Всемирного банка [8], переводы составили 30% ВВП.", nil, ""},
	})
}

func TestAttributionsKazakh(t *testing.T) {
	runAttrib(t, "kk", []attribCase{
		{"Дүниежүзілік банктің мәліметінше, ақша аударымдары ЖІӨ-нің 32 пайызын құрады.", []string{"Дүниежүзілік банктің"}, "Дүниежүзілік банктің мәліметінше"},
		{"Қазақстан Республикасы Ұлттық статистика бюросының деректері бойынша, 2024 жылы 29 282 адам келген.", []string{"Қазақстан Республикасы Ұлттық статистика бюросының"}, ""},
		{"ХКҰ мәліметтері бойынша, 70 мыңнан астам мигрант бар.", []string{"ХКҰ"}, ""},
		{"2021 жылы ХКҰ-ның мәліметінше, 70 мың мигрант тіркелді.", []string{"ХКҰ-ның"}, ""},
		{"Ішкі істер министрлігінің хабарлауынша, 2023 жылы 650 мың мигрант тіркелген.", []string{"Ішкі істер министрлігінің"}, ""},
		{"Еңбек және халықты әлеуметтік қорғау министрлігінің мәліметінше, 137 мың азамат шетелде.", []string{"Еңбек және халықты әлеуметтік қорғау министрлігінің"}, ""},
		{"Бұл ретте Дүниежүзілік банктің бағалауы бойынша, аударымдар 5%-ға өсті.", []string{"Дүниежүзілік банктің"}, ""},
		{"Еңбек министрі Светлана Жақыпова мәлімдеді, 137 мың азамат шетелде жұмыс істейді.", []string{"Еңбек министрі Светлана Жақыпова"}, ""},
		{"Көші-қон комитеті 2023 жылы 650 мың мигрантты тіркеді.", nil, ""},
		{"Заңға сәйкес, мигранттар 7 күн ішінде тіркелуі тиіс.", nil, ""},
		{"Зерттеу нәтижелері бойынша, 36% респондент табысты атады.", nil, ""},
		{"Ресми деректер бойынша, 350 мың мигрант бар.", nil, ""},
	})
}

func TestAttributionsSlovenian(t *testing.T) {
	runAttrib(t, "sl", []attribCase{
		{"Po podatkih Statističnega urada Republike Slovenije je bilo leta 2023 v Sloveniji 12.000 delavcev iz Kazahstana.", []string{"Statističnega urada Republike Slovenije"}, "Po podatkih Statističnega urada Republike Slovenije"},
		{"Glede na podatke Svetovne banke so nakazila znašala 48 % BDP.", []string{"Svetovne banke"}, ""},
		{"Po ocenah Mednarodne organizacije za migracije je v Rusiji 10 milijonov migrantov.", []string{"Mednarodne organizacije"}, ""},
		{"Zavod za zaposlovanje poroča, da je brezposelnost padla za 3 %.", []string{"Zavod za zaposlovanje"}, ""},
		{"Kot poroča Eurasianet, je Rusija izgnala 3.000 migrantov.", []string{"Eurasianet"}, ""},
		{"Po podatkih Eurostata je leta 2023 v EU prispelo 5.000 delavcev iz Uzbekistana.", []string{"Eurostata"}, ""},
		{"Po besedah ministra za delo Luke Mesca je v Sloveniji 5.000 delavcev iz Kazahstana.", []string{"ministra za delo Luke Mesca"}, ""},
		{"Po podatkih iz poročila so migranti izpostavljeni izkoriščanju.", nil, ""},
		{"Po ocenah strokovnjakov je število migrantov naraslo za 5 %.", nil, ""},
		{"Po podatkih Zakona o tujcih je 12 % prošenj zavrnjenih.", nil, ""},
	})
}

func TestAttribLexiconValidation(t *testing.T) {
	base := "[org-head]\nministry\n[org-name]\nIOM\n[not-org]\nGDP\n[legal]\nlaw\n[role]\nhead\n[aux]\nhas\n[connector]\nof\n[stopword]\nin\n[caption]\nsource\n"
	for _, bad := range []string{
		"[pattern]\naccording to | en\n",               // no slot
		"[pattern]\naccording ORG to | en\n",           // slot in the middle
		"[pattern]\naccording to ORG | xx\n",           // unknown language
		"[pattern]\naccording to ORG\n",                // no language
		"[pattern]\nAccording to ORG | en\n",           // not folded
		"[pattern]\nto? according ORG | en\n",          // optional first word
		"[pattern]\naccording ~9 to ORG | en\n",        // gap too long
		"[pattern]\n~2 according to ORG | en\n",        // gap first
		"[pattern]\naccording to ORG's | en\n",         // possessive at the end
		"[pattern]\nа* ORG | ru\n",                     // stem too short
		"[pattern]\nsaid/said ORG | en\n",              // duplicate alternative
		"[pattern]\nORG _ said | en\n",                 // _ not first
		"[pattern]\nORG said | en\n[org-head]\nbank\n", // duplicate section entry below
		"[pattern]\nORG said | en\n[role]\nhead | boss\n",
		"[pattern]\nORG said | en\n[org-name]\nworld Bank\n",
		"[pattern]\nORG said | en\n[colours]\nred\n",
	} {
		data := bad + base
		if strings.Contains(bad, "[org-head]\nbank") {
			data = bad + strings.Replace(base, "[org-head]\nministry\n", "bank\n", 1)
		}
		fs := fstest.MapFS{"a.lex": {Data: []byte(data)}}
		if _, err := loadAttrib(fs, "a.lex"); err == nil {
			t.Errorf("no error for %q", bad)
		} else if !strings.Contains(err.Error(), "a.lex") {
			t.Errorf("error without file name: %v", err)
		}
	}
	fs := fstest.MapFS{"a.lex": {Data: []byte("[pattern]\nORG said | en\n" + base)}}
	if _, err := loadAttrib(fs, "a.lex"); err != nil {
		t.Errorf("valid file: %v", err)
	}
	fs = fstest.MapFS{"a.lex": {Data: []byte("[pattern]\nORG said | en\n")}}
	if _, err := loadAttrib(fs, "a.lex"); err == nil {
		t.Errorf("missing sections accepted")
	}
	if len(testLex.Before) == 0 || len(testLex.After) == 0 {
		t.Errorf("Before/After not filled")
	}
}

func BenchmarkAttributions(b *testing.B) {
	d := seedDocument(b, "004", testRefsLex)
	rs := refs.Extract(d, testRefsLex)
	x := extractor{d: d, rs: rs, lx: testLex, ix: newIndex(rs, testLex)}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.attributions(nil)
	}
}

func BenchmarkExtract(b *testing.B) {
	d := seedDocument(b, "004", testRefsLex)
	rs := refs.Extract(d, testRefsLex)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Extract(d, rs, testLex)
	}
}

// cover returns parts of the window only, and every word of a window is in
// a part of it or of a window before (ensure skips no word it did not
// complete).
func TestCover(t *testing.T) {
	rng := rand.New(rand.NewSource(17))
	for n := 0; n < 2000; n++ {
		done := [2]int{0, -1}
		seen := map[int]bool{}
		at := rng.Intn(50) - 10
		for w := 0; w < 30; w++ {
			at += rng.Intn(12) - 2
			a := at - []int{3, 40, 0}[rng.Intn(3)] - rng.Intn(5)
			b := at + rng.Intn(60)
			for _, p := range cover(a, b, &done) {
				if p[1] < p[0] {
					continue
				}
				if p[0] < a || p[1] > b {
					t.Fatalf("cover(%d, %d) gives %v, outside the window", a, b, p)
				}
				for g := p[0]; g <= p[1]; g++ {
					seen[g] = true
				}
			}
			for g := a; g <= b; g++ {
				if !seen[g] {
					t.Fatalf("window %d..%d: word %d never completed", a, b, g)
				}
			}
		}
	}
}
