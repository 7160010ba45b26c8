package corpus

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/legal"
)

// setAttr's plain path writes the bytes of the round trip through a map.
func TestSetAttrAsMapRoundTrip(t *testing.T) {
	for _, in := range []string{
		``, `{}`,
		`{"mention":{"title":"On migration – “Law”","number":"477-IV"},"antecedent_id":"","doc":"d1"}`,
		`{"z":1,"a":[1, 2],"m":"x y"}`,
		`{"b":"<tag> & more","a":1}`,
		`{"a":"line\u2028sep","act":"old"}`,
		`{"k\"ey":1}`,
		`{"dup":1,"dup":2}`,
		`{"text":"dropped","span":{"start":1,"end":2},"kept":true}`,
		// Sorted keys: act first, last, replaced, between, with common
		// keys, with a value it cannot copy, with escapes.
		`{"a":1,"b":2}`, `{"b":1,"c":2}`, `{"a":1,"act":"old","z":3}`, `{"acs":1,"act_type":"law"}`,
		`{"act_type":"law","antecedent":-1,"doc":"d","key":"x","span":{"start":1,"end":2},"title":"T"}`,
		`{"a":"<b>","b":1}`, `{"a":1, "b":2}`, `{"a":"\u0041","b":"x\"y"}`, `{"\u0061":1,"b":2}`,
		`{"a":1,"a":2}`, `{"":1,"a":2}`, `{"a":{"z":1,"b":2},"b":[3,1]}`,
	} {
		var m map[string]json.RawMessage
		if in != "" {
			if err := json.Unmarshal([]byte(in), &m); err != nil {
				t.Fatal(err)
			}
		}
		if m == nil {
			m = map[string]json.RawMessage{}
		}
		m["act"] = json.RawMessage(`"legal_act:kz-law-2011-477"`)
		for k := range m {
			if doc.IsNodeField(k) {
				delete(m, k)
			}
		}
		want, _ := json.Marshal(m)
		n := doc.Node{ID: "n", Attrs: json.RawMessage(in)}
		if err := setAttr(&n, "act", "legal_act:kz-law-2011-477"); err != nil {
			t.Fatal(err)
		}
		if string(n.Attrs) != string(want) {
			t.Errorf("setAttr(%s) = %s; want %s", in, n.Attrs, want)
		}
	}
}

// setAttrPlain agrees with the round trip through a map on random attrs,
// sorted or not, with repeated keys, keys sharing their first 8 bytes and
// more fields than its stack holds.
func TestSetAttrPlainRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	keys := []string{"a", "act", "act_type", "antecedent", "doc", "key", "number", "span", "text", "title", "z",
		"published_year", "published", "publishe", "year_source", "year", "", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"}
	plain := 0
	vals := []string{`1`, `-1`, `"x"`, `"<"`, `"a b"`, `{"start":1,"end":2}`, `[1,2]`, `[1, 2]`, `null`, `true`, `"\u00e9"`, `"é"`}
	for range 5000 {
		ks := make([]string, r.IntN(40))
		for i := range ks {
			ks[i] = keys[r.IntN(len(keys))]
		}
		if r.IntN(2) == 0 {
			slices.Sort(ks)
			ks = slices.Compact(ks)
		}
		var b strings.Builder
		b.WriteByte('{')
		for i, k := range ks {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, "%q:%s", k, vals[r.IntN(len(vals))])
		}
		b.WriteByte('}')
		in := b.String()
		var m map[string]json.RawMessage
		if err := json.Unmarshal([]byte(in), &m); err != nil {
			t.Fatal(err)
		}
		m["act"] = json.RawMessage(`"legal_act:x"`)
		for k := range m {
			if doc.IsNodeField(k) {
				delete(m, k)
			}
		}
		want, _ := json.Marshal(m)
		n := doc.Node{ID: "n", Attrs: json.RawMessage(in)}
		if err := setAttr(&n, "act", "legal_act:x"); err != nil {
			t.Fatal(err)
		}
		if string(n.Attrs) != string(want) {
			t.Fatalf("setAttr(%s) = %s; want %s", in, n.Attrs, want)
		}
		if _, ok := setAttrPlain(json.RawMessage(in), "act", []byte(`"legal_act:x"`)); ok {
			plain++
		}
	}
	if plain < 500 {
		t.Errorf("the plain path took %d of 5000 attrs", plain)
	}
}

// signature writes what fmt.Sprint wrote for it.
func TestSignatureAsSprint(t *testing.T) {
	for _, m := range []legal.Mention{
		{},
		{Number: "477-IV", ActType: "law", Date: "2011-07-22", ActYear: 2011, Year: 2011, PublishedYear: 2019, InReferences: true},
		{Number: "a|b", ActType: "закон", Year: -1, ActYear: 0, PublishedYear: 12345678901},
		{ActType: "decree", Date: "1999", Year: 1999},
	} {
		want := fmt.Sprint(m.Number, "|", m.ActType, "|", m.Date, "|", m.ActYear, "|", m.Year, "|", m.PublishedYear, "|", m.InReferences)
		if got := signature(&m); got != want {
			t.Errorf("signature(%+v) = %q; want %q", m, got, want)
		}
	}
}

// plainValueScan is plainValue as it was, byte by byte with a switch and
// utf8.Valid on every value: the oracle of TestPlainValueAsScan.
func plainValueScan(v []byte) bool {
	in := false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; c {
		case '"':
			in = !in
		case '\\':
			i++
		case ' ', '\t', '\n', '\r':
			if !in {
				return false
			}
		case '<', '>', '&':
			return false
		case 0xE2:
			if i+2 < len(v) && v[i+1] == 0x80 && (v[i+2] == 0xA8 || v[i+2] == 0xA9) {
				return false
			}
		}
	}
	return utf8.Valid(v)
}

// plainValue agrees with the byte-by-byte scan on random values made of
// the bytes it looks at, escapes before non-ASCII bytes, U+2028 and its
// look-alikes, cut UTF-8 and random bytes.
func TestPlainValueAsScan(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	pieces := []string{`"`, `\`, ` `, "\t", "\n", "\r", `<`, `>`, `&`, `a`, `1`, `{`, `:`, `,`, "é", "\u2028", "\u2029", "\u2027",
		"\xe2\x80", "\xe2", "\x80", "\xff", "\\\xc3\xa9", "\\\xe2\x80\xa8", "ж", "\xd0"}
	for range 200000 {
		var b []byte
		for range r.IntN(12) {
			if r.IntN(8) == 0 {
				b = append(b, byte(r.IntN(256)))
			} else {
				b = append(b, pieces[r.IntN(len(pieces))]...)
			}
		}
		if got, want := plainValue(b), plainValueScan(b); got != want {
			t.Fatalf("plainValue(%q) = %v; want %v", b, got, want)
		}
	}
}
