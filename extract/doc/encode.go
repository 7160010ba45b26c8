package doc

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"math/bits"
	"strconv"
	"unicode/utf8"
)

// This file writes nodes, edges and findings without reflection: the graph
// writer encodes millions of them. The bytes are exactly what json.Marshal
// writes for them (strings HTML-escaped, the Attrs fields spliced after the
// common ones, compact), which the tests check against encoding/json.

const hexDigits = "0123456789abcdef"

// safeASCII[b] is true for ASCII bytes written as they are in a JSON
// string; htmlUnsafe[b] marks <, > and & (escaped when escapeHTML).
var safeASCII, htmlUnsafe [utf8.RuneSelf]bool

func init() {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		safeASCII[b] = b != '"' && b != '\\'
	}
	htmlUnsafe['<'], htmlUnsafe['>'], htmlUnsafe['&'] = true, true, true
}

// AppendString appends s as a JSON string exactly as encoding/json writes
// it: invalid UTF-8 as \ufffd, U+2028 and U+2029 escaped, and <, > and &
// escaped when escapeHTML (json.Marshal; an Encoder after SetEscapeHTML(false)
// does not).
func AppendString(dst []byte, s string, escapeHTML bool) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		// Straight to the next byte that needs a look (or the end), eight
		// bytes at a time (most of the text written is plain ASCII words),
		// the last one to seven as one word too: the lowest flag of the
		// zero tests is exact (a test's borrow only flags bytes above a
		// true one).
		for {
			if i+8 > len(s) {
				var w uint64
				if len(s) >= 8 {
					w = load64(s, len(s)-8) >> (64 - 8*uint(len(s)-i))
				} else {
					w = loadShort(s, i)
				}
				i += bits.TrailingZeros64((w|asciiStops(w))&highs) >> 3
				break
			}
			w := load64(s, i)
			if m := (w | asciiStops(w)) & highs; m != 0 {
				i += bits.TrailingZeros64(m) >> 3
				break
			}
			if i += 8; i == len(s) {
				break
			}
		}
		if i == len(s) {
			break
		}
		if b := s[i]; b < utf8.RuneSelf {
			if safeASCII[b] && !(escapeHTML && htmlUnsafe[b]) {
				i++ // flagged by a test it shares with a byte that is escaped
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		if b := s[i]; b >= 0xC2 && b <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// Valid two-byte sequences (Cyrillic, accented Latin) are
			// written as they are: only three-byte U+2028 and U+2029 are
			// escaped.
			for i += 2; i+1 < len(s) && s[i] >= 0xC2 && s[i] <= 0xDF && s[i+1]&0xC0 == 0x80; i += 2 {
			}
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// Byte-wise tests on a word of eight bytes (exact for "any byte").
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// load64 reads the eight bytes of s at i as a little-endian word (one
// bounds check and one load once compiled: indexing s[i+k] checks each).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// loadShort reads the one to seven bytes of s from i, in a string of
// less than eight, as load64 does, into the low bytes of a word (two loads,
// which may overlap: the same bytes land on the same places). Its other
// bytes are zero, which the control-byte test flags: a search finds the
// end of s there.
func loadShort(s string, i int) uint64 {
	n := len(s) - i
	switch {
	case n >= 4:
		return uint64(load32(s, i)) | uint64(load32(s, len(s)-4))<<(8*(n-4))
	case n >= 2:
		return uint64(load16(s, i)) | uint64(load16(s, len(s)-2))<<(8*(n-2))
	}
	return uint64(s[i])
}

// load32 and load16 are load64 of four and two bytes.
func load32(s string, i int) uint32 {
	s = s[i : i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func load16(s string, i int) uint16 {
	s = s[i : i+2]
	return uint16(s[0]) | uint16(s[1])<<8
}

// asciiStops flags (bit 7 of its byte, with other bits to clear) the
// ASCII bytes of w that may be escaped, in two tests and a comparison
// whatever escapeHTML is: control bytes, '"' (0x22) and '&' (0x26), the
// only bytes that are 0x26 with bit 2 set, and '\\' (0x5C), '<' (0x3C)
// and '>' (0x3E) among the eight that are 0x7E with bits 1, 5 and 6 set,
// where the others are control bytes and '^', '|' and '~' (written as they
// are: AppendString passes them, rare in text, and <, > and & when not
// escapeHTML). It may flag high bytes too, which callers flag anyway
// (w|asciiStops(w)): a test t-ones flags the zero bytes of t and those of
// 0x81 and up, which are high bytes of w (the constants have bit 7 clear).
func asciiStops(w uint64) uint64 {
	qa, bsa := (w|ones*0x04)^ones*'&', (w|ones*0x62)^ones*0x7E
	return (w - ones*0x20) | (qa - ones) | (bsa - ones)
}

// appendStringField and appendIntField append a field after others: key
// is its name with the comma before it and the colon, as written
// (`,"type":`), in one copy.
func appendStringField(dst []byte, key, val string) []byte {
	return AppendString(append(dst, key...), val, true)
}

func appendIntField(dst []byte, key string, v int) []byte {
	return strconv.AppendInt(append(dst, key...), int64(v), 10)
}

// AppendJSON appends the node as json.Marshal writes it.
func (n *Node) AppendJSON(dst []byte) ([]byte, error) {
	dst = append(dst, `{"id":`...)
	dst = AppendString(dst, n.ID, true)
	dst = appendStringField(dst, `,"type":`, n.Type)
	if n.Doc != "" {
		dst = appendStringField(dst, `,"doc":`, n.Doc)
	}
	if n.Span != nil {
		dst = append(dst, `,"span":{"start":`...)
		dst = strconv.AppendInt(dst, int64(n.Span.Start), 10)
		dst = append(dst, `,"end":`...)
		dst = strconv.AppendInt(dst, int64(n.Span.End), 10)
		dst = append(dst, '}')
	}
	if n.Text != "" {
		dst = appendStringField(dst, `,"text":`, n.Text)
	}
	if n.Sentence != "" {
		dst = appendStringField(dst, `,"sentence":`, n.Sentence)
	}
	if n.Lang != "" {
		dst = appendStringField(dst, `,"lang":`, n.Lang)
	}
	if n.Page != 0 {
		dst = appendIntField(dst, `,"page":`, n.Page)
	}
	if n.Line != 0 {
		dst = appendIntField(dst, `,"line":`, n.Line)
	}
	if n.Column != 0 {
		dst = appendIntField(dst, `,"column":`, n.Column)
	}
	if n.HasPlainAttrs() {
		return appendPlainAttrs(dst, n.Attrs), nil
	}
	return appendAttrs(dst, n.Attrs, nodeKeys)
}

// AppendJSON appends the edge as json.Marshal writes it.
func (e *Edge) AppendJSON(dst []byte) ([]byte, error) {
	dst = append(dst, `{"from":`...)
	dst = AppendString(dst, e.From, true)
	dst = appendStringField(dst, `,"to":`, e.To)
	dst = appendStringField(dst, `,"type":`, e.Type)
	if e.HasPlainAttrs() {
		return appendPlainAttrs(dst, e.Attrs), nil
	}
	return appendAttrs(dst, e.Attrs, edgeKeys)
}

// AppendJSON appends the finding as json.Marshal writes it.
func (f *Finding) AppendJSON(dst []byte) ([]byte, error) {
	dst = append(dst, `{"id":`...)
	dst = AppendString(dst, f.ID, true)
	dst = appendStringField(dst, `,"type":`, f.Type)
	dst = appendStringField(dst, `,"severity":`, f.Severity)
	dst = appendStringField(dst, `,"summary":`, f.Summary)
	dst = append(dst, `,"nodes":[`...)
	for i, id := range f.Nodes {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = AppendString(dst, id, true)
	}
	dst = append(dst, ']')
	if f.HasPlainAttrs() {
		return appendPlainAttrs(dst, f.Attrs), nil
	}
	return appendAttrs(dst, f.Attrs, findingKeys)
}

// appendPlainAttrs closes the object begun in dst with the fields of plain
// attrs, as they are.
func appendPlainAttrs(dst, attrs []byte) []byte {
	if len(attrs) > 2 {
		dst = append(dst, ',')
	}
	return append(dst, attrs[1:]...)
}

var errAttrsObject = errors.New("attrs must be a JSON object")

// appendAttrs closes the object begun in dst, splicing in the fields of
// the object attrs that are not common fields (as splice does): values are
// copied compacted, keys re-encoded as json.Marshal writes them.
func appendAttrs(dst []byte, attrs json.RawMessage, common map[string]bool) ([]byte, error) {
	s := attrs
	i := skipSpace(s, 0)
	if i == len(s) {
		return append(dst, '}'), nil
	}
	if s[i] != '{' {
		if string(trimSpace(s)) == "null" {
			return append(dst, '}'), nil
		}
		return nil, errAttrsObject
	}
	i = skipSpace(s, i+1)
	if i < len(s) && s[i] == '}' {
		return append(dst, '}'), nil
	}
	for {
		if i >= len(s) || s[i] != '"' {
			return nil, errAttrsObject
		}
		kend, esc, err := ScanString(s, i)
		if err != nil {
			return nil, err
		}
		rawKey := s[i:kend]
		// A key without escapes is looked up and written from its bytes
		// (no string made per field of every node).
		var key []byte
		if esc {
			var k string
			if err := json.Unmarshal(rawKey, &k); err != nil {
				return nil, err
			}
			key = []byte(k)
		} else {
			key = rawKey[1 : len(rawKey)-1]
		}
		i = skipSpace(s, kend)
		if i >= len(s) || s[i] != ':' {
			return nil, errAttrsObject
		}
		i = skipSpace(s, i+1)
		vend, compact, err := ScanValue(s, i)
		if err != nil {
			return nil, err
		}
		if !common[string(key)] {
			dst = append(dst, ',')
			if !esc && plainKey(key) {
				dst = append(dst, rawKey...)
			} else {
				dst = AppendString(dst, string(key), true)
			}
			dst = append(dst, ':')
			if compact {
				dst = append(dst, s[i:vend]...)
			} else {
				dst = appendCompact(dst, s[i:vend])
			}
		}
		i = skipSpace(s, vend)
		if i >= len(s) {
			// An unclosed object ends here, as json.Decoder read it.
			return append(dst, '}'), nil
		}
		if s[i] == '}' {
			// What follows the object is ignored, as json.Decoder did.
			return append(dst, '}'), nil
		}
		if s[i] != ',' {
			return nil, errAttrsObject
		}
		i = skipSpace(s, i+1)
	}
}

// plainKey reports whether AppendString writes k as it is (in quotes).
func plainKey(k []byte) bool {
	for _, b := range k {
		if b >= utf8.RuneSelf || !safeASCII[b] || htmlUnsafe[b] {
			return false
		}
	}
	return true
}

// isSpace reports whether c is JSON white space. Most bytes tested are
// not, and one comparison tells that for all above ' '.
func isSpace(c byte) bool { return c <= ' ' && jsonSpaces>>c&1 != 0 }

// jsonSpaces has the bits of the four JSON white-space bytes.
const jsonSpaces = 1<<' ' | 1<<'\t' | 1<<'\n' | 1<<'\r'

func skipSpace(s []byte, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

func trimSpace(s []byte) []byte {
	i, j := 0, len(s)
	for i < j && isSpace(s[i]) {
		i++
	}
	for j > i && isSpace(s[j-1]) {
		j--
	}
	return s[i:j]
}

// stringStops flags (bit 7 of its byte) the bytes of w that end a JSON
// string, escape or are control bytes: '"', '\\' and below 0x20; the
// lowest flag is exact (a test's borrow only flags bytes above a true
// one). The three tests share their &^: bit 7 of w^c is bit 7 of w.
func stringStops(w uint64) uint64 {
	q, bs := w^ones*'"', w^ones*'\\'
	return ((w - ones*0x20) | (q - ones) | (bs - ones)) &^ w & highs
}

// ScanString returns the end of the JSON string starting at s[i] (a
// quote) and whether it holds escapes; an error when it is not terminated
// or holds a control byte.
func ScanString(s []byte, i int) (end int, escaped bool, err error) {
	for j := i + 1; j < len(s); j++ {
		// Eight bytes at a time while none ends the string, escapes or is
		// a control byte, and straight to the first that does (the lowest
		// flag of the zero tests is exact, as in AppendString).
		for j+8 <= len(s) {
			if m := stringStops(binary.LittleEndian.Uint64(s[j:])); m != 0 {
				j += bits.TrailingZeros64(m) >> 3
				break
			}
			j += 8
		}
		if j == len(s) {
			break
		}
		switch c := s[j]; {
		case c == '"':
			return j + 1, escaped, nil
		case c == '\\':
			escaped = true
			j++
		case c < 0x20:
			return 0, false, errors.New("attrs: control character in string")
		}
	}
	return 0, false, errors.New("attrs: unterminated string")
}

// ScanValue returns the end of the JSON value starting at s[i], and whether
// it has no whitespace outside its strings (then it is already compact).
// Scalars are checked with json.Valid; objects and arrays only for their
// nesting and strings (attrs come from json.Marshal; a full check would
// double the cost of writing them).
func ScanValue(s []byte, i int) (end int, compact bool, err error) {
	if i >= len(s) {
		return 0, false, errAttrsObject
	}
	switch s[i] {
	case '"':
		end, _, err := ScanString(s, i)
		return end, true, err
	case '{', '[':
		depth := 0
		compact = true
		for j := i; j < len(s); j++ {
			switch s[j] {
			case '"':
				end, _, err := ScanString(s, j)
				if err != nil {
					return 0, false, err
				}
				j = end - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1, compact, nil
				}
			case ' ', '\t', '\n', '\r':
				compact = false
			}
		}
		return 0, false, errAttrsObject
	default:
		j := i
		for j < len(s) && !isSpace(s[j]) && s[j] != ',' && s[j] != '}' && s[j] != ']' {
			j++
		}
		if j == i || !validScalar(s[i:j]) {
			return 0, false, errors.New("attrs: invalid JSON value")
		}
		return j, true, nil
	}
}

// validScalar reports whether b is a JSON number, true, false or null.
func validScalar(b []byte) bool {
	switch string(b) {
	case "true", "false", "null":
		return true
	}
	return numberEnd(b, 0) == len(b)
}

// appendCompact appends a valid JSON value without the whitespace outside
// its strings.
func appendCompact(dst, v []byte) []byte {
	for j := 0; j < len(v); j++ {
		c := v[j]
		if c == '"' {
			end, _, _ := ScanString(v, j)
			dst = append(dst, v[j:end]...)
			j = end - 1
			continue
		}
		if !isSpace(c) {
			dst = append(dst, c)
		}
	}
	return dst
}

// EachAttr calls fn with every top-level field of an attrs object, in
// order: its key (decoded) and its raw value. An empty or null attrs has
// none.
func EachAttr(attrs json.RawMessage, fn func(key []byte, val json.RawMessage)) error {
	s := attrs
	i := skipSpace(s, 0)
	if i == len(s) || string(trimSpace(s)) == "null" {
		return nil
	}
	if s[i] != '{' {
		return errAttrsObject
	}
	i = skipSpace(s, i+1)
	if i < len(s) && s[i] == '}' {
		return nil
	}
	for {
		if i >= len(s) || s[i] != '"' {
			return errAttrsObject
		}
		kend, esc, err := ScanString(s, i)
		if err != nil {
			return err
		}
		key := s[i+1 : kend-1]
		if esc {
			var k string
			if err := json.Unmarshal(s[i:kend], &k); err != nil {
				return err
			}
			key = []byte(k)
		}
		i = skipSpace(s, kend)
		if i >= len(s) || s[i] != ':' {
			return errAttrsObject
		}
		i = skipSpace(s, i+1)
		vend, _, err := ScanValue(s, i)
		if err != nil {
			return err
		}
		fn(key, s[i:vend])
		i = skipSpace(s, vend)
		if i >= len(s) || s[i] == '}' {
			return nil
		}
		if s[i] != ',' {
			return errAttrsObject
		}
		i = skipSpace(s, i+1)
	}
}

// AttrField returns the raw value of the top-level field key of an attrs
// object (the last one, as json.Unmarshal keeps; keys compared as
// json.Unmarshal matches a struct's field: exactly, else ignoring ASCII
// case), or nil when there is none. It lets a reader take one field without
// decoding the object.
func AttrField(attrs json.RawMessage, key string) (json.RawMessage, error) {
	var found json.RawMessage
	err := EachAttr(attrs, func(k []byte, v json.RawMessage) {
		if string(k) == key || bytes.EqualFold(k, []byte(key)) {
			found = v
		}
	})
	if err != nil {
		return nil, err
	}
	return found, nil
}

// AttrString returns the string value of the top-level field key of an
// attrs object; ok is false when the field is missing or null.
func AttrString(attrs json.RawMessage, key string) (val string, ok bool, err error) {
	raw, err := AttrField(attrs, key)
	if err != nil || raw == nil || string(raw) == "null" {
		return "", false, err
	}
	if len(raw) >= 2 && raw[0] == '"' && !bytes.ContainsRune(raw, '\\') {
		return string(raw[1 : len(raw)-1]), true, nil
	}
	err = json.Unmarshal(raw, &val)
	return val, err == nil, err
}
