package claims

import "testing"

// spanRefAt reads the demonstrative of a numbered word from its flag: the
// same answers as from the map (the words not numbered), at every token of
// the seeds' sentences and of sentences with each demonstrative, in the
// four languages; and every demonstrative is numbered.
func TestSpanRefAtNumbered(t *testing.T) {
	lx := lexicon(t)
	for w := range spanDemonstratives {
		if lx.words.ids[w] == 0 {
			t.Fatalf("demonstrative %q not numbered", w)
		}
	}
	type sentence struct{ text, lang string }
	var sents []sentence
	for _, d := range seedDocs(t) {
		for _, s := range d.Sentences {
			sents = append(sents, sentence{d.Text[s.Span.Start:s.Span.End], s.Lang})
		}
	}
	for w := range spanDemonstratives {
		for _, lang := range []string{"en", "ru", "kk", "sl"} {
			sents = append(sents, sentence{"Over " + w + " period, 12% left; in " + w + " 2020–2023 span it rose. " + w + " whole period", lang})
		}
	}
	sents = append(sents,
		sentence{"Over the whole period, the entire period and that interval, 5% more arrived.", "en"},
		sentence{"За этот период и в этом периоде въехало 4 млн.", "ru"},
		sentence{"Осы кезеңде 120 мың адам келді, сол кезеңінде де.", "kk"},
		sentence{"V tem obdobju in v tega obdobju je prišlo 20 % več.", "sl"},
	)
	found := 0
	for _, s := range sents {
		plain := tokenize(nil, s.text, 0, len(s.text), s.lang)
		numbered := tokenize(nil, s.text, 0, len(s.text), s.lang)
		lx.words.assign(numbered, new(idCache))
		ps := &scan{lx: lx, toks: plain, lang: s.lang}
		ns := &scan{lx: lx, toks: numbered, lang: s.lang}
		for i := range plain {
			if plain[i].kind != tWord {
				continue
			}
			got, want := ns.spanRefAt(i), ps.spanRefAt(i)
			if got != want {
				t.Fatalf("%q (%s): spanRefAt(%d) = %d, want %d", s.text, s.lang, i, got, want)
			}
			if got > 0 {
				found++
			}
		}
	}
	if found < 4 {
		t.Errorf("only %d span references found", found)
	}
}
