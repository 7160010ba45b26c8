package cite

import (
	"fmt"
	"strconv"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// Severities.
const (
	SeverityWarning = "warning"
	SeverityInfo    = "info"
)

func (x *extractor) findings(res Result) []Finding {
	var out []Finding
	add := func(f Finding) { out = append(out, f) }
	cited := make([]bool, len(x.rs))
	for ci, c := range res.Citations {
		for ki, k := range c.Keys {
			if k.Target >= 0 {
				cited[k.Target] = true
			}
			// (keyLabel only for the keys reported.)
			switch {
			case k.Target < 0 && len(x.rs) > 0:
				add(Finding{Type: FindingDangling, Severity: SeverityWarning, Citation: ci, Key: ki, Reference: -1,
					Summary: fmt.Sprintf("Citation %q has no entry in the reference list.", keyLabel(k)),
					Spans:   []doc.Span{k.Span}})
			case k.Mismatch == "year":
				r := x.rs[k.Target]
				add(Finding{Type: FindingYearMismatch, Severity: SeverityWarning, Citation: ci, Key: ki, Reference: k.Target,
					Summary: fmt.Sprintf("Citation %q gives the year %s, but its entry %q has %d.", keyLabel(k), k.Year+k.Suffix, refLabel(r), r.CSL.Year()),
					Spans:   []doc.Span{k.Span, r.Span},
					Fields:  map[string]any{"cited_year": k.Year + k.Suffix, "reference_year": r.CSL.Year()}})
				if x.ix.secondNameClose(&k, k.Target) {
					add(x.nameFinding(ci, ki, k))
				}
			case k.Mismatch == "name":
				add(x.nameFinding(ci, ki, k))
			}
		}
	}
	if len(x.rs) == 0 && len(res.Citations) > 0 {
		var spans []doc.Span
		for i, c := range res.Citations {
			if i == 5 {
				break
			}
			spans = append(spans, c.Span)
		}
		add(Finding{Type: FindingMissingReference, Severity: SeverityWarning, Citation: 0, Key: -1, Reference: -1,
			Summary: fmt.Sprintf("The document has %d %s citation callouts but no reference list.", len(res.Citations), res.Style),
			Spans:   spans, Fields: map[string]any{"callouts": len(res.Citations), "style": res.Style}})
	}
	if len(res.Citations) > 0 {
		for i, r := range x.rs {
			if !cited[i] {
				add(Finding{Type: FindingUncited, Severity: SeverityInfo, Citation: -1, Key: -1, Reference: i,
					Summary: fmt.Sprintf("Reference entry %q is never cited in the text.", refLabel(r)),
					Spans:   []doc.Span{r.Span}})
			}
		}
	}
	for i, r := range x.rs {
		if r.CSL.Year() == 0 {
			sev, why := SeverityWarning, "has no year"
			if r.CSL.NoDate() {
				sev, why = SeverityInfo, "is marked as undated (n.d.)"
			}
			add(Finding{Type: FindingMissingYear, Severity: sev, Citation: -1, Key: -1, Reference: i,
				Summary: fmt.Sprintf("Reference entry %q %s.", refLabel(r), why),
				Spans:   []doc.Span{r.Span}, Fields: map[string]any{"no_date": r.CSL.NoDate()}})
		}
	}
	out = append(out, x.duplicates()...)
	if res.Style == StyleNumeric {
		out = append(out, orderFindings(res.Citations)...)
	}
	return out
}

func (x *extractor) nameFinding(ci, ki int, k Key) Finding {
	r := x.rs[k.Target]
	cited, listed := "", ""
	if len(k.Names) > 0 {
		cited = k.Names[0]
	}
	e := r.CSL.Author
	if len(e) > 0 {
		listed = e[0].Key()
	}
	if len(k.Names) >= 2 && len(e) >= 2 && x.ix.secondNameClose(&k, k.Target) {
		cited, listed = k.Names[1], e[1].Key()
	}
	return Finding{Type: FindingNameMismatch, Severity: SeverityWarning, Citation: ci, Key: ki, Reference: k.Target,
		Summary: fmt.Sprintf("Citation %q spells the name %q, but its entry %q has %q.", keyLabel(k), cited, refLabel(r), listed),
		Spans:   []doc.Span{k.Span, r.Span},
		Fields:  map[string]any{"cited_name": cited, "reference_name": listed}}
}

// duplicates reports entries with the same DOI, or the same first author,
// year and title.
func (x *extractor) duplicates() []Finding {
	n := len(x.rs)
	if n < 2 {
		return nil
	}
	// Only entries with the same DOI or first author can be duplicates:
	// each entry is linked to the next with the same hash of either (0
	// for none), so that only those pairs are compared. sameNext[2*i+c]
	// is that next entry for key c (DOI, first author), or -1; slots is
	// an open-addressed table of the entries (index+1) seen last by key.
	keys := make([][2]uint64, n)
	for i := range keys {
		e := &x.ix.entries[i]
		if e.doi != "" {
			keys[i][0] = dupHash(e.doi)
		}
		if e.nAuthors > 0 {
			keys[i][1] = dupHash(e.names[0])
		}
	}
	bits := 1
	for 1<<bits < 2*n {
		bits++
	}
	links := make([]int32, 2*n+1<<bits)
	sameNext, slots := links[:2*n], links[2*n:]
	for c := range 2 {
		clear(slots)
		for i := n - 1; i >= 0; i-- {
			k := keys[i][c]
			if k == 0 {
				sameNext[2*i+c] = -1
				continue
			}
			p := k >> (64 - bits)
			for slots[p] != 0 && keys[slots[p]-1][c] != k {
				p = (p + 1) & (1<<bits - 1)
			}
			sameNext[2*i+c] = slots[p] - 1
			slots[p] = int32(i + 1)
		}
	}
	var out []Finding
	for i := range n {
		// The pairs (i, j) in order of j: the two chains merged.
		j0, j1 := sameNext[2*i], sameNext[2*i+1]
		for j0 >= 0 || j1 >= 0 {
			j := j0
			if j < 0 || j1 >= 0 && j1 < j {
				j = j1
			}
			if j0 == j {
				j0 = sameNext[2*j0]
			}
			if j1 == j {
				j1 = sameNext[2*j1+1]
			}
			out = x.appendDuplicate(out, i, int(j))
		}
	}
	return out
}

// appendDuplicate appends to out the finding for the entries i and j
// (i < j) when they are duplicates.
func (x *extractor) appendDuplicate(out []Finding, i, j int) []Finding {
	a, b := &x.ix.entries[i], &x.ix.entries[j]
	why := ""
	switch {
	case a.doi != "" && a.doi == b.doi:
		why = "the same DOI " + a.doi
	case a.nAuthors > 0 && b.nAuthors > 0 && a.names[0] == b.names[0] && a.year == b.year && a.suffix == b.suffix && x.ix.title(a) != "" && x.ix.title(a) == x.ix.title(b):
		why = "the same first author, year and title"
	default:
		return out
	}
	return append(out, Finding{Type: FindingDuplicate, Severity: SeverityWarning, Citation: -1, Key: -1, Reference: j,
		Summary: fmt.Sprintf("Reference entries %q and %q are duplicates: they have %s.", refLabel(x.rs[i]), refLabel(x.rs[j]), why),
		Spans:   []doc.Span{x.rs[i].Span, x.rs[j].Span},
		Fields:  map[string]any{"first": i, "second": j}})
}

// dupHash is FNV-1a of s with the lowest bit set (never 0).
func dupHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h | 1
}

// orderFindings reports numbers whose first citation comes after a higher
// number's first citation (numeric styles number entries in order of first
// citation).
func orderFindings(cs []Citation) []Finding {
	var out []Finding
	// seen: by number (a slice up to the highest number: numbers are
	// positive and below 10100).
	top := 0
	for _, c := range cs {
		for _, k := range c.Keys {
			top = max(top, k.Number)
		}
	}
	seen := make([]bool, top+1)
	highest := 0
	for ci, c := range cs {
		if c.Style != StyleNumeric {
			continue
		}
		for ki, k := range c.Keys {
			if k.Number <= 0 || seen[k.Number] {
				continue
			}
			seen[k.Number] = true
			if k.Number < highest {
				out = append(out, Finding{Type: FindingOrder, Severity: SeverityInfo, Citation: ci, Key: ki, Reference: k.Target,
					Summary: orderSummary(k.Number, highest),
					Spans:   []doc.Span{k.Span},
					Fields:  map[string]any{"number": k.Number, "after": highest, "expected": strconv.Itoa(highest + 1)}})
			}
			highest = max(highest, k.Number)
		}
	}
	return out
}

// orderSummary is the summary of an order finding, as
// fmt.Sprintf("Reference [%d] is first cited after [%d]; numbered
// references should first appear in ascending order.", n, after) writes
// it (joined: Sprintf costs more than the finding's other fields).
func orderSummary(n, after int) string {
	return "Reference [" + strconv.Itoa(n) + "] is first cited after [" + strconv.Itoa(after) + "]; numbered references should first appear in ascending order."
}
