package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/claimgraph/claimgraph/corpus"
	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/doc"
)

func findingsCommand() *cli.Command {
	return &cli.Command{
		Name:  "findings",
		Usage: "print the findings of an existing graph as a table",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "graph", Aliases: []string{"g"}, Value: "outputs/claims-graph.json", Usage: "the graph to read"},
			&cli.StringFlag{Name: "type", Usage: "only findings of this type (e.g. conflict, dangling_citation)"},
			&cli.StringFlag{Name: "severity", Usage: "only findings of this severity (error, warning, info)"},
			&cli.StringFlag{Name: "doc", Usage: "only findings involving this document (id or a part of its path)"},
		},
		Action: func(c *cli.Context) error {
			// The graph is read one element at a time: documents, then
			// nodes (their documents), then findings, printed as they come.
			docOf := map[string]string{}
			// The documents --doc names, by id or a part of the path.
			wanted := map[string]bool{}
			want := c.String("doc")
			docMatch := func(id string) bool { return wanted[id] }
			tw := tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "SEVERITY\tTYPE\tSUMMARY")
			shown, total := 0, 0
			v := corpus.GraphVisitor{
				Finding: func(f *doc.Finding) error {
					total++
					if t := c.String("type"); t != "" && f.Type != t {
						return nil
					}
					if s := c.String("severity"); s != "" && f.Severity != s {
						return nil
					}
					if want != "" {
						ok := false
						for _, n := range f.Nodes {
							ok = ok || docMatch(docOf[n]) || docMatch(n)
						}
						if !ok {
							return nil
						}
					}
					fmt.Fprintf(tw, "%s\t%s\t%s\n", f.Severity, f.Type, f.Summary)
					shown++
					return nil
				},
			}
			if want != "" {
				v.Document = func(d *extract.DocumentInfo) error {
					if d.ID == want || strings.Contains(d.Path, want) {
						wanted[d.ID] = true
					}
					return nil
				}
				v.Node = func(n *doc.Node) error {
					if n.Doc != "" {
						docOf[n.ID] = n.Doc
					}
					return nil
				}
			}
			if err := corpus.ScanGraphFile(c.String("graph"), v); err != nil {
				return &exitError{2, err.Error()}
			}
			tw.Flush()
			fmt.Fprintf(c.App.Writer, "%d of %d findings\n", shown, total)
			return nil
		},
	}
}

// printFindingSummary prints counts of findings by type and severity.
func printFindingSummary(w io.Writer, sum corpus.Summary) {
	if sum.NumFindings == 0 {
		fmt.Fprintln(w, "  findings: none")
		return
	}
	counts := sum.Findings
	var types []string
	for t := range counts {
		types = append(types, t)
	}
	sort.Strings(types)
	fmt.Fprintf(w, "  findings: %d\n", sum.NumFindings)
	for _, t := range types {
		var parts []string
		for _, s := range []string{"error", "warning", "info"} {
			if n := counts[t][s]; n > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", n, s))
			}
		}
		fmt.Fprintf(w, "    %-24s %s\n", t, strings.Join(parts, ", "))
	}
}
