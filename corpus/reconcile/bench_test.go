package reconcile

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"
)

// The synthetic corpus: ~30 entities with skewed (Zipf-like) frequencies,
// the 25 indicators, 20 years plus unknown periods, values lognormal around
// one true value per quantity with a tail of outliers.
var (
	syntheticEntities = []string{
		"KZ", "KG", "UZ", "TJ", "RU", "TM", "central-asia", "TR", "KR", "CN",
		"AE", "DE", "PL", "BY", "UA", "AZ", "AM", "GE", "MD", "LV",
		"LT", "US", "GB", "JP", "IN", "PK", "AF", "IR", "MN", "eaeu",
	}
	syntheticIndicators = []struct {
		id      string
		units   []string // drawn uniformly
		median  float64  // of the true values, in the first unit
		spread  float64  // sigma of log true values across quantities
		flowing bool     // takes a destination sometimes
	}{
		{"population", []string{"persons"}, 8e6, 1.2, false},
		{"internal_migrants_share", []string{"percent", "percent", "share"}, 12, 0.5, false},
		{"internal_migrants_count", []string{"persons"}, 4e5, 1, false},
		{"migrants_abroad", []string{"persons"}, 7e5, 1, true},
		{"migrants_registered", []string{"persons"}, 4e5, 1, true},
		{"migrant_inflow", []string{"persons"}, 1e5, 1, false},
		{"arrivals", []string{"persons"}, 3e4, 1, false},
		{"departures", []string{"persons"}, 3e4, 1, true},
		{"net_migration", []string{"persons"}, 1e4, 1, false},
		{"cis_share_arrivals", []string{"percent"}, 75, 0.1, false},
		{"cis_share_departures", []string{"percent"}, 75, 0.1, false},
		{"remittances_gdp_share", []string{"percent", "percent", "share"}, 15, 0.7, false},
		{"remittances_volume", []string{"USD", "USD", "USD", "RUB"}, 2e9, 1, false},
		{"remittances_share_from_russia", []string{"percent"}, 70, 0.2, false},
		{"average_wage", []string{"USD", "KZT", "RUB"}, 600, 0.8, false},
		{"work_quota", []string{"persons"}, 2e4, 1, false},
		{"visas_issued", []string{"count"}, 5e4, 1, false},
		{"deportations", []string{"persons", "count"}, 5e3, 1, false},
		{"employed_abroad_programme", []string{"persons"}, 1e4, 1, true},
		{"agreements_signed", []string{"count"}, 12, 0.6, false},
		{"unemployment", []string{"percent"}, 6, 0.4, false},
		{"gdp", []string{"USD"}, 3e10, 1.2, false},
		{"survey_share", []string{"percent", "share"}, 35, 0.6, false},
		{"labor_force", []string{"persons", "persons", "percent"}, 3e6, 1, false},
		{"other", []string{"persons", "percent", "times", "years"}, 50, 1.5, false},
	}
	syntheticSourceKinds = []string{"", "", "", "survey", "census", "World Bank", "IOM survey", "official statistics"}
	syntheticQualifiers  = []string{"", "", "", "", "registered", "official", "estimated", "survey", "census"}
	syntheticSentences   = []string{
		"According to the %s, the figure reached %s of the population in the period under review.",
		"Official data show that %[2]s were recorded, as reported by the %[1]s.",
		"The %s estimates that %s of migrants work in construction and services.",
		"Remittances amounted to %[2]s of GDP according to the %[1]s, an important source of income.",
		"Surveys by the %s indicate that %s of households have a member working abroad.",
		"In the same year %[2]s people left the country, the %[1]s reported.",
	}
)

// syntheticClaims makes n deterministic claims; the same n and seed always
// give the same claims.
func syntheticClaims(n int, seed uint64) []Claim {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	// Zipf-like entity frequencies: the Central Asian countries dominate.
	cumulative := make([]float64, len(syntheticEntities))
	total := 0.0
	for i := range cumulative {
		total += 1 / math.Pow(float64(i+1), 0.8)
		cumulative[i] = total
	}
	pickEntity := func() string {
		x := rng.Float64() * total
		for i, c := range cumulative {
			if x < c {
				return syntheticEntities[i]
			}
		}
		return syntheticEntities[len(syntheticEntities)-1]
	}
	type quantityKey struct {
		entity, indicator, destination string
		period                         int
	}
	truth := map[quantityKey]float64{}

	docs := max(1, n/25) // ~25 claims per paper
	claims := make([]Claim, n)
	for i := range claims {
		ind := syntheticIndicators[rng.IntN(len(syntheticIndicators))]
		c := Claim{
			Doc:       "d" + strconv.Itoa(rng.IntN(docs)),
			Entity:    pickEntity(),
			Indicator: ind.id,
			Unit:      ind.units[rng.IntN(len(ind.units))],
		}
		c.ID = fmt.Sprintf("%s:c%07d", c.Doc, i)
		if ind.flowing {
			c.Origin = c.Entity
			switch x := rng.IntN(10); {
			case x < 2:
				c.Destination = "RU"
			case x < 3:
				c.Destination = "KZ"
			}
		}
		year := 0 // unknown
		switch x := rng.IntN(100); {
		case x < 15:
		case x < 20:
			c.PeriodStart, c.PeriodEnd = "2015", "2024"
			year = -1
		default:
			year = 2005 + rng.IntN(20)
			c.PeriodStart = strconv.Itoa(year)
			c.PeriodRelative = rng.IntN(20) == 0
		}

		key := quantityKey{c.Entity, c.Indicator, c.Destination, year}
		if year == 0 {
			// An unknown period still speaks of some year.
			key.period = 2005 + rng.IntN(20)
		}
		v, ok := truth[key]
		if !ok {
			v = ind.median * math.Exp(rng.NormFloat64()*ind.spread)
			truth[key] = v
		}
		// Most claims repeat the true value with small noise; one in ten is
		// far off (a typo, another definition, a misread table).
		sigma := 0.03
		if rng.IntN(10) == 0 {
			sigma = 0.7
		}
		v *= math.Exp(rng.NormFloat64() * sigma)
		switch c.Unit {
		case "percent":
			v = math.Min(v, 99)
		case "share":
			v = math.Min(v, 99) / 100
		}

		c.Approx = []string{"exact", "exact", "exact", "exact", "about", "about", "almost", "over", "under", "range"}[rng.IntN(10)]
		switch c.Approx {
		case "exact":
			c.Value, c.Low, c.High = ptr(v), v*0.9975, v*1.0025
		case "about":
			c.Value, c.Low, c.High = ptr(v), v*0.95, v*1.05
		case "almost":
			c.Value, c.Low, c.High = ptr(v), v*0.95, v
		case "over":
			c.Value, c.Low, c.High = ptr(v), v, v*1.05
		case "under":
			c.Value, c.Low, c.High = ptr(v), v*0.95, v
		case "range":
			c.Low, c.High = v*0.8, v*1.2
		}
		c.Text = c.Approx + " " + strconv.FormatFloat(v, 'g', 3, 64) + " " + c.Unit
		c.SourceKind = syntheticSourceKinds[rng.IntN(len(syntheticSourceKinds))]
		if rng.IntN(10) < 6 {
			c.Source = "ref:" + strconv.Itoa(rng.IntN(300))
		}
		c.Qualifier = syntheticQualifiers[rng.IntN(len(syntheticQualifiers))]
		c.Hedged = rng.IntN(10) == 0
		c.Sentence = fmt.Sprintf(syntheticSentences[rng.IntN(len(syntheticSentences))], cmp.Or(c.SourceKind, "ministry"), c.Text)
		claims[i] = c
	}
	return claims
}

var syntheticCache sync.Map // n → []Claim, so that repeated runs generate once

func cachedSyntheticClaims(n int) []Claim {
	if v, ok := syntheticCache.Load(n); ok {
		return v.([]Claim)
	}
	claims := syntheticClaims(n, 1)
	syntheticCache.Store(n, claims)
	return claims
}

var benchNames = map[string]string{"KZ": "Kazakhstan", "KG": "Kyrgyzstan", "UZ": "Uzbekistan", "TJ": "Tajikistan", "RU": "Russia"}

var benchSink Result

func BenchmarkReconcile(b *testing.B) {
	for _, n := range []int{1e4, 1e5, 1e6} {
		b.Run("claims="+strconv.Itoa(n), func(b *testing.B) {
			claims := cachedSyntheticClaims(n)
			b.ReportAllocs()
			runtime.GC() // do not bill this run for the garbage of the last
			var cpu time.Duration
			for b.Loop() {
				start := processCPUTime()
				benchSink = Reconcile(claims, Options{Names: benchNames})
				cpu += processCPUTime() - start
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/claim")
			// CPU time over all threads (GC included): the work, whatever
			// else runs on the machine. Wall time on k idle cores is at
			// least this divided by k.
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/float64(n), "cpu-ns/claim")
			b.ReportMetric(float64(len(benchSink.Conflicts)), "conflicts")
			b.ReportMetric(float64(len(benchSink.Agreements)), "agreements")
			b.ReportMetric(float64(len(benchSink.Related)), "related")
		})
	}
}

// TestWorkGrowsLinearly is the deterministic half of the benchmark: the
// number of comparisons and links per claim must not grow with the corpus,
// whatever the machine.
func TestWorkGrowsLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 10^5 claims")
	}
	perClaim := func(n int) float64 {
		res := Reconcile(syntheticClaims(n, 1), Options{})
		return float64(len(res.Conflicts)+len(res.Agreements)+len(res.Related)) / float64(n)
	}
	small, large := perClaim(1e4), perClaim(1e5)
	t.Logf("outputs per claim: %.2f at 10^4, %.2f at 10^5", small, large)
	if large > 1.3*small {
		t.Errorf("outputs per claim grew from %.2f to %.2f", small, large)
	}
}
