package claims

import (
	"strings"
	"testing"
)

// commaOutsideSpec is commaOutside without its shortcut for sentences where
// no attribution starts: the test oracle.
func commaOutsideSpec(sc *scan, from, to int) bool {
	depth := 0
	for j := from; j < to; j++ {
		switch sc.toks[j].text {
		case "(":
			depth++
		case ")":
			if depth > 0 {
				depth--
			}
		case ",":
			if depth == 0 && !sc.lx.attribution.has(sc.toks, j+1, sc.lang) && !(j > 0 && sc.attributionEndsAt(j)) {
				return true
			}
		}
	}
	return false
}

// commaOutside, with the sentence's sets bits read, answers as its oracle
// between every two tokens of the seeds' sentences and of sentences with
// attributions before, after and around their commas.
func TestCommaOutsideAbsentAttribution(t *testing.T) {
	lx := lexicon(t)
	type sentence struct{ text, lang string }
	var sents []sentence
	for _, d := range seedDocs(t) {
		for _, s := range d.Sentences {
			sents = append(sents, sentence{d.Text[s.Span.Start:s.Span.End], s.Lang})
		}
	}
	sents = append(sents,
		sentence{"According to the IOM, 20% of migrants, mostly men, left in 2023.", "en"},
		sentence{"The share, as reported by the ministry, was 12%, up from 9%.", "en"},
		sentence{"In 2022, 1.2 million people, data from Rosstat show, arrived.", "en"},
		sentence{"По данным МВД, в 2023 году, по оценкам экспертов, въехало 4,5 млн человек.", "ru"},
		sentence{"Ресми мәліметтерге сәйкес, 2023 жылы, деректері бойынша, 120 мың адам келді.", "kk"},
		sentence{"Po podatkih SURS, je leta 2023, vir: ZRSZ, prišlo 20 % več delavcev.", "sl"},
	)
	read, shortcut := 0, 0
	for _, s := range sents {
		toks := tokenize(nil, s.text, 0, len(s.text), s.lang)
		sets := lx.words.assign(toks, new(idCache))
		fast := &scan{lx: lx, toks: toks, lang: s.lang, sets: sets, setsOK: true}
		if fast.absent(lx.attribution) {
			shortcut++
		} else {
			read++
		}
		for from := 0; from <= len(toks); from++ {
			for to := from; to <= len(toks); to++ {
				if got, want := fast.commaOutside(from, to), commaOutsideSpec(fast, from, to); got != want {
					t.Fatalf("%q: commaOutside(%d, %d) = %v, want %v", s.text, from, to, got, want)
				}
			}
		}
	}
	if read < 6 || shortcut == 0 {
		t.Errorf("%d sentences with an attribution, %d without", read, shortcut)
	}
}

// isFirstWord answers as strings.HasPrefix(s, w+" ") (its spec).
func TestIsFirstWord(t *testing.T) {
	words := []string{"", "or", "or the", "или", "не", "a"}
	for _, w := range words {
		for _, s := range []string{"", " ", "or", "or ", "or the", "or the ", "or the capital", "ore", "or\tthe", "или Россия", "или", "нет", "не ", "a b", " or", "o"} {
			if got, want := isFirstWord(s, w), strings.HasPrefix(s, w+" "); got != want {
				t.Errorf("isFirstWord(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}
