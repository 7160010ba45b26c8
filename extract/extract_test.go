package extract

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/nlp"
)

const paper = "Remittances were 18.8% of Kyrgyzstan's GDP in 2023.\n\nПо данным Всемирного банка, денежные переводы трудовых мигрантов составили 18,8% ВВП Кыргызстана в 2023 году.\n"

// A failing or panicking stage costs the document an error entry that keeps
// the stages before it (marked partial); the run goes on.
func TestStageFailuresAreRecorded(t *testing.T) {
	ok := Stage{Name: "first", Run: func(d *doc.Document, st *State) error {
		st.Record.Nodes = append(st.Record.Nodes, TextNode(d, "claim", "claim", doc.Span{Start: 17, End: 22}))
		return nil
	}}
	cases := []struct {
		name  string
		stage Stage
		msg   string
	}{
		{"error", Stage{Name: "second", Run: func(*doc.Document, *State) error { return errors.New("lexicon broken") }}, "lexicon broken"},
		{"panic", Stage{Name: "second", Run: func(*doc.Document, *State) error { panic("index out of range") }}, "internal error"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := New(nlp.MustLoad(), Options{}, ok, c.stage)
			if err != nil {
				t.Fatal(err)
			}
			rec := p.Extract(context.Background(), "paper.txt", []byte(paper))
			if rec.Error == nil || rec.Error.Stage != "second" || !rec.Error.Partial || !strings.Contains(rec.Error.Message, c.msg) {
				t.Fatalf("error = %+v", rec.Error)
			}
			if len(rec.Nodes) != 1 || rec.Nodes[0].Text != "18.8%" {
				t.Fatalf("first stage's nodes lost: %+v", rec.Nodes)
			}
		})
	}
}

func TestTextNodeCarriesProvenance(t *testing.T) {
	p, err := New(nlp.MustLoad(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.Build(context.Background(), "paper.txt", []byte(paper))
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(d.Text, "18,8%")
	n := TextNode(d, "claim", "claim", doc.Span{Start: i, End: i + len("18,8%")})
	if n.Text != "18,8%" || n.Lang != "ru" || n.Line != 3 || !strings.HasPrefix(n.Sentence, "По данным") || n.Doc != d.ID {
		t.Fatalf("node %+v", n)
	}
}

func TestRestrictLangs(t *testing.T) {
	rec := &Record{
		Nodes:    []doc.Node{{ID: "a", Lang: "en"}, {ID: "b", Lang: "ru"}, {ID: "w"}},
		Edges:    []doc.Edge{{From: "a", To: "w"}, {From: "b", To: "w"}},
		Findings: []doc.Finding{{ID: "f1", Nodes: []string{"b"}}, {ID: "f2", Nodes: []string{"a"}}},
	}
	restrictLangs(rec, map[string]bool{"en": true})
	if len(rec.Nodes) != 2 || len(rec.Edges) != 1 || len(rec.Findings) != 1 || rec.Findings[0].ID != "f2" {
		t.Fatalf("%+v", rec)
	}
}
