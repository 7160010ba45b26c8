package main

import (
	"bytes"
	"fmt"
	"os"
	"runtime"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/corpus"
	"github.com/claimgraph/claimgraph/extract"
)

// extractCommand is the map half: per-document records as JSON lines.
func extractCommand() *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "map half: extract papers into per-document records (JSON lines), to be reconciled later",
		ArgsUsage: "[PATH|DIR ...]  (default: seeds)",
		Flags: append(configFlags(),
			&cli.StringFlag{Name: "records", Aliases: []string{"o"}, Value: "records.jsonl", Usage: "write the records to `FILE`"},
			&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Value: runtime.NumCPU(), Usage: "documents processed in parallel"},
			&cli.StringFlag{Name: "cache", Usage: "record cache folder (see run --cache)"},
		),
		Action: func(c *cli.Context) error {
			rc, err := configFrom(c)
			if err != nil {
				return &exitError{2, err.Error()}
			}
			paths := c.Args().Slice()
			if len(paths) == 0 {
				paths = []string{"seeds"}
			}
			eng, err := corpus.NewEngine(rc.cfg)
			if err != nil {
				return &exitError{2, err.Error()}
			}
			opt, err := rc.options(c, nil)
			if err != nil {
				return &exitError{2, err.Error()}
			}
			ins, inErrs := corpus.Collect(paths)
			recs := corpus.ExtractAll(c.Context, eng.Pipeline, ins, opt)
			for i := range inErrs {
				e := inErrs[i]
				recs = append(recs, &extract.Record{Schema: extract.RecordSchema, Pipeline: extract.PipelineVersion, Document: extract.DocumentInfo{Path: e.Path}, Error: &e})
			}
			var buf bytes.Buffer
			if err := corpus.WriteRecords(&buf, recs); err != nil {
				return &exitError{2, err.Error()}
			}
			if err := corpus.WriteFileAtomic(c.String("records"), buf.Bytes()); err != nil {
				return &exitError{2, err.Error()}
			}
			failed := 0
			for _, r := range recs {
				if r.Error != nil {
					failed++
					fmt.Fprintf(c.App.ErrWriter, "error: %s: %s: %s\n", r.Error.Path, r.Error.Stage, r.Error.Message)
				}
			}
			fmt.Fprintf(c.App.ErrWriter, "claimgraph: %d records written to %s (%d with errors)\n", len(recs), c.String("records"), failed)
			if failed > 0 {
				return &exitError{1, ""}
			}
			return nil
		},
	}
}

// reconcileCommand is the reduce half: records in, graph out, no texts read.
func reconcileCommand() *cli.Command {
	return &cli.Command{
		Name:      "reconcile",
		Usage:     "reduce half: link and reconcile records (from one or more extract runs) into OUT/claims-graph.json",
		ArgsUsage: "RECORDS.jsonl ...",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "outputs", Usage: "write the graph and exports into `DIR`"},
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no summary"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return &exitError{2, "reconcile needs at least one records file"}
			}
			var recs []*extract.Record
			for _, p := range c.Args().Slice() {
				f, err := os.Open(p)
				if err != nil {
					return &exitError{2, err.Error()}
				}
				rs, err := corpus.ReadRecords(f, p)
				f.Close()
				if err != nil {
					return &exitError{2, err.Error()}
				}
				recs = append(recs, rs...)
			}
			eng, err := corpus.NewEngine(corpus.Config{Version: version})
			if err != nil {
				return &exitError{2, err.Error()}
			}
			g, err := eng.Reduce(recs, nil)
			if err != nil {
				return &exitError{2, err.Error()}
			}
			if err := writeOutputs(c.String("out"), g); err != nil {
				return &exitError{2, err.Error()}
			}
			if !c.Bool("quiet") {
				printFindingSummary(c.App.ErrWriter, g)
			}
			if len(g.Errors) > 0 {
				return &exitError{1, ""}
			}
			return nil
		},
	}
}
