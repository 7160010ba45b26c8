package extract

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/legal"
	"github.com/claimgraph/claimgraph/extract/refs"
)

// DecodeAttrs reads the plain case of claim and reference attributes by
// hand: the result must be encoding/json's on the same bytes, including
// bytes edited into the cases left to encoding/json.
func TestAttrsReadAsEncodingJSON(t *testing.T) {
	type plainClaim ClaimAttrs
	type plainAct ActMentionAttrs
	type plainRef struct {
		Raw   string    `json:"raw"`
		Label string    `json:"label,omitempty"`
		CSL   refs.Item `json:"csl"`
		Cited int       `json:"cited"`
	}
	rv := randValues{rand.New(rand.NewPCG(5, 9)), []string{"", "KG", "remittances_gdp_share", "entity:KZ", "почти", "a \"q\"", "<&>"}}
	rng, str, ptr := rv.rng, rv.str, rv.ptr
	nums := []float64{0, 1, -2.5, 1e-7, 12345678.9, 0.2, 1e21, 3}
	edits := []struct{ from, to string }{
		{`"unit":`, `"Unit":`}, {`"low":`, `"low":null,"x":`}, {`"approx":"`, `"approx":null,"approx":"`},
		{`"value":`, `"value":"7","v":`}, {`"period":{`, `"period":{"extra":1,`}, {`"hedged":true`, `"hedged":1`},
		{`{"`, `{ "`}, {`"high":`, `"high":1.5e2,"h":`}, {`"csl":{`, `"csl":{"x":[],`}, {`"cited":`, `"cited":2.5,"c":`},
		{`"raw":"`, `"raw":"\u00e9`}, {`"csl":`, `"csl":null,"k":`},
	}
	edit := func(s string) string {
		e := edits[rng.IntN(len(edits))]
		return strings.Replace(s, e.from, e.to, 1)
	}
	for i := range 5000 {
		v := nums[rng.IntN(len(nums))]
		c := ClaimAttrs{Low: nums[rng.IntN(len(nums))], High: nums[rng.IntN(len(nums))], Unit: str(), Approx: str(),
			Entity: ptr(), Indicator: ptr(), Source: ptr(), Origin: str(), Dest: str(), Hedged: rng.IntN(2) == 0,
			Qualifier: str(), Scale: str(), Respect: rng.IntN(3) == 0}
		if rng.IntN(3) > 0 {
			c.Value = &v
		}
		if rng.IntN(2) == 0 {
			c.Period = &PeriodAttrs{Start: "2019", End: str(), Relative: rng.IntN(2) == 0, Text: str()}
		}
		b, _ := json.Marshal(c)
		if i%4 == 2 {
			b = asNodeObject(t, b)
		}
		s := string(b)
		if i%2 == 1 {
			s = edit(s)
		} else if !strings.Contains(s, `\`) {
			if r := doc.NewJSONReader(b); !new(ClaimAttrs).ReadPlainJSON(r) || !r.End() {
				t.Fatalf("plain claim attrs not read by hand: %s", s)
			}
		}
		n := doc.Node{Attrs: json.RawMessage(s)}
		var got ClaimAttrs
		var want plainClaim
		gotErr, wantErr := n.DecodeAttrs(&got), json.Unmarshal([]byte(s), &want)
		if (gotErr == nil) != (wantErr == nil) || !reflect.DeepEqual(got, ClaimAttrs(want)) {
			t.Fatalf("%s:\n got %+v (%v)\nwant %+v (%v)", s, got, gotErr, want, wantErr)
		}

		ma := ActMentionAttrs{Mention: legal.Mention{Span: doc.Span{Start: rng.IntN(9000), End: 9000 + rng.IntN(99)}, Text: str(), ActType: str(),
			Number: str(), Title: str(), Year: 1990 + rng.IntN(36), Jurisdiction: str(), Anaphor: rng.IntN(2) == 0, Antecedent: rng.IntN(4) - 1,
			InReferences: rng.IntN(4) == 0, Key: str(), TitleKey: str(), Period: str(), ActYear: rng.IntN(2) * 2011, Lang: str()},
			Act: str(), AntecedentID: str(), ELI: str()}
		b, _ = json.Marshal(ma)
		if i%4 == 2 {
			b = asNodeObject(t, b)
		}
		s = string(b)
		if i%2 == 1 {
			s = strings.Replace(s, `"antecedent":`, []string{`"antecedent":1.5,"a":`, `"Antecedent":`, `"antecedent":null,"q":`}[rng.IntN(3)], 1)
		} else if !strings.Contains(s, `\`) {
			if r := doc.NewJSONReader(b); !new(ActMentionAttrs).ReadPlainJSON(r) || !r.End() {
				t.Fatalf("plain act mention attrs not read by hand: %s", s)
			}
		}
		n = doc.Node{Attrs: json.RawMessage(s)}
		var gotAct, wantAct ActMentionAttrs
		gotErr, wantErr = n.DecodeAttrs(&gotAct), json.Unmarshal([]byte(s), (*plainAct)(&wantAct))
		if (gotErr == nil) != (wantErr == nil) || gotAct != wantAct {
			t.Fatalf("%s:\n got %+v (%v)\nwant %+v (%v)", s, gotAct, gotErr, wantAct, wantErr)
		}

		ra := ReferenceAttrs{Raw: str(), Label: str(), Cited: rng.IntN(3), CSL: refs.Item{Type: str(), Title: str(),
			Author: []refs.Name{{Family: str(), Given: str()}}, Issued: &refs.Date{DateParts: [][]int{{2000 + rng.IntN(26)}}}}}
		b, _ = json.Marshal(ra)
		if i%4 == 2 {
			b = asNodeObject(t, b)
		}
		s = string(b)
		if i%2 == 1 {
			s = edit(s)
		} else if !strings.Contains(s, `\`) {
			if r := doc.NewJSONReader(b); !new(ReferenceAttrs).ReadPlainJSON(r) || !r.End() {
				t.Fatalf("plain reference attrs not read by hand: %s", s)
			}
		}
		n = doc.Node{Attrs: json.RawMessage(s)}
		var gotRef ReferenceAttrs
		var wantRef plainRef
		gotErr, wantErr = n.DecodeAttrs(&gotRef), json.Unmarshal([]byte(s), &wantRef)
		if (gotErr == nil) != (wantErr == nil) || !reflect.DeepEqual(gotRef, ReferenceAttrs(wantRef)) {
			t.Fatalf("%s:\n got %+v (%v)\nwant %+v (%v)", s, gotRef, gotErr, wantRef, wantErr)
		}
	}
}

// asNodeObject is the JSON of a node with attrs: the attrs of a node read
// back from a records file (doc.Node.UnmarshalJSON keeps the whole object).
func asNodeObject(t *testing.T, attrs []byte) []byte {
	n := doc.Node{ID: "claim:d1:1-5", Type: "claim", Doc: "d1", Span: &doc.Span{Start: 1, End: 5}, Text: "text",
		Sentence: "A sentence.", Lang: "kk", Page: 2, Line: 3, Column: 4, Attrs: attrs}
	b, err := n.AppendJSON(nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// randValues draws field values for the attribute tests from strs.
type randValues struct {
	rng  *rand.Rand
	strs []string
}

func (v randValues) str() string { return v.strs[v.rng.IntN(len(v.strs))] }

// ptr is nil or a pointer to a drawn string, half the time each.
func (v randValues) ptr() *string {
	if v.rng.IntN(2) == 0 {
		return nil
	}
	s := v.str()
	return &s
}
