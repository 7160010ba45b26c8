package doc

import (
	"encoding/json"
	"strings"
	"testing"
)

// lineStarts is what Finish expects of its caller: 0 and each offset after
// a line feed.
func lineStarts(orig string) []int32 {
	starts := []int32{0}
	for i := 0; i < len(orig); i++ {
		if orig[i] == '\n' {
			starts = append(starts, int32(i+1))
		}
	}
	return starts
}

func TestBuilderMapsBackToOriginal(t *testing.T) {
	orig := "Remit-\ntances ﬁnd\n\nNext line"
	var b Builder
	b.Copy("Remit", 0)                  // "Remit"
	b.Replace("", 5, 2)                 // hyphen and line break dropped
	b.Copy("tances ", 7)                // exact run
	b.Replace("fi", 14, len("ﬁ"))       // ligature expanded
	b.Copy("nd", 14+len("ﬁ"))           // exact
	b.Replace("\n\n", 14+len("ﬁ")+2, 2) // paragraph break
	b.Copy("Next line", strings.Index(orig, "Next"))
	text, m := b.Finish(orig, lineStarts(orig), nil)
	if text != "Remittances find\n\nNext line" {
		t.Fatalf("text %q", text)
	}
	cases := []struct {
		norm       string // a substring of the normalized text
		origPrefix string // what the original has at the mapped offset
		line, col  int
	}{
		{"Remit", "Remit", 1, 1},
		{"tances", "tances", 2, 1},
		{"find", "ﬁnd", 2, 8},
		{"nd", "nd", 2, 9},
		{"Next", "Next", 4, 1},
	}
	for _, c := range cases {
		off := strings.Index(text, c.norm)
		o := m.Original(off)
		if !strings.HasPrefix(orig[o:], c.origPrefix) {
			t.Errorf("%q maps to %q, want %q", c.norm, orig[o:], c.origPrefix)
		}
		if p := m.Position(off); p.Line != c.line || p.Column != c.col {
			t.Errorf("%q at line %d col %d, want %d:%d", c.norm, p.Line, p.Column, c.line, c.col)
		}
	}
}

func TestPositionOnPages(t *testing.T) {
	orig := "head\nbody one\n\nhead\nbody two\n"
	var b Builder
	b.Copy("body one", 5)
	b.Replace("\n\n", 13, 0)
	b.Copy("body two", 20)
	text, m := b.Finish(orig, lineStarts(orig), []int{0, 15})
	p := m.Position(strings.Index(text, "two"))
	if p.Page != 2 || p.Line != 2 {
		t.Fatalf("got page %d line %d, want page 2 line 2", p.Page, p.Line)
	}
}

func TestNodeJSONIsFlatAndRoundTrips(t *testing.T) {
	n := Node{ID: "claim:d1:3-6", Type: "claim", Doc: "d1", Span: &Span{3, 6}, Text: "20%"}
	if err := n.SetAttrs(map[string]any{"unit": "percent", "low": 19.0, "id": "ignored"}); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(n)
	if err != nil {
		t.Fatal(err)
	}
	var flat map[string]any
	json.Unmarshal(b, &flat)
	if flat["unit"] != "percent" || flat["id"] != "claim:d1:3-6" || flat["type"] != "claim" {
		t.Fatalf("not flat or common fields overridden: %s", b)
	}
	var back Node
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	b2, _ := json.Marshal(back)
	if string(b) != string(b2) {
		t.Fatalf("round trip changed the node:\n%s\n%s", b, b2)
	}
	var a struct {
		Unit string `json:"unit"`
	}
	back.DecodeAttrs(&a)
	if a.Unit != "percent" {
		t.Fatalf("attrs lost: %+v", a)
	}
}

func TestDocumentLookups(t *testing.T) {
	d := &Document{
		Text:       "Heading\n\nOne. Two.",
		Paragraphs: []Paragraph{{Span: Span{0, 7}, Lang: "en", Heading: true}, {Span: Span{9, 18}, Lang: "kk"}},
		Sentences:  []Sentence{{Span: Span{0, 7}}, {Span: Span{9, 13}}, {Span: Span{14, 18}}},
		Sections:   []Section{{Kind: SectionResults, Span: Span{0, 18}}},
	}
	if got := d.Slice(d.SentenceSpan(15)); got != "Two." {
		t.Errorf("sentence at 15: %q", got)
	}
	if d.LangAt(10) != "kk" || d.LangAt(8) != "und" {
		t.Errorf("langs: %s %s", d.LangAt(10), d.LangAt(8))
	}
	if !d.InSection(12, SectionResults) || d.SentenceIndex(8) != -1 {
		t.Error("section or gap lookup wrong")
	}
	if NodeID("cit", "d1", Span{1, 4}) != "cit:d1:1-4" {
		t.Error("node id format changed")
	}
}
