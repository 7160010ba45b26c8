package refs

import (
	"encoding/json"
	"strconv"

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
			ok = r.StringTo(field)
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
			if seen[k] || !r.StringTo(field) {
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
			ok = !seen[1] && r.StringTo(&x.Literal)
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

// AppendPlainJSON appends the item as json.Marshal writes it
// (doc.PlainWriter).
func (it Item) AppendPlainJSON(dst []byte) ([]byte, bool) {
	o := doc.NewJSONObject(dst)
	o.String("id", it.ID, false)
	o.String("type", it.Type, false)
	appendNames(o, "author", it.Author)
	appendNames(o, "editor", it.Editor)
	appendNames(o, "translator", it.Translator)
	appendDate(o, "issued", it.Issued)
	o.String("year-suffix", it.YearSuffix, true)
	appendDate(o, "accessed", it.Accessed)
	o.String("title", it.Title, true)
	o.String("container-title", it.ContainerTitle, true)
	o.String("volume", it.Volume, true)
	o.String("issue", it.Issue, true)
	o.String("page", it.Page, true)
	o.String("edition", it.Edition, true)
	o.String("publisher", it.Publisher, true)
	o.String("publisher-place", it.PublisherPlace, true)
	o.String("genre", it.Genre, true)
	o.String("DOI", it.DOI, true)
	o.String("URL", it.URL, true)
	o.String("language", it.Language, true)
	o.String("note", it.Note, true)
	return o.Close()
}

func appendNames(o *doc.JSONObject, key string, ns []Name) {
	if len(ns) == 0 {
		return // omitempty
	}
	o.Key(key)
	o.B = append(o.B, '[')
	for i, n := range ns {
		if i > 0 {
			o.B = append(o.B, ',')
		}
		no := doc.NewJSONObject(o.B)
		no.String("family", n.Family, true)
		no.String("given", n.Given, true)
		no.String("literal", n.Literal, true)
		o.B, _ = no.Close()
	}
	o.B = append(o.B, ']')
}

func appendDate(o *doc.JSONObject, key string, d *Date) {
	if d == nil {
		return // omitempty
	}
	o.Key(key)
	do := doc.NewJSONObject(o.B)
	if len(d.DateParts) > 0 {
		do.Key("date-parts")
		do.B = append(do.B, '[')
		for i, p := range d.DateParts {
			if i > 0 {
				do.B = append(do.B, ',')
			}
			if p == nil {
				do.B = append(do.B, "null"...)
				continue
			}
			do.B = append(do.B, '[')
			for j, v := range p {
				if j > 0 {
					do.B = append(do.B, ',')
				}
				do.B = strconv.AppendInt(do.B, int64(v), 10)
			}
			do.B = append(do.B, ']')
		}
		do.B = append(do.B, ']')
	}
	do.String("literal", d.Literal, true)
	o.B, _ = do.Close()
}
