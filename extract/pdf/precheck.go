package pdf

import (
	"bytes"
	"fmt"
)

// This file checks a file for the structures on which the library would
// never return or exhaust memory, before handing it over. A deadline cannot
// stop such work, since a goroutine cannot be killed. The library follows
// /Prev links without noticing a loop; it allocates its object table as
// large as /Size or a subsection header says (a few bytes can ask for
// gigabytes); and its recursive parser takes minutes on, or overflows its
// stack with, arrays nested millions deep.

// maxNestingInFile is the deepest array or dictionary nesting accepted in
// the file's objects; real files stay in single digits.
const maxNestingInFile = 512

// checkStructure runs the checks below.
func checkStructure(data []byte) error {
	if err := checkNesting(data); err != nil {
		return err
	}
	return checkXref(data)
}

// checkNesting measures array and dictionary nesting outside strings,
// comments and stream data. (Objects inside compressed object streams are
// not seen; the residual risk is stated in the package documentation.)
func checkNesting(data []byte) error {
	depth := 0
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '%':
			for i < len(data) && data[i] != '\n' && data[i] != '\r' {
				i++
			}
		case '(':
			i = skipLiteralString(data, i+1)
		case '[':
			depth++
		case '<':
			if i+1 < len(data) && data[i+1] == '<' {
				depth++
				i++
			}
		case ']':
			depth = max(depth-1, 0)
		case '>':
			if i+1 < len(data) && data[i+1] == '>' {
				depth = max(depth-1, 0)
				i++
			}
		case 's':
			if bytes.HasPrefix(data[i:], []byte("stream")) && (i == 0 || isPDFSpace(data[i-1]) || data[i-1] == '>') &&
				i+6 < len(data) && (data[i+6] == '\r' || data[i+6] == '\n') {
				end := bytes.Index(data[i+6:], []byte("endstream"))
				if end < 0 {
					return nil
				}
				i += 6 + end + len("endstream") - 1
			}
		}
		if depth > maxNestingInFile {
			return fmt.Errorf("%w: objects nested more than %d deep", ErrMalformed, maxNestingInFile)
		}
	}
	return nil
}

// skipLiteralString returns the index of the parenthesis closing a string
// that starts at i.
func skipLiteralString(data []byte, i int) int {
	depth := 1
	for ; i < len(data); i++ {
		switch data[i] {
		case '\\':
			i++
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return i
}

// maxObjects is the most objects a file may declare; real documents,
// even books of scans, stay far below.
const maxObjects = 4 << 20

// maxXrefSections bounds the /Prev chain (one link per incremental update).
const maxXrefSections = 4096

// maxXrefFieldWidth bounds each /W entry of a cross-reference stream (the
// library allocates their sum per entry; real files use 1 to 4 bytes).
const maxXrefFieldWidth = 16

// maxColumns bounds the /Columns of a predictor (the library allocates two
// rows of that many bytes); real streams have at most a few thousand.
const maxColumns = 1 << 20

// checkXref rejects cross-reference structures the library would loop on or
// over-allocate for. It finds the sections the way the library does (the
// last "startxref" line of the last 100 bytes, then the /Prev chain) and
// parses their headers and dictionaries with the library's syntax, so that
// no spelling (comments, #-escaped names) reaches the library unchecked.
// It returns nil when it cannot tell; the library then reports what it
// finds.
func checkXref(data []byte) error {
	start, ok := libraryStartxref(data)
	if !ok {
		return nil
	}
	if start <= 0 || start >= int64(len(data)) {
		return fmt.Errorf("%w: the cross-reference table is said to be at offset %d, outside the file (%d bytes): the file is damaged; download it again or repair it (e.g. qpdf damaged.pdf repaired.pdf)", ErrMalformed, start, len(data))
	}
	seen := map[int64]bool{}
	streams := false // the first section's kind is the kind of the chain
	for offset, n := start, 0; ; n++ {
		if offset < 0 || offset >= int64(len(data)) {
			return nil // the library says what is wrong with it
		}
		if seen[offset] {
			return fmt.Errorf("%w: the cross-reference /Prev chain loops back to offset %d", ErrMalformed, offset)
		}
		if seen[offset] = true; len(seen) > maxXrefSections {
			return fmt.Errorf("%w: more than %d cross-reference sections", ErrMalformed, maxXrefSections)
		}
		var dict rawObject
		p := newRawParser(data, int(offset))
		first, _ := p.token()
		switch {
		case first.kind == rawKeyword && first.s == "xref" && (n == 0 || !streams):
			trailer, err := checkXrefTable(p)
			if err != nil || trailer.kind != rawDict {
				return err
			}
			if err := checkSize(trailer); err != nil {
				return err
			}
			dict = trailer
		case first.kind == rawInt && (n == 0 || streams):
			streams = true
			_, obj, _, ok := indirectAt(data, offset)
			if !ok || obj.kind != rawDict {
				return nil
			}
			if err := checkXrefStreamDict(obj); err != nil {
				return err
			}
			dict = obj
		default:
			return nil
		}
		prev := dict.get("Prev")
		if prev.kind != rawInt {
			return nil // none, or one the library rejects
		}
		offset = prev.i
	}
}

// libraryStartxref returns the offset that the library reads after
// "startxref", located as the library locates it.
func libraryStartxref(data []byte) (int64, bool) {
	const endChunk = 100
	if len(data) < endChunk {
		return 0, false
	}
	buf := bytes.TrimRight(data[len(data)-endChunk:], "\r\n\t ")
	if !bytes.HasSuffix(buf, []byte("%%EOF")) {
		return 0, false
	}
	i := findLastLine(buf, "startxref")
	if i < 0 {
		return 0, false
	}
	p := newRawParser(data, len(data)-endChunk+i+len("startxref"))
	tok, ok := p.token()
	if !ok || tok.kind != rawInt {
		return 0, false
	}
	return tok.i, true
}

// findLastLine is the library's: the last occurrence of s that stands on a
// line of its own.
func findLastLine(buf []byte, s string) int {
	bs := []byte(s)
	end := len(buf)
	for {
		i := bytes.LastIndex(buf[:end], bs)
		if i <= 0 || i+len(bs) >= len(buf) {
			return -1
		}
		if (buf[i-1] == '\n' || buf[i-1] == '\r') && (buf[i+len(bs)] == '\n' || buf[i+len(bs)] == '\r') {
			return i
		}
		end = i
	}
}

// checkXrefTable checks the "first count" headers of a classic
// cross-reference table whose "xref" keyword has been read, and returns the
// trailer dictionary that follows them.
func checkXrefTable(p *rawParser) (rawObject, error) {
	for {
		first, ok := p.token()
		if !ok {
			return rawObject{}, nil
		}
		if first.kind == rawKeyword && first.s == "trailer" {
			return p.object(0), nil
		}
		count, _ := p.token()
		if first.kind != rawInt || count.kind != rawInt {
			return rawObject{}, nil // damage the library will report
		}
		if first.i < 0 || count.i < 0 || first.i > maxObjects || count.i > maxObjects || first.i+count.i > maxObjects {
			return rawObject{}, fmt.Errorf("%w: a cross-reference subsection claims objects %d to %d", ErrMalformed, first.i, first.i+count.i)
		}
		for range 3 * count.i { // each entry: offset, generation, n or f
			if _, ok := p.token(); !ok {
				return rawObject{}, nil
			}
		}
	}
}

// checkXrefStreamDict checks the dictionary of a cross-reference stream:
// the library allocates /Size entries, /Index ranges and the sum of /W,
// and a predictor row of /Columns bytes.
func checkXrefStreamDict(d rawObject) error {
	if err := checkSize(d); err != nil {
		return err
	}
	if w := d.get("W"); w.kind == rawArray {
		for _, x := range w.arr {
			if x.kind == rawInt && (x.i < 0 || x.i > maxXrefFieldWidth) {
				return fmt.Errorf("%w: cross-reference stream field width %d (/W)", ErrMalformed, x.i)
			}
		}
	}
	if index := d.get("Index"); index.kind == rawArray {
		for i := 0; i+1 < len(index.arr); i += 2 {
			first, count := index.arr[i], index.arr[i+1]
			if first.kind == rawInt && count.kind == rawInt &&
				(first.i < 0 || count.i < 0 || first.i > maxObjects || count.i > maxObjects || first.i+count.i > maxObjects) {
				return fmt.Errorf("%w: a cross-reference stream claims objects %d to %d (/Index)", ErrMalformed, first.i, first.i+count.i)
			}
		}
	}
	return checkRawColumns(d.get("DecodeParms"))
}

// checkSize rejects a /Size no real file has (the library allocates that
// many entries for a cross-reference stream).
func checkSize(d rawObject) error {
	if size := d.get("Size"); size.kind == rawInt && size.i > maxObjects {
		return fmt.Errorf("%w: the file declares %d objects (/Size)", ErrMalformed, size.i)
	}
	return nil
}

// checkRawColumns checks the /Columns of decode parameters given directly
// (a dictionary or an array of them).
func checkRawColumns(parms rawObject) error {
	check := func(d rawObject) error {
		if c := d.get("Columns"); c.kind == rawInt && (c.i < 0 || c.i > maxColumns) {
			return fmt.Errorf("%w: predictor with %d columns", ErrMalformed, c.i)
		}
		return nil
	}
	if parms.kind == rawArray {
		for _, d := range parms.arr {
			if err := check(d); err != nil {
				return err
			}
		}
		return nil
	}
	return check(parms)
}
