package ingest

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// setextUnderlineSpec and tableRuleSpec are the two line-shape tests
// before they rejected a line by its first byte: their specifications in
// TestLineShapesMatchSpec.
func setextUnderlineSpec(t string) int {
	if len(t) < 2 {
		return 0
	}
	if strings.Trim(t, "=") == "" {
		return 1
	}
	if strings.Trim(t, "-") == "" {
		return 2
	}
	return 0
}

func tableRuleSpec(t string) bool {
	if !strings.Contains(t, "-") || !strings.Contains(t, "|") && !strings.Contains(t, "+") {
		return false
	}
	dashes := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '-':
			dashes++
		case '|', ':', ' ', '\t', '+', '=':
		default:
			return false
		}
	}
	return dashes >= 3
}

// TestLineShapesMatchSpec checks setextUnderline and tableRule against
// their specifications on random lines of the bytes they look at and a few
// others, and on every one- and two-byte line.
func TestLineShapesMatchSpec(t *testing.T) {
	var lines []string
	for a := 0; a < 256; a++ {
		lines = append(lines, string([]byte{byte(a)}))
		for b := 0; b < 256; b++ {
			lines = append(lines, string([]byte{byte(a), byte(b)}))
		}
	}
	const alphabet = "-|:+= \t=-a1\xd0"
	rng := rand.New(rand.NewSource(17))
	for k := 0; k < 200000; k++ {
		b := make([]byte, rng.Intn(12))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		lines = append(lines, string(b))
	}
	for _, l := range lines {
		if got, want := setextUnderline(l), setextUnderlineSpec(l); got != want {
			t.Fatalf("setextUnderline(%q) = %d, want %d", l, got, want)
		}
		if got, want := tableRule(l), tableRuleSpec(l); got != want {
			t.Fatalf("tableRule(%q) = %v, want %v", l, got, want)
		}
	}
}

// TestEmphasisFromFirstTrigger checks that emphasisDelimiters started at
// the line's first inline trigger byte (as cleanInline calls it) finds
// the runs it finds from the line's start, on random Markdown-like lines.
func TestEmphasisFromFirstTrigger(t *testing.T) {
	parts := []string{" ", "a", "word", "*", "**", "_", "__", "`", "``", "\\", "[", "]", "(", ")", "!", "<", ">", "^", "&", "~", ".", ",",
		"é", "ж", "—", "\xe2", "5", "snake_case", "**bold**", "_it_", "`code`"}
	rng := rand.New(rand.NewSource(23))
	for k := 0; k < 100000; k++ {
		var b strings.Builder
		for n := rng.Intn(16); n >= 0; n-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		line := b.String()
		got := fmt.Sprint(emphasisDelimiters(line, nextTrigger(line, 0), nil))
		if want := fmt.Sprint(emphasisDelimiters(line, 0, nil)); got != want {
			t.Fatalf("emphasisDelimiters(%q) from the first trigger = %s, want %s", line, got, want)
		}
	}
}
