package corpus

import (
	"context"
	"fmt"

	"github.com/claimgraph/claimgraph/extract"
	"github.com/claimgraph/claimgraph/extract/entity"
	"github.com/claimgraph/claimgraph/nlp"
)

// Config is what a user chooses for a run.
type Config struct {
	Extract extract.Config
	Version string
}

// Engine is a loaded pipeline: per-document stages and cross-document
// reducers. Build it once; it is safe for concurrent use.
type Engine struct {
	Pipeline *extract.Pipeline
	reducers []Reducer
	version  string
}

// NewEngine loads every lexicon (validating them) and wires the stages.
func NewEngine(cfg Config) (*Engine, error) {
	res, err := nlp.Load()
	if err != nil {
		return nil, fmt.Errorf("nlp: %w", err)
	}
	p, err := extract.NewDefault(res, cfg.Extract)
	if err != nil {
		return nil, err
	}
	gz, err := entity.Load()
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	reducers, err := defaultReducers(gz)
	if err != nil {
		return nil, err
	}
	return &Engine{Pipeline: p, reducers: reducers, version: cfg.Version}, nil
}

// Run extracts every input and reduces the records into a graph.
func (e *Engine) Run(ctx context.Context, ins []Input, inErrs []extract.RecordError, opt Options) (*Graph, error) {
	recs := ExtractAll(ctx, e.Pipeline, ins, opt)
	return e.Reduce(recs, inErrs)
}

// RunStream extracts every input into a Stream spilling into spillDir
// (records are dropped as soon as their part of the graph is spilled) and
// reduces it. The caller writes the outputs (Result.WriteOutputs) and
// closes the Result.
func (e *Engine) RunStream(ctx context.Context, ins []Input, inErrs []extract.RecordError, opt Options, spillDir string) (*Result, error) {
	st, err := NewStream(spillDir)
	if err != nil {
		return nil, err
	}
	ExtractEach(ctx, e.Pipeline, ins, opt, st.Add)
	res, err := e.ReduceStream(st, inErrs)
	if err != nil {
		st.Close()
		return nil, err
	}
	return res, nil
}

// ReduceStream runs the cross-document half on a stream's light records.
func (e *Engine) ReduceStream(st *Stream, inErrs []extract.RecordError) (*Result, error) {
	return st.Reduce(inErrs, e.version, e.reducers...)
}

// Reduce runs the cross-document half on records.
func (e *Engine) Reduce(recs []*extract.Record, inErrs []extract.RecordError) (*Graph, error) {
	return Reduce(recs, inErrs, e.version, e.reducers...)
}

func defaultReducers(gz *entity.Gazetteer) ([]Reducer, error) {
	return []Reducer{bibliographyReducer(), legalReducer(), reconcileReducer(gz)}, nil
}
