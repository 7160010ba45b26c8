package extract

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
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
}

// Records of generated papers are written as the encoder writes them.
func TestAppendJSONLineOnPapers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every extractor over generated papers")
	}
	for _, r := range loadRecordFixture(t).recs {
		checkJSONLine(t, r)
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
