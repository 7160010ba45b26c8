package pdf

import (
	"bytes"
	"strconv"
)

// This file tokenizes content streams and CMaps. The library's Interpret
// cannot be used for them: it needs a library Value (so decompressed size
// cannot be capped), does not skip inline image data (whose binary bytes it
// would try to parse), and cannot be interrupted at a deadline.

// operandKind tells what an operand is.
type operandKind uint8

const (
	opNumber operandKind = iota + 1
	opString             // literal or hex string: raw bytes in str
	opName               // name without the slash in str
	opArray
	opOther // dictionaries, booleans, null: parsed but not used
)

// operand is one value pushed before an operator.
type operand struct {
	kind operandKind
	num  float64
	str  string
	arr  []operand
}

// maxNesting bounds array and dictionary nesting so that hostile input
// cannot exhaust the stack.
const maxNesting = 32

// contentLexer reads the tokens of a content stream or CMap.
type contentLexer struct {
	data []byte
	pos  int
}

func isPDFSpace(c byte) bool {
	switch c {
	case 0, '\t', '\n', '\f', '\r', ' ':
		return true
	}
	return false
}

func isPDFDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// skipSpace skips white space and comments.
func (lx *contentLexer) skipSpace() {
	for lx.pos < len(lx.data) {
		c := lx.data[lx.pos]
		if isPDFSpace(c) {
			lx.pos++
			continue
		}
		if c == '%' {
			for lx.pos < len(lx.data) && lx.data[lx.pos] != '\n' && lx.data[lx.pos] != '\r' {
				lx.pos++
			}
			continue
		}
		return
	}
}

// next returns the next item: an operand (ok, with keyword "") or an
// operator keyword. At the end of data it returns ok == false and keyword "".
func (lx *contentLexer) next() (op operand, keyword string, ok bool) {
	return lx.nextAt(0)
}

func (lx *contentLexer) nextAt(depth int) (operand, string, bool) {
	lx.skipSpace()
	if lx.pos >= len(lx.data) {
		return operand{}, "", false
	}
	c := lx.data[lx.pos]
	switch {
	case c == '(':
		lx.pos++
		return operand{kind: opString, str: lx.literalString()}, "", true
	case c == '<' && lx.peek(1) == '<':
		lx.pos += 2
		lx.skipDict(depth)
		return operand{kind: opOther}, "", true
	case c == '<':
		lx.pos++
		return operand{kind: opString, str: lx.hexString()}, "", true
	case c == '/':
		lx.pos++
		return operand{kind: opName, str: lx.name()}, "", true
	case c == '[':
		lx.pos++
		return lx.array(depth), "", true
	case c == ']' || c == '>' || c == ')' || c == '{' || c == '}':
		// Stray delimiters: report them as keywords, which the
		// interpreters ignore. '{' and '}' bracket PostScript procedures.
		lx.pos++
		return operand{}, string(c), true
	}
	start := lx.pos
	for lx.pos < len(lx.data) && !isPDFSpace(lx.data[lx.pos]) && !isPDFDelim(lx.data[lx.pos]) {
		lx.pos++
	}
	word := lx.data[start:lx.pos]
	if isNumberStart(word[0]) {
		if f, err := strconv.ParseFloat(string(word), 64); err == nil {
			return operand{kind: opNumber, num: f}, "", true
		}
		if f, ok := parseSloppyNumber(word); ok {
			return operand{kind: opNumber, num: f}, "", true
		}
	}
	switch string(word) {
	case "true", "false", "null":
		return operand{kind: opOther}, "", true
	}
	return operand{}, string(word), true
}

func (lx *contentLexer) peek(offset int) byte {
	if lx.pos+offset < len(lx.data) {
		return lx.data[lx.pos+offset]
	}
	return 0
}

func isNumberStart(c byte) bool {
	return c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'
}

// parseSloppyNumber accepts the malformed numbers some producers write
// ("--5", "1.2.3", "5-"), as Acrobat and poppler do, by reading the longest
// sensible prefix.
func parseSloppyNumber(word []byte) (float64, bool) {
	neg := false
	i := 0
	for i < len(word) && (word[i] == '-' || word[i] == '+') {
		neg = neg || word[i] == '-'
		i++
	}
	j := i
	dot := false
	for j < len(word) && (word[j] >= '0' && word[j] <= '9' || word[j] == '.' && !dot) {
		dot = dot || word[j] == '.'
		j++
	}
	if j == i || j == i+1 && word[i] == '.' {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(word[i:j]), 64)
	if err != nil {
		return 0, false
	}
	if neg {
		f = -f
	}
	return f, true
}

func (lx *contentLexer) literalString() string {
	var b []byte
	depth := 1
	for lx.pos < len(lx.data) {
		c := lx.data[lx.pos]
		lx.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return string(b)
			}
		case '\\':
			if lx.pos >= len(lx.data) {
				return string(b)
			}
			e := lx.data[lx.pos]
			lx.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if lx.peek(0) == '\n' {
					lx.pos++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && lx.pos < len(lx.data) && lx.data[lx.pos] >= '0' && lx.data[lx.pos] <= '7'; k++ {
						v = v*8 + int(lx.data[lx.pos]-'0')
						lx.pos++
					}
					c = byte(v)
				} else {
					c = e // \( \) \\ and unknown escapes stand for themselves
				}
			}
		}
		b = append(b, c)
	}
	return string(b)
}

func (lx *contentLexer) hexString() string {
	var b []byte
	var hi byte
	half := false
	for lx.pos < len(lx.data) {
		c := lx.data[lx.pos]
		lx.pos++
		if c == '>' {
			break
		}
		v, ok := hexValue(c)
		if !ok {
			continue // white space and junk
		}
		if half {
			b = append(b, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	if half {
		b = append(b, hi<<4)
	}
	return string(b)
}

func hexValue(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func (lx *contentLexer) name() string {
	start := lx.pos
	for lx.pos < len(lx.data) && !isPDFSpace(lx.data[lx.pos]) && !isPDFDelim(lx.data[lx.pos]) {
		lx.pos++
	}
	raw := lx.data[start:lx.pos]
	if bytes.IndexByte(raw, '#') < 0 {
		return string(raw)
	}
	out := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		if raw[i] == '#' && i+2 < len(raw) {
			hi, ok1 := hexValue(raw[i+1])
			lo, ok2 := hexValue(raw[i+2])
			if ok1 && ok2 {
				out = append(out, hi<<4|lo)
				i += 2
				continue
			}
		}
		out = append(out, raw[i])
	}
	return string(out)
}

// array reads the elements up to the closing bracket. Operators inside an
// array are malformed; they are dropped.
func (lx *contentLexer) array(depth int) operand {
	arr := operand{kind: opArray}
	if depth >= maxNesting {
		lx.skipBalanced('[', ']')
		return arr
	}
	for {
		lx.skipSpace()
		if lx.pos >= len(lx.data) {
			return arr
		}
		if lx.data[lx.pos] == ']' {
			lx.pos++
			return arr
		}
		op, kw, ok := lx.nextAt(depth + 1)
		if !ok {
			return arr
		}
		if kw == "" {
			arr.arr = append(arr.arr, op)
		}
	}
}

// skipDict skips a dictionary whose "<<" has been read. Content streams use
// dictionaries only for marked-content properties and inline images.
func (lx *contentLexer) skipDict(depth int) {
	if depth >= maxNesting {
		lx.skipBalanced('<', '>')
		return
	}
	for {
		lx.skipSpace()
		if lx.pos >= len(lx.data) {
			return
		}
		if lx.data[lx.pos] == '>' && lx.peek(1) == '>' {
			lx.pos += 2
			return
		}
		if _, _, ok := lx.nextAt(depth + 1); !ok {
			return
		}
	}
}

// skipBalanced skips to after the bracket that closes an already opened one,
// without building values; used past the nesting limit.
func (lx *contentLexer) skipBalanced(open, close byte) {
	depth := 1
	for lx.pos < len(lx.data) && depth > 0 {
		switch lx.data[lx.pos] {
		case open:
			depth++
		case close:
			depth--
		}
		lx.pos++
	}
}

// skipInlineImage skips the dictionary and data of an inline image whose
// "BI" has been read, up to and including "EI".
func (lx *contentLexer) skipInlineImage() {
	id := bytes.Index(lx.data[lx.pos:], []byte("ID"))
	if id < 0 {
		lx.pos = len(lx.data)
		return
	}
	lx.pos += id + 2
	if lx.pos < len(lx.data) && isPDFSpace(lx.data[lx.pos]) {
		lx.pos++
	}
	for {
		ei := bytes.Index(lx.data[lx.pos:], []byte("EI"))
		if ei < 0 {
			lx.pos = len(lx.data)
			return
		}
		at := lx.pos + ei
		lx.pos = at + 2
		before := at == 0 || isPDFSpace(lx.data[at-1])
		after := lx.pos >= len(lx.data) || isPDFSpace(lx.data[lx.pos]) || isPDFDelim(lx.data[lx.pos])
		if before && after {
			return
		}
	}
}
