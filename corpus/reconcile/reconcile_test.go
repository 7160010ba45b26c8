package reconcile

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func ptr(v float64) *float64 { return &v }

var names = map[string]string{
	"KG": "Kyrgyzstan", "KZ": "Kazakhstan", "TJ": "Tajikistan", "UZ": "Uzbekistan", "RU": "Russia",
}

// Sentences from the seed papers (seeds/00N_*.txt), used for the
// denominator hints and to keep the test data recognisable.
const (
	sentIOM      = "A statistical study by the International Organization for Migration (2019) on the situation in Kyrgyzstan found that internal migrants account for almost 20% of the country’s population."
	sentCensus   = "Given that the population of Kyrgyzstan, according to the National Statistical Committee of the Kyrgyz Republic (2023b), was 7,037,590 as of 2023, the number of internal migrants accounted for almost 9% of the country’s total population."
	sentCIS001   = "Among them, the share of arrivals is 78.2%, and the share of departures is 77% (Figure 4)."
	sentCIS004   = "The share of arrivals from the CIS countries was 81.6%, the share of departures to these countries was 74.8%."
	sentWB004    = "Remittances received from the migrants accounted for roughly 18.8% (2023) of Kyrgyzstan's, 47.9% (2024) of Tajikistan's and 14.4% (2024) of Uzbekistan's GDPs according to the World Bank."
	sent002ref10 = "Мигранттардың ақша аударымдары жөнелтуші елдер үшін валюталық түсімдердің маңызды көзі болып табылады: Тәжікстанда олардың үлесі ЖІӨ-нің 30%-ын, ал Қырғызстанда шамамен 24%-ын құрайды [10]."
	sent002ref8  = "Дүниежүзілік банктің мәліметінше, мигранттар Орталық Азияның кедей елдеріне, Қырғызстан мен Тәжікстанға ресми түрде аударған қаражат 2013 жылы осы елдердің ЖІӨ-нің 32 және тиісінше 49 пайызын құрады [8]."
	sent002third = "Еңбек мигранттарының ақша аударымдары бірқатар елдерде (мысалы, Тәжікстан мен Қырғызстанда) жалпы ішкі өнімнің үштен бірін құрайды."
	sent003      = "Remittances have played an instrumental role, with the World Bank noting their significance in nations like El Salvador, Lebanon, Kyrgyzstan, Tajikistan, and Tonga, where in 2020, they constituted over 25% of the GDP (Black, 2021)."
	sentTJHalf   = "Tajikistan is the poorest country in Central Asia and half its gross domestic product (GDP) comes from remittances sent by relatives abroad."
	sentMVD      = "According to the Russian Ministry of Internal Affairs, 650,000 migrants from Kyrgyzstan were registered in 2023."
	sentMinLabor = "According to official data from the Ministry of Labor, Social Development and Migration of the Kyrgyz Republic, 650 thousand citizens of Kyrgyzstan are in external migration."
	sentUZ001    = "In 2010–2014, 3–4 million Uzbek residents worked overseas, depending on the season, but now 2–3 million (Norqobilov, 2024)."
	sentUZ004    = "While 1.2 million migrants from Uzbekistan were working in this country at the end of 2023, this number dropped to 698,000 by the end of 2024."
)

// Kyrgyzstan's internal migrants as a share of the population, both in 001.
var kgInternal = []Claim{
	{ID: "001:c:kg-internal-20", Doc: "001", Text: "almost 20%", Sentence: sentIOM,
		Value: ptr(20), Low: 19, High: 20, Unit: "percent", Approx: "almost",
		Entity: "KG", Indicator: "internal_migrants_share", PeriodStart: "2019",
		Source: "001:ref:IOM2019", SourceKind: "IOM survey", Qualifier: "survey"},
	{ID: "001:c:kg-internal-9", Doc: "001", Text: "almost 9%", Sentence: sentCensus,
		Value: ptr(9), Low: 8, High: 9, Unit: "percent", Approx: "almost",
		Entity: "KG", Indicator: "internal_migrants_share", PeriodStart: "2023",
		Source: "001:ref:NSC2024", SourceKind: "authors' calculation from the 2022 census", Qualifier: "census"},
}

// Kazakhstan's shares of arrivals from and departures to CIS countries.
var kzCIS = []Claim{
	{ID: "001:c:kz-cis-arrivals", Doc: "001", Text: "78.2%", Sentence: sentCIS001,
		Value: ptr(78.2), Low: 78.15, High: 78.25, Unit: "percent", Approx: "exact",
		Entity: "KZ", Indicator: "cis_share_arrivals", PeriodStart: "2015", PeriodEnd: "2024"},
	{ID: "004:c:kz-cis-arrivals", Doc: "004", Text: "81.6%", Sentence: sentCIS004,
		Value: ptr(81.6), Low: 81.55, High: 81.65, Unit: "percent", Approx: "exact",
		Entity: "KZ", Indicator: "cis_share_arrivals", PeriodStart: "2024"},
	{ID: "001:c:kz-cis-departures", Doc: "001", Text: "77%", Sentence: sentCIS001,
		Value: ptr(77), Low: 76.5, High: 77.5, Unit: "percent", Approx: "exact",
		Entity: "KZ", Indicator: "cis_share_departures", PeriodStart: "2015", PeriodEnd: "2024"},
	{ID: "004:c:kz-cis-departures", Doc: "004", Text: "74.8%", Sentence: sentCIS004,
		Value: ptr(74.8), Low: 74.75, High: 74.85, Unit: "percent", Approx: "exact",
		Entity: "KZ", Indicator: "cis_share_departures", PeriodStart: "2024"},
}

// Kyrgyzstan's remittances as a share of GDP in four papers.
var kgRemittances = []Claim{
	{ID: "004:c:kg-remit-18.8", Doc: "004", Text: "roughly 18.8%", Sentence: sentWB004,
		Value: ptr(18.8), Low: 17.86, High: 19.74, Unit: "percent", Approx: "about",
		Entity: "KG", Indicator: "remittances_gdp_share", PeriodStart: "2023",
		Source: "world-bank", SourceKind: "World Bank"},
	{ID: "002:c:kg-remit-24", Doc: "002", Text: "шамамен 24%", Sentence: sent002ref10,
		Value: ptr(24), Low: 22.8, High: 25.2, Unit: "percent", Approx: "about",
		Entity: "KG", Indicator: "remittances_gdp_share", Source: "002:ref:10"},
	{ID: "002:c:kg-remit-32", Doc: "002", Text: "32", Sentence: sent002ref8,
		Value: ptr(32), Low: 31.5, High: 32.5, Unit: "percent", Approx: "exact",
		Entity: "KG", Indicator: "remittances_gdp_share", PeriodStart: "2013",
		Source: "002:ref:8", SourceKind: "World Bank"},
	{ID: "003:c:kg-remit-25", Doc: "003", Text: "over 25%", Sentence: sent003,
		Value: ptr(25), Low: 25, High: 26.25, Unit: "percent", Approx: "over",
		Entity: "KG", Indicator: "remittances_gdp_share", PeriodStart: "2020",
		Source: "003:ref:Black2021", SourceKind: "World Bank"},
	{ID: "002:c:kg-remit-third", Doc: "002", Text: "үштен бірін", Sentence: sent002third,
		Value: ptr(1.0 / 3), Low: 0.3167, High: 0.35, Unit: "share", Approx: "about",
		Entity: "KG", Indicator: "remittances_gdp_share"},
}

// Tajikistan's remittances as a share of GDP.
var tjRemittances = []Claim{
	{ID: "004:c:tj-remit-47.9", Doc: "004", Text: "47.9%", Sentence: sentWB004,
		Value: ptr(47.9), Low: 47.85, High: 47.95, Unit: "percent", Approx: "exact",
		Entity: "TJ", Indicator: "remittances_gdp_share", PeriodStart: "2024",
		Source: "world-bank", SourceKind: "World Bank"},
	{ID: "004:c:tj-remit-half", Doc: "004", Text: "half", Sentence: sentTJHalf,
		Value: ptr(0.5), Low: 0.475, High: 0.525, Unit: "share", Approx: "about",
		Entity: "TJ", Indicator: "remittances_gdp_share"},
	{ID: "002:c:tj-remit-30", Doc: "002", Text: "30%", Sentence: sent002ref10,
		Value: ptr(30), Low: 29.5, High: 30.5, Unit: "percent", Approx: "exact",
		Entity: "TJ", Indicator: "remittances_gdp_share", Source: "002:ref:10"},
	{ID: "002:c:tj-remit-49", Doc: "002", Text: "49 пайызын", Sentence: sent002ref8,
		Value: ptr(49), Low: 48.5, High: 49.5, Unit: "percent", Approx: "exact",
		Entity: "TJ", Indicator: "remittances_gdp_share", PeriodStart: "2013",
		Source: "002:ref:8", SourceKind: "World Bank"},
	{ID: "003:c:tj-remit-25", Doc: "003", Text: "over 25%", Sentence: sent003,
		Value: ptr(25), Low: 25, High: 26.25, Unit: "percent", Approx: "over",
		Entity: "TJ", Indicator: "remittances_gdp_share", PeriodStart: "2020",
		Source: "003:ref:Black2021", SourceKind: "World Bank"},
}

// Look-alikes that are different quantities.
var kgMigrantsAbroad = []Claim{
	{ID: "004:c:kg-registered-2023", Doc: "004", Text: "650,000", Sentence: sentMVD,
		Value: ptr(650000), Low: 649500, High: 650500, Unit: "persons", Approx: "exact",
		Entity: "KG", Origin: "KG", Destination: "RU", Indicator: "migrants_registered", PeriodStart: "2023",
		Source: "ru-mvd", SourceKind: "Russian Ministry of Internal Affairs", Qualifier: "registered"},
	{ID: "004:c:kg-abroad-650k", Doc: "004", Text: "650 thousand", Sentence: sentMinLabor,
		Value: ptr(650000), Low: 649500, High: 650500, Unit: "persons", Approx: "exact",
		Entity: "KG", Indicator: "migrants_abroad", PeriodRelative: true,
		Source: "kg-mlsdm", SourceKind: "Ministry of Labor of the Kyrgyz Republic", Qualifier: "official"},
}

var uzMigrantsAbroad = []Claim{
	{ID: "001:c:uz-abroad-now", Doc: "001", Text: "2–3 million", Sentence: sentUZ001,
		Low: 2e6, High: 3e6, Unit: "persons", Approx: "range",
		Entity: "UZ", Indicator: "migrants_abroad", PeriodRelative: true, Source: "001:ref:Norqobilov2024"},
	{ID: "004:c:uz-russia-2023", Doc: "004", Text: "1.2 million", Sentence: sentUZ004,
		Value: ptr(1.2e6), Low: 1.15e6, High: 1.25e6, Unit: "persons", Approx: "exact",
		Entity: "UZ", Origin: "UZ", Destination: "RU", Indicator: "migrants_abroad", PeriodStart: "2023-12"},
	{ID: "004:c:uz-russia-2024", Doc: "004", Text: "698,000", Sentence: sentUZ004,
		Value: ptr(698000), Low: 697500, High: 698500, Unit: "persons", Approx: "exact",
		Entity: "UZ", Origin: "UZ", Destination: "RU", Indicator: "migrants_abroad", PeriodStart: "2024-12"},
}

type wantConflict struct {
	a, b, class, severity string
	periodUnknown         bool
}

type pair struct{ a, b string }

func TestReconcileSeedCases(t *testing.T) {
	const (
		period, definition, source, unexplained = ClassDifferentPeriod, ClassDifferentDefinition, ClassDifferentSource, ClassUnexplained
		info, warning, errorSev                 = SeverityInfo, SeverityWarning, SeverityError
	)
	tests := []struct {
		name       string
		claims     []Claim
		conflicts  []wantConflict
		agreements []pair
		related    []pair
	}{
		{
			// Same document, IOM survey 2019 vs census-based 2023: explained,
			// by the period first (the sources also differ).
			name:   "KG internal migrants share",
			claims: kgInternal,
			conflicts: []wantConflict{
				{"001:c:kg-internal-20", "001:c:kg-internal-9", period, info, false},
			},
		},
		{
			name:   "KZ CIS shares",
			claims: kzCIS,
			conflicts: []wantConflict{
				{"001:c:kz-cis-arrivals", "004:c:kz-cis-arrivals", period, info, false},
				{"001:c:kz-cis-departures", "004:c:kz-cis-departures", period, info, false},
			},
		},
		{
			name:   "KG remittances share of GDP",
			claims: kgRemittances,
			conflicts: []wantConflict{
				{"002:c:kg-remit-24", "004:c:kg-remit-18.8", source, warning, true},
				{"002:c:kg-remit-32", "004:c:kg-remit-18.8", period, info, false},
				{"003:c:kg-remit-25", "004:c:kg-remit-18.8", period, info, false},
				// Another publication citing the World Bank: a different source.
				{"002:c:kg-remit-third", "004:c:kg-remit-18.8", source, warning, true},
				{"002:c:kg-remit-24", "002:c:kg-remit-32", source, warning, true},
				// The same paper says "about 24%" and "a third" with no period
				// or source to tell them apart.
				{"002:c:kg-remit-24", "002:c:kg-remit-third", unexplained, errorSev, true},
				{"002:c:kg-remit-third", "003:c:kg-remit-25", source, warning, true},
				{"002:c:kg-remit-32", "003:c:kg-remit-25", period, info, false},
			},
			agreements: []pair{
				{"002:c:kg-remit-24", "003:c:kg-remit-25"},
				{"002:c:kg-remit-32", "002:c:kg-remit-third"},
			},
		},
		{
			name:   "TJ remittances share of GDP",
			claims: tjRemittances,
			conflicts: []wantConflict{
				{"002:c:tj-remit-30", "004:c:tj-remit-47.9", source, warning, true},
				{"002:c:tj-remit-49", "004:c:tj-remit-47.9", period, info, false},
				{"003:c:tj-remit-25", "004:c:tj-remit-47.9", period, info, false},
				{"002:c:tj-remit-30", "004:c:tj-remit-half", source, warning, true},
				{"003:c:tj-remit-25", "004:c:tj-remit-half", source, warning, true},
				{"002:c:tj-remit-30", "002:c:tj-remit-49", source, warning, true},
				{"002:c:tj-remit-30", "003:c:tj-remit-25", source, warning, true},
				{"002:c:tj-remit-49", "003:c:tj-remit-25", period, info, false},
			},
			agreements: []pair{
				{"004:c:tj-remit-47.9", "004:c:tj-remit-half"},
				{"002:c:tj-remit-49", "004:c:tj-remit-half"},
			},
		},
		{
			name:    "KG registered in Russia vs in external migration",
			claims:  kgMigrantsAbroad,
			related: []pair{{"004:c:kg-abroad-650k", "004:c:kg-registered-2023"}},
		},
		{
			name:   "UZ working abroad vs in Russia",
			claims: uzMigrantsAbroad,
			conflicts: []wantConflict{
				{"004:c:uz-russia-2023", "004:c:uz-russia-2024", period, info, false},
			},
			related: []pair{
				{"001:c:uz-abroad-now", "004:c:uz-russia-2023"},
				{"001:c:uz-abroad-now", "004:c:uz-russia-2024"},
			},
		},
	}

	var all []Claim
	var allConflicts []wantConflict
	var allAgreements, allRelated []pair
	for _, tt := range tests {
		all = append(all, tt.claims...)
		allConflicts = append(allConflicts, tt.conflicts...)
		allAgreements = append(allAgreements, tt.agreements...)
		allRelated = append(allRelated, tt.related...)
	}
	tests = append(tests, struct {
		name       string
		claims     []Claim
		conflicts  []wantConflict
		agreements []pair
		related    []pair
	}{"all seed cases together", all, allConflicts, allAgreements, allRelated})

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Reconcile(tt.claims, Options{Names: names})
			var got []wantConflict
			for _, c := range res.Conflicts {
				got = append(got, wantConflict{c.A, c.B, c.Class, c.Severity, c.PeriodUnknown})
			}
			assertSameSet(t, "conflicts", got, tt.conflicts, func(w wantConflict) string { return w.a + "|" + w.b })
			var gotAgreements []pair
			for _, a := range res.Agreements {
				gotAgreements = append(gotAgreements, pair{a.A, a.B})
			}
			assertSameSet(t, "agreements", gotAgreements, tt.agreements, func(p pair) string { return p.a + "|" + p.b })
			var gotRelated []pair
			for _, r := range res.Related {
				gotRelated = append(gotRelated, pair{r.A, r.B})
			}
			assertSameSet(t, "related", gotRelated, tt.related, func(p pair) string { return p.a + "|" + p.b })
			checkWellFormed(t, res)
		})
	}
}

// assertSameSet compares two sets given in any order.
func assertSameSet[T comparable](t *testing.T, what string, got, want []T, key func(T) string) {
	t.Helper()
	byKey := func(s []T) []T {
		s = slices.Clone(s)
		slices.SortFunc(s, func(a, b T) int { return strings.Compare(key(a), key(b)) })
		return s
	}
	g, w := byKey(got), byKey(want)
	if !slices.Equal(g, w) {
		t.Errorf("%s:\n got  %+v\n want %+v", what, g, w)
	}
}

// checkWellFormed checks the invariants every result must keep.
func checkWellFormed(t *testing.T, res Result) {
	t.Helper()
	if res.Quantities == nil || res.Conflicts == nil || res.Agreements == nil || res.Related == nil {
		t.Errorf("nil slice in result")
	}
	if !slices.IsSortedFunc(res.Quantities, func(a, b Quantity) int { return strings.Compare(a.ID, b.ID) }) {
		t.Errorf("quantities not sorted")
	}
	if !slices.IsSortedFunc(res.Conflicts, func(a, b Conflict) int { return strings.Compare(a.ID, b.ID) }) {
		t.Errorf("conflicts not sorted")
	}
	seen := map[string]bool{}
	for _, c := range res.Conflicts {
		if c.A >= c.B {
			t.Errorf("%s: A %q not before B %q", c.ID, c.A, c.B)
		}
		if seen[c.ID] {
			t.Errorf("duplicate conflict id %s", c.ID)
		}
		seen[c.ID] = true
		if c.GapAbs <= 0 || c.GapRel <= 0 {
			t.Errorf("%s: gap %v / %v", c.ID, c.GapAbs, c.GapRel)
		}
		if c.Summary == "" || !strings.HasSuffix(c.Summary, ".") || c.Explanation == "" || !strings.HasSuffix(c.Explanation, ".") {
			t.Errorf("%s: summary %q, explanation %q", c.ID, c.Summary, c.Explanation)
		}
		if c.PeriodUnknown != strings.Contains(c.Summary, "period unknown") {
			t.Errorf("%s: PeriodUnknown %v but summary %q", c.ID, c.PeriodUnknown, c.Summary)
		}
		if c.Quantity == "" || c.QuantityB == "" {
			t.Errorf("%s: missing quantity", c.ID)
		}
	}
	for _, r := range res.Related {
		if r.A >= r.B || r.Reason == "" {
			t.Errorf("related %+v", r)
		}
	}
}

func TestSummaryAndExplanation(t *testing.T) {
	res := Reconcile(kgInternal, Options{Names: names})
	if len(res.Conflicts) != 1 {
		t.Fatalf("got %d conflicts, want 1", len(res.Conflicts))
	}
	c := res.Conflicts[0]
	const summary = `Kyrgyzstan's internal migrants as a share of the population: "almost 20%" (001, 2019, IOM survey) vs "almost 9%" (001, 2023, authors' calculation from the 2022 census).`
	if c.Summary != summary {
		t.Errorf("summary\n got  %s\n want %s", c.Summary, summary)
	}
	const explanation = `different period: almost 20% in 2019 vs almost 9% in 2023; the sources also differ (IOM survey vs authors' calculation from the 2022 census).`
	if c.Explanation != explanation {
		t.Errorf("explanation\n got  %s\n want %s", c.Explanation, explanation)
	}
	if c.GapAbs != 10 || c.GapRel != 0.5 {
		t.Errorf("gap %v / %v, want 10 / 0.5", c.GapAbs, c.GapRel)
	}
	if c.Quantity != "q:KG:internal_migrants_share:percent:2019" || c.QuantityB != "q:KG:internal_migrants_share:percent:2023" {
		t.Errorf("quantities %q, %q", c.Quantity, c.QuantityB)
	}

	// Without a name the id is shown.
	res = Reconcile(kgInternal, Options{})
	if !strings.HasPrefix(res.Conflicts[0].Summary, "KG's internal migrants") {
		t.Errorf("summary without names: %s", res.Conflicts[0].Summary)
	}

	// The period of the claim that has none is named as unknown.
	res = Reconcile(kgRemittances, Options{Names: names})
	for _, c := range res.Conflicts {
		if c.A == "002:c:kg-remit-third" && c.B == "004:c:kg-remit-18.8" {
			const want = `Kyrgyzstan's remittances as a share of GDP: "үштен бірін" (002, period unknown) vs "roughly 18.8%" (004, 2023, World Bank).`
			if c.Summary != want {
				t.Errorf("summary\n got  %s\n want %s", c.Summary, want)
			}
			if !strings.Contains(c.Explanation, `no source cited vs World Bank`) || !strings.Contains(c.Explanation, "period of one is unknown") {
				t.Errorf("explanation %s", c.Explanation)
			}
		}
	}
}

func TestRelatedReasons(t *testing.T) {
	res := Reconcile(append(slices.Clone(kgMigrantsAbroad), uzMigrantsAbroad...), Options{Names: names})
	reasons := map[pair]string{}
	for _, r := range res.Related {
		reasons[pair{r.A, r.B}] = r.Reason
	}
	for p, want := range map[pair]string{
		{"004:c:kg-abroad-650k", "004:c:kg-registered-2023"}: "citizens working or living abroad vs registered migrants in Russia: registered migrants are only the recorded part of the citizens abroad",
		{"001:c:uz-abroad-now", "004:c:uz-russia-2024"}:      "any destination vs destination Russia: the figure for one destination is part of the total",
	} {
		if got := reasons[p]; got != want {
			t.Errorf("%v:\n got  %q\n want %q", p, got, want)
		}
	}
}

func TestClassification(t *testing.T) {
	base := Claim{Doc: "d1", Unit: "percent", Approx: "exact", Entity: "KG", Indicator: "survey_share", PeriodStart: "2020"}
	with := func(id string, v float64, change func(*Claim)) Claim {
		c := base
		c.ID, c.Value, c.Low, c.High = id, ptr(v), v-0.05, v+0.05
		c.Text = fmt.Sprintf("%g%%", v)
		if change != nil {
			change(&c)
		}
		return c
	}
	otherDoc := func(c *Claim) { c.Doc = "d2" }
	tests := []struct {
		name            string
		a, b            Claim
		class, severity string
		explanation     string // a substring
	}{
		{"unexplained in one document",
			with("a", 10, nil), with("b", 20, nil), ClassUnexplained, SeverityError, "same period (2020)"},
		{"unexplained across documents",
			with("a", 10, nil), with("b", 20, otherDoc), ClassUnexplained, SeverityWarning, "may be wrong"},
		{"rounding",
			with("a", 47.9, nil), with("b", 48.3, otherDoc), ClassRounding, SeverityInfo, "0.3 percentage points apart"},
		{"rounding of an approximate figure",
			with("a", 20, func(c *Claim) { c.Approx, c.Low, c.High = "about", 19.5, 20.5 }), with("b", 22, otherDoc),
			ClassRounding, SeverityInfo, "rounding"},
		{"not rounding when exact and 8% apart",
			with("a", 20, nil), with("b", 21.8, otherDoc), ClassUnexplained, SeverityWarning, ""},
		{"registered vs estimated",
			with("a", 10, func(c *Claim) { c.Qualifier = "registered" }), with("b", 30, func(c *Claim) { c.Qualifier = "estimated" }),
			ClassDifferentDefinition, SeverityWarning, "registered vs estimated figures"},
		{"registered vs unqualified",
			with("a", 10, func(c *Claim) { c.Qualifier = "registered" }), with("b", 30, nil),
			ClassDifferentDefinition, SeverityWarning, "registered vs unqualified"},
		{"share of the population vs share of migrants",
			with("a", 15, func(c *Claim) { c.Sentence = "Women make up 15% of the population of the region." }),
			with("b", 40, func(c *Claim) { c.Sentence = "Women make up 40% of migrants, according to the survey." }),
			ClassDifferentDefinition, SeverityWarning, "share of the population vs share of migrants"},
		{"destination differs on a non-flow indicator",
			with("a", 15, func(c *Claim) { c.Destination = "RU" }), with("b", 40, nil),
			ClassDifferentDefinition, SeverityWarning, "destination RU vs any destination"},
		{"survey vs census by kind",
			with("a", 15, func(c *Claim) { c.SourceKind = "survey" }), with("b", 40, func(c *Claim) { c.SourceKind = "census" }),
			ClassDifferentSource, SeverityWarning, "survey vs census"},
		{"different cited works",
			with("a", 15, func(c *Claim) { c.Source = "ref:1" }), with("b", 40, func(c *Claim) { c.Source = "ref:2" }),
			ClassDifferentSource, SeverityWarning, "ref:1 vs ref:2"},
		{"another publication citing a source",
			with("a", 15, func(c *Claim) { c.Source = "ref:1" }), with("b", 40, otherDoc),
			ClassDifferentSource, SeverityWarning, "different publications (ref:1 vs no source cited)"},
		{"one source missing is no evidence",
			with("a", 15, func(c *Claim) { c.Source = "ref:1" }), with("b", 40, nil),
			ClassUnexplained, SeverityError, ""},
		{"period beats source",
			with("a", 15, func(c *Claim) { c.Source, c.PeriodStart = "ref:1", "2010" }), with("b", 40, func(c *Claim) { c.Source = "ref:2" }),
			ClassDifferentPeriod, SeverityInfo, "sources also differ (ref:1 vs ref:2)"},
		{"period range vs year",
			with("a", 15, func(c *Claim) { c.PeriodStart, c.PeriodEnd = "2015", "2024" }), with("b", 40, func(c *Claim) { c.PeriodStart = "2024" }),
			ClassDifferentPeriod, SeverityInfo, "15% in 2015–2024 vs 40% in 2024"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, claims := range [][]Claim{{tt.a, tt.b}, {tt.b, tt.a}} {
				res := Reconcile(claims, Options{})
				if len(res.Conflicts) != 1 {
					t.Fatalf("got %d conflicts, %d agreements; want one conflict", len(res.Conflicts), len(res.Agreements))
				}
				c := res.Conflicts[0]
				if c.Class != tt.class || c.Severity != tt.severity || !strings.Contains(c.Explanation, tt.explanation) {
					t.Errorf("got %s/%s %q; want %s/%s containing %q", c.Class, c.Severity, c.Explanation, tt.class, tt.severity, tt.explanation)
				}
			}
		})
	}
}

func TestUnitsAndGrouping(t *testing.T) {
	claims := []Claim{
		// 0.5 as a share is 50 percent.
		{ID: "s1", Doc: "d1", Value: ptr(0.5), Low: 0.5, High: 0.5, Unit: "share", Entity: "TJ", Indicator: "survey_share", PeriodStart: "2020"},
		{ID: "s2", Doc: "d2", Value: ptr(50), Low: 49.5, High: 50.5, Unit: "percent", Entity: "TJ", Indicator: "survey_share", PeriodStart: "2020"},
		// Persons and counts are one family.
		{ID: "n1", Doc: "d1", Value: ptr(1000), Low: 1000, High: 1000, Unit: "persons", Entity: "TJ", Indicator: "deportations", PeriodStart: "2020"},
		{ID: "n2", Doc: "d2", Value: ptr(1000), Low: 1000, High: 1000, Unit: "count", Entity: "TJ", Indicator: "deportations", PeriodStart: "2020"},
		// Half a year is six months.
		{ID: "t1", Doc: "d1", Value: ptr(6), Low: 6, High: 6, Unit: "months", Entity: "RU", Indicator: "work_quota", Destination: "RU", PeriodStart: "2020"},
		{ID: "t2", Doc: "d2", Value: ptr(0.5), Low: 0.5, High: 0.5, Unit: "years", Entity: "RU", Indicator: "work_quota", PeriodStart: "2020"},
		// Currencies are never converted: related, not compared.
		{ID: "w1", Doc: "d1", Value: ptr(300), Low: 300, High: 300, Unit: "USD", Entity: "KG", Indicator: "average_wage", PeriodStart: "2020"},
		{ID: "w2", Doc: "d2", Value: ptr(26000), Low: 26000, High: 26000, Unit: "KGS", Entity: "KG", Indicator: "average_wage", PeriodStart: "2020"},
		// "3 times" is not 3 persons.
		{ID: "x1", Doc: "d1", Value: ptr(3), Low: 3, High: 3, Unit: "times", Entity: "TJ", Indicator: "deportations", PeriodStart: "2020"},
		// Not reconciled: no entity, no indicator, indicator other, not a number.
		{ID: "z1", Doc: "d1", Value: ptr(3), Low: 3, High: 3, Unit: "persons", Indicator: "deportations"},
		{ID: "z2", Doc: "d1", Value: ptr(3), Low: 3, High: 3, Unit: "persons", Entity: "TJ"},
		{ID: "z3", Doc: "d1", Value: ptr(3), Low: 3, High: 3, Unit: "persons", Entity: "TJ", Indicator: "other"},
	}
	res := Reconcile(claims, Options{})
	var agreements []pair
	for _, a := range res.Agreements {
		agreements = append(agreements, pair{a.A, a.B})
	}
	assertSameSet(t, "agreements", agreements, []pair{{"s1", "s2"}, {"n1", "n2"}, {"t1", "t2"}}, func(p pair) string { return p.a + p.b })
	if len(res.Conflicts) != 0 {
		t.Errorf("conflicts: %+v", res.Conflicts)
	}
	const units = "the same indicator in different units (count vs times), which are not converted"
	wantRelated := []Related{
		{"n1", "x1", units},
		{"n2", "x1", units},
		{"w1", "w2", "different currencies (USD vs KGS); no exchange-rate conversion is made"},
	}
	if !slices.Equal(res.Related, wantRelated) {
		t.Errorf("related\n got  %+v\n want %+v", res.Related, wantRelated)
	}
	var ids []string
	for _, q := range res.Quantities {
		ids = append(ids, q.ID)
	}
	want := []string{
		"q:KG:average_wage:KGS:2020",
		"q:KG:average_wage:USD:2020",
		"q:RU:work_quota:*>RU:duration:2020",
		"q:TJ:deportations:count:2020",
		"q:TJ:deportations:times:2020",
		"q:TJ:survey_share:percent:2020",
	}
	if !slices.Equal(ids, want) {
		t.Errorf("quantities\n got  %v\n want %v", ids, want)
	}
}

func TestRelTolerance(t *testing.T) {
	claims := []Claim{
		{ID: "a", Doc: "d1", Value: ptr(100), Low: 100, High: 100, Unit: "persons", Entity: "KZ", Indicator: "deportations", PeriodStart: "2020"},
		{ID: "b", Doc: "d2", Value: ptr(104), Low: 104, High: 104, Unit: "persons", Entity: "KZ", Indicator: "deportations", PeriodStart: "2020"},
	}
	if res := Reconcile(claims, Options{}); len(res.Conflicts) != 1 {
		t.Errorf("without tolerance: %d conflicts", len(res.Conflicts))
	}
	if res := Reconcile(claims, Options{RelTolerance: 0.05}); len(res.Conflicts) != 0 || len(res.Agreements) != 1 {
		t.Errorf("with 5%% tolerance: %d conflicts, %d agreements", len(res.Conflicts), len(res.Agreements))
	}
}

func TestFindDenominator(t *testing.T) {
	tests := []struct {
		sentence, text string
		want           int8
	}{
		{sentIOM, "almost 20%", basePopulation},
		{sentCensus, "almost 9%", basePopulation},
		{sent002ref10, "30%", baseGDP},
		{"Women make up 40% of migrants.", "40%", baseMigrants},
		{"Among migrants, 40% were women.", "40%", baseMigrants},
		{sentWB004, "47.9%", baseUnknown}, // "GDPs" is at the end, too far to be sure
		{"Remittances were 30% of GDP; 10% of the population received them.", "30%", baseGDP},
		{"Remittances were 30% of GDP; 10% of the population received them.", "10%", basePopulation},
		{"", "10%", baseUnknown},
	}
	for _, tt := range tests {
		if got := findDenominator(tt.sentence, tt.text); got != tt.want {
			t.Errorf("findDenominator(%q, %q) = %d, want %d", tt.sentence, tt.text, got, tt.want)
		}
	}
}

func TestComparePeriods(t *testing.T) {
	got := []string{"2024", "2024-H2", "", "2015/2024", "2024-01", "later", "2013", "2024-Q1"}
	slices.SortFunc(got, comparePeriods)
	// By start, then end: a month of 2024 before the whole year.
	want := []string{"", "2013", "2015/2024", "2024-01", "2024-Q1", "2024", "2024-H2", "later"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestFormatNumber(t *testing.T) {
	for v, want := range map[float64]string{
		18.8: "18.8", 100.0 / 3: "33.33", 650000: "650,000", 2e6: "2,000,000", 0: "0", 0.12345: "0.1235", -1234.6: "-1,235", 47.9: "47.9",
	} {
		if got := formatNumber(v); got != want {
			t.Errorf("formatNumber(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestRelatedVolumeAndShare(t *testing.T) {
	volume := Claim{ID: "x:c:kg-remit-volume", Doc: "x", Text: "$2.7 billion", Value: ptr(2.7e9), Low: 2.65e9, High: 2.75e9,
		Unit: "USD", Entity: "KG", Indicator: "remittances_volume", PeriodStart: "2023"}
	res := Reconcile(append(slices.Clone(kgRemittances), volume), Options{Names: names})
	want := Related{
		A:      "004:c:kg-remit-18.8",
		B:      "x:c:kg-remit-volume",
		Reason: "remittances as a share of GDP vs remittance volume: a remittance volume and remittances as a share of GDP measure one flow on different scales",
	}
	if !slices.Contains(res.Related, want) {
		t.Errorf("related %+v does not contain %+v", res.Related, want)
	}
	for _, c := range res.Conflicts {
		if c.A == volume.ID || c.B == volume.ID {
			t.Errorf("the volume is in a conflict: %+v", c)
		}
	}
}

// TestSweepOnSeedData forces the large-block sweep on the Kyrgyz
// remittance claims: the unknown-period claims still find the periods they
// agree with.
func TestSweepOnSeedData(t *testing.T) {
	res := Reconcile(kgRemittances, Options{Names: names, MaxPairwiseBlock: 2})
	var got []pair
	for _, a := range res.Agreements {
		got = append(got, pair{a.A, a.B})
	}
	assertSameSet(t, "agreements", got, []pair{
		{"002:c:kg-remit-24", "003:c:kg-remit-25"},
		{"002:c:kg-remit-32", "002:c:kg-remit-third"},
	}, func(p pair) string { return p.a + "|" + p.b })
	for _, c := range res.Conflicts {
		if c.Class == ClassDifferentPeriod && c.Severity != SeverityInfo {
			t.Errorf("%+v", c)
		}
	}
	checkWellFormed(t, res)
}

// Claims Reconcile cannot place (no entity, no indicator, "other") take no
// part in its result: a caller that leaves them out gets the same result.
func TestUnreconcilableClaimsLeftOut(t *testing.T) {
	var all, kept []Claim
	for _, set := range [][]Claim{kgInternal, kzCIS, kgRemittances, tjRemittances, kgMigrantsAbroad, uzMigrantsAbroad} {
		for _, c := range set {
			all = append(all, c)
			kept = append(kept, c)
			for k, mod := range []func(*Claim){
				func(x *Claim) { x.Entity = "" },
				func(x *Claim) { x.Indicator = " " },
				func(x *Claim) { x.Indicator = "other" },
			} {
				x := c
				x.ID = fmt.Sprintf("%s-unplaced-%d", c.ID, k)
				mod(&x)
				if Reconcilable(&x) {
					t.Fatalf("%+v: Reconcilable", x)
				}
				all = append(all, x)
			}
			if !Reconcilable(&c) {
				t.Fatalf("%+v: not Reconcilable", c)
			}
		}
	}
	got, want := Reconcile(all, Options{Names: names}), Reconcile(kept, Options{Names: names})
	if !reflect.DeepEqual(got, want) {
		t.Errorf("with unplaceable claims:\n%+v\nwithout:\n%+v", got, want)
	}
	if len(want.Conflicts) == 0 || len(want.Quantities) == 0 {
		t.Fatal("the seed cases give no conflicts or quantities: the test compares nothing")
	}
}
