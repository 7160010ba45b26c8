package claims

import "testing"

// Alternative destinations joined by "or" are not the figure's destination;
// a single destination is.
func TestAlternativeDestinations(t *testing.T) {
	lx := MustLoad()
	cases := []struct {
		text, dest string
	}{
		{"Almost 9% of Kyrgyzstan's population seeks to move from rural areas to the Chuy region or the capital Bishkek.", ""},
		{"In 2024, 16% of Tajik labor migrants went to Russia.", "RU"},
	}
	for _, c := range cases {
		cs := Extract(buildDoc(t, c.text), lx, Context{})
		if len(cs) != 1 {
			t.Fatalf("%q: %d claims", c.text, len(cs))
		}
		if cs[0].Destination != c.dest {
			t.Errorf("%q: destination %q, want %q", c.text, cs[0].Destination, c.dest)
		}
	}
}
