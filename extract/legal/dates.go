package legal

import (
	"fmt"
	"strconv"
	"strings"
)

// dateAt parses a full date starting at toks[i]: "July 5, 2018",
// "30 November 2022", "22 июля 2011 года", "5. julija 2018", "5. 7. 2018",
// "30.11.2022", "2018-07-05", "2022, November 30", "2011 жылғы 22
// шілдедегі", "2022 жылдың 14 наурызында". It returns the ISO date, the year
// and the index after the date.
func (lx *Lexicon) dateAt(toks []token, i int) (string, int, int, bool) {
	if i < 0 || i >= len(toks) {
		return "", 0, 0, false
	}
	t := toks[i]
	iso := func(y, m, d int) string { return fmt.Sprintf("%04d-%02d-%02d", y, m, d) }
	// Numeric forms in one token.
	if t.kind == tNum {
		if y, m, d, ok := numericDate(t.text); ok {
			return iso(y, m, d), y, lx.skipYearTrail(toks, i+1), true
		}
	}
	// Month D, YYYY
	if m := lx.month(&toks[i]); m > 0 {
		j := i + 1
		if j < len(toks) && isPunct(toks[j], ".") {
			j++
		}
		if j+1 < len(toks) {
			if d := dayOf(toks[j]); d > 0 {
				k := j + 1
				if k < len(toks) && isPunct(toks[k], ",") {
					k++
				}
				if k < len(toks) {
					if y := yearOf(toks[k]); y > 0 {
						return iso(y, m, d), y, k + 1, true
					}
				}
			}
		}
		return "", 0, 0, false
	}
	// D [.] Month [.] YYYY  and  D . M . YYYY
	if d := dayOf(t); d > 0 {
		j := i + 1
		dotted := false
		if j < len(toks) && isPunct(toks[j], ".") {
			j++
			dotted = true
		}
		if j >= len(toks) {
			return "", 0, 0, false
		}
		m := lx.month(&toks[j])
		if m == 0 && dotted {
			if mm, err := strconv.Atoi(toks[j].text); err == nil && toks[j].kind == tNum && mm >= 1 && mm <= 12 && len(toks[j].text) <= 2 {
				if j+1 < len(toks) && isPunct(toks[j+1], ".") {
					m = mm
					j++
				}
			}
		}
		if m == 0 {
			return "", 0, 0, false
		}
		k := j + 1
		if k < len(toks) && isPunct(toks[k], ".") {
			k++
		}
		if k < len(toks) {
			if y := yearOf(toks[k]); y > 0 {
				return iso(y, m, d), y, lx.skipYearTrail(toks, k+1), true
			}
		}
		return "", 0, 0, false
	}
	// YYYY, Month D (reference lists)  and  Kazakh YYYY жылғы D month
	if y := yearOf(t); y > 0 {
		j := i + 1
		if j+2 < len(toks) && isPunct(toks[j], ",") {
			if m := lx.month(&toks[j+1]); m > 0 {
				if d := dayOf(toks[j+2]); d > 0 {
					return iso(y, m, d), y, j + 3, true
				}
			}
		}
		if j+2 < len(toks) && isKazakhYearWord(toks[j]) {
			k := j + 1
			if isPunct(toks[k], ".") {
				k++
			}
			if k+1 < len(toks) {
				if d := dayOf(toks[k]); d > 0 {
					if m := lx.month(&toks[k+1]); m > 0 {
						return iso(y, m, d), y, k + 2, true
					}
				}
			}
		}
	}
	return "", 0, 0, false
}

func isKazakhYearWord(t token) bool {
	switch t.low {
	case "жылғы", "жылдың", "ж", "жылы":
		return true
	}
	return false
}

// numericDate parses 30.11.2022, 30/11/2022 and 2018-07-05.
func numericDate(s string) (int, int, int, bool) {
	var parts []string
	switch {
	case strings.Count(s, ".") == 2:
		parts = strings.Split(s, ".")
	case strings.Count(s, "-") == 2:
		parts = strings.Split(s, "-")
		if len(parts[0]) != 4 {
			return 0, 0, 0, false
		}
		parts = []string{parts[2], parts[1], parts[0]}
	default:
		return 0, 0, 0, false
	}
	d, e1 := strconv.Atoi(parts[0])
	m, e2 := strconv.Atoi(parts[1])
	y, e3 := strconv.Atoi(parts[2])
	if e1 != nil || e2 != nil || e3 != nil || len(parts[2]) != 4 || y < 1800 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// skipYearTrail skips "года", "г.", "жылы" after a year.
func (lx *Lexicon) skipYearTrail(toks []token, j int) int {
	if j < len(toks) && lx.cue.yearTrail.has(toks, j) {
		_, n := lx.cue.yearTrail.matchAt(toks, j)
		j += n
		if j < len(toks) && isPunct(toks[j], ".") && (toks[j-1].low == "г" || toks[j-1].low == "ж" || toks[j-1].low == "гг") {
			j++
		}
	}
	return j
}

// yearAt parses a bare year with its optional trail word ("2011 года").
func (lx *Lexicon) yearAt(toks []token, i int) (int, int, bool) {
	if i < 0 || i >= len(toks) {
		return 0, 0, false
	}
	y := yearOf(toks[i])
	if y == 0 {
		return 0, 0, false
	}
	// A year that opens a period is not a year.
	if i+2 < len(toks) && isDash(toks[i+1]) && yearOf(toks[i+2]) > 0 {
		return 0, 0, false
	}
	return y, lx.skipYearTrail(toks, i+1), true
}

// periodAt parses a period: "2021–2030", "2023-2027", "for the period
// 2021–2030", "for 2023–2027 years", "на 2023–2027 годы", "up to 2040",
// "до 2030 года", "do leta 2030", "za obdobje 2021–2030", "2040 жылға
// дейін", "2023–2027 жылдарға арналған". It returns the normalized period
// ("2021-2030" or the last year "2040") and the index after it.
func (lx *Lexicon) periodAt(toks []token, i int) (string, int, bool) {
	j := i
	for k := 0; k < 4 && j < len(toks); k++ {
		if _, n := lx.cue.periodLead.matchAt(toks, j); n > 0 {
			j += n
			continue
		}
		break
	}
	if j >= len(toks) {
		return "", 0, false
	}
	if _, n := lx.cue.upto.matchAt(toks, j); n > 0 {
		k := j + n
		if k < len(toks) {
			if y := yearOf(toks[k]); y > 0 {
				return strconv.Itoa(y), lx.skipYearTrail(toks, k+1), true
			}
		}
		return "", 0, false
	}
	p, k, ok := lx.bareSpan(toks, j)
	if !ok {
		return "", 0, false
	}
	return p, k, true
}

// bareSpan parses "2021–2030" (three tokens or one joined token) with the
// trail words that may follow, and "2040 жылға дейін".
func (lx *Lexicon) bareSpan(toks []token, j int) (string, int, bool) {
	if j >= len(toks) || toks[j].kind != tNum { // every form starts with a year
		return "", 0, false
	}
	a, b, k := 0, 0, 0
	if x, y := joinedPeriod(toks[j]); x > 0 {
		a, b, k = x, y, j+1
	} else if x := yearOf(toks[j]); x > 0 && j+2 < len(toks) && isDash(toks[j+1]) {
		if y := yearOf(toks[j+2]); y >= x {
			a, b, k = x, y, j+3
		}
	}
	if a == 0 {
		// Kazakh postposition: 2040 жылға дейін.
		if y := yearOf(toks[j]); y > 0 && j+2 < len(toks) && toks[j+1].low == "жылға" && toks[j+2].low == "дейін" {
			return strconv.Itoa(y), j + 3, true
		}
		return "", 0, false
	}
	for n := 0; n < 2 && k < len(toks); n++ {
		if _, m := lx.cue.periodTrail.matchAt(toks, k); m > 0 {
			k += m
			continue
		}
		break
	}
	return fmt.Sprintf("%d-%d", a, b), k, true
}

// periodEndingAt finds a bare period whose last token is toks[j] (for
// left-hand modifiers: "2021–2030 migration policy concept").
func (lx *Lexicon) periodEndingAt(toks []token, j int) (string, int, bool) {
	for start := j; start >= 0 && start >= j-4; start-- {
		if p, k, ok := lx.bareSpan(toks, start); ok && k == j+1 {
			return p, start, true
		}
	}
	return "", 0, false
}
