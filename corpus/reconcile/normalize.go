package reconcile

import (
	"cmp"
	"strings"
)

// Unit families. Currencies are their own family each (the ISO 4217 code),
// because comparing them would need an exchange rate for a date.
const (
	familyPercent  = "percent"  // percent and share (fractions are multiplied by 100)
	familyCount    = "count"    // persons and counts
	familyTimes    = "times"    // multiples ("3 times")
	familyDuration = "duration" // days, weeks, months, years, in days
	familyNone     = "unitless"
)

// Days per unit, for durations (Gregorian averages: a wording such as
// "6 months" vs "half a year" is then equal within rounding).
const (
	daysPerWeek  = 7
	daysPerMonth = 365.2425 / 12
	daysPerYear  = 365.2425
)

// unitFamily returns the family of a unit and the factor that converts a
// value in that unit to the family's unit.
func unitFamily(unit string) (family string, scale float64) {
	u := strings.ToLower(strings.TrimSpace(unit))
	switch u {
	case "percent", "%", "per cent", "pct", "percentage":
		return familyPercent, 1
	case "share", "fraction", "ratio":
		return familyPercent, 100
	case "persons", "person", "people", "count", "number":
		return familyCount, 1
	case "times":
		return familyTimes, 1
	case "days", "day":
		return familyDuration, 1
	case "weeks", "week":
		return familyDuration, daysPerWeek
	case "months", "month":
		return familyDuration, daysPerMonth
	case "years", "year":
		return familyDuration, daysPerYear
	case "":
		return familyNone, 1
	}
	if isCurrencyCode(u) {
		return strings.ToUpper(u), 1
	}
	// An unknown unit is only comparable with itself.
	return "unit:" + u, 1
}

func isCurrencyCode(u string) bool {
	if len(u) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if u[i] < 'a' || u[i] > 'z' {
			return false
		}
	}
	return true
}

// flowRole says which end of a flow the entity of a claim stands for, so that
// an end left empty by the extractor can be filled in: "Uzbeks working
// abroad" (entity UZ) has origin UZ whether or not it was written down.
type flowRole int8

const (
	flowNeither  flowRole = iota // the entity is not known to be an end
	flowOutgoing                 // the entity is the origin
	flowIncoming                 // the entity is the destination
)

// flowIndicators are the indicators whose quantity includes origin and
// destination: Tajik migrants in Russia and Tajik migrants anywhere are
// different quantities, not two values of one. For the other indicators a
// differing origin or destination is evidence of a different definition.
var flowIndicators = map[string]flowRole{
	"migrants_abroad":           flowOutgoing,
	"migrants_registered":       flowOutgoing,
	"departures":                flowOutgoing,
	"employed_abroad_programme": flowOutgoing,
	"migrant_inflow":            flowIncoming,
	"arrivals":                  flowIncoming,
	"work_quota":                flowIncoming,
	"visas_issued":              flowIncoming,
	"net_migration":             flowNeither,
	"internal_migrants_count":   flowNeither,
	"internal_migrants_share":   flowNeither,
	"remittances_volume":        flowNeither,
	"deportations":              flowNeither,
}

// flowEnds fills the end of a flow that the entity implies.
func flowEnds(role flowRole, entity, origin, destination string) (string, string) {
	switch role {
	case flowOutgoing:
		if origin == "" && destination != entity {
			origin = entity
		}
	case flowIncoming:
		if destination == "" && origin != entity {
			destination = entity
		}
	}
	return origin, destination
}

// periodLabel is the period of a claim as one string: "2023", or an ISO 8601
// interval "2015/2024"; "" when unknown. A relative period ("last year")
// counts as known once the extractor has resolved it to a date.
func periodLabel(start, end string) string {
	start, end = strings.TrimSpace(start), strings.TrimSpace(end)
	switch {
	case start == "":
		return end // "by 2024": the end is all that is known
	case end == "" || end == start:
		return start
	default:
		return start + "/" + end
	}
}

// periodDisplay is a period label for people: "2015–2024", "period unknown".
func periodDisplay(label string) string {
	if label == "" {
		return "period unknown"
	}
	return strings.Replace(label, "/", "–", 1)
}

// comparePeriods orders period labels chronologically (by start, then end);
// the unknown period comes first and labels that cannot be parsed last.
func comparePeriods(a, b string) int {
	if a == b {
		return 0
	}
	if a == "" || b == "" {
		return cmp.Compare(len(a), len(b)) // "" first
	}
	as, ae, aok := periodMonths(a)
	bs, be, bok := periodMonths(b)
	switch {
	case aok && bok:
		return cmp.Or(cmp.Compare(as, bs), cmp.Compare(ae, be), strings.Compare(a, b))
	case aok != bok:
		if aok {
			return -1
		}
		return 1
	}
	return strings.Compare(a, b)
}

// periodMonths converts a label to its first and last month (year*12+month).
func periodMonths(label string) (first, last int, ok bool) {
	start, end, interval := strings.Cut(label, "/")
	if !interval {
		end = start
	}
	first, ok1 := monthOf(start, false)
	last, ok2 := monthOf(end, true)
	return first, last, ok1 && ok2
}

// monthOf parses "2024", "2024-03", "2024-03-31", "2024-H1", "2024-Q3"; the
// first or last month of the span depending on atEnd.
func monthOf(s string, atEnd bool) (int, bool) {
	if len(s) < 4 {
		return 0, false
	}
	year, ok := digits(s[:4])
	if !ok {
		return 0, false
	}
	rest := s[4:]
	first, last := 0, 11
	switch {
	case rest == "":
	case len(rest) >= 3 && rest[0] == '-' && (rest[1] == 'H' || rest[1] == 'h'):
		n, ok := digits(rest[2:])
		if !ok || n < 1 || n > 2 {
			return 0, false
		}
		first, last = (n-1)*6, (n-1)*6+5
	case len(rest) >= 3 && rest[0] == '-' && (rest[1] == 'Q' || rest[1] == 'q'):
		n, ok := digits(rest[2:])
		if !ok || n < 1 || n > 4 {
			return 0, false
		}
		first, last = (n-1)*3, (n-1)*3+2
	case len(rest) >= 3 && rest[0] == '-':
		n, ok := digits(rest[1:3])
		if !ok || n < 1 || n > 12 {
			return 0, false
		}
		first, last = n-1, n-1
	default:
		return 0, false
	}
	if atEnd {
		return year*12 + last, true
	}
	return year*12 + first, true
}

func digits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}
