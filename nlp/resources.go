// Package nlp holds the language primitives every extractor builds on:
// language identification, sentence splitting, character repair and stemming
// for English, Russian, Kazakh and Slovenian. Word lists are data files under
// data/, embedded and validated at load.
package nlp

import (
	"embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/*.txt
var dataFS embed.FS

// Resources are the loaded word lists. Load them once and pass them around;
// they are read-only after Load.
type Resources struct {
	// letterLang and wordLang map a lower-case letter or function word to
	// the languages (bits in the order of Languages) it is a cue for.
	letterLang map[rune]uint8
	letterTab  []uint8 // letterLang for runes below 0x530 (Latin, Cyrillic)
	wordLang   map[string]uint8
	maxWord    int // length in bytes of the longest word in wordLang
	// abbrev maps a language ("*" for all) to abbreviations without their
	// final period; final holds those that often end a sentence too (etc.,
	// itd., т.б., и др.), after which a capitalized word opens a new one.
	abbrev map[string]map[string]bool
	final  map[string]map[string]bool
	// abbrevBits flattens both for lookup: bits 0-3 the languages (order of
	// Languages) where tok never ends a sentence, bits 4-7 where it may.
	abbrevBits map[string]uint8
	// openers are lower-case words that often open a sentence.
	openers map[string]bool
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
		letterLang: map[rune]uint8{},
		wordLang:   map[string]uint8{},
		abbrev:     map[string]map[string]bool{},
		final:      map[string]map[string]bool{},
		abbrevBits: map[string]uint8{},
		openers:    map[string]bool{},
		compounds:  map[string]bool{},
		words:      map[string]bool{},
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
			for _, c := range e.Fields[1] {
				if unicode.ToLower(c) != c {
					return nil, e.Errorf("letter %q is not lower case", c)
				}
				r.letterLang[c] |= langBit(e.Section)
			}
		case "words":
			for _, w := range e.Fields[1:] {
				if w == "" {
					return nil, e.Errorf("empty word")
				}
				if strings.ToLower(w) != w {
					return nil, e.Errorf("word %q is not lower case", w)
				}
				r.wordLang[w] |= langBit(e.Section)
			}
		case "openers":
			for _, w := range e.Fields[1:] {
				if w == "" || strings.ToLower(w) != w {
					return nil, e.Errorf("opener %q: want a lower-case word", w)
				}
				r.openers[w] = true
			}
		default:
			return nil, e.Errorf("unknown entry %q (want letters, words or openers)", e.Fields[0])
		}
	}
	for w := range r.wordLang {
		r.maxWord = max(r.maxWord, len(w))
	}
	r.letterTab = make([]uint8, 0x530)
	for c, m := range r.letterLang {
		if int(c) < len(r.letterTab) {
			r.letterTab[c] = m
		}
	}
	entries, err = LoadLexicon(dataFS, "data/abbreviations.txt")
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		// "[ru]" lists abbreviations that never end a sentence, "[final ru]"
		// those that may ("*" for every language).
		sec, set := e.Section, r.abbrev
		if f, ok := strings.CutPrefix(sec, "final "); ok {
			sec, set = strings.TrimSpace(f), r.final
		}
		if sec != "*" && !knownLang(sec) {
			return nil, e.Errorf("unknown language section %q", e.Section)
		}
		m := set[sec]
		if m == nil {
			m = map[string]bool{}
			set[sec] = m
		}
		for _, a := range e.Fields {
			a = strings.TrimSuffix(a, ".")
			if a == "" {
				return nil, e.Errorf("empty abbreviation")
			}
			m[a] = true
		}
	}
	for k, set := range []map[string]map[string]bool{r.abbrev, r.final} {
		for lang, m := range set {
			bits := uint8(0xF)
			if lang != "*" {
				bits = langBit(lang)
			}
			// Russian and Kazakh abbreviations are also used in the other language.
			if bits&(bitRU|bitKK) != 0 {
				bits |= bitRU | bitKK
			}
			for tok := range m {
				r.abbrevBits[tok] |= bits << (4 * k)
			}
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
