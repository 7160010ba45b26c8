package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/claimgraph/claimgraph/extract/refs"
)

// TestBibliographyExports: the CSL-JSON validates against the official
// csl-data schema, and real clients read both files (citation-js renders
// APA, Better BibTeX's parser reads the .bib with no errors).
func TestBibliographyExports(t *testing.T) {
	g := runGraph(t, newEngine(t), 2, "seeds")
	files, err := Outputs(g)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	byName := map[string][]byte{}
	for _, f := range files {
		byName[f.Name] = f.Data
		os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644)
	}
	var items []map[string]any
	if err := json.Unmarshal(byName["bibliography.csl.json"], &items); err != nil {
		t.Fatal(err)
	}
	if len(items) < 100 {
		t.Fatalf("only %d works in the bibliography of the seeds", len(items))
	}
	sch, err := os.ReadFile("corpus/testdata/csl-data.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	sdoc, _ := jsonschema.UnmarshalJSON(bytes.NewReader(sch))
	c := jsonschema.NewCompiler()
	c.AddResource("csl-data.json", sdoc)
	s, err := c.Compile("csl-data.json")
	if err != nil {
		t.Fatal(err)
	}
	inst, _ := jsonschema.UnmarshalJSON(bytes.NewReader(byName["bibliography.csl.json"]))
	if err := s.Validate(inst); err != nil {
		t.Fatalf("bibliography.csl.json is not valid CSL-JSON: %v", err)
	}
	for _, it := range items {
		if !strings.Contains(it["note"].(string), "cited by: seeds/") {
			t.Fatalf("item %v does not say which documents cite it", it["id"])
		}
	}

	checker := "corpus/testdata/bibcheck"
	if _, err := os.Stat(filepath.Join(checker, "node_modules")); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("bibcheck's node modules are not installed (npm ci --prefix %s)", checker)
		}
		t.Skipf("node modules not installed: run npm ci --prefix %s", checker)
	}
	out, err := exec.Command("node", filepath.Join(checker, "check.mjs"), filepath.Join(dir, "bibliography.csl.json"), filepath.Join(dir, "bibliography.bib")).CombinedOutput()
	if err != nil {
		t.Fatalf("real clients rejected the exports: %v\n%s", err, out)
	}
	var res struct {
		CSLItems int `json:"csl_items"`
		Rendered int `json:"rendered"`
		Bib      int `json:"bib_entries"`
	}
	json.Unmarshal(out, &res)
	if res.Rendered != len(items) || res.Bib != len(items) {
		t.Fatalf("clients read %s, want %d items each", out, len(items))
	}
}

func TestBibTeXEscapingAndKeys(t *testing.T) {
	e := []BibEntry{
		{ID: "w1", Item: refs.Item{Type: "article-journal", Title: "Remittances & growth: 100% of {GDP}_x", Author: []refs.Name{{Family: "Әйтімбет", Given: "Л."}}, Issued: &refs.Date{DateParts: [][]int{{2025}}}, URL: "https://x.org/a_b c"}, CitedBy: []string{"a.txt"}},
		{ID: "w2", Item: refs.Item{Type: "report", Title: "Remittances again", Author: []refs.Name{{Literal: "World Bank"}}, Issued: &refs.Date{DateParts: [][]int{{2025}}}}, CitedBy: []string{"b.txt"}},
		{ID: "w3", Item: refs.Item{Type: "report", Title: "Remittances again", Author: []refs.Name{{Literal: "World Bank"}}, Issued: &refs.Date{DateParts: [][]int{{2025}}}}, CitedBy: []string{"c.txt"}},
	}
	bib := string(EncodeBibTeX(e))
	for _, want := range []string{
		`title = {Remittances \& growth: 100\% of \{GDP\}\_x}`,
		`author = {Әйтімбет, Л.}`, // UTF-8 kept
		`author = {{World Bank}}`, // organization protected from name splitting
		`url = {https://x.org/a_b%20c}`,
		"@article{aitimbet2025remittances,",
		"@techreport{world2025remittances,",
		"@techreport{world2025remittancesa,",
	} {
		if !strings.Contains(bib, want) {
			t.Errorf("BibTeX lacks %q:\n%s", want, bib)
		}
	}
}

// EncodeCSL writes, item by item, the bytes of one indenting Encoder on
// the whole array.
func TestEncodeCSLAsOneEncoder(t *testing.T) {
	item := refs.Item{Type: "article-journal", Title: "Labor <migration> & \u2028remittances", ContainerTitle: "Вестник",
		Author: []refs.Name{{Family: "Ivanov", Given: "I."}, {Literal: "IOM"}}, Volume: "60", Issue: "2", Page: "1–9",
		Issued: &refs.Date{DateParts: [][]int{{2025, 6}}}}
	for n := range 4 {
		var entries []BibEntry
		for k := range n {
			entries = append(entries, BibEntry{ID: "work:w" + string(rune('a'+k)), Item: item, CitedBy: []string{"a.md", "b.md"}})
		}
		got, err := EncodeCSL(entries)
		if err != nil {
			t.Fatal(err)
		}
		items := make([]refs.Item, 0, n)
		for _, e := range entries {
			items = append(items, cslOut(e))
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		if err := enc.Encode(items); err != nil {
			t.Fatal(err)
		}
		if string(got) != want.String() {
			t.Errorf("%d entries:\n got %s\nwant %s", n, got, want.String())
		}
	}
}

// EncodeCSL writes what an Encoder without HTML escaping, indenting, writes
// of each item, HTML characters and escapes of every kind included.
func TestEncodeCSLAsEncoder(t *testing.T) {
	odd := []string{"", "a<b>&c", `back\slash "q"`, `\u003c literal`, "\\", "line\u2028sep\u2029", "\xff\xfe", "ctl\x01\x1f", "Қазақ & <ru>", "&&&<<<>>>"}
	var entries []BibEntry
	for i, s := range odd {
		for j, s2 := range odd {
			entries = append(entries, BibEntry{ID: s, CitedBy: []string{s2, "p/" + s}, Item: refs.Item{
				Type: []string{"", "book", "article-journal"}[(i+j)%3], Title: s + s2, ContainerTitle: s2, URL: "http://x.org/?a=1&b=<2>" + s,
				Author: []refs.Name{{Family: s, Given: s2}}, Note: s2, Issued: &refs.Date{DateParts: [][]int{{2000 + i, j + 1}}}}})
		}
	}
	got, err := EncodeCSL(entries)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	want.WriteString("[\n ")
	for i, e := range entries {
		var item bytes.Buffer
		enc := json.NewEncoder(&item)
		enc.SetEscapeHTML(false)
		enc.SetIndent(" ", " ")
		if err := enc.Encode(cslOut(e)); err != nil {
			t.Fatal(err)
		}
		if i > 0 {
			want.WriteString(",\n ")
		}
		want.Write(bytes.TrimSuffix(item.Bytes(), []byte("\n")))
	}
	want.WriteString("\n]\n")
	if !bytes.Equal(got, want.Bytes()) {
		g, w := string(got), want.String()
		k := 0
		for k < min(len(g), len(w)) && g[k] == w[k] {
			k++
		}
		t.Fatalf("differs at %d:\ngot  %q\nwant %q", k, g[max(0, k-80):min(len(g), k+80)], w[max(0, k-80):min(len(w), k+80)])
	}
}

// bibEscape is, on every string, the rune-by-rune escaper it shortcuts.
func TestBibEscapeShortcut(t *testing.T) {
	spec := func(s string) string {
		var b strings.Builder
		for _, r := range s {
			switch r {
			case '\\':
				b.WriteString(`\textbackslash{}`)
			case '{', '}', '%', '&', '$', '#', '_':
				b.WriteByte('\\')
				b.WriteRune(r)
			case '~':
				b.WriteString(`\textasciitilde{}`)
			case '^':
				b.WriteString(`\textasciicircum{}`)
			default:
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	pieces := []string{"", "a", "Z9 ", "Қазақ", "č", "\xff", "\xd0", "_", "\\", "{}", "%&$#", "~^", "\u2028", "—", "\x00"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var s strings.Builder
		for range rng.IntN(6) {
			s.WriteString(pieces[rng.IntN(len(pieces))])
		}
		if got, want := bibEscape(s.String()), spec(s.String()); got != want {
			t.Fatalf("bibEscape(%q) = %q, want %q", s.String(), got, want)
		}
	}
	for c := range 256 {
		s := "ab" + string([]byte{byte(c)}) + "Қ"
		if got, want := bibEscape(s), spec(s); got != want {
			t.Fatalf("bibEscape(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestAppendIndentedMatchesJSONIndent: the hand indenter writes what
// json.Indent writes, on tricky cases and on random nested values.
func TestAppendIndentedMatchesJSONIndent(t *testing.T) {
	cases := []string{
		`{}`, `[]`, `""`, `1.5`, `{"a":[]}`, `{"a":{},"b":[{}]}`,
		`{"type":"book","author":[{"family":"Ли","given":"А."}],"title":"x, y: [z] {w}"}`,
		`{"a":"quote \" inside, and \\ backslash","b":"\\","c":["\"]",":"]}`,
		`[1,[2,[3,[]]],{"k":null,"t":true,"f":false}]`,
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var gen func(depth int) any
	gen = func(depth int) any {
		switch k := rng.IntN(7); {
		case depth > 3 || k == 0:
			return rng.Float64() * 1e4
		case k == 1:
			return string([]rune{rune(rng.IntN(0x500)), '"', '\\', rune(' ' + rng.IntN(95)), ':', ','}[:rng.IntN(6)+1])
		case k <= 3:
			a := make([]any, rng.IntN(4))
			for i := range a {
				a[i] = gen(depth + 1)
			}
			return a
		case k == 4:
			return nil
		default:
			m := map[string]any{}
			for range rng.IntN(4) {
				m[fmt.Sprint("k", rng.IntN(9), "{,:}")] = gen(depth + 1)
			}
			return m
		}
	}
	for range 2000 {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(gen(0)); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, strings.TrimSuffix(b.String(), "\n"))
	}
	for _, c := range cases {
		var want bytes.Buffer
		if err := json.Indent(&want, []byte(c), " ", " "); err != nil {
			t.Fatalf("%s: %v", c, err)
		}
		if got := appendIndented(nil, []byte(c)); string(got) != want.String() {
			t.Fatalf("appendIndented(%s)\n got  %s\n want %s", c, got, want.String())
		}
	}
}

// TestASCIIKeyFastPath: on ASCII input the fast path keeps what the
// general path (NFD, then ASCII letters and digits) keeps.
func TestASCIIKeyFastPath(t *testing.T) {
	general := func(s string) string { return asciiKey(s + "é")[:len(asciiKey(s+"é"))-1] } // "é" forces the general path and adds "e"
	rng := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		b := make([]byte, rng.IntN(90))
		for i := range b {
			b[i] = byte(rng.IntN(0x80))
		}
		if got, want := asciiKey(string(b)), general(string(b)); got != want {
			t.Fatalf("asciiKey(%q) = %q, general path %q", b, got, want)
		}
	}
}
