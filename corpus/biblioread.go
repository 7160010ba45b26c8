package corpus

import (
	"strings"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// The bibliography reads 450,000 references at 10,000 papers to key and
// rank them, and writes only the best item of each of 125,000 works:
// decoding every item whole (its strings, names and dates) was most of
// that reading. refSummary reads what the key and the rank need, and
// keeps the item's bytes, to be decoded only when it wins its work.

// refSummary is a reference's work key, completeness and CSL item bytes.
type refSummary struct {
	key   string
	score int
	// csl is the item's JSON, a slice of the attrs (nil: none or null).
	csl []byte
}

// summarizeReference reads a reference's attrs (extract.ReferenceAttrs) as
// Node.DecodeAttrs does, keeping workKey and completeness of its CSL item
// and the item's bytes. It accepts only what ReferenceAttrs.ReadPlainJSON
// reads whole, and its item only what refs.Item's plain reader reads
// (keys without escapes, not repeated, none of the node's common fields,
// strings as doc.JSONReader.String reads them, integers as Int): ok is
// false on anything else, and the caller decodes the attrs.
func summarizeReference(attrs []byte) (s refSummary, ok bool) {
	if len(attrs) == 0 {
		return s, true // DecodeAttrs leaves the attrs empty
	}
	r := sumReader{b: attrs}
	var seen uint8
	var csl itemSummary
	ok = r.object(func(key []byte) bool {
		var bit uint8
		switch string(key) {
		case "raw":
			bit = 1
		case "label":
			bit = 2
		case "csl":
			bit = 4
		case "cited":
			bit = 8
		default:
			return false
		}
		if seen&bit != 0 {
			return false
		}
		seen |= bit
		switch bit {
		case 4:
			if r.null() {
				return true
			}
			start := r.skipSpace()
			if !csl.read(&r) {
				return false
			}
			s.csl = attrs[start:r.i]
			return true
		case 8:
			if r.null() {
				return true
			}
			return r.int()
		}
		if r.null() {
			return true
		}
		_, _, ok := r.str()
		return ok
	})
	if !ok || r.skipSpace() != len(attrs) {
		return refSummary{}, false
	}
	if s.csl != nil {
		s.key, s.score = csl.key(), csl.score()
	}
	return s, true
}

// itemSummary is what workKey and completeness read of an item.
type itemSummary struct {
	title, doi      []byte
	family, literal []byte // the first author's
	authors         int
	year            int
	issued          bool
	// filled counts the other non-empty fields completeness counts.
	filled int
}

func (it *itemSummary) key() string {
	if len(it.doi) > 0 {
		return "doi:" + strings.ToLower(string(it.doi))
	}
	var buf [256]byte
	return string(appendWorkKey(buf[:0], it.title, it.year, it.authors > 0, it.family, it.literal))
}

func (it *itemSummary) score() int {
	n := it.authors*2 + it.filled
	if len(it.title) > 0 {
		n++
	}
	if len(it.doi) > 0 {
		n++
	}
	if it.issued {
		n++
	}
	return n
}

// Item keys with a bit each, to reject repeats as doc.JSONReader.Object
// does.
const (
	keyAuthor = 1 << iota
	keyEditor
	keyTranslator
	keyIssued
	keyAccessed
	keyID
	keyType
	keyYearSuffix
	keyTitle
	keyContainerTitle
	keyVolume
	keyIssue
	keyPage
	keyEdition
	keyPublisher
	keyPublisherPlace
	keyGenre
	keyDOI
	keyURL
	keyLanguage
	keyNote
)

var itemKeys = map[string]uint32{
	"author": keyAuthor, "editor": keyEditor, "translator": keyTranslator, "issued": keyIssued, "accessed": keyAccessed,
	"id": keyID, "type": keyType, "year-suffix": keyYearSuffix, "title": keyTitle, "container-title": keyContainerTitle,
	"volume": keyVolume, "issue": keyIssue, "page": keyPage, "edition": keyEdition, "publisher": keyPublisher,
	"publisher-place": keyPublisherPlace, "genre": keyGenre, "DOI": keyDOI, "URL": keyURL, "language": keyLanguage, "note": keyNote,
}

// counted are the string fields other than title and DOI that
// completeness counts.
const counted = keyContainerTitle | keyVolume | keyIssue | keyPage | keyPublisher | keyURL

// read reads an item object (not null) as refs.Item's plain reader does.
func (it *itemSummary) read(r *sumReader) bool {
	var seen uint32
	return r.object(func(key []byte) bool {
		bit := itemKeys[string(key)]
		if bit == 0 || seen&bit != 0 {
			return false
		}
		seen |= bit
		switch bit {
		case keyAuthor:
			return it.readNames(r, true)
		case keyEditor, keyTranslator:
			return it.readNames(r, false)
		case keyIssued:
			if r.null() {
				return true
			}
			it.issued = true
			return r.date(&it.year)
		case keyAccessed:
			if r.null() {
				return true
			}
			var year int
			return r.date(&year)
		}
		if r.null() {
			return true
		}
		val, esc, ok := r.str()
		if !ok {
			return false
		}
		switch {
		case bit == keyTitle:
			it.title = r.value(val, esc)
		case bit == keyDOI:
			it.doi = r.value(val, esc)
		case bit&counted != 0 && len(val) > 0:
			it.filled++ // an escape stands for one character or more
		}
		return true
	})
}

// readNames reads an array of names or null; the first author's family
// and literal names are kept (first).
func (it *itemSummary) readNames(r *sumReader, first bool) bool {
	if r.null() {
		return true
	}
	n := 0
	ok := r.array(func() bool {
		var seen uint8
		ok := r.object(func(key []byte) bool {
			var bit uint8
			switch string(key) {
			case "family":
				bit = 1
			case "given":
				bit = 2
			case "literal":
				bit = 4
			default:
				return false
			}
			if seen&bit != 0 {
				return false
			}
			seen |= bit
			if r.null() {
				return true
			}
			val, esc, ok := r.str()
			if ok && first && n == 0 && bit != 2 {
				if bit == 1 {
					it.family = r.value(val, esc)
				} else {
					it.literal = r.value(val, esc)
				}
			}
			return ok
		})
		n++
		return ok
	})
	if first {
		it.authors = n
	}
	return ok
}

// sumReader reads JSON as doc.JSONReader does, without making strings.
type sumReader struct {
	b []byte
	i int
	// unq is the last escaped string, unquoted (value).
	unq string
}

// skipSpace skips spaces and returns where the next token starts.
func (r *sumReader) skipSpace() int {
	for r.i < len(r.b) {
		switch r.b[r.i] {
		case ' ', '\t', '\n', '\r':
			r.i++
			continue
		}
		break
	}
	return r.i
}

func (r *sumReader) byte(c byte) bool {
	if r.skipSpace() < len(r.b) && r.b[r.i] == c {
		r.i++
		return true
	}
	return false
}

func (r *sumReader) null() bool {
	if r.skipSpace()+4 <= len(r.b) && string(r.b[r.i:r.i+4]) == "null" {
		r.i += 4
		return true
	}
	return false
}

// str reads a string as doc.JSONReader.String accepts it and returns its
// bytes between the quotes; esc says they hold escapes (r.unq is then the
// string's value).
func (r *sumReader) str() (raw []byte, esc, ok bool) {
	if r.skipSpace() == len(r.b) || r.b[r.i] != '"' {
		return nil, false, false
	}
	start := r.i + 1
	ascii := true
	for j := start; j < len(r.b); j++ {
		switch c := r.b[j]; {
		case c == '"':
			if esc {
				// The escapes are read by doc.JSONReader itself.
				jr := doc.NewJSONReader(r.b[r.i : j+1])
				v, ok := jr.String()
				if !ok || !jr.End() {
					return nil, false, false
				}
				r.unq = v
			} else if !ascii && !utf8.Valid(r.b[start:j]) {
				return nil, false, false
			}
			r.i = j + 1
			return r.b[start:j], esc, true
		case c == '\\':
			esc = true
			j++ // the escaped byte cannot end the string
		case c < 0x20:
			return nil, false, false
		case c >= utf8.RuneSelf:
			ascii = false
		}
	}
	return nil, false, false
}

// value is the string str read last (raw, esc).
func (r *sumReader) value(raw []byte, esc bool) []byte {
	if esc {
		return []byte(r.unq)
	}
	return raw
}

// object reads an object, each member by member; keys with escapes are
// left to the caller's decoder.
func (r *sumReader) object(member func(key []byte) bool) bool {
	if !r.byte('{') {
		return false
	}
	if r.byte('}') {
		return true
	}
	for {
		key, esc, ok := r.str()
		if !ok || esc || !r.byte(':') || !member(key) {
			return false
		}
		if r.byte('}') {
			return true
		}
		if !r.byte(',') {
			return false
		}
	}
}

// array reads an array, each element by elem.
func (r *sumReader) array(elem func() bool) bool {
	if !r.byte('[') {
		return false
	}
	if r.byte(']') {
		return true
	}
	for {
		if !elem() {
			return false
		}
		if r.byte(']') {
			return true
		}
		if !r.byte(',') {
			return false
		}
	}
}

// intValue reads an integer as doc.JSONReader.Int does: no fraction or
// exponent, at most 18 digits.
func (r *sumReader) intValue() (int, bool) {
	i := r.skipSpace()
	neg := i < len(r.b) && r.b[i] == '-'
	if neg {
		i++
	}
	d := i
	switch {
	case i < len(r.b) && r.b[i] == '0':
		i++
	case i < len(r.b) && '1' <= r.b[i] && r.b[i] <= '9':
		for i < len(r.b) && '0' <= r.b[i] && r.b[i] <= '9' {
			i++
		}
	default:
		return 0, false
	}
	if i-d > 18 || i < len(r.b) && (r.b[i] == '.' || r.b[i] == 'e' || r.b[i] == 'E') {
		return 0, false
	}
	v := 0
	for _, c := range r.b[d:i] {
		v = v*10 + int(c-'0')
	}
	if neg {
		v = -v
	}
	r.i = i
	return v, true
}

func (r *sumReader) int() bool {
	_, ok := r.intValue()
	return ok
}

// date reads a date object (not null) as refs' plain reader does, and its
// year (the first part of the first date-parts, else 0).
func (r *sumReader) date(year *int) bool {
	var seen uint8
	return r.object(func(key []byte) bool {
		var bit uint8
		switch string(key) {
		case "date-parts":
			bit = 1
		case "literal":
			bit = 2
		default:
			return false
		}
		if seen&bit != 0 {
			return false
		}
		seen |= bit
		if r.null() {
			return true
		}
		if bit == 2 {
			_, _, ok := r.str()
			return ok
		}
		parts := 0
		return r.array(func() bool {
			parts++
			if r.null() {
				return true
			}
			k := 0
			return r.array(func() bool {
				v, ok := r.intValue()
				if parts == 1 && k == 0 {
					*year = v
				}
				k++
				return ok
			})
		})
	})
}
