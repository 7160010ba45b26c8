package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/extract/refs"
)

func TestAnyStyleDebug(t *testing.T) {
	field := os.Getenv("ASFIELD")
	if field == "" {
		t.Skip()
	}
	file := os.Getenv("ASFILE")
	if file == "" {
		file = "gold.xml"
	}
	fh, _ := os.Open(filepath.Join("/work/shared/bench/anystyle", file))
	seqs, _ := readAnyStyle(fh)
	if os.Getenv("ASCYR") != "" {
		seqs = anyStyleCyrillic(seqs)
	}
	lx := refs.MustLoad()
	n := 0
	for _, s := range seqs {
		it := refs.Parse(s.Raw(), lx)
		g, p := anyStyleGoldFields(s)[field], anyStyleItemFields(it)[field]
		if g != p {
			n++
			if n <= 40 {
				fmt.Printf("RAW  %s\nGOLD %q\nPRED %q\n\n", s.Raw(), g, p)
			}
		}
	}
	fmt.Println("mismatches", n)
}
