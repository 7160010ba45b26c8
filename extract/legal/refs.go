package legal

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// adilet.zan.kz document ids in reference URLs: type letter, two-digit
// year, a zero and the seven-digit number (Z1100000477, P2200000961); ids
// of the 1990s end in "_" instead (Z970000204_).
var adiletRe = regexp.MustCompile(`adilet\.zan\.kz/\w+/docs/([A-Z])(\d{2})(\d{7,8})`)

// refEntry reads one reference-list entry. It is a legal act when a type
// phrase opens its title ("Law of the Republic of Kazakhstan No. 477-IV
// ..."), or when its title is followed by the act's type and number ("On
// Approval of the Concept ... (Resolution No. 961)"); a bare title without
// number, issuer or governmental author (a news headline naming a strategy)
// or an article by a person about an act is not. Acts the title of an
// entry that is not an act names ("... told about changes in the Rules of
// Entry and Stay of Immigrants in Kazakhstan") are mentions of their own
// (see refTitleActs).
func (s *scanner) refEntry(p *para) []*cand {
	cs := s.scanPara(p)
	if len(cs) == 0 {
		return nil // no type word, not even in "(Resolution No. 961)"
	}
	if c := s.refAct(p, cs); c != nil {
		return []*cand{c}
	}
	return s.refTitleActs(p, cs)
}

func (s *scanner) refAct(p *para, cs []*cand) *cand {
	toks := p.toks
	if len(toks) < 4 {
		return nil
	}
	lx := s.lx
	pubYear, pubDate, titleStart, authorEnd := s.pubYear(toks)
	start := titleStart
	if start < 0 {
		start = 0
		for start < len(toks) && start < 3 && (toks[start].kind == tNum || toks[start].kind == tPunct) {
			start++
		}
	}
	var c *cand
	if titleStart >= 0 {
		c = s.titleThenType(p, titleStart)
	}
	if c == nil {
		for _, o := range cs {
			if o.lo >= start && o.lo <= start+2 || o.detLo >= start && o.detLo <= start+2 {
				if s.classify(o) == kindMention {
					c = o
				}
				break
			}
		}
	}
	if c == nil {
		return nil
	}
	text := s.d.Text[p.span.Start:p.span.End]
	authorGov := ""
	if authorEnd > 0 {
		for i := 0; i < authorEnd; i++ {
			if v, n := lx.auth.matchAt(toks, i); n > 0 {
				if v != "ministry" {
					authorGov = v
				}
				break
			}
		}
	}
	if c.number == "" && c.jurisSrc != "issuer" && authorGov == "" {
		return nil
	}
	if c.number == "" {
		// A journal article or book about an act is not the act.
		for i := range toks {
			if lx.cue.citation.has(toks, i) {
				return nil
			}
		}
		if authorEnd > 0 && personalAuthor(toks, authorEnd) {
			return nil
		}
	}
	c.inRefs = true
	c.kind = kindMention
	if c.auth == "" && authorGov != "" {
		c.auth = authorGov
	}
	if c.juris == "" && authorEnd > 0 {
		if code, _ := s.findJuris(toks, 0, authorEnd); code != "" {
			c.setJuris(code, "reference")
		}
	}
	if m := adiletRe.FindStringSubmatch(text); m != nil {
		n, _ := strconv.Atoi(m[3])
		if d := leadingDigits(c.number); d != "" {
			if dn, _ := strconv.Atoi(d); dn == n {
				yy, _ := strconv.Atoi(m[2])
				y := 2000 + yy
				if yy >= 90 {
					y = 1900 + yy
				}
				if c.year == 0 || c.yearSrc != "date" {
					c.year, c.yearSrc = y, "url"
				}
				if c.juris == "" {
					c.setJuris("kz", "reference")
				}
			}
		}
	}
	switch {
	case c.year == 0 && c.date == "" && pubDate != "":
		c.date, c.year, c.yearSrc = pubDate, pubYear, "reference"
	case c.year == 0 && pubYear != 0:
		c.year, c.yearSrc = pubYear, "publication"
	case c.date == "" && pubDate != "" && c.year == pubYear:
		c.date = pubDate
	}
	c.published = pubYear
	return c
}

// personalAuthor reports an author block with a person's name ("Khamzin,
// A. S., ..."): a surname, a comma and an initial.
func personalAuthor(toks []token, end int) bool {
	for i := 0; i+3 <= end && i+3 < len(toks); i++ {
		if toks[i].kind == tWord && toks[i].upper && isPunct(toks[i+1], ",") && toks[i+2].kind == tWord &&
			len([]rune(toks[i+2].text)) == 1 && toks[i+2].upper && isPunct(toks[i+3], ".") {
			return true
		}
	}
	return false
}

// refTitleActs finds the acts the title of a reference entry names when the
// entry is not itself an act. Titles are often in title case, where a
// capital proves nothing, so a name alone is not enough: the mention also
// needs a number, quoted title, date, year or period, an issuer or a
// jurisdiction right after it ("... of Kazakhstan", "... in Tajikistan"),
// a widely cited instrument's name ("the Global Compact for Migration") or a
// lower-case compound name after "the" ("the temporary protection
// directive"). Web addresses are skipped.
func (s *scanner) refTitleActs(p *para, cs []*cand) []*cand {
	if len(cs) == 0 {
		return nil
	}
	toks := p.toks
	// The addresses are found only for a candidate that is a mention
	// otherwise (most are not): classify and identified change nothing
	// but the candidate, which is dropped either way.
	var urls [][2]int
	urlsRead := false
	inURL := func(c *cand) bool {
		if !urlsRead {
			urls, urlsRead = urlSpans(s.d.Text[p.span.Start:p.span.End]), true
		}
		for _, u := range urls {
			if toks[c.lo].s-p.span.Start < u[1] && toks[c.hi-1].end()-p.span.Start > u[0] {
				return true
			}
		}
		return false
	}
	var out []*cand
	for _, c := range cs {
		if s.classify(c) != kindMention || !s.identified(c) || inURL(c) {
			continue
		}
		c.kind = kindMention
		c.refTitle = true
		out = append(out, c)
	}
	return out
}

// urlSpans returns the byte ranges of web addresses ("https://…",
// "www.…") and HTML links ("<a href=…>") in text.
func urlSpans(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); i++ {
		// Only these bytes start one.
		k := strings.IndexAny(text[i:], "<:w")
		if k < 0 {
			break
		}
		i += k
		start, end := -1, -1
		switch {
		case text[i] == '<' && strings.HasPrefix(text[i:], "<a "):
			start = i
			if k := strings.IndexByte(text[i:], '>'); k >= 0 {
				end = i + k + 1
			} else {
				end = len(text)
			}
		case text[i] == ':' && strings.HasPrefix(text[i:], "://"):
			start = i
			for start > 0 && isASCIILetter(text[start-1]) {
				start--
			}
		case text[i] == 'w' && strings.HasPrefix(text[i:], "www.") && (i == 0 || !isASCIILetter(text[i-1])):
			start = i
		}
		if start < 0 {
			continue
		}
		if end < 0 {
			end = i
			for end < len(text) && !strings.ContainsRune(" \t\n<>\"", rune(text[end])) {
				end++
			}
		}
		out = append(out, [2]int{start, end})
		i = end - 1
	}
	return out
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// identified reports whether a candidate has more than a name to identify
// its act (see refTitleActs).
func (s *scanner) identified(c *cand) bool {
	if c.number != "" && !c.bareNum || c.quoted || c.date != "" || c.year != 0 || c.period != "" || c.compound {
		return true
	}
	switch c.jurisSrc {
	case "prefix", "parties":
		return true
	case "issuer", "modifier":
		// In title case the capitalised words between a state and the
		// type word are not a name: "Russia Tightens Immigration Rules".
		if c.capNames == 0 || c.nameLo >= 0 && c.nameLo >= c.typ {
			return true
		}
	}
	toks := c.p.toks
	title := ""
	if c.nameLo >= 0 {
		title = s.text(c, c.nameLo, c.nameHi)
	}
	if _, ok := s.lx.knownAct(c.actType, c.year, title); ok && title != "" {
		return true
	}
	// A jurisdiction right after: "the Rules of Entry and Stay of Immigrants
	// in Kazakhstan".
	k := c.hi
	if k < len(toks) && (toks[k].low == "in" || toks[k].low == "of") {
		k++
		if k < len(toks) && toks[k].low == "the" {
			k++
		}
		if code, _ := s.jurisAt(toks, k); code != "" {
			return true
		}
	}
	return false
}

// pubYear finds the "(2022, November 30)." block of an author-date entry:
// the publication year and date, the token where the title starts and the
// token where the author block ends.
func (s *scanner) pubYear(toks []token) (year int, date string, titleStart, authorEnd int) {
	for i := 0; i+2 < len(toks) && i < 60; i++ {
		if !isPunct(toks[i], "(") {
			continue
		}
		y := citeYearOf(toks[i+1])
		if y == 0 {
			continue
		}
		k := i + 2
		d := ""
		if isPunct(toks[k], ",") && k+2 < len(toks) {
			if m := s.lx.month(&toks[k+1]); m > 0 {
				if day := dayOf(toks[k+2]); day > 0 {
					d = fmt.Sprintf("%04d-%02d-%02d", y, m, day)
					k += 3
				}
			}
		}
		if k >= len(toks) || !isPunct(toks[k], ")") {
			continue
		}
		k++
		for k < len(toks) && (isPunct(toks[k], ".") || isPunct(toks[k], ",")) {
			k++
		}
		return y, d, k, i
	}
	return 0, "", -1, -1
}

// titleThenType reads "Title (Resolution No. 961)": an entry whose title is
// followed by the act's type and number in parentheses.
func (s *scanner) titleThenType(p *para, start int) *cand {
	toks := p.toks
	for i := start + 1; i+3 < len(toks); i++ {
		if !isPunct(toks[i], "(") {
			continue
		}
		tw, ok := s.lx.typeOf(&toks[i+1])
		if !ok {
			continue
		}
		k := i + 2
		if !s.lx.markers[toks[k].low] {
			continue
		}
		k++
		if k < len(toks) && isPunct(toks[k], ".") {
			k++
		}
		if k+1 >= len(toks) || !isNumberToken(toks[k]) || !isPunct(toks[k+1], ")") {
			continue
		}
		end := i
		for end > start && (isPunct(toks[end-1], ".") || isPunct(toks[end-1], ",")) {
			end--
		}
		if end <= start {
			return nil
		}
		c := s.newCand()
		*c = cand{p: p, lo: start, hi: k + 2, typ: i + 1, actType: tw.actType, written: tw.actType,
			lang: tw.lang, typeCap: toks[i+1].upper, nameLo: -1, nameHi: -1, detLo: -1, number: toks[k].text}
		c.title = strings.TrimSpace(s.d.Text[toks[start].s:toks[end-1].end()])
		s.applyPrefix(c)
		tt := s.scratchTokens(c.title)
		if code, _ := s.findJuris(tt, 0, len(tt)); code != "" {
			c.setJuris(code, "title")
		}
		return c
	}
	return nil
}
