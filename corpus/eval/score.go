package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// PRF accumulates true positives, false positives and false negatives.
type PRF struct{ TP, FP, FN int }

// Add merges counts.
func (p *PRF) Add(o PRF) { p.TP += o.TP; p.FP += o.FP; p.FN += o.FN }

// P is precision (1 when nothing was predicted and nothing expected).
func (p PRF) P() float64 { return ratio(p.TP, p.TP+p.FP) }

// R is recall.
func (p PRF) R() float64 { return ratio(p.TP, p.TP+p.FN) }

// F1 is the harmonic mean of P and R.
func (p PRF) F1() float64 {
	if p.P()+p.R() == 0 {
		return 0
	}
	return 2 * p.P() * p.R() / (p.P() + p.R())
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Acc counts correct answers out of a total.
type Acc struct{ OK, N int }

// Add records one answer.
func (a *Acc) Add(ok bool) {
	a.N++
	if ok {
		a.OK++
	}
}

// Value is the share of correct answers.
func (a Acc) Value() float64 { return ratio(a.OK, a.N) }

func (a Acc) String() string { return fmt.Sprintf("%.3f (%d/%d)", a.Value(), a.OK, a.N) }

// Table is a printed result table: one row per key.
type Table struct {
	Title   string
	Columns []string
	Rows    [][]string
}

func (t *Table) Row(cells ...string) { t.Rows = append(t.Rows, cells) }

// Print writes the table in Markdown so that it can go into the README as is.
func (t *Table) Print(w io.Writer) {
	fmt.Fprintf(w, "\n### %s\n\n", t.Title)
	fmt.Fprintf(w, "| %s |\n", strings.Join(t.Columns, " | "))
	seps := make([]string, len(t.Columns))
	for i := range seps {
		seps[i] = "---"
	}
	fmt.Fprintf(w, "| %s |\n", strings.Join(seps, " | "))
	for _, r := range t.Rows {
		fmt.Fprintf(w, "| %s |\n", strings.Join(r, " | "))
	}
}

func f3(x float64) string { return fmt.Sprintf("%.3f", x) }

func prfCells(p PRF) []string {
	return []string{f3(p.P()), f3(p.R()), f3(p.F1()), fmt.Sprintf("%d", p.TP), fmt.Sprintf("%d", p.FP), fmt.Sprintf("%d", p.FN)}
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
