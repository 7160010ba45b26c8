package pdf

import "encoding/binary"

// maxCmapSteps bounds the work of reading a font's cmap table.
const maxCmapSteps = 1 << 19

// trueTypeGlyphRunes reads the Unicode cmap of an embedded TrueType font
// program and inverts it: glyph id to the code point it draws. It serves
// composite fonts that come without a ToUnicode map (a known gap of the
// library, which then yields garbage): there the CIDs are glyph ids. It
// returns nil when the program has no usable Unicode cmap, as subset fonts
// often have not.
func trueTypeGlyphRunes(font []byte) map[uint16]rune {
	be := binary.BigEndian
	u16 := func(off int) (int, bool) {
		if off < 0 || off+2 > len(font) {
			return 0, false
		}
		return int(be.Uint16(font[off:])), true
	}
	u32 := func(off int) (int, bool) {
		if off < 0 || off+4 > len(font) {
			return 0, false
		}
		return int(be.Uint32(font[off:])), true
	}
	numTables, ok := u16(4)
	if !ok {
		return nil
	}
	cmapAt := -1
	for i := range numTables {
		rec := 12 + 16*i
		if rec+16 > len(font) {
			return nil
		}
		if string(font[rec:rec+4]) == "cmap" {
			cmapAt, _ = u32(rec + 8)
			break
		}
	}
	if cmapAt < 0 {
		return nil
	}
	// Prefer the full-Unicode subtable, then the BMP one.
	n, _ := u16(cmapAt + 2)
	best, bestRank := -1, 0
	for i := range n {
		rec := cmapAt + 4 + 8*i
		platform, ok1 := u16(rec)
		encoding, ok2 := u16(rec + 2)
		offset, ok3 := u32(rec + 4)
		if !ok1 || !ok2 || !ok3 {
			break
		}
		rank := 0
		switch {
		case platform == 3 && encoding == 10:
			rank = 3
		case platform == 3 && encoding == 1:
			rank = 2
		case platform == 0:
			rank = 1
		}
		if rank > bestRank {
			best, bestRank = cmapAt+offset, rank
		}
	}
	if best < 0 {
		return nil
	}
	glyphs := map[uint16]rune{}
	steps := 0 // hostile tables can describe billions of codes
	add := func(gid int, r rune) bool {
		steps++
		if _, seen := glyphs[uint16(gid)]; !seen && gid > 0 && gid <= 0xFFFF {
			glyphs[uint16(gid)] = r
		}
		return steps < maxCmapSteps
	}
	format, _ := u16(best)
	switch format {
	case 4:
		segX2, ok := u16(best + 6)
		if !ok {
			return nil
		}
		ends, starts := best+14, best+16+segX2
		deltas, rangeOffsets := starts+segX2, starts+2*segX2
		for seg := 0; seg < segX2/2; seg++ {
			end, ok1 := u16(ends + 2*seg)
			start, ok2 := u16(starts + 2*seg)
			delta, ok3 := u16(deltas + 2*seg)
			rangeOffset, ok4 := u16(rangeOffsets + 2*seg)
			if !ok1 || !ok2 || !ok3 || !ok4 {
				break
			}
			for c := start; c <= end && c < 0xFFFF; c++ {
				gid := c + delta
				if rangeOffset != 0 {
					g, ok := u16(rangeOffsets + 2*seg + rangeOffset + 2*(c-start))
					if !ok || g == 0 {
						continue
					}
					gid = g + delta
				}
				if !add(gid&0xFFFF, rune(c)) {
					return glyphs
				}
			}
		}
	case 12:
		groups, ok := u32(best + 12)
		if !ok {
			return nil
		}
		for i := 0; i < groups; i++ {
			start, ok1 := u32(best + 16 + 12*i)
			end, ok2 := u32(best + 20 + 12*i)
			gid, ok3 := u32(best + 24 + 12*i)
			if !ok1 || !ok2 || !ok3 {
				break
			}
			for c := start; c <= end && c <= 0x10FFFF; c++ {
				if !add(gid+c-start, rune(c)) {
					return glyphs
				}
			}
		}
	default:
		return nil
	}
	if len(glyphs) == 0 {
		return nil
	}
	return glyphs
}
