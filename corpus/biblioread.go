package corpus

import (
	"strings"

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

// refAttrsKey is the bit of a key of ReferenceAttrs' JSON (raw 1, label 2,
// csl 4, cited 8), 0 for any other key.
func refAttrsKey(key []byte) uint8 {
	switch string(key) {
	case "raw":
		return 1
	case "label":
		return 2
	case "csl":
		return 4
	case "cited":
		return 8
	}
	return 0
}

// nameKey is the bit of a key of a CSL name object (family 1, given 2,
// literal 4), 0 for any other key.
func nameKey(key []byte) uint8 {
	switch string(key) {
	case "family":
		return 1
	case "given":
		return 2
	case "literal":
		return 4
	}
	return 0
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
	r := doc.NewJSONReader(attrs)
	var seen uint8
	var csl itemSummary
	ok = r.ObjectBytes(func(key []byte) bool {
		bit := refAttrsKey(key)
		if bit == 0 || seen&bit != 0 {
			return false
		}
		seen |= bit
		switch bit {
		case 4:
			if r.Null() {
				return true
			}
			r.Peek()
			start := r.Offset()
			if !csl.read(r) {
				return false
			}
			s.csl = attrs[start:r.Offset()]
			return true
		case 8:
			if r.Null() {
				return true
			}
			_, ok := r.Int()
			return ok
		}
		if r.Null() {
			return true
		}
		_, ok := r.StringBytes()
		return ok
	})
	if !ok || !r.End() {
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
func (it *itemSummary) read(r *doc.JSONReader) bool {
	var seen uint32
	return r.ObjectBytes(func(key []byte) bool {
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
			if r.Null() {
				return true
			}
			it.issued = true
			return readDate(r, &it.year)
		case keyAccessed:
			if r.Null() {
				return true
			}
			var year int
			return readDate(r, &year)
		}
		if r.Null() {
			return true
		}
		val, ok := r.StringBytes()
		if !ok {
			return false
		}
		switch {
		case bit == keyTitle:
			it.title = val
		case bit == keyDOI:
			it.doi = val
		case bit&counted != 0 && len(val) > 0:
			it.filled++ // an escape stands for one character or more
		}
		return true
	})
}

// readNames reads an array of names or null; the first author's family
// and literal names are kept (first).
func (it *itemSummary) readNames(r *doc.JSONReader, first bool) bool {
	if r.Null() {
		return true
	}
	n := 0
	ok := r.Array(func() bool {
		var seen uint8
		ok := r.ObjectBytes(func(key []byte) bool {
			bit := nameKey(key)
			if bit == 0 || seen&bit != 0 {
				return false
			}
			seen |= bit
			if r.Null() {
				return true
			}
			val, ok := r.StringBytes()
			if ok && first && n == 0 && bit != 2 {
				if bit == 1 {
					it.family = val
				} else {
					it.literal = val
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

// date reads a date object (not null) as refs' plain reader does, and its
// year (the first part of the first date-parts, else 0).
func readDate(r *doc.JSONReader, year *int) bool {
	var seen uint8
	return r.ObjectBytes(func(key []byte) bool {
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
		if r.Null() {
			return true
		}
		if bit == 2 {
			_, ok := r.StringBytes()
			return ok
		}
		parts := 0
		return r.Array(func() bool {
			parts++
			if r.Null() {
				return true
			}
			k := 0
			return r.Array(func() bool {
				v, ok := r.Int()
				if parts == 1 && k == 0 {
					*year = v
				}
				k++
				return ok
			})
		})
	})
}
