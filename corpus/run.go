package corpus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/claimgraph/claimgraph/extract"
)

// Options configure a run.
type Options struct {
	Workers  int
	MaxBytes int64 // per input file; 0 = unlimited
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
func ExtractAll(ctx context.Context, p *extract.Pipeline, ins []Input, opt Options) []*extract.Record {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	recs := make([]*extract.Record, len(ins))
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				recs[i] = extractOne(ctx, p, ins[i], opt)
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
	return recs
}

func extractOne(ctx context.Context, p *extract.Pipeline, in Input, opt Options) *extract.Record {
	data, rerr := readInput(in, opt.MaxBytes)
	if rerr != nil {
		return &extract.Record{Schema: extract.RecordSchema, Pipeline: extract.PipelineVersion,
			Document: extract.DocumentInfo{Path: in.Path}, Error: rerr}
	}
	var sum string
	if opt.Cache != nil {
		h := sha256.Sum256(data)
		sum = hex.EncodeToString(h[:])
		if rec := opt.Cache.Get(sum, in.Path); rec != nil {
			return rec
		}
	}
	rec := p.Extract(ctx, in.Path, data)
	if opt.Extracted != nil {
		atomic.AddInt64(opt.Extracted, 1)
	}
	if opt.Cache != nil {
		if err := opt.Cache.Put(rec); err != nil {
			// A cache that cannot be written costs speed, not results.
			fmt.Fprintf(os.Stderr, "claimgraph: cache: %v\n", err)
		}
	}
	return rec
}

func readAllLimited(r io.Reader, max int64) ([]byte, error) {
	if max <= 0 {
		return io.ReadAll(r)
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("file is over the %d MB limit (--max-size)", max>>20)
	}
	return data, nil
}
