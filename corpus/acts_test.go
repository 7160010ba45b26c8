package corpus

import (
	"encoding/json"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
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
		for _, k := range nodeCommonKeys {
			delete(m, k)
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
