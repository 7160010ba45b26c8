package refs

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/nlp"
)

// This file reads the part of a reference after its title: the pieces
// ("chunks") between delimiters are given fields by what they hold
// (numbers, dates, cue words) and where they stand (the text before the
// volume is the journal; "Place: Publisher"; "Publisher, Place").

// isNumTok reports whether s is one token of a run of numbers glued to a
// journal name: "49(5):", "17", "1-39", "(3)". It reads by hand what the
// regexp reNumTok (specregexps_test.go) matches.
func isNumTok(s string) bool {
	var i int
	if s != "" && s[0] == '(' {
		// "(" text with a digit ")".
		j := strings.IndexAny(s[1:], "()")
		if j < 0 || s[1+j] != ')' || !hasASCIIDigit(s[1:1+j]) {
			return false
		}
		i = 2 + j
	} else {
		if i = numberAt(s, 0, 1); i < 0 {
			return false
		}
		if i < len(s) && s[i] == '(' {
			j := strings.IndexAny(s[i+1:], "()")
			if j < 0 || s[i+1+j] != ')' {
				return false
			}
			i += 2 + j
		}
		if n := dashLen(s[i:]); n > 0 {
			if i = numberAt(s, i+n, 1); i < 0 {
				return false
			}
		}
	}
	if i < len(s) && (s[i] == '.' || s[i] == ':' || s[i] == ',') {
		i++
	}
	return i == len(s)
}

// dashLen is the length of the "-", "–" or "—" s starts with, or 0.
func dashLen(s string) int {
	switch {
	case strings.HasPrefix(s, "-"):
		return 1
	case strings.HasPrefix(s, "–"), strings.HasPrefix(s, "—"):
		return len("–")
	}
	return 0
}

// mayVolNo reports whether s starts as reVolNo's volume words do and
// has at most the four words the pattern allows.
func mayVolNo(s string) bool { return startsVolNo(s) && spaceRuns(s, 4) <= 3 }

var startsVolNo = startsWithFoldOf("vol", "v.", "t.", "tom", "т.")

var (
	reRoman = regexp.MustCompile(`^[IVXLC]+$`)
	// numCueASCII are the numCueWords of ASCII letters, and numCueFolds
	// all of them with each rune folded (foldRune), for isNumCue.
	numCueASCII = func() map[string]bool {
		m := map[string]bool{}
		for _, w := range numCueWords {
			if isASCII(w) {
				m[w] = true
			}
		}
		return m
	}()
	numCueFolds = func() map[string]bool {
		m := map[string]bool{}
		for _, w := range numCueWords {
			m[string(appendFolded(nil, w))] = true
		}
		return m
	}()
	// reVolNo is a volume and an issue in one piece: "Vol. 29 No. 4",
	// "Т. 3 № 2".
	reVolNo = gatedRegexp{regexp.MustCompile(`(?i)^(?:vol\.?|volume|v\.|t\.|т\.|tom)\s*(\S+?)[,.]?\s+(?:no\.?|nos\.?|№|n°|nº|issue|iss\.|вып\.|nr\.?)\s*(\S+)$`), mayVolNo}
	// reCorpSuffix is a company suffix that belongs to the publisher before.
	// (Its longest match is "publisherſ." in 13 bytes.)
	reCorpSuffix = gatedRegexp{regexp.MustCompile(`(?i)^(?:inc|ltd|llc|co|corp|plc|gmbh|ag|s\.a|b\.v|pty|pvt|publishers?|lda)\.?$`), func(s string) bool { return len(s) <= 13 && startsCorpSuffix(s) }}
)

// startsCorpSuffix reports whether s starts as reCorpSuffix's words do, in
// either case (the long s of "ſ.a" too).
var startsCorpSuffix = startsWithFoldOf("inc", "ltd", "llc", "co", "plc", "gmbh", "ag", "s.a", "b.v", "pty", "pvt", "publisher", "lda")

// numCueWords are words after which a number is no tail but the field's
// own value ("vol. 3", "№ 2", "Bd. 4"), in lower case.
var numCueWords = []string{"vol", "vols", "volume", "v", "no", "nos", "n", "nr", "num", "issue", "iss", "pp", "p", "pg", "page", "pages", "s", "ss", "str", "с", "стр", "т", "вып", "кн", "ч", "bd", "band", "jg", "heft", "h", "tome", "tom", "part", "pt", "suppl", "sec", "art", "ch", "chap", "fig", "č", "št", "letnik", "številka", "№", "n°", "nº"}

// isNumCue reports whether t is one of the numCueWords in any case, maybe
// with a full stop, as the case-insensitive reNumCue matches them (its
// spec). An ASCII word matches as one of the ASCII words in any ASCII
// case: (?i) folds no other rune to an ASCII letter but the Kelvin sign
// and the long s, which are not ASCII. Any other word matches when its
// runes fold as a word's do.
func isNumCue(t string) bool {
	w := strings.TrimSuffix(t, ".")
	if !isASCII(w) {
		// A word that matches has a word's runes, each 4 bytes at most.
		if len(w) > 4*len("številka") {
			return false
		}
		var arr [4 * len("številka")]byte
		return numCueFolds[string(appendFolded(arr[:0], w))]
	}
	if len(w) > len("letnik") {
		return false // longer than the longest word
	}
	var arr [8]byte
	return numCueASCII[string(appendLower(arr[:0], w))]
}

// appendFolded appends w with each rune folded (foldRune), an invalid byte
// read as U+FFFD as regexps read it.
func appendFolded(dst []byte, w string) []byte {
	for _, r := range w {
		dst = utf8.AppendRune(dst, foldRune(r))
	}
	return dst
}

// foldRune returns the least rune of r's orbit of simple case folds: the
// same rune for all the runes a case-insensitive regexp takes for r.
func foldRune(r rune) rune {
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}

// splitNumericTails cuts the numbers glued to the end of a text chunk into
// chunks of their own: "Neuron 17" → "Neuron", "17"; "Journal of X
// 49(5)" → "Journal of X", "49(5)"; "11(1) 1-39" → "11(1)", "1-39".
func (p *parser) splitNumericTails(cs []chunk) []chunk {
	// A new array: cs stays as it is. (chunks calls this once, on its
	// own list, which tailArr does not back.)
	out := p.tailArr[:0]
	if len(cs)+2 > len(p.tailArr) {
		out = make([]chunk, 0, len(cs)+2)
	}
	for _, c := range cs {
		if !c.paren && hasEditionWord(c.text) {
			if m := reEditionHead.FindStringSubmatch(c.text); m != nil && reEdition.MatchString(trimPunct(m[1])) {
				head, tail := c, c
				head.text, head.after = m[1], "."
				tail.text, tail.before = m[2], "."
				out = append(out, head)
				c = tail
			}
		}
		if c.paren || !hasASCIIDigit(c.text) || !strings.Contains(c.text, " ") {
			out = append(out, c)
			continue
		}
		// A chunk whose last word is not a number stays whole, whatever else
		// it is: that test is cheaper than reading the chunk as a date.
		if !isNumTok(lastWord(c.text)) {
			out = append(out, c)
			continue
		}
		if _, _, ok := p.date(c.text); ok {
			out = append(out, c)
			continue
		}
		if t := trimPunct(c.text); isRange(t) || isPages(t) {
			out = append(out, c)
			continue
		}
		toks := strings.Fields(c.text)
		k := len(toks) - 1 // the last word is a number (isNumTok above)
		for k > 0 && isNumTok(toks[k-1]) {
			k--
		}
		if k < len(toks) && k > 1 && isNumCue(toks[k-1]) {
			// "The Review of Economic Studies pp. 169–190": the cue goes
			// with its numbers.
			head, tail := c, c
			head.text, head.after = strings.Join(toks[:k-1], " "), ""
			tail.text, tail.before = strings.Join(toks[k-1:], " "), ""
			out = append(out, head, tail)
			continue
		}
		if k == len(toks) || k > 0 && (isNumCue(toks[k-1]) || p.lx.month(trimASCII(toks[k-1], ".,")) > 0) {
			out = append(out, c)
			continue
		}
		if k == 0 && len(toks) < 2 {
			out = append(out, c)
			continue
		}
		if k > 0 {
			head := c
			head.text = strings.Join(toks[:k], " ")
			head.after = ""
			out = append(out, head)
		}
		for j := k; j < len(toks); j++ {
			t := c
			t.text = toks[j]
			t.before = ""
			if j < len(toks)-1 {
				t.after = ""
			}
			out = append(out, t)
		}
	}
	return out
}

// hasEditionWord reports whether s holds "ed. ", "edn. ", "изд. ",
// "Aufl. " or "éd. " before more text (a cheap test before a regexp).
func hasEditionWord(s string) bool {
	// Every word ends in ". ": one search for those, then a look at the
	// bytes before each.
	for off := 0; ; {
		i := strings.Index(s[off:], ". ")
		if i < 0 {
			return false
		}
		i += off
		head := s[:i]
		if strings.HasSuffix(head, "ed") || strings.HasSuffix(head, "edn") || strings.HasSuffix(head, "изд") ||
			strings.HasSuffix(head, "Aufl") || strings.HasSuffix(head, "éd") {
			return true
		}
		off = i + 2
	}
}

// classify gives each chunk a field.
func (p *parser) classify(cs []chunk) {
	it := &p.it
	// texts[i] is chunk i's value: its text trimmed of the brackets (in
	// brackets) or of the punctuation around it. The passes read it again
	// and again, and no pass changes a chunk's text.
	var textArr [16]string
	texts := textArr[:0]
	if len(cs) > len(textArr) {
		texts = make([]string, 0, len(cs))
	}
	for i := range cs {
		if c := &cs[i]; c.paren {
			texts = append(texts, trimSpace(trimASCII(c.text, "()[] ")))
		} else {
			texts = append(texts, trimPunct(c.text))
		}
	}
	// First pass: numbers, dates, editions, editors, translators, genres
	// and notes, each known by its form or its cue words.
	for i := range cs {
		c := &cs[i]
		t := texts[i]
		if t == "" {
			c.kind = "skip"
			continue
		}
		c.kind = p.firstPassKind(c, t)
	}
	// A role in brackets next to names: "G.E.M. Anscombe (trans.)",
	// "(Trans.) John Reinhold Forster".
	for i := range cs {
		c := &cs[i]
		if c.kind != "role" {
			continue
		}
		role := p.lx.roleOf(c.text)
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(cs) || cs[j].kind != "" || cs[j].paren || j == i-1 && cs[j].after != "" {
				continue
			}
			t := trimPunct(cs[j].text)
			nl := p.lx.parseNames(t+".", true)
			if len(nl.names) == 0 || nl.end < len(t) {
				continue
			}
			if role == "translator" {
				it.Translator = append(it.Translator, nl.names...)
				cs[j].kind = "translator"
			} else {
				it.Editor = append(it.Editor, nl.names...)
				cs[j].kind = "editor"
			}
			break
		}
		c.kind = "skip"
	}
	// Second pass: bare numbers take the place of volume, issue, pages.
	for i := range cs {
		c := &cs[i]
		if c.kind != "" {
			continue
		}
		t := texts[i]
		if (isBareNum(t) || c.paren && reRoman.MatchString(t)) && i > 0 {
			laterPage := false
			for k, d := range cs[i+1:] {
				if d.kind == "page" || d.kind == "" && isBareNum(texts[i+1+k]) {
					laterPage = true
				}
			}
			switch {
			case c.paren && it.Issue == "" && (it.Volume != "" || cs[i-1].kind == ""):
				c.kind = "issue"
				it.Issue = t
			case it.Volume == "" && !c.paren:
				c.kind = "volume"
				it.Volume = t
			case it.Issue == "" && !c.paren && laterPage && cs[i-1].kind == "volume" && (cs[i-1].after == ":" || cs[i-1].after == ","):
				// "61: 4, 220-233"
				c.kind = "issue"
				it.Issue = t
			case it.Page == "" && !c.paren:
				c.kind = "page"
				it.Page = t
			}
			continue
		}
		// "12.3": only a chunk with a digit first and last can match.
		if it.Volume == "" && t != "" && isASCIIDigit(t[0]) && isASCIIDigit(t[len(t)-1]) {
			if m := reMLAVolIss.FindStringSubmatch(t); m != nil {
				c.kind = "volume"
				it.Volume, it.Issue = m[1], m[2]
			}
		}
	}
	p.classifyText(cs, texts)
	// A bare number after a book's publisher is its page count.
	if it.ContainerTitle == "" && it.Publisher != "" && it.Volume != "" && it.Issue == "" && it.Page == "" && isBareNum(it.Volume) && !p.chapter {
		for i := range cs {
			if cs[i].kind == "volume" && trimPunct(cs[i].text) == it.Volume {
				if j := i - 1; j >= 0 && (cs[j].kind == "publisher" || cs[j].kind == "place" || cs[j].kind == "date") {
					it.Page, it.Volume = it.Volume, ""
					cs[i].kind = "page"
				}
			}
		}
	}
}

// firstPassKind returns the field of a chunk known by its own form, and
// sets it; "" leaves the chunk to the later passes.
func (p *parser) firstPassKind(c *chunk, t string) string {
	it := &p.it
	if d, suf, ok := p.date(t); ok && !(c.before == ":" && isBareNum(t)) {
		// (A bare number after "127:" is a page, whatever it looks like.)
		if it.Issued == nil {
			p.setDate(d, suf)
		}
		return "date"
	}
	if m := volIssue(t); m != nil && !c.paren {
		p.setVolume(m[1])
		p.setIssue(m[2])
		if m[3] != "" {
			p.setPage(m[3])
		}
		return "volume"
	}
	if vol, pages, ok := volPages(t); ok {
		p.setVolume(vol)
		p.setPage(pages)
		return "volume"
	}
	if m := reVolNo.FindStringSubmatch(t); m != nil {
		p.setVolume(m[1])
		p.setIssue(m[2])
		return "volume"
	}
	if m := reVolWord.FindStringSubmatch(t); m != nil {
		p.setVolume(m[1])
		if m[2] != "" {
			p.setIssue(m[2])
		}
		return "volume"
	}
	if m := reIssueWord.FindStringSubmatch(t); m != nil && (hasASCIIDigit(m[1]) || reRoman.MatchString(m[1])) {
		p.setIssue(m[1])
		return "issue"
	}
	if isDigitRange(t) {
		p.setPage(t) // what rePages reads of it: all of it
		return "page"
	}
	if isPagesCue(t) || isRange(t) || isPageCount(t) {
		if r, ok := pagesAfterCue(t); ok {
			p.setPage(r) // what rePages reads of it
			return "page"
		}
		if body, ok := pagesBody(t); ok {
			p.setPage(body)
			return "page"
		}
	}
	if m := reEdition.FindStringSubmatch(t); m != nil {
		if it.Edition == "" {
			it.Edition = editionValue(t, m)
		}
		return "edition"
	}
	if m := p.lx.TranslatorIntro.FindStringIndex(t); m != nil && m[1] < len(t) {
		if nl := p.lx.parseNames(t[m[1]:]+".", true); len(nl.names) > 0 {
			it.Translator = append(it.Translator, nl.names...)
			return "translator"
		}
	}
	if m := p.lx.EditorIntro.FindStringIndex(t); m != nil && m[1] < len(t) {
		if nl := p.lx.parseNames(t[m[1]:]+".", true); len(nl.names) > 0 {
			it.Editor = append(it.Editor, nl.names...)
			return "editor"
		}
	}
	if c.paren && p.lx.roleOf(c.text) != "" {
		return "role"
	}
	if reEdsOnly.MatchString(t) {
		return "skip"
	}
	// "Timothy Bahti (trans.)", "M. H. Abrams (ed.)" written after the names.
	if last, ok := lastOfFields(t); ok && p.lx.roleOf(last) != "" {
		m := reRoleAfter.FindStringSubmatch(t)
		if m == nil {
			m = []string{"", "", ""}
		}
		if nl := p.lx.parseNames(m[1]+".", true); m[1] != "" && len(nl.names) > 0 && nl.end >= len(m[1]) {
			if role := p.lx.roleOf(m[2]); role == "translator" {
				it.Translator = append(it.Translator, nl.names...)
				return "translator"
			} else if role == "editor" {
				it.Editor = append(it.Editor, nl.names...)
				return "editor"
			}
		}
	}
	// Only the cue words of the last cases need t lower-cased, and only
	// when a phrase of theirs can start it: then on the stack (the
	// phrases are only compared with it).
	var arr [64]byte
	var low []byte
	if p.lx.mayStartCue(cueGenre, t) || p.lx.mayStartCue(cueNote, t) {
		low = appendLower(arr[:0], t) // toLower(t)'s bytes
	}
	if g := p.lx.startsWithBytes(cueGenre, low); g != "" && countWords(t) <= 8 {
		genre := t
		// APA 7: "[Doctoral dissertation, University of Bonn]".
		if i := strings.Index(t, ", "); c.paren && i > 0 {
			genre = t[:i]
			if it.Publisher == "" {
				it.Publisher = trimPunct(t[i+2:])
			}
		}
		if it.Genre == "" {
			it.Genre = genre
		}
		return "genre"
	}
	if n := p.lx.startsWithBytes(cueNote, low); n != "" {
		p.notes = append(p.notes, t)
		return "note"
	}
	return ""
}

// lastOfFields returns the last of strings.Fields(t) when there are
// several, without making the list: the last word of t trimmed, when it
// is not all of it.
func lastOfFields(t string) (string, bool) {
	t = trimSpace(t)
	last := lastWord(t)
	return last, len(last) < len(t)
}

var (
	reRoleAfter = regexp.MustCompile(`(?i)^(.{2,200}?),?\s+(\(?(?:eds?|editors?|hrsg|trans|transl|tr|ред|пер)\.?\)?)$`)
	// reEditionHead is an edition that opens a chunk the sentence splitting
	// left whole: "4th ed. Barcelona", "Rev. ed. New York".
	reEditionHead = regexp.MustCompile(`^(.{1,30}?\b(?:ed|edn|изд|Aufl|éd)\.)\s+(\p{Lu}.*)$`)
	// rePageCount is read by hand (isPageCount, tested against it).
	rePageCount = gatedRegexp{regexp.MustCompile(`(?i)^\d+\s*(?:pp?|с|c|s|стр|б|pages)\.?$`), startsWithAnyOf("0123456789")}
)

// editionValue is the edition as CSL writes it: the number of "2nd ed.",
// "2-е изд.", or the words of "Rev. ed." without "ed.".
func editionValue(t string, m []string) string {
	if m[1] != "" {
		return m[1]
	}
	if n := ordinalWords[toLower(strings.Fields(t)[0])]; n != 0 {
		return strconv.Itoa(n)
	}
	return t
}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}

// mayStartCue reports whether startsWith(section, toLower(t)) can find a
// phrase: false when the first byte of t after "([ " is ASCII and, lowered,
// starts none of the section's phrases.
func (lx *Lexicon) mayStartCue(section cueSection, t string) bool {
	t = trimLeftASCII(t, "([ ")
	if t == "" {
		return false
	}
	if c := t[0]; c < utf8.RuneSelf {
		return len(lx.cueSets[section].byFirst[lowerASCII(c)]) > 0
	}
	return true
}

// startsWith returns the section's phrase that s (lower case) starts with
// at a word boundary, or "".
func (lx *Lexicon) startsWith(section cueSection, s string) string {
	s = trimLeftASCII(s, "([ ")
	cs := lx.cueSets[section]
	if s == "" || cs == nil {
		return "" // no phrase is empty or a lone full stop
	}
	// Both tests need the phrase's first byte at s[0].
	for _, ph := range cs.byFirst[s[0]] {
		if strings.HasPrefix(s, ph) && boundaryAfter(s, len(ph), ph) || s == strings.TrimSuffix(ph, ".") {
			return ph
		}
	}
	return ""
}

// startsWithBytes is startsWith on bytes.
func (lx *Lexicon) startsWithBytes(section cueSection, s []byte) string {
	for len(s) > 0 && isOneOf("([ ", s[0]) {
		s = s[1:]
	}
	cs := lx.cueSets[section]
	if len(s) == 0 || cs == nil {
		return ""
	}
	for _, ph := range cs.byFirst[s[0]] {
		if len(s) >= len(ph) && string(s[:len(ph)]) == ph && boundaryAfter(s, len(ph), ph) || string(s) == strings.TrimSuffix(ph, ".") {
			return ph
		}
	}
	return ""
}

// classifyText gives the text chunks that are left their fields: the
// container, place and publisher, or a note. texts are the chunks' values
// (classify).
func (p *parser) classifyText(cs []chunk, texts []string) {
	it := &p.it
	free := func(i int) bool { return i >= 0 && i < len(cs) && cs[i].kind == "" && !cs[i].paren }
	// Paren text: an acronym after a name, else a note or a genre.
	for i := range cs {
		c := &cs[i]
		if c.kind != "" || !c.paren {
			continue
		}
		t := texts[i]
		if i > 0 && cs[i-1].after == "" && (isAcronym(t) || isNameParen(t)) && (free(i-1) || cs[i-1].kind == "publisher" || cs[i-1].kind == "container") {
			c.kind = "acronym"
			continue
		}
		c.kind = "pnote"
	}
	// In a chapter ("In Eds., Book: Subtitle. Place: Publisher") or after
	// GOST's "//", the first text is the container.
	if it.ContainerTitle == "" && (p.chapter || p.inContainer) {
		for i := range cs {
			if !free(i) {
				continue
			}
			if !p.lx.isPlace(texts[i]) {
				j := i
				for free(j+1) && cs[j].after == ":" {
					j++
				}
				p.setContainer(cs, i, j)
			}
			break
		}
	}
	// "Place: Publisher" and "City, ST: Publisher".
	for i := range cs {
		if !free(i) || cs[i].after != ":" || !free(i+1) {
			continue
		}
		place := texts[i]
		from := i
		if free(i-1) && cs[i-1].after == "," && p.lx.isPlace(texts[i-1]+", "+place) {
			place = texts[i-1] + ", " + place
			from = i - 1
		}
		if !p.lx.isPlace(place) && !p.placeLike(cs, i) {
			continue
		}
		if it.PublisherPlace == "" {
			it.PublisherPlace = place
		}
		for k := from; k <= i; k++ {
			cs[k].kind = "place"
		}
		p.takePublisher(cs, i+1)
	}
	// The journal: the text right before the volume, issue or pages.
	if it.ContainerTitle == "" && !p.chapter {
		first := -1
		for i, c := range cs {
			if c.kind == "volume" || c.kind == "issue" || c.kind == "page" && !isPageCount(trimPunct(c.text)) {
				first = i
				break
			}
		}
		end := first
		for end > 0 && cs[end-1].kind == "date" {
			end-- // "Journal. 2008. 83(5): 761-769"
		}
		j := end - 1
		for j >= 0 && (free(j) || cs[j].kind == "acronym") {
			j--
		}
		if first > 0 && j+1 < end {
			run := cs[j+1 : end]
			// Cheap tests first: the lexicon lookups cost more.
			bookish := len(run) > 1 && p.lx.isPlace(trimPunct(run[0].text))
			if !bookish && cs[first].kind == "page" {
				lowFirst := toLower(trimPunct(run[0].text))
				bookish = p.lx.has(cuePublisher, lowFirst) && !p.lx.has(cueJournal, lowFirst)
			}
			if !bookish {
				p.setContainer(cs, j+1, end-1)
			}
		}
	}
	// MLA: "“Title.” Container. Ed. Name." - the text before the editors.
	if it.ContainerTitle == "" {
		for i := range cs {
			if free(i) && i+1 < len(cs) && cs[i+1].kind == "editor" && len(it.Editor) > 0 {
				p.setContainer(cs, i, i)
				break
			}
		}
	}
	// What is left, in order.
	for i := range cs {
		c := &cs[i]
		if !free(i) {
			continue
		}
		t := texts[i]
		// Lowered when a case reads it: a place or a chapter's container
		// is known without.
		low, lowered := "", false
		lower := func() string {
			if !lowered {
				low, lowered = toLower(t), true
			}
			return low
		}
		switch {
		case it.ContainerTitle == "" && (p.chapter || p.inContainer):
			// "In Book Title: Subtitle" - the title ends at the first
			// delimiter other than a colon.
			j := i
			for free(j+1) && cs[j].after == ":" {
				j++
			}
			p.setContainer(cs, i, j)
		case i > 0 && cs[i-1].kind == "publisher" && reCorpSuffix.MatchString(t):
			it.Publisher += ", " + t
			c.kind = "publisher"
		case p.lx.isPlace(t):
			// "Publisher, Place" or a place alone.
			if it.PublisherPlace == "" {
				it.PublisherPlace = t
			} else if i > 0 && cs[i-1].kind == "place" {
				it.PublisherPlace += ", " + t
			}
			c.kind = "place"
		case it.ContainerTitle == "" && it.Publisher == "" && !p.chapter && (p.isContainerName(lower()) || p.isSiteName(cs, lower())):
			j := i
			for free(j+1) && (cs[j].after == ":" || cs[j].after == "," && p.continuesName(cs, j+1)) {
				j++
			}
			p.setContainer(cs, i, j)
		case it.Publisher == "" && (it.ContainerTitle == "" || p.lx.has(cuePublisher, lower()) || p.chapter):
			p.takePublisher(cs, i)
		case it.Genre == "" && p.lx.has(cueReport, lower()) && countWords(t) <= 6:
			c.kind = "genre"
			it.Genre = t
		default:
			c.kind = "note"
			p.notes = append(p.notes, t)
		}
	}
	for i := range cs {
		if cs[i].kind == "acronym" {
			t := texts[i]
			switch {
			case i > 0 && cs[i-1].kind == "publisher":
				it.Publisher += " (" + t + ")"
			case i > 0 && cs[i-1].kind == "container":
				it.ContainerTitle += " (" + t + ")"
			default:
				p.notes = append(p.notes, t)
			}
		}
	}
	for i := range cs {
		if cs[i].kind == "pnote" {
			p.notes = append(p.notes, texts[i])
		}
	}
}

// isNameParen reports whether a bracket after a name is part of it: a few
// capitalised words ("Kabar (Kyrgyz National News Agency)").
func isNameParen(t string) bool {
	w := strings.Fields(t)
	if len(w) == 0 || len(w) > 6 || strings.ContainsAny(t, "0123456789:") {
		return false
	}
	for _, x := range w {
		if !isUpperStart(x) && !orgConnectors[toLower(x)] {
			return false
		}
	}
	return true
}

// continuesName reports whether the text chunk i goes on the name before
// it after a comma ("Journal of Speech, Language and Hearing Research"):
// capitalised, no place or publisher, and no other text after it.
func (p *parser) continuesName(cs []chunk, i int) bool {
	t := trimPunct(cs[i].text)
	if !isUpperStart(t) || p.lx.isPlace(t) || p.lx.has(cuePublisher, toLower(t)) {
		return false
	}
	for _, c := range cs[i+1:] {
		if c.kind == "" && !c.paren {
			return false
		}
	}
	return true
}

// isContainerName reports whether a text chunk with no numbers after it
// names a journal, newspaper or series rather than a publisher.
func (p *parser) isContainerName(low string) bool {
	if p.lx.has(cuePublisher, low) && !p.lx.has(cueJournal, low) {
		return false
	}
	return p.lx.hasAny(low, cueJournal, cueNews)
}

// isSiteName reports whether a text chunk of an online item with no
// numbers names the site it is on ("Gov.kz", "Chatham House"): not a
// publisher or an organisation.
func (p *parser) isSiteName(cs []chunk, low string) bool {
	if p.it.URL == "" {
		return false
	}
	for _, c := range cs {
		if c.kind == "volume" || c.kind == "issue" || c.kind == "page" || c.kind == "place" {
			return false
		}
	}
	return !p.lx.has(cuePublisher, low) && !p.lx.has(cueOrganisation, low)
}

// setContainer makes chunks i..j the container title.
func (p *parser) setContainer(cs []chunk, i, j int) {
	text := trimPunct(p.slice(cs, i, j))
	if head, num, ok := trailNum(text); ok && p.it.Volume == "" {
		if n, _ := strconv.Atoi(num); n < 1800 {
			text = head
			p.it.Volume = num
		}
	}
	p.it.ContainerTitle = trimPunct(text)
	for k := i; k <= j; k++ {
		cs[k].kind = "container"
	}
}

// takePublisher makes chunk i the publisher, with a company suffix that
// follows ("Sinauer Associates, Inc.").
func (p *parser) takePublisher(cs []chunk, i int) {
	t := trimPunct(cs[i].text)
	cs[i].kind = "publisher"
	for i+1 < len(cs) && cs[i+1].kind == "" && !cs[i+1].paren && cs[i].after == "," && reCorpSuffix.MatchString(trimPunct(cs[i+1].text)) {
		i++
		t += ", " + trimPunct(cs[i].text)
		cs[i].kind = "publisher"
	}
	if p.it.Publisher == "" {
		p.it.Publisher = t
	}
}

// placeLike reports whether chunk i, before a colon, reads as a place of
// publication though the gazetteer does not know it ("Grand Rapids:
// Baker"): a few capitalised words, and no volume or issue after.
func (p *parser) placeLike(cs []chunk, i int) bool {
	if p.it.PublisherPlace != "" {
		return false
	}
	words := strings.Fields(trimPunct(cs[i].text))
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !isUpperStart(w) && !orgConnectors[toLower(w)] && w != "am" && w != "upon" {
			return false
		}
	}
	for _, d := range cs[i+1:] {
		if d.kind == "volume" || d.kind == "issue" {
			return false
		}
	}
	return true
}

// isPlace reports whether s names a place of publication: a known town or
// region, with regions after it ("Cambridge, MA", "Berkeley, CA, USA"), an
// unknown town before a known region ("Walnut Creek, CA"), or such places
// joined ("London and New York", "Cambridge/New York").
func (lx *Lexicon) isPlace(s string) bool {
	s = trimSpace(trimRightASCII(s, " .,;:"))
	if s == "" || len(s) > 80 || placeStoppers.index(s) >= 0 {
		return false
	}
	// "М", "СПб" without the full stop trimmed off them.
	var arr [64]byte
	if low := lowerWord(arr[:0], s); !bytes.HasSuffix(low, []byte(".")) && lx.places[string(low)]&placeCityDot != 0 {
		return true
	}
	for _, sep := range [...]string{" and ", " & ", "/", " – ", " - ", "; ", " и "} {
		if strings.Contains(s, sep) {
			// The parts of strings.Split(s, sep), read one by one.
			for rest, more := s, true; more; {
				var part string
				part, rest, more = strings.Cut(rest, sep)
				if !lx.isOnePlace(trimSpace(part)) {
					return false
				}
			}
			return true
		}
	}
	return lx.isOnePlace(s)
}

// isOnePlace reports whether s is one place: a town and the regions after
// it, parted by commas. (The parts are read one by one: no list is made.)
func (lx *Lexicon) isOnePlace(s string) bool {
	town, rest, several := strings.Cut(s, ",")
	town = trimSpace(town)
	if town == "" || !isUpperStart(town) {
		return false
	}
	for more := several; more; {
		var region string
		region, rest, more = strings.Cut(rest, ",")
		if !lx.isRegion(trimSpace(region)) {
			return false
		}
	}
	// (The town is not empty, so it has a word.)
	if lx.isTown(town) || lx.isRegion(town) && !lx.isCode(town) {
		return true
	}
	// An unknown town before a known region.
	return several && upperWords(town, 3)
}

// upperWords reports whether s has at most max words, as strings.Fields
// parts it, and each starts with an upper-case letter.
func upperWords(s string, max int) bool {
	n := 0
	inWord := false
	for i, r := range s {
		if nlp.IsSpace(r) {
			inWord = false
			continue
		}
		if !inWord {
			inWord = true
			if n++; n > max || !isUpperStart(s[i:]) {
				return false
			}
		}
	}
	return true
}

func (lx *Lexicon) isTown(s string) bool {
	var arr [64]byte
	if lx.places[string(lowerWord(arr[:0], s))]&placeCity != 0 {
		return !lx.isCode(s) || isAllUpper(s)
	}
	return false
}

// isRegion reports whether s is a region; a two-letter code ("CA", "IN",
// "ME") counts only in capitals, where it cannot be a word.
func (lx *Lexicon) isRegion(s string) bool {
	var arr [64]byte
	low := lowerWord(arr[:0], s)
	f := lx.places[string(low)]
	if !bytes.HasSuffix(low, []byte(".")) && f&placeRegionDot != 0 {
		return true // "Ga" of "Athens, Ga." with its full stop trimmed
	}
	if f&(placeRegion|placeCity) == 0 {
		return false
	}
	if lx.isCode(s) {
		return isAllUpper(s)
	}
	return true
}

// isCode reports whether s is a two-letter code without full stops ("CA",
// "NY", "IN"), which is a place only in capitals.
func (lx *Lexicon) isCode(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
	}
	return n <= 2
}

func isAllUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}
