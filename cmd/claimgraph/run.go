package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/claimgraph/claimgraph/corpus"
	"github.com/claimgraph/claimgraph/extract"
)

func pipelineVersion() string { return extract.PipelineVersion }
func graphSchema() string     { return corpus.GraphSchema }

func runCommand() *cli.Command {
	return &cli.Command{
		Name:      "run",
		Usage:     "process papers (files or folders) and write OUT/claims-graph.json",
		ArgsUsage: "[PATH|DIR ...]  (default: seeds)",
		Flags: append(configFlags(),
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "outputs", Usage: "write the graph and exports into `DIR` (the run spills its per-document results there while it runs: 1.2 to 1.5 times the graph's size of free disk besides the outputs)"},
			&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Value: runtime.NumCPU(), Usage: "documents processed in parallel"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar and no summary"},
			&cli.StringFlag{Name: "cache", Usage: "keep per-document records in `DIR`, keyed by input sha256 and pipeline version; unchanged inputs are not re-extracted"},
			memoryLimitFlag(),
		),
		Action: func(c *cli.Context) error {
			cfg, err := configFrom(c)
			if err != nil {
				return &exitError{2, err.Error()}
			}
			paths := c.Args().Slice()
			if len(paths) == 0 {
				paths = []string{"seeds"}
			}
			quiet := c.Bool("quiet")
			setMemoryLimit(c)
			ins, inErrs := corpus.Collect(paths)
			var bar *progressbar.ProgressBar
			if f, ok := c.App.ErrWriter.(*os.File); ok && !quiet && term.IsTerminal(int(f.Fd())) && len(ins) > 0 {
				bar = progressbar.NewOptions(len(ins), progressbar.OptionSetWriter(os.Stderr),
					progressbar.OptionSetDescription("extracting"), progressbar.OptionShowCount(),
					progressbar.OptionClearOnFinish())
			}
			start := time.Now()
			opt, err := cfg.options(c, bar)
			if err != nil {
				return &exitError{2, err.Error()}
			}
			out := c.String("out")
			res, err := cfg.run(c.Context, ins, inErrs, opt, out)
			if err != nil {
				return &exitError{2, err.Error()}
			}
			defer res.Close()
			if bar != nil {
				_ = bar.Finish()
			}
			if err := res.WriteOutputs(out); err != nil {
				return &exitError{2, fmt.Sprintf("writing %s: %v", out, err)}
			}
			sum := res.Summary()
			for _, e := range sum.Errors {
				fmt.Fprintf(c.App.ErrWriter, "error: %s: %s: %s\n", e.Path, e.Stage, e.Message)
			}
			if !quiet {
				printSummary(c.App.ErrWriter, sum, out, time.Since(start))
			}
			if len(sum.Errors) > 0 {
				return &exitError{1, ""}
			}
			return nil
		},
	}
}

// memoryLimitFlag is the heap's soft limit (see corpus.SetMemoryLimit).
func memoryLimitFlag() cli.Flag {
	return &cli.IntFlag{Name: "memory-limit", Value: corpus.DefaultMemoryLimitMiB, Usage: "soft limit of the heap in `MiB`; below it the garbage collector runs less often (0: Go's defaults; the GOMEMLIMIT and GOGC variables, when set, win)"}
}

func setMemoryLimit(c *cli.Context) { corpus.SetMemoryLimit(c.Int("memory-limit")) }

func printSummary(w io.Writer, sum corpus.Summary, out string, took time.Duration) {
	langs := map[string]int{}
	for _, d := range sum.Documents {
		if len(d.Languages) > 0 {
			langs[d.Languages[0].Lang]++
		}
	}
	var ls []string
	for l, n := range langs {
		ls = append(ls, fmt.Sprintf("%s %d", l, n))
	}
	sort.Strings(ls)
	types := sum.NodeTypes
	var ts []string
	for t, n := range types {
		ts = append(ts, fmt.Sprintf("%s %d", t, n))
	}
	sort.Strings(ts)
	fmt.Fprintf(w, "claimgraph: %d documents (main language: %s) in %.1fs\n", len(sum.Documents), strings.Join(ls, ", "), took.Seconds())
	if len(ts) > 0 {
		fmt.Fprintf(w, "  nodes: %s\n", strings.Join(ts, ", "))
	}
	printFindingSummary(w, sum)
	fmt.Fprintf(w, "  errors: %d\n", len(sum.Errors))
	fmt.Fprintf(w, "  wrote %s\n", filepath.Join(out, "claims-graph.json"))
}

var _ = context.Background
