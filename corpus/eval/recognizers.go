package eval

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/extract/claims"
	"github.com/claimgraph/claimgraph/extract/ingest"
	"github.com/claimgraph/claimgraph/nlp"
)

type recognizersCase struct {
	Input        string `json:"Input"`
	NotSupported string `json:"NotSupported"`
	Results      []struct {
		Text       string `json:"Text"`
		TypeName   string `json:"TypeName"`
		Resolution struct {
			Value string `json:"value"`
		} `json:"Resolution"`
	} `json:"Results"`
}

// Recognizers scores the numeric-claim extractor on Microsoft
// Recognizers-Text's English number and percentage specs. A case passes
// when the values we extract from its input are exactly the expected ones.
// Cases are reported in two groups: figures written with digits (what
// papers print, so what claimgraph must read) and figures written in words
// ("one hundred and twenty three", "a dozen": conversational style that
// papers rarely use; claimgraph reads common number words only).
func Recognizers(w io.Writer, benchDir string) error {
	in, err := ingest.New(nlp.MustLoad(), ingest.Options{})
	if err != nil {
		return err
	}
	lx, err := claims.Load()
	if err != nil {
		return err
	}
	t := &Table{Title: "External: Recognizers-Text English number and percentage specs (pass rate)", Columns: []string{"spec", "digits: passed", "words: passed", "all: passed"}}
	for _, file := range []string{"en-NumberModel.json", "en-PercentModel.json"} {
		data, err := os.ReadFile(filepath.Join(benchDir, file))
		if err != nil {
			return err
		}
		var cases []recognizersCase
		if err := json.Unmarshal(data, &cases); err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		var digits, words, all Acc
		for _, c := range cases {
			want := map[float64]int{}
			usesDigits := true
			for _, r := range c.Results {
				v, ok := parseResolution(r.Resolution.Value)
				if !ok {
					continue
				}
				want[round6(v)]++
				if !strings.ContainsFunc(r.Text, unicode.IsDigit) {
					usesDigits = false
				}
			}
			d, err := in.Build(context.Background(), "case.txt", []byte(c.Input+"\n"))
			got := map[float64]int{}
			if err == nil {
				for _, cl := range claims.Extract(d, lx, claims.Context{}) {
					if cl.Value != nil {
						v := *cl.Value
						if cl.Unit == "share" {
							v *= 100
						}
						got[round6(v)]++
					}
				}
			}
			ok := len(got) == len(want)
			for v, n := range want {
				ok = ok && got[v] == n
			}
			all.Add(ok)
			if usesDigits {
				digits.Add(ok)
			} else {
				words.Add(ok)
			}
		}
		t.Row(file, digits.String(), words.String(), all.String())
	}
	t.Print(w)
	return nil
}

func parseResolution(s string) (float64, bool) {
	s = strings.TrimSuffix(strings.TrimSpace(s), "%")
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

func round6(v float64) float64 { return math.Round(v*1e6) / 1e6 }
