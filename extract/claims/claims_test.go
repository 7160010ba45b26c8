package claims

import (
	"math"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// want describes the fields of one expected claim; empty fields and nil
// pointers are not checked.
type want struct {
	text      string
	value     *float64 // nil: not checked
	noValue   bool     // a range: Value must be nil
	low, high float64  // checked when low != high or both non-zero
	unit      string
	approx    string
	entity    string
	origin    string
	dest      string
	indicator string
	period    string
	hedged    bool
	resp      bool
}

func v(x float64) *float64 { return &x }

// findClaim returns the claim whose text is text.
func findClaim(claims []Claim, text string) (Claim, bool) {
	for _, c := range claims {
		if c.Text == text {
			return c, true
		}
	}
	return Claim{}, false
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(b)) }

func checkWant(t *testing.T, text string, claims []Claim, w want) {
	t.Helper()
	c, ok := findClaim(claims, w.text)
	if !ok {
		var got []string
		for _, c := range claims {
			got = append(got, c.Text)
		}
		t.Errorf("%q: no claim %q; got %q", text, w.text, got)
		return
	}
	if w.value != nil && (c.Value == nil || !near(*c.Value, *w.value)) {
		t.Errorf("%q: value %v, want %g", w.text, c.Value, *w.value)
	}
	if w.noValue && c.Value != nil {
		t.Errorf("%q: value %g, want none (a range)", w.text, *c.Value)
	}
	if (w.low != 0 || w.high != 0) && (!near(c.Low, w.low) || !near(c.High, w.high)) {
		t.Errorf("%q: interval [%g, %g], want [%g, %g]", w.text, c.Low, c.High, w.low, w.high)
	}
	for _, f := range []struct{ name, got, want string }{
		{"unit", c.Unit, w.unit}, {"approx", c.Approx, w.approx}, {"entity", c.Entity, w.entity},
		{"origin", c.Origin, w.origin}, {"destination", c.Destination, w.dest},
		{"indicator", c.Indicator, w.indicator}, {"period", c.Period.String(), w.period},
	} {
		if f.want != "" && f.got != f.want {
			t.Errorf("%q: %s %q, want %q", w.text, f.name, f.got, f.want)
		}
	}
	if w.hedged && !c.Hedged {
		t.Errorf("%q: not hedged", w.text)
	}
	if w.resp && !c.Respectively {
		t.Errorf("%q: not marked respectively", w.text)
	}
}

func runCases(t *testing.T, cases []struct {
	text  string
	wants []want
}) {
	t.Helper()
	for _, tc := range cases {
		claims := extractText(t, tc.text)
		for _, w := range tc.wants {
			checkWant(t, tc.text, claims, w)
		}
	}
}

// TestNumbersAndUnits covers separators, percent words, scale words and
// currencies in the four languages.
func TestNumbersAndUnits(t *testing.T) {
	runCases(t, []struct {
		text  string
		wants []want
	}{
		{"The population of Kyrgyzstan was 7,037,590 as of 2023.",
			[]want{{text: "7,037,590", value: v(7037590), low: 7037589.5, high: 7037590.5, unit: "persons", approx: "exact"}}},
		{"These strategies culminated in the issuance of 1,618.9 thousand permits.",
			[]want{{text: "1,618.9 thousand", value: v(1618900), low: 1618850, high: 1618950, unit: "count"}}},
		{"The agency employed a total of 10.000 Uzbekistan nationals in these countries.",
			[]want{{text: "10.000", value: v(10000), unit: "persons"}}},
		{"2006 жылдың соңына қарай 165 000 заңсыз еңбек мигранттары заңдастырылды.",
			[]want{{text: "165 000", value: v(165000), unit: "persons", period: "2006"}}},
		{"Жұмысшы-мигранттардың қатысуымен 2022 жылдың соңына Қазақстанның ЖІӨ-нің шамамен 2,8% - ы құрады.",
			[]want{{text: "шамамен 2,8% - ы", value: v(2.8), low: 2.66, high: 2.94, unit: "percent", approx: "about", entity: "KZ", period: "2022"}}},
		{"Remittances only account for 0.1% of the country's overall GDP.",
			[]want{{text: "0.1%", value: v(0.1), low: 0.05, high: 0.15, unit: "percent", indicator: "remittances_gdp_share"}}},
		{"Surveys indicate that 30 to 40 per cent of households in Tajikistan have at least one member working abroad.",
			[]want{{text: "30 to 40 per cent", noValue: true, low: 30, high: 40, unit: "percent", approx: "range", entity: "TJ"}}},
		{"Денежные переводы составили 32,9 процента ВВП Кыргызстана в 2022 году.",
			[]want{{text: "32,9 процента", value: v(32.9), unit: "percent", entity: "KG", indicator: "remittances_gdp_share", period: "2022"}}},
		{"Мигранттардың шамамен 20 пайызы Ресейде жұмыс істейді.",
			[]want{{text: "шамамен 20 пайызы", value: v(20), low: 19, high: 21, unit: "percent", approx: "about"}}},
		{"Nakazila so leta 2022 znašala 32,9 odstotka BDP Kirgizistana.",
			[]want{{text: "32,9 odstotka", value: v(32.9), unit: "percent", entity: "KG", indicator: "remittances_gdp_share", period: "2022"}}},
		{"The average monthly salary in Kyrgyzstan rose from 17,000 KGS in 2019 to 31,000 KGS in 2023.",
			[]want{{text: "17,000 KGS", unit: "KGS", entity: "KG", indicator: "average_wage", period: "2019"},
				{text: "31,000 KGS", unit: "KGS", entity: "KG", indicator: "average_wage", period: "2023"}}},
		{"In Uzbekistan wages grew from 2.5 million UZS in 2020 to approximately 5 million UZS in 2024.",
			[]want{{text: "2.5 million UZS", value: v(2.5e6), low: 2.45e6, high: 2.55e6, unit: "UZS"},
				{text: "approximately 5 million UZS", value: v(5e6), low: 4.75e6, high: 5.25e6, approx: "about"}}},
		{"This initiative contributed more than 29.9 billion tenge in income taxes.",
			[]want{{text: "more than 29.9 billion tenge", value: v(29.9e9), low: 29.9e9, high: 31.395e9, unit: "KZT", approx: "over"}}},
		{"Переводы составили 2,5 млрд долларов США.",
			[]want{{text: "2,5 млрд долларов США", value: v(2.5e9), unit: "USD"}}},
		{"Microloans of up to 10 million UZS can be provided to labor migrants.",
			[]want{{text: "up to 10 million UZS", value: v(1e7), low: 0, high: 1e7, unit: "UZS", approx: "under"}}},
		{"Денежные переводы превысили 5 млрд рублей.",
			[]want{{text: "превысили 5 млрд рублей", value: v(5e9), approx: "over", unit: "RUB"}}},
		{"The issuance of seasonal work visas to the UK increased 7.4 times between 2021 and 2023.",
			[]want{{text: "7.4 times", value: v(7.4), low: 7.35, high: 7.45, unit: "times", period: "2021-2023"}}},
		{"Заработная плата в Таджикистане почти в 11 раз ниже, чем в России.",
			[]want{{text: "почти в 11 раз", value: v(11), low: 10.45, high: 11, unit: "times", approx: "almost", entity: "TJ", indicator: "average_wage"}}},
		{"Жалақы екі есе өсті.", []want{{text: "екі есе", value: v(2), unit: "times"}}},
		{"Plača v Tadžikistanu je skoraj enajstkrat nižja kot v Rusiji.",
			[]want{{text: "skoraj enajstkrat", value: v(11), unit: "times", approx: "almost", entity: "TJ"}}},
		{"Visitors without visas may stay for 30 days.", []want{{text: "30 days", value: v(30), unit: "days", hedged: true}}},
		{"Kazakhstan 2006 жылы мигранттарға үш жыл мерзімге заңды мәртебе берді.",
			[]want{{text: "үш жыл мерзімге", value: v(3), unit: "years"}}},
	})
}

// TestApproximations checks the intervals of the README for approximation
// words in the four languages.
func TestApproximations(t *testing.T) {
	runCases(t, []struct {
		text  string
		wants []want
	}{
		{"Internal migrants account for almost 20% of the country's population.",
			[]want{{text: "almost 20%", value: v(20), low: 19, high: 20, approx: "almost"}}},
		{"In 2020, they constituted over 25% of the GDP.",
			[]want{{text: "over 25%", low: 25, high: 26.25, approx: "over"}}},
		{"Kyrgyzstan receives about 24% of GDP in remittances.",
			[]want{{text: "about 24%", low: 22.8, high: 25.2, approx: "about"}}},
		{"Less than 2% of the workforce were foreign-born in 2010.",
			[]want{{text: "Less than 2%", low: 1.9, high: 2, approx: "under"}}},
		{"At least 500 migrants were deported.",
			[]want{{text: "At least 500", low: 500, high: 525, approx: "over"}}},
		{"Более 300 тыс. мигрантов были выдворены из России в 2023 году.",
			[]want{{text: "Более 300 тыс.", value: v(300000), low: 300000, high: 315000, approx: "over", unit: "persons", indicator: "deportations", period: "2023"}}},
		{"Около 4,5 млн граждан Таджикистана работают в России.",
			[]want{{text: "Около 4,5 млн", low: 4.275e6, high: 4.725e6, approx: "about", entity: "TJ", dest: "RU"}}},
		{"Почти половина мигрантов работает в Москве.",
			[]want{{text: "Почти половина", value: v(0.5), low: 0.475, high: 0.5, unit: "share", approx: "almost"}}},
		{"Не менее 100 человек были опрошены.",
			[]want{{text: "Не менее 100", low: 100, high: 105, approx: "over"}}},
		{"2000 жылдардың ортасында Қазақстанға жыл сайын миллионнан астам адам келді.",
			[]want{{text: "миллионнан астам", value: v(1e6), low: 1e6, high: 1.05e6, approx: "over", unit: "persons", entity: "KZ"}}},
		{"2022 жылы Ресейден 5 мыңға жуық қырғыз азаматы депортацияланды.",
			[]want{{text: "5 мыңға жуық", low: 4750, high: 5000, approx: "almost", entity: "KG", indicator: "deportations", period: "2022"}}},
		{"Тәжікстан халқының шамамен 10%-ы шетелде жұмыс істейді.",
			[]want{{text: "шамамен 10%-ы", low: 9.5, high: 10.5, approx: "about", entity: "TJ", indicator: "migrants_abroad"}}},
		{"V letu 2023 je v Kazahstanu delalo približno 70.000 delavcev iz Kirgizistana.",
			[]want{{text: "približno 70.000", value: v(70000), low: 66500, high: 73500, approx: "about", unit: "persons", entity: "KG", dest: "KZ", period: "2023"}}},
		{"V prvi polovici leta 2024 je Rusijo zapustilo več kot 300 tisoč delavcev.",
			[]want{{text: "več kot 300 tisoč", value: v(300000), approx: "over", period: "2024-H1"}}},
		{"In 2024, the number of Uzbek residents in South Korea approached 95,000.",
			[]want{{text: "approached 95,000", low: 90250, high: 95000, approx: "almost", entity: "UZ", dest: "KR", period: "2024"}}},
	})
}

// TestNonClaims lists numbers that are not claims.
func TestNonClaims(t *testing.T) {
	for _, text := range []string{
		"See Figure 4 and Table 2 on page 12 (pp. 383–399).",
		"The Law No. 477-IV and Decree UP-158 of 2023 were adopted.",
		"Resolution № 961 and the Decision of the Cabinet of Ministers No. 191-r.",
		"ORCID 0009-0008-1688-8071, DOI 10.1177/0197918319879057, ISSN 0353-6777.",
		"Tel.: +386 (0)1 4706 485; e-mail: dd-th@zrc-sazu.si; https://orcid.org/0009-0004-9663-133X.",
		"The COVID-19 pandemic hit in 2020.",
		"The Concept for 2021–2030 and the Migration Policy Concept for 2023-2027 years.",
		"Young people aged 18–35 are among the top five destinations.",
		"Kazakhstan is the second biggest host of migrants [8].",
		"Migration grew in the 1990s and in the 21st century.",
		"The report (Smith, 2021) appeared in the first half of 2024.",
		"1. Introduction",
		"Volume 60(2) of the journal, 1-кесте, 2011 жылы, в 2021 году, 2024-H1.",
		"Received: 04-05-2023; Accepted: 16-07-2023; accessed 28.08.2022.",
		"This research has been funded by the Grant No. AP19679267.",
		"Article 5 of the Code and the Strategy up to 2040.",
		"Over the past four to five years, tremendous progress has been made.",
		"The three countries and the five republics face challenges.",
		"The Inter-ministerial Commission meets at least twice a year.",
		"Human Rights Watch released a 63-page report on March 17, 2025.",
		"It provides compensation under the \"Cargo 200\" service.",
		"Over this 12-year span, emigration grew.",
		"Қазақстан 2006 жылы заң қабылдады, ал 2013 жылы түзетулер енгізді [1].",
		"В 2021 году, согласно статье 5 Закона № 961, ситуация изменилась.",
		"V 1990ih letih in leta 2024 so se migracije spremenile.",
		"Зерттеу барысында «төрт бостандығы» талқыланды.",
		"DVE DOMOVINI • TWO HOMELANDS 63 • 2026",
		"Naklada / Printum 100",
	} {
		if claims := extractText(t, text); len(claims) > 0 {
			var got []string
			for _, c := range claims {
				got = append(got, c.Text)
			}
			t.Errorf("%q: claims %q, want none", text, got)
		}
	}
}

// TestReferencesAreSkipped checks that the reference list holds no claims.
func TestReferencesAreSkipped(t *testing.T) {
	text := "Introduction\n\nAbout 40% of migrants work in Russia.\n\nReferences\n\n" +
		"Black J. (2021). Global Migration Indicators 2021. IOM, Geneva, 34(1), 75–93. 281 million migrants.\n"
	claims := extractText(t, text)
	if len(claims) != 1 || claims[0].Text != "About 40%" {
		t.Errorf("claims %+v, want only \"About 40%%\"", claims)
	}
}

// TestExcludeContext checks that spans other extractors own are not claims.
func TestExcludeContext(t *testing.T) {
	text := "In 2024, 625,918 internal migrants were reported (Committee, 2024, p. 15)."
	d := buildDoc(t, text)
	i := strings.Index(d.Text, "(Committee")
	ctx := Context{
		Exclude: []doc.Span{{Start: i, End: i + len("(Committee, 2024, p. 15)")}},
		Sources: []Source{{Span: doc.Span{Start: i, End: i + 10}, Ref: "Committee2024"}},
	}
	claims := Extract(d, lexicon(t), ctx)
	if len(claims) != 1 || claims[0].Text != "625,918" {
		t.Fatalf("claims %+v", claims)
	}
	if claims[0].Source != "Committee2024" {
		t.Errorf("source %q, want Committee2024", claims[0].Source)
	}
}

// TestRangesAndChanges tells ranges from changes.
func TestRangesAndChanges(t *testing.T) {
	runCases(t, []struct {
		text  string
		wants []want
	}{
		{"In 2010–2014, 3–4 million Uzbek residents worked overseas.",
			[]want{{text: "3–4 million", noValue: true, low: 3e6, high: 4e6, unit: "persons", approx: "range", entity: "UZ", indicator: "migrants_abroad", period: "2010-2014"}}},
		{"Еңбек мигранттары елдің ЖІӨ-нің 5-тен 10%-на дейін құрайды.",
			[]want{{text: "5-тен 10%-на дейін", noValue: true, low: 5, high: 10, unit: "percent", approx: "range"}}},
		{"Олардың үлесіне елдің жалпы ішкі өнімінің 10-нан 12 пайызына дейін тиесілі болды.",
			[]want{{text: "10-нан 12 пайызына дейін", low: 10, high: 12, unit: "percent", approx: "range", indicator: "gdp"}}},
		{"От 5 до 10% населения работает за рубежом.",
			[]want{{text: "От 5 до 10%", low: 5, high: 10, approx: "range"}}},
		{"Between 2,000 and 3,000 migrants returned.",
			[]want{{text: "Between 2,000 and 3,000", low: 2000, high: 3000, approx: "range", unit: "persons"}}},
		{"Med 2.000 in 3.000 državljanov Uzbekistana je bilo izgnanih.",
			[]want{{text: "Med 2.000 in 3.000", low: 2000, high: 3000, approx: "range", entity: "UZ", indicator: "deportations"}}},
		{"In the first half of 2024, Tajik labor migration to Russia fell by 16%, from 467,300 to 392,800 migrants.",
			[]want{{text: "16%", unit: "percent", entity: "TJ", period: "2024-H1"},
				{text: "467,300", value: v(467300), unit: "persons", entity: "TJ", period: "2023-H1"},
				{text: "392,800", value: v(392800), unit: "persons", period: "2024-H1"}}},
		{"В первом полугодии 2024 года число мигрантов из Узбекистана сократилось на 15%, с 1 200 000 до 1 020 000 человек.",
			[]want{{text: "1 200 000", value: v(1.2e6), unit: "persons", approx: "exact", period: "2023-H1"},
				{text: "1 020 000", value: v(1.02e6), unit: "persons", approx: "exact", period: "2024-H1"}}},
		{"Ресейдегі өзбек мигранттарының саны 2024 жылы 1,2 миллионнан 698 мыңға дейін азайды.",
			[]want{{text: "1,2 миллионнан", value: v(1.2e6), entity: "UZ"}, {text: "698 мыңға", value: v(698000), approx: "exact"}}},
		{"Število priseljencev se je povečalo za 15 odstotkov, s 15.000 na 17.250.",
			[]want{{text: "15.000", value: v(15000), unit: "persons"}, {text: "17.250", value: v(17250), unit: "persons"}}},
	})
}

// TestListsAndRespectively covers lists of figures and "respectively".
func TestListsAndRespectively(t *testing.T) {
	runCases(t, []struct {
		text  string
		wants []want
	}{
		{"Дүниежүзілік банктің мәліметінше, мигранттар Қырғызстан мен Тәжікстанға аударған қаражат 2013 жылы осы елдердің ЖІӨ-нің 32 және тиісінше 49 пайызын құрады.",
			[]want{{text: "32", value: v(32), unit: "percent", entity: "KG", indicator: "remittances_gdp_share", period: "2013", resp: true},
				{text: "49 пайызын", value: v(49), unit: "percent", entity: "TJ", indicator: "remittances_gdp_share", period: "2013", resp: true}}},
		{"Remittances reached 32% and 49% of GDP in Kyrgyzstan and Tajikistan, respectively.",
			[]want{{text: "32%", entity: "KG", resp: true}, {text: "49%", entity: "TJ", resp: true}}},
		{"In Kyrgyzstan and Tajikistan remittances reached 32% and 49% of GDP, respectively.",
			[]want{{text: "32%", entity: "KG", resp: true}, {text: "49%", entity: "TJ", resp: true}}},
		{"Переводы в Кыргызстан и Таджикистан составили 32% и 49% ВВП соответственно.",
			[]want{{text: "32%", entity: "KG", resp: true}, {text: "49%", entity: "TJ", resp: true}}},
		{"At the same time, 5166 Uzbek citizens wanted to move abroad. Over 4,000 individuals went to Kazakhstan, 760 to the Russian Federation, 85 to Kyrgyzstan, and 93 to other nations.",
			[]want{{text: "Over 4,000", unit: "persons", entity: "UZ", dest: "KZ"}, {text: "760", unit: "persons", entity: "UZ", dest: "RU"},
				{text: "85", unit: "persons", dest: "KG"}, {text: "93", unit: "persons"}}},
		{"Remittances accounted for roughly 18.8% (2023) of Kyrgyzstan's, 47.9% (2024) of Tajikistan's and 14.4% (2024) of Uzbekistan's GDPs according to the World Bank.",
			[]want{{text: "roughly 18.8%", approx: "about", entity: "KG", indicator: "remittances_gdp_share", period: "2023"},
				{text: "47.9%", approx: "exact", low: 47.85, high: 47.95, entity: "TJ", indicator: "remittances_gdp_share", period: "2024"},
				{text: "14.4%", entity: "UZ", period: "2024"}}},
		{"Population growth for 2024 was 1.3% for Kazakhstan, Kyrgyzstan – 1.7%, Tajikistan – 1.9%, Turkmenistan – 1.8%, Uzbekistan – 2.0%.",
			[]want{{text: "1.3%", entity: "KZ", indicator: "population_growth", period: "2024"}, {text: "1.7%", entity: "KG", period: "2024"},
				{text: "1.9%", entity: "TJ"}, {text: "1.8%", entity: "TM"}, {text: "2.0%", entity: "UZ", low: 1.95, high: 2.05}}},
		{"Тәжікстанда Ресейден аударымдардың жалпы көлеміндегі ақша аударымдарының үлесі 76%, Өзбекстанда – 56%, Қазақстанда - 44% құрады.",
			[]want{{text: "76%", entity: "TJ", indicator: "remittances_share_from_russia"}, {text: "56%", entity: "UZ"}, {text: "44%", entity: "KZ"}}},
	})
}

// TestWordsAsNumbers covers fractions, ratios and number words.
func TestWordsAsNumbers(t *testing.T) {
	runCases(t, []struct {
		text  string
		wants []want
	}{
		{"Tajikistan is the poorest country and half its gross domestic product comes from remittances.",
			[]want{{text: "half", value: v(0.5), unit: "share", entity: "TJ", indicator: "remittances_gdp_share"}}},
		{"In 2023, more than two-thirds of arrivals in Kazakhstan were Kazakh and Russian.",
			[]want{{text: "more than two-thirds", value: v(2.0 / 3), unit: "share", approx: "over", entity: "KZ", period: "2023"}}},
		{"Remittances make up a third of GDP in Tajikistan.", []want{{text: "a third", value: v(1.0 / 3), unit: "share"}}},
		{"A quarter of households receive remittances.", []want{{text: "A quarter", value: v(0.25), unit: "share"}}},
		{"One in five residents has worked abroad.", []want{{text: "One in five", value: v(0.2), unit: "share"}}},
		{"Wages are almost eleven times lower than in Russia.", []want{{text: "almost eleven times", value: v(11), low: 10.45, high: 11, unit: "times"}}},
		{"The global labor force has seen a threefold increase in migrants.", []want{{text: "threefold", value: v(3), unit: "times"}}},
		{"Climate migrants might increase migration by tenfold.", []want{{text: "tenfold", value: v(10), unit: "times", hedged: true}}},
		{"At the end of 2024, this figure has halved to 350,000 people.", []want{{text: "halved", value: v(0.5), unit: "times"}, {text: "350,000", unit: "persons", period: "2024"}}},
		{"The number of migrants doubled in 2022.", []want{{text: "doubled", value: v(2), unit: "times", period: "2022"}}},
		{"It is estimated that over three thousand people from Central Asia now serve in the army.",
			[]want{{text: "over three thousand", value: v(3000), unit: "persons", approx: "over", hedged: true, entity: "central-asia"}}},
		{"Four Tajik nationals were found responsible.", []want{{text: "Four", value: v(4), unit: "persons", entity: "TJ"}}},
		{"In 2024, four agreements were signed with Japan.", []want{{text: "four", value: v(4), unit: "count", indicator: "agreements_signed"}}},
		{"Олар жалпы ішкі өнімнің үштен бірін құрайды, өйткені ақша аударымдары көп.", []want{{text: "үштен бірін", value: v(1.0 / 3), unit: "share"}}},
		{"Жұмысшылардың жартысы шетелде жұмыс істейді.", []want{{text: "жартысы", value: v(0.5), unit: "share"}}},
		{"Треть мигрантов работает в строительстве.", []want{{text: "Треть", value: v(1.0 / 3), unit: "share"}}},
		{"Skoraj polovica migrantov iz Tadžikistana dela v Rusiji.",
			[]want{{text: "Skoraj polovica", value: v(0.5), approx: "almost", entity: "TJ", dest: "RU"}}},
		{"Tretjina delavcev je odšla v tujino.", []want{{text: "Tretjina", value: v(1.0 / 3), unit: "share"}}},
	})
	for _, text := range []string{
		"The goal's realization involves four stages.",
		"We delineate three primary epochs of migration policy.",
		"One of the most recent decisions was adopted.",
		"The first half of the year was difficult.",
		"Kazakhstan is a third country for many migrants.",
		"Бұл екі тарапқа да пайда әкеледі.",
	} {
		if claims := extractText(t, text); len(claims) > 0 {
			t.Errorf("%q: claims %+v, want none", text, claims)
		}
	}
}

// TestEntityIndicatorPeriod checks entities, origins and destinations,
// indicators and periods on sentences from the seeds and on sentences
// written for the test, in the four languages.
func TestEntityIndicatorPeriod(t *testing.T) {
	runCases(t, []struct {
		text  string
		wants []want
	}{
		{"A statistical study by the International Organization for Migration (2019) on the situation in Kyrgyzstan found that internal migrants account for almost 20% of the country's population.",
			[]want{{text: "almost 20%", entity: "KG", indicator: "internal_migrants_share", period: "2019"}}},
		{"In 2024, the National Statistical Committee of the Kyrgyz Republic reported 625,918 internal migrants. These include 235,216 men and 390,702 women.",
			[]want{{text: "625,918", unit: "persons", entity: "KG", indicator: "internal_migrants_count", period: "2024"},
				{text: "235,216", entity: "KG", indicator: "internal_migrants_count", period: "2024"}}},
		{"According to the Russian Ministry of Internal Affairs, 650,000 migrants from Kyrgyzstan were registered in 2023.",
			[]want{{text: "650,000", unit: "persons", entity: "KG", origin: "KG", indicator: "migrants_registered", period: "2023"}}},
		{"As of October 2022, over 200,000 Russians have entered Kazakhstan.",
			[]want{{text: "over 200,000", entity: "RU", origin: "RU", dest: "KZ", indicator: "arrivals", period: "2022-10"}}},
		{"In the first half of 2024, more than 3,000 Tajik migrants were deported from Russia.",
			[]want{{text: "more than 3,000", entity: "TJ", origin: "TJ", dest: "RU", indicator: "deportations", period: "2024-H1"}}},
		{"In 2024, the number of arrivals in the country amounted to 29,282 people, and the number of departures from the country was 12,732 people. The net migration amounted to 16,550 people.",
			[]want{{text: "29,282", indicator: "arrivals", period: "2024"}, {text: "12,732", indicator: "departures", period: "2024"},
				{text: "16,550", indicator: "net_migration", period: "2024"}}},
		{"The share of arrivals from the CIS countries in Kazakhstan was 81.6%, the share of departures to these countries was 74.8%.",
			[]want{{text: "81.6%", entity: "KZ", indicator: "cis_share_arrivals"}, {text: "74.8%", entity: "KZ", indicator: "cis_share_departures"}}},
		{"While 1.2 million migrants from Uzbekistan were working in this country at the end of 2023, this number dropped to 698,000 by the end of 2024.",
			[]want{{text: "1.2 million", entity: "UZ", origin: "UZ", indicator: "migrants_abroad", period: "2023"},
				{text: "698,000", entity: "UZ", period: "2024"}}},
		{"The current population of Central Asia is 83,739,349 as of August 11, 2025.",
			[]want{{text: "83,739,349", unit: "persons", entity: "central-asia", indicator: "population", period: "2025-08-11"}}},
		{"In 2024, there were roughly 70,000 Kyrgyz labor migrants in Kazakhstan.",
			[]want{{text: "roughly 70,000", entity: "KG", origin: "KG", dest: "KZ", indicator: "migrants_abroad", period: "2024"}}},
		{"South Korea allocated 800 worker quotas for Tajikistan in 2025.",
			[]want{{text: "800", unit: "count", entity: "TJ", indicator: "work_quota", period: "2025"}}},
		{"For reference, the UK issued 556 visas to Uzbek citizens in 2021, 4,228 in 2022, and 4,094 in 2023.",
			[]want{{text: "556", entity: "UZ", indicator: "visas_issued", period: "2021"}, {text: "4,228", indicator: "visas_issued", period: "2022"},
				{text: "4,094", period: "2023"}}},
		{"In 2022, over 40% of those arriving in the country were Kazakhs, and another 25% were Russians.",
			[]want{{text: "over 40%", indicator: "arrivals", period: "2022"}, {text: "25%", indicator: "arrivals", period: "2022"}}},
		{"Kyrgyzstan has signed labor migration agreements with 21 countries (2024).",
			[]want{{text: "21", entity: "KG", indicator: "agreements_signed", period: "2024"}}},
		{"Published: 14 August 2025\n\nFor example, last year, 932 thousand people from Kyrgyzstan were officially registered as being in labor migration.",
			[]want{{text: "932 thousand", entity: "KG", indicator: "migrants_registered", period: "2024"}}},
		{"По данным Росстата, в 2021 году в Россию въехали около 4,5 млн граждан Таджикистана.",
			[]want{{text: "около 4,5 млн", entity: "TJ", dest: "RU", indicator: "arrivals", period: "2021"}}},
		{"Численность населения Казахстана на 1 января 2024 года составила 20 033 842 человека.",
			[]want{{text: "20 033 842", unit: "persons", entity: "KZ", indicator: "population", period: "2024-01-01"}}},
		{"По состоянию на октябрь 2022 года в Казахстан въехали более 200 тысяч россиян.",
			[]want{{text: "более 200 тысяч", entity: "RU", dest: "KZ", period: "2022-10"}}},
		{"2021 жылы Қырғызстандағы барлық ақша аударымдарының 82% - ы Ресейден түскен.",
			[]want{{text: "82% - ы", entity: "KG", indicator: "remittances_share_from_russia", period: "2021"}}},
		{"Тәжікстанда олардың үлесі ЖІӨ-нің 30%-ын, ал Қырғызстанда шамамен 24%-ын құрайды, өйткені ақша аударымдары маңызды.",
			[]want{{text: "30%-ын", entity: "TJ", indicator: "remittances_gdp_share"}, {text: "шамамен 24%-ын", entity: "KG", indicator: "remittances_gdp_share"}}},
		{"2024 жылдың бірінші жартысында Қазақстанға 150 мыңнан астам шетелдік жұмысшы келді.",
			[]want{{text: "150 мыңнан астам", entity: "KZ", indicator: "migrant_inflow", period: "2024-H1"}}},
		{"Leta 2023 je v Sloveniji delalo 15.000 delavcev iz Bosne.",
			[]want{{text: "15.000", unit: "persons", period: "2023"}}},
		{"V prvi polovici leta 2024 je bilo iz Rusije izgnanih več kot 3.000 tadžikistanskih migrantov.",
			[]want{{text: "več kot 3.000", entity: "TJ", indicator: "deportations", period: "2024-H1"}}},
	})
}

// TestPeriods covers the period notations.
func TestPeriods(t *testing.T) {
	runCases(t, []struct {
		text  string
		wants []want
	}{
		{"In the second half of 2024, 6,534 migrants worked there.", []want{{text: "6,534", period: "2024-H2"}}},
		{"Between January and October of 2024, about 89,000 Turkmen visited Uzbekistan.", []want{{text: "about 89,000", period: "2024-01/2024-10"}}},
		{"In January-June 2024, 87,000 people arrived.", []want{{text: "87,000", period: "2024-H1"}}},
		// A stock at the start of a year is as of its first month.
		{"There were 322.7 thousand Uzbek workers at the beginning of 2025.", []want{{text: "322.7 thousand", period: "2025-01"}}},
		{"На начало 2025 года в Казахстане работали 40 тыс. мигрантов.", []want{{text: "40 тыс.", period: "2025-01"}}},
		// Parts of a decade.
		{"In the mid-2000s, over a million migrants came to Kazakhstan each year.", []want{{text: "over a million", period: "2004-2006"}}},
		{"2000 жылдардың ортасында Қазақстанға жыл сайын миллионнан астам адам келді.", []want{{text: "миллионнан астам", period: "2004-2006"}}},
		{"В начале 1990-х годов из Казахстана выехали 2 млн человек.", []want{{text: "2 млн", period: "1990-1993"}}},
		{"In the late 1990s, 300,000 people left.", []want{{text: "300,000", period: "1997-1999"}}},
		// "now" is the time of the source it cites, not the sentence's year.
		{"In 2010–2014, 3–4 million Uzbek residents worked overseas, but now 2–3 million (Norqobilov, 2024).",
			[]want{{text: "3–4 million", period: "2010-2014"}, {text: "2–3 million", period: "2024"}}},
		{"From less than 2% in 2010, they now represent around 5%.", []want{{text: "less than 2%", period: "2010"}, {text: "around 5%", period: ""}}},
		// A plan's figures take the plan's period.
		{"The Resolution No. 961 \"On Approval of the Concept of Migration Policy for 2023–2027 years\" sets 26 proposals for implementation.",
			[]want{{text: "26", period: "2023-2027"}}},
		// A change between figures of two years spans them.
		{"650,000 migrants from Kyrgyzstan were registered in 2023. At the end of 2024, this figure has halved to 350,000 people.",
			[]want{{text: "halved", period: "2023-2024"}, {text: "350,000", period: "2024"}}},
		{"2019 жылдың қазан айында 5 мың мигрант келді.", []want{{text: "5 мың", period: "2019-10"}}},
		{"2022 жылдың 14 наурызында 300 мигрант тіркелді.", []want{{text: "300", period: "2022-03-14"}}},
		{"Over this decade, in 2010–2014, 3 million migrants left.", []want{{text: "3 million", period: "2010-2014"}}},
		{"В 2015–2024 гг. выбыло 367,1 тыс. человек.", []want{{text: "367,1 тыс.", period: "2015-2024"}}},
		{"This year 40 migrants returned.", []want{{text: "40", period: ""}}},
	})
	p := &Period{Start: "2024-01", End: "2024-06"}
	if p.String() != "2024-H1" {
		t.Errorf("Period %v = %q", p, p.String())
	}
	for _, tt := range []struct {
		p    *Period
		want string
	}{
		{nil, ""},
		{&Period{Start: "2023", End: "2023"}, "2023"},
		{&Period{Start: "2021", End: "2024"}, "2021-2024"},
		{&Period{Start: "2024-07", End: "2024-12"}, "2024-H2"},
		{&Period{Start: "2022-10", End: "2022-10"}, "2022-10"},
		{&Period{Start: "2024-01", End: "2024-10"}, "2024-01/2024-10"},
		{&Period{Relative: true}, ""},
	} {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.p, got, tt.want)
		}
	}
}

// TestRelativePeriod resolves "last year" against the text's date.
func TestRelativePeriod(t *testing.T) {
	claims := extractText(t, "Received: 16 June 2025; Published: 14 August 2025\n\nLast year, 932 thousand people were registered.")
	c, ok := findClaim(claims, "932 thousand")
	if !ok || c.Period == nil || !c.Period.Relative || c.Period.String() != "2024" {
		t.Fatalf("claims %+v", claims)
	}
	claims = extractText(t, "Last year, 932 thousand people were registered.")
	c, ok = findClaim(claims, "932 thousand")
	if !ok || c.Period == nil || !c.Period.Relative || c.Period.String() != "" {
		t.Fatalf("without a date: claims %+v", claims)
	}
}

// TestHeadingTopic gives a figure without a place the place its section
// heading names.
func TestHeadingTopic(t *testing.T) {
	text := "Tajikistan\n\nThe Ministry organizes training of professionals in many fields every year for workers.\n\n" +
		"A total of 41 international legal acts were signed in 2024 with 15 countries, including the Russian Federation, Belarus and Japan. Of these, 13 were intergovernmental agreements and 28 were inter-agency agreements."
	claims := extractText(t, text)
	for _, text := range []string{"41", "13", "28"} {
		c, ok := findClaim(claims, text)
		if !ok {
			t.Errorf("no claim %q in %+v", text, claims)
			continue
		}
		if c.Entity != "TJ" || c.Indicator != "agreements_signed" {
			t.Errorf("%q: entity %q indicator %q, want TJ agreements_signed", text, c.Entity, c.Indicator)
		}
	}
}

func TestQualifiers(t *testing.T) {
	claims := extractText(t, "According to official data, 350 thousand migrants work in the Russian Federation. 36% of respondents cited income.")
	if c, ok := findClaim(claims, "350 thousand"); !ok || c.Qualifier != "official" {
		t.Errorf("350 thousand: %+v", c)
	}
	if c, ok := findClaim(claims, "36%"); !ok || c.Qualifier != "survey" || c.Indicator != "survey_share" {
		t.Errorf("36%%: %+v", c)
	}
}
