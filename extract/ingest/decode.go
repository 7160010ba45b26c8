package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/charmap"
)

// ErrEncoding is returned for text that is not UTF-8 and whose encoding
// cannot be determined with certainty.
var ErrEncoding = errors.New("unknown text encoding")

// DecodeText returns data as UTF-8 and the name of the encoding it was read
// as. UTF-8 (with or without BOM) and UTF-16 (with BOM, or without one when
// the zero bytes make the byte order certain) are decoded; for other bytes the
// single-byte Cyrillic code pages Windows-1251 and KOI8-R are tried, and the
// text is accepted only when exactly one of them yields plausible Russian or
// Kazakh text. Anything else is an error: never silently mangled.
//
// UTF-8 text is returned in data's own memory, not copied (the input is a
// fifth of what Build allocates): the caller must not modify data while the
// text is in use.
func DecodeText(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
		if !utf8.Valid(data) {
			return "", "", fmt.Errorf("%w: UTF-8 byte-order mark but invalid UTF-8 at byte %d", ErrEncoding, invalidAt(data)+3)
		}
		return sharedString(data), "utf-8", nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(data[2:], false, 2)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data[2:], true, 2)
	}
	if utf8.Valid(data) {
		if bytes.IndexByte(data, 0) >= 0 {
			if be, ok := utf16Order(data); ok {
				return decodeUTF16(data, be, 0)
			}
			return "", "", fmt.Errorf("%w: the file contains NUL bytes (binary data?)", ErrEncoding)
		}
		return sharedString(data), "utf-8", nil
	}
	if be, ok := utf16Order(data); ok {
		return decodeUTF16(data, be, 0)
	}
	if bytes.IndexByte(data, 0) < 0 {
		type cand struct {
			name  string
			text  string
			score float64
		}
		var cands []cand
		for _, cm := range []struct {
			name string
			cm   *charmap.Charmap
		}{{"windows-1251", charmap.Windows1251}, {"koi8-r", charmap.KOI8R}} {
			s, err := cm.cm.NewDecoder().String(string(data))
			if err != nil || !cyrillicText(s) {
				continue
			}
			cands = append(cands, cand{cm.name, s, cyrillicPlausibility(s)})
		}
		switch len(cands) {
		case 1:
			if cands[0].score >= 0.9 {
				return cands[0].text, cands[0].name, nil
			}
		case 2:
			a, b := cands[0], cands[1]
			if b.score > a.score {
				a, b = b, a
			}
			if a.score >= 0.9 && b.score < 0.6 {
				return a.text, a.name, nil
			}
		}
	}
	return "", "", fmt.Errorf("%w: not valid UTF-8 (first bad byte at offset %d) and not recognizably Windows-1251 or KOI8-R; convert the file to UTF-8 (e.g. iconv -f CP1251 -t UTF-8)", ErrEncoding, invalidAt(data))
}

// sharedString is string(b) without the copy: b must not change while the
// string is in use.
func sharedString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// cyrillicText reports text whose non-ASCII letters are Cyrillic and make
// up whole words: the bytes of a Latin-1 or Windows-1252 text ("café",
// "Ljubljana – Zagreb") read as a Cyrillic code page give words mixing
// Latin and Cyrillic letters, or too few Cyrillic letters to judge.
func cyrillicText(s string) bool {
	cyr, mixed, words := 0, 0, 0
	lat, cy := false, false
	flush := func() {
		if lat || cy {
			words++
			if lat && cy {
				mixed++
			}
		}
		lat, cy = false, false
	}
	for _, c := range s {
		switch {
		case c < 0x80 && (c|0x20 >= 'a' && c|0x20 <= 'z'):
			lat = true
		case c >= 0x400 && c <= 0x4FF:
			cy = true
			cyr++
		case c >= 0x80 && unicode.IsLetter(c):
			lat = true
		default:
			flush()
		}
	}
	flush()
	return cyr >= 8 && mixed*10 <= words
}
func invalidAt(data []byte) int {
	for i := 0; i < len(data); {
		r, w := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && w <= 1 {
			return i
		}
		i += w
	}
	return len(data)
}

// utf16Order detects BOM-less UTF-16 from its high bytes: in text in Latin
// or Cyrillic script nearly every code unit's high byte is 0x00 or 0x04,
// many are 0x00 (spaces, digits, punctuation), and the low bytes are not.
func utf16Order(data []byte) (bigEndian bool, ok bool) {
	if len(data) < 4 || len(data)%2 != 0 {
		return false, false
	}
	var hiLE, hiBE, zeroLE, zeroBE int
	for i := 0; i+1 < len(data); i += 2 {
		lo, hi := data[i], data[i+1] // as little-endian
		if hi == 0 || hi == 4 {
			hiLE++
		}
		if hi == 0 {
			zeroLE++
		}
		if lo == 0 || lo == 4 {
			hiBE++
		}
		if lo == 0 {
			zeroBE++
		}
	}
	units := len(data) / 2
	switch {
	case hiLE*10 >= units*9 && zeroLE*10 >= units && hiBE*2 < units:
		return false, true
	case hiBE*10 >= units*9 && zeroBE*10 >= units && hiLE*2 < units:
		return true, true
	}
	return false, false
}

// decodeUTF16 decodes UTF-16 (after a byte-order mark of bom bytes): an odd
// number of bytes or an unpaired surrogate is an error, not a U+FFFD.
func decodeUTF16(data []byte, bigEndian bool, bom int) (string, string, error) {
	name := "utf-16le"
	if bigEndian {
		name = "utf-16be"
	}
	if len(data)%2 != 0 {
		return "", "", fmt.Errorf("%w: %s with an odd number of bytes (%d): truncated?", ErrEncoding, name, len(data)+bom)
	}
	u := make([]uint16, len(data)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	for i := 0; i < len(u); i++ {
		switch {
		case utf16.IsSurrogate(rune(u[i])):
			if u[i] < 0xDC00 && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF {
				i++
				continue
			}
			return "", "", fmt.Errorf("%w: %s with an unpaired surrogate at byte %d", ErrEncoding, name, 2*i+bom)
		case u[i] == 0 && bom == 0:
			return "", "", fmt.Errorf("%w: %s text with NUL characters (binary data?)", ErrEncoding, name)
		}
	}
	return string(utf16.Decode(u)), name, nil
}

// cyrillicPlausibility is the share of non-ASCII letters that are frequent
// lower-case Russian/Kazakh letters. Decoding Windows-1251 text as KOI8-R (or
// the reverse) produces mostly capitals and rare letters, so the right code
// page scores high and the wrong one low.
func cyrillicPlausibility(s string) float64 {
	const common = "оеаинтсрвлкмдпуяызбгчйхжшюцщэфъёәғқңөұүһі"
	var total, good int
	for _, c := range s {
		if c < 0x80 {
			continue
		}
		total++
		for _, k := range common {
			if c == k {
				good++
				break
			}
		}
	}
	if total == 0 {
		return 0
	}
	return float64(good) / float64(total)
}
