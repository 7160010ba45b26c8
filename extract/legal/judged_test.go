package legal

import (
	"reflect"
	"testing"
)

// TestJudgedCoversSame checks the promise of Judged: a mention whose other
// fields are replaced by another mention's is judged exactly as before
// against every seed mention, both ways round. If judge starts reading a
// field Judged leaves out, the verdicts change and this fails.
func TestJudgedCoversSame(t *testing.T) {
	mt, jt := reflect.TypeFor[Mention](), reflect.TypeFor[Judged]()
	for i := range jt.NumField() {
		f := jt.Field(i)
		if mf, ok := mt.FieldByName(f.Name); !ok || mf.Type != f.Type {
			t.Fatalf("Judged.%s is not a Mention field of type %s", f.Name, f.Type)
		}
	}
	// other returns b with every field Judged leaves out taken from d.
	other := func(b, d Mention) Mention {
		out := d
		bv, ov := reflect.ValueOf(b), reflect.ValueOf(&out).Elem()
		for i := range jt.NumField() {
			name := jt.Field(i).Name
			ov.FieldByName(name).Set(bv.FieldByName(name))
		}
		if out.Judged() != b.Judged() {
			t.Fatalf("Judged() does not return Judged's fields")
		}
		return out
	}
	_, all := seedMentions(t)
	var ms []Mention
	for _, doc := range all {
		ms = append(ms, doc...)
	}
	if len(ms) < 50 {
		t.Fatalf("only %d seed mentions", len(ms))
	}
	changed := 0
	for i := range ms {
		for j := range ms {
			a, b := &ms[i], &ms[j]
			b2 := other(*b, ms[(i+j+1)%len(ms)])
			if reflect.DeepEqual(*b, b2) {
				continue
			}
			changed++
			s1, v1 := judge(a, b)
			s2, v2 := judge(a, &b2)
			s3, v3 := judge(b, a)
			s4, v4 := judge(&b2, a)
			if s1 != s2 || v1 != v2 || s3 != s4 || v3 != v4 {
				t.Fatalf("%q vs %q: judged %v/%v, with b's other fields replaced %v/%v", a.Text, b.Text, s1, s3, s2, s4)
			}
		}
	}
	if changed < len(ms)*len(ms)/2 {
		t.Fatalf("only %d of %d pairs had other fields to replace", changed, len(ms)*len(ms))
	}
}
