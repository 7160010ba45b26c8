package corpus

import "unicode/utf16"

// The bad-input tests that were here (empty, random, truncated and
// encrypted PDFs, invalid UTF-8, UTF-16, an unsupported type, a dangling
// link, an unreadable file) are cases of the malformed-input suite in
// robust_test.go, TestMalformedInputs.

func utf16LE(s string, bom bool) []byte {
	var out []byte
	if bom {
		out = append(out, 0xFF, 0xFE)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}
