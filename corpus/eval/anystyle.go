package eval

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/claimgraph/claimgraph/extract/refs"
)

// anyStyleFile is one AnyStyle data set and how to read it.
type anyStyleFile struct {
	name string
	// anyStyleCyrillic keeps only the references that contain Cyrillic letters.
	anyStyleCyrillic bool
}

var anyStyleFiles = []anyStyleFile{
	{"gold.xml", false}, {"core.xml", false}, {"good.xml", true}, {"ugly.xml", true},
}

// AnyStyle scores refs.Parse against the hand-labelled references of the
// AnyStyle project in benchDir (gold.xml, core.xml, and the Cyrillic
// references of good.xml and ugly.xml) and prints, for each set, per-field
// precision, recall and F1, the micro-averaged F1 and the share of
// references whose every scored field is right.
func AnyStyle(w io.Writer, benchDir string) error {
	lx, err := refs.Load()
	if err != nil {
		return err
	}
	parse := func(s string) refs.Item { return refs.Parse(s, lx) }
	for _, f := range anyStyleFiles {
		fh, err := os.Open(filepath.Join(benchDir, f.name))
		if err != nil {
			return err
		}
		seqs, err := readAnyStyle(fh)
		fh.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
		title := f.name
		if f.anyStyleCyrillic {
			seqs = anyStyleCyrillic(seqs)
			title += " (Cyrillic references only)"
		}
		sc := scoreAnyStyle(seqs, parse)
		sc.print(w, title)
	}
	return nil
}

// anyStyleRef is one labelled reference: its fields in printed order.
type anyStyleRef struct {
	Fields []anyStyleField
}

type anyStyleField struct {
	Label, Text string
}

// Raw returns the reference string as printed: the fields joined by spaces.
func (r anyStyleRef) Raw() string {
	parts := make([]string, len(r.Fields))
	for i, f := range r.Fields {
		parts[i] = strings.TrimSpace(f.Text)
	}
	return strings.Join(parts, " ")
}

func readAnyStyle(r io.Reader) ([]anyStyleRef, error) {
	var ds struct {
		Sequences []struct {
			Fields []struct {
				XMLName xml.Name
				Text    string `xml:",chardata"`
			} `xml:",any"`
		} `xml:"sequence"`
	}
	if err := xml.NewDecoder(r).Decode(&ds); err != nil {
		return nil, err
	}
	out := make([]anyStyleRef, 0, len(ds.Sequences))
	for _, s := range ds.Sequences {
		var ref anyStyleRef
		for _, f := range s.Fields {
			ref.Fields = append(ref.Fields, anyStyleField{Label: f.XMLName.Local, Text: f.Text})
		}
		out = append(out, ref)
	}
	return out, nil
}

func anyStyleCyrillic(seqs []anyStyleRef) []anyStyleRef {
	var out []anyStyleRef
	for _, s := range seqs {
		for _, r := range s.Raw() {
			if unicode.Is(unicode.Cyrillic, r) {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// anyStyleLabels maps AnyStyle labels to the CSL field they are scored as.
// Labels not listed (citation-number, isbn, medium, source, director, ...)
// have no CSL field in refs.Item and are not scored.
var anyStyleLabels = map[string]string{
	"author": "author", "editor": "editor", "translator": "translator",
	"title": "title", "date": "issued",
	"journal": "container-title", "container-title": "container-title",
	"volume": "volume", "pages": "page",
	"publisher": "publisher", "location": "publisher-place",
	"doi": "DOI", "url": "URL", "edition": "edition", "genre": "genre", "note": "note",
}

// anyStyleScored is the order fields are printed in.
var anyStyleScored = []string{"author", "editor", "translator", "title", "issued", "container-title", "volume", "page", "publisher", "publisher-place", "DOI", "URL", "edition", "genre", "note"}

// anyStyleCount holds true positives, false positives and false negatives.
type anyStyleCount struct{ TP, FP, FN int }

func (c anyStyleCount) prf() (p, r, f float64) {
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// anyStyleScore is the result of scoring one set.
type anyStyleScore struct {
	Refs   int
	Exact  int
	Fields map[string]*anyStyleCount
}

func (s *anyStyleScore) micro() anyStyleCount {
	var m anyStyleCount
	for _, c := range s.Fields {
		m.TP += c.TP
		m.FP += c.FP
		m.FN += c.FN
	}
	return m
}

// scoreAnyStyle parses every reference and compares field by field. A
// field is right when the normalized gold and parsed values are equal; a
// wrong value counts as one false positive and one false negative.
func scoreAnyStyle(seqs []anyStyleRef, parse func(string) refs.Item) *anyStyleScore {
	sc := &anyStyleScore{Fields: map[string]*anyStyleCount{}}
	for _, f := range anyStyleScored {
		sc.Fields[f] = &anyStyleCount{}
	}
	for _, s := range seqs {
		gold := anyStyleGoldFields(s)
		pred := anyStyleItemFields(parse(s.Raw()))
		sc.Refs++
		exact := true
		for _, f := range anyStyleScored {
			g, p := gold[f], pred[f]
			c := sc.Fields[f]
			switch {
			case g == "" && p == "":
			case g == p:
				c.TP++
			default:
				exact = false
				if p != "" {
					c.FP++
				}
				if g != "" {
					c.FN++
				}
			}
		}
		if exact {
			sc.Exact++
		}
	}
	return sc
}

func (s *anyStyleScore) print(w io.Writer, title string) {
	fmt.Fprintf(w, "%s: %d references\n", title, s.Refs)
	fmt.Fprintf(w, "  %-16s %6s %6s %6s %6s\n", "field", "gold", "P", "R", "F1")
	for _, f := range anyStyleScored {
		c := s.Fields[f]
		if c.TP+c.FN+c.FP == 0 {
			continue
		}
		p, r, f1 := c.prf()
		fmt.Fprintf(w, "  %-16s %6d %6.3f %6.3f %6.3f\n", f, c.TP+c.FN, p, r, f1)
	}
	p, r, f1 := s.micro().prf()
	fmt.Fprintf(w, "  %-16s %6s %6.3f %6.3f %6.3f\n", "micro", "", p, r, f1)
	share := 0.0
	if s.Refs > 0 {
		share = float64(s.Exact) / float64(s.Refs)
	}
	fmt.Fprintf(w, "  exact references: %d/%d = %.3f\n\n", s.Exact, s.Refs, share)
}

// anyStyleGoldFields collects a labelled reference's fields, normalized; a label
// that occurs twice is joined.
func anyStyleGoldFields(s anyStyleRef) map[string]string {
	raw := map[string][]string{}
	for _, f := range s.Fields {
		field, ok := anyStyleLabels[f.Label]
		if !ok {
			continue
		}
		if field == "URL" && strings.Contains(strings.ToLower(f.Text), "doi.org/10.") {
			field = "DOI"
		}
		raw[field] = append(raw[field], f.Text)
	}
	anyStyleSplitGlued(raw)
	out := map[string]string{}
	for f, vs := range raw {
		if v := anyStyleNormalize(f, strings.Join(vs, " ")); v != "" {
			out[f] = v
		}
	}
	return out
}

var (
	// anyStyleGluedPages is a volume token with the page range glued on:
	// "31(12):2023–2048." (AnyStyle labels whole white-space tokens, so the
	// pages inside the token were labelled volume).
	anyStyleGluedPages = regexp.MustCompile(`^(\s*\d+[A-Za-z]?(?:\s*\([^()]*\))?:)(\d+[A-Za-z]?\s*[-–—]\s*\d+[A-Za-z]?)([.,;]?\s*)$`)
	// anyStyleGluedYear is a Vancouver volume token that starts with the
	// year: "2009;108(2):".
	anyStyleGluedYear = regexp.MustCompile(`^\s*((?:1[5-9]|20)\d\d);(\d.*)$`)
)

// anyStyleSplitGlued gives the parts of a glued volume token the fields
// they print: AnyStyle labels whole white-space tokens, so in
// "2009;108(2):1434–40," the year and the page range were labelled volume
// with the volume and issue. They are moved to the date and pages when
// the reference has no date or pages of its own.
func anyStyleSplitGlued(raw map[string][]string) {
	vs := raw["volume"]
	if len(vs) != 1 {
		return
	}
	v := vs[0]
	if m := anyStyleGluedYear.FindStringSubmatch(v); m != nil && len(raw["issued"]) == 0 {
		raw["issued"] = []string{m[1]}
		v = m[2]
	}
	if m := anyStyleGluedPages.FindStringSubmatch(v); m != nil && len(raw["page"]) == 0 {
		raw["page"] = []string{m[2]}
		v = m[1]
	}
	raw["volume"] = []string{v}
}

// anyStyleItemFields renders a parsed item's fields in the same normalized form.
func anyStyleItemFields(it refs.Item) map[string]string {
	names := func(ns []refs.Name) string {
		var parts []string
		for _, n := range ns {
			parts = append(parts, n.Given, n.Family, n.Literal)
		}
		return strings.Join(parts, " ")
	}
	vals := map[string]string{
		"author": names(it.Author), "editor": names(it.Editor), "translator": names(it.Translator),
		"title": it.Title, "container-title": it.ContainerTitle,
		"volume": strings.TrimSpace(it.Volume + " " + it.Issue), "page": it.Page,
		"publisher": it.Publisher, "publisher-place": it.PublisherPlace,
		"DOI": it.DOI, "URL": it.URL, "edition": it.Edition, "genre": it.Genre, "note": it.Note,
	}
	if it.Issued != nil {
		if y := it.Issued.Year(); y > 0 {
			vals["issued"] = strconv.Itoa(y) + it.YearSuffix
		} else {
			vals["issued"] = it.Issued.Literal
		}
	}
	out := map[string]string{}
	for f, v := range vals {
		if n := anyStyleNormalize(f, v); n != "" {
			out[f] = n
		}
	}
	return out
}

var (
	anyStyleYear       = regexp.MustCompile(`(?:^|[^\d])((?:1[5-9]|20)\d\d)([a-h])?(?:[^\da-z]|$)`)
	anyStyleBrokenWord = regexp.MustCompile(`(\p{L})- (\p{Ll})`)
	// anyStyleMarkup is inline markup kept in some labelled strings
	// ("<italic>Water Research</italic>"): not words of the field.
	anyStyleMarkup = regexp.MustCompile(`(?i)</?(?:italic|i|b|bold|em|strong|sup|sub|span)>`)
)

// anyStyleStopwords are the anyStyleWordSet a field's value may carry or lack without
// being wrong: labels such as "pp." or "Vol.", and joiners of name lists.
var anyStyleStopwords = map[string]map[string]bool{
	"author":          anyStyleWordSet("and et al eds ed edited by hrsg hg in trans translated и др others"),
	"editor":          anyStyleWordSet("and et al eds ed edited by hrsg hg in trans translated и др others editor editors"),
	"translator":      anyStyleWordSet("and et al trans translated by tr"),
	"container-title": anyStyleWordSet("in"),
	"page":            anyStyleWordSet("pp p pages page pg s с ss str стр б"),
	"volume":          anyStyleWordSet("vol volume v no n nr issue iss t т tom bd jg band num h вып heft št"),
	"edition":         anyStyleWordSet("ed edn edition изд aufl éd"),
	// Words that only introduce a link or an access date, which have
	// fields of their own: "Retrieved from", "Available at:", "URL:".
	"note": anyStyleWordSet("retrieved from available at url online accessed retirado de disponible en режим доступа"),
}

// anyStyleOrdinals are the edition numbers written as words.
var anyStyleOrdinals = map[string]string{
	"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
	"seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10",
}

var anyStyleEditionNumber = regexp.MustCompile(`^(\d+)(?:st|nd|rd|th|e|е|ª|º|er|re|ème|e)?$`)

func anyStyleWordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// anyStyleNormalize turns a field value into comparable form: lower-cased
// letter and digit tokens with the field's stopwords removed; names as a
// sorted bag of tokens (their order differs by style); dates as the year
// with its suffix; DOI and URL as lower-cased identifiers.
func anyStyleNormalize(field, v string) string {
	v = norm.NFC.String(strings.TrimSpace(v))
	if v == "" {
		return ""
	}
	switch field {
	case "DOI":
		d, _ := refs.NormalizeDOI(v)
		return strings.ToLower(d)
	case "URL":
		return strings.ToLower(strings.TrimRight(strings.TrimSpace(v), ".,;:)>"))
	case "issued":
		if m := anyStyleYear.FindStringSubmatch(v); m != nil {
			return m[1] + m[2]
		}
	}
	v = anyStyleMarkup.ReplaceAllString(v, " ")
	v = anyStyleBrokenWord.ReplaceAllString(v, "$1$2")
	toks := strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	stop := anyStyleStopwords[field]
	kept := toks[:0]
	for i, t := range toks {
		if stop[t] && !(field == "container-title" && i > 0) {
			continue
		}
		kept = append(kept, t)
	}
	switch field {
	case "author", "editor", "translator":
		sort.Strings(kept)
	case "edition":
		// "2nd ed.", "(2nd ed.)", "second edition" and "2" are the same
		// edition: the number stands for it.
		for _, t := range kept {
			if n, ok := anyStyleOrdinals[t]; ok {
				return n
			}
			if m := anyStyleEditionNumber.FindStringSubmatch(t); m != nil {
				return m[1]
			}
		}
	}
	return strings.Join(kept, " ")
}
