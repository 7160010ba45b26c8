package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/nlp"
)

// The gold for this package is corpus/eval/gold/NNN/structure.json (format in
// corpus/eval/gold/README.md): paragraphs anchored by a verbatim context with
// their language, section headings with their kind, and runs of sentences.
// Anchors are verbatim substrings of the seed file, matched after deleting
// all white space and '-'. They are located in the ORIGINAL file, and the
// document's spans are carried there through its SourceMap, so the
// evaluation does not depend on how normalization rewrote the text (removed
// Markdown marks, joined hyphens) and checks the source map as it goes.

const seedDir = "../../seeds"
const goldDir = "../../corpus/eval/gold"

type goldStructure struct {
	Paragraphs []struct {
		Context string `json:"context"`
		Lang    string `json:"lang"`
	} `json:"paragraphs"`
	Sections []struct {
		Heading string `json:"heading"`
		Kind    string `json:"kind"`
	} `json:"sections"`
	Sentences [][]string `json:"sentences"`
}

type seedDoc struct {
	name string // "002"
	path string
	data []byte
	orig string // decoded original
	d    *doc.Document
	gold *goldStructure // nil when the seed has no structure gold
	sq   squeezed
}

var (
	seedOnce  sync.Once
	seedDocs  []*seedDoc
	seedErr   error
	testIngOn sync.Once
	testIng   *Ingester
)

func testIngester(t testing.TB) *Ingester {
	testIngOn.Do(func() {
		var err error
		testIng, err = New(nlp.MustLoad(), Options{})
		if err != nil {
			panic(err)
		}
	})
	return testIng
}

// loadSeeds builds every seed once for all the tests of the package.
func loadSeeds(t testing.TB) []*seedDoc {
	t.Helper()
	in := testIngester(t)
	seedOnce.Do(func() {
		paths, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
		sort.Strings(paths)
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				seedErr = err
				return
			}
			s := &seedDoc{name: filepath.Base(p)[:3], path: p, data: data}
			s.orig, _, err = DecodeText(data)
			if err != nil {
				seedErr = fmt.Errorf("%s: %v", p, err)
				return
			}
			s.d, err = in.Build(context.Background(), p, data)
			if err != nil {
				seedErr = fmt.Errorf("%s: %v", p, err)
				return
			}
			s.sq = squeeze(s.orig)
			if g, err := os.ReadFile(filepath.Join(goldDir, s.name, "structure.json")); err == nil {
				s.gold = &goldStructure{}
				if err := json.Unmarshal(g, s.gold); err != nil {
					seedErr = fmt.Errorf("%s gold: %v", s.name, err)
					return
				}
			}
			seedDocs = append(seedDocs, s)
		}
	})
	if seedErr != nil {
		t.Fatal(seedErr)
	}
	if len(seedDocs) == 0 {
		t.Skip("no seeds in " + seedDir)
	}
	return seedDocs
}

// squeezed is a text with white space and '-' deleted, with the original
// byte offset of every kept byte and, for every original byte, the
// squeezed index at or after it.
type squeezed struct {
	s      string
	toOrig []int // squeezed byte index → original byte offset
	toSq   []int // original byte offset → squeezed index of the first kept byte at or after it
}

func squeezeDrop(c rune) bool { return unicode.IsSpace(c) || c == '-' || c == '\u00AD' }

func squeeze(orig string) squeezed {
	var b strings.Builder
	q := squeezed{toSq: make([]int, len(orig)+1)}
	for i := 0; i < len(orig); {
		c, w := utf8.DecodeRuneInString(orig[i:])
		for k := 0; k < w; k++ {
			q.toSq[i+k] = b.Len()
		}
		if !squeezeDrop(c) {
			for k := 0; k < w; k++ {
				q.toOrig = append(q.toOrig, i+k)
			}
			b.WriteString(orig[i : i+w])
		}
		i += w
	}
	q.toSq[len(orig)] = b.Len()
	q.s = b.String()
	return q
}

func squeezeString(s string) string {
	return strings.Map(func(c rune) rune {
		if squeezeDrop(c) {
			return -1
		}
		return c
	}, s)
}

// find locates a gold anchor (from squeezed index from on) and returns its
// squeezed [start, end), or -1.
func (q squeezed) find(anchor string, from int) (int, int) {
	a := squeezeString(anchor)
	if a == "" || from > len(q.s) {
		return -1, -1
	}
	i := strings.Index(q.s[from:], a)
	if i < 0 {
		return -1, -1
	}
	return from + i, from + i + len(a)
}

// origOwner returns, for every original byte, the index of the paragraph
// whose normalized text maps to it (-1 for none: removed marks, spaces,
// running heads).
func origOwner(d *doc.Document, origLen int) []int {
	own := make([]int, origLen+1)
	for i := range own {
		own[i] = -1
	}
	for pi, p := range d.Paragraphs {
		for off := p.Span.Start; off < p.Span.End; off++ {
			if o := d.Source.Original(off); o >= 0 && o < len(own) {
				own[o] = pi
			}
		}
	}
	return own
}

// ownerAt returns the paragraph owning original offset o, looking a few
// bytes on when o itself was dropped (a Markdown mark).
func ownerAt(own []int, o, limit int) int {
	for k := o; k < len(own) && k < o+limit; k++ {
		if own[k] >= 0 {
			return own[k]
		}
	}
	return -1
}

type langTally map[string]*[2]int // gold lang → {correct, total}

func (t langTally) add(gold string, ok bool) {
	v := t[gold]
	if v == nil {
		v = &[2]int{}
		t[gold] = v
	}
	v[1]++
	if ok {
		v[0]++
	}
}

// headingNorm compares headings: case, white space, hyphens and Markdown
// marks do not matter.
func headingNorm(s string) string {
	s = strings.ToLower(squeezeString(s))
	return strings.Trim(strings.Map(func(c rune) rune {
		if strings.ContainsRune("*_#`\\", c) {
			return -1
		}
		return c
	}, s), ":.")
}

type prf struct{ tp, pred, gold int }

func (p prf) P() float64 { return ratio(p.tp, p.pred) }
func (p prf) R() float64 { return ratio(p.tp, p.gold) }
func (p prf) F1() float64 {
	if p.P()+p.R() == 0 {
		return 0
	}
	return 2 * p.P() * p.R() / (p.P() + p.R())
}
func (p prf) String() string {
	return fmt.Sprintf("P=%.3f R=%.3f F1=%.3f (tp %d, pred %d, gold %d)", p.P(), p.R(), p.F1(), p.tp, p.pred, p.gold)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// TestGoldParagraphLanguage compares the language of the paragraph holding
// each gold paragraph anchor with the gold, and checks that each anchor
// lies inside one paragraph (paragraphs rebuilt as a reader sees them).
func TestGoldParagraphLanguage(t *testing.T) {
	tally := langTally{}
	split, located := 0, 0
	for _, s := range loadSeeds(t) {
		if s.gold == nil {
			continue
		}
		own := origOwner(s.d, len(s.orig))
		for _, g := range s.gold.Paragraphs {
			a, e := s.sq.find(g.Context, 0)
			if a < 0 {
				t.Errorf("%s: gold context not found in seed: %q", s.name, g.Context)
				continue
			}
			located++
			first := ownerAt(own, s.sq.toOrig[a], 8)
			last := -1
			for k := e - 1; k >= a && last < 0; k-- {
				last = own[s.sq.toOrig[k]]
			}
			if first < 0 {
				t.Errorf("%s: gold paragraph %q is not in any paragraph (removed?)", s.name, g.Context)
				tally.add(g.Lang, false)
				continue
			}
			if first != last {
				split++
				t.Logf("%s: gold paragraph %q split across paragraphs %d and %d", s.name, short(g.Context), first, last)
			}
			got := s.d.Paragraphs[first].Lang
			tally.add(g.Lang, got == g.Lang)
			if got != g.Lang {
				t.Logf("%s: lang %s, gold %s: %q", s.name, got, g.Lang, short(s.d.Slice(s.d.Paragraphs[first].Span)))
			}
		}
	}
	var langs []string
	allOK, all := 0, 0
	for l := range tally {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		v := tally[l]
		t.Logf("paragraph language %-3s accuracy %.3f (%d/%d)", l, ratio(v[0], v[1]), v[0], v[1])
		allOK += v[0]
		all += v[1]
		if ratio(v[0], v[1]) < 0.95 {
			t.Errorf("paragraph language %s: accuracy %.3f < 0.95", l, ratio(v[0], v[1]))
		}
	}
	t.Logf("paragraph language overall accuracy %.3f (%d/%d); anchors split across paragraphs: %d/%d", ratio(allOK, all), allOK, all, split, located)
	if float64(split) > 0.05*float64(located) {
		t.Errorf("%d of %d gold paragraphs are split across several paragraphs", split, located)
	}
}

// TestGoldSections scores section detection: a predicted section is right
// when its heading and kind equal a gold section's.
func TestGoldSections(t *testing.T) {
	var all prf
	kindOK, headOK := 0, 0
	for _, s := range loadSeeds(t) {
		if s.gold == nil {
			continue
		}
		var r prf
		used := make([]bool, len(s.gold.Sections))
		r.gold = len(s.gold.Sections)
		for _, p := range s.d.Sections {
			r.pred++
			found := false
			for gi, g := range s.gold.Sections {
				if used[gi] || headingNorm(g.Heading) != headingNorm(p.Heading) {
					continue
				}
				used[gi], found = true, true
				headOK++
				if g.Kind == p.Kind {
					r.tp++
					kindOK++
				} else {
					t.Logf("%s: section %q is %s, gold %s", s.name, p.Heading, p.Kind, g.Kind)
				}
				break
			}
			if !found {
				t.Logf("%s: extra section %s %q", s.name, p.Kind, p.Heading)
			}
		}
		for gi, g := range s.gold.Sections {
			if !used[gi] {
				t.Logf("%s: missed section %s %q", s.name, g.Kind, g.Heading)
			}
		}
		t.Logf("%s: sections %v", s.name, r)
		all.tp += r.tp
		all.pred += r.pred
		all.gold += r.gold
	}
	t.Logf("sections (heading and kind): %v; headings found %d, of which kind right %d", all, headOK, kindOK)
	if all.P() < 0.9 || all.R() < 0.9 {
		t.Errorf("section detection below 0.9: %v", all)
	}
}

// TestGoldSentences scores sentence boundaries on the gold runs: inside each
// run's extent, the ends of predicted sentences against the ends of the gold
// sentences (both as positions in the squeezed original).
func TestGoldSentences(t *testing.T) {
	var all prf
	for _, s := range loadSeeds(t) {
		if s.gold == nil {
			continue
		}
		// Predicted sentence ends, as squeezed original positions.
		var ends []int
		for _, se := range s.d.Sentences {
			if se.Span.End <= se.Span.Start {
				continue
			}
			o := s.d.Source.Original(se.Span.End-1) + 1
			ends = append(ends, s.sq.toSq[min(o, len(s.orig))])
		}
		sort.Ints(ends)
		var r prf
		for _, run := range s.gold.Sentences {
			var gold []int
			from, runStart := 0, -1
			ok := true
			for i, sent := range run {
				sent = strings.TrimRight(sent, "*_`>")
				a, e := s.sq.find(sent, from)
				if a < 0 {
					t.Errorf("%s: gold sentence not found: %q", s.name, sent)
					ok = false
					break
				}
				if i == 0 {
					runStart = a
				}
				gold = append(gold, e)
				from = e
			}
			if !ok {
				continue
			}
			runEnd := gold[len(gold)-1]
			var pred []int
			for _, e := range ends {
				if e > runStart && e <= runEnd {
					pred = append(pred, e)
				}
			}
			tp := 0
			gs := map[int]bool{}
			for _, g := range gold {
				gs[g] = true
			}
			for _, p := range pred {
				if gs[p] {
					tp++
				} else {
					t.Logf("%s: extra boundary: …%s|%s…", s.name, tail(s.sq.s[:p], 40), head(s.sq.s[p:], 20))
				}
			}
			ps := map[int]bool{}
			for _, p := range pred {
				ps[p] = true
			}
			for _, g := range gold {
				if !ps[g] {
					t.Logf("%s: missed boundary: …%s|%s…", s.name, tail(s.sq.s[:g], 40), head(s.sq.s[g:], 20))
				}
			}
			r.tp += tp
			r.pred += len(pred)
			r.gold += len(gold)
		}
		t.Logf("%s: sentence boundaries %v", s.name, r)
		all.tp += r.tp
		all.pred += r.pred
		all.gold += r.gold
	}
	t.Logf("sentence boundaries: %v", all)
	if all.F1() < 0.95 {
		t.Errorf("sentence boundary F1 %.3f < 0.95", all.F1())
	}
}

func short(s string) string {
	if utf8.RuneCountInString(s) > 70 {
		return string([]rune(s)[:70]) + "…"
	}
	return s
}

func tail(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[len(r)-n:]
	}
	return string(r)
}

func head(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}
