package bench

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SeedFiles are the seed texts the generator reads (000 is a 3 KB landing
// page with no body or reference list, so it is not used).
var SeedFiles = []string{"001_*.txt", "002_*.txt", "003_*.txt", "004_*.txt"}

// FindSeedDir returns the repository's seeds folder: $CLAIMGRAPH_SEEDS, else
// the first "seeds" folder beside a go.mod in the working directory or one of
// its parents, else the one next to this source file.
func FindSeedDir() (string, error) {
	if d := os.Getenv("CLAIMGRAPH_SEEDS"); d != "" {
		return d, nil
	}
	if wd, err := os.Getwd(); err == nil {
		for d := wd; ; d = filepath.Dir(d) {
			if isSeedDir(filepath.Join(d, "seeds")) {
				if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
					return filepath.Join(d, "seeds"), nil
				}
			}
			if filepath.Dir(d) == d {
				break
			}
		}
	}
	if _, file, _, ok := runtime.Caller(0); ok {
		d := filepath.Join(filepath.Dir(file), "..", "..", "seeds")
		if isSeedDir(d) {
			return filepath.Clean(d), nil
		}
	}
	return "", errors.New("seeds folder not found: run from the repository or set CLAIMGRAPH_SEEDS")
}

func isSeedDir(d string) bool {
	m, _ := filepath.Glob(filepath.Join(d, SeedFiles[0]))
	return len(m) > 0
}

// pool is what the generator samples from: prose paragraphs by language and
// template, reference entries, and the surnames they print.
type pool struct {
	// prose[lang] are paragraphs of running text in that language.
	prose map[string][]string
	// byTemplate[tpl] are the prose paragraphs of the seed the template
	// imitates, in its main language.
	byTemplate map[string][]string
	refs       []refEntry
	surnames   map[string][]string // script ("latin", "cyrillic") → single-word surnames
}

// refEntry is one reference-list entry of a seed, analysed enough to
// perturb its first author and year and to write callouts to it.
type refEntry struct {
	text string
	// first and second are the byte ranges of the first two authors'
	// surnames in text ([0,0] when absent); org is the author when it is
	// an organization.
	first, second [2]int
	authors       int
	org           string
	yearAt        int // offset of the four year digits in text
}

var (
	reLabel       = regexp.MustCompile(`^\s*(?:[-–•*]\s+|\[\d{1,3}\]\s*|\d{1,3}[.)]\s+)`)
	reAPAYear     = regexp.MustCompile(`\((19\d\d|20\d\d)([a-z])?[,)]`)
	reAnyYear     = regexp.MustCompile(`\b(19[5-9]\d|20[0-3]\d)\b`)
	reURL         = regexp.MustCompile(`<?https?://[^\s>]+>?|\[https?://[^\]]*\]\([^)]*\)|<a href[^>]*>[^<]*</a>`)
	reAuthorEnd   = regexp.MustCompile(`\.\s+(?:\p{Lu}|["“«*])`)
	reSurnameHere = regexp.MustCompile(`^(\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’\-]+)?)(?:,\s*\p{Lu}| \p{Lu}\.)`)
	reSurnameNext = regexp.MustCompile(`(?:,\s*(?:&\s*|and\s+)?|&\s*)(\p{Lu}[\p{L}'’\-]+(?: \p{Lu}[\p{L}'’\-]+)?)(?:,\s*\p{Lu}| \p{Lu}\.)`)
	reBlankLine   = regexp.MustCompile(`\n[ \t\r\f]*\n`)
)

// loadPool reads and analyses the seed files in dir.
func loadPool(dir string) (*pool, error) {
	p := &pool{prose: map[string][]string{}, byTemplate: map[string][]string{}, surnames: map[string][]string{}}
	seenRef := map[string]bool{}
	for i, pat := range SeedFiles {
		m, _ := filepath.Glob(filepath.Join(dir, pat))
		if len(m) == 0 {
			return nil, fmt.Errorf("seed %s not found in %s", pat, dir)
		}
		sort.Strings(m)
		data, err := os.ReadFile(m[0])
		if err != nil {
			return nil, err
		}
		tpl := templates[i].name
		body, refs := splitSeed(string(data))
		for _, para := range body {
			// The seed's own callouts point at its list, not the paper's:
			// they go, and the generator writes new ones.
			para = reAuthorYearCallout.ReplaceAllString(para, "")
			para = reNumericCallout.ReplaceAllString(para, "")
			lang := paraLang(para)
			p.prose[lang] = append(p.prose[lang], para)
			if lang == templates[i].lang {
				p.byTemplate[tpl] = append(p.byTemplate[tpl], para)
			}
		}
		for _, r := range refs {
			e, ok := analyseRef(r)
			if !ok || seenRef[e.text] {
				continue
			}
			seenRef[e.text] = true
			p.refs = append(p.refs, e)
		}
	}
	seenName := map[string]bool{}
	for _, e := range p.refs {
		for _, s := range [][2]int{e.first, e.second} {
			name := e.text[s[0]:s[1]]
			if name == "" || strings.ContainsAny(name, " -'’") || seenName[name] || utf8.RuneCountInString(name) < 3 {
				continue
			}
			seenName[name] = true
			sc := script(name)
			p.surnames[sc] = append(p.surnames[sc], name)
		}
	}
	for _, sc := range []string{"latin", "cyrillic"} {
		p.surnames[sc] = append(p.surnames[sc], extraSurnames[sc]...)
	}
	switch {
	case len(p.refs) < 20:
		return nil, fmt.Errorf("seeds in %s: only %d usable reference entries", dir, len(p.refs))
	case len(p.prose["en"]) < 20 || len(p.prose["kk"]) < 5:
		return nil, fmt.Errorf("seeds in %s: too few prose paragraphs (en %d, kk %d)", dir, len(p.prose["en"]), len(p.prose["kk"]))
	}
	for _, t := range templates {
		if len(p.byTemplate[t.name]) == 0 {
			p.byTemplate[t.name] = p.prose[t.lang]
		}
	}
	return p, nil
}

// splitSeed returns the prose paragraphs of a seed's body (after its
// abstract heading, outside its reference list) and its raw reference
// entries.
func splitSeed(text string) (body, refs []string) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	paras := reBlankLine.Split(text, -1)
	start := 0
	for i, p := range paras {
		h := headingWords(p)
		if strings.HasPrefix(h, "abstract") || strings.HasPrefix(h, "аңдатпа") || strings.HasPrefix(h, "аннотация") {
			start = i
			break
		}
	}
	inRefs := false
	var cur *strings.Builder
	flush := func() {
		if cur != nil && cur.Len() > 0 {
			refs = append(refs, strings.TrimSpace(cur.String()))
		}
		cur = nil
	}
	for i := start; i < len(paras); i++ {
		p := strings.TrimRight(paras[i], " \t\n")
		if strings.TrimSpace(p) == "" {
			continue
		}
		if refHeadings[headingWords(p)] {
			inRefs = true
			continue
		}
		if inRefs {
			if isHeadingLike(p) && !reAnyYear.MatchString(p) {
				flush()
				inRefs = false
				continue
			}
			for j, line := range strings.Split(p, "\n") {
				t := strings.TrimSpace(line)
				if t == "" {
					continue
				}
				lowerStart := false
				if rest := reLabel.ReplaceAllString(t, ""); rest != "" {
					r, _ := utf8.DecodeRuneInString(rest)
					lowerStart = unicode.IsLower(r)
				}
				newEntry := (reLabel.MatchString(t) || j == 0) && !lowerStart
				if newEntry || cur == nil {
					flush()
					cur = &strings.Builder{}
					cur.WriteString(reLabel.ReplaceAllString(t, ""))
					continue
				}
				cur.WriteByte(' ')
				cur.WriteString(reLabel.ReplaceAllString(t, ""))
			}
			continue
		}
		if isProse(p) {
			body = append(body, stripRunIn(cutAtCapsLine(p)))
		}
	}
	flush()
	return body, refs
}

// refHeadings are the headings that open a seed's reference list.
var refHeadings = map[string]bool{"references": true, "bibliography": true, "список литературы": true,
	"әдебиеттер тізімі": true, "әдебиеттер": true, "literatura": true, "viri": true}

// headingWords reduces a short paragraph to its lower-case words without
// Markdown marks (long paragraphs give their first 40 bytes).
func headingWords(p string) string {
	p = strings.TrimSpace(p)
	if len(p) > 200 {
		p = p[:40]
	}
	p = strings.TrimLeft(p, "#* ")
	p = strings.TrimRight(p, "*:. ")
	return strings.ToLower(strings.Join(strings.Fields(p), " "))
}

func isHeadingLike(p string) bool {
	p = strings.TrimSpace(p)
	if len(p) > 120 || strings.Contains(p, "\n") {
		return false
	}
	if strings.HasPrefix(p, "#") {
		return true
	}
	letters, upper := 0, 0
	for _, r := range p {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters > 3 && upper*10 >= letters*8
}

// isProse tells running text from front matter, lists of names, tables,
// footnotes and page furniture.
func isProse(p string) bool {
	t := strings.TrimSpace(p)
	if len(t) < 200 || strings.HasPrefix(t, "<sup>") || strings.HasPrefix(t, "#") || strings.Contains(t, "@") || strings.Count(t, "|") > 4 {
		return false
	}
	words := strings.Fields(t)
	if len(words) < 30 || strings.Count(t, ",")*10 > len(words)*3 {
		return false
	}
	letters, total := 0, 0
	for _, r := range t {
		total++
		if unicode.IsLetter(r) || unicode.IsSpace(r) {
			letters++
		}
	}
	if letters*4 < total*3 {
		return false
	}
	return strings.Contains(t, ". ") || strings.HasSuffix(t, ".")
}

// cutAtCapsLine drops what follows a line in capitals inside a paragraph
// (a PDF extraction can glue the next article's title to the last
// paragraph without a blank line).
func cutAtCapsLine(p string) string {
	lines := strings.Split(p, "\n")
	for i := 1; i < len(lines); i++ {
		if len(strings.Fields(lines[i])) >= 3 && isHeadingLike(lines[i]) {
			return strings.TrimRight(strings.Join(lines[:i], "\n"), " ")
		}
	}
	return p
}

// runInHeads are the run-in headings stripped from the start of a sampled
// paragraph, so that a shuffled paragraph does not open a section.
var runInHeads = []string{"**Abstract:**", "Abstract.", "Abstract:", "Аннотация.", "Аңдатпа.", "Introduction:", "Кіріспе."}

func stripRunIn(p string) string {
	t := strings.TrimLeft(p, " \n*")
	for _, h := range runInHeads {
		if strings.HasPrefix(t, strings.TrimLeft(h, "*")) {
			return strings.TrimLeft(t[len(strings.TrimLeft(h, "*")):], " *")
		}
	}
	return p
}

// paraLang guesses a paragraph's language from its letters.
func paraLang(p string) string {
	var cyr, lat, kk, sl int
	for _, r := range p {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			if strings.ContainsRune("әғқңөұүһіӘҒҚҢӨҰҮҺІ", r) {
				kk++
			}
		case unicode.Is(unicode.Latin, r):
			lat++
			if strings.ContainsRune("čšžČŠŽ", r) {
				sl++
			}
		}
	}
	switch {
	case cyr > lat && kk*100 > cyr:
		return "kk"
	case cyr > lat:
		return "ru"
	case sl >= 3 && sl*300 > lat:
		return "sl"
	}
	return "en"
}

func script(s string) string {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return "cyrillic"
		}
	}
	return "latin"
}

// analyseRef finds the year and the authors of one entry; entries without
// a year or with an author that cannot be written in a callout are dropped.
func analyseRef(raw string) (refEntry, bool) {
	e := refEntry{text: strings.TrimSpace(reLabel.ReplaceAllString(raw, ""))}
	if len(e.text) < 30 || strings.HasPrefix(e.text, `"`) || strings.HasPrefix(e.text, "“") {
		return e, false
	}
	authorEnd := -1
	if m := reAPAYear.FindStringSubmatchIndex(e.text); m != nil {
		e.yearAt = m[2]
		authorEnd = m[0]
		if m[4] >= 0 { // "2024a": the generator adds its own letters
			e.text = e.text[:m[4]] + e.text[m[5]:]
		}
	} else {
		urls := reURL.FindAllStringIndex(e.text, -1)
		inURL := func(i int) bool {
			for _, u := range urls {
				if i >= u[0] && i < u[1] {
					return true
				}
			}
			return false
		}
		e.yearAt = -1
		for _, m := range reAnyYear.FindAllStringIndex(e.text, -1) {
			if inURL(m[0]) {
				continue
			}
			if e.yearAt < 0 {
				e.yearAt = m[0]
			}
			before := e.text[:m[0]]
			if strings.HasSuffix(before, ", ") || strings.HasSuffix(before, "(") || strings.HasSuffix(before, ". ") || strings.HasSuffix(before, "– ") {
				e.yearAt = m[0]
				break
			}
		}
		if e.yearAt < 0 {
			return e, false
		}
		if m := reAuthorEnd.FindStringIndex(e.text); m != nil {
			authorEnd = m[0]
		}
	}
	if authorEnd <= 0 || authorEnd > e.yearAt {
		authorEnd = min(e.yearAt, len(e.text))
	}
	authorPart := e.text[:authorEnd]
	if m := reSurnameHere.FindStringSubmatchIndex(authorPart); m != nil {
		e.first = [2]int{m[2], m[3]}
		e.authors = 1
		for _, n := range reSurnameNext.FindAllStringSubmatchIndex(authorPart[m[3]:], -1) {
			if e.authors == 1 {
				e.second = [2]int{m[3] + n[2], m[3] + n[3]}
			}
			e.authors++
		}
		return e, true
	}
	org := strings.TrimSpace(strings.Trim(strings.TrimSpace(authorPart), ".*"))
	if org == "" || len(org) > 90 || strings.ContainsAny(org, "()[]<>«»\"“”") || !unicode.IsUpper(firstRune(org)) && !unicode.IsDigit(firstRune(org)) {
		return e, false
	}
	e.org = org
	return e, true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// extraSurnames widen the surname pool (the seeds print few Cyrillic ones).
var extraSurnames = map[string][]string{
	"latin":    {"Nurlanov", "Seitkali", "Abenova", "Tulegenov", "Ismailova", "Karimov", "Sadykova", "Rakhimov", "Zhakupova", "Bekmuratov", "Usmanova", "Kadyrov", "Saparova", "Mamyrov", "Tokhtarova"},
	"cyrillic": {"Ахметова", "Бекова", "Сейтқали", "Жұмабаев", "Нұрланов", "Омарова", "Серікбаев", "Төлеуова", "Қасымов", "Әлиева", "Исмаилов", "Садыкова", "Рахимов", "Жакупова", "Тургунбаев", "Абдуллаев", "Касымова", "Мамыров"},
}
