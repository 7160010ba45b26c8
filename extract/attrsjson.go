package extract

import (
	"slices"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// Reducers decode the attributes of every claim and reference of a corpus:
// their plain case is read by hand (doc.PlainReader), the rest by
// encoding/json, with the same result.

// ReadPlainJSON reads reference attributes into the empty a.
func (a *ReferenceAttrs) ReadPlainJSON(r *doc.JSONReader) bool {
	if a.Raw != "" || a.Label != "" || a.Cited != 0 || !a.CSL.IsZero() {
		return false
	}
	var x ReferenceAttrs
	ok := r.Object(func(key string) bool {
		switch key {
		case "raw":
			return r.StringTo(&x.Raw)
		case "label":
			return r.StringTo(&x.Label)
		case "csl":
			return r.Null() || x.CSL.ReadPlainJSON(r)
		case "cited":
			if r.Null() {
				return true
			}
			v, ok := r.Int()
			x.Cited = v
			return ok
		}
		return r.SkipNodeField(key)
	})
	if !ok {
		return false
	}
	*a = x
	return true
}

// ReadPlainJSON reads claim attributes into the empty a.
func (a *ClaimAttrs) ReadPlainJSON(r *doc.JSONReader) bool {
	if *a != (ClaimAttrs{}) {
		return false
	}
	var x ClaimAttrs
	ok := r.Object(func(key string) bool {
		switch key {
		case "value":
			if r.Null() {
				return true
			}
			v, ok := r.Float()
			x.Value = &v
			return ok
		case "low":
			return r.FloatTo(&x.Low)
		case "high":
			return r.FloatTo(&x.High)
		case "unit":
			return r.StringTo(&x.Unit)
		case "approx":
			return r.StringTo(&x.Approx)
		case "entity":
			return r.StringPtrTo(&x.Entity)
		case "indicator":
			return r.StringPtrTo(&x.Indicator)
		case "source":
			return r.StringPtrTo(&x.Source)
		case "period":
			if r.Null() {
				return true
			}
			x.Period = &PeriodAttrs{}
			p := x.Period
			return r.Object(func(key string) bool {
				switch key {
				case "start":
					return r.StringTo(&p.Start)
				case "end":
					return r.StringTo(&p.End)
				case "relative":
					return r.BoolTo(&p.Relative)
				case "text":
					return r.StringTo(&p.Text)
				}
				return false
			})
		case "origin":
			return r.StringTo(&x.Origin)
		case "destination":
			return r.StringTo(&x.Dest)
		case "hedged":
			return r.BoolTo(&x.Hedged)
		case "qualifier":
			return r.StringTo(&x.Qualifier)
		case "scale":
			return r.StringTo(&x.Scale)
		case "respectively":
			return r.BoolTo(&x.Respect)
		}
		return r.SkipNodeField(key)
	})
	if !ok {
		return false
	}
	*a = x
	return true
}

// ReadPlainJSON reads act mention attributes into the empty a.
func (a *ActMentionAttrs) ReadPlainJSON(r *doc.JSONReader) bool {
	if *a != (ActMentionAttrs{}) {
		return false
	}
	var x ActMentionAttrs
	m := &x.Mention
	ok := r.Object(func(key string) bool {
		switch key {
		case "span":
			return r.SpanTo(&m.Span)
		case "year":
			return r.IntTo(&m.Year)
		case "antecedent":
			return r.IntTo(&m.Antecedent)
		case "published_year":
			return r.IntTo(&m.PublishedYear)
		case "act_year":
			return r.IntTo(&m.ActYear)
		case "anaphor":
			return r.BoolTo(&m.Anaphor)
		case "in_references":
			return r.BoolTo(&m.InReferences)
		}
		if s := x.stringField(key); s != nil {
			return r.StringTo(s)
		}
		return r.SkipNodeField(key)
	})
	if !ok {
		return false
	}
	*a = x
	return true
}

// stringField is the string field of key, or nil.
func (a *ActMentionAttrs) stringField(key string) *string {
	m := &a.Mention
	switch key {
	case "text":
		return &m.Text
	case "act_type":
		return &m.ActType
	case "number":
		return &m.Number
	case "title":
		return &m.Title
	case "date":
		return &m.Date
	case "jurisdiction":
		return &m.Jurisdiction
	case "authority":
		return &m.Authority
	case "key":
		return &m.Key
	case "title_key":
		return &m.TitleKey
	case "period":
		return &m.Period
	case "subject":
		return &m.Subject
	case "year_source":
		return &m.YearSource
	case "lang":
		return &m.Lang
	case "act":
		return &a.Act
	case "antecedent_id":
		return &a.AntecedentID
	case "eli":
		return &a.ELI
	case "adilet_id":
		return &a.AdiletID
	}
	return nil
}

// The attributes of the nodes every document makes are written by hand
// (doc.PlainWriter), as json.Marshal writes them.

// AppendPlainJSON appends reference attributes.
func (a ReferenceAttrs) AppendPlainJSON(dst []byte) ([]byte, bool) {
	o := doc.NewJSONObject(dst)
	o.String("raw", a.Raw, false)
	o.String("label", a.Label, true)
	o.Key("csl")
	var ok bool
	if o.B, ok = a.CSL.AppendPlainJSON(o.B); !ok {
		o.Fail()
	}
	o.Int("cited", a.Cited, false)
	return o.Close()
}

// AppendPlainJSON appends citation attributes.
func (a CitationAttrs) AppendPlainJSON(dst []byte) ([]byte, bool) {
	o := doc.NewJSONObject(dst)
	o.String("style", a.Style, false)
	o.Strings("keys", a.Keys, false)
	o.Strings("targets", a.Targets, false)
	o.Strings("mismatches", a.Mismatches, true)
	return o.Close()
}

// AppendPlainJSON appends attribution attributes.
func (a AttributionAttrs) AppendPlainJSON(dst []byte) ([]byte, bool) {
	o := doc.NewJSONObject(dst)
	o.String("org", a.Org, false)
	return o.Close()
}

// AppendPlainJSON appends arithmetic finding attributes.
func (a ArithmeticAttrs) AppendPlainJSON(dst []byte) ([]byte, bool) {
	o := doc.NewJSONObject(dst)
	o.String("kind", a.Kind, false)
	o.Float("claimed", a.Claimed)
	o.Float("computed", a.Computed)
	o.Float("tolerance", a.Tolerance)
	o.Bool("consistent", a.Consistent, false)
	o.String("explanation", a.Explanation, false)
	o.String("doc", a.Doc, false)
	return o.Close()
}

// findingAttrs is the attributes of a finding: its fields with "doc": docID
// (a field of that name wins).
func findingAttrs(docID string, fields map[string]any) map[string]any {
	attrs := map[string]any{"doc": docID}
	for k, v := range fields {
		attrs[k] = v
	}
	return attrs
}

// appendFindingAttrs appends findingAttrs(docID, fields) as json.Marshal
// writes it, without making the map; false when a value is not one
// doc.AppendPlainValue writes.
func appendFindingAttrs(dst []byte, docID string, fields map[string]any) ([]byte, bool) {
	var keyBuf [8]string
	keys := keyBuf[:0]
	if _, ok := fields["doc"]; !ok {
		keys = append(keys, "doc")
	}
	for k := range fields {
		keys = append(keys, k)
	}
	slices.Sort(keys) // as encoding/json sorts a map's keys
	dst = append(dst, '{')
	for i, k := range keys {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = doc.AppendString(dst, k, true)
		dst = append(dst, ':')
		v, ok := fields[k]
		if !ok {
			v = docID
		}
		if dst, ok = doc.AppendPlainValue(dst, v); !ok {
			return dst, false
		}
	}
	return append(dst, '}'), true
}

// AppendPlainJSON appends claim attributes.
func (a ClaimAttrs) AppendPlainJSON(dst []byte) ([]byte, bool) {
	o := doc.NewJSONObject(dst)
	o.FloatPtr("value", a.Value)
	o.Float("low", a.Low)
	o.Float("high", a.High)
	o.String("unit", a.Unit, false)
	o.String("approx", a.Approx, false)
	o.StringPtr("entity", a.Entity)
	o.StringPtr("indicator", a.Indicator)
	o.Key("period")
	if p := a.Period; p == nil {
		o.B = append(o.B, "null"...)
	} else {
		po := doc.NewJSONObject(o.B)
		po.String("start", p.Start, false)
		po.String("end", p.End, false)
		po.Bool("relative", p.Relative, true)
		po.String("text", p.Text, true)
		o.B, _ = po.Close()
	}
	o.StringPtr("source", a.Source)
	o.String("origin", a.Origin, true)
	o.String("destination", a.Dest, true)
	o.Bool("hedged", a.Hedged, true)
	o.String("qualifier", a.Qualifier, true)
	o.String("scale", a.Scale, true)
	o.Bool("respectively", a.Respect, true)
	return o.Close()
}

// AppendPlainJSON appends act mention attributes: the mention's fields,
// then the node's.
func (a ActMentionAttrs) AppendPlainJSON(dst []byte) ([]byte, bool) {
	m := &a.Mention
	o := doc.NewJSONObject(dst)
	o.Key("span")
	so := doc.NewJSONObject(o.B)
	so.Int("start", m.Span.Start, false)
	so.Int("end", m.Span.End, false)
	o.B, _ = so.Close()
	o.String("text", m.Text, false)
	o.String("act_type", m.ActType, false)
	o.String("number", m.Number, true)
	o.String("title", m.Title, true)
	o.String("date", m.Date, true)
	o.Int("year", m.Year, true)
	o.String("jurisdiction", m.Jurisdiction, true)
	o.String("authority", m.Authority, true)
	o.Bool("anaphor", m.Anaphor, true)
	o.Int("antecedent", m.Antecedent, false)
	o.Bool("in_references", m.InReferences, true)
	o.String("key", m.Key, false)
	o.String("title_key", m.TitleKey, true)
	o.String("period", m.Period, true)
	o.String("subject", m.Subject, true)
	o.Int("published_year", m.PublishedYear, true)
	o.Int("act_year", m.ActYear, true)
	o.String("year_source", m.YearSource, true)
	o.String("lang", m.Lang, true)
	o.String("act", a.Act, false)
	o.String("antecedent_id", a.AntecedentID, true)
	o.String("eli", a.ELI, true)
	o.String("adilet_id", a.AdiletID, true)
	return o.Close()
}
