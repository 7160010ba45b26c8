package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"

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
			path := c.String("records")
			n, errs, err := extractRecords(c, eng, ins, inErrs, opt, path)
			if err != nil {
				return &exitError{2, err.Error()}
			}
			for _, e := range errs {
				fmt.Fprintf(c.App.ErrWriter, "error: %s: %s: %s\n", e.Path, e.Stage, e.Message)
			}
			fmt.Fprintf(c.App.ErrWriter, "claimgraph: %d records written to %s (%d with errors)\n", n, path, len(errs))
			if len(errs) > 0 {
				return &exitError{1, ""}
			}
			return nil
		},
	}
}

// extractRecords writes the records of the inputs to path (atomically) as
// the workers make them, in input order, followed by a record per input
// that could not be listed; it holds only the records that finished
// before an earlier one. It returns the records written and their errors.
func extractRecords(c *cli.Context, eng *corpus.Engine, ins []corpus.Input, inErrs []extract.RecordError, opt corpus.Options, path string) (int, []extract.RecordError, error) {
	out, err := corpus.CreateAtomic(path)
	if err != nil {
		return 0, nil, err
	}
	defer out.Abort()
	w := out.Sequential()
	type line struct {
		data []byte
		err  *extract.RecordError
	}
	var (
		mu      sync.Mutex
		pending = map[int]line{}
		next    int
		written int
		errs    []extract.RecordError
		werr    error
	)
	emit := func(l line) {
		if l.data == nil {
			return
		}
		written++
		if l.err != nil {
			errs = append(errs, *l.err)
		}
		if werr == nil {
			_, werr = w.Write(l.data)
		}
	}
	encode := func(rec *extract.Record) line {
		if rec == nil {
			return line{}
		}
		data, err := corpus.AppendRecord(nil, rec)
		if err != nil {
			mu.Lock()
			if werr == nil {
				werr = fmt.Errorf("%s: %w", rec.Document.Path, err)
			}
			mu.Unlock()
			return line{}
		}
		return line{data, rec.Error}
	}
	corpus.ExtractEach(c.Context, eng.Pipeline, ins, opt, func(i int, rec *extract.Record) {
		l := encode(rec) // in the worker, outside the lock
		mu.Lock()
		defer mu.Unlock()
		pending[i] = l
		for {
			l, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			emit(l)
		}
	})
	for i := range inErrs {
		e := inErrs[i]
		emit(encode(&extract.Record{Schema: extract.RecordSchema, Pipeline: extract.PipelineVersion, Document: extract.DocumentInfo{Path: e.Path}, Error: &e}))
	}
	if err := w.Close(); werr == nil {
		werr = err
	}
	if werr != nil {
		return 0, nil, werr
	}
	if err := out.Commit(); err != nil {
		return 0, nil, err
	}
	return written, errs, nil
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
			memoryLimitFlag(),
		},
		Action: func(c *cli.Context) error {
			if c.NArg() == 0 {
				return &exitError{2, "reconcile needs at least one records file"}
			}
			setMemoryLimit(c)
			out := c.String("out")
			eng, err := corpus.NewEngine(corpus.Config{Version: version})
			if err != nil {
				return &exitError{2, err.Error()}
			}
			// Records are read a few at a time into the stream, which keeps
			// only what the reducers need; each by its index across the
			// files, so the graph does not depend on the decoding order.
			st, err := corpus.NewStream(out)
			if err != nil {
				return &exitError{2, err.Error()}
			}
			defer st.Close()
			n := 0
			for _, p := range c.Args().Slice() {
				f, err := os.Open(p)
				if err != nil {
					return &exitError{2, err.Error()}
				}
				base := n
				var read int
				read, err = corpus.EachRecord(f, p, 0, func(i int, rec *extract.Record) error {
					st.Add(base+i, rec)
					return nil
				})
				n += read
				f.Close()
				if err != nil {
					return &exitError{2, err.Error()}
				}
			}
			res, err := eng.ReduceStream(st, nil)
			if err != nil {
				return &exitError{2, err.Error()}
			}
			if err := res.WriteOutputs(out); err != nil {
				return &exitError{2, err.Error()}
			}
			sum := res.Summary()
			if !c.Bool("quiet") {
				printFindingSummary(c.App.ErrWriter, sum)
			}
			if len(sum.Errors) > 0 {
				return &exitError{1, ""}
			}
			return nil
		},
	}
}
