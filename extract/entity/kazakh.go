package entity

import "unicode/utf8"

// harmony is the vowel class of a Kazakh stem or ending: endings take back
// vowels after a back-vowel stem (Қазақстан-да) and front vowels after a
// front-vowel stem (Ресей-де).
type harmony uint8

const (
	neutral harmony = iota // no vowel that decides (or not Kazakh)
	back
	front
	mixed // an ending with both classes: not a real word form
)

// vowelClass classifies one vowel; у, и and ю are written in words of
// either class, so they do not decide.
func vowelClass(r rune) harmony {
	switch r {
	case 'а', 'о', 'ұ', 'ы', 'я':
		return back
	case 'ә', 'е', 'ө', 'ү', 'і', 'э', 'ё':
		return front
	}
	return neutral
}

// stemHarmony is the class of the last deciding vowel of a stem.
func stemHarmony(stem string) harmony {
	h := neutral
	for _, r := range stem {
		if c := vowelClass(r); c != neutral {
			h = c
		}
	}
	return h
}

// endingHarmony is the class an ending requires of its stem.
func endingHarmony(s string) harmony {
	h := neutral
	for _, r := range s {
		c := vowelClass(r)
		switch {
		case c == neutral:
		case h == neutral:
			h = c
		case h != c:
			return mixed
		}
	}
	return h
}

// Agrees reports whether an ending of class e may follow a stem of class s.
func (s harmony) agrees(e harmony) bool {
	return s == neutral || e == neutral || s == e
}

// kazakhEndings expands the Kazakh ending slots into every combination
// stem + [derivation] + [plural] + ([possessive] + [possessive-case] | [case]),
// keeping the combinations whose vowels agree with one another. Invariant
// endings (мен, бен, пен) are added as harmony-neutral.
func kazakhEndings(slots map[string][]string) map[string]harmony {
	out := map[string]harmony{}
	opt := func(xs []string) []string { return append([]string{""}, xs...) }
	var tails []string
	tails = append(tails, opt(slots["case"])...)
	for _, p := range slots["possessive"] {
		tails = append(tails, p)
		for _, c := range slots["possessive-case"] {
			tails = append(tails, p+c)
		}
	}
	for _, d := range opt(slots["derivation"]) {
		for _, pl := range opt(slots["plural"]) {
			for _, t := range tails {
				s := d + pl + t
				if s == "" {
					continue
				}
				if h := endingHarmony(s); h != mixed {
					out[s] = h
				}
			}
		}
	}
	for _, s := range slots["invariant"] {
		out[s] = neutral
		// Invariant endings also follow a plural or derivation (қазақтармен).
		for _, d := range opt(slots["derivation"]) {
			for _, pl := range opt(slots["plural"]) {
				if d+pl == "" {
					continue
				}
				if h := endingHarmony(d + pl); h != mixed {
					out[d+pl+s] = h
				}
			}
		}
	}
	return out
}

// StripKazakh removes the inflectional endings (case, possessive, plural,
// derivation) from a lower-case Kazakh word, keeping a stem of at least
// minStem runes; the ending must agree with the stem's vowels. It is the light
// stemmer the claim indicators use.
func (g *Gazetteer) StripKazakh(w string, minStem int) string {
	ends := g.suffixes["kk"]
	runes := 0
	for cut := range w {
		if runes >= minStem {
			if h, ok := ends[w[cut:]]; ok && stemHarmony(w[:cut]).agrees(h) && buffered(w[:cut], w[cut:]) {
				return w[:cut]
			}
		}
		runes++
	}
	return w
}

// buffered reports whether an ending may follow a stem: the "н" forms of
// the dative and locative (-на, -нда) follow only the possessive vowel
// (пайызы-на, жылы-нда), so "қазақстанда" is қазақстан-да, not қазақста-нда.
func buffered(stem, ending string) bool {
	switch ending {
	case "на", "не", "нда", "нде", "ндағы", "ндегі":
		r, _ := utf8.DecodeLastRuneInString(stem)
		return r == 'ы' || r == 'і' || r == 'у' || r == 'ю'
	}
	return true
}

// IsKazakhEnding reports whether s (lower case) is a Kazakh inflectional
// ending or a chain of them ("да", "нан", "тардың").
func (g *Gazetteer) IsKazakhEnding(s string) bool {
	_, ok := g.suffixes["kk"][s]
	return ok
}
