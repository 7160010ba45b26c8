package extract

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/legal"
	"github.com/claimgraph/claimgraph/extract/refs"
)

// SetAttrs writes the attributes of every node type a document makes by
// hand: the bytes must be json.Marshal's, for random values with every
// field sometimes set and sometimes zero.
func TestAttrsWrittenAsJSONMarshal(t *testing.T) {
	// The hand-written readers and writers name every field: a field
	// added to one of these types must be added to them (and here).
	for _, c := range []struct {
		v      any
		fields int
	}{
		{refs.Item{}, 21}, {refs.Name{}, 3}, {refs.Date{}, 2}, {ReferenceAttrs{}, 4}, {CitationAttrs{}, 4}, {AttributionAttrs{}, 1},
		{ClaimAttrs{}, 15}, {PeriodAttrs{}, 4}, {legal.Mention{}, 20}, {ActMentionAttrs{}, 5}, {doc.Span{}, 2},
		{ArithmeticAttrs{}, 7},
	} {
		if n := reflect.TypeOf(c.v).NumField(); n != c.fields {
			t.Errorf("%T has %d fields, the JSON reader and writer know %d", c.v, n, c.fields)
		}
	}
	rv := randValues{rand.New(rand.NewPCG(13, 17)), []string{"", "KG", "Әйтімбет", "a \"q\" <&>", "tab\t\u2028", "\xff", "10.1/x_y"}}
	rng, str, ptr := rv.rng, rv.str, rv.ptr
	num := func() int { return []int{0, 1, -1, 2011, 1 << 40}[rng.IntN(5)] }
	floats := []float64{0, -0.0, 1, -2.5, 1e-7, 1e-6, 12345678.9, 0.2, 1e20, 1e21, 1.5e300, 5e-324, 3}
	strings := func() []string {
		switch rng.IntN(3) {
		case 0:
			return nil
		case 1:
			return []string{}
		}
		return []string{str(), str()}
	}
	names := func() []refs.Name {
		switch rng.IntN(3) {
		case 0:
			return nil
		case 1:
			return []refs.Name{}
		}
		return []refs.Name{{Family: str(), Given: str(), Literal: str()}, {}}
	}
	date := func() *refs.Date {
		switch rng.IntN(4) {
		case 0:
			return nil
		case 1:
			return &refs.Date{Literal: str()}
		case 2:
			return &refs.Date{DateParts: [][]int{nil, {}}}
		}
		return &refs.Date{DateParts: [][]int{{num(), num()}, {num()}}, Literal: str()}
	}
	check := func(v doc.PlainWriter) {
		t.Helper()
		want, wantErr := json.Marshal(v)
		got, ok := v.AppendPlainJSON(nil)
		if ok != (wantErr == nil) || ok && string(got) != string(want) {
			t.Fatalf("%#v:\n got %s (%v)\nwant %s (%v)", v, got, ok, want, wantErr)
		}
	}
	for range 5000 {
		it := refs.Item{ID: str(), Type: str(), Author: names(), Editor: names(), Translator: names(), Issued: date(),
			YearSuffix: str(), Accessed: date(), Title: str(), ContainerTitle: str(), Volume: str(), Issue: str(),
			Page: str(), Edition: str(), Publisher: str(), PublisherPlace: str(), Genre: str(), DOI: str(), URL: str(),
			Language: str(), Note: str()}
		check(it)
		check(ReferenceAttrs{Raw: str(), Label: str(), CSL: it, Cited: num()})
		check(CitationAttrs{Style: str(), Keys: strings(), Targets: strings(), Mismatches: strings()})
		check(AttributionAttrs{Org: str()})
		c := ClaimAttrs{Low: floats[rng.IntN(len(floats))], High: floats[rng.IntN(len(floats))], Unit: str(), Approx: str(),
			Entity: ptr(), Indicator: ptr(), Source: ptr(), Origin: str(), Dest: str(), Hedged: rng.IntN(2) == 0,
			Qualifier: str(), Scale: str(), Respect: rng.IntN(2) == 0}
		if rng.IntN(3) > 0 {
			v := floats[rng.IntN(len(floats))]
			c.Value = &v
		}
		if rng.IntN(2) == 0 {
			c.Period = &PeriodAttrs{Start: str(), End: str(), Relative: rng.IntN(2) == 0, Text: str()}
		}
		check(c)
		m := legal.Mention{Span: doc.Span{Start: num(), End: num()}, Text: str(), ActType: str(), Number: str(), Title: str(),
			Date: str(), Year: num(), Jurisdiction: str(), Authority: str(), Anaphor: rng.IntN(2) == 0, Antecedent: num(),
			InReferences: rng.IntN(2) == 0, Key: str(), TitleKey: str(), Period: str(), Subject: str(),
			PublishedYear: num(), ActYear: num(), YearSource: str(), Lang: str()}
		check(ActMentionAttrs{Mention: m, Act: str(), AntecedentID: str(), ELI: str(), AdiletID: str()})
		check(ArithmeticAttrs{Kind: str(), Claimed: floats[rng.IntN(len(floats))], Computed: floats[rng.IntN(len(floats))],
			Tolerance: floats[rng.IntN(len(floats))], Consistent: rng.IntN(2) == 0, Explanation: str(), Doc: str()})
	}
	// What json.Marshal refuses is left to it.
	nan := math.NaN()
	check(ArithmeticAttrs{Computed: nan})
	for _, c := range []ClaimAttrs{{Value: &nan}, {Low: math.Inf(1)}, {High: math.Inf(-1), Low: 1}} {
		check(c)
	}
}

// Attributes by hand against encoding/json, on a typical reference.
func BenchmarkReferenceAttrs(b *testing.B) {
	a := ReferenceAttrs{Raw: "Ivanov, I. & Petrov, P. (2019). Labour migration from Central Asia: trends and \"new\" routes. Journal of Eurasian Studies, 10(2), 112–130. https://doi.org/10.1016/j.euras.2019.05.001",
		CSL: refs.Item{Type: "article-journal", Author: []refs.Name{{Family: "Ivanov", Given: "I."}, {Family: "Petrov", Given: "P."}},
			Issued: &refs.Date{DateParts: [][]int{{2019}}}, Title: "Labour migration from Central Asia: trends and \"new\" routes",
			ContainerTitle: "Journal of Eurasian Studies", Volume: "10", Issue: "2", Page: "112–130", DOI: "10.1016/j.euras.2019.05.001"}, Cited: 2}
	type plain ReferenceAttrs
	raw, _ := json.Marshal(a)
	b.Run("write/plain", func(b *testing.B) {
		var n doc.Node
		for b.Loop() {
			n.SetAttrs(&a)
		}
	})
	b.Run("write/encoding-json", func(b *testing.B) {
		var n doc.Node
		for b.Loop() {
			n.SetAttrs(plain(a))
		}
	})
	b.Run("read/plain", func(b *testing.B) {
		n := doc.Node{Attrs: raw}
		for b.Loop() {
			var x ReferenceAttrs
			n.DecodeAttrs(&x)
		}
	})
	b.Run("read/encoding-json", func(b *testing.B) {
		n := doc.Node{Attrs: raw}
		for b.Loop() {
			var x plain
			n.DecodeAttrs(&x)
		}
	})
}

// A finding's attributes by hand are json.Marshal's of the merged map, on
// random fields (keys that sort around "doc" or replace it, values of every
// kind findings carry and some they do not, which are left to
// json.Marshal).
func TestFindingAttrsWrittenAsJSONMarshal(t *testing.T) {
	rng := rand.New(rand.NewPCG(19, 23))
	keys := []string{"doc", "Doc", "a", "cited_year", "z", "no_date", "<k>", "é", "number"}
	values := []any{nil, "", "2019a", "a \"q\" <&>\xff", 0, 17, -3, true, false, 0.25, 1e21,
		[]string(nil), []string{}, []string{"x", "y"}, int64(5), math.NaN(), []int{1}}
	for range 5000 {
		fields := map[string]any{}
		if rng.IntN(5) == 0 {
			fields = nil
		}
		for range rng.IntN(5) {
			if fields != nil {
				fields[keys[rng.IntN(len(keys))]] = values[rng.IntN(len(values))]
			}
		}
		docID := []string{"d5684136f7d7a", "<&>"}[rng.IntN(2)]
		want, wantErr := json.Marshal(findingAttrs(docID, fields))
		got, ok := appendFindingAttrs([]byte("x"), docID, fields)
		if ok && (wantErr != nil || string(got) != "x"+string(want)) {
			t.Fatalf("%v: got %s, want %s (%v)", fields, got, want, wantErr)
		}
		plain := true
		for _, v := range fields {
			if _, ok := doc.AppendPlainValue(nil, v); !ok {
				plain = false
			}
		}
		if ok != plain {
			t.Fatalf("%v: written by hand: %v", fields, ok)
		}
	}
}
