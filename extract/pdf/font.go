package pdf

import (
	"slices"
	"strconv"
	"strings"

	lpdf "github.com/ledongthuc/pdf"
)

// This file decodes fonts: which bytes of a string form one character code,
// what text each code stands for, and how far it advances. The library's
// Font covers too little of this for layout by position: it ignores
// ToUnicode when /Encoding is a dictionary (pdfTeX writes both), ignores a
// Type 1 font's built-in encoding, gives composite (CID) fonts no widths at
// all (every glyph of a string lands on the same x), and misaligns widths
// when a code maps to several characters or has two bytes.

// replacementText stands for a character that cannot be decoded, so that
// Quality can measure the loss.
const replacementText = "\uFFFD"

// font is a decoded PDF font.
type font struct {
	composite bool
	toUnicode *cmap // nil when the font has none

	// Simple fonts (one byte per code).
	simpleText  [256]string  // from the encoding; "" when unknown
	silent      [256]bool    // codes of glyphs that stand for no text
	simpleWidth [256]float64 // advance in text space units per unit of font size

	// Composite fonts.
	encoding       *cmap // nil means Identity: two bytes, CID = code
	unicodeCodes   bool  // codes are UTF-16 (Uni*-UCS2-* and Uni*-UTF16-* CMaps)
	cidWidths      map[uint32]float64
	cidWidthRanges []cidWidthRange
	defaultWidth   float64
	// Without ToUnicode, text from the embedded TrueType program's cmap:
	// CID to glyph id (nil: identity), glyph id to code point.
	cidToGID  []byte
	glyphText map[uint16]rune
}

type cidWidthRange struct {
	lo, hi uint32
	width  float64
}

// fontGlyph is one decoded character code.
type fontGlyph struct {
	text      string  // "" for glyphs that stand for no text
	width     float64 // advance in text space units per unit of font size
	wordSpace bool    // single-byte code 32: word spacing (Tw) applies
}

// decode splits s into character codes and calls fn for each.
func (f *font) decode(s string, fn func(fontGlyph)) {
	if !f.composite {
		for i := 0; i < len(s); i++ {
			c := s[i]
			text, ok := f.mappedText(uint32(c), 1)
			if !ok {
				switch {
				case f.silent[c]:
					text = ""
				case f.simpleText[c] != "":
					text = f.simpleText[c]
				default:
					text = replacementText
				}
			}
			fn(fontGlyph{text: text, width: f.simpleWidth[c], wordSpace: c == ' '})
		}
		return
	}
	for len(s) > 0 {
		n := 2
		switch {
		case f.encoding != nil && len(f.encoding.spaces) > 0:
			n = f.encoding.codeLength(s, 2)
		case f.encoding == nil && f.toUnicode != nil && !f.unicodeCodes && len(f.toUnicode.spaces) > 0 && f.toUnicode.spaces[0].n == 1:
			// Identity is two bytes by definition, but a few producers
			// pair a one-byte ToUnicode space with one-byte strings.
			n = f.toUnicode.codeLength(s, 2)
		}
		n = min(n, len(s))
		code := bytesToCode(s[:n])
		s = s[n:]
		cid := code
		if f.encoding != nil {
			if c, ok := f.encoding.lookupCID(code, n); ok {
				cid = c
			}
		}
		text, ok := f.mappedText(code, n)
		switch {
		case ok:
		case f.unicodeCodes:
			text = string(rune(code))
		default:
			text = replacementText
			if r, ok := f.glyphText[f.glyphID(cid)]; ok {
				text = string(r)
			}
		}
		fn(fontGlyph{text: text, width: f.cidWidth(cid), wordSpace: n == 1 && code == ' '})
	}
}

// mappedText looks the code up in the ToUnicode map. Maps declaring
// two-byte codes for a one-byte font are common enough to try too.
func (f *font) mappedText(code uint32, n int) (string, bool) {
	if f.toUnicode == nil {
		return "", false
	}
	if text, ok := f.toUnicode.lookupText(code, n); ok && usableText(text) {
		return text, true
	}
	if n == 1 {
		if text, ok := f.toUnicode.lookupText(code, 2); ok && usableText(text) {
			return text, true
		}
	}
	return "", false
}

// glyphID maps a CID to a glyph id by the CIDToGIDMap.
func (f *font) glyphID(cid uint32) uint16 {
	if f.cidToGID == nil {
		return uint16(cid)
	}
	if i := 2 * int(cid); i+1 < len(f.cidToGID) {
		return uint16(f.cidToGID[i])<<8 | uint16(f.cidToGID[i+1])
	}
	return 0
}

func (f *font) cidWidth(cid uint32) float64 {
	if w, ok := f.cidWidths[cid]; ok {
		return w
	}
	for _, r := range f.cidWidthRanges {
		if cid >= r.lo && cid <= r.hi {
			return r.width
		}
	}
	return f.defaultWidth
}

// streamReader reads the first n decoded bytes of a stream (all when
// n < 0) under the page's size limit.
type streamReader func(v lpdf.Value, n int64) ([]byte, error)

// loadFont decodes a font dictionary. It may panic on malformed objects
// (the library does); the page interpreter recovers.
func loadFont(v lpdf.Value, read streamReader) (*font, error) {
	f := &font{}
	if tu := v.Key("ToUnicode"); tu.Kind() == lpdf.Stream {
		data, err := read(tu, -1)
		if err != nil {
			return nil, err
		}
		f.toUnicode = parseCMap(data)
	}
	if v.Key("Subtype").Name() == "Type0" {
		return f, f.loadComposite(v, read)
	}
	return f, f.loadSimple(v, read)
}

func (f *font) loadSimple(v lpdf.Value, read streamReader) error {
	subtype := v.Key("Subtype").Name()
	baseFont := v.Key("BaseFont").Name()
	desc := v.Key("FontDescriptor")

	base, err := f.baseEncoding(v, subtype, baseFont, desc, read)
	if err != nil {
		return err
	}
	for c, r := range base {
		if r != 0 {
			f.simpleText[c] = string(r)
		}
	}
	if enc := v.Key("Encoding"); enc.Kind() == lpdf.Dict {
		f.applyDifferences(enc.Key("Differences"))
	}

	// Widths are in glyph space: 1/1000 of text space, except in Type 3
	// fonts, whose FontMatrix says.
	scale := 0.001
	if subtype == "Type3" {
		if fm := v.Key("FontMatrix"); fm.Len() == 6 && fm.Index(0).Float64() != 0 {
			scale = abs(fm.Index(0).Float64())
		}
	}
	missing := desc.Key("MissingWidth").Float64() * scale
	widths := v.Key("Widths")
	if widths.Kind() != lpdf.Array {
		// The standard 14 fonts may come without widths. Rough advances
		// keep the glyphs of a string in order; explicit spaces and
		// string positions still separate words.
		guess := 0.5
		if strings.Contains(baseFont, "Courier") {
			guess = 0.6
		}
		for c := range f.simpleWidth {
			f.simpleWidth[c] = guess
		}
		f.simpleWidth[' '] = 0.25
		return nil
	}
	first := int(v.Key("FirstChar").Int64())
	n := widths.Len()
	for c := range f.simpleWidth {
		if i := c - first; i >= 0 && i < n {
			f.simpleWidth[c] = widths.Index(i).Float64() * scale
		} else {
			f.simpleWidth[c] = missing
		}
	}
	return nil
}

// baseEncoding returns the encoding the font's Differences (if any) apply
// to: the named one, or the font's built-in encoding.
func (f *font) baseEncoding(v lpdf.Value, subtype, baseFont string, desc lpdf.Value, read streamReader) (*[256]rune, error) {
	enc := v.Key("Encoding")
	name := enc.Name()
	if enc.Kind() == lpdf.Dict {
		name = enc.Key("BaseEncoding").Name()
	}
	switch name {
	case "WinAnsiEncoding":
		return &winAnsiEncoding, nil
	case "MacRomanEncoding":
		return &macRomanEncoding, nil
	case "StandardEncoding", "MacExpertEncoding":
		return &standardEncoding, nil
	}
	switch {
	case strings.Contains(baseFont, "Symbol"), strings.Contains(baseFont, "Dingbats"):
		// Symbol fonts draw pictures and Greek with Latin codes; without
		// a ToUnicode map their text is unknown.
		return &[256]rune{}, nil
	case subtype == "Type1" || subtype == "MMType1":
		if ff := desc.Key("FontFile"); ff.Kind() == lpdf.Stream {
			builtin, err := type1BuiltinEncoding(ff, read)
			if err != nil {
				return nil, err
			}
			if builtin != nil {
				return builtin, nil
			}
		}
		return &standardEncoding, nil
	case subtype == "Type3":
		return &[256]rune{}, nil
	default:
		// TrueType fonts without an encoding: Windows-1252 is the usual
		// truth for non-symbolic ones and the best guess for the rest.
		return &winAnsiEncoding, nil
	}
}

// applyDifferences overrides codes from a Differences array:
// [code name name ... code name ...].
func (f *font) applyDifferences(diffs lpdf.Value) {
	code := -1
	for i := 0; i < diffs.Len(); i++ {
		d := diffs.Index(i)
		switch d.Kind() {
		case lpdf.Integer, lpdf.Real:
			code = int(d.Float64())
		case lpdf.Name:
			if code >= 0 && code < 256 {
				s, ok := glyphNameText(d.Name())
				f.simpleText[code] = s
				f.silent[code] = ok && s == ""
			}
			code++
		}
	}
}

// type1BuiltinEncoding reads the /Encoding of an embedded Type 1 font
// program from its clear-text part. pdfTeX embeds Computer Modern and
// similar fonts without a PDF /Encoding, relying on this one.
func type1BuiltinEncoding(fontFile lpdf.Value, read streamReader) (*[256]rune, error) {
	// Only the clear-text part, Length1 bytes long, holds the encoding.
	n := fontFile.Key("Length1").Int64()
	if n <= 0 || n > 1<<20 {
		n = 1 << 20
	}
	data, err := read(fontFile, n)
	if err != nil {
		return nil, err
	}
	at := strings.Index(string(data), "/Encoding")
	if at < 0 {
		return nil, nil
	}
	lx := contentLexer{data: data, pos: at + len("/Encoding")}
	var table [256]rune
	var stack []operand
	found := false
scan:
	for steps := 0; steps < 1<<16; steps++ {
		op, kw, ok := lx.next()
		if !ok {
			break
		}
		if kw == "" {
			stack = append(stack, op)
			continue
		}
		switch kw {
		case "StandardEncoding":
			return &standardEncoding, nil
		case "put":
			if n := len(stack); n >= 2 && stack[n-2].kind == opNumber && stack[n-1].kind == opName {
				code := int(stack[n-2].num)
				if r, ok := glyphNameText(stack[n-1].str); ok && code >= 0 && code < 256 {
					if rs := []rune(r); len(rs) == 1 {
						table[code] = rs[0]
						found = true
					}
				}
			}
		case "def", "readonly":
			if found {
				break scan
			}
		case "eexec", "currentfile":
			break scan
		}
		stack = stack[:0]
	}
	if !found {
		return nil, nil
	}
	return &table, nil
}

func (f *font) loadComposite(v lpdf.Value, read streamReader) error {
	f.composite = true
	enc := v.Key("Encoding")
	switch enc.Kind() {
	case lpdf.Name:
		name := enc.Name()
		if strings.Contains(name, "UCS2") || strings.Contains(name, "UTF16") {
			f.unicodeCodes = true
		}
		// Identity-H/V and other predefined CMaps: two-byte codes with
		// CID = code is right for Identity and the best guess otherwise.
	case lpdf.Stream:
		data, err := read(enc, -1)
		if err != nil {
			return err
		}
		m := parseCMap(data)
		if len(m.spaces) > 0 || len(m.cidChars) > 0 || len(m.cidRanges) > 0 {
			f.encoding = m
		}
	}
	desc := v.Key("DescendantFonts").Index(0)
	if f.toUnicode == nil && !f.unicodeCodes {
		if err := f.loadGlyphText(desc, read); err != nil {
			return err
		}
	}
	f.defaultWidth = 1.0
	if dw := desc.Key("DW"); dw.Kind() == lpdf.Integer || dw.Kind() == lpdf.Real {
		f.defaultWidth = dw.Float64() / 1000
	}
	f.cidWidths = map[uint32]float64{}
	w := desc.Key("W")
	for i := 0; i < w.Len(); {
		first := w.Index(i)
		next := w.Index(i + 1)
		if first.Kind() != lpdf.Integer && first.Kind() != lpdf.Real {
			i++
			continue
		}
		c := uint32(max(first.Float64(), 0))
		if next.Kind() == lpdf.Array {
			for j := 0; j < next.Len(); j++ {
				f.cidWidths[c+uint32(j)] = next.Index(j).Float64() / 1000
			}
			i += 2
			continue
		}
		last := w.Index(i + 2)
		if last.Kind() == lpdf.Integer || last.Kind() == lpdf.Real {
			f.cidWidthRanges = append(f.cidWidthRanges, cidWidthRange{c, uint32(max(next.Float64(), 0)), last.Float64() / 1000})
		}
		i += 3
	}
	return nil
}

// loadGlyphText prepares decoding by the embedded TrueType program's cmap
// for a composite font without ToUnicode.
func (f *font) loadGlyphText(desc lpdf.Value, read streamReader) error {
	program := desc.Key("FontDescriptor").Key("FontFile2")
	if desc.Key("Subtype").Name() != "CIDFontType2" || program.Kind() != lpdf.Stream {
		return nil
	}
	data, err := read(program, -1)
	if err != nil {
		return err
	}
	f.glyphText = trueTypeGlyphRunes(data)
	if m := desc.Key("CIDToGIDMap"); m.Kind() == lpdf.Stream && f.glyphText != nil {
		if f.cidToGID, err = read(m, -1); err != nil {
			return err
		}
	}
	return nil
}

// glyphNameText returns the text a PostScript glyph name stands for, by
// Adobe's glyph list and its naming conventions (uniXXXX, uXXXX[XX],
// suffixes after a period, ligatures joined by underscores). ok is false
// for names that say nothing about their text, such as "g123".
func glyphNameText(name string) (string, bool) {
	if i, ok := slices.BinarySearchFunc(glyphNames[:], name, func(e glyphName, name string) int {
		return strings.Compare(e.name, name)
	}); ok {
		return string(glyphNames[i].r), true
	}
	switch name {
	case "cwm", "compwordmark", ".notdef":
		return "", name != ".notdef"
	}
	if i := strings.IndexByte(name, '.'); i > 0 {
		return glyphNameText(name[:i])
	}
	if strings.Contains(name, "_") {
		var b strings.Builder
		for part := range strings.SplitSeq(name, "_") {
			s, ok := glyphNameText(part)
			if !ok {
				return "", false
			}
			b.WriteString(s)
		}
		return b.String(), true
	}
	if hex, ok := strings.CutPrefix(name, "uni"); ok && len(hex) >= 4 && len(hex)%4 == 0 {
		var b strings.Builder
		for i := 0; i < len(hex); i += 4 {
			v, err := strconv.ParseUint(hex[i:i+4], 16, 32)
			if err != nil || v >= 0xD800 && v <= 0xDFFF {
				return "", false
			}
			b.WriteRune(rune(v))
		}
		return b.String(), true
	}
	if hex, ok := strings.CutPrefix(name, "u"); ok && len(hex) >= 4 && len(hex) <= 6 {
		v, err := strconv.ParseUint(hex, 16, 32)
		if err == nil && v <= 0x10FFFF && (v < 0xD800 || v > 0xDFFF) {
			return string(rune(v)), true
		}
	}
	return "", false
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
