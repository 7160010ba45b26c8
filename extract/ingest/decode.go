package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"

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
func DecodeText(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
		if !utf8.Valid(data) {
			return "", "", fmt.Errorf("%w: UTF-8 byte-order mark but invalid UTF-8 at byte %d", ErrEncoding, invalidAt(data)+3)
		}
		return string(data), "utf-8", nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(data[2:], false), "utf-16le", nil
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data[2:], true), "utf-16be", nil
	}
	if utf8.Valid(data) {
		if bytes.IndexByte(data, 0) >= 0 {
			if be, ok := utf16Order(data); ok {
				return decodeUTF16(data, be), map[bool]string{true: "utf-16be", false: "utf-16le"}[be], nil
			}
			return "", "", fmt.Errorf("%w: the file contains NUL bytes (binary data?)", ErrEncoding)
		}
		return string(data), "utf-8", nil
	}
	if be, ok := utf16Order(data); ok {
		return decodeUTF16(data, be), map[bool]string{true: "utf-16be", false: "utf-16le"}[be], nil
	}
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
		if err != nil {
			continue
		}
		cands = append(cands, cand{cm.name, s, cyrillicPlausibility(s)})
	}
	if len(cands) == 2 {
		a, b := cands[0], cands[1]
		if b.score > a.score {
			a, b = b, a
		}
		if a.score >= 0.9 && b.score < 0.6 {
			return a.text, a.name, nil
		}
	}
	return "", "", fmt.Errorf("%w: not valid UTF-8 (first bad byte at offset %d) and not recognizably Windows-1251 or KOI8-R; convert the file to UTF-8 (e.g. iconv -f CP1251 -t UTF-8)", ErrEncoding, invalidAt(data))
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

// utf16Order detects BOM-less UTF-16 from where the zero bytes fall: text in
// Latin or Cyrillic script has a zero (or 0x04) high byte in most code units.
func utf16Order(data []byte) (bigEndian bool, ok bool) {
	if len(data) < 4 || len(data)%2 != 0 {
		return false, false
	}
	var evenZero, oddZero int
	for i := 0; i+1 < len(data); i += 2 {
		if data[i] == 0 {
			evenZero++
		}
		if data[i+1] == 0 {
			oddZero++
		}
	}
	units := len(data) / 2
	switch {
	case oddZero > units/3 && evenZero < units/20:
		return false, true
	case evenZero > units/3 && oddZero < units/20:
		return true, true
	}
	return false, false
}

func decodeUTF16(data []byte, bigEndian bool) string {
	u := make([]uint16, len(data)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	return string(utf16.Decode(u))
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
