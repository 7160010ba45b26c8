package main

import (
	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/corpus"
	"github.com/claimgraph/claimgraph/corpus/eval"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:  "eval",
		Usage: "measure every extractor against the gold annotations and external benchmarks (Markdown tables)",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "seeds", Value: "seeds", Usage: "folder of the seed documents"},
			&cli.StringFlag{Name: "gold", Value: "corpus/eval/gold", Usage: "folder of the gold files"},
			&cli.StringFlag{Name: "shared", Value: "../shared", Usage: "folder with bench/ (external benchmarks); empty to skip"},
			&cli.BoolFlag{Name: "misses", Usage: "also list every disagreement with the gold (reference fields, claim attributes, conflict pairs) on stderr"},
		},
		Action: func(c *cli.Context) error {
			eng, err := corpus.NewEngine(corpus.Config{Version: version})
			if err != nil {
				return &exitError{2, err.Error()}
			}
			opt := eval.Options{Seeds: c.String("seeds"), Gold: c.String("gold"), Shared: c.String("shared")}
			if c.Bool("misses") {
				opt.Misses = c.App.ErrWriter
			}
			err = eval.Run(c.Context, c.App.Writer, eng, opt)
			if err != nil {
				return &exitError{2, err.Error()}
			}
			return nil
		},
	}
}
