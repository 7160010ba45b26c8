package refs

import "regexp"

// The specifications of hand-written readers, kept as the regexps they
// replaced (tests compare each reader with its regexp); they are not
// compiled in the program.
var (
	// One token of a run of numbers glued to a journal name: "49(5):",
	// "17", "1-39", "(3)" (isNumTok).
	reNumTok = regexp.MustCompile(`^(?:[A-Za-z]?\d+[A-Za-z]?(?:\([^()]*\))?(?:[-–—][A-Za-z]?\d+[A-Za-z]?)?|\([^()]*\d[^()]*\))[.:,]?$`)
	// An anchor left open (replaceAnchorOpens).
	reAnchorOpen = regexp.MustCompile(`(?i)<a\s+href="([^"]*)(?:"\s*>)?`)
	// A news item's lead: up to three words, then a quoted title (leadNews).
	reLeadNews = regexp.MustCompile(`^((?:\p{L}[\p{L}'.-]*\s+){1,3})[«"“]([^»"”]{1,60})[»"”]\.?\s*`)
	// An editor's or translator's role after a name ("Frank Kelleter
	// (ed.)", "Ivanov, red."; hasNameRole).
	reNameRole = regexp.MustCompile(`(?i)(?:,\s*|\s\()(?:eds?|hrsg|hg|trans|red|ред|пер)\.`)
	// "(Oxford University Press, 2006)" (isNameYear).
	reNameYear = regexp.MustCompile(`^\p{Lu}[^()\[\]\d]{2,60},\s*(?:1[5-9]|20)\d\d[a-h]?$`)
	// "(London: Routledge)" (isPlacePublisher).
	rePlacePublisher = regexp.MustCompile(`^\p{Lu}[^:()\[\]]{1,50}:\s*\S`)
	// A title with a number at its end (trailNum).
	reTrailNum = regexp.MustCompile(`^(.*[\p{L}.)])\s+(\d{1,4})$`)
	// Pages, maybe after a cue word and before a unit (pagesBody).
	rePages = gatedRegexp{regexp.MustCompile(`(?i)^(?:pp?\.|pages?|pg\.?|s\.|с\.|ss\.|str\.|стр\.|S\.|С\.|б\.)?\s*([A-Za-z]{0,2}\d+[A-Za-z]?(?:\s*[-–—‐‑]+\s*[A-Za-z]{0,2}\d+[A-Za-z]?)?)(?:\s*(?:pp?|с|c|s|б)\.?)?$`), mayPages}
	// A word after which a number is no tail but the field's own value
	// (isNumCue).
	reNumCue = regexp.MustCompile(`(?i)^(?:vol|vols|volume|v|no|nos|n|nr|num|issue|iss|pp|p|pg|pages?|s|ss|str|с|стр|т|вып|кн|ч|bd|band|jg|heft|h|tome?|tom|part|pt|suppl|sec|art|ch|chap|fig|č|št|letnik|številka|№|n°|nº)\.?$`)
	// A year (or "n.d.") after white space, closed by punctuation and a
	// space (harvardYear).
	reHarvardYear = regexp.MustCompile(`[.,]?\s+((?:1[5-9]|20)\d\d[a-h]?|n\.\s?d\.)[.,:]\s`)
)
