package nlp

import "regexp"

// FindAllAt returns the submatch indexes of the successive non-overlapping
// matches in s of a pattern, at most n of them (all when n < 0), tried,
// anchored (anchored is the pattern with a leading ^), only at the byte
// positions where candidate is true. It returns what
// FindAllStringSubmatchIndex(s, n) of the unanchored pattern would when every match starts at a candidate position, the pattern looks at
// nothing before its start (no \b, no ^ other than at position 0) and
// matches no empty string; on a long text with few candidates it costs
// far less than running the regexp engine over all of it.
func FindAllAt(anchored *regexp.Regexp, s string, n int, candidate func(i int) bool) [][]int {
	return FindAllFrom(anchored, s, n, func(i int) int {
		for i < len(s) && !candidate(i) {
			i++
		}
		return i
	})
}

// FindAllFrom is FindAllAt with the candidates given by next: the first
// candidate position at or after i (len(s) when there is none). A caller
// that can skip to its candidates (a byte search) saves the test per byte.
func FindAllFrom(anchored *regexp.Regexp, s string, n int, next func(i int) int) [][]int {
	var out [][]int
	for i := next(0); i < len(s) && (n < 0 || len(out) < n); i = next(i + 1) {
		m := anchored.FindStringSubmatchIndex(s[i:])
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += i
			}
		}
		out = append(out, m)
		i = max(m[1], i+1) - 1 // the next match starts at or after this one's end
	}
	return out
}
