package ingest

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestSections: headings in the four languages, in capitals, numbered, in
// Markdown, and run in ("Abstract: …"), with their kinds.
func TestSections(t *testing.T) {
	body := "This paragraph is the body of the section and it has enough words to be prose in the document."
	ru := "Этот абзац является текстом раздела, и в нём достаточно слов для того, чтобы быть прозой."
	kk := "Бұл абзац бөлімнің мәтіні болып табылады және онда сөздер жеткілікті."
	sl := "Ta odstavek je besedilo razdelka in ima dovolj besed, da je proza v dokumentu."
	tests := []struct {
		name, path, text string
		want             string // kind:heading, comma separated
	}{
		{"english plain", "x.txt", "Abstract\n\n" + body + "\n\nIntroduction\n\n" + body + "\n\nMaterials and methods\n\n" + body + "\n\nResults\n\n" + body + "\n\nDiscussion\n\n" + body + "\n\nConclusions\n\n" + body + "\n\nAcknowledgments\n\n" + body + "\n\nReferences\n\n" + body + "\n",
			"abstract:Abstract,introduction:Introduction,methods:Materials and methods,results:Results,discussion:Discussion,conclusion:Conclusions,acknowledgments:Acknowledgments,references:References"},
		{"numbered", "x.txt", "1. Introduction\n\n" + body + "\n\n2. Data and methods\n\n" + body + "\n\n2.1 Survey design\n\n" + body + "\n\n3. Results\n\n" + body + "\n",
			"introduction:1. Introduction,methods:2. Data and methods,results:3. Results"},
		{"russian capitals", "x.txt", "АННОТАЦИЯ\n\n" + ru + "\n\nКлючевые слова: миграция, труд.\n\nВВЕДЕНИЕ\n\n" + ru + "\n\nЗАКЛЮЧЕНИЕ\n\n" + ru + "\n\nСПИСОК ЛИТЕРАТУРЫ\n\n" + ru + "\n",
			"abstract:АННОТАЦИЯ,keywords:Ключевые слова,introduction:ВВЕДЕНИЕ,conclusion:ЗАКЛЮЧЕНИЕ,references:СПИСОК ЛИТЕРАТУРЫ"},
		{"kazakh run-in and inflected", "x.txt", "Аңдатпа. " + kk + "\n\nТүйін сөздер: көші-қон, еңбек.\n\nКіріспе\n\n" + kk + "\n\nМатериалдар мен әдістерді сипаттау\n\n" + kk + "\n\nНәтижелер\n\n" + kk + "\n\nТалқылау\n\n" + kk + "\n\nҚорытынды\n\n" + kk + "\n\nӘДЕБИЕТТЕР\n\n" + kk + "\n",
			"abstract:Аңдатпа,keywords:Түйін сөздер,introduction:Кіріспе,methods:Материалдар мен әдістерді сипаттау,results:Нәтижелер,discussion:Талқылау,conclusion:Қорытынды,references:ӘДЕБИЕТТЕР"},
		{"slovenian", "x.txt", "IZVLEČEK\n\n" + sl + "\n\nKLJUČNE BESEDE: migracije, delo\n\nUvod\n\n" + sl + "\n\nSklep\n\n" + sl + "\n\nPOVZETEK\n\n" + sl + "\n\nLiteratura\n\n" + sl + "\n",
			"abstract:IZVLEČEK,keywords:KLJUČNE BESEDE,introduction:Uvod,conclusion:Sklep,abstract:POVZETEK,references:Literatura"},
		{"markdown levels", "x.md", "# A Title of the Paper Here\n\n## Introduction\n\n" + body + "\n\n### Background of the region\n\n" + body + "\n\n## Theoretical framework\n\n" + body + "\n\n## Results\n\n" + body + "\n\n### Uzbekistan\n\n" + body + "\n",
			"other:A Title of the Paper Here,introduction:Introduction,introduction:Background of the region,other:Theoretical framework,results:Results,results:Uzbekistan"},
		{"markdown run-in bold", "x.md", "**Abstract:** " + body + "\n\n**Keywords:** migration, labor.\n\n**Introduction:** " + body + "\n",
			"abstract:Abstract,keywords:Keywords,introduction:Introduction"},
		{"subtitle stays in its section", "x.txt", "ABSTRACT\n\nCurrent Migration Trends in Central Asia\n\n" + body + "\n\nINTRODUCTION\n\n" + body + "\n",
			"abstract:ABSTRACT,introduction:INTRODUCTION"},
		{"a literature review is no reference list", "x.md", "## INTRODUCTION\n\n" + body + "\n\n#### **LITERATURE REVIEW**\n\n" + body + "\n\nLiterature Review and Hypotheses\n\n" + body + "\n\nӘдебиеттер шолуы\n\n" + kk + "\n\n## Literature\n\n" + body + "\n",
			"introduction:INTRODUCTION,other:LITERATURE REVIEW,other:Literature Review and Hypotheses,other:Әдебиеттер шолуы,references:Literature"},
		{"metadata is no heading", "x.txt", "COBISS: 1.01\n\nISSN 0353-6777\n\nDVE DOMOVINI • TWO HOMELANDS 63 • 2026\n\nINTRODUCTION\n\n" + body + "\n",
			"introduction:INTRODUCTION"},
	}
	in := testIngester(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := in.Build(context.Background(), tc.path, []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range d.Sections {
				got = append(got, s.Kind+":"+s.Heading)
			}
			if strings.Join(got, ",") != tc.want {
				t.Errorf("sections\n got  %s\n want %s", strings.Join(got, ","), tc.want)
			}
		})
	}
}

// TestHeadingKinds: reference-list headings as journals in the four
// languages write them, and body headings whose first word alone would make
// them one (a reference list's text is skipped by the extractors).
func TestHeadingKinds(t *testing.T) {
	in := testIngester(t)
	for _, tc := range []struct{ heading, want string }{
		{"References", "references"},
		{"List of references", "references"},
		{"Literature cited", "references"},
		{"References (in Russian)", "references"},
		{"Список использованной литературы", "references"},
		{"Использованная литература", "references"},
		{"Библиографический список", "references"},
		{"Пайдаланылған әдебиет", "references"},
		{"Әдебиет", "references"},
		{"Viri in literatura", "references"},
		{"Literature review", "other"},
		{"Literature review and hypotheses", "other"},
		{"Әдебиет шолуы", "other"},
		{"Sources of data", "methods"},
		{"Sources and methods", "methods"},
	} {
		if got := in.headingKind(tc.heading); got != tc.want {
			t.Errorf("headingKind(%q) = %q, want %q", tc.heading, got, tc.want)
		}
	}
}

// TestParagraphs: lines are rebuilt into paragraphs as a reader sees them.
func TestParagraphs(t *testing.T) {
	long := func(k int) string {
		return fmt.Sprintf("Paragraph %d is long enough to be written on a single line of a text file without any hard wraps at all, as converters do when they save one paragraph per line, so that the reader sees it whole.", k)
	}
	tests := []struct {
		name, path, text string
		want             int
	}{
		{"one paragraph per line", "x.txt", long(1) + "\n" + long(2) + "\n" + long(3) + "\n" + long(4) + "\n", 4},
		{"hard-wrapped markdown", "x.md", "A paragraph wrapped at a fixed width. It goes\non over several lines. Each line may end a\nsentence.\nAnd the paragraph still goes on.\n\nA second one.\n", 2},
		{"page break mid-sentence", "x.txt", long(1) + "\n\n" + strings.TrimSuffix(long(2), ", so that the reader sees it whole.") + " and the\n\ncontinuation after the page break ends it.\n", 2},
		{"list items", "x.md", "Intro:\n\n- first\n- second\n\n1. one\n2. two\n", 5},
		{"URL cut at a hyphen, next entry", "x.txt", "Watch. A report. https://www.hrw.org/report/turkmen-\n\nHuman Rights Watch. Another report. 2025.\n\ncitizens-turkiye.\n", 3},
		{"URL cut at a hyphen, its rest", "x.txt", "Watch. A report. https://www.hrw.org/report/turkmen-\n\ncitizens-turkiye.\n", 1},
	}
	in := testIngester(t)
	for _, tc := range tests {
		d, err := in.Build(context.Background(), tc.path, []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Paragraphs) != tc.want {
			var ps []string
			for _, p := range d.Paragraphs {
				ps = append(ps, d.Slice(p.Span))
			}
			t.Errorf("%s: %d paragraphs, want %d: %q", tc.name, len(d.Paragraphs), tc.want, ps)
		}
	}
}
