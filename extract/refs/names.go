package refs

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/nlp"
)

// The initials patterns; matchInitials and isCapsInitials read them by hand
// (and are tested against them).
var (
	// Dotted initials: "J.", "J.R.", "Ch.", "A.Sh.", "K.-M.", "J.-P."
	reDottedInitials = regexp.MustCompile(`^(?:\p{Lu}\p{Ll}?\.)(?:-?\p{Lu}\p{Ll}?\.)*$`)
	// Initials whose last letter lost its full stop: "J.P", "A.Sh".
	reOpenInitials = regexp.MustCompile(`^(?:\p{Lu}\p{Ll}?\.)(?:-?\p{Lu}\p{Ll}?\.)*-?\p{Lu}\p{Ll}?$`)
	// Undotted initials after a family name (Vancouver "Zhang L", "Bauman RA").
	reCapsInitials = regexp.MustCompile(`^\p{Lu}{1,3}$`)
	reShortFamily  = regexp.MustCompile(`^\p{Lu}\p{Ll}\.?$`)
)

func isDottedInitials(w string) bool {
	switch w {
	case "Jr.", "Sr.", "St.", "Dr.":
		return false
	}
	return matchInitials(w, false)
}

// matchInitials reports whether w is dotted initials, as reDottedInitials
// matches them, or, when open, initials whose last letter has no full
// stop, as reOpenInitials does: letters \p{Lu}\p{Ll}?, each with a full
// stop, each but the first maybe after a hyphen. A lower-case letter after
// a capital always belongs to it (nothing else may follow a capital), so
// one pass decides.
func matchInitials(w string, open bool) bool {
	i, n := 0, 0 // n is the number of initials with a full stop
	for {
		if n > 0 && i < len(w) && w[i] == '-' {
			i++
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if !unicode.IsUpper(r) {
			return false
		}
		i += size
		if r, size := utf8.DecodeRuneInString(w[i:]); unicode.IsLower(r) {
			i += size
		}
		if i == len(w) {
			return open && n > 0
		}
		if w[i] != '.' {
			return false
		}
		i++
		n++
		if i == len(w) {
			return !open
		}
	}
}

// isCapsInitials reports whether w is one to three capitals, as
// reCapsInitials matches.
func isCapsInitials(w string) bool {
	n := 0
	for _, r := range w {
		if n++; n > 3 || !unicode.IsUpper(r) {
			return false
		}
	}
	return n > 0
}

// isNameWord reports whether w can be (part of) a personal name: it starts
// with a capital and has no digits; apostrophes and hyphens are allowed.
func isNameWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if w == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for i := 0; i < len(w); {
		// ASCII by a table, and the Cyrillic letters U+0400–U+047F (two
		// bytes, 0xD0 or 0xD1 and a continuation byte) at once: most names
		// are written in them.
		c := w[i]
		if c < utf8.RuneSelf {
			if !nameWordASCII[c] {
				return false
			}
			i++
			continue
		}
		if (c == 0xd0 || c == 0xd1) && i+1 < len(w) && w[i+1]&0xc0 == 0x80 {
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if unicode.IsDigit(r) || !(unicode.IsLetter(r) || r == '’') {
			return false
		}
		i += size
	}
	return true
}

// nameWordASCII are the ASCII bytes a name word may hold: letters and
// "-'.".
var nameWordASCII = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = asciiLetters[c] == 1 || c == '-' || c == '\'' || c == '.'
	}
	return t
}()

func (lx *Lexicon) isParticle(w string) bool {
	w = strings.TrimSuffix(w, ".")
	var arr [32]byte
	if !isLowerStart(w) || !lx.particleEnds.mayHoldLower(w) {
		return false
	}
	low := lowerWord(arr[:0], w)
	return len(low) <= lx.particleMax && lx.Particles[string(low)]
}

// etAlAt returns the length of an "et al." marker at s[i:], or 0.
func (lx *Lexicon) etAlAt(s string, i int) int {
	if len(lx.EtAl) == 0 || !lx.etAlFirst.mayStart(s[i]) || !lx.mayStartEtAl(s[i:]) {
		return 0
	}
	// Only the start of s[i:] is compared (the longest marker and the rune
	// after it): lower-case just that. Every rune lowers to at least one
	// byte and takes at most utf8.UTFMax, so this much of s is plenty.
	// The lower-cased bytes go into a buffer on the stack.
	end := min(len(s), i+utf8.UTFMax*(len(lx.EtAl[0])+utf8.UTFMax))
	var arr [128]byte
	rest := appendLower(arr[:0], s[i:end])
	for _, m := range lx.EtAl {
		if len(rest) >= len(m) && string(rest[:len(m)]) == m && boundaryAfter(rest, len(m), m) {
			if isDottedInitials(s[i : i+len(m)]) {
				continue // "E.A." are initials, "e.a." is "and others"
			}
			return len(m)
		}
	}
	return 0
}

// mayStartEtAl reports whether s, lower-cased, can start with an EtAl
// marker: its first two runes, lower-cased as appendLower does, are those
// of one (a marker of one rune needs only the first). Most words that pass
// etAlFirst ("all", "Иванов") fail here, before the lower-casing of a
// marker's length of s and the comparisons with every marker.
func (lx *Lexicon) mayStartEtAl(s string) bool { return mayStartHead(lx.etAlHeads, s) }

// mayStartHead reports whether s (not empty), lower-cased, can start with
// a phrase whose heads (runeHeads) are given: its first two runes,
// lower-cased as appendLower does, are those of one.
func mayStartHead(heads *headSet, s string) bool {
	r1, n := lowerRuneAt(s, 0)
	if r1 < utf8.RuneSelf {
		seconds := heads.seconds[r1]
		if len(seconds) == 0 {
			return false // the second rune is not read then
		}
		r2 := secondLowerRune(s, n)
		for _, h2 := range seconds {
			if h2 == r2 || h2 == -1 {
				return true
			}
		}
		return false
	}
	r2 := secondLowerRune(s, n)
	for _, h := range heads.others {
		if h[0] == r1 && (h[1] == r2 || h[1] == -1) {
			return true
		}
	}
	return false
}

// secondLowerRune returns the rune at s[n:] lower-cased (lowerRuneAt), or
// -2 when s ends at n.
func secondLowerRune(s string, n int) rune {
	if n < len(s) {
		r2, _ := lowerRuneAt(s, n)
		return r2
	}
	return -2
}

// lowerRuneAt returns the rune at s[i:] (s[i:] not empty) lower-cased as
// appendLower lower-cases it, and its length in s.
func lowerRuneAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(lowerASCII(c)), 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return nlp.LowerRune(r), size
}

// isCapsFamily reports whether w is an upper-case family name followed by
// a comma ("CHABERT,").
func isCapsFamily(w string) bool {
	if !strings.HasSuffix(w, ",") {
		return false
	}
	w = strings.TrimSuffix(w, ",")
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) || unicode.IsDigit(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// tokKind is what one word of an author list can be.
type tokKind int

const (
	tkStop     tokKind = iota // anything that cannot be in a name list
	tkLower                   // a lower-case word: prose begins
	tkInit                    // dotted initials: "J.", "J.R.", "Ch.", "J.P"
	tkCapsInit                // undotted initials: "L", "RA", "FX", "PV."
	tkCap                     // a capitalised name word: "Smith", "O'Neil", "Marvin."
	tkParticle                // van, de, kyzy ...
	tkConj                    // and, &, und, и ...
	tkEtAl                    // et al., и др.
	tkSuffix                  // Jr., Sr., III
	tkRole                    // (Eds.), eds., Hrsg., (trans.)
	tkEllipsis                // "..." between the names of a long list
)

// ntok is one word of an author list.
type ntok struct {
	kind       tokKind
	text       string // without trailing , ; :
	start, end int    // end includes the trailing punctuation
	trail      string // the trailing punctuation that was cut: "," ";" ":" or ""
	dot        bool   // text ends with a full stop
	role       string // for tkRole: "editor" or "translator"
}

// isInit reports whether the token is an initial of either kind.
func (t ntok) isInit() bool { return t.kind == tkInit || t.kind == tkCapsInit }

// nameWordKind tells whether a token may stand inside a name.
func (t ntok) nameWord() bool {
	return t.kind == tkInit || t.kind == tkCapsInit || t.kind == tkCap || t.kind == tkParticle
}

// tokenizeNames reads up to max words of s as author-list tokens,
// appended to out.
func (lx *Lexicon) tokenizeNames(out []ntok, s string, max int) []ntok {
	skipTo := 0
	// The words are found one by one: the list mostly stops after a few.
	next := 0 // where the next word is looked for
	for fields := 0; max < 0 || fields < max; fields++ {
		a, b := nextField(s, next)
		if a == len(s) {
			break
		}
		next = b
		if a < skipTo {
			continue
		}
		raw := s[a:b]
		if n := lx.etAlAt(s, a); n > 0 {
			end := a + n
			for end < len(s) && strings.ContainsRune(",.:;", rune(s[end])) {
				end++
			}
			out = append(out, ntok{kind: tkEtAl, text: s[a : a+n], start: a, end: end})
			skipTo = end
			continue
		}
		if role := lx.roleOf(raw); role != "" {
			out = append(out, ntok{kind: tkRole, text: raw, start: a, end: b, role: role})
			continue
		}
		if lx.isNameAndWord(raw) && !(utf8.RuneCountInString(strings.TrimRight(raw, ",")) == 1 && isUpperStart(raw)) {
			out = append(out, ntok{kind: tkConj, text: raw, start: a, end: b})
			continue
		}
		if strings.HasPrefix(raw, "...") || strings.HasPrefix(raw, "…") || raw == ". . ." {
			out = append(out, ntok{kind: tkEllipsis, text: raw, start: a, end: b})
			continue
		}
		text := trimRightASCII(raw, ",;:")
		t := ntok{text: text, start: a, end: b, trail: raw[len(text):], dot: strings.HasSuffix(text, ".")}
		if len(t.trail) > 1 {
			t.trail = t.trail[:1]
		}
		bare := strings.TrimSuffix(text, ".")
		switch {
		case text == "":
			t.kind = tkStop
		case lx.isNameSuffix(bare):
			t.kind = tkSuffix
		case isDottedInitials(text) || matchInitials(text, true) && strings.Contains(text, "."):
			t.kind = tkInit
		case isCapsInitials(bare):
			t.kind = tkCapsInit
		case lx.isParticle(text):
			t.kind = tkParticle
		case isNameWord(text):
			t.kind = tkCap
		case isLowerStart(text):
			t.kind = tkLower
		default:
			t.kind = tkStop
		}
		out = append(out, t)
		if t.kind == tkStop || t.kind == tkLower {
			break
		}
	}
	return out
}

// isNameSuffix reports whether w, lower-cased, is one of the NameSuffix
// words, trying its first byte and then its ends first.
func (lx *Lexicon) isNameSuffix(w string) bool {
	if w == "" || !lx.suffixFirst.mayStart(w[0]) || !lx.suffixEnds.mayHoldLower(w) {
		return false
	}
	var arr [32]byte
	return lx.NameSuffix[string(lowerWord(arr[:0], w))]
}

// isNameAndWord reports whether raw, lower-cased and without trailing
// commas, is one of the NameAnd words; raw is not empty. Its first byte
// is tried first: an ASCII byte lower-cases to the first byte of the word;
// then the ends of the word without its commas (no other rune lowers to
// a comma).
func (lx *Lexicon) isNameAndWord(raw string) bool {
	if !lx.nameAndFirst.mayStart(raw[0]) || !lx.nameAndEnds.mayHoldLower(strings.TrimRight(raw, ",")) {
		return false
	}
	var arr [32]byte
	low := bytes.TrimRight(lowerWord(arr[:0], raw), ",")
	return len(low) <= lx.nameAndMax && lx.NameAnd[string(low)]
}

// roleOf returns "editor" or "translator" when the word marks the role of
// the names before it: "(Eds.)", "eds.", "(Hrsg.)", "(trans.)".
func (lx *Lexicon) roleOf(w string) string {
	// The gate below, tried first: the core's first byte is w's first
	// one that is no bracket, when the core is not empty.
	k := 0
	for k < len(w) && (w[k] == '(' || w[k] == ')') {
		k++
	}
	if k == len(w) || !lx.roleFirst.mayStart(w[k]) {
		return "" // the core is empty, or starts no mark
	}
	core := trimRightASCII(w, ",;:.")
	paren := strings.HasPrefix(core, "(") && strings.HasSuffix(core, ")")
	core = trimASCII(core, "()")
	// The lower-cased word goes into a buffer: the map lookups and the
	// comparison read it without a string of its own.
	core = strings.TrimSuffix(core, ".")
	if core == "" || !lx.roleFirst.mayStart(core[0]) || !mayStartHead(lx.roleHeads, core) {
		return "" // (an ASCII letter lower-cases to one, in the set or not)
	}
	var arr [32]byte
	low := lowerWord(arr[:0], core)
	if len(low) == 0 {
		return ""
	}
	marks := lx.roleMarks[string(low)]
	if marks&markEditor != 0 && (paren || !isUpperStart(strings.TrimLeft(w, "(")) || string(low) != "ed") {
		return "editor"
	}
	if marks&markTranslator != 0 && (paren || isLowerStart(w)) {
		return "translator"
	}
	return ""
}

// listFormat is the way the first name of a list was written; the rest of
// the list must follow it (a title word after "Smith, J.," is not a name).
type listFormat int

const (
	fmtNone         listFormat = iota
	fmtInverted                // "Smith, J."
	fmtInvertedFull            // "Beck, Ulrich" (Chicago: the rest direct)
	fmtFamInit                 // "Khamzin A.Sh." / "Zhang L"
	fmtInitFam                 // "J. R. Shealy"
	fmtDirect                  // "Ken Lang"
	fmtSingle                  // "Asia-Plus"
)

// nameList is an author list read from the start of a string.
type nameList struct {
	names []Name
	// end is the offset where the list ends, after its closing punctuation.
	end int
	// etal says an "et al." marker closed the list.
	etal bool
	// role is "editor" or "translator" when a marker after the list ("eds.",
	// "(Hrsg.)") says so.
	role string
}

// readName is one name read from the tokens: the name, the index of the
// token after it, and the separator that closed it ("," ";" ":" "." or ""
// when the next token closed it).
type readName struct {
	name Name
	next int
	sep  string
	// hasCap says the given names hold a written-out name ("Ulrich").
	hasCap bool
}

// parseNames reads an author list at the start of s. forced says that s is
// known to be the whole author block (it ended at an APA date or a quoted
// title), which allows looser lists.
func (lx *Lexicon) parseNames(s string, forced bool) nameList {
	// The tokens of most lists fit in an array on the stack: the list
	// mostly stops after a few words.
	var buf [24]ntok
	toks := lx.tokenizeNames(buf[:0], s, 120)
	// The names gather in an array on the stack too, apart from nl:
	// done copies them out in one allocation.
	var arr [8]Name
	names := arr[:0]
	var nl nameList
	format := fmtNone
	afterConj := false
	i := 0
	for i < len(toks) {
		t := toks[i]
		switch t.kind {
		case tkEtAl:
			if len(names) > 0 {
				nl.etal, nl.end = true, t.end
				i++
				if i < len(toks) && toks[i].kind == tkRole {
					nl.role, nl.end = toks[i].role, toks[i].end
				}
			}
			return nl.done(names)
		case tkRole:
			if len(names) > 0 {
				nl.role, nl.end = t.role, t.end
			}
			return nl.done(names)
		case tkConj:
			if len(names) == 0 || afterConj {
				return nl.done(names)
			}
			afterConj = true
			i++
			continue
		case tkEllipsis:
			if len(names) == 0 {
				return nl.done(names)
			}
			i++
			continue
		}
		r, f, ok := lx.nextName(toks, i, format, afterConj, forced)
		if !ok {
			return nl.done(names)
		}
		if format == fmtNone {
			format = f
		}
		names = append(names, r.name)
		nl.end = toks[r.next-1].end
		i = r.next
		// "Hershey, Robert D., Jr.": a suffix after the comma.
		if i < len(toks) && toks[i].kind == tkSuffix && (r.sep == "," || r.sep == "") {
			n := &names[len(names)-1]
			n.Given = trimSpace(n.Given + " " + toks[i].text)
			r.sep = toks[i].trail
			if toks[i].dot && r.sep == "" {
				r.sep = "."
			}
			nl.end = toks[i].end
			i++
		}
		wasConj := afterConj
		afterConj = false
		if i >= len(toks) {
			return nl.done(names)
		}
		next := toks[i]
		switch r.sep {
		case ",", ";":
			if format == fmtSingle && next.kind != tkConj && next.kind != tkRole && next.kind != tkEtAl {
				return nl.done(names)
			}
			if wasConj && !forced && next.kind != tkRole && next.kind != tkEtAl {
				// The name after "and" is the last one, unless the block is
				// known to go on.
				return nl.done(names)
			}
		case ".", "":
			switch {
			case next.kind == tkConj || next.kind == tkRole || next.kind == tkEtAl || next.kind == tkEllipsis:
			case r.sep == "." && !wasConj && next.kind == tkCap && next.trail == "," && i+1 < len(toks) && toks[i+1].isInit() && (format == fmtInverted || format == fmtInvertedFull):
				// "Sasayama, D. Hattori, K. Teraishi, T.": full stops
				// between inverted names.
			case r.sep == "." && format == fmtFamInit && next.kind == tkCap && next.trail == "" && i+1 < len(toks) && toks[i+1].kind == tkInit:
				// "Дмитриев С.П. Шимелевич Л.И."
			case r.sep == "." && isCapsFamily(next.text+next.trail) && (format == fmtInverted || format == fmtInvertedFull):
				// "ROUSSILLON, René. CHABERT, Catherine."
			default:
				return nl.done(names)
			}
		default:
			return nl.done(names)
		}
	}
	return nl.done(names)
}

// done returns the list read with its names, copied out of the scratch
// space they were read into.
func (nl nameList) done(names []Name) nameList {
	if len(names) == 0 {
		return nameList{}
	}
	nl.names = append([]Name(nil), names...)
	return nl
}

// nextName reads the name at toks[i] in a list of the given format and
// returns it with the list format its first name sets.
func (lx *Lexicon) nextName(toks []ntok, i int, format listFormat, afterConj, forced bool) (readName, listFormat, bool) {
	t := toks[i]
	switch format {
	case fmtNone:
		if t.kind == tkInit {
			if r, ok := lx.readDirect(toks, i, forced); ok {
				return r, fmtInitFam, true
			}
			return readName{}, 0, false
		}
		if r, ok := lx.readInverted(toks, i, forced); ok {
			fam := strings.Count(r.name.Family, " ") + 1 - strings.Count(r.name.Family, "Jr")
			if fam == 1 || !r.hasCap {
				if r.hasCap {
					return r, fmtInvertedFull, true
				}
				return r, fmtInverted, true
			}
			// "Wong Fillmore, Lily." against "Frank Wood, Jan Gasthaus, ...":
			// a family of several words is inverted only when a short given
			// name closes the list.
			if r.sep == "." && strings.Count(r.name.Given, " ") < 2 {
				return r, fmtInvertedFull, true
			}
		}
		// "Joseph A. Schumpeter," is direct; "Иванов И.И. Трудовая" is not.
		// (The direct reading is made once for both tests.)
		direct, directOK := lx.readDirect(toks, i, forced)
		if directOK && (direct.sep == "," || direct.sep == ";" || conjToName(toks, direct.next) && lx.nameAfterConj(toks, direct.next+1, forced) || forced && direct.next >= len(toks)) {
			return direct, fmtDirect, true
		}
		if r, ok := lx.readFamInit(toks, i, forced); ok {
			return r, fmtFamInit, true
		}
		if directOK {
			return direct, fmtDirect, true
		}
		if (t.kind == tkCap || t.kind == tkCapsInit && len(t.text) > 2 && t.dot) && (t.dot || t.trail != "" || i+1 >= len(toks) || toks[i+1].kind == tkStop || toks[i+1].kind == tkConj) {
			sep := t.trail
			if t.dot && sep == "" {
				sep = "."
			}
			return readName{name: Name{Family: t.text}, next: i + 1, sep: sep}, fmtSingle, true
		}
		return readName{}, 0, false
	case fmtInverted, fmtInvertedFull:
		if t.kind == tkInit {
			r, ok := lx.readDirect(toks, i, forced)
			return r, format, ok
		}
		if r, ok := lx.readInverted(toks, i, forced); ok && (format == fmtInvertedFull || !r.hasCap || forced || afterConj) {
			return r, format, true
		}
		if format == fmtInvertedFull || afterConj || forced {
			if r, ok := lx.readDirect(toks, i, forced); ok {
				return r, format, true
			}
		}
		if r, ok := lx.readFamInit(toks, i, forced); ok && format == fmtInverted {
			return r, format, true
		}
	case fmtFamInit:
		if r, ok := lx.readFamInit(toks, i, forced); ok {
			return r, format, true
		}
		if afterConj || forced {
			if r, ok := lx.readDirect(toks, i, forced); ok {
				return r, format, true
			}
		}
	case fmtInitFam:
		if t.kind == tkInit || t.kind == tkCapsInit || afterConj || forced {
			r, ok := lx.readDirect(toks, i, forced)
			return r, format, ok
		}
	case fmtDirect:
		if r, ok := lx.readDirect(toks, i, forced); ok {
			return r, format, true
		}
	case fmtSingle:
		if t.kind == tkCap {
			sep := t.trail
			if t.dot && sep == "" {
				sep = "."
			}
			return readName{name: Name{Family: t.text}, next: i + 1, sep: sep}, format, true
		}
	}
	return readName{}, 0, false
}

// nameAfterConj reports whether a whole name stands at toks[j], after a
// conjunction ("and Harry G. Kwatny", not "and Static Gravity Field of").
func (lx *Lexicon) nameAfterConj(toks []ntok, j int, forced bool) bool {
	if _, ok := lx.readDirect(toks, j, forced); ok {
		return true
	}
	if _, ok := lx.readInverted(toks, j, forced); ok {
		return true
	}
	_, ok := lx.readFamInit(toks, j, forced)
	return ok
}

// conjToName reports whether toks[j] is a conjunction followed by the
// start of a name ("and J. Smith", not "и язык").
func conjToName(toks []ntok, j int) bool {
	return j+1 < len(toks) && toks[j].kind == tkConj && (toks[j+1].nameWord() && toks[j+1].kind != tkParticle || toks[j+1].kind == tkParticle && j+2 < len(toks) && toks[j+2].kind == tkCap)
}

// closes reports whether the token ends a name that has no punctuation
// of its own: a conjunction, "et al.", a role, a bracket, a quote, a digit
// or the end of the list.
func closes(toks []ntok, j int, forced bool) bool {
	if j >= len(toks) {
		return true
	}
	switch toks[j].kind {
	case tkConj:
		return conjToName(toks, j) || forced
	case tkEtAl, tkRole, tkEllipsis, tkStop:
		return true
	case tkLower:
		return forced
	}
	return false
}

// readInverted reads "Family, Given": one to three family words, a comma,
// then initials or given names ("Smith, J. R.", "Beck, Ulrich", "Goethe,
// Johann Wolfgang von", "Pate, C. Marvin").
func (lx *Lexicon) readInverted(toks []ntok, i int, forced bool) (readName, bool) {
	j := i
	for j < len(toks) && j-i < 3 {
		t := toks[j]
		if t.kind != tkCap && t.kind != tkParticle && !(t.kind == tkCapsInit && len(t.text) > 1) && !(t.kind == tkSuffix && j > i) || t.dot && t.kind != tkSuffix {
			return readName{}, false
		}
		j++
		if t.trail != "" {
			break
		}
	}
	if j == i || toks[j-1].trail != "," {
		return readName{}, false
	}
	hasCap := false
	for _, t := range toks[i:j] {
		if t.kind != tkParticle {
			hasCap = true
		}
	}
	if !hasCap {
		return readName{}, false
	}
	famEnd := j
	r := readName{}
	caps := 0
	for j < len(toks) && j-famEnd < 5 {
		t := toks[j]
		if !t.nameWord() && t.kind != tkSuffix {
			break
		}
		if t.kind == tkCap {
			caps++
			r.hasCap = true
			if caps > 3 {
				return readName{}, false
			}
		}
		j++
		if t.trail != "" {
			r.sep = t.trail
			break
		}
		if t.dot {
			if t.kind == tkInit || t.kind == tkCapsInit {
				if j < len(toks) {
					nx := toks[j]
					if nx.kind == tkInit || nx.kind == tkCapsInit && nx.dot || nx.kind == tkSuffix {
						continue
					}
					// "Pate, C. Marvin." - a written-out name after the initial.
					if (nx.kind == tkCap || nx.kind == tkParticle) && caps == 0 && (nx.trail == ";" || nx.trail == "," && !(j+1 < len(toks) && toks[j+1].isInit()) || nx.dot && nx.trail == "") {
						continue
					}
				}
			}
			r.sep = "."
			break
		}
	}
	if j == famEnd {
		return readName{}, false
	}
	if r.sep == "" && !closes(toks, j, forced) {
		return readName{}, false
	}
	fam := toks[i:famEnd]
	given := toks[famEnd:j]
	r.name = Name{Family: joinToks(fam), Given: joinToks(given)}
	r.next = j
	return r, true
}

// readFamInit reads "Family Initials": "Zhang L", "Khamzin A.Sh.",
// "Van Breusegem F", "ROSANVALLON P.".
func (lx *Lexicon) readFamInit(toks []ntok, i int, forced bool) (readName, bool) {
	j := i
	for j < len(toks) && j-i < 3 && (toks[j].kind == tkCap || toks[j].kind == tkParticle) && toks[j].trail == "" && !toks[j].dot {
		j++
	}
	if j == i || toks[j-1].kind != tkCap {
		return readName{}, false
	}
	famEnd := j
	r := readName{}
	for j < len(toks) && j-famEnd < 3 && toks[j].isInit() {
		t := toks[j]
		j++
		if t.trail != "" {
			r.sep = t.trail
			break
		}
		if t.dot && !(j < len(toks) && toks[j].isInit() && toks[j].dot) {
			r.sep = "."
			break
		}
	}
	if j == famEnd {
		return readName{}, false
	}
	if r.sep == "" && !closes(toks, j, forced) {
		return readName{}, false
	}
	r.name = Name{Family: joinToks(toks[i:famEnd]), Given: joinToks(toks[famEnd:j])}
	r.next = j
	return r, true
}

// readDirect reads "Given Family": "J. R. Shealy", "Frank Wood", "Yee Whye
// Teh", "L. El Ghaoui", "Bradley K Yoder", "R. Platt Jr".
func (lx *Lexicon) readDirect(toks []ntok, i int, forced bool) (readName, bool) {
	j := i
	r := readName{}
	for j < len(toks) && j-i < 5 {
		t := toks[j]
		if !t.nameWord() && !(t.kind == tkSuffix && j > i+1) {
			break
		}
		j++
		if t.trail != "" {
			r.sep = t.trail
			break
		}
		if t.dot && t.kind != tkInit && !(t.kind == tkCapsInit && j < len(toks) && toks[j].nameWord()) {
			r.sep = "."
			break
		}
	}
	words := toks[i:j]
	// The family name is the last written-out word (a suffix may follow).
	last := len(words) - 1
	suffix := ""
	if last >= 0 && words[last].kind == tkSuffix {
		suffix = words[last].text
		last--
	}
	// "L. Wu.": a two-letter family name reads like an initial ("Ch.").
	shortFamily := last >= 1 && words[last].kind == tkInit && reShortFamily.MatchString(words[last].text) && words[last-1].isInit()
	if last < 1 || words[last].kind != tkCap && !shortFamily {
		return readName{}, false
	}
	if r.sep == "" && !closes(toks, j, forced) {
		return readName{}, false
	}
	cut := last
	for cut > 0 && words[cut-1].kind == tkParticle {
		cut--
	}
	r.name = Name{Given: trimSpace(joinToks(words[:cut]) + " " + suffix), Family: joinToks(words[cut : last+1])}
	if shortFamily {
		r.name.Family = strings.TrimSuffix(r.name.Family, ".")
	}
	for _, w := range words[:cut] {
		if w.kind == tkCap {
			r.hasCap = true
		}
	}
	r.next = j
	return r, true
}

func joinToks(ts []ntok) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.text
	}
	return strings.Join(parts, " ")
}
