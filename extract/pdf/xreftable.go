package pdf

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/ascii85"
	"fmt"
	"io"
	"reflect"
	"slices"

	lpdf "github.com/ledongthuc/pdf"
)

// This file checks the object table the library built when it opened a
// file, before any object is read through it. The library resolves an
// object kept in an object stream by first resolving that stream, without
// limit: a stream said to be kept in itself recurses until the Go stack
// overflows, which kills the process (a fatal error, not a panic); a chain
// of /Extends that loops back, or an /N of billions, spins forever; and
// every object read from a compressed object stream inflates the stream
// again from its start, so a stream that inflates to gigabytes costs that
// much per object. None of this can be stopped by a deadline, since a
// goroutine cannot be killed, so such files are rejected here.
//
// The library does not export its table; it is read with reflection (read
// only). TestXrefTableVisible fails if a new version of the library changes
// the fields, so that the check cannot silently stop working.

// xrefEntry mirrors one entry of the library's table.
type xrefEntry struct {
	id       uint32
	gen      uint16
	inStream bool
	stream   uint32 // the object stream holding the object, when inStream
	offset   int64
}

// maxObjStmBytes bounds the decompressed size of one object stream; real
// ones hold at most a few thousand small objects (well under a megabyte).
const maxObjStmBytes = 64 << 20

// maxExtends bounds a chain of object streams linked by /Extends.
const maxExtends = 64

// xrefTable reads the library's object table; ok is false when the
// library's Reader does not have the expected fields.
func xrefTable(r *lpdf.Reader) (table []xrefEntry, encrypted, ok bool) {
	defer func() {
		if recover() != nil {
			table, encrypted, ok = nil, false, false
		}
	}()
	rv := reflect.ValueOf(r)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return nil, false, false
	}
	rv = rv.Elem()
	xr := rv.FieldByName("xref")
	key := rv.FieldByName("key")
	if xr.Kind() != reflect.Slice || key.Kind() != reflect.Slice {
		return nil, false, false
	}
	table = make([]xrefEntry, xr.Len())
	for i := range table {
		e := xr.Index(i)
		ptr, strm := e.FieldByName("ptr"), e.FieldByName("stream")
		inStream, offset := e.FieldByName("inStream"), e.FieldByName("offset")
		if ptr.Kind() != reflect.Struct || strm.Kind() != reflect.Struct || inStream.Kind() != reflect.Bool || offset.Kind() != reflect.Int64 {
			return nil, false, false
		}
		id, gen, sid := ptr.FieldByName("id"), ptr.FieldByName("gen"), strm.FieldByName("id")
		if id.Kind() != reflect.Uint32 || gen.Kind() != reflect.Uint16 || sid.Kind() != reflect.Uint32 {
			return nil, false, false
		}
		table[i] = xrefEntry{id: uint32(id.Uint()), gen: uint16(gen.Uint()), inStream: inStream.Bool(), stream: uint32(sid.Uint()), offset: offset.Int()}
	}
	return table, key.Len() > 0, true
}

// checkObjectTable rejects a table that makes the library recurse or loop,
// and object streams the library cannot read within bounded time.
func checkObjectTable(ctx context.Context, r *lpdf.Reader, data []byte) error {
	table, encrypted, ok := xrefTable(r)
	if !ok {
		return nil // see TestXrefTableVisible
	}
	// holds reports whether object id is where the library would look
	// for it (the library compares the whole object pointer).
	holds := func(id uint32) (xrefEntry, bool) {
		if int64(id) >= int64(len(table)) || table[id].id != id || table[id].gen != 0 {
			return xrefEntry{}, false
		}
		return table[id], true
	}
	streams := map[uint32]bool{}
	for _, e := range table {
		if !e.inStream {
			continue
		}
		s, ok := holds(e.stream)
		if !ok {
			continue // the library finds no stream there and fails
		}
		if s.inStream {
			return fmt.Errorf("%w: object stream %d is said to be kept in an object stream (an object loop)", ErrMalformed, e.stream)
		}
		streams[e.stream] = true
	}
	ids := make([]uint32, 0, len(streams))
	for id := range streams {
		ids = append(ids, id)
	}
	slices.Sort(ids) // the same file gives the same diagnosis
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := checkObjectStream(table, holds, data, id, encrypted); err != nil {
			return err
		}
	}
	return nil
}

// checkObjectStream checks one object stream and the streams its /Extends
// chain reaches.
func checkObjectStream(table []xrefEntry, holds func(uint32) (xrefEntry, bool), data []byte, id uint32, encrypted bool) error {
	seen := map[uint32]bool{}
	for n := 0; ; n++ {
		if seen[id] {
			return fmt.Errorf("%w: object streams extend each other in a loop (/Extends of object %d)", ErrMalformed, id)
		}
		if seen[id] = true; n > maxExtends {
			return fmt.Errorf("%w: more than %d object streams chained by /Extends", ErrMalformed, maxExtends)
		}
		e, ok := holds(id)
		if !ok {
			return nil // the library fails on it
		}
		if e.inStream {
			return fmt.Errorf("%w: object stream %d is said to be kept in an object stream (an object loop)", ErrMalformed, id)
		}
		_, dict, dataAt, ok := indirectAt(data, e.offset)
		if !ok || dict.kind != rawDict {
			return nil // the library fails on it
		}
		resolve := func(o rawObject) (rawObject, error) {
			if o.kind != rawRef {
				return o, nil
			}
			t, ok := holds(uint32(o.i))
			if !ok {
				return rawObject{}, nil
			}
			if t.inStream {
				return rawObject{}, fmt.Errorf("%w: object stream %d refers to object %d, kept in an object stream", ErrMalformed, id, o.i)
			}
			_, v, _, _ := indirectAt(data, t.offset)
			return v, nil
		}
		nObj, err := resolve(dict.get("N"))
		if err != nil {
			return err
		}
		if nObj.kind == rawInt && (nObj.i < 0 || nObj.i > maxObjects) {
			return fmt.Errorf("%w: object stream %d claims %d objects", ErrMalformed, id, nObj.i)
		}
		parms, err := resolve(dict.get("DecodeParms"))
		if err != nil {
			return err
		}
		if parms.kind == rawArray {
			for i, p := range parms.arr {
				if parms.arr[i], err = resolve(p); err != nil {
					return err
				}
			}
		} else if parms.kind == rawDict {
			if parms.dict["Columns"], err = resolve(parms.get("Columns")); err != nil {
				return err
			}
		}
		if err := checkRawColumns(parms); err != nil {
			return err
		}
		filter, err := resolve(dict.get("Filter"))
		if err != nil {
			return err
		}
		if !encrypted && dataAt >= 0 {
			if size, ok := inflatedSize(data[dataAt:], filter, maxObjStmBytes+1); ok && size > maxObjStmBytes {
				return fmt.Errorf("%w: object stream %d decompresses to more than %d MB", ErrTooLarge, id, maxObjStmBytes>>20)
			}
		}
		ext, err := resolve(dict.get("Extends"))
		if err != nil {
			return err
		}
		next := dict.get("Extends")
		if next.kind != rawRef || ext.kind != rawDict {
			return nil
		}
		id = uint32(next.i)
	}
}

// inflatedSize decodes stream data with the filters the library supports
// (FlateDecode, ASCII85Decode) and returns how many bytes come out, up to
// limit. ok is false when the filters are not ones it can follow.
func inflatedSize(raw []byte, filter rawObject, limit int64) (int64, bool) {
	var names []string
	switch filter.kind {
	case rawNull:
		return 0, false // not compressed: no bigger than the file
	case rawName:
		names = []string{filter.s}
	case rawArray:
		for _, f := range filter.arr {
			if f.kind != rawName {
				return 0, false
			}
			names = append(names, f.s)
		}
	default:
		return 0, false
	}
	var rd io.Reader = bytes.NewReader(raw)
	for _, name := range names {
		switch name {
		case "FlateDecode":
			zr, err := zlib.NewReader(rd)
			if err != nil {
				return 0, false
			}
			rd = zr
		case "ASCII85Decode":
			rd = ascii85.NewDecoder(&ascii85Filter{r: rd})
		default:
			return 0, false
		}
	}
	n, _ := io.Copy(io.Discard, io.LimitReader(rd, limit))
	return n, true
}

// ascii85Filter keeps the characters of the ASCII85 alphabet up to "~", as
// the library's reader does.
type ascii85Filter struct {
	r   io.Reader
	eod bool
}

func (a *ascii85Filter) Read(p []byte) (int, error) {
	if a.eod {
		return 0, io.EOF
	}
	n, err := a.r.Read(p)
	out := 0
	for _, c := range p[:n] {
		if c == '~' {
			a.eod = true
			return out, io.EOF
		}
		if c >= '!' && c <= 'u' || c == 'z' {
			p[out] = c
			out++
		}
	}
	return out, err
}
