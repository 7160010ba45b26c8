//go:build !unix

package reconcile

import "time"

// processCPUTime is not measured here; benchmarks then report zero.
func processCPUTime() time.Duration { return 0 }
