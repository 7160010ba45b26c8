package claims

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// Number is a numeral as printed: its value and the interval its last
// printed digit allows (statcheck's rule: 47.9 → [47.85, 47.95];
// 20,000 → [19999.5, 20000.5]).
type Number struct {
	Value     float64
	Low, High float64
	// Decimals is the number of digits printed after the decimal mark.
	Decimals int32
	// Grouped reports a thousands separator ("7,037,590", "165 000").
	Grouped bool
	// DotThousands reports a dot followed by exactly three digits that was
	// read as a decimal point ("10.000" in English); Value*1000 is the
	// other reading, which a count noun after it makes the likely one.
	DotThousands bool
	// IntDigits is the number of digits before the decimal mark.
	IntDigits int32
}

// Thousands returns the other reading of an ambiguous "10.000".
func (n Number) Thousands() Number {
	if !n.DotThousands {
		return n
	}
	v := math.Round(n.Value * 1000)
	return Number{Value: v, Low: v - 0.5, High: v + 0.5, Grouped: true, IntDigits: n.IntDigits + 3}
}

// groupSpace reports the spaces printed between digit groups ("165 000"):
// space, no-break space, narrow no-break space, thin space.
func groupSpace(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009'
}

// ParseNumber reads the numeral at the start of s and returns it with the
// number of bytes it covers. lang (en, ru, kk, sl) decides the ambiguous
// separators: in English "1,618" is a thousand and "2.5" a decimal; in
// Russian, Kazakh and Slovenian a single comma is the decimal mark
// ("2,8%") and a dot or a space groups thousands ("10.000", "165 000").
// Separators are read only between digits, so "1,2,3" (a list) stops after
// "1" and "2021–2024" after 2021.
func ParseNumber(s, lang string) (Number, int, bool) {
	i := digitRun(s, 0)
	if i == 0 {
		return Number{}, 0, false
	}
	english := lang == "en" || lang == "" || lang == "und"
	intDigits := []byte(s[:i])
	firstGroup := i
	var (
		group    rune // the thousands separator in use, 0 if none
		decimals []byte
		dotAmbig bool
	)
	end := i
	for end < len(s) {
		r, w := utf8.DecodeRuneInString(s[end:])
		next := end + w
		n := digitRun(s, next)
		if n == 0 {
			break
		}
		three := n == 3
		switch {
		case groupSpace(r):
			// A space groups only a 1–3 digit head followed by exactly three
			// digits ("2023 100" is a year and a number).
			if !three || firstGroup > 3 || decimals != nil || (group != 0 && group != ' ') {
				return finish(intDigits, decimals, group != 0, dotAmbig, end)
			}
			group = ' '
			intDigits = append(intDigits, s[next:next+3]...)
			end = next + 3
			continue
		case r == ',':
			if decimals != nil {
				return finish(intDigits, decimals, group != 0, dotAmbig, end)
			}
			if three && firstGroup <= 3 && (group == 0 || group == ',') &&
				(english || group == ',' || followedBy(s, next+3, '.') || followedByGroup(s, next+3, ',')) {
				group = ','
				intDigits = append(intDigits, s[next:next+3]...)
				end = next + 3
				continue
			}
			if group == ',' {
				return finish(intDigits, decimals, true, dotAmbig, end)
			}
			// A decimal comma; but "1,2,3" is a list, not 1.2.
			if n <= 2 && followedBy(s, next+n, ',') {
				return finish([]byte(s[:firstGroup]), nil, false, false, firstGroup)
			}
			decimals = []byte(s[next : next+n])
			end = next + n
			continue
		case r == '.':
			if decimals != nil {
				return finish(intDigits, decimals, group != 0, dotAmbig, end)
			}
			if three && firstGroup <= 3 && (group == 0 || group == '.') {
				switch {
				case group == '.' || followedByGroup(s, next+3, '.') || followedBy(s, next+3, ','):
					group = '.'
					intDigits = append(intDigits, s[next:next+3]...)
					end = next + 3
					continue
				case !english:
					group = '.'
					intDigits = append(intDigits, s[next:next+3]...)
					end = next + 3
					continue
				default:
					dotAmbig = group == 0
				}
			}
			if group == '.' {
				return finish(intDigits, decimals, true, dotAmbig, end)
			}
			decimals = []byte(s[next : next+n])
			end = next + n
			continue
		}
		break
	}
	return finish(intDigits, decimals, group != 0, dotAmbig, end)
}

func finish(intDigits, decimals []byte, grouped, dotAmbig bool, n int) (Number, int, bool) {
	var v float64
	if len(intDigits)+len(decimals) <= 15 {
		// The digits as an integer, exact in a float64, divided by an exact
		// power of ten: the correctly rounded value, which ParseFloat
		// returns (its own exact fast path), without the string and the
		// call.
		var u uint64
		for _, c := range intDigits {
			u = u*10 + uint64(c-'0')
		}
		for _, c := range decimals {
			u = u*10 + uint64(c-'0')
		}
		v = float64(u) / pow10[len(decimals)]
	} else {
		txt := string(intDigits)
		if len(decimals) > 0 {
			txt += "." + string(decimals)
		}
		var err error
		v, err = strconv.ParseFloat(txt, 64)
		if err != nil || math.IsInf(v, 0) {
			return Number{}, 0, false
		}
	}
	var half float64
	if len(decimals) < len(halves) {
		half = halves[len(decimals)]
	} else {
		half = 0.5 * math.Pow(10, -float64(len(decimals)))
	}
	return Number{
		Value: v, Low: v - half, High: v + half, Decimals: int32(len(decimals)), Grouped: grouped,
		DotThousands: dotAmbig && len(decimals) == 3, IntDigits: int32(len(intDigits)),
	}, n, true
}

// pow10 holds the powers of ten up to 1e15, each exact in a float64.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// halves holds half the last printed digit's unit for 0 to 15 decimals,
// computed as finish computes it for more (the same float64s).
var halves = func() (t [16]float64) {
	for d := range t {
		t[d] = 0.5 * math.Pow(10, -float64(d))
	}
	return t
}()

func digitRun(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] >= '0' && s[i+n] <= '9' {
		n++
	}
	return n
}

// followedBy reports whether s[i] is c and a digit follows it.
func followedBy(s string, i int, c byte) bool {
	return i+1 < len(s) && s[i] == c && s[i+1] >= '0' && s[i+1] <= '9'
}

// followedByGroup reports whether s[i:] is c and exactly three digits.
func followedByGroup(s string, i int, c byte) bool {
	return i < len(s) && s[i] == c && digitRun(s, i+1) == 3
}
