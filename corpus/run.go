package corpus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/claimgraph/claimgraph/extract"
)

// DefaultMaxTextBytes is the largest plain-text or Markdown input read when
// Options.MaxTextBytes is 0. A paper is well under 1 MiB of text and a
// thousand-page book about 3 MiB; ingestion and extraction hold some 35
// bytes of memory per byte of text and run at about 1 MB/s, so a 200 MB
// text file would take minutes and gigabytes. (PDFs have the same cap on
// their extracted text in package pdf.)
const DefaultMaxTextBytes = 16 << 20

// stopGrace is how long a document whose time is up may take to notice
// its canceled context and return what it has, before it is abandoned.
// (A variable for tests.)
var stopGrace = 2 * time.Second

// Options configure a run.
type Options struct {
	Workers  int
	MaxBytes int64 // per input file; 0 = unlimited
	// MaxTextBytes caps plain-text and Markdown inputs; 0 means
	// DefaultMaxTextBytes, a negative value no limit.
	MaxTextBytes int64
	// DocTimeout bounds the time spent on one document (reading,
	// ingestion and every extractor); 0 = no limit. A document over it
	// becomes a "stopped after" error and the run goes on.
	DocTimeout time.Duration
	// Progress is called once per finished input (serialized).
	Progress func(done int, path string)
	// Cache, when set, serves and stores records by input hash.
	Cache *Cache
	// Extracted counts inputs actually extracted (not served from Cache).
	Extracted *int64
}

// ExtractAll runs the per-document pipeline over the inputs with a bounded
// pool of workers. Results are stored by input index, so the output does
// not depend on scheduling.
//
// Goroutines are bounded: Workers workers, each running one document at a
// time. A document over DocTimeout that does not stop when told to is left
// to finish in the background, its result dropped; at most Workers such
// documents run at once, after which workers wait for one of them to end
// before taking the next input.
func ExtractAll(ctx context.Context, p *extract.Pipeline, ins []Input, opt Options) []*extract.Record {
	recs := make([]*extract.Record, len(ins))
	ExtractEach(ctx, p, ins, opt, func(i int, rec *extract.Record) { recs[i] = rec })
	return recs
}

// ExtractEach is ExtractAll handing each record to sink as soon as it is
// made, in the worker that made it (so concurrently, in any order; i is the
// input's index), instead of keeping them: what the sink does not keep is
// dropped with the document's text.
func ExtractEach(ctx context.Context, p *extract.Pipeline, ins []Input, opt Options, sink func(i int, rec *extract.Record)) {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	jobs := make(chan int)
	slots := make(chan struct{}, 2*workers) // running extractions, abandoned ones included
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				sink(i, extractOne(ctx, p, ins[i], opt, slots))
				if opt.Progress != nil {
					mu.Lock()
					done++
					opt.Progress(done, ins[i].Path)
					mu.Unlock()
				}
			}
		}()
	}
	for i := range ins {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
}

// errorRecord is the record of an input that produced nothing.
func errorRecord(path string, e *extract.RecordError) *extract.Record {
	return &extract.Record{Schema: extract.RecordSchema, Pipeline: extract.PipelineVersion,
		Document: extract.DocumentInfo{Path: path}, Error: e}
}

func extractOne(ctx context.Context, p *extract.Pipeline, in Input, opt Options, slots chan struct{}) (rec *extract.Record) {
	defer func() {
		if r := recover(); r != nil {
			rec = errorRecord(in.Path, &extract.RecordError{Path: in.Path, Stage: "read",
				Message: fmt.Sprintf("internal error (please report): %v\n%s", r, firstStackLines(debug.Stack(), 12))})
		}
	}()
	maxText := opt.MaxTextBytes
	if maxText == 0 {
		maxText = DefaultMaxTextBytes
	}
	data, rerr := readInput(in, opt.MaxBytes, maxText)
	if rerr != nil {
		return errorRecord(in.Path, rerr)
	}
	var sum string
	if opt.Cache != nil {
		h := sha256.Sum256(data)
		sum = hex.EncodeToString(h[:])
		if rec := opt.Cache.Get(sum, in.Path); rec != nil && rec.Schema == extract.RecordSchema && rec.Pipeline == extract.PipelineVersion {
			return rec
		}
	}
	rec, timedOut := extractBounded(ctx, p, in.Path, data, opt.DocTimeout, slots)
	if opt.Extracted != nil {
		atomic.AddInt64(opt.Extracted, 1)
	}
	// A result cut short by a clock depends on the machine and its load:
	// the next run should try again.
	if opt.Cache != nil && !timedOut && !isStopped(rec) {
		if err := opt.Cache.Put(rec); err != nil {
			// A cache that cannot be written costs speed, not results.
			fmt.Fprintf(os.Stderr, "claimgraph: cache: %v\n", err)
		}
	}
	return rec
}

// isStopped reports a record whose extraction was cut short by a deadline
// or a cancellation rather than by its content.
func isStopped(rec *extract.Record) bool {
	if rec.Error == nil {
		return false
	}
	m := rec.Error.Message
	return strings.HasPrefix(m, "stopped") || strings.Contains(m, "timed out") ||
		strings.Contains(m, context.DeadlineExceeded.Error()) || strings.Contains(m, context.Canceled.Error())
}

// extractBounded runs p.Extract within timeout (none when 0). The
// extraction runs in its own goroutine, holding a slot while it runs; when
// the time is up it is given stopGrace to return (the stages check their
// context between steps, the PDF reader within them) and is otherwise
// abandoned. timedOut reports that the deadline ended the extraction.
func extractBounded(ctx context.Context, p *extract.Pipeline, path string, data []byte, timeout time.Duration, slots chan struct{}) (rec *extract.Record, timedOut bool) {
	// Wait for a slot first: the document's time starts when it does.
	slots <- struct{}{}
	dctx, cancel := ctx, context.CancelFunc(func() {})
	if timeout > 0 {
		dctx, cancel = context.WithTimeout(ctx, timeout)
	}
	defer cancel()
	out := make(chan *extract.Record, 1) // buffered: an abandoned extraction must not block
	go func() {
		defer func() { <-slots }()
		defer func() {
			if r := recover(); r != nil {
				out <- errorRecord(path, &extract.RecordError{Path: path, Stage: "extract",
					Message: fmt.Sprintf("internal error (please report): %v\n%s", r, firstStackLines(debug.Stack(), 12))})
			}
		}()
		out <- p.Extract(dctx, path, data)
	}()
	select {
	case rec = <-out:
	case <-dctx.Done():
		select {
		case rec = <-out:
		case <-time.After(stopGrace):
			rec = nil
		}
	}
	if timeout <= 0 || !errors.Is(dctx.Err(), context.DeadlineExceeded) || ctx.Err() != nil {
		if rec == nil { // the caller's context ended
			rec = errorRecord(path, &extract.RecordError{Path: path, Stage: "extract", Message: "stopped: " + context.Cause(dctx).Error()})
		}
		return rec, rec.Error != nil && ctx.Err() != nil
	}
	// The document's own time is up. A record that completed anyway is
	// kept; otherwise its error says so, at the stage it had reached.
	stopped := fmt.Sprintf("stopped after %s (--doc-timeout): the document takes too long to process; raise the limit or split the document", durationString(timeout))
	switch {
	case rec == nil:
		return errorRecord(path, &extract.RecordError{Path: path, Stage: "extract", Message: stopped + " (it did not stop when told to; please report)"}), true
	case isStopped(rec):
		rec.Error.Message = stopped
		return rec, true
	}
	return rec, false // complete, or failed for a reason of its own
}

// durationString writes a limit for a message: "120s", "1.5s", "250ms".
func durationString(d time.Duration) string {
	if d >= time.Second && d%time.Second == 0 {
		return fmt.Sprintf("%ds", int64(d/time.Second))
	}
	return d.String()
}

func firstStackLines(b []byte, n int) string {
	lines := 0
	for i, c := range b {
		if c == '\n' {
			if lines++; lines == n {
				return string(b[:i])
			}
		}
	}
	return string(b)
}

// readAllLimited reads r to its end, failing past limit bytes (limit <= 0: no
// limit). size is what r is expected to hold: the buffer starts there, one
// byte over, so that a file that did not change is read without a copy.
func readAllLimited(r io.Reader, limit, size int64) ([]byte, error) {
	if limit > 0 {
		r = io.LimitReader(r, limit+1)
		size = min(size, limit)
	}
	data := make([]byte, 0, max(size, 0)+1)
	for {
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
	if limit > 0 && int64(len(data)) > limit {
		return nil, errOverLimit
	}
	return data, nil
}

// errOverLimit is a file that grew past its limit after it was listed.
var errOverLimit = errors.New("file is over the size limit")
