package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// para is a paragraph under construction: pieces of normalized text with
// the original bytes they stand for, plus what kind of block it is.
type para struct {
	pieces  []piece
	n       int // bytes of text in pieces
	heading bool
	level   int // Markdown heading level, 0 if none
	item    bool
	table   bool
	sup     [][2]int // superscript ranges as original byte offsets
	page    int
	last    int // index of the last line added
	// chars is runeCountValid of the normalized text, once written.
	chars int
}

func (p *para) add(ps []piece, sup [][2]int) {
	p.sup = append(p.sup, sup...)
	for _, q := range ps {
		p.n += len(q.text)
	}
	p.pieces = append(p.pieces, ps...)
}

// text returns the paragraph's raw text (before character normalization).
func (p *para) text() string {
	var b strings.Builder
	b.Grow(p.n)
	for _, q := range p.pieces {
		b.WriteString(q.text)
	}
	return b.String()
}

// tail returns the end of the paragraph's raw text: its last pieces, n
// bytes or more of them (all when the text is shorter), without a copy when
// the last piece is long enough. Tests of how a paragraph ends read it
// instead of the whole text.
func (p *para) tail(n int) string {
	k, size := len(p.pieces), 0
	for k > 0 && size < n {
		k--
		size += len(p.pieces[k].text)
	}
	if k == len(p.pieces)-1 {
		return p.pieces[k].text
	}
	var b strings.Builder
	b.Grow(size)
	for _, q := range p.pieces[k:] {
		b.WriteString(q.text)
	}
	return b.String()
}

// end returns enough of the end of the paragraph's raw text, trimmed of
// white space, for endsSentence, lastWordLower and a final comma: back to
// its last character that is not a space, quote or bracket.
func (p *para) end() string {
	t := p.tail(64)
	if len(t) < p.n && trimSentenceEnd(trimSpace(t)) == "" {
		t = p.text()
	}
	return trimSpace(t)
}

// start returns enough of the start of the paragraph's raw text for
// startsLower: up to its first character that is not a space, quote or
// bracket.
func (p *para) start() string {
	if h := p.head(64); len(h) == p.n || trimSentenceStart(h) != "" {
		return h
	}
	return p.text()
}

// head is tail for the start of the text.
func (p *para) head(n int) string {
	k, size := 0, 0
	for k < len(p.pieces) && size < n {
		size += len(p.pieces[k].text)
		k++
	}
	if k == 1 {
		return p.pieces[0].text
	}
	var b strings.Builder
	b.Grow(size)
	for _, q := range p.pieces[:k] {
		b.WriteString(q.text)
	}
	return b.String()
}

func (p *para) prose() bool { return !p.heading && !p.item && !p.table }

// markdownKinds classifies Markdown lines: headings (ATX and setext), list
// items, table rows, rules, code fences.
func markdownKinds(lines []srcLine) {
	inFence := false
	for i := range lines {
		l := &lines[i]
		// Most lines open with a letter, a digit or a rune above ASCII
		// that no mark or bullet opens (those open with C2 or E2): of the
		// shapes below only an ordered item ("a) ", "IV. ", "1. ") can
		// begin so.
		if t := l.trim; t != "" && (isASCIIAlnum(t[0]) || t[0] >= utf8.RuneSelf && t[0] != 0xC2 && t[0] != 0xE2) {
			if !inFence && l.kind != lineBlank && orderedItem(l.text) {
				l.kind = lineItem
			}
			continue
		}
		if fence(l.trim) {
			l.kind = lineRule
			inFence = !inFence
			continue
		}
		if inFence || l.kind == lineBlank {
			continue
		}
		t, tt := l.text, l.trim // tt: t trimmed, for the tests of whole-line shapes
		if q := quotePrefix(t); q > 0 {
			t = t[q:]
			tt = trimSpace(t)
		}
		if lvl := setextUnderline(tt); lvl > 0 && i > 0 && lines[i-1].kind == lineText && runeCount(lines[i-1].text) <= 120 && !(lvl == 2 && tt == "--") {
			lines[i-1].kind = lineHeading
			lines[i-1].heading = uint8(lvl)
			l.kind = lineRule
			continue
		}
		switch {
		case tableRule(tt), thematicBreak(tt):
			l.kind = lineRule
		case isTableRow(tt):
			l.kind = lineTable
		default:
			if lvl, at := atxHeading(t); lvl > 0 {
				if !startsLower(t[at:]) {
					l.kind = lineHeading
					l.heading = uint8(lvl)
				}
			} else if bulletAt(t) > 0 || orderedItem(t) {
				l.kind = lineItem
			}
		}
	}
}

// plainBullet reports a bullet glyph ("•", "▪", …) or a "- "/"* " bullet
// before a capitalized word, in text that is not Markdown.
func plainBullet(t string) bool {
	b := bulletAt(t)
	if b == 0 {
		return false
	}
	c, _ := utf8.DecodeRuneInString(strings.TrimLeft(t, " \t"))
	if c == '-' || c == '*' || c == '–' || c == '+' {
		return startsUpperOrDigit(t[b:])
	}
	return true
}

// layout builds the document's text and paragraphs from the original text.
// formFeeds: orig holds form feeds; fromPDF: the text is laid out in pages
// (pageStarts); realPDF: those are a PDF's pages, so positions count lines
// from the top of the page.
func (in *Ingester) layout(d *doc.Document, orig string, pageStarts []int, formFeeds, markdown, fromPDF, realPDF bool) {
	lines, lineStarts := splitLines(orig, pageStarts, formFeeds)
	if markdown {
		markdownKinds(lines)
	}
	isHeading := func(t string) bool { return in.headingKind(t) != "" }
	st := measureLines(lines)
	layoutBroken := fromPDF || st.broken
	arts := markArtifacts(lines, len(pageStarts), isHeading)
	textPages := !fromPDF && len(arts.breaks) > 0 && (layoutBroken || len(arts.printed) > 0)
	unwr := !layoutBroken && st.unwrapped
	for i := range lines {
		l := &lines[i]
		if l.kind != lineText {
			continue
		}
		switch {
		case in.headingLine(lines, i, layoutBroken):
			l.kind = lineHeading
		case plainBullet(l.text):
			l.kind = lineItem
		case orderedItem(l.text) && (!layoutBroken || i == 0 || lines[i-1].kind != lineText || endsSentence(lines[i-1].text) || strings.HasSuffix(lines[i-1].trim, ";")):
			l.kind = lineItem
		}
	}
	vocab := newVocabulary(lines)
	width := st.width

	// Assemble paragraphs.
	var paras []*para
	var cur *para
	var lineBuf []piece
	// The paragraphs and their pieces are cut from shared buffers, not
	// allocated one by one: a paragraph's pieces grow at the end of arena
	// (from arenaStart) and are capped when it closes, so that
	// a later append to them (repairFootnoteBreaks) copies them.
	var block []para
	arena := make([]piece, 0, 2*len(lines)+16)
	arenaStart := 0
	closePara := func() {
		if cur == nil {
			return
		}
		if cap(cur.pieces) == cap(arena)-arenaStart {
			arena = arena[:arenaStart+len(cur.pieces)] // grown in place
		}
		cur.pieces = cur.pieces[:len(cur.pieces):len(cur.pieces)]
		if cur.n > 0 {
			paras = append(paras, cur)
		}
		cur = nil
	}
	for i := range lines {
		l := &lines[i]
		switch l.kind {
		case lineBlank, lineArtifact:
			continue
		case lineRule:
			closePara()
			continue
		}
		pieces, sup := in.lineContent(l, markdown, lineBuf[:0])
		if cap(pieces) > cap(lineBuf) {
			lineBuf = pieces // reused: add copies the pieces
		}
		if len(pieces) == 0 {
			continue
		}
		if !in.continues(lines, i, cur, layoutBroken, unwr, width) {
			closePara()
			if len(block) == cap(block) {
				block = make([]para, 0, 64)
			}
			if cap(arena)-len(arena) < 64 {
				arena = make([]piece, 0, max(1024, cap(arena)/2))
			}
			arenaStart = len(arena)
			block = append(block, para{pieces: arena[arenaStart:arenaStart], heading: l.kind == lineHeading, level: int(l.heading), item: l.kind == lineItem, table: l.kind == lineTable, page: l.page})
			cur = &block[len(block)-1]
		} else {
			joinLine(in, vocab, cur, lines[cur.last].end, pieces)
		}
		cur.add(pieces, sup)
		cur.last = i
	}
	closePara()
	paras = repairFootnoteBreaks(paras, layoutBroken)

	// Write the normalized text: paragraphs separated by a blank line.
	var b doc.Builder
	b.Grow(len(orig)) // normalized text is about as long as the original
	var norm []piece
	var offs []int
	lastOrig := 0 // original offset after the last piece written
	kept := paras[:0]
	d.Paragraphs = make([]doc.Paragraph, 0, len(paras))
	for _, p := range paras {
		norm = norm[:0]
		chars := 0
		for _, q := range p.pieces {
			var n int
			norm, n = normalizePiece(q, norm)
			chars += n
		}
		// A paragraph of characters that normalization drops (zero-width
		// spaces, soft hyphens) or of spaces only is no paragraph.
		empty := true
		for _, q := range norm {
			if !isSpaceOnly(q.text) {
				empty = false
				break
			}
		}
		if empty {
			continue
		}
		if len(kept) > 0 {
			// The separator maps to the start of the paragraph it opens, or,
			// when that lies before the text just written (a paragraph
			// moved up past footnotes), to the end of that text: the
			// source map clamps an offset to the next anchor's original
			// offset, so anchors must not go back in the original there.
			b.Replace("\n\n", max(p.pieces[0].orig, lastOrig), 0)
		}
		p.chars = chars
		kept = append(kept, p)
		start := b.Len()
		if cap(offs) < len(norm) {
			offs = make([]int, 0, 2*len(norm))
		}
		offs = offs[:len(norm)]
		for k, q := range norm {
			offs[k] = b.Len()
			if q.exact {
				b.Copy(q.text, q.orig)
			} else {
				b.Replace(q.text, q.orig, q.n)
			}
			lastOrig = q.orig + q.n
		}
		end := b.Len()
		d.Paragraphs = append(d.Paragraphs, doc.Paragraph{Span: doc.Span{Start: start, End: end}, Heading: p.heading})
		for _, s := range p.sup {
			if a, e := origToNorm(norm, offs, s[0], s[1]); e > a {
				d.Marks = append(d.Marks, doc.Mark{Kind: "superscript", Span: doc.Span{Start: a, End: e}})
			}
		}
	}
	var docPageStarts []int
	if fromPDF && realPDF {
		docPageStarts = pageStarts
	}
	d.Text, d.Source = b.Finish(orig, lineStarts, docPageStarts)
	paras = kept

	// Pages: PDF pages, or the pages of a text extracted from a PDF.
	nPages := 0
	switch {
	case fromPDF:
		nPages = len(pageStarts)
	case textPages:
		nPages = len(arts.breaks) + 1
	}
	if nPages > 0 {
		pages := make([]doc.Page, nPages)
		seen := make([]bool, nPages)
		for pg := range pages {
			pages[pg].Number = pg + 1
			pages[pg].Printed = arts.printed[pg]
		}
		for pi, p := range paras {
			pg := min(max(p.page, 0), nPages-1)
			s := d.Paragraphs[pi].Span
			if !seen[pg] {
				pages[pg].Span.Start = s.Start
				seen[pg] = true
			}
			pages[pg].Span.End = max(pages[pg].Span.End, s.End)
		}
		// Contiguous spans: every offset of the text falls on one page.
		prevEnd := 0
		for i := range pages {
			if !seen[i] {
				pages[i].Span = doc.Span{Start: prevEnd, End: prevEnd}
			}
			pages[i].Span.Start = prevEnd
			if pages[i].Span.End < prevEnd {
				pages[i].Span.End = prevEnd
			}
			prevEnd = pages[i].Span.End
		}
		pages[len(pages)-1].Span.End = len(d.Text)
		for i := len(pages) - 2; i >= 0; i-- {
			if pages[i+1].Span.Start < pages[i].Span.End {
				pages[i+1].Span.Start = pages[i].Span.End
			}
		}
		d.Pages = pages
	}
	for i := range lines {
		if lines[i].kind == lineArtifact {
			t := lines[i].trim
			if pg := lines[i].page; nPages > 0 && pg < nPages {
				d.Pages[pg].Removed = append(d.Pages[pg].Removed, t)
			} else {
				d.Removed = append(d.Removed, t)
			}
		}
	}
	in.annotate(d, paras)
}

// origToNorm maps the original byte range [oa, ob) to the normalized range
// covered by the written pieces (offs holds each piece's normalized offset).
func origToNorm(norm []piece, offs []int, oa, ob int) (int, int) {
	a, e := -1, -1
	for k, q := range norm {
		if q.n == 0 || q.orig+q.n <= oa || q.orig >= ob {
			continue
		}
		qa, qe := offs[k], offs[k]+len(q.text)
		if q.exact {
			qa = offs[k] + max(0, oa-q.orig)
			qe = offs[k] + min(q.n, ob-q.orig)
		}
		if a < 0 || qa < a {
			a = qa
		}
		if qe > e {
			e = qe
		}
	}
	return a, e
}

// continues decides whether line i goes on the paragraph under construction.
func (in *Ingester) continues(lines []srcLine, i int, cur *para, broken, unwr bool, width int) bool {
	l := &lines[i]
	if cur == nil || cur.table || l.kind == lineItem || l.kind == lineTable {
		return false
	}
	prevT := lines[cur.last].trim
	curT := l.trim
	blankBetween := false
	for j := cur.last + 1; j < i; j++ {
		if lines[j].kind == lineBlank || lines[j].kind == lineArtifact {
			blankBetween = true
			break
		}
	}
	if cur.heading || l.kind == lineHeading {
		// One heading over several lines: "ОСОБЕННОСТИ ... И" / "ПРАВОВЫЕ
		// АСПЕКТЫ", "FEATURES ... SOCIO-" / "ECONOMIC AND LEGAL ASPECTS".
		if !cur.heading || l.kind != lineHeading || l.heading != 0 || cur.level != 0 {
			return false
		}
		if !isCaps(curT) || !isCaps(prevT) {
			return false
		}
		return !blankBetween || headingUnfinished(prevT)
	}
	if blankBetween {
		// A footnote does not take up text after a blank line: that text
		// continues the paragraph the footnotes interrupted
		// (repairFootnoteBreaks), if any.
		if isFootnote(cur, broken) {
			return false
		}
		return continuation(prevT, &lines[i], cur)
	}
	if isAuthorLine(&lines[cur.last]) || isAuthorLine(&lines[i]) {
		return false
	}
	switch {
	case broken:
		return !(endsSentence(prevT) && float64(trimRunes(&lines[cur.last])) < 0.6*float64(width) && !startsLower(curT))
	case unwr:
		return !(endsSentence(prevT) && !startsLower(curT))
	}
	return true
}

// continuation decides whether a block after a blank line (a page break, a
// removed running head, a figure) continues the paragraph before it: the
// paragraph stopped mid-sentence and the block goes on with it.
func continuation(prevT string, l *srcLine, cur *para) bool {
	curT := l.trim
	if endsClause(prevT) || strings.HasSuffix(prevT, ":") {
		return false
	}
	if strings.HasSuffix(prevT, "-") && endsInAddress(prevT) {
		// A URL cut at a hyphen goes on with its lower-case rest, not with
		// the next entry ("…/turkmen-" / "Human Rights Watch. …").
		return startsLower(curT)
	}
	if strings.HasSuffix(prevT, "-") || strings.HasSuffix(prevT, ",") || strings.HasSuffix(prevT, "\u00AD") {
		return true
	}
	if startsLower(curT) {
		return true
	}
	if cur.prose() && headingUnfinished(prevT) && !strings.HasSuffix(prevT, ":") {
		return true // "… Social Protection of" / "Population and …"
	}
	// A prose paragraph cut after a lower-case word, going on with a name or
	// a number: "… media coverage from" / "Radio Azattyk (Aibashov, 2024) …".
	if !cur.prose() || cur.n < 200 || trimRunes(l) < 40 || !lastWordLower(prevT) || endsInAddress(prevT) {
		return false
	}
	return startsUpperOrDigit(curT)
}

// isAuthorLine is authorLine(l.trim), computed once per line.
func isAuthorLine(l *srcLine) bool {
	if l.author == 0 {
		l.author = 1
		if authorLine(l.trim) {
			l.author = 2
		}
	}
	return l.author == 2
}

// authorLine reports a line of author names with initials and footnote
// marks ("*Tokmeilova M.1, Askhat G.2, Aitimbet L.3"): a paragraph of its own.
func authorLine(t string) bool {
	if len(t) > 300 || len(t) < 4 || strings.IndexByte(t, '.') < 0 || strings.IndexByte(t, ',') < 0 || strings.Count(t, " ") > 24 || !nameListShape(t) {
		return false
	}
	t = strings.Map(func(c rune) rune {
		if c >= '0' && c <= '9' || c == '*' || c == '†' || c == '‡' {
			return -1
		}
		return c
	}, t)
	t = trimSpace(strings.TrimRight(trimSpace(t), ","))
	return strings.Contains(t, ",") && looksLikeNameList(t)
}

// endsInAddress reports a text whose last token is a URL, an e-mail address
// or a path: reference entries end so without a period.
func endsInAddress(t string) bool {
	i := strings.LastIndexAny(t, " \t")
	last := t[i+1:]
	return strings.ContainsAny(last, "/@") || strings.Count(last, ".") >= 1 && !strings.HasSuffix(last, ".")
}

// headingUnfinished reports a heading line that visibly goes on: it ends in
// a hyphen, a comma, a colon or a short function word ("И", "AND", "OF").
func headingUnfinished(t string) bool {
	t = trimSpace(t)
	if strings.HasSuffix(t, "-") || strings.HasSuffix(t, ",") || strings.HasSuffix(t, ":") {
		return true
	}
	i := len(t)
	for i > 0 && t[i-1] != ' ' && t[i-1] != '\t' {
		i--
	}
	// The words below are 8 bytes at most, and no longer text lowers to
	// one of them: it is not lowered.
	last := t[i:]
	if len(last) > len("және") {
		return false
	}
	switch strings.ToLower(last) {
	case "и", "в", "на", "по", "для", "из", "с", "о", "об", "к", "мен", "және", "бен", "пен", "and", "of", "in", "on", "for", "the", "to", "a", "an", "with", "za", "v", "na", "ter", "s", "z":
		return true
	}
	return false
}

// joinLine appends the separator between the paragraph's last line and the
// next: the line-end hyphen of a broken word is dropped (joined), a soft
// hyphen too, otherwise a space stands for the line break.
func joinLine(in *Ingester, vocab *vocabulary, cur *para, lineEnd int, next []piece) {
	if len(cur.pieces) == 0 || len(next) == 0 {
		return
	}
	last := &cur.pieces[len(cur.pieces)-1]
	if strings.HasSuffix(last.text, "\u00AD") {
		return // a soft hyphen: normalization drops it and the word is whole
	}
	if strings.HasSuffix(last.text, "-") && isLetterEnd(last.text) {
		left := trailingWord(last.text)
		right := leadingWord(next[0].text)
		if joinHyphen(in.nlp, vocab, left, right) {
			// Drop the hyphen: the last piece loses one byte.
			last.text = last.text[:len(last.text)-1]
			if last.exact {
				last.n--
			}
			cur.n--
		}
		return // a kept hyphen joins the two parts without a space
	}
	cur.pieces = append(cur.pieces, piece{text: " ", orig: lineEnd, n: 1, plain: true, kept: true})
	cur.n++
}

// repairFootnoteBreaks rejoins a paragraph that a page's footnotes cut in two
// ("… medtem ko se v Kazahstanu" / ^I footnote … / "soočajo s …"): the
// continuation moves up to the paragraph it ends, the footnotes follow.
func repairFootnoteBreaks(paras []*para, broken bool) []*para {
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		if !p.prose() {
			continue
		}
		t := p.end()
		if t == "" || endsSentence(t) || !(lastWordLower(t) || strings.HasSuffix(t, ",")) {
			continue
		}
		j := i + 1
		for j < len(paras) && isFootnote(paras[j], broken) {
			j++
		}
		if j == i+1 || j >= len(paras) || !paras[j].prose() || !startsLower(paras[j].start()) {
			continue
		}
		q := paras[j]
		// The space maps to the continuation's start (after the footnotes).
		p.pieces = append(p.pieces, piece{text: " ", orig: q.pieces[0].orig, n: 0, plain: true, kept: true})
		p.n++
		p.add(q.pieces, q.sup)
		paras = append(paras[:j], paras[j+1:]...)
	}
	return paras
}

// isFootnote reports a footnote paragraph: it opens with a superscript
// marker (^I, <sup>1</sup>, [^1]) or, in text laid out by a PDF, with a small
// number before a capitalized word.
func isFootnote(p *para, broken bool) bool {
	if p.heading || p.table {
		return false
	}
	if len(p.sup) > 0 && len(p.pieces) > 0 && p.sup[0][0] == p.pieces[0].orig {
		return true
	}
	if !broken || len(p.pieces) == 0 {
		return false
	}
	t := p.pieces[0].text
	i := 0
	for i < len(t) && i < 2 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i < len(t) && t[i] == ' ' && startsUpperOrDigit(t[i+1:])
}

func isLetterEnd(s string) bool {
	s = strings.TrimSuffix(s, "-")
	c, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(c)
}

func trailingWord(s string) string {
	s = strings.TrimSuffix(s, "-")
	i := len(s)
	for i > 0 {
		c, w := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(c) && !unicode.IsMark(c) {
			break
		}
		i -= w
	}
	return s[i:]
}

func leadingWord(s string) string {
	i := 0
	for i < len(s) {
		c, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(c) && !unicode.IsMark(c) {
			break
		}
		i += w
	}
	return s[:i]
}

// lineContent returns a line's text as pieces appended to buf, trimmed, with
// Markdown marks removed when the input is Markdown and list bullets removed
// from items.
func (in *Ingester) lineContent(l *srcLine, markdown bool, buf []piece) ([]piece, [][2]int) {
	text, base := l.text, l.start
	if markdown {
		for k := 0; k < 8; k++ {
			q := quotePrefix(text)
			if q == 0 {
				break
			}
			text, base = text[q:], base+q
		}
		if lvl, at := atxHeading(text); lvl > 0 {
			text, base = text[at:], base+at
			// Closing hashes: "## Title ##".
			t := trimRightBlank(text)
			if h := strings.TrimRight(t, "#"); len(h) < len(t) && (h == "" || h[len(h)-1] == ' ') {
				text = h
			}
		}
		if l.kind == lineTable {
			t := trimSpace(text)
			lead := strings.Index(text, t)
			t = strings.TrimPrefix(t, "|")
			if len(t) > 0 && t[len(t)-1] == '|' && (len(t) < 2 || t[len(t)-2] != '\\') {
				t = t[:len(t)-1]
			}
			return tableRow(t, base+lead+1, buf)
		}
		// A hard line break "\" at the end.
		if t := trimRightBlank(text); strings.HasSuffix(t, "\\") && !strings.HasSuffix(t, "\\\\") {
			text = t[:len(t)-1]
		}
	}
	if l.kind == lineItem {
		if b := bulletAt(text); b > 0 {
			text, base = text[b:], base+b
		}
	}
	// Trim white space, keeping offsets.
	lead := len(text) - len(trimLeftSpace(text))
	text, base = trimRightSpace(text[lead:]), base+lead
	if text == "" {
		return nil, nil
	}
	if !markdown {
		return append(buf, piece{text: text, orig: base, n: len(text), exact: true}), nil
	}
	ps, sup := cleanInline(text, base, buf)
	// Emphasis marks at the ends leave spaces behind: trim them.
	for len(ps) > 0 && isSpaceOnly(ps[0].text) {
		ps = ps[1:]
	}
	for len(ps) > 0 && isSpaceOnly(ps[len(ps)-1].text) {
		ps = ps[:len(ps)-1]
	}
	if len(ps) > 0 && ps[0].exact {
		if t := trimLeftSpace(ps[0].text); len(t) < len(ps[0].text) {
			cut := len(ps[0].text) - len(t)
			ps[0] = piece{text: t, orig: ps[0].orig + cut, n: ps[0].n - cut, exact: true, plain: ps[0].plain, kept: ps[0].kept}
		}
	}
	if n := len(ps); n > 0 && ps[n-1].exact {
		t := trimRightSpace(ps[n-1].text)
		ps[n-1] = piece{text: t, orig: ps[n-1].orig, n: len(t), exact: true, plain: ps[n-1].plain, kept: ps[n-1].kept}
	}
	return ps, sup
}
