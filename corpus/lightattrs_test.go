package corpus

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/claimgraph/claimgraph/corpus/bench"
	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/refs"
)

// slowLight is the light node of projection j as it was made before the
// projections wrote into their buffer and read attrs by hand: a copy of
// the node with fields dropped, its attrs cut with doc.AttrField or
// decoded whole, encoded by appendLight.
func slowLight(j int, n *doc.Node) ([]byte, error) {
	c := *n
	switch projections[j].name {
	case projClaim, projActMention:
	case projAttribution:
		c.Text, c.Sentence = "", ""
	case projReference:
		c.Text, c.Sentence = "", ""
		csl, err := doc.AttrField(n.Attrs, "csl")
		if err != nil {
			return nil, err
		}
		c.Attrs = nil
		if csl != nil {
			c.Attrs = append(append([]byte(`{"csl":`), csl...), '}')
		}
	case projReferenceSpan:
		c.Text, c.Sentence, c.Attrs = "", "", nil
	case projCitationLabel:
		c.Sentence, c.Attrs = "", nil
	case projReferenceLabel:
		c.Text, c.Sentence = "", ""
		var a extract.ReferenceAttrs
		if err := n.DecodeAttrs(&a); err != nil {
			return nil, err
		}
		it := refs.Item{Title: truncate(a.CSL.Title, 40), Issued: a.CSL.Issued}
		if len(a.CSL.Author) > 0 {
			it.Author = a.CSL.Author[:1]
		}
		var err error
		if c.Attrs, err = doc.Marshal(cslAttrs{it}); err != nil {
			return nil, err
		}
	default:
		panic(projections[j].name)
	}
	return appendLight(nil, &c), nil
}

// slowSources is claimSources as doc.AttrString reads the claims.
func slowSources(nodes []doc.Node) (map[string]bool, error) {
	out := map[string]bool{}
	for k := range nodes {
		if nodes[k].Type != "claim" {
			continue
		}
		src, ok, err := doc.AttrString(nodes[k].Attrs, "source")
		if err != nil {
			return nil, fmt.Errorf("claim %s: %w", nodes[k].ID, err)
		}
		if ok {
			out[src] = true
		}
	}
	return out, nil
}

// lightTestNodes are the nodes of the seeds' records and of 40 generated
// papers' (attrs as the extractors write them: plain).
func lightTestNodes(t *testing.T) []doc.Node {
	t.Helper()
	e := newEngine(t)
	ins, _ := Collect([]string{"seeds"})
	recs := ExtractAll(context.Background(), e.Pipeline, ins, Options{Workers: 2})
	gen, err := bench.New(3, bench.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range gen.Papers(40) {
		recs = append(recs, e.Pipeline.Extract(context.Background(), p.Name, []byte(p.Text)))
	}
	var nodes []doc.Node
	for _, r := range recs {
		nodes = append(nodes, r.Nodes...)
	}
	return nodes
}

// checkLight compares every projection of n with slowLight, appended
// after some bytes (the buffer's earlier nodes).
func checkLight(t *testing.T, n *doc.Node) {
	t.Helper()
	for j := range projections {
		if projections[j].typ != n.Type {
			continue
		}
		want, wantErr := slowLight(j, n)
		prefix := []byte("prefix")
		got, err := projections[j].light(bytes.Clone(prefix), n)
		if (err != nil) != (wantErr != nil) {
			t.Fatalf("%s %s %s: error %v, slow path %v", projections[j].name, n.ID, n.Attrs, err, wantErr)
		}
		if err != nil {
			continue
		}
		if !bytes.HasPrefix(got, prefix) || !bytes.Equal(got[len(prefix):], want) {
			t.Fatalf("%s %s: light node\n%q\nslow path\n%q", projections[j].name, n.Attrs, got, want)
		}
		if _, err := readLights(got[len(prefix):], nil, nil); err != nil {
			t.Fatalf("%s %s: %v", projections[j].name, n.ID, err)
		}
	}
}

// TestLightAsSlowPath: every projection of every node of the seeds and of
// generated papers, and of their references and claims with mutated
// attrs, is what copying the node, cutting its attrs with doc.AttrField or
// decoding them whole made; the claims' sources are doc.AttrString's.
func TestLightAsSlowPath(t *testing.T) {
	nodes := lightTestNodes(t)
	count := map[string]int{}
	for k := range nodes {
		checkLight(t, &nodes[k])
		count[nodes[k].Type]++
		if nodes[k].Type == "reference" || nodes[k].Type == "claim" {
			if !nodes[k].HasPlainAttrs() {
				count["not plain"]++
			}
			// The fast paths are the rule, not the fallbacks.
			if _, ok := plainField(nodes[k].Attrs, "csl"); !ok {
				count["not read plain"]++
			}
		}
		if nodes[k].Type == "reference" {
			if _, ok := appendLabelAttrs(nil, nodes[k].Attrs); !ok {
				count["label decoded"]++
			}
		}
	}
	if count["reference"] < 500 || count["claim"] < 500 || count["citation"] < 100 || count["not plain"] > 0 ||
		count["not read plain"] > 0 || count["label decoded"] > count["reference"]/100 {
		t.Fatalf("nodes of the test: %v", count)
	}
	want, err := slowSources(nodes)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{"stale": true}
	if err := claimSources(nodes, got); err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) || len(want) < 20 {
		t.Fatalf("sources %v, slow path %v", got, want)
	}

	r := rand.New(rand.NewPCG(11, 12))
	mutated, decoded := 0, 0
	for k := range nodes {
		n := nodes[k]
		if n.Type != "reference" && n.Type != "claim" {
			continue
		}
		for range 3 {
			n.Attrs = mutate(r, nodes[k].Attrs)
			checkLight(t, &n)
			one := []doc.Node{n}
			want, wantErr := slowSources(one)
			got := map[string]bool{}
			err := claimSources(one, got)
			if (err != nil) != (wantErr != nil) || fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("%s: sources %v %v, slow path %v %v", n.Attrs, got, err, want, wantErr)
			}
			mutated++
			if _, ok := plainField(n.Attrs, "csl"); !ok {
				decoded++
			}
		}
	}
	t.Logf("%v; %d mutated attrs, %d not plain", count, mutated, decoded)
}

// TestFieldOfAsAttrField: fieldOf and stringFieldOf return what
// doc.AttrField and doc.AttrString return, on edge cases and on mutations
// of objects with every kind of value.
func TestFieldOfAsAttrField(t *testing.T) {
	cases := []string{``, `null`, `{}`, `{ }`, ` {}`, `{}x`, `{"a":1}`, `{"a":1,}`, `{"a":1}}`, `{"a":1]`, `{"a":}`,
		`{"a" :1}`, `{"a": 1}`, `{"a":1 }`, `{"A":1,"a":2}`, `{"a":2,"A":1}`, `{"a":1,"a":3}`, `{"\u0061":1}`,
		`{"a":"x\"y"}`, `{"a":"x\\"}`, `{"a":"\u00e9"}`, `{"a":"x` + "\x01" + `"}`, `{"a":01}`, `{"a":-0.5e+3}`,
		`{"a":1.}`, `{"a":.5}`, `{"a":tru}`, `{"a":[1,{"b":"]"}]}`, `{"a":[1,{"b":"]"}}`, `{"a":{"b":[}}`,
		`{"a":null}`, `{"a":true,"b":false}`, `{"b":"a","a":"b"}`, `{"é":1,"a":2}`, `{"ſ":1}`, `{"a":"` + "\xff" + `"}`,
		`[]`, `"a"`, `{"a":1`, `{"a`, `{"a":"`, `{"b":{"a":1}}`}
	r := rand.New(rand.NewPCG(7, 8))
	base := `{"a":"text \"quoted\" é","b":12.5e-3,"c":{"d":[1,"x",{"e":null}],"f":"g"},"source":"entity:x","csl":{"title":"T"},"h":[true,false],"A":-3}`
	for range 3000 {
		cases = append(cases, string(mutate(r, []byte(base))))
	}
	for _, c := range cases {
		for _, key := range []string{"a", "b", "c", "source", "csl", "h", "zz"} {
			want, wantErr := doc.AttrField([]byte(c), key)
			got, err := fieldOf([]byte(c), key)
			if (err != nil) != (wantErr != nil) || !bytes.Equal(got, want) || (got == nil) != (want == nil) {
				t.Fatalf("%q %s: %q %v, doc.AttrField %q %v", c, key, got, err, want, wantErr)
			}
			ws, wok, wantErr := doc.AttrString([]byte(c), key)
			s, ok, err := stringFieldOf([]byte(c), key)
			if s != ws || ok != wok || (err != nil) != (wantErr != nil) {
				t.Fatalf("%q %s: %q %v %v, doc.AttrString %q %v %v", c, key, s, ok, err, ws, wok, wantErr)
			}
		}
	}
}

// TestFixLength: a label's attrs of any length after its guessed one-byte
// length.
func TestFixLength(t *testing.T) {
	for _, l := range []int{0, 1, 127, 128, 300, 16383, 16384, 70000} {
		payload := bytes.Repeat([]byte{'x'}, l)
		dst := append([]byte("head"), 0)
		dst = fixLength(append(dst, payload...), 4)
		var want []byte
		want = append([]byte("head"), appendLightAttrsLen(l)...)
		want = append(want, payload...)
		if !bytes.Equal(dst, want) {
			t.Fatalf("%d: length written wrong", l)
		}
	}
}

func appendLightAttrsLen(l int) []byte {
	var n doc.Node
	full := appendLightOf(nil, &n, "", "", bytes.Repeat([]byte{'x'}, l))
	head := appendLightHead(nil, &n, "", "")
	return full[len(head) : len(full)-l]
}
