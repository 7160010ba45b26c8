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

// Reduce runs the cross-document half on records.
func (e *Engine) Reduce(recs []*extract.Record, inErrs []extract.RecordError) (*Graph, error) {
	return Reduce(recs, inErrs, e.version, e.reducers...)
}

func defaultReducers(gz *entity.Gazetteer) ([]Reducer, error) {
	return []Reducer{bibliographyReducer(), legalReducer(), reconcileReducer(gz)}, nil
}
