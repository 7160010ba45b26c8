package doc

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

// What the reader accepts is valid JSON, read as encoding/json reads it.
func TestJSONReaderAsEncodingJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	const numChars = "-+.eE0123456789"
	for range 50000 {
		b := make([]byte, 1+rng.IntN(8))
		for i := range b {
			b[i] = numChars[rng.IntN(len(numChars))]
		}
		valid := json.Valid(b)
		if (numberEnd(b, 0) == len(b)) != valid {
			t.Fatalf("numberEnd(%q) = %d, json.Valid = %v", b, numberEnd(b, 0), valid)
		}
		if r := NewJSONReader(b); func() bool { _, ok := r.Float(); return ok && r.End() }() {
			f, _ := NewJSONReader(b).Float()
			var want float64
			if !valid || json.Unmarshal(b, &want) != nil || f != want {
				t.Fatalf("Float(%q) = %v, json reads %v (valid %v)", b, f, want, valid)
			}
		}
		if r := NewJSONReader(b); func() bool { _, ok := r.Int(); return ok && r.End() }() {
			n, _ := NewJSONReader(b).Int()
			var want int
			if !valid || json.Unmarshal(b, &want) != nil || n != want {
				t.Fatalf("Int(%q) = %v, json reads %v (valid %v)", b, n, want, valid)
			}
		}
	}
	for _, s := range []string{`""`, `"a"`, `"Қазақстан"`, `"a\"b"`, `"a\\b"`, "\"tab\there\"", `"\u00e9"`, "\"\xff\"", `"open`, `"a"b`,
		`"\u003c\u0026\u003e"`, `"\/\b\f\n\r\t"`, `"\ud834\udd1e"`, `"\ud834"`, `"\u12"`, `"\x"`, `"\u00zz"`, "\"\\u00e9\xff\"", `"a\"`} {
		r := NewJSONReader([]byte(s))
		v, ok := r.String()
		ok = ok && r.End()
		var want string
		err := json.Unmarshal([]byte(s), &want)
		if ok && (err != nil || v != want) {
			t.Errorf("String(%s) = %q, json reads %q (%v)", s, v, want, err)
		}
		plain := map[string]bool{`""`: true, `"a"`: true, `"Қазақстан"`: true, `"a\"b"`: true, `"a\\b"`: true, `"\u00e9"`: true,
			`"\u003c\u0026\u003e"`: true, `"\/\b\f\n\r\t"`: true}[s]
		if ok != plain {
			t.Errorf("String(%s) read by hand: %v, want %v", s, ok, plain)
		}
	}
	// Strings as json.Marshal writes them (escapes included) read back.
	pieces := []string{"a", " ", `"`, `\`, "<", ">", "&", "\n", "\t", "\x01", "\x7f", "é", "Ж", "\u2028", "𝄞", "/"}
	for range 20000 {
		var b []byte
		for range rng.IntN(12) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		enc, _ := json.Marshal(string(b))
		r := NewJSONReader(enc)
		got, ok := r.String()
		if !ok || !r.End() || got != string(b) {
			t.Fatalf("String(%s) = %q, %v; want %q", enc, got, ok, b)
		}
	}

	// Members and their separators, read in turn.
	r := NewJSONReader([]byte(` { "a" : 1 , "b":[true,false,null] } `))
	var steps []any
	step := func(vs ...any) { steps = append(steps, vs...) }
	step(r.Byte('{'))
	step(r.Key())
	step(r.Int())
	step(r.More(false, '}'))
	step(r.Key())
	step(r.Byte('['))
	step(r.Bool())
	step(r.More(false, ']'))
	step(r.Bool())
	step(r.More(false, ']'))
	step(r.Null())
	step(r.More(false, ']'))
	step(r.More(false, '}'))
	step(r.End())
	want := []any{true, "a", true, 1, true, true, true, "b", true, true, true, true, true, true, false, true, true, true, true, false, true, false, true, true}
	if len(steps) != len(want) {
		t.Fatalf("steps %v, want %v", steps, want)
	}
	for i := range want {
		if steps[i] != want[i] {
			t.Fatalf("step %d = %v, want %v (%v)", i, steps[i], want[i], steps)
		}
	}
}

// Raw accepts exactly the values json.Valid accepts (below maxRawDepth):
// random values, and the same values with bytes changed, dropped or added.
func TestRawIsValid(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	var value func(b []byte, depth int) []byte
	value = func(b []byte, depth int) []byte {
		space := func(b []byte) []byte {
			if rng.IntN(6) == 0 {
				b = append(b, " \t\n\r"[rng.IntN(4)])
			}
			return b
		}
		k := rng.IntN(9)
		if depth > 3 {
			k = rng.IntN(6)
		}
		switch k {
		case 0:
			return append(b, []string{"true", "false", "null"}[rng.IntN(3)]...)
		case 1, 2:
			return append(b, []string{"0", "-1", "12.5", "1e9", "-0.25E-3", "7"}[rng.IntN(6)]...)
		case 3, 4, 5:
			pieces := []string{"a", " ", `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`, `\u00e9`, `\uD834`, "é", "Ж", "\xff", "<"}
			b = append(b, '"')
			for range rng.IntN(5) {
				b = append(b, pieces[rng.IntN(len(pieces))]...)
			}
			return append(b, '"')
		}
		open, close := byte('['), byte(']')
		if k >= 7 {
			open, close = '{', '}'
		}
		b = space(append(b, open))
		for i := range rng.IntN(4) {
			if i > 0 {
				b = space(append(b, ','))
			}
			if open == '{' {
				b = space(value(b, 5))
				b = space(append(b, ':'))
			}
			b = space(value(b, depth+1))
		}
		return append(b, close)
	}
	const noise = "{}[]\":,\\ tfnrue0123456789-+.eEu\x01\x1fa"
	for n := range 200000 {
		b := value(nil, 0)
		if n%2 == 1 {
			for range 1 + rng.IntN(2) {
				i := rng.IntN(len(b) + 1)
				c := noise[rng.IntN(len(noise))]
				switch rng.IntN(3) {
				case 0:
					if i < len(b) {
						b[i] = c
					}
				case 1:
					if i < len(b) {
						b = append(b[:i], b[i+1:]...)
					}
				default:
					b = append(b[:i], append([]byte{c}, b[i:]...)...)
				}
			}
		}
		r := NewJSONReader(b)
		raw, ok := r.Raw()
		ok = ok && r.End()
		if valid := json.Valid(b); ok != valid {
			t.Fatalf("Raw(%q) = %v, json.Valid = %v", b, ok, valid)
		}
		if ok && string(raw) != string(bytes.Trim(b, " \t\r\n")) {
			t.Fatalf("Raw(%q) = %q", b, raw)
		}
	}
	// Deeper than maxRawDepth: left to encoding/json.
	deep := append(bytes.Repeat([]byte{'['}, maxRawDepth+1), bytes.Repeat([]byte{']'}, maxRawDepth+1)...)
	if _, ok := NewJSONReader(deep).Raw(); ok || !json.Valid(deep) {
		t.Errorf("Raw read %d levels", maxRawDepth+1)
	}
	if _, ok := NewJSONReader(deep[1 : len(deep)-1]).Raw(); !ok {
		t.Errorf("Raw did not read %d levels", maxRawDepth)
	}
}

// String against encoding/json on random quoted bytes of every length (the
// reader takes eight at a time): what it reads is json.Unmarshal's value,
// and it reads every plain string (valid UTF-8, no escape, no control byte).
func TestStringRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 4))
	pieces := []string{"a", "b", " ", "Ж", "қ", "é", "€", "𝄞", "\u2028", `\"`, `\\`, `\n`, `\u00e9`, `\u12`, `\x`,
		"\x01", "\x1f", "\xff", "\xd0", "\xe2\x80", "\x80", `"`, "\\"}
	for range 200000 {
		var b []byte
		for range rng.IntN(24) {
			if rng.IntN(3) == 0 {
				b = append(b, pieces[rng.IntN(len(pieces))]...)
			} else {
				b = append(b, 'a'+byte(rng.IntN(26)))
			}
		}
		line := append(append([]byte{'"'}, b...), '"')
		if rng.IntN(2) == 0 {
			line = append(line, `,"x"`...)
		}
		r := NewJSONReader(line)
		got, ok := r.String()
		var want string
		n := len(line)
		if r.Offset() < n && ok {
			n = r.Offset()
		}
		err := json.Unmarshal(line[:n], &want)
		if ok && (err != nil || got != want) {
			t.Fatalf("String(%s) = %q, json reads %q (%v)", line, got, want, err)
		}
		plain := utf8.Valid(b) && !bytes.ContainsAny(b, "\"\\") && !bytes.ContainsFunc(b, func(r rune) bool { return r < 0x20 })
		if plain && (!ok || r.Offset() != len(b)+2) {
			t.Fatalf("String(%s) not read by hand", line)
		}
	}
}

// Object refuses an object with a repeated key (left to encoding/json),
// and only that: random objects over keys that share lengths and bytes.
func TestObjectRepeatedKeys(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 6))
	keys := []string{"", "a", "b", "ab", "ba", "id", "doc", "dog", "text", "type", "span", "sentence", "sentences", "x\u00e9"}
	for range 50000 {
		var b []byte
		b = append(b, '{')
		seen, repeated := map[string]bool{}, false
		for i := range rng.IntN(len(keys)) {
			if i > 0 {
				b = append(b, ',')
			}
			k := keys[rng.IntN(len(keys))]
			repeated = repeated || seen[k]
			seen[k] = true
			b = append(b, '"')
			b = append(b, k...)
			b = append(b, `":1`...)
		}
		b = append(b, '}')
		r := NewJSONReader(b)
		ok := r.Object(func(string) bool { _, ok := r.Raw(); return ok })
		if ok == repeated {
			t.Fatalf("Object(%s) = %v, repeated key %v", b, ok, repeated)
		}
	}
}

// Key reads a key as String reads a string, then its colon (the key shares
// the input's memory when it has no escapes), and a key repeated through
// an escape is a repeated key to Object.
func TestKeyAsString(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 1))
	pieces := []string{"a", " ", "Ж", "𝄞", `\"`, `\\`, `\n`, `\u00e9`, `\u0061`, `\u12`, "\x01", "\xff", `"`, ":"}
	for range 50000 {
		var b []byte
		for range rng.IntN(12) {
			if rng.IntN(3) == 0 {
				b = append(b, pieces[rng.IntN(len(pieces))]...)
			} else {
				b = append(b, 'a'+byte(rng.IntN(26)))
			}
		}
		line := append(append([]byte{'"'}, b...), `" : 1`[:1+rng.IntN(4)]...)
		kr, sr := NewJSONReader(line), NewJSONReader(line)
		key, keyOK := kr.Key()
		s, ok := sr.String()
		ok = ok && sr.Byte(':')
		if keyOK != ok || ok && (key != s || kr.Offset() != sr.Offset()) {
			t.Fatalf("Key(%s) = %q, %v at %d; String and colon: %q, %v at %d", line, key, keyOK, kr.Offset(), s, ok, sr.Offset())
		}
	}
	for _, c := range []struct {
		in string
		ok bool
	}{{`{"a":1,"\u0061":2}`, false}, {`{"\u0061":1,"a":2}`, false}, {`{"\u0061":1,"b":2}`, true}, {`{"a\"":1,"a\\":2}`, true}} {
		r := NewJSONReader([]byte(c.in))
		if ok := r.Object(func(string) bool { _, ok := r.Raw(); return ok }); ok != c.ok {
			t.Errorf("Object(%s) = %v, want %v", c.in, ok, c.ok)
		}
	}
}

// intByNumberEnd is Int as it was written before it read digits in one
// pass: the number's end by numberEnd, then its digits. The test oracle of
// Int.
func intByNumberEnd(r *JSONReader) (int, bool) {
	r.space()
	end := numberEnd(r.b, r.i)
	d := r.i
	if d < end && r.b[d] == '-' {
		d++
	}
	if end < 0 || end-d > 18 {
		return 0, false
	}
	v := 0
	for _, c := range r.b[d:end] {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	if d > r.i {
		v = -v
	}
	r.i = end
	return v, true
}

// Int reads what intByNumberEnd reads, and stops where it stops, on random
// numbers and near-numbers of every length up to past the 18-digit limit.
func TestIntAsNumberEnd(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 19))
	const chars = "-0123456789012345678901234567890.eE+ ,}x"
	for range 300000 {
		b := make([]byte, rng.IntN(23))
		for i := range b {
			if rng.IntN(4) == 0 {
				b[i] = chars[rng.IntN(len(chars))]
			} else {
				b[i] = '0' + byte(rng.IntN(10))
			}
		}
		got, want := NewJSONReader(b), NewJSONReader(b)
		v, ok := got.Int()
		wv, wok := intByNumberEnd(want)
		if v != wv || ok != wok || got.Offset() != want.Offset() {
			t.Fatalf("Int(%q) = %d, %v at %d; want %d, %v at %d", b, v, ok, got.Offset(), wv, wok, want.Offset())
		}
	}
}
