// Command benchtool measures claimgraph for scripts/bench.sh:
//
//	benchtool exec -json F -corpus DIR -- CMD ARGS...   run a command; wall time, CPU, peak RSS
//	benchtool stages [-json F] [-cpuprofile F] DIR      stage split of a run over DIR (in process)
//	benchtool pdf [-json F] [-rounds N] DIR             pages/s of each PDF backend, and their ratio
//	benchtool report [-gobench FILE] DIR                Markdown tables from the JSON files in DIR
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/claimgraph/claimgraph/corpus"
	"github.com/claimgraph/claimgraph/corpus/bench"
	"github.com/claimgraph/claimgraph/corpus/bench/measure"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "exec":
		err = execCmd(os.Args[2:])
	case "stages":
		err = stagesCmd(os.Args[2:])
	case "pdf":
		err = pdfCmd(os.Args[2:])
	case "report":
		err = reportCmd(os.Args[2:], os.Stdout)
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtool:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: benchtool exec|stages|pdf|report ... (see the package comment)")
	os.Exit(2)
}

// RunResult is one whole run of a command over a corpus.
type RunResult struct {
	Label     string   `json:"label"`
	Command   []string `json:"command"`
	Papers    int      `json:"papers"`
	Bytes     int64    `json:"bytes"`
	Wall      float64  `json:"wall_seconds"`
	User      float64  `json:"user_seconds"`
	Sys       float64  `json:"sys_seconds"`
	PeakRSSKB int64    `json:"peak_rss_kb"`
	ExitCode  int      `json:"exit_code"`
	CPUs      int      `json:"cpus"`
	// LoadAvg is /proc/loadavg before and after: wall times are only
	// meaningful when the first number stays below the CPU count.
	LoadBefore string `json:"loadavg_before"`
	LoadAfter  string `json:"loadavg_after"`
	// Killed says why the command was stopped early ("" when it was not).
	Killed string `json:"killed,omitempty"`
}

// watchRSS polls the resident set of p and kills it above limitKB.
func watchRSS(p *os.Process, limitKB int64, done <-chan struct{}, killed chan<- int64) {
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-done:
			return
		case <-t.C:
			if kb := rssKB(p.Pid); kb > limitKB {
				killed <- kb
				p.Kill()
				return
			}
		}
	}
}

// rssKB reads VmRSS of a process (Linux; 0 elsewhere).
func rssKB(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb
		}
	}
	return 0
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}

func execCmd(args []string) error {
	fs := flag.NewFlagSet("exec", flag.ExitOnError)
	out := fs.String("json", "", "write the result to `FILE`")
	dir := fs.String("corpus", "", "corpus `DIR` (for papers and bytes; its manifest.json when present)")
	label := fs.String("label", "", "label of the run")
	maxExit := fs.Int("max-exit", 1, "largest exit code that is not a failure")
	rssLimit := fs.Int64("rss-limit-mb", 0, "kill the command when its resident set exceeds this many MB (0: no limit), so that a run that would exhaust the machine's memory stops early")
	fs.Parse(args)
	cmdArgs := fs.Args()
	if len(cmdArgs) > 0 && cmdArgs[0] == "--" {
		cmdArgs = cmdArgs[1:]
	}
	if len(cmdArgs) == 0 {
		return errors.New("exec: no command")
	}
	res := RunResult{Label: *label, Command: cmdArgs, CPUs: runtime.NumCPU()}
	if *dir != "" {
		var err error
		if res.Papers, res.Bytes, err = corpusSize(*dir); err != nil {
			return err
		}
	}
	cmd := exec.Command(cmdArgs[0], cmdArgs[1:]...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	res.LoadBefore = loadavg()
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return err
	}
	done := make(chan struct{})
	killed := make(chan int64, 1)
	if *rssLimit > 0 {
		go watchRSS(cmd.Process, *rssLimit<<10, done, killed)
	}
	err := cmd.Wait()
	close(done)
	res.Wall = time.Since(start).Seconds()
	res.LoadAfter = loadavg()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		return err
	}
	st := cmd.ProcessState
	res.ExitCode = st.ExitCode()
	res.User, res.Sys = st.UserTime().Seconds(), st.SystemTime().Seconds()
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
		res.PeakRSSKB = ru.Maxrss // kilobytes on Linux
	}
	select {
	case kb := <-killed:
		res.Killed = fmt.Sprintf("killed at %d MB resident (-rss-limit-mb %d)", kb>>10, *rssLimit)
	default:
	}
	if err := writeJSON(*out, res); err != nil {
		return err
	}
	if res.Killed != "" {
		return fmt.Errorf("%s: %s", strings.Join(cmdArgs, " "), res.Killed)
	}
	fmt.Fprintf(os.Stderr, "benchtool: %s: %.2fs wall, %.2fs CPU, peak RSS %.0f MB, exit %d\n", strings.Join(cmdArgs, " "), res.Wall, res.User+res.Sys, float64(res.PeakRSSKB)/1024, res.ExitCode)
	if res.ExitCode > *maxExit {
		return fmt.Errorf("exit code %d", res.ExitCode)
	}
	return nil
}

// corpusSize counts the papers and their bytes: from the manifest of a
// generated corpus, else from the .txt, .md and .pdf files under dir.
func corpusSize(dir string) (int, int64, error) {
	if data, err := os.ReadFile(filepath.Join(dir, "manifest.json")); err == nil {
		var m bench.Manifest
		if json.Unmarshal(data, &m) == nil && m.Papers > 0 {
			return m.Papers, m.Bytes, nil
		}
	}
	n, size := 0, int64(0)
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch strings.ToLower(filepath.Ext(p)) {
		case ".txt", ".md", ".pdf":
			info, err := d.Info()
			if err != nil {
				return err
			}
			n++
			size += info.Size()
		}
		return nil
	})
	return n, size, err
}

func stagesCmd(args []string) error {
	fs := flag.NewFlagSet("stages", flag.ExitOnError)
	out := fs.String("json", "", "write the report to `FILE`")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile (samples labelled stage=...) to `FILE`")
	memprofile := fs.String("memprofile", "", "write a heap profile after the reducers (when the most is live) to `FILE`")
	workers := fs.Int("j", 0, "documents in parallel (0: one per CPU)")
	rssLimit := fs.Int64("rss-limit-mb", 0, "stop when this process's resident set exceeds this many MB (0: no limit)")
	memLimit := fs.Int("memory-limit", corpus.DefaultMemoryLimitMiB, "soft heap limit in `MiB`, as claimgraph run --memory-limit (0: Go's defaults)")
	fs.Parse(args)
	if fs.NArg() != 1 {
		return errors.New("stages: want one corpus folder")
	}
	corpus.SetMemoryLimit(*memLimit) // the garbage collector tuned as in a run
	if *rssLimit > 0 {
		go func() {
			for range time.Tick(50 * time.Millisecond) {
				if kb := rssKB(os.Getpid()); kb > *rssLimit<<10 {
					fmt.Fprintf(os.Stderr, "benchtool: stages of %s stopped: resident set %d MB over -rss-limit-mb %d\n", fs.Arg(0), kb>>10, *rssLimit)
					os.Exit(3)
				}
			}
		}()
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	rep, err := measure.Measure(context.Background(), fs.Arg(0), measure.Options{Workers: *workers, HeapProfile: *memprofile})
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "benchtool: stages of %d papers (%.1f MB): %.1f CPU-s in all; claims wired: %v; peak RSS %.0f MB\n", rep.Papers, float64(rep.Bytes)/1e6, rep.Total, rep.ClaimsWired, rep.PeakRSSMB)
	return writeJSON(*out, rep)
}

func pdfCmd(args []string) error {
	fs := flag.NewFlagSet("pdf", flag.ExitOnError)
	out := fs.String("json", "", "write the report to `FILE`")
	rounds := fs.Int("rounds", 3, "passes per file and backend (the best is kept)")
	fs.Parse(args)
	if fs.NArg() != 1 {
		return errors.New("pdf: want one folder of PDFs")
	}
	rep, err := measure.PDFRates(context.Background(), fs.Arg(0), *rounds)
	if err != nil {
		return err
	}
	return writeJSON(*out, rep)
}

func writeJSON(path string, v any) error {
	data, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	if path == "" {
		_, err = os.Stdout.Write(data)
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

func readJSON(path string, v any) bool {
	data, err := os.ReadFile(path)
	return err == nil && json.Unmarshal(data, v) == nil
}

// reportCmd prints the Markdown tables from run-*.json, stages-*.json,
// pdf.json in dir and the output of go test -bench (-gobench).
func reportCmd(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("report", flag.ExitOnError)
	gobench := fs.String("gobench", "", "output of go test -bench to summarize")
	fs.Parse(args)
	if fs.NArg() != 1 {
		return errors.New("report: want the folder of JSON results")
	}
	dir := fs.Arg(0)
	runs := loadAll[RunResult](dir, "run-*.json", func(r RunResult) int { return r.Papers })
	stages := loadAll[measure.Report](dir, "stages-*.json", func(r measure.Report) int { return r.Papers })
	fmt.Fprintf(w, "Machine: %d CPUs (runtime.NumCPU), %s/%s, %s.\n\n", runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, runtime.Version())
	if len(runs) > 0 {
		fmt.Fprintln(w, "### Whole run (`bin/claimgraph run -q`, text input, every wired extractor)")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "| papers | input MB | wall s | papers/s | MB/s | CPU s (user+sys) | MB per CPU-s | CPU use | peak RSS MB | load avg before → after | target |")
		fmt.Fprintln(w, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|")
		for _, r := range runs {
			mb := float64(r.Bytes) / 1e6
			if r.Killed != "" {
				fmt.Fprintf(w, "| %d | %.1f | > %.0f | | | > %.0f | | | > %.0f | %s → %s | **%s** |\n", r.Papers, mb, r.Wall, r.User+r.Sys, float64(r.PeakRSSKB)/1024, r.LoadBefore, r.LoadAfter, r.Killed)
				continue
			}
			cpu := r.User + r.Sys
			target := ""
			if r.Papers >= 10_000 {
				target = verdict(mb/r.Wall >= 20, "≥ 20 MB/s") + ", " + verdict(r.PeakRSSKB <= 1<<20, "≤ 1 GB RSS")
			} else {
				target = verdict(mb/r.Wall >= 20, "≥ 20 MB/s")
			}
			fmt.Fprintf(w, "| %d | %.1f | %.2f | %.1f | %.2f | %.2f | %.2f | %.0f%% | %.0f | %s → %s | %s |\n", r.Papers, mb, r.Wall, float64(r.Papers)/r.Wall, mb/r.Wall, cpu, mb/cpu,
				100*cpu/r.Wall/float64(max(1, r.CPUs)), float64(r.PeakRSSKB)/1024, r.LoadBefore, r.LoadAfter, target)
		}
		fmt.Fprintln(w)
		fmt.Fprintf(w, "CPU use is CPU time ÷ (wall × %d CPUs). A load average above the CPU count means other processes shared the machine and the wall times are pessimistic; MB per CPU-s does not depend on them (on an idle machine, wall ≥ CPU s ÷ CPUs).\n\n", runs[0].CPUs)
	}
	extracts := loadAll[RunResult](dir, "halves-extract-*.json", func(r RunResult) int { return r.Papers })
	reconciles := loadAll[RunResult](dir, "halves-reconcile-*.json", func(r RunResult) int { return r.Papers })
	if len(extracts) > 0 {
		fmt.Fprintln(w, "### The halves (`bin/claimgraph extract` into a records file, then `reconcile` of it)")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "| papers | extract wall s | extract CPU s | extract peak RSS MB | reconcile wall s | reconcile CPU s | reconcile peak RSS MB | both, wall s | `run`, wall s |")
		fmt.Fprintln(w, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
		for _, x := range extracts {
			row := fmt.Sprintf("| %d | %.2f | %.2f | %.0f |", x.Papers, x.Wall, x.User+x.Sys, float64(x.PeakRSSKB)/1024)
			both := x.Wall
			var rc *RunResult
			for k := range reconciles {
				if reconciles[k].Papers == x.Papers {
					rc = &reconciles[k]
				}
			}
			if rc == nil || rc.ExitCode != 0 && rc.ExitCode != 1 || rc.Killed != "" {
				row += " failed | | | |"
			} else {
				both += rc.Wall
				row += fmt.Sprintf(" %.2f | %.2f | %.0f | %.2f |", rc.Wall, rc.User+rc.Sys, float64(rc.PeakRSSKB)/1024, both)
			}
			for _, r := range runs {
				if r.Papers == x.Papers {
					row += fmt.Sprintf(" %.2f |", r.Wall)
				}
			}
			fmt.Fprintln(w, row)
		}
		fmt.Fprintln(w)
	}
	if len(stages) > 0 {
		printStages(w, stages)
	}
	if len(stages) > 0 {
		fmt.Fprintln(w, "### Memory (live heap after a collection at the phase boundaries, in process)")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "| papers | input MB | lexicons and engine | after extract (light records kept by the stream) | after reduce (+ reduced graph) | after writing the outputs | outputs MB | peak RSS of the in-process run | peak RSS of `run` |")
		fmt.Fprintln(w, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
		for _, r := range stages {
			rss := ""
			for _, x := range runs {
				if x.Papers == r.Papers {
					rss = fmt.Sprintf("%.0f MB", float64(x.PeakRSSKB)/1024)
				}
			}
			fmt.Fprintf(w, "| %d | %.1f | %.0f MB | %.0f MB | %.0f MB | %.0f MB | %.0f | %.0f MB | %s |\n", r.Papers, float64(r.Bytes)/1e6, r.HeapBaseMB, r.HeapRecordsMB, r.HeapGraphMB, r.HeapOutputsMB, r.OutputMB, r.PeakRSSMB, rss)
		}
		fmt.Fprintln(w)
	}
	var pr measure.PDFReport
	if readJSON(filepath.Join(dir, "pdf.json"), &pr) {
		printPDF(w, &pr)
	}
	if *gobench != "" {
		data, err := os.ReadFile(*gobench)
		if err != nil {
			return err
		}
		printGoBench(w, parseGoBench(string(data)))
	}
	return nil
}

func verdict(ok bool, what string) string {
	if ok {
		return "meets " + what
	}
	return "**misses** " + what
}

func loadAll[T any](dir, pattern string, key func(T) int) []T {
	paths, _ := filepath.Glob(filepath.Join(dir, pattern))
	var out []T
	for _, p := range paths {
		var v T
		if readJSON(p, &v) {
			out = append(out, v)
		}
	}
	sort.Slice(out, func(i, j int) bool { return key(out[i]) < key(out[j]) })
	return out
}

func printStages(w io.Writer, reps []measure.Report) {
	fmt.Fprintln(w, "### Time by stage (in process; CPU seconds per stage and share of the run's total CPU)")
	fmt.Fprintln(w)
	head := "| stage |"
	rule := "|---|"
	for _, r := range reps {
		head += fmt.Sprintf(" %d papers |", r.Papers)
		rule += "---:|"
	}
	fmt.Fprintln(w, head+" what |")
	fmt.Fprintln(w, rule+"---|")
	for i, row := range reps[0].Rows {
		name := row.Stage
		if row.Within != "" {
			name = "  ↳ " + name
		}
		line := "| " + name + " |"
		for _, r := range reps {
			if i >= len(r.Rows) {
				line += " |"
				continue
			}
			x := r.Rows[i]
			pct := 100 * x.Seconds / r.Total
			mark := ""
			if x.Within == "" && pct > 40 {
				mark = " ⚠"
			}
			line += fmt.Sprintf(" %.2f s (%.1f%%)%s |", x.Seconds, pct, mark)
		}
		fmt.Fprintln(w, line+" "+row.Note+" |")
	}
	line := "| **total work** |"
	for _, r := range reps {
		line += fmt.Sprintf(" %.2f s |", r.Total)
	}
	fmt.Fprintln(w, line+" sum of the top-level rows |")
	line = "| MB per CPU-second |"
	for _, r := range reps {
		line += fmt.Sprintf(" %.2f |", float64(r.Bytes)/1e6/r.Total)
	}
	fmt.Fprintln(w, line+" input MB ÷ total; × CPUs for an ideal parallel run |")
	fmt.Fprintln(w)
	notes := []string{}
	if !reps[0].ClaimsWired {
		notes = append(notes, "the claims stage is not in the default pipeline yet: its row and the reconciliation row are what it would add (included in the total)")
	}
	notes = append(notes, "per-document stages are the worker thread's CPU time (CLOCK_THREAD_CPUTIME_ID), so a busy machine does not inflate them",
		"language id and sentence splitting run inside ingest; their rows re-run them on the built documents", "⚠ marks a top-level stage above 40% of the total")
	fmt.Fprintf(w, "Notes: %s.\n\n", strings.Join(notes, "; "))
}

func printPDF(w io.Writer, pr *measure.PDFReport) {
	fmt.Fprintln(w, "### PDF text extraction (pages/s, best of the rounds, both backends in the same run)")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| file | backend | pages | s | pages/s |")
	fmt.Fprintln(w, "|---|---|---:|---:|---:|")
	for _, r := range pr.Rates {
		e := ""
		if r.Err != "" {
			e = " (error: " + r.Err + ")"
		}
		fmt.Fprintf(w, "| %s | %s | %d | %.3f | %.1f%s |\n", r.File, r.Backend, r.Pages, r.Seconds, r.PagesPS, e)
	}
	fmt.Fprintln(w)
	if pr.Ratio > 0 {
		fmt.Fprintf(w, "Go / pdftotext pages/s: **%.2f×** (%s 0.5×).\n\n", pr.Ratio, verdict(pr.Ratio >= 0.5, "≥"))
	} else if pr.Note != "" {
		fmt.Fprintf(w, "%s.\n\n", pr.Note)
	}
}

// benchLine is one result line of go test -bench.
type benchLine struct {
	Pkg, Name string
	N         int
	Metrics   map[string]float64
	Order     []string
}

func parseGoBench(s string) []benchLine {
	var out []benchLine
	pkg := ""
	for _, line := range strings.Split(s, "\n") {
		if p, ok := strings.CutPrefix(line, "pkg: "); ok {
			pkg = strings.TrimPrefix(strings.TrimSpace(p), "github.com/claimgraph/claimgraph/")
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		n, err := strconv.Atoi(f[1])
		if err != nil {
			continue
		}
		b := benchLine{Pkg: pkg, Name: f[0], N: n, Metrics: map[string]float64{}}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				break
			}
			b.Metrics[f[i+1]] = v
			b.Order = append(b.Order, f[i+1])
		}
		out = append(out, b)
	}
	return out
}

func printGoBench(w io.Writer, lines []benchLine) {
	if len(lines) == 0 {
		return
	}
	fmt.Fprintln(w, "### Go benchmarks (`go test -bench . -benchmem`)")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "ms/op and MB/s are wall clock, one goroutine (BenchmarkStage/*: one op = the 100-paper corpus, 4.1 MB); cpu-ms/op and MB/cpu-s are process CPU time, which other load on the machine does not change.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| package | benchmark | ms/op | MB/s | MB alloc/op | allocs/op | other |")
	fmt.Fprintln(w, "|---|---|---:|---:|---:|---:|---|")
	var rec []benchLine
	for _, b := range lines {
		var other []string
		for _, k := range b.Order {
			switch k {
			case "ns/op", "MB/s", "B/op", "allocs/op":
			default:
				other = append(other, fmt.Sprintf("%s %s", fmtNum(b.Metrics[k]), k))
			}
		}
		mbs := ""
		if v, ok := b.Metrics["MB/s"]; ok {
			mbs = fmt.Sprintf("%.2f", v)
		}
		fmt.Fprintf(w, "| %s | %s | %.3f | %s | %.2f | %.0f | %s |\n", b.Pkg, b.Name, b.Metrics["ns/op"]/1e6, mbs, b.Metrics["B/op"]/1e6, b.Metrics["allocs/op"], strings.Join(other, ", "))
		if strings.HasPrefix(b.Name, "BenchmarkReconcile/") {
			rec = append(rec, b)
		}
	}
	fmt.Fprintln(w)
	if len(rec) > 0 {
		fmt.Fprintln(w, "### Reconciliation alone (corpus/reconcile BenchmarkReconcile, synthetic claims)")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "| claims | s/op | ns/claim | growth per decade | CPU ns/claim | CPU growth per decade | target |")
		fmt.Fprintln(w, "|---:|---:|---:|---:|---:|---:|---|")
		prev, prevCPU := 0.0, 0.0
		for _, b := range rec {
			n := b.Name[strings.Index(b.Name, "=")+1:]
			if i := strings.LastIndex(n, "-"); i > 0 {
				n = n[:i]
			}
			per, cpu := b.Metrics["ns/claim"], b.Metrics["cpu-ns/claim"]
			growth, cpuGrowth, target := "", "", ""
			if prev > 0 {
				growth = fmt.Sprintf("%.2f×", per/prev)
				target = verdict(per/prev <= 1.3, "≤ 1.3×")
			}
			if prevCPU > 0 && cpu > 0 {
				cpuGrowth = fmt.Sprintf("%.2f×", cpu/prevCPU)
			}
			if n == "1000000" {
				target = strings.TrimPrefix(target+", ", ", ") + verdict(b.Metrics["ns/op"] <= 10e9, "≤ 10 s")
			}
			fmt.Fprintf(w, "| %s | %.3f | %.0f | %s | %.0f | %s | %s |\n", n, b.Metrics["ns/op"]/1e9, per, growth, cpu, cpuGrowth, target)
			prev, prevCPU = per, cpu
		}
		fmt.Fprintln(w)
	}
}

func fmtNum(v float64) string {
	switch {
	case v == float64(int64(v)) && v < 1e9:
		return strconv.FormatInt(int64(v), 10)
	case v >= 100:
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.3g", v)
}
