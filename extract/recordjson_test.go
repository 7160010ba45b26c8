package extract

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// encodeLine is what AppendJSONLine replaced: corpus.AppendRecord's encoder.
func encodeLine(r *Record) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(r)
	return buf.Bytes(), err
}

func checkJSONLine(t *testing.T, r *Record) {
	t.Helper()
	want, wantErr := encodeLine(r)
	got, err := r.AppendJSONLine([]byte("x"))
	if (err != nil) != (wantErr != nil) || err != nil && err.Error() != wantErr.Error() {
		t.Fatalf("error %v, want %v", err, wantErr)
	}
	if err == nil && string(got) != "x"+string(want) {
		t.Fatalf("got\n%s\nwant\n%s", got[1:], want)
	}
	if err == nil {
		checkReadJSONLine(t, bytes.TrimSuffix(want, []byte("\n")))
	}
}

// checkReadJSONLine checks that ReadJSONLine reads line as json.Unmarshal.
func checkReadJSONLine(t *testing.T, line []byte) {
	t.Helper()
	var got, want Record
	err := got.ReadJSONLine(line)
	wantErr := json.Unmarshal(line, &want)
	if (err != nil) != (wantErr != nil) || err != nil && err.Error() != wantErr.Error() {
		t.Fatalf("%s\nerror %v, want %v", line, err, wantErr)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s\nread\n%#v\nwant\n%#v", line, got, want)
	}
}

// TestReadJSONLineCases: lines the hand readers leave to encoding/json, or
// where they must agree with it on nulls, empty arrays and raw attrs.
func TestReadJSONLineCases(t *testing.T) {
	for _, line := range []string{
		`{"schema":"s","pipeline":"p","document":{"id":"d","languages":[],"sections":null,"sentences":[{"span":{"start":1,"end":2},"lang":"kk"}],"text_bytes":3},"nodes":[{"id":"n","type":"claim","span":{"start":0,"end":4},"value":1.5,"list":[{"a":"}"}]}],"edges":[],"findings":null}`,
		` { "schema" : "s" , "nodes" : [ { "id" : "n" , "x" : [ 1 , 2 ] } ] } `,
		`{"nodes":[{"ID":"upper","id":"lower"}]}`,
		`{"nodes":[{"id":"n","Value":1}]}`,
		`{"nodes":[{"id":"n","ſpan":{"start":1,"end":2}}]}`,
		`{"nodes":[{"id":"n","id":"again"}]}`,
		`{"nodes":[{"id":"n","page":1.0}]}`,
		`{"nodes":[{"id":"n","span":null,"page":null}]}`,
		`{"nodes":[{"id":"n","span":{"start":1,"end":2,"x":3}}]}`,
		`{"nodes":[null,{"id":"n"}]}`,
		`{"nodes":[{"id":"\u0041\n\ud83d\ude00"}]}`,
		`{"nodes":[{"id":"\u0069d"}],"\u0073chema":"s"}`,
		`{"edges":[{"from":"a","to":"b","type":"t","reason":"r"}],"findings":[{"id":"f","nodes":["a",null],"claimed":2}]}`,
		`{"findings":[{"id":"f","nodes":null,"x":{}}]}`,
		`{"document":null,"error":{"path":"p","stage":"pdf","message":"m","partial":true}}`,
		`{"error":null,"unknown":1}`,
		`{"document":{"id":"d","languages":[{"lang":"en","share":0.5e1}],"page_info":[{"number":1,"printed":"iv","span":{"start":0,"end":9},"removed":["h"]}]}}`,
		`{"document":{"id":"d","pages":"2"}}`,
		`{"nodes":[{"id":"n","x":tru}]}`,
		// Invalid JSON where the hand readers skip a value (Raw): nothing
		// checks the line but them.
		`{"nodes":[{"id":"n","x":[1,]}]}`,
		`{"nodes":[{"id":"n","x":{"a" 1}}]}`,
		`{"nodes":[{"id":"n","x":{"a":1,}}]}`,
		`{"nodes":[{"id":"n","x":[1 2]}]}`,
		`{"nodes":[{"id":"n","x":"a\q"}]}`,
		`{"nodes":[{"id":"n","x":"a\u12"}]}`,
		`{"nodes":[{"id":"n","x":01}]}`,
		`{"nodes":[{"id":"n","x":{1:2}}]}`,
		"{\"nodes\":[{\"id\":\"n\",\"x\":\"\x01\"}]}",
		`{"nodes":[{"id":"n","x":{"a":[}]}]}`,
		`{"nodes":[{"id":"n","x":"\u00e9\/\""}]}`,
		"{\"nodes\":[{\"id\":\"n\",\"x\":\"\xff\"}]}",
		`{"nodes":[{"id":"n"}]`,
		`{"nodes":[{"id":"n"}]} {}`,
		`[]`,
		``,
	} {
		checkReadJSONLine(t, []byte(line))
	}
}

// Records of generated papers are written as the encoder writes them.
func TestAppendJSONLineOnPapers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every extractor over generated papers")
	}
	for _, r := range loadRecordFixture(t).recs {
		checkJSONLine(t, r)
		// And they are read by hand, not left to encoding/json.
		line, err := r.AppendJSONLine(nil)
		if err != nil {
			t.Fatal(err)
		}
		var v Record
		if jr := doc.NewJSONReader(line); !v.readPlain(jr) || !jr.End() {
			t.Fatalf("record of %s not read by hand", r.Document.Path)
		}
	}
}

// Random records, with every optional field sometimes empty, nil or set,
// strings that need escaping, and what the encoder refuses.
func TestAppendJSONLineIsEncoder(t *testing.T) {
	rv := randValues{rand.New(rand.NewPCG(29, 31)), []string{"", "KG", "Әйтімбет", "a \"q\" <&>", "tab\t\u2028\u2029", "\xff", "10.1/x_y"}}
	rng, str := rv.rng, rv.str
	num := func() int { return []int{0, 1, -1, 2011, 1 << 40}[rng.IntN(5)] }
	strs := func() []string {
		switch rng.IntN(3) {
		case 0:
			return nil
		case 1:
			return []string{}
		}
		return []string{str(), str()}
	}
	span := func() doc.Span { return doc.Span{Start: num(), End: num()} }
	attrs := []json.RawMessage{nil, json.RawMessage(`{"value":1.5,"unit":"%"}`), json.RawMessage(` { "a" : [1, 2] , "id":"x"} `),
		json.RawMessage(`null`), json.RawMessage(`{"k":"<&>"}`), json.RawMessage(`[1]`), json.RawMessage(`{"k":tru}`)}
	for range 3000 {
		r := &Record{Schema: str(), Pipeline: str()}
		d := &r.Document
		d.ID, d.Path, d.SHA256, d.Format, d.Title, d.Titles, d.DOI, d.Pages, d.Removed, d.Bytes =
			str(), str(), str(), doc.Format(str()), str(), strs(), str(), num(), strs(), num()
		if rng.IntN(4) > 0 {
			d.Languages = []doc.LangShare{}
			for range rng.IntN(3) {
				share := []float64{0, 0.9916, 1, 1e-7, 1e21}[rng.IntN(5)]
				if rng.IntN(50) == 0 {
					share = math.NaN()
				}
				d.Languages = append(d.Languages, doc.LangShare{Lang: str(), Share: share})
			}
		}
		if rng.IntN(2) == 0 {
			d.PageInfo = []PageInfo{}
			for range rng.IntN(3) {
				d.PageInfo = append(d.PageInfo, PageInfo{Number: num(), Printed: str(), Span: span(), Removed: strs()})
			}
		}
		if rng.IntN(4) > 0 {
			d.Sections = []SectionInfo{}
			for range rng.IntN(3) {
				d.Sections = append(d.Sections, SectionInfo{Kind: str(), Heading: str(), Span: span(), Page: num(), Line: num()})
			}
		}
		if rng.IntN(4) > 0 {
			d.Sentences = []SentenceInfo{}
			for range rng.IntN(3) {
				d.Sentences = append(d.Sentences, SentenceInfo{Span: span(), Lang: str()})
			}
		}
		if rng.IntN(4) > 0 {
			r.Nodes = []doc.Node{}
			for range rng.IntN(3) {
				n := doc.Node{ID: str(), Type: str(), Doc: str(), Text: str(), Sentence: str(), Lang: str(),
					Page: num(), Line: num(), Column: num(), Attrs: attrs[rng.IntN(len(attrs))]}
				if rng.IntN(2) == 0 {
					s := span()
					n.Span = &s
				}
				r.Nodes = append(r.Nodes, n)
			}
		}
		if rng.IntN(4) > 0 {
			r.Edges = []doc.Edge{}
			for range rng.IntN(3) {
				r.Edges = append(r.Edges, doc.Edge{From: str(), To: str(), Type: str(), Attrs: attrs[rng.IntN(len(attrs))]})
			}
		}
		if rng.IntN(4) > 0 {
			r.Findings = []doc.Finding{}
			for range rng.IntN(3) {
				r.Findings = append(r.Findings, doc.Finding{ID: str(), Type: str(), Severity: str(), Summary: str(),
					Nodes: strs(), Attrs: attrs[rng.IntN(len(attrs))]})
			}
		}
		if rng.IntN(3) == 0 {
			r.Error = &RecordError{Path: str(), Stage: str(), Message: str(), Partial: rng.IntN(2) == 0}
		}
		checkJSONLine(t, r)
	}
}
