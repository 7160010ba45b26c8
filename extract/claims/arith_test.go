package claims

import (
	"math"
	"strings"
	"testing"
)

// checksOf extracts the claims of text and runs Check over them.
func checksOf(t *testing.T, text string) ([]Claim, []Arithmetic) {
	t.Helper()
	d := buildDoc(t, text)
	claims := Extract(d, lexicon(t), Context{})
	return claims, Check(d, claims)
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name       string
		text       string
		kind       string
		stated     string // text of the stated claim
		computed   float64
		consistent bool
	}{
		{"percent change", "In the first half of 2024, Tajik labor migration to Russia fell by 16%, from 467,300 to 392,800 migrants.",
			"percent_change", "16%", 15.94, true},
		{"percent change over a gap", "A sharp drop in the number of Uzbek migrants in Russia was observed from 1.2 million (2023) to 698 thousand (2024), a decline by more than 40%.",
			"percent_change", "more than 40%", 41.83, true},
		{"percent change off", "Arrivals rose by 25%, from 10,000 in 2022 to 15,000 in 2023.",
			"percent_change", "25%", 50, false},
		{"ratio", "If only 556 seasonal work visas were issued for Uzbeks in 2021, this number grew to 4,094 in 2023, a 7.4 times increase.",
			"ratio", "7.4 times", 7.363, true},
		{"halved is borderline", "According to the Russian Ministry of Internal Affairs, 650,000 migrants from Kyrgyzstan were registered in 2023. At the end of 2024, this figure has halved to 350,000 people.",
			"ratio", "halved", 0.5385, false},
		{"doubled", "Kazakhstan registered 10,000 migrant workers in 2020. By 2022 their number doubled to 20,000.",
			"ratio", "doubled", 2, true},
		{"net migration", "In 2024, the number of arrivals in the country amounted to 29,282 people, and the number of departures from the country was 12,732 people. The net migration amounted to 16,550 people.",
			"difference", "16,550", 16550, true},
		{"sum with a cue", "A total of 41 international legal acts were signed in 2024 with 15 countries, including the Russian Federation and Japan. Of these, 13 were intergovernmental agreements and 28 were inter-agency agreements.",
			"sum", "41", 41, true},
		{"sum of men and women", "In 2024, the committee reported 625,918 internal migrants. These include 235,216 men and 390,702 women.",
			"sum", "625,918", 625918, true},
		{"sum without a cue", "More than 20,000 citizens of Kyrgyzstan officially found jobs abroad in 2024. With the support of the center, more than 4,000 citizens were employed in 2024. Additionally, private employment agencies helped in the employment of more than 16,000 people in 2024.",
			"sum", "More than 20,000", 20000, true},
		{"sum off", "In 2023, 500 migrants were deported. Of them, 300 were deported from Russia and 350 from Kazakhstan.",
			"sum", "500", 650, false},
		{"shares within 100%", "In 2022, over 40% of those arriving in the country were Kazakhs, and another 25% were Russians.",
			"share_total", "over 40%", 65, true},
		{"shares over 100%", "In 2022, 60% of the arrivals in Kazakhstan were Kazakhs and 55% of the arrivals were Russians.",
			"share_total", "60%", 115, false},
		{"kazakh respectively shares", "Дүниежүзілік банктің мәліметінше, 2021 жылы Қырғызстандағы барлық ақша аударымдарының 82% - ы Ресейден түскен.",
			"", "", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims, checks := checksOf(t, tt.text)
			if tt.kind == "" {
				if len(checks) != 0 {
					t.Errorf("checks %+v, want none", checks)
				}
				return
			}
			for _, a := range checks {
				if a.Kind != tt.kind || claims[a.Claims[0]].Text != tt.stated {
					continue
				}
				if math.Abs(a.Computed-tt.computed) > 0.01*math.Max(1, math.Abs(tt.computed)) {
					t.Errorf("computed %g, want %g (%s)", a.Computed, tt.computed, a.Explanation)
				}
				if a.Consistent != tt.consistent {
					t.Errorf("consistent %v, want %v (%s)", a.Consistent, tt.consistent, a.Explanation)
				}
				if a.Explanation == "" || a.Tolerance < 0 {
					t.Errorf("malformed check %+v", a)
				}
				return
			}
			var got []string
			for _, a := range checks {
				got = append(got, a.Kind+": "+a.Explanation)
			}
			t.Errorf("no %s check of %q; got %s", tt.kind, tt.stated, strings.Join(got, "; "))
		})
	}
}

// TestCheckTolerance checks that the tolerance follows the printed
// precision of the figures involved.
func TestCheckTolerance(t *testing.T) {
	_, checks := checksOf(t, "Tajik labor migration to Russia fell by 16%, from 467,300 to 392,800 migrants.")
	if len(checks) != 1 {
		t.Fatalf("checks %+v", checks)
	}
	a := checks[0]
	// 16% is 15.5–16.5; the figures move the computed change by ~0.0002.
	if a.Tolerance < 0.5 || a.Tolerance > 0.51 || math.Abs(a.Stated-a.Computed) > a.Tolerance {
		t.Errorf("check %+v", a)
	}
}
