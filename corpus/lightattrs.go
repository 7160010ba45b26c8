package corpus

import (
	"bytes"
	"encoding/json"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/refs"
)

// Add reads one field of the attrs of every reference (its CSL item) and
// of every claim (its source): doc.AttrField's general scan (spaces, keys
// unescaped, a callback per member) was a fifth of Add. The attrs the
// extractors write are compact, and plainField reads that case in one
// loop.

// fieldOf is doc.AttrField(attrs, key), key being ASCII.
func fieldOf(attrs []byte, key string) (json.RawMessage, error) {
	if v, ok := plainField(attrs, key); ok {
		return v, nil
	}
	return doc.AttrField(attrs, key)
}

// stringFieldOf is doc.AttrString(attrs, key), key being ASCII.
func stringFieldOf(attrs []byte, key string) (val string, ok bool, err error) {
	raw, ok := plainField(attrs, key)
	if !ok {
		return doc.AttrString(attrs, key)
	}
	if raw == nil || string(raw) == "null" {
		return "", false, nil
	}
	if len(raw) >= 2 && raw[0] == '"' && bytes.IndexByte(raw, '\\') < 0 {
		return string(raw[1 : len(raw)-1]), true, nil
	}
	err = json.Unmarshal(raw, &val)
	return val, err == nil, err
}

// plainField returns what doc.AttrField(attrs, key) returns, key being
// ASCII, when attrs are compact (no space outside strings, nothing after
// the object), their keys ASCII without escapes; ok is false otherwise,
// and on anything AttrField rejects.
func plainField(attrs []byte, key string) (val json.RawMessage, ok bool) {
	s := attrs
	n := len(s)
	if n == 0 {
		return nil, true
	}
	if n < 2 || s[0] != '{' || s[n-1] != '}' {
		return nil, false
	}
	if n == 2 {
		return nil, true
	}
	for i := 1; ; {
		if s[i] != '"' {
			return nil, false
		}
		k := i + 1
		for k < n && s[k] != '"' {
			if c := s[k]; c == '\\' || c < 0x20 || c >= 0x80 {
				return nil, false
			}
			k++
		}
		if k+2 >= n || s[k+1] != ':' {
			return nil, false
		}
		name := s[i+1 : k]
		// As AttrField: the last member whose key is key, or key but for
		// case (ASCII keys only here: the same length).
		match := len(name) == len(key) && (string(name) == key || bytes.EqualFold(name, []byte(key)))
		i = k + 2
		end, ok := skipCompact(s, i)
		if !ok || end >= n {
			return nil, false
		}
		if match {
			val = s[i:end:end]
		}
		switch s[end] {
		case '}':
			return val, end == n-1
		case ',':
			i = end + 1
			if i >= n {
				return nil, false
			}
		default:
			return nil, false
		}
	}
}

// skipCompact returns the end of the JSON value at s[i] as doc.ScanValue
// checks it; ok is false on a space outside its strings or on what that
// scan rejects.
func skipCompact(s []byte, i int) (end int, ok bool) {
	end, compact, err := doc.ScanValue(s, i)
	return end, err == nil && compact
}

// appendLabelAttrs appends the attrs of a reference label (cslAttrs: the
// first author, cut title and issued date of the reference's CSL item)
// read from the reference's attrs without decoding the rest of them
// (their raw text, the item's other fields: a label decoded them all, and
// made their strings). It reads what ReferenceAttrs.ReadPlainJSON reads
// whole, as summarizeReference does (keys without escapes, none repeated,
// no common node field); ok is false on anything else, and the caller
// decodes the attrs.
func appendLabelAttrs(dst, attrs []byte) ([]byte, bool) {
	var it refs.Item
	if len(attrs) > 0 {
		r := doc.NewJSONReader(attrs)
		var seen uint8
		ok := r.ObjectBytes(func(key []byte) bool {
			bit := refAttrsKey(key)
			if bit == 0 || seen&bit != 0 {
				return false
			}
			seen |= bit
			if r.Null() {
				return true
			}
			switch bit {
			case 4:
				return readLabelItem(r, &it)
			case 8:
				_, ok := r.Int()
				return ok
			}
			_, ok := r.StringBytes()
			return ok
		})
		if !ok || !r.End() {
			return dst, false
		}
	}
	it.Title = truncate(it.Title, 40)
	start := len(dst)
	dst, ok := cslAttrs{it}.AppendPlainJSON(dst)
	if !ok {
		return dst[:start], false
	}
	return dst, true
}

// readLabelItem reads an item object (not null) as refs.Item's plain reader
// does, keeping in it only its title, first author and issued date.
func readLabelItem(r *doc.JSONReader, it *refs.Item) bool {
	var seen uint32
	return r.ObjectBytes(func(key []byte) bool {
		bit := itemKeys[string(key)]
		if bit == 0 || seen&bit != 0 {
			return false
		}
		seen |= bit
		switch bit {
		case keyAuthor, keyEditor, keyTranslator:
			return readLabelNames(r, it, bit == keyAuthor)
		case keyIssued:
			return refs.ReadDate(r, &it.Issued)
		case keyAccessed:
			var d *refs.Date
			return refs.ReadDate(r, &d)
		}
		if r.Null() {
			return true
		}
		if bit == keyTitle {
			return r.StringTo(&it.Title)
		}
		_, ok := r.StringBytes()
		return ok
	})
}

// readLabelNames reads an array of names or null, keeping the first
// author (author).
func readLabelNames(r *doc.JSONReader, it *refs.Item, author bool) bool {
	if r.Null() {
		return true
	}
	n := 0
	return r.Array(func() bool {
		var name refs.Name
		var seen uint8
		ok := r.ObjectBytes(func(key []byte) bool {
			bit := nameKey(key)
			if bit == 0 || seen&bit != 0 {
				return false
			}
			seen |= bit
			if author && n == 0 {
				return r.StringTo([...]*string{1: &name.Family, 2: &name.Given, 4: &name.Literal}[bit])
			}
			if r.Null() {
				return true
			}
			_, ok := r.StringBytes()
			return ok
		})
		if author && n == 0 {
			it.Author = []refs.Name{name}
		}
		n++
		return ok
	})
}
