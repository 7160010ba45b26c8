package claims

import (
	"math"
	"math/rand"
	"strconv"
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in, lang string
		value    float64
		decimals int
		n        int // bytes read
		dotThou  bool
	}{
		// English: comma groups thousands, dot is the decimal mark.
		{"7,037,590 as of", "en", 7037590, 0, 9, false},
		{"1,618.9 thousand", "en", 1618.9, 1, 7, false},
		{"47.9%", "en", 47.9, 1, 4, false},
		{"0.1%", "en", 0.1, 1, 3, false},
		{"20,000", "en", 20000, 0, 6, false},
		{"83,739,349", "en", 83739349, 0, 10, false},
		{"5166 Uzbek", "en", 5166, 0, 4, false},
		// "10.000 nationals": read as 10.000 but flagged as possibly 10000.
		{"10.000 Uzbekistan", "en", 10, 3, 6, true},
		// Spaces of every kind group thousands.
		{"165 000 заңсыз", "kk", 165000, 0, 7, false},
		{"165\u00a0000", "ru", 165000, 0, 8, false},
		{"1\u202f200\u202f000", "ru", 1200000, 0, 13, false},
		{"20 033 842 человека", "ru", 20033842, 0, 10, false},
		// A year followed by a number is not one number.
		{"2023 100", "en", 2023, 0, 4, false},
		// Russian, Kazakh, Slovenian: a single comma is the decimal mark, a
		// dot groups thousands.
		{"2,8% - ы", "kk", 2.8, 1, 3, false},
		{"32,9 %", "ru", 32.9, 1, 4, false},
		{"1,618 млн", "ru", 1.618, 3, 5, false},
		{"70.000 delavcev", "sl", 70000, 0, 6, false},
		{"1.234.567", "sl", 1234567, 0, 9, false},
		{"1.618,9", "sl", 1618.9, 1, 7, false},
		// Several comma groups or a decimal point after them are thousands
		// in any language.
		{"7,037,590", "kk", 7037590, 0, 9, false},
		{"1,618.9", "ru", 1618.9, 1, 7, false},
		// Lists and ranges stop the numeral.
		{"1,2,3 Казахский", "ru", 1, 0, 1, false},
		{"2021–2024", "en", 2021, 0, 4, false},
		{"3–4 million", "en", 3, 0, 1, false},
		{"21, 19", "en", 21, 0, 2, false},
		{"5-тен", "kk", 5, 0, 1, false},
	}
	for _, tt := range tests {
		n, size, ok := ParseNumber(tt.in, tt.lang)
		if !ok {
			t.Errorf("ParseNumber(%q, %s) failed", tt.in, tt.lang)
			continue
		}
		if math.Abs(n.Value-tt.value) > 1e-9 || int(n.Decimals) != tt.decimals || size != tt.n || n.DotThousands != tt.dotThou {
			t.Errorf("ParseNumber(%q, %s) = %g (%d decimals, %d bytes, dot-thousands %v), want %g (%d, %d, %v)",
				tt.in, tt.lang, n.Value, n.Decimals, size, n.DotThousands, tt.value, tt.decimals, tt.n, tt.dotThou)
		}
		if n.Low > n.Value || n.Value > n.High {
			t.Errorf("ParseNumber(%q): value %g outside [%g, %g]", tt.in, n.Value, n.Low, n.High)
		}
	}
	for _, in := range []string{"", "abc", "-5", ".5"} {
		if _, _, ok := ParseNumber(in, "en"); ok {
			t.Errorf("ParseNumber(%q) succeeded", in)
		}
	}
}

// TestRoundingInterval checks statcheck's rule: the interval of the last
// printed digit.
func TestRoundingInterval(t *testing.T) {
	for _, tt := range []struct {
		in       string
		lo, hi   float64
		thousand bool
	}{
		{"47.9", 47.85, 47.95, false},
		{"20,000", 19999.5, 20000.5, false},
		{"2.0", 1.95, 2.05, false},
		{"0.1", 0.05, 0.15, false},
		{"10.000", 9999.5, 10000.5, true},
	} {
		n, _, _ := ParseNumber(tt.in, "en")
		if tt.thousand {
			n = n.Thousands()
		}
		if math.Abs(n.Low-tt.lo) > 1e-9 || math.Abs(n.High-tt.hi) > 1e-9 {
			t.Errorf("%s: interval [%g, %g], want [%g, %g]", tt.in, n.Low, n.High, tt.lo, tt.hi)
		}
	}
}

// finishSpec is finish as it was: strconv.ParseFloat on the digits.
func finishSpec(intDigits, decimals []byte, grouped, dotAmbig bool, n int) (Number, int, bool) {
	txt := string(intDigits)
	if len(decimals) > 0 {
		txt += "." + string(decimals)
	}
	v, err := strconv.ParseFloat(txt, 64)
	if err != nil || math.IsInf(v, 0) {
		return Number{}, 0, false
	}
	half := 0.5 * math.Pow(10, -float64(len(decimals)))
	return Number{
		Value: v, Low: v - half, High: v + half, Decimals: int32(len(decimals)), Grouped: grouped,
		DotThousands: dotAmbig && len(decimals) == 3, IntDigits: int32(len(intDigits)),
	}, n, true
}

// finish computes the value ParseFloat does, bit for bit, on random digit
// strings of every length around its integer path's limit.
func TestFinishAsParseFloat(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	digits := func(n int) []byte {
		b := make([]byte, n)
		for k := range b {
			b[k] = byte('0' + rng.Intn(10))
			if rng.Intn(4) == 0 {
				b[k] = '9'
			}
		}
		return b
	}
	for n := 0; n < 200000; n++ {
		id, dec := digits(1+rng.Intn(18)), digits(rng.Intn(18))
		if rng.Intn(3) == 0 {
			dec = nil
		}
		grouped, amb := rng.Intn(2) == 0, rng.Intn(2) == 0
		g, gn, gok := finish(id, dec, grouped, amb, 7)
		w, wn, wok := finishSpec(id, dec, grouped, amb, 7)
		if math.Float64bits(g.Value) != math.Float64bits(w.Value) || g != w || gn != wn || gok != wok {
			t.Fatalf("finish(%s, %s) = %+v, want %+v", id, dec, g, w)
		}
	}
}
