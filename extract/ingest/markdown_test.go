package ingest

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestMarkdownReduction: Markdown keeps its words and loses its marks.
// Paragraphs of the result are separated by "\n\n"; sup lists the text of
// each superscript mark.
func TestMarkdownReduction(t *testing.T) {
	tests := []struct {
		name    string
		md      string
		want    string
		sup     []string
		heading []bool // per paragraph, when given
	}{
		{"atx headings", "# Title of the Paper\n\n## **Theoretical framework**\n\nText here.\n\n### Closing hashes ###\n",
			"Title of the Paper\n\nTheoretical framework\n\nText here.\n\nClosing hashes", nil, []bool{true, true, false, true}},
		{"setext heading", "Introduction\n============\n\nBody text.\n", "Introduction\n\nBody text.", nil, []bool{true, false}},
		{"emphasis", "This is *very* **important** and ***both***, __strong__ and _em_.\n",
			"This is very important and both, strong and em.", nil, nil},
		{"intraword underscore and lone stars stay", "Write to g_zhamasheva@hotmail.com; p < 0.05* and 5 * 3.\n",
			"Write to g_zhamasheva@hotmail.com; p < 0.05* and 5 * 3.", nil, nil},
		{"bold label", "**Keywords:** migration, labor market.\n", "Keywords: migration, labor market.", nil, nil},
		{"bullets", "Items:\n\n- first item\n- second item\n* third item\n+ fourth\n", "Items:\n\nfirst item\n\nsecond item\n\nthird item\n\nfourth", nil, nil},
		{"ordered list keeps numbers", "1. The Formative Years: text.\n2. The Period of Growth: text.\n", "1. The Formative Years: text.\n\n2. The Period of Growth: text.", nil, nil},
		{"table", "| Country | Share |\n|---|---:|\n| Kyrgyzstan | 18.8% |\n| Tajikistan | 47.9% |\n",
			"Country\tShare\n\nKyrgyzstan\t18.8%\n\nTajikistan\t47.9%", nil, nil},
		{"inline link", "See [the report](https://example.org/r \"title\") for details.\n", "See the report for details.", nil, nil},
		{"image alt", "![Figure 1: Map](img/map.png)\n", "Figure 1: Map", nil, nil},
		{"empty link text keeps url", "Source: [](https://doi.org/10.1/x).\n", "Source: https://doi.org/10.1/x.", nil, nil},
		{"autolinks", "ORCID <https://orcid.org/0009-0008-1688-8071>, mail <a.b@c.kz>.\n",
			"ORCID https://orcid.org/0009-0008-1688-8071, mail a.b@c.kz.", nil, nil},
		{"html anchor", "Read <a href=\"https://carnegieendowment.org/x?a=1&b=2\">Carnegie Politika</a> today.\n",
			"Read Carnegie Politika today.", nil, nil},
		{"html sup", "Khamzin Amangeldy<sup>1</sup>, Daubassov<sup>5\\*</sup> and text<sub>2</sub>.\n",
			"Khamzin Amangeldy1, Daubassov5* and text2.", []string{"1", "5*", "2"}, nil},
		{"pandoc superscripts", "Ainura ASKAROVA,^I Darygul,^{II} x^2^ y.\n\n^V PhD in economics.\n",
			"Ainura ASKAROVA,I Darygul,II x2 y.\n\nV PhD in economics.", []string{"I", "II", "2", "V"}, nil},
		{"footnote reference", "Migration grew[^3] fast.\n", "Migration grew3 fast.", []string{"3"}, nil},
		{"escapes", "zhetpisov\\_serik, 5\\*, \\[1\\], \\# not a heading.\n", "zhetpisov_serik, 5*, [1], # not a heading.", nil, nil},
		{"citations in brackets stay", "As shown [12][13] and [4].\n", "As shown [12][13] and [4].", nil, nil},
		{"entities", "Research &amp; policy, 165&nbsp;000 people, &#8470; 5 &lt;ok&gt;.\n", "Research & policy, 165\u00a0000 people, № 5 <ok>.", nil, nil},
		{"code and strike", "Use `code` and ~~deleted~~ text.\n", "Use code and deleted text.", nil, nil},
		{"blockquote", "> Quoted **text** here.\n", "Quoted text here.", nil, nil},
		{"rules dropped", "Before.\n\n---\n\n* * *\n\nAfter.\n", "Before.\n\nAfter.", nil, nil},
		{"br and comment", "One<br/>two <!-- note --> three.\n", "One two  three.", nil, nil},
		{"soft wraps join", "A paragraph that\nwraps over lines.\n", "A paragraph that wraps over lines.", nil, nil},
		{"lower-case hash line is text", "## kyrgyzstan.\n", "kyrgyzstan.", nil, nil},
	}
	in := testIngester(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := in.Build(t.Context(), "x.md", []byte(tc.md))
			if err != nil {
				t.Fatal(err)
			}
			if d.Text != tc.want {
				t.Errorf("text\n got %q\nwant %q", d.Text, tc.want)
			}
			var sup []string
			for _, m := range d.Marks {
				if m.Kind == "superscript" {
					sup = append(sup, d.Slice(m.Span))
				}
			}
			if strings.Join(sup, "|") != strings.Join(tc.sup, "|") {
				t.Errorf("superscripts %q, want %q", sup, tc.sup)
			}
			if tc.heading != nil {
				var h []bool
				for _, p := range d.Paragraphs {
					h = append(h, p.Heading)
				}
				if len(h) != len(tc.heading) {
					t.Fatalf("headings %v, want %v", h, tc.heading)
				}
				for i := range h {
					if h[i] != tc.heading[i] {
						t.Errorf("headings %v, want %v", h, tc.heading)
						break
					}
				}
			}
			checkSpansMapBack(t, d, tc.md)
		})
	}
}

// TestLooksLikeMarkdown: .txt files written by Markdown converters are read
// as Markdown; plain text is not.
func TestLooksLikeMarkdown(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"# Title\n\n**Keywords:** a, b\n", true},
		{"Text with <sup>1</sup> and [link](https://x.org).\n", true},
		{"ORCID <https://orcid.org/1> and ^{II} marker\n", true},
		{"Plain text.\nAnother line - with a dash.\n", false},
		{"*Токмеилова М.1, Асхат Г.2\n*1,2,3 Казахский университет\n", false},
		{"- one item only\n", false},
	}
	for _, tc := range tests {
		if got := looksLikeMarkdown(tc.text); got != tc.want {
			t.Errorf("looksLikeMarkdown(%q) = %v", tc.text, got)
		}
	}
}

// TestSkipTo compares skipTo with a byte-by-byte search, for every table,
// a trigger at every position of texts of every length up to 72 (the
// sixteen- and eight-byte blocks and the tail), and every start.
func TestSkipTo(t *testing.T) {
	for _, tab := range []*[256]uint8{&inlineTrigger, &emphasisByte} {
		for n := 0; n <= 72; n++ {
			for at := -1; at < n; at++ {
				b := []byte(strings.Repeat("aЖ ", n)[:n])
				if at >= 0 {
					b[at] = '*'
				}
				line := string(b)
				for i := 0; i <= n; i++ {
					want := i
					for want < len(line) && tab[line[want]] == 0 {
						want++
					}
					if got := skipTo(tab, line, i); got != want {
						t.Fatalf("skipTo(%q, %d) = %d, want %d", line, i, got, want)
					}
				}
			}
		}
	}
}

// nextTrigger is skipTo over inlineTrigger, as an oracle of triggerFrom's
// index.
func nextTrigger(line string, i int) int { return skipTo(&inlineTrigger, line, i) }

// TestTriggerFrom compares triggerFrom with nextTrigger and the classes of
// the bytes it passes, one by one, and its plain text with a byte-by-byte
// test of printable ASCII (plainASCIIPrefix's): a trigger and a byte of
// another class (a control character, DEL, an ASCII letter, a Cyrillic
// rune, another UTF-8 rune) at every position of texts of every length up
// to 72, scanned from every start, so that each falls in the sixteen- and
// eight-byte blocks and in the tail, before and after each other.
func TestTriggerFrom(t *testing.T) {
	for _, odd := range []string{"\t", "\x01", "\x7f", "a", "ж", "қ", "é", "—"} {
		for n := 0; n <= 72; n++ {
			for at := -1; at < n; at++ {
				for oddAt := -1; oddAt < n; oddAt++ {
					b := []byte(strings.Repeat("12 ", n)[:n])
					if at >= 0 {
						b[at] = '*'
					}
					if oddAt >= 0 {
						b = append(b[:oddAt:oddAt], append([]byte(odd), b[oddAt+1:]...)...)
					}
					line := string(b)
					for from := 0; from <= len(line); from += 1 + len(line)/8 {
						want := nextTrigger(line, from)
						var wantSeen uint8
						wantPlain := true
						for i := from; i < want; i++ {
							wantSeen |= byteClass[line[i]]
							if c := line[i]; c < ' ' || c >= 0x7F {
								wantPlain = false
							}
						}
						next, seen := triggerFrom(line, from)
						if next != want || seen != wantSeen {
							t.Fatalf("triggerFrom(%q, %d) = %d, %b, want %d, %b", line, from, next, seen, want, wantSeen)
						}
						if plain, _ := scannedAs(seen); plain != wantPlain && utf8.ValidString(line[from:want]) {
							t.Fatalf("triggerFrom(%q, %d): plain %v, want %v", line, from, plain, wantPlain)
						}
					}
				}
			}
		}
	}
}

// TestCleanInlineClasses checks the pieces that cleanInline marks plain or
// kept on random Markdown-like lines: a plain piece is printable ASCII, and
// the spec of normalization leaves a kept piece as it is.
func TestCleanInlineClasses(t *testing.T) {
	parts := []string{" ", "a", "word", "*", "**", "_", "__", "`", "``", "\\", "\\*", "[", "]", "(", ")", "!", "<", ">", "^", "&", "~", ".", ",",
		"é", "ж", "қазақ", "слово", "—", "\t", "\x01", "\u00AD", "\u0483", "\uFB01", "5", "snake_case", "**bold**", "_it_", "`code`",
		"[link](http://x.y/z)", "<sup>1</sup>", "<http://a.b>", "&amp;", "&nbsp;", "^2^", "^{II}", "[^1]", "~~del~~", "<!-- c -->", "<br>"}
	rng := rand.New(rand.NewSource(29))
	kept, plain := 0, 0
	for k := 0; k < 100000; k++ {
		var b strings.Builder
		for n := rng.Intn(24); n >= 0; n-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		line := b.String()
		ps, _ := cleanInline(line, 3, nil)
		for _, p := range ps {
			if !p.kept {
				if p.plain {
					t.Fatalf("cleanInline(%q): piece %+v plain but not kept", line, p)
				}
				continue
			}
			kept++
			bare := piece{text: p.text, orig: p.orig, n: p.n, exact: p.exact}
			if got := normalizePieceSpec(bare, nil); len(got) != 1 || got[0] != bare {
				t.Fatalf("cleanInline(%q): kept piece %+v is normalized to %+v", line, p, got)
			}
			if p.plain {
				plain++
				if plainASCIIPrefix(p.text) != len(p.text) {
					t.Fatalf("cleanInline(%q): plain piece %+v is not printable ASCII", line, p)
				}
			}
		}
	}
	if kept == 0 || plain == 0 || kept == plain {
		t.Fatalf("%d kept pieces, %d plain: the lines do not test both", kept, plain)
	}
}

// bulletAtSpec is bulletAt without its test of the first byte, as an
// oracle.
func bulletAtSpec(t string) int {
	i := 0
	for i < len(t) && i < 8 && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	if i >= len(t) {
		return 0
	}
	c, w := utf8.DecodeRuneInString(t[i:])
	switch c {
	case '-', '*', '+', '•', '▪', '●', '◦', '‣', '–', '·', '○', '■', '□':
	default:
		return 0
	}
	j := i + w
	if j >= len(t) || t[j] != ' ' && t[j] != '\t' {
		return 0
	}
	for j < len(t) && (t[j] == ' ' || t[j] == '\t') {
		j++
	}
	if j == len(t) {
		return 0
	}
	if c == '*' && strings.HasPrefix(t[j:], "*") {
		return 0
	}
	return j
}

// TestBulletAt compares bulletAt with bulletAtSpec for every rune up to
// U+3000 (and invalid bytes) opening a line, after spaces or not.
func TestBulletAt(t *testing.T) {
	for c := rune(0); c <= 0x3000; c++ {
		for _, line := range []string{string(c) + " Text", "  " + string(c) + "\tx", string(c), string(c) + " ", string(c) + " *", "\xe2 x", "\xc2 x"} {
			if got, want := bulletAt(line), bulletAtSpec(line); got != want {
				t.Fatalf("bulletAt(%q) = %d, want %d", line, got, want)
			}
		}
	}
}

func TestOrderedItem(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"1. Text", true}, {"12) text", true}, {"a) text", true}, {"IV. Text", true}, {"XII. Text", true}, {"  3. x", true},
		{"IVa. Text", false}, {"I V. Text", false}, {"1234. Text", false}, {"1.  Text", false}, {"1.", false}, {"V.", false},
		{"Vx. Text", false}, {"A) text", false}, {"ab) text", false}, {"1 Text", false}, {"Introduction", false},
	} {
		if got := orderedItem(c.line); got != c.want {
			t.Errorf("orderedItem(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// refAutolinkLen is autolinkLen as it was before it searched for its
// bytes one by one: the oracle of TestAutolinkLenMatchesReference.
func refAutolinkLen(s string) int {
	if len(s) < 3 || s[0] != '<' {
		return 0
	}
	end := -1
	for i := 1; i < len(s) && i < 2048; i++ {
		c := s[i]
		if c == '>' {
			end = i
			break
		}
		if c == ' ' || c == '<' || c == '\n' || c == '\t' {
			return 0
		}
	}
	if end < 2 {
		return 0
	}
	in := s[1:end]
	if i := strings.Index(in, ":"); i >= 2 && i <= 32 {
		scheme := in[:i]
		ok := true
		for k := 0; k < len(scheme); k++ {
			c := scheme[k]
			if !(isASCIIAlnum(c) || c == '+' || c == '.' || c == '-') {
				ok = false
			}
		}
		if ok && (strings.HasPrefix(in[i:], "://") || strings.EqualFold(scheme, "mailto") || strings.EqualFold(scheme, "doi")) {
			return end + 1
		}
	}
	if at := strings.IndexByte(in, '@'); at > 0 && strings.Contains(in[at:], ".") {
		return end + 1
	}
	return 0
}

// TestAutolinkLenMatchesReference compares autolinkLen with its oracle on
// random texts of address parts, the bytes that end or spoil an autolink,
// and long runs around the 2048-byte bound.
func TestAutolinkLenMatchesReference(t *testing.T) {
	parts := []string{"<", ">", " ", "\t", "\n", "https", "://", "mailto:", "doi:", "a@b", ".", "x", "kz", "-", "+", ":", "ж",
		strings.Repeat("a", 1000), strings.Repeat("b", 1046)}
	rng := rand.New(rand.NewSource(37))
	found := 0
	for k := 0; k < 200000; k++ {
		var b strings.Builder
		b.WriteString("<")
		for n := rng.Intn(8); n >= 0; n-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		s := b.String()
		got, want := autolinkLen(s), refAutolinkLen(s)
		if got != want {
			t.Fatalf("autolinkLen(%q) = %d, want %d", s, got, want)
		}
		if got > 0 {
			found++
		}
	}
	if found < 1000 {
		t.Fatalf("only %d autolinks found", found)
	}
	// An address whose '>' stands at each byte around the bound.
	for at := 2040; at <= 2056; at++ {
		s := "<a@b." + strings.Repeat("x", at-5) + ">"
		if got, want := autolinkLen(s), refAutolinkLen(s); got != want {
			t.Fatalf("autolinkLen of an address closed at %d = %d, want %d", at, got, want)
		}
	}
}
