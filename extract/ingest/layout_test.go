package ingest

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// TestDehyphenation: a word broken at a line end is joined only when the
// joined word is a word (the document attests it or a word family, or the
// word list has it); real compounds keep their hyphen. Kazakh, Russian and
// English, in PDF-like text (short broken lines).
func TestDehyphenation(t *testing.T) {
	// filler makes the text look laid out by a PDF and attests words.
	filler := func(lang string) string {
		switch lang {
		case "kk":
			return "Халықтың көпшілігі еңбек нарығына тәуелді болып\nтабылады және мигранттардың саны өсіп келеді,\nал тәуекелдер мен қатерлер әлі де оларды\nалаңдатады деп есептеледі зерттеушілер\n"
		case "ru":
			return "Особенности трудовой миграции рассматриваются\nв контексте регулирования, а миграционной\nполитики касаются и миграционных процессов\nв странах региона в последние годы\n"
		}
		return "The information on migration processes was\ncollected in the region, and particular\nattention was paid to the labour market\nand to the socioeconomic conditions\n"
	}
	tests := []struct {
		name, lang, left, right, want, notWant string
	}{
		{"kk broken word (word family)", "kk", "жалпы халықт-", "ағы жастардың үлесі жоғары.", "халықтағы", "халықт-ағы"},
		{"kk compound from list", "kk", "еңбек көші-", "қон ағындары артты.", "көші-қон", "көшіқон"},
		{"kk compound саяси-құқықтық", "kk", "саяси-", "құқықтық реттеу.", "саяси-құқықтық", "саясиқұқықтық"},
		{"kk dash before a word", "kk", "қауіп төндіреді. Тәуекел-", "оларды жұмысқа орналастыру.", "Тәуекел-оларды", "Тәуекеларды"},
		{"kk word list", "kk", "еңбек мигрант-", "тардың құқықтары.", "мигранттардың", "мигрант-тардың"},
		{"ru attested word", "ru", "рассматриваются особен-", "ности трудовой миграции.", "особенности", "особен-ности"},
		{"ru word family", "ru", "миграцион-", "ная политика меняется.", "миграционная", "миграцион-ная"},
		{"ru compound", "ru", "политико-", "правового регулирования.", "политико-правового", "политикоправового"},
		{"ru capital after hyphen", "ru", "отношения Россия-", "Казахстан развиваются.", "Россия-Казахстан", "РоссияКазахстан"},
		{"en word list", "en", "the infor-", "mation was used.", "information", "infor-mation"},
		{"en word family", "en", "particu-", "larly in the region.", "particularly", "particu-larly"},
		{"en compound from list", "en", "the socio-", "economic challenges.", "socio-economic", "socioeconomic challenges"},
		{"en compound, both parts words", "en", "the labour-", "market reforms.", "labour-market", "labourmarket"},
		{"en unattested stays", "en", "the qwzx-", "vrbl effect.", "qwzx-vrbl", "qwzxvrbl"},
		{"soft hyphen", "en", "the migra\u00ad", "tion of workers.", "migration", "migra tion"},
		{"across a page break", "en", "remittances are col-", "\nlected monthly.", "collected", "col-lected"},
	}
	in := testIngester(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := filler(tc.lang) + tc.left + "\n" + tc.right + "\n" + filler(tc.lang) + filler(tc.lang)
			d, err := in.Build(context.Background(), "x.txt", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(d.Text, tc.want) {
				t.Errorf("want %q in\n%s", tc.want, d.Text)
			}
			if strings.Contains(d.Text, tc.notWant) {
				t.Errorf("do not want %q in\n%s", tc.notWant, d.Text)
			}
			checkSpansMapBack(t, d, text)
		})
	}
}

// pdfLikeText builds a text saved from a PDF: pages of broken lines, with a
// running head on every page and a page number between pages.
func pdfLikeText(pages int) string {
	topics := []string{"еңбек көші-қонының", "ақша аударымдарының", "заңнаманың", "ынтымақтастықтың", "мигранттардың"}
	var b strings.Builder
	for p := 0; p < pages; p++ {
		if p > 0 {
			// The next page's running head, then its number.
			if p%2 == 1 {
				b.WriteString("\nТокмеилова М., Асхат Г., Әйтімбет Л. І.\n")
			} else {
				b.WriteString("\nАбылай хан атындағы ҚазХҚжӘТУ ХАБАРШЫСЫ\n\n")
			}
			fmt.Fprintf(&b, "\n%d\n\n", 100+p)
		}
		for k := 0; k < 6; k++ {
			fmt.Fprintf(&b, "Зерттеу барысында %s негізгі\nүрдістері мен құқықтық реттеу ерекшеліктері және\nмемлекетаралық деңгейі айқындалды.\n", topics[(p+k)%len(topics)])
		}
		b.WriteString("Бұл бөлімде еңбек мигранттарының құқықтарын қорғау\n")
	}
	b.WriteString("мәселелері қарастырылды.\n")
	return b.String()
}

// TestRunningHeadsText: running heads and lone page numbers of a text
// extracted from a PDF are removed and kept as page metadata; the paragraph
// cut by a page break is one paragraph again.
func TestRunningHeadsText(t *testing.T) {
	text := pdfLikeText(4)
	d, err := testIngester(t).Build(context.Background(), "x.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"Токмеилова", "ХАБАРШЫСЫ", "\n101", "102\n", "103"} {
		if strings.Contains(d.Text, bad) {
			t.Errorf("running head or page number %q left in the text", bad)
		}
	}
	if len(d.Pages) != 4 {
		t.Fatalf("%d pages, want 4: %+v", len(d.Pages), d.Pages)
	}
	for i, p := range d.Pages {
		if i > 0 && p.Printed != fmt.Sprint(100+i) {
			t.Errorf("page %d printed %q, want %d", i+1, p.Printed, 100+i)
		}
		if i > 0 && len(p.Removed) != 2 {
			t.Errorf("page %d removed %q, want the number and the head", i+1, p.Removed)
		}
	}
	// Pages tile the text.
	if d.Pages[0].Span.Start != 0 || d.Pages[len(d.Pages)-1].Span.End != len(d.Text) {
		t.Errorf("pages do not cover the text: %+v", d.Pages)
	}
	// "… құқықтарын қорғау" / page break / "мәселелері …" is one paragraph.
	i := strings.Index(d.Text, "қорғау мәселелері қарастырылды.")
	if i < 0 {
		t.Errorf("paragraph cut by the page break not rejoined:\n%s", d.Text)
	}
	checkSpansMapBack(t, d, text)
}

// fakePDF returns a PDFReader that serves fixed pages.
func fakePDF(pages [][]string) PDFReader {
	return func(ctx context.Context, data []byte) ([][]string, error) {
		if string(data) == "broken" {
			return nil, errors.New("not a PDF")
		}
		return pages, nil
	}
}

// TestPDFPages: the page-structured path. Running heads and page numbers at
// the top or bottom of most pages are removed and kept per page; a paragraph
// running over a page break is one paragraph; Position gives the page and the
// line counted from the top of the page.
func TestPDFPages(t *testing.T) {
	var pages [][]string
	subjects := []string{"Kyrgyzstan", "Tajikistan", "Uzbekistan", "Kazakhstan", "Turkmenistan"}
	verbs := []string{"grew steadily", "fell sharply", "changed direction", "doubled", "stagnated"}
	for p := 1; p <= 5; p++ {
		s, v := subjects[p-1], verbs[p-1]
		lines := []string{fmt.Sprintf("Central Asian Journal of Migration, Vol. 3, %d", 2020+p%2)}
		if p == 1 {
			lines = []string{"LABOUR MIGRATION IN CENTRAL ASIA", "", "Abstract", "This paper studies migration."}
		}
		lines = append(lines,
			fmt.Sprintf("Labour migration from %s %s over the", s, v),
			fmt.Sprintf("last decade, and remittances to %s became a major", s),
			"source of income for households. The share of",
			fmt.Sprintf("remittances in the GDP of %s reached a record.", s),
			"",
			fmt.Sprintf("On page %d the authors discuss how %s regulates", p, s),
			fmt.Sprintf("migration and the agreements it signed, which %s", v),
		)
		if p < 5 {
			lines = append(lines, fmt.Sprintf("between %s and the countries of desti-", s))
		} else {
			lines = append(lines, "between the countries of origin and destination.")
		}
		lines = append(lines, fmt.Sprintf("%d", 10+p))
		if p > 1 {
			// The paragraph cut at the end of the previous page goes on.
			lines = append([]string{lines[0], fmt.Sprintf("nation, which shape the flows of workers from %s.", s)}, lines[1:]...)
		}
		pages = append(pages, lines)
	}
	in, err := New(testIngester(t).nlp, Options{PDF: fakePDF(pages)})
	if err != nil {
		t.Fatal(err)
	}
	d, err := in.Build(context.Background(), "paper.pdf", []byte("%PDF-1.7"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Format != doc.FormatPDF || len(d.Pages) != 5 {
		t.Fatalf("format %s, %d pages", d.Format, len(d.Pages))
	}
	if strings.Contains(d.Text, "Journal of Migration") {
		t.Errorf("running head left in the text:\n%s", d.Text)
	}
	for i, p := range d.Pages {
		if p.Printed != fmt.Sprint(11+i) {
			t.Errorf("page %d printed %q, want %d", i+1, p.Printed, 11+i)
		}
		if i > 0 && len(p.Removed) != 2 {
			t.Errorf("page %d removed %q", i+1, p.Removed)
		}
	}
	if !strings.Contains(d.Text, "of destination, which shape") {
		t.Errorf("word broken over the page break not joined:\n%s", d.Text)
	}
	// Positions: page and line from the top of the page.
	i := strings.Index(d.Text, "On page 3")
	if i < 0 {
		t.Fatalf("text lost:\n%s", d.Text)
	}
	if p := d.Position(i); p.Page != 3 || p.Line != 8 || p.Column != 1 {
		t.Errorf("Position of \"On page 3\" = %+v, want page 3 line 8 column 1", p)
	}
	if p := d.Position(strings.Index(d.Text, "Abstract")); p.Page != 1 || p.Line != 3 {
		t.Errorf("Position of Abstract = %+v, want page 1 line 3", p)
	}
	if pg := d.PageAt(i); pg != 3 {
		t.Errorf("PageAt = %d, want 3", pg)
	}
	if len(d.Sections) == 0 || d.Sections[0].Kind != doc.SectionOther || d.Title != "LABOUR MIGRATION IN CENTRAL ASIA" {
		t.Errorf("title %q, sections %+v", d.Title, d.Sections)
	}
	// Errors from the reader are PDF-stage errors; no reader is one too.
	_, err = in.Build(context.Background(), "x.pdf", []byte("broken"))
	var ie *Error
	if !errors.As(err, &ie) || ie.Stage != StagePDF {
		t.Errorf("reader error: %v", err)
	}
	_, err = testIngester(t).Build(context.Background(), "x.pdf", []byte("%PDF"))
	if !errors.As(err, &ie) || ie.Stage != StagePDF {
		t.Errorf("no reader: %v", err)
	}
}

// TestFormFeedPages: pdftotext output keeps pages apart with form feeds.
func TestFormFeedPages(t *testing.T) {
	page := "Migration Review 2024\nLabour migration from %s grew steadily over the\nlast decade and remittances became a major source of\n%s for households in the region.\n%d\n"
	var b strings.Builder
	for p := 1; p <= 3; p++ {
		if p > 1 {
			b.WriteByte('\f')
		}
		fmt.Fprintf(&b, page, []string{"Kyrgyzstan", "Tajikistan", "Uzbekistan"}[p-1], []string{"income", "money", "welfare"}[p-1], p)
	}
	d, err := testIngester(t).Build(context.Background(), "x.txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Pages) != 3 || strings.Contains(d.Text, "Migration Review") {
		t.Errorf("pages %+v, text %q", d.Pages, d.Text)
	}
	// Lines stay the file's lines for text (no page-relative counting).
	if p := d.Position(strings.Index(d.Text, "income")); p.Page != 0 || p.Line != 4 {
		t.Errorf("position %+v", p)
	}
}

// TestFormFeedLines: a form feed ends a line (Build tells layout whether
// the text has any), so each page's text is its own.
func TestFormFeedLines(t *testing.T) {
	tests := []struct {
		in    string
		pages []string // the text of each page
	}{
		{"One line\n\fTwo line\n", []string{"One line", "Two line"}},
		{"Page one, first line\nand second.\n\fPage two.\n\fPage three.", []string{"Page one, first line and second.", "Page two.", "Page three."}},
	}
	in := testIngester(t)
	for _, tc := range tests {
		d, err := in.Build(context.Background(), "x.txt", []byte(tc.in))
		if err != nil {
			t.Fatal(err)
		}
		var pages []string
		for _, p := range d.Pages {
			pages = append(pages, strings.TrimSpace(d.Slice(p.Span)))
		}
		if !reflect.DeepEqual(pages, tc.pages) {
			t.Errorf("%q: pages %q, want %q", tc.in, pages, tc.pages)
		}
	}
}

// TestHomoglyphRepair: Latin/Cyrillic look-alikes inside mixed-script words
// are repaired toward the word's script; single-script words and words
// mixing letters that have no look-alike stay.
func TestHomoglyphRepair(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Studies by Ваshir, Кitachaev and Nаzarbayev (2020).", "Studies by Bashir, Kitachaev and Nazarbayev (2020)."},
		{"В Кaзахстане и Кыргызстaне.", "В Казахстане и Кыргызстане."},
		{"Қазақстандa еңбек нaрығы.", "Қазақстанда еңбек нарығы."},
		{"Plain English and чистый русский.", "Plain English and чистый русский."},
		{"ТМД/CIS and COVID-19.", "ТМД/CIS and COVID-19."},
	}
	in := testIngester(t)
	for _, tc := range tests {
		d, err := in.Build(context.Background(), "x.txt", []byte(tc.in))
		if err != nil {
			t.Fatal(err)
		}
		if d.Text != tc.want {
			t.Errorf("%q → %q, want %q", tc.in, d.Text, tc.want)
		}
		checkSpansMapBack(t, d, tc.in)
		// Each letter maps to a letter of the same word.
		for i := range d.Text {
			if o := d.Source.Original(i); o < 0 || o >= len(tc.in) {
				t.Fatalf("offset %d maps to %d, outside the input", i, o)
			}
		}
	}
	// Seed 004 has "Ваshir, Кitachaev".
	for _, s := range loadSeeds(t) {
		if s.name == "004" {
			if !strings.Contains(s.d.Text, "Bashir") || !strings.Contains(s.d.Text, "Kitachaev") || strings.Contains(s.d.Text, "Ваshir") {
				t.Errorf("004: homoglyphs not repaired")
			}
			i := strings.Index(s.d.Text, "Bashir")
			if o := s.d.Source.Original(i); !strings.HasPrefix(s.orig[o:], "Ваshir") {
				t.Errorf("Bashir maps to %q", s.orig[o:o+10])
			}
		}
	}
}

// TestCharacterNormalization: NFC, soft hyphens, ligatures, kept spaces.
func TestCharacterNormalization(t *testing.T) {
	tests := []struct{ in, want string }{
		{"e\u0301migre\u0301 cafe\u0301", "émigré café"},
		{"soft\u00adhyphen and zero\u200bwidth\ufeff", "softhyphen and zerowidth"},
		{"\ufb01nancial e\ufb00ect \ufb02ows \ufb03x \ufb04y \ufb05 \ufb06", "financial effect flows ffix ffly st st"},
		{"165\u00a0000 and 12\u202f500 people, 2\u2009000", "165\u00a0000 and 12\u202f500 people, 2\u2009000"},
		{"m² and ½ and 5‰ stay", "m² and ½ and 5‰ stay"},
		{"tab\there", "tab here"},
		{"Й and й stay composed: и\u0306", "Й and й stay composed: й"},
	}
	in := testIngester(t)
	for _, tc := range tests {
		d, err := in.Build(context.Background(), "x.txt", []byte(tc.in))
		if err != nil {
			t.Fatal(err)
		}
		if d.Text != tc.want {
			t.Errorf("%q → %q, want %q", tc.in, d.Text, tc.want)
		}
		checkSpansMapBack(t, d, tc.in)
	}
}

func TestRuneCountValid(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	runes := []rune{'a', ' ', 'Ж', 'қ', 'č', '…', '€', '😀', '\u00A0', 'ß'}
	for k := 0; k < 5000; k++ {
		var b strings.Builder
		// Long texts too: the byte lanes are added up every 127 rounds.
		length := rng.Intn(40)
		if k%10 == 0 {
			length = rng.Intn(3000)
		}
		for n := length; n > 0; n-- {
			b.WriteRune(runes[rng.Intn(len(runes))])
		}
		if s := b.String(); runeCountValid(s) != utf8.RuneCountInString(s) {
			t.Fatalf("runeCountValid(%q) = %d", s, runeCountValid(s))
		}
	}
	// Runs of one rune, every length up to 40 (the tail read shifted) and
	// long ones: four-byte runes fill three byte lanes of every word, the
	// most a lane can count before the lanes are added up.
	for _, r := range []string{"a", "Ж", "…", "😀"} {
		for n := 0; n <= 40; n++ {
			if s := strings.Repeat(r, n); runeCountValid(s) != n {
				t.Fatalf("runeCountValid(%q) = %d", s, runeCountValid(s))
			}
		}
		for _, n := range []int{1000, 4096, 9999} {
			if s := strings.Repeat(r, n); runeCountValid(s) != n {
				t.Fatalf("runeCountValid(%d × %q) = %d", n, r, runeCountValid(s))
			}
		}
	}
}

func TestRuneCount(t *testing.T) {
	for _, s := range []string{"", "abc", "Қазақстан", "Čeština ßü", "a\xffb", "\xd0", "\xd0a", "\xe2\x80\xa6 …", "\xc0\x80", "\xf0\x9f\x98\x80x", "\xed\xa0\x80", "abcdefghijklmnopq", "abcdefgЖhijklmnopqrstu\xffvwxyzabcdefgh", "Қазақстан Республикасы 2024 abcdefgh"} {
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestParaEnds checks that the tests of a paragraph's end and start read on
// its tail and start (repairFootnoteBreaks) what they read on its whole text.
func TestParaEnds(t *testing.T) {
	parts := []string{"word", " ", ")", "\u00A0", ",", "»", "слово.", "", "\t", strings.Repeat("x", 70), strings.Repeat(")", 70), strings.Repeat(" ", 70), "«(", "a"}
	rng := rand.New(rand.NewSource(1))
	for k := 0; k < 20000; k++ {
		p := &para{}
		var ps []piece
		for n := 1 + rng.Intn(6); n > 0; n-- {
			ps = append(ps, piece{text: parts[rng.Intn(len(parts))]})
		}
		p.add(ps, nil)
		full := strings.TrimSpace(p.text())
		tl := p.end()
		if (full == "") != (tl == "") || endsSentence(full) != endsSentence(tl) || lastWordLower(full) != lastWordLower(tl) || strings.HasSuffix(full, ",") != strings.HasSuffix(tl, ",") {
			t.Fatalf("%q: tail %q", p.text(), tl)
		}
		if startsLower(p.text()) != startsLower(p.start()) {
			t.Fatalf("%q: start %q", p.text(), p.start())
		}
	}
}

// TestNameListShape checks that the quick shape test never rejects what
// the name-list pattern accepts, on the seeds' lines and on author lines.
func TestNameListShape(t *testing.T) {
	lines := []string{"Токмеилова М., Асхат Г., Әйтімбет Л. І.", "*Tokmeilova M.1, Askhat G.2, Aitimbet L.3", "Ainura ASKAROVA, Darygul ZHOLBOLDUEVA", "Žagar Š., Čeh A.‡", "Smith J.\u00A0, Doe A."}
	paths, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	for _, l := range lines {
		for _, s := range []string{l, strings.TrimSpace(l)} {
			m := strings.Map(func(c rune) rune {
				if c >= '0' && c <= '9' || c == '*' || c == '†' || c == '‡' {
					return -1
				}
				return c
			}, s)
			m = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(m), ","))
			if nameListRe.MatchString(m) && !nameListShape(s) {
				t.Errorf("nameListShape(%q) = false, but the pattern matches %q", s, m)
			}
		}
	}
}

func TestPlainASCIIPrefix(t *testing.T) {
	naive := func(s string) int {
		for i := 0; i < len(s); i++ {
			if c := s[i]; c >= utf8.RuneSelf || c < ' ' || c == 0x7F {
				return i
			}
		}
		return len(s)
	}
	for b := 0; b < 256; b++ {
		for _, n := range []int{1, 7, 8, 9, 16, 23} {
			for at := 0; at < n; at++ {
				s := []byte(strings.Repeat("a ~!", 8)[:n])
				s[at] = byte(b)
				if got, want := plainASCIIPrefix(string(s)), naive(string(s)); got != want {
					t.Fatalf("plainASCIIPrefix(%q) = %v", s, got)
				}
			}
		}
	}
}

func TestTrimSentence(t *testing.T) {
	parts := []string{"a", " ", "\t", "\"", "'", "”", "»", "“", "«", "(", ")", "*", "_", "#", ".", "\xe2", "\x80", "\x9d", "\xbb", "\xc2", "я"}
	rng := rand.New(rand.NewSource(1))
	for k := 0; k < 50000; k++ {
		var b strings.Builder
		for n := rng.Intn(7); n > 0; n-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		s := b.String()
		if got, want := trimSentenceEnd(s), strings.TrimRight(s, " \t\"'”»)*_"); got != want {
			t.Fatalf("trimSentenceEnd(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimSentenceStart(s), strings.TrimLeft(s, " \t\"'“«(*_"); got != want {
			t.Fatalf("trimSentenceStart(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimHeadingMarks(s), strings.Trim(s, "*_#"); got != want {
			t.Fatalf("trimHeadingMarks(%q) = %q, want %q", s, got, want)
		}
	}
}

// endsSentenceDecoding and endsClauseDecoding are endsSentence and
// endsClause as they were written before they read the last byte: the
// oracles of TestEndsSentence.
func endsSentenceDecoding(t string) bool {
	t = trimSentenceEnd(t)
	if t == "" {
		return false
	}
	c, _ := utf8.DecodeLastRuneInString(t)
	return c == '.' || c == '!' || c == '?' || c == '…' || c == ':'
}

func endsClauseDecoding(t string) bool {
	t = trimSentenceEnd(t)
	if t == "" {
		return false
	}
	c, _ := utf8.DecodeLastRuneInString(t)
	return c == '.' || c == '!' || c == '?' || c == '…' || c == ';'
}

// TestEndsSentence compares endsSentence and endsClause with the decoding
// oracles on random texts of terminators, closing marks, letters and
// broken UTF-8 (parts of "…" and other runes).
func TestEndsSentence(t *testing.T) {
	parts := []string{"a", "я", " ", ".", "!", "?", ":", ";", "…", "\xe2", "\x80", "\xa6", "\xe2\x80", "\x80\xa6", "\xf0", "”", "»", ")", "\"", "*", "_", "—", "\u2026"}
	rng := rand.New(rand.NewSource(31))
	for k := 0; k < 200000; k++ {
		var b strings.Builder
		for n := rng.Intn(6); n > 0; n-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		s := b.String()
		if got, want := endsSentence(s), endsSentenceDecoding(s); got != want {
			t.Fatalf("endsSentence(%q) = %v, want %v", s, got, want)
		}
		if got, want := endsClause(s), endsClauseDecoding(s); got != want {
			t.Fatalf("endsClause(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPageNumberMatchesRegexp compares pageNumber with its regexp alone on
// random short texts of the regexp's words and signs, other letters (in
// both cases, ſ and K that fold to s and k) and digits.
func TestPageNumberMatchesRegexp(t *testing.T) {
	parts := []string{"page", "PAGE", "Page", "p.", "P.", "стр.", "СТР.", "с.", "бет", "str.", "STR.", "ſtr.", "of", "OF", "из", "/", "-", "–", "—",
		" ", "\t", "1", "12", "2024", "12345", "a", "b", "k", "K", "x", "Table", "ж", ".", "ſ"}
	rng := rand.New(rand.NewSource(41))
	found := 0
	for k := 0; k < 300000; k++ {
		var b strings.Builder
		for n := rng.Intn(5); n >= 0; n-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		s := b.String()
		want := ""
		if len(s) <= 24 {
			if m := pageNumberLine.FindStringSubmatch(s); m != nil {
				want = m[1]
			}
		}
		if got := pageNumber(s); got != want {
			t.Fatalf("pageNumber(%q) = %q, want %q", s, got, want)
		}
		if want != "" {
			found++
		}
	}
	if found < 1000 {
		t.Fatalf("only %d page numbers found", found)
	}
}
