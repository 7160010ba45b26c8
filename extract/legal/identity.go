package legal

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// conceptAt returns the concept ids of the longest vocabulary phrase that
// starts at words[i], and the number of words it covers.
func (lx *Lexicon) conceptAt(words []string, i int) ([]string, int) {
	if i >= len(words) || words[i] == "" {
		return nil, 0
	}
	for _, ci := range *lx.conceptList(words[i]) {
		cp := &lx.concepts[ci]
		if i+len(cp.stems) > len(words) {
			continue
		}
		ok := true
		for k, st := range cp.stems {
			w := words[i+k]
			// More than six runes after the stem (w's runes less st's, as st
			// is valid UTF-8): never with six bytes or fewer.
			if !strings.HasPrefix(w, st) || len(w)-len(st) > 6 && utf8.RuneCountInString(w[len(st):]) > 6 {
				ok = false
				break
			}
		}
		if ok {
			return cp.ids, len(cp.stems)
		}
	}
	return nil, 0
}

// titleInfo is what a title says about identity.
type titleInfo struct {
	key     string // TitleKey
	subject string // act type the title approves or names ("concept")
	period  string
}

// TitleKey computes the normalized, translation-aware key of a title:
// case-folded, stop words, approval words, type words and the act's own
// jurisdiction dropped, words mapped to the concept ids of the title
// vocabulary (other words stemmed), sorted, with the period last. Titles of
// one act in English, Russian, Kazakh and Slovenian share a key:
// "On External Migration", "On Foreign Migration", «О внешней миграции»,
// «Сыртқы көші-қон туралы» → "external-migration".
func (lx *Lexicon) TitleKey(title, actType, jurisdiction, period string) string {
	return lx.titleInfo(title, actType, jurisdiction, period).key
}

func (lx *Lexicon) titleInfo(title, actType, jurisdiction, period string) titleInfo {
	ti, _ := lx.titleTokensInfo(tokenize(title, 0), actType, jurisdiction, period)
	return ti
}

// titleTokensInfo is titleInfo of the title's tokens; usedJuris reports
// whether it read the jurisdiction (it does only for a title that names a
// state): if not, the title reads the same for every jurisdiction.
func (lx *Lexicon) titleTokensInfo(toks []token, actType, jurisdiction, period string) (ti titleInfo, usedJuris bool) {
	// Most titles have a few words and concepts: space on the stack.
	var wordBuf, idBuf [16]string
	words := wordBuf[:0]
	per := period
	subject, seenType, typeText, droppedJuris := "", "", "", ""
	approval := false
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if p, k, ok := lx.bareSpan(toks, i); ok {
			if per == "" {
				per = p
			}
			i = k - 1
			continue
		}
		// The phrase sets' first tests (matchAt's) inline: most words fail
		// it, without a call.
		if up := &lx.cue.upto; up.starts(&toks[i]) && up.startsTwo(&toks[i]) {
			if _, n := up.matchFrom(toks, i); n > 0 && i+n < len(toks) && yearOf(toks[i+n]) > 0 {
				if per == "" {
					per = toks[i+n].text
				}
				i += n
				continue
			}
		}
		if y := yearOf(t); y > 0 {
			if per == "" {
				per = t.text
			}
			continue
		}
		if t.kind != tWord {
			continue
		}
		if h := strings.LastIndex(t.low, "-"); h > 0 {
			// "Kazakhstan-2050": a name and a year in one word.
			if y := yearOf(token{kind: tNum, text: t.low[h+1:]}); y > 0 {
				if per == "" {
					per = t.low[h+1:]
				}
				head := tokenize(t.text[:h], 0)
				code, n := lx.names.matchAt(head, 0)
				usedJuris = usedJuris || n == len(head)
				if n == len(head) && (code == jurisdiction || jurisdiction == "") {
					droppedJuris = code
				} else {
					words = append(words, fold(t.text[:h]))
				}
				continue
			}
		}
		code, n := "", 0
		if lx.names.starts(&toks[i]) && lx.names.startsTwo(&toks[i]) {
			code, n = lx.names.matchFrom(toks, i)
		}
		usedJuris = usedJuris || n > 0
		if n > 0 && (code == jurisdiction || jurisdiction == "") {
			droppedJuris = code
			i += n - 1
			continue
		} else if n > 0 {
			// Another state (a party): its code in every language and case
			// ("with Russia", "Ресей Федерациясымен").
			words = append(words, code)
			i += n - 1
			continue
		}
		code, n = "", 0
		if lx.adjs.starts(&toks[i]) && lx.adjs.startsTwo(&toks[i]) {
			code, n = lx.adjs.matchFrom(toks, i)
		}
		usedJuris = usedJuris || n > 0
		if n > 0 && code == jurisdiction {
			i += n - 1
			continue
		}
		if ap := &lx.approval; ap.starts(&toks[i]) && ap.startsTwo(&toks[i]) {
			if _, n := ap.matchFrom(toks, i); n > 0 {
				approval = true
				if seenType != "" && subject == "" {
					subject = seenType
				}
				i += n - 1
				continue
			}
		}
		if tw, ok := lx.typeOf(&t); ok {
			if seenType == "" {
				seenType, typeText = tw.actType, t.low
			}
			if subject == "" && (approval || len(words) == 0) {
				subject = tw.actType
			}
			continue
		}
		// One rune or none: never five bytes or more.
		if lx.stop[t.low] || len(t.low) < 5 && utf8.RuneCountInString(t.low) < 2 {
			continue
		}
		words = append(words, t.low)
	}
	if approval && subject == "" {
		subject = seenType
	}
	if subject == actType {
		subject = ""
	}
	if len(words) == 0 && per == "" && droppedJuris != "" {
		// The title is the jurisdiction ("Treaty on the Eurasian Economic
		// Union").
		words = []string{droppedJuris}
	}
	if len(words) == 0 && per == "" && subject == "" && typeText != "" {
		// A title that is only the type word names a unique act ("the
		// Constitution").
		words = []string{typeText}
	}
	ids := lx.conceptIDs(words, idBuf[:0])
	key := strings.Join(ids, "-")
	if per != "" {
		if key != "" {
			key += "-"
		}
		key += per
	}
	return titleInfo{key: key, subject: subject, period: per}, usedJuris
}

// conceptIDs maps title words to concept ids (stems for words outside the
// vocabulary), sorted and unique, appended to ids (empty).
func (lx *Lexicon) conceptIDs(words, ids []string) []string {
	// A title has a few: a linear search is cheaper than a map.
	add := func(id string) {
		if id != "" && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	for i := 0; i < len(words); {
		if got, n := lx.conceptAt(words, i); n > 0 {
			for _, id := range got {
				add(id)
			}
			i += n
			continue
		}
		w := words[i]
		if strings.Contains(w, "-") {
			for _, part := range strings.Split(w, "-") {
				if got, n := lx.conceptAt([]string{part}, 0); n > 0 {
					for _, id := range got {
						add(id)
					}
				} else if utf8.RuneCountInString(part) > 2 {
					add(stemWord(part))
				}
			}
		} else {
			add(stemWord(w))
		}
		i++
	}
	sort.Strings(ids)
	return ids
}

// stemWord reduces a word outside the title vocabulary to a crude stem:
// common English and Russian endings are stripped, other words are cut to
// seven letters. Only words in the vocabulary are matched across languages,
// so the stem needs to be stable, not linguistically exact.
func stemWord(w string) string {
	if !utf8.ValidString(w) {
		return stemRunes(w)
	}
	// In valid UTF-8 the runes of w are its bytes: cut w without a copy.
	ends := enEndings
	if isCyrillic(w) {
		ends = ruEndings
	}
	n := utf8.RuneCountInString(w)
	for _, e := range ends {
		// The suffix first: most endings are not, and it needs no count.
		if !strings.HasSuffix(w, e) {
			continue
		}
		if m := utf8.RuneCountInString(e); n-m >= 4 {
			w, n = w[:len(w)-len(e)], n-m
			break
		}
	}
	if n > 7 {
		k := 0
		for i := range w {
			if k == 7 {
				return w[:i]
			}
			k++
		}
	}
	return w
}

// stemRunes is stemWord on runes: invalid bytes become U+FFFD.
func stemRunes(w string) string {
	rs := []rune(w)
	cyr := isCyrillic(w)
	ends := enEndings
	if cyr {
		ends = ruEndings
	}
	for _, e := range ends {
		er := []rune(e)
		if len(rs)-len(er) >= 4 && strings.HasSuffix(w, e) {
			rs = rs[:len(rs)-len(er)]
			break
		}
	}
	if len(rs) > 7 {
		rs = rs[:7]
	}
	return string(rs)
}

var enEndings = []string{"ations", "ation", "ments", "ment", "ings", "ing", "ities", "ity", "ies", "ied", "ed", "es", "s"}

var ruEndings = []string{"иями", "ями", "ами", "ого", "его", "ему", "ому", "ыми", "ими", "ией", "ой", "ей", "ий", "ый",
	"ая", "яя", "ое", "ее", "ые", "ие", "ов", "ев", "ам", "ям", "ах", "ях", "ом", "ем", "ию", "ия", "ии",
	"ью", "а", "я", "о", "е", "ы", "и", "у", "ю", "ь"}

// Number normalization: Cyrillic letters of number prefixes and suffixes in
// Latin (УП-4829 → UP-4829, 191-р → 191-R).
var cyrToLat = map[rune]rune{
	'У': 'U', 'П': 'P', 'Ф': 'F', 'З': 'Z', 'Р': 'R', 'Ў': 'O', 'Қ': 'Q', 'В': 'V', 'М': 'M', 'К': 'K',
	'Н': 'N', 'С': 'S', 'Т': 'T', 'Е': 'E', 'А': 'A', 'О': 'O', 'Х': 'X', 'І': 'I',
}

// normNumber returns the normalized number and its base (without a
// one-letter type suffix: 191-r → 191).
func normNumber(n string) (full, base string) {
	n = strings.ToUpper(strings.TrimSpace(n))
	var b strings.Builder
	for _, r := range n {
		if l, ok := cyrToLat[r]; ok {
			r = l
		}
		b.WriteRune(r)
	}
	full = b.String()
	base = full
	if i := strings.LastIndex(full, "-"); i > 0 && len(full)-i == 2 {
		switch full[i+1] {
		case 'R', 'P', 'U':
			base = full[:i]
		}
	}
	return full, base
}

// keyNumber is the number as written with Cyrillic letters in Latin
// (УП-4829 → UP-4829, 191-р → 191-r).
func keyNumber(n string) string {
	var b strings.Builder
	for _, r := range n {
		if l, ok := cyrToLat[unicode.ToUpper(r)]; ok {
			if unicode.IsLower(r) {
				l = unicode.ToLower(l)
			}
			r = l
		}
		b.WriteRune(r)
	}
	return b.String()
}

func leadingDigits(n string) string {
	i := 0
	for i < len(n) && n[i] >= '0' && n[i] <= '9' {
		i++
	}
	return n[:i]
}

// Key returns the canonical key of a mention:
// jurisdiction:type:year:number (kz:law:2011:477-IV), or a title-based key
// jurisdiction:type:title:titlekey when the act has no number
// (kz:concept:title:migration-policy-2023-2027).
func Key(m Mention) string {
	j := m.Jurisdiction
	if j == "" {
		j = "xx"
	}
	year := ""
	if y := m.effectiveYear(); y > 0 {
		year = strconv.Itoa(y)
	}
	switch {
	case m.Number != "":
		return j + ":" + m.ActType + ":" + year + ":" + keyNumber(m.Number)
	case m.TitleKey != "":
		return j + ":" + m.ActType + ":title:" + m.TitleKey
	}
	return j + ":" + m.ActType + ":" + year
}

// ELI returns an ELI-style URI for the act a mention names:
// /eli/kz/law/2011/477-IV, or /eli/kz/concept/title/migration-policy-2023-2027
// when the act has no number.
func ELI(m Mention) string {
	j := m.Jurisdiction
	if j == "" {
		j = "xx"
	}
	parts := []string{"", "eli", j, m.ActType}
	switch {
	case m.Number != "":
		if y := m.effectiveYear(); y > 0 {
			parts = append(parts, strconv.Itoa(y))
		}
		parts = append(parts, keyNumber(m.Number))
	case m.TitleKey != "":
		parts = append(parts, "title", m.TitleKey)
	default:
		if y := m.effectiveYear(); y > 0 {
			parts = append(parts, strconv.Itoa(y))
		}
	}
	return strings.Join(parts, "/")
}

// AdiletID returns the adilet.zan.kz document id of a Kazakh act when its
// type, year and number allow: a letter (Z laws, K codes, P government
// resolutions, U presidential decrees), the two-digit year and the number
// zero-padded (477-IV of 2011 → Z1100000477; 961 of 2022 → P2200000961; 82
// of 2024 → P2400000082). Acts of the 1990s use the older form Z970000204_.
// It returns "" otherwise.
func AdiletID(m Mention) string {
	if m.Jurisdiction != "kz" || m.Number == "" {
		return ""
	}
	digits := leadingDigits(m.Number)
	y := m.effectiveYear()
	if digits == "" || len(digits) > 7 || y < 1990 || y > 2099 {
		return ""
	}
	letter := ""
	switch m.ActType {
	case "law":
		letter = "Z"
	case "code":
		letter = "K"
	case "resolution":
		if m.Authority == "" || m.Authority == "government" {
			letter = "P"
		}
	case "decree":
		if m.Authority == "" || m.Authority == "president" {
			letter = "U"
		}
	}
	if letter == "" {
		return ""
	}
	n, _ := strconv.Atoi(digits)
	if y < 2000 {
		return fmt.Sprintf("%s%02d%07d_", letter, y%100, n)
	}
	return fmt.Sprintf("%s%02d%08d", letter, y%100, n)
}

// effectiveYear is the best adoption year known: ActYear, else Year.
func (m *Mention) effectiveYear() int {
	if m.ActYear != 0 {
		return m.ActYear
	}
	return m.Year
}

// weakYear reports a year read only from a publication or citation date.
func (m *Mention) weakYear() bool { return m.YearSource == "publication" }

// family groups act types that may name one act in different sources.
func family(t string) string {
	switch t {
	case "resolution", "decision", "order":
		return "government-act"
	case "concept", "strategy", "programme":
		return "policy"
	case "agreement", "convention":
		return "international"
	}
	return t
}

func typesCompatible(a, b *Mention) bool {
	if family(a.ActType) == family(b.ActType) {
		return true
	}
	return a.Subject != "" && family(a.Subject) == family(b.ActType) ||
		b.Subject != "" && family(b.Subject) == family(a.ActType) ||
		a.Subject != "" && b.Subject != "" && family(a.Subject) == family(b.Subject)
}

// yearsConflict reports two adoption years that cannot both be right. A year
// read from a publication date may follow the adoption by up to three years.
func yearsConflict(a, b *Mention) bool {
	ya, yb := a.effectiveYear(), b.effectiveYear()
	if ya == 0 || yb == 0 || ya == yb {
		return false
	}
	if a.weakYear() && ya > yb && ya-yb <= 3 || b.weakYear() && yb > ya && yb-ya <= 3 {
		return false
	}
	if a.weakYear() && b.weakYear() && abs(ya-yb) <= 2 {
		return false
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// splitKey splits a TitleKey into its words and its period.
func splitKey(k string) (words []string, period string) {
	return appendKeyWords(nil, k)
}

// appendKeyWords is splitKey appending the words to words (the legal
// reducer judges pairs of mentions by the hundred thousand: with a buffer
// on the caller's stack, and the period cut out of k where its numbers
// stand together, a pair costs no allocation).
func appendKeyWords(words []string, k string) ([]string, string) {
	var period string
	pEnd := -1 // where the period ends in k while it is a substring of k
	for start := 0; start <= len(k); {
		end := strings.IndexByte(k[start:], '-')
		if end < 0 {
			end = len(k)
		} else {
			end += start
		}
		w := k[start:end]
		switch {
		case w == "":
		case w[0] >= '0' && w[0] <= '9':
			switch {
			case period == "":
				period, pEnd = w, end
			case pEnd >= 0 && start == pEnd+1:
				period, pEnd = k[pEnd-len(period):end], end
			default:
				period, pEnd = period+"-"+w, -1
			}
		default:
			words = append(words, w)
		}
		start = end + 1
	}
	return words, period
}

// subset reports every word of a in b. Titles have a handful of words: a
// scan beats building a set (the legal reducer calls this per pair).
func subset(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}

// verdict is why SameAct decided as it did; explain words it. Deciding
// without wording lets the cross-document linker compare many pairs cheaply.
type verdict int

const (
	sameAnaphor verdict = iota
	diffJurisdictions
	diffNumbers
	numberDiffTypes
	numberDiffYears
	sameNumberWritten
	sameNumber
	noNumberOrTitle
	diffTypes
	diffPeriods
	titleDiffYears
	sameTitle
	sameTitleApproves
	overlapSamePeriod
	overlapSameYear
	overlapUnconfirmed
	diffTitles
)

// SameAct reports whether two mentions name the same act, and why: first by
// number and jurisdiction; then by TitleKey, compatible type and compatible
// year (the same title adopted in different years names different acts:
// Kazakhstan's 1997 and 2011 migration laws stay apart).
func SameAct(a, b Mention) (bool, string) {
	same, v := judge(&a, &b)
	return same, v.explain(a, b)
}

// Same is SameAct without the reason. The mentions are passed by
// reference: the legal reducer asks it of pairs by the million.
func Same(a, b *Mention) bool {
	same, _ := judge(a, b)
	return same
}

// Judged is the part of a mention that Same reads. Two mentions with equal
// Judged values are judged alike against any third, so a caller comparing
// many mentions (the legal reducer, 200,000 mentions at 10,000 papers, most
// of them repeats of a few thousand acts) can judge each pair of distinct
// values once. TestJudgedCoversSame fails when judge reads another field.
type Judged struct {
	Anaphor                                                           bool
	Key, Jurisdiction, Number, ActType, Subject, TitleKey, YearSource string
	Year, ActYear                                                     int
}

// Judged returns the fields of m that Same reads.
func (m *Mention) Judged() Judged {
	return Judged{Anaphor: m.Anaphor, Key: m.Key, Jurisdiction: m.Jurisdiction, Number: m.Number, ActType: m.ActType,
		Subject: m.Subject, TitleKey: m.TitleKey, YearSource: m.YearSource, Year: m.Year, ActYear: m.ActYear}
}

func judge(a, b *Mention) (bool, verdict) {
	if (a.Anaphor || b.Anaphor) && a.Key != "" && a.Key == b.Key {
		return true, sameAnaphor
	}
	if a.Jurisdiction != "" && b.Jurisdiction != "" && a.Jurisdiction != b.Jurisdiction {
		return false, diffJurisdictions
	}
	if a.Number != "" && b.Number != "" {
		fa, ba := normNumber(a.Number)
		fb, bb := normNumber(b.Number)
		if ba != bb {
			return false, diffNumbers
		}
		if !typesCompatible(a, b) {
			return false, numberDiffTypes
		}
		if yearsConflict(a, b) {
			return false, numberDiffYears
		}
		if fa != fb {
			return true, sameNumberWritten
		}
		return true, sameNumber
	}
	if a.TitleKey == "" || b.TitleKey == "" {
		return false, noNumberOrTitle
	}
	if !typesCompatible(a, b) {
		return false, diffTypes
	}
	var bufA, bufB [16]string
	wa, pa := appendKeyWords(bufA[:0], a.TitleKey)
	wb, pb := appendKeyWords(bufB[:0], b.TitleKey)
	if pa != "" && pb != "" && pa != pb {
		return false, diffPeriods
	}
	policy := family(a.ActType) == "policy" || family(b.ActType) == "policy" ||
		family(a.Subject) == "policy" || family(b.Subject) == "policy"
	samePeriod := pa != "" && pa == pb
	if subset(wa, wb) && subset(wb, wa) {
		if yearsConflict(a, b) && !(policy && samePeriod) {
			return false, titleDiffYears
		}
		if a.Subject != "" || b.Subject != "" {
			return true, sameTitleApproves
		}
		return true, sameTitle
	}
	if (subset(wa, wb) || subset(wb, wa)) && (len(wa) > 0 && len(wb) > 0 || policy && samePeriod && a.Jurisdiction != "" && b.Jurisdiction != "") {
		if policy && samePeriod && !yearsConflict(a, b) {
			return true, overlapSamePeriod
		}
		ya, yb := a.effectiveYear(), b.effectiveYear()
		if ya != 0 && ya == yb && !a.weakYear() && !b.weakYear() {
			return true, overlapSameYear
		}
		return false, overlapUnconfirmed
	}
	return false, diffTitles
}

// explain words a verdict on a and b.
func (v verdict) explain(a, b Mention) string {
	switch v {
	case sameAnaphor:
		return "anaphor resolved to the same act"
	case diffJurisdictions:
		return fmt.Sprintf("different jurisdictions (%s, %s)", a.Jurisdiction, b.Jurisdiction)
	case diffNumbers:
		return fmt.Sprintf("different numbers (%s, %s)", a.Number, b.Number)
	case numberDiffTypes:
		return fmt.Sprintf("same number %s but different act types (%s, %s)", a.Number, a.ActType, b.ActType)
	case numberDiffYears:
		return fmt.Sprintf("same number %s but adopted in different years (%d, %d)", a.Number, a.effectiveYear(), b.effectiveYear())
	case sameNumberWritten:
		_, base := normNumber(a.Number)
		return fmt.Sprintf("same number %s (written %s and %s) and jurisdiction", base, a.Number, b.Number)
	case sameNumber:
		return fmt.Sprintf("same number %s and jurisdiction", a.Number)
	case noNumberOrTitle:
		return "no number or title to compare"
	case diffTypes:
		return fmt.Sprintf("different act types (%s, %s)", a.ActType, b.ActType)
	case diffPeriods:
		_, pa := splitKey(a.TitleKey)
		_, pb := splitKey(b.TitleKey)
		return fmt.Sprintf("different periods (%s, %s)", pa, pb)
	case titleDiffYears:
		return fmt.Sprintf("same title but adopted in different years (%d, %d)", a.effectiveYear(), b.effectiveYear())
	case sameTitle:
		return "same title"
	case sameTitleApproves:
		return "same title (one approves the other)"
	case overlapSamePeriod:
		return "title words overlap and the period is the same"
	case overlapSameYear:
		return fmt.Sprintf("title words overlap and both were adopted in %d", a.effectiveYear())
	case overlapUnconfirmed:
		return "title words overlap but the year does not confirm it"
	}
	return "different titles"
}

// Disagreements lists, in English, the fields two mentions of the same act
// give differently (date, year, number, type), each with an explanation.
// Type differences are reported between numbered mentions only: a concept
// and the resolution approving it are not a disagreement.
func Disagreements(a, b Mention) []string {
	var out []string
	if a.Number != "" && b.Number != "" && a.Number != b.Number {
		fa, ba := normNumber(a.Number)
		fb, bb := normNumber(b.Number)
		switch {
		case fa == fb:
			out = append(out, fmt.Sprintf("number spelled %q in %s and %q in %s: the same number in another script or case", a.Number, label(a), b.Number, label(b)))
		case ba == bb:
			out = append(out, fmt.Sprintf("number %s in %s but %s in %s: the letter suffix (-r, Russian -р) marks a rasporyazhenie (order) of the Cabinet; the base number %s is the same", a.Number, label(a), b.Number, label(b), ba))
		default:
			out = append(out, fmt.Sprintf("number %s in %s but %s in %s", a.Number, label(a), b.Number, label(b)))
		}
	}
	if a.ActType != b.ActType && a.Number != "" && b.Number != "" {
		out = append(out, fmt.Sprintf("act type: %s calls it a %s, %s a %s", label(a), a.ActType, label(b), b.ActType))
	}
	if a.Date != "" && b.Date != "" && a.Date != b.Date {
		out = append(out, fmt.Sprintf("date %s in %s but %s in %s", a.Date, label(a), b.Date, label(b)))
	}
	ya, yb := a.effectiveYear(), b.effectiveYear()
	if ya != 0 && yb != 0 && ya != yb {
		out = append(out, explainYears(a, b))
	}
	for _, pair := range [][2]Mention{{a, b}, {b, a}} {
		x, y := pair[0], pair[1]
		yy := y.effectiveYear()
		if x.PublishedYear == 0 || yy == 0 || x.PublishedYear == yy || x.PublishedYear == y.PublishedYear ||
			x.PublishedYear == x.effectiveYear() && x.effectiveYear() != yy {
			continue
		}
		if x.InReferences {
			out = append(out, fmt.Sprintf("year %d comes from the reference entry's publication date (%s); the act was adopted in %d", x.PublishedYear, label(x), yy))
		} else {
			out = append(out, fmt.Sprintf("year %d is the publication year of the source cited for %s; the act was adopted in %d", x.PublishedYear, label(x), yy))
		}
	}
	return dedupe(out)
}

// explainYears says why two mentions give different years.
func explainYears(a, b Mention) string {
	// Order so that x is the less reliable side.
	x, y := a, b
	if rankYearSource(b.YearSource) < rankYearSource(a.YearSource) {
		x, y = b, a
	}
	xy, yy := x.effectiveYear(), y.effectiveYear()
	adopted := fmt.Sprintf("in %d", yy)
	if y.Date != "" {
		adopted = "on " + y.Date
	}
	switch {
	case x.YearSource == "publication" && y.YearSource == "publication":
		return fmt.Sprintf("years %d (%s) and %d (%s) both come from publication dates of the sources, not from the act itself", xy, label(x), yy, label(y))
	case x.YearSource == "publication" && x.InReferences:
		return fmt.Sprintf("year %d comes from the reference entry's publication date (%s); the act was adopted %s (%s)", xy, label(x), adopted, label(y))
	case x.YearSource == "publication":
		return fmt.Sprintf("year %d comes from the publication date of the source cited for %s; the act was adopted %s (%s)", xy, label(x), adopted, label(y))
	case x.Period != "" && strings.HasPrefix(x.Period, strconv.Itoa(xy)):
		return fmt.Sprintf("year %d (%s) is the first year of the period %s, not the adoption year; the act was adopted %s (%s)", xy, label(x), x.Period, adopted, label(y))
	case x.YearSource == "sentence":
		return fmt.Sprintf("the text says %s was adopted in %d, but %s dates it %s", label(x), xy, label(y), strings.TrimPrefix(adopted, "on "))
	}
	return fmt.Sprintf("year %d in %s but %d in %s", xy, label(x), yy, label(y))
}

func rankYearSource(s string) int {
	switch s {
	case "date", "url":
		return 5
	case "text":
		return 4
	case "reference":
		return 3
	case "sentence":
		return 2
	case "publication":
		return 1
	}
	return 0
}

// label names a mention in a disagreement: its text with white space
// collapsed, cut to 67 runes and "..." when longer than 70, quoted.
func label(m Mention) string {
	t, runes := collapsedPrefix(m.Text, labelRunes+1)
	if runes > labelRunes {
		t = string([]rune(t)[:labelRunes-3]) + "..."
	}
	if m.InReferences {
		return strconv.Quote(t) + " (reference entry)"
	}
	return strconv.Quote(t)
}

// labelRunes is the longest label text kept whole.
const labelRunes = 70

// collapsedPrefix returns the first n runes of strings.Join(strings.Fields(s),
// " ") (all of it when shorter) and their number, without splitting the
// whole of s: labels keep 70 runes of texts that can be paragraphs. Like
// []rune, it counts an invalid byte as one rune. The prefix is a substring
// of s unless s has white space other than single spaces inside it.
func collapsedPrefix(s string, n int) (string, int) {
	p := prefixBuilder{s: s, start: -1}
	word := -1 // start of the word being read, -1 between words
	runes, spaceLast := 0, false
	i := 0
	for i < len(s) {
		c := s[i]
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if c == ' ' || c-'\t' <= '\r'-'\t' || c >= utf8.RuneSelf && unicode.IsSpace(r) {
			if word >= 0 {
				p.add(word, i)
				word = -1
			}
			i += w
			continue
		}
		if runes == n {
			break
		}
		if word < 0 {
			if p.start >= 0 { // the space before this word
				runes++
				if runes == n {
					spaceLast = true
					break
				}
			}
			word = i
		}
		runes++
		i += w
	}
	if word >= 0 {
		p.add(word, i)
	}
	if spaceLast {
		p.addSpace()
	}
	return p.String(), runes
}

// prefixBuilder joins words of s with single spaces, as the substring
// s[start:end] while they are single-space separated there, else in buf.
type prefixBuilder struct {
	s          string
	start, end int // start < 0: no word yet
	buf        []byte
}

// add appends the word s[from:to].
func (p *prefixBuilder) add(from, to int) {
	if p.buf == nil {
		if p.start < 0 {
			p.start, p.end = from, to
			return
		}
		if from == p.end+1 && p.s[p.end] == ' ' {
			p.end = to
			return
		}
		p.toBuf()
	}
	p.buf = append(append(p.buf, ' '), p.s[from:to]...)
}

// addSpace appends a space after the last word.
func (p *prefixBuilder) addSpace() {
	if p.buf == nil && p.end < len(p.s) && p.s[p.end] == ' ' {
		p.end++
		return
	}
	if p.buf == nil {
		p.toBuf()
	}
	p.buf = append(p.buf, ' ')
}

func (p *prefixBuilder) toBuf() {
	p.buf = append(make([]byte, 0, 2*(p.end-p.start)+16), p.s[p.start:p.end]...)
}

func (p *prefixBuilder) String() string {
	switch {
	case p.buf != nil:
		return string(p.buf)
	case p.start < 0:
		return ""
	}
	return p.s[p.start:p.end]
}

func dedupe(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// Ref points at one mention of one document in Cluster's input.
type Ref struct {
	Doc     int `json:"doc"`
	Mention int `json:"mention"`
}

// Act is one act and every mention of it across documents.
type Act struct {
	// Key is the canonical key of the best-identified mention.
	Key string `json:"key"`
	// ELI and AdiletID of that mention ("" when unknown).
	ELI      string `json:"eli"`
	AdiletID string `json:"adilet_id,omitempty"`
	Mentions []Ref  `json:"mentions"`
	// Docs are the documents that mention the act, ascending.
	Docs []int `json:"docs"`
	// Disagreements between mentions in different places.
	Disagreements []string `json:"disagreements,omitempty"`
}

// Cluster links the mentions of several documents (docs[i] is Extract's
// result for document i) into acts: anaphors join their antecedent, other
// mentions are joined when SameAct says so. Acts come out ordered by their
// first mention.
func Cluster(docs [][]Mention) []Act {
	type node struct {
		ref Ref
		m   Mention
	}
	var nodes []node
	index := map[Ref]int{}
	for d, ms := range docs {
		for i, m := range ms {
			index[Ref{d, i}] = len(nodes)
			nodes = append(nodes, node{Ref{d, i}, m})
		}
	}
	parent := make([]int, len(nodes))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra != rb {
			if ra < rb {
				parent[rb] = ra
			} else {
				parent[ra] = rb
			}
		}
	}
	for i, n := range nodes {
		if n.m.Anaphor {
			if a, ok := index[Ref{n.ref.Doc, n.m.Antecedent}]; ok && n.m.Antecedent >= 0 {
				union(i, a)
			}
		}
	}
	for i := range nodes {
		if nodes[i].m.Anaphor {
			continue
		}
		for j := i + 1; j < len(nodes); j++ {
			if nodes[j].m.Anaphor {
				continue
			}
			if Same(&nodes[i].m, &nodes[j].m) {
				union(i, j)
			}
		}
	}
	groups := map[int][]int{}
	var roots []int
	for i := range nodes {
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	var acts []Act
	for _, r := range roots {
		members := groups[r]
		best := members[0]
		for _, i := range members {
			if identityScore(nodes[i].m) > identityScore(nodes[best].m) {
				best = i
			}
		}
		bm := nodes[best].m
		act := Act{Key: bm.Key, ELI: ELI(bm), AdiletID: AdiletID(bm)}
		docSet := map[int]bool{}
		for _, i := range members {
			act.Mentions = append(act.Mentions, nodes[i].ref)
			docSet[nodes[i].ref.Doc] = true
		}
		for d := range docSet {
			act.Docs = append(act.Docs, d)
		}
		sort.Ints(act.Docs)
		// One representative per distinct reading of the act.
		var reps []Mention
		seen := map[string]bool{}
		for _, i := range members {
			m := nodes[i].m
			if m.Anaphor {
				continue
			}
			full, _ := normNumber(m.Number)
			sig := fmt.Sprint(m.ActType, "|", full, "|", m.effectiveYear(), "|", m.YearSource, "|", m.Date, "|", m.PublishedYear)
			if !seen[sig] {
				seen[sig] = true
				reps = append(reps, m)
			}
		}
		var dis []string
		for x := 0; x < len(reps); x++ {
			for y := x + 1; y < len(reps); y++ {
				dis = append(dis, Disagreements(reps[x], reps[y])...)
			}
		}
		act.Disagreements = dedupe(dis)
		acts = append(acts, act)
	}
	return acts
}

// identityScore ranks how well a mention identifies its act.
func identityScore(m Mention) int {
	s := 0
	if m.Anaphor {
		return -1
	}
	if m.Number != "" {
		s += 8
	}
	if m.Date != "" {
		s += 4
	}
	if m.effectiveYear() != 0 && !m.weakYear() {
		s += 2
	}
	if m.Title != "" {
		s++
	}
	return s
}
