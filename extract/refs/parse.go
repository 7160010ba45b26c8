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

var (
	// reDOIAt is a DOI with the resolver or "doi:" before it, anchored:
	// what doiAt reads by hand (kept as its tested specification).
	reDOIAt = regexp.MustCompile(`^(?i)(?:https?://(?:dx\.)?doi\.org/|\bdoi:?\s*|\bdoi\.org/)?\b(10\.\d{4,9}/[^\s"<>]+)`)
	// reURLAt is a URL, anchored: what urlAt reads by hand (kept as its
	// tested specification).
	reURLAt = regexp.MustCompile(`^(?i)\b(?:(?:https?|ftp)://|www\.|mailto:file:|file:///)[^\s<>"]+`)
	reISBN  = regexp.MustCompile(`(?i)\b(?:ISBN|ISSN|eISSN|PMID|PMCID|arXiv)(?:-1[03])?:?\s*[\dXx][\dXx\- ]{6,}[\dXx]\b\.?`)
	// A run of dashes or underscores standing for the authors of the
	// entry before ("———.", "---,", "__________ .").
	reDittoAuthor = gatedRegexp{regexp.MustCompile(`^(?:[-–—―_‒]{2,}|—)\s?[.,:]?\s*`), startsDitto}
	reTeXQuotes   = strings.NewReplacer("``", "“", "''", "”")
	// reDoubleSlash is read by hand (spaceDoubleSlashes); the regexp is
	// its tested specification.
	reDoubleSlash = regexp.MustCompile(`\s*//\s*`)
)

// Parse reads the fields of one reference string: authors, date, title,
// container, volume, issue, pages, publisher, place, editors, edition, DOI,
// URL, access date, language and type. It works on APA, Chicago, GOST,
// Vancouver, Harvard and MLA strings without being told which; fields it
// cannot find stay empty.
func Parse(raw string, lx *Lexicon) Item {
	p := parser{lx: lx}
	return p.parse(raw)
}

type parser struct {
	lx *Lexicon
	it Item
	// notes collects text that has no field of its own.
	notes []string
	// chapter is set when the rest starts with "In" (a part of a book).
	chapter bool
	// etal says an "et al." marker closed the author list.
	etal bool
	// ditto says a dash run stood for the authors of the entry before.
	ditto bool
	// lang is the language the script says ("ru", "kk", "ru-Latn", "").
	lang string
	// inContainer says the title ended at GOST's "//": what follows it is
	// the container.
	inContainer bool
	// parenDate says the date stood in brackets right after the authors
	// (APA), where titles are not quoted: a quotation opens a title.
	parenDate bool
	// dates are the answers of parseDate so far (see date).
	// (An array in the parser, which lives on the stack: no slice to grow.)
	dates  [maxDateMemo]parsedDate
	ndates int
	// chunkArr and tailArr back the chunk lists of the rest (chunks,
	// splitNumericTails) when they are short, as most are: a parser reads
	// one reference.
	chunkArr [8]chunk
	tailArr  [10]chunk
}

// reset makes p as parser{lx: lx} is for all a parse reads: its scratch
// arrays (dates past ndates, chunkArr, tailArr) keep what they hold.
func (p *parser) reset(lx *Lexicon) {
	p.lx = lx
	p.it = Item{}
	p.notes = nil
	p.chapter, p.etal, p.ditto = false, false, false
	p.lang = ""
	p.inContainer, p.parenDate = false, false
	p.ndates = 0
}

func (p *parser) parse(raw string) Item {
	return p.parseCleaned(Clean(raw))
}

// parseCleaned is parse of a string Clean leaves unchanged.
func (p *parser) parseCleaned(s string) Item {
	_, s = SplitLabel(s)
	lang := scriptLanguage(p.lx, s)
	p.lang = lang
	s = p.takeIdentifiers(s)
	// s lower-cased, on the stack (as toLower(s); the cue passes only
	// search it), and its byte pairs, read once for both cue passes.
	var lowArr [512]byte
	low := appendLower(lowArr[:0], s)
	var seen bigramSet
	seen.addAll(low)
	if cut := p.takeAccessed(s, low, &seen); cut != s {
		s, low = cut, appendLower(low[:0], cut)
		seen = bigramSet{}
		seen.addAll(low)
	}
	s = p.dropPhrases(s, low, &seen)
	s = spaceGluedCommas(s)
	// GOST separators written without spaces: "Title.- М.: Наука, 1989.- 191 с.",
	// "систем//Труды" (URLs, which hold "//", are cut out by now).
	s = spaceGOSTDashes(s)
	if strings.Contains(s, "//") {
		s = spaceDoubleSlashes(s) // reDoubleSlash → " // "
	}
	s = tidy(s)

	if strings.Contains(s, "``") || strings.Contains(s, "''") {
		s = reTeXQuotes.Replace(s)
	}
	rest := s
	if m := reDittoAuthor.FindStringIndex(s); m != nil {
		// "———. Title": the authors of the entry before, not repeated.
		rest = s[m[1]:]
		p.ditto = true
	} else {
		rest = p.takeAuthors(s)
	}
	rest = p.takeLeadingDate(rest)
	rest = p.takeTitle(rest)
	p.takeRest(rest)

	if lang != "" {
		p.it.Language = lang
		if lang == "ru-Latn" {
			p.notes = append(p.notes, "transliterated from Russian")
		}
	}
	if len(p.notes) > 0 {
		p.it.Note = strings.Join(p.notes, "; ")
	}
	p.it.Type = p.inferType()
	if p.it.Type == "article-newspaper" && p.it.ContainerTitle == "" && p.it.Publisher != "" {
		p.it.ContainerTitle, p.it.Publisher = p.it.Publisher, ""
	}
	p.it.Author = tidyNames(p.it.Author)
	p.it.Editor = tidyNames(p.it.Editor)
	p.it.Translator = tidyNames(p.it.Translator)
	p.it.ID = BaseID(p.it)
	return p.it
}

// startsDitto reports whether s starts with one of the marks
// reDittoAuthor's runs are made of: '-', '_' or U+2012–U+2015 ("‒–—―").
func startsDitto(s string) bool {
	return s != "" && (s[0] == '-' || s[0] == '_' || len(s) >= 3 && s[0] == 0xe2 && s[1] == 0x80 && 0x92 <= s[2] && s[2] <= 0x95)
}

// spaceDoubleSlashes is reDoubleSlash.ReplaceAllString(s, " // "): every
// "//" with the white space around it becomes " // ". A match starts at
// the white space before the first "//" after the match before, and takes
// the white space after it.
func spaceDoubleSlashes(s string) string {
	var b strings.Builder
	last := 0 // s[last:] is not written yet
	for pos := 0; ; {
		j := strings.Index(s[pos:], "//")
		if j < 0 {
			break
		}
		j += pos
		a := j
		for a > pos && isRegexpSpace(s[a-1]) {
			a--
		}
		b.WriteString(s[last:a])
		b.WriteString(" // ")
		last = skipRegexpSpace(s, j+2)
		pos = last
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// leadNews returns what reLeadNews.FindStringSubmatchIndex(s) does,
// reading s once instead of trying the regexp's paths: one to three words
// (a letter, then letters and "'.-"), each followed by white space, then
// an opening quote right away, one to 60 characters that close no quote,
// the closing quote, maybe a full stop and white space. The words are
// all that comes before the quote, because no word character or space
// opens one.
func leadNews(s string) []int {
	i, words := 0, 0
	for {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break // a word starts with a letter: this is the quote or no match
		}
		if words++; words > 3 {
			return nil
		}
		for i += size; i < len(s); i += size {
			if c := s[i]; c < utf8.RuneSelf {
				// ASCII, as most names are: its letters are a–z and A–Z.
				if size = 1; !isASCIILetter(c) && c != '\'' && c != '.' && c != '-' {
					break
				}
			} else if r, size = utf8.DecodeRuneInString(s[i:]); !unicode.IsLetter(r) {
				break
			}
		}
		if j := skipRegexpSpace(s, i); j > i {
			i = j
		} else {
			return nil // a word must be followed by white space
		}
	}
	lead := i
	if r, size := utf8.DecodeRuneInString(s[i:]); words > 0 && (r == '«' || r == '"' || r == '“') {
		i += size
	} else {
		return nil
	}
	quoted := i
	for n := 0; n <= 60 && i < len(s); n++ {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '»' || r == '"' || r == '”' {
			if n == 0 {
				return nil
			}
			end := i + size
			if end < len(s) && s[end] == '.' {
				end++
			}
			return []int{0, skipRegexpSpace(s, end), 0, lead, quoted, i}
		}
		i += size
	}
	return nil
}

// tidyNames removes the list punctuation that stays on names: the full
// stop after a whole given name or an organisation ("Mads.", "Kazakhstan.").
func tidyNames(ns []Name) []Name {
	for i := range ns {
		n := &ns[i]
		n.Family = trimRightASCII(n.Family, ",;: ")
		n.Literal = trimRightASCII(n.Literal, ".,;: ")
		n.Given = trimRightASCII(n.Given, ",;: ")
		if l := lastWord(n.Given); l != "" && !isDottedInitials(l) {
			n.Given = strings.TrimSuffix(n.Given, ".")
		}
		if !isDottedInitials(n.Family) {
			n.Family = strings.TrimSuffix(n.Family, ".")
		}
	}
	return ns
}

// tidy removes the debris that cutting fields out leaves behind.
func tidy(s string) string {
	// ASCII white space at the ends changes no round's result (brackets
	// and marks lie inside; collapseSpaces trims it first) and most
	// strings here have some, left where a DOI or URL was cut out: trimmed
	// first, they mostly pass the isTidy check at once.
	s = trimASCIISpace(s)
	for i := 0; i < 3; i++ {
		// After a round s is collapsed (collapseSpaces makes it so, and
		// the steps after it only drop spaces before marks): the next
		// check need not scan for white space.
		if i > 0 && isTidyCollapsed(s) || i == 0 && isTidy(s) {
			break // the round would change nothing
		}
		next := removeEmptyBrackets(s)
		next = collapseSpaces(next)
		next = dropSpaceBefore(next, fieldPunct)
		next = squeezePunctRuns(next)
		if next == s {
			break // a fixed point: further rounds change nothing
		}
		s = next
	}
	return trimSpace(trimASCII(s, " ,;:"))
}

// isTidy reports whether a round of tidy leaves s as it is, in one scan
// for what its steps change: white space that is not collapsed (the other
// steps then see single spaces only), a space before a mark of fieldPunct
// (which also starts every run squeezePunctRuns squeezes) and empty
// brackets.
func isTidy(s string) bool {
	return isCollapsed(s) && isTidyCollapsed(s)
}

// isTidyCollapsed is isTidy for a string known to be collapsed.
func isTidyCollapsed(s string) bool {
	// A space before a mark is found at the mark: marks are fewer than
	// spaces, and nextInClass skips more between them.
	for i := 0; i < len(s); i++ {
		if i = nextInClass(s, i, classFieldPunct|classOpenBracket); i == len(s) {
			break
		}
		switch s[i] {
		case '.', ',', ';', ':':
			if i > 0 && s[i-1] == ' ' {
				return false
			}
		case '(', '[', '<':
			if emptyBracketsAt(s, i) {
				return false
			}
		}
	}
	return true
}

// emptyBracketsAt reports whether removeEmptyBrackets replaces the
// brackets that open at s[i].
func emptyBracketsAt(s string, i int) bool {
	closing := byte(')')
	switch s[i] {
	case '[':
		closing = ']'
	case '<':
		closing = '>'
	}
	j := skipRegexpSpace(s, i+1)
	if closing != '>' && j < len(s) && isFieldPunct(s[j]) {
		j = skipRegexpSpace(s, j+1)
	}
	return j < len(s) && s[j] == closing
}

// NormalizeDOI lower-cases the "10." prefix part, strips resolver prefixes
// and trailing punctuation, and reports whether the result is a
// syntactically valid DOI (10.NNNN/suffix).
func NormalizeDOI(s string) (string, bool) {
	s = trimURLEnd(trimDOIResolvers(trimSpace(s)))
	slash := strings.IndexByte(s, '/')
	if slash < 0 || !strings.HasPrefix(s, "10.") {
		return s, false
	}
	// The registrant prefix is case-insensitive digits; the suffix keeps its
	// case as printed (resolvers ignore it).
	prefix := s[:slash]
	for _, r := range prefix[3:] {
		if !(r >= '0' && r <= '9' || r == '.') {
			return s, false
		}
	}
	if len(prefix) < 7 || slash == len(s)-1 {
		return s, false
	}
	return s, true
}

// doiResolvers are the prefixes NormalizeDOI strips, in the order it tries
// them (each after the ones before are stripped).
var doiResolvers = [...]string{"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "doi:", "doi "}

// trimDOIResolvers strips the doiResolvers that s starts with in lower
// case (toLower), and the white space after each.
func trimDOIResolvers(s string) string {
	if s != "" && s[0] < utf8.RuneSelf && s[0]|0x20 != 'h' && s[0]|0x20 != 'd' {
		// Every resolver starts with "h" or "d", and toLower keeps an
		// ASCII byte in its place: most DOIs start "10.".
		return s
	}
	if isASCII(s) {
		// toLower changes ASCII letters only, in place: compare in place.
		for _, pre := range doiResolvers {
			if hasPrefixFold(s, pre) {
				s = trimSpace(s[len(pre):])
			}
		}
		return s
	}
	low := toLower(s)
	for _, pre := range doiResolvers {
		if strings.HasPrefix(low, pre) {
			s, low = trimSpace(s[len(pre):]), trimSpace(low[len(pre):])
		}
	}
	return s
}

// containsLowered is strings.Contains(toLower(s), word) for a lower-case
// ASCII word, comparing an ASCII s in place rather than lowering a copy.
func containsLowered(s, word string) bool {
	if !isASCII(s) {
		return strings.Contains(toLower(s), word)
	}
	// The first byte is compared before the call, as c|0x20 (which the
	// word's first byte has too, in either case).
	first := word[0] | 0x20
	for i := 0; i+len(word) <= len(s); i++ {
		if s[i]|0x20 == first && asciiEqualFold(s[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

// trimURLEnd strips punctuation that ends the sentence rather than the URL,
// keeping a closing parenthesis that closes one inside.
func trimURLEnd(s string) string {
	for s != "" {
		last := s[len(s)-1]
		switch {
		case strings.IndexByte(".,;:'\"»”’>]}", last) >= 0:
			s = s[:len(s)-1]
		case last == ')' && strings.Count(s, "(") < strings.Count(s, ")"):
			s = s[:len(s)-1]
		default:
			return s
		}
	}
	return s
}

// isURLTail reports whether s ends like a path as reURLTail matches it:
// "/", ".pdf", ".htm", ".html", ".asp", ".aspx" or "%20", maybe a full stop
// and white space, with at most 160 runes and no full stop before. Read by
// hand from the end: the regexp's lazy lead tried every place from the
// start.
func isURLTail(s string) bool {
	t := trimRightASCII(s, " \t\n\f\r")
	for _, u := range [2]string{t, strings.TrimSuffix(t, ".")} {
		for _, end := range [...]string{"/", ".pdf", ".htm", ".html", ".asp", ".aspx", "%20"} {
			if lead, ok := strings.CutSuffix(u, end); ok && strings.IndexByte(lead, '.') < 0 && utf8.RuneCountInString(lead) <= 160 {
				return true
			}
		}
	}
	return false
}

// takeIdentifiers moves DOI, URL and ISBN-like numbers out of s.
func (p *parser) takeIdentifiers(s string) string {
	if m := findDOI(s); m != nil {
		if doi, ok := NormalizeDOI(s[m[2]:m[3]]); ok {
			p.it.DOI = doi
			end := m[0] + len(s[m[0]:m[3]]) - len(s[m[2]:m[3]]) + len(doi)
			// Skip the punctuation NormalizeDOI trimmed, up to the match end.
			end = m[2] + strings.Index(s[m[2]:], doi) + len(doi)
			s = s[:m[0]] + " " + s[end:]
		}
	}
	// Every URL is cut out; the first one that is not a DOI resolver is kept.
	for {
		loc := findURL(s)
		if loc == nil {
			break
		}
		u := trimURLEnd(s[loc[0]:loc[1]])
		end := loc[0] + len(u)
		tail := s[end:]
		if doi, ok := NormalizeDOI(u); ok {
			if p.it.DOI == "" {
				p.it.DOI = doi
			}
		} else if p.it.URL == "" && !containsLowered(u, "doi.org/") {
			p.it.URL = u
		}
		// Words after a URL that end like a path belong to it: the URL was
		// broken by spaces ("/07.-migration-situation-report 2024.pdf.").
		if isURLTail(tail) && !strings.Contains(tail, "://") && trimSpace(tail) != "" && trimSpace(tail) != "." {
			tail = " "
		}
		s = s[:loc[0]] + " " + tail
	}
	if mayHoldNumberCue(s) {
		s = reISBN.ReplaceAllString(s, " ")
	}
	return s
}

// edsParen matches s as reEdsParen did ("O. AlShehabi, & A. Hanieh
// (Eds.). Pluto Press."): names is the shortest lead of 2 to 300 runes
// without a line break after which, past white space, an editor bracket
// follows; end is where the bracket, a ",", "." or ":" and the white space
// after them end. Read by hand: the regexp's lazy lead backtracked on every
// bracket.
func edsParen(s string) (names string, end int, ok bool) {
	for j := strings.IndexByte(s, '('); j >= 0; {
		if k, ok := editorParenEnd(s[j+1:]); ok {
			p := j
			for p > 0 && isRegexpSpace(s[p-1]) {
				p--
			}
			if two := runeOffset(s, 2); two < 0 || two > j {
				// Fewer than two runes before the bracket: a later one
				// may do.
			} else {
				p = max(p, two)
				if strings.IndexByte(s[:p], '\n') >= 0 || utf8.RuneCountInString(s[:p]) > 300 {
					return "", 0, false // a later bracket's lead holds this one's
				}
				end = j + 1 + k
				if end < len(s) && (s[end] == ',' || s[end] == '.' || s[end] == ':') {
					end++
				}
				return s[:p], skipRegexpSpace(s, end), true
			}
		}
		i := strings.IndexByte(s[j+1:], '(')
		if i < 0 {
			break
		}
		j += 1 + i
	}
	return "", 0, false
}

// runeOffset returns the byte offset in s after n runes (an invalid byte
// counts as one, as the regexp reads it), or -1 when s has fewer.
func runeOffset(s string, n int) int {
	i := 0
	for ; n > 0; n-- {
		if i >= len(s) {
			return -1
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return i
}

// editorParenEnd reports whether s, the text after a "(", starts as
// reEdsParen's brackets do, and where the ")" ends: an editor word, its
// "s" where it has one ("Eds", "Editors"), the pattern's one "s", maybe a
// full stop, and ")".
func editorParenEnd(s string) (int, bool) {
	for _, w := range editorParenWords {
		if !strings.HasPrefix(s, w) {
			continue
		}
		i := len(w)
		maxS := 1
		if w[1] == 'd' { // Ed, ed, Editor, editor: "[Ee]ds?", "[Ee]ditors?"
			maxS = 2
		}
		for k := 0; k < maxS && i < len(s) && s[i] == 's'; k++ {
			i++
		}
		if i < len(s) && s[i] == '.' {
			i++
		}
		if i < len(s) && s[i] == ')' {
			return i + 1, true
		}
	}
	return 0, false
}

// editorParenWords are the words of reEdsParen's brackets, each with its
// first letter in both cases ("Eds" and "Editors" are "Ed" and "Editor"
// with an "s").
var editorParenWords = []string{"Ed", "ed", "Hrsg", "hrsg", "Hg", "hg", "Red", "red", "ред", "Coord", "coord", "Editor", "editor"}

// mayEndEdition reports whether s ends as reEdition's matches do: with
// "ed", "edn", "dition", "izd", "aufl" or "auflage" in any ASCII case,
// maybe with a full stop, or with "д" ("изд", in any case as (?i) folds
// it) or "d" after a letter outside ASCII ("éd").
func mayEndEdition(s string) bool {
	s = strings.TrimSuffix(s, ".")
	if s == "" {
		return false
	}
	last := s[len(s)-1]
	if last >= utf8.RuneSelf {
		r, _ := utf8.DecodeLastRuneInString(s)
		return r == 'д' || r == 'Д' || r == '\u1c81' // ᲁ, which folds to д
	}
	if (last == 'd' || last == 'D') && len(s) > 1 && s[len(s)-2] >= utf8.RuneSelf {
		return true
	}
	for _, w := range []string{"ed", "edn", "dition", "izd", "aufl", "auflage"} {
		if len(s) >= len(w) && asciiEqualFold(s[len(s)-len(w):], w) {
			return true
		}
	}
	return false
}

// hasPrefixFold reports whether s starts with the lower-case ASCII word
// up to ASCII case, for words whose letters fold to nothing outside ASCII.
func hasPrefixFold(s, word string) bool {
	return len(s) >= len(word) && asciiEqualFold(s[:len(word)], word)
}

// findDOI returns the submatch indexes of the first match of reDOIAt's
// pattern in s, unanchored, or nil. A match starts with "http" (the
// resolver), or with "doi" or "10." at a word boundary; every DOI holds
// "10.". Reading the pattern by hand where a match can start (doiAt) costs
// far less than running the regexp engine over all of s.
func findDOI(s string) []int {
	p := strings.Index(s, "10.")
	if p < 0 {
		return nil
	}
	for i := doiScanStart(s, p); i < len(s); i++ {
		var m []int
		switch s[i] {
		case 'h', 'H':
			m = doiAt(s, i)
		case 'd', 'D', '1':
			if i == 0 || !isASCIIWordByte(s[i-1]) { // \b
				m = doiAt(s, i)
			}
		}
		if m != nil {
			return m
		}
	}
	return nil
}

// doiScanStart returns where findDOI's scan may start, p being the first
// "10." in s: no match starts before it. A match's DOI starts at a "10.",
// at or after p, and what stands before the DOI in the match is a
// resolver of at most 20 bytes ("https://dx.doi.org/", maybe with a long
// s), "doi.org/", or "doi" and ":" or white space; a longer one is "doi",
// maybe ":", and a run of white space that must end at p (p would stand
// inside it otherwise), which starts at w.
func doiScanStart(s string, p int) int {
	w := p
	for w > 0 && isRegexpSpace(s[w-1]) {
		w--
	}
	return max(0, min(p-20, w-4))
}

// doiAt is reDOIAt matched at s[i:]: the submatch indexes of the match
// (offset by i), or nil. The resolver prefix, "doi:" and "doi.org/" are
// each tried as the regexp's alternation tries them; none can match where
// another does but for "doi" (whose "doi.org/" the second form cannot take
// before "10."), and the DOI itself has one length only: its digits up to
// "/", then the run of bytes up to white space, a quote or an angle bracket.
func doiAt(s string, i int) []int {
	j := -1 // where "10." must stand
	switch {
	case hasPrefixFold(s[i:], "http"):
		k := i + 4
		if k < len(s) && (s[k] == 's' || s[k] == 'S') {
			k++
		} else if strings.HasPrefix(s[k:], "\u017f") { // (?i) folds the long s to s
			k += 2
		}
		if !strings.HasPrefix(s[k:], "://") {
			return nil
		}
		k += 3
		if hasPrefixFold(s[k:], "dx.") {
			k += 3
		}
		if !hasPrefixFold(s[k:], "doi.org/") {
			return nil
		}
		j = k + len("doi.org/")
	case hasPrefixFold(s[i:], "doi"):
		k := i + 3
		if k < len(s) && s[k] == ':' {
			k++
		}
		k = skipRegexpSpace(s, k)
		if k > i+3 && doiBodyEnd(s, k) > 0 { // \b after ':' or white space
			j = k
		} else if hasPrefixFold(s[i+3:], ".org/") {
			j = i + len("doi.org/")
		} else {
			return nil
		}
	default:
		j = i
	}
	end := doiBodyEnd(s, j)
	if end < 0 {
		return nil
	}
	return []int{i, end, j, end}
}

// doiBodyEnd reads 10\.\d{4,9}/[^\s"<>]+ at s[j:] and returns its end, or -1.
func doiBodyEnd(s string, j int) int {
	if !strings.HasPrefix(s[j:], "10.") {
		return -1
	}
	k := skipASCIIDigits(s, j+3)
	if n := k - (j + 3); n < 4 || n > 9 || k >= len(s) || s[k] != '/' {
		return -1
	}
	e := urlRunEnd(s, k+1)
	if e == k+1 {
		return -1
	}
	return e
}

// urlRunEnd returns the end of the run of bytes from i on that are not
// white space (\s), a double quote or an angle bracket: [^\s"<>]* (every
// byte outside ASCII belongs to a character of the class).
func urlRunEnd(s string, i int) int {
	for i < len(s) {
		switch s[i] {
		case ' ', '\t', '\n', '\f', '\r', '"', '<', '>':
			return i
		}
		i++
	}
	return i
}

// isASCIIWordByte reports whether c is a word character of the regexp
// class \w ([0-9A-Za-z_]), which \b looks at.
func isASCIIWordByte(c byte) bool {
	return '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == '_'
}

// findURL returns the byte range of the first match of reURLAt's pattern
// in s, unanchored, or nil. A match starts at a word boundary with "http",
// "ftp", "www.", "mailto:file:" or "file:///" (in any case), so it is read
// (urlAt) only at such words, and not at all when s holds none of "://",
// "www." and "mailto:file:".
func findURL(s string) []int {
	if !strings.Contains(s, "://") && !hasURLWord(s) {
		return nil
	}
	for i := 0; i < len(s); i++ {
		// The first-byte table first: most bytes start no form.
		if urlStarts.first[s[i]] != 0 && (i == 0 || !isASCIIWordByte(s[i-1])) && urlStarts.startsAt(s, i) { // \b
			if end := urlAt(s, i); end >= 0 {
				return []int{i, end}
			}
		}
	}
	return nil
}

// urlAt is reURLAt matched at s[i:]: the end of the match, or -1. At most
// one of the scheme forms fits at i, and every form is made of bytes of
// the class after it, so a match runs to the end of that class's run and
// needs one byte of it after the form.
func urlAt(s string, i int) int {
	k := -1 // the end of the form
	switch {
	case hasPrefixFold(s[i:], "http"):
		j := i + 4
		if j < len(s) && (s[j] == 's' || s[j] == 'S') {
			j++
		} else if strings.HasPrefix(s[j:], "\u017f") { // (?i) folds the long s to s
			j += 2
		}
		if strings.HasPrefix(s[j:], "://") {
			k = j + 3
		}
	case hasPrefixFold(s[i:], "ftp://"):
		k = i + len("ftp://")
	case hasPrefixFold(s[i:], "www."):
		k = i + len("www.")
	case hasPrefixFold(s[i:], "mailto:file:"):
		k = i + len("mailto:file:")
	case hasPrefixFold(s[i:], "file:///"):
		k = i + len("file:///")
	}
	if k < 0 {
		return -1
	}
	if end := urlRunEnd(s, k); end > k {
		return end
	}
	return -1
}

// urlStarts are the starts of reURLAt's matches, up to what (?i) folds
// only to ASCII ("https" may have a long s).
var urlStarts = newFoldWords("http", "ftp://", "www.", "mailto:file:", "file:///")

// hasURLWord reports whether s holds a start of a URL without "://":
// "www." or "mailto:file:" in any ASCII case (neither has a letter that
// folds outside ASCII). They are looked for where their "." and second
// ":" stand, found by IndexByte, rather than at every byte.
func hasURLWord(s string) bool {
	for off := 0; ; {
		i := strings.IndexByte(s[off:], '.')
		if i < 0 {
			break
		}
		i += off
		if i >= 3 && hasPrefixFold(s[i-3:], "www") {
			return true
		}
		off = i + 1
	}
	const mailto = "mailto:file:"
	for off := 0; ; {
		i := strings.IndexByte(s[off:], ':')
		if i < 0 {
			return false
		}
		i += off
		if i >= len(mailto)-1 && hasPrefixFold(s[i+1-len(mailto):], mailto) {
			return true
		}
		off = i + 1
	}
}

// mayHoldNumberCue reports whether s has one of the words that start the
// matches of reISBN.
func mayHoldNumberCue(s string) bool { return numberCues.containsAny(s) }

var numberCues = newFoldWords("isbn", "issn", "pmid", "pmcid", "arxiv")

// takeAccessed finds "Accessed August 1, 2025", "(data obrashcheniya:
// 28.08.2022)" and the like, sets the access date and cuts the phrase.
// low is s lower-cased, seen holds its byte pairs.
func (p *parser) takeAccessed(s string, low []byte, seen *bigramSet) string {
	cues := p.lx.cueSets[cueAccessed]
	for k, cue := range cues.phrases {
		if !cues.mayHold(seen, k) {
			continue
		}
		i := indexWord(low, cue)
		if i < 0 {
			continue
		}
		after := i + len(cue)
		rest := s[after:]
		trimmed := trimLeftASCII(rest, " :")
		skip := len(rest) - len(trimmed)
		ms := findDates(p.lx, trimmed)
		if len(ms) == 0 || ms[0].start > 12 {
			continue
		}
		m := ms[0]
		p.it.Accessed = m.date.newDate()
		end := after + skip + m.end
		start := i
		// Take the brackets around "(accessed ...)" too.
		if j := strings.LastIndexAny(s[:start], "([<"); j >= 0 && trimSpace(s[j+1:start]) == "" {
			start = j
			if k := strings.IndexAny(s[end:], ")]>"); k >= 0 && trimSpace(s[end:end+k]) == "" {
				end += k + 1
			}
		}
		return s[:start] + " " + s[end:]
	}
	return s
}

// indexWord returns the index of phrase in s at word boundaries, or -1.
func indexWord(s []byte, phrase string) int {
	for off := 0; off < len(s); {
		i := indexBytes(s[off:], phrase)
		if i < 0 {
			return -1
		}
		i += off
		if boundaryBefore(s, i, phrase) && boundaryAfter(s, i+len(phrase), phrase) {
			return i
		}
		off = i + 1
	}
	return -1
}

// indexBytes is strings.Index(string(s), phrase): the phrase's first byte
// is searched for, and the bytes there compared with it, the second byte
// first (a common first byte is mostly followed by another).
func indexBytes(s []byte, phrase string) int {
	if phrase == "" {
		return 0
	}
	for off := 0; len(s)-off >= len(phrase); {
		i := bytes.IndexByte(s[off:len(s)-len(phrase)+1], phrase[0])
		if i < 0 {
			return -1
		}
		i += off
		if (len(phrase) == 1 || s[i+1] == phrase[1]) && string(s[i:i+len(phrase)]) == phrase {
			return i
		}
		off = i + 1
	}
	return -1
}

// dropPhrases removes "Elektronnyy resurs", "[Online]", "Available at:" and
// the like. Phrases that could be words of a title are only dropped when
// they stand in brackets, before a colon or at the end.
// low is s lower-cased, seen holds its byte pairs (and maybe more).
func (p *parser) dropPhrases(s string, low []byte, seen *bigramSet) string {
	// low is made again only when a phrase is cut from s.
	cues := p.lx.cueSets[cueDrop]
	for k, ph := range cues.phrases {
		for cues.mayHold(seen, k) {
			i := indexWord(low, ph)
			if i < 0 {
				break
			}
			j := i + len(ph)
			before := trimSpace(s[:i])
			after := trimSpace(s[j:])
			// "Available from: URL" is a label; "will be available from
			// July 2023" in a title is not.
			always := strings.Contains(ph, "resurs") || strings.Contains(ph, "ресурс") || strings.Contains(ph, "resource") || strings.Contains(ph, "режим") ||
				(strings.Contains(ph, "available") || strings.Contains(ph, "retrieved")) && startsLocator(after)
			bracketed := (strings.HasSuffix(before, "[") || strings.HasSuffix(before, "(")) && (strings.HasPrefix(after, "]") || strings.HasPrefix(after, ")"))
			colon := strings.HasPrefix(after, ":")
			atEnd := trimASCII(after, " .,;:") == ""
			if !(always || bracketed || colon || atEnd) {
				break
			}
			if bracketed {
				i = strings.LastIndexAny(s[:i], "[(")
				j += strings.IndexAny(s[j:], "])") + 1
			}
			if colon {
				j += strings.Index(s[j:], ":") + 1
			}
			s = s[:i] + " " + s[j:]
			low = appendLower(low[:0], s) // (the old low is read no more)
			seen.addAll(low)              // the pairs around the cut are new
		}
	}
	return s
}

// startsLocator reports a URL, DOI or its label at the start of s.
func startsLocator(s string) bool {
	low := toLower(trimLeftASCII(s, " :"))
	for _, pre := range []string{"http", "www.", "doi", "url", "ftp", "file:", "<"} {
		if strings.HasPrefix(low, pre) {
			return true
		}
	}
	return false
}

func (p *parser) setDate(d dateVal, suffix string) {
	p.it.Issued = d.newDate()
	p.it.YearSuffix = suffix
}

// takeAuthors reads the author block and returns what follows it.
func (p *parser) takeAuthors(s string) string {
	if first, _ := utf8.DecodeRuneInString(s); s == "" || strings.ContainsRune("\"“«„‘'", first) {
		return s
	}
	// "Informatsionnoye agentstvo «365info.kz» ...", "Radio «Azattyk» ...".
	if m := leadNews(s); m != nil {
		lead := toLower(trimSpace(s[m[2]:m[3]]))
		if p.lx.hasAny(lead, cueNews, cueOrganisation) && !strings.HasSuffix(lead, ".") {
			p.it.Author = []Name{{Literal: trimSpace(trimRightASCII(s[:m[1]], " ."))}}
			return s[m[1]:]
		}
	}
	// APA: the block ends at "(2020)" / "(2024, May 8)" / "(n.d.)".
	for off := 0; off < len(s) && off < 600; {
		i := strings.IndexByte(s[off:], '(')
		if i < 0 {
			break
		}
		i += off
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			break
		}
		j += i
		if d, suf, ok := p.date(s[i+1 : j]); ok && i > 0 {
			if openQuotes.index(s[:i]) >= 0 {
				break // a quoted title comes before the date
			}
			if p.setAuthorBlock(s[:i]) {
				p.setDate(d, suf)
				p.parenDate = true
				return trimLeftASCII(s[j+1:], " .,:")
			}
			break
		}
		off = j + 1
	}
	// Harvard: "Arriaga, Rose I.; ... & Pethick, Stephen J. 1998. Title".
	if m := harvardYear(s); m != nil {
		if d, suf, ok := p.date(s[m[2]:m[3]]); ok && p.setAuthorBlock(s[:m[0]]) {
			p.setDate(d, suf)
			return trimLeftASCII(s[m[1]:], " .,:")
		}
	}
	// A quoted title ends the block: `Abdullaeva, Madina. "Title."`.
	if q := openQuotes.index(s); q > 0 && strings.ContainsAny(lastRune(trimSpace(s[:q])), ".,:") {
		if p.setAuthorBlock(s[:q]) {
			return s[q:]
		}
	}
	nl := p.lx.parseNames(s, false)
	if names, end := nl.names, nl.end; len(names) > 0 && end > 0 && end < len(s) {
		block := trimSpace(s[:end])
		// The cheap test first: names with initials are no organisation.
		if !hasInitials(names) {
			if org := p.orgBlock(trimRightASCII(block, " .,:")); org != "" {
				p.it.Author = []Name{{Literal: org}}
				return trimLeftASCII(s[end:], " .,:")
			}
		}
		p.setNameList(nl, block)
		return trimLeftASCII(s[end:], " .,:")
	}
	// An organisation as author: "World Bank. Title ...".
	if i := sentenceEnd(s, 0); i > 0 && i < len(s)-1 {
		if org := p.orgBlock(s[:i]); org != "" {
			p.it.Author = []Name{{Literal: org}}
			return trimLeftASCII(s[i:], " .,:")
		}
	}
	return s
}

// harvardYear returns what reHarvardYear.FindStringSubmatchIndex(s) does
// (a year or "n.d." after white space, closed by punctuation and a space;
// the regexp is in specregexps_test.go), read by hand: each match starts
// at a comma, full stop or white space, and from there one way only can
// match.
func harvardYear(s string) []int {
	for i := 0; i < len(s); i++ {
		j := i
		if c := s[i]; c == '.' || c == ',' {
			j++
		} else if !isRegexpSpace(c) {
			continue
		}
		k := skipRegexpSpace(s, j)
		if k == j {
			continue
		}
		if e := harvardYearEnd(s, k); e > 0 && e+1 < len(s) && (s[e] == '.' || s[e] == ',' || s[e] == ':') && isRegexpSpace(s[e+1]) {
			return []int{i, e + 2, k, e}
		}
		i = k - 1 // a match from the spaces before k would fail the same way
	}
	return nil
}

// harvardYearEnd returns the end of the year ((?:1[5-9]|20)\d\d[a-h]?)
// or "n.d." (n\.\s?d\.) at s[k:], or 0 when there is none. (The letter
// after a year is taken when there is one: what follows the year must be
// punctuation, which a letter is not.)
func harvardYearEnd(s string, k int) int {
	if k+4 <= len(s) && isYearAt(s, k) {
		if e := k + 4; e < len(s) && 'a' <= s[e] && s[e] <= 'h' {
			return e + 1
		}
		return k + 4
	}
	if !strings.HasPrefix(s[k:], "n.") {
		return 0
	}
	e := k + 2
	if e < len(s) && isRegexpSpace(s[e]) {
		e++
	}
	if !strings.HasPrefix(s[e:], "d.") {
		return 0
	}
	return e + 2
}

// setAuthorBlock parses s as the whole author block; it reports false when
// s is not a list of names nor an organisation.
func (p *parser) setAuthorBlock(s string) bool {
	block := trimSpace(trimRightASCII(trimSpace(s), ".,:;"))
	if block == "" || len(block) > 700 {
		return false
	}
	// block + ".", made once for both; mostly a full stop follows block
	// in s (it was trimmed off), and s holds the string already.
	var dotted string
	if start := len(s) - len(strings.TrimLeftFunc(s, nlp.IsSpace)); start+len(block) < len(s) && s[start+len(block)] == '.' {
		dotted = s[start : start+len(block)+1] // block starts where s's white space ends
	} else {
		dotted = block + "."
	}
	nl := p.lx.parseNames(dotted, true)
	names, end := nl.names, nl.end
	covered := len(names) > 0 && strings.TrimFunc(safeSlice(dotted, end), func(r rune) bool { return !unicode.IsLetter(r) }) == ""
	if covered {
		// The cheap tests first: one name, or names with initials, are no
		// organisation.
		if len(names) > 1 && !hasInitials(names) {
			if org := p.orgBlock(block); org != "" {
				p.it.Author = []Name{{Literal: org}}
				return true
			}
		}
		p.setNameList(nl, block)
		return true
	}
	if org := p.orgBlock(block); org != "" {
		p.it.Author = []Name{{Literal: org}}
		return true
	}
	return false
}

// setNameList stores the names that open the reference: authors, or
// editors when a role word closed the list ("Cheah, Pheng, and Bruce
// Robbins, eds.").
func (p *parser) setNameList(nl nameList, block string) {
	if nl.role == "editor" {
		p.it.Editor = nl.names
		return
	}
	p.it.Author = nl.names
	p.etal = nl.etal
	p.literalSingle(block)
}

// lastRune returns the last character of s, or "".
func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

func safeSlice(s string, i int) string {
	if i >= len(s) {
		return ""
	}
	return s[i:]
}

// literalSingle turns a lone name without given names ("Asia-Plus",
// "Kabar", "World Bank") into a literal organisation name.
func (p *parser) literalSingle(block string) {
	a := p.it.Author
	if len(a) == 1 && a[0].Given == "" && a[0].Family != "" {
		p.it.Author = []Name{{Literal: a[0].Family}}
		return
	}
	if len(a) == 1 && a[0].Literal == "" && p.lx.hasAny(lowerJoined(a[0].Given, a[0].Family), cueOrganisation, cueNews) && !isDottedInitials(strings.Fields(a[0].Given + " x")[0]) {
		p.it.Author = []Name{{Literal: trimSpace(a[0].Given + " " + a[0].Family)}}
		return
	}
	allBare := len(a) > 1
	for _, n := range a {
		if n.Given != "" || n.Literal != "" {
			allBare = false
		}
	}
	if allBare {
		// "Migrants & Refugees": several bare words are one name.
		p.it.Author = []Name{{Literal: trimRightASCII(block, " .,:")}}
	}
}

// lowerJoined is toLower(a + " " + b) (a space parts the runes of both as
// they are parted apart). Its callers only compare it.
func lowerJoined(a, b string) string {
	var arr [64]byte
	buf := appendLower(arr[:0], a)
	buf = append(buf, ' ')
	return string(appendLower(buf, b))
}

func hasInitials(names []Name) bool {
	for _, n := range names {
		for a, b := nextWord(n.Given, 0); a < len(n.Given); a, b = nextWord(n.Given, b) {
			if w := n.Given[a:b]; isDottedInitials(w) || isCapsInitials(w) {
				return true
			}
		}
	}
	return false
}

var orgConnectors = map[string]bool{
	"of": true, "for": true, "the": true, "and": true, "on": true, "in": true, "under": true, "at": true,
	"de": true, "du": true, "des": true, "la": true, "le": true, "et": true, "&": true, "–": true, "-": true, "—": true,
	"и": true, "по": true, "при": true, "в": true, "для": true, "және": true, "za": true, "in-": true, "to": true,
}

// orgBlock returns s as an organisation name when it looks like one: a few
// capitalised words with connectors, holding an organisation or news word,
// or a domain name ("24.kg", "Gazeta.uz").
func (p *parser) orgBlock(s string) string {
	s = trimSpace(trimRightASCII(s, " .,:;"))
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 18 {
		return ""
	}
	// A name is one sentence without quotes: "Human Rights Watch.
	// "Title."" is a name and a title.
	if nameQuotes.index(s) >= 0 || sentenceEnd(s, 0) > 0 {
		return ""
	}
	if !isUpperStart(words[0]) && !unicode.IsDigit([]rune(words[0])[0]) {
		return ""
	}
	lower := 0
	var arr [32]byte // for the connector lookups
	for _, w := range words {
		w = trimOrgPunct(w)
		if w == "" || orgConnectors[string(lowerWord(arr[:0], w))] {
			continue
		}
		if isLowerStart(w) && !p.lx.has(cueOrganisation, toLower(w)) {
			lower++
		}
		if hasASCIIDigit(w) && !strings.Contains(w, ".") {
			return ""
		}
	}
	if lower > 1 {
		return ""
	}
	low := toLower(s)
	if p.lx.hasAny(low, cueOrganisation, cueNews) {
		return s
	}
	if len(words) == 1 && strings.Contains(words[0], ".") && !strings.HasSuffix(words[0], ".") && len(words[0]) > 3 {
		return s
	}
	return ""
}

// trimOrgPunct is strings.Trim(w, "()«»\"“”,.") by bytes: Trim decodes
// rune by rune when its cutset has runes outside ASCII.
func trimOrgPunct(w string) string {
	for w != "" {
		if orgPunct[w[0]] {
			w = w[1:]
		} else if q := orgQuotePrefix(w); q > 0 {
			w = w[q:]
		} else {
			break
		}
	}
	for w != "" {
		if orgPunct[w[len(w)-1]] {
			w = w[:len(w)-1]
		} else if q := orgQuoteSuffix(w); q > 0 {
			w = w[:len(w)-q]
		} else {
			break
		}
	}
	return w
}

// orgPunct are the ASCII bytes trimOrgPunct trims.
var orgPunct = bytesOf("()\",.")

// orgQuotePrefix and orgQuoteSuffix return the length of the quote outside
// ASCII that trimOrgPunct trims («»“”) at the start or end of w, or 0.
func orgQuotePrefix(w string) int {
	if strings.HasPrefix(w, "«") || strings.HasPrefix(w, "»") {
		return len("«")
	}
	if strings.HasPrefix(w, "“") || strings.HasPrefix(w, "”") {
		return len("“")
	}
	return 0
}

func orgQuoteSuffix(w string) int {
	if strings.HasSuffix(w, "«") || strings.HasSuffix(w, "»") {
		return len("«")
	}
	if strings.HasSuffix(w, "“") || strings.HasSuffix(w, "”") {
		return len("“")
	}
	return 0
}

// sentenceEnd returns the index just after the first full stop at or after
// from that ends a sentence (not an initial or abbreviation), or -1.
func sentenceEnd(s string, from int) int {
	for i := from; i < len(s); i++ {
		if i = nextInClass(s, i, classSentenceMark); i == len(s) {
			break
		}
		c := s[i]
		if i+1 < len(s) && s[i+1] != ' ' {
			continue
		}
		if c == '.' && isAbbrevBefore(s, i) {
			continue
		}
		return i + 1
	}
	return -1
}

// isAbbrevBefore reports whether the full stop at s[i] closes an
// abbreviation or an initial rather than a sentence.
func isAbbrevBefore(s string, i int) bool {
	j := i
	for j > 0 && s[j-1] != ' ' && s[j-1] != '(' {
		j--
	}
	w := s[j:i]
	if w == "" {
		return false
	}
	// A single capital letter is an initial ("George W. Bush"). (A capital
	// is a valid rune, which reads the same from either end.)
	if r, n := utf8.DecodeLastRuneInString(w); unicode.IsUpper(r) {
		if n == len(w) {
			return true
		}
		if w[len(w)-n-1] == '.' {
			return true // "U.S", "A.B"
		}
	}
	var arr [32]byte
	return abbrevs[string(lowerWord(arr[:0], w))]
}

// titleEnd returns where a title that is not in quotes ends: at the first
// full stop that ends a sentence. A question or exclamation mark ends it
// only when what follows does not read as the rest of the title: a
// sentence going on in lower case ("Eastern Partnership vs Eurasian Union?
// The EU–Russia competition in the shared neighbourhood ..."), or a
// subtitle after which other fields still come ("What Does the Future
// Hold? Exploring Various Views on the End Times. Grand Rapids: Baker").
func titleEnd(s string) int {
	from := 0
	for {
		i := sentenceEnd(s, from)
		if i < 0 || s[i-1] == '.' {
			return i
		}
		next := sentenceEnd(s, i)
		if next < 0 {
			return i
		}
		seg := trimSpace(s[i:next])
		lower := 0
		for _, w := range strings.Fields(seg) {
			if isLowerStart(w) {
				lower++
			}
		}
		if lower >= 3 && !hasASCIIDigit(seg) || isSubtitle(seg, s[next:]) {
			from = i
			continue
		}
		return i
	}
}

// isSubtitle reports whether seg, the sentence after a title's question
// mark, is a subtitle: capitalised, with no digits, colon or bracket, not
// opening a container ("In ..."), and followed by more than numbers.
func isSubtitle(seg, after string) bool {
	if seg == "" || !isUpperStart(seg) || strings.ContainsAny(seg, "0123456789:()[]") {
		return false
	}
	if w := strings.Fields(seg); len(w) > 0 && (w[0] == "In" || w[0] == "In:" || w[0] == "Paper" || w[0] == "Proceedings") {
		return false
	}
	if i := strings.Index(after, "http"); i >= 0 {
		after = after[:i] // a URL's words are no title's
	}
	words := 0
	for _, w := range strings.FieldsFunc(after, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if utf8.RuneCountInString(w) >= 3 && !abbrevs[toLower(w)] && !reVolumeWord.MatchString(w) {
			words++
		}
	}
	return words > 0
}

var reVolumeWord = regexp.MustCompile(`(?i)^(?:vol|volume|pages|issue|nos?)$`)

// takeLeadingDate reads a date that stands right after the authors.
func (p *parser) takeLeadingDate(s string) string {
	if p.it.Issued != nil {
		return s
	}
	s = trimLeftASCII(s, " .,:")
	if strings.HasPrefix(s, "(") {
		if j := strings.IndexByte(s, ')'); j > 0 {
			if d, suf, ok := p.date(s[1:j]); ok {
				p.setDate(d, suf)
				p.parenDate = true
				return trimLeftASCII(s[j+1:], " .,:")
			}
		}
	}
	if m := reLeadYear.FindStringSubmatchIndex(s); m != nil {
		if d, suf, ok := p.date(s[m[2]:m[3]]); ok {
			p.setDate(d, suf)
			end := m[1]
			if r, _ := utf8.DecodeLastRuneInString(s[:end]); unicode.IsLetter(r) || strings.ContainsRune("\"“«„'‘", r) {
				_, n := utf8.DecodeLastRuneInString(s[:end])
				end -= n // the title's first letter
			}
			return trimLeftASCII(s[end:], " .,:")
		}
	}
	return s
}

// reLeadYear is a date right after the authors: "2011.", "1973 Title",
// "1984–1985.", "2001[1953].", "n.d.". The first year is the date.
var reLeadYear = regexp.MustCompile(`^((?:1[5-9]|20)\d\d[a-h]?|n\.\s?d\.?)(?:\s?[-–/]\s?(?:1[5-9]|20)?\d\d|\s?\[(?:1[5-9]|20)\d\d\])?(?:[.,:]\s|[.]?$|\s+[\p{Lu}"“«„'‘])`)

var quotePairs = map[rune]string{'"': `"`, '“': "”\"", '«': "»", '„': "“”\"", '‘': "’'", '\'': "'’", '‚': "‘’"}

// quotationOpensTitle reports a quotation that begins a title rather than
// being it: in APA, where titles are not quoted (`“Many were brought in by
// fraud.” Will Kyrgyzstan be able ...?`), and a «quotation». that a
// sentence continues (`«Kazhetsya, ... zakonchitsya». V Kazakhstan ...`).
func (p *parser) quotationOpensTitle(s, rest string) bool {
	rest = trimSpace(rest)
	if rest == "" || !isUpperStart(rest) || startsLocator(rest) {
		return false
	}
	quoted := trimSpace(s[:len(s)-len(rest)])
	last, _ := utf8.DecodeLastRuneInString(trimRightASCII(quoted, " .,;:"))
	inner := trimRightASCII(quoted, " .,;:")
	inner = strings.TrimSuffix(inner, string(last))
	sentence := strings.HasSuffix(inner, ".") || strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!")
	// The words after the quotation must read as the rest of a title: no
	// volume or page numbers, no "In" of a chapter's book.
	seg := rest
	if i := sentenceEnd(rest, 0); i > 0 {
		seg = rest[:i]
	}
	if hasASCIIDigit(seg) || strings.HasPrefix(seg, "In ") || strings.HasPrefix(seg, "In:") || hasNameRole(seg) {
		return false
	}
	switch {
	case p.parenDate && sentence:
		return true
	case last == '»' && strings.HasSuffix(quoted, "»."):
		return true
	}
	return false
}

// nameRoleWords are reNameRole's role words.
var nameRoleWords = []string{"eds", "ed", "hrsg", "hg", "trans", "red", "ред", "пер"}

// hasNameRole is reNameRole.MatchString(s): after each comma and white
// space, or "(" after white space, a role word as (?i) matches it and a
// full stop.
func hasNameRole(s string) bool {
	for i := 0; i < len(s); i++ {
		j := -1
		switch s[i] {
		case ',':
			j = skipRegexpSpace(s, i+1)
		case '(':
			if i > 0 && isRegexpSpace(s[i-1]) {
				j = i + 1
			}
		}
		if j < 0 {
			continue
		}
		for _, w := range nameRoleWords {
			if n := prefixFold(s[j:], w); n >= 0 && j+n < len(s) && s[j+n] == '.' {
				return true
			}
		}
	}
	return false
}

// takeTitle reads the title and returns what follows it.
func (p *parser) takeTitle(s string) string {
	s = trimLeftASCII(s, " .,:;")
	if s == "" {
		return s
	}
	skip := 0 // the title's own sentence ends are searched after this
	if t, rest, ok := quotedTitle(s); ok {
		if !p.quotationOpensTitle(s, rest) {
			p.it.Title = t
			return rest
		}
		skip = len(s) - len(rest)
	}
	end := len(s)
	by := ""
	double, single := indexSlashSeps(s)
	if i := double; i > 0 {
		end, by = i, "//"
	}
	if i := single; i > 0 && i < end {
		end, by = i, "/"
	}
	if i := titleEnd(s[skip:]); i > 0 && skip+i < end {
		end, by = skip+i, "."
	}
	if i := indexDotDash(s); i > 0 && i < end {
		end, by = i+1, "."
	}
	if p.noTitle(s) {
		return s
	}
	// GOST: the title runs on to the place of publication ("Уравнения
	// аэрогравиметрии. Алгоритмы и результаты испытаний. М.: Изд-во ...").
	if by == "." && (p.lang == "ru" || p.lang == "kk") {
		if k := p.gostPlaceAt(s[end:]); k > 0 {
			end += k
		}
	}
	// "Title (2nd ed.). Publisher", "Title (London: Routledge, 1992)".
	if i := p.fieldParenIn(s[:end]); i > 0 {
		end, by = i, ""
	}
	// "Title, trans. William Grossman.", "Title, edited by X."
	if i := p.roleAfterComma(s[:end]); i > 0 {
		end, by = i, ""
	}
	// GOST: "Title: дис. ... канд. экон. наук".
	if i := p.genreAfterColon(s[:end]); i > 0 {
		end, by = i, ""
	}
	title := s[:end]
	rest := s[end:]
	switch by {
	case "/":
		// The statement of responsibility: "/ И.И. Иванов; под ред. А.А.
		// Сидорова. – Алматы ..." gives editors and translators.
		rest = p.takeResponsibility(strings.TrimPrefix(trimSpace(rest), "/"))
	case "//":
		p.inContainer = true
	}
	if t, r := p.splitCommaTitle(title); r != "" {
		title, rest = t, r+" "+rest
	}
	p.it.Title = trimPunct(title)
	if strings.HasSuffix(trimSpace(title), "?") || strings.HasSuffix(trimSpace(title), "!") {
		p.it.Title = trimSpace(trimRightASCII(trimSpace(title), ". "))
	}
	return trimLeftASCII(strings.TrimPrefix(trimSpace(rest), "//"), " .,:;/")
}

// indexSlashSeps returns strings.Index(s, " // ") and strings.Index(s,
// " / ") from one search for the slashes, which are far rarer than the
// spaces the searches for those strings stop at.
func indexSlashSeps(s string) (double, single int) {
	double, single = -1, -1
	for off := 0; off < len(s); {
		j := strings.IndexByte(s[off:], '/')
		if j < 0 {
			break
		}
		j += off
		off = j + 1
		if j == 0 || s[j-1] != ' ' || j+1 >= len(s) {
			continue
		}
		if s[j+1] == ' ' && single < 0 {
			single = j - 1
		} else if s[j+1] == '/' && j+2 < len(s) && s[j+2] == ' ' && double < 0 {
			double = j - 1
		}
		if single >= 0 && double >= 0 {
			break
		}
	}
	return double, single
}

// indexDotDash is strings.Index(s, ". – "), found from the en dash's
// first byte, which few bytes of a reference share (the full stops and
// spaces the search would stop at are many).
func indexDotDash(s string) int {
	const dash = "–" // "\xe2\x80\x93"
	for off := 0; off < len(s); {
		j := strings.IndexByte(s[off:], dash[0])
		if j < 0 {
			return -1
		}
		j += off
		off = j + 1
		if j >= 2 && s[j-2] == '.' && s[j-1] == ' ' && strings.HasPrefix(s[j:], dash+" ") {
			return j - 2
		}
	}
	return -1
}

// reGOSTPlace is a place before a colon at the start of a GOST field:
// "М.: ", "Алматы: ", "СПб. : ".
var reGOSTPlace = regexp.MustCompile(`(?:^|[.–]\s+)(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)\s?:\s`)

// gostPlaceAt returns where the place of publication starts in s, the
// text after a GOST title's first sentence, when only title words stand
// before it; else -1.
func (p *parser) gostPlaceAt(s string) int {
	m := reGOSTPlace.FindStringSubmatchIndex(s)
	if m == nil || !p.lx.isPlace(s[m[2]:m[3]]) {
		return -1
	}
	before := s[:m[2]]
	if strings.ContainsAny(before, "0123456789/") || trimSpace(strings.Trim(before, " .–")) == "" {
		return -1
	}
	if p.lx.EditorIntro.MatchString(trimSpace(strings.Trim(before, " .–"))) || reEdition.MatchString(trimPunct(before)) {
		return -1
	}
	return m[2]
}

// genreAfterColon returns where a genre after a colon starts in a title
// ("Миграция: дис. ... канд. экон. наук", "Title: PhD thesis"), or -1.
func (p *parser) genreAfterColon(t string) int {
	for off := 0; ; {
		i := strings.Index(t[off:], ":")
		if i < 0 {
			return -1
		}
		i += off
		// Lowered only when a genre phrase can start it (mayStartCue).
		if after := trimSpace(t[i+1:]); p.lx.mayStartCue(cueGenre, after) {
			after = toLower(after)
			if g := p.lx.startsWith(cueGenre, after); g != "" && p.lx.has(cueThesis, after) && countWords(after) <= 12 {
				return i
			}
		}
		off = i + 1
	}
}

// takeResponsibility reads a GOST statement of responsibility, the part
// after " / " up to the next field ("И.И. Иванов, П.П. Петров; под ред.
// А.А. Сидорова"), and returns what follows it. The authors repeated there
// are dropped; editors and translators are kept.
func (p *parser) takeResponsibility(s string) string {
	end := len(s)
	for _, sep := range []string{". – ", " – ", " // "} {
		if i := strings.Index(s, sep); i >= 0 && i < end {
			end = i
		}
	}
	for _, part := range strings.Split(s[:end], ";") {
		part = trimSpace(part)
		if m := p.lx.EditorIntro.FindStringIndex(part); m != nil && m[1] < len(part) {
			if nl := p.lx.parseNames(trimPunct(part[m[1]:])+".", true); len(nl.names) > 0 {
				p.it.Editor = append(p.it.Editor, nl.names...)
			}
		} else if m := p.lx.TranslatorIntro.FindStringIndex(part); m != nil && m[1] < len(part) {
			if nl := p.lx.parseNames(trimPunct(part[m[1]:])+".", true); len(nl.names) > 0 {
				p.it.Translator = append(p.it.Translator, nl.names...)
			}
		}
	}
	return strings.TrimLeft(s[end:], " .–")
}

// roleAfterComma returns where ", trans. Name" or ", edited by Name"
// starts in a title that ran over it, or -1.
func (p *parser) roleAfterComma(t string) int {
	for off := 0; ; {
		i := strings.Index(t[off:], ", ")
		if i < 0 {
			return -1
		}
		i += off
		after := t[i+2:]
		for _, re := range [...]*introMatcher{&p.lx.TranslatorIntro, &p.lx.EditorIntro} {
			if m := re.FindStringIndex(after); m != nil && m[1] < len(after) && isUpperStart(after[m[1]:]) {
				if nl := p.lx.parseNames(after[m[1]:], false); len(nl.names) > 0 {
					return i
				}
			}
		}
		off = i + 2
	}
}

// isResponsibility reports whether s opens a statement of responsibility:
// names with initials, or editors or translators.
func (p *parser) isResponsibility(s string) bool {
	if p.lx.EditorIntro.MatchString(s) || p.lx.TranslatorIntro.MatchString(s) {
		return true
	}
	nl := p.lx.parseNames(s, false)
	return len(nl.names) > 0 && hasInitials(nl.names)
}

// quotedTitle reads a title in quotes at the start of s. The closing quote
// is the first that ends the title: one that has the title's closing
// punctuation inside (`,”`), or that punctuation, a capitalised word or
// the end after it. A quote followed by a lower-case word is inside the
// title (`“Like” and language ideology`).
func quotedTitle(s string) (title, rest string, ok bool) {
	first, size := utf8.DecodeRuneInString(s)
	closers, isQuote := quotePairs[first]
	if !isQuote {
		return "", "", false
	}
	body := s[size:]
	for i, r := range body {
		// The only ASCII closers are '"' and '\'' (TestQuoteClosers): other
		// ASCII, most of body, needs no look at closers.
		if r < utf8.RuneSelf && r != '"' && r != '\'' || !strings.ContainsRune(closers, r) {
			continue
		}
		after := body[i+utf8.RuneLen(r):]
		before := trimSpace(body[:i])
		if before == "" {
			continue
		}
		inner := strings.ContainsAny(lastRune(before), ",.;?!")
		next := strings.TrimLeft(after, " ")
		switch {
		case strings.HasPrefix(after, ":") && !inner:
			// `"It's Like I Live in a Cage": Turkmen Authorities' ...` -
			// a quotation opening the title.
			continue
		case after == "" || strings.ContainsAny(after[:1], ".,;:)]"):
		case after[0] == ' ' && (inner || !isLowerStart(next)):
		case after[0] == ' ' && r != '\'' && r != '’' && strings.HasPrefix(next, "in "):
		default:
			continue
		}
		return trimPunct(body[:i]), trimLeftASCII(after, " .,;:"), true
	}
	// An unclosed quote: the title ends where the next quoted piece starts
	// (`“Title, “Journal,`).
	if first == '“' || first == '"' {
		if j := strings.Index(body, ", “"); j > 0 {
			return trimPunct(body[:j]), strings.TrimLeft(body[j+1:], " "), true
		}
	}
	return "", "", false
}

// fieldParenIn returns where a bracketed field that ends the title starts
// in t ("(2nd ed.)", "(Vol. 4)", "[Doctoral dissertation]", "(London:
// Routledge, 1992)"), or -1.
func (p *parser) fieldParenIn(t string) int {
	depth, open := 0, -1
	for i := 0; i < len(t); i++ {
		if i = nextInClass(t, i, classBracket); i == len(t) {
			break // (brackets are few: skipped to eight bytes at a time)
		}
		switch t[i] {
		case '(', '[':
			if depth == 0 {
				open = i
			}
			depth++
		case ')', ']':
			if depth == 0 {
				continue
			}
			depth--
			if depth == 0 && open > 0 && p.isFieldParen(t[open+1:i]) {
				return open
			}
		}
	}
	// An unclosed bracket at the end: "Title (London: Routledge, 1992".
	if depth > 0 && open > 0 && p.isFieldParen(t[open+1:]) {
		return open
	}
	return -1
}

var (
	// Every match has an ASCII digit.
	reNumberedGenre = gatedRegexp{regexp.MustCompile(`(?i)\b(?:no|nr|№)\.?\s*\d`), hasASCIIDigit}
	reRoleEnd       = gatedRegexp{regexp.MustCompile(`(?i)[\s,(](?:eds?|hrsg|trans|transl|tr|ред|coord|dir)\.?$`), mayEndRole}
)

// mayEndRole reports whether s ends as reRoleEnd's words do, maybe with a
// full stop: with the last letter of one in either case, or a byte outside
// ASCII (the long s, which folds to s, and the Cyrillic letters end so).
func mayEndRole(s string) bool {
	s = strings.TrimSuffix(s, ".")
	return s != "" && (s[len(s)-1] >= utf8.RuneSelf || roleEndBytes[s[len(s)-1]])
}

var roleEndBytes = bytesOf("sSdDgGlLrR")

// isNameYear is reNameYear.MatchString(s), read backwards from the end:
// the year (and its letter) has one place there, the white space before
// it is the whole run, a comma must stand before that, and between the
// capital and the comma 2 to 60 characters that are no bracket or digit.
func isNameYear(s string) bool {
	r, p := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	e := len(s)
	if e > p && 'a' <= s[e-1] && s[e-1] <= 'h' {
		e--
	}
	y := e - 4
	if y < p || !(s[y] == '1' && '5' <= s[y+1] && s[y+1] <= '9' || s[y] == '2' && s[y+1] == '0') || !isASCIIDigit(s[y+2]) || !isASCIIDigit(s[y+3]) {
		return false
	}
	k := y
	for k > p && isRegexpSpace(s[k-1]) {
		k--
	}
	if k == p || s[k-1] != ',' {
		return false
	}
	n := 0
	for _, r := range s[p : k-1] {
		if r == '(' || r == ')' || r == '[' || r == ']' || '0' <= r && r <= '9' {
			return false
		}
		if n++; n > 60 {
			return false
		}
	}
	return n >= 2
}

// isPlacePublisher is rePlacePublisher.MatchString(s): a capital, 1 to 50
// characters that are no colon or bracket, the colon after them, and
// something other than white space after it.
func isPlacePublisher(s string) bool {
	r, i := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	for n := 0; i < len(s); n++ {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch r {
		case '(', ')', '[', ']':
			return false
		case ':':
			return n > 0 && skipRegexpSpace(s, i+1) < len(s)
		}
		if n == 50 {
			return false // a 51st character before the colon
		}
		i += size
	}
	return false
}

// isFieldParen reports whether the inside of a bracket holds fields that
// follow a title rather than words of the title.
func (p *parser) isFieldParen(c string) bool {
	c = trimSpace(c)
	if c == "" {
		return false
	}
	low := toLower(c)
	first := trimSpace(strings.SplitN(c, ",", 2)[0])
	switch {
	case isPlacePublisher(c):
		return true
	case reEdition.MatchString(trimPunct(first)) || reEdsOnly.MatchString(trimPunct(c)) || reRoleEnd.MatchString(" "+trimPunct(c)):
		return true
	case reVolWord.MatchString(trimPunct(first)) || isPagesCue(first) || reIssueWord.MatchString(trimPunct(first)):
		return true
	case p.lx.has(cueThesis, low) || strings.HasPrefix(low, "unpublished") || reNumberedGenre.MatchString(c) && !strings.ContainsAny(c, "()"):
		return true
	case p.lx.startsWith(cueLanguageNote, low) != "":
		return true
	}
	return false
}

// splitCommaTitle handles a title that ran to the end of the string
// because the style separates fields by commas only ("Title, Journal, 19,
// 606–612, 2010"): the numeric and date fields at the end and the field just
// before them are given back as the rest.
func (p *parser) splitCommaTitle(s string) (title, rest string) {
	if !strings.Contains(s, ", ") {
		return s, "" // one part
	}
	parts := splitOutside(s, ", ")
	if len(parts) < 2 {
		return s, ""
	}
	for k := 1; k < len(parts); k++ {
		piece := trimPunct(parts[k])
		// "Title, Computers and the Humanities 25 (1): 47-53."
		// (Every match has a digit: the cheap tests go first.)
		if isUpperStart(piece) && hasASCIIDigit(piece) && reContainerNums.MatchString(piece) {
			return strings.Join(parts[:k], ", "), strings.Join(parts[k:], ", ")
		}
		if !p.isNumericField(piece) {
			continue
		}
		if k == 1 {
			// "Title, 2010."
			if reYear4.MatchString(piece) {
				return parts[0], strings.Join(parts[1:], ", ")
			}
			return s, ""
		}
		// The piece before the first number is the container or the
		// publisher, and a known place may stand before that ("Title,
		// Paris, Gallimard, 2000").
		cut := k - 1
		if !isUpperStart(trimSpace(parts[cut])) {
			return s, ""
		}
		if cut > 1 && p.lx.isPlace(trimPunct(parts[cut-1])) {
			cut--
		}
		return strings.Join(parts[:cut], ", "), strings.Join(parts[cut:], ", ")
	}
	return s, ""
}

var (
	// reContainerNums is a journal name with its volume, issue and pages
	// glued on: "Computers and the Humanities 25 (1): 47-53".
	reContainerNums = regexp.MustCompile(`^\p{Lu}[^\d():;]{1,120}?\s\d+[A-Za-z]?\s*(?:\([^()]+\)\s*(?::\s*\S+)?|:\s*[A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?)$`)
	reYear4         = regexp.MustCompile(`^(?:1[5-9]|20)\d\d[a-h]?$`)
)

// bracketsToSpaces turns brackets and semicolons into spaces.
var bracketsToSpaces = strings.NewReplacer("(", " ", ")", " ", ";", " ")

// numericFieldPatterns are the forms of volume, issue and page fields.
var numericFieldPatterns = []interface{ MatchString(string) bool }{reVolIss, matchFunc(isVolPages), reVolWord, reIssueWord, matchFunc(isPages), matchFunc(isBareNum)}

// matchFunc gives a hand-written matcher the method of a regexp.
type matchFunc func(string) bool

func (f matchFunc) MatchString(s string) bool { return f(s) }

func isVolPages(s string) bool {
	_, _, ok := volPages(s)
	return ok
}

// isNumericField reports whether a comma-separated piece is a date,
// volume, issue or page field.
func (p *parser) isNumericField(t string) bool {
	if t == "" {
		return false
	}
	if _, _, ok := p.date(t); ok {
		return true
	}
	for _, re := range numericFieldPatterns {
		if re.MatchString(t) {
			return true
		}
	}
	return false
}

// splitOutside splits s at sep where sep is not inside brackets or quotes.
func splitOutside(s, sep string) []string {
	var parts []string
	depth, start := 0, 0
	quote := false
	for i := 0; i < len(s); i++ {
		// (The quotes start with a byte outside ASCII: ASCII bytes skip
		// their tests.)
		c := s[i]
		switch {
		case c == '(' || c == '[':
			depth++
		case c == ')' || c == ']':
			if depth > 0 {
				depth--
			}
		case c >= utf8.RuneSelf && (strings.HasPrefix(s[i:], "“") || strings.HasPrefix(s[i:], "«")):
			quote = true
		case c >= utf8.RuneSelf && (strings.HasPrefix(s[i:], "”") || strings.HasPrefix(s[i:], "»")):
			quote = false
		}
		if depth == 0 && !quote && c == sep[0] && strings.HasPrefix(s[i:], sep) {
			parts = append(parts, s[start:i])
			start = i + len(sep)
			i += len(sep) - 1
		}
	}
	return append(parts, s[start:])
}

// noTitle reports whether s, the part after the authors, is only a
// journal abbreviation and numbers ("J. Appl. Phys. 87, pp. 334–344
// (2000)", "Nano Lett. 2009, 9, 4153"), as physics and chemistry styles
// print articles.
func (p *parser) noTitle(s string) bool {
	m := journalOnly(s)
	if m == nil {
		return false
	}
	full := 0
	for _, w := range strings.Fields(s[m[2]:m[3]]) {
		if !isUpperStart(w) && w != "&" && w != "of" {
			return false
		}
		if !strings.HasSuffix(w, ".") && utf8.RuneCountInString(w) >= 4 {
			full++
		}
	}
	if full >= 3 {
		return false // "Border Lives. Journal of Migration 4": a title and a journal
	}
	for _, part := range splitOutside(s[m[4]:], ", ") {
		for _, f := range strings.Fields(bracketsToSpaces.Replace(part)) {
			f = trimPunct(f)
			if f != "" && !p.isNumericField(f) && !reIssueWord.MatchString(f) && !isPagesCue(f+" 1") && !isPagesCue(f+". 1") {
				return false
			}
		}
	}
	return true
}

// reJournalOnly is the journal-only shape that journalOnly reads (and is
// tested against).
var reJournalOnly = regexp.MustCompile(`^(\p{Lu}[\p{L}.&' ]{1,50}?)[,.]?\s+(\(?\d.*)$`)

// journalOnly returns what reJournalOnly.FindStringSubmatchIndex(s)
// does, reading s once instead of trying the regexp's paths: a capital,
// then as few as possible (1 to 50) letters and ".&' ", then maybe a comma
// or full stop, white space, maybe "(", a digit and no line end after it.
func journalOnly(s string) []int {
	r, p := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return nil
	}
	for n := 1; n <= 50; n++ {
		if p == len(s) {
			return nil
		}
		if c := s[p]; c < utf8.RuneSelf {
			// ASCII letters and ".&' " by one table (most of s is ASCII).
			if !journalASCII[c] {
				return nil
			}
			p++
		} else {
			r, size := utf8.DecodeRuneInString(s[p:])
			if !unicode.IsLetter(r) {
				return nil
			}
			p += size
		}
		q := p
		if q < len(s) && (s[q] == ',' || s[q] == '.') {
			q++ // [,.]? takes it: without it, \s+ would have to start on it
		}
		k := skipRegexpSpace(s, q)
		if k == q || k == len(s) {
			continue
		}
		d := k
		if s[d] == '(' {
			d++
		}
		if d < len(s) && isASCIIDigit(s[d]) && strings.IndexByte(s[d:], '\n') < 0 {
			return []int{0, len(s), 0, p, k, len(s)}
		}
	}
	return nil
}

// journalASCII are the ASCII bytes of reJournalOnly's name: letters and
// ".&' ".
var journalASCII = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = asciiLetters[c] == 1 || strings.IndexByte(".&' ", byte(c)) >= 0
	}
	return t
}()

// chunk is one piece of the part after the title.
type chunk struct {
	text       string
	start, end int
	// before and after are the delimiters around the chunk.
	before, after string
	paren         bool
	kind          string
}

// The number forms of the chunk passes. reRange, reVolPages and reBareNum
// are read by hand (isRange, volPages, isBareNum: scan.go, tested against
// them), and so are rePagesCue and reInPrefix (isPagesCue, inPrefixEnd)
// and rePages (pagesBody; its regexp is in specregexps_test.go).
var (
	rePagesCue  = gatedRegexp{regexp.MustCompile(`(?i)^(?:pp?\.|pages?|pg\.?|s\.|с\.|ss\.|str\.|стр\.|б\.)\s*\S`), mayPagesCue}
	reRange     = gatedRegexp{regexp.MustCompile(`^[A-Za-z]{0,2}\d+[A-Za-z]?\s*[-–—‐‑]+\s*[A-Za-z]{0,2}\d+[A-Za-z]?$`), func(s string) bool { return digitWithin(s, 3) }}
	reVolIss    = gatedRegexp{regexp.MustCompile(`(?i)^(?:vol\.?|volume|v\.|t\.|т\.|tom|bd\.|jg\.|band)?\s*(\d+[A-Za-z]?|[IVXLC]+)\s*\(([^()]+)\)\s*(?::\s*(.+))?$`), mayVolIss}
	reVolPages  = gatedRegexp{regexp.MustCompile(`^(\d+[A-Za-z]?)\s*:\s*([A-Za-z]?\d+[A-Za-z]?(?:\s*[-–—]\s*[A-Za-z]?\d+[A-Za-z]?)?)$`), startsWithAnyOf("0123456789")}
	reVolWord   = gatedRegexp{regexp.MustCompile(`(?i)^(?:vol\.?|volume|v\.|t\.|т\.|tom|bd\.|jg\.|band|kn\.|кн\.)\s*(\S+?)(?:\s*\(([^()]+)\))?$`), mayVolWord}
	reIssueWord = gatedRegexp{regexp.MustCompile(`(?i)^(?:no\.?|n°|nº|n\.|n|№|issue|iss\.|nr\.?|num\.?|h\.|вып\.|heft|št\.|številka|no)\s*(\S+(?:\s*\(\d+\))?)$`), mayIssueWord}
	reMLAVolIss = regexp.MustCompile(`^(\d+)\.(\d+)$`)
	reBareNum   = gatedRegexp{regexp.MustCompile(`^[A-Za-z]?\d+[A-Za-z]?$`), func(s string) bool { return digitWithin(s, 2) }}
	reEdition   = gatedRegexp{regexp.MustCompile(`(?i)^(?:(\d+)(?:st|nd|rd|th|e|-?е|-?e|\.?ª|\.?º|-?ье|-?ое|-?ий)?\.?|(revised|rev\.|expanded|new|second|third|fourth|fifth|updated|international|\p{L}+))\s*(?:ed\.?|edn\.?|edition|изд\.?|izd\.?|aufl\.?|auflage|éd\.?|édition|ed)$`), mayEndEdition}
	reEditors   = regexp.MustCompile(`(?i)^(?:ed\.|eds\.|ed|eds|edited by|hrsg\.(?:\s*v\.)?|под ред\.|под редакцией|pod red\.|ред\.)\s*(.+)$`)
	reInside    = gatedRegexp{regexp.MustCompile(`^[^.]{3,200}?[.]\s(?:In:|In)\s+\p{Lu}`), mayOpenInside}
	reInPrefix  = gatedRegexp{regexp.MustCompile(`^(?:In|in|IN|В|Dans|En|Im)\s*:?\s+`), startsInWord}
	reEdsAfter  = gatedRegexp{regexp.MustCompile(`^(.{2,200}?),?\s+(?:[Ee]ds?\.|[Ee]ds?,|[Ee]dited by)\s*,?\s*`), mayHoldEdsAfter}
	reEdByIn    = gatedRegexp{regexp.MustCompile(`^(.{2,300}?),\s+(?:ed\.|eds\.|edited by)\s+(.{2,200}?)(?:,\s|\.\s|\s\(|$)`), mayHoldEdByIn}
)

// mayHoldEdsAfter reports whether s has what every match of reEdsAfter
// has: white space and then "ed." "ed," "eds." "eds," or "edited by", with
// the "e" in either case.
func mayHoldEdsAfter(s string) bool {
	for i := 1; i < len(s); i++ {
		if (s[i] == 'e' || s[i] == 'E') && isRegexpSpace(s[i-1]) && edsWordAt(s[i+1:]) {
			return true
		}
	}
	return false
}

// edsWordAt reports whether s starts as the rest of reEdsAfter's editor
// words do after their "e".
func edsWordAt(s string) bool {
	return strings.HasPrefix(s, "d.") || strings.HasPrefix(s, "d,") || strings.HasPrefix(s, "ds.") ||
		strings.HasPrefix(s, "ds,") || strings.HasPrefix(s, "dited by")
}

// mayHoldEdByIn reports whether s has what every match of reEdByIn has: a
// comma, white space and "ed." "eds." or "edited by".
func mayHoldEdByIn(s string) bool {
	for i := strings.IndexByte(s, ','); i >= 0; {
		j := skipRegexpSpace(s, i+1)
		if j > i+1 && (strings.HasPrefix(s[j:], "ed.") || strings.HasPrefix(s[j:], "eds.") || strings.HasPrefix(s[j:], "edited by")) {
			return true
		}
		k := strings.IndexByte(s[j:], ',')
		if k < 0 {
			return false
		}
		i = j + k
	}
	return false
}

// mayOpenInside reports whether the first full stop of s is followed by
// white space and "In", as reInside needs.
func mayOpenInside(s string) bool {
	i := strings.IndexByte(s, '.')
	return i >= 0 && i+1 < len(s) && isRegexpSpace(s[i+1]) && strings.HasPrefix(s[i+2:], "In")
}

// inPrefixEnd returns the end of reInPrefix's match in s, or -1: after the
// word, the white space, a colon and the white space after it; or, when
// no white space follows a colon, the white space before it (\s+ takes it
// back from \s*), which must then be there.
func inPrefixEnd(s string) int {
	if !startsInWord(s) {
		return -1
	}
	w := 0
	for _, word := range [...]string{"In", "in", "IN", "В", "Dans", "En", "Im"} {
		if strings.HasPrefix(s, word) {
			w = len(word) // (no word starts another)
			break
		}
	}
	a := skipRegexpSpace(s, w)
	if a+1 < len(s) && s[a] == ':' && isRegexpSpace(s[a+1]) {
		return skipRegexpSpace(s, a+1)
	}
	if a > w {
		return a
	}
	return -1
}

// startsInWord reports whether s starts with one of reInPrefix's words and
// white space or a colon after it, as every match has.
func startsInWord(s string) bool {
	if s == "" || strings.IndexByte("IiDE\xd0", s[0]) < 0 { // "В" starts with 0xD0
		return false
	}
	for _, w := range [...]string{"In", "in", "IN", "В", "Dans", "En", "Im"} {
		if len(s) > len(w) && strings.HasPrefix(s, w) && (isRegexpSpace(s[len(w)]) || s[len(w)] == ':') {
			return true
		}
	}
	return false
}

// mayVolWord reports whether s starts as reVolWord's words do and has the
// few words it allows: the word and the volume, with white space between
// them or not, unless a bracket ends s.
func mayVolWord(s string) bool {
	return startsVolWord(s) && (spaceRuns(s, 2) <= 1 || strings.HasSuffix(s, ")"))
}

var startsVolWord = startsWithFoldOf("vol", "v.", "t.", "tom", "bd.", "jg.", "band", "kn.", "т.", "кн.")

// mayPages reports whether s has what rePages's matches have: a digit, and
// four runs of white space at most (after the cue, around the dash, before
// the unit). Titles, which it is tried on too, mostly have more.
func mayPages(s string) bool { return spaceRuns(s, 4) <= 4 && hasASCIIDigit(s) }

// mayIssueWord reports whether s starts as reIssueWord's words do and has
// the few words it allows: the word and the issue, with white space
// between them or not, and maybe a number in brackets after white space.
func mayIssueWord(s string) bool {
	if !startsIssueWord(s) {
		return false
	}
	n := spaceRuns(s, 3)
	return n <= 1 || n == 2 && strings.HasSuffix(s, ")")
}

// ("n" is a word of its own, and the head of "n°" and "nº"; "š" of "št."
// and "številka".)
var startsIssueWord = startsWithFoldOf("n", "iss", "h.", "heft", "№", "вып.", "š")

// spaceRuns counts the runs of white space (\s) in s, up to max+1.
func spaceRuns(s string, max int) int {
	n := 0
	for i := 0; i < len(s) && n <= max; i++ {
		if isRegexpSpace(s[i]) && (i == 0 || !isRegexpSpace(s[i-1])) {
			n++
		}
	}
	return n
}

// mayVolIss reports whether s starts, after white space, as reVolIss's
// volume words or numbers (Arabic or Roman) do, and has a bracket.
func mayVolIss(s string) bool {
	return firstAfterSpace(s, "vVtTbBjJiIxXlLcC0123456789") && strings.Contains(s, "(")
}

// takeRest reads the fields after the title.
func (p *parser) takeRest(s string) {
	s = trimSpace(s)
	if s == "" {
		return
	}
	if m := reInside.FindStringIndex(s); m != nil && p.it.Title != "" {
		// "Title. Subtitle. In: ..." - the sentence before "In" is part of
		// the title.
		p.it.Title += ". " + trimPunct(s[:m[0]+1])
		s = s[m[0]+2:]
	}
	if end := inPrefixEnd(s); end >= 0 {
		p.chapter = true
		s = p.takeChapterHead(s[end:])
	} else if names, end, ok := edsParen(s); ok {
		// "O. AlShehabi, & A. Hanieh (Eds.). Pluto Press."
		if nl := p.lx.parseNames(names+".", true); len(nl.names) > 0 && nl.end >= len(names) {
			p.it.Editor = nl.names
			s = s[end:]
		}
	}
	// GOST: a statement of responsibility after the title's other
	// information ("...: дис. ... канд. наук / Сидоров А.А. – Бишкек").
	if _, i := indexSlashSeps(s); i >= 0 && !strings.Contains(s[:i], " – ") && p.isResponsibility(s[i+3:]) {
		s = s[:i] + " – " + p.takeResponsibility(s[i+3:])
	}
	s = joinSpacedRanges(s) // "416 - 429"
	chunks := p.chunks(unwrapFieldParens(s))
	p.classify(chunks)
}

// unwrapFieldParens removes the brackets around groups of fields that
// some styles put in brackets: "(London: Routledge, 1992)", "(Vol. 4,
// pp. 643–691)"; their pieces are then read one by one.
func unwrapFieldParens(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '(' {
			continue
		}
		j := strings.IndexAny(s[i+1:], "()")
		if j < 0 {
			break
		}
		j += i + 1
		if s[j] != ')' {
			continue
		}
		c := trimSpace(s[i+1 : j])
		first, _, _ := strings.Cut(c, ",")
		first = trimSpace(first)
		if isPlacePublisher(c) || isNameYear(c) || strings.Contains(c, ",") && (reVolWord.MatchString(trimPunct(first)) || isPagesCue(first) || reEdition.MatchString(trimPunct(first))) {
			b.WriteString(s[last:i])
			b.WriteString(", ")
			b.WriteString(c)
			b.WriteString(", ")
			last = j + 1
		}
		i = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return tidy(b.String())
}

// takeChapterHead reads the editors and the book title after "In".
func (p *parser) takeChapterHead(s string) string {
	if names, end, ok := edsParen(s); ok {
		if nl := p.lx.parseNames(names+".", true); len(nl.names) > 0 {
			p.it.Editor = nl.names
			return s[end:]
		}
	}
	if m := reEdsAfter.FindStringSubmatch(s); m != nil {
		if nl := p.lx.parseNames(m[1]+".", true); len(nl.names) > 0 && nl.end >= len(m[1]) {
			p.it.Editor = nl.names
			return s[len(m[0]):]
		}
	}
	if m := reEdByIn.FindStringSubmatchIndex(s); m != nil {
		if nl := p.lx.parseNames(s[m[4]:m[5]]+".", true); len(nl.names) > 0 {
			p.it.Editor = nl.names
			p.it.ContainerTitle = trimPunct(s[m[2]:m[3]])
			return s[m[5]:]
		}
	}
	return s
}

// chunks splits s at field delimiters that lie outside brackets, quotes and
// dates.
func (p *parser) chunks(s string) []chunk { return p.chunksOf(s, true) }

// chunksOf is chunks; with jump, the byte loop skips from one byte it acts
// on (classChunk) to the next, as most bytes are letters and spaces
// (chunksOf(s, false) visits every byte, to test that they agree).
func (p *parser) chunksOf(s string, jump bool) []chunk {
	var protected []bool // made only when a full date is there
	var dates [4]dateMatch
	for _, m := range findDatesOf(dates[:0], p.lx, s, false) {
		if m.full {
			if protected == nil {
				protected = make([]bool, len(s))
			}
			for i := m.start; i < m.end; i++ {
				protected[i] = true
			}
		}
	}
	depth := 0
	quote := false
	out := p.chunkArr[:0] // room for most parts after a title
	start := 0
	before := ""
	emit := func(end int, delim string, paren bool) {
		t := trimSpace(s[start:end])
		if t != "" {
			out = append(out, chunk{text: t, start: start, end: end, before: before, after: delim, paren: paren})
		} else if len(out) > 0 && delim != "" {
			out[len(out)-1].after = delim
		}
		before = delim
	}
	for i := 0; i < len(s); i++ {
		if jump {
			j := nextInClass(s, i, classChunk)
			if j == len(s) {
				break
			}
			// A space before a dash or slash may open a separator: it is
			// looked at first, as the loop would.
			if c := s[j]; j > i && s[j-1] == ' ' && (c == '-' || c == '/' || c == 0xe2) {
				j--
			}
			i = j
		}
		c := s[i]
		switch {
		case c == '(' || c == '[':
			if depth == 0 && !quote && !(i > 0 && s[i-1] != ' ' && c == '(') {
				emit(i, "", false)
				start = i
			}
			depth++
			continue
		case c == ')' || c == ']':
			if depth > 0 {
				depth--
				if t := trimSpace(s[start:i]); depth == 0 && !quote && (strings.HasPrefix(t, "(") || strings.HasPrefix(t, "[")) {
					emit(i+1, "", true)
					start = i + 1
				}
			}
			continue
		case c >= utf8.RuneSelf && (strings.HasPrefix(s[i:], "«") || strings.HasPrefix(s[i:], "“")):
			quote = true
		case c >= utf8.RuneSelf && (strings.HasPrefix(s[i:], "»") || strings.HasPrefix(s[i:], "”")):
			quote = false
		}
		if depth > 0 || quote || protected != nil && protected[i] {
			continue
		}
		delim := ""
		n := 1
		switch c {
		case ',':
			if i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' && i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
				continue // "1,200"
			}
			delim = ","
		case ';':
			delim = ";"
		case ':':
			if i+1 < len(s) && s[i+1] == ' ' {
				delim = ":"
			}
		case '.':
			if i > 0 && s[i-1] == '.' || i+1 < len(s) && s[i+1] == '.' {
				continue // an ellipsis: "дис. ... канд."
			}
			if (i+1 == len(s) || s[i+1] == ' ') && !isAbbrevBefore(s, i) {
				delim = "."
			}
		case ' ':
			// Each separator has '-', '/' or the lead byte of "–" and "—"
			// after the space.
			if i+1 >= len(s) || s[i+1] != '-' && s[i+1] != '/' && s[i+1] != 0xe2 {
				continue
			}
			for _, d := range []string{" – ", " — ", " - ", " / ", " // "} {
				if strings.HasPrefix(s[i:], d) {
					delim, n = "–", len(d)
				}
			}
			// "416 - 429" is a range, not two fields.
			if delim != "" && d1(s, i-1) && d1(s, i+n) && !strings.Contains(s[i:i+n], "/") {
				delim = ""
			}
		}
		if delim == "" {
			continue
		}
		emit(i, delim, false)
		start = i + n
		i += n - 1
	}
	emit(len(s), "", false)
	return p.splitTrailYears(p.splitNumericTails(out))
}

// splitTrailYears cuts a year glued to the end of a text chunk into a chunk
// of its own: "European Journal of Clinical Pharmacology 2005".
func (p *parser) splitTrailYears(out []chunk) []chunk {
	for i := 0; i < len(out); i++ {
		c := out[i]
		if c.paren {
			continue
		}
		// trailYear first: it is cheaper than the date, and few pieces
		// end in a year.
		if y := trailYear(c.text); y > 0 {
			if _, _, whole := p.date(c.text); whole {
				continue
			}
			head := c
			head.text = trimSpace(c.text[:y])
			head.after = ""
			tail := c
			tail.text = c.text[y:]
			tail.before = ""
			out = append(out[:i], append([]chunk{head, tail}, out[i+1:]...)...)
			i++
		}
	}
	return out
}

// isPagesCue is rePagesCue.MatchString(s): s starts with one of the cue
// words as (?i) matches them (prefixFold), and a rune that is not white
// space comes after it and white space. (Words that start another one,
// "pages" and "pg.", are left out: the letter after the shorter one is
// that rune.)
func isPagesCue(s string) bool {
	if !mayPagesCue(s) {
		return false
	}
	for _, w := range [...]string{"p.", "pp.", "page", "pg", "s.", "с.", "ss.", "str.", "стр.", "б."} {
		if n := prefixFold(s, w); n >= 0 && skipRegexpSpace(s, n) < len(s) {
			return true
		}
	}
	return false
}

// mayPagesCue reports whether s starts as rePagesCue's words do: with a
// byte outside ASCII (Cyrillic, the long s of (?i)), or with "p" and then
// "p", ".", "a" or "g", or with "s" and then ".", "s", "t" or a byte
// outside ASCII, in either case. Most words that start with "p" or "s"
// ("Springer", "Psychology") fail it.
func mayPagesCue(s string) bool {
	switch {
	case s == "":
		return false
	case s[0] >= utf8.RuneSelf:
		return true
	case len(s) < 2:
		return false
	}
	switch s[0] | 0x20 {
	case 'p':
		return isOneOf(".pPaAgG", s[1])
	case 's':
		return s[1] >= utf8.RuneSelf || isOneOf(".sStT", s[1])
	}
	return false
}

// d1 reports whether s[i] is an ASCII digit.
func d1(s string, i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }

// reTrailYear is read by hand (trailYear); the regexp is its tested
// specification.
var reTrailYear = gatedRegexp{regexp.MustCompile(`\p{L}[\p{L}.)]*\s+((?:1[5-9]|20)\d\d[a-h]?)$`), endsWithYear}

// trailNum returns reTrailNum's groups in s: the text before and the
// number of one to four digits that ends s after white space. Read
// backwards from the end: the digits are the whole run there, the white
// space the whole run before them, and before that must stand a letter,
// '.' or ')', with no line end anywhere before it (which '.' does not
// match).
func trailNum(s string) (head, num string, ok bool) {
	d := len(s)
	for d > 0 && isASCIIDigit(s[d-1]) {
		d--
	}
	if n := len(s) - d; n == 0 || n > 4 {
		return "", "", false
	}
	h := d
	for h > 0 && isRegexpSpace(s[h-1]) {
		h--
	}
	if h == d || h == 0 {
		return "", "", false
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:h]); !unicode.IsLetter(r) && r != '.' && r != ')' || strings.IndexByte(s[:h], '\n') >= 0 {
		return "", "", false
	}
	return s[:h], s[d:], true
}

// trailYear returns where the year group of reTrailYear's match in s
// starts, or -1 when it does not match. Read backwards from the end: the
// year and its letter have one place there, the white space before them is
// the whole run (no byte of the class before it is white space), and
// before that the run of letters, '.' and ')' must hold a letter.
func trailYear(s string) int {
	if !endsWithYear(s) {
		return -1
	}
	e := len(s)
	if 'a' <= s[e-1] && s[e-1] <= 'h' {
		e--
	}
	y := e - 4
	k := y
	for k > 0 && isRegexpSpace(s[k-1]) {
		k--
	}
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:k])
		if unicode.IsLetter(r) {
			return y
		}
		if r != '.' && r != ')' {
			return -1
		}
		k -= size
	}
	return -1
}

// endsWithYear reports whether s ends with white space, a year as the date
// patterns spell it and maybe a letter a–h ("… Pharmacology 2005").
func endsWithYear(s string) bool {
	e := len(s)
	if e > 0 && 'a' <= s[e-1] && s[e-1] <= 'h' {
		e--
	}
	return e >= 5 && isYearAt(s, e-4) && isRegexpSpace(s[e-5])
}

// isAcronym reports whether s is an upper-case abbreviation ("IOM", "UN DESA").
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) || unicode.IsDigit(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2 && len(s) <= 12
}

// reEdsOnly runs only on short strings: its longest match, "editors."
// with a long s, has 9 bytes.
var reEdsOnly = gatedRegexp{regexp.MustCompile(`(?i)^(?:eds?|hrsg|hg|red|ред|coord|editors?)\.?$`), func(s string) bool { return len(s) <= 12 && startsEdsWord(s) }}

// startsEdsWord reports whether s starts as reEdsOnly's words do, in
// either case.
var startsEdsWord = startsWithFoldOf("ed", "hrsg", "hg", "red", "coord", "ред")

// slice returns the text of chunks i..j with their delimiters.
func (p *parser) slice(cs []chunk, i, j int) string { return p.joinChunks(cs[i : j+1]) }

func (p *parser) joinChunks(cs []chunk) string {
	if len(cs) == 1 {
		return trimSpace(cs[0].text) // no copy
	}
	var b strings.Builder
	for k, c := range cs {
		if k > 0 {
			b.WriteString(cs[k-1].after)
			b.WriteByte(' ')
		}
		b.WriteString(trimSpace(c.text))
	}
	if len(cs) > 1 && cs[len(cs)-1].after == "." {
		b.WriteByte('.')
	}
	return b.String()
}

func (p *parser) setVolume(v string) {
	if p.it.Volume == "" {
		p.it.Volume = trimSpace(v)
	}
}

func (p *parser) setIssue(v string) {
	if p.it.Issue == "" {
		p.it.Issue = trimSpace(v)
	}
}

func (p *parser) setPage(v string) {
	if p.it.Page == "" {
		p.it.Page = dropSpaces(v)
	}
}

// dropSpaces is strings.Join(strings.Fields(v), ""): v without its white
// space, v itself when it has none (ASCII without white space is the
// common case).
func dropSpaces(v string) string {
	for i := 0; i < len(v); i++ {
		if c := v[i]; c >= utf8.RuneSelf || c == ' ' || '\t' <= c && c <= '\r' {
			return strings.Join(strings.Fields(v), "")
		}
	}
	return v
}

// inferType picks the CSL type from the fields found and cue words.
func (p *parser) inferType() string {
	it := &p.it
	// One lower-cased string holds the authors' literal names (" " before
	// each), a space, and lowAll: the container, publisher, genre and notes
	// parted by spaces, then the title's first words (most items need no
	// more of it); the pieces the cases read are slices of it.
	n := len(it.ContainerTitle) + len(it.Publisher) + len(it.Genre) + 4 + len(it.Title)
	for _, a := range it.Author {
		n += len(a.Literal) + 1
	}
	for _, note := range p.notes {
		n += len(note) + 1
	}
	var arr [512]byte // most items fit: one allocation, the string
	b := arr[:0]
	if n+utf8.UTFMax > len(arr) {
		b = make([]byte, 0, n+utf8.UTFMax)
	}
	for _, a := range it.Author {
		b = append(b, ' ')
		b = appendLower(b, a.Literal)
	}
	nAuthor := len(b)
	b = append(b, ' ')
	start := len(b)
	b = appendLower(b, it.ContainerTitle)
	endContainer := len(b)
	b = append(b, ' ')
	b = appendLower(b, it.Publisher)
	b = append(b, ' ')
	startGenre := len(b)
	b = appendLower(b, it.Genre)
	endGenre := len(b)
	b = append(b, ' ')
	for i, note := range p.notes {
		if i > 0 {
			b = append(b, ' ')
		}
		b = appendLower(b, note)
	}
	endNotes := len(b)
	head := firstWordsJoined(it.Title, 4)
	b = appendLower(b, head)
	// The pieces are searched only: they stay bytes, on the stack.
	all, titleHead := b[:endNotes], b[endNotes:]
	authorLit, lowAll := all[:nAuthor], all[start:]
	lowContainer, lowGenre := all[start:endContainer], all[startGenre:endGenre]
	// lowTitle returns the whole title lower-cased, made once when a case
	// reads it.
	var lowTitleMemo []byte
	lowTitle := func() []byte {
		if lowTitleMemo == nil {
			lowTitleMemo = lowerAfterHead(b, endNotes, head, it.Title)
		}
		return lowTitleMemo
	}
	has := func(section cueSection, s []byte) bool { return len(s) > 0 && containsAnyOf(p.lx.cueSets[section], s) }
	switch {
	case has(cueLegislation, titleHead) || holdsNoDot(lowAll) && has(cueLegislation, lowAll):
		return "legislation"
	case has(cueThesis, lowAll) || it.ContainerTitle == "" && has(cueThesis, lowTitle()):
		return "thesis"
	case has(cueConference, lowContainer): // in a chapter or not
		return "paper-conference"
	case p.chapter || len(it.Editor) > 0 && it.ContainerTitle != "":
		return "chapter"
	case it.ContainerTitle != "" && (it.Volume != "" || it.Issue != "" || it.Page != ""):
		return "article-journal"
	case p.isDatedToTheDay() && has(cueNews, all): // authorLit + " " + lowAll
		return "article-newspaper"
	case len(authorLit) > 0 && (has(cueReport, lowTitle()) || has(cueReport, lowAll)):
		return "report"
	case it.Genre != "" && has(cueReport, lowGenre):
		return "report"
	case it.URL != "" && it.ContainerTitle == "" && it.Publisher == "" && it.PublisherPlace == "":
		return "webpage"
	case it.Publisher != "" && it.ContainerTitle == "" && it.URL == "":
		return "book"
	case it.PublisherPlace != "":
		return "book"
	case it.URL != "" && it.ContainerTitle == "":
		return "webpage"
	case it.URL != "" && it.Volume == "" && it.Issue == "" && it.Page == "" && !has(cueJournal, lowContainer):
		// The container of an online item without numbers is the site.
		return "webpage"
	case it.ContainerTitle != "":
		return "article-journal"
	}
	return "document"
}

// holdsNoDot reports whether s holds "no." (a number sign), as
// indexBytes(s, "no.") >= 0 does: the full stops, fewer than the n's, are
// searched for and the bytes before them compared.
func holdsNoDot(s []byte) bool {
	for off := 0; ; {
		i := bytes.IndexByte(s[off:], '.')
		if i < 0 {
			return false
		}
		if i += off; i >= 2 && s[i-2] == 'n' && s[i-1] == 'o' {
			return true
		}
		off = i + 1
	}
}

// lowerAfterHead appends title lower-cased to b, whose bytes from start on
// are head lower-cased (head is firstWordsJoined of title), and returns
// the title's bytes: the rest lowered after the head when the head is the
// title's start (single spaces part its words, as they mostly do), else
// all of it after b.
func lowerAfterHead(b []byte, start int, head, title string) []byte {
	if head == title[:min(len(head), len(title))] {
		return appendLower(b, title[len(head):])[start:]
	}
	return appendLower(b, title)[len(b):]
}

// isDatedToTheDay reports whether the item's date has a day, as a news
// item's has.
func (p *parser) isDatedToTheDay() bool {
	d := p.it.Issued
	return d != nil && len(d.DateParts) > 0 && len(d.DateParts[0]) >= 3
}

// firstWordsJoined is strings.Join(firstWords(s, n), " ") on a string or
// its bytes: the prefix of s that holds the words when single spaces part
// them, as they mostly do.
func firstWordsJoined[T ~string | ~[]byte](s T, n int) T {
	words := 0
	for i := 0; i < len(s); {
		wordStart := i
		r := rune(0) // the white space that ends the word
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				// ASCII, as most titles are, read without decoding.
				if isASCIISpace(c) {
					r = rune(c)
					break
				}
				i++
				continue
			}
			var size int
			if r, size = decodeRune(s[i:]); nlp.IsSpace(r) {
				break
			}
			i += size
		}
		if i == wordStart {
			return T(strings.Join(firstWords(string(s), n), " ")) // white space before the word
		}
		if words++; words == n || i == len(s) {
			return s[:i]
		}
		if r != ' ' || i+1 == len(s) {
			return T(strings.Join(firstWords(string(s), n), " "))
		}
		i++
	}
	return s
}

func firstWords(s string, n int) []string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return f
}

// BaseID returns the id an item gets before de-duplication: the first
// author's family name (or an organisation's first word) and the year
// with its suffix, as in "Koser2005", "Ministry2024a".
func BaseID(it Item) string {
	// Built in a stack buffer: one allocation, the string.
	var arr [64]byte
	b := arr[:0]
	if len(it.Author) > 0 {
		key := it.Author[0].Key()
		if f := firstWord(key); f != "" {
			key = f
			if it.Author[0].Family != "" {
				key = it.Author[0].Family
			}
		}
		for _, r := range key {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b = utf8.AppendRune(b, r)
			}
		}
	} else if it.Title != "" {
		b = append(b, firstAlnumRun(it.Title)...)
	}
	if len(b) == 0 {
		b = append(b, "ref"...)
	}
	if y := it.Year(); y > 0 {
		b = strconv.AppendInt(b, int64(y), 10)
	} else {
		b = append(b, "nd"...)
	}
	b = append(b, it.YearSuffix...)
	return string(b)
}

// firstAlnumRun is the first field of strings.FieldsFunc(s, f) where f
// parts at every rune that is no letter or digit, or "".
func firstAlnumRun(s string) string {
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			return s[start:i]
		}
	}
	if start < 0 {
		return ""
	}
	return s[start:]
}
