package legal

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// fuzzDoc builds a document straight from bytes, without ingestion:
// paragraphs are separated by blank lines, sentences end at ". ", and a
// "References" line opens a reference section. Invalid UTF-8 is kept.
func fuzzDoc(data []byte) *doc.Document {
	text := string(data)
	d := &doc.Document{Text: text}
	start := 0
	refsAt := -1
	flush := func(end int) {
		for start < end && (text[start] == '\n' || text[start] == ' ') {
			start++
		}
		if start >= end {
			return
		}
		p := doc.Paragraph{Span: doc.Span{Start: start, End: end}, Lang: "en"}
		if refsAt < 0 && strings.EqualFold(strings.TrimSpace(text[start:end]), "references") {
			refsAt = start
			p.Heading = true
		}
		d.Paragraphs = append(d.Paragraphs, p)
		s := start
		for i := start; i+1 < end; i++ {
			if text[i] == '.' && text[i+1] == ' ' {
				d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: s, End: i + 1}, Lang: "en"})
				s = i + 2
			}
		}
		if s < end {
			d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: s, End: end}, Lang: "en"})
		}
	}
	for i := 0; i+1 < len(text); i++ {
		if text[i] == '\n' && text[i+1] == '\n' {
			flush(i)
			start = i + 2
		}
	}
	flush(len(text))
	if refsAt >= 0 {
		d.Sections = []doc.Section{{Kind: doc.SectionReferences, Heading: "References", Span: doc.Span{Start: refsAt, End: len(text)}}}
	}
	return d
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Law of the Republic of Kazakhstan No. 477-IV “On Migration” (Ministry of Justice, 2012). This law applies.",
		"«Халықтың көші-қоны туралы» 2011 жылғы 22 шілдедегі № 477-IV ҚР Заңы. Бұл заң.",
		"Закон Республики Казахстан от 22 июля 2011 года № 477-IV «О миграции населения». Данный закон.",
		"Zakon o tujcih (Uradni list RS, št. 61/05) z dne 5. 7. 2018.",
		"References\n\nGovernment of the Republic of Kazakhstan. (2022, November 30). On Approval of the Concept (Resolution No. 961). https://adilet.zan.kz/rus/docs/P2200000961",
		"the 1951 Convention; Uzbekistan's 2030 strategy; the strategy \"Uzbekistan – 2030\" (2023); Decree No. UP-",
		"Law No. (\"«", "2021–2030 concept «»", "Resolution ( 2011 , No.",
		"Ресей Федерациясымен (2014), Оңтүстік Кореямен, Түркиямен келісім. Ресей мен Қазақстан арасындағы келісім 2015 жылы.",
		"2006 жылғы көші-қон рақымшылығына және 2013 жылғы заңнамалық түзетулерге. ЕАЭО мен Иран уақытша келісімге хаттамаға қол қойды.",
		"agreements with Qatar on employment; an agreement with South Korea; not in agreement with Russia; a deal with Qatar; to deal with",
		"sporazumi s Katarjem o zaposlovanju kazahstanskih državljanov; migracijsko politiko Kirgizistana za obdobje 2021–2030 ter uzbekistansko strategijo",
		"The Strategy was adopted. Strategy objectives include. some Strategy objectives. the EU temporary protection directive",
		"amendments to national laws in 2013; the 2006 amnesty; policy in 2011–2022; Правила въезда и пребывания иммигрантов в Республике Казахстан",
		"References\n\nDoe, A. (2021). The Concept of Migration Policy in Kazakhstan. https://x.kz/Law<a href=\"https://y\">Rules of Entry",
		"References\n\n- displacement: the temporary protection directive and www.eu.eu/Directive policy* (pp. 1).",
	} {
		f.Add([]byte(s))
	}
	lx := MustLoad()
	f.Fuzz(func(t *testing.T, data []byte) {
		d := fuzzDoc(data)
		ms := Extract(d, lx)
		checkSpans(t, d, ms)
		for i := range ms {
			if utf8.ValidString(d.Text) && !utf8.ValidString(ms[i].Text) {
				t.Fatalf("mention %d cuts a rune: %q", i, ms[i].Text)
			}
			_ = ELI(ms[i])
			_ = AdiletID(ms[i])
			if i > 0 {
				SameAct(ms[i-1], ms[i])
				Disagreements(ms[i-1], ms[i])
			}
			lx.TitleKey(ms[i].Title, ms[i].ActType, ms[i].Jurisdiction, ms[i].Period)
		}
		Cluster([][]Mention{ms, ms})
	})
}
