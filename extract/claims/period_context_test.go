package claims

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// TestPeriodContext covers periods a figure takes from its context: a
// caption, a framing sentence, a span referred back to, a baseline, and
// the time frames that stop a period from carrying over.
func TestPeriodContext(t *testing.T) {
	runCases(t, []struct {
		text  string
		wants []want
	}{
		// A figure's caption dates the figures a sentence shows in it.
		{"Among them, the share of arrivals is 78.2%, and the share of departures is 77% (Figure 4).\n\nFigure 4: Population migration in Kazakhstan (2015–2024). Source: Bureau of National Statistics, 2024.",
			[]want{{text: "78.2%", period: "2015-2024"}, {text: "77%", period: "2015-2024"}}},
		{"Доля прибывших составила 61,5% (таблица 2).\n\nТаблица 2: Миграция населения Казахстана, 2018–2022 гг.",
			[]want{{text: "61,5%", period: "2018-2022"}}},
		{"Aibashov (2024) shows that the quota reached 17,000 workers (Figure 3).\n\nFigure 3: Quotas for foreign labor in Kyrgyzstan, 2015–2023. Source: Aibashov (2024).",
			[]want{{text: "17,000", period: "2015-2023"}}},
		// A sentence that frames a period dates the figures of the next one.
		{"In 2024, the International Organization for Migration interviewed migrant workers. 36% of respondents cited income as the key reason.",
			[]want{{text: "36%", period: "2024"}}},
		{"2023 жылы Халықаралық көші-қон ұйымы сауалнама жүргізді. Респонденттердің 40%-ы табысты атады.",
			[]want{{text: "40%-ы", period: "2023"}}},
		// "this 12-year span" points back to the range stated before.
		{"The migration landscape of Kazakhstan changed from 2011 to 2022. In 2012, the balance fell by 1.4 thousand inhabitants.\n\nOver this 12-year span, 367.1 thousand individuals emigrated.",
			[]want{{text: "367.1 thousand", period: "2011-2022"}}},
		{"Миграция из Казахстана изучалась за 2015–2020 гг. В 2016 году выехали 30 тыс. человек. За этот период выехали 200 тыс. человек.",
			[]want{{text: "200 тыс.", period: "2015-2020"}}},
		// A change against a baseline spans from the baseline.
		{"In 2024, 29,282 people arrived in Kazakhstan. Compared to 2023, the number of arrivals increased by 15.3%.",
			[]want{{text: "15.3%", period: "2023-2024"}}},
		// Decades glued to their ending.
		{"In the 1990s, 2 million migrants worked in Russia.", []want{{text: "2 million", period: "1990-1999"}}},
		{"В 2000-х годах в России работали 2 млн мигрантов.", []want{{text: "2 млн", period: "2000-2009"}}},
		// A decade is not the span "this period" points back to.
		{"Kazakhstan's migration changed from 2011 to 2022. Following the tumultuous 1990s, 2012 saw a decline of 1.4 thousand inhabitants. Over this 12-year span, 367.1 thousand individuals emigrated.",
			[]want{{text: "367.1 thousand", period: "2011-2022"}}},
		// A sentence naming the event of the sentence before again is
		// dated by it.
		{"The attack at the Crocus City Hall on March 22, 2024, intensified anti-migrant rhetoric. Four nationals were responsible for killing 137 people in the Crocus City Hall attack.",
			[]want{{text: "137", period: "2024-03-22"}}},
		// A change within one stated period compares it with a year before.
		{"In the first half of 2024, Tajik labor migration to Russia fell by 16%, from 467,300 to 392,800 migrants.",
			[]want{{text: "467,300", period: "2023-H1"}, {text: "392,800", period: "2024-H1"}}},
		// A base named relative to the year a change reaches.
		{"By 2020, the number of arrivals with higher education had dwindled by over half from the preceding decade.",
			[]want{{text: "over half", period: "2010-2020"}}},
		// "This strategy" takes the period its title states.
		{"Presidential Decree UP-158 \"On the Strategy 'Uzbekistan – 2030'\" outlined the solution. This strategy has 95 goals to improve labor mobility.",
			[]want{{text: "95", period: "2030"}}},
		// The year of the other figure of a contrast is not this one's.
		{"Migrant workers have grown to nearly 170 million from 53 million in 2010.",
			[]want{{text: "53 million", period: "2010"}}},
	})
}

// TestPeriodNotCarried checks figures that must not take the period of the
// sentence before.
func TestPeriodNotCarried(t *testing.T) {
	for _, tt := range []struct{ text, claim string }{
		{"In 2024, 650 thousand citizens were abroad. Today, according to official data, 350 thousand migrants work in Russia.", "350 thousand"},
		{"In 2023, 4,094 visas were issued. In recent years, migration to Poland accounted for 21% of visas.", "21%"},
		{"In 2024, more than 10,000 Kyrgyzstanis worked in Austria. According to the latest data, there are more than 36,000 Kyrgyzstanis in the United States.", "more than 36,000"},
		{"В 2024 году в Австрии работали 10 тыс. киргизстанцев. По последним данным, в США находятся 36 тыс. киргизстанцев.", "36 тыс."},
		{"V letu 2023 je prišlo 5.000 delavcev. Danes v Sloveniji dela 12.000 delavcev iz Bosne.", "12.000"},
		{"Migrant workers have grown to nearly 170 million from 53 million in 2010.", "nearly 170 million"},
		{"The attack took place on March 22, 2024 in Moscow. Four nationals were found responsible for killing 137 people.", "137"},
	} {
		c, ok := findClaim(extractText(t, tt.text), tt.claim)
		if !ok {
			t.Errorf("%q: no claim %q", tt.text, tt.claim)
			continue
		}
		if c.Period.String() != "" {
			t.Errorf("%q: %q period %q, want none", tt.text, tt.claim, c.Period.String())
		}
	}
}

// TestListedDestinations: figures in brackets after a list of destinations
// are shares of the flow to each, not the destinations' own figures.
func TestListedDestinations(t *testing.T) {
	runCases(t, []struct {
		text  string
		wants []want
	}{
		{"Uzbek migration to European Union countries has grown, particularly to Poland (which accounted for 21% of EU-issued visas), Lithuania (17%), Germany (16%), and Latvia (7%).",
			[]want{{text: "21%", entity: "UZ", dest: "PL"}, {text: "17%", entity: "UZ", dest: "LT"}, {text: "7%", entity: "UZ", dest: "LV"}}},
		{"Kazakhstan (29%), Uzbekistan (24%) and Tajikistan (19%) reported the largest shares.",
			[]want{{text: "29%", entity: "KZ"}, {text: "24%", entity: "UZ"}}},
	})
}

// TestPlaceAnaphors: "in this country", "working there" name the country
// said before as where the migrants are.
func TestPlaceAnaphors(t *testing.T) {
	runCases(t, []struct {
		text  string
		wants []want
	}{
		{"The decline in interest of migrants from Uzbekistan in Russia is noticeable. While 1.2 million migrants from Uzbekistan were working in this country at the end of 2023, this number dropped to 698,000 by the end of 2024.",
			[]want{{text: "1.2 million", entity: "UZ", dest: "RU"}, {text: "698,000", entity: "UZ", dest: "RU"}}},
		{"For Tajikistan, in terms of labor export, Kazakhstan was also in top 2, with 6,534 migrants working there in the second half of 2024.",
			[]want{{text: "6,534", entity: "TJ", dest: "KZ"}}},
		{"В 2023 году мигранты из Таджикистана ехали в Россию. В этой стране работали 1 млн таджикских мигрантов.",
			[]want{{text: "1 млн", entity: "TJ", dest: "RU"}}},
		// "there were" names no place.
		{"In 2024, migrants from Kyrgyzstan went to Russia. In Bulgaria, there were more than 2 thousand people from Kyrgyzstan.",
			[]want{{text: "more than 2 thousand", entity: "KG", dest: "BG"}}},
	})
}

// TestSourceYear: the year of a callout another extractor owns dates a figure
// when the source is an organization (its data year), not a scholar's
// publication year.
func TestSourceYear(t *testing.T) {
	for _, tt := range []struct {
		text, callout, claim, period string
		org                          bool
	}{
		{"A statistical study by the International Organization for Migration (2019) found that internal migrants account for almost 20% of the population.",
			"International Organization for Migration (2019)", "almost 20%", "2019", true},
		{"Irudaya Rajan et al. (2020) found that 62% of Indian internal migrants are short-distance migrants.",
			"Irudaya Rajan et al. (2020)", "62%", "", false},
	} {
		d := buildDoc(t, tt.text)
		i := strings.Index(d.Text, tt.callout)
		sp := doc.Span{Start: i, End: i + len(tt.callout)}
		cs := Extract(d, lexicon(t), Context{Exclude: []doc.Span{sp}, Sources: []Source{{Span: sp, Ref: "r", DatesData: tt.org}}})
		c, ok := findClaim(cs, tt.claim)
		if !ok {
			t.Errorf("%q: no claim %q", tt.text, tt.claim)
			continue
		}
		if got := c.Period.String(); got != tt.period {
			t.Errorf("%q: period %q, want %q", tt.claim, got, tt.period)
		}
	}
}
