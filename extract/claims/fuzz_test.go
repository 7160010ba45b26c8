package claims

import (
	"context"
	"math"
	"testing"

	"github.com/claimgraph/claimgraph/extract/ingest"
	"github.com/claimgraph/claimgraph/nlp"
)

// FuzzParseNumber checks that ParseNumber never panics, reads inside its
// input, and returns a value inside its interval.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"7,037,590", "1,618.9", "10.000", "165 000", "165\u00a0000", "2,8%", "1,2,3", "0.1", "2021–2024", "1.234.567,89", "99999999999999999999999"} {
		for _, lang := range []string{"en", "ru", "kk", "sl"} {
			f.Add(s, lang)
		}
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		n, size, ok := ParseNumber(s, lang)
		if !ok {
			return
		}
		if size <= 0 || size > len(s) {
			t.Fatalf("ParseNumber(%q) read %d bytes", s, size)
		}
		if math.IsNaN(n.Value) || n.Low > n.Value || n.Value > n.High {
			t.Fatalf("ParseNumber(%q) = %g outside [%g, %g]", s, n.Value, n.Low, n.High)
		}
		th := n.Thousands()
		if th.Low > th.Value || th.Value > th.High {
			t.Fatalf("Thousands of %q = %g outside [%g, %g]", s, th.Value, th.Low, th.High)
		}
	})
}

// FuzzExtract checks that Extract and Check never panic and that every
// claim lies inside the text with a value inside its interval.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"In the first half of 2024, Tajik labor migration to Russia fell by 16%, from 467,300 to 392,800 migrants.",
		"Еңбек мигранттары елдің ЖІӨ-нің 5-тен 10% - на дейін құрайды, 32 және тиісінше 49 пайызын.",
		"По данным Росстата, в 2021 году в Россию въехали около 4,5 млн граждан Таджикистана.",
		"V prvi polovici leta 2024 je Rusijo zapustilo več kot 300 tisoč delavcev; skoraj enajstkrat.",
		"Over 4,000 individuals went to Kazakhstan, 760 to the Russian Federation [8] (p. 12), 10.000 nationals.",
		"half a million, one in five, two-thirds, 3–4 million, between 1 and, 2024-H1, 1990s",
	} {
		f.Add(s)
	}
	in, err := ingest.New(nlp.MustLoad(), ingest.Options{})
	if err != nil {
		f.Fatal(err)
	}
	lx := MustLoad()
	f.Fuzz(func(t *testing.T, s string) {
		d, err := in.Build(context.Background(), "f.txt", []byte(s))
		if err != nil {
			return
		}
		claims := Extract(d, lx, Context{})
		for _, c := range claims {
			if c.Span.Start < 0 || c.Span.End > len(d.Text) || c.Span.Start >= c.Span.End {
				t.Fatalf("span %v outside the text (%d bytes)", c.Span, len(d.Text))
			}
			if d.Text[c.Span.Start:c.Span.End] != c.Text {
				t.Fatalf("text %q does not match its span", c.Text)
			}
			if c.Low > c.High {
				t.Fatalf("%q: low %g > high %g", c.Text, c.Low, c.High)
			}
			if c.Value != nil && (*c.Value < c.Low || *c.Value > c.High) {
				t.Fatalf("%q: value %g outside [%g, %g]", c.Text, *c.Value, c.Low, c.High)
			}
		}
		for _, a := range Check(d, claims) {
			for _, i := range a.Claims {
				if i < 0 || i >= len(claims) {
					t.Fatalf("check refers to claim %d of %d", i, len(claims))
				}
			}
		}
	})
}
