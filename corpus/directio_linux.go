package corpus

import (
	"os"
	"syscall"
)

// openDirect opens path for writing with direct I/O (see blockWriter).
func openDirect(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_WRONLY|syscall.O_DIRECT, 0)
}
