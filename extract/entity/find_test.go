package entity

import "testing"

// wordRuneAt's inline two-byte Cyrillic agrees with decodeWordRune on every
// sequence it takes.
func TestWordRuneAtAsDecode(t *testing.T) {
	for c := 0xD0; c <= 0xD3; c++ {
		for c2 := 0x80; c2 <= 0xBF; c2++ {
			s := string([]byte{byte(c), byte(c2), 'x'})
			r, size, ok := wordRuneAt(s, 0, len(s))
			wr, wsize, wok := decodeWordRune(s, 0)
			if r != wr || size != wsize || ok != wok {
				t.Errorf("% x: wordRuneAt = %U %d %v, decodeWordRune %U %d %v", s[:2], r, size, ok, wr, wsize, wok)
			}
		}
	}
}
