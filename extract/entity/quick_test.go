package entity

import (
	"fmt"
	"os"
	"testing"
)

func TestQuickDump(t *testing.T) {
	p := os.Getenv("DUMP")
	if p == "" {
		t.Skip()
	}
	g := MustLoad()
	data, _ := os.ReadFile(p)
	cnt := map[string]int{}
	for _, m := range g.Find(string(data)) {
		cnt[fmt.Sprintf("%s %s %s %q suf=%q", m.ID, m.Role, m.Lang, string(data[m.Start:m.End]), m.Suffix)]++
	}
	for k, v := range cnt {
		fmt.Println(v, k)
	}
}

func TestQuickWhere(t *testing.T) {
	p := os.Getenv("WHERE")
	if p == "" {
		t.Skip()
	}
	g := MustLoad()
	data, _ := os.ReadFile(p)
	s := string(data)
	for _, m := range g.Find(s) {
		if m.ID == os.Getenv("ID") {
			a := m.Start - 60
			if a < 0 {
				a = 0
			}
			fmt.Printf("%q\n", s[a:m.End+10])
		}
	}
}
