package ingest

// White space as unicode.IsSpace defines it, trimmed byte by byte: most
// lines start or end in a letter, often Cyrillic, where strings.TrimSpace
// leaves its ASCII path to decode the rune and search the Unicode tables.

// isASCIISpace reports the ASCII bytes unicode.IsSpace accepts.
func isASCIISpace(c byte) bool {
	return c == ' ' || c-'\t' <= '\r'-'\t'
}

// spacePrefix returns the length of the non-ASCII white-space rune s starts
// with, or 0. The white space above ASCII is U+0085, U+00A0, U+1680,
// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000; a valid
// encoding of one of them decodes as it, anything else as another rune or
// utf8.RuneError.
func spacePrefix(s string) int {
	if len(s) < 2 {
		return 0
	}
	switch s[0] {
	case 0xC2:
		if s[1] == 0x85 || s[1] == 0xA0 {
			return 2
		}
	case 0xE1:
		if len(s) >= 3 && s[1] == 0x9A && s[2] == 0x80 {
			return 3
		}
	case 0xE2:
		if len(s) >= 3 && isSpace3(s[1], s[2]) {
			return 3
		}
	case 0xE3:
		if len(s) >= 3 && s[1] == 0x80 && s[2] == 0x80 {
			return 3
		}
	}
	return 0
}

// isSpace3 reports the second and third bytes of a white-space rune
// encoded E2 xx xx.
func isSpace3(b1, b2 byte) bool {
	if b1 == 0x80 {
		return b2 >= 0x80 && b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF
	}
	return b1 == 0x81 && b2 == 0x9F
}

// spaceSuffix returns the length of the non-ASCII white-space rune s ends
// with, or 0: the last rune utf8.DecodeLastRuneInString decodes is one of
// them exactly when the last bytes are its encoding.
func spaceSuffix(s string) int {
	n := len(s)
	if n < 2 || s[n-1] < 0x80 || s[n-1] > 0xAF {
		return 0
	}
	if s[n-2] == 0xC2 {
		if s[n-1] == 0x85 || s[n-1] == 0xA0 {
			return 2
		}
		return 0
	}
	if n < 3 {
		return 0
	}
	switch s[n-3] {
	case 0xE1:
		if s[n-2] == 0x9A && s[n-1] == 0x80 {
			return 3
		}
	case 0xE2:
		if isSpace3(s[n-2], s[n-1]) {
			return 3
		}
	case 0xE3:
		if s[n-2] == 0x80 && s[n-1] == 0x80 {
			return 3
		}
	}
	return 0
}

// trimSpace is strings.TrimSpace.
func trimSpace(s string) string { return trimRightSpace(trimLeftSpace(s)) }

// isSpaceOnly reports trimSpace(s) == "": what the left trim leaves starts
// with a rune that is no space, which the right trim stops at.
func isSpaceOnly(s string) bool { return trimLeftSpace(s) == "" }

// trimLeftSpace is strings.TrimLeftFunc(s, unicode.IsSpace).
func trimLeftSpace(s string) string {
	for len(s) > 0 {
		if c := s[0]; c < 0x80 {
			if !isASCIISpace(c) {
				break
			}
			s = s[1:]
		} else if n := spacePrefix(s); n > 0 {
			s = s[n:]
		} else {
			break
		}
	}
	return s
}

// trimRightSpace is strings.TrimRightFunc(s, unicode.IsSpace).
func trimRightSpace(s string) string {
	for len(s) > 0 {
		if c := s[len(s)-1]; c < 0x80 {
			if !isASCIISpace(c) {
				break
			}
			s = s[:len(s)-1]
		} else if n := spaceSuffix(s); n > 0 {
			s = s[:len(s)-n]
		} else {
			break
		}
	}
	return s
}

// fieldCount is len(strings.Fields(s)), without building the fields (and
// without decoding: only the lead bytes of white space are looked at, no
// other rune containing them).
func fieldCount(s string) int {
	n := 0
	inField := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if isASCIISpace(c) {
				inField = false
			} else if !inField {
				n++
				inField = true
			}
			i++
			continue
		}
		// Only C2, E1, E2 and E3 lead white space (spacePrefix).
		if c == 0xC2 || c-0xE1 <= 0xE3-0xE1 {
			if w := spacePrefix(s[i:]); w > 0 {
				inField = false
				i += w
				continue
			}
		}
		if !inField {
			n++
			inField = true
		}
		i++ // a byte of a rune that is no space, or an invalid one
	}
	return n
}
