//go:build !linux

package corpus

import (
	"errors"
	"os"
)

// openDirect: direct I/O is only used on Linux; elsewhere blockWriter
// writes through the cache.
func openDirect(string) (*os.File, error) { return nil, errors.ErrUnsupported }

// mapBuffer: buffers outside the heap are only made on Linux; nil makes
// the caller allocate on the heap.
func mapBuffer(int) []byte { return nil }

func unmapBuffer([]byte) {}
