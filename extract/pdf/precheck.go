package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
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

var (
	sizeEntry = regexp.MustCompile(`/Size\s+(\d+)`)
	prevEntry = regexp.MustCompile(`/Prev\s+(\d+)`)
)

// checkXref rejects cross-reference structures the library would loop on or
// over-allocate for. It returns nil when it cannot tell; the library then
// reports what it finds.
func checkXref(data []byte) error {
	at := bytes.LastIndex(data, []byte("startxref"))
	if at < 0 {
		return nil
	}
	lx := contentLexer{data: data, pos: at + len("startxref")}
	op, _, _ := lx.next()
	if op.kind != opNumber {
		return nil
	}
	seen := map[int64]bool{}
	for offset := int64(op.num); ; {
		if offset <= 0 || offset >= int64(len(data)) {
			return nil // the library says what is wrong with it
		}
		if seen[offset] {
			return fmt.Errorf("%w: the cross-reference /Prev chain loops back to offset %d", ErrMalformed, offset)
		}
		if seen[offset] = true; len(seen) > maxXrefSections {
			return fmt.Errorf("%w: more than %d cross-reference sections", ErrMalformed, maxXrefSections)
		}
		section := data[offset:]
		if end := bytes.Index(section, []byte("startxref")); end >= 0 {
			section = section[:end]
		}
		if err := checkXrefSubsections(section); err != nil {
			return err
		}
		// The trailer (or the cross-reference stream's dictionary) of
		// this section is in it.
		for _, m := range sizeEntry.FindAllSubmatch(section, -1) {
			if n, err := strconv.ParseInt(string(m[1]), 10, 64); err != nil || n > maxObjects {
				return fmt.Errorf("%w: the file declares %s objects (/Size)", ErrMalformed, m[1])
			}
		}
		m := prevEntry.FindSubmatch(section)
		if m == nil {
			return nil
		}
		prev, err := strconv.ParseInt(string(m[1]), 10, 64)
		if err != nil {
			return nil
		}
		offset = prev
	}
}

// checkXrefSubsections checks the "first count" headers of a classic
// cross-reference table at the start of section.
func checkXrefSubsections(section []byte) error {
	lx := contentLexer{data: section}
	if _, kw, _ := lx.next(); kw != "xref" {
		return nil // a cross-reference stream: its /Size was checked
	}
	for {
		first, kw, ok := lx.next()
		if !ok || kw != "" || first.kind != opNumber {
			return nil // "trailer", or damage the library will report
		}
		count, _, _ := lx.next()
		if count.kind != opNumber {
			return nil
		}
		if first.num < 0 || count.num < 0 || first.num+count.num > maxObjects {
			return fmt.Errorf("%w: a cross-reference subsection claims objects %.0f to %.0f", ErrMalformed, first.num, first.num+count.num)
		}
		for range 3 * int(count.num) { // each entry: offset, generation, n or f
			if _, _, ok := lx.next(); !ok {
				return nil
			}
		}
	}
}
