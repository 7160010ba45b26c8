package extract

import "github.com/claimgraph/claimgraph/extract/doc"

// Reducers decode the attributes of every claim and reference of a corpus:
// their plain case is read by hand (doc.PlainReader), the rest by
// encoding/json, with the same result.

// ReadPlainJSON reads reference attributes into the empty a.
func (a *ReferenceAttrs) ReadPlainJSON(r *doc.JSONReader) bool {
	if a.Raw != "" || a.Label != "" || a.Cited != 0 || !a.CSL.IsZero() {
		return false
	}
	var x ReferenceAttrs
	ok := readObject(r, func(key string) bool {
		switch key {
		case "raw":
			return readString(r, &x.Raw)
		case "label":
			return readString(r, &x.Label)
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
		return false
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
	ok := readObject(r, func(key string) bool {
		switch key {
		case "value":
			if r.Null() {
				return true
			}
			v, ok := r.Float()
			x.Value = &v
			return ok
		case "low":
			return readFloat(r, &x.Low)
		case "high":
			return readFloat(r, &x.High)
		case "unit":
			return readString(r, &x.Unit)
		case "approx":
			return readString(r, &x.Approx)
		case "entity":
			return readStringPtr(r, &x.Entity)
		case "indicator":
			return readStringPtr(r, &x.Indicator)
		case "source":
			return readStringPtr(r, &x.Source)
		case "period":
			if r.Null() {
				return true
			}
			x.Period = &PeriodAttrs{}
			p := x.Period
			return readObject(r, func(key string) bool {
				switch key {
				case "start":
					return readString(r, &p.Start)
				case "end":
					return readString(r, &p.End)
				case "relative":
					return readBool(r, &p.Relative)
				case "text":
					return readString(r, &p.Text)
				}
				return false
			})
		case "origin":
			return readString(r, &x.Origin)
		case "destination":
			return readString(r, &x.Dest)
		case "hedged":
			return readBool(r, &x.Hedged)
		case "qualifier":
			return readString(r, &x.Qualifier)
		case "scale":
			return readString(r, &x.Scale)
		case "respectively":
			return readBool(r, &x.Respect)
		}
		return false
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
	ok := readObject(r, func(key string) bool {
		switch key {
		case "span":
			if r.Null() {
				return true
			}
			return readObject(r, func(key string) bool {
				switch key {
				case "start":
					return readInt(r, &m.Span.Start)
				case "end":
					return readInt(r, &m.Span.End)
				}
				return false
			})
		case "year":
			return readInt(r, &m.Year)
		case "antecedent":
			return readInt(r, &m.Antecedent)
		case "published_year":
			return readInt(r, &m.PublishedYear)
		case "act_year":
			return readInt(r, &m.ActYear)
		case "anaphor":
			return readBool(r, &m.Anaphor)
		case "in_references":
			return readBool(r, &m.InReferences)
		}
		if s := x.stringField(key); s != nil {
			return readString(r, s)
		}
		return false
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

// readObject reads an object, each member's value by member (false: a key
// it does not know, or a bad value); a repeated key is left to
// encoding/json.
func readObject(r *doc.JSONReader, member func(key string) bool) bool {
	if !r.Byte('{') {
		return false
	}
	var seen []string
	for first := true; ; first = false {
		more, ok := r.More(first, '}')
		if !ok {
			return false
		}
		if !more {
			return true
		}
		key, ok := r.Key()
		if !ok {
			return false
		}
		for _, k := range seen {
			if k == key {
				return false
			}
		}
		seen = append(seen, key)
		if !member(key) {
			return false
		}
	}
}

// The readers of a value or null; null leaves the value as it is, as
// encoding/json does.

func readString(r *doc.JSONReader, s *string) bool {
	if r.Null() {
		return true
	}
	v, ok := r.String()
	*s = v
	return ok
}

func readStringPtr(r *doc.JSONReader, s **string) bool {
	if r.Null() {
		return true
	}
	v, ok := r.String()
	*s = &v
	return ok
}

func readFloat(r *doc.JSONReader, f *float64) bool {
	if r.Null() {
		return true
	}
	v, ok := r.Float()
	*f = v
	return ok
}

func readInt(r *doc.JSONReader, n *int) bool {
	if r.Null() {
		return true
	}
	v, ok := r.Int()
	*n = v
	return ok
}

func readBool(r *doc.JSONReader, b *bool) bool {
	if r.Null() {
		return true
	}
	v, ok := r.Bool()
	*b = v
	return ok
}
