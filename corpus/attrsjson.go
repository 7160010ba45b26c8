package corpus

import (
	"strconv"

	"github.com/claimgraph/claimgraph/extract/doc"
)

// AppendPlainJSON appends work attributes as json.Marshal writes them
// (doc.PlainWriter): the bibliography reducer writes one per work.
func (a WorkAttrs) AppendPlainJSON(dst []byte) ([]byte, bool) {
	o := doc.NewJSONObject(dst)
	o.String("title", a.Title, false)
	o.Key("year")
	if a.Year == nil {
		o.B = append(o.B, "null"...)
	} else {
		o.B = strconv.AppendInt(o.B, int64(*a.Year), 10)
	}
	o.StringPtr("doi", a.DOI)
	o.Key("csl")
	var ok bool
	if o.B, ok = a.CSL.AppendPlainJSON(o.B); !ok {
		o.Fail()
	}
	o.Strings("cited_by", a.CitedBy, false)
	o.Strings("documents", a.Documents, true)
	o.String("key", a.Key, false)
	return o.Close()
}

// ReadPlainJSON reads work attributes into the empty a (doc.PlainReader):
// the exports decode every work.
func (a *WorkAttrs) ReadPlainJSON(r *doc.JSONReader) bool {
	if a.Title != "" || a.Year != nil || a.DOI != nil || !a.CSL.IsZero() || a.CitedBy != nil || a.Documents != nil || a.Key != "" {
		return false
	}
	var x WorkAttrs
	ok := r.Object(func(key string) bool {
		switch key {
		case "title":
			return r.StringTo(&x.Title)
		case "year":
			return r.IntPtrTo(&x.Year)
		case "doi":
			return r.StringPtrTo(&x.DOI)
		case "csl":
			return r.Null() || x.CSL.ReadPlainJSON(r)
		case "cited_by":
			return r.StringsTo(&x.CitedBy)
		case "documents":
			return r.StringsTo(&x.Documents)
		case "key":
			return r.StringTo(&x.Key)
		}
		return r.SkipNodeField(key)
	})
	if !ok {
		return false
	}
	*a = x
	return true
}

// AppendPlainJSON appends conflict attributes as json.Marshal writes them
// (doc.PlainWriter): the reconcile reducer writes one per conflict.
func (a *ConflictAttrs) AppendPlainJSON(dst []byte) ([]byte, bool) {
	o := doc.NewJSONObject(dst)
	a.appendHead(o)
	if a.Claims == nil {
		o.B = append(o.B, "null"...)
		return o.Close()
	}
	o.B = append(o.B, '[')
	for i := range a.Claims {
		if i > 0 {
			o.B = append(o.B, ',')
		}
		var ok bool
		if o.B, ok = a.Claims[i].AppendPlainJSON(o.B); !ok {
			o.Fail()
		}
	}
	o.B = append(o.B, ']')
	return o.Close()
}

// appendPlainJSONOf appends the attributes as AppendPlainJSON does for a
// with claims as its Claims, given as ConflictClaim.AppendPlainJSON writes
// them (a.Claims is not read): the reconcile reducer encodes each claim
// once, not once per conflict it is in (seven on average at 1,000 papers).
func (a *ConflictAttrs) appendPlainJSONOf(dst []byte, claims ...[]byte) ([]byte, bool) {
	o := doc.NewJSONObject(dst)
	a.appendHead(o)
	o.B = append(o.B, '[')
	for i, c := range claims {
		if i > 0 {
			o.B = append(o.B, ',')
		}
		o.B = append(o.B, c...)
	}
	o.B = append(o.B, ']')
	return o.Close()
}

// appendHead writes the attributes' members into o up to the claims'
// value.
func (a *ConflictAttrs) appendHead(o *doc.JSONObject) {
	o.String("quantity", a.Quantity, false)
	o.String("classification", a.Classification, false)
	o.String("explanation", a.Explanation, false)
	o.Float("gap_abs", a.GapAbs)
	o.Float("gap_rel", a.GapRel)
	o.Bool("period_unknown", a.PeriodUnknown, true)
	o.Bool("same_document", a.SameDocument, false)
	o.Key("claims")
}

// AppendPlainJSON appends a conflict's claim as json.Marshal writes it
// (doc.PlainWriter).
func (c *ConflictClaim) AppendPlainJSON(dst []byte) ([]byte, bool) {
	o := doc.NewJSONObject(dst)
	o.String("id", c.ID, false)
	o.String("doc", c.Doc, false)
	o.String("text", c.Text, false)
	o.FloatPtr("value", c.Value)
	o.Float("low", c.Low)
	o.Float("high", c.High)
	o.String("unit", c.Unit, false)
	o.String("period", c.Period, true)
	o.String("source", c.Source, true)
	return o.Close()
}
