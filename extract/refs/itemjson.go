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
	return r.Object(func(key string) bool {
		switch key {
		case "author":
			return readNames(r, &it.Author)
		case "editor":
			return readNames(r, &it.Editor)
		case "translator":
			return readNames(r, &it.Translator)
		case "issued":
			return ReadDate(r, &it.Issued)
		case "accessed":
			return ReadDate(r, &it.Accessed)
		}
		if field := it.stringField(key); field != nil {
			return r.StringTo(field)
		}
		return false
	})
}

// stringField is the string field of key, or nil.
func (it *Item) stringField(key string) *string {
	switch key {
	case "id":
		return &it.ID
	case "type":
		return &it.Type
	case "year-suffix":
		return &it.YearSuffix
	case "title":
		return &it.Title
	case "container-title":
		return &it.ContainerTitle
	case "volume":
		return &it.Volume
	case "issue":
		return &it.Issue
	case "page":
		return &it.Page
	case "edition":
		return &it.Edition
	case "publisher":
		return &it.Publisher
	case "publisher-place":
		return &it.PublisherPlace
	case "genre":
		return &it.Genre
	case "DOI":
		return &it.DOI
	case "URL":
		return &it.URL
	case "language":
		return &it.Language
	case "note":
		return &it.Note
	}
	return nil
}

// readNames reads an array of names, or null.
func readNames(r *doc.JSONReader, ns *[]Name) bool {
	if r.Null() {
		return true
	}
	out := []Name{}
	ok := r.Array(func() bool {
		var n Name
		ok := r.Object(func(key string) bool {
			switch key {
			case "family":
				return r.StringTo(&n.Family)
			case "given":
				return r.StringTo(&n.Given)
			case "literal":
				return r.StringTo(&n.Literal)
			}
			return false
		})
		out = append(out, n)
		return ok
	})
	*ns = out
	return ok
}

// ReadDate reads a date, or null, as Item's plain reader reads it (the
// corpus's reference labels read their issued date with it).
func ReadDate(r *doc.JSONReader, d **Date) bool {
	if r.Null() {
		return true
	}
	x := &Date{}
	*d = x
	return r.Object(func(key string) bool {
		switch key {
		case "date-parts":
			return readDateParts(r, &x.DateParts)
		case "literal":
			return r.StringTo(&x.Literal)
		}
		return false
	})
}

// readDateParts reads [[year, month, day], ...], or null.
func readDateParts(r *doc.JSONReader, parts *[][]int) bool {
	if r.Null() {
		return true
	}
	out := [][]int{}
	ok := r.Array(func() bool {
		if r.Null() {
			out = append(out, nil)
			return true
		}
		p := []int{}
		ok := r.Array(func() bool {
			v, ok := r.Int()
			p = append(p, v)
			return ok
		})
		out = append(out, p)
		return ok
	})
	*parts = out
	return ok
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
