package extract

import (
	"encoding/json"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// ReadJSONLine decodes one line of a records file (without its newline)
// into r, which must be zero, with json.Unmarshal's result and errors. The
// line is read by hand (doc.JSONReader): a reduce from records files
// decodes 1.5 GB of them at 10,000 papers, and encoding/json validated
// every node once more within its record. What the hand readers accept is
// valid JSON, so a line they read whole needs no other check (json.Valid
// first cost more than reading). What they do not take (a key in other
// case, a rare escape, a number where an int is wanted, invalid JSON) is
// left to json.Unmarshal.
func (r *Record) ReadJSONLine(line []byte) error {
	var v Record
	if jr := doc.NewJSONReader(line); v.readPlain(jr) && jr.End() {
		*r = v
		return nil
	}
	return json.Unmarshal(line, r)
}

func (r *Record) readPlain(jr *doc.JSONReader) bool {
	return jr.Object(func(key string) bool {
		switch key {
		case "schema":
			return jr.StringTo(&r.Schema)
		case "pipeline":
			return jr.StringTo(&r.Pipeline)
		case "document":
			return r.Document.readPlain(jr)
		case "nodes":
			return readArray(jr, &r.Nodes, (*doc.Node).ReadPlainJSON)
		case "edges":
			return readArray(jr, &r.Edges, (*doc.Edge).ReadPlainJSON)
		case "findings":
			return readArray(jr, &r.Findings, (*doc.Finding).ReadPlainJSON)
		case "error":
			if jr.Null() {
				return true
			}
			r.Error = &RecordError{}
			return jr.Object(func(key string) bool {
				switch key {
				case "path":
					return jr.StringTo(&r.Error.Path)
				case "stage":
					return jr.StringTo(&r.Error.Stage)
				case "message":
					return jr.StringTo(&r.Error.Message)
				case "partial":
					return jr.BoolTo(&r.Error.Partial)
				}
				return false
			})
		}
		return false
	})
}

// readArray reads an array or null into s, as encoding/json does (null
// leaves s nil, [] makes it empty).
func readArray[T any](jr *doc.JSONReader, s *[]T, read func(*T, *doc.JSONReader) bool) bool {
	if jr.Null() {
		return true
	}
	out := []T{}
	ok := jr.Array(func() bool {
		out = append(out, *new(T))
		return read(&out[len(out)-1], jr)
	})
	*s = out
	return ok
}

func (d *DocumentInfo) readPlain(jr *doc.JSONReader) bool {
	if jr.Null() {
		return true
	}
	return jr.Object(func(key string) bool {
		switch key {
		case "id":
			return jr.StringTo(&d.ID)
		case "path":
			return jr.StringTo(&d.Path)
		case "sha256":
			return jr.StringTo(&d.SHA256)
		case "format":
			var f string
			ok := jr.StringTo(&f)
			d.Format = doc.Format(f)
			return ok
		case "languages":
			return readArray(jr, &d.Languages, func(l *doc.LangShare, jr *doc.JSONReader) bool {
				return jr.Object(func(key string) bool {
					switch key {
					case "lang":
						return jr.StringTo(&l.Lang)
					case "share":
						return jr.FloatTo(&l.Share)
					}
					return false
				})
			})
		case "title":
			return jr.StringTo(&d.Title)
		case "titles":
			return jr.StringsTo(&d.Titles)
		case "doi":
			return jr.StringTo(&d.DOI)
		case "pages":
			return jr.IntTo(&d.Pages)
		case "page_info":
			return readArray(jr, &d.PageInfo, func(p *PageInfo, jr *doc.JSONReader) bool {
				return jr.Object(func(key string) bool {
					switch key {
					case "number":
						return jr.IntTo(&p.Number)
					case "printed":
						return jr.StringTo(&p.Printed)
					case "span":
						return jr.SpanTo(&p.Span)
					case "removed":
						return jr.StringsTo(&p.Removed)
					}
					return false
				})
			})
		case "sections":
			return readArray(jr, &d.Sections, func(s *SectionInfo, jr *doc.JSONReader) bool {
				return jr.Object(func(key string) bool {
					switch key {
					case "kind":
						return jr.StringTo(&s.Kind)
					case "heading":
						return jr.StringTo(&s.Heading)
					case "span":
						return jr.SpanTo(&s.Span)
					case "page":
						return jr.IntTo(&s.Page)
					case "line":
						return jr.IntTo(&s.Line)
					}
					return false
				})
			})
		case "sentences":
			return readArray(jr, &d.Sentences, func(s *SentenceInfo, jr *doc.JSONReader) bool {
				return jr.Object(func(key string) bool {
					switch key {
					case "span":
						return jr.SpanTo(&s.Span)
					case "lang":
						return jr.StringTo(&s.Lang)
					}
					return false
				})
			})
		case "removed":
			return jr.StringsTo(&d.Removed)
		case "text_bytes":
			return jr.IntTo(&d.Bytes)
		}
		return false
	})
}
