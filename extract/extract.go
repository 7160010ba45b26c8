// Package extract runs the per-document half of the pipeline: ingestion and
// every extractor, ending in one serializable Record per document. Nothing
// here looks at other documents; cross-document work reads only Records.
package extract

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"runtime/debug"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/doc"
	"github.com/claimgraph/claimgraph/extract/ingest"
	"github.com/claimgraph/claimgraph/nlp"
)

// RecordSchema names the format of a Record; PipelineVersion changes
// whenever extraction output can change, so that cached records of an older
// pipeline are never served.
const (
	RecordSchema    = "claimgraph-record/v1"
	PipelineVersion = "0.3.1"
)

// Record is everything extracted from one document, with spans, ready to be
// written as one JSON line and reduced later without the text.
type Record struct {
	Schema   string        `json:"schema"`
	Pipeline string        `json:"pipeline"`
	Document DocumentInfo  `json:"document"`
	Nodes    []doc.Node    `json:"nodes"`
	Edges    []doc.Edge    `json:"edges"`
	Findings []doc.Finding `json:"findings"`
	Error    *RecordError  `json:"error,omitempty"`
}

// DocumentInfo is the documents[] entry of the graph.
type DocumentInfo struct {
	ID        string          `json:"id"`
	Path      string          `json:"path"`
	SHA256    string          `json:"sha256"`
	Format    doc.Format      `json:"format"`
	Languages []doc.LangShare `json:"languages"`
	Title     string          `json:"title,omitempty"`
	// Titles are every title the document prints (one per abstract
	// language), used to recognize the same work across documents.
	Titles []string `json:"titles,omitempty"`
	// DOI is the document's own DOI when its front matter prints one.
	DOI       string         `json:"doi,omitempty"`
	Pages     int            `json:"pages,omitempty"`
	PageInfo  []PageInfo     `json:"page_info,omitempty"`
	Sections  []SectionInfo  `json:"sections"`
	Sentences []SentenceInfo `json:"sentences"`
	// Removed are running heads and page numbers taken out of the text.
	Removed []string `json:"removed,omitempty"`
	Bytes   int      `json:"text_bytes"`
}

// PageInfo describes one PDF page.
type PageInfo struct {
	Number  int      `json:"number"`
	Printed string   `json:"printed,omitempty"`
	Span    doc.Span `json:"span"`
	Removed []string `json:"removed,omitempty"`
}

// SectionInfo is a section with its position in the original.
type SectionInfo struct {
	Kind    string   `json:"kind"`
	Heading string   `json:"heading"`
	Span    doc.Span `json:"span"`
	Page    int      `json:"page,omitempty"`
	Line    int      `json:"line"`
}

// SentenceInfo is a sentence span and its language.
type SentenceInfo struct {
	Span doc.Span `json:"span"`
	Lang string   `json:"lang"`
}

// RecordError is the per-document error of the contract's errors[].
type RecordError struct {
	Path    string `json:"path"`
	Stage   string `json:"stage"`
	Message string `json:"message"`
	// Partial is true when the record still carries a complete part of the
	// document's results (e.g. text but no extraction).
	Partial bool `json:"partial,omitempty"`
}

// Pipeline holds the loaded resources of every stage. It is read-only after
// New and safe for concurrent use.
type Pipeline struct {
	NLP    *nlp.Resources
	Ingest *ingest.Ingester
	stages []Stage
	// langs, when set, keeps only nodes in these languages (--lang).
	langs map[string]bool
}

// Stage is one extractor: it reads the document and what earlier stages
// found, and adds nodes, edges and findings to the record.
type Stage struct {
	Name string
	Run  func(d *doc.Document, st *State) error
}

// State is what the stages of one document share while it is extracted.
type State struct {
	Record *Record
	// Exclude are spans owned by an earlier extractor (callouts, act
	// numbers) that later extractors must not read as something else.
	Exclude []doc.Span
	// Sources are citations and attributions a claim can be attributed to.
	Sources []Source
	// Values lets stages pass typed results to later stages.
	Values map[string]any

	// nb is what record building reuses from node to node.
	nb nodeBuilder
}

// Source is a span a claim in the same sentence can be attributed to.
type Source struct {
	Span doc.Span
	Ref  string // node id of the citation's reference (the citation's own when it has none) or of the attribution
	Org  string // organization named by an attribution, as written
	// OrgAuthor: the cited work's author is an organization (a statistics
	// office, the IOM), whose publication year dates the data it reports.
	OrgAuthor bool
}

// Options configure a Pipeline.
type Options struct {
	Ingest ingest.Options
	// Langs restricts extraction to paragraphs of these languages (nil: all).
	Langs []string
}

// New builds a pipeline with the given stages.
func New(res *nlp.Resources, opt Options, stages ...Stage) (*Pipeline, error) {
	in, err := ingest.New(res, opt.Ingest)
	if err != nil {
		return nil, fmt.Errorf("ingest: %w", err)
	}
	p := &Pipeline{NLP: res, Ingest: in, stages: stages}
	if len(opt.Langs) > 0 {
		p.langs = map[string]bool{}
		for _, l := range opt.Langs {
			p.langs[l] = true
		}
	}
	return p, nil
}

// Build ingests one input into a Document (the text command uses it alone).
// The document keeps data: the caller must not modify it afterwards.
func (p *Pipeline) Build(ctx context.Context, path string, data []byte) (*doc.Document, error) {
	return p.Ingest.Build(ctx, path, data)
}

// Extract runs ingestion and every stage on one input and returns its
// record. It never panics: a failing stage becomes the record's error, and
// the stages before it are kept when they completed.
func (p *Pipeline) Extract(ctx context.Context, path string, data []byte) (rec *Record) {
	rec = &Record{Schema: RecordSchema, Pipeline: PipelineVersion}
	rec.Document.Path = path
	stage := "read"
	defer func() {
		if r := recover(); r != nil {
			rec.Error = &RecordError{Path: path, Stage: stage, Message: fmt.Sprintf("internal error (please report): %v\n%s", r, firstLines(debug.Stack(), 12))}
			rec.Error.Partial = stage != "read"
		}
		sortRecord(rec)
	}()
	d, err := p.Ingest.Build(ctx, path, data)
	if d != nil {
		rec.Document.ID, rec.Document.SHA256, rec.Document.Format = d.ID, d.SHA256, d.Format
	}
	if err != nil {
		st := "read"
		var ie *ingest.Error
		if errors.As(err, &ie) {
			st = string(ie.Stage)
		}
		rec.Error = &RecordError{Path: path, Stage: st, Message: err.Error()}
		return rec
	}
	rec.Document = Describe(d)
	state := &State{Record: rec, Values: map[string]any{}}
	for _, s := range p.stages {
		if err := ctx.Err(); err != nil {
			rec.Error = &RecordError{Path: path, Stage: s.Name, Message: "stopped: " + err.Error(), Partial: true}
			return rec
		}
		stage = s.Name
		if err := s.Run(d, state); err != nil {
			rec.Error = &RecordError{Path: path, Stage: s.Name, Message: err.Error(), Partial: true}
			return rec
		}
	}
	if p.langs != nil {
		restrictLangs(rec, p.langs)
	}
	return rec
}

// restrictLangs drops the nodes taken from text in other languages, and the
// edges and findings that name them.
func restrictLangs(rec *Record, langs map[string]bool) {
	dropped := map[string]bool{}
	nodes := rec.Nodes[:0]
	for _, n := range rec.Nodes {
		if n.Lang != "" && !langs[n.Lang] {
			dropped[n.ID] = true
			continue
		}
		nodes = append(nodes, n)
	}
	rec.Nodes = nodes
	edges := rec.Edges[:0]
	for _, e := range rec.Edges {
		if !dropped[e.From] && !dropped[e.To] {
			edges = append(edges, e)
		}
	}
	rec.Edges = edges
	findings := rec.Findings[:0]
	for _, f := range rec.Findings {
		keep := true
		for _, n := range f.Nodes {
			keep = keep && !dropped[n]
		}
		if keep {
			findings = append(findings, f)
		}
	}
	rec.Findings = findings
}

// Describe turns a built document into its DocumentInfo.
func Describe(d *doc.Document) DocumentInfo {
	info := DocumentInfo{
		ID: d.ID, Path: d.Path, SHA256: d.SHA256, Format: d.Format, Languages: d.Languages,
		Title: d.Title, Removed: d.Removed, Bytes: len(d.Text),
	}
	if info.Languages == nil {
		info.Languages = []doc.LangShare{}
	}
	if d.Format == doc.FormatPDF {
		info.Pages = len(d.Pages)
		for _, p := range d.Pages {
			info.PageInfo = append(info.PageInfo, PageInfo{Number: p.Number, Printed: p.Printed, Span: p.Span, Removed: p.Removed})
		}
	}
	info.Sections = []SectionInfo{}
	for _, s := range d.Sections {
		pos := d.Position(s.Span.Start)
		info.Sections = append(info.Sections, SectionInfo{Kind: s.Kind, Heading: s.Heading, Span: s.Span, Page: pos.Page, Line: pos.Line})
	}
	info.Titles = titles(d)
	info.DOI = ownDOI(d)
	info.Sentences = make([]SentenceInfo, 0, len(d.Sentences))
	for _, s := range d.Sentences {
		info.Sentences = append(info.Sentences, SentenceInfo{Span: s.Span, Lang: s.Lang})
	}
	return info
}

// TextNode returns a node for a span of d with every common field filled:
// id, doc, span, exact text, the sentence it stands in, language and its
// position in the original (page, line, column).
func TextNode(d *doc.Document, typ, idKind string, s doc.Span) doc.Node {
	sp := s
	return textNode(d, typ, doc.NodeID(idKind, d.ID, s), &sp, nil)
}

func sortRecord(r *Record) {
	sortStable(r.Nodes, func(a, b *doc.Node) int { return strings.Compare(a.ID, b.ID) })
	sortStable(r.Edges, func(a, b *doc.Edge) int {
		if c := strings.Compare(a.From, b.From); c != 0 {
			return c
		}
		if c := strings.Compare(a.To, b.To); c != 0 {
			return c
		}
		return strings.Compare(a.Type, b.Type)
	})
	sortStable(r.Findings, func(a, b *doc.Finding) int { return strings.Compare(a.ID, b.ID) })
	if r.Nodes == nil {
		r.Nodes = []doc.Node{}
	}
	if r.Edges == nil {
		r.Edges = []doc.Edge{}
	}
	if r.Findings == nil {
		r.Findings = []doc.Finding{}
	}
}

// sortStable sorts s stably by cmp, as sort.SliceStable does. A record's
// nodes and edges come as a few ascending runs (one or more per extractor)
// with some local disorder (a claim's edges, ids whose numbers gain a
// digit), so it builds ascending runs, moving an element that belongs at
// most maxInsertBack places back into its run, and merges them (a natural
// merge sort: stable, since insertion passes only greater elements and
// ties take the earlier run). Nodes are ~150 bytes: the runs and merges
// move indices, and then each element is moved once.
func sortStable[T any](s []T, cmp func(a, b *T) int) {
	first := 1 // the first descent
	for first < len(s) && cmp(&s[first-1], &s[first]) <= 0 {
		first++
	}
	if first >= len(s) {
		return
	}
	const maxInsertBack = 2
	idx := make([]int32, 2*len(s))
	from, to := idx[:len(s)], idx[len(s):]
	for i := range from {
		from[i] = int32(i)
	}
	var endsBuf [32]int32
	ends := endsBuf[:0] // where each ascending run ends
	runStart := 0
	for i := first; i < len(s); i++ {
		x := from[i]
		if cmp(&s[from[i-1]], &s[x]) <= 0 {
			continue
		}
		p := i - 1 // x goes before from[p]
		fits := true
		for p > runStart && cmp(&s[from[p-1]], &s[x]) > 0 {
			if i-p == maxInsertBack {
				fits = false
				break
			}
			p--
		}
		if !fits {
			ends = append(ends, int32(i))
			runStart = i
			continue
		}
		copy(from[p+1:i+1], from[p:i])
		from[p] = x
	}
	ends = append(ends, int32(len(s)))
	for len(ends) > 1 {
		// Merge runs pairwise from from into to; the merged runs' ends
		// overwrite ends from the front (index r/2 ≤ r, already read).
		merged := ends[:0]
		start := int32(0)
		for r := 0; r < len(ends); r += 2 {
			if r+1 == len(ends) {
				copy(to[start:ends[r]], from[start:ends[r]])
				merged = append(merged, ends[r])
				break
			}
			mid, end := ends[r], ends[r+1]
			mergeRuns(s, cmp, to[start:end], from[start:mid], from[mid:end])
			merged = append(merged, end)
			start = end
		}
		ends = merged
		from, to = to, from
	}
	// s[k] takes the element at from[k]: follow each cycle of the
	// permutation with one element held aside, marking placed slots.
	for k := range s {
		if from[k] < 0 || int(from[k]) == k {
			continue
		}
		held := s[k]
		j := k
		for {
			at := int(from[j])
			from[j] = -1
			if at == k {
				s[j] = held
				break
			}
			s[j] = s[at]
			j = at
		}
	}
}

// mergeRuns merges the indices of two ascending runs of s, a before b,
// into dst; on ties a's come first.
func mergeRuns[T any](s []T, cmp func(a, b *T) int, dst, a, b []int32) {
	if cmp(&s[a[len(a)-1]], &s[b[0]]) <= 0 {
		copy(dst[copy(dst, a):], b)
		return
	}
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if cmp(&s[b[j]], &s[a[i]]) < 0 {
			dst[k] = b[j]
			j++
		} else {
			dst[k] = a[i]
			i++
		}
		k++
	}
	k += copy(dst[k:], a[i:])
	copy(dst[k:], b[j:])
}

func firstLines(b []byte, n int) string {
	lines := 0
	for i, c := range b {
		if c == '\n' {
			lines++
			if lines == n {
				return string(b[:i])
			}
		}
	}
	return string(b)
}

// titles returns the document's title and every heading that stands just
// before an abstract (bilingual papers print a title over each abstract).
func titles(d *doc.Document) []string {
	var out []string
	seen := map[string]bool{}
	add := func(t string) {
		t = strings.TrimSpace(t)
		if t == "" {
			return
		}
		if k := strings.ToLower(t); !seen[k] {
			seen[k] = true
			out = append(out, t)
		}
	}
	add(d.Title)
	for i, p := range d.Paragraphs {
		if !p.Heading {
			continue
		}
		t := d.Slice(p.Span)
		if n := countFields(t, 30); n < 4 || n > 30 {
			continue
		}
		for j := i + 1; j < len(d.Paragraphs) && j <= i+4; j++ {
			if d.InSection(d.Paragraphs[j].Span.Start, doc.SectionAbstract) {
				add(t)
				break
			}
		}
	}
	return out
}

// countFields is len(strings.Fields(s)) when that is at most max, else
// more than max: the words are counted, not cut out, and no further.
func countFields(s string, max int) int {
	n := 0
	in := false
	for _, r := range s {
		if r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			in = true
			if n++; n > max {
				break
			}
		}
	}
	return n
}

// asciiSpace marks the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// doiAt matches a DOI at the start of a string; ownDOI finds where one can
// start ("10." after no ASCII word byte, as \b10\. would) before calling it,
// instead of running \b10\.\d{4,9}/[^\s"<>()\[\]]+ from every offset.
var doiAt = regexp.MustCompile(`^10\.\d{4,9}/[^\s"<>()\[\]]+`)

// ownDOI finds a DOI printed outside the reference list and before the
// body (front matter, landing pages): the document's own.
func ownDOI(d *doc.Document) string {
	limit := len(d.Text)
	for _, s := range d.Sections {
		if s.Kind == doc.SectionIntroduction || s.Kind == doc.SectionReferences {
			limit = s.Span.Start
			break
		}
	}
	text := d.Text[:limit]
	for i := 0; i < len(text); {
		k := strings.Index(text[i:], "10.")
		if k < 0 {
			break
		}
		p := i + k
		if p > 0 && isWordByte(text[p-1]) {
			i = p + 1
			continue
		}
		m := doiAt.FindStringIndex(text[p:])
		if m == nil {
			i = p + 1
			continue
		}
		if d.InSection(p, doc.SectionReferences) {
			i = p + m[1] // matches do not overlap
			continue
		}
		return strings.TrimRight(text[p:p+m[1]], ".,;")
	}
	return ""
}

// isWordByte reports whether b is an ASCII word character (\w): a byte of a
// multi-byte rune is not, as the rune is not.
func isWordByte(b byte) bool {
	return b == '_' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}
