package refs

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// The hand-read plain case of UnmarshalJSON against encoding/json on the
// same bytes: random items, marshalled, then some of them edited into the
// cases the plain reader must leave to encoding/json (escapes, nulls,
// unknown, repeated and differently cased keys, other types).
func TestItemUnmarshalAsEncodingJSON(t *testing.T) {
	type plain Item
	rng := rand.New(rand.NewPCG(7, 11))
	strs := []string{"", "Ivanov", "Әйтімбет", "a \"quoted\" title", `back\slash`, "<b>&amp;</b>", "tab\there", "\u2028", "10.1000/x_y", "2019–2020"}
	str := func() string { return strs[rng.IntN(len(strs))] }
	names := func() []Name {
		if rng.IntN(3) == 0 {
			return nil
		}
		var ns []Name
		for range rng.IntN(3) + 1 {
			if rng.IntN(4) == 0 {
				ns = append(ns, Name{Literal: str()})
			} else {
				ns = append(ns, Name{Family: str(), Given: str()})
			}
		}
		return ns
	}
	date := func() *Date {
		switch rng.IntN(4) {
		case 0:
			return nil
		case 1:
			return &Date{Literal: "n.d."}
		}
		parts := []int{1900 + rng.IntN(130)}
		for range rng.IntN(3) {
			parts = append(parts, 1+rng.IntN(12))
		}
		return &Date{DateParts: [][]int{parts}}
	}
	edits := []struct{ from, to string }{
		{`"title":`, `"Title":`}, {`"title":`, `"title":null,"title":`}, {`"family":`, `"FAMILY":`},
		{`{"id"`, `{"extra":[1,{"a":null}],"id"`}, {`"volume":"`, `"volume":null,"x":"`}, {`"author":[`, `"author":[null,`},
		{`"date-parts":[[`, `"date-parts":[null,[`}, {`"date-parts":[[`, `"date-parts":[[2019.0,`}, {`"type":"`, `"type":"\u00e9`},
		{`"issued":{`, `"issued":{"season":1,`}, {`"page":"`, `"page":5,"p":"`}, {`"author":[`, `"author":[],"a":[`},
		{`,"`, ` , "`}, {`":`, `" : `},
	}
	for i := range 5000 {
		it := Item{ID: str(), Type: str(), Author: names(), Editor: names(), Issued: date(), Accessed: date(),
			Title: str(), ContainerTitle: str(), Volume: str(), Page: str(), DOI: str(), URL: str(), Note: str()}
		b, err := json.Marshal(it)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		if i%2 == 1 {
			e := edits[rng.IntN(len(edits))]
			s = strings.Replace(s, e.from, e.to, 1)
		}
		if i%2 == 0 && !strings.Contains(s, `\`) {
			// The plain case is read by hand, not left to encoding/json.
			var x Item
			if r := doc.NewJSONReader([]byte(s)); !x.readPlain(r) || !r.End() {
				t.Fatalf("plain item not read by hand: %s", s)
			}
		}
		var got Item
		var want plain
		gotErr := json.Unmarshal([]byte(s), &got)
		wantErr := json.Unmarshal([]byte(s), &want)
		if (gotErr == nil) != (wantErr == nil) || !reflect.DeepEqual(got, Item(want)) {
			t.Fatalf("%s:\n got %#v (%v)\nwant %#v (%v)", s, got, gotErr, Item(want), wantErr)
		}
		// Into an item that is not empty, fields merge as encoding/json merges them.
		got2, want2 := Item{Title: "old", Issued: &Date{Literal: "x"}}, plain{Title: "old", Issued: &Date{Literal: "x"}}
		json.Unmarshal([]byte(s), &got2)
		json.Unmarshal([]byte(s), &want2)
		if !reflect.DeepEqual(got2, Item(want2)) {
			t.Fatalf("%s into a full item:\n got %#v\nwant %#v", s, got2, Item(want2))
		}
	}
}
