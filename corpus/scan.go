package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
)

// GraphVisitor receives the parts of a graph as ScanGraph reads them, in
// file order (documents, nodes, edges, findings, errors); nil funcs skip
// their part (still read, not decoded into values).
type GraphVisitor struct {
	Header   func(schema string, gen Generator)
	Document func(*extract.DocumentInfo) error
	Node     func(*doc.Node) error
	Edge     func(*doc.Edge) error
	Finding  func(*doc.Finding) error
	Error    func(*extract.RecordError) error
}

// ScanGraph reads a claims graph one array element at a time, so that a
// graph larger than memory can be read (ReadGraph holds it whole).
func ScanGraph(r io.Reader, v GraphVisitor) error {
	dec := json.NewDecoder(bufio.NewReaderSize(r, 1<<20))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return fmt.Errorf("not a JSON object: %v", err)
	}
	var schema string
	var gen Generator
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		key, _ := t.(string)
		var each func() error
		switch key {
		case "schema":
			if err := dec.Decode(&schema); err != nil {
				return err
			}
			continue
		case "generator":
			if err := dec.Decode(&gen); err != nil {
				return err
			}
			if v.Header != nil {
				v.Header(schema, gen)
			}
			continue
		case "documents":
			each = elem(dec, v.Document)
		case "nodes":
			each = elem(dec, v.Node)
		case "edges":
			each = elem(dec, v.Edge)
		case "findings":
			each = elem(dec, v.Finding)
		case "errors":
			each = elem(dec, v.Error)
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return err
			}
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			return fmt.Errorf("%s: not an array: %v", key, err)
		}
		for dec.More() {
			if err := each(); err != nil {
				return fmt.Errorf("%s: %w", key, err)
			}
		}
		if _, err := dec.Token(); err != nil {
			return err
		}
	}
	_, err := dec.Token()
	return err
}

// elem decodes one array element into a T for f, or skips it.
func elem[T any](dec *json.Decoder, f func(*T) error) func() error {
	return func() error {
		if f == nil {
			var skip json.RawMessage
			return dec.Decode(&skip)
		}
		var x T
		if err := dec.Decode(&x); err != nil {
			return err
		}
		return f(&x)
	}
}

// ScanGraphFile is ScanGraph on a file.
func ScanGraphFile(path string, v GraphVisitor) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := ScanGraph(f, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
