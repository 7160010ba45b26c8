package pdf

import (
	"bytes"
	"strconv"
)

// This file parses PDF objects straight from the file's bytes, the way the
// library's lexer does, for the structure checks of precheck.go and
// xreftable.go: they must see exactly what the library will see before it
// is allowed to act on it.

type rawKind uint8

const (
	rawNull rawKind = iota
	rawBool
	rawInt
	rawReal
	rawName
	rawString
	rawArray
	rawDict
	rawRef
	rawKeyword
)

// rawObject is one parsed object. Integers and references keep their
// numbers in i (and gen); names, strings and keywords their text in s.
type rawObject struct {
	kind rawKind
	i    int64
	gen  int64
	s    string
	arr  []rawObject
	dict map[string]rawObject
}

// maxRawDepth is the library's own nesting limit; deeper objects make it
// fail, so the checks need not look further.
const maxRawDepth = 1000

type rawParser struct {
	lx contentLexer
}

func newRawParser(data []byte, pos int) *rawParser {
	return &rawParser{lx: contentLexer{data: data, pos: pos}}
}

// token reads one token: a primitive object or a keyword (including the
// delimiters "<<", ">>", "[", "]", "{", "}"). ok is false at the end.
func (p *rawParser) token() (rawObject, bool) {
	lx := &p.lx
	lx.skipSpace()
	if lx.pos >= len(lx.data) {
		return rawObject{}, false
	}
	c := lx.data[lx.pos]
	switch {
	case c == '(':
		lx.pos++
		return rawObject{kind: rawString, s: lx.literalString()}, true
	case c == '<' && lx.peek(1) == '<':
		lx.pos += 2
		return rawObject{kind: rawKeyword, s: "<<"}, true
	case c == '<':
		lx.pos++
		return rawObject{kind: rawString, s: lx.hexString()}, true
	case c == '>' && lx.peek(1) == '>':
		lx.pos += 2
		return rawObject{kind: rawKeyword, s: ">>"}, true
	case c == '/':
		lx.pos++
		return rawObject{kind: rawName, s: lx.name()}, true
	case isPDFDelim(c):
		lx.pos++
		return rawObject{kind: rawKeyword, s: string(c)}, true
	}
	start := lx.pos
	for lx.pos < len(lx.data) && !isPDFSpace(lx.data[lx.pos]) && !isPDFDelim(lx.data[lx.pos]) {
		lx.pos++
	}
	word := string(lx.data[start:lx.pos])
	switch {
	case word == "true" || word == "false":
		return rawObject{kind: rawBool, s: word}, true
	case word == "null":
		return rawObject{kind: rawNull}, true
	case isInteger(word):
		n, err := strconv.ParseInt(word, 10, 64)
		if err != nil {
			return rawObject{kind: rawKeyword, s: word}, true // the library fails on it
		}
		return rawObject{kind: rawInt, i: n}, true
	case isReal(word):
		return rawObject{kind: rawReal, s: word}, true
	}
	return rawObject{kind: rawKeyword, s: word}, true
}

// object reads one object: arrays, dictionaries and "N G R" references
// included.
func (p *rawParser) object(depth int) rawObject {
	tok, ok := p.token()
	if !ok || depth > maxRawDepth {
		return rawObject{}
	}
	switch {
	case tok.kind == rawKeyword && tok.s == "<<":
		return p.dictBody(depth + 1)
	case tok.kind == rawKeyword && tok.s == "[":
		return p.arrayBody(depth + 1)
	case tok.kind == rawInt && tok.i >= 0 && tok.i <= 1<<32-1:
		save := p.lx.pos
		gen, ok2 := p.token()
		if ok2 && gen.kind == rawInt && gen.i >= 0 && gen.i <= 1<<16-1 {
			if r, ok3 := p.token(); ok3 && r.kind == rawKeyword && r.s == "R" {
				return rawObject{kind: rawRef, i: tok.i, gen: gen.i}
			}
		}
		p.lx.pos = save
	}
	return tok
}

func (p *rawParser) arrayBody(depth int) rawObject {
	arr := rawObject{kind: rawArray}
	for {
		save := p.lx.pos
		tok, ok := p.token()
		if !ok || tok.kind == rawKeyword && tok.s == "]" {
			return arr
		}
		p.lx.pos = save
		arr.arr = append(arr.arr, p.object(depth))
	}
}

func (p *rawParser) dictBody(depth int) rawObject {
	d := rawObject{kind: rawDict, dict: map[string]rawObject{}}
	for {
		tok, ok := p.token()
		if !ok || tok.kind == rawKeyword && tok.s == ">>" {
			return d
		}
		if tok.kind != rawName {
			continue // the library rejects the dictionary
		}
		d.dict[tok.s] = p.object(depth)
	}
}

// indirectAt parses "N G obj <object>" at pos. For a stream it also returns
// the offset of its data (-1 otherwise).
func indirectAt(data []byte, pos int64) (id int64, obj rawObject, streamData int64, ok bool) {
	if pos < 0 || pos >= int64(len(data)) {
		return 0, rawObject{}, -1, false
	}
	p := newRawParser(data, int(pos))
	n, ok1 := p.token()
	g, ok2 := p.token()
	kw, ok3 := p.token()
	if !ok1 || !ok2 || !ok3 || n.kind != rawInt || g.kind != rawInt || kw.kind != rawKeyword || kw.s != "obj" {
		return 0, rawObject{}, -1, false
	}
	obj = p.object(0)
	streamData = -1
	if obj.kind == rawDict {
		save := p.lx.pos
		if tok, ok := p.token(); ok && tok.kind == rawKeyword && tok.s == "stream" {
			at := p.lx.pos
			switch {
			case bytes.HasPrefix(data[at:], []byte("\r\n")):
				at += 2
			case at < len(data) && (data[at] == '\n' || data[at] == '\r'):
				at++
			}
			streamData = int64(at)
		} else {
			p.lx.pos = save
		}
	}
	return n.i, obj, streamData, true
}

// get returns the entry key of a dictionary (null if absent or not a
// dictionary).
func (o rawObject) get(key string) rawObject {
	if o.kind != rawDict {
		return rawObject{}
	}
	return o.dict[key]
}

// isInteger and isReal classify words as the library's lexer does.
func isInteger(s string) bool {
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if len(s) == 0 {
		return false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func isReal(s string) bool {
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if len(s) == 0 {
		return false
	}
	dots := 0
	for _, c := range []byte(s) {
		if c == '.' {
			dots++
			continue
		}
		if c < '0' || c > '9' {
			return false
		}
	}
	return dots == 1
}
