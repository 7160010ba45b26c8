package eval

import (
	"io"

	"github.com/claimgraph/claimgraph/corpus"
)

func evalClaims(io.Writer, []*seedDoc, *corpus.Graph, string) error    { return nil }
func evalConflicts(io.Writer, []*seedDoc, *corpus.Graph, string) error { return nil }
