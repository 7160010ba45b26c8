package refs

import (
	"reflect"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/extract/doc"
)

var testLex = MustLoad()

func names(ns []Name) string {
	var parts []string
	for _, n := range ns {
		if n.Literal != "" {
			parts = append(parts, "{"+n.Literal+"}")
			continue
		}
		parts = append(parts, n.Family+"|"+n.Given)
	}
	return strings.Join(parts, "; ")
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, raw string
		want      map[string]string
	}{
		{"apa journal", "- Adamowicz, M., & Zwolińska-Ligaj, M. (2020). The “smart village” as a way to achieve sustainable development in rural areas of Poland. *Sustainability*, 12(16), 6503. <https://doi.org/10.3390/su12166503>",
			map[string]string{"type": "article-journal", "author": "Adamowicz|M.; Zwolińska-Ligaj|M.", "year": "2020", "title": "The “smart village” as a way to achieve sustainable development in rural areas of Poland", "container": "Sustainability", "volume": "12", "issue": "16", "page": "6503", "doi": "10.3390/su12166503"}},
		{"apa kyzy and hyphenated initials", "Askarov, U., Sultanova, M., Akbar kyzy, E., Salieva, D., & Dzheenbaeva, K.-M. (2024). Legal factors influencing social integration of labour migrants from Central Asia. Social and Legal Studies, 7(3), 44–54. https://doi.org/10.32518/sals3.2024.44",
			map[string]string{"author": "Askarov|U.; Sultanova|M.; Akbar kyzy|E.; Salieva|D.; Dzheenbaeva|K.-M.", "page": "44–54", "container": "Social and Legal Studies"}},
		{"apa organisation with suffix", "National Statistical Committee of the Kyrgyz Republic. (2023a). *Average monthly salary*. Stat.gov.kg. <https://stat.gov.kg/ru/opendata/category/112>",
			map[string]string{"author": "{National Statistical Committee of the Kyrgyz Republic}", "year": "2023", "suffix": "a", "title": "Average monthly salary", "url": "https://stat.gov.kg/ru/opendata/category/112"}},
		{"apa title with a phrase that labels URLs elsewhere", "Ministry of Labor and Social Protection of Population of the Republic of Kazakhstan. (2023, June 6). Ata Zholy card will be available from July 2023. Gov.kz. https://www.gov.kz/memleket/entities/enbek/press/news/details/568500",
			map[string]string{"title": "Ata Zholy card will be available from July 2023", "url": "https://www.gov.kz/memleket/entities/enbek/press/news/details/568500"}},
		{"apa title opened by a quotation", "Aibashov, K. (2024, May 8). “Many were brought in by fraud.” Will Kyrgyzstan be able to combat illegal migration? Radio Azattyk. https://rus.azattyk.org/a/32937697.html",
			map[string]string{"title": "“Many were brought in by fraud.” Will Kyrgyzstan be able to combat illegal migration?", "container": "Radio Azattyk"}},
		{"quoted title before its editor", "Kelleter, Frank, and Daniel Stein (2012). “Autorisierungspraktiken seriellen Erzählens.” Frank Kelleter (ed.). Populäre Serialität. Bielefeld: transcript. 259–90.",
			map[string]string{"title": "Autorisierungspraktiken seriellen Erzählens"}},
		{"gost quotation continued", "Informatsionnoye agentstvo «Tengrinews» «Kazhetsya, seychas prosnemsya i vse zakonchitsya». V Kazakhstan yedut zhiteli Ukrainy i Rossii. 11 marta 2022 goda. Elektronnyy resurs. URL: https://tengrinews.kz/article/1757 (data obrashcheniya: 28.08.2022).",
			map[string]string{"title": "«Kazhetsya, seychas prosnemsya i vse zakonchitsya». V Kazakhstan yedut zhiteli Ukrainy i Rossii"}},
		{"available from label", "Reed, H. (2018). Forced migration. Available from: https://example.org/reed.pdf",
			map[string]string{"title": "Forced migration", "url": "https://example.org/reed.pdf"}},
		{"apa full date news", "Asia-Plus. (2022, October 17). *More than 200,000 Russian citizens enter Central Asia's nations after Russia's invasion of Ukraine*. ASIA-Plus. <https://asiaplustj.info/ru/node/317631>",
			map[string]string{"author": "{Asia-Plus}", "date": "2022-10-17"}},
		{"apa chapter", "Agarwal, C. (2022). Exploring the government legislation and societal values. In R. R. Saini, M. Saini & V. Jain (Eds.), *Human Resources Planning and Development* (pp. 68–75). Books Arcade. <https://www.booksarcade.co.in/x.pdf>",
			map[string]string{"type": "chapter", "editor": "Saini|R. R.; Saini|M.; Jain|V.", "container": "Human Resources Planning and Development", "page": "68–75", "publisher": "Books Arcade"}},
		{"apa legislation", "Government of the Kyrgyz Republic. (2021). *On Approval of the Concept of Migration Policy of the Kyrgyz Republic for 2021–2030 years* (Resolution No. 191). PRG.kz. https://prg.kz/document/?doc_id=38444299",
			map[string]string{"type": "legislation", "author": "{Government of the Kyrgyz Republic}", "year": "2021"}},
		{"numbered gost transliterated", "20. Khamzin A.Sh., Shakenov A.O., Boretskiy A.V. International labor migration: features of the Eurasian model. Vestnik Karagandinskogo universiteta. Seriya «Pravo». – 2021. – № 3(103). – S. 56-64.",
			map[string]string{"author": "Khamzin|A.Sh.; Shakenov|A.O.; Boretskiy|A.V.", "year": "2021", "title": "International labor migration: features of the Eurasian model", "page": "56-64", "language": "ru-Latn"}},
		{"translit news with access date", "14. Informatsionnoye agentstvo «365info.kz» Vse bol'she rossiyan podayut zayavleniye na prozhivaniye v Kazakhstane. 14 aprelya 2022 goda. Elektronnyy resurs. URL: <https://365info.kz/2022/04/vse> (data obrashcheniya: 28.08.2022).",
			map[string]string{"author": "{Informatsionnoye agentstvo «365info.kz»}", "date": "2022-4-14", "accessed": "2022-8-28", "title": "Vse bol'she rossiyan podayut zayavleniye na prozhivaniye v Kazakhstane", "url": "https://365info.kz/2022/04/vse"}},
		{"gost cyrillic", "Иванов И.И., Петров П.П. Трудовая миграция в Центральной Азии // Вестник КазНУ. – 2019. – № 3. – С. 53–63.",
			map[string]string{"author": "Иванов|И.И.; Петров|П.П.", "year": "2019", "title": "Трудовая миграция в Центральной Азии", "container": "Вестник КазНУ", "issue": "3", "page": "53–63", "language": "ru", "type": "article-journal"}},
		{"gost russian date", "Сидоров А.А. Мигранты возвращаются домой // Известия. – 5 марта 2022 г.",
			map[string]string{"author": "Сидоров|А.А.", "date": "2022-3-5", "language": "ru"}},
		{"kazakh", "Әбенов Қ.Т. Еңбек көші-қоны: құқықтық аспектілер // ҚазҰУ Хабаршысы. – 2020. – № 2. – Б. 10–20.",
			map[string]string{"author": "Әбенов|Қ.Т.", "year": "2020", "language": "kk", "page": "10–20"}},
		{"chicago web accessed", `Abdullaeva, Madina. "New Mechanisms for Regulating External Labor Migration in Uzbekistan." CABAR.asia. Accessed August 1, 2025. https://longreads.cabar.asia/labour\_m\_uz\_en.`,
			map[string]string{"author": "Abdullaeva|Madina", "title": "New Mechanisms for Regulating External Labor Migration in Uzbekistan", "accessed": "2025-8-1", "url": "https://longreads.cabar.asia/labour_m_uz_en", "year": ""}},
		{"chicago news html", `24.kg. "Number of Migrants from Kyrgyzstan in Russia Halved." December 30, 2024. <a href="https://24.kg/english/315820">https://24.kg/english/315820</a> Number of migrants from Kyrgyzstan in Russia halved/.`,
			map[string]string{"author": "{24.kg}", "date": "2024-12-30", "title": "Number of Migrants from Kyrgyzstan in Russia Halved", "url": "https://24.kg/english/315820"}},
		{"chicago journal", "Farbenblum, Bassina. \"Governance of Migrant Worker Recruitment: A Rights-Based Framework for Countries of Origin.\" Asian Journal of International Law 7, no. 1 (2017): 152–84. https://doi.org/10.1017/S2044251316000011.",
			map[string]string{"type": "article-journal", "container": "Asian Journal of International Law", "volume": "7", "issue": "1", "year": "2017", "page": "152–84", "doi": "10.1017/S2044251316000011"}},
		{"chicago several authors", `Wolczuk, Kataryna, Rilka Dragneva, and Jon Wallace. "What Is the Eurasian Economic Union?" Chatham House, July 15, 2022.`,
			map[string]string{"author": "Wolczuk|Kataryna; Dragneva|Rilka; Wallace|Jon", "date": "2022-7-15"}},
		{"chicago book", "Ryazantsev, Sergey. New Migration Trends in Central Asia. Bangkok: United Nations Economic and Social Commission for Asia and the Pacific, 2025.",
			map[string]string{"type": "book", "place": "Bangkok", "publisher": "United Nations Economic and Social Commission for Asia and the Pacific", "year": "2025", "title": "New Migration Trends in Central Asia"}},
		{"vancouver", "Zhang L, Gu FX, Chan JM, Wang AZ, Langer RS, Farokhzad OC. Nanoparticles in medicine: therapeutic applications and developments. Clinical Pharmacology and Therapeutics. 2008. 83(5): 761-769.",
			map[string]string{"author": "Zhang|L; Gu|FX; Chan|JM; Wang|AZ; Langer|RS; Farokhzad|OC", "year": "2008", "volume": "83", "issue": "5", "page": "761-769", "container": "Clinical Pharmacology and Therapeutics"}},
		{"harvard", "Vihman, Marilyn M. 1996. Phonological development: The origins of language in the child. Oxford: Blackwell.",
			map[string]string{"author": "Vihman|Marilyn M.", "year": "1996", "place": "Oxford", "publisher": "Blackwell", "type": "book"}},
		{"mla", `31. Larsen, Mads. "Courtliness as morality of modernity in Norse romance." *Evolutionary Studies in Imaginative Culture* 6.2 (2022): 43-56.`,
			map[string]string{"author": "Larsen|Mads", "year": "2022", "page": "43-56", "title": "Courtliness as morality of modernity in Norse romance"}},
		{"et al", "[16] Cates, N. C. et al., Nano Lett. 2009, 9, 4153–4157.",
			map[string]string{"author": "Cates|N. C.", "year": "2009", "volume": "9", "page": "4153–4157", "title": ""}},
		{"no date", `"Sustainable Social Growth." Roza Otunbayeva Initiative. n.d. Accessed August 1, 2025.`,
			map[string]string{"year": "", "nodate": "true", "title": "Sustainable Social Growth"}},
		// Style rules added for the AnyStyle benchmark; the strings are made
		// up in each style, not copied from it.
		{"chicago given with initial", "Orlov, A. Timur. Steppe Cities. Almaty: Nauka, 2011.",
			map[string]string{"author": "Orlov|A. Timur", "title": "Steppe Cities", "place": "Almaty", "publisher": "Nauka", "type": "book"}},
		{"chicago given ending in particle", "Silva, Maria Helena da. Rotas de Migração. São Paulo: Editora X, 2010.",
			map[string]string{"author": "Silva|Maria Helena da", "title": "Rotas de Migração", "place": "São Paulo"}},
		{"chicago family of two words", "Vargas Rojas, Elena. 2015. Border Lives. Journal of Migration 4, 12–30.",
			map[string]string{"author": "Vargas Rojas|Elena", "container": "Journal of Migration", "volume": "4", "page": "12–30"}},
		{"question mark inside title", "Kim, Dana. Who Moves? Labour Flows in Eurasia. New York: Routledge, 2019.",
			map[string]string{"title": "Who Moves? Labour Flows in Eurasia", "place": "New York", "publisher": "Routledge"}},
		{"editors first", "Brown, Alan, and Jo Lee, eds. 2008. Migration Handbook. Oxford: Clarendon Press.",
			map[string]string{"author": "", "editor": "Brown|Alan; Lee|Jo", "title": "Migration Handbook", "year": "2008"}},
		{"apa chapter with edition and pages", "Ivanova, E. (2019). Remittances. In K. Smith & L. Wu (Eds.), Handbook of migration (2nd ed., Vol. 3, pp. 45–67). New York, NY: Wiley.",
			map[string]string{"type": "chapter", "editor": "Smith|K.; Wu|L.", "container": "Handbook of migration", "page": "45–67", "place": "New York, NY", "publisher": "Wiley"}},
		{"translator", "Sartov, Ilyas. The Long Road. Trans. Mary Cole. London: Penguin, 1999.",
			map[string]string{"title": "The Long Road", "translator": "Cole|Mary", "place": "London", "publisher": "Penguin"}},
		{"edition word", "Abenov, K. Labour Law. 3rd ed. Astana: Foliant, 2016.",
			map[string]string{"edition": "3", "place": "Astana", "publisher": "Foliant"}},
		{"thesis genre", "Nurova, A. (2018). Return migration to Tajikistan [Doctoral dissertation, University of Bonn].",
			map[string]string{"title": "Return migration to Tajikistan", "genre": "Doctoral dissertation", "type": "thesis"}},
		{"publisher then place", "[4] A. Sultanov, Migration Economics. Springer-Verlag, Berlin, 2010.",
			map[string]string{"author": "Sultanov|A.", "publisher": "Springer-Verlag", "place": "Berlin"}},
		{"ieee quoted title", "[7] B. Aliev and C. Dow, “Remittance flows,” IEEE Trans. Econ., vol. 12, no. 3, pp. 100–110, 2015.",
			map[string]string{"title": "Remittance flows", "container": "IEEE Trans. Econ", "volume": "12", "issue": "3", "page": "100–110", "year": "2015"}},
		{"numbers glued to journal", "Omarov, S. 2012. Seasonal work. Central Asian Survey 31(2): 150-165.",
			map[string]string{"container": "Central Asian Survey", "volume": "31", "issue": "2", "page": "150-165"}},
		{"dash authors", "———. 2014. Second Book. London: Verso.",
			map[string]string{"author": "", "title": "Second Book", "year": "2014", "publisher": "Verso"}},
		{"gost book with responsibility", "Сейткали А. Б. Трудовая миграция: монография / А. Б. Сейткали; под ред. Н. К. Ахметова. – 2-е изд. – Алматы: Қазақ университеті, 2015. – 250 с.",
			map[string]string{"editor": "Ахметова|Н. К.", "edition": "2", "place": "Алматы", "publisher": "Қазақ университеті", "page": "250", "year": "2015"}},
		{"gost thesis", "Исаев Р. Р. Миграция молодежи: дис. ... канд. социол. наук. – Бишкек, 2009. – 180 с.",
			map[string]string{"title": "Миграция молодежи", "place": "Бишкек", "type": "thesis"}},
		{"gost volume and issue", "Петров П. П. Мигранты // Вопросы экономики. – 2018. – Т. 5, № 2. – С. 10–25.",
			map[string]string{"container": "Вопросы экономики", "volume": "5", "issue": "2", "page": "10–25"}},
		{"gost newspaper", "Закон о миграции принят // Казахстанская правда. – 2011. – 26 июля.",
			map[string]string{"container": "Казахстанская правда", "year": "2011"}},
		{"language note", "Tkachenko A. Labour migration [in Russian] // Voprosy ekonomiki. 2019. No. 4. P. 34–50.",
			map[string]string{"title": "Labour migration", "note": "in Russian", "container": "Voprosy ekonomiki", "issue": "4"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			it := Parse(tc.raw, testLex)
			got := map[string]string{
				"type": it.Type, "author": names(it.Author), "editor": names(it.Editor), "translator": names(it.Translator), "title": it.Title,
				"container": it.ContainerTitle, "volume": it.Volume, "issue": it.Issue, "page": it.Page,
				"publisher": it.Publisher, "place": it.PublisherPlace, "doi": it.DOI, "url": it.URL,
				"language": it.Language, "suffix": it.YearSuffix, "edition": it.Edition, "genre": it.Genre, "note": it.Note, "year": "", "date": "", "accessed": "", "nodate": "",
			}
			if y := it.Year(); y > 0 {
				got["year"] = itoa(y)
				got["date"] = dateString(it.Issued)
			}
			if it.NoDate() {
				got["nodate"] = "true"
			}
			if it.Accessed != nil {
				got["accessed"] = dateString(it.Accessed)
			}
			for k, want := range tc.want {
				if got[k] != want {
					t.Errorf("%s = %q, want %q\n%+v", k, got[k], want, it)
				}
			}
		})
	}
}

func itoa(n int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + formatInt(n)) }

func formatInt(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func dateString(d *Date) string {
	if d == nil || len(d.DateParts) == 0 {
		return ""
	}
	var parts []string
	for _, p := range d.DateParts[0] {
		parts = append(parts, formatInt(p))
	}
	return strings.Join(parts, "-")
}

func TestNormalizeDOI(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"https://doi.org/10.1016/S0140-6736(20)30677-2.", "10.1016/S0140-6736(20)30677-2", true},
		{"doi:10.1177/0197918319879057,", "10.1177/0197918319879057", true},
		{"http://dx.doi.org/10.1038/sj.clpt.6100400", "10.1038/sj.clpt.6100400", true},
		{"10.12/abc", "10.12/abc", false},
		{"11.1234/abc", "11.1234/abc", false},
	}
	for _, tc := range tests {
		got, ok := NormalizeDOI(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("NormalizeDOI(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestSplitLabel(t *testing.T) {
	for in, want := range map[string][2]string{
		"1. Abrantes, M. (2013).": {"1", "Abrantes, M. (2013)."},
		"[12] Smith, J.":          {"12", "Smith, J."},
		"- Adamson, F. B.":        {"", "Adamson, F. B."},
		"24.kg. \"Title.\"":       {"", "24.kg. \"Title.\""},
		"(17) Krezel, A.":         {"17", "Krezel, A."},
	} {
		l, r := SplitLabel(in)
		if l != want[0] || r != want[1] {
			t.Errorf("SplitLabel(%q) = %q, %q; want %q, %q", in, l, r, want[0], want[1])
		}
	}
}

// TestExtractHandBuilt builds a Document by hand, as ingestion would, and
// checks the list is found, split (hanging lines, a DOI broken across
// lines, a fragment after a page break) and parsed.
func TestExtractHandBuilt(t *testing.T) {
	body := "Introduction\n\nMigration grew (Koser, 2005).\n\n"
	list := "REFERENCES\n\n" +
		"Koser, K. (2005). Irregular migration, state security and human\nsecurity. Geneva: GCIM.\n\n" +
		"———. 2021. Another entry. London: Verso.\n\n" +
		"Reed, H. (2018). Forced migration and development. Journal of\nMigration, 4(2), 1–10. https://doi.org/10.1000/\nxyz123\n\n" +
		"Smith, J. (2019). A broken entry whose URL https://example.org/a-\n\n" +
		"Zed, A. (2020). Last entry. Press.\n\n" +
		"b-part/page.\n"
	text := body + list
	d := &doc.Document{ID: "t", Text: text}
	off := 0
	for _, block := range strings.SplitAfter(text, "\n\n") {
		s := strings.TrimRight(block, "\n")
		if s != "" {
			d.Paragraphs = append(d.Paragraphs, doc.Paragraph{Span: doc.Span{Start: off, End: off + len(s)}, Heading: !strings.ContainsAny(s, ".(")})
			d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: off, End: off + len(s)}})
		}
		off += len(block)
	}
	start := strings.Index(text, "REFERENCES")
	d.Sections = []doc.Section{{Kind: doc.SectionReferences, Heading: "REFERENCES", Span: doc.Span{Start: start, End: len(text)}}}
	rs := Extract(d, testLex)
	if len(rs) != 5 {
		for _, r := range rs {
			t.Log(r.Raw)
		}
		t.Fatalf("got %d entries, want 5", len(rs))
	}
	if a := rs[1].CSL.Author; len(a) != 1 || a[0].Family != "Koser" || rs[1].CSL.ID != "Koser2021" {
		t.Errorf("dash entry did not take the authors before: %+v %s", a, rs[1].CSL.ID)
	}
	if rs[0].Raw != "Koser, K. (2005). Irregular migration, state security and human security. Geneva: GCIM." {
		t.Errorf("hanging line not re-joined: %q", rs[0].Raw)
	}
	if rs[2].CSL.DOI != "10.1000/xyz123" {
		t.Errorf("broken DOI = %q", rs[2].CSL.DOI)
	}
	if rs[3].CSL.URL != "https://example.org/a-b-part/page" {
		t.Errorf("URL continued after the next entry = %q", rs[3].CSL.URL)
	}
	for i, r := range rs {
		if r.Span.Start < start || r.Span.End > len(text) || r.Span.Start >= r.Span.End {
			t.Errorf("span %v outside the list", r.Span)
		}
		if i > 0 && rs[i-1].Span.End > r.Span.Start {
			t.Errorf("spans %v and %v overlap", rs[i-1].Span, r.Span)
		}
	}
	if got := d.Slice(rs[0].Span); !strings.HasPrefix(got, "Koser, K.") {
		t.Errorf("span text %q", got)
	}
}

// TestExtractSeeds runs the extractor on the seed texts through a naive
// document builder.
func TestExtractSeeds(t *testing.T) {
	tests := []struct {
		seed          string
		min, max      int
		numbered      bool
		firstID       string
		lastFamilyKey string
	}{
		{"000", 0, 0, false, "", ""},
		{"001", 69, 69, false, "Adamowicz2020", "Yang"},
		{"002", 0, 0, false, "", ""},
		{"003", 42, 42, true, "Abrantes2013", "Zhetpisov"},
		{"004", 44, 44, false, "24kg2025", "Yii"},
	}
	for _, tc := range tests {
		t.Run(tc.seed, func(t *testing.T) {
			d := seedDocument(t, tc.seed, testLex)
			rs := Extract(d, testLex)
			if len(rs) < tc.min || len(rs) > tc.max {
				t.Fatalf("%d entries, want %d..%d", len(rs), tc.min, tc.max)
			}
			if len(rs) == 0 {
				return
			}
			if rs[0].CSL.ID != tc.firstID {
				t.Errorf("first id %q, want %q", rs[0].CSL.ID, tc.firstID)
			}
			if k := rs[len(rs)-1].CSL.Author[0].Key(); k != tc.lastFamilyKey {
				t.Errorf("last entry's first author %q, want %q", k, tc.lastFamilyKey)
			}
			if tc.numbered && rs[len(rs)-1].Label != "42" {
				t.Errorf("last label %q", rs[len(rs)-1].Label)
			}
			for _, r := range rs {
				if r.Span.Start < 0 || r.Span.End > len(d.Text) || r.Span.Start >= r.Span.End {
					t.Errorf("bad span %v", r.Span)
				}
			}
		})
	}
}

func TestLoadValidates(t *testing.T) {
	lx, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if lx.Months["aprelya"] != 4 || lx.Months["марта"] != 3 || lx.Months["қаңтар"] != 1 || lx.Months["avgusta"] != 8 {
		t.Errorf("month table incomplete")
	}
	for _, h := range []string{"references", "список литературы", "әдебиеттер", "viri", "literatura", "bibliography"} {
		if !lx.IsHeading(strings.ToUpper(h)) || !lx.IsHeading("## "+h+":") {
			t.Errorf("%q is not a heading", h)
		}
	}
}

func TestParseDeterministic(t *testing.T) {
	raw := "Ravenstein, E. G. (1885). The laws of migration. Journal of the statistical society of London, 48(2), 167-235."
	a, b := Parse(raw, testLex), Parse(raw, testLex)
	if !reflect.DeepEqual(a, b) {
		t.Error("Parse is not deterministic")
	}
}

func BenchmarkParse(b *testing.B) {
	raws := []string{
		"Adamson, F. B., & Tsourapas, G. (2020). The migration state in the global south: Nationalizing, developmental, and neoliberal models of migration management. *International Migration Review*, 54(3), 853–882. <https://doi.org/10.1177/0197918319879057>",
		"13. Ibrayeva, A. S., Baykenzheyev, A. S. (2019). Gosudarstvenno-pravovoye regulirovaniye. *Khabarshy*, 53. Vestnik. – 2019. - № 3(91). – S. 53-63.",
		`Farbenblum, Bassina. "Governance of Migrant Worker Recruitment." Asian Journal of International Law 7, no. 1 (2017): 152–84. https://doi.org/10.1017/S2044251316000011.`,
		"Иванов И.И., Петров П.П. Трудовая миграция // Вестник КазНУ. – 2019. – № 3. – С. 53–63.",
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		Parse(raws[n%len(raws)], testLex)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "refs/s")
}
