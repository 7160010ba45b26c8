package refs

import (
	"encoding/json"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// UnmarshalJSON decodes a CSL item. Items are decoded by the hundred
// thousand when a corpus is reduced (bibliography, exports): the plain
// case is read by hand (ReadPlainJSON), and anything else goes through
// encoding/json, so that the result is always json.Unmarshal's.
func (it *Item) UnmarshalJSON(b []byte) error {
	if r := doc.NewJSONReader(b); it.ReadPlainJSON(r) && r.End() {
		return nil
	}
	type plain Item // without this method
	return json.Unmarshal(b, (*plain)(it))
}

// ReadPlainJSON reads an item into the empty it (doc.PlainReader): false,
// it unchanged, on escapes, unknown or repeated keys, other types, or an
// item that was not empty (encoding/json would merge into it).
func (it *Item) ReadPlainJSON(r *doc.JSONReader) bool {
	if !it.IsZero() {
		return false
	}
	var x Item
	if !x.readPlain(r) {
		return false
	}
	*it = x
	return true
}

// IsZero reports whether the item has no field set.
func (it *Item) IsZero() bool {
	return it.ID == "" && it.Type == "" && it.Author == nil && it.Editor == nil && it.Translator == nil &&
		it.Issued == nil && it.YearSuffix == "" && it.Accessed == nil && it.Title == "" && it.ContainerTitle == "" &&
		it.Volume == "" && it.Issue == "" && it.Page == "" && it.Edition == "" && it.Publisher == "" &&
		it.PublisherPlace == "" && it.Genre == "" && it.DOI == "" && it.URL == "" && it.Language == "" && it.Note == ""
}

// readPlain reads the plain case of an item into the empty x.
func (it *Item) readPlain(r *doc.JSONReader) bool {
	if r.Null() {
		return true
	}
	if !r.Byte('{') {
		return false
	}
	var seen uint32 // the fields read, by stringField's index
	for first := true; ; first = false {
		more, ok := r.More(first, '}')
		if !ok {
			return false
		}
		if !more {
			return true
		}
		key, ok := r.Key()
		if !ok {
			return false
		}
		field, k := it.field(key)
		if k < 0 || seen&(1<<k) != 0 {
			return false
		}
		seen |= 1 << k
		switch key {
		case "author":
			ok = readNames(r, &it.Author)
		case "editor":
			ok = readNames(r, &it.Editor)
		case "translator":
			ok = readNames(r, &it.Translator)
		case "issued":
			ok = readDate(r, &it.Issued)
		case "accessed":
			ok = readDate(r, &it.Accessed)
		default:
			ok = readString(r, field)
		}
		if !ok {
			return false
		}
	}
}

// field numbers the fields of the item by key (-1: none), with the string
// field of key, or nil.
func (it *Item) field(key string) (*string, int) {
	switch key {
	case "author":
		return nil, 0
	case "editor":
		return nil, 1
	case "translator":
		return nil, 2
	case "issued":
		return nil, 3
	case "accessed":
		return nil, 4
	case "id":
		return &it.ID, 5
	case "type":
		return &it.Type, 6
	case "year-suffix":
		return &it.YearSuffix, 7
	case "title":
		return &it.Title, 8
	case "container-title":
		return &it.ContainerTitle, 9
	case "volume":
		return &it.Volume, 10
	case "issue":
		return &it.Issue, 11
	case "page":
		return &it.Page, 12
	case "edition":
		return &it.Edition, 13
	case "publisher":
		return &it.Publisher, 14
	case "publisher-place":
		return &it.PublisherPlace, 15
	case "genre":
		return &it.Genre, 16
	case "DOI":
		return &it.DOI, 17
	case "URL":
		return &it.URL, 18
	case "language":
		return &it.Language, 19
	case "note":
		return &it.Note, 20
	}
	return nil, -1
}

// readString reads a string, or null (which leaves it as it is).
func readString(r *doc.JSONReader, s *string) bool {
	if r.Null() {
		return true
	}
	v, ok := r.String()
	*s = v
	return ok
}

// readNames reads an array of names, or null.
func readNames(r *doc.JSONReader, ns *[]Name) bool {
	if r.Null() {
		return true
	}
	if !r.Byte('[') {
		return false
	}
	out := []Name{}
	for first := true; ; first = false {
		more, ok := r.More(first, ']')
		if !ok {
			return false
		}
		if !more {
			*ns = out
			return true
		}
		var n Name
		if !r.Byte('{') {
			return false
		}
		var seen [3]bool
		for first := true; ; first = false {
			more, ok := r.More(first, '}')
			if !ok {
				return false
			}
			if !more {
				break
			}
			key, ok := r.Key()
			if !ok {
				return false
			}
			var k int
			var field *string
			switch key {
			case "family":
				k, field = 0, &n.Family
			case "given":
				k, field = 1, &n.Given
			case "literal":
				k, field = 2, &n.Literal
			default:
				return false
			}
			if seen[k] || !readString(r, field) {
				return false
			}
			seen[k] = true
		}
		out = append(out, n)
	}
}

// readDate reads a date, or null.
func readDate(r *doc.JSONReader, d **Date) bool {
	if r.Null() {
		return true
	}
	if !r.Byte('{') {
		return false
	}
	x := &Date{}
	var seen [2]bool
	for first := true; ; first = false {
		more, ok := r.More(first, '}')
		if !ok {
			return false
		}
		if !more {
			*d = x
			return true
		}
		key, ok := r.Key()
		if !ok {
			return false
		}
		switch key {
		case "date-parts":
			ok = !seen[0] && readDateParts(r, &x.DateParts)
			seen[0] = true
		case "literal":
			ok = !seen[1] && readString(r, &x.Literal)
			seen[1] = true
		default:
			return false
		}
		if !ok {
			return false
		}
	}
}

// readDateParts reads [[year, month, day], ...], or null.
func readDateParts(r *doc.JSONReader, parts *[][]int) bool {
	if r.Null() {
		return true
	}
	if !r.Byte('[') {
		return false
	}
	out := [][]int{}
	for first := true; ; first = false {
		more, ok := r.More(first, ']')
		if !ok {
			return false
		}
		if !more {
			*parts = out
			return true
		}
		if r.Null() {
			out = append(out, nil)
			continue
		}
		if !r.Byte('[') {
			return false
		}
		p := []int{}
		for first := true; ; first = false {
			more, ok := r.More(first, ']')
			if !ok {
				return false
			}
			if !more {
				break
			}
			v, ok := r.Int()
			if !ok {
				return false
			}
			p = append(p, v)
		}
		out = append(out, p)
	}
}
