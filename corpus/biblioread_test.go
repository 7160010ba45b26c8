package corpus

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/refs"
)

// checkSummary compares summarizeReference with decoding the attrs whole
// (Node.DecodeAttrs, workKey, completeness): whenever it accepts the
// attrs, the decoder must have read them without error, to the same key,
// score and item. It reports whether it accepted them.
func checkSummary(t *testing.T, attrs []byte) bool {
	t.Helper()
	s, ok := summarizeReference(attrs)
	if !ok {
		return false
	}
	var a extract.ReferenceAttrs
	n := doc.Node{ID: "r", Type: "reference", Attrs: attrs}
	if err := n.DecodeAttrs(&a); err != nil {
		t.Fatalf("summarized %s, which does not decode: %v", attrs, err)
	}
	if want := workKey(a.CSL); s.key != want {
		t.Fatalf("%s: key %q, want %q", attrs, s.key, want)
	}
	if want := completeness(a.CSL); s.score != want {
		t.Fatalf("%s: score %d, want %d", attrs, s.score, want)
	}
	var it refs.Item
	if s.csl != nil {
		if err := it.UnmarshalJSON(s.csl); err != nil {
			t.Fatalf("%s: item bytes %s do not decode: %v", attrs, s.csl, err)
		}
	}
	if !reflect.DeepEqual(it, a.CSL) {
		t.Fatalf("%s: item bytes %s decode to %+v, want %+v", attrs, s.csl, it, a.CSL)
	}
	return true
}

// summaryStrings are the strings of random items: plain, other scripts,
// marks, what json.Marshal escapes, control characters, invalid UTF-8.
var summaryStrings = []string{"", "Migration", "LABOUR market: 2019", "Қазақстан", "Миграция", "Škofja Loka", "e\u0301", "日本語",
	`a "quoted" title`, `back\slash`, "<tag> & co", "tab\there", "line\nbreak", "\x01", "\u2028", "\xff\xfe", "10.1000/ABC.1",
	"İstanbul", "😀 emoji", "/slash/"}

func randomItem(r *rand.Rand) refs.Item {
	str := func() string {
		if r.IntN(3) == 0 {
			return ""
		}
		var b strings.Builder
		for range 1 + r.IntN(3) {
			b.WriteString(summaryStrings[r.IntN(len(summaryStrings))])
		}
		return b.String()
	}
	names := func() []refs.Name {
		switch r.IntN(4) {
		case 0:
			return nil
		case 1:
			return []refs.Name{}
		}
		var out []refs.Name
		for range 1 + r.IntN(3) {
			out = append(out, refs.Name{Family: str(), Given: str(), Literal: str()})
		}
		return out
	}
	date := func() *refs.Date {
		switch r.IntN(5) {
		case 0:
			return nil
		case 1:
			return &refs.Date{}
		case 2:
			return &refs.Date{Literal: str()}
		case 3:
			return &refs.Date{DateParts: [][]int{nil, {2001}}}
		}
		var parts [][]int
		for range 1 + r.IntN(2) {
			var p []int
			for range r.IntN(4) {
				p = append(p, r.IntN(2100)-50)
			}
			parts = append(parts, p)
		}
		return &refs.Date{DateParts: parts, Literal: str()}
	}
	it := refs.Item{ID: str(), Type: str(), Author: names(), Editor: names(), Translator: names(), Issued: date(), YearSuffix: str(),
		Accessed: date(), Title: str(), ContainerTitle: str(), Volume: str(), Issue: str(), Page: str(), Edition: str(),
		Publisher: str(), PublisherPlace: str(), Genre: str(), URL: str(), Language: str(), Note: str()}
	if r.IntN(4) == 0 {
		it.DOI = str()
	}
	return it
}

// mutate changes attrs the ways that take the plain reader off its path
// or make them invalid.
func mutate(r *rand.Rand, b []byte) []byte {
	s := string(b)
	edits := []func() string{
		func() string { // a byte removed
			i := r.IntN(len(s))
			return s[:i] + s[i+1:]
		},
		func() string { // a byte inserted or replaced
			const bytes = "\"\\{}[],:0n-.eEu \t\x01\x1fé\xff1"
			i := r.IntN(len(s))
			c := string(bytes[r.IntN(len(bytes))])
			if r.IntN(2) == 0 {
				return s[:i] + c + s[i:]
			}
			return s[:i] + c + s[i+1:]
		},
		func() string { // a key in another case, escaped, repeated, unknown
			keys := []string{`"title"`, `"DOI"`, `"author"`, `"family"`, `"literal"`, `"issued"`, `"date-parts"`, `"csl"`, `"raw"`, `"cited"`}
			k := keys[r.IntN(len(keys))]
			subs := []string{strings.ToUpper(k), `"ti\u0074le"`, k[:2] + `\u00` + "6" + k[2:], `"unknown"`, `"id"`, `"span"`}
			return strings.Replace(s, k, subs[r.IntN(len(subs))], 1)
		},
		func() string { // a member repeated
			for _, m := range []string{`"title":"X",`, `"DOI":"10.1/y",`, `"issued":{"date-parts":[[1999]]},`, `"author":[],`} {
				if i := strings.Index(s, "{\""); i >= 0 && r.IntN(2) == 0 {
					return s[:i+1] + m + s[i+1:]
				}
			}
			return s
		},
		func() string { // numbers, surrogates, spaces, nulls
			subs := [][2]string{{"[[", "[[1.5,"}, {"[[", "[[1e3,"}, {"[[", "[[12345678901234567890,"}, {"[[", "[[-0,"}, {"[[", "[[1234567890123456789,"},
				{"[[", "[[123456789012345678,"}, {`"title":"`, `"title":"\ud83d\ude00`}, {`"title":"`, `"title":"\u00e9\n`},
				{":", " :\n "}, {",", " ,\t"}, {`"issued":`, `"issued":null,"x":`}, {`"author":`, `"author":null,"editor":`},
				{`"cited":`, `"cited":null,"label":`}, {`"title":"`, `"title":"\x`}}
			sub := subs[r.IntN(len(subs))]
			return strings.Replace(s, sub[0], sub[1], 1)
		},
	}
	for range 1 + r.IntN(2) {
		if len(s) > 0 {
			s = edits[r.IntN(len(edits))]()
		}
	}
	return []byte(s)
}

// TestSummarizeReferenceAsDecoded: random and real references, as the
// extractors write them, as a streamed run's projection keeps them
// ({"csl":…}), re-indented and mutated.
func TestSummarizeReferenceAsDecoded(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var all [][]byte
	for range 3000 {
		a := extract.ReferenceAttrs{Raw: summaryStrings[r.IntN(len(summaryStrings))], CSL: randomItem(r), Cited: r.IntN(3)}
		if r.IntN(2) == 0 {
			a.Label = "12"
		}
		b, err := doc.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, b)
	}
	g := runGraph(t, newEngine(t), 2, "seeds")
	real := 0
	for _, n := range g.Nodes {
		if n.Type == "reference" {
			all = append(all, n.Attrs)
			real++
		}
	}
	if real < 100 {
		t.Fatalf("only %d references in the seeds", real)
	}
	for _, b := range all[:len(all):len(all)] {
		csl, err := doc.AttrField(b, "csl")
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, append(append([]byte(`{"csl":`), csl...), '}'))
	}
	for _, b := range all {
		if !checkSummary(t, b) {
			t.Fatalf("plain attrs not summarized: %s", b)
		}
		var ind bytes.Buffer
		if err := json.Indent(&ind, b, " ", "\t"); err != nil {
			t.Fatal(err)
		}
		if !checkSummary(t, ind.Bytes()) {
			t.Fatalf("indented attrs not summarized: %s", ind.Bytes())
		}
	}
	accepted, rejected := 0, 0
	for range 20 {
		for _, b := range all {
			if checkSummary(t, mutate(r, b)) {
				accepted++
			} else {
				rejected++
			}
		}
	}
	t.Logf("%d plain, %d mutations summarized, %d decoded", len(all), accepted, rejected)
	for _, b := range []string{``, `null`, `{}`, `{"csl":null}`, `{"csl":{}}`, `{"raw":null,"label":null,"cited":null,"csl":null}`, ` {"csl" : { } } `, `{"csl":{}}x`, `{"csl":{},}`, `{"csl":[]}`} {
		checkSummary(t, []byte(b))
	}
}

// TestWorkAttrsPlain: work nodes' attrs are spliced as they are
// (SetPlainAttrs), which only attrs without a common field's name may be,
// and every work of the seeds encodes as when its attrs are scanned.
func TestWorkAttrsPlain(t *testing.T) {
	if names := doc.CommonNodeFields(reflect.TypeFor[WorkAttrs]()); len(names) > 0 {
		t.Errorf("WorkAttrs has common node fields %v: its nodes cannot take SetPlainAttrs", names)
	}
	g := runGraph(t, newEngine(t), 2, "seeds")
	works := 0
	for _, n := range g.Nodes {
		if n.Type != "work" {
			continue
		}
		works++
		if !n.HasPlainAttrs() {
			t.Fatalf("work %s: attrs not plain", n.ID)
		}
		scanned := n
		scanned.Attrs = bytes.Clone(n.Attrs)
		checkSameJSON(t, "work "+n.ID, n.AppendJSON, scanned.AppendJSON)
	}
	if works < 100 {
		t.Fatalf("only %d works in the seeds", works)
	}
}
