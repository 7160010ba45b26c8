package extract

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// AppendJSONLine appends r as one line of a records file: the bytes a
// json.Encoder with SetEscapeHTML(false) writes for it, newline included.
// It writes them by hand: the encoder re-validates every node's JSON and
// encodes the sentence list by reflection. What it does not write by hand
// (a NaN language share, a node whose attributes are not an object) it
// leaves to the encoder, which reports the error.
func (r *Record) AppendJSONLine(dst []byte) ([]byte, error) {
	if b, ok := r.appendJSON(dst); ok {
		return append(b, '\n'), nil
	}
	buf := bytes.NewBuffer(dst)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (r *Record) appendJSON(b []byte) ([]byte, bool) {
	b = append(b, `{"schema":`...)
	b = doc.AppendString(b, r.Schema, false)
	b = append(b, `,"pipeline":`...)
	b = doc.AppendString(b, r.Pipeline, false)
	b = append(b, `,"document":`...)
	var ok bool
	if b, ok = r.Document.AppendJSON(b); !ok {
		return b, false
	}
	var err error
	b = append(b, `,"nodes":`...)
	if r.Nodes == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range r.Nodes {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = r.Nodes[i].AppendJSON(b); err != nil {
				return b, false
			}
		}
		b = append(b, ']')
	}
	b = append(b, `,"edges":`...)
	if r.Edges == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range r.Edges {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = r.Edges[i].AppendJSON(b); err != nil {
				return b, false
			}
		}
		b = append(b, ']')
	}
	b = append(b, `,"findings":`...)
	if r.Findings == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range r.Findings {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = r.Findings[i].AppendJSON(b); err != nil {
				return b, false
			}
		}
		b = append(b, ']')
	}
	if e := r.Error; e != nil {
		b = append(b, `,"error":{"path":`...)
		b = doc.AppendString(b, e.Path, false)
		b = append(b, `,"stage":`...)
		b = doc.AppendString(b, e.Stage, false)
		b = append(b, `,"message":`...)
		b = doc.AppendString(b, e.Message, false)
		if e.Partial {
			b = append(b, `,"partial":true`...)
		}
		b = append(b, '}')
	}
	return append(b, '}'), true
}

// AppendJSON appends d as a json.Encoder with SetEscapeHTML(false) writes
// it, without the newline (a record's document, the graph's documents[]
// entry); false when it leaves d to encoding/json (a language share that
// is not a finite number).
func (d *DocumentInfo) AppendJSON(b []byte) ([]byte, bool) {
	b = append(b, `{"id":`...)
	b = doc.AppendString(b, d.ID, false)
	b = append(b, `,"path":`...)
	b = doc.AppendString(b, d.Path, false)
	b = append(b, `,"sha256":`...)
	b = doc.AppendString(b, d.SHA256, false)
	b = append(b, `,"format":`...)
	b = doc.AppendString(b, string(d.Format), false)
	b = append(b, `,"languages":`...)
	if d.Languages == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, l := range d.Languages {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"lang":`...)
			b = doc.AppendString(b, l.Lang, false)
			b = append(b, `,"share":`...)
			var ok bool
			if b, ok = doc.AppendFloat(b, l.Share); !ok {
				return b, false
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if d.Title != "" {
		b = append(b, `,"title":`...)
		b = doc.AppendString(b, d.Title, false)
	}
	if len(d.Titles) > 0 {
		b = append(b, `,"titles":`...)
		b = appendStrings(b, d.Titles)
	}
	if d.DOI != "" {
		b = append(b, `,"doi":`...)
		b = doc.AppendString(b, d.DOI, false)
	}
	if d.Pages != 0 {
		b = append(b, `,"pages":`...)
		b = strconv.AppendInt(b, int64(d.Pages), 10)
	}
	if len(d.PageInfo) > 0 {
		b = append(b, `,"page_info":[`...)
		for i, p := range d.PageInfo {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"number":`...)
			b = strconv.AppendInt(b, int64(p.Number), 10)
			if p.Printed != "" {
				b = append(b, `,"printed":`...)
				b = doc.AppendString(b, p.Printed, false)
			}
			b = append(b, `,"span":`...)
			b = appendSpan(b, p.Span)
			if len(p.Removed) > 0 {
				b = append(b, `,"removed":`...)
				b = appendStrings(b, p.Removed)
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = append(b, `,"sections":`...)
	if d.Sections == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, s := range d.Sections {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"kind":`...)
			b = doc.AppendString(b, s.Kind, false)
			b = append(b, `,"heading":`...)
			b = doc.AppendString(b, s.Heading, false)
			b = append(b, `,"span":`...)
			b = appendSpan(b, s.Span)
			if s.Page != 0 {
				b = append(b, `,"page":`...)
				b = strconv.AppendInt(b, int64(s.Page), 10)
			}
			b = append(b, `,"line":`...)
			b = strconv.AppendInt(b, int64(s.Line), 10)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = append(b, `,"sentences":`...)
	if d.Sentences == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, s := range d.Sentences {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"span":`...)
			b = appendSpan(b, s.Span)
			b = append(b, `,"lang":`...)
			b = doc.AppendString(b, s.Lang, false)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if len(d.Removed) > 0 {
		b = append(b, `,"removed":`...)
		b = appendStrings(b, d.Removed)
	}
	b = append(b, `,"text_bytes":`...)
	b = strconv.AppendInt(b, int64(d.Bytes), 10)
	return append(b, '}'), true
}

func appendSpan(b []byte, s doc.Span) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	return append(b, '}')
}

// appendStrings appends a non-empty list (HTML characters as they are).
func appendStrings(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = doc.AppendString(b, s, false)
	}
	return append(b, ']')
}
