package doc

import (
	"math"
	"strconv"
)

// A PlainWriter writes itself as json.Marshal would, by hand: attributes
// are encoded by the million in a run. AppendPlainJSON reports false for
// what it cannot write (a NaN, say), and the caller then uses
// json.Marshal, which reports the error.
type PlainWriter interface {
	AppendPlainJSON(dst []byte) ([]byte, bool)
}

// JSONObject appends an object's members as json.Marshal writes a struct's
// fields (keys are the constant ASCII names of the struct tags).
type JSONObject struct {
	B    []byte
	some bool
	ok   bool
}

// NewJSONObject opens an object at the end of dst.
func NewJSONObject(dst []byte) *JSONObject { return &JSONObject{B: append(dst, '{'), ok: true} }

// Key writes the key of the next member.
func (o *JSONObject) Key(k string) {
	if o.some {
		o.B = append(o.B, ',')
	}
	o.some = true
	o.B = append(o.B, '"')
	o.B = append(o.B, k...)
	o.B = append(o.B, '"', ':')
}

// String writes a string member; omitEmpty drops it when "".
func (o *JSONObject) String(k, v string, omitEmpty bool) {
	if omitEmpty && v == "" {
		return
	}
	o.Key(k)
	o.B = AppendString(o.B, v, true)
}

// StringPtr writes a *string member, null when nil.
func (o *JSONObject) StringPtr(k string, v *string) {
	o.Key(k)
	if v == nil {
		o.B = append(o.B, "null"...)
		return
	}
	o.B = AppendString(o.B, *v, true)
}

// Int writes an int member; omitEmpty drops it when 0.
func (o *JSONObject) Int(k string, v int, omitEmpty bool) {
	if omitEmpty && v == 0 {
		return
	}
	o.Key(k)
	o.B = strconv.AppendInt(o.B, int64(v), 10)
}

// Bool writes a bool member; omitEmpty drops it when false.
func (o *JSONObject) Bool(k string, v, omitEmpty bool) {
	if omitEmpty && !v {
		return
	}
	o.Key(k)
	o.B = strconv.AppendBool(o.B, v)
}

// Float writes a float64 member.
func (o *JSONObject) Float(k string, v float64) {
	o.Key(k)
	var ok bool
	if o.B, ok = AppendFloat(o.B, v); !ok {
		o.ok = false
	}
}

// FloatPtr writes a *float64 member, null when nil.
func (o *JSONObject) FloatPtr(k string, v *float64) {
	if v == nil {
		o.Key(k)
		o.B = append(o.B, "null"...)
		return
	}
	o.Float(k, *v)
}

// Strings writes a []string member: null when nil; omitEmpty drops it
// when empty.
func (o *JSONObject) Strings(k string, v []string, omitEmpty bool) {
	if omitEmpty && len(v) == 0 {
		return
	}
	o.Key(k)
	if v == nil {
		o.B = append(o.B, "null"...)
		return
	}
	o.B = append(o.B, '[')
	for i, s := range v {
		if i > 0 {
			o.B = append(o.B, ',')
		}
		o.B = AppendString(o.B, s, true)
	}
	o.B = append(o.B, ']')
}

// Fail marks the object as one json.Marshal must write.
func (o *JSONObject) Fail() { o.ok = false }

// Close closes the object; false if a member could not be written.
func (o *JSONObject) Close() ([]byte, bool) {
	return append(o.B, '}'), o.ok
}

// AppendFloat appends f as encoding/json writes a float64; false for NaN
// and infinities, which it refuses.
func AppendFloat(dst []byte, f float64) ([]byte, bool) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return dst, false
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' {
		// e-09 to e-9, as encoding/json
		if n := len(dst); n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst, true
}

// AppendPlainValue appends v as json.Marshal writes it when v is nil, a
// string, int, bool, float64 or []string (what findings' fields hold);
// false for any other value, NaN and infinities.
func AppendPlainValue(dst []byte, v any) ([]byte, bool) {
	switch x := v.(type) {
	case nil:
		return append(dst, "null"...), true
	case string:
		return AppendString(dst, x, true), true
	case int:
		return strconv.AppendInt(dst, int64(x), 10), true
	case bool:
		return strconv.AppendBool(dst, x), true
	case float64:
		return AppendFloat(dst, x)
	case []string:
		if x == nil {
			return append(dst, "null"...), true
		}
		dst = append(dst, '[')
		for i, s := range x {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = AppendString(dst, s, true)
		}
		return append(dst, ']'), true
	}
	return dst, false
}
