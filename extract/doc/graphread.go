package doc

import "encoding/json"

// The plain readers of nodes, edges and findings, as their UnmarshalJSON
// reads them: the common fields typed, the whole object kept as Attrs. A
// reduce from records files reads millions of them, and encoding/json
// validated each object once more inside the record's own validation.

// Raw reads any value and returns its bytes. It checks the value as
// json.Valid does (what it accepts is valid JSON, as for the other
// readers), so that a records line read whole needs no check of its own;
// nesting deeper than maxRawDepth it leaves to encoding/json.
func (r *JSONReader) Raw() ([]byte, bool) {
	r.space()
	start := r.i
	end := validEnd(r.b, start, 0)
	if end < 0 {
		return nil, false
	}
	r.i = end
	return r.b[start:end], true
}

// maxRawDepth bounds the nesting Raw follows: far below encoding/json's
// limit (10,000, counted from the top of the whole input) even when Raw
// reads a value nested in others.
const maxRawDepth = 500

// validEnd returns the end of the valid JSON value at b[i] (no spaces
// before it), or -1; depth is the nesting around it.
func validEnd(b []byte, i, depth int) int {
	if i >= len(b) {
		return -1
	}
	switch b[i] {
	case '"':
		return validStringEnd(b, i)
	case '{', '[':
		if depth == maxRawDepth {
			return -1
		}
		close := b[i] + 2 // '}' or ']'
		i = skipSpace(b, i+1)
		if i < len(b) && b[i] == close {
			return i + 1
		}
		for {
			if close == '}' {
				if i >= len(b) || b[i] != '"' {
					return -1
				}
				if i = validStringEnd(b, i); i < 0 {
					return -1
				}
				if i = skipSpace(b, i); i >= len(b) || b[i] != ':' {
					return -1
				}
				i = skipSpace(b, i+1)
			}
			if i = validEnd(b, i, depth+1); i < 0 {
				return -1
			}
			if i = skipSpace(b, i); i >= len(b) {
				return -1
			}
			switch b[i] {
			case close:
				return i + 1
			case ',':
				i = skipSpace(b, i+1)
			default:
				return -1
			}
		}
	case 't':
		return literalEnd(b, i, "true")
	case 'f':
		return literalEnd(b, i, "false")
	case 'n':
		return literalEnd(b, i, "null")
	}
	return numberEnd(b, i)
}

// literalEnd returns the end of lit at b[i], or -1.
func literalEnd(b []byte, i int, lit string) int {
	if len(b)-i < len(lit) || string(b[i:i+len(lit)]) != lit {
		return -1
	}
	return i + len(lit)
}

// validStringEnd returns the end of the valid JSON string at b[i] (a
// quote), or -1: no control byte, only JSON's escapes (encoding/json does
// not check UTF-8, and neither does this).
func validStringEnd(b []byte, i int) int {
	end, escaped, err := ScanString(b, i)
	if err != nil {
		return -1
	}
	if !escaped {
		return end
	}
	for j := i + 1; j < end-1; j++ {
		if b[j] != '\\' {
			continue
		}
		switch b[j+1] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			j++
		case 'u':
			if j+6 > end-1 {
				return -1
			}
			for _, c := range b[j+2 : j+6] {
				if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
					return -1
				}
			}
			j += 5
		default:
			return -1
		}
	}
	return end
}

// SpanPtrTo reads a span or null into s.
func (r *JSONReader) SpanPtrTo(s **Span) bool {
	if r.Null() {
		return true
	}
	var v Span
	if !r.SpanTo(&v) {
		return false
	}
	*s = &v
	return true
}

// SpanTo reads a span or null into s.
func (r *JSONReader) SpanTo(s *Span) bool {
	if r.Null() {
		return true
	}
	return r.Object(func(key string) bool {
		switch key {
		case "start":
			return r.IntTo(&s.Start)
		case "end":
			return r.IntTo(&s.End)
		}
		return false
	})
}

// attrKey reports whether key, not one of the common fields, can go to
// Attrs by hand: encoding/json matches struct fields ignoring case (with
// Unicode folding, "ſpan" is "span"), so a key with an upper-case or a
// non-ASCII byte is left to it.
func attrKey(key string) bool {
	for i := 0; i < len(key); i++ {
		if c := key[i]; 'A' <= c && c <= 'Z' || c >= 0x80 {
			return false
		}
	}
	return true
}

// SkipNodeField skips the value of key when key names one of a node's
// common fields (id, type, doc, span, …), and reports whether it did (and
// the value was good). A node read back from JSON keeps its whole object
// as Attrs (UnmarshalJSON), so a typed reader of its attrs meets the
// common fields too and, as encoding/json does for members no field
// takes, ignores those its type has no field for.
func (r *JSONReader) SkipNodeField(key string) bool {
	if !nodeKeys[key] {
		return false
	}
	_, ok := r.Raw()
	return ok
}

// objectWithAttrs reads an object: common reads the members it knows
// (known) and reports whether their value was good (ok); any other member
// is skipped (attrKey). It returns the object's bytes, the Attrs.
func (r *JSONReader) objectWithAttrs(common func(key string) (known, ok bool)) (json.RawMessage, bool) {
	if r.Peek() != '{' {
		return nil, false
	}
	start := r.i
	ok := r.Object(func(key string) bool {
		if known, ok := common(key); known {
			return ok
		}
		_, ok := r.Raw()
		return ok && attrKey(key)
	})
	if !ok {
		return nil, false
	}
	return append(json.RawMessage(nil), r.b[start:r.i]...), true
}

// ReadPlainJSON reads a node as UnmarshalJSON does.
func (n *Node) ReadPlainJSON(r *JSONReader) bool {
	var v Node
	attrs, ok := r.objectWithAttrs(func(key string) (bool, bool) {
		switch key {
		case "id":
			return true, r.StringTo(&v.ID)
		case "type":
			return true, r.StringTo(&v.Type)
		case "doc":
			return true, r.StringTo(&v.Doc)
		case "span":
			return true, r.SpanPtrTo(&v.Span)
		case "text":
			return true, r.StringTo(&v.Text)
		case "sentence":
			return true, r.StringTo(&v.Sentence)
		case "lang":
			return true, r.StringTo(&v.Lang)
		case "page":
			return true, r.IntTo(&v.Page)
		case "line":
			return true, r.IntTo(&v.Line)
		case "column":
			return true, r.IntTo(&v.Column)
		}
		return false, false
	})
	if ok {
		v.Attrs = attrs
		*n = v
	}
	return ok
}

// ReadPlainJSON reads an edge as UnmarshalJSON does.
func (e *Edge) ReadPlainJSON(r *JSONReader) bool {
	var v Edge
	attrs, ok := r.objectWithAttrs(func(key string) (bool, bool) {
		switch key {
		case "from":
			return true, r.StringTo(&v.From)
		case "to":
			return true, r.StringTo(&v.To)
		case "type":
			return true, r.StringTo(&v.Type)
		}
		return false, false
	})
	if ok {
		v.Attrs = attrs
		*e = v
	}
	return ok
}

// ReadPlainJSON reads a finding as UnmarshalJSON does.
func (f *Finding) ReadPlainJSON(r *JSONReader) bool {
	var v Finding
	attrs, ok := r.objectWithAttrs(func(key string) (bool, bool) {
		switch key {
		case "id":
			return true, r.StringTo(&v.ID)
		case "type":
			return true, r.StringTo(&v.Type)
		case "severity":
			return true, r.StringTo(&v.Severity)
		case "summary":
			return true, r.StringTo(&v.Summary)
		case "nodes":
			return true, r.StringsTo(&v.Nodes)
		}
		return false, false
	})
	if ok {
		v.Attrs = attrs
		*f = v
	}
	return ok
}
