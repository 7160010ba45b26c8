package doc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// The reflection-based encoders AppendJSON replaced: the reference.

func refNode(n Node) ([]byte, error) {
	base, err := json.Marshal(nodeCommon(n))
	if err != nil {
		return nil, err
	}
	return splice(base, n.Attrs, nodeKeys)
}

func refEdge(e Edge) ([]byte, error) {
	base, err := json.Marshal(edgeCommon(e))
	if err != nil {
		return nil, err
	}
	return splice(base, e.Attrs, edgeKeys)
}

func refFinding(f Finding) ([]byte, error) {
	if f.Nodes == nil {
		f.Nodes = []string{}
	}
	base, err := json.Marshal(findingCommon(f))
	if err != nil {
		return nil, err
	}
	return splice(base, f.Attrs, findingKeys)
}

// compactRef is what json.Marshal makes of a Marshaler's output.
func compactRef(b []byte, err error) string {
	if err != nil {
		return "error"
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, b); err != nil {
		return "error"
	}
	return buf.String()
}

func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	attrs := []string{
		``, `{}`, `null`, ` { } `,
		`{"value":12.5,"low":12,"high":13,"unit":"percent","entity":null,"period":{"start":"2019","end":"2020"}}`,
		`{ "id" : "x", "raw" : "a < b & c > d", "csl" : { "title" : "T  \"q\"  ", "author" : [ { "family" : "Ivanov" } ] } , "cited" : 3 }`,
		`{"k\u00e9y":"v","<tag>":[1, 2, 3],"text":"dropped","act":"legal_act:kz:law:2011:477"}`,
		`{"nested":{"a":[{"b":"}"},"]"]},"t":true,"f":false,"n":null,"neg":-1e-7}`,
		`[1,2]`, `"str"`, `{"a":}`, `{"a":1`, `{"a":1}x`, `{"a" 1}`,
	}
	texts := []string{"", "plain", "quote \" and \\ backslash", "<html> & \u2028 \u2029 \x00 \x1f \t\n\r\b\f \x7f", "Қазақстан 12,5 %", "bad \xff utf8 \xe2\x82"}
	span := &Span{Start: 3, End: 17}
	for ai, a := range attrs {
		for ti, text := range texts {
			text := unquoteGo(text)
			n := Node{ID: "claim:d1:" + text, Type: "claim", Doc: "d1", Text: text, Sentence: text + " more", Lang: "kk", Page: ti, Line: ai, Column: ti * ai, Attrs: json.RawMessage(a)}
			if ti%2 == 0 {
				n.Span = span
			}
			e := Edge{From: "cit:" + text, To: "ref:x", Type: "resolves_to", Attrs: json.RawMessage(a)}
			f := Finding{ID: "finding:" + text, Type: "conflict", Severity: "warning", Summary: text, Attrs: json.RawMessage(a)}
			if ti%2 == 1 {
				f.Nodes = []string{"a", text}
			}
			cases := []struct {
				name      string
				got, want string
			}{
				{"node", compactOf(n.AppendJSON(nil)), compactRef(refNode(n))},
				{"edge", compactOf(e.AppendJSON(nil)), compactRef(refEdge(e))},
				{"finding", compactOf(f.AppendJSON(nil)), compactRef(refFinding(f))},
				{"marshal node", compactOf(json.Marshal(n)), compactOf(json.Marshal(json.RawMessage(compactRef(refNode(n)))))},
			}
			for _, c := range cases {
				if c.got != c.want {
					t.Errorf("%s attrs %q text %q:\n got %s\nwant %s", c.name, a, text, c.got, c.want)
				}
			}
		}
	}
}

func compactOf(b []byte, err error) string {
	if err != nil {
		return "error"
	}
	return string(b)
}

// unquoteGo turns the \x escapes of the table into bytes.
func unquoteGo(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			switch s[i+1] {
			case 'x':
				var v byte
				fmt.Sscanf(s[i+2:i+4], "%02x", &v)
				b.WriteByte(v)
				i += 3
				continue
			case 'u':
				var v rune
				fmt.Sscanf(s[i+2:i+6], "%04x", &v)
				b.WriteRune(v)
				i += 5
				continue
			case 't':
				b.WriteByte('\t')
			case 'n':
				b.WriteByte('\n')
			case 'r':
				b.WriteByte('\r')
			case 'b':
				b.WriteByte('\b')
			case 'f':
				b.WriteByte('\f')
			default:
				b.WriteByte(s[i+1])
			}
			i++
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func TestAppendString(t *testing.T) {
	for _, s := range []string{"", "a<b>&c", "\u2028x\u2029", "\xff\xfe", "tab\tnl\n\x01\x7f", "ü é Ж"} {
		checkAppendString(t, unquoteGo(s))
	}
}

// checkAppendString compares AppendString, with and without the HTML
// escapes, with encoding/json.
func checkAppendString(t *testing.T, s string) {
	t.Helper()
	want, _ := json.Marshal(s)
	if got := AppendString(nil, s, true); string(got) != string(want) {
		t.Fatalf("AppendString(%q, html) = %s, want %s", s, got, want)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	if got := AppendString(nil, s, false); string(got)+"\n" != buf.String() {
		t.Fatalf("AppendString(%q) = %s, want %s", s, got, buf.String())
	}
}

// splice merges the fields of object extra into object base; fields of
// extra named in common are dropped (the typed fields win, so a round trip
// through UnmarshalJSON does not duplicate them).
func splice(base, extra json.RawMessage, common map[string]bool) ([]byte, error) {
	extra = bytes.TrimSpace(extra)
	if len(extra) == 0 || string(extra) == "{}" || string(extra) == "null" {
		return base, nil
	}
	dec := json.NewDecoder(bytes.NewReader(extra))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, fmt.Errorf("attrs must be a JSON object")
	}
	out := make([]byte, 0, len(base)+len(extra))
	out = append(out, base[:len(base)-1]...)
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key := t.(string)
		var val json.RawMessage
		if err := dec.Decode(&val); err != nil {
			return nil, err
		}
		if common[key] {
			continue
		}
		k, _ := json.Marshal(key)
		out = append(out, ',')
		out = append(out, k...)
		out = append(out, ':')
		out = append(out, val...)
	}
	return append(out, '}'), nil
}

// AttrField and AttrString take one field as json.Unmarshal into a struct
// with that field would.
func TestAttrFieldAsUnmarshal(t *testing.T) {
	for _, in := range []string{
		``, `null`, `{}`, ` { } `,
		`{"csl":{"title":"A \"b\"","author":[{"family":"X"}]},"source":"ref:1"}`,
		`{"source":null}`,
		`{"a":[1,{"source":"no"}],"source":"x\u00e9y","csl":null}`,
		`{"Source":"upper"}`,
		`{"source":"first","source":"last"}`,
		`{ "source" : "spaced" , "csl" : [ 1 , 2 ] }`,
		`{"sou\u0072ce":"escaped key"}`,
	} {
		var want struct {
			Source *string         `json:"source"`
			CSL    json.RawMessage `json:"csl"`
		}
		if err := json.Unmarshal([]byte(in), &want); err != nil && in != "" {
			t.Fatalf("%s: %v", in, err)
		}
		csl, err := AttrField(json.RawMessage(in), "csl")
		if err != nil || string(csl) != string(want.CSL) {
			t.Errorf("AttrField(%s, csl) = %s, %v; want %s", in, csl, err, want.CSL)
		}
		src, ok, err := AttrString(json.RawMessage(in), "source")
		if err != nil || ok != (want.Source != nil) || ok && src != *want.Source {
			t.Errorf("AttrString(%s, source) = %q, %v, %v; want %v", in, src, ok, err, want.Source)
		}
	}
	if _, err := AttrField(json.RawMessage(`[1]`), "csl"); err == nil {
		t.Error("AttrField of an array: no error")
	}
}

// AppendString's word-at-a-time and two-byte paths against encoding/json,
// on random strings mixing the bytes each path must stop at.
func TestAppendStringRandom(t *testing.T) {
	pieces := []string{"a", "Z", " ", "word ", "<", ">", "&", `"`, `\`, "\n", "\x01", "\x1f", "\x7f",
		"é", "Ж", "қ", "\u2028", "\u2029", "€", "𝄞", "\xff", "\xc3", "\xe2\x80", "\xdf\xbf", "\xc2\x80",
		"Зерттеудің мақсаты — ", "čšž ", "\xd0", "\xc1\xbf", "\x80\x80", "^", "|", "~", "\x1c", "\x1e"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(40) {
			if rng.IntN(3) == 0 {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			} else {
				b.WriteString("plain text ")
			}
		}
		checkAppendString(t, b.String())
	}
}

// Short strings and string ends (AppendString reads the last one to seven
// bytes as one word): each stop at each place, and random bytes, against
// encoding/json.
func TestAppendStringTails(t *testing.T) {
	check := func(s string) { t.Helper(); checkAppendString(t, s) }
	stops := []string{"\x00", "\x1f", `"`, `\`, "<", ">", "&", "^", "|", "~", "\x7f", "Ж", "\xff", "\u2028", "a"}
	for n := range 18 {
		for p := range n {
			for _, stop := range stops {
				check(strings.Repeat("a", p) + stop + strings.Repeat("b", n-p-1))
			}
		}
	}
	rng := rand.New(rand.NewPCG(5, 8))
	for range 200000 {
		b := make([]byte, rng.IntN(20))
		for i := range b {
			if rng.IntN(4) == 0 {
				b[i] = byte(rng.IntN(256))
			} else {
				b[i] = byte(0x20 + rng.IntN(0x60))
			}
		}
		check(string(b))
	}
}

func BenchmarkAppendString(b *testing.B) {
	for _, name := range []string{"../../seeds/001_1f9c2e2ca8992f3a.txt", "../../seeds/002_b949b4b87d2bd05f.txt"} {
		text, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(name), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			var dst []byte
			for b.Loop() {
				dst = AppendString(dst[:0], string(text), true)
			}
		})
	}
}

// scanStringByByte is ScanString as first written, a byte at a time: the
// specification of its word-at-a-time loop.
func scanStringByByte(s []byte, i int) (end int, escaped bool, ok bool) {
	for j := i + 1; j < len(s); j++ {
		switch c := s[j]; {
		case c == '"':
			return j + 1, escaped, true
		case c == '\\':
			escaped = true
			j++
		case c < 0x20:
			return 0, false, false
		}
	}
	return 0, false, false
}

func TestScanStringAndScalars(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 13))
	pieces := []string{"a", "plain words ", `"`, `\`, `\"`, `\\`, "\n", "\x1f", "é", "Ж", "\xff", "12345678"}
	for range 50000 {
		b := []byte{'"'}
		for range rng.IntN(10) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		wantEnd, wantEsc, wantOK := scanStringByByte(b, 0)
		end, esc, err := ScanString(b, 0)
		if (err == nil) != wantOK || wantOK && (end != wantEnd || esc != wantEsc) {
			t.Fatalf("ScanString(%q) = %d, %v, %v; want %d, %v, ok %v", b, end, esc, err, wantEnd, wantEsc, wantOK)
		}
	}
	const scalarChars = "-+.eE0123456789tfrunlsa"
	for range 50000 {
		b := make([]byte, 1+rng.IntN(6))
		for i := range b {
			b[i] = scalarChars[rng.IntN(len(scalarChars))]
		}
		if validScalar(b) != json.Valid(b) {
			t.Fatalf("validScalar(%q) = %v, json.Valid %v", b, validScalar(b), json.Valid(b))
		}
	}
	for _, s := range []string{"true", "false", "null", "0", "-0.5e+3"} {
		if !validScalar([]byte(s)) {
			t.Errorf("validScalar(%q) = false", s)
		}
	}
}

// AppendPlainValue writes what json.Marshal writes, and reports false for
// what it leaves to it.
func TestAppendPlainValueIsMarshal(t *testing.T) {
	for _, v := range []any{nil, "", "a \"q\" <&>\t\u2028\xff", "Әйтімбет", 0, -7, 1 << 40, true, false,
		0.0, -2.5, 1e-7, 1e21, 12345678.9, []string(nil), []string{}, []string{"x", "<y>"}} {
		want, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := AppendPlainValue([]byte("prefix"), v)
		if !ok || string(got) != "prefix"+string(want) {
			t.Errorf("%#v: got %s (%v), want %s", v, got, ok, want)
		}
	}
	for _, v := range []any{math.NaN(), math.Inf(-1), int64(3), []int{1}, map[string]any{}, struct{}{}} {
		if _, ok := AppendPlainValue(nil, v); ok {
			t.Errorf("%#v written by hand", v)
		}
	}
}

// AppendString's word-wide test (asciiStops, and non-ASCII bytes) is the
// byte-wise definition, on random words biased toward the bytes that
// matter and their neighbours: the lowest flag is on the first byte that
// is not plain ASCII in both modes or is one of the three that share a test
// with those (none: all eight are).
func TestWordStopsIsBytewise(t *testing.T) {
	check := func(b [8]byte) {
		t.Helper()
		want := 0
		for want < 8 {
			c := b[want]
			if c < utf8.RuneSelf && safeASCII[c] && !htmlUnsafe[c] && !strings.ContainsRune("^|~", rune(c)) {
				want++
			} else {
				break
			}
		}
		w := load64(string(b[:]), 0)
		m := (w | asciiStops(w)) & highs
		if got := bits.TrailingZeros64(m) >> 3; m&^highs != 0 || got != want {
			t.Fatalf("stops(%q) = %#x: first byte %d, want %d", b, m, got, want)
		}
	}
	// Every byte at every place among plain ones, and among two-byte
	// sequences (at a lead's place and at a continuation's).
	for c := range 256 {
		for k := range 8 {
			b := [8]byte{'a', ' ', '%', 'z', '=', '?', '}', '\''}
			b[k] = byte(c)
			check(b)
			b = [8]byte{0xd0, 0x96, 0xd2, 0x9b, 0xc3, 0xa9, 0xdf, 0xbf}
			b[k] = byte(c)
			check(b)
		}
	}
	rng := rand.New(rand.NewPCG(53, 59))
	special := []byte{0, 0x1f, 0x20, 0x21, '"', 0x23, 0x24, 0x25, '&', 0x27, 0x3b, '<', 0x3d, '>', 0x3f, '\\', 0x5d, 0x5e, 0x7c, 0x7e, 0x7f, 0x1c, 0x1e,
		0x80, 0x9f, 0xa2, 0xbc, 0xbf, 0xc0, 0xc1, 0xc2, 0xd0, 0xd1, 0xdf, 0xe0, 0xe2, 0xef, 0xf0, 0xff, 'a', 'Z'}
	for range 1_000_000 {
		var b [8]byte
		mode := rng.IntN(3)
		for k := 0; k < len(b); k++ {
			switch {
			case mode == 0 && rng.IntN(3) == 0:
				b[k] = byte(rng.IntN(256))
			case rng.IntN(4) == 0:
				b[k] = special[rng.IntN(len(special))]
			case mode == 2 && k+1 < len(b) && rng.IntN(2) == 0:
				// A Cyrillic letter.
				b[k], b[k+1] = 0xd0+byte(rng.IntN(2)), 0x80+byte(rng.IntN(64))
				k++
			default:
				b[k] = 'a' + byte(rng.IntN(26))
			}
		}
		check(b)
	}
}

// stringStops, the word-wide test of ScanString and the string readers, is
// the byte-wise definition (quote, backslash, control byte; bytes of 0x80
// and up pass) on the same words as TestWordStopsIsBytewise: every byte at
// every place among plain ASCII and among two-byte sequences, and random
// words.
func TestStringStopsIsBytewise(t *testing.T) {
	check := func(b [8]byte) {
		t.Helper()
		want := 0
		for want < 8 && b[want] != '"' && b[want] != '\\' && b[want] >= 0x20 {
			want++
		}
		m := stringStops(load64(string(b[:]), 0))
		if got := bits.TrailingZeros64(m) >> 3; m&^highs != 0 || got != want {
			t.Fatalf("stringStops(%q) = %#x: first byte %d, want %d", b, m, got, want)
		}
	}
	for c := range 256 {
		for k := range 8 {
			b := [8]byte{'a', ' ', '%', 'z', '=', '?', '~', '\''}
			b[k] = byte(c)
			check(b)
			b = [8]byte{0xd0, 0x96, 0xd2, 0x9b, 0xc3, 0xa9, 0xdf, 0xbf}
			b[k] = byte(c)
			check(b)
		}
	}
	rng := rand.New(rand.NewPCG(61, 67))
	special := []byte{0, 0x01, 0x1f, 0x20, 0x21, '"', 0x23, '\\', 0x5b, 0x5d, 0x7f, 0x80, 0x9f, 0xa0, 0xa2, 0xbf, 0xc2, 0xd0, 0xdc, 0xe2, 0xff}
	for range 1_000_000 {
		var b [8]byte
		for k := range b {
			if rng.IntN(3) == 0 {
				b[k] = special[rng.IntN(len(special))]
			} else {
				b[k] = byte(rng.IntN(256))
			}
		}
		check(b)
	}
}

// isSpace is JSON's white space, on every byte.
func TestIsSpace(t *testing.T) {
	for c := range 256 {
		want := c == ' ' || c == '\t' || c == '\n' || c == '\r'
		if isSpace(byte(c)) != want {
			t.Errorf("isSpace(%#x) = %v", c, !want)
		}
	}
}

// SetPlainAttrs' attrs are spliced as they are; attrs set otherwise, or
// replaced since, are scanned (a common field dropped, spaces removed).
func TestSetPlainAttrs(t *testing.T) {
	for _, tc := range []struct {
		name  string
		set   func(n *Node)
		plain bool
		want  string
	}{
		{"plain", func(n *Node) { n.SetPlainAttrs([]byte(`{"a":1,"b":"x"}`)) }, true, `{"id":"n","type":"t","text":"s","a":1,"b":"x"}`},
		{"plain empty object", func(n *Node) { n.SetPlainAttrs([]byte(`{}`)) }, true, `{"id":"n","type":"t","text":"s"}`},
		{"plain nil", func(n *Node) { n.SetPlainAttrs(nil) }, false, `{"id":"n","type":"t","text":"s"}`},
		{"assigned", func(n *Node) { n.Attrs = []byte(`{"text":"dropped", "a":1}`) }, false, `{"id":"n","type":"t","text":"s","a":1}`},
		{"replaced after", func(n *Node) {
			n.SetPlainAttrs([]byte(`{"a":1}`))
			n.Attrs = []byte(`{"text":"dropped", "a":2}`)
		}, false, `{"id":"n","type":"t","text":"s","a":2}`},
		{"copied", func(n *Node) {
			var m Node
			m.SetPlainAttrs([]byte(`{"a":1}`))
			n.Attrs = m.Attrs
			n.plain = m.plain
		}, true, `{"id":"n","type":"t","text":"s","a":1}`},
	} {
		n := Node{ID: "n", Type: "t", Text: "s"}
		tc.set(&n)
		if n.HasPlainAttrs() != tc.plain {
			t.Errorf("%s: HasPlainAttrs %v, want %v", tc.name, n.HasPlainAttrs(), tc.plain)
		}
		got, err := n.AppendJSON(nil)
		if err != nil || string(got) != tc.want {
			t.Errorf("%s: AppendJSON %s (%v), want %s", tc.name, got, err, tc.want)
		}
	}
}

// Edges and findings splice plain attrs as nodes do.
func TestSetPlainAttrsEdgeFinding(t *testing.T) {
	for _, tc := range []struct {
		name  string
		attrs []byte
		plain bool
		edge  string
		find  string
	}{
		{"plain", []byte(`{"a":1,"b":"x"}`), true,
			`{"from":"a","to":"b","type":"t","a":1,"b":"x"}`,
			`{"id":"f","type":"t","severity":"info","summary":"s","nodes":["a"],"a":1,"b":"x"}`},
		{"plain empty object", []byte(`{}`), true,
			`{"from":"a","to":"b","type":"t"}`,
			`{"id":"f","type":"t","severity":"info","summary":"s","nodes":["a"]}`},
		{"plain nil", nil, false,
			`{"from":"a","to":"b","type":"t"}`,
			`{"id":"f","type":"t","severity":"info","summary":"s","nodes":["a"]}`},
	} {
		e := Edge{From: "a", To: "b", Type: "t"}
		e.SetPlainAttrs(tc.attrs)
		f := Finding{ID: "f", Type: "t", Severity: "info", Summary: "s", Nodes: []string{"a"}}
		f.SetPlainAttrs(tc.attrs)
		if e.HasPlainAttrs() != tc.plain || f.HasPlainAttrs() != tc.plain {
			t.Errorf("%s: HasPlainAttrs %v, %v, want %v", tc.name, e.HasPlainAttrs(), f.HasPlainAttrs(), tc.plain)
		}
		if got, err := e.AppendJSON(nil); err != nil || string(got) != tc.edge {
			t.Errorf("%s: edge %s (%v), want %s", tc.name, got, err, tc.edge)
		}
		if got, err := f.AppendJSON(nil); err != nil || string(got) != tc.find {
			t.Errorf("%s: finding %s (%v), want %s", tc.name, got, err, tc.find)
		}
	}
	// Attrs replaced after SetPlainAttrs are scanned: the common field
	// named in them is dropped, spaces go.
	e := Edge{From: "a", To: "b", Type: "t"}
	e.SetPlainAttrs([]byte(`{"a":1}`))
	e.Attrs = []byte(`{"type":"dropped", "a":2}`)
	f := Finding{ID: "f", Type: "t", Severity: "info", Summary: "s", Nodes: []string{"a"}}
	f.SetPlainAttrs([]byte(`{"a":1}`))
	f.Attrs = []byte(`{"summary":"dropped", "a":2}`)
	if got, _ := e.AppendJSON(nil); e.HasPlainAttrs() || string(got) != `{"from":"a","to":"b","type":"t","a":2}` {
		t.Errorf("replaced edge attrs: %s", got)
	}
	if got, _ := f.AppendJSON(nil); f.HasPlainAttrs() || string(got) != `{"id":"f","type":"t","severity":"info","summary":"s","nodes":["a"],"a":2}` {
		t.Errorf("replaced finding attrs: %s", got)
	}
}
