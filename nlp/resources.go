// Package nlp holds the language primitives every extractor builds on:
// language identification, sentence splitting, character repair and stemming
// for English, Russian, Kazakh and Slovenian. Word lists are data files under
// data/, embedded and validated at load.
package nlp

import (
	"embed"
	"fmt"
	"math"
	"math/bits"
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
	// wordTab is wordLang for Detect, which looks up every short word of
	// a paragraph.
	wordTab wordTable
	// shortASCII and longASCII are wordTab's words of one to eight and of
	// nine to sixteen ASCII letters, packed: most words Detect looks up.
	shortASCII, longASCII packedTable
	// cyr holds, for U+0400–U+04FF, what Detect needs of a letter.
	cyr [256]cyrLetter
	// abbrev maps a language ("*" for all) to abbreviations without their
	// final period; final holds those that often end a sentence too (etc.,
	// itd., т.б., и др.), after which a capitalized word opens a new one.
	abbrev map[string]map[string]bool
	final  map[string]map[string]bool
	// abbrevBits flattens both for lookup: bits 0-3 the languages (order of
	// Languages) where tok never ends a sentence, bits 4-7 where it may.
	abbrevBits map[string]uint8
	abbrevTab  wordTable // abbrevBits for the sentence splitter
	// twoWordLast holds the last words of the multi-word abbreviations
	// ("al" of "et al", "др" of "и др"): only a token among them can end
	// one, so that the splitter looks for the token before it only then.
	// twoWordLastMax is their greatest length, twoWordLastByte marks
	// their last bytes: most tokens fail these without a lookup.
	twoWordLast     map[string]bool
	twoWordLastMax  int
	twoWordLastByte [256]bool
	// abbrevTails has a bit, hashed (tailHash), for the last four bytes of
	// each abbreviation: a token of eight bytes or more (four after its
	// first rune, which abbrevMaskKey may lower) whose bit is clear is
	// none, without a lookup.
	abbrevTails [1024]uint64
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
	if r.wordTab, err = newWordTable(r.wordLang); err != nil {
		return nil, err
	}
	r.shortASCII = newPackedTable(r.wordLang, 1, 8)
	r.longASCII = newPackedTable(r.wordLang, 9, 16)
	r.letterTab = make([]uint8, 0x530)
	for c, m := range r.letterLang {
		if int(c) < len(r.letterTab) {
			r.letterTab[c] = m
		}
	}
	for k := range r.cyr {
		c := rune(0x400 + k)
		lower := unicode.ToLower(c)
		if lower < 0x400 || lower > 0x4FF {
			return nil, fmt.Errorf("nlp: lower case of %U out of the Cyrillic block", c)
		}
		m := r.letterTab[lower]
		r.cyr[k] = cyrLetter{lower: uint16(lower), upper: unicode.IsUpper(c), cues: m,
			lanes: uint64(m&1) | uint64(m&2)<<15 | uint64(m&4)<<30 | uint64(m&8)<<45,
			utf8:  [2]byte{0xC0 | byte(lower>>6), 0x80 | byte(lower&0x3F)}}
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
	if r.abbrevTab, err = newWordTable(r.abbrevBits); err != nil {
		return nil, err
	}
	for tok := range r.abbrevBits {
		if len(tok) >= 4 {
			h := tailHash(tok)
			r.abbrevTails[h/64] |= 1 << (h % 64)
		}
	}
	r.twoWordLast = map[string]bool{}
	for tok := range r.abbrevBits {
		if i := strings.LastIndexByte(tok, ' '); i >= 0 && i+1 < len(tok) {
			last := tok[i+1:]
			r.twoWordLast[last] = true
			r.twoWordLastMax = max(r.twoWordLastMax, len(last))
			r.twoWordLastByte[last[len(last)-1]] = true
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

// wordTable is a read-only map from words to a byte, as an open-addressed
// table (linear probing, a quarter full) of slots into one string: cheaper
// to look up than a Go map, small enough to stay in the first-level cache,
// and looked up by a []byte without a conversion.
type wordTable struct {
	slots []wordSlot
	text  string
	shift uint // wordHash >> shift indexes slots
	// maxLen is the length of the longest word.
	maxLen int
}

// wordSlot is an entry of a wordTable: a word of its text (n 0 for an
// empty slot) and its value.
type wordSlot struct {
	off      uint16
	n, value uint8
}

func newWordTable(m map[string]uint8) (wordTable, error) {
	size := bits.Len(uint(4 * len(m)))
	t := wordTable{slots: make([]wordSlot, 1<<size), shift: uint(32 - size)}
	mask := uint32(len(t.slots) - 1)
	var text strings.Builder
	for w, v := range m {
		if text.Len()+len(w) > math.MaxUint16 || len(w) > math.MaxUint8 || w == "" {
			return wordTable{}, fmt.Errorf("nlp: word list too large or empty word %q", w)
		}
		i := wordHash(w) >> t.shift
		for t.slots[i].n != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = wordSlot{off: uint16(text.Len()), n: uint8(len(w)), value: v}
		t.maxLen = max(t.maxLen, len(w))
		text.WriteString(w)
	}
	t.text = text.String()
	return t, nil
}

// wordHash mixes a word's length and its first and last two bytes: enough
// to spread short words, cheaper than hashing every byte.
func wordHash[S string | []byte](w S) uint32 {
	n := len(w)
	x := uint64(n)
	if n > 0 {
		x |= uint64(w[0])<<8 | uint64(w[n-1])<<16
	}
	if n > 1 {
		x |= uint64(w[1])<<24 | uint64(w[n-2])<<32
	}
	return uint32(x * 0x9E3779B97F4A7C15 >> 32)
}

// get returns the value of w, 0 if w is not in the table.
func (t *wordTable) get(w []byte) uint8 {
	mask := uint32(len(t.slots) - 1)
	for i := wordHash(w) >> t.shift; ; i = (i + 1) & mask {
		s := t.slots[i]
		if int(s.n) == len(w) && t.text[s.off:int(s.off)+len(w)] == string(w) {
			return s.value
		}
		if s.n == 0 {
			return 0
		}
	}
}

// getFoldedASCII is get of w folded to lower case, for w made of ASCII
// letters only, without copying it.
func (t *wordTable) getFoldedASCII(w string) uint8 {
	n := len(w)
	x := uint64(n)
	if n > 0 {
		x |= uint64(w[0]|0x20)<<8 | uint64(w[n-1]|0x20)<<16
	}
	if n > 1 {
		x |= uint64(w[1]|0x20)<<24 | uint64(w[n-2]|0x20)<<32
	}
	mask := uint32(len(t.slots) - 1)
	for i := uint32(x*0x9E3779B97F4A7C15>>32) >> t.shift; ; i = (i + 1) & mask {
		s := t.slots[i]
		if int(s.n) == n && equalFoldedASCII(t.text[s.off:int(s.off)+n], w) {
			return s.value
		}
		if s.n == 0 {
			return 0
		}
	}
}

// equalFoldedASCII reports whether a is w folded to lower case, w being
// made of ASCII letters and as long as a.
func equalFoldedASCII(a, w string) bool {
	for k := 0; k < len(w); k++ {
		if a[k] != w[k]|0x20 {
			return false
		}
	}
	return true
}

// packedTable is a read-only map from words of lower-case ASCII letters to
// a byte, each word packed in two uint64 (packWord), as an open-addressed
// table (linear probing, a quarter full): a lookup is one multiplication
// and, most often, one comparison of eight bytes.
type packedTable struct {
	keys   []uint64 // the first eight bytes; 0 for an empty slot
	highs  []uint64 // the bytes after the first eight
	values []uint8
	shift  uint // packedHash >> shift indexes keys
}

func packedHash(lo, hi uint64) uint64 { return (lo ^ hi*0xC2B2AE3D27D4EB4F) * 0x9E3779B97F4A7C15 }

// newPackedTable keeps the words of m that are minLen to maxLen (at most
// 16) letters a-z: only those can equal a run of ASCII letters folded to
// lower case.
func newPackedTable(m map[string]uint8, minLen, maxLen int) packedTable {
	var words []string
	for w := range m {
		if len(w) >= minLen && len(w) <= maxLen && isLowerASCIIWord(w) {
			words = append(words, w)
		}
	}
	size := bits.Len(uint(4 * len(words)))
	t := packedTable{keys: make([]uint64, 1<<size), highs: make([]uint64, 1<<size), values: make([]uint8, 1<<size), shift: uint(64 - size)}
	mask := uint64(len(t.keys) - 1)
	for _, w := range words {
		lo, hi := packWord(w)
		i := packedHash(lo, hi) >> t.shift
		for t.keys[i] != 0 {
			i = (i + 1) & mask
		}
		t.keys[i], t.highs[i], t.values[i] = lo, hi, m[w]
	}
	return t
}

func isLowerASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// packWord packs a word of one to sixteen bytes into two uint64, its first
// byte lowest in lo, the bytes after its end zero.
func packWord(w string) (lo, hi uint64) {
	for i := len(w) - 1; i >= 0; i-- {
		hi = hi<<8 | lo>>56
		lo = lo<<8 | uint64(w[i])
	}
	return lo, hi
}

// get returns the value of the packed word (lo non-zero), 0 if absent.
func (t *packedTable) get(lo, hi uint64) uint8 {
	if len(t.keys) == 0 {
		return 0
	}
	mask := uint64(len(t.keys) - 1)
	for i := packedHash(lo, hi) >> t.shift; ; i = (i + 1) & mask {
		k := t.keys[i]
		if k == lo && t.highs[i] == hi {
			return t.values[i]
		}
		if k == 0 {
			return 0
		}
	}
}

const lowerBits = 0x2020202020202020 // OR-ed: ASCII letters to lower case

// packFoldedASCII is packWord of text[i:j] folded to lower case, for a run
// of one to eight ASCII letters: loaded eight bytes at once when text has
// them from i (small enough to inline).
func packFoldedASCII(text string, i, j int) uint64 {
	var x uint64
	if i+8 <= len(text) {
		x = load64(text, i)
	} else {
		x = loadTail(text, i, j)
	}
	return (x | lowerBits) & (1<<(8*uint(j-i)) - 1) // the bytes after the run dropped
}

// loadTail is packWord of text[i:j], a run of at most eight bytes that
// ends less than eight bytes after i.
func loadTail(text string, i, j int) uint64 {
	if j >= 8 {
		return load64(text, j-8) >> (64 - 8*uint(j-i))
	}
	x, _ := packWord(text[i:j])
	return x
}

// packFoldedASCII16 is packWord of text[i:j] folded to lower case, for a
// run of nine to sixteen ASCII letters.
func packFoldedASCII16(text string, i, j int) (lo, hi uint64) {
	n := uint(j - i)
	if i+16 <= len(text) {
		lo, hi = load64(text, i), load64(text, i+8)
	} else {
		lo, hi = load64(text, i), load64(text, j-8)>>(128-8*n)
	}
	return lo | lowerBits, (hi | lowerBits) & (1<<(8*(n-8)) - 1)
}

// load64 reads s[i:i+8] as a little-endian word.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// cyrLetter is a Cyrillic letter (or combining mark) in lower case, its
// case and the languages it is a cue for: as a bit set (cues) and as one
// count per language in 16-bit lanes (lanes, added up per word by
// cyrillicRun); utf8 is the lower case letter encoded.
type cyrLetter struct {
	lanes uint64
	lower uint16
	upper bool
	cues  uint8
	utf8  [2]byte
}
