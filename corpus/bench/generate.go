package bench

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// Config tunes the generator; the zero value gives the defaults.
type Config struct {
	// SeedDir holds the seed texts ("" = FindSeedDir).
	SeedDir string
	// MeanBytes is the mean text size of a paper (default 40,000).
	MeanBytes int
	// MeanRefs is the mean length of a reference list (default 45).
	MeanRefs int
	// SizeSigma is the sigma of the lognormal sizes (default 0.45); the
	// reference counts use 0.5.
	SizeSigma float64
}

// Paper is one generated paper.
type Paper struct {
	Index    int      `json:"index"`
	Name     string   `json:"file"`
	Template string   `json:"template"`
	Langs    []string `json:"langs"` // main language first
	Bytes    int      `json:"bytes"`
	Refs     int      `json:"refs"`     // entries in its reference list
	Callouts int      `json:"callouts"` // citation callouts in its text
	Cited    int      `json:"cited"`    // distinct entries some callout cites
	Text     string   `json:"-"`
}

// template is one kind of paper, imitating one seed.
type template struct {
	name    string
	lang    string
	ext     string
	weight  float64
	callout string // "apa" (Name, 2020), "chicago" (Name 2020), "numeric" [3]
}

// templates follow the order of SeedFiles: each imitates that seed.
var templates = []template{
	{"apa", "en", ".txt", 0.30, "apa"},            // 001: journal article, APA list with bullets, Slovenian summary
	{"numeric-kk", "kk", ".txt", 0.20, "numeric"}, // 002: PDF-extracted Kazakh article, ru and en abstracts
	{"numbered-md", "en", ".md", 0.25, "apa"},     // 003: Markdown article, numbered APA list
	{"chicago-md", "en", ".md", 0.25, "chicago"},  // 004: Markdown policy paper, Chicago list
}

// Generator makes papers; it is read-only after New and safe for
// concurrent use.
type Generator struct {
	seed int64
	cfg  Config
	pool *pool
}

// New loads the seeds and returns a generator for seed.
func New(seed int64, cfg Config) (*Generator, error) {
	if cfg.MeanBytes <= 0 {
		cfg.MeanBytes = 40_000
	}
	if cfg.MeanRefs <= 0 {
		cfg.MeanRefs = 45
	}
	if cfg.SizeSigma <= 0 {
		cfg.SizeSigma = 0.45
	}
	if cfg.SeedDir == "" {
		d, err := FindSeedDir()
		if err != nil {
			return nil, err
		}
		cfg.SeedDir = d
	}
	p, err := loadPool(cfg.SeedDir)
	if err != nil {
		return nil, err
	}
	return &Generator{seed: seed, cfg: cfg, pool: p}, nil
}

// Generate writes n papers made with seed into dir (created if needed),
// with a manifest.json describing them (Collect skips .json files).
func Generate(dir string, n int, seed int64) error {
	g, err := New(seed, Config{})
	if err != nil {
		return err
	}
	_, err = g.WriteDir(dir, n, 0)
	return err
}

// Manifest describes a generated corpus.
type Manifest struct {
	Generator string  `json:"generator"`
	Seed      int64   `json:"seed"`
	Papers    int     `json:"papers"`
	Bytes     int64   `json:"bytes"`
	MeanBytes float64 `json:"mean_bytes"`
	MeanRefs  float64 `json:"mean_refs"`
	Files     []Paper `json:"files"`
}

// WriteDir writes papers 0..n-1 into dir with workers goroutines (0: one
// per CPU) and returns the manifest it also writes as dir/manifest.json.
func (g *Generator) WriteDir(dir string, n, workers int) (*Manifest, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	m := &Manifest{Generator: "claimgraph corpus/bench", Seed: g.seed, Papers: n, Files: make([]Paper, n)}
	jobs := make(chan int)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := range jobs {
				if errs[w] != nil {
					continue
				}
				p := g.Paper(i)
				errs[w] = os.WriteFile(filepath.Join(dir, p.Name), []byte(p.Text), 0o644)
				p.Text = ""
				m.Files[i] = p
			}
		}(w)
	}
	for i := 0; i < n; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	refs := 0
	for _, p := range m.Files {
		m.Bytes += int64(p.Bytes)
		refs += p.Refs
	}
	if n > 0 {
		m.MeanBytes = float64(m.Bytes) / float64(n)
		m.MeanRefs = float64(refs) / float64(n)
	}
	data, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		return nil, err
	}
	return m, os.WriteFile(filepath.Join(dir, "manifest.json"), append(data, '\n'), 0o644)
}

// Papers returns papers 0..n-1 in memory.
func (g *Generator) Papers(n int) []Paper {
	out := make([]Paper, n)
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = g.Paper(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// genRef is one entry of a generated reference list.
type genRef struct {
	text   string
	key    string // as a callout names it: "Adamson", "Adamson & Tsourapas", "Adamson et al.", an organization
	year   string // with its disambiguation letter
	yearAt int
}

// paper is the state of one paper being generated.
type paper struct {
	g         *Generator
	rng       *rand.Rand
	tpl       template
	rep       *strings.Replacer
	perm      []int
	yearShift int
	refs      []genRef
	callouts  int
	cited     map[int]bool
}

// Paper makes paper i; the same seed and i always give the same paper.
func (g *Generator) Paper(i int) Paper {
	rng := rand.New(rand.NewPCG(uint64(g.seed), uint64(i)*0x9E3779B97F4A7C15+1))
	x := &paper{g: g, rng: rng, cited: map[int]bool{}}
	w := rng.Float64()
	for _, t := range templates {
		x.tpl = t
		if w -= t.weight; w < 0 {
			break
		}
	}
	target := clampInt(lognormal(rng, float64(g.cfg.MeanBytes), g.cfg.SizeSigma), 8_000, 12*g.cfg.MeanBytes)
	nrefs := clampInt(lognormal(rng, float64(g.cfg.MeanRefs), 0.5), 5, 250)
	x.perm = rng.Perm(len(countries))
	x.rep = countryReplacer(x.perm)
	if rng.IntN(2) == 0 { // half the papers keep their years
		x.yearShift = []int{-3, -2, -1, 1}[rng.IntN(4)]
	}
	x.references(nrefs)

	front, langs := x.front()
	back, backLangs := x.back()
	langs = append(langs, backLangs...)
	refList := x.referenceList()
	fixed := 0
	for _, s := range [][]string{front, back, refList} {
		for _, b := range s {
			fixed += len(b) + 2
		}
	}
	body := x.body(max(3_000, target-fixed))
	x.cite(body)
	body = x.sections(body)

	var blocks []string
	blocks = append(blocks, front...)
	if x.tpl.name == "numeric-kk" {
		blocks = append(blocks, x.paginate(body, 1+rng.IntN(300))...)
	} else {
		blocks = append(blocks, body...)
	}
	blocks = append(blocks, refList...)
	blocks = append(blocks, back...)
	text := strings.Join(blocks, "\n\n") + "\n"
	return Paper{
		Index: i, Name: fmt.Sprintf("p%06d_%s%s", i, x.tpl.lang, x.tpl.ext), Template: x.tpl.name,
		Langs: dedupe(langs), Bytes: len(text), Refs: len(x.refs), Callouts: x.callouts, Cited: len(x.cited), Text: text,
	}
}

func lognormal(rng *rand.Rand, mean, sigma float64) float64 {
	mu := math.Log(mean) - sigma*sigma/2
	return math.Exp(mu + sigma*rng.NormFloat64())
}

func clampInt(v float64, lo, hi int) int {
	return max(lo, min(hi, int(math.Round(v))))
}

func dedupe(ss []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func (x *paper) pick(ss []string) string { return ss[x.rng.IntN(len(ss))] }

// references samples n entries from the seeds' lists, perturbing the first
// author's surname (60%) and the year (50%), and disambiguates equal
// author-year keys with letters as APA does (2024a, 2024b).
func (x *paper) references(n int) {
	p := x.g.pool
	order := x.rng.Perm(len(p.refs))
	sep := " & "
	if x.tpl.callout == "chicago" {
		sep = " and "
	}
	for k := 0; k < n; k++ {
		e := p.refs[order[k%len(order)]]
		dup := k >= len(order)
		text, yearAt := e.text, e.yearAt
		year, _ := strconv.Atoi(text[yearAt : yearAt+4])
		first := ""
		if e.authors > 0 {
			first = text[e.first[0]:e.first[1]]
		}
		if x.rng.Float64() < 0.5 || dup {
			d := 1 + x.rng.IntN(3)
			if x.rng.IntN(2) == 0 {
				d = -d
			}
			year = min(2025, max(1950, year+d))
			text = text[:yearAt] + strconv.Itoa(year) + text[yearAt+4:]
		}
		if e.authors > 0 && (x.rng.Float64() < 0.6 || dup) {
			name := p.newSurname(x.rng, script(first))
			text = text[:e.first[0]] + name + text[e.first[1]:]
			if e.first[0] < yearAt {
				yearAt += len(name) - len(first)
			}
			first = name
		}
		key := e.org
		switch {
		case e.authors == 1:
			key = first
		case e.authors == 2:
			key = first + sep + e.text[e.second[0]:e.second[1]]
		case e.authors > 2:
			key = first + " et al."
		}
		x.refs = append(x.refs, genRef{text: text, key: key, year: strconv.Itoa(year), yearAt: yearAt})
	}
	if x.tpl.callout == "numeric" {
		return
	}
	sort.SliceStable(x.refs, func(i, j int) bool { return x.refs[i].text < x.refs[j].text })
	groups := map[string][]int{}
	var keys []string
	for i, r := range x.refs {
		k := r.key + "|" + r.year
		if groups[k] == nil {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], i)
	}
	for _, k := range keys {
		idx := groups[k]
		if len(idx) < 2 {
			continue
		}
		for n, i := range idx {
			r := &x.refs[i]
			letter := string(rune('a' + n%26))
			at := r.yearAt + 4
			r.text = r.text[:at] + letter + r.text[at:]
			r.year += letter
		}
	}
}

// referenceList formats the list as the template's seed does.
func (x *paper) referenceList() []string {
	var out []string
	switch x.tpl.name {
	case "apa":
		out = append(out, "REFERENCES")
		var b strings.Builder
		for i, r := range x.refs {
			if b.Len() > 0 && i%12 == 0 {
				out = append(out, b.String())
				b.Reset()
			}
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString("- " + r.text)
		}
		out = append(out, b.String())
	case "numbered-md":
		out = append(out, "## References")
		var b strings.Builder
		for i, r := range x.refs {
			if i > 0 {
				b.WriteByte('\n')
			}
			fmt.Fprintf(&b, "%d. %s", i+1, r.text)
		}
		out = append(out, b.String())
	case "chicago-md":
		out = append(out, "#### **REFERENCES**")
		for _, r := range x.refs {
			out = append(out, r.text)
		}
	case "numeric-kk":
		out = append(out, x.pick([]string{"Әдебиеттер тізімі", "Пайдаланылған әдебиеттер тізімі", "ӘДЕБИЕТТЕР"}))
		var b strings.Builder
		for i, r := range x.refs {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(wrap(fmt.Sprintf("%d. %s", i+1, r.text), 75))
		}
		out = append(out, b.String())
	}
	return out
}

// country returns the name of country i (0 Kazakhstan … 4 Turkmenistan,
// after the paper's permutation) in column col of countries.
func (x *paper) country(i, col int) string { return countries[x.perm[i]][col] }

var (
	enTopics   = []string{"Labor Migration", "Remittances and Household Welfare", "Return Migration", "Migration Policy", "Irregular Migration", "Migrant Workers' Rights", "Internal Migration", "Diaspora Networks", "Youth Emigration", "Seasonal Labor Migration"}
	enAspects  = []string{"Socio-Economic and Legal Aspects", "Trends and Challenges", "Evidence from Household Surveys", "A Legal Perspective", "Policy Responses after 2022", "Insights from Official Statistics", "The Role of Bilateral Agreements", "Risks and Opportunities"}
	kkTopics   = []string{"еңбек көші-қонының ерекшеліктері", "көші-қон саясаты", "ақша аударымдарының рөлі", "заңсыз көші-қон мәселелері"}
	kkAspects  = []string{"әлеуметтік-экономикалық және құқықтық аспектілері", "қазіргі үрдістер мен сын-қатерлер", "мемлекеттік саясат және құқықтық реттеу"}
	ruTopics   = []string{"Особенности трудовой миграции", "Миграционная политика", "Денежные переводы мигрантов", "Незаконная миграция"}
	ruAspects  = []string{"социально-экономические и правовые аспекты", "современные тенденции и вызовы", "государственная политика и правовое регулирование"}
	givenNames = []string{"Ainura", "Darygul", "Madina", "Nurlan", "Gulnara", "Azamat", "Dilnoza", "Timur", "Zarina", "Bakhyt", "Aliya", "Rustam", "Saule", "Erlan", "Kamila", "Farrukh", "Aigerim", "Daniyar", "Zhanna", "Serik"}
	enKeywords = []string{"labor migration", "Central Asia", "remittances", "migration policy", "legal regulation", "labor market", "human trafficking", "Russia", "return migration", "social protection", "EAEU"}
	kkKeywords = []string{"еңбек көші-қоны", "Орталық Азия", "көші-қон саясаты", "құқықтық реттеу", "еңбек нарығы", "ақша аударымдары"}
	ruKeywords = []string{"трудовая миграция", "Центральная Азия", "миграционная политика", "правовое регулирование", "рынок труда", "денежные переводы"}
	months     = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

func (x *paper) keywords(list []string) string {
	k := 4 + x.rng.IntN(3)
	idx := x.rng.Perm(len(list))[:min(k, len(list))]
	var out []string
	for _, i := range idx {
		out = append(out, list[i])
	}
	return strings.Join(out, ", ")
}

func (x *paper) enTitle() string {
	place := "Central Asia"
	if x.rng.IntN(3) > 0 {
		place = x.country(x.rng.IntN(5), 0)
	}
	topic, aspect := x.pick(enTopics), x.pick(enAspects)
	switch x.rng.IntN(3) {
	case 0:
		return topic + " in " + place + ": " + aspect
	case 1:
		return topic + " from " + place + " to Russia: " + aspect
	}
	return aspect + ": " + topic + " in " + place
}

func (x *paper) authors(n int, upper bool) []string {
	var out []string
	for k := 0; k < n; k++ {
		s := x.g.pool.newSurname(x.rng, "latin")
		if upper {
			s = strings.ToUpper(s)
		}
		out = append(out, x.pick(givenNames)+" "+s)
	}
	return out
}

// abstract returns a perturbed prose paragraph of lang.
func (x *paper) abstract(lang string) string {
	return x.perturb(x.pick(x.g.pool.prose[lang]))
}

func (x *paper) perturb(p string) string {
	p = x.rep.Replace(p)
	return perturbNumbers(x.rng, p, x.yearShift)
}

// front returns the title block, authors, abstract and keywords.
func (x *paper) front() ([]string, []string) {
	year := 2018 + x.rng.IntN(8)
	doi := ""
	if x.rng.IntN(5) < 2 {
		doi = fmt.Sprintf("10.%d/cg.%d.%d", 5000+x.rng.IntN(4000), x.g.seed, x.rng.Int64N(1e9))
	}
	date := func() string {
		return fmt.Sprintf("%d %s %d", 1+x.rng.IntN(28), x.pick(months), year)
	}
	switch x.tpl.name {
	case "apa":
		out := []string{strings.ToUpper(x.enTitle()), strings.Join(x.authors(1+x.rng.IntN(5), true), ", ")}
		if doi != "" {
			out = append(out, "DOI: "+doi)
		}
		out = append(out, "ABSTRACT", x.abstract("en"), "Keywords: "+x.keywords(enKeywords))
		return out, []string{"en"}
	case "numbered-md":
		out := []string{"Received: " + date(), "Accepted: " + date(), "### " + x.enTitle(), strings.Join(x.authors(1+x.rng.IntN(6), false), ", ")}
		if doi != "" {
			out = append(out, "https://doi.org/"+doi)
		}
		out = append(out, "#### Abstract", "*"+strings.TrimSpace(x.abstract("en"))+"*", "**Keywords:** "+x.keywords(enKeywords)+".")
		return out, []string{"en"}
	case "chicago-md":
		out := []string{"# **" + x.enTitle() + "**", strings.Join(x.authors(1+x.rng.IntN(2), false), ", "),
			"Received: " + date() + "; Accepted: " + date() + "; Published: " + date()}
		if doi != "" {
			out = append(out, "DOI: "+doi)
		}
		out = append(out, "**Abstract:** "+x.abstract("en"), "**Keywords:** "+x.keywords(enKeywords)+".")
		return out, []string{"en"}
	}
	// numeric-kk: Kazakh title, authors with affiliations, abstract.
	place := "Орталық Азиядағы"
	if x.rng.IntN(2) == 0 {
		place = x.country(x.rng.IntN(5), 2) + "дағы"
	}
	title := strings.ToUpper(place + " " + x.pick(kkTopics) + ": " + x.pick(kkAspects))
	var names []string
	n := 1 + x.rng.IntN(4)
	for k := 0; k < n; k++ {
		names = append(names, fmt.Sprintf("%s %c.%d", x.g.pool.newSurname(x.rng, "cyrillic"), []rune("АБГДЕЖЗКЛМНС")[x.rng.IntN(12)], k+1))
	}
	out := []string{wrap(title, 60), "*" + strings.Join(names, ", ") + " ",
		wrap("Абылай хан атындағы Қазақ халықаралық қатынастар және әлем тілдері университеті, Алматы, Қазақстан", 75)}
	if doi != "" {
		out = append(out, "DOI: "+doi)
	}
	out = append(out, wrap("Аңдатпа. "+strings.TrimSpace(x.abstract("kk")), 75), wrap("Түйін сөздер: "+x.keywords(kkKeywords), 75))
	return out, []string{"kk"}
}

// back returns what follows the reference list: the Slovenian summary of
// the apa template (half the time), the Russian and English abstracts of
// the Kazakh template.
func (x *paper) back() ([]string, []string) {
	switch x.tpl.name {
	case "apa":
		if x.rng.IntN(2) == 0 || len(x.g.pool.prose["sl"]) == 0 {
			return nil, nil
		}
		place := x.country(x.rng.IntN(5), 3) + "u"
		out := []string{"POVZETEK", strings.ToUpper("Delovne migracije v " + place + ": " + x.pick([]string{"trendi in izzivi", "pravni vidiki", "družbeno-ekonomski izzivi"}))}
		for k, n := 0, 2+x.rng.IntN(3); k < n; k++ {
			out = append(out, x.abstract("sl"))
		}
		return out, []string{"sl"}
	case "numeric-kk":
		var out []string
		var langs []string
		if len(x.g.pool.prose["ru"]) > 0 {
			place := "Центральной Азии"
			if x.rng.IntN(2) == 0 {
				place = x.country(x.rng.IntN(5), 1) + "е"
			}
			out = append(out, wrap(strings.ToUpper(x.pick(ruTopics)+" в "+place+": "+x.pick(ruAspects)), 60),
				wrap("Аннотация. "+strings.TrimSpace(x.abstract("ru")), 75), wrap("Ключевые слова: "+x.keywords(ruKeywords), 75))
			langs = append(langs, "ru")
		}
		out = append(out, wrap(strings.ToUpper(x.enTitle()), 60), wrap("Abstract. "+strings.TrimSpace(x.abstract("en")), 75),
			wrap("Key words: "+x.keywords(enKeywords), 75))
		return out, append(langs, "en")
	}
	return nil, nil
}

// body samples shuffled prose paragraphs of the template's language until
// size bytes: 60% from the template's own seed, the rest from every seed of
// that language.
func (x *paper) body(size int) []string {
	own := x.g.pool.byTemplate[x.tpl.name]
	all := x.g.pool.prose[x.tpl.lang]
	ownOrder, allOrder := x.rng.Perm(len(own)), x.rng.Perm(len(all))
	var out []string
	n := 0
	for k := 0; n < size; k++ {
		var p string
		if x.rng.Float64() < 0.6 {
			p = own[ownOrder[k%len(own)]]
		} else {
			p = all[allOrder[k%len(all)]]
		}
		p = x.perturb(p)
		if x.tpl.callout != "numeric" {
			p = x.narrative(p)
		}
		if x.tpl.name == "numeric-kk" {
			p = wrap(p, 75)
		}
		out = append(out, p)
		n += len(p) + 2
	}
	return out
}

// reNarrative matches a narrative callout of the seeds: "Lagakos (2020)",
// "Garriga et al. (2023)", "Boskovic & Jankovic (2023)".
var reNarrative = regexp.MustCompile(`\b\p{Lu}[\p{L}'’\-]+(?: et al\.| (?:&|and) \p{Lu}[\p{L}'’\-]+)?(?:'s)? \((?:19|20)\d\d[a-z]?\)`)

// narrative points the narrative callouts of a sampled paragraph at random
// entries of this paper's list, written as the template writes them.
func (x *paper) narrative(p string) string {
	if len(x.refs) == 0 {
		return p
	}
	return reNarrative.ReplaceAllStringFunc(p, func(string) string {
		k := x.rng.IntN(len(x.refs))
		r := x.refs[k]
		x.callouts++
		x.cited[k] = true
		return r.key + " (" + r.year + ")"
	})
}

// cite writes callouts into the body: every reference is cited at least
// once, in groups of one to three, plus 10–60% more callouts to random
// entries, each before the full stop of a random sentence.
func (x *paper) cite(body []string) {
	n := len(x.refs)
	if n == 0 {
		return
	}
	var groups [][]int
	order := x.rng.Perm(n)
	size := func() int {
		switch r := x.rng.Float64(); {
		case r < 0.6:
			return 1
		case r < 0.9:
			return 2
		}
		return 3
	}
	for k := 0; k < n; {
		s := min(size(), n-k)
		groups = append(groups, append([]int{}, order[k:k+s]...))
		k += s
	}
	for extra := int(float64(n) * (0.1 + 0.5*x.rng.Float64()) / 1.5); extra > 0; extra-- {
		s := size()
		g := x.rng.Perm(n)[:min(s, n)]
		groups = append(groups, g)
	}
	type pos struct{ para, at int }
	var cands []pos
	for i, p := range body {
		for _, at := range sentenceEnds(p) {
			cands = append(cands, pos{i, at})
		}
	}
	x.rng.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] })
	type ins struct {
		at   int
		text string
	}
	byPara := map[int][]ins{}
	for k, g := range groups {
		c := " " + x.callout(g)
		if k < len(cands) {
			byPara[cands[k].para] = append(byPara[cands[k].para], ins{cands[k].at, c})
		} else {
			i := x.rng.IntN(len(body))
			at := len(strings.TrimRight(body[i], " \n"))
			if strings.HasSuffix(body[i][:at], ".") {
				at--
			}
			byPara[i] = append(byPara[i], ins{at, c})
		}
		x.callouts++
	}
	for i, list := range byPara {
		sort.SliceStable(list, func(a, b int) bool { return list[a].at > list[b].at })
		p := body[i]
		for _, in := range list {
			p = p[:in.at] + in.text + p[in.at:]
		}
		body[i] = p
	}
}

// sentenceEnds returns the offsets of the full stops that end a sentence
// after a word of at least three letters (not "e.g.", "al.", "No.").
func sentenceEnds(p string) []int {
	var out []int
	for i := 40; i < len(p); i++ {
		if p[i] != '.' || i+1 < len(p) && p[i+1] != ' ' && p[i+1] != '\n' {
			continue
		}
		j := i
		for j > 0 && p[j-1] != ' ' && p[j-1] != '\n' && p[j-1] != '(' {
			j--
		}
		word := []rune(p[j:i])
		if len(word) < 3 || strings.ContainsAny(string(word), ".*_[]()<>") {
			continue
		}
		last := word[len(word)-1]
		if !(last >= '0' && last <= '9') && !isLowerLetter(last) {
			continue
		}
		out = append(out, i)
	}
	return out
}

func isLowerLetter(r rune) bool { return unicode.IsLower(r) }

// callout formats one citation of the references in g.
func (x *paper) callout(g []int) string {
	for _, k := range g {
		x.cited[k] = true
	}
	switch x.tpl.callout {
	case "numeric":
		nums := make([]int, len(g))
		for i, k := range g {
			nums[i] = k + 1
		}
		sort.Ints(nums)
		if len(nums) >= 3 && nums[len(nums)-1]-nums[0] == len(nums)-1 {
			return fmt.Sprintf("[%d–%d]", nums[0], nums[len(nums)-1])
		}
		var parts []string
		for _, v := range nums {
			parts = append(parts, strconv.Itoa(v))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case "chicago":
		var parts []string
		for _, k := range g {
			parts = append(parts, x.refs[k].key+" "+x.refs[k].year)
		}
		return "(" + strings.Join(parts, "; ") + ")"
	}
	var parts []string
	for _, k := range g {
		parts = append(parts, x.refs[k].key+", "+x.refs[k].year)
	}
	return "(" + strings.Join(parts, "; ") + ")"
}

var sectionHeadings = map[string][]string{
	"apa":         {"INTRODUCTION", "LITERATURE REVIEW", "METHODS", "RESULTS", "DISCUSSION", "CONCLUSION"},
	"numbered-md": {"#### Introduction", "#### Literature Review", "## **Methodology**", "#### Results", "#### Discussion", "## Conclusion"},
	"chicago-md":  {"## **INTRODUCTION**", "#### **LITERATURE REVIEW**", "#### **METHODOLOGY**", "#### **MAIN PART**", "#### **DISCUSSION**", "## **CONCLUSION**"},
	"numeric-kk":  {"Кіріспе", "Әдебиеттерге шолу", "Зерттеу әдістері", "Нәтижелер", "Талқылау", "Қорытынды"},
}

// sections interleaves section headings (introduction and conclusion
// always, two to four of the others) and a few country subheadings.
func (x *paper) sections(body []string) []string {
	hs := sectionHeadings[x.tpl.name]
	chosen := []string{hs[0]}
	for _, h := range hs[1 : len(hs)-1] {
		if x.rng.IntN(3) > 0 {
			chosen = append(chosen, h)
		}
	}
	chosen = append(chosen, hs[len(hs)-1])
	if len(body) < len(chosen) {
		chosen = []string{hs[0]}
	}
	cuts := x.rng.Perm(len(body) - 1)[:len(chosen)-1]
	for i := range cuts {
		cuts[i]++
	}
	sort.Ints(cuts)
	cuts = append([]int{0}, cuts...)
	var out []string
	c := 0
	for i, p := range body {
		if c < len(cuts) && i == cuts[c] {
			out = append(out, chosen[c])
			c++
		} else if x.tpl.lang == "en" && x.rng.IntN(12) == 0 {
			out = append(out, x.country(x.rng.IntN(5), 0))
		}
		out = append(out, p)
	}
	return out
}

// paginate splits the text into pages of 38–46 lines separated as a PDF
// extraction prints them: running heads (the authors, the journal) and the
// page number on lines of their own.
func (x *paper) paginate(blocks []string, page int) []string {
	text := strings.Join(blocks, "\n\n")
	lines := strings.Split(text, "\n")
	journal := x.pick([]string{"Абылай хан атындағы ҚазХҚжӘТУ ХАБАРШЫСЫ", "ҚазҰУ ХАБАРШЫСЫ. Құқық сериясы", "Вестник КазНУ. Серия юридическая"})
	var b strings.Builder
	next := 38 + x.rng.IntN(9)
	for i, l := range lines {
		if i == next {
			fmt.Fprintf(&b, "\n%s \n\n\n\n%d\n\n", journal, page)
			page++
			next += 38 + x.rng.IntN(9)
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return []string{strings.TrimRight(b.String(), "\n")}
}
