package corpus

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/claimgraph/claimgraph/corpus/internal/parallel"
	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/refs"
)

// BibEntry is one work of the corpus bibliography.
type BibEntry struct {
	ID      string
	Item    refs.Item
	CitedBy []string // document paths
}

// Bibliography returns the works of the graph that some document cites,
// sorted by id, with the paths of the documents that cite them.
func (g *Graph) Bibliography() ([]BibEntry, error) {
	paths := map[string]string{}
	for _, d := range g.Documents {
		paths[d.ID] = d.Path
	}
	var works []*doc.Node
	for i := range g.Nodes {
		if g.Nodes[i].Type == "work" {
			works = append(works, &g.Nodes[i])
		}
	}
	// Decoding the works is most of the work: on every CPU, by index.
	entries := make([]BibEntry, len(works))
	if err := parallel.Each(len(works), func(k int) error {
		n := works[k]
		var a WorkAttrs
		if err := n.DecodeAttrs(&a); err != nil {
			return fmt.Errorf("work %s: %w", n.ID, err)
		}
		g.dropRead(n)
		if len(a.CitedBy) == 0 {
			return nil
		}
		e := BibEntry{ID: n.ID, Item: a.CSL, CitedBy: make([]string, len(a.CitedBy))}
		for j, d := range a.CitedBy {
			e.CitedBy[j] = paths[d]
		}
		entries[k] = e
		return nil
	}); err != nil {
		return nil, err
	}
	out := entries[:0]
	for _, e := range entries {
		if e.ID != "" {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// cslOut is a CSL-JSON item as written: refs.Item plus a note naming the
// citing documents (CSL's free-text variable, so the file stays valid
// against the official csl-data schema).
func cslOut(e BibEntry) refs.Item {
	it := e.Item
	it.ID = e.ID
	note := "cited by: " + strings.Join(e.CitedBy, "; ")
	if it.Note != "" {
		note = it.Note + "; " + note
	}
	it.Note = note
	if it.Type == "" {
		it.Type = "document"
	}
	return it
}

// EncodeCSL writes the bibliography as a CSL-JSON array.
func EncodeCSL(entries []BibEntry) ([]byte, error) {
	var b bytes.Buffer
	err := writeCSL(&b, entries)
	return b.Bytes(), err
}

// writeCSL writes the bibliography as a CSL-JSON array to w, item by item
// (a run streams it into its file: at 10,000 papers it is tens of MB).
func writeCSL(w io.Writer, entries []BibEntry) error {
	if len(entries) == 0 {
		_, err := io.WriteString(w, "[]\n")
		return err
	}
	// Item by item, as an Encoder indents the array: the whole array
	// through one Encoder is encoded, indented and copied again whole.
	var item bytes.Buffer
	var compact, indented []byte
	enc := json.NewEncoder(&item)
	enc.SetEscapeHTML(false)
	enc.SetIndent(" ", " ")
	for i, e := range entries {
		item.Reset()
		if i == 0 {
			item.WriteString("[\n ")
		} else {
			item.WriteString(",\n ")
		}
		// As the Encoder writes it: compact (by hand, HTML escapes
		// undone), then indented.
		var ok bool
		if compact, ok = cslOut(e).AppendPlainJSON(compact[:0]); ok {
			indented = appendIndented(indented[:0], unescapeHTML(compact))
			item.Write(indented)
		} else if err := enc.Encode(cslOut(e)); err != nil {
			return err
		} else {
			item.Truncate(item.Len() - 1) // Encode's newline
		}
		if _, err := w.Write(item.Bytes()); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "\n]\n")
	return err
}

// appendIndented appends src, compact JSON as AppendPlainJSON writes it
// (valid, no white space outside strings), indented as json.Indent(dst,
// src, " ", " ") would: that one validates byte by byte through its
// scanner and took half of the CSL export.
func appendIndented(dst, src []byte) []byte {
	depth := 0
	newline := func() {
		dst = append(dst, '\n', ' ')
		for range depth {
			dst = append(dst, ' ')
		}
	}
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '"':
			j := i + 1
			for j < len(src) && src[j] != '"' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			dst = append(dst, src[i:min(j+1, len(src))]...)
			i = j
		case '{', '[':
			dst = append(dst, c)
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, src[i+1])
				i++
				continue
			}
			depth++
			newline()
		case '}', ']':
			depth--
			newline()
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, ':', ' ')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// unescapeHTML turns the \u003c, \u003e and \u0026 that json.Marshal
// writes for <, > and & in strings back into the characters, as an
// Encoder with SetEscapeHTML(false) writes them, in place.
func unescapeHTML(b []byte) []byte {
	i := bytes.IndexByte(b, '\\')
	if i < 0 {
		return b
	}
	w := i
	for i < len(b) {
		c := b[i]
		if c != '\\' || i+1 >= len(b) {
			b[w] = c
			w++
			i++
			continue
		}
		if b[i+1] == 'u' && i+6 <= len(b) {
			switch string(b[i+2 : i+6]) {
			case "003c":
				b[w], w, i = '<', w+1, i+6
				continue
			case "003e":
				b[w], w, i = '>', w+1, i+6
				continue
			case "0026":
				b[w], w, i = '&', w+1, i+6
				continue
			}
		}
		// Any other escape is kept whole (its second byte may be a
		// backslash).
		b[w], b[w+1] = b[i], b[i+1]
		w, i = w+2, i+2
	}
	return b[:w]
}

var bibTypes = map[string]string{
	"article-journal": "article", "article": "article", "article-magazine": "article", "article-newspaper": "article",
	"book": "book", "chapter": "incollection", "paper-conference": "inproceedings", "report": "techreport",
	"thesis": "phdthesis", "webpage": "misc", "legislation": "misc", "news": "misc", "document": "misc",
}

// verbatimEscaper percent-encodes what a BibTeX verbatim field (url, doi)
// cannot hold; built once (a Replacer builds its tables on first use).
var verbatimEscaper = strings.NewReplacer("{", "%7B", "}", "%7D", " ", "%20")

// EncodeBibTeX writes the bibliography as BibTeX with unique keys, braces
// and special characters escaped, UTF-8 kept (biber and Better BibTeX read
// UTF-8; folding to ASCII would lose Kazakh letters).
func EncodeBibTeX(entries []BibEntry) []byte {
	var b bytes.Buffer
	writeBibTeX(&b, entries) // a bytes.Buffer does not fail
	return b.Bytes()
}

// writeBibTeX writes the BibTeX of EncodeBibTeX to w, entry by entry.
func writeBibTeX(w io.Writer, entries []BibEntry) error {
	// Keys computed once (bibKey folds and transliterates), then sorted;
	// ties keep the entries' order (a stable sort, by index: cheaper than
	// sort.SliceStable's merging by rotations).
	type keyed struct {
		key string
		i   int
	}
	ks := make([]keyed, len(entries))
	for i := range entries {
		ks[i] = keyed{bibKey(entries[i].Item), i}
	}
	slices.SortFunc(ks, func(a, b keyed) int { return cmp.Or(strings.Compare(a.key, b.key), cmp.Compare(a.i, b.i)) })
	var b bytes.Buffer // one entry
	used := map[string]int{}
	for _, k := range ks {
		b.Reset()
		e := &entries[k.i]
		it := e.Item
		typ := bibTypes[it.Type]
		if typ == "" {
			typ = "misc"
		}
		key := k.key
		used[key]++
		if n := used[key]; n > 1 {
			key += string(rune('a' + n - 2))
			for used[key] > 0 {
				key += "x"
			}
			used[key]++
		}
		b.WriteByte('@')
		b.WriteString(typ)
		b.WriteByte('{')
		b.WriteString(key)
		b.WriteString(",\n")
		raw := func(name, val string) {
			if strings.TrimSpace(val) != "" {
				b.WriteString("  ")
				b.WriteString(name)
				b.WriteString(" = {")
				b.WriteString(val)
				b.WriteString("},\n")
			}
		}
		field := func(name, val string) { raw(name, bibEscape(val)) }
		// URLs and DOIs are verbatim fields: escaping "_" would break them.
		verbatim := func(name, val string) {
			raw(name, verbatimEscaper.Replace(val))
		}
		raw("author", bibNames(it.Author))
		raw("editor", bibNames(it.Editor))
		field("title", it.Title)
		switch typ {
		case "article":
			field("journal", it.ContainerTitle)
		case "incollection", "inproceedings":
			field("booktitle", it.ContainerTitle)
		default:
			field("howpublished", it.ContainerTitle)
		}
		if y := it.Year(); y > 0 {
			field("year", strconv.Itoa(y)+it.YearSuffix)
		}
		field("volume", it.Volume)
		field("number", it.Issue)
		field("pages", strings.ReplaceAll(it.Page, "–", "--"))
		field("edition", it.Edition)
		if typ == "techreport" {
			field("institution", it.Publisher)
		} else {
			field("publisher", it.Publisher)
		}
		field("address", it.PublisherPlace)
		verbatim("doi", it.DOI)
		verbatim("url", it.URL)
		if it.Accessed != nil && len(it.Accessed.DateParts) > 0 {
			field("urldate", isoDate(it.Accessed.DateParts[0]))
		}
		field("langid", it.Language)
		field("note", "Cited by: "+strings.Join(e.CitedBy, "; "))
		b.WriteString("}\n\n")
		if _, err := w.Write(b.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

func isoDate(parts []int) string {
	s := make([]string, len(parts))
	for i, p := range parts {
		if i == 0 {
			s[i] = fmt.Sprintf("%04d", p)
		} else {
			s[i] = fmt.Sprintf("%02d", p)
		}
	}
	return strings.Join(s, "-")
}

func bibNames(ns []refs.Name) string {
	var parts []string
	for _, n := range ns {
		switch {
		case n.Literal != "":
			// Inner braces keep an organization from being split into names.
			parts = append(parts, "{"+bibEscape(n.Literal)+"}")
		case n.Given != "":
			parts = append(parts, bibEscape(n.Family)+", "+bibEscape(n.Given))
		default:
			parts = append(parts, bibEscape(n.Family))
		}
	}
	return strings.Join(parts, " and ")
}

// bibKey is familyYEARfirstword, ASCII letters only (keys must be plain).
func bibKey(it refs.Item) string {
	name := ""
	if len(it.Author) > 0 {
		name = it.Author[0].Family
		if name == "" {
			name = it.Author[0].Literal
		}
	}
	word := ""
	for w := range strings.FieldsSeq(it.Title) {
		if a := asciiKey(w); len(a) > 3 {
			word = a
			break
		}
	}
	key := asciiKey(firstWord(name))
	if key == "" {
		key = "anon"
	}
	if y := it.Year(); y > 0 {
		key += strconv.Itoa(y)
	}
	return strings.ToLower(key) + strings.ToLower(word)
}

func firstWord(s string) string {
	for w := range strings.FieldsSeq(s) {
		return w
	}
	return ""
}

// asciiKey folds diacritics and transliterates Cyrillic for citation keys.
func asciiKey(s string) string {
	if isASCII(s) { // NFD leaves it as it is: keep its letters and digits
		var buf [64]byte
		b := buf[:0]
		for i := 0; i < len(s); i++ {
			if c := s[i]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				b = append(b, c)
			}
		}
		return string(b)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		case unicode.Is(unicode.Cyrillic, r):
			b.WriteString(cyrASCII(unicode.ToLower(r)))
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

var cyrTable = map[rune]string{
	'а': "a", 'ә': "a", 'б': "b", 'в': "v", 'г': "g", 'ғ': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z",
	'и': "i", 'й': "y", 'і': "i", 'к': "k", 'қ': "k", 'л': "l", 'м': "m", 'н': "n", 'ң': "n", 'о': "o", 'ө': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ұ': "u", 'ү': "u", 'ф': "f", 'х': "kh", 'һ': "h", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
}

func cyrASCII(r rune) string { return cyrTable[r] }

// bibEscape escapes BibTeX's special characters; braces are balanced by
// escaping every brace of the value.
func bibEscape(s string) string {
	if !bibSpecial(s) {
		return s
	}
	b := make([]byte, 0, len(s)+16)
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			// Multi-byte runes as they are; a byte that is not UTF-8
			// becomes U+FFFD, as ranging over s would make it.
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				b = utf8.AppendRune(b, r)
			} else {
				b = append(b, s[i:i+size]...)
			}
			i += size
			continue
		}
		switch {
		case c == '\\':
			b = append(b, `\textbackslash{}`...)
		case c == '~':
			b = append(b, `\textasciitilde{}`...)
		case c == '^':
			b = append(b, `\textasciicircum{}`...)
		case bibEscaped[c]:
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
		i++
	}
	return string(b)
}

// bibSpecial reports whether bibEscape changes s: a character it escapes,
// or a byte that is not UTF-8 (written as U+FFFD). Most fields have
// neither.
func bibSpecial(s string) bool {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			ascii = false
		} else if bibEscaped[c] {
			return true
		}
	}
	return !ascii && !utf8.ValidString(s)
}

// bibEscaped marks the ASCII characters bibEscape escapes.
var bibEscaped = [utf8.RuneSelf]bool{'\\': true, '{': true, '}': true, '%': true, '&': true, '$': true, '#': true, '_': true, '~': true, '^': true}

// OutputFile is one file of a run's output folder.
type OutputFile struct {
	Name string
	Data []byte
}

// Outputs renders every output file of a graph.
func Outputs(g *Graph) ([]OutputFile, error) {
	graph, err := g.Encode()
	if err != nil {
		return nil, err
	}
	files, err := ExportFiles(g)
	if err != nil {
		return nil, err
	}
	return append([]OutputFile{{"claims-graph.json", graph}}, files...), nil
}

// ExportFiles renders the output files other than the graph: the
// bibliography (CSL-JSON, BibTeX) and the legal timeline. They read only
// the documents and the reducers' work and legal_act nodes, so a
// streamed run's reduced graph (Result.Graph) is enough.
func ExportFiles(g *Graph) ([]OutputFile, error) {
	files, err := exports(g)
	if err != nil {
		return nil, err
	}
	out := make([]OutputFile, len(files))
	err = parallel.Each(len(files), func(k int) error {
		var b bytes.Buffer
		if err := files[k].render(&b); err != nil {
			return err
		}
		out[k] = OutputFile{files[k].name, b.Bytes()}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// exportFile is an export's name and what renders it: the renders are
// independent, so the files can be streamed into place side by side.
type exportFile struct {
	name   string
	render func(io.Writer) error
}

// exports reads what the export files need from g (the bibliography, the
// legal timeline) and returns how to render each.
func exports(g *Graph) ([]exportFile, error) {
	bib, err := g.Bibliography()
	if err != nil {
		return nil, err
	}
	tl, err := g.LegalTimeline()
	if err != nil {
		return nil, err
	}
	timeline, err := json.MarshalIndent(tl, "", " ")
	if err != nil {
		return nil, err
	}
	return []exportFile{
		{"bibliography.csl.json", func(w io.Writer) error { return writeCSL(w, bib) }},
		{"bibliography.bib", func(w io.Writer) error { return writeBibTeX(w, bib) }},
		{"legal-acts.json", func(w io.Writer) error {
			_, err := w.Write(append(timeline, '\n'))
			return err
		}},
	}, nil
}
