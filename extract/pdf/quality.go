package pdf

import (
	"strings"
	"unicode"
)

// maxWordLetters is the longest letter run taken for a real word. Longer
// runs (German and Kazakh compounds stay below it) are words run together
// because spaces were lost.
const maxWordLetters = 25

// singleLetterWords are the one-letter words of the project's languages
// (English, Russian, Kazakh, Slovenian); any other lone letter is taken for
// a fragment of a word split by a false space.
const singleLetterWords = "aAiIoOuUvVsSzZkKhH" + "аАвВиИкКоОсСуУяЯжЖ"

// Measure rates extracted text: the share of undecodable characters among
// visible ones, the share of letters among visible characters other than
// punctuation, and the share of tokens that
// look broken (overlong letter runs from lost spaces, stray single letters
// from false spaces). Score is LetterShare × (1 − Replacement) ×
// (1 − BrokenWords): it only compares extractions of the same document.
func Measure(pages []Page) Quality {
	var visible, replaced, letters, punct, tokens, broken int
	for _, p := range pages {
		for _, line := range p.Lines {
			for _, r := range line {
				switch {
				case unicode.IsSpace(r):
					continue
				case r == unicode.ReplacementChar:
					replaced++
				case unicode.IsLetter(r):
					letters++
				case unicode.IsPunct(r):
					// Punctuation is left out of LetterShare, so that
					// a backend that drops hyphenation hyphens or draws
					// dashes differently does not score better for it.
					punct++
				}
				visible++
			}
			for _, tok := range strings.Fields(line) {
				tokens++
				if looksBroken(tok) {
					broken++
				}
			}
		}
	}
	var q Quality
	if visible == 0 || tokens == 0 {
		return q
	}
	q.Replacement = float64(replaced) / float64(visible)
	if visible > punct {
		q.LetterShare = float64(letters) / float64(visible-punct)
	}
	q.BrokenWords = float64(broken) / float64(tokens)
	q.Score = q.LetterShare * (1 - q.Replacement) * (1 - q.BrokenWords)
	return q
}

func looksBroken(tok string) bool {
	run, longest := 0, 0
	for _, r := range tok {
		if unicode.IsLetter(r) {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	if longest > maxWordLetters {
		return true
	}
	// A lone letter is a fragment unless it is a one-letter word or an
	// initial ("J.").
	if strings.Contains(tok, ".") {
		return false
	}
	core := []rune(strings.TrimFunc(tok, unicode.IsPunct))
	return len(core) == 1 && unicode.IsLetter(core[0]) && !strings.ContainsRune(singleLetterWords, core[0])
}
