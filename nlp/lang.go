package nlp

import (
	"strings"
	"unicode"
)

// LangScores counts the evidence for each language in a text.
type LangScores struct {
	Latin, Cyrillic int
	Score           map[string]float64
	Words           int
}

// Identify returns the ISO 639-1 code of the text's language among en, ru,
// kk, sl, or "und" when the text has too little prose to tell (URLs, numbers,
// names). Script decides Latin vs Cyrillic; within a script, language-specific
// letters and function words decide (Kazakh vs Russian, Slovenian vs English).
func (r *Resources) Identify(text string) string {
	s := r.scores(text)
	if s.Latin+s.Cyrillic < 8 {
		return "und"
	}
	var cands []string
	if s.Cyrillic > s.Latin {
		cands = []string{"ru", "kk"}
	} else {
		cands = []string{"en", "sl"}
	}
	best, bestScore := "und", 0.0
	for _, l := range cands {
		if v := s.Score[l]; v > bestScore {
			best, bestScore = l, v
		}
	}
	if best == "und" && s.Words >= 12 {
		// Long text with no cue at all: fall back on the script.
		if s.Cyrillic > s.Latin {
			return "ru"
		}
		return "en"
	}
	return best
}

func (r *Resources) scores(text string) LangScores {
	s := LangScores{Score: map[string]float64{}}
	for _, c := range text {
		switch {
		case unicode.Is(unicode.Cyrillic, c):
			s.Cyrillic++
		case unicode.Is(unicode.Latin, c):
			s.Latin++
		default:
			continue
		}
		lc := unicode.ToLower(c)
		for l, m := range r.langLetters {
			if m[lc] {
				s.Score[l] += 2
			}
		}
	}
	for _, w := range strings.FieldsFunc(text, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' }) {
		w = strings.ToLower(strings.Trim(w, "-"))
		if w == "" {
			continue
		}
		s.Words++
		for l, m := range r.langWords {
			if m[w] {
				s.Score[l]++
			}
		}
	}
	return s
}
