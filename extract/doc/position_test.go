package doc

import (
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// randomText mixes ASCII runs, newlines, Cyrillic, three- and four-byte
// runes, stray continuation bytes and truncated sequences.
func randomText(rng *rand.Rand, n int) string {
	pieces := []string{"a", "word ", "eight by", "\n", "д", "Қазақ", "—", "€", "𝄞", "\x80", "\xd0", "\xe2\x80", "é", "\xff"}
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

func TestCountRunesIsRuneCountInString(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 3000 {
		s := randomText(rng, rng.IntN(80))
		for i := 0; i <= len(s); i++ {
			if got, want := countRunes(s[i:]), utf8.RuneCountInString(s[i:]); got != want {
				t.Fatalf("countRunes(%q) = %d, want %d", s[i:], got, want)
			}
		}
	}
}

// positionSpec is Position as it was before ColumnCursor.
func positionSpec(m *SourceMap, off int) Position {
	o := m.Original(off)
	li := sort.Search(len(m.LineStarts), func(i int) bool { return int(m.LineStarts[i]) > o }) - 1
	p := Position{Line: li + 1, Column: o + 1}
	if li >= 0 {
		p.Column = o - int(m.LineStarts[li]) + 1
		if m.OrigText != "" && int(m.LineStarts[li]) <= o && o <= len(m.OrigText) {
			p.Column = utf8.RuneCountInString(m.OrigText[m.LineStarts[li]:o]) + 1
		}
	}
	if len(m.PageStarts) > 0 {
		p.Page = sort.Search(len(m.PageStarts), func(i int) bool { return int(m.PageStarts[i]) > o })
		pageStart := int(m.PageStarts[p.Page-1])
		first := sort.Search(len(m.LineStarts), func(i int) bool { return int(m.LineStarts[i]) >= pageStart })
		p.Line = li - first + 1
	}
	return p
}

// Positions asked through a cursor, in increasing order, in runs and at
// random, are the ones asked without, on random texts whose normalization
// drops, expands and moves text (offsets land inside runes too).
func TestPositionAtIsPosition(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 500 {
		orig := randomText(rng, 20+rng.IntN(400))
		var b Builder
		for o := 0; o < len(orig); {
			n := min(len(orig)-o, 1+rng.IntN(30))
			switch rng.IntN(4) {
			case 0:
				b.Replace(orig[o : o+n][:rng.IntN(n+1)]+"…", o, n)
			case 1:
				b.Replace("", o, n)
			default:
				b.Copy(orig[o:o+n], o)
			}
			o += n
		}
		var pages []int
		if rng.IntN(3) == 0 {
			pages = []int{0, len(orig) / 3, len(orig) / 2}
		}
		text, m := b.Finish(orig, lineStarts(orig), pages)
		var offs []int
		for range 60 {
			offs = append(offs, rng.IntN(len(text)+1))
		}
		if rng.IntN(2) == 0 {
			sort.Ints(offs)
		}
		var c ColumnCursor
		for _, off := range offs {
			want := positionSpec(m, off)
			if got := m.PositionAt(off, &c); got != want {
				t.Fatalf("PositionAt(%d) = %+v, want %+v", off, got, want)
			}
			if got := m.Position(off); got != want {
				t.Fatalf("Position(%d) = %+v, want %+v", off, got, want)
			}
		}
	}
}

func TestNodeIDIsConcatenation(t *testing.T) {
	for _, s := range []Span{{0, 0}, {3, 17}, {-1, 5}, {123456789, 1234567890}} {
		for _, docID := range []string{"d5684136f7d7a", "", strings.Repeat("x", 100)} {
			want := "claim:" + docID + ":" + strconv.Itoa(s.Start) + "-" + strconv.Itoa(s.End)
			if got := NodeID("claim", docID, s); got != want {
				t.Fatalf("NodeID = %q, want %q", got, want)
			}
		}
	}
}
