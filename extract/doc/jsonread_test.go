package doc

import (
	"encoding/json"
	"math/rand/v2"
	"testing"
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
