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
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "outputs", Usage: "write the graph and exports into `DIR`"},
			&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Value: runtime.NumCPU(), Usage: "documents processed in parallel"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bar and no summary"},
			&cli.StringFlag{Name: "cache", Usage: "keep per-document records in `DIR`, keyed by input sha256 and pipeline version; unchanged inputs are not re-extracted"},
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
			g, err := cfg.run(c.Context, ins, inErrs, opt)
			if err != nil {
				return &exitError{2, err.Error()}
			}
			if bar != nil {
				_ = bar.Finish()
			}
			out := c.String("out")
			if err := writeOutputs(out, g); err != nil {
				return &exitError{2, fmt.Sprintf("writing %s: %v", out, err)}
			}
			for _, e := range g.Errors {
				fmt.Fprintf(c.App.ErrWriter, "error: %s: %s: %s\n", e.Path, e.Stage, e.Message)
			}
			if !quiet {
				printSummary(c.App.ErrWriter, g, out, time.Since(start))
			}
			if len(g.Errors) > 0 {
				return &exitError{1, ""}
			}
			return nil
		},
	}
}

// writeOutputs writes every output file atomically inside out: the graph
// and the corpus bibliography in CSL-JSON and BibTeX.
func writeOutputs(out string, g *corpus.Graph) error {
	files, err := corpus.Outputs(g)
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := corpus.WriteFileAtomic(filepath.Join(out, f.Name), f.Data); err != nil {
			return err
		}
	}
	return nil
}

func printSummary(w io.Writer, g *corpus.Graph, out string, took time.Duration) {
	langs := map[string]int{}
	for _, d := range g.Documents {
		if len(d.Languages) > 0 {
			langs[d.Languages[0].Lang]++
		}
	}
	var ls []string
	for l, n := range langs {
		ls = append(ls, fmt.Sprintf("%s %d", l, n))
	}
	sort.Strings(ls)
	types := map[string]int{}
	for _, n := range g.Nodes {
		types[n.Type]++
	}
	var ts []string
	for t, n := range types {
		ts = append(ts, fmt.Sprintf("%s %d", t, n))
	}
	sort.Strings(ts)
	fmt.Fprintf(w, "claimgraph: %d documents (main language: %s) in %.1fs\n", len(g.Documents), strings.Join(ls, ", "), took.Seconds())
	if len(ts) > 0 {
		fmt.Fprintf(w, "  nodes: %s\n", strings.Join(ts, ", "))
	}
	printFindingSummary(w, g)
	fmt.Fprintf(w, "  errors: %d\n", len(g.Errors))
	fmt.Fprintf(w, "  wrote %s\n", filepath.Join(out, "claims-graph.json"))
}

var _ = context.Background
