package pdf

import (
	"unicode/utf16"
	"unicode/utf8"
)

// A cmap is a parsed CMap: a font's ToUnicode map (codes to text) or a
// composite font's encoding (codes to CIDs). Both share the syntax, and
// codespace ranges, which say how many bytes each code has, come from
// either. The library's own CMap reader is not used because it is
// unexported, rescans all entries for each code, and keeps no CIDs.
type cmap struct {
	spaces    []codespaceRange
	chars     map[codeKey]string
	ranges    []unicodeRange
	cidChars  map[codeKey]uint32
	cidRanges []cidRange
	useCMap   string // name given to usecmap, e.g. "Identity-H"
}

// codeKey identifies a code by value and byte length, since <00> and <0000>
// are different codes.
type codeKey uint64

func makeCodeKey(code uint32, n int) codeKey { return codeKey(uint64(n)<<32 | uint64(code)) }

type codespaceRange struct {
	lo, hi uint32
	n      int
}

type unicodeRange struct {
	lo, hi uint32
	n      int
	base   []byte   // UTF-16BE text of lo; later codes increment it
	each   []string // or one text per code, from an array destination
	hasArr bool
}

type cidRange struct {
	lo, hi uint32
	n      int
	cid    uint32
}

func bytesToCode(s string) uint32 {
	var c uint32
	for i := 0; i < len(s) && i < 4; i++ {
		c = c<<8 | uint32(s[i])
	}
	return c
}

// parseCMap reads a CMap program. Unknown operators are ignored, so
// damaged maps yield whatever entries could be read.
func parseCMap(data []byte) *cmap {
	m := &cmap{chars: map[codeKey]string{}, cidChars: map[codeKey]uint32{}}
	lx := contentLexer{data: data}
	var stack []operand
	for {
		op, kw, ok := lx.next()
		if !ok {
			break
		}
		if kw == "" {
			if len(stack) < 1<<16 {
				stack = append(stack, op)
			}
			continue
		}
		switch kw {
		case "endcodespacerange":
			for i := 0; i+1 < len(stack); i += 2 {
				lo, hi := stack[i].str, stack[i+1].str
				if n := len(lo); n >= 1 && n <= 4 && len(hi) == n {
					m.spaces = append(m.spaces, codespaceRange{bytesToCode(lo), bytesToCode(hi), n})
				}
			}
		case "endbfchar":
			for i := 0; i+1 < len(stack); i += 2 {
				src, dst := stack[i], stack[i+1]
				if n := len(src.str); src.kind == opString && n >= 1 && n <= 4 {
					m.chars[makeCodeKey(bytesToCode(src.str), n)] = destinationText(dst)
				}
			}
		case "endbfrange":
			for i := 0; i+2 < len(stack); i += 3 {
				lo, hi, dst := stack[i].str, stack[i+1].str, stack[i+2]
				n := len(lo)
				if n < 1 || n > 4 || len(hi) != n {
					continue
				}
				r := unicodeRange{lo: bytesToCode(lo), hi: bytesToCode(hi), n: n}
				switch dst.kind {
				case opString:
					r.base = []byte(dst.str)
				case opArray:
					r.hasArr = true
					for _, d := range dst.arr {
						r.each = append(r.each, destinationText(d))
					}
				default:
					continue
				}
				if r.lo <= r.hi {
					m.ranges = append(m.ranges, r)
				}
			}
		case "endcidchar":
			for i := 0; i+1 < len(stack); i += 2 {
				src, cid := stack[i], stack[i+1]
				if n := len(src.str); src.kind == opString && n >= 1 && n <= 4 && cid.kind == opNumber {
					m.cidChars[makeCodeKey(bytesToCode(src.str), n)] = uint32(cid.num)
				}
			}
		case "endcidrange":
			for i := 0; i+2 < len(stack); i += 3 {
				lo, hi, cid := stack[i].str, stack[i+1].str, stack[i+2]
				if n := len(lo); n >= 1 && n <= 4 && len(hi) == n && cid.kind == opNumber {
					m.cidRanges = append(m.cidRanges, cidRange{bytesToCode(lo), bytesToCode(hi), n, uint32(cid.num)})
				}
			}
		case "usecmap":
			if len(stack) > 0 && stack[len(stack)-1].kind == opName {
				m.useCMap = stack[len(stack)-1].str
			}
		}
		stack = stack[:0]
	}
	return m
}

// destinationText decodes a bfchar/bfrange destination: UTF-16BE bytes, or
// (rarely) a glyph name.
func destinationText(d operand) string {
	switch d.kind {
	case opString:
		return utf16BEText([]byte(d.str))
	case opName:
		if s, ok := glyphNameText(d.str); ok {
			return s
		}
	}
	return ""
}

// utf16BEText decodes UTF-16BE. A single byte, which broken maps contain,
// is taken as a Latin-1 code point.
func utf16BEText(b []byte) string {
	if len(b) == 1 {
		return string(rune(b[0]))
	}
	units := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		units = append(units, uint16(b[i])<<8|uint16(b[i+1]))
	}
	return string(utf16.Decode(units))
}

// lookupText returns the text a ToUnicode map gives the code.
func (m *cmap) lookupText(code uint32, n int) (string, bool) {
	if s, ok := m.chars[makeCodeKey(code, n)]; ok {
		return s, true
	}
	for _, r := range m.ranges {
		if r.n != n || code < r.lo || code > r.hi {
			continue
		}
		off := code - r.lo
		if r.hasArr {
			if int(off) < len(r.each) {
				return r.each[off], true
			}
			return "", false
		}
		return utf16BEText(incrementBE(r.base, off)), true
	}
	return "", false
}

// incrementBE adds off to the last (up to four) bytes of b read as a
// big-endian number; for longer destinations (ligatures) the last UTF-16
// unit is incremented, as the specification says.
func incrementBE(b []byte, off uint32) []byte {
	if off == 0 || len(b) == 0 {
		return b
	}
	out := append([]byte(nil), b...)
	tail := out
	if len(tail) > 4 {
		tail = tail[len(tail)-2:]
	}
	v := bytesToCode(string(tail)) + off
	for i := len(tail) - 1; i >= 0; i-- {
		tail[i] = byte(v)
		v >>= 8
	}
	return out
}

// lookupCID returns the CID an encoding CMap gives the code.
func (m *cmap) lookupCID(code uint32, n int) (uint32, bool) {
	if cid, ok := m.cidChars[makeCodeKey(code, n)]; ok {
		return cid, true
	}
	for _, r := range m.cidRanges {
		if r.n == n && code >= r.lo && code <= r.hi {
			return r.cid + code - r.lo, true
		}
	}
	return 0, false
}

// codeLength returns how many bytes the code at the start of s has, by the
// codespace ranges; fallback when none matches.
func (m *cmap) codeLength(s string, fallback int) int {
	for n := 1; n <= 4 && n <= len(s); n++ {
		code := bytesToCode(s[:n])
		for _, sp := range m.spaces {
			if sp.n == n && code >= sp.lo && code <= sp.hi {
				return n
			}
		}
	}
	return fallback
}

// usableText reports whether mapped text is worth keeping: some producers
// map glyphs to NUL or other control characters.
func usableText(s string) bool {
	if s == "" || !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r >= 0x20 && r != 0x7f && r != utf8.RuneError {
			return true
		}
	}
	return false
}
