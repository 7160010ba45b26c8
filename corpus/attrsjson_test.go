package corpus

import (
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"

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
	}
}
