package claims

import (
	"context"
	"math/rand"
	"reflect"
	"slices"
	"sort"
	"testing"

	"github.com/claimgraph/claimgraph/corpus/bench"
	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/entity"
	"github.com/claimgraph/claimgraph/extract/ingest"
	"github.com/claimgraph/claimgraph/nlp"
)

// TestLazyEntitiesMatchAll checks that finding the gazetteer's mentions as
// the sentences need them (and deferring noteEntity's reading of the
// sentences not scanned) gives the claims that finding them all first
// gives: over the seeds, generated papers and texts shaped to carry places
// across sentences, paragraphs and headings. So does reading every phrase
// set in every sentence (without scan.absent's shortcuts).
func TestLazyEntitiesMatchAll(t *testing.T) {
	lx := lexicon(t)
	in, err := ingest.New(nlp.MustLoad(), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]*doc.Document{}
	for name, d := range seedDocs(t) {
		docs["seed "+name] = d
	}
	g, err := bench.New(7, bench.Config{})
	if err != nil {
		t.Fatal(err)
	}
	n := 60
	if testing.Short() {
		n = 10
	}
	for _, p := range g.Papers(n) {
		d, err := in.Build(context.Background(), p.Name, []byte(p.Text))
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		docs["generated "+p.Name] = d
	}
	for i, text := range []string{
		"Kazakhstan\n\nMigration rose. The country hosted many workers. Officials in Russia said little. About 20% of the population left.",
		"Labour migration to Russia grew. Workers went to Kazakhstan and Turkey. In this country, 1.2 million were registered.",
		"Tajikistan is a source country. Many people moved there. The number reached 300 000 in 2023. Kyrgyzstan\n\nIt rose by 12%.",
		"The International Organization for Migration reported. The Republic of Uzbekistan. Its migrants sent 11.5 billion dollars.",
		"Migration Policy\n\nMany workers left. Nearly 40% returned in 2022.",
	} {
		docs["text "+string(rune('a'+i))] = buildDoc(t, text)
	}
	compared := 0
	for name, d := range docs {
		lazy := extract(d, lx, Context{}, false, false)
		all := extract(d, lx, Context{}, true, false)
		if every := extract(d, lx, Context{}, false, true); !reflect.DeepEqual(lazy, every) {
			t.Errorf("%s: %d claims, %d reading every phrase set", name, len(lazy), len(every))
		}
		if !reflect.DeepEqual(lazy, all) {
			for k := 0; k < len(lazy) && k < len(all); k++ {
				if !reflect.DeepEqual(lazy[k], all[k]) {
					t.Errorf("%s: claim %d differs:\nlazy %s\nall  %s", name, k, formatClaim(lazy[k]), formatClaim(all[k]))
					break
				}
			}
			t.Errorf("%s: %d claims lazily, %d with every mention found first", name, len(lazy), len(all))
		}
		compared += len(all)
	}
	if compared < 100 {
		t.Fatalf("only %d claims compared", compared)
	}
}

// sentenceWordsSpec is sentenceWords by a binary search per sentence, as it
// was before it read on from the sentence before.
func (x *extractor) sentenceWordsSpec(s doc.Span) []entity.Word {
	for _, r := range x.wordRanges {
		if r.span.Start > s.Start || s.End > r.span.End {
			continue
		}
		ws := x.words[r.lo:r.hi]
		lo := sort.Search(len(ws), func(i int) bool { return ws[i].End > s.Start })
		hi := lo
		for hi < len(ws) && ws[hi].Start < s.End {
			hi++
		}
		if ws = ws[lo:hi]; len(ws) == 0 || ws[0].Start >= s.Start && ws[len(ws)-1].End <= s.End {
			return ws
		}
		break
	}
	return x.lx.Gazetteer.AppendWords(nil, x.d.Text, s.Start, s.End)
}

// sentenceWords gives the words of sentenceWordsSpec for the seeds'
// sentences in text order, with some skipped, and in a shuffled order.
func TestSentenceWordsAsSpec(t *testing.T) {
	lx := lexicon(t)
	rng := rand.New(rand.NewSource(5))
	for name, d := range seedDocs(t) {
		var spans []doc.Span
		for _, s := range d.Sentences {
			spans = append(spans, s.Span)
		}
		// Spans across sentences and paragraphs, and out of the text.
		for k := 0; k < 50 && len(d.Text) > 0; k++ {
			a := rng.Intn(len(d.Text))
			spans = append(spans, doc.Span{Start: a, End: a + rng.Intn(len(d.Text)-a+1)})
		}
		inOrder := slices.Clone(spans[:len(d.Sentences)])
		var skipped []doc.Span
		for _, s := range inOrder {
			if rng.Intn(3) > 0 {
				skipped = append(skipped, s)
			}
		}
		shuffled := slices.Clone(spans)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		for _, order := range [][]doc.Span{inOrder, skipped, shuffled} {
			x := &extractor{d: d, lx: lx}
			x.findOutsideReferences()
			for _, s := range order {
				want := slices.Clone(x.sentenceWordsSpec(s))
				if got := x.sentenceWords(s); !slices.Equal(got, want) {
					t.Fatalf("%s %v: sentenceWords %v, want %v", name, s, got, want)
				}
			}
		}
	}
}
