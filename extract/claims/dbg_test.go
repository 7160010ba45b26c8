package claims

import (
	"os"
	"testing"
)

func TestDbgMentions(t *testing.T) {
	text := os.Getenv("TEXT")
	if text == "" {
		t.Skip()
	}
	lx := lexicon(t)
	d := buildDoc(t, text)
	x := &extractor{d: d, lx: lx, ents: lx.Gazetteer.Find(d.Text)}
	for _, s := range d.Sentences {
		sc := &scan{x: x, lx: lx, text: d.Text, span: s.Span, lang: "en"}
		sc.toks = tokenize(d.Text, s.Span.Start, s.Span.End, "en")
		cl := sc.clauses()
		for _, m := range sc.mentions(cl) {
			t.Logf("%s %q rel=%s listed=%v pred=%v tail=%v attrib=%v act=%v clause=%d", m.id, d.Text[m.Start:m.End], m.rel, m.listed, m.pred, m.tail, m.attrib, m.activity, m.clause)
		}
	}
}

func TestDbgLang(t *testing.T) {
	text := os.Getenv("TEXT")
	if text == "" {
		t.Skip()
	}
	d := buildDoc(t, text)
	for _, s := range d.Sentences {
		t.Logf("%s %q", s.Lang, d.Slice(s.Span))
	}
	for _, p := range d.Paragraphs {
		t.Logf("P %s %q", p.Lang, d.Slice(p.Span))
	}
}

func TestDbgCues(t *testing.T) {
	text := os.Getenv("TEXT")
	if text == "" {
		t.Skip()
	}
	lx := lexicon(t)
	lang := os.Getenv("L")
	if lang == "" {
		lang = "en"
	}
	toks := tokenize(text, 0, len(text), lang)
	for _, h := range lx.cueHits(toks, lang) {
		t.Logf("%s %q w=%g", h.group, toks[h.i].text, h.weight)
	}
}
