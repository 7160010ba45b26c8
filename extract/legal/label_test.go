package legal

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// labelOracle is label as it was before collapsedPrefix: it splits and
// converts the whole text. Kept as the test oracle.
func labelOracle(m Mention) string {
	t := strings.Join(strings.Fields(m.Text), " ")
	if r := []rune(t); len(r) > 70 {
		t = string(r[:67]) + "..."
	}
	if m.InReferences {
		return fmt.Sprintf("%q (reference entry)", t)
	}
	return fmt.Sprintf("%q", t)
}

func TestLabelMatchesOracle(t *testing.T) {
	for _, text := range labelTexts() {
		for _, inRefs := range []bool{false, true} {
			m := Mention{Text: text, InReferences: inRefs}
			if got, want := label(m), labelOracle(m); got != want {
				t.Fatalf("label(%q, refs %v) = %s, want %s", text, inRefs, got, want)
			}
		}
	}
}

// TestCollapsedPrefix checks the prefix and its rune count against the
// joined fields cut after n decoded runes.
func TestCollapsedPrefix(t *testing.T) {
	for _, text := range labelTexts() {
		joined := strings.Join(strings.Fields(text), " ")
		for _, n := range []int{0, 1, 2, 3, 5, 70, 71} {
			end, runes := 0, 0
			for end < len(joined) && runes < n {
				_, w := utf8.DecodeRuneInString(joined[end:])
				end += w
				runes++
			}
			if got, gotRunes := collapsedPrefix(text, n); got != joined[:end] || gotRunes != runes {
				t.Fatalf("collapsedPrefix(%q, %d) = %q, %d, want %q, %d", text, n, got, gotRunes, joined[:end], runes)
			}
		}
	}
}

// labelTexts are texts around the label's length, with white space of
// every kind and invalid UTF-8, and random mixes of them.
func labelTexts() []string {
	texts := []string{
		"",
		"   ",
		"Law No. 5",
		"  Law \t No.\n5  ",
		strings.Repeat("a", 70),
		strings.Repeat("a", 71),
		strings.Repeat("ж", 70),
		strings.Repeat("ж", 71),
		strings.Repeat("a", 69) + " b",
		strings.Repeat("a", 70) + " b",
		strings.Repeat("a", 69) + "   b",
		strings.Repeat("a", 70) + "   ",
		strings.Repeat("ab ", 40),
		"Закон\u00a0Республики\u3000Казахстан\u2003от 1 января",
		"x\u0085y\u2028z",
		"bad \xff\xfe bytes " + strings.Repeat("\xc3", 80),
		strings.Repeat("\xff", 69) + " \xe2\x80",
		strings.Repeat("я ", 34) + "\xff\xff\xff",
		"a b c", " a b ", "a  b", "a\nb c", "ab cd\t",
	}
	rng := rand.New(rand.NewSource(1))
	pieces := []string{"a", "Ж", " ", "  ", "\t", "\n", "\u00a0", "\u3000", "\xff", "\xe2\x80", "😀", "Law", "No."}
	for range 3000 {
		var sb strings.Builder
		for range rng.Intn(120) {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, sb.String())
	}
	return texts
}
