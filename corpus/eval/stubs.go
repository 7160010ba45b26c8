package eval

import (
	"io"

	"github.com/claimgraph/claimgraph/corpus"
)

func evalCitations(io.Writer, []*seedDoc, *corpus.Graph, string) error  { return nil }
func evalReferences(io.Writer, []*seedDoc, *corpus.Graph, string) error { return nil }
func evalClaims(io.Writer, []*seedDoc, *corpus.Graph, string) error     { return nil }
func evalActs(io.Writer, []*seedDoc, *corpus.Graph, string) error       { return nil }
func evalConflicts(io.Writer, []*seedDoc, *corpus.Graph, string) error  { return nil }
