package claims

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/entity"
)

// headingTopicsSpec is headingTopics reading both word counts of every
// paragraph, without its memo of a long paragraph: the test oracle.
func (x *extractor) headingTopicsSpec() []string {
	topics := make([]string, len(x.d.Paragraphs))
	cur := ""
	for i, p := range x.d.Paragraphs {
		runIn := !atLeastWords(x.d.Slice(p.Span), 4) && i+1 < len(x.d.Paragraphs) &&
			atLeastWords(x.d.Slice(x.d.Paragraphs[i+1].Span), 15)
		if p.Heading || runIn {
			if id := x.placeIn(p.Span); id != "" {
				cur = id
			} else if p.Heading {
				cur = ""
			}
		}
		topics[i] = cur
	}
	if x.d.Title != "" {
		for _, m := range x.lx.Gazetteer.Find(x.d.Title) {
			if m.Kind == entity.KindCountry {
				x.docTopic, x.docTopicSet = m.ID, true
				break
			}
		}
	}
	return topics
}

// headingTopics maps the paragraphs as its oracle does, on the seeds and on
// documents of random paragraphs: headings or not, of 0 to 20 words, some
// only a place name.
func TestHeadingTopicsAsSpec(t *testing.T) {
	lx := lexicon(t)
	docs := []*doc.Document{}
	for _, d := range seedDocs(t) {
		docs = append(docs, d)
	}
	rng := rand.New(rand.NewSource(11))
	places := []string{"Kazakhstan", "Russia", "Uzbekistan", "Tajikistan", "Kyrgyzstan", "Almaty"}
	for n := 0; n < 300; n++ {
		d := &doc.Document{}
		var b strings.Builder
		for k := rng.Intn(12); k >= 0; k-- {
			start := b.Len()
			switch words := rng.Intn(21); {
			case rng.Intn(4) == 0:
				b.WriteString(places[rng.Intn(len(places))])
			default:
				for w := 0; w < words; w++ {
					if w > 0 {
						b.WriteString([]string{" ", "\t", "\n", "  "}[rng.Intn(4)])
					}
					if rng.Intn(6) == 0 {
						b.WriteString(places[rng.Intn(len(places))])
					} else {
						b.WriteString("word")
					}
				}
			}
			d.Paragraphs = append(d.Paragraphs, doc.Paragraph{Span: doc.Span{Start: start, End: b.Len()}, Heading: rng.Intn(5) == 0})
			b.WriteString("\n\n")
		}
		d.Text = b.String()
		docs = append(docs, d)
	}
	placed := 0
	for _, d := range docs {
		spec := &extractor{d: d, lx: lx, entRange: -1}
		spec.findOutsideReferences()
		want := spec.headingTopicsSpec()
		x := &extractor{d: d, lx: lx, entRange: -1}
		x.findOutsideReferences()
		if got := x.headingTopics(); !slices.Equal(got, want) || x.docTopic != spec.docTopic {
			t.Fatalf("%q: headingTopics %q (%q), want %q (%q)", d.Text, got, x.docTopic, want, spec.docTopic)
		}
		for _, id := range want {
			if id != "" {
				placed++
			}
		}
	}
	if placed == 0 {
		t.Error("no paragraph has a topic")
	}
}
