package extract

import (
	"bytes"
	"reflect"
	"slices"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// The attrs types whose plain JSON the stages give to Node.SetPlainAttrs:
// AppendJSON splices them without dropping common fields, so none may have
// a JSON name of a common field (ActMentionAttrs has span, text and lang,
// and is not one of them).
func TestPlainAttrsHaveNoCommonField(t *testing.T) {
	for _, typ := range []reflect.Type{
		reflect.TypeFor[CitationAttrs](),
		reflect.TypeFor[ReferenceAttrs](),
		reflect.TypeFor[AttributionAttrs](),
		reflect.TypeFor[ClaimAttrs](),
	} {
		if names := doc.CommonNodeFields(typ); len(names) > 0 {
			t.Errorf("%s has common node fields %v: its nodes cannot take SetPlainAttrs", typ, names)
		}
	}
	if got := doc.CommonNodeFields(reflect.TypeFor[ActMentionAttrs]()); !slices.Contains(got, "text") {
		t.Errorf("CommonNodeFields misses embedded fields: %v", got)
	}
}

// Every node of generated papers encodes to the same bytes whether its
// attrs are spliced as plain or scanned (a copy of them is not plain).
func TestPlainAttrsEncodeAsScanned(t *testing.T) {
	plain := map[string]int{}
	for _, r := range loadRecordFixture(t).recs {
		for _, n := range r.Nodes {
			if !n.HasPlainAttrs() {
				continue
			}
			plain[n.Type]++
			got, err := n.AppendJSON(nil)
			if err != nil {
				t.Fatal(err)
			}
			scanned := n
			scanned.Attrs = bytes.Clone(n.Attrs)
			if scanned.HasPlainAttrs() {
				t.Fatal("a copy of plain attrs is plain")
			}
			want, err := scanned.AppendJSON(nil)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("%s %s spliced:\n%s\nscanned:\n%s", n.Type, n.ID, got, want)
			}
		}
	}
	for _, typ := range []string{"citation", "reference", "attribution", "claim"} {
		if plain[typ] == 0 {
			t.Errorf("no %s node has plain attrs (%v)", typ, plain)
		}
	}
}
