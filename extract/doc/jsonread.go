package doc

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strconv"
	"unicode/utf8"
	"unsafe"
)

// JSONReader reads the plain cases of a JSON value by hand: attributes are
// decoded by the million when a corpus is reduced, and encoding/json's
// reflection is most of that cost. Each method reports false on anything
// outside its plain case (rare escapes, invalid UTF-8, other types, numbers
// that are not plain integers where ints are wanted): the caller then
// decodes the whole value with encoding/json, so that results are always
// json.Unmarshal's. What the methods accept is valid JSON, so that a value
// read whole by them (End) needs no other check.
type JSONReader struct {
	b []byte
	i int
}

// NewJSONReader reads b.
func NewJSONReader(b []byte) *JSONReader { return &JSONReader{b: b} }

func (r *JSONReader) space() {
	for r.i < len(r.b) && isSpace(r.b[r.i]) {
		r.i++
	}
}

// Peek returns the next byte after spaces, or 0 at the end.
func (r *JSONReader) Peek() byte {
	r.space()
	if r.i == len(r.b) {
		return 0
	}
	return r.b[r.i]
}

// Byte consumes c, the next byte after spaces.
func (r *JSONReader) Byte(c byte) bool {
	if r.Peek() != c {
		return false
	}
	r.i++
	return true
}

// Null consumes a null.
func (r *JSONReader) Null() bool {
	if r.Peek() != 'n' || len(r.b)-r.i < 4 || string(r.b[r.i:r.i+4]) != "null" {
		return false
	}
	r.i += 4
	return true
}

// Bool reads true or false.
func (r *JSONReader) Bool() (v, ok bool) {
	switch r.Peek() {
	case 't':
		if len(r.b)-r.i >= 4 && string(r.b[r.i:r.i+4]) == "true" {
			r.i += 4
			return true, true
		}
	case 'f':
		if len(r.b)-r.i >= 5 && string(r.b[r.i:r.i+5]) == "false" {
			r.i += 5
			return false, true
		}
	}
	return false, false
}

// String reads a string in valid UTF-8 whose escapes are the simple ones
// (\" \\ \/ \b \f \n \r \t, \u outside the surrogates: json.Marshal
// writes <, > and & as \u003c, \u003e, \u0026).
func (r *JSONReader) String() (string, bool) {
	var buf [64]byte // an escaped string is unquoted here, then copied
	b, _, ok := r.stringBytes(buf[:0])
	return string(b), ok
}

// StringBytes reads a string as String does without making one: its bytes
// in the input when it has no escapes (valid while the input is), else its
// value unquoted into a new slice.
func (r *JSONReader) StringBytes() ([]byte, bool) {
	b, _, ok := r.stringBytes(nil)
	return b, ok
}

// stringBytes is StringBytes, unquoting an escaped string into buf; esc
// reports that it had escapes.
func (r *JSONReader) stringBytes(buf []byte) (b []byte, esc, ok bool) {
	if r.Peek() != '"' {
		return nil, false, false
	}
	start := r.i + 1
	// high gathers the bytes passed: their high bits say whether the
	// string is ASCII (then valid UTF-8).
	var high uint64
	for j := start; ; j++ {
		// Eight bytes at a time while none ends the string, escapes or is
		// a control byte, and straight to the first that does (the lowest
		// flag of the zero tests is exact, as in ScanString).
		for j+8 <= len(r.b) {
			w := binary.LittleEndian.Uint64(r.b[j:])
			if m := stringStops(w); m != 0 {
				k := bits.TrailingZeros64(m) >> 3
				high |= w & (1<<(8*k) - 1)
				j += k
				break
			}
			high |= w
			j += 8
		}
		if j == len(r.b) {
			return nil, false, false
		}
		c := r.b[j]
		switch {
		case c == '"':
			s := r.b[start:j]
			if high&highs != 0 && !utf8.Valid(s) {
				return nil, false, false
			}
			r.i = j + 1
			return s, false, true
		case c == '\\':
			b, ok := r.unquote(buf, start)
			return b, true, ok
		case c < 0x20:
			return nil, false, false
		}
		high |= uint64(c)
	}
}

// unquote appends to out the value of the string beginning at start, which
// has escapes.
func (r *JSONReader) unquote(out []byte, start int) ([]byte, bool) {
	if out == nil {
		out = make([]byte, 0, 64) // grown once or not at all, as a rule
	}
	for j := start; j < len(r.b); {
		// The bytes up to the next that ends the string, escapes or is a
		// control byte, at once.
		k := stringRunEnd(r.b, j)
		out = append(out, r.b[j:k]...)
		if j = k; j == len(r.b) {
			break
		}
		switch c := r.b[j]; {
		case c == '"':
			if !utf8.Valid(out) {
				return nil, false
			}
			r.i = j + 1
			return out, true
		case c < 0x20:
			return nil, false
		}
		if j+1 == len(r.b) {
			return nil, false
		}
		switch e := r.b[j+1]; e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			if j+6 > len(r.b) {
				return nil, false
			}
			v, err := strconv.ParseUint(string(r.b[j+2:j+6]), 16, 16)
			if err != nil || 0xD800 <= v && v < 0xE000 {
				return nil, false // surrogates: encoding/json pairs or replaces them
			}
			out = utf8.AppendRune(out, rune(v))
			j += 6
			continue
		default:
			return nil, false
		}
		j += 2
	}
	return nil, false
}

// stringRunEnd returns where the bytes of a string from b[j] stop being
// plain: the first quote, backslash or control byte, or len(b).
func stringRunEnd(b []byte, j int) int {
	for j+8 <= len(b) {
		if m := stringStops(binary.LittleEndian.Uint64(b[j:])); m != 0 {
			return j + bits.TrailingZeros64(m)>>3
		}
		j += 8
	}
	for j < len(b) && b[j] != '"' && b[j] != '\\' && b[j] >= 0x20 {
		j++
	}
	return j
}

// Key reads an object key and its colon. The key is not a copy: without
// escapes it is its bytes in the input (valid while the input is, which
// the reader never changes), since Object makes one per member and its
// callers only compare it; the value of one with escapes is a slice of its
// own.
func (r *JSONReader) Key() (string, bool) {
	b, _, ok := r.stringBytes(nil)
	if !ok || !r.Byte(':') {
		return "", false
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), true
}

// Int reads an integer written without fraction or exponent, as
// encoding/json reads into an int. Its digits are read and added up in one
// pass; a number that goes on with a fraction or an exponent is refused,
// as is a longer one (18 digits cannot overflow: those take the slow path).
func (r *JSONReader) Int() (int, bool) {
	r.space()
	b := r.b
	d := r.i
	if d < len(b) && b[d] == '-' {
		d++
	}
	j, v := d, 0
	if j < len(b) && b[j] == '0' {
		j++ // a leading zero is the whole integer part
	} else {
		for j < len(b) && '0' <= b[j] && b[j] <= '9' {
			v = v*10 + int(b[j]-'0')
			j++
		}
	}
	if j == d || j-d > 18 || j < len(b) && (b[j] == '.' || b[j] == 'e' || b[j] == 'E') {
		return 0, false
	}
	if d > r.i {
		v = -v
	}
	r.i = j
	return v, true
}

// Float reads a number as encoding/json reads it into a float64.
func (r *JSONReader) Float() (float64, bool) {
	r.space()
	end := numberEnd(r.b, r.i)
	if end < 0 {
		return 0, false
	}
	v, err := strconv.ParseFloat(string(r.b[r.i:end]), 64)
	if err != nil {
		return 0, false
	}
	r.i = end
	return v, true
}

// numberEnd returns where the JSON number at i ends, or -1:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func numberEnd(b []byte, i int) int {
	digits := func(i int) int {
		j := i
		for j < len(b) && '0' <= b[j] && b[j] <= '9' {
			j++
		}
		return j
	}
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && '1' <= b[i] && b[i] <= '9':
		i = digits(i)
	default:
		return -1
	}
	if i < len(b) && b[i] == '.' {
		j := digits(i + 1)
		if j == i+1 {
			return -1
		}
		i = j
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		j := digits(i)
		if j == i {
			return -1
		}
		i = j
	}
	return i
}

// More reports whether an object or array goes on: it consumes the comma
// before the next member, and reports false (consuming it) at the closing
// byte close. first is true before the first member.
func (r *JSONReader) More(first bool, close byte) (more, ok bool) {
	switch c := r.Peek(); {
	case c == close:
		r.i++
		return false, true
	case first:
		return true, true
	case c == ',':
		r.i++
		return true, true
	}
	return true, false
}

// Offset returns the offset of the next byte to read (spaces before a
// value included: Peek first to skip them).
func (r *JSONReader) Offset() int { return r.i }

// End reports whether the whole input was read.
func (r *JSONReader) End() bool { return r.Peek() == 0 && r.i == len(r.b) }

// Object reads an object, each member's value by member (false: a key it
// does not know, or a bad value); a repeated key is left to encoding/json.
// The key given to member shares the input's memory (Key): a member that
// keeps it must copy it (strings.Clone).
func (r *JSONReader) Object(member func(key string) bool) bool {
	if !r.Byte('{') {
		return false
	}
	var seenBuf [32]string
	seen := seenBuf[:0]
	// seenBits has the bit of each key seen (keyBit): a key whose bit is
	// clear is new without comparing it to the others.
	var seenBits uint64
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
		bit := keyBit(key)
		if seenBits&bit != 0 && slices.Contains(seen, key) {
			return false
		}
		seenBits |= bit
		seen = append(seen, key)
		if !member(key) {
			return false
		}
	}
}

// keyBit is one of 64 bits picked by k's length and its first and last
// bytes (the same key always has the same bit).
func keyBit(k string) uint64 {
	h := uint(len(k))
	if len(k) > 0 {
		h += 7*uint(k[0]) + 3*uint(k[len(k)-1])
	}
	return 1 << (h & 63)
}

// ObjectBytes reads an object as Object does, each key (without escapes:
// false on one that has any) as its bytes in the input, for a caller that
// makes no strings of them; it leaves repeated keys to member.
func (r *JSONReader) ObjectBytes(member func(key []byte) bool) bool {
	if !r.Byte('{') {
		return false
	}
	for first := true; ; first = false {
		more, ok := r.More(first, '}')
		if !ok {
			return false
		}
		if !more {
			return true
		}
		key, esc, ok := r.stringBytes(nil)
		if !ok || esc || !r.Byte(':') || !member(key) {
			return false
		}
	}
}

// Array reads an array, each element by elem (false: a bad element).
func (r *JSONReader) Array(elem func() bool) bool {
	if !r.Byte('[') {
		return false
	}
	for first := true; ; first = false {
		more, ok := r.More(first, ']')
		if !ok {
			return false
		}
		if !more {
			return true
		}
		if !elem() {
			return false
		}
	}
}

// The readers of a value or null into a field: null leaves the field as it
// is, as encoding/json does (pointers and slices stay nil).

// StringTo reads a string or null into s.
func (r *JSONReader) StringTo(s *string) bool {
	if r.Null() {
		return true
	}
	v, ok := r.String()
	*s = v
	return ok
}

// StringPtrTo reads a string or null into s.
func (r *JSONReader) StringPtrTo(s **string) bool {
	if r.Null() {
		return true
	}
	v, ok := r.String()
	*s = &v
	return ok
}

// StringsTo reads an array of strings or null into s.
func (r *JSONReader) StringsTo(s *[]string) bool {
	if r.Null() {
		return true
	}
	out := []string{}
	ok := r.Array(func() bool {
		v, ok := r.String()
		out = append(out, v)
		return ok
	})
	*s = out
	return ok
}

// IntTo reads an integer or null into n.
func (r *JSONReader) IntTo(n *int) bool {
	if r.Null() {
		return true
	}
	v, ok := r.Int()
	*n = v
	return ok
}

// IntPtrTo reads an integer or null into n.
func (r *JSONReader) IntPtrTo(n **int) bool {
	if r.Null() {
		return true
	}
	v, ok := r.Int()
	*n = &v
	return ok
}

// FloatTo reads a number or null into f.
func (r *JSONReader) FloatTo(f *float64) bool {
	if r.Null() {
		return true
	}
	v, ok := r.Float()
	*f = v
	return ok
}

// BoolTo reads a bool or null into b.
func (r *JSONReader) BoolTo(b *bool) bool {
	if r.Null() {
		return true
	}
	v, ok := r.Bool()
	*b = v
	return ok
}

// A PlainReader reads the plain case of its JSON by hand: ReadPlainJSON
// reads one value from r into the receiver, which it changes only when it
// reports true (see JSONReader).
type PlainReader interface {
	ReadPlainJSON(r *JSONReader) bool
}
