// Package nlp holds the language primitives every extractor builds on:
// language identification, sentence splitting, character repair and stemming
// for English, Russian, Kazakh and Slovenian. Word lists are data files under
// data/, embedded and validated at load.
package nlp

import (
	"embed"
	"fmt"
	"strings"
	"unicode/utf8"
)

//go:embed data/*.txt
var dataFS embed.FS

// Resources are the loaded word lists. Load them once and pass them around;
// they are read-only after Load.
type Resources struct {
	langLetters map[string]map[rune]bool
	langWords   map[string]map[string]bool
	// abbrev maps a language ("*" for all) to abbreviations without their final period.
	abbrev map[string]map[string]bool
	// compounds are hyphenated words that keep their hyphen at a line break.
	compounds map[string]bool
	// words is a small list of common words per language used to accept a
	// dehyphenation join the document itself does not attest.
	words map[string]bool
}

// Languages are the languages claimgraph identifies, in a fixed order.
var Languages = []string{"en", "ru", "kk", "sl"}

// Load parses the embedded data files.
func Load() (*Resources, error) {
	r := &Resources{
		langLetters: map[string]map[rune]bool{},
		langWords:   map[string]map[string]bool{},
		abbrev:      map[string]map[string]bool{},
		compounds:   map[string]bool{},
		words:       map[string]bool{},
	}
	entries, err := LoadLexicon(dataFS, "data/lang.txt")
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if !knownLang(e.Section) {
			return nil, e.Errorf("unknown language section %q", e.Section)
		}
		switch e.Fields[0] {
		case "letters":
			if len(e.Fields) != 2 || e.Fields[1] == "" {
				return nil, e.Errorf("letters takes one field of characters")
			}
			m := map[rune]bool{}
			for _, c := range e.Fields[1] {
				m[c] = true
			}
			r.langLetters[e.Section] = m
		case "words":
			m := r.langWords[e.Section]
			if m == nil {
				m = map[string]bool{}
				r.langWords[e.Section] = m
			}
			for _, w := range e.Fields[1:] {
				if w == "" {
					return nil, e.Errorf("empty word")
				}
				m[w] = true
			}
		default:
			return nil, e.Errorf("unknown entry %q (want letters or words)", e.Fields[0])
		}
	}
	entries, err = LoadLexicon(dataFS, "data/abbreviations.txt")
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if e.Section != "*" && !knownLang(e.Section) {
			return nil, e.Errorf("unknown language section %q", e.Section)
		}
		m := r.abbrev[e.Section]
		if m == nil {
			m = map[string]bool{}
			r.abbrev[e.Section] = m
		}
		for _, a := range e.Fields {
			a = strings.TrimSuffix(a, ".")
			if a == "" {
				return nil, e.Errorf("empty abbreviation")
			}
			m[a] = true
		}
	}
	entries, err = LoadLexicon(dataFS, "data/compounds.txt")
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		for _, w := range e.Fields {
			if !utf8.ValidString(w) || w == "" {
				return nil, e.Errorf("bad word %q", w)
			}
			lw := strings.ToLower(w)
			if e.Section == "compounds" {
				if !strings.Contains(lw, "-") {
					return nil, e.Errorf("compound %q has no hyphen", w)
				}
				r.compounds[lw] = true
			} else if e.Section == "words" {
				r.words[lw] = true
			} else {
				return nil, e.Errorf("unknown section %q (want compounds or words)", e.Section)
			}
		}
	}
	return r, nil
}

func knownLang(l string) bool {
	for _, k := range Languages {
		if k == l {
			return true
		}
	}
	return false
}

// MustLoad is Load for tests and commands that cannot continue without the
// embedded data (which is validated by tests, so failure is a build defect).
func MustLoad() *Resources {
	r, err := Load()
	if err != nil {
		panic(fmt.Sprintf("nlp: embedded data invalid: %v", err))
	}
	return r
}

// IsCompound reports a known hyphenated compound (lower case).
func (r *Resources) IsCompound(w string) bool { return r.compounds[w] }

// IsWord reports a word of the small dehyphenation word list (lower case).
func (r *Resources) IsWord(w string) bool { return r.words[w] }

// IsAbbreviation reports whether tok (without its final period) is a known
// abbreviation in lang or in every language.
func (r *Resources) IsAbbreviation(tok, lang string) bool { return r.isAbbrev(tok, lang) }
