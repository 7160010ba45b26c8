// Command claimgraph reads scholarly papers on labor migration (PDF, text,
// Markdown; English, Russian, Kazakh, Slovenian) and writes a claims graph:
// citations and references, numeric claims, legal-act mentions, each with its
// source span, linked across documents, with the conflicts between them.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/pprof"

	"github.com/urfave/cli/v2"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// exitError carries an exit code: 1 when the run finished but some inputs
// had errors, 2 for usage errors and fatal failures.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func main() {
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

// run runs the command line and returns the process exit code.
func run(args []string, stdout, stderr io.Writer) int {
	var profile *os.File
	app := &cli.App{
		Name:    "claimgraph",
		Usage:   "turn papers on labor migration into a claims graph (citations, numeric claims, legal acts, conflicts)",
		Version: version,
		Description: "claimgraph reads PDF, plain-text and Markdown papers in English, Russian, Kazakh and Slovenian,\n" +
			"extracts every citation and reference, numeric claim and legal-act mention with its exact source\n" +
			"span, links them across documents and reports the conflicts between them as JSON.\n\n" +
			"Exit codes: 0 all inputs processed; 1 finished, but some inputs had errors; 2 usage error or fatal failure.",
		Commands: []*cli.Command{runCommand(), extractCommand(), reconcileCommand(), textCommand(), findingsCommand(), evalCommand(), versionCommand()},
		// A developer's flag: profiles of whole runs (make bench profiles
		// stages in process, benchtool stages -cpuprofile).
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "cpuprofile", Usage: "write a CPU profile (pprof) of the command to `FILE`"},
			&cli.StringFlag{Name: "memprofile", Usage: "write the allocations (pprof) of the command to `FILE` when it ends"},
		},
		Before: func(c *cli.Context) error {
			path := c.String("cpuprofile")
			if path == "" {
				return nil
			}
			f, err := os.Create(path)
			if err != nil {
				return &exitError{2, err.Error()}
			}
			profile = f
			return pprof.StartCPUProfile(f)
		},
		After: func(c *cli.Context) error {
			if path := c.String("memprofile"); path != "" {
				if err := writeAllocs(path); err != nil {
					return &exitError{2, err.Error()}
				}
			}
			if profile == nil {
				return nil
			}
			pprof.StopCPUProfile()
			return profile.Close()
		},
		ExitErrHandler: func(c *cli.Context, err error) {},
		Writer:         stdout,
		ErrWriter:      stderr,
	}
	if err := app.Run(args); err != nil {
		var ee *exitError
		if errors.As(err, &ee) {
			if ee.msg != "" {
				fmt.Fprintln(stderr, "claimgraph:", ee.msg)
			}
			return ee.code
		}
		fmt.Fprintln(stderr, "claimgraph:", err)
		return 2
	}
	return 0
}

func versionCommand() *cli.Command {
	return &cli.Command{
		Name:  "version",
		Usage: "print the version of claimgraph and of its pipeline",
		Action: func(c *cli.Context) error {
			fmt.Fprintf(c.App.Writer, "claimgraph %s (pipeline %s, graph schema %s)\n", version, pipelineVersion(), graphSchema())
			return nil
		},
	}
}

// writeAllocs writes the allocation profile of the process so far.
func writeAllocs(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
