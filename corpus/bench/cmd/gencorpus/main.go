// Command gencorpus writes a synthetic corpus made from the seed texts:
//
//	go run ./corpus/bench/cmd/gencorpus -n 1000 -o /tmp/corpus-1000
//
// The same -seed always gives the same papers, and paper i does not depend
// on -n (a corpus of 100 is the first 100 papers of a corpus of 1,000).
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/claimgraph/claimgraph/corpus/bench"
)

func main() {
	n := flag.Int("n", 100, "number of papers")
	out := flag.String("o", "", "output `DIR` (created; required)")
	seed := flag.Int64("seed", 1, "random seed")
	seeds := flag.String("seeds", "", "seed texts `DIR` (default: the repository's seeds/)")
	meanBytes := flag.Int("mean-bytes", 40_000, "mean text size of a paper in bytes")
	meanRefs := flag.Int("mean-refs", 45, "mean number of references per paper")
	workers := flag.Int("j", 0, "papers generated in parallel (0: one per CPU)")
	quiet := flag.Bool("q", false, "no summary")
	flag.Parse()
	if *out == "" || *n < 0 || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: gencorpus -n N -o DIR [-seed S] [-seeds DIR] [-mean-bytes B] [-mean-refs R]")
		os.Exit(2)
	}
	start := time.Now()
	g, err := bench.New(*seed, bench.Config{SeedDir: *seeds, MeanBytes: *meanBytes, MeanRefs: *meanRefs})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	m, err := g.WriteDir(*out, *n, *workers)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	if !*quiet {
		fmt.Fprintf(os.Stderr, "gencorpus: %d papers, %.1f MB (mean %.1f KB, %.1f references) in %s in %.1fs\n",
			m.Papers, float64(m.Bytes)/1e6, m.MeanBytes/1e3, m.MeanRefs, *out, time.Since(start).Seconds())
	}
}
