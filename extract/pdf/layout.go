package pdf

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// This file assembles positioned glyphs into lines in reading order:
// glyphs into rows by baseline, rows into columns by gutters, columns into
// reading order, and glyphs of a row into words by the gaps between them.

// Layout constants, in units of the font size (em) unless said otherwise.
const (
	// wordGap is the horizontal gap that separates words. Interword space
	// is about 0.25-0.33 em and shrinks to about 0.2 em; kerning inside
	// words stays under about 0.1 em.
	wordGap = 0.15
	// minGutter is the narrowest gap that can separate columns.
	minGutter = 0.7
	// gutterMerge is the gap (em) below which glyph runs are joined when
	// looking for a gutter: word gaps do not make a row free.
	gutterMerge = 0.5
	// gutterRowShare is the share of rows that must leave a gutter free.
	gutterRowShare = 0.4
	// gutterSideShare is the share of rows that must have text on each
	// side of a gutter while leaving it free, and minGutterRows the least
	// number of them.
	gutterSideShare = 0.2
	minGutterRows   = 3
	// paragraphGap is the baseline distance, relative to the usual line
	// spacing, above which two lines belong to different paragraphs.
	paragraphGap = 1.4
	// isolatedGap is the vertical gap (em) that sets a running head or
	// page number apart from a column.
	isolatedGap = 2.2
	// maxOverfullRows is the most consecutive lines, within columns, that
	// may run into the gutter without being taken for full-width text.
	maxOverfullRows = 2
	// maxColumnDepth bounds column nesting (columns within columns).
	maxColumnDepth = 2
)

// row is one line of text in the frame of its direction.
type row struct {
	glyphs []glyph // sorted by x; includes white space glyphs
	y      float64 // baseline of the row's largest glyphs
	size   float64 // font size of the row's largest glyphs
	x0, x1 float64 // extent of the visible glyphs
}

// column is a run of rows read top to bottom.
type column struct {
	rows   []*row
	x0, x1 float64
}

// layoutPage returns a page's lines: text in the dominant direction first,
// then any rotated text (margin notes, rotated tables).
func layoutPage(glyphs []glyph) []string {
	var byDir [4][]glyph
	var visible [4]int
	for _, g := range glyphs {
		byDir[g.dir] = append(byDir[g.dir], g)
		if !g.space {
			visible[g.dir]++
		}
	}
	dirs := []int{0, 1, 2, 3}
	slices.SortStableFunc(dirs, func(a, b int) int { return visible[b] - visible[a] })
	var lines []string
	for _, d := range dirs {
		if visible[d] == 0 {
			continue
		}
		flow := layoutFlow(byDir[d])
		if len(flow) == 0 {
			continue
		}
		if len(lines) > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, flow...)
	}
	return lines
}

// layoutFlow lays out glyphs that run in one direction.
func layoutFlow(glyphs []glyph) []string {
	rows := buildRows(glyphs)
	if len(rows) == 0 {
		return nil
	}
	cols := arrange(rows, 0)
	return renderColumns(cols)
}

// buildRows groups glyphs into rows: a glyph joins the row whose body it
// overlaps vertically by at least half of the smaller height. Superscripts
// and subscripts thus stay in their line.
func buildRows(glyphs []glyph) []*row {
	sorted := slices.Clone(glyphs)
	slices.SortFunc(sorted, func(a, b glyph) int {
		if c := cmp.Compare(b.y, a.y); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	var rows []*row
	for _, g := range sorted {
		var best *row
		bestOverlap := 0.5
		for i := len(rows) - 1; i >= 0 && i >= len(rows)-24; i-- {
			r := rows[i]
			if r.y-g.y > 3*max(r.size, g.size) {
				break
			}
			if ov := verticalOverlap(r.y, r.size, g.y, g.size); ov >= bestOverlap {
				best, bestOverlap = r, ov
			}
		}
		if best == nil {
			rows = append(rows, &row{glyphs: []glyph{g}, y: g.y, size: g.size})
			continue
		}
		best.glyphs = append(best.glyphs, g)
		if !g.space && g.size > best.size*1.05 {
			best.y, best.size = g.y, g.size
		}
	}
	out := rows[:0]
	for _, r := range rows {
		if r.finish() {
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(a, b *row) int { return cmp.Compare(b.y, a.y) })
	return out
}

// verticalOverlap is the overlap of two glyph bodies (descender to
// ascender) as a share of the smaller one.
func verticalOverlap(y1, s1, y2, s2 float64) float64 {
	lo := max(y1-0.25*s1, y2-0.25*s2)
	hi := min(y1+0.75*s1, y2+0.75*s2)
	return (hi - lo) / min(s1, s2)
}

// finish sorts the row and computes its extent; it reports false for rows
// with no visible glyph.
func (r *row) finish() bool {
	slices.SortStableFunc(r.glyphs, func(a, b glyph) int {
		if c := cmp.Compare(a.x, b.x); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	r.x0, r.x1 = math.Inf(1), math.Inf(-1)
	for _, g := range r.glyphs {
		if !g.space {
			r.x0 = min(r.x0, g.x)
			r.x1 = max(r.x1, g.x+g.w)
		}
	}
	return r.x0 <= r.x1
}

// rowsFrom regroups the kept glyphs of rows into rows.
func rowsFrom(rows []*row, keep func(*row, glyph) bool) []*row {
	var gs []glyph
	for _, r := range rows {
		for _, g := range r.glyphs {
			if keep(r, g) {
				gs = append(gs, g)
			}
		}
	}
	return buildRows(gs)
}

// arrange splits rows into columns in reading order. Where a gutter runs
// down the rows, each run of rows that leave it free (a section) is read
// left side first, then right side; rows crossing the gutter (titles,
// abstracts, wide figures) stay where they are.
func arrange(rows []*row, depth int) []column {
	whole := []column{newColumn(rows)}
	if depth >= maxColumnDepth || len(rows) < minGutterRows {
		return whole
	}
	gut, ok := findGutter(rows)
	if !ok {
		return whole
	}
	crossing := make([]bool, len(rows))
	for i, r := range rows {
		crossing[i] = gut.crosses(r)
	}
	// A line or two running into the gutter between column lines is an
	// overfull line (a long address), not a full-width block: it is split
	// where the right column starts.
	splitAt := map[*row]float64{}
	for i := 0; i < len(rows); {
		if !crossing[i] {
			i++
			continue
		}
		j := i
		for j < len(rows) && crossing[j] {
			j++
		}
		if j-i <= maxOverfullRows && i > 0 && j < len(rows) &&
			consecutive(rows[i-1], rows[i]) && consecutive(rows[j-1], rows[j]) {
			for k := i; k < j; k++ {
				crossing[k] = false
				splitAt[rows[k]] = gut.overfullSplit(rows[k])
			}
		}
		i = j
	}
	isLeft := func(r *row, g glyph) bool {
		if at, ok := splitAt[r]; ok {
			return g.x < at
		}
		return g.x+g.w/2 < gut.at
	}

	var out []column
	var flow []*row // consecutive crossing rows: one full-width column
	flushFlow := func() {
		if len(flow) > 0 {
			out = append(out, newColumn(flow))
			flow = nil
		}
	}
	var section []*row
	flushSection := func() {
		head, body, tail := peelIsolated(section)
		flow = append(flow, head...)
		if len(body) > 0 {
			flushFlow()
			left := rowsFrom(body, isLeft)
			right := rowsFrom(body, func(r *row, g glyph) bool { return !isLeft(r, g) })
			out = append(out, arrange(left, depth+1)...)
			out = append(out, arrange(right, depth+1)...)
		}
		flow = append(flow, tail...)
		section = nil
	}
	for i, r := range rows {
		if crossing[i] {
			flushSection()
			flow = append(flow, r)
			continue
		}
		flushFlow()
		section = append(section, r)
	}
	flushSection()
	flushFlow()
	return out
}

// consecutive reports whether row b follows row a at about line spacing.
func consecutive(a, b *row) bool {
	return a.y-b.y <= 2*max(a.size, b.size)
}

func newColumn(rows []*row) column {
	c := column{rows: rows, x0: math.Inf(1), x1: math.Inf(-1)}
	for _, r := range rows {
		c.x0 = min(c.x0, r.x0)
		c.x1 = max(c.x1, r.x1)
	}
	return c
}

// gutter is a vertical strip between columns.
type gutter struct {
	at    float64 // x of the split, mid-gutter
	width float64 // free width
	right float64 // where the right column's lines start
}

// overfullSplit returns where to split a row that runs across the gutter:
// at the glyph boundary nearest to the right column's start where the
// glyphs are apart or were drawn apart (typesetters draw a column at a
// time). With no such boundary the whole row belongs to the left column.
func (g gutter) overfullSplit(r *row) float64 {
	best, bestDist := math.Inf(1), 1.5*r.size
	var prev *glyph
	prevEnd := math.Inf(-1)
	for i := range r.glyphs {
		gl := &r.glyphs[i]
		if gl.space {
			continue
		}
		if prev != nil {
			apart := gl.x-prevEnd > wordGap*r.size || gl.seq < prev.seq || gl.seq > prev.seq+3
			if d := abs(gl.x - g.right); apart && d < bestDist {
				best, bestDist = gl.x, d
			}
		}
		prevEnd = max(prevEnd, gl.x+gl.w)
		prev = gl
	}
	return best
}

// crosses reports whether a row has text across the gutter: a glyph over
// it, or only a word-sized gap there.
func (g gutter) crosses(r *row) bool {
	if r.x1 <= g.at || r.x0 >= g.at {
		return false // one-sided
	}
	lo, hi := r.gapAround(g.at)
	return hi-lo < 0.5*g.width
}

// gapAround returns the free interval of the row around x (empty when a
// glyph covers x).
func (r *row) gapAround(x float64) (lo, hi float64) {
	lo, hi = math.Inf(-1), math.Inf(1)
	for _, gl := range r.glyphs {
		if gl.space {
			continue
		}
		end := gl.x + gl.w
		switch {
		case end <= x:
			lo = max(lo, end)
		case gl.x >= x:
			hi = min(hi, gl.x)
		default:
			return x, x
		}
	}
	return lo, hi
}

// findGutter looks for a vertical strip, in the middle part of the rows'
// extent, that most rows leave free while many rows have text on each side
// of it: a column gutter runs down most of the page height. Word gaps do
// not count as free space, and the strip must be wider than a word gap.
func findGutter(rows []*row) (gutter, bool) {
	x0, x1 := math.Inf(1), math.Inf(-1)
	sizes := make([]float64, 0, len(rows))
	for _, r := range rows {
		x0, x1 = min(x0, r.x0), max(x1, r.x1)
		sizes = append(sizes, r.size)
	}
	width := x1 - x0
	if !(width > 0) {
		return gutter{}, false
	}
	bins := int(min(width, 4000)) + 1
	binW := width / float64(bins-1)
	toBin := func(x float64) int { return min(max(int((x-x0)/binW), 0), bins-1) }

	// Difference arrays over bins: rows covering a bin, and rows free at
	// a bin with text to its left or to its right.
	covered := make([]int, bins+1)
	leftText := make([]int, bins+1)
	rightText := make([]int, bins+1)
	add := func(diff []int, from, to float64) {
		if a, b := toBin(from), toBin(to); a <= b {
			diff[a]++
			diff[b+1]--
		}
	}
	for _, r := range rows {
		runs := r.coveredRuns(gutterMerge * r.size)
		for i, run := range runs {
			add(covered, run[0], run[1])
			if i > 0 {
				gapFrom, gapTo := runs[i-1][1]+binW, run[0]-binW
				add(leftText, gapFrom, gapTo)
				add(rightText, gapFrom, gapTo)
			}
		}
		add(leftText, r.x1+binW, x1)
		add(rightText, x0, r.x0-binW)
	}

	minSide := max(float64(minGutterRows), gutterSideShare*float64(len(rows)))
	lo, hi := toBin(x0+0.2*width), toBin(x1-0.2*width)
	free := make([]int, bins)
	ok := make([]bool, bins)
	cov, left, right := 0, 0, 0
	bestFree := -1
	for b := 0; b < bins; b++ {
		cov += covered[b]
		left += leftText[b]
		right += rightText[b]
		free[b] = len(rows) - cov
		ok[b] = b >= lo && b <= hi &&
			float64(free[b]) >= gutterRowShare*float64(len(rows)) &&
			float64(left) >= minSide && float64(right) >= minSide
		if ok[b] && free[b] > bestFree {
			bestFree = free[b]
		}
	}
	if bestFree < 0 {
		return gutter{}, false
	}
	// The widest run of bins nearly as free as the best one is the gutter.
	runStart, bestStart, bestLen := -1, -1, 0
	for b := 0; b <= bins; b++ {
		good := b < bins && ok[b] && float64(free[b]) >= 0.9*float64(bestFree)
		switch {
		case good && runStart < 0:
			runStart = b
		case !good && runStart >= 0:
			if b-runStart > bestLen {
				bestStart, bestLen = runStart, b-runStart
			}
			runStart = -1
		}
	}
	stripWidth := float64(bestLen) * binW
	if stripWidth < minGutter*median(sizes) {
		return gutter{}, false
	}
	g := gutter{at: x0 + (float64(bestStart)+float64(bestLen)/2)*binW, width: stripWidth}
	var starts []float64
	for _, r := range rows {
		if lo, hi := r.gapAround(g.at); hi > lo && !math.IsInf(hi, 0) {
			starts = append(starts, hi)
		}
	}
	g.right = g.at + stripWidth/2
	if len(starts) > 0 {
		g.right = median(starts)
	}
	return g, true
}

// coveredRuns returns the x ranges the row's visible glyphs cover, joining
// runs separated by less than merge.
func (r *row) coveredRuns(merge float64) [][2]float64 {
	var runs [][2]float64
	for _, g := range r.glyphs {
		if g.space {
			continue
		}
		if n := len(runs); n > 0 && g.x-runs[n-1][1] < merge {
			runs[n-1][1] = max(runs[n-1][1], g.x+g.w)
			continue
		}
		runs = append(runs, [2]float64{g.x, g.x + g.w})
	}
	return runs
}

// peelIsolated separates from a section the one-sided rows at its top and
// bottom that stand apart from it by a wide vertical gap: running heads
// and page numbers beside a column must not be read inside the columns.
func peelIsolated(section []*row) (head, body, tail []*row) {
	body = section
	for len(body) > 1 && isolated(body[0], body[1]) {
		head = append(head, body[0])
		body = body[1:]
	}
	for len(body) > 1 && isolated(body[len(body)-1], body[len(body)-2]) {
		tail = append([]*row{body[len(body)-1]}, tail...)
		body = body[:len(body)-1]
	}
	return head, body, tail
}

func isolated(r, neighbour *row) bool {
	return abs(r.y-neighbour.y) > isolatedGap*max(r.size, neighbour.size)
}

// renderColumns turns columns into text lines and marks paragraph breaks.
func renderColumns(cols []column) []string {
	spacing := lineSpacing(cols)
	var lines []string
	var prev, cur line
	for ci := range cols {
		col := &cols[ci]
		justified := col.justified()
		for _, r := range col.rows {
			cur = line{text: rowText(r.glyphs), row: r, col: col, justified: justified}
			if cur.text == "" {
				continue
			}
			if prev.row != nil && paragraphBreak(prev, cur, spacing) && lines[len(lines)-1] != "" {
				lines = append(lines, "")
			}
			lines = append(lines, cur.text)
			prev = cur
		}
	}
	return lines
}

// line is a rendered row in its column.
type line struct {
	text      string
	row       *row
	col       *column
	justified bool // the column is set justified
}

// justified reports whether most of the column's lines reach its right
// edge, as in justified text, where only a paragraph's last line ends short.
func (c *column) justified() bool {
	if len(c.rows) < 5 {
		return false
	}
	full := 0
	for _, r := range c.rows {
		if c.x1-r.x1 < r.size {
			full++
		}
	}
	return float64(full) >= 0.6*float64(len(c.rows))
}

// lineSpacing is the usual baseline distance of consecutive lines, relative
// to their font size.
func lineSpacing(cols []column) float64 {
	var ratios []float64
	for _, c := range cols {
		for i := 1; i < len(c.rows); i++ {
			a, b := c.rows[i-1], c.rows[i]
			if abs(a.size-b.size) > 0.1*a.size {
				continue
			}
			if d := (a.y - b.y) / a.size; d > 0.5 && d < 3 {
				ratios = append(ratios, d)
			}
		}
	}
	if len(ratios) == 0 {
		return 1.2
	}
	// A low quantile rather than the median: where most paragraphs are
	// short, gaps between them are a good share of the distances.
	slices.Sort(ratios)
	return ratios[len(ratios)*3/10]
}

// paragraphBreak decides whether a paragraph ends between two lines: a
// vertical gap wider than line spacing, a change of font size, an indented
// first line after a short last line, or, in justified text, a short line
// that ends a sentence. Across columns only the last two count: the gap
// there says nothing.
func paragraphBreak(a, b line, spacing float64) bool {
	size := max(a.row.size, b.row.size)
	if abs(a.row.size-b.row.size) > 0.2*size {
		return true
	}
	below := b.row.y < a.row.y
	if below && (a.row.y-b.row.y) > paragraphGap*spacing*size {
		return true
	}
	shortLast := a.col.x1-a.row.x1 > 2*a.row.size
	if a.justified && shortLast && endsSentence(a.text) {
		return true
	}
	indented := b.row.x0-b.col.x0 > 0.8*b.row.size && b.col.x1-b.col.x0 > 10*b.row.size
	aIndented := a.row.x0-a.col.x0 > 0.8*a.row.size
	if below && a.col == b.col {
		return indented && !aIndented && shortLast
	}
	return indented && shortLast
}

// endsSentence reports whether text ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsSentence(text string) bool {
	text = strings.TrimRight(text, "\"'”’»)]*")
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, "!") || strings.HasSuffix(text, "?") || strings.HasSuffix(text, ":")
}

// rowText joins a row's glyphs, inserting a space where the gap between
// glyphs is wider than kerning or where the PDF drew a space.
func rowText(glyphs []glyph) string {
	var b strings.Builder
	var prev *glyph
	prevEnd := 0.0
	pendingSpace := false
	last := -1 // the last visible glyph, where a soft hyphen shows
	for i := range glyphs {
		if !glyphs[i].space {
			last = i
		}
	}
	for i := range glyphs {
		g := &glyphs[i]
		if g.space {
			pendingSpace = prev != nil
			continue
		}
		if prev != nil {
			// Text drawn twice with a small offset imitates bold type.
			if g.text == prev.text && abs(g.x-prev.x) < 0.3*max(g.w, 0.1*g.size) && abs(g.y-prev.y) < 0.2*g.size {
				continue
			}
			if pendingSpace || g.x-prevEnd > wordGap*max(prev.size, g.size) {
				b.WriteByte(' ')
			}
		}
		writeGlyphText(&b, g.text, i == last)
		// An accent or bar drawn over the previous glyph must not shorten
		// the extent the next gap is measured from.
		if prev == nil {
			prevEnd = g.x + g.w
		} else {
			prevEnd = max(prevEnd, g.x+g.w)
		}
		prev = g
		pendingSpace = false
	}
	return strings.TrimSpace(b.String())
}

// writeGlyphText writes a glyph's text, expanding typographic ligatures,
// normalizing hyphens, and keeping a soft hyphen only at the end of a line.
func writeGlyphText(b *strings.Builder, text string, lineEnd bool) {
	for _, r := range text {
		switch r {
		case 0xFB00:
			b.WriteString("ff")
		case 0xFB01:
			b.WriteString("fi")
		case 0xFB02:
			b.WriteString("fl")
		case 0xFB03:
			b.WriteString("ffi")
		case 0xFB04:
			b.WriteString("ffl")
		case 0xFB05, 0xFB06:
			b.WriteString("st")
		case 0x2010, 0x2011:
			b.WriteByte('-')
		case 0x00AD:
			if lineEnd {
				b.WriteByte('-')
			}
		default:
			if r >= 0x20 && r != 0x7f {
				b.WriteRune(r)
			}
		}
	}
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}
