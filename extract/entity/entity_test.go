package entity

import (
	"strings"
	"sync"
	"testing"

	"github.com/claimgraph/claimgraph/nlp"
)

var (
	gazOnce sync.Once
	gaz     *Gazetteer
)

func testGazetteer(t testing.TB) *Gazetteer {
	gazOnce.Do(func() { gaz = MustLoad() })
	return gaz
}

// match is the part of a Match a test checks.
type match struct {
	text, id, role, suffix string
}

func find(g *Gazetteer, text string) []match {
	var out []match
	for _, m := range g.Find(text) {
		out = append(out, match{text[m.Start:m.End], m.ID, m.Role, m.Suffix})
	}
	return out
}

func TestFind(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		name string
		text string
		want []match
	}{
		{"en names", "Kyrgyzstan, the Kyrgyz Republic and Kazakhstan's capital Astana",
			[]match{{"Kyrgyzstan", "KG", "name", ""}, {"Kyrgyz Republic", "KG", "name", ""}, {"Kazakhstan", "KZ", "name", ""}, {"Astana", "astana", "name", ""}}},
		{"en adjectives and demonyms", "Tajik migrants and 200,000 Russians; Kyrgyzstanis abroad",
			[]match{{"Tajik", "TJ", "adjective", ""}, {"Russians", "RU", "demonym", ""}, {"Kyrgyzstanis", "KG", "demonym", ""}}},
		{"en longest form wins", "the Russian Federation and the Republic of Korea, United Arab Emirates",
			[]match{{"Russian Federation", "RU", "name", ""}, {"Republic of Korea", "KR", "name", ""}, {"United Arab Emirates", "AE", "name", ""}}},
		{"en abbreviations need capitals", "the UN and the EU help us",
			[]match{{"UN", "un", "name", ""}, {"EU", "eu", "name", ""}}},
		{"en names need a capital", "a turkey and china plates in Turkey",
			[]match{{"Turkey", "TR", "name", ""}}},
		{"en hyphenated", "Issyk-Kul and Jalal-Abad; EU-issued visas",
			[]match{{"Issyk-Kul", "issyk-kul-region", "name", ""}, {"Jalal-Abad", "jalal-abad-region", "name", ""}, {"EU", "eu", "name", ""}}},
		{"en organizations", "the International Organization for Migration (IOM) and the World Bank",
			[]match{{"International Organization for Migration", "iom", "name", ""}, {"IOM", "iom", "name", ""}, {"World Bank", "world-bank", "name", ""}}},
		{"kk back harmony", "Қазақстанда, Қазақстаннан, Қазақстанға, Қазақстанның, Қырғызстандағы",
			[]match{{"Қазақстанда", "KZ", "name", "да"}, {"Қазақстаннан", "KZ", "name", "нан"}, {"Қазақстанға", "KZ", "name", "ға"},
				{"Қазақстанның", "KZ", "name", "ның"}, {"Қырғызстандағы", "KG", "name", "дағы"}}},
		{"kk front harmony", "Ресейде, Ресейден, Ресейге, Ресейдің",
			[]match{{"Ресейде", "RU", "name", "де"}, {"Ресейден", "RU", "name", "ден"}, {"Ресейге", "RU", "name", "ге"}, {"Ресейдің", "RU", "name", "дің"}}},
		{"kk wrong harmony does not match", "Қазақстанде Ресейда", nil},
		{"kk hyphenated case after abbreviation", "ЕАЭО-ға, ТМД-ның, БАӘ-мен",
			[]match{{"ЕАЭО-ға", "eaeu", "name", "ға"}, {"ТМД-ның", "cis", "name", "ның"}, {"БАӘ-мен", "AE", "name", "мен"}}},
		{"kk multiword", "Орталық Азиядағы және Ресей Федерациясымен",
			[]match{{"Орталық Азиядағы", "central-asia", "name", "дағы"}, {"Ресей Федерациясымен", "RU", "name", "мен"}}},
		{"kk plural and derivation", "ресейліктердің қазақтар",
			[]match{{"ресейліктердің", "RU", "adjective", "тердің"}, {"қазақтар", "KZ", "adjective", "тар"}}},
		{"kk loan word", "Дүниежүзілік банктің мәліметінше",
			[]match{{"Дүниежүзілік банктің", "world-bank", "name", "тің"}}},
		{"ru cases", "в Кыргызстане, из Кыргызстана, России, Россию, Узбекистаном, Киргизии",
			[]match{{"Кыргызстане", "KG", "name", "е"}, {"Кыргызстана", "KG", "name", "а"}, {"России", "RU", "name", "и"},
				{"Россию", "RU", "name", "ю"}, {"Узбекистаном", "UZ", "name", "ом"}, {"Киргизии", "KG", "name", "и"}}},
		{"ru multiword and adjectives", "Российской Федерации и таджикских мигрантов, СНГ",
			[]match{{"Российской Федерации", "RU", "name", "и"}, {"таджикских", "TJ", "adjective", "их"}, {"СНГ", "cis", "name", ""}}},
		{"sl cases", "v Kirgizistanu, Kazahstana, iz Rusije, v Srednji Aziji",
			[]match{{"Kirgizistanu", "KG", "name", "u"}, {"Kazahstana", "KZ", "name", "a"}, {"Rusije", "RU", "name", "e"}, {"Srednji Aziji", "central-asia", "name", "i"}}},
		{"no match inside words", "Kazakhstanism unrelated", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(g, tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("Find(%q) = %v, want %v", tt.text, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("Find(%q)[%d] = %v, want %v", tt.text, i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestEntity(t *testing.T) {
	g := testGazetteer(t)
	for _, tt := range []struct {
		id, name, kind, code, country string
	}{
		{"KG", "Kyrgyzstan", KindCountry, "KGZ", ""},
		{"TJ", "Tajikistan", KindCountry, "TJK", ""},
		{"chuy-region", "Chuy Region", KindRegion, "", "KG"},
		{"bishkek", "Bishkek", KindCity, "", "KG"},
		{"world-bank", "World Bank", KindOrganization, "", ""},
		{"kg-nsc", "National Statistical Committee of the Kyrgyz Republic", KindOrganization, "", "KG"},
	} {
		e, ok := g.Entity(tt.id)
		if !ok {
			t.Errorf("Entity(%q) not found", tt.id)
			continue
		}
		if e.Name != tt.name || e.Kind != tt.kind || e.Code != tt.code || e.Country != tt.country {
			t.Errorf("Entity(%q) = %+v", tt.id, e)
		}
	}
	if _, ok := g.Entity("XX"); ok {
		t.Error("Entity(XX) found")
	}
	for _, e := range g.Entities() {
		if e.Kind == KindCountry && len(e.Code) != 3 {
			t.Errorf("country %s has no alpha-3 code", e.ID)
		}
	}
}

func TestStripKazakh(t *testing.T) {
	g := testGazetteer(t)
	for _, tt := range []struct{ in, want string }{
		{"аударымдары", "аударым"},
		{"мигранттардың", "мигрант"},
		{"қазақстанда", "қазақстан"},
		{"елдерінде", "ел"},
		{"ресейге", "ресей"},
		{"жұмыс", "жұмыс"},
	} {
		if got := g.StripKazakh(tt.in, 2); got != tt.want {
			t.Errorf("StripKazakh(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCompileErrors checks that faulty gazetteer lines are reported with
// their file and line.
func TestCompileErrors(t *testing.T) {
	for _, tt := range []struct{ data, want string }{
		{"[entity]\nKG | country\n", "g.lex:2: want id | kind | name"},
		{"[entity]\nkg | country | Kyrgyzstan\n", "g.lex:2: country id \"kg\""},
		{"[entity]\nKG | planet | Kyrgyzstan\n", "g.lex:2: unknown kind"},
		{"[entity]\nKG | country | Kyrgyzstan\n[names]\nKZ | en | name | Kazakhstan\n", "g.lex:4: unknown entity \"KZ\""},
		{"[entity]\nKG | country | Kyrgyzstan\n[names]\nKG | xx | name | Kyrgyzstan\n", "g.lex:4: unknown language"},
		{"[entity]\nKG | country | Kyrgyzstan\n[names]\nKG | en | nickname | Kyrgyzstan\n", "g.lex:4: unknown role"},
		{"[entity]\nKG | country | Kyrgyzstan\n[names]\nKG | en | name | K1rgyzstan\n", "g.lex:4: form"},
		{"[suffix xx]\na\n", "g.lex:2: unknown language"},
		{"[kk-other]\nда\n", "g.lex:2: unknown Kazakh ending slot"},
	} {
		entries, err := nlp.ParseLexicon("g.lex", []byte(tt.data))
		if err != nil {
			t.Fatal(err)
		}
		_, err = compile(entries)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("compile(%q) error = %v, want %q", tt.data, err, tt.want)
		}
	}
}

func TestFindOffsetsInsideText(t *testing.T) {
	g := testGazetteer(t)
	for _, text := range []string{"", "Ресей", "ЕАЭО-", "Kyrgyz Republic's", "Орталық\nАзия", "\xff\xfeКазахстан"} {
		for _, m := range g.Find(text) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Errorf("Find(%q): match %+v outside the text", text, m)
			}
		}
	}
}
