package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/corpus"
)

func textCommand() *cli.Command {
	return &cli.Command{
		Name:      "text",
		Usage:     "print the normalized text a document is read as",
		ArgsUsage: "PATH",
		Flags: append(configFlags(),
			&cli.BoolFlag{Name: "markers", Aliases: []string{"m"}, Usage: "mark pages, sections, paragraphs (with language) and sentences"},
		),
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return &exitError{2, "text takes exactly one PATH"}
			}
			rc, err := configFrom(c)
			if err != nil {
				return &exitError{2, err.Error()}
			}
			eng, err := corpus.NewEngine(rc.cfg)
			if err != nil {
				return &exitError{2, err.Error()}
			}
			path := c.Args().First()
			data, err := os.ReadFile(path)
			if err != nil {
				return &exitError{1, err.Error()}
			}
			d, err := eng.Pipeline.Build(c.Context, path, data)
			if err != nil {
				return &exitError{1, fmt.Sprintf("%s: %v", path, err)}
			}
			w := bufio.NewWriter(c.App.Writer)
			defer w.Flush()
			if !c.Bool("markers") {
				fmt.Fprintln(w, d.Text)
				return nil
			}
			page, sec := -1, -1
			for _, p := range d.Paragraphs {
				if pg := d.PageAt(p.Span.Start); len(d.Pages) > 0 && pg != page {
					page = pg
					fmt.Fprintf(w, "\n=== page %d ===\n", pg)
				}
				for i, s := range d.Sections {
					if s.Span.Start == p.Span.Start && i > sec {
						sec = i
						fmt.Fprintf(w, "\n### section: %s (%q)\n", s.Kind, s.Heading)
					}
				}
				pos := d.Position(p.Span.Start)
				fmt.Fprintf(w, "\n[¶ %s, line %d]\n", p.Lang, pos.Line)
				for _, s := range d.Sentences {
					if p.Span.Contains(s.Span) {
						fmt.Fprintf(w, "  ‣ %s\n", d.Slice(s.Span))
					}
				}
			}
			return nil
		},
	}
}
