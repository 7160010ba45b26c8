package claims

import (
	"strings"
	"unicode/utf8"

	"github.com/kljensen/snowball/russian"
)

// stemmer returns the stem of a lower-case word that lets an indicator cue
// match its inflected forms (arrivals/arrival, мигрантов/мигрант,
// аударымдары/аударым, migrantov/migrant). Russian uses snowball's stemmer;
// English only folds plurals (snowball's English stemmer was measured: it
// conflates the cue words and drops indicator accuracy on the seeds from
// 0.837 to 0.768); Kazakh strips case, possessive, plural and derivation
// endings that agree with the stem's vowels (the gazetteer's ending table);
// Slovenian strips case endings. Snowball has neither Kazakh nor Slovenian.
func (lx *Lexicon) stemmer(w, lang string) string {
	switch lang {
	case "en":
		return stemEnglish(w)
	case "ru":
		return russian.Stem(w, true)
	case "kk":
		if lx.Gazetteer != nil {
			return lx.Gazetteer.StripKazakh(w, 3)
		}
	case "sl":
		return stripEnding(w, slovenianEndings, 4)
	}
	return w
}

// stemEnglish only folds plurals and possessives: cue lists spell out the
// verb forms they mean ("arrived", "arriving"), so that "registering" does
// not match "registered".
func stemEnglish(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "sses"):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:n-1]
	}
	return w
}

// Endings, longest first.
var slovenianEndings = []string{
	"ovih", "ega", "emu", "ima", "ami", "ove", "ov", "ev", "ih", "im", "om", "em", "ah", "ja", "ju", "je", "ji",
	"a", "e", "i", "o", "u",
}

func stripEnding(w string, endings []string, minStem int) string {
	for _, e := range endings {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w)-utf8.RuneCountInString(e) >= minStem {
			return w[:len(w)-len(e)]
		}
	}
	return w
}
