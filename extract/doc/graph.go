package doc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
)

// Node is one node of the claims graph. The fields every node shares are
// typed; the fields of its type live in Attrs, a JSON object spliced into the
// node's own object when it is written (so the JSON stays flat as the
// contract wants, and per-type structs stay typed in the packages that make
// them).
type Node struct {
	ID       string `json:"id"`
	Type     string `json:"type"`
	Doc      string `json:"doc,omitempty"`
	Span     *Span  `json:"span,omitempty"`
	Text     string `json:"text,omitempty"`
	Sentence string `json:"sentence,omitempty"`
	Lang     string `json:"lang,omitempty"`
	Page     int    `json:"page,omitempty"`
	Line     int    `json:"line,omitempty"`
	Column   int    `json:"column,omitempty"`
	// Attrs is a JSON object with the type-specific fields.
	Attrs json.RawMessage `json:"-"`
	// plain is the first byte of Attrs when SetPlainAttrs set them: then
	// AppendJSON copies them as they are. Attrs set any other way no longer
	// start there, so they are scanned as usual.
	plain *byte
}

type nodeCommon Node

// MarshalJSON writes the common fields followed by the Attrs fields.
func (n Node) MarshalJSON() ([]byte, error) { return n.AppendJSON(nil) }

// The common field names of each type: an Attrs field of the same name is
// dropped when writing (the typed field wins).
var (
	nodeKeys    = map[string]bool{"id": true, "type": true, "doc": true, "span": true, "text": true, "sentence": true, "lang": true, "page": true, "line": true, "column": true}
	edgeKeys    = map[string]bool{"from": true, "to": true, "type": true}
	findingKeys = map[string]bool{"id": true, "type": true, "severity": true, "summary": true, "nodes": true}
)

// UnmarshalJSON reads the common fields and keeps the whole object as Attrs.
func (n *Node) UnmarshalJSON(data []byte) error {
	var c nodeCommon
	if err := json.Unmarshal(data, &c); err != nil {
		return err
	}
	*n = Node(c)
	n.Attrs = append(json.RawMessage(nil), data...)
	return nil
}

// SetPlainAttrs sets b as the node's type-specific fields, b being what
// json.Marshal writes for a struct whose JSON names are none of the common
// fields' (a PlainWriter's output): compact, keys as Marshal writes them.
// AppendJSON then splices b without scanning it for common fields and
// spaces, which encoding millions of nodes would otherwise do (tests
// compare both ways on every node the extractors make).
func (n *Node) SetPlainAttrs(b []byte) { n.Attrs, n.plain = b, plainStart(b) }

// plainStart is what a plain field keeps of attrs b: its first byte.
func plainStart(b []byte) *byte {
	if len(b) == 0 {
		return nil
	}
	return &b[0]
}

// isPlain reports whether attrs still start at plain (set by a
// SetPlainAttrs and not replaced since).
func isPlain(plain *byte, attrs []byte) bool {
	return plain != nil && len(attrs) >= 2 && &attrs[0] == plain
}

// IsNodeField reports whether name is the JSON name of one of Node's
// common fields (an attrs field of that name is dropped when writing).
func IsNodeField(name string) bool { return nodeKeys[name] }

// CommonNodeFields returns the JSON names of struct type t that are also
// common node fields (nodeKeys), embedded structs' fields included: the
// attrs of a type with any cannot be given to SetPlainAttrs. The tests of
// its callers check their attrs types with it.
func CommonNodeFields(t reflect.Type) []string { return commonFields(t, nodeKeys) }

// CommonFindingFields is CommonNodeFields for Finding.SetPlainAttrs.
func CommonFindingFields(t reflect.Type) []string { return commonFields(t, findingKeys) }

func commonFields(t reflect.Type, common map[string]bool) []string {
	var out []string
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case name == "-":
		case f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct:
			out = append(out, commonFields(f.Type, common)...)
		case !f.IsExported():
		case name == "":
			name = f.Name
			fallthrough
		default:
			if common[name] {
				out = append(out, name)
			}
		}
	}
	return out
}

// HasPlainAttrs reports whether AppendJSON splices the node's Attrs as they
// are (SetPlainAttrs set them and they were not replaced since).
func (n *Node) HasPlainAttrs() bool { return isPlain(n.plain, n.Attrs) }

// SetAttrs marshals v (a struct or map) as the node's type-specific fields.
func (n *Node) SetAttrs(v any) error {
	b, err := Marshal(v)
	if err != nil {
		return fmt.Errorf("node %s attrs: %w", n.ID, err)
	}
	n.Attrs = b
	return nil
}

// plainScratch holds Marshal's buffers between calls (only their capacity
// is reused).
var plainScratch = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

// Marshal is json.Marshal, by hand when v is a PlainWriter.
func Marshal(v any) ([]byte, error) {
	if p, ok := v.(PlainWriter); ok {
		// Written into a scratch buffer and copied at its size, as
		// json.Marshal does: grown from empty, the bytes would be copied
		// at every doubling.
		scratch := plainScratch.Get().(*[]byte)
		b, ok := p.AppendPlainJSON((*scratch)[:0])
		var out []byte
		if ok {
			out = bytes.Clone(b)
		}
		*scratch = b
		plainScratch.Put(scratch)
		if ok {
			return out, nil
		}
	}
	return json.Marshal(v)
}

// DecodeAttrs decodes the node's type-specific fields into v, as
// json.Unmarshal does; by hand when v is a PlainReader and the attrs are its
// plain case.
func (n *Node) DecodeAttrs(v any) error {
	if len(n.Attrs) == 0 {
		return nil
	}
	if p, ok := v.(PlainReader); ok {
		if r := NewJSONReader(n.Attrs); p.ReadPlainJSON(r) && r.End() {
			return nil
		}
	}
	return json.Unmarshal(n.Attrs, v)
}

// Edge is a typed, directed edge between two node (or document) ids.
type Edge struct {
	From string `json:"from"`
	To   string `json:"to"`
	Type string `json:"type"`
	// Attrs optionally carries type-specific fields (e.g. a reason).
	Attrs json.RawMessage `json:"-"`
	// plain is as Node's.
	plain *byte
}

// SetPlainAttrs is Node.SetPlainAttrs for an edge: a million related edges
// carry a reason at 10,000 papers.
func (e *Edge) SetPlainAttrs(b []byte) { e.Attrs, e.plain = b, plainStart(b) }

// HasPlainAttrs is Node.HasPlainAttrs for an edge.
func (e *Edge) HasPlainAttrs() bool { return isPlain(e.plain, e.Attrs) }

type edgeCommon Edge

// MarshalJSON writes the common fields followed by the Attrs fields.
func (e Edge) MarshalJSON() ([]byte, error) { return e.AppendJSON(nil) }

// UnmarshalJSON reads the common fields and keeps the whole object as Attrs.
func (e *Edge) UnmarshalJSON(data []byte) error {
	var c edgeCommon
	if err := json.Unmarshal(data, &c); err != nil {
		return err
	}
	*e = Edge(c)
	e.Attrs = append(json.RawMessage(nil), data...)
	return nil
}

// Finding is a problem (or a verified fact, severity info) found in the
// corpus, naming the nodes involved.
type Finding struct {
	ID       string   `json:"id"`
	Type     string   `json:"type"`
	Severity string   `json:"severity"`
	Summary  string   `json:"summary"`
	Nodes    []string `json:"nodes"`
	// Attrs carries type-specific fields (explanation, computed, claimed, ...).
	Attrs json.RawMessage `json:"-"`
	// plain is as Node's.
	plain *byte
}

// SetPlainAttrs is Node.SetPlainAttrs for a finding (b's JSON names are none
// of the finding's common fields): conflict findings carry ~1 KB of attrs
// each, which AppendJSON would otherwise scan again.
func (f *Finding) SetPlainAttrs(b []byte) { f.Attrs, f.plain = b, plainStart(b) }

// HasPlainAttrs is Node.HasPlainAttrs for a finding.
func (f *Finding) HasPlainAttrs() bool { return isPlain(f.plain, f.Attrs) }

type findingCommon Finding

// MarshalJSON writes the common fields followed by the Attrs fields.
func (f Finding) MarshalJSON() ([]byte, error) { return f.AppendJSON(nil) }

// UnmarshalJSON reads the common fields and keeps the whole object as Attrs.
func (f *Finding) UnmarshalJSON(data []byte) error {
	var c findingCommon
	if err := json.Unmarshal(data, &c); err != nil {
		return err
	}
	*f = Finding(c)
	f.Attrs = append(json.RawMessage(nil), data...)
	return nil
}
