package corpus

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/refs"
)

// Work attributes are written by hand as json.Marshal writes them.
func TestWorkAttrsWrittenAsJSONMarshal(t *testing.T) {
	if n := reflect.TypeOf(WorkAttrs{}).NumField(); n != 7 {
		t.Fatalf("WorkAttrs has %d fields, AppendPlainJSON writes 7", n)
	}
	year, doi := 2019, "10.1/<x>"
	item := refs.Item{Type: "book", Title: "Migration & \"labour\"", Author: []refs.Name{{Family: "Ivanov"}}, Issued: &refs.Date{DateParts: [][]int{{2019}}}}
	for _, a := range []WorkAttrs{
		{},
		{Title: "T", Year: &year, DOI: &doi, CSL: item, CitedBy: []string{"d1", "d2"}, Documents: []string{"d3"}, Key: "doi:10.1/x"},
		{Title: "Қазақ", CitedBy: []string{}, Documents: []string{}, Key: "title:қазақ|2019|"},
	} {
		want, _ := json.Marshal(a)
		got, ok := a.AppendPlainJSON(nil)
		if !ok || string(got) != string(want) {
			t.Errorf("got %s (%v)\nwant %s", got, ok, want)
		}
		if r := doc.NewJSONReader(want); !new(WorkAttrs).ReadPlainJSON(r) || !r.End() {
			t.Errorf("not read by hand: %s", want)
		}
		// Read back as encoding/json reads it, edited or not.
		for _, s := range []string{string(want), strings.Replace(string(want), `"key":`, `"Key":`, 1), strings.Replace(string(want), `"title":`, `"title":null,"x":`, 1)} {
			n := doc.Node{Attrs: json.RawMessage(s)}
			var got, want WorkAttrs
			type plain WorkAttrs
			if err := n.DecodeAttrs(&got); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal([]byte(s), (*plain)(&want)); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s:\n got %+v\nwant %+v", s, got, want)
			}
		}
	}
}

// Conflict attributes are written by hand as json.Marshal writes them.
func TestConflictAttrsWrittenAsJSONMarshal(t *testing.T) {
	for _, c := range []struct {
		v      any
		fields int
	}{{ConflictAttrs{}, 8}, {ConflictClaim{}, 9}} {
		if got := reflect.TypeOf(c.v).NumField(); got != c.fields {
			t.Fatalf("%T has %d fields, AppendPlainJSON writes %d", c.v, got, c.fields)
		}
	}
	v := 1e-7
	nan := math.NaN()
	for _, a := range []ConflictAttrs{
		{},
		{Quantity: "q:KG:internal_share", Classification: "rounding", Explanation: "<almost> 20% & 9%", GapAbs: 11, GapRel: 0.55, PeriodUnknown: true, SameDocument: true,
			Claims: []ConflictClaim{{ID: "claim:a", Doc: "a.txt", Text: "almost 20%", Value: &v, Low: 19, High: 20, Unit: "percent", Period: "2019", Source: "IOM"}, {}}},
		{Claims: []ConflictClaim{}, GapRel: 1e21},
		{Claims: []ConflictClaim{{Value: &nan}}},
	} {
		want, wantErr := json.Marshal(a)
		got, ok := a.AppendPlainJSON(nil)
		if ok != (wantErr == nil) || ok && string(got) != string(want) {
			t.Errorf("got %s (%v)\nwant %s (%v)", got, ok, want, wantErr)
		}
		// The same attrs with their claims encoded apart (the reducer's).
		if a.Claims == nil {
			continue
		}
		var claims [][]byte
		claimsOK := true
		for i := range a.Claims {
			c, ok := a.Claims[i].AppendPlainJSON(nil)
			claims, claimsOK = append(claims, c), claimsOK && ok
		}
		head := a
		head.Claims = nil
		got, ok = head.appendPlainJSONOf(nil, claims...)
		if ok = ok && claimsOK; ok != (wantErr == nil) || ok && string(got) != string(want) {
			t.Errorf("with encoded claims: got %s (%v)\nwant %s (%v)", got, ok, want, wantErr)
		}
	}
}

// A reference label's attrs are written by hand as json.Marshal writes them.
func TestCSLAttrsWrittenAsJSONMarshal(t *testing.T) {
	if n := reflect.TypeOf(cslAttrs{}).NumField(); n != 1 {
		t.Fatalf("cslAttrs has %d fields, AppendPlainJSON writes 1", n)
	}
	for _, it := range []refs.Item{
		{},
		{Type: "book", Title: "Migration & \"labour\" <x>", Author: []refs.Name{{Family: "Ivanov", Given: "I."}}, Issued: &refs.Date{DateParts: [][]int{{2019, 3}}}},
		{Title: "Қазақ\u2028", Issued: &refs.Date{Literal: "n.d."}},
	} {
		want, _ := json.Marshal(struct {
			CSL refs.Item `json:"csl"`
		}{it})
		got, err := doc.Marshal(cslAttrs{it})
		if err != nil || string(got) != string(want) {
			t.Errorf("got %s (%v)\nwant %s", got, err, want)
		}
	}
}

// A documents[] entry is written by hand (DocumentInfo.AppendJSON) as the
// Encoder writes it.
func TestDocumentWrittenAsEncoder(t *testing.T) {
	for _, c := range []struct {
		v      any
		fields int
	}{{extract.DocumentInfo{}, 14}, {extract.SectionInfo{}, 5}, {extract.SentenceInfo{}, 2}, {extract.PageInfo{}, 4}, {doc.LangShare{}, 2}, {doc.Span{}, 2}} {
		if n := reflect.TypeOf(c.v).NumField(); n != c.fields {
			t.Fatalf("%T has %d fields, DocumentInfo.AppendJSON writes %d", c.v, n, c.fields)
		}
	}
	rng := rand.New(rand.NewPCG(3, 5))
	odd := []string{"", "en", "<b>&</b>", "line\u2028sep", "\xff", `q"uo\te`, "Қазақ тілі", "tab\t\x01"}
	pick := func() string { return odd[rng.IntN(len(odd))] }
	picks := func() []string {
		switch rng.IntN(3) {
		case 0:
			return nil
		case 1:
			return []string{}
		}
		return []string{pick(), pick()}
	}
	shares := []float64{0, 1, 0.9916, 0.0084, 1e-7, 1e21, 123456789.125, -0.5}
	for range 500 {
		d := extract.DocumentInfo{ID: pick(), Path: pick(), SHA256: pick(), Format: doc.Format(pick()), Title: pick(), Titles: picks(), DOI: pick(),
			Pages: rng.IntN(3), Removed: picks(), Bytes: rng.IntN(100000)}
		if rng.IntN(4) > 0 {
			d.Languages = []doc.LangShare{}
			for range rng.IntN(3) {
				d.Languages = append(d.Languages, doc.LangShare{Lang: pick(), Share: shares[rng.IntN(len(shares))]})
			}
		}
		if rng.IntN(4) > 0 {
			d.Sections = []extract.SectionInfo{}
			for range rng.IntN(3) {
				d.Sections = append(d.Sections, extract.SectionInfo{Kind: pick(), Heading: pick(), Span: doc.Span{Start: rng.IntN(9), End: rng.IntN(99999)}, Page: rng.IntN(2), Line: rng.IntN(50)})
			}
		}
		if rng.IntN(4) == 0 {
			d.PageInfo = []extract.PageInfo{{Number: 1, Printed: pick(), Span: doc.Span{End: 9}, Removed: picks()}, {Number: 2}}
		}
		if rng.IntN(4) > 0 {
			d.Sentences = []extract.SentenceInfo{}
			for range rng.IntN(4) {
				d.Sentences = append(d.Sentences, extract.SentenceInfo{Span: doc.Span{Start: rng.IntN(9), End: -rng.IntN(9)}, Lang: pick()})
			}
		}
		want, err := appendCompactJSON(nil, &d)
		if err != nil {
			t.Fatal(err)
		}
		got, err := appendDocument([]byte("x"), &d)
		if err != nil || string(got[1:]) != string(want) {
			t.Fatalf("got %s (%v)\nwant %s", got[1:], err, want)
		}
	}
}
