// Package schema embeds the JSON Schema of claims-graph.json so that tests
// and users validate against the same file that documents the format.
package schema

import _ "embed"

// ClaimsGraph is the JSON Schema (draft 2020-12) of claims-graph.json.
//
//go:embed claims-graph.schema.json
var ClaimsGraph []byte
