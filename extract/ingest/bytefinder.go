package ingest

import "strings"

// byteFinder finds the bytes of a small set in a text in increasing order,
// each byte of the set with strings.IndexByte (vectorized) and its next
// position kept until the scan passes it: when the bytes are rare, a few
// searches skip the text between them instead of a test of every byte.
type byteFinder struct {
	text string
	set  string
	// next holds the index of the next occurrence of each byte of set at
	// or after the last position asked for, len(text) for none, -1 before
	// the first search.
	next [12]int
}

func newByteFinder(text, set string) byteFinder {
	f := byteFinder{text: text, set: set}
	for k := range f.next {
		f.next[k] = -1
	}
	return f
}

// from returns the index of the first byte of the set in text at or after
// i (0 <= i <= len(text)), or len(text). Successive calls must not go back.
func (f *byteFinder) from(i int) int {
	m := len(f.text)
	for k := 0; k < len(f.set); k++ {
		if f.next[k] < i {
			if j := strings.IndexByte(f.text[i:], f.set[k]); j >= 0 {
				f.next[k] = i + j
			} else {
				f.next[k] = len(f.text)
			}
		}
		m = min(m, f.next[k])
	}
	return m
}
