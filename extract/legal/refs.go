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
// is not.
func (s *scanner) refEntry(p *para) *cand {
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
	for _, o := range s.scanPara(p) {
		if o.lo >= start && o.lo <= start+2 || o.detLo >= start && o.detLo <= start+2 {
			if s.classify(o) == kindMention {
				c = o
			}
			break
		}
	}
	if c == nil && titleStart >= 0 {
		c = s.titleThenType(p, titleStart)
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
			if lx.cues["citation"].has(toks, i) {
				return nil
			}
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
			if m := s.lx.month(toks[k+1]); m > 0 {
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
		tw, ok := s.lx.typeOf(toks[i+1])
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
		c := &cand{p: p, lo: start, hi: k + 2, typ: i + 1, actType: tw.actType, written: tw.actType,
			lang: tw.lang, typeCap: toks[i+1].upper, nameLo: -1, nameHi: -1, detLo: -1, number: toks[k].text}
		c.title = strings.TrimSpace(s.d.Text[toks[start].s:toks[end-1].e])
		s.applyPrefix(c)
		tt := tokenize(c.title, 0)
		if code, _ := s.findJuris(tt, 0, len(tt)); code != "" {
			c.setJuris(code, "title")
		}
		return c
	}
	return nil
}
