package corpus

import (
	"os"
	"runtime/debug"
)

// DefaultMemoryLimitMiB is the default soft limit of the heap of a run
// (claimgraph run --memory-limit). At 10,000 papers the largest reducer
// holds ~440 MB live (reconcile; ~610 MB when this default was chosen:
// under a limit of 640 MiB the collector then ran almost without pause
// through it, 67 CPU-s of collection in a run on a loaded machine against
// 18 under 800 MiB, for about the same peak RSS).
const DefaultMemoryLimitMiB = 800

// SetMemoryLimit tunes the garbage collector of the process for a run: a
// soft limit of the heap (mib MiB), under which the collector runs less
// often than Go's default (GOGC 400: the heap may grow to five times what
// is live, which costs a fifth less CPU while the live heap is small, as
// it is while extracting); near the limit it works harder rather than let
// the heap grow past it. mib <= 0 keeps Go's defaults; the GOMEMLIMIT and
// GOGC variables, when set, win.
func SetMemoryLimit(mib int) {
	if mib <= 0 {
		return
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(int64(mib) << 20)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
}
